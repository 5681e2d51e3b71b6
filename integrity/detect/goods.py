"""What a session sells: the kind of goods each segment is about, for "what is sold decides
what may be said".

The kinds (``lexicons/vocabularies/goods.toml``): a health food may state its approved
function with its disclaimer, medicine and medical devices their approved indications,
cosmetics their registered efficacy category; ordinary food and other goods none of these. A
segment's kind is the one its own words name, else the one named in the segments just before
it, else the one the session's listings name (title and category) when they agree.
"""
from __future__ import annotations

from collections.abc import Sequence

import ahocorasick

from integrity.detect.lexicon_tables import GOODS_KINDS
from integrity.detect.lexicons import Lexicon
from integrity.read.model import Session
from integrity.text.text import Text

# Most specific first: a 保健食品 is also a 食品, a 医用冷敷贴 also a 敷贴.
KINDS = GOODS_KINDS
LABELS = {"health_food": "保健食品", "drug": "药品", "medical_device": "医疗器械", "cosmetics": "化妆品",
          "food": "普通食品", None: "商品"}
LOOKBACK = 8


class GoodsKinds:
    """The goods vocabularies of a lexicon in one automaton."""

    def __init__(self, lexicon: Lexicon):
        self._automaton = ahocorasick.Automaton()
        for kind in KINDS:
            for word in lexicon.words(f"goods_{kind}"):
                known = self._automaton.get(word, ())
                self._automaton.add_word(word, (*known, kind))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()
        self._fold = lexicon.normalizer.term

    def named(self, text: str) -> str | None:
        """The most specific kind the (normalised) text names, if any."""
        if self._empty or not text:
            return None
        found = {kind for _, kinds in self._automaton.iter(text) for kind in kinds}
        return next((kind for kind in KINDS if kind in found), None)

    def of_segments(self, session: Session, texts: Sequence[Text]) -> list[str | None]:
        """Each segment's kind of goods (None when nothing says)."""
        listed = {self.named(self._fold(f"{listing.title} {listing.category or ''}")) for listing in session.listings}
        listed.discard(None)
        fallback = next(iter(listed)) if len(listed) == 1 else None
        kinds: list[str | None] = []
        recent: list[tuple[int, str]] = []
        for index, text in enumerate(texts):
            own = self.named(text.text)
            if own:
                recent.append((index, own))
            near = next((kind for at, kind in reversed(recent) if index - at <= LOOKBACK), None)
            kinds.append(own or near or fallback)
        return kinds
