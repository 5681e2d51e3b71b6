"""The dashboard (:func:`integrity.report.dashboard.dashboard`) as an Excel workbook, one sheet
per table, for regulators who work on in Excel.
"""
from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font


def workbook(data: dict[str, Any], _=lambda text: text) -> bytes:
    """The ``.xlsx`` file's bytes; ``_`` translates the headings."""
    book = Workbook()
    sheet = book.active
    sheet.title = _("Summary")
    period = data["period"]
    _rows(sheet, [_("what"), _("value")], [
        [_("From"), period["since"] or "-"], [_("To"), period["until"] or "-"],
        [_("Sessions"), data["sessions"]], [_("Segments"), data["segments"]], [_("Hours streamed"), data["hours"]],
        [_("Findings"), data["findings"]],
        *([f"{_('Findings')}: {_(c)}", n] for c, n in data["by_category"].items()),
        *([f"{_('Findings')}: {_(s)}", n] for s, n in data["by_severity"].items()),
        [_("Complaints"), data["complaints"]["total"]], [_("Amount (yuan)"), data["complaints"]["amount"]],
    ])
    _sheet(book, _("By rule"), [_("Rule"), _("Category"), _("Severity"), _("Findings")],
           [[r["rule"], _(r["category"]), _(r["severity"]), r["findings"]] for r in data["by_rule"]])
    over = data["over_time"]
    _sheet(book, _("Over time"), [_(over["unit"]), *(_(c) for c in over["series"])],
           [[bucket, *(over["series"][c][i] for c in over["series"])] for i, bucket in enumerate(over["buckets"])])
    _sheet(book, _("Platforms"), [_("Platform"), _("Sessions"), _("Hours"), _("Findings"), _("Per hour")],
           [[p["platform"] or "-", p["sessions"], p["hours"], p["findings"], p["findings_per_hour"]]
            for p in data["by_platform"]])
    for key, title in (("streamers", _("Streamers")), ("units", _("Units"))):
        _sheet(book, title, [_("Candidate"), _("Sessions"), _("Hours"), _("Findings"), _("Per hour")],
               [[c["candidate_id"], c["sessions"], c["hours"], c["findings"], c["findings_per_hour"]]
                for c in data[key]])
    complaints = data["complaints"]
    _sheet(book, _("Complaints"), [_("Status or category"), _("Complaints")],
           [*([_(s), n] for s, n in complaints["by_status"].items()),
            *([_(c), n] for c, n in complaints["by_category"].items())])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet(book: Workbook, title: str, headers: list[str], body: list[list[Any]]) -> None:
    _rows(book.create_sheet(title[:31]), headers, body)


def _rows(sheet, headers: list[str], body: list[list[Any]]) -> None:
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in body:
        sheet.append(row)
    for column in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, width * 2 + 2))
