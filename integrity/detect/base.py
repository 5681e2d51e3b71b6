"""What every detector shares: the interface and how a lexicon hit becomes a finding."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Hashable, Iterable, Iterator, Mapping, Protocol

from integrity.detect.exemptions import context_start, exempting
from integrity.detect.finding import Finding
from integrity.detect.lexicons import Lexicon
from integrity.detect.matcher import Hit, Matcher
from integrity.detect.rules import Rule, RuleBook
from integrity.read.model import Listing, Segment, Session
from integrity.text.text import Text


@dataclass(frozen=True)
class Options:
    """What the checker gives every detector besides the lexicon and the enabled rules.

    ``matcher`` holds the lexicon entries of every enabled rule, so each segment is scanned once
    for all detectors (``Text.hits``); ``authorisations`` maps a unit id to the brands it is
    authorised to sell. The lexicon (``Detector.__init__``) brings the rules, the exemptions,
    the vocabularies and the normaliser every ``Text`` of the check is made with.
    """

    matcher: Matcher
    authorisations: Mapping[str, frozenset[str]] = field(default_factory=dict)


class Detector(Protocol):
    """A family of rules. Built once from the loaded lexicons; ``detect`` is pure.

    ``context(text)`` names the facts about the whole session that ``text`` states and that
    ``detect`` reads from every segment, wherever it is (a health food's disclaimer said once,
    a brand the store says it is authorised for, a kind of goods named): an incremental checker
    (``integrity.live``) keeps one segment stating each fact beside its window of recent
    segments, so that it judges them as a check of the whole session does.
    """

    def __init__(self, lexicon: Lexicon, enabled: frozenset[str], options: Options) -> None: ...

    def detect(self, session: Session, texts: list[Text]) -> Iterable[Finding]: ...

    def context(self, text: Text) -> Iterable[Hashable]: ...


def segment_finding(
    session: Session,
    segment: Segment,
    text: Text,
    rule: Rule,
    start: int,
    end: int,
    message: str,
    confidence: float,
    *,
    severity: str | None = None,
    basis: str | None = None,
    listing_id: str | None = None,
    explanation: dict | None = None,
) -> Finding:
    """A finding on a segment; ``start:end`` index the normalised text and are mapped back."""
    a, b = text.norm.to_original(start, end)
    return Finding(
        session_id=session.session_id,
        rule=rule.code,
        category=rule.category,
        severity=severity or rule.severity,
        confidence=confidence,
        message=message,
        basis=basis or rule.basis,
        evidence=segment.text[a:b],
        span=(a, b),
        segment=segment.index,
        listing_id=listing_id,
        start=segment.start,
        explanation=explanation or {},
    )


def listing_finding(
    session: Session,
    listing: Listing,
    rule: Rule,
    message: str,
    confidence: float,
    *,
    severity: str | None = None,
    basis: str | None = None,
    explanation: dict | None = None,
    span: tuple[int, int] | None = None,
    evidence: str | None = None,
) -> Finding:
    """A finding on a listing alone (``segment`` null).

    The evidence is ``span`` of the title when given, else ``evidence`` (a field other than the
    title, with no span), else the whole title.
    """
    if span is None and evidence is None and listing.title:
        span = (0, len(listing.title))
    return Finding(
        session_id=session.session_id,
        rule=rule.code,
        category=rule.category,
        severity=severity or rule.severity,
        confidence=confidence,
        message=message,
        basis=basis or rule.basis,
        evidence=listing.title[span[0]:span[1]] if span else (evidence or ""),
        span=span,
        segment=None,
        listing_id=listing.listing_id,
        explanation=explanation or {},
    )


def unexempted(text: Text, matcher: Matcher, prefix: str, lexicon: Lexicon) -> dict[str, list[Hit]]:
    """The segment's lexicon hits of rules starting with ``prefix`` that no exemption clears,
    by rule code."""
    by_rule: dict[str, list[Hit]] = {}
    for hit in text.hits(matcher, prefix):
        if exempting(hit, text, lexicon) is None:
            by_rule.setdefault(hit.entry.rule, []).append(hit)
    return by_rule


def term_findings(
    session: Session, segment: Segment, text: Text, by_rule: dict[str, list[Hit]], detector: str,
    rules: RuleBook, **fields: str,
) -> Iterator[Finding]:
    """One finding per rule from a segment's lexicon hits (those left after the exemptions):
    the first hit is the evidence, the others are named in the message and explanation. The
    message is the rule's ``message`` template, whose ``{terms}`` names the words matched
    (:func:`named_terms`) and whose other slots take ``fields`` (``{goods}``: the kind of goods)."""
    for code, hits in by_rule.items():
        first = hits[0]
        spans = _merged(sorted((h.start, h.end) for h in hits))
        terms = named_terms(text, hits)
        explanation = hit_explanation(first, detector)
        if len(terms) > 1:
            explanation["also"] = terms[1:]
        if first.variant:
            explanation["note"] = "written to dodge filters"
        rule = rules[code]
        yield segment_finding(
            session, segment, text, rule, spans[0][0], spans[0][1],
            rule.message.format(terms="」「".join(terms), **fields), max(h.entry.confidence for h in hits),
            severity=first.entry.severity, basis=first.entry.basis, explanation=explanation,
        )


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans joined (能治 and 治疗失眠 are one claim, 能治疗失眠), in order."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def named_terms(text: Text, hits: list[Hit]) -> list[str]:
    """How a message names the words of ``hits``: as said (the original text), once each, a
    word that is a claim only in its context with that context (医生都推荐, not 推荐: see
    ``Exemption.context``), overlapping words as one, and no name that is inside another (血压
    in 降血压)."""
    spans = _merged(sorted((context_start(h, text), h.end) for h in hits))
    names = list(dict.fromkeys(text.norm.original_span(a, b).strip() for a, b in spans))
    return [name for name in names if not any(name != other and name in other for other in names)]


def hit_explanation(hit: Hit, detector: str) -> dict:
    explanation = {"detector": detector, "lexicon": f"{hit.entry.source.rsplit('/', 1)[-1]}:{hit.entry.line}", "term": hit.term}
    if hit.variant:
        explanation["evasion"] = hit.variant
    return explanation
