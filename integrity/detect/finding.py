"""A finding: one suspected violation, with everything a judge needs to check it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("low", "medium", "high")
CATEGORIES = ("price", "counterfeit", "wording")


@dataclass(frozen=True)
class Correction:
    """Where the streamer took the claim back on the spot: the segment, its start time and the
    words of the correction (``integrity.detect.corrections``)."""

    segment: int
    start: float | None
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"segment": self.segment, "start": self.start, "evidence": self.evidence}


@dataclass(frozen=True)
class Finding:
    """One suspected violation, tied to a segment and/or a listing.

    ``span`` indexes the segment's original text (or the listing's title for a finding on a
    listing alone). ``explanation`` says how the detector got there: which term or pattern
    matched, which context raised or lowered confidence, what the numbers were.
    """

    session_id: str
    rule: str
    category: str
    severity: str
    confidence: float
    message: str
    basis: str
    evidence: str = ""
    span: tuple[int, int] | None = None
    segment: int | None = None
    listing_id: str | None = None
    start: float | None = None
    corrected: Correction | None = None
    explanation: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The finding in the contract's JSON shape (plus its explanation)."""
        return {
            "session_id": self.session_id,
            "segment": self.segment,
            "listing_id": self.listing_id,
            "start": self.start,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "confidence": round(self.confidence, 3),
            "message": self.message,
            "evidence": self.evidence,
            "span": list(self.span) if self.span else None,
            "basis": self.basis,
            "corrected": self.corrected.to_dict() if self.corrected else None,
            "explanation": self.explanation,
        }

    @property
    def sort_key(self) -> tuple:
        segment = -1 if self.segment is None else self.segment
        return (self.session_id, segment, self.span or (0, 0), self.rule)
