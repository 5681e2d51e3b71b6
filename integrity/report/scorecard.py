"""How scores are shown: rows for the ranking table and CSV, and the score card of `explain`.

The card is written for a judge: the decision and its reasons first, then each point lost with
the finding or complaint behind it (rule, evidence, session, time) and the arithmetic of its
cost, then the items that cost nothing and why.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import IO, Any

import re

from integrity import i18n
from integrity.i18n import C_, N_
from integrity.rating.profile import Profile
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
from rich.cells import cell_len

TABLE_COLUMNS = (N_("rank"), N_("candidate_id"), N_("kind"), N_("score"), N_("grade"), *BREAKDOWN,
                 C_("column", "sessions"), C_("column", "findings"), N_("filed"), N_("decision"))
CSV_COLUMNS = ("profile", "profile_sha256", "as_of", "rank", "candidate_id", "kind", "score", "grade",
               "eligible", "title", "vetoes", "pending_vetoes", "reasons", *BREAKDOWN, "sessions", "findings",
               "filed")


def header(report: ScoreReport, lang: str = "en") -> str:
    """One line naming the profile (with its sha256), the as-of date and the period, in ``lang``."""
    _ = i18n.gettext_for(lang)
    profile = report.profile
    period = _("all dates") if report.period.is_open else _("period %(period)s") % {"period": report.period}
    as_of = report.as_of.isoformat() if report.as_of else _("undated")
    return _("profile %(name)s %(version)s (sha256 %(sha256)s), as of %(as_of)s, %(period)s") % {
        "name": profile.name, "version": profile.version, "sha256": profile.sha256, "as_of": as_of, "period": period}


def reasons(candidate: CandidateScore, profile: Profile, _=lambda text: text) -> list[str]:
    """Why the candidate cannot have the title, translated by ``_`` (the scorer's ``reasons``,
    which the JSON keeps in English, one by one)."""
    said = []
    if candidate.grade.grade not in profile.title_grades:
        said.append(_("Grade %(grade)s: a title needs grade %(needed)s.")
                    % {"grade": candidate.grade.grade, "needed": " / ".join(profile.title_grades)})
    said += [_("Veto: %(name)s.") % {"name": _(veto.name)} for veto in candidate.vetoes]
    if profile.block_on_pending_veto:
        said += [_("Pending review: %(name)s, if confirmed.") % {"name": _(veto.name)}
                 for veto in candidate.pending_vetoes]
    needed = profile.titles[candidate.kind].min_sessions
    if candidate.sessions < needed:
        said.append(_("%(n)d sessions in the record: a title needs %(needed)d.")
                    % {"n": candidate.sessions, "needed": needed})
    return said


def table_rows(rows: Iterable[dict[str, Any]], report: ScoreReport, lang: str) -> Iterable[dict[str, Any]]:
    """The rows of :func:`score_rows` as the ranking table shows them in ``lang``: the kind and
    the decision in words."""
    _ = i18n.gettext_for(lang)
    for row, candidate in zip(rows, report.candidates):
        decision = candidate.title or _("no title: %(reasons)s") % {
            "reasons": "; ".join(_reasons_in(candidate, report.profile, lang))}
        yield {**row, "kind": _(row["kind"]), "decision": decision}


def _reasons_in(candidate: CandidateScore, profile: Profile, lang: str) -> list[str]:
    """The scorer's reasons as written (English), or :func:`reasons` translated."""
    return list(candidate.reasons) if lang == "en" else reasons(candidate, profile, i18n.gettext_for(lang))


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
                    decisions: Mapping[str, Any] | None = None, lang: str = "en") -> None:
    """The judge's score card of one candidate in ``lang``; ``decisions`` (finding id to the
    decision in force, ``integrity.rating.review.in_force``) add who decided each finding, when
    and why. Control characters in the data are escaped."""
    out = PrintableWriter(out)
    _, ngettext = i18n.gettext_for(lang), i18n.ngettext_for(lang)
    profile = report.profile
    grade = candidate.grade
    out.write(_("%(candidate)s (%(kind)s): %(score)s of %(scale)s, grade %(grade)s %(label)s") % {
        "candidate": candidate.candidate_id, "kind": _(candidate.kind), "score": candidate.score,
        "scale": profile.scale, "grade": grade.grade, "label": grade.label} + "\n")
    title = profile.titles[candidate.kind].name
    if candidate.eligible:
        out.write(_("Title %(title)s: eligible") % {"title": title} + "\n")
    else:
        out.write(_("Title %(title)s: not awarded") % {"title": title} + "\n")
        out.writelines(f"  - {reason}\n" for reason in _reasons_in(candidate, profile, lang))
    out.write(f"{header(report, lang)}\n")
    exposure = (ngettext("%(n)s hour", "%(n)s hours", 2) if profile.exposure_unit == "hour" else
                ngettext("%(n)s session", "%(n)s sessions", 2)) % {"n": f"{candidate.exposure:.2f}"}
    out.write(_("Record: %(sessions)s (exposure %(exposure)s after recency), %(findings)s, %(complaints)s") % {
        "sessions": ngettext("%(n)s session", "%(n)s sessions", candidate.sessions) % {"n": candidate.sessions},
        "exposure": exposure,
        "findings": ngettext("%(n)s finding", "%(n)s findings", candidate.findings) % {"n": candidate.findings},
        "complaints": ngettext("%(n)s complaint", "%(n)s complaints", candidate.complaints)
        % {"n": candidate.complaints}} + "\n")
    for veto in (*candidate.vetoes, *candidate.pending_vetoes):
        state = _("pending review, would apply if confirmed") if veto.pending else _("applies")
        out.write("\n" + _("Veto (一票否决) %(name)s: %(state)s") % {"name": _(veto.name), "state": state} + "\n"
                  + _("  behind it: %(items)s") % {"items": ", ".join(veto.items)} + "\n")
    out.write("\n" + _("Points lost") + "\n")
    for key in BREAKDOWN:
        out.write(f"  {_padded(_(key), 12)} {candidate.breakdown[key]:>6}\n")
    lost = -sum(candidate.breakdown.values())
    floored = _(", floored at 0") if candidate.score == 0 and lost > profile.scale else ""
    out.write(f"  {_padded(_('total'), 12)} {-lost:>6}  ({profile.scale} - {lost} = {profile.scale - lost}{floored})\n")
    counted = [d for d in candidate.deductions if d.points > 0]
    free = [d for d in candidate.deductions if d.points == 0]
    findings = [d for d in counted if d.source == "finding"]
    complaints = [d for d in counted if d.source == "complaint"]
    if findings:
        out.write("\n" + _("Findings (points = base x review x recency / exposure %(exposure).2f)")
                  % {"exposure": candidate.exposure} + "\n")
        for deduction in findings:
            _write_item(out, deduction, decisions, lang)
    if complaints:
        out.write("\n" + _("Complaints (points = base x status x recency / %(divisor).2f: exposure / %(per)s, "
                           "at least 1)") % {"divisor": complaints[0].divisor, "per": f"{profile.per_exposure:g}"}
                  + "\n")
        for deduction in complaints:
            _write_item(out, deduction, decisions, lang)
    if free:
        out.write("\n" + _("In the record, costing nothing") + "\n")
        for deduction in free:
            _write_item(out, deduction, decisions, lang)


