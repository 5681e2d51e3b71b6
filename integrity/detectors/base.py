"""What every detector shares: the interface and how a lexicon hit becomes a finding."""
from __future__ import annotations

from typing import Iterable, Protocol

from integrity import rules
from integrity.findings import Finding
from integrity.lexicons import Lexicon
from integrity.matcher import Hit, Text
from integrity.model import Segment, Session


class Detector(Protocol):
    """A family of rules. Built once from the loaded lexicons; ``detect`` is pure."""

    def __init__(self, lexicon: Lexicon, enabled: frozenset[str]) -> None: ...

    def detect(self, session: Session, texts: list[Text]) -> Iterable[Finding]: ...


def segment_finding(
    session: Session,
    segment: Segment,
    text: Text,
    code: str,
    start: int,
    end: int,
    message: str,
    confidence: float,
    *,
    severity: str | None = None,
    basis: str | None = None,
    listing_id: str | None = None,
    explanation: dict | None = None,
) -> Finding:
    """A finding on a segment; ``start:end`` index the normalised text and are mapped back."""
    rule = rules.get(code)
    a, b = text.norm.to_original(start, end)
    return Finding(
        session_id=session.session_id,
        rule=code,
        category=rule.category,
        severity=severity or rule.severity,
        confidence=confidence,
        message=message,
        basis=basis or rule.basis,
        evidence=segment.text[a:b],
        span=(a, b),
        segment=segment.index,
        listing_id=listing_id,
        start=segment.start,
        explanation=explanation or {},
    )


def hit_explanation(hit: Hit, detector: str) -> dict:
    explanation = {"detector": detector, "lexicon": f"{hit.entry.source.rsplit('/', 1)[-1]}:{hit.entry.line}", "term": hit.term}
    if hit.variant:
        explanation["evasion"] = hit.variant
    return explanation
