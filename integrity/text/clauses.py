"""Clauses: spoken text split at clause punctuation (，。！？、；：and their ASCII forms).

Claims are read within a clause, so words never join across a clause boundary. These are the
one definition of that punctuation; regular expressions use ``MARK`` (a clause mark) and
``GAP`` (any character inside a clause).
"""
from __future__ import annotations

import bisect
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


def span_at(clauses: list[tuple[int, int]], position: int, starts: list[int] | None = None) -> tuple[int, int]:
    """The clause holding ``position`` (a position at a clause's end belongs to it; one inside a
    clause mark gets the last clause). ``starts``, the clauses' starts, makes it a binary search."""
    index = bisect.bisect_right([start for start, _ in clauses] if starts is None else starts, position) - 1
    if index >= 0 and clauses[index][0] <= position <= clauses[index][1]:
        return clauses[index]
    return clauses[-1] if clauses else (0, 0)
