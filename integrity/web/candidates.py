"""候选人 and 评分卡: the ranking, each candidate's score card with every point lost and its
evidence in context, and judges' decisions on findings (confirm or dismiss, in place).

A decision records the logged-in account, never a typed name. The form carries the id of the
decision in force when the page was drawn (``based_on``); if another judge decided the finding
since, nothing is recorded and the judge sees the newer decision and confirms to supersede it.
Checking that and recording the decision happen under one lock, so two judges of this server
cannot both pass the check.
"""
from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlite_utils import Database
from starlette.responses import JSONResponse, RedirectResponse, Response

from integrity.detect import lexicons
from integrity.rating import review
from integrity.rating.scoring import Deduction, FindingRecord, Period
from integrity.report.scorecard import reasons as title_reasons
from integrity.store import ledger, queries
from integrity.store.sessions import FINDING_COLUMNS
from integrity.web.views import Context, Routes, safe_next

routes = Routes()
PAGE_SIZE = 50
KINDS = ("streamer", "unit")


class BadRequest(ValueError):
    pass


def period_of(ctx: Context) -> Period:
    """The period of the ``since`` and ``until`` parameters (either may be empty)."""
    try:
        since, until = (dt.date.fromisoformat(v) if (v := ctx.param(k).strip()) else None for k in ("since", "until"))
    except ValueError:
        raise BadRequest(ctx._("A date is written YYYY-MM-DD.")) from None
    if since and until and since > until:
        raise BadRequest(ctx._("The period ends before it starts."))
    return Period(since, until)


def period_dict(period: Period) -> dict[str, str]:
    return {"since": period.start.isoformat() if period.start else "",
            "until": period.end.isoformat() if period.end else ""}


@routes.page("/", "read")
def home(ctx: Context) -> Response:
    return RedirectResponse("/queue" if ctx.may("decide") else "/candidates", status_code=303)


@routes.page("/candidates", "read", template="candidates.html", twin=True)
def candidates(ctx: Context) -> dict[str, Any] | Response:
    try:
        period = period_of(ctx)
    except BadRequest as error:
        return ctx.error(400, str(error))
    scored = ctx.workbench.scores.get(ctx.db, period)
    report = scored.report
    kind, grade, decision = ctx.param("kind"), ctx.param("grade"), ctx.param("decision")
    rows = []
    for rank, candidate in enumerate(report.candidates, start=1):
        if (kind and candidate.kind != kind) or (grade and candidate.grade.grade != grade) or \
                (decision == "eligible" and not candidate.eligible) or (decision == "not" and candidate.eligible):
            continue
        rows.append({"rank": rank, **candidate.to_dict()})
    return {
        "profile": report.profile.to_dict(), "as_of": report.as_of.isoformat() if report.as_of else None,
        "period": period_dict(period), "filters": {"kind": kind, "grade": grade, "decision": decision},
        "grades": [g.grade for g in report.profile.grades], "decisions_applied": report.decisions_applied,
        "candidates": rows,
    }


