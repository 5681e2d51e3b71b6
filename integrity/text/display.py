"""Showing text to a person: display widths (a CJK character takes two columns) and clock times.
"""
from __future__ import annotations

import unicodedata


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
