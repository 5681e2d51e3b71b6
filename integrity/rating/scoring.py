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
import hashlib
import math
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from integrity.detect.finding import CATEGORIES, SEVERITIES
from integrity.read.complaints import CATEGORIES as COMPLAINT_CATEGORIES
from integrity.read.complaints import STATUSES, Complaint

KINDS = ("streamer", "unit")
REVIEWS = ("confirmed", "dismissed")
BREAKDOWN = (*CATEGORIES, "complaints")
EXPOSURE_UNITS = ("session", "hour")
VETO_COUNTS = ("items", "sessions")


# --- Profiles ----------------------------------------------------------------


class ProfileError(ValueError):
    """A profile that cannot be used: unreadable, not TOML, or a key missing, unknown or mistyped."""

    def __init__(self, source: str, key: str | None, message: str):
        super().__init__(message)
        self.source, self.key, self.message = source, key, message

    def __str__(self) -> str:
        return f"{self.source}: {self.key}: {self.message}" if self.key else f"{self.source}: {self.message}"


@dataclass(frozen=True)
class Grade:
    """A grade band: scores from ``min`` up to the next band's ``min`` get this grade."""

    grade: str
    min: float
    label: str


@dataclass(frozen=True)
class VetoRule:
    """一票否决: ``min_count`` matching findings (confirmed) or complaints (in ``statuses``)."""

    name: str
    source: str
    category: str
    severities: tuple[str, ...]
    statuses: tuple[str, ...]
    min_count: int
    count: str


@dataclass(frozen=True)
class TitleRule:
    """The title a kind of candidate can earn, and the record it needs."""

    name: str
    min_sessions: int


@dataclass(frozen=True)
class Profile:
    """Every number of the scoring method; ``sha256`` identifies the file it came from."""

    name: str
    version: str
    source: str
    sha256: str
    scale: int
    exposure_unit: str
    default_hours: float
    half_life_days: float
    horizon_days: float
    undecided: float
    min_confidence: float
    finding_points: dict[str, dict[str, float]]
    complaint_points: dict[str, float]
    complaint_status: dict[str, float]
    per_exposure: float
    grades: tuple[Grade, ...]
    vetoes: tuple[VetoRule, ...]
    title_grades: tuple[str, ...]
    block_on_pending_veto: bool
    titles: dict[str, TitleRule]

    def grade_of(self, score: float) -> Grade:
        return next(grade for grade in self.grades if score >= grade.min)

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version, "sha256": self.sha256}


def default_profile_path() -> Path:
    """The profile shipped with the package."""
    return Path(str(files("integrity.rating") / "profiles" / "default.toml"))


def load_profile(path: str | Path | None = None) -> Profile:
    """Read and validate a profile file (the shipped default when ``path`` is None)."""
    path = default_profile_path() if path is None else Path(path)
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ProfileError(source, None, (exc.strerror or str(exc)).lower()) from None
    return parse_profile(data, source)


