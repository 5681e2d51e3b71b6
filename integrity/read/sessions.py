"""Input readers: turn transcript and session files into Sessions and Listings.

Session inputs, chosen by file suffix (case-insensitive):

* ``.json``  one session document, or an array of them
* ``.jsonl`` one session document per line
* ``.txt``   a plain transcript, one segment per non-empty line
* ``.srt``, ``.vtt``  subtitles, one segment per cue

``-`` reads standard input and sniffs which of these it holds. Listings for plain
transcripts come from ``.json``, ``.jsonl`` or ``.csv`` files (:func:`read_listings`).

Bad input never raises anything but :class:`InputError`; its message is one line
naming the session, listing and field at fault, and its ``line`` is the 1-based
line where known. Positions inside a JSON document ("segment 3", "item 0",
"price_history[1]") are 0-based indexes, like the ``segment`` field of a finding.
"""
from __future__ import annotations

import codecs
import csv
import datetime
import html
import io
import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from integrity.read.model import InputError, Listing, PricePoint, Segment, Session

SUFFIXES = (".json", ".jsonl", ".txt", ".srt", ".vtt")
LISTING_SUFFIXES = (".json", ".jsonl", ".csv")
STDIN_SOURCE = "<stdin>"
STDIN_SESSION_ID = "stdin"

_NOT_TEXT = "not a text file (binary or unknown encoding)"
_SESSION_FIELDS = frozenset(
    {"session_id", "segments", "listings", "streamer_id", "unit_id", "date", "platform"}
)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = r"(?:([0-9]+):)?([0-9]{1,2}):([0-9]{1,2})(?:[,.]([0-9]{1,3}))?"
_TIMING = re.compile(rf"{_TIMESTAMP}\s*-->\s*{_TIMESTAMP}(?:\s.*)?")
_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")
_VTT_META = re.compile(r"(?:NOTE|STYLE|REGION)(?:\s|$)")
_SRT_START = re.compile(r"\s*[0-9]+[ \t]*\n[^\n]*-->")
_PART_BLOCK = 1 << 16

_Cue = tuple[float | None, float | None, str]


# --- Bytes and paths ---------------------------------------------------------


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a text file and normalise its line endings to LF.

    Reads UTF-8 (with or without BOM), UTF-16 with a BOM and GB18030; the BOM
    is dropped. Empty (or whitespace-only) and binary input raise InputError.
    """
    text = _decode(data)
    if text is None:
        raise InputError(source, _NOT_TEXT)
    if not text.strip():
        raise InputError(source, "empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> str | None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    elif b"\x00" in data:
        return None
    elif data.startswith(codecs.BOM_UTF8):
        encodings = ("utf-8-sig",)
    else:
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            # GB18030 has a BOM of its own, which the codec keeps.
            return data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError:
            continue
    return None


def iter_input_files(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Expand paths into input files: directories are walked, the rest pass through.

    A directory yields, in sorted order, every file below it whose suffix is one of
    SUFFIXES, skipping hidden files and directories. A missing path is an InputError.
    """
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            yield from _walk(path)
        elif os.path.exists(path):
            yield path
        else:
            yield InputError(path, "no such file or directory")


def _walk(root: str) -> Iterator[str | InputError]:
    failures: list[OSError] = []
    found = []
    for folder, subfolders, names in os.walk(root, onerror=failures.append):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found += [
            os.path.join(folder, name)
            for name in names
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES
        ]
    for failure in failures:
        yield InputError(failure.filename or root, _os_reason(failure))
    yield from sorted(found, key=lambda path: Path(path).parts)


def _read_bytes(path: str, stdin: BinaryIO | None = None) -> bytes:
    try:
        if path == "-":
            return (sys.stdin.buffer if stdin is None else stdin).read()
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(STDIN_SOURCE if path == "-" else path, _os_reason(exc)) from None


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _unsupported(suffix: str, expected: Sequence[str]) -> str:
    names = ", ".join(expected[:-1]) + " or " + expected[-1]
    if not suffix:
        return f"no file type suffix (expected {names})"
    return f"unsupported file type '{suffix}' (expected {names})"


