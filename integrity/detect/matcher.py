"""Finds lexicon terms and patterns in normalised segment text.

All terms of all entries, and their evasion variants (homophones from ``lexicons/evasions.toml``
and pinyin from pypinyin: 醉低价, zui低价, guo家级), go into one Aho-Corasick automaton, so a
segment is scanned once whatever the size of the lexicons. Patterns are regular expressions run
per entry, each only on a text where that pass found one of the strings all its matches contain. ``Text.hits`` keeps a segment's hits so that every detector reads the same scan.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from re import _constants as sre
from re import _parser as sre_parse
from typing import TYPE_CHECKING

import ahocorasick
from pypinyin import lazy_pinyin

from integrity.detect import frames
from integrity.detect.frames import FrameIndex

if TYPE_CHECKING:
    from integrity.detect.lexicons import Entry, Lexicon

_HAN = re.compile(r"[\u3400-\u9fff]")
_ASCII_LETTER = re.compile(r"[a-z]")
MAX_SUBSTITUTIONS = 2


@dataclass(frozen=True)
class Hit:
    """A lexicon term or pattern found in a segment's normalised text."""

    entry: "Entry"
    term: str
    start: int
    end: int
    variant: str | None = None


def _variants(term: str, homophones: dict[str, tuple[str, ...]]) -> set[str]:
    """Evasion forms of a term: up to two characters swapped for a homophone or their pinyin."""
    options = []
    for char in term:
        subs = [char]
        if _HAN.match(char):
            subs.extend(homophones.get(char, ()))
            subs.extend(p for p in lazy_pinyin(char) if p.isascii() and p.isalpha())
        options.append(subs)
    variants = set()
    positions = [i for i, subs in enumerate(options) if len(subs) > 1]
    for count in range(1, MAX_SUBSTITUTIONS + 1):
        for chosen in itertools.combinations(positions, count):
            pools = [options[i][1:] if i in chosen else [options[i][0]] for i in range(len(term))]
            for combo in itertools.product(*pools):
                variant = "".join(combo)
                # A variant must keep enough of the term to be specific.
                if len(term) >= 2 and (len(term) > count or len(variant) >= 6):
                    variants.add(variant)
    variants.discard(term)
    return variants


