"""CFT008: goods said to be of a precious material (真钻, 足金, 铂金) at a price the material
alone cannot cost. The materials and their floors are ``[[material]]`` tables of
``lexicons/counterfeit.toml``; a material named beside an imitation said as such (锆石, 镀金,
钻石切工, 黄金比例) is not claimed, unless the imitation is denied (不是锆石，是真钻)."""
from __future__ import annotations

import re

import ahocorasick

from integrity.detect.lexicons import Lexicon, Material
from integrity.text.clauses import GAP
from integrity.text.numerals import find_amounts
from integrity.text.price_talk import is_reference_price, pack_count, said_prices
from integrity.text.text import Text

# Gold sold by weight: the amounts said are a labour fee or a price per gram (工费每克三十五).
_BY_WEIGHT = re.compile(r"工费|手工费|加工费|每克|一克|克价|按克|金价|克重|大盘价")
_DENIED = re.compile(rf"(?:不是|并非|非|不是那种|可不是|绝不是){GAP}{{0,2}}$")


class Materials:
    def __init__(self, lexicon: Lexicon):
        self._names = ahocorasick.Automaton()
        for material in lexicon.materials:
            for name in material.names:
                self._names.add_word(name, (name, material))
        self._imitations = ahocorasick.Automaton()
        for word in lexicon.words("imitation_material"):
            self._imitations.add_word(word, word)
        self._empty = not lexicon.materials
        if not self._empty:
            self._names.make_automaton()
        self._plain = len(self._imitations) == 0
        if not self._plain:
            self._imitations.make_automaton()

    def named(self, text: str) -> bool:
        """Whether the (normalised) text names a precious material at all."""
        return not self._empty and next(self._names.iter(text), None) is not None

    def below_floor(self, text: Text) -> tuple[Material, int, int, float, int] | None:
        """The first material claimed whose floor is above the (per-unit) price said in the
        segment: the material, its span, the price and how many units it buys."""
        if self._empty:
            return None
        s = text.text
        claimed = [(last - len(name) + 1, last + 1, material) for last, (name, material) in self._names.iter(s)]
        if not claimed:
            return None
        taken = [(last - len(word) + 1, last + 1) for last, word in self._imitations.iter(s)] if not self._plain else []
        claimed = [(a, b, m) for a, b, m in claimed
                   if not any(x <= a < y or x < b <= y for x, y in taken)]  # 钻石切工, 黄金比例
        if not claimed or any(not _DENIED.search(s[max(0, x - 6) : x]) for x, _ in taken):
            return None  # an imitation said as such, and not denied
        if _BY_WEIGHT.search(s):
            return None
        amounts = find_amounts(s)
        live = [p for p in said_prices(s, amounts) if not is_reference_price(s, p)]
        if not live:
            return None
        price = min(live, key=lambda p: p.value / pack_count(s, p))
        units = pack_count(s, price)
        for start, end, material in claimed:
            if price.value / units < material.floor:
                return material, start, end, price.value, units
        return None
