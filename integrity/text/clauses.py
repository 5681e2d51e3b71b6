"""Clauses: spoken text split at clause punctuation (，。！？、；：and their ASCII forms).

Claims are read within a clause, so words never join across a clause boundary. These are the
one definition of that punctuation; regular expressions use ``MARK`` (a clause mark) and
``GAP`` (any character inside a clause).
"""
from __future__ import annotations

import re

PUNCTUATION = ",.!?;:，。！？、；："
MARK = f"[{PUNCTUATION}]"
GAP = f"[^{PUNCTUATION}]"
MARK_RE = re.compile(MARK)


def spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each clause of ``text``; the marks themselves lie between them."""
    found, start = [], 0
    for match in MARK_RE.finditer(text):
        found.append((start, match.start()))
        start = match.end()
    found.append((start, len(text)))
    return found


def span_at(clauses: list[tuple[int, int]], position: int) -> tuple[int, int]:
    """The clause holding ``position`` (a position at a clause's end belongs to it)."""
    for start, end in clauses:
        if start <= position <= end:
            return start, end
    return clauses[-1] if clauses else (0, 0)
