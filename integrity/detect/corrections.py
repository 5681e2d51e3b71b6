"""On-the-spot corrections: a streamer takes back a claim soon after making it.

刚才口误，不是全网最低; 更正一下，原价应该是一百二十九; 纠正一下，这个不能治病. The claim was said and
buyers heard it, so the finding stays, but it is marked ``corrected`` (the segment, its start
time and the words of the correction), and the default scoring profile weighs it less
(《行政处罚法》第三十三条: a slight violation promptly corrected, 及时改正, goes unpunished).

A correction must address the finding. It is a segment no more than ``WINDOW_SEGMENTS``
segments after the finding's own (or the finding's segment itself, after the evidence) and, when
both have times, no more than ``WINDOW_SECONDS`` after it, in which:

1. the streamer says she corrects herself: a word of the ``correction_cue`` vocabulary (口误,
   说错, 更正, 纠正, 收回...) that is not part of a denial (``correction_denial``: 我没说错,
   不是口误);
2. the same claim is named again: words of the finding's evidence (at least half of them, or
   any two of them right after a negation: 二百九十九说错了，不是原价), a lexicon term of the same rule (不是全网最低 for 全网最低价; for the model's rules, which have
   no terms, of the same category), or, for a price finding, a claim of the same kind of price
   (原价) or the same number;
3. the claim is taken back: a negation just before it (``correction_negation``: 不是, 不能,
   没有...), a word that withdraws it (``correction_withdraw``: 收回, 作废...), or, for a
   price finding, a new amount after a restating word (``correction_restate``: 应该是...).

A generic 说错了 about something else (说错了，是三号链接) names no claim of the finding and
corrects nothing; a reassertion (纠正大家一个误区，这就是全网最低价) takes nothing back. The
words are vocabulary (``lexicons/corrections.toml``). Findings on a listing alone are about the
listing data, not speech, and are never corrected this way.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from integrity.detect.classifier.judge import MODEL_RULES
from integrity.detect.finding import Correction, Finding
from integrity.detect.lexicons import Lexicon
from integrity.detect.matcher import Matcher
from integrity.read.model import Segment, Session
from integrity.text.clauses import PUNCTUATION
from integrity.text.numerals import find_amounts
from integrity.text.text import Text

WINDOW_SEGMENTS = 3
WINDOW_SECONDS = 60.0
# Characters allowed between a negation (or a restating word) and the claim or amount it is about.
NEAR = 4
# How much of a long evidence (a model finding's whole segment) is compared with the correction.
MAX_EVIDENCE = 40
_MODEL_RULES = frozenset(MODEL_RULES.values())


def _alternation(words: Sequence[str]) -> str | None:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(map(re.escape, words)) if words else None


class Corrections:
    """The corrections of a check's findings, with one lexicon's vocabularies and matcher."""

    def __init__(self, lexicon: Lexicon, matcher: Matcher):
        self.lexicon = lexicon
        self.matcher = matcher
        cue = _alternation(lexicon.words("correction_cue"))
        denial = _alternation(lexicon.words("correction_denial"))
        negation = _alternation(lexicon.words("correction_negation"))
        withdraw = _alternation(lexicon.words("correction_withdraw"))
        restate = _alternation(lexicon.words("correction_restate"))
        inside = f"[^{re.escape(PUNCTUATION)}]"
        self._cue = re.compile(cue) if cue else None
        self._denial = re.compile(denial) if denial else None
        self._negation = re.compile(negation) if negation else None
        self._negation_before = re.compile(f"(?:{negation}){inside}{{0,{NEAR}}}$") if negation else None
        self._withdraw = re.compile(withdraw) if withdraw else None
        self._restate = re.compile(restate) if restate else None

    def mark(self, session: Session, texts: Sequence[Text], findings: list[Finding]) -> list[Finding]:
        """The findings, each with ``corrected`` set when a correction addresses it."""
        if self._cue is None or not findings:
            return findings
        cues: dict[int, list[tuple[int, int]]] = {}
        marked = []
        for finding in findings:
            found = None
            if finding.segment is not None and finding.corrected is None:
                found = self._correction(session, texts, finding, cues)
            marked.append(replace(finding, corrected=found) if found else finding)
        return marked

    def _correction(self, session: Session, texts: Sequence[Text], finding: Finding,
                    cues: dict[int, list[tuple[int, int]]]) -> Correction | None:
        said = finding.segment
        origin = session.segments[said]
        for at in range(said, min(len(texts), said + WINDOW_SEGMENTS + 1)):
            segment, text = session.segments[at], texts[at]
            if not _soon_after(origin, segment):
                continue
            if at not in cues:
                cues[at] = self._cues(text)
            low = _after_evidence(text, finding.span) if at == said else 0
            here = [cue for cue in cues[at] if cue[0] >= low]
            if not here:
                continue
            span = self._takes_back(finding, text, low, here)
            if span is not None:
                return Correction(segment.index, segment.start, text.norm.original_span(*span))
        return None

    def _cues(self, text: Text) -> list[tuple[int, int]]:
        """The correction cues of a text that are not part of a denial (我没说错, 不是口误)."""
        denials = [m.span() for m in self._denial.finditer(text.text)] if self._denial else []
        return [match.span() for match in self._cue.finditer(text.text)
                if not any(start < match.end() and match.start() < end for start, end in denials)]

    def _takes_back(self, finding: Finding, text: Text, low: int,
                    cues: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The span from the cue to the claim taken back, if the text takes the finding's claim
        back after position ``low``."""
        withdrawn = self._withdraw is not None and self._withdraw.search(text.text, low) is not None
        restated = finding.category == "price" and self._restates_amount(text, low)
        cue_start, cue_end = cues[0]
        for start, end in self._mentions(finding, text, low):
            negation = self._negation_at(text, low, start)
            if withdrawn or restated or negation is not None:
                return min(cue_start, start if negation is None else negation), max(cue_end, end)
        negated = self._negated_run(finding, text, low)
        if negated:
            return min(cue_start, negated[0]), max(cue_end, negated[1])
        return None

    def _mentions(self, finding: Finding, text: Text, low: int) -> list[tuple[int, int]]:
        """Where the text names the finding's claim again, after position ``low``."""
        found = [(hit.start, hit.end) for hit in text.hits(self.matcher, "")
                 if hit.start >= low and self._same_claim(finding, hit.entry.rule)]
        evidence = self.lexicon.normalizer.term(finding.evidence)[:MAX_EVIDENCE]
        run = _shared_run(evidence, text.text, low)
        if run:
            found.append(run)
        if finding.category == "price":
            kind = finding.explanation.get("claim")
            found += [(claim.start, claim.end) for claim in self.lexicon.price_talk.extract(text.text)
                      if claim.start >= low and kind and claim.kind == kind]
            numbers = {amount.value for amount in find_amounts(evidence) if not amount.percent}
            found += [(amount.start, amount.end) for amount in find_amounts(text.text)
                      if amount.start >= low and amount.value in numbers]
        return sorted(found)

    def _negated_run(self, finding: Finding, text: Text, low: int) -> tuple[int, int] | None:
        """Two or more characters of the evidence right after a negation (不是原价 for
        原价二百九十九), from the negation to the end of the run."""
        if self._negation is None:
            return None
        evidence = self.lexicon.normalizer.term(finding.evidence)
        for match in self._negation.finditer(text.text, low):
            for at in range(match.end(), min(len(text.text), match.end() + NEAR + 1)):
                if text.text[at] in PUNCTUATION:
                    break
                length = 0
                while at + length < len(text.text) and text.text[at:at + length + 1] in evidence:
                    length += 1
                if length >= 2:
                    return match.start(), at + length
        return None

    def _same_claim(self, finding: Finding, rule: str) -> bool:
        """Whether a lexicon term of ``rule`` names the finding's kind of claim: the same rule,
        or for the model's rules, which have no terms, the same category."""
        if finding.rule not in _MODEL_RULES:
            return rule == finding.rule
        return rule in self.lexicon.rules and self.lexicon.rules[rule].category == finding.category

    def _negation_at(self, text: Text, low: int, start: int) -> int | None:
        """Where a negation just before ``start`` begins, if there is one."""
        if self._negation_before is None:
            return None
        match = self._negation_before.search(text.text, low, start)
        return match.start() if match else None

    def _restates_amount(self, text: Text, low: int) -> bool:
        """A restating word followed closely by an amount (应该是一百二十九)."""
        if self._restate is None:
            return False
        amounts = [amount.start for amount in find_amounts(text.text) if not amount.percent]
        return any(any(0 <= at - match.end() <= NEAR for at in amounts)
                   for match in self._restate.finditer(text.text, low))


def _soon_after(origin: Segment, segment: Segment) -> bool:
    if origin.start is None or segment.start is None:
        return True
    return 0 <= segment.start - origin.start <= WINDOW_SECONDS


def _after_evidence(text: Text, span: tuple[int, int] | None) -> int:
    """The position in the normalised text just after the evidence (``span`` indexes the original)."""
    if span is None:
        return len(text.text)
    offsets = text.norm.offsets
    if offsets is None:
        return span[1]
    return bisect_left(offsets, span[1])


def _shared_run(evidence: str, text: str, low: int) -> tuple[int, int] | None:
    """The longest run of the evidence found in ``text`` after ``low``, if it is at least two
    characters and half the evidence."""
    shortest = max(2, math.ceil(len(evidence) / 2))
    for length in range(len(evidence), shortest - 1, -1):
        for start in range(len(evidence) - length + 1):
            at = text.find(evidence[start:start + length], low)
            if at >= 0:
                return at, at + length
    return None
