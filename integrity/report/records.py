"""Records read from the database written as an aligned table, JSON, JSON Lines or CSV.

Tables are drawn by rich, which measures CJK characters as two columns: plain columns of text
(no colour, no box characters) when the output is not a terminal, so they can be piped and
compared; a header rule and bold headers on a terminal, where long cells wrap to its width.
"""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Iterable, Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from integrity import i18n
from integrity.i18n import C_
from integrity.report.spreadsheet import Sheet, excel_safe
from integrity.text.display import printable

RECORD_FORMATS = ("table", "json", "jsonl", "csv")


TABLE_CELL = 36


def write_records(out: IO[str], records: Iterable[dict], fmt: str, key: str, columns: Sequence[str],
                  excel: bool = False, lang: str = "en") -> int:
    """Write dicts as an aligned ``table`` of ``columns``, JSON (``{key: [...]}``, one record a
    line), JSON Lines, or CSV of ``columns`` (lists and objects as JSON); return how many.
    ``excel`` makes the CSV safe to open in Excel (``spreadsheet.excel_safe``). A table is for
    people: its headers are in ``lang`` (the columns, marked for translation where they are
    named); the machine formats keep the column names.

    Streams every format but the table, so large results need no memory.
    """
    count = 0
    if fmt == "table":
        heading = i18n.column_for(lang)
        rows = [[_cell(record.get(c)) for c in columns] for record in records]
        write_table(out, [heading(c) for c in columns], rows)
        return len(rows)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for count, record in enumerate(records, 1):
            values = (_csv_value(record.get(c)) for c in columns)
            writer.writerow(map(excel_safe, values) if excel else values)
        return count
    if fmt == "json":
        out.write(f'{{"{key}": [')
    for count, record in enumerate(records, 1):
        line = json.dumps(record, ensure_ascii=False)
        out.write(line + "\n" if fmt == "jsonl" else ("," if count > 1 else "") + "\n  " + line)
    if fmt == "json":
        out.write("\n]}\n" if count else "]}\n")
    return count


def write_table(out: IO[str], headers: Sequence[str], rows: Sequence[Sequence[str]],
                right: Iterable[int] = ()) -> None:
    """Columns padded to their display width (a CJK character counts two), two spaces apart;
    cells cut with an ellipsis at TABLE_CELL columns except in the last column; the columns
    ``right`` (indexes) aligned right, as numbers are. Cells are plain text: control
    characters escaped (``printable``), brackets never read as markup."""
    right = set(right)
    terminal = bool(getattr(out, "isatty", None) and out.isatty())
    table = Table(box=box.SIMPLE_HEAD if terminal else None, show_edge=False, pad_edge=False,
                  padding=(0, 2, 0, 0) if not terminal else (0, 1), header_style="bold" if terminal else None)
    for i, header in enumerate(headers):
        last = i == len(headers) - 1
        table.add_column(header, no_wrap=not (last and terminal), overflow="fold" if last else "ellipsis",
                         max_width=None if last else TABLE_CELL, justify="right" if i in right else "left")
    for row in rows:
        table.add_row(*(Text(printable(cell)) for cell in row))
    if terminal:
        Console(file=out).print(table)
        return
    buffer = io.StringIO()
    Console(file=buffer, width=1_000_000, color_system=None, force_terminal=False).print(table)
    out.writelines(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value).replace("\n", " ")


