"""Session and listing documents (the contract's JSON) turned into Sessions and Listings,
with one-line errors naming the session, listing and field at fault.
"""
from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from integrity.i18n import Message
from integrity.read.model import InputError, Listing, PricePoint, Segment, Session

SESSION_FIELDS = frozenset(
    {"session_id", "segments", "listings", "streamer_id", "unit_id", "date", "platform"}
)


LARGEST = 1e15
"""No price or stock comes near a thousand trillion; larger numbers are bad values (they would
overflow what is computed and stored from them)."""


ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Invalid(ValueError):
    """A bad value in a document; the callers prefix where it was found."""


@contextmanager
def within_document(where: Message) -> Iterator[None]:
    """Prefix the message of an Invalid raised inside the block with ``where``."""
    try:
        yield
    except Invalid as exc:
        raise Invalid(Message("%(where)s: %(message)s", where=where, message=exc.args[0])) from None


def within(error: InputError, where: Message | None) -> InputError:
    """``error`` with ``where`` (such as the item of a list it is about) before its message."""
    if where is None:
        return error
    return InputError(error.source, Message("%(where)s: %(message)s", where=where, message=error.message), error.line)


def session_from_dict(
    obj: object,
    source: str,
    line: int | None = None,
    *,
    listings: Sequence[Listing] = (),
    date: datetime.date | None = None,
    streamer_id: str | None = None,
    unit_id: str | None = None,
    platform: str | None = None,
) -> Session:
    """Build a Session from a parsed session document, or raise InputError.

    ``listings``, ``date``, ``streamer_id``, ``unit_id`` and ``platform`` stand in where the
    document has none of its own.
    """
    try:
        session = _session(obj, source, tuple(listings), date, line)
    except Invalid as exc:
        raise InputError(source, exc.args[0], line) from None
    defaults = {"streamer_id": streamer_id, "unit_id": unit_id, "platform": platform}
    missing = {key: value for key, value in defaults.items() if value is not None and getattr(session, key) is None}
    return replace(session, **missing) if missing else session


def segment_from_dict(obj: object, index: int, source: str, line: int | None = None) -> Segment:
    """Build segment ``index`` of a session from a parsed segment object (``text``, optional
    ``start`` and ``end``), or raise InputError."""
    try:
        return _segment(obj, index)
    except Invalid as exc:
        raise InputError(source, exc.args[0], line) from None


def listing_from_dict(obj: object, source: str, line: int | None = None) -> Listing:
    """Build a Listing from a parsed listing object or CSV row, or raise InputError."""
    try:
        return _listing(obj)
    except Invalid as exc:
        raise InputError(source, exc.args[0], line) from None


def _session(
    value: object,
    source: str,
    default_listings: tuple[Listing, ...],
    default_date: datetime.date | None,
    line: int | None = None,
) -> Session:
    with within_document(Message("session")):
        record = _object(value)
        session_id = _identifier(record, "session_id")
    with within_document(Message("session %(id)s", id=repr(session_id))):
        _required(record, "segments")
        items = _list(record, "segments")
        segments = tuple(_segment(item, index) for index, item in enumerate(items))
        listings = tuple(_listing(item) for item in _list(record, "listings")) or default_listings
        if not segments and not listings:
            raise Invalid(Message("'segments' may be empty only when there are listings"))
        return Session(
            session_id=session_id,
            segments=segments,
            listings=listings,
            streamer_id=_text(record, "streamer_id", number_ok=True),
            unit_id=_text(record, "unit_id", number_ok=True),
            date=_date(record, "date") or default_date,
            platform=_text(record, "platform"),
            source=source,
            extra={key: item for key, item in record.items() if key not in SESSION_FIELDS},
            form="document",
            line=line,
        )


def _segment(value: object, index: int) -> Segment:
    # Segments are most of a document: the place is added only when one is bad (a
    # ``within_document`` block per segment costs more than reading it).
    try:
        record = _object(value)
        text = _required(record, "text")
        if not isinstance(text, str):
            raise Invalid(Message("'%(key)s' must be a string, got %(value)s", key="text", value=_describe(text)))
        return Segment(
            index=index,
            text=text,
            start=_number(record, "start"),
            end=_number(record, "end"),
            labels=_strings(record, "labels"),
            also_ok=_strings(record, "also_ok"),
            tags=_strings(record, "tags"),
        )
    except Invalid as exc:
        where = Message("segment %(index)d", index=index)
        raise Invalid(Message("%(where)s: %(message)s", where=where, message=exc.args[0])) from None


def _listing(value: object) -> Listing:
    with within_document(Message("listing")):
        record = _object(value)
        listing_id = _identifier(record, "listing_id")
    with within_document(Message("listing %(id)s", id=repr(listing_id))):
        return Listing(
            listing_id=listing_id,
            title=_text(record, "title") or "",
            brand=_text(record, "brand"),
            category=_text(record, "category"),
            price=_amount(record, "price"),
            list_price=_amount(record, "list_price"),
            list_price_basis=_text(record, "list_price_basis"),
            stock=_amount(record, "stock", whole=True),
            price_history=_price_history(record.get("price_history")),
            labels=_strings(record, "labels"),
            also_ok=_strings(record, "also_ok"),
        )


