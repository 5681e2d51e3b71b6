"""Consumer complaint records: read and validate them from CSV or JSONL.

A complaint names who it is against (``streamer_id`` and/or ``unit_id``), what it is about
(``category``) and how far it got (``status``). Categories and statuses are stored as English
codes; the Chinese names used by complaint platforms and regulators are accepted on input:

=================  ==========  ====================================================
code               Chinese     meaning
=================  ==========  ====================================================
price              价格        false or misleading price
counterfeit        假冒        counterfeit goods or trademark infringement
false_advertising  虚假宣传    false advertising
quality            质量        product quality
after_sales        售后服务    returns, refunds, delivery, service
other              其他        anything else
verified           核实属实    investigated and found true
mediated           调解        settled by mediation, no finding of fault
rejected           不予受理    not accepted (unfounded or out of scope)
pending            处理中      still being handled
=================  ==========  ====================================================

A bad row becomes an :class:`InputError` with its 1-based line and the reason, and the good
rows are still returned, so one typo does not lose a whole export.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from integrity.i18n import Message
from integrity.read.files import decode_bytes, json_reason, lone_surrogate, read_bytes, surrogate_message
from integrity.read.model import InputError

CATEGORIES: dict[str, str] = {
    "price": "价格",
    "counterfeit": "假冒",
    "false_advertising": "虚假宣传",
    "quality": "质量",
    "after_sales": "售后服务",
    "other": "其他",
}
STATUSES: dict[str, str] = {
    "verified": "核实属实",
    "mediated": "调解",
    "rejected": "不予受理",
    "pending": "处理中",
}
FIELDS = (
    "complaint_id", "received", "streamer_id", "unit_id", "session_id", "listing_id",
    "category", "status", "amount",
)
SUFFIXES = (".csv", ".jsonl")

_CATEGORY_CODES = {**{code: code for code in CATEGORIES}, **{zh: code for code, zh in CATEGORIES.items()}}
_STATUS_CODES = {**{code: code for code in STATUSES}, **{zh: code for code, zh in STATUSES.items()}}
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Complaint:
    """One consumer complaint, with English category and status codes."""

    complaint_id: str
    received: dt.date
    category: str
    status: str
    streamer_id: str | None = None
    unit_id: str | None = None
    session_id: str | None = None
    listing_id: str | None = None
    amount: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The record in the contract's shape, dates as ISO strings."""
        return {
            "complaint_id": self.complaint_id,
            "received": self.received.isoformat(),
            "streamer_id": self.streamer_id,
            "unit_id": self.unit_id,
            "session_id": self.session_id,
            "listing_id": self.listing_id,
            "category": self.category,
            "status": self.status,
            "amount": self.amount,
        }


class Invalid(ValueError):
    """A bad value in one record; the reader adds the file and line."""


