"""Integrity scores: from findings and complaints to a score, a grade and a title decision.

The method is data: a *profile* (TOML, see ``integrity/rating/profiles/default.toml``) holds every
number, and :func:`load_profile` validates it, naming the key at fault. :func:`score` is a pure
function of plain records (sessions, findings with an optional review decision, complaints) and
a profile; it reads no clock and no files, so the same records and profile always give the same
result.

Candidates are every ``streamer_id`` and ``unit_id`` seen in the record. A streamer's record is
its sessions, their findings and the complaints naming it. A unit's record is the sessions
streamed for it (``unit_id`` on the session, whoever streamed them), their findings, the
complaints naming the unit and the complaints about one of its sessions: a unit answers for its
streamers, a streamer does not answer for the unit's after-sales.

Every point lost is a :class:`Deduction` that points at its finding or complaint and carries
each factor of its cost, so a judge can follow the score line by line.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from integrity.detect.finding import CATEGORIES, SEVERITIES, Correction
from integrity.rating.profile import Grade, Profile, TitleRule, VetoRule
from integrity.read.complaints import STATUSES, Complaint

REVIEWS = ("confirmed", "dismissed")
BREAKDOWN = (*CATEGORIES, "complaints")


# --- Profiles ----------------------------------------------------------------


# --- Records -----------------------------------------------------------------


@dataclass(frozen=True)
class SessionRecord:
    """What the scorer needs of a session: who streamed it, for whom, when and how long."""

    session_id: str
    streamer_id: str | None = None
    unit_id: str | None = None
    date: dt.date | None = None
    hours: float | None = None


@dataclass(frozen=True)
class FindingRecord:
    """What the scorer needs of a finding, with a judge's review decision if there is one.

    ``review`` is ``"confirmed"`` (counts in full and may veto), ``"dismissed"`` (counts for
    nothing) or None (undecided: counts at the profile's ``review.undecided`` factor).
    ``corrected`` is the on-the-spot correction that took the claim back, if any: it counts at
    the profile's ``corrections`` factor of its severity.
    """

    finding_id: str
    session_id: str
    rule: str
    category: str
    severity: str
    confidence: float = 1.0
    evidence: str = ""
    message: str = ""
    segment: int | None = None
    start: float | None = None
    listing_id: str | None = None
    review: str | None = None
    corrected: Correction | None = None

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"finding {self.finding_id}: unknown category {self.category!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"finding {self.finding_id}: unknown severity {self.severity!r}")
        if self.review is not None and self.review not in REVIEWS:
            raise ValueError(f"finding {self.finding_id}: review must be confirmed, dismissed or None")


@dataclass(frozen=True)
class Period:
    """Dates from ``start`` to ``end``, both inclusive; either side may be open."""

    start: dt.date | None = None
    end: dt.date | None = None

    @classmethod
    def parse(cls, text: str) -> Period:
        """``FROM..TO`` in YYYY-MM-DD, either side may be empty (``2026-01-01..``)."""
        start, sep, end = text.partition("..")
        try:
            if not sep:
                raise ValueError
            period = cls(_iso(start), _iso(end))
        except ValueError:
            raise ValueError(f"{text!r} is not a period FROM..TO (YYYY-MM-DD..YYYY-MM-DD, "
                             "either side may be empty)") from None
        if period.start and period.end and period.start > period.end:
            raise ValueError(f"{text!r} ends before it starts")
        return period

    @property
    def is_open(self) -> bool:
        return self.start is None and self.end is None

    def contains(self, date: dt.date | None) -> bool:
        """Whether an event on ``date`` is inside; an undated event only when the period is open."""
        if date is None:
            return self.is_open
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)

    def __str__(self) -> str:
        return f"{self.start or ''}..{self.end or ''}"


def _iso(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text.strip()) if text.strip() else None


# --- Results -----------------------------------------------------------------


@dataclass(frozen=True)
class Deduction:
    """Points lost to one finding or complaint, and every factor of that number.

    ``points = base x factor x correction x recency / divisor``: ``factor`` is the review factor
    of a finding or the status factor of a complaint, ``correction`` the weight of a finding
    corrected on the spot (1 otherwise), ``divisor`` the exposure it is spread over.
    """

    item: FindingRecord | Complaint
    session: SessionRecord | None
    category: str
    base: float
    factor: float
    recency: float
    divisor: float
    points: float
    note: str
    correction: float = 1.0

    @property
    def stake(self) -> float:
        """The points a decision on a finding moves: what confirming it costs over dismissing it."""
        return self.base * self.correction * self.recency / self.divisor

    @property
    def source(self) -> str:
        return "finding" if isinstance(self.item, FindingRecord) else "complaint"

    @property
    def item_id(self) -> str:
        return self.item.finding_id if isinstance(self.item, FindingRecord) else self.item.complaint_id

    @property
    def date(self) -> dt.date | None:
        if isinstance(self.item, Complaint):
            return self.item.received
        return self.session.date if self.session else None

    def to_dict(self) -> dict[str, Any]:
        item = self.item
        common = {
            "source": self.source, "id": self.item_id, "category": self.category,
            "date": self.date.isoformat() if self.date else None,
            "points": round(self.points, 2), "base": self.base, "factor": round(self.factor, 4),
            "recency": round(self.recency, 4), "divisor": round(self.divisor, 4), "note": self.note,
            "correction": round(self.correction, 4),
        }
        if isinstance(item, FindingRecord):
            return {**common, "session_id": item.session_id, "rule": item.rule, "severity": item.severity,
                    "confidence": item.confidence, "review": item.review, "evidence": item.evidence,
                    "message": item.message, "segment": item.segment, "start": item.start,
                    "listing_id": item.listing_id,
                    "corrected": item.corrected.to_dict() if item.corrected else None}
        return {**common, "session_id": item.session_id, "listing_id": item.listing_id,
                "complaint_category": item.category, "status": item.status, "amount": item.amount}


@dataclass(frozen=True)
class VetoHit:
    """A veto that applies (or, ``pending``, would apply if the undecided items were confirmed)."""

    name: str
    pending: bool
    items: tuple[str, ...]


@dataclass(frozen=True)
class CandidateScore:
    """One candidate's score, grade, title decision and the deductions behind them."""

    candidate_id: str
    kind: str
    score: int
    grade: Grade
    eligible: bool
    title: str | None
    vetoes: tuple[VetoHit, ...]
    pending_vetoes: tuple[VetoHit, ...]
    reasons: tuple[str, ...]
    breakdown: dict[str, int]
    sessions: int
    findings: int
    complaints: int
    exposure: float
    deductions: tuple[Deduction, ...]

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        """The contract's shape; ``details`` adds the deductions and the items behind each veto."""
        result: dict[str, Any] = {
            "candidate_id": self.candidate_id, "kind": self.kind, "score": self.score,
            "grade": self.grade.grade, "eligible": self.eligible, "title": self.title,
            "vetoes": [veto.name for veto in self.vetoes],
            "pending_vetoes": [veto.name for veto in self.pending_vetoes],
            "reasons": list(self.reasons),
            "breakdown": dict(self.breakdown),
            "evidence": {"sessions": self.sessions, "findings": self.findings, "complaints": self.complaints},
            "exposure": round(self.exposure, 4),
        }
        if details:
            result["veto_items"] = {veto.name: list(veto.items) for veto in (*self.vetoes, *self.pending_vetoes)}
            result["deductions"] = [deduction.to_dict() for deduction in self.deductions]
        return result


@dataclass(frozen=True)
class ScoreReport:
    """Every candidate's score under one profile, as of one date, over one period."""

    profile: Profile
    as_of: dt.date | None
    period: Period
    candidates: tuple[CandidateScore, ...]

    def find(self, candidate_id: str) -> list[CandidateScore]:
        """The candidates with this id (a streamer and a unit may share one)."""
        return [c for c in self.candidates if c.candidate_id == candidate_id]

    @property
    def decisions_applied(self) -> int:
        """How many findings in the scored records carry a judge's decision (each counted once,
        though it is in both its streamer's and its unit's record)."""
        return len({d.item_id for c in self.candidates for d in c.deductions
                    if isinstance(d.item, FindingRecord) and d.item.review is not None})

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        return {
            "profile": self.profile.to_dict(),
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "period": None if self.period.is_open else str(self.period),
            "decisions_applied": self.decisions_applied,
            "candidates": [candidate.to_dict(details) for candidate in self.candidates],
        }


# --- Scoring -----------------------------------------------------------------


@dataclass
class _Record:
    sessions: list[tuple[SessionRecord, float]]
    complaints: list[tuple[Complaint, float]]


def score(
    sessions: Iterable[SessionRecord],
    findings: Iterable[FindingRecord],
    complaints: Iterable[Complaint],
    profile: Profile,
    *,
    as_of: dt.date | None = None,
    period: Period = Period(),
) -> ScoreReport:
    """Score every candidate seen in the records.

    Only events in ``period`` count. Recency counts back from ``as_of`` (default: the latest
    date among the sessions and complaints in the period); events after it, or older than the
    profile's horizon, are out of the record. Undated sessions count only when the period is
    open, at full recency.
    """
    all_sessions = {s.session_id: s for s in sessions}
    in_period = [s for s in all_sessions.values() if period.contains(s.date)]
    complaints = [c for c in complaints if period.contains(c.received)]
    if as_of is None:
        dates = [s.date for s in in_period if s.date] + [c.received for c in complaints]
        as_of = max(dates, default=None)
    weigh = _Recency(profile, as_of)
    records: dict[tuple[str, str], _Record] = defaultdict(lambda: _Record([], []))
    for session in in_period:
        weight = weigh(session.date)
        if weight is None:
            continue
        for kind, candidate in (("streamer", session.streamer_id), ("unit", session.unit_id)):
            if candidate:
                records[kind, candidate].sessions.append((session, weight))
    for complaint in complaints:
        weight = weigh(complaint.received)
        if weight is None:
            continue
        for key in _complaint_candidates(complaint, all_sessions):
            records[key].complaints.append((complaint, weight))
    by_session: dict[str, list[FindingRecord]] = defaultdict(list)
    for finding in findings:
        by_session[finding.session_id].append(finding)
    results = [
        _score_candidate(kind, candidate, record, by_session, profile)
        for (kind, candidate), record in records.items()
    ]
    results.sort(key=lambda c: (-c.score, c.candidate_id, c.kind))
    return ScoreReport(profile, as_of, period, tuple(results))


def _complaint_candidates(complaint: Complaint, sessions: dict[str, SessionRecord]) -> list[tuple[str, str]]:
    keys = []
    if complaint.streamer_id:
        keys.append(("streamer", complaint.streamer_id))
    units = {complaint.unit_id}
    session = sessions.get(complaint.session_id or "")
    if session is not None:
        units.add(session.unit_id)
    keys += [("unit", unit) for unit in sorted(u for u in units if u)]
    return keys


class _Recency:
    """Weight of an event by its age: halves every half-life; None once out of the record."""

    def __init__(self, profile: Profile, as_of: dt.date | None):
        self.profile, self.as_of = profile, as_of

    def __call__(self, date: dt.date | None) -> float | None:
        if date is None or self.as_of is None:
            return 1.0
        age = (self.as_of - date).days
        if age < 0 or age > self.profile.horizon_days:
            return None
        return 0.5 ** (age / self.profile.half_life_days)


def _score_candidate(
    kind: str, candidate: str, record: _Record, by_session: dict[str, list[FindingRecord]], profile: Profile
) -> CandidateScore:
    exposure = sum(weight * _length(session, profile) for session, weight in record.sessions)
    deductions = [
        _finding_deduction(finding, session, weight, exposure, profile)
        for session, weight in record.sessions
        for finding in by_session.get(session.session_id, ())
    ]
    divisor = max(1.0, exposure / profile.per_exposure)
    deductions += [_complaint_deduction(c, weight, divisor, profile) for c, weight in record.complaints]
    deductions.sort(key=_deduction_order)
    lost, breakdown = _totals(deductions)
    points = max(0, profile.scale - lost)
    grade = profile.grade_of(points)
    vetoes = [hit for rule in profile.vetoes if (hit := _veto_hit(rule, deductions))]
    actual = tuple(hit for hit in vetoes if not hit.pending)
    pending = tuple(hit for hit in vetoes if hit.pending)
    rule = profile.titles[kind]
    reasons = _reasons(grade, actual, pending, len(record.sessions), rule, profile)
    return CandidateScore(
        candidate_id=candidate, kind=kind, score=points, grade=grade, eligible=not reasons,
        title=None if reasons else rule.name, vetoes=actual, pending_vetoes=pending, reasons=reasons,
        breakdown=breakdown, sessions=len(record.sessions),
        findings=sum(1 for d in deductions if d.source == "finding"),
        complaints=len(record.complaints), exposure=exposure, deductions=tuple(deductions),
    )


def _length(session: SessionRecord, profile: Profile) -> float:
    if profile.exposure_unit == "session":
        return 1.0
    return session.hours if session.hours else profile.default_hours


def _finding_deduction(
    finding: FindingRecord, session: SessionRecord, recency: float, exposure: float, profile: Profile
) -> Deduction:
    base = profile.finding_points[finding.category][finding.severity]
    if finding.review == "confirmed":
        factor, note = 1.0, "confirmed"
    elif finding.review == "dismissed":
        factor, note = 0.0, "dismissed"
    elif finding.confidence < profile.min_confidence:
        factor, note = 0.0, f"unreviewed, confidence {finding.confidence:g} below {profile.min_confidence:g}"
    else:
        factor, note = profile.undecided, "unreviewed"
    correction = profile.corrected[finding.severity] if finding.corrected else 1.0
    if finding.corrected:
        note += ", corrected on the spot"
    return Deduction(finding, session, finding.category, base, factor, recency, exposure,
                     base * factor * correction * recency / exposure, note, correction)


def _complaint_deduction(complaint: Complaint, recency: float, divisor: float, profile: Profile) -> Deduction:
    base = profile.complaint_points[complaint.category]
    factor = profile.complaint_status[complaint.status]
    note = f"{complaint.status} {STATUSES[complaint.status]}"
    return Deduction(complaint, None, "complaints", base, factor, recency, divisor,
                     base * factor * recency / divisor, note)


def _deduction_order(deduction: Deduction) -> tuple:
    item = deduction.item
    segment = item.segment if isinstance(item, FindingRecord) and item.segment is not None else -1
    return (deduction.date or dt.date.min, deduction.source, item.session_id or "", segment, deduction.item_id)


def _round(value: float) -> int:
    """Round half up, after dropping floating-point noise, so the result never depends on it."""
    return math.floor(round(value, 9) + 0.5)


def _totals(deductions: Sequence[Deduction]) -> tuple[int, dict[str, int]]:
    """Whole points lost, and a breakdown in whole points that adds up to exactly that."""
    sums = {key: 0.0 for key in BREAKDOWN}
    for deduction in deductions:
        sums[deduction.category] += deduction.points
    lost = _round(sum(sums.values()))
    whole = {key: math.floor(round(value, 9)) for key, value in sums.items()}
    by_remainder = sorted(BREAKDOWN, key=lambda key: -(round(sums[key], 9) - whole[key]))
    for key in by_remainder[: lost - sum(whole.values())]:
        whole[key] += 1
    return lost, {key: -value if value else 0 for key, value in whole.items()}


def _veto_hit(rule: VetoRule, deductions: Sequence[Deduction]) -> VetoHit | None:
    confirmed: list[Deduction] = []
    undecided: list[Deduction] = []
    for deduction in deductions:
        item = deduction.item
        if rule.source == "finding" and isinstance(item, FindingRecord):
            if item.category == rule.category and item.severity in rule.severities:
                if item.review == "confirmed":
                    confirmed.append(deduction)
                elif item.review is None:
                    undecided.append(deduction)
        elif rule.source == "complaint" and isinstance(item, Complaint) and item.category == rule.category:
            if item.status in rule.statuses:
                confirmed.append(deduction)
            elif item.status == "pending":
                undecided.append(deduction)

    def distinct(items: list[Deduction]) -> int:
        if rule.count == "items":
            return len({d.item_id for d in items})
        return len({d.item.session_id or d.item_id for d in items})

    if distinct(confirmed) >= rule.min_count:
        return VetoHit(rule.name, False, tuple(d.item_id for d in confirmed))
    if distinct(confirmed + undecided) >= rule.min_count:
        return VetoHit(rule.name, True, tuple(d.item_id for d in confirmed + undecided))
    return None


def _reasons(
    grade: Grade, vetoes: Sequence[VetoHit], pending: Sequence[VetoHit], sessions: int,
    rule: TitleRule, profile: Profile,
) -> tuple[str, ...]:
    """Why the candidate cannot have the title; empty when it can."""
    reasons = []
    if grade.grade not in profile.title_grades:
        reasons.append(f"grade {grade.grade}: a title needs grade {' or '.join(profile.title_grades)}")
    reasons += [f"veto: {hit.name}" for hit in vetoes]
    if profile.block_on_pending_veto:
        reasons += [f"pending review: {hit.name} if confirmed" for hit in pending]
    if sessions < rule.min_sessions:
        reasons.append(f"{sessions} sessions in the record: a title needs {rule.min_sessions}")
    return tuple(reasons)
