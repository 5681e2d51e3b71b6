"""A segment's text as detectors read it: normalised, split into clauses, with word tokens
(jieba) computed only around the positions asked for, and the lexicon hits found in it.

jieba keeps its dictionary as a ``marshal`` cache, by default in the shared temporary directory,
where anyone can plant one (and change every segmentation). :func:`words` first points jieba at
the user's private cache directory (``integrity.paths.private_cache_dir``); where there is none,
the cache goes to a fresh private temporary directory, deleted once the dictionary is loaded.
"""
from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import jieba

from integrity.paths import private_cache_dir
from integrity.text import clauses
from integrity.text.normalize import BASE, Normalized, Normalizer

if TYPE_CHECKING:
    from integrity.detect.matcher import Hit

jieba.setLogLevel(60)
_JIEBA_LOCK = threading.Lock()


def words(text: str) -> list[str]:
    """jieba's words of ``text`` (dictionary words only, no HMM guesses)."""
    if not jieba.dt.initialized:
        load_words()
    return jieba.lcut(text, HMM=False)


def load_words() -> None:
    """Load jieba's dictionary now, its cache kept in the private cache directory (or in a fresh
    temporary one): every way in to jieba goes through here."""
    with _JIEBA_LOCK:
        if jieba.dt.initialized:
            return
        directory = private_cache_dir()
        if directory is not None:
            jieba.dt.tmp_dir = str(directory)
            jieba.dt.initialize()
            return
        with tempfile.TemporaryDirectory(prefix="integrity-jieba-") as fresh:
            jieba.dt.tmp_dir = fresh
            jieba.dt.initialize()


@dataclass
class Text:
    """A segment's text, normalised, with lazily computed word tokens around positions."""

    norm: Normalized
    _tokens: dict[tuple[int, int], list[tuple[str, int, int]]] = field(default_factory=dict, repr=False)
    _hits: list["Hit"] | None = field(default=None, repr=False)
    # What a detector found out about the text for its exemptions to read (the counterfeit
    # detector: whether someone else's brand is named).
    notes: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, original: str, normalizer: Normalizer = BASE) -> "Text":
        return cls(normalizer.normalize(original))

    @property
    def text(self) -> str:
        return self.norm.text

    def hits(self, matcher: Any, prefix: str) -> list["Hit"]:
        """The matcher's hits of rules starting with ``prefix``; the text is scanned once for
        all detectors (every detector is given the same matcher)."""
        if self._hits is None:
            self._hits = matcher.find(self.text)
        return [hit for hit in self._hits if hit.entry.rule.startswith(prefix)]

    def matched_hits(self) -> list["Hit"]:
        """The lexicon hits found in the text, exempted or not (none before a detector asked)."""
        return list(self._hits or ())

    @cached_property
    def pauses(self) -> frozenset[int]:
        """Positions of the normalised text where the original had white space before the
        character (a spoken pause in a transcript: 正品包包 九十九)."""
        offsets, original = self.norm.offsets, self.norm.original
        if offsets is None:
            return frozenset()
        return frozenset(i for i in range(1, len(offsets))
                         if offsets[i] - offsets[i - 1] > 1 and original[offsets[i - 1] + 1 : offsets[i]].isspace())

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        """Spans of the clauses of the normalised text (split at clause punctuation)."""
        return clauses.spans(self.text)

    @cached_property
    def _clause_starts(self) -> list[int]:
        return [start for start, _ in self.clauses]

    def clause_at(self, position: int) -> tuple[int, int]:
        return clauses.span_at(self.clauses, position, self._clause_starts)

    def clause_of(self, hit: "Hit") -> str:
        """The clause a hit starts in."""
        start, end = self.clause_at(hit.start)
        return self.text[start:end]

    def before(self, hit: "Hit", width: int = 8) -> str:
        """Up to ``width`` characters before a hit, within its clause."""
        clause_start, _ = self.clause_at(hit.start)
        return self.text[max(clause_start, hit.start - width) : hit.start]

    def after(self, hit: "Hit", width: int = 6) -> str:
        """Up to ``width`` characters after a hit."""
        return self.text[hit.end : hit.end + width]

    def tokens(self, start: int, end: int, margin: int = 8) -> list[tuple[str, int, int]]:
        """jieba tokens (word, start, end) of the text around ``start:end``, within its clause."""
        clause_start, clause_end = self.clause_at(start)
        lo, hi = max(clause_start, start - margin), min(clause_end, end + margin)
        key = (lo, hi)
        if key not in self._tokens:
            out, position = [], lo
            for word in words(self.text[lo:hi]):
                out.append((word, position, position + len(word)))
                position += len(word)
            self._tokens[key] = out
        return self._tokens[key]

    def token_at(self, position: int, end: int | None = None) -> tuple[str, int, int] | None:
        for token in self.tokens(position, end or position + 1):
            if token[1] <= position < token[2]:
                return token
        return None
