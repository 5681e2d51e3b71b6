"""The lexicons: versioned, human-editable TOML files in ``lexicons/``, loaded and validated.

A lexicon file names its ``version`` and holds any of these tables:

* ``[[rule]]``: the rules themselves (``rules.toml``; shipped files only);
* ``[[entry]]``: terms (literal, matched after normalisation) and ``patterns`` (regular
  expressions) for one rule, or the words of named vocabularies (``vocabulary``), or claim
  frames over them (``frames``), with the legal basis override, severity override and the named
  exemptions that apply to them;
* ``[[exemption]]``: context exemptions as data (``integrity.detect.exemptions``);
* ``[[vocabulary]]``: named word classes from official sources (diseases, health functions,
  venues…) that detectors and exemptions read, each naming its source;
* ``[macros]``: named pieces of regular expression, written ``{name}`` in patterns;
* ``[fold]`` and ``[homophones]``: evasions (rare characters folded everywhere; homophones and
  pinyin tried inside lexicon terms only);
* ``[product_types]`` and ``[[brand]]``: the brand registry of the counterfeit detector, and
  ``[[material]]``: precious materials with the price under which goods of them cannot be genuine.

Everything loaded belongs to the returned ``Lexicon``: its own normaliser (with its folds), its
rules, its exemption table. Loading stops at the first bad table with ``file:line: message``.
Users can add a lexicon directory of their own, whose files are read after the shipped ones.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from integrity.detect import lexicon_tables as tables
from integrity.detect.classifier.card import card_status
from integrity.detect.exemptions import Exemption
from integrity.detect.lexicon_tables import (
    Brand,
    Entry,
    LexiconError,
    Material,
    Vocabulary,
)
from integrity.detect.rules import RuleBook
from integrity.paths import data_dir
from integrity.text.normalize import Normalizer

if TYPE_CHECKING:
    from integrity.text.price_talk import PriceTalk

__all__ = ["Brand", "Entry", "Lexicon", "LexiconError", "Material", "Vocabulary", "load", "load_rules"]

_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
RULES_FILE = "rules.toml"


@dataclass
class Lexicon:
    """What a checker loaded: rules, entries, exemptions, vocabularies, brands and evasions."""

    rules: RuleBook = field(default_factory=RuleBook)
    entries: list[Entry] = field(default_factory=list)
    exemptions: dict[str, Exemption] = field(default_factory=dict)
    vocabularies: dict[str, Vocabulary] = field(default_factory=dict)
    macros: dict[str, str] = field(default_factory=dict)
    brands: list[Brand] = field(default_factory=list)
    materials: list[Material] = field(default_factory=list)
    product_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    homophones: dict[str, tuple[str, ...]] = field(default_factory=dict)
    normalizer: Normalizer = field(default_factory=Normalizer)
    versions: dict[str, str] = field(default_factory=dict)

    def words(self, name: str, ambiguous: bool = False) -> tuple[str, ...]:
        """The terms of a vocabulary (its ambiguous ones too with ``ambiguous``); () if unknown."""
        vocabulary = self.vocabularies.get(name)
        if vocabulary is None:
            return ()
        return vocabulary.terms + (vocabulary.ambiguous if ambiguous else ())

    @cached_property
    def price_talk(self) -> PriceTalk:
        """The reader of price claims with this lexicon's cue words (``price_cue_<kind>``; the
        venue cues also take the ``venue`` vocabulary's words)."""
        from integrity.text.price_talk import CUE_KINDS, PriceTalk  # numerals and cn2an: when checking

        cues = {kind: self.words(f"price_cue_{kind}") for kind in (*CUE_KINDS, "limited")}
        cues["venue"] = tuple(dict.fromkeys(cues["venue"] + self.words("venue")))
        return PriceTalk(cues)

    @cached_property
    def brand_initials(self) -> frozenset[str]:
        """First characters of the registry brands' Chinese names and aliases (爱 for 爱马仕)."""
        return frozenset(self.brands_by_initial)

    @cached_property
    def brands_by_initial(self) -> dict[str, tuple[Brand, ...]]:
        """The registry brands by the first character of their Chinese names and aliases."""
        found: dict[str, dict[str, Brand]] = {}
        for brand in self.brands:
            for spelling in (*brand.names, *brand.aliases):
                if _HAN_CHAR.match(head := self.normalizer.term(spelling)[:1]):
                    found.setdefault(head, {})[brand.id] = brand
        return {head: tuple(brands.values()) for head, brands in found.items()}


def _paths(extra_dirs: Iterable[str | Path]) -> list[tuple[Path, bool, str]]:
    """Each lexicon file (in its directory and the folders below it) with whether it is shipped
    and its name in the run's configuration (lexicons/wording.toml, mine/extra.toml)."""
    found = []
    for directory, shipped in [(data_dir("lexicons"), True), *((Path(d), False) for d in extra_dirs)]:
        if not directory.is_dir():
            raise LexiconError(str(directory), None, "lexicon directory not found")
        found.extend((path, shipped, f"{directory.name}/{path.relative_to(directory).as_posix()}")
                     for path in sorted(directory.rglob("*.toml")))
    return found


@lru_cache(maxsize=1)
def load_rules() -> RuleBook:
    """Only the shipped rules, with the status the shipped model's card gives the model rules
    (fast: for listing and explaining them without loading a checker)."""
    rules = []
    for path, _, _ in _paths(()):
        if path.name == RULES_FILE:
            rules.extend(tables.rules(tables.parse(path)))
    return RuleBook(rules).with_status(card_status(data_dir("models")))


def load(extra_dirs: Iterable[str | Path] = (), exemptions: Mapping[str, Exemption] | None = None) -> Lexicon:
    """The shipped lexicons, then the files of each extra directory, validated; lexicon entries
    may name the exemptions of ``exemptions`` (the detector families' code) and of the files'
    ``[[exemption]]`` tables."""
    lexicon = Lexicon()
    files = []
    for path, shipped, name in _paths(extra_dirs):
        files.append((tables.parse(path), shipped))
        lexicon.versions[name] = files[-1][0].data["version"]
    rules, folds = [], {}
    for file, shipped in files:
        if file.data.get("rule") and not shipped:
            raise LexiconError(file.source, file.locator.header("rule", 0), "rules are defined by the shipped "
                               "lexicons only; add [[entry]] tables for their codes instead")
        rules.extend(tables.rules(file))
        folds.update(tables.folds(file))
        tables.read_macros(file, lexicon.macros)
    lexicon.rules = RuleBook(rules)
    lexicon.normalizer = Normalizer(folds)
    lexicon.exemptions = dict(exemptions or {})
    for file, _ in files:
        tables.read_word_tables(file, lexicon)
    for file, _ in files:
        tables.read_exemptions(file, lexicon)
    for file, _ in files:
        tables.read_entries(file, lexicon)
    return lexicon