@routes.page("/candidates/{candidate_id}", "read", template="scorecard.html", twin=True)
def scorecard(ctx: Context) -> dict[str, Any] | Response:
    _ = ctx._
    try:
        period = period_of(ctx)
        page = max(1, int(ctx.param("page", "1") or 1))
    except (BadRequest, ValueError) as error:
        return ctx.error(400, str(error) if isinstance(error, BadRequest) else _("A page is a number."))
    scored = ctx.workbench.scores.get(ctx.db, period)
    who = ctx.request.path_params["candidate_id"]
    kinds = [c.kind for c in scored.report.find(who)]
    kind = ctx.param("kind") if ctx.param("kind") in kinds else (kinds[0] if kinds else None)
    candidate = scored.candidate(who, kind)
    if candidate is None:
        return ctx.error(404, _("No streamer or unit %(id)s in the scored record.") % {"id": who})
    report = scored.report
    findings = sorted((d for d in candidate.deductions if d.source == "finding"), key=lambda d: -d.points)
    pages = max(1, -(-len(findings) // PAGE_SIZE))
    shown = findings[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    profile = report.profile
    return {
        "candidate": candidate.to_dict(),
        "kinds": kinds,
        "scale": profile.scale,
        "grade_label": candidate.grade.label,
        "title_name": profile.titles[candidate.kind].name,
        "reasons": title_reasons(candidate, profile, ctx._),
        "profile": profile.to_dict(), "as_of": report.as_of.isoformat() if report.as_of else None,
        "period": period_dict(period),
        "vetoes": [{"name": v.name, "pending": v.pending, "items": list(v.items)}
                   for v in (*candidate.vetoes, *candidate.pending_vetoes)],
        "exposure": round(candidate.exposure, 2),
        "findings": finding_cards(ctx.db, shown, ctx.lang),
        "page": page, "pages": pages, "finding_count": len(findings),
        "complaints": [d.to_dict() for d in candidate.deductions if d.source == "complaint"],
    }


@cache
def rule_book():
    """The shipped rules, read once per process."""
    return lexicons.load_rules()


def finding_cards(db: Database, deductions: list[Deduction], lang: str) -> list[dict[str, Any]]:
    """Each finding with its points, its stored fields, its evidence in context, its rule (its
    summary in ``lang``) and every decision on it (oldest first; the last is in force)."""
    ids = [d.item_id for d in deductions]
    stored = _stored_findings(db, ids)
    decisions = decisions_on(db, ids)
    book = rule_book()
    cards = []
    for deduction in deductions:
        finding = stored.get(deduction.item_id)
        if finding is None:  # removed by a re-scan since the scores were read
            continue
        rule = book[finding["rule"]] if finding["rule"] in book else None
        history = decisions.get(deduction.item_id, [])
        cards.append({
            "id": deduction.item_id, "points": round(deduction.points, 2),
            "stake": round(deduction.stake, 2),
            "note": deduction.note, "finding": finding, "context": review.context(db, finding),
            "rule": {"code": finding["rule"], "summary": rule.summary_in(lang) if rule else None},
            "decisions": history, "in_force": history[-1] if history else None,
        })
    return cards


def _stored_findings(db: Database, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    sql = f"SELECT {', '.join(FINDING_COLUMNS)} FROM findings WHERE id IN ({', '.join('?' * len(ids))})"
    return {row["id"]: queries.finding_dict(row) for row in db.query(sql, ids)}


def decisions_on(db: Database, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The decisions on each finding of ``ids``, oldest first, with their ids."""
    found: dict[str, list[dict[str, Any]]] = {}
    if not ids:
        return found
    sql = (f'SELECT id, finding_id, decision, "by", reason, at FROM reviews '
           f"WHERE finding_id IN ({', '.join('?' * len(ids))}) ORDER BY id")
    for row in db.query(sql, ids):
        found.setdefault(row["finding_id"], []).append(row)
    return found


@routes.page("/findings/{finding_id}/decide", "decide", methods=("POST",), twin=True)
def decide(ctx: Context) -> Response:
    _ = ctx._
    finding_id = ctx.request.path_params["finding_id"]
    decision, reason = ctx.form.get("decision", ""), ctx.form.get("reason", "").strip()
    target = safe_next(ctx.form.get("next"), "/queue")
    if decision not in review.DECISIONS:
        return ctx.error(400, _("A decision is confirmed or dismissed."))
    if decision == "dismissed" and not reason:
        return ctx.error(400, _("A dismissal needs a reason: the record shows why."))
    db = ctx.db
    with ctx.workbench.deciding:
        latest = review.latest(db, finding_id)
        in_force = str(latest.id) if latest else ""
        if "based_on" in ctx.form and ctx.form["based_on"] != in_force:
            return _conflict(ctx, finding_id, latest, decision, reason, target)
        try:
            if ctx.workbench.settings.decision_key is None:
                raise ledger.RecordError("the server has no decision key to sign decisions with")
            made, previous = review.decide(db, finding_id, decision, ctx.actor.name, reason or None,
                                           key=ctx.workbench.settings.decision_key, os_user=review.os_user())
        except review.ReviewError as error:
            return ctx.error(400 if "no finding" not in str(error) else 404, str(error))
    if ctx.json:
        return JSONResponse({"decision": {"id": made.id, **made.to_dict()},
                             "superseded": {"id": previous.id, **previous.to_dict()} if previous else None})
    return RedirectResponse(f"{target}#f-{finding_id}", status_code=303)


def _conflict(ctx: Context, finding_id: str, latest: review.Review | None, decision: str, reason: str,
              target: str) -> Response:
    newer = {"id": latest.id, **latest.to_dict()} if latest else None
    if ctx.json:
        return JSONResponse({"error": "decided meanwhile", "in_force": newer}, status_code=409)
    return ctx.render("conflict.html", {"finding_id": finding_id, "in_force": newer, "decision": decision,
                                        "reason": reason, "next": target}, status=409)


def open_ranked(scored, candidate: str | None = None) -> list[tuple[FindingRecord, float, bool]]:
    """The open findings, the ones that matter most first (:meth:`Scored.ranked`), optionally
    only those in sessions of one streamer or unit."""
    ranked = scored.ranked()
    if not candidate:
        return ranked
    ids = {s.session_id for s in scored.sessions if candidate in (s.streamer_id, s.unit_id)}
    return [item for item in ranked if item[0].session_id in ids]
