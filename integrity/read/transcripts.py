"""Plain transcripts: .txt (one segment per non-empty line), .srt and .vtt (one segment per cue).
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from integrity.read.documents import Origin
from integrity.i18n import Message
from integrity.read.model import InputError, Segment, Session

# Hours have at most 6 digits (a cue 114 years in): a longer run is no time but a bad line.
_TIMESTAMP = r"(?:([0-9]{1,6}):)?([0-9]{1,2}):([0-9]{1,2})(?:[,.]([0-9]{1,3}))?"


_TIMING = re.compile(rf"{_TIMESTAMP}\s*-->\s*{_TIMESTAMP}(?:\s.*)?")


_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")


_VTT_META = re.compile(r"(?:NOTE|STYLE|REGION)(?:\s|$)")


SRT_START = re.compile(r"\s*[0-9]+[ \t]*\n[^\n]*-->")


Cue = tuple[float | None, float | None, str]


def read_txt(text: str, origin: Origin) -> Iterator[Session | InputError]:
    lines = (line.strip() for line in text.split("\n"))
    yield _transcript(origin, [(None, None, line) for line in lines if line], "transcript")


def read_srt(text: str, origin: Origin) -> Iterator[Session | InputError]:
    yield from _read_cues(_blocks(text), origin, _clean_srt)


def read_vtt(text: str, origin: Origin) -> Iterator[Session | InputError]:
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
    blocks: Iterable[tuple[int, list[str]]], origin: Origin, clean: Callable[[str], str]
) -> Iterator[Session | InputError]:
    """One segment per cue: an optional identifier line, a timing line, text lines."""
    cues: list[Cue] = []
    errors: list[InputError] = []
    for number, lines in blocks:
        timing = next((i for i, line in enumerate(lines[:2]) if "-->" in line), None)
        match = None if timing is None else _TIMING.fullmatch(lines[timing])
        if timing is None or match is None:
            message = Message("expected a cue timing line 'start --> end'")
            errors.append(InputError(origin.source, message, number + (timing or 0)))
            continue
        text = _join_lines(clean(line) for line in lines[timing + 1 :])
        if text:
            times = match.groups()
            cues.append((_seconds(*times[:4]), _seconds(*times[4:]), text))
    if not cues:
        yield InputError(origin.source, Message("no subtitle cues with text found"))
        return
    yield from errors
    yield _transcript(origin, cues, "subtitles")


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


def _transcript(origin: Origin, cues: Sequence[Cue], form: str) -> Session:
    segments = tuple(
        Segment(index=index, text=text, start=start, end=end)
        for index, (start, end, text) in enumerate(cues)
    )
    return Session(
        session_id=origin.session_id,
        segments=segments,
        listings=origin.listings,
        streamer_id=origin.streamer_id,
        unit_id=origin.unit_id,
        date=origin.date,
        platform=origin.platform,
        source=origin.source,
        form=form,
    )
