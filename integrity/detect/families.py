"""The detector families a checker runs, and the exemptions their lexicon entries may name."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from integrity.detect import counterfeit, lexicons, price, wording
from integrity.detect.exemptions import Exemption
from integrity.detect.lexicons import Lexicon

DETECTORS = (wording.WordingDetector, price.PriceDetector, counterfeit.CounterfeitDetector)


def exemptions() -> dict[str, Exemption]:
    """The code exemptions of every family, by name (names are unique across families)."""
    table: dict[str, Exemption] = {}
    for family in (wording, price, counterfeit):
        clash = table.keys() & family.EXEMPTIONS.keys()
        if clash:
            raise ValueError(f"exemption {sorted(clash)[0]!r} is defined by two families")
        table.update(family.EXEMPTIONS)
    return table


def load_lexicon(lexicon_dirs: Iterable[str | Path] = ()) -> Lexicon:
    """The shipped lexicons (and those of ``lexicon_dirs``) with the families' exemptions: what
    a ``Checker`` loads."""
    return lexicons.load(lexicon_dirs, exemptions())
