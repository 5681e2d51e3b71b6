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

import datetime
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from integrity.read.attribution import Attribution
from integrity.i18n import Message
from integrity.read.documents import Origin, session_from_dict, within
from integrity.read.files import (
    MAX_FILE_SIZE,
    STDIN_SOURCE,
    SUFFIXES,
    decode_bytes,
    decode_lines,
    decode_text,
    numbered_lines,
    open_regular,
    os_reason,
    parse_json,
    read_bytes,
    shown_path,
    too_large,
    unsupported,
)
from integrity.read.model import InputError, Listing, Session
from integrity.read.transcripts import SRT_START, read_srt, read_txt, read_vtt

STDIN_SESSION_ID = "stdin"


# --- Sessions ------------------------------------------------------------------


def read_sessions(
    path: str,
    *,
    listings: Sequence[Listing] = (),
    date: datetime.date | None = None,
    attribution: Attribution | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = MAX_FILE_SIZE,
    data: bytes | None = None,
) -> Iterator[Session | InputError]:
    """Read the sessions in one input file, or in standard input for ``-``.

    ``data``, when given, is the file's content already read (by a distributed engine, from a
    file system this process cannot open): ``path`` then only names it and gives its suffix.

    ``listings`` and the ``attribution`` (streamer, unit, platform, date, session ids: see
    ``integrity.read.attribution``; ``date`` alone without one) are attached to plain
    transcripts; session documents get them only where they have none of their own. Bad input
    is yielded as InputError; the good sessions of the same file are still yielded (in a .jsonl
    file, a line with a byte that is not text is one bad line). A file that is not regular, or
    larger than ``max_bytes``, is an InputError.
    """
    attribution = attribution or Attribution(date=date)
    if path == "-":
        suffix = None
        origin = replace(attribution.origin(STDIN_SOURCE, tuple(listings), transcript=False),
                         session_id=STDIN_SESSION_ID)
    else:
        suffix = Path(path).suffix.lower()
        if suffix not in _SESSION_READERS:
            yield InputError(shown_path(path), unsupported(suffix, SUFFIXES))
            return
        try:
            origin = _shown(attribution.origin(path, tuple(listings), transcript=suffix in TRANSCRIPT_SUFFIXES))
        except InputError as error:
            yield InputError(shown_path(error.source), error.message, error.line)
            return
    try:
        if data is None:
            data = read_bytes(path, stdin, max_bytes)
        elif len(data) > max_bytes:
            raise InputError(origin.source, too_large(max_bytes))
        if suffix == ".jsonl" or (suffix is None and data.lstrip()[:1] == b"{" and decode_text(data) is None):
            yield from _nonempty(_read_jsonl_lines(decode_lines(data, origin.source), origin), origin.source)
            return
        text = decode_bytes(data, origin.source)
    except InputError as error:
        yield error
        return
    yield from _SESSION_READERS[suffix or _sniff(text)](text, origin)


def read_jsonl_part(
    path: str,
    start: int,
    end: int,
    first_line: int,
    *,
    listings: Sequence[Listing] = (),
    date: datetime.date | None = None,
    attribution: Attribution | None = None,
    max_bytes: int = MAX_FILE_SIZE,
) -> Iterator[Session | InputError]:
    """Read the sessions in bytes ``start`` to ``end`` of a .jsonl file (see :func:`jsonl_parts`).

    Lets several processes share one large file; read in turn, the parts yield the
    sessions and errors :func:`read_sessions` yields for the whole file (lines are decoded
    one by one where they need it, see :func:`decode_lines`).
    """
    origin = _shown((attribution or Attribution(date=date)).origin(path, tuple(listings), transcript=False))
    try:
        with open_regular(path, max_bytes) as file:
            file.seek(start)
            data = file.read(end - start)
    except OSError as exc:
        yield InputError(origin.source, os_reason(exc), first_line)
        return
    except InputError as error:
        yield error
        return
    yield from _read_jsonl_lines(decode_lines(data, origin.source, first_line), origin)


TRANSCRIPT_SUFFIXES = (".txt", ".srt", ".vtt")


def _shown(origin: Origin) -> Origin:
    """``origin`` with what came from the file's name printable (see ``shown_path``)."""
    names = {key: shown_path(value) for key in ("source", "session_id", "streamer_id", "unit_id", "platform")
             if isinstance(value := getattr(origin, key), str)}
    return replace(origin, **names)


def _sniff(text: str) -> str:
    """Guess the suffix of a text read from standard input."""
    head = text.lstrip()
    if head.startswith("["):
        return ".json"
    if head.startswith("{"):
        return ".jsonl" if _looks_like_jsonl(text) else ".json"
    if head.startswith("WEBVTT"):
        return ".vtt"
    if SRT_START.match(text):
        return ".srt"
    return ".txt"


def _looks_like_jsonl(text: str) -> bool:
    """True for one JSON object per line; False for one (maybe pretty-printed) JSON value."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return all(line.lstrip().startswith("{") for _, line in numbered_lines(text))
    return False


def _read_json(text: str, origin: Origin) -> Iterator[Session | InputError]:
    try:
        document = parse_json(text, origin.source)
    except InputError as error:
        yield error
        return
    if not isinstance(document, list):
        yield _document_session(document, origin)
        return
    for index, item in enumerate(document):
        yield _document_session(item, origin, where=Message("item %(index)d", index=index))


def _read_jsonl(text: str, origin: Origin) -> Iterator[Session | InputError]:
    return _read_jsonl_lines(numbered_lines(text), origin)


def _read_jsonl_lines(lines: Iterable[tuple[int, str] | InputError], origin: Origin) -> Iterator[Session | InputError]:
    for item in lines:
        if isinstance(item, InputError):
            yield item
            continue
        number, line = item
        try:
            document = parse_json(line, origin.source, number)
        except InputError as error:
            yield error
            continue
        yield _document_session(document, origin, number)


def _nonempty(items: Iterator[Session | InputError], source: str) -> Iterator[Session | InputError]:
    """``items``, or an "empty file" error when there are none."""
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        yield InputError(source, Message("empty file"))


def _document_session(
    document: object, origin: Origin, line: int | None = None, where: Message | None = None
) -> Session | InputError:
    try:
        return session_from_dict(
            document, origin.source, line, listings=origin.listings, date=origin.date,
            streamer_id=origin.streamer_id, unit_id=origin.unit_id, platform=origin.platform,
        )
    except InputError as error:
        return within(error, where)


_SESSION_READERS: dict[str, Callable[[str, Origin], Iterator[Session | InputError]]] = {
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".txt": read_txt,
    ".srt": read_srt,
    ".vtt": read_vtt,
}


# --- Field checks: each raises Invalid naming its field ----------------------


# --- Brand authorisations --------------------------------------------------------
