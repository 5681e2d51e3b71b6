"""Text folding with an offset map back to the original.

Detectors match on a normalised copy of each segment and report spans in the original text:

* ``fold`` maps one character to one character (full-width to half-width, traditional to
  simplified through OpenCC, lower case, look-alike symbols such as ``@`` for ``a``), so it keeps
  every offset;
* ``compact`` then drops what streamers insert inside words to dodge filters (spaces, hyphens,
  dots, stars, emoji and other symbols: 全-网-最-低, 最🔥强, 全 网 最 低) and keeps an offset map.

Clause punctuation (，。！？、；：and their ASCII forms) is kept, so words never join across a
clause boundary.

A ``Normalizer`` holds its own fold table: the base one (width, script, case, look-alike
symbols) plus the folds a lexicon adds (rare characters used only to dodge filters, 蕞 for 最).
Each ``Checker`` has the normaliser of the lexicons it loaded, so two checkers never share
what one of them loaded. ``BASE`` folds without lexicon folds; the module functions use it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Mapping

import opencc

# Symbols that stand in for letters in evasions such as "G@o仿".
_LOOKALIKES = {"@": "a", "$": "s", "０": "0", "∶": ":"}

# Inserted between the characters of a word; removed by ``compact``.
_FILLER = (
    r"\s\-_*~·•・|/\\^=+#&`'\"()\[\]{}<>《》【】「」『』〈〉…—–―‐‑‒﹏︱︳"
    r"\u200b-\u200f\u2060\ufe0e\ufe0f\u20e3"
    r"\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u2500-\u27bf\u2900-\u2bff\u3030\u303d"
    r"\U0001f000-\U0001faff"
)
_FILLER_RE = re.compile(f"[{_FILLER}]")
_KEEP_RUN_RE = re.compile(f"[^{_FILLER}]+")


@lru_cache(maxsize=1)
def _base_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Full-width ASCII to half-width, ideographic space to space.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "
    # Traditional to simplified, one character at a time so offsets never move.
    chars = [chr(c) for c in range(0x3400, 0xA000)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    for trad, simp in zip(chars, converted):
        if trad != simp and len(simp) == 1:
            table[ord(trad)] = simp
    for source, target in _LOOKALIKES.items():
        table[ord(source)] = target
    # Lower case last, so full-width capitals end up lower case too.
    for code in list(range(ord("A"), ord("Z") + 1)):
        table[code] = chr(code).lower()
    for code, value in list(table.items()):
        if "A" <= value <= "Z":
            table[code] = value.lower()
    return table


@dataclass(frozen=True)
class Normalized:
    """A segment's text folded and compacted, with the way back to the original."""

    original: str
    text: str
    offsets: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the span of ``original`` that it came from."""
        if self.offsets is None:
            return start, end
        if start >= end:
            position = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return position, position
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_span(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]


class Normalizer:
    """Folding and compacting with one fold table: the base table and ``folds`` (one character
    to one character each)."""

    def __init__(self, folds: Mapping[str, str] | None = None):
        self.folds = dict(folds or {})
        for source, target in self.folds.items():
            if len(source) != 1 or len(target) != 1:
                raise ValueError(f"fold {source!r} -> {target!r} must map one character to one")

    @cached_property
    def table(self) -> dict[int, str]:
        return {**_base_table(), **{ord(source): target for source, target in self.folds.items()}}

    def fold(self, text: str) -> str:
        """One-to-one character folding; ``len(fold(s)) == len(s)`` always."""
        return text.translate(self.table)

    def normalize(self, text: str) -> Normalized:
        folded = text.translate(self.table)
        if not _FILLER_RE.search(folded):
            return Normalized(text, folded)
        pieces: list[str] = []
        offsets: list[int] = []
        for run in _KEEP_RUN_RE.finditer(folded):
            pieces.append(run.group())
            offsets.extend(range(run.start(), run.end()))
        return Normalized(text, "".join(pieces), tuple(offsets))

    def term(self, term: str) -> str:
        """A lexicon term in the form it is matched in (the same folding as segment text)."""
        return self.normalize(term).text

    def __reduce__(self):
        return Normalizer, (self.folds,)


BASE = Normalizer()


def fold(text: str) -> str:
    """``BASE.fold``: width, script and case folded, no lexicon folds."""
    return BASE.fold(text)


def normalize(text: str) -> Normalized:
    """``BASE.normalize``."""
    return BASE.normalize(text)


def normalize_term(term: str) -> str:
    """``BASE.term``."""
    return BASE.term(term)
