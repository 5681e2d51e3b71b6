"""Claim frames: a claim as a structure of word classes, not a fixed string.

A frame is a sequence of slots, each a set of vocabulary classes from the lexicons
(``[[vocabulary]]`` tables drawn from official catalogues), with the largest gap allowed
before each slot, inside one clause. ``effect_verb ~4 organ|body_index|disease|symptom`` finds
修复大脑细胞, 降血糖, 根治多年的慢性病 and every other pairing of the classes, whichever
member of each class a seller says; the exemptions of the entry then judge the hit as they do
a lexicon term (negated, a disclaimer, a question...).

Written in an ``[[entry]]`` as ``frames = ["effect_verb ~4 organ|disease"]``: slots are
separated by spaces; ``~N`` before a slot allows up to N characters between it and the slot
before (default 0: adjacent) inside one clause, ``~~N`` up to N characters across clauses
(各种病毒都能有效杀灭); a class name ending in ``*`` also takes the class's ambiguous words.
A frame of one slot is the whole class as a list of terms (``frames = ["secret_recipe"]``): a
word added to the vocabulary extends every entry that names it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from integrity.text.clauses import MARK_RE

_GAP = re.compile(r"^(~~?)(\d{1,2})$")
_CLASS = re.compile(r"^[a-z][a-z0-9_]*\*?$")


@dataclass(frozen=True)
class Slot:
    classes: tuple[str, ...]
    gap: int = 0
    across: bool = False


@dataclass(frozen=True)
class Frame:
    text: str
    slots: tuple[Slot, ...]

    @property
    def vocabularies(self) -> set[str]:
        return {name for slot in self.slots for name in slot.classes}


def parse(text: str, known: Iterable[str]) -> Frame:
    """A frame from its written form; ValueError naming what is wrong."""
    known = set(known)
    slots: list[Slot] = []
    gap, across = 0, False
    for token in text.split():
        found = _GAP.match(token)
        if found:
            if not slots:
                raise ValueError(f"frame {text!r}: a gap must stand between two slots")
            gap, across = int(found.group(2)), found.group(1) == "~~"
            continue
        names = tuple(token.split("|"))
        for name in names:
            if not _CLASS.match(name):
                raise ValueError(f"frame {text!r}: {name!r} is not a vocabulary name")
            if name.rstrip("*") not in known:
                raise ValueError(f"frame {text!r}: no vocabulary {name.rstrip('*')!r}")
        slots.append(Slot(names, gap, across))
        gap, across = 0, False
    if not slots:
        raise ValueError(f"frame {text!r}: a frame needs a slot")
    if gap:
        raise ValueError(f"frame {text!r}: a gap must stand between two slots")
    return Frame(text, tuple(slots))


class FrameIndex:
    """The vocabulary words of every class that frames use (``words``: word -> class names, for
    the matcher's one Aho-Corasick pass), and the classes given as patterns (amounts, spans of
    time), run only where frames need them (``complete``)."""

    def __init__(self, frames: Iterable[Frame], words: Mapping[str, tuple[str, ...]],
                 patterns: Mapping[str, tuple[re.Pattern[str], ...]] | None = None):
        frames = list(frames)
        self._patterns = [(name, pattern) for name, found in (patterns or {}).items() for pattern in found]
        # A pattern class is run only when, for some frame that uses it, every other slot
        # already has a word in the text.
        pattern_names = {name for name, _ in self._patterns}
        self._needs: dict[str, list[list[tuple[str, ...]]]] = {
            name: [[slot.classes for slot in frame.slots if name not in slot.classes]
                   for frame in frames if name in frame.vocabularies]
            for name in pattern_names
        }
        self._pattern_only = any(not slots for others in self._needs.values() for slots in others)
        # The pattern classes needed, by the set of classes found (few sets recur).
        self._needed: dict[frozenset[str], set[str]] = {}
        table: dict[str, set[str]] = {}
        for name in {name for frame in frames for name in frame.vocabularies}:
            for word in words.get(name, ()):
                table.setdefault(word, set()).add(name)
        self.words = {word: tuple(sorted(names)) for word, names in table.items()}

    def complete(self, text: str, found: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
        """``found`` (each class's word spans, as the matcher's pass found them) with the pattern
        classes the frames need added, every list in order of start."""
        if not found and not self._pattern_only:
            return found
        classes = frozenset(found)
        needed = self._needed.get(classes)
        if needed is None:
            if len(self._needed) > 4096:
                self._needed.clear()
            needed = self._needed[classes] = {
                name for name, others in self._needs.items()
                if any(all(any(c in found for c in slot) for slot in slots) for slots in others)}
        for name, pattern in self._patterns:
            if name in needed:
                for match in pattern.finditer(text):
                    if match.end() > match.start():
                        found.setdefault(name, []).append(match.span())
        for spans in found.values():
            spans.sort(key=lambda span: (span[0], -span[1]))
        return found


def matches(frame: Frame, text: str, found: Mapping[str, list[tuple[int, int]]],
            merged: dict[tuple[str, ...], list[tuple[int, int]]] | None = None) -> list[tuple[int, int]]:
    """The spans of the text the frame matches: each first-slot word followed, slot by slot, by
    the nearest word of the next slot within its gap and the same clause. ``merged`` caches
    each slot's spans across the frames of one text."""
    if any(not any(name in found for name in slot.classes) for slot in frame.slots):
        return []  # a slot with no word in the text: most frames stop here
    merged = {} if merged is None else merged

    def spans(slot: Slot) -> list[tuple[int, int]]:
        if slot.classes not in merged:
            merged[slot.classes] = sorted({span for name in slot.classes for span in found.get(name, ())},
                                          key=lambda s: (s[0], -s[1]))
        return merged[slot.classes]

    first, rest = frame.slots[0], frame.slots[1:]
    candidates = [spans(slot) for slot in rest]
    out: list[tuple[int, int]] = []
    for start, end in spans(first):
        position = end
        for slot, following in zip(rest, candidates):
            nearest = next(((s, e) for s, e in following if position <= s <= position + slot.gap
                            and (slot.across or not MARK_RE.search(text, position, s))), None)
            if nearest is None:
                break
            position = nearest[1]
        else:
            if not out or start >= out[-1][1]:
                out.append((start, position))
    return out
