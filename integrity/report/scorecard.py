"""How scores are shown: rows for the ranking table and CSV, and the score card of `explain`.

The card is written for a judge: the decision and its reasons first, then each point lost with
the finding or complaint behind it (rule, evidence, session, time) and the arithmetic of its
cost, then the items that cost nothing and why.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import IO, Any

from integrity.rating.scoring import (
    BREAKDOWN,
    CandidateScore,
    Deduction,
    FindingRecord,
    ScoreReport,
)
from integrity.read.complaints import CATEGORIES as COMPLAINT_CATEGORIES
from integrity.read.complaints import STATUSES
from integrity.text.display import PrintableWriter, clock

TABLE_COLUMNS = ("rank", "candidate_id", "kind", "score", "grade", *BREAKDOWN, "sessions", "findings",
                 "filed", "decision")
CSV_COLUMNS = ("profile", "profile_sha256", "as_of", "rank", "candidate_id", "kind", "score", "grade",
               "eligible", "title", "vetoes", "pending_vetoes", "reasons", *BREAKDOWN, "sessions", "findings",
               "filed")


def header(report: ScoreReport) -> str:
    """One line naming the profile (with its sha256), the as-of date and the period."""
    profile = report.profile
    period = "all dates" if report.period.is_open else f"period {report.period}"
    as_of = report.as_of.isoformat() if report.as_of else "undated"
    return f"profile {profile.name} {profile.version} (sha256 {profile.sha256}), as of {as_of}, {period}"


def explained(report: ScoreReport, candidates: Iterable[CandidateScore],
              decisions: Mapping[str, Any]) -> dict[str, Any]:
    """``explain --format json``: the candidates as ``score`` has them with every deduction, a
    finding's with the judge's decision in force on it (``decision``: finding_id, decision, by,
    reason, at; null when undecided)."""
    shown = ScoreReport(report.profile, report.as_of, report.period, tuple(candidates))
    data = shown.to_dict(details=True)
    for candidate in data["candidates"]:
        for deduction in candidate["deductions"]:
            if deduction["source"] == "finding":
                decided = decisions.get(deduction["id"])
                deduction["decision"] = decided.to_dict() if decided is not None else None
    return data


def score_rows(report: ScoreReport) -> Iterable[dict[str, Any]]:
    """One flat row per candidate, in ranking order, with every column of TABLE_ and CSV_COLUMNS."""
    for rank, candidate in enumerate(report.candidates, start=1):
        yield {
            "profile": report.profile.name,
            "profile_sha256": report.profile.sha256,
            "as_of": report.as_of.isoformat() if report.as_of else None,
            "rank": rank,
            "candidate_id": candidate.candidate_id,
            "kind": candidate.kind,
            "score": candidate.score,
            "grade": candidate.grade.grade,
            "eligible": candidate.eligible,
            "title": candidate.title,
            "vetoes": "; ".join(veto.name for veto in candidate.vetoes),
            "pending_vetoes": "; ".join(veto.name for veto in candidate.pending_vetoes),
            "reasons": "; ".join(candidate.reasons),
            **candidate.breakdown,
            "sessions": candidate.sessions,
            "findings": candidate.findings,
            "filed": candidate.complaints,
            "decision": candidate.title or "no title: " + "; ".join(candidate.reasons),
        }


def write_scorecard(out: IO[str], report: ScoreReport, candidate: CandidateScore,
                    decisions: Mapping[str, Any] | None = None) -> None:
    """The judge's score card of one candidate; ``decisions`` (finding id to the decision in
    force, ``integrity.rating.review.in_force``) add who decided each finding, when and why.
    Control characters in the data are escaped."""
    out = PrintableWriter(out)
    profile = report.profile
    grade = candidate.grade
    out.write(f"{candidate.candidate_id} ({candidate.kind}): {candidate.score} of {profile.scale}, "
              f"grade {grade.grade} {grade.label}\n")
    title = profile.titles[candidate.kind].name
    if candidate.eligible:
        out.write(f"Title {title}: eligible\n")
    else:
        out.write(f"Title {title}: not awarded\n")
        out.writelines(f"  - {reason}\n" for reason in candidate.reasons)
    out.write(f"{header(report)}\n")
    unit = "hours" if profile.exposure_unit == "hour" else "sessions"
    out.write(f"Record: {candidate.sessions} sessions (exposure {candidate.exposure:.2f} {unit} after recency), "
              f"{candidate.findings} findings, {candidate.complaints} complaints\n")
    for veto in (*candidate.vetoes, *candidate.pending_vetoes):
        state = "pending review, would apply if confirmed" if veto.pending else "applies"
        out.write(f"\nVeto (一票否决) {veto.name}: {state}\n  behind it: {', '.join(veto.items)}\n")
    out.write("\nPoints lost\n")
    for key in BREAKDOWN:
        out.write(f"  {key:12} {candidate.breakdown[key]:>6}\n")
    lost = -sum(candidate.breakdown.values())
    out.write(f"  {'total':12} {-lost:>6}  ({profile.scale} - {lost} = {profile.scale - lost}"
              f"{', floored at 0' if candidate.score == 0 and lost > profile.scale else ''})\n")
    counted = [d for d in candidate.deductions if d.points > 0]
    free = [d for d in candidate.deductions if d.points == 0]
    findings = [d for d in counted if d.source == "finding"]
    complaints = [d for d in counted if d.source == "complaint"]
    if findings:
        out.write(f"\nFindings (points = base x review x recency / exposure {candidate.exposure:.2f})\n")
        for deduction in findings:
            _write_item(out, deduction, decisions)
    if complaints:
        divisor = complaints[0].divisor
        out.write(f"\nComplaints (points = base x status x recency / {divisor:.2f}: exposure / "
                  f"{profile.per_exposure:g}, at least 1)\n")
        for deduction in complaints:
            _write_item(out, deduction, decisions)
    if free:
        out.write("\nIn the record, costing nothing\n")
        for deduction in free:
            _write_item(out, deduction, decisions)


def _write_item(out: IO[str], deduction: Deduction, decisions: Mapping[str, Any] | None) -> None:
    item = deduction.item
    date = deduction.date.isoformat() if deduction.date else "undated"
    if isinstance(item, FindingRecord):
        where = [f"session {item.session_id}"]
        if item.segment is not None:
            where.append(f"segment {item.segment + 1}")  # people count segments from 1
        if item.start is not None:
            where.append(f"at {clock(item.start)}")
        if item.listing_id:
            where.append(f"listing {item.listing_id}")
        out.write(f"  {-deduction.points or 0.0:8.2f}  {date}  {item.finding_id}  {item.rule} {item.category}/{item.severity}"
                  f"  {', '.join(where)}\n")
        if item.evidence:
            out.write(f"            「{item.evidence}」\n")
        if item.message:
            out.write(f"            {item.message}\n")
        if item.corrected:
            out.write(f"            corrected on the spot in segment {item.corrected.segment}"
                      f"{' at ' + clock(item.corrected.start) if item.corrected.start is not None else ''}: "
                      f"「{item.corrected.evidence}」\n")
        correction = f" x corrected {deduction.correction:g}" if deduction.correction != 1 else ""
        out.write(f"            {deduction.base:g} x {deduction.factor:g} [{deduction.note}]{correction} x recency "
                  f"{deduction.recency:.3f} / {deduction.divisor:.2f}; confidence {item.confidence:g}\n")
        decided = (decisions or {}).get(item.finding_id)
        if decided is not None:
            why = f": {decided.reason}" if decided.reason else " (no reason given)"
            out.write(f"            {decided.decision} by {decided.by} (OS user {decided.os_user or 'unknown'}) "
                      f"at {decided.at}{why}\n")
        return
    about = [f"{item.category} ({COMPLAINT_CATEGORIES[item.category]})",
             f"{item.status} ({STATUSES[item.status]})"]
    for label, value in (("session", item.session_id), ("listing", item.listing_id)):
        if value:
            about.append(f"{label} {value}")
    if item.amount is not None:
        about.append(f"amount {item.amount:g} yuan")
    out.write(f"  {-deduction.points or 0.0:8.2f}  {date}  {item.complaint_id}  {', '.join(about)}\n")
    out.write(f"            {deduction.base:g} x {deduction.factor:g} [{deduction.note}] x recency "
              f"{deduction.recency:.3f} / {deduction.divisor:.2f}\n")