def read_complaints(path: str) -> tuple[list[Complaint], list[InputError]]:
    """Read a ``.csv`` or ``.jsonl`` complaints file: the good records, and an error per bad row."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        shown = f"'{suffix}'" if suffix else Message("(none)")
        return [], [InputError(path, Message("unsupported file type %(suffix)s (expected .csv or .jsonl)",
                                             suffix=shown))]
    try:
        text = decode_bytes(read_bytes(path), path)
    except InputError as error:
        return [], [error]
    return parse_complaints(text, path, "csv" if suffix == ".csv" else "jsonl")


def parse_complaints(text: str, source: str, fmt: str) -> tuple[list[Complaint], list[InputError]]:
    """Parse complaint records from decoded text; ``fmt`` is ``csv`` or ``jsonl``."""
    rows = _csv_rows(text, source) if fmt == "csv" else _jsonl_rows(text, source)
    complaints: list[Complaint] = []
    errors: list[InputError] = []
    for line, row in rows:
        if isinstance(row, InputError):
            errors.append(row)
            continue
        try:
            complaints.append(complaint_from_dict(row))
        except Invalid as exc:
            errors.append(InputError(source, exc.args[0], line))
    return complaints, errors


def _jsonl_rows(text: str, source: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            reason = json_reason(exc.msg) if isinstance(exc, json.JSONDecodeError) else Message("not valid JSON")
            yield number, InputError(source, Message("invalid JSON: %(reason)s", reason=reason), number)
            continue
        if not isinstance(value, dict):
            yield number, InputError(source, Message("expected a JSON object"), number)
            continue
        surrogate = lone_surrogate(line, value)
        if surrogate:
            reason = surrogate_message(surrogate)
            yield number, InputError(source, Message("invalid JSON: %(reason)s", reason=reason), number)
            continue
        yield number, value


def _csv_rows(text: str, source: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        missing = [name for name in ("complaint_id", "received", "category", "status") if name not in header]
        if missing:
            yield 1, InputError(source, Message("the CSV header has no '%(column)s' column", column=missing[0]), 1)
            return
        start = reader.line_num + 1
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header):
                yield line, InputError(source, Message("row has more cells than the header"), line)
                continue
            yield line, {key: cell.strip() for key, cell in zip(header, cells) if cell.strip()}
    except csv.Error as exc:
        yield reader.line_num, InputError(source, Message("bad CSV: %(reason)s", reason=str(exc)), reader.line_num)


def complaint_from_dict(record: dict[str, Any]) -> Complaint:
    """Validate one record (a JSON object or a CSV row with blank cells left out)."""
    streamer_id = _identifier(record, "streamer_id")
    unit_id = _identifier(record, "unit_id")
    if streamer_id is None and unit_id is None:
        raise Invalid(Message("needs a 'streamer_id' or a 'unit_id' (both are empty)"))
    complaint_id = _identifier(record, "complaint_id")
    if complaint_id is None:
        raise Invalid(Message("missing required field '%(key)s'", key="complaint_id"))
    return Complaint(
        complaint_id=complaint_id,
        received=_received(record),
        category=_code(record, "category", _CATEGORY_CODES, CATEGORIES),
        status=_code(record, "status", _STATUS_CODES, STATUSES),
        streamer_id=streamer_id,
        unit_id=unit_id,
        session_id=_identifier(record, "session_id"),
        listing_id=_identifier(record, "listing_id"),
        amount=_amount(record),
    )


def _identifier(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    raise Invalid(Message("'%(key)s' must be a string, got %(value)s", key=key, value=_show(value)))


def _received(record: dict[str, Any]) -> dt.date:
    value = record.get("received")
    if value is None or value == "":
        raise Invalid(Message("missing required field '%(key)s'", key="received"))
    if isinstance(value, str) and ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise Invalid(Message("'%(key)s' must be a date YYYY-MM-DD, got %(value)s", key="received", value=_show(value)))


def _code(record: dict[str, Any], key: str, codes: dict[str, str], names: dict[str, str]) -> str:
    value = record.get(key)
    if value is None or value == "":
        raise Invalid(Message("missing required field '%(key)s'", key=key))
    code = codes.get(value.strip().lower()) if isinstance(value, str) else None
    if code is None:
        allowed = ", ".join(f"{c} ({zh})" for c, zh in names.items())
        raise Invalid(Message("'%(key)s' must be one of %(allowed)s; got %(value)s",
                              key=key, allowed=allowed, value=_show(value)))
    return code


def _amount(record: dict[str, Any]) -> float | None:
    value = record.get("amount")
    if value is None or value == "":
        return None
    number = math.nan
    if isinstance(value, (int, float, str)) and not isinstance(value, bool):
        try:
            number = float(value)
        except ValueError:
            pass
    if not math.isfinite(number) or number < 0:
        raise Invalid(Message("'amount' must be a number of yuan, 0 or more; got %(value)s", value=_show(value)))
    return number


def _show(value: object) -> str:
    shown = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return shown if len(shown) <= 40 else shown[:37] + "..."
