"""Showing text to a person: control characters escaped, display widths (a CJK character takes
two columns) and clock times.
"""
from __future__ import annotations

import re
import unicodedata
from typing import IO, Iterable

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` with control characters (C0, DEL, C1) and bidirectional controls written as
    ``\\x1b`` or ``\\u202e``, so that nothing read from input (a file name, a reason, the
    evidence) can move the cursor, recolour or reorder what a terminal shows. With ``lines``,
    newlines are kept."""
    if lines:
        return "\n".join(_UNPRINTABLE.sub(_escape, line) for line in text.split("\n"))
    return _UNPRINTABLE.sub(_escape, text)


class PrintableWriter:
    """A text stream that writes through ``printable`` (newlines kept): for reports in which
    everything shown comes from data and nothing is styled."""

    def __init__(self, out: IO[str]):
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(printable(text, lines=True))

    def writelines(self, texts: Iterable[str]) -> None:
        for text in texts:
            self.write(text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def display_width(text: str) -> int:
    return sum(map(char_width, text))


def char_width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def clock(seconds: float | None) -> str:
    """A time of day in a stream or a duration: 1:02:03 from an hour on, else 2:03 ("" for None)."""
    if seconds is None:
        return ""
    minutes, whole = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{whole:02d}" if minutes >= 60 else f"{minutes}:{whole:02d}"


def timestamp(seconds: float | None) -> str:
    """A time in a recording as subtitles show it: 01:02:03 ("" for None)."""
    if seconds is None:
        return ""
    minutes, whole = divmod(int(seconds), 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}:{whole:02d}"
