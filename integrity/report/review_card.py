"""A finding shown to a judge at the terminal: the rule, the evidence highlighted in its
segment among the segments around it, and the listing's numbers."""
from __future__ import annotations

from typing import Any

import click

from rich.cells import cell_len

from integrity.text.display import clock, printable


def card(finding: dict[str, Any], context: dict[str, Any], heading: str, rule_summary: str | None) -> str:
    """The finding with its ``context`` (``integrity.rating.review.context``). The evidence is
    coloured with ``click.style`` (``click.echo`` drops colour off a terminal) and marked with
    carets underneath either way. Control characters in the data are escaped."""
    session = context["session"]
    about = [f"session {session['session_id']}", *(f"{key.removesuffix('_id')} {session[key]}"
                                                   for key in ("streamer_id", "unit_id", "date", "platform") if session[key])]
    lines = [click.style(f"── {heading} ── finding {printable(finding['id'])}", bold=True), printable(" · ".join(about))]
    lines.append(f"{click.style(printable(finding['rule']), bold=True)} {finding['category']}, {finding['severity']}, "
                 f"confidence {finding['confidence']:g}: {printable(finding['message'])}")
    lines.append(f"  rule:  {rule_summary or '(not a rule of this version of integrity)'}")
    lines.append(f"  basis: {printable(finding['basis'])}")
    why = ", ".join(f"{key} {_value(value)}" for key, value in finding["explanation"].items() if key != "detector")
    if why:
        lines.append(f"  why:   {printable(why)}")
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
        lines += _marked(f"listing {printable(listing['listing_id'])}: ", listing["title"] or "", span)
        lines.append(f"    {printable(_numbers(listing))}")
    return "\n".join(lines)


def _marked(prefix: str, text: str, span: list[int] | None) -> list[str]:
    """``prefix`` and ``text`` (escaped) with the span coloured, and a line of carets under it."""
    if not span:
        return [prefix + printable(text)]
    before, evidence, after = (printable(part) for part in (text[:span[0]], text[span[0]:span[1]], text[span[1]:]))
    coloured = click.style(evidence, fg="red", bold=True, underline=True)
    carets = " " * (cell_len(prefix) + cell_len(before)) + "^" * cell_len(evidence)
    return [prefix + before + coloured + after, carets]


def _numbers(listing: dict[str, Any]) -> str:
    parts = [f"brand {listing['brand']}"] if listing["brand"] else []
    if listing["price"] is not None:
        parts.append(f"price {listing['price']:g}")
    if listing["list_price"] is not None:
        basis = f" ({listing['list_price_basis']})" if listing["list_price_basis"] else ""
        parts.append(f"list price {listing['list_price']:g}{basis}")
    if listing["stock"] is not None:
        parts.append(f"stock {listing['stock']}")
    history = listing["price_history"]
    parts.append("sales before the session: " + (", ".join(f"{p['date']} {p['price']:g}" for p in history) or "none"))
    return "; ".join(parts)


def _value(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return "/".join(map(str, value))
