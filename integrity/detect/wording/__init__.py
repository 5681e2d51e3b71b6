"""Prohibited advertising wording (category ``wording``).

Terms, patterns and claim frames live in ``lexicons/wording.toml`` and ``lexicons/claims.toml``;
the exemptions are in ``exemptions.py``; what survives becomes findings, one per rule and
segment, whose message names the kind of goods the session sells (``integrity.detect.goods``).

Two kinds of exemption: look-alikes of a claim (everyday words, usage tips, names, negations,
disclaimers), and ``no_...`` context exemptions for common words that are a claim only next to
some other words (见效 after 三天, 推荐 after 医生都, 第一 after 全国销量). The second kind lets
the lexicon list such words as terms, found in the one Aho-Corasick pass, instead of costly
regular expressions run on every segment.
"""
from __future__ import annotations

from typing import Iterable

from integrity.detect.base import Options, term_findings, unexempted
from integrity.detect.finding import Finding
from integrity.detect.goods import LABELS, GoodsKinds
from integrity.detect.lexicons import Lexicon
from integrity.detect.wording.exemptions import EXEMPTIONS
from integrity.read.model import Session
from integrity.text.text import Text

__all__ = ["EXEMPTIONS", "WordingDetector"]

class WordingDetector:
    """Prohibited advertising wording, from the lexicon entries of the WRD rules."""

    name = "wording"

    def __init__(self, lexicon: Lexicon, enabled: frozenset[str], options: Options):
        self.lexicon = lexicon
        self.matcher = options.matcher
        self.goods = GoodsKinds(lexicon)
        self.disclaimers = tuple(lexicon.words("health_food_disclaimer"))

    def detect(self, session: Session, texts: list[Text]) -> Iterable[Finding]:
        kinds: list[str | None] | None = None
        disclaimed: bool | None = None
        for segment, text in zip(session.segments, texts):
            by_rule = unexempted(text, self.matcher, "WRD", self.lexicon)
            if not by_rule:
                continue
            if kinds is None:
                kinds = self.goods.of_segments(session, texts)
            kind = kinds[segment.index]
            by_rule = {code: kept for code, hits in by_rule.items()
                       if (kept := [h for h in hits if not h.entry.goods or kind in h.entry.goods])}
            if "WRD009" in by_rule and "WRD003" in by_rule:
                # One claim, one finding: 降血压 is a disease claim (WRD003), not also a function claim.
                treated = [(h.start, h.end) for h in by_rule["WRD003"]]
                by_rule["WRD009"] = [h for h in by_rule["WRD009"]
                                     if not any(h.start < end and start < h.end for start, end in treated)]
                if not by_rule["WRD009"]:
                    del by_rule["WRD009"]
            if "WRD009" in by_rule:
                if disclaimed is None:
                    disclaimed = any(d in t.text for t in texts for d in self.disclaimers)
                if not health_function_forbidden(kind, disclaimed):
                    del by_rule["WRD009"]
            yield from term_findings(session, segment, text, by_rule, self.name, self.lexicon.rules,
                                     goods=LABELS[kind])


    def context(self, text: Text) -> Iterable[str]:
        """Whether the text says a health food's disclaimer, which ``detect`` reads anywhere
        in the session."""
        return ("disclaimer",) if any(d in text.text for d in self.disclaimers) else ()


def health_function_forbidden(kind: str | None, disclaimed: bool) -> bool:
    """Whether a health-function claim is a finding for this kind of goods: always, except for
    medicine and medical devices (their approved indications) and for a health food in a
    session that says the required disclaimer."""
    if kind in ("drug", "medical_device"):
        return False
    return not (kind == "health_food" and disclaimed)