def _padded(text: str, width: int) -> str:
    return text + " " * max(0, width - cell_len(text))


NOTES = {"confirmed": N_("confirmed"), "dismissed": N_("dismissed"), "unreviewed": N_("unreviewed"),
         "corrected on the spot": N_("corrected on the spot")}
BELOW = re.compile(r"confidence (\S+) below (\S+)")


def _note(note: str, _) -> str:
    """A deduction's note (how its factor was chosen) in words of the reader's language."""
    parts = []
    for part in note.split(", "):
        below = BELOW.fullmatch(part)
        if below:
            part = _("confidence %(confidence)s below %(minimum)s") % {"confidence": below[1], "minimum": below[2]}
        elif part in NOTES:
            part = _(NOTES[part])
        parts.append(part)  # a complaint's ("verified 核实属实") names its status in both languages
    return ", ".join(parts)


def _write_item(out: IO[str], deduction: Deduction, decisions: Mapping[str, Any] | None, lang: str) -> None:
    _ = i18n.gettext_for(lang)
    item = deduction.item
    date = deduction.date.isoformat() if deduction.date else _("undated")
    note = _note(deduction.note, _)
    if isinstance(item, FindingRecord):
        where = [_("session %(id)s") % {"id": item.session_id}]
        if item.segment is not None:
            where.append(_("segment %(n)d") % {"n": item.segment + 1})  # people count segments from 1
        if item.start is not None:
            where.append(_("at %(time)s") % {"time": clock(item.start)})
        if item.listing_id:
            where.append(_("listing %(id)s") % {"id": item.listing_id})
        out.write(f"  {-deduction.points or 0.0:8.2f}  {date}  {item.finding_id}  {item.rule} "
                  f"{_(item.category)}/{_(item.severity)}  {', '.join(where)}\n")
        if item.evidence:
            out.write(f"            「{item.evidence}」\n")
        if item.message:
            out.write(f"            {item.message}\n")
        if item.corrected:
            at = _(" at %(time)s") % {"time": clock(item.corrected.start)} if item.corrected.start is not None else ""
            out.write("            " + _("corrected on the spot in segment %(segment)s%(at)s: 「%(evidence)s」") % {
                "segment": item.corrected.segment, "at": at, "evidence": item.corrected.evidence} + "\n")
        correction = _(" x corrected %(factor)s") % {"factor": f"{deduction.correction:g}"} \
            if deduction.correction != 1 else ""
        out.write("            " + _("%(base)s x %(factor)s [%(note)s]%(correction)s x recency %(recency).3f / "
                                    "%(divisor).2f; confidence %(confidence)s") % {
            "base": f"{deduction.base:g}", "factor": f"{deduction.factor:g}", "note": note, "correction": correction,
            "recency": deduction.recency, "divisor": deduction.divisor, "confidence": f"{item.confidence:g}"} + "\n")
        decided = (decisions or {}).get(item.finding_id)
        if decided is not None:
            why = _(": %(reason)s") % {"reason": decided.reason} if decided.reason else _(" (no reason given)")
            out.write("            " + _("%(decision)s by %(by)s (OS user %(os_user)s) at %(at)s%(why)s") % {
                "decision": _(decided.decision), "by": decided.by, "os_user": decided.os_user or _("unknown"),
                "at": decided.at, "why": why} + "\n")
        return
    if lang == "en":
        about = [f"{item.category} ({COMPLAINT_CATEGORIES[item.category]})", f"{item.status} ({STATUSES[item.status]})"]
    else:
        about = [COMPLAINT_CATEGORIES[item.category], STATUSES[item.status]]
    if item.session_id:
        about.append(_("session %(id)s") % {"id": item.session_id})
    if item.listing_id:
        about.append(_("listing %(id)s") % {"id": item.listing_id})
    if item.amount is not None:
        about.append(_("amount %(amount)s yuan") % {"amount": f"{item.amount:g}"})
    out.write(f"  {-deduction.points or 0.0:8.2f}  {date}  {item.complaint_id}  {', '.join(about)}\n")
    out.write("            " + _("%(base)s x %(factor)s [%(note)s] x recency %(recency).3f / %(divisor).2f") % {
        "base": f"{deduction.base:g}", "factor": f"{deduction.factor:g}", "note": note,
        "recency": deduction.recency, "divisor": deduction.divisor} + "\n")