def _csv_value(value: object) -> object:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def write_summary(out: IO[str], summary: dict, lang: str = "en") -> None:
    """The regulator's summary (``integrity.store.queries.summary``) as text in ``lang``."""
    _, ngettext, heading = i18n.gettext_for(lang), i18n.ngettext_for(lang), i18n.column_for(lang)

    def ncount(n: float, singular: str, plural: str, shown: str = "{:,}") -> str:
        return ngettext(singular, plural, i18n.plural_count(n)) % {"n": shown.format(n)}

    period = ""
    if summary["since"] or summary["until"]:
        period = _(" dated %(since)s to %(until)s") % {"since": summary["since"] or "…", "until": summary["until"] or "…"}
    out.write(_("%(sessions)s%(period)s, %(segments)s, %(hours)s streamed, %(findings)s") % {
        "sessions": ncount(summary["sessions"], "%(n)s session", "%(n)s sessions"), "period": period,
        "segments": ncount(summary["segments"], "%(n)s segment", "%(n)s segments"),
        "hours": ncount(summary["hours"], "%(n)s hour", "%(n)s hours", "{:,.1f}"),
        "findings": ncount(summary["findings"], "%(n)s finding", "%(n)s findings")} + "\n")
    for title, column, counts in (
        (_("Findings by category"), _("category"), summary["by_category"]),
        (_("Findings by severity"), _("severity"), summary["by_severity"]),
    ):
        out.write(f"\n{title}\n")
        write_table(out, [column, heading(C_("column", "findings"))], [[_(name), f"{n:,}"] for name, n in counts.items()], right=[1])
    out.write("\n" + _("Findings by rule") + "\n")
    write_table(out, [_("rule"), _("category"), _("severity"), heading("findings")],
                [[r["rule"], _(r["category"]), _(r["severity"]), f"{r['findings']:,}"] for r in summary["by_rule"]],
                right=[3])
    least = ncount(summary["min_hours"], "%(n)s hour", "%(n)s hours", "{:g}")
    for kind, title, column in (
        ("streamers", _("Streamers with the most findings per hour, of those with %(hours)s streamed or more"),
         _("streamer")),
        ("units", _("Units with the most findings per hour, of those with %(hours)s streamed or more"), _("unit")),
    ):
        out.write("\n" + title % {"hours": least} + "\n")
        write_table(out, [column, heading(C_("column", "sessions")), _("hours"), heading("findings"), _("per hour")], [
            [c["candidate_id"], f"{c['sessions']:,}", f"{c['hours']:,.1f}", f"{c['findings']:,}",
             f"{c['findings_per_hour']:,.2f}"]
            for c in summary[kind]
        ], right=[1, 2, 3, 4])
        short = summary["not_ranked"][kind]
        if short:
            unranked = (ngettext("Not ranked: %(n)s streamer with less than %(hours)s streamed",
                                 "Not ranked: %(n)s streamers with less than %(hours)s streamed", short)
                        if kind == "streamers" else
                        ngettext("Not ranked: %(n)s unit with less than %(hours)s streamed",
                                 "Not ranked: %(n)s units with less than %(hours)s streamed", short))
            out.write(unranked % {"n": f"{short:,}", "hours": least} + "\n")
    run = summary["last_run"]
    if run:
        out.write("\n" + _("Last run: %(id)s (%(status)s, started %(started)s): %(sessions)s, %(checked)s checked, "
                           "%(unchanged)s unchanged, %(errors)s; configuration %(configuration)s") % {
            "id": run["id"], "status": _(run["status"]), "started": run["started"],
            "sessions": ncount(run["sessions"] or 0, "%(n)s session", "%(n)s sessions"),
            "checked": f"{run['checked'] or 0:,}", "unchanged": f"{run['unchanged'] or 0:,}",
            "errors": ncount(run["errors"] or 0, "%(n)s error", "%(n)s errors"),
            "configuration": run["config_hash"][:12]} + "\n")


def summary_sheets(summary: dict) -> list[Sheet]:
    """The regulator's summary as workbook sheets: the totals, findings by category, severity and
    rule, and the per-hour rankings of streamers and units."""
    last = summary["last_run"] or {}
    totals = [("since", summary["since"]), ("until", summary["until"]), ("sessions", summary["sessions"]),
              ("segments", summary["segments"]), ("hours", summary["hours"]), ("findings", summary["findings"]),
              ("min_hours", summary["min_hours"]),
              ("streamers not ranked", summary["not_ranked"]["streamers"]),
              ("units not ranked", summary["not_ranked"]["units"]),
              ("last run", last.get("id")), ("last run status", last.get("status")),
              ("last run started", last.get("started"))]
    ranking = ("candidate_id", "sessions", "hours", "findings", "findings_per_hour")
    return [
        Sheet("summary", ("item", "value"), totals),
        Sheet("by category", ("category", "findings"), summary["by_category"].items()),
        Sheet("by severity", ("severity", "findings"), summary["by_severity"].items()),
        Sheet("by rule", ("rule", "category", "severity", "findings"), summary["by_rule"]),
        Sheet("streamers", ranking, summary["streamers"]),
        Sheet("units", ranking, summary["units"]),
    ]
