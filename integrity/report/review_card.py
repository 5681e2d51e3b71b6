"""A finding shown to a judge at the terminal: the rule, the evidence highlighted in its
segment among the segments around it, and the listing's numbers."""
from __future__ import annotations

from typing import Any

import click

from rich.cells import cell_len

from integrity import i18n
from integrity.i18n import N_
from integrity.text.display import clock, printable


ABOUT = {"session_id": N_("session"), "streamer_id": N_("streamer"), "unit_id": N_("unit"), "date": N_("date"),
         "platform": N_("platform")}


def card(finding: dict[str, Any], context: dict[str, Any], heading: str, rule_summary: str | None,
         lang: str = "en") -> str:
    """The finding with its ``context`` (``integrity.rating.review.context``), in ``lang``. The
    evidence is coloured with ``click.style`` (``click.echo`` drops colour off a terminal) and
    marked with carets underneath either way. Control characters in the data are escaped."""
    _ = i18n.gettext_for(lang)
    session = context["session"]
    about = [f"{_(ABOUT[key])} {session[key]}" for key in ABOUT if session[key]]
    lines = [click.style(_("── %(heading)s ── finding %(id)s") % {"heading": heading, "id": printable(finding["id"])},
                         bold=True),
             printable(" · ".join(about))]
    lines.append(_("%(rule)s %(category)s, %(severity)s, confidence %(confidence)s: %(message)s") % {
        "rule": click.style(printable(finding["rule"]), bold=True), "category": _(finding["category"]),
        "severity": _(finding["severity"]), "confidence": f"{finding['confidence']:g}",
        "message": printable(finding["message"])})
    labels = [_("rule:"), _("basis:"), _("why:")]
    width = max(map(cell_len, labels)) + 1
    lines.append(f"  {_pad(labels[0], width)}{rule_summary or _('(not a rule of this version of integrity)')}")
    lines.append(f"  {_pad(labels[1], width)}{printable(finding['basis'])}")
    why = ", ".join(f"{key} {_value(value)}" for key, value in finding["explanation"].items() if key != "detector")
    if why:
        lines.append(f"  {_pad(labels[2], width)}{printable(why)}")
    segment = finding["segment"]
    if context["segments"]:
        lines.append("")
    for row in context["segments"]:
        prefix = f"{'>' if row['idx'] == segment else ' '} {row['idx'] + 1:>4}  {clock(row['start']):>8}  "
        lines += _marked(prefix, row["text"], finding["span"] if row["idx"] == segment else None)
    if context["listings"]:
        lines.append("")
    for listing in context["listings"]:
        span = finding["span"] if segment is None and listing["listing_id"] == finding["listing_id"] else None
        lines += _marked(_("listing %(id)s: ") % {"id": printable(listing["listing_id"])}, listing["title"] or "", span)
        lines.append(f"    {printable(_numbers(listing, _))}")
    return "\n".join(lines)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - cell_len(text))


def _marked(prefix: str, text: str, span: list[int] | None) -> list[str]:
    """``prefix`` and ``text`` (escaped) with the span coloured, and a line of carets under it."""
    if not span:
        return [prefix + printable(text)]
    before, evidence, after = (printable(part) for part in (text[:span[0]], text[span[0]:span[1]], text[span[1]:]))
    coloured = click.style(evidence, fg="red", bold=True, underline=True)
    carets = " " * (cell_len(prefix) + cell_len(before)) + "^" * cell_len(evidence)
    return [prefix + before + coloured + after, carets]


def _numbers(listing: dict[str, Any], _) -> str:
    parts = [_("brand %(brand)s") % {"brand": listing["brand"]}] if listing["brand"] else []
    if listing["price"] is not None:
        parts.append(_("price %(price)s") % {"price": f"{listing['price']:g}"})
    if listing["list_price"] is not None:
        basis = f" ({listing['list_price_basis']})" if listing["list_price_basis"] else ""
        parts.append(_("list price %(price)s%(basis)s") % {"price": f"{listing['list_price']:g}", "basis": basis})
    if listing["stock"] is not None:
        parts.append(_("stock %(stock)s") % {"stock": listing["stock"]})
    history = ", ".join(f"{p['date']} {p['price']:g}" for p in listing["price_history"])
    parts.append(_("sales before the session: %(sales)s") % {"sales": history or _("none")})
    return "; ".join(parts)


def _value(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return "/".join(map(str, value))