def _numbered_lines(text: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """Yield (line number, line) for each non-blank line; the first line is ``first_line``."""
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.strip():
            yield number, line


def _parse_json(text: str, source: str, line: int | None = None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = exc.lineno if line is None else line
        raise InputError(source, f"invalid JSON: {exc.msg} (column {exc.colno})", where) from None
    except ValueError as exc:
        raise InputError(source, f"invalid JSON: {exc}", line) from None
    except RecursionError:
        raise InputError(source, "invalid JSON: nested too deeply", line) from None


# --- Sessions ------------------------------------------------------------------


@dataclass(frozen=True)
class _Origin:
    """Where a text came from, and what to attach to the sessions read from it."""

    source: str
    session_id: str
    listings: tuple[Listing, ...]
    date: datetime.date | None


def read_sessions(
    path: str,
    *,
    listings: Sequence[Listing] = (),
    date: datetime.date | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Session | InputError]:
    """Read the sessions in one input file, or in standard input for ``-``.

    ``listings`` and ``date`` are attached to plain transcripts; session documents
    get them only where they have no listings or no date of their own. Bad input is
    yielded as InputError; the good sessions of the same file are still yielded.
    """
    if path == "-":
        suffix = None
        origin = _Origin(STDIN_SOURCE, STDIN_SESSION_ID, tuple(listings), date)
    else:
        suffix = Path(path).suffix.lower()
        if suffix not in _SESSION_READERS:
            yield InputError(path, _unsupported(suffix, SUFFIXES))
            return
        origin = _Origin(path, Path(path).stem, tuple(listings), date)
    try:
        text = decode_bytes(_read_bytes(path, stdin), origin.source)
    except InputError as error:
        yield error
        return
    yield from _SESSION_READERS[suffix or _sniff(text)](text, origin)


def jsonl_parts(path: str, size: int) -> Iterator[tuple[int, int, int]]:
    """Cut a .jsonl file into parts of at least ``size`` bytes that end at line ends.

    Yields ``(start, end, first_line)`` for :func:`read_jsonl_part`: a byte range and the
    1-based number of its first line. A UTF-16 file cannot be cut at a byte and is one
    part; an empty file has none. Reads the file once, a block at a time. Raises OSError.
    """
    with open(path, "rb") as file:
        utf16 = file.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        file.seek(0)
        start, first_line, done, newlines = 0, 1, 0, 0
        for block in iter(lambda: file.read(min(size, _PART_BLOCK)), b""):
            done += len(block)
            newlines += block.count(b"\n")
            cut = -1 if utf16 or done - start < size else block.rfind(b"\n")
            if cut >= 0:
                end = done - len(block) + cut + 1
                yield start, end, first_line
                start, first_line, newlines = end, first_line + newlines, 0
        if done > start:
            yield start, done, first_line


def read_jsonl_part(
    path: str,
    start: int,
    end: int,
    first_line: int,
    *,
    listings: Sequence[Listing] = (),
    date: datetime.date | None = None,
) -> Iterator[Session | InputError]:
    """Read the sessions in bytes ``start`` to ``end`` of a .jsonl file (see :func:`jsonl_parts`).

    Lets several processes share one large file; read in turn, the parts yield the
    sessions and errors :func:`read_sessions` yields for the whole file. Each part is
    decoded on its own (UTF-8, else GB18030).
    """
    origin = _Origin(path, Path(path).stem, tuple(listings), date)
    try:
        with open(path, "rb") as file:
            file.seek(start)
            data = file.read(end - start)
    except OSError as exc:
        yield InputError(path, _os_reason(exc), first_line)
        return
    text = _decode(data)
    if text is None:
        yield InputError(path, _NOT_TEXT, first_line)
        return
    yield from _read_jsonl(text.replace("\r\n", "\n").replace("\r", "\n"), origin, first_line)


def _sniff(text: str) -> str:
    """Guess the suffix of a text read from standard input."""
    head = text.lstrip()
    if head.startswith("["):
        return ".json"
    if head.startswith("{"):
        return ".jsonl" if _looks_like_jsonl(text) else ".json"
    if head.startswith("WEBVTT"):
        return ".vtt"
    if _SRT_START.match(text):
        return ".srt"
    return ".txt"


def _looks_like_jsonl(text: str) -> bool:
    """True for one JSON object per line; False for one (maybe pretty-printed) JSON value."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return all(line.lstrip().startswith("{") for _, line in _numbered_lines(text))
    return False


def _read_json(text: str, origin: _Origin) -> Iterator[Session | InputError]:
    try:
        document = _parse_json(text, origin.source)
    except InputError as error:
        yield error
        return
    if not isinstance(document, list):
        yield _document_session(document, origin)
        return
    for index, item in enumerate(document):
        yield _document_session(item, origin, where=f"item {index}: ")


def _read_jsonl(text: str, origin: _Origin, first_line: int = 1) -> Iterator[Session | InputError]:
    for number, line in _numbered_lines(text, first_line):
        try:
            document = _parse_json(line, origin.source, number)
        except InputError as error:
            yield error
            continue
        yield _document_session(document, origin, number)


def _document_session(
    document: object, origin: _Origin, line: int | None = None, where: str = ""
) -> Session | InputError:
    try:
        return session_from_dict(
            document, origin.source, line, listings=origin.listings, date=origin.date
        )
    except InputError as error:
        return InputError(error.source, where + error.message, error.line)


def _read_txt(text: str, origin: _Origin) -> Iterator[Session | InputError]:
    lines = (line.strip() for line in text.split("\n"))
    yield _transcript(origin, [(None, None, line) for line in lines if line])


def _read_srt(text: str, origin: _Origin) -> Iterator[Session | InputError]:
    yield from _read_cues(_blocks(text), origin, _clean_srt)


def _read_vtt(text: str, origin: _Origin) -> Iterator[Session | InputError]:
    blocks = list(_blocks(text))
    if blocks and blocks[0][1][0].startswith("WEBVTT"):
        blocks = blocks[1:]
    cues = [(number, lines) for number, lines in blocks if not _VTT_META.match(lines[0])]
    yield from _read_cues(cues, origin, _clean_vtt)


def _blocks(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (1-based number of its first line, stripped lines) per run of non-blank lines."""
    block: list[str] = []
    first = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            if block:
                yield first, block
            block = []
            continue
        if not block:
            first = number
        block.append(line.strip())
    if block:
        yield first, block


def _read_cues(
    blocks: Iterable[tuple[int, list[str]]], origin: _Origin, clean: Callable[[str], str]
) -> Iterator[Session | InputError]:
    """One segment per cue: an optional identifier line, a timing line, text lines."""
    cues: list[_Cue] = []
    errors: list[InputError] = []
    for number, lines in blocks:
        timing = next((i for i, line in enumerate(lines[:2]) if "-->" in line), None)
        match = None if timing is None else _TIMING.fullmatch(lines[timing])
        if timing is None or match is None:
            message = "expected a cue timing line 'start --> end'"
            errors.append(InputError(origin.source, message, number + (timing or 0)))
            continue
        text = _join_lines(clean(line) for line in lines[timing + 1 :])
        if text:
            times = match.groups()
            cues.append((_seconds(*times[:4]), _seconds(*times[4:]), text))
    if not cues:
        yield InputError(origin.source, "no subtitle cues with text found")
        return
    yield from errors
    yield _transcript(origin, cues)


def _seconds(hours: str | None, minutes: str, seconds: str, fraction: str | None) -> float:
    millis = int((fraction or "0").ljust(3, "0"))
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + millis / 1000


def _clean_srt(line: str) -> str:
    return _TAG.sub("", line).strip()


def _clean_vtt(line: str) -> str:
    return html.unescape(_TAG.sub("", line)).strip()


def _join_lines(lines: Iterable[str]) -> str:
    """Join cue lines: no separator in Chinese, a space between two ASCII letters/digits."""
    text = ""
    for line in filter(None, lines):
        if text and _is_ascii_word(text[-1]) and _is_ascii_word(line[0]):
            text += " "
        text += line
    return text


def _is_ascii_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _transcript(origin: _Origin, cues: Sequence[_Cue]) -> Session:
    segments = tuple(
        Segment(index=index, text=text, start=start, end=end)
        for index, (start, end, text) in enumerate(cues)
    )
    return Session(
        session_id=origin.session_id,
        segments=segments,
        listings=origin.listings,
        date=origin.date,
        source=origin.source,
    )


_SESSION_READERS: dict[str, Callable[[str, _Origin], Iterator[Session | InputError]]] = {
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".txt": _read_txt,
    ".srt": _read_srt,
    ".vtt": _read_vtt,
}


# --- Session and listing documents --------------------------------------------


class _Invalid(ValueError):
    """A bad value in a document; the callers prefix where it was found."""


@contextmanager
def _within(where: str) -> Iterator[None]:
    """Prefix the message of an _Invalid raised inside the block with ``where``."""
    try:
        yield
    except _Invalid as exc:
        raise _Invalid(f"{where}: {exc}") from None


def session_from_dict(
    obj: object,
    source: str,
    line: int | None = None,
    *,
    listings: Sequence[Listing] = (),
    date: datetime.date | None = None,
) -> Session:
    """Build a Session from a parsed session document, or raise InputError.

    ``listings`` and ``date`` stand in where the document has none of its own.
    """
    try:
        return _session(obj, source, tuple(listings), date)
    except _Invalid as exc:
        raise InputError(source, str(exc), line) from None


def listing_from_dict(obj: object, source: str, line: int | None = None) -> Listing:
    """Build a Listing from a parsed listing object or CSV row, or raise InputError."""
    try:
        return _listing(obj)
    except _Invalid as exc:
        raise InputError(source, str(exc), line) from None


def _session(
    value: object,
    source: str,
    default_listings: tuple[Listing, ...],
    default_date: datetime.date | None,
) -> Session:
    with _within("session"):
        record = _object(value)
        session_id = _identifier(record, "session_id")
    with _within(f"session {session_id!r}"):
        _required(record, "segments")
        items = _list(record, "segments")
        segments = tuple(_segment(item, index) for index, item in enumerate(items))
        listings = tuple(_listing(item) for item in _list(record, "listings")) or default_listings
        if not segments and not listings:
            raise _Invalid("'segments' may be empty only when there are listings")
        return Session(
            session_id=session_id,
            segments=segments,
            listings=listings,
            streamer_id=_text(record, "streamer_id", number_ok=True),
            unit_id=_text(record, "unit_id", number_ok=True),
            date=_date(record, "date") or default_date,
            platform=_text(record, "platform"),
            source=source,
            extra={key: item for key, item in record.items() if key not in _SESSION_FIELDS},
        )


def _segment(value: object, index: int) -> Segment:
    with _within(f"segment {index}"):
        record = _object(value)
        text = _required(record, "text")
        if not isinstance(text, str):
            raise _Invalid(f"'text' must be a string, got {_describe(text)}")
        return Segment(
            index=index,
            text=text,
            start=_number(record, "start"),
            end=_number(record, "end"),
            labels=_strings(record, "labels"),
            also_ok=_strings(record, "also_ok"),
            tags=_strings(record, "tags"),
        )


def _listing(value: object) -> Listing:
    with _within("listing"):
        record = _object(value)
        listing_id = _identifier(record, "listing_id")
    with _within(f"listing {listing_id!r}"):
        return Listing(
            listing_id=listing_id,
            title=_text(record, "title") or "",
            brand=_text(record, "brand"),
            category=_text(record, "category"),
            price=_number(record, "price", text_ok=True),
            list_price=_number(record, "list_price", text_ok=True),
            list_price_basis=_text(record, "list_price_basis"),
            stock=_whole_number(record, "stock"),
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
        raise _Invalid(f"'price_history' must be a list, got {_describe(value)}")
    points = [_price_point(item, index) for index, item in enumerate(value)]
    return tuple(sorted(points, key=lambda point: point.date))


def _price_history_from_text(text: str) -> list[Any]:
    """Parse a JSON array, or "2026-11-13:129;2026-11-15:119", as found in CSV cells."""
    if text.lstrip().startswith("["):
        try:
            return json.loads(text)
        except ValueError:
            raise _Invalid("'price_history' is not a valid JSON array") from None
    points = []
    for entry in filter(None, (part.strip() for part in text.split(";"))):
        date, colon, price = entry.partition(":")
        if not colon:
            raise _Invalid(f"'price_history' entry {entry!r} must look like 2026-11-13:129")
        points.append({"date": date.strip(), "price": price.strip()})
    return points


def _price_point(value: object, index: int) -> PricePoint:
    with _within(f"price_history[{index}]"):
        record = _object(value)
        _required(record, "date")
        _required(record, "price")
        return PricePoint(
            date=_date(record, "date"),
            price=_number(record, "price", text_ok=True),
        )


# --- Field checks: each raises _Invalid naming its field ----------------------


def _describe(value: object) -> str:
    """A short rendering of a bad value for a message: 'abc', 3, true, null, a list..."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    shown = repr(value) if isinstance(value, str) else json.dumps(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _object(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(f"expected an object, got {_describe(value)}")
    return value


def _required(record: dict[str, Any], key: str) -> Any:
    value = record.get(key)
    if value is None:
        raise _Invalid(f"missing required field '{key}'")
    return value


def _is_integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _identifier(record: dict[str, Any], key: str) -> str:
    value = _required(record, key)
    if _is_integer(value):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    raise _Invalid(f"'{key}' must be a non-empty string, got {_describe(value)}")


def _text(record: dict[str, Any], key: str, *, number_ok: bool = False) -> str | None:
    """An optional string; blank counts as absent. ``number_ok`` accepts integer ids."""
    value = record.get(key)
    if number_ok and _is_integer(value):
        return str(value)
    if value is None or isinstance(value, str):
        return value if value and value.strip() else None
    raise _Invalid(f"'{key}' must be a string, got {_describe(value)}")


def _number(record: dict[str, Any], key: str, *, text_ok: bool = False) -> float | None:
    """An optional finite number; ``text_ok`` accepts numeric strings such as "99.0"."""
    value = record.get(key)
    if value is None:
        return None
    number = math.nan
    if _is_integer(value) or isinstance(value, float) or (text_ok and isinstance(value, str)):
        try:
            number = float(value)
        except (ValueError, OverflowError):
            pass
    if not math.isfinite(number):
        raise _Invalid(f"'{key}' must be a number, got {_describe(value)}")
    return number


def _whole_number(record: dict[str, Any], key: str) -> int | None:
    number = _number(record, key, text_ok=True)
    if number is None:
        return None
    if not number.is_integer():
        raise _Invalid(f"'{key}' must be a whole number, got {_describe(record[key])}")
    return int(number)


def _strings(record: dict[str, Any], key: str) -> tuple[str, ...]:
    value = record.get(key)
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise _Invalid(f"'{key}' must be a list of strings, got {_describe(value)}")


def _list(record: dict[str, Any], key: str) -> list[Any]:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Invalid(f"'{key}' must be a list, got {_describe(value)}")
    return value


def _date(record: dict[str, Any], key: str) -> datetime.date | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise _Invalid(f"'{key}' must be a date YYYY-MM-DD, got {_describe(value)}")


# --- Listings files ------------------------------------------------------------


def read_listings(path: str) -> tuple[list[Listing], list[InputError]]:
    """Read a .json, .jsonl or .csv listings file: the good listings, and an error per bad one."""
    suffix = Path(path).suffix.lower()
    reader = _LISTING_READERS.get(suffix)
    if reader is None:
        return [], [InputError(path, _unsupported(suffix, LISTING_SUFFIXES))]
    try:
        text = decode_bytes(_read_bytes(path), path)
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
    value: object, source: str, line: int | None = None, where: str = ""
) -> Listing | InputError:
    try:
        return listing_from_dict(value, source, line)
    except InputError as error:
        return InputError(error.source, where + error.message, error.line)


def _listings_from_json(text: str, source: str) -> Iterator[Listing | InputError]:
    """An array of listing objects, or an object with a "listings" array."""
    try:
        document = _parse_json(text, source)
    except InputError as error:
        yield error
        return
    if isinstance(document, dict) and isinstance(document.get("listings"), list):
        document = document["listings"]
    if not isinstance(document, list):
        yield InputError(source, "expected a list of listings or an object with a 'listings' list")
        return
    for index, item in enumerate(document):
        yield _listing_or_error(item, source, where=f"item {index}: ")


def _listings_from_jsonl(text: str, source: str) -> Iterator[Listing | InputError]:
    for number, line in _numbered_lines(text):
        try:
            yield listing_from_dict(_parse_json(line, source, number), source, number)
        except InputError as error:
            yield error


def _listings_from_csv(text: str, source: str) -> Iterator[Listing | InputError]:
    """A header row, then one listing per row; "labels"/"also_ok" cells split on ";"."""
    reader = csv.DictReader(io.StringIO(text))
    try:
        reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or ()]
        if "listing_id" not in reader.fieldnames:
            yield InputError(source, "the CSV header has no 'listing_id' column", 1)
            return
        for row in reader:
            yield _csv_listing(row, source, reader.line_num)
    except csv.Error as exc:
        yield InputError(source, f"bad CSV: {exc}", reader.line_num)


def _csv_listing(row: dict[Any, Any], source: str, line: int) -> Listing | InputError:
    if None in row:
        return InputError(source, "row has more cells than the header", line)
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


# --- Brand authorisations --------------------------------------------------------


AUTHORISATION_SUFFIXES = (".csv", ".jsonl")


def read_authorisations(path: str) -> tuple[dict[str, set[str]], list[InputError]]:
    """Read the brands each unit is authorised to sell: .csv or .jsonl rows of unit, brand.

    ``unit_id`` is accepted for ``unit``. Bad rows are reported with their line and skipped.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in AUTHORISATION_SUFFIXES:
        return {}, [InputError(path, _unsupported(suffix, AUTHORISATION_SUFFIXES))]
    try:
        text = decode_bytes(_read_bytes(path), path)
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
            yield InputError(source, "the CSV header needs 'unit' (or 'unit_id') and 'brand' columns", 1)
            return
        for row in reader:
            if None in row:
                yield InputError(source, "row has more cells than the header", reader.line_num)
            else:
                yield _authorisation(row, source, reader.line_num)
    except csv.Error as exc:
        yield InputError(source, f"bad CSV: {exc}", reader.line_num)


def _authorisations_from_jsonl(text: str, source: str) -> Iterator[tuple[str, str] | InputError]:
    for number, line in _numbered_lines(text):
        try:
            yield _authorisation(_parse_json(line, source, number), source, number)
        except InputError as error:
            yield error


def _authorisation(record: object, source: str, line: int) -> tuple[str, str] | InputError:
    if not isinstance(record, dict):
        return InputError(source, f"expected an object with 'unit' and 'brand', got {_describe(record)}", line)
    unit = record.get("unit") or record.get("unit_id")
    brand = record.get("brand")
    for key, value in (("unit", unit), ("brand", brand)):
        if not isinstance(value, str) or not value.strip():
            return InputError(source, f"'{key}' must be a non-empty string, got {_describe(value)}", line)
    return unit.strip(), brand.strip()
