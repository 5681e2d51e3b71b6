"""审核队列 and 规则: the open findings, the ones that matter most first, and the rules with
their precision as judges decided.

The queue ranks each open finding by what deciding it changes: first those behind a pending
veto (confirming them could take a title away), then by the points at stake (what it costs
its candidates if confirmed rather than dismissed). Keyboard: j/k move between findings,
c confirms, d dismisses (asking for the reason first), n goes to the next.
"""
from __future__ import annotations

from typing import Any

from starlette.responses import Response

from integrity.rating import review
from integrity.rating.scoring import Period
from integrity.text.display import char_width
from integrity.web.candidates import finding_cards, open_ranked, rule_book
from integrity.web.views import Context, Routes

routes = Routes()
QUEUE_PAGE = 10


@routes.page("/queue", "read", template="queue.html", twin=True)
def queue(ctx: Context) -> dict[str, Any] | Response:
    scored = ctx.workbench.scores.get(ctx.db, Period())
    candidate = ctx.param("candidate").strip() or None
    ranked = open_ranked(scored, candidate)
    deductions = [scored.deduction(finding) for finding, _, _ in ranked[:QUEUE_PAGE]]
    cards = finding_cards(ctx.db, deductions, ctx.lang)
    vetoes = {finding.finding_id for finding, _, veto in ranked[:QUEUE_PAGE] if veto}
    for card in cards:
        card["veto"] = card["id"] in vetoes
    return {"open": len(ranked), "candidate": candidate or "", "findings": cards,
            "decided": sum(1 for f in scored.findings.values() if f.review is not None),
            "total": len(scored.findings)}


@routes.page("/rules", "read", template="rules.html", twin=True)
def rules(ctx: Context) -> dict[str, Any]:
    stats, total = ctx.workbench.memo("rules", Period(), lambda: review.stats(ctx.db))
    by_rule = {s.rule: s.to_dict() for s in stats}
    shown = []
    for rule in rule_book():
        shown.append({"code": rule.code, "name": rule.name, "category": rule.category, "severity": rule.severity,
                      "status": rule.status, "summary": rule.summary_in(ctx.lang), "basis": rule.basis,
                      "sections": _sections(rule.doc_in(ctx.lang)), "stats": by_rule.get(rule.code)})
    return {"rules": shown, "total": total.to_dict()}


def _sections(doc: str) -> list[dict[str, Any]]:
    """A rule's doc as its headed sections, each a list of paragraphs (its lines joined again)."""
    sections: list[dict[str, Any]] = []
    for block in doc.split("## ")[1:]:
        heading, _, body = block.partition("\n")
        paragraphs = [_joined(p.strip().split("\n")) for p in body.strip().split("\n\n") if p.strip()]
        sections.append({"heading": heading.strip(), "paragraphs": paragraphs})
    return sections


def _joined(lines: list[str]) -> str:
    """Wrapped lines as one paragraph: a space between lines, none between two Chinese characters
    (a Chinese text is wrapped anywhere, and a space inside it would read as a gap)."""
    text = lines[0].strip()
    for line in lines[1:]:
        line = line.strip()
        text += ("" if char_width(text[-1:] or " ") == 2 and char_width(line[:1] or " ") == 2 else " ") + line
    return text