class Matcher:
    """All lexicon entries compiled for matching."""

    def __init__(self, lexicon: "Lexicon", entries: "list[Entry] | None" = None):
        self.entries = entries if entries is not None else lexicon.entries
        table: dict[str, list[tuple[int, str, str | None]]] = {}
        for index, entry in enumerate(self.entries):
            for term in entry.terms:
                table.setdefault(term, []).append((index, term, None))
                if entry.evasions:
                    for variant in _variants(term, lexicon.homophones):
                        table.setdefault(variant, []).append((index, term, variant))
        self._frames = [(index, frame) for index, e in enumerate(self.entries) for frame in e.frames]
        names = {name for _, frame in self._frames for name in frame.vocabularies}
        self._frame_index = FrameIndex(
            (frame for _, frame in self._frames),
            {name: lexicon.words(name.rstrip("*"), ambiguous=name.endswith("*")) for name in names},
            {name: lexicon.vocabularies[name.rstrip("*")].patterns for name in names},
        ) if self._frames else None
        classes = self._frame_index.words if self._frame_index else {}
        # Each frame under the classes of its first slot: a segment tries only the frames whose
        # first slot has a word in it (most frames stop there anyway, but not for free).
        self._frames_by_first: dict[str, list[int]] = {}
        for position, (_, frame) in enumerate(self._frames):
            for name in frame.slots[0].classes:
                self._frames_by_first.setdefault(name, []).append(position)
        self._patterns = [
            (index, _with_evasions(p, lexicon.homophones) if e.evasions else p)
            for index, e in enumerate(self.entries)
            for p in e.patterns
        ]
        # A pattern is tried only on text holding one of the strings any match must contain:
        # the automaton's pass finds them with the terms.
        anchors: dict[str, list[int]] = {}
        self._unanchored: list[int] = []
        for position, (_, pattern) in enumerate(self._patterns):
            strings = required_strings(pattern)
            if strings is None:
                self._unanchored.append(position)
            for string in strings or ():
                anchors.setdefault(string, []).append(position)
        # One automaton for every term, evasion form, frame word and pattern anchor: one pass
        # over a segment.
        self._automaton = ahocorasick.Automaton()
        for key in table.keys() | classes.keys() | anchors.keys():
            self._automaton.add_word(key, (len(key), tuple(table.get(key, ())), classes.get(key, ()),
                                           tuple(anchors.get(key, ()))))
        self._has_terms = len(self._automaton) > 0
        if self._has_terms:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Hit]:
        hits: list[Hit] = []
        found: dict[str, list[tuple[int, int]]] = {}
        candidates = set(self._unanchored)
        if self._has_terms:
            for last, (length, values, classes, patterns) in self._automaton.iter(text):
                start, end = last - length + 1, last + 1
                for index, term, variant in values:
                    if (variant or _ASCII_LETTER.match(term) or _ASCII_LETTER.match(term[-1])) \
                            and not _ascii_bounded(text, start, end):
                        continue  # a Latin word or a pinyin form inside a longer Latin word
                    hits.append(Hit(self.entries[index], term, start, end, variant))
                for name in classes:
                    found.setdefault(name, []).append((start, end))
                candidates.update(patterns)
        for position in sorted(candidates):
            index, pattern = self._patterns[position]
            for match in pattern.finditer(text):
                if match.end() > match.start():
                    hits.append(Hit(self.entries[index], match.group(), match.start(), match.end()))
        if self._frame_index is not None:
            found = self._frame_index.complete(text, found)
            if found:
                merged: dict = {}
                tried = sorted({position for name in found for position in self._frames_by_first.get(name, ())})
                for index, frame in (self._frames[position] for position in tried):
                    for start, end in frames.matches(frame, text, found, merged):
                        hits.append(Hit(self.entries[index], text[start:end], start, end))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        return hits


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
MAX_ANCHORS = 64


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` contains at least one, as long and as few
    as the pattern allows (``(?:一年|今年)就`` gives 一年就 and 今年就), or None when the pattern
    has no such small set (then it is tried on every text). The matcher looks for these
    strings in its one automaton pass and tries a pattern only where one of them is."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _sequence(sre_parse.parse(pattern.pattern, pattern.flags))[1]


def _sequence(items) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(every string the items match, when there are at most MAX_ANCHORS; the best required
    set of strings) of a sequence of parsed items."""
    best: frozenset[str] | None = None
    whole: frozenset[str] | None = frozenset({""})
    run = frozenset({""})  # the strings of the current run of items with few strings each
    for item in items:
        exact, required = _item(*item)
        best = _better(best, required)
        if exact is None:
            whole, run = None, frozenset({""})
            continue
        if whole is not None:
            whole = _product(whole, exact)
        run = _product(run, exact) or exact
        if "" not in run:
            best = _better(best, run)
    return whole, best


def _item(op, value) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    if op is sre.LITERAL:
        found = frozenset({chr(value)})
        return found, found
    if op is sre.IN:
        if value and len(value) <= MAX_ANCHORS and all(kind is sre.LITERAL for kind, _ in value):
            found = frozenset(chr(code) for _, code in value)
            return found, found
        return None, None
    if op is sre.SUBPATTERN:
        _, add_flags, _, items = value
        return (None, None) if add_flags & re.IGNORECASE else _sequence(items)
    if op is sre.BRANCH:
        alternatives = [_sequence(branch) for branch in value[1]]
        exacts = [exact for exact, _ in alternatives]
        exact = frozenset().union(*exacts) if all(e is not None for e in exacts) else None
        requireds = [required for _, required in alternatives]
        required = frozenset().union(*requireds) if all(requireds) else None
        if exact is not None and len(exact) > MAX_ANCHORS:
            exact = None
        if exact is not None and "" not in exact:
            required = _better(required, exact)
        return exact, required
    if op in _REPEATS:
        low, high, items = value
        exact, required = _sequence(items)
        if low == 0:
            required = None
        if exact is None or (low, high) not in ((0, 1), (1, 1)):
            exact = None
        elif low == 0:
            exact = exact | {""}
        return exact, required
    if op in _ZERO_WIDTH:
        return frozenset({""}), None
    return None, None


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > MAX_ANCHORS:
        return None
    return frozenset(a + b for a in left for b in right)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The set less likely to occur in a text: longer shortest string, then fewer strings,
    then fewer ASCII letters (they occur in more texts)."""
    if not b or "" in b:
        return a
    if a is None:
        return b
    return min(a, b, key=_rank)


def _rank(strings: frozenset[str]) -> tuple[int, int, int]:
    return -min(map(len, strings)), len(strings), sum(c.isascii() for s in strings for c in s)


def _with_evasions(pattern: re.Pattern[str], homophones: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """A pattern that opens with a literal character also matches its homophones and pinyin."""
    first = pattern.pattern[:1]
    if not _HAN.match(first) or pattern.pattern[1:2] in ("?", "*", "{"):
        return pattern
    subs = [first, *homophones.get(first, ()), *(p for p in lazy_pinyin(first) if p.isascii() and p.isalpha())]
    if len(subs) == 1:
        return pattern
    return re.compile(f"(?:{'|'.join(map(re.escape, subs))}){pattern.pattern[1:]}", pattern.flags)


def _ascii_bounded(text: str, start: int, end: int) -> bool:
    """A term or pinyin variant must not begin or end inside a longer run of Latin letters
    (pk版 is not in apk版, k家 not in ok家)."""
    before = start > 0 and _ASCII_LETTER.match(text[start - 1]) and _ASCII_LETTER.match(text[start])
    after = end < len(text) and _ASCII_LETTER.match(text[end]) and _ASCII_LETTER.match(text[end - 1])
    return not (before or after)