def parse_profile(data: bytes, source: str) -> Profile:
    """Validate a profile's bytes; ``source`` names it in error messages."""
    try:
        document = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ProfileError(source, None, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(source, None, f"invalid TOML: {exc}") from None
    root = _Table(document, "", source)
    root.only("name", "version", "scale", "exposure", "recency", "review", "findings", "complaints",
              "grades", "vetoes", "titles")
    scale = root.integer("scale", 1)
    exposure = root.table("exposure", "unit", "default_hours")
    recency = root.table("recency", "half_life_days", "horizon_days")
    review = root.table("review", "undecided", "min_confidence")
    findings = root.table("findings", *CATEGORIES)
    complaints = root.table("complaints", "per_exposure", "points", "status")
    points = complaints.table("points", *COMPLAINT_CATEGORIES)
    status = complaints.table("status", *STATUSES)
    grades = _grades(root, scale)
    titles = root.table("titles", "grades", "block_on_pending_veto", *KINDS)
    return Profile(
        name=root.text("name"),
        version=root.text("version"),
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        scale=scale,
        exposure_unit=exposure.choice("unit", EXPOSURE_UNITS),
        default_hours=exposure.number("default_hours", above=0),
        half_life_days=recency.number("half_life_days", above=0),
        horizon_days=recency.number("horizon_days", above=0),
        undecided=review.number("undecided", low=0, high=1),
        min_confidence=review.number("min_confidence", low=0, high=1),
        finding_points={
            category: _severity_points(findings.table(category, *SEVERITIES)) for category in CATEGORIES
        },
        complaint_points={category: points.number(category, low=0) for category in COMPLAINT_CATEGORIES},
        complaint_status={name: status.number(name, low=0, high=1) for name in STATUSES},
        per_exposure=complaints.number("per_exposure", above=0),
        grades=grades,
        vetoes=tuple(_veto(table) for table in root.tables("vetoes")),
        title_grades=titles.choices("grades", tuple(grade.grade for grade in grades)),
        block_on_pending_veto=titles.flag("block_on_pending_veto"),
        titles={kind: _title(titles.table(kind, "name", "min_sessions")) for kind in KINDS},
    )


def _severity_points(table: _Table) -> dict[str, float]:
    return {severity: table.number(severity, low=0) for severity in SEVERITIES}


def _grades(root: _Table, scale: int) -> tuple[Grade, ...]:
    grades: list[Grade] = []
    tables = root.tables("grades")
    if not tables:
        raise root.fail("grades", "needs at least one [[grades]] band")
    for table in tables:
        table.only("grade", "min", "label")
        grade = Grade(table.text("grade"), table.number("min", low=0, high=scale), table.text("label"))
        if any(grade.grade == seen.grade for seen in grades):
            raise table.fail("grade", f"'{grade.grade}' is already a grade")
        if grades and grade.min >= grades[-1].min:
            raise table.fail("min", f"must be below the previous band's min ({grades[-1].min:g})")
        grades.append(grade)
    if grades[-1].min != 0:
        raise tables[-1].fail("min", "the last band must start at 0")
    return tuple(grades)


def _veto(table: _Table) -> VetoRule:
    source = table.choice("source", ("finding", "complaint"))
    if source == "finding":
        table.only("name", "source", "category", "severities", "min_count", "count")
        category = table.choice("category", CATEGORIES)
        severities, statuses = table.choices("severities", SEVERITIES), ()
    else:
        table.only("name", "source", "category", "statuses", "min_count", "count")
        category = table.choice("category", tuple(COMPLAINT_CATEGORIES))
        severities, statuses = (), table.choices("statuses", tuple(STATUSES))
    return VetoRule(
        name=table.text("name"),
        source=source,
        category=category,
        severities=severities,
        statuses=statuses,
        min_count=table.integer("min_count", 1),
        count=table.choice("count", VETO_COUNTS),
    )


def _title(table: _Table) -> TitleRule:
    return TitleRule(table.text("name"), table.integer("min_sessions", 0))


class _Table:
    """One TOML table of a profile, read key by key; errors name the dotted key."""

    def __init__(self, data: dict[str, Any], path: str, source: str):
        self.data, self.path, self.source = data, path, source

    def key(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, message: str) -> ProfileError:
        return ProfileError(self.source, self.key(key), message)

    def only(self, *keys: str) -> None:
        for key in self.data:
            if key not in keys:
                raise self.fail(key, f"unknown key (expected one of: {', '.join(keys)})")

    def get(self, key: str) -> Any:
        if key not in self.data:
            raise self.fail(key, "missing")
        return self.data[key]

    def number(self, key: str, *, low: float | None = None, high: float | None = None,
               above: float | None = None) -> float:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise self.fail(key, "must be a number")
        if above is not None and value <= above:
            raise self.fail(key, f"must be a number above {above:g}")
        if (low is not None and value < low) or (high is not None and value > high):
            bounds = f"from {low:g} to {high:g}" if high is not None else f"of at least {low:g}"
            raise self.fail(key, f"must be a number {bounds}")
        return float(value)

    def integer(self, key: str, low: int) -> int:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise self.fail(key, f"must be a whole number of at least {low}")
        return value

    def text(self, key: str) -> str:
        value = self.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be a non-empty string")
        return value

    def choice(self, key: str, choices: Sequence[str]) -> str:
        value = self.get(key)
        if value not in choices:
            raise self.fail(key, f"must be one of {', '.join(choices)}")
        return value

    def choices(self, key: str, choices: Sequence[str]) -> tuple[str, ...]:
        value = self.get(key)
        if (not isinstance(value, list) or not value or len(set(value)) != len(value)
                or any(item not in choices for item in value)):
            raise self.fail(key, f"must be a list of distinct values from {', '.join(choices)}")
        return tuple(value)

    def flag(self, key: str) -> bool:
        value = self.get(key)
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def table(self, key: str, *keys: str) -> _Table:
        value = self.get(key)
        if not isinstance(value, dict):
            raise self.fail(key, "must be a table")
        table = _Table(value, self.key(key), self.source)
        table.only(*keys)
        return table

    def tables(self, key: str) -> list[_Table]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.fail(key, f"must be an array of tables ([[{key}]])")
        return [_Table(item, f"{self.key(key)}[{index}]", self.source) for index, item in enumerate(value)]


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

    ``points = base x factor x recency / divisor``: ``factor`` is the review factor of a
    finding or the status factor of a complaint, ``divisor`` the exposure it is spread over.
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
        }
        if isinstance(item, FindingRecord):
            return {**common, "session_id": item.session_id, "rule": item.rule, "severity": item.severity,
                    "confidence": item.confidence, "review": item.review, "evidence": item.evidence,
                    "message": item.message, "segment": item.segment, "start": item.start,
                    "listing_id": item.listing_id}
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
    return Deduction(finding, session, finding.category, base, factor, recency, exposure,
                     base * factor * recency / exposure, note)


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
