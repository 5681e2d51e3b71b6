"""Listings for plain transcripts (``--listings``: .json, .jsonl or .csv) and brand
authorisations (``--authorisations``: .csv or .jsonl of unit, brand).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from integrity.i18n import Message
from integrity.read.documents import _describe, listing_from_dict, within
from integrity.read.files import (
    LISTING_SUFFIXES,
    decode_bytes,
    numbered_lines,
    parse_json,
    read_bytes,
    unsupported,
)
from integrity.read.model import InputError, Listing


def read_listings(path: str) -> tuple[list[Listing], list[InputError]]:
    """Read a .json, .jsonl or .csv listings file: the good listings, and an error per bad one."""
    suffix = Path(path).suffix.lower()
    reader = _LISTING_READERS.get(suffix)
    if reader is None:
        return [], [InputError(path, unsupported(suffix, LISTING_SUFFIXES))]
    try:
        text = decode_bytes(read_bytes(path), path)
    except InputError as error:
        return [], [error]
    listings: list[Listing] = []
    errors: list[InputError] = []
    for result in reader(text, path):
        if isinstance(result, InputError):
            errors.append(result)
        else:
            listings.append(result)
    return listings, errors


def _listing_or_error(
    value: object, source: str, line: int | None = None, where: Message | None = None
) -> Listing | InputError:
    try:
        return listing_from_dict(value, source, line)
    except InputError as error:
        return within(error, where)


def _listings_from_json(text: str, source: str) -> Iterator[Listing | InputError]:
    """An array of listing objects, or an object with a "listings" array."""
    try:
        document = parse_json(text, source)
    except InputError as error:
        yield error
        return
    if isinstance(document, dict) and isinstance(document.get("listings"), list):
        document = document["listings"]
    if not isinstance(document, list):
        yield InputError(source, Message("expected a list of listings or an object with a 'listings' list"))
        return
    for index, item in enumerate(document):
        yield _listing_or_error(item, source, where=Message("item %(index)d", index=index))


def _listings_from_jsonl(text: str, source: str) -> Iterator[Listing | InputError]:
    for number, line in numbered_lines(text):
        try:
            yield listing_from_dict(parse_json(line, source, number), source, number)
        except InputError as error:
            yield error


def _listings_from_csv(text: str, source: str) -> Iterator[Listing | InputError]:
    """A header row, then one listing per row; "labels"/"also_ok" cells split on ";"."""
    reader = csv.DictReader(io.StringIO(text))
    try:
        reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or ()]
        if "listing_id" not in reader.fieldnames:
            yield InputError(source, Message("the CSV header has no '%(column)s' column", column="listing_id"), 1)
            return
        for row in reader:
            yield _csv_listing(row, source, reader.line_num)
    except csv.Error as exc:
        yield InputError(source, Message("bad CSV: %(reason)s", reason=str(exc)), reader.line_num)


def _csv_listing(row: dict[Any, Any], source: str, line: int) -> Listing | InputError:
    if None in row:
        return InputError(source, Message("row has more cells than the header"), line)
    record: dict[str, Any] = {
        key: cell.strip() for key, cell in row.items() if cell and cell.strip()
    }
    for key in ("labels", "also_ok"):
        if key in record:
            record[key] = [part.strip() for part in record[key].split(";") if part.strip()]
    return _listing_or_error(record, source, line)


_LISTING_READERS: dict[str, Callable[[str, str], Iterator[Listing | InputError]]] = {
    ".json": _listings_from_json,
    ".jsonl": _listings_from_jsonl,
    ".csv": _listings_from_csv,
}


AUTHORISATION_SUFFIXES = (".csv", ".jsonl")


def read_authorisations(path: str) -> tuple[dict[str, set[str]], list[InputError]]:
    """Read the brands each unit is authorised to sell: .csv or .jsonl rows of unit, brand.

    ``unit_id`` is accepted for ``unit``. Bad rows are reported with their line and skipped.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in AUTHORISATION_SUFFIXES:
        return {}, [InputError(path, unsupported(suffix, AUTHORISATION_SUFFIXES))]
    try:
        text = decode_bytes(read_bytes(path), path)
    except InputError as error:
        return {}, [error]
    rows = _authorisations_from_csv(text, path) if suffix == ".csv" else _authorisations_from_jsonl(text, path)
    authorised: dict[str, set[str]] = {}
    errors: list[InputError] = []
    for row in rows:
        if isinstance(row, InputError):
            errors.append(row)
        else:
            authorised.setdefault(row[0], set()).add(row[1])
    return authorised, errors


def _authorisations_from_csv(text: str, source: str) -> Iterator[tuple[str, str] | InputError]:
    reader = csv.DictReader(io.StringIO(text))
    try:
        reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or ()]
        if "brand" not in reader.fieldnames or not {"unit", "unit_id"} & set(reader.fieldnames):
            yield InputError(source, Message("the CSV header needs 'unit' (or 'unit_id') and 'brand' columns"), 1)
            return
        for row in reader:
            if None in row:
                yield InputError(source, Message("row has more cells than the header"), reader.line_num)
            else:
                yield _authorisation(row, source, reader.line_num)
    except csv.Error as exc:
        yield InputError(source, Message("bad CSV: %(reason)s", reason=str(exc)), reader.line_num)


def _authorisations_from_jsonl(text: str, source: str) -> Iterator[tuple[str, str] | InputError]:
    for number, line in numbered_lines(text):
        try:
            yield _authorisation(parse_json(line, source, number), source, number)
        except InputError as error:
            yield error


def _authorisation(record: object, source: str, line: int) -> tuple[str, str] | InputError:
    if not isinstance(record, dict):
        return InputError(source, Message("expected an object with 'unit' and 'brand', got %(value)s", value=_describe(record)), line)
    unit = record.get("unit") or record.get("unit_id")
    brand = record.get("brand")
    for key, value in (("unit", unit), ("brand", brand)):
        if not isinstance(value, str) or not value.strip():
            return InputError(source, Message("'%(key)s' must be a non-empty string, got %(value)s", key=key, value=_describe(value)), line)
    return unit.strip(), brand.strip()
