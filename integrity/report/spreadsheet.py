"""Exports a person opens in Excel (or WPS, or LibreOffice): .xlsx workbooks, one sheet per
table, and the rules that make a CSV open right there.

Text in an export comes from what streamers said and what listings say, so it is never a
formula: in a workbook every text cell is stored as text, and a CSV meant for Excel prefixes a
cell that Excel would read as one (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) with an apostrophe, as OWASP advises against CSV injection.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from rich.cells import cell_len

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
WIDTH_SAMPLE = 500
MAX_WIDTH = 60


def excel_safe(value: Any) -> Any:
    """A CSV cell as Excel should show it: text that would start a formula gets an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class Sheet:
    """One sheet of a workbook: a title, its columns and its rows (dicts, or sequences in
    column order)."""

    def __init__(self, title: str, columns: Sequence[str], rows: Iterable[Any]):
        self.title, self.columns, self.rows = title[:31], list(columns), rows

    def values(self, row: Any) -> list[Any]:
        return [row.get(c) for c in self.columns] if isinstance(row, dict) else list(row)


def write_xlsx(out: IO[bytes], sheets: Iterable[Sheet]) -> int:
    """Write the sheets as an .xlsx workbook (streamed, so large exports need little memory):
    a bold header row that stays in view, columns as wide as their first rows' text (a CJK
    character counts two), text always stored as text. Return the rows written."""
    book = Workbook(write_only=True)
    count = 0
    for sheet in sheets:
        page = book.create_sheet(sheet.title)
        rows = iter(sheet.rows)
        head = [sheet.values(row) for row in itertools.islice(rows, WIDTH_SAMPLE)]
        for index, column in enumerate(sheet.columns, start=1):
            widest = max([cell_len(column)] + [cell_len(_shown(values[index - 1])) for values in head])
            page.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, widest + 2)
        page.freeze_panes = "A2"
        page.append([_cell(page, column, bold=True) for column in sheet.columns])
        for values in itertools.chain(head, (sheet.values(row) for row in rows)):
            page.append([_cell(page, value) for value in values])
            count += 1
    book.save(out)
    return count


def _cell(page, value: Any, bold: bool = False) -> WriteOnlyCell:
    if isinstance(value, (list, dict)):
        value = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    cell = WriteOnlyCell(page, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever it starts with
    if bold:
        cell.font = Font(bold=True)
    return cell


def _shown(value: Any) -> str:
    return "" if value is None else str(value)
