"""The brand registry compiled for matching (``BrandIndex``): names, nicknames and product
words in one Aho-Corasick automaton each, and look-alike spellings.

Look-alikes are found by generating candidates cheaply (Latin words in titles, or next to a
product word in speech; Chinese windows in titles only, as speech transcripts have homophone
errors of their own) and only then comparing them with rapidfuzz against the names of the same
script: Latin words must match a name once confusable letters are folded (i/l/1, o/0/a, e/f,
doubled letters) or by one transposition; Chinese windows must differ from a name in one
character that sounds alike, and the title must name goods the brand sells.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import ahocorasick
import jieba
from pypinyin import lazy_pinyin
from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from integrity.detect.lexicons import Brand, Lexicon
from integrity.text.normalize import fold
from integrity.text.text import Text

LATIN_WORD = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*")


_ASCII_ALNUM = re.compile(r"[a-z0-9]")


LATIN_LETTER = re.compile(r"[a-z]")


MIN_LATIN = 4


MIN_HAN = 3


_HAN_RUN = re.compile(rf"[\u3400-\u9fff]{{{MIN_HAN},}}")


HAN_CHAR = re.compile(r"[\u3400-\u9fff]")


# Words without which no spoken look-alike can count (see _NAMED_AS_BRAND): a cheap gate.
_BRAND_CUE = re.compile("牌|叫|正品|正宗|原装")
# Said just after an ambiguous name, these make it a brand's (拉菲同款红酒, 皇家正品猫粮), with
# goods the brand sells in the clause.
_BRAND_FOLLOWS = re.compile(r"同款|平替|正品|官方|旗舰|专柜|代工|原厂|工厂|品牌|授权")


# Said just before a name, these make it a brand's name in speech (牌子叫香奈尔, 是正宗的香奈尔).
_NAMED_AS_BRAND = re.compile(r"(?:牌子|品牌|商标|牌|大牌|正品|正宗的?|原装的?)(?:叫|是|就是|为)?(?:的)?$|叫$")


_CONFUSABLE = str.maketrans({"0": "o", "a": "o", "1": "l", "i": "l", "|": "l", "!": "l", "3": "e", "f": "e",
                             "5": "s", "8": "b", "u": "v", "q": "g", "9": "g"})


_DOUBLED = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """The shape of a Latin word to the eye: doubled letters once, confusable letters folded."""
    return _DOUBLED.sub(r"\1", word.replace("rn", "m").replace("vv", "w")).translate(_CONFUSABLE)


@lru_cache(maxsize=4096)
def _syllable(char: str) -> str:
    return lazy_pinyin(char)[0]


def _sounds_alike(a: str, b: str) -> bool:
    """Two characters that sound alike: toneless pinyin one letter apart (儿/尔, 斯/期), or two
    with the same first letter (登/顿)."""
    pa, pb = _syllable(a), _syllable(b)
    distance = Levenshtein.distance(pa, pb)
    return distance <= 1 or (distance == 2 and pa[0] == pb[0])


@dataclass(frozen=True)
class Mention:
    """A registry brand named in a text (normalised offsets)."""

    brand: Brand
    start: int
    end: int
    kind: str
    spelling: str
    ambiguous: bool = False


@dataclass(frozen=True)
class Lookalike:
    """A spelling that imitates a registry brand (normalised offsets)."""

    brand: Brand
    start: int
    end: int
    spelling: str
    imitates: str


class BrandIndex:
    """The brand registry compiled for matching: names, product words and look-alike targets."""

    def __init__(self, lexicon: Lexicon):
        self.brands = lexicon.brands
        self.normalizer = lexicon.normalizer
        self._keys: dict[str, list[tuple[Brand, str]]] = {}
        for brand in self.brands:
            for kind, spellings in (("name", brand.names), ("alias", brand.aliases), ("nickname", brand.nicknames)):
                for spelling in spellings:
                    key = self.normalizer.term(spelling)
                    if key and not any(known is brand for known, _ in self._keys.get(key, [])):
                        self._keys.setdefault(key, []).append((brand, kind))
        self._names = _automaton(self._keys)
        self._lines = _automaton({line: True for brand in self.brands for line in brand.lines if len(line) > 1})
        self._types = _automaton({word: kind for kind, words in lexicon.product_types.items() for word in words})
        # Look-alike targets, keyed for candidate lookup: Latin names by skeleton, Chinese names
        # by each one-character wildcard ("香奈?" finds 香奈儿 for 香奈尔).
        self._latin: dict[str, list[tuple[str, Brand]]] = {}
        self._han: dict[str, list[tuple[str, Brand]]] = {}
        self._han_lengths: set[int] = set()
        self._han_chars: set[str] = set()
        for key, entries in self._keys.items():
            for brand, kind in entries:
                if kind == "nickname":
                    continue
                if LATIN_WORD.fullmatch(key) and len(key) >= MIN_LATIN:
                    self._latin.setdefault(skeleton(key), []).append((key, brand))
                elif _HAN_RUN.fullmatch(key) and key not in brand.ambiguous:
                    self._han_lengths.add(len(key))
                    self._han_chars.update(key)
                    for wildcard in _wildcards(key):
                        self._han.setdefault(wildcard, []).append((key, brand))

    def resolve(self, name: str | None) -> Brand | None:
        """The registry brand a declared or authorised brand name stands for, if any."""
        if not name:
            return None
        entries = self._keys.get(self.normalizer.term(name), [])
        return entries[0][0] if entries else None

    def product_types(self, text: str) -> set[str]:
        return {kind for _, (_, kind) in self._types.iter(text)} if text and self._types else set()

    def sells(self, brand: Brand, types: set[str]) -> bool:
        """Whether the brand sells goods of one of these product types."""
        specific = set(brand.floors) - {"default"}
        return bool(types & specific) if specific else bool(types)

    def mentions(self, text: Text) -> list[Mention]:
        """Registry brands named in the text, the longest spelling where they overlap.

        One-character spellings (鸟) are never enough. A spelling the registry marks ambiguous
        (苹果, 小米, 小香, 老花) counts as X家, or beside goods the brand sells in the same clause
        and not as the head of an everyday word (小香风, 老花镜, 苹果醋).
        """
        if self._names is None:
            return []
        found: list[Mention] = []
        for last, (key, entries) in self._names.iter(text.text):
            start, end = last - len(key) + 1, last + 1
            if len(key) < 2 or (_ASCII_ALNUM.search(key) and not _latin_bounded(text, start, end)):
                continue
            for brand, kind in entries:
                ambiguous = key in brand.ambiguous
                if ambiguous and not self._in_context(text, start, end, brand, key):
                    continue
                found.append(Mention(brand, start, end, kind, key, ambiguous))
        return [m for m in found if not any(
            o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in found)]

    def _in_context(self, text: Text, start: int, end: int, brand: Brand, key: str) -> bool:
        s = text.text
        if s.startswith("家", end):
            return True
        if HAN_CHAR.match(key[-1]) and end < len(s) and HAN_CHAR.match(s[end]) and s[end] not in "的牌" \
                and not _BRAND_FOLLOWS.match(s, end) and not self._starts_product(s, end):
            return False
        clause_start, clause_end = text.clause_at(start)
        return self.sells(brand, self.product_types(s[clause_start:clause_end]))

    def _starts_product(self, text: str, position: int) -> bool:
        window = text[position : position + 8]
        return any(last + 1 == len(word) for last, (word, _) in self._types.iter(window)) if self._types else False

    def latin_lookalike(self, word: str) -> tuple[Brand, str] | None:
        """The brand a Latin word imitates: a name of the same skeleton, or of the skeleton with
        two neighbouring letters swapped, within a length-aware edit distance of the word."""
        if len(word) < MIN_LATIN or word in self._keys:
            return None
        shape = skeleton(word)
        candidates = list(self._latin.get(shape, ()))
        for i in range(len(shape) - 1):
            swapped = shape[:i] + shape[i + 1] + shape[i] + shape[i + 2 :]
            if swapped != shape:
                candidates.extend(self._latin.get(swapped, ()))
        if not candidates:
            return None
        cutoff = 1 if len(word) <= 6 else 2
        match = process.extractOne(word, [name for name, _ in candidates], scorer=OSA.distance, score_cutoff=cutoff)
        if match is None:
            return None
        name, _, index = match
        return candidates[index][1], name

    def han_lookalike(self, window: str) -> tuple[Brand, str] | None:
        """The brand a Chinese window imitates: one character replaced by one that sounds alike."""
        if window in self._keys:
            return None
        candidates = [c for wildcard in _wildcards(window) for c in self._han.get(wildcard, ())]
        if not candidates:
            return None
        alike = []
        for name, distance, index in process.extract(window, [name for name, _ in candidates],
                                                     scorer=Levenshtein.distance, score_cutoff=1):
            a, b = next((a, b) for a, b in zip(window, name) if a != b)
            if distance == 1 and HAN_CHAR.match(a) and _sounds_alike(a, b):
                alike.append((Levenshtein.distance(_syllable(a), _syllable(b)), name, candidates[index][1]))
        if not alike:
            return None
        _, name, brand = min(alike, key=lambda found: found[0])
        return brand, name

    def lookalikes(self, text: Text, mentions: list[Mention], in_title: bool) -> list[Lookalike]:
        """Look-alike spellings in a title (Latin and Chinese) or a segment (Latin beside goods)."""
        found: list[Lookalike] = []
        exact = [(m.start, m.end) for m in mentions]
        types = self.product_types(text.text) if in_title else set()
        for word, a, b in _latin_candidates(fold(text.norm.original)) if LATIN_LETTER.search(text.text) else ():
            target = self.latin_lookalike(word)
            if target is None:
                continue
            start, end = _to_normalised(text, a, b)
            if within(start, end, exact) or _overlaps(start, end, [(f.start, f.end) for f in found]):
                continue
            if in_title:
                if types and not self.sells(target[0], types):
                    continue
            else:
                clause_start, clause_end = text.clause_at(start)
                if not self.sells(target[0], self.product_types(text.text[clause_start:clause_end])):
                    continue
            found.append(Lookalike(target[0], start, end, word, target[1]))
        if in_title and self._han:
            found.extend(self._han_lookalikes(text.text, exact, [(f.start, f.end) for f in found], types))
        elif self._han and (mentions or _BRAND_CUE.search(text.text) or self.product_types(text.text)
                            or (self._lines is not None and next(self._lines.iter(text.text), None))):
            found.extend(self._spoken_han_lookalikes(text, mentions, exact, [(f.start, f.end) for f in found]))
        return found

    def _spoken_han_lookalikes(self, text: Text, mentions: list[Mention], exact: list[tuple[int, int]],
                               taken: list[tuple[int, int]]) -> Iterator[Lookalike]:
        """Chinese look-alikes in speech, where everyday words sound alike far more often than in
        titles: never where the changed character makes an everyday word (周大夫); only beside
        goods the brand sells, beside the genuine name itself (阿迪达期，不是
        阿迪达斯), named as the brand (牌子叫香奈尔), or followed by one of the brand's product
        lines (香奈尔五号)."""
        s = text.text
        for lookalike in self._han_lookalikes(s, exact, taken, None):
            if _everyday_word(text, lookalike):
                continue
            clause_start, clause_end = text.clause_at(lookalike.start)
            if (self.sells(lookalike.brand, self.product_types(s[clause_start:clause_end]))
                    or any(m.brand is lookalike.brand for m in mentions)
                    or _NAMED_AS_BRAND.search(s, max(0, lookalike.start - 6), lookalike.start)
                    or any(s.startswith(line, lookalike.end) for line in lookalike.brand.lines)):
                yield lookalike

    def _han_lookalikes(self, s: str, exact: list[tuple[int, int]], taken: list[tuple[int, int]],
                        types: set[str] | None) -> Iterator[Lookalike]:
        """Chinese windows that imitate a name the registry knows for these goods (any goods when
        ``types`` is None), not inside an exact name, not overlapping a look-alike already found."""
        index = self._han
        for run in _HAN_RUN.finditer(s):
            # A window one character away from a name holds all but one of its characters.
            first, last = run.span()
            known = [0]
            for char in run.group():
                known.append(known[-1] + (char in self._han_chars))
            for length in self._han_lengths:
                for offset in range(first, last - length + 1):
                    if known[offset - first + length] - known[offset - first] < length - 1:
                        continue
                    end = offset + length
                    window = s[offset:end]
                    if not any(window[:i] + "?" + window[i + 1 :] in index for i in range(length)):
                        continue
                    if within(offset, end, exact) or _overlaps(offset, end, taken):
                        continue
                    target = self.han_lookalike(window)
                    if target and (types is None or self.sells(target[0], types)):
                        taken.append((offset, end))
                        yield Lookalike(target[0], offset, end, window, target[1])


# How often a word must occur in jieba's dictionary to be an everyday word (大夫: 2205).
EVERYDAY = 100


def _everyday_word(text: Text, lookalike: Lookalike) -> bool:
    """The character that differs from the brand's name belongs, in the segment, to an everyday
    word the name does not hold (周大夫 is a doctor, not 周大福)."""
    changed = next((lookalike.start + i for i, (a, b) in enumerate(zip(lookalike.spelling, lookalike.imitates))
                    if a != b), None)
    if changed is None:
        return False
    for word, start, end in text.tokens(lookalike.start, lookalike.end, margin=4):
        if start <= changed < end:
            return (len(word) >= 2 and word != lookalike.spelling and word not in lookalike.imitates
                    and jieba.dt.FREQ.get(word, 0) >= EVERYDAY)
    return False


def _latin_candidates(folded: str) -> Iterator[tuple[str, int, int]]:
    """Latin words of a folded original text, and each pair of adjacent words run together."""
    words = list(LATIN_WORD.finditer(folded))
    for index, match in enumerate(words):
        yield match.group(), match.start(), match.end()
        if index + 1 < len(words):
            following = words[index + 1]
            if not folded[match.end() : following.start()].strip():
                yield match.group() + following.group(), match.start(), following.end()


def _wildcards(word: str) -> list[str]:
    return [word[:i] + "?" + word[i + 1 :] for i in range(len(word))]


def _automaton(table: dict[str, object]) -> ahocorasick.Automaton | None:
    if not table:
        return None
    automaton = ahocorasick.Automaton()
    for key, value in table.items():
        automaton.add_word(key, (key, value))
    automaton.make_automaton()
    return automaton


def _latin_bounded(text: Text, start: int, end: int) -> bool:
    """A Latin spelling must not be part of a longer Latin word of the original text (silver
    holds lv); a model number may follow it (AJ1)."""
    a, b = text.norm.to_original(start, end)
    original = text.norm.original
    before = a > 0 and _ASCII_ALNUM.match(fold(original[a - 1]))
    after = b < len(original) and fold(original[b]).isascii() and fold(original[b]).isalpha()
    return not (before or after)


def _to_normalised(text: Text, a: int, b: int) -> tuple[int, int]:
    """The normalised span of an original span (the inverse of ``Normalized.to_original``)."""
    offsets = text.norm.offsets
    if offsets is None:
        return a, b
    return bisect_left(offsets, a), bisect_left(offsets, b)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)
