"""Scores for the workbench, computed once per state of the database and kept in memory.

Scoring every candidate reads every session, finding and complaint of the period; a page must
not pay that on each request. :class:`Scores` keeps, per period, the records and the report
they gave, with the *state* of the database they were read at: the last review decision, the
last scan run, the sessions, the complaints and the profile in force. On each request the state
is read again (a few indexed queries):

- unchanged: the cached report is served;
- only new review decisions: those findings take their new decision and only the candidates
  whose record holds them (the streamer and the unit of each finding's session) are scored
  again, with the same ``as_of``; the ranking is sorted again;
- anything else (a scan, complaints, another profile): everything is read and scored again.

The incremental path gives exactly what scoring everything again gives (a test checks it).
"""
from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlite_utils import Database

from integrity.rating import chosen_profile, dataset, scoring
from integrity.rating.profile import Profile
from integrity.rating.scoring import CandidateScore, Deduction, FindingRecord, Period, ScoreReport, SessionRecord
from integrity.read.complaints import Complaint
from integrity.store import ledger

PERIODS_KEPT = 8


def state(db: Database) -> tuple[int, tuple[Any, ...]]:
    """The last review id, and everything else scores depend on, with the schema's version: the
    decision record cannot be edited without dropping its triggers, which changes the version,
    so that the record is verified again before a score is shown."""
    reviews = db.execute("SELECT coalesce(max(id), 0) FROM reviews").fetchone()[0]
    runs = db.execute("SELECT coalesce(max(id), 0), max(finished) FROM runs").fetchone()
    sessions = db.execute("SELECT count(*), max(scanned_at) FROM sessions").fetchone()
    complaints = db.execute("SELECT count(*), max(updated_at) FROM complaints").fetchone()
    history = db.execute("SELECT coalesce(max(id), 0) FROM complaint_history").fetchone()
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    return reviews, (tuple(runs), tuple(sessions), tuple(complaints), history[0], chosen_profile.choice_id(db), version)


@dataclass
class Scored:
    """One period's records and scores at one state of the database."""

    period: Period
    reviews: int
    rest: tuple[Any, ...]
    profile: Profile
    sessions: list[SessionRecord]
    findings: dict[str, FindingRecord]
    complaints: list[Complaint]
    report: ScoreReport
    rescored: int = 0
    _stakes: dict[str, tuple[float, bool]] | None = field(default=None, repr=False)
    _ranked: list[tuple[FindingRecord, float, bool]] | None = field(default=None, repr=False)
    _deductions: dict[str, Deduction] | None = field(default=None, repr=False)
    _by_session: dict[str, list[str]] | None = field(default=None, repr=False)

    def candidate(self, candidate_id: str, kind: str | None = None) -> CandidateScore | None:
        found = [c for c in self.report.find(candidate_id) if kind in (None, c.kind)]
        return found[0] if found else None

    def stakes(self) -> dict[str, tuple[float, bool]]:
        """Per finding: the points a decision on it moves (what confirming it costs over
        dismissing it, summed over the candidates whose record holds it), and whether it is
        behind a pending veto (confirming it could take a title away)."""
        if self._stakes is None:
            stakes: dict[str, list] = defaultdict(lambda: [0.0, False])
            for candidate in self.report.candidates:
                pending = {item for veto in candidate.pending_vetoes for item in veto.items}
                for deduction in candidate.deductions:
                    if deduction.source == "finding":
                        entry = stakes[deduction.item_id]
                        entry[0] += deduction.stake
                        entry[1] = entry[1] or deduction.item_id in pending
            self._stakes = {key: (value[0], value[1]) for key, value in stakes.items()}
        return self._stakes

    def ranked(self) -> list[tuple[FindingRecord, float, bool]]:
        """The open findings with their stake and whether they are behind a pending veto, the
        ones that matter most first: behind a veto, then by the points a decision moves."""
        if self._ranked is None:
            stakes = self.stakes()
            found = [(f, *stakes.get(f.finding_id, (0.0, False))) for f in self.findings.values() if f.review is None]
            found.sort(key=lambda item: (not item[2], -item[1], item[0].session_id, item[0].segment or -1,
                                         item[0].finding_id))
            self._ranked = found
        return self._ranked

    def deduction(self, finding: FindingRecord) -> Deduction:
        """The finding's deduction as its streamer's (else its unit's) card has it; one in no
        record (too old, or undated in a period) costs nothing anywhere."""
        if self._deductions is None:
            found: dict[str, Deduction] = {}
            for candidate in self.report.candidates:
                for item in candidate.deductions:
                    if item.source == "finding" and (item.item_id not in found or candidate.kind == "streamer"):
                        found[item.item_id] = item
            self._deductions = found
        return self._deductions.get(finding.finding_id) or \
            Deduction(finding, None, finding.category, 0.0, 0.0, 0.0, 1.0, 0.0, "not in any record")

    def of_sessions(self, findings: dict[str, FindingRecord], ids: set[str]) -> list[FindingRecord]:
        """The findings (from ``findings``, which has the same keys) of the sessions ``ids``."""
        if self._by_session is None:
            by_session: dict[str, list[str]] = defaultdict(list)
            for finding in self.findings.values():
                by_session[finding.session_id].append(finding.finding_id)
            self._by_session = by_session
        return [findings[key] for sid in ids for key in self._by_session.get(sid, ())]