def _price_history(value: object) -> tuple[PricePoint, ...]:
    """Price points sorted by date, from a list of {"date", "price"} or its text form."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = _price_history_from_text(value)
    if not isinstance(value, list):
        raise Invalid(Message("'%(key)s' must be a list, got %(value)s", key="price_history", value=_describe(value)))
    points = [_price_point(item, index) for index, item in enumerate(value)]
    return tuple(sorted(points, key=lambda point: point.date))


def _price_history_from_text(text: str) -> list[Any]:
    """Parse a JSON array, or "2026-11-13:129;2026-11-15:119", as found in CSV cells."""
    if text.lstrip().startswith("["):
        try:
            return json.loads(text)
        except ValueError:
            raise Invalid(Message("'price_history' is not a valid JSON array")) from None
    points = []
    for entry in filter(None, (part.strip() for part in text.split(";"))):
        date, colon, price = entry.partition(":")
        if not colon:
            raise Invalid(Message("'price_history' entry %(entry)s must look like 2026-11-13:129", entry=repr(entry)))
        points.append({"date": date.strip(), "price": price.strip()})
    return points


def _price_point(value: object, index: int) -> PricePoint:
    with within_document(Message("price_history[%(index)d]", index=index)):
        record = _object(value)
        _required(record, "date")
        _required(record, "price")
        return PricePoint(
            date=_date(record, "date"),
            price=_amount(record, "price"),
        )


def _describe(value: object) -> str:
    """A short rendering of a bad value for a message: 'abc', 3, true, null, a list..."""
    if isinstance(value, dict):
        return Message("an object")
    if isinstance(value, list):
        return Message("a list")
    shown = repr(value) if isinstance(value, str) else json.dumps(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _object(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Invalid(Message("expected an object, got %(value)s", value=_describe(value)))
    return value


def _required(record: dict[str, Any], key: str) -> Any:
    value = record.get(key)
    if value is None:
        raise Invalid(Message("missing required field '%(key)s'", key=key))
    return value


def _is_integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _identifier(record: dict[str, Any], key: str) -> str:
    value = _required(record, key)
    if _is_integer(value):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    raise Invalid(Message("'%(key)s' must be a non-empty string, got %(value)s", key=key, value=_describe(value)))


def _text(record: dict[str, Any], key: str, *, number_ok: bool = False) -> str | None:
    """An optional string; blank counts as absent. ``number_ok`` accepts integer ids."""
    value = record.get(key)
    if number_ok and _is_integer(value):
        return str(value)
    if value is None or isinstance(value, str):
        return value if value and value.strip() else None
    raise Invalid(Message("'%(key)s' must be a string, got %(value)s", key=key, value=_describe(value)))


def _number(record: dict[str, Any], key: str, *, text_ok: bool = False) -> float | None:
    """An optional finite number; ``text_ok`` accepts numeric strings such as "99.0"."""
    value = record.get(key)
    if value is None:
        return None
    if type(value) is float and math.isfinite(value):
        return value
    number = math.nan
    if _is_integer(value) or isinstance(value, float) or (text_ok and isinstance(value, str)):
        try:
            number = float(value)
        except (ValueError, OverflowError):
            pass
    if not math.isfinite(number):
        raise Invalid(Message("'%(key)s' must be a number, got %(value)s", key=key, value=_describe(value)))
    return number


def _amount(record: dict[str, Any], key: str, *, whole: bool = False) -> Any:
    """An optional price (or, ``whole``, a count) from 0 to LARGEST; numeric strings are read."""
    number = _number(record, key, text_ok=True)
    if number is None:
        return None
    if not 0 <= number <= LARGEST:
        value = _describe(record[key])
        raise Invalid(Message("'%(key)s' must be a whole number from 0 to 10^15, got %(value)s", key=key, value=value)
                      if whole else Message("'%(key)s' must be a number from 0 to 10^15, got %(value)s", key=key, value=value))
    if whole and not number.is_integer():
        raise Invalid(Message("'%(key)s' must be a whole number, got %(value)s", key=key, value=_describe(record[key])))
    return int(number) if whole else number


def _strings(record: dict[str, Any], key: str) -> tuple[str, ...]:
    value = record.get(key)
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise Invalid(Message("'%(key)s' must be a list of strings, got %(value)s", key=key, value=_describe(value)))


def _list(record: dict[str, Any], key: str) -> list[Any]:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise Invalid(Message("'%(key)s' must be a list, got %(value)s", key=key, value=_describe(value)))
    return value


def _date(record: dict[str, Any], key: str) -> datetime.date | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise Invalid(Message("'%(key)s' must be a date YYYY-MM-DD, got %(value)s", key=key, value=_describe(value)))

@dataclass(frozen=True)
class Origin:
    """Where a text came from, and what to attach to the sessions read from it (to every
    session of a plain transcript; to a session document where it has none of its own)."""

    source: str
    session_id: str
    listings: tuple[Listing, ...]
    date: datetime.date | None
    streamer_id: str | None = None
    unit_id: str | None = None
    platform: str | None = None