class Scores:
    """The scores of each period asked for, kept while the database does not change. Scores are
    computed only from a record of decisions that verifies under ``key``
    (``integrity.store.ledger``); otherwise :meth:`get` raises ``ledger.RecordError``."""

    def __init__(self, key: bytes | None = None) -> None:
        self.key = key
        self._lock = threading.Lock()
        self._kept: OrderedDict[Period, Scored] = OrderedDict()
        self.full = 0  # how many times everything was scored (for the benchmark and tests)

    def get(self, db: Database, period: Period = Period()) -> Scored:
        reviews, rest = state(db)
        with self._lock:
            scored = self._kept.get(period)
            if scored is None or scored.rest != rest or reviews < scored.reviews:
                self._verify(db)
                scored = self._score_all(db, period, reviews, rest)
            elif reviews > scored.reviews:
                self._verify(db)
                scored = _apply_reviews(db, scored, reviews)
            self._kept[period] = scored
            self._kept.move_to_end(period)
            while len(self._kept) > PERIODS_KEPT:
                self._kept.popitem(last=False)
            return scored

    def _verify(self, db: Database) -> None:
        if ledger.is_empty(db):
            return
        if self.key is None:
            raise ledger.RecordError("the server has no decision key to verify the record of decisions with")
        found = ledger.verify(db, self.key)
        if not found.intact:
            raise ledger.RecordError(f"the record of decisions does not verify ({found.problems[0].text})")

    def _score_all(self, db: Database, period: Period, reviews: int, rest: tuple[Any, ...]) -> Scored:
        self.full += 1
        profile, _ = chosen_profile.current(db)
        sessions, findings, complaints = dataset.scoring_records(db, period)
        report = scoring.score(sessions, findings, complaints, profile, period=period)
        return Scored(period, reviews, rest, profile, sessions, {f.finding_id: f for f in findings}, complaints, report)


def _apply_reviews(db: Database, scored: Scored, reviews: int) -> Scored:
    """``scored`` with the decisions appended since it was made, rescoring only the candidates
    they touch."""
    decided = dict(db.execute("SELECT finding_id, decision FROM reviews WHERE id > ? AND id <= ? ORDER BY id",
                              [scored.reviews, reviews]).fetchall())
    findings = dict(scored.findings)
    by_id = {s.session_id: s for s in scored.sessions}
    touched: set[tuple[str, str]] = set()
    for finding_id, decision in decided.items():
        finding = findings.get(finding_id)
        if finding is None or finding.review == decision:
            continue
        findings[finding_id] = replace(finding, review=decision)
        session = by_id[finding.session_id]
        touched.update((kind, who) for kind, who in (("streamer", session.streamer_id), ("unit", session.unit_id)) if who)
    report = scored.report
    if touched:
        fresh = {key: _rescore(scored, findings, *key) for key in touched}
        candidates = [fresh.get((c.kind, c.candidate_id), c) for c in report.candidates]
        candidates.sort(key=lambda c: (-c.score, c.candidate_id, c.kind))
        report = ScoreReport(report.profile, report.as_of, report.period, tuple(candidates))
    updated = Scored(scored.period, reviews, scored.rest, scored.profile, scored.sessions, findings,
                     scored.complaints, report, scored.rescored + len(touched))
    updated._by_session = scored._by_session  # the same findings, sessions and complaints
    return updated


def _rescore(scored: Scored, findings: dict[str, FindingRecord], kind: str, who: str) -> CandidateScore:
    """One candidate scored again from its own part of the records, as of the report's date."""
    field_name = f"{kind}_id"
    sessions = [s for s in scored.sessions if getattr(s, field_name) == who]
    ids = {s.session_id for s in sessions}
    complaints = [c for c in scored.complaints if getattr(c, field_name) == who or (kind == "unit" and c.session_id in ids)]
    mine = scored.of_sessions(findings, ids)
    report = scoring.score(sessions, mine, complaints, scored.profile, as_of=scored.report.as_of, period=scored.period)
    return next(c for c in report.candidates if c.kind == kind and c.candidate_id == who)
