"""Counterfeit and trademark-infringement signals (category ``counterfeit``).

Trade slang for fakes (CFT001), coded references to a brand (CFT002) and cover stories (CFT007)
are lexicon entries in ``lexicons/counterfeit.toml`` over the word families of
``vocabularies/counterfeit-talk.toml``, matched by the shared ``Matcher`` with the exemptions
defined here; coded brand nicknames (香奶奶, 鸟家) come from the brand registry. A family's
ambiguous words (an entry's ``name*`` vocabulary: 代工, 内部价, 一模一样) count only where the
segment names someone else's brand: a registry brand that is not the seller's own, a look-alike,
a house code (P家) or a luxury claim (一线大牌); entries whose frames need the same say so with
the ``no_other_brand`` exemption. CFT005 entries hold luxury and authenticity claims, which are
no findings in themselves but are measured against the price said. Everything about named brands
uses the registry of ``lexicons/brands.toml`` through ``BrandIndex``:

* CFT003 look-alikes of a brand (NIKF, adidos, 阿迪达期, 香奈尔);
* CFT004 riding on someone else's brand (XX同款, XX平替, XX御用供应商, 跟XX一个工厂);
* CFT005 a brand's goods at a price below the registry's floor for them (the product type from
  the goods named, else from a product line said: 空军一号 is shoes), or goods said to be luxury
  (奢侈品包包) below the lowest floor of the registry's luxury brands for them;
* CFT006 a counter price (专柜价) in four figures against a live price a fifth of it or less
  beside a brand or an authenticity claim, a tenth or less without.

Whether naming a brand is legitimate is decided by the listing's declared ``brand``, the
authorisations of the session's unit (``--authorisations``) and what the session says of
itself (本店为XX授权经销商, XX官方旗舰店).

Brand names are found with one Aho-Corasick automaton. Look-alikes are found by generating
candidates cheaply (Latin words in titles, or next to a product word in speech; Chinese
windows in titles only, as speech transcripts have homophone errors of their own) and only
then comparing them with rapidfuzz against the names of the same script: Latin words must
match a name once confusable letters are folded (i/l/1, o/0/a, e/f, doubled letters) or by
one transposition; Chinese windows must differ from a name in one character that sounds
alike, and the title must name goods the brand sells.
"""
from __future__ import annotations

from functools import cached_property
from typing import Iterable, Iterator

from integrity.detect.base import (
    Options,
    hit_explanation,
    listing_finding,
    segment_finding,
)
from integrity.detect.counterfeit.brands import (
    LATIN_WORD,
    BrandIndex,
    Lookalike,
    Mention,
)
from integrity.detect.counterfeit.exemptions import EXEMPTIONS
from integrity.detect.counterfeit.materials import Materials
from integrity.detect.counterfeit.signals import (
    COMPARISON,
    FITS_AFTER,
    FITS_DEVICES,
    NOT_NEW,
    NOT_THE_GOODS,
    ORIGINAL,
    OWN_GOODS,
    Signal,
    brand_explanation,
    grouped,
    outside,
    rides_on,
    speaks_for,
    yuan,
)
from integrity.detect.exemptions import exempting

__all__ = ["EXEMPTIONS", "CounterfeitDetector"]

# The rule whose lexicon entries hold luxury and authenticity claims, measured against a price.
CLAIMS = "CFT005"
# The vocabulary of house codes (P家, 香奶奶): hits of it name someone else's brand.
HOUSE_CODES = "house_code"
# The registry's sector whose floors tell what genuine luxury goods cost at least.
LUXURY_SECTOR = "luxury"
from integrity.detect.counterfeit.signals import FRACTION, GAPS, implausible_gap
from integrity.detect.finding import Finding
from integrity.detect.lexicons import Brand, Lexicon
from integrity.detect.matcher import Hit
from integrity.read.model import Listing, Session
from integrity.text.numerals import find_amounts
from integrity.text.price_talk import (
    REFERENCE_BEFORE,
    is_reference_price,
    pack_count,
    said_prices,
)
from integrity.text.text import Text

# --- Prices --------------------------------------------------------------------------------


# --- The detector --------------------------------------------------------------------------


class _Context:
    """What a session says about itself: the brands it may name and the goods it sells.

    ``authorised`` are the brands of the unit's authorisations, ``claimed`` those the session
    says it is an authorised reseller or official store of, ``declared`` those of its listings.
    Speech may name any of them; a listing the first two and its own declared brand. The
    product types are only worked out when a price check needs them.
    """

    def __init__(self, index: BrandIndex, session: Session, texts: list[Text], authorised: frozenset[str],
                 claimed: frozenset[str], declared: frozenset[str]):
        self._index, self._session, self._texts = index, session, texts
        self.authorised, self.claimed, self.declared = authorised, claimed, declared
        self.own = authorised | claimed | declared

    @cached_property
    def product_types(self) -> frozenset[str]:
        types: set[str] = set()
        for text in self._texts:
            types |= self._index.product_types(text.text)
        for listing in self._session.listings:
            types |= self._index.product_types(self._index.normalizer.term(listing.title or ""))
        return frozenset(types)


class CounterfeitDetector:
    """Counterfeit and trademark signals in segments and listing titles."""

    name = "counterfeit"

    def __init__(self, lexicon: Lexicon, enabled: frozenset[str], options: Options):
        self.lexicon = lexicon
        self.rules = lexicon.rules
        self.matcher = options.matcher
        self.index = BrandIndex(lexicon)
        self.materials = Materials(lexicon)
        self.authorisations = options.authorisations
        self.type_labels = {kind: words[0] for kind, words in lexicon.product_types.items() if words}
        # What genuine goods said to be luxury (奢侈品包包) cost at least: the lowest floor of the
        # registry's luxury brands for each product type.
        self.luxury_floors: dict[str, float] = {}
        for brand in lexicon.brands:
            if brand.sector == LUXURY_SECTOR:
                for kind, floor in brand.floors.items():
                    self.luxury_floors[kind] = min(floor, self.luxury_floors.get(kind, floor))

    def detect(self, session: Session, texts: list[Text]) -> Iterable[Finding]:
        mentions = [self.index.mentions(text) for text in texts]
        context = self._context(session, texts, mentions)
        for segment, text, named in zip(session.segments, texts, mentions):
            hits = text.hits(self.matcher, "CFT")
            lookalikes = self.index.lookalikes(text, named, in_title=False)
            counter = REFERENCE_BEFORE.search(text.text)
            precious = self.materials.named(text.text)
            if not (hits or named or lookalikes or counter or precious):
                continue
            named = outside(named, lookalikes)
            claims = [hit for hit in hits if hit.entry.rule == CLAIMS]
            signals = list(self._signals(text, hits, named, lookalikes, context.own, context.authorised))
            if named or counter or claims:
                # Goods said to be a brand's or the counter's, which a live price a fifth of the
                # counter's belies: a brand, a look-alike, an authenticity claim, trade slang.
                authentic = bool(named or lookalikes or claims or text.notes.get("other_brand")
                                 or any(signal.code in ("CFT001", "CFT007") for signal in signals))
                signals.extend(self._spoken_price(text, named, context, claims, authentic))
            if precious:
                signals.extend(self._material_price(text))
            for signal in grouped(signals, self.rules) if signals else ():
                yield segment_finding(
                    session, segment, text, self.rules[signal.code], signal.start, signal.end, signal.message,
                    signal.confidence, severity=signal.severity, basis=signal.basis,
                    explanation=signal.explanation,
                )
        for listing in session.listings:
            yield from self._listing_findings(session, listing, context)

    def context(self, text: Text) -> Iterable[tuple[str, str]]:
        """The brands the text claims as the store's own and the kinds of goods it names, which
        ``detect`` reads anywhere in the session."""
        claimed = [("claimed", m.brand.id) for m in self.index.mentions(text) if speaks_for(text, m)]
        return claimed + [("goods", kind) for kind in sorted(self.index.product_types(text.text))]

    def _context(self, session: Session, texts: list[Text], mentions: list[list[Mention]]) -> _Context:
        """Brands declared on the listings, authorised for the unit, or claimed as the store's own."""
        authorised = {brand.id for brand in map(self.index.resolve, self.authorisations.get(session.unit_id or "", ()))
                      if brand}
        declared = {brand.id for brand in map(self.index.resolve, (l.brand for l in session.listings)) if brand}
        claimed = {m.brand.id for text, named in zip(texts, mentions) for m in named if speaks_for(text, m)}
        return _Context(self.index, session, texts, frozenset(authorised), frozenset(claimed), frozenset(declared))

    def _signals(self, text: Text, hits: list[Hit], named: list[Mention], lookalikes: list[Lookalike],
                 own: frozenset[str], authorised: frozenset[str]) -> Iterator[Signal]:
        """Slang, coded references, riding and look-alikes. Naming a brand in ``own`` is
        legitimate; a look-alike is excused only for a brand the seller is authorised for."""
        others = [m for m in named if m.brand.id not in own]
        spelled_out = {m.brand.id for m in named if m.kind != "nickname"}
        if hits:
            found = self._lexicon_hits(text, hits, named, others, lookalikes)
            brand_names = list(dict.fromkeys([m.brand.display for m in others] + [l.brand.display for l in lookalikes]))
            for hit in found:
                yield self._slang_signal(hit, text, brand_names)
        if not others and not lookalikes:
            return
        for mention in others:
            coded = mention.kind == "nickname" and mention.brand.id not in spelled_out
            if coded and (not mention.ambiguous or text.text.startswith("家", mention.end)):
                yield Signal(
                    "CFT002", mention.start, mention.end,
                    f"以昵称「{text.norm.original_span(mention.start, mention.end)}」暗指品牌{mention.brand.display}",
                    0.8, explanation=brand_explanation(mention.brand, "nickname", mention.spelling),
                )
            riding = rides_on(text, mention)
            if riding:
                phrase, end = riding
                yield Signal(
                    "CFT004", mention.start, end,
                    f"以「{phrase}」之类说法借他人品牌{mention.brand.display}宣传商品",
                    0.8, explanation={**brand_explanation(mention.brand, "riding", mention.spelling),
                                      "phrase": phrase},
                )
        for lookalike in lookalikes:
            if lookalike.brand.id in authorised:
                continue
            yield Signal(
                "CFT003", lookalike.start, lookalike.end,
                f"「{text.norm.original_span(lookalike.start, lookalike.end)}」疑似仿冒品牌"
                f"{self._imitated(lookalike.brand, lookalike.imitates)}的近似标识",
                0.85, explanation={**brand_explanation(lookalike.brand, "lookalike", lookalike.spelling),
                                   "imitates": lookalike.imitates},
            )

    def _lexicon_hits(self, text: Text, hits: list[Hit], named: list[Mention], others: list[Mention],
                      lookalikes: list[Lookalike]) -> list[Hit]:
        """The lexicon hits that make findings: not the claims for the price check (CFT005), not
        a house code the registry reads as a brand's nickname (it says which brand) or that names
        a brand the seller may name, nothing an exemption clears, and an ambiguous word of a
        family only where someone else's brand is named (noted on the text for ``no_other_brand``)."""
        hits = [hit for hit in hits if hit.entry.rule != CLAIMS]
        codes = [hit for hit in hits if HOUSE_CODES in hit.entry.vocabularies]
        codes = [hit for hit in codes if not any(m.start < hit.end and hit.start < m.end for m in named)
                 and exempting(hit, text, self.lexicon) is None]
        luxury = any(hit.entry.rule == CLAIMS and hit.term not in hit.entry.ambiguous
                     for hit in text.hits(self.matcher, CLAIMS))
        text.notes["other_brand"] = bool(others or lookalikes or codes or luxury)
        return [hit for hit in hits if hit in codes or (
            HOUSE_CODES not in hit.entry.vocabularies
            and (text.notes["other_brand"] or hit.term not in hit.entry.ambiguous)
            and exempting(hit, text, self.lexicon) is None)]

    def _slang_signal(self, hit: Hit, text: Text, brand_names: list[str]) -> Signal:
        term = text.norm.original_span(hit.start, hit.end)
        explanation = hit_explanation(hit, self.name)
        severity = hit.entry.severity
        rule = self.rules[hit.entry.rule]
        if rule.code == "CFT002":
            message = f"以暗语或遮挡方式回避品牌：「{term}」"
        elif rule.code == "CFT004":  # riding on a brand said in other words than XX同款
            message = f"以「{term}」之类说法借他人品牌宣传商品"
            if brand_names:
                message += f"，涉及品牌：{'、'.join(brand_names)}"
                explanation["brands"] = brand_names
        else:  # slang, claims of identity with the genuine article, cover stories
            message = rule.message.format(terms=term) if rule.message else f"使用假货行话「{term}」"
            if brand_names:
                severity = "high"
                message += f"，涉及品牌：{'、'.join(brand_names)}"
                explanation["brands"] = brand_names
        if hit.variant:
            explanation["note"] = "written to dodge filters"
        return Signal(hit.entry.rule, hit.start, hit.end, message, hit.entry.confidence,
                      severity=severity, basis=hit.entry.basis, explanation=explanation, term=term)

    def _spoken_price(self, text: Text, named: list[Mention], context: _Context, claims: list[Hit],
                      authentic: bool) -> Iterator[Signal]:
        """CFT005 for a brand (or goods said to be luxury) with a price under its floor, else
        CFT006 for a counter-price gap."""
        amounts = find_amounts(text.text)
        live = [p for p in said_prices(text.text, amounts) if not is_reference_price(text.text, p)]
        if not live and (named or claims) and text.pauses:
            # Only bare amounts between pauses (正品包包 九十九): the last one, as model numbers
            # come before the price (小米 手环 八 一百九十九).
            live = [p for p in said_prices(text.text, amounts, text.pauses) if not is_reference_price(text.text, p)][-1:]
        if not live:
            yield from self._fraction_of_counter(text, amounts)
            return
        price = min(live, key=lambda p: p.value / pack_count(text.text, p))
        units = pack_count(text.text, price)
        below = self._below_floor(text.text, named, price.value / units, context.product_types)
        if below is None and claims and not named:
            yield from self._luxury_price(text, claims, price.value, units, price.text)
        if below:
            mention, floor, kind = below
            each = f"（{units}件，每件约{yuan(round(price.value / units, 2))}元）" if units > 1 else ""
            yield Signal(
                "CFT005", mention.start, mention.end,
                f"称品牌{mention.brand.display}的商品售价{yuan(price.value)}元{each}，"
                f"低于该品牌{self._kind(kind)}的可信最低价{yuan(floor)}元",
                0.8, explanation={**brand_explanation(mention.brand, "price_below_floor", mention.spelling),
                                  "price": price.value, "units": units, "price_text": price.text, "floor": floor,
                                  "product_type": kind, "floor_source": mention.brand.floor_source},
            )
            return
        counter = [a for a in amounts if not a.percent and is_reference_price(text.text, a)]
        if counter:
            reference = max(counter, key=lambda p: p.value)
            if implausible_gap(reference.value, price.value, authentic):
                yield Signal(
                    "CFT006", min(reference.start, price.start), max(reference.end, price.end),
                    f"专柜价或官方价约{yuan(reference.value)}元，直播间售价{yuan(price.value)}元，"
                    f"仅为其{price.value / reference.value:.0%}，价格悬殊，疑似非正品",
                    0.7, explanation={"detector": self.name, "signal": "counter_price_gap",
                                      "counter_price": reference.value, "price": price.value},
                )

    def _luxury_price(self, text: Text, claims: list[Hit], price: float, units: int,
                      price_text: str | None) -> Iterator[Signal]:
        """CFT005 for goods said to be luxury (一线大牌, 奢侈品包包, 名表) at a price under the
        lowest floor of the registry's luxury brands for the goods named."""
        luxury = [hit for hit in claims if hit.term not in hit.entry.ambiguous and exempting(hit, text, self.lexicon) is None]
        if not luxury or NOT_NEW.search(text.text) or COMPARISON.search(text.text) or OWN_GOODS.search(text.text):
            return
        claim = luxury[0]
        kinds = (self.index.product_types(text.text) | self.index.product_types(claim.term)) & self.luxury_floors.keys()
        kind = min(kinds, key=lambda k: (self.luxury_floors[k], k)) if kinds else None
        floor = self.luxury_floors.get(kind or "default")
        if floor is None or price / units >= floor:
            return
        term = text.norm.original_span(claim.start, claim.end)
        yield Signal(
            "CFT005", claim.start, claim.end,
            f"称「{term}」，售价{yuan(price)}元，低于奢侈品牌{self._kind(kind)}的可信最低价{yuan(floor)}元",
            claim.entry.confidence, basis=claim.entry.basis,
            explanation={**hit_explanation(claim, self.name), "signal": "luxury_below_floor", "price": price,
                         "units": units, "price_text": price_text, "floor": floor, "product_type": kind},
        )

    def _fraction_of_counter(self, text: Text, amounts: list) -> Iterator[Signal]:
        """CFT006 when the live price is said only as a fraction (零头, 白菜价) of a counter
        price in four figures (专柜几千元…直播间零头)."""
        fraction = FRACTION.search(text.text)
        counter = [a for a in amounts if not a.percent and a.value >= GAPS[0][0] and is_reference_price(text.text, a)]
        if fraction is None or not counter:
            return
        reference = max(counter, key=lambda p: p.value)
        yield Signal(
            "CFT006", min(reference.start, fraction.start()), max(reference.end, fraction.end()),
            f"专柜价或官方价约{yuan(reference.value)}元，直播间只要其「{fraction.group()}」，价格悬殊，疑似非正品",
            0.65, explanation={"detector": self.name, "signal": "counter_price_gap",
                               "counter_price": reference.value, "price": fraction.group()},
        )

    def _material_price(self, text: Text) -> Iterator[Signal]:
        """CFT008: a precious material at a price under what the material alone costs."""
        found = self.materials.below_floor(text)
        if found is None:
            return
        material, start, end, price, units = found
        each = f"（{units}件，每件约{yuan(round(price / units, 2))}元）" if units > 1 else ""
        yield Signal(
            "CFT008", start, end,
            f"称「{text.norm.original_span(start, end)}」，售价{yuan(price)}元{each}，"
            f"低于该材质商品的可信最低价{yuan(material.floor)}元",
            0.75, explanation={"detector": self.name, "signal": "material_below_floor", "material": material.id,
                               "price": price, "units": units, "floor": material.floor,
                               "floor_source": material.floor_source},
        )

    def _below_floor(self, text: str, named: list[Mention], price: float,
                     fallback: frozenset[str]) -> tuple[Mention, float, str | None] | None:
        """The first brand said to be the goods whose floor is above the price.

        Not when the brand is only compared with (戴森平替, 比LV还好看, 我平时也用兰蔻), the seller
        says the goods are its own brand, or the brand is the device an accessory or gadget fits
        (适用苹果, iPhone手机壳, 华为手机也能用) unless the accessory is said to be original.
        """
        if COMPARISON.search(text) or OWN_GOODS.search(text) or NOT_NEW.search(text):
            return None
        for mention in named:
            if mention.kind == "nickname" and mention.ambiguous:
                continue
            if NOT_THE_GOODS.search(text[max(0, mention.start - 3) : mention.start]) \
                    or FITS_AFTER.match(text[mention.end :]):
                continue
            floor, kind = self._floor(mention.brand, text, fallback)
            if kind == FITS_DEVICES and not ORIGINAL.search(text):
                continue
            if floor is not None and price < floor:
                return mention, floor, kind
        return None

    def _floor(self, brand: Brand, text: str, fallback: frozenset[str]) -> tuple[float | None, str | None]:
        """The brand's floor for the goods the text names, else for those the session sells.

        Several matching product types take the lowest floor. Goods named in the text that the
        brand does not sell (拉菲草编织包 is no Lafite) take none; unknown goods take the default.
        """
        named = self.index.product_types(text) or {kind for line, kind in brand.lines.items() if line in text}
        kinds = (named or fallback) & brand.floors.keys()
        if kinds:
            kind = min(kinds, key=lambda k: (brand.floor(k), k))  # ties by name: the same in every process
            return brand.floor(kind), kind
        if named and set(brand.floors) != {"default"}:
            return None, None
        return brand.floor(None), None

    def _listing_findings(self, session: Session, listing: Listing, context: _Context) -> Iterator[Finding]:
        title = Text.of(listing.title or "", self.lexicon.normalizer)
        declared = self.index.resolve(listing.brand)
        mine = frozenset({declared.id} if declared else ())
        named = self.index.mentions(title)
        lookalikes = self.index.lookalikes(title, named, in_title=True)
        named = outside(named, lookalikes)
        own = context.authorised | context.claimed | mine
        hits = title.hits(self.matcher, "CFT")
        signals = list(self._signals(title, hits, named, lookalikes, own, context.authorised | mine))
        if listing.brand and declared is None and not lookalikes:
            signals.extend(self._declared_lookalike(listing.brand, title))
        if listing.price is not None and listing.price > 0:
            signals.extend(self._listing_price(title, named, declared, listing.price))
            claims = [hit for hit in hits if hit.entry.rule == CLAIMS]
            if claims and not named and declared is None:
                signals.extend(self._luxury_price(title, claims, listing.price, 1, None))
        for signal in grouped(signals, self.rules):
            yield self._listing_finding(session, listing, title, signal)

    def _declared_lookalike(self, declared: str, title: Text) -> Iterator[Signal]:
        """A declared brand that imitates a registry brand, when the title does not show it."""
        spelling = self.lexicon.normalizer.term(declared)
        if LATIN_WORD.fullmatch(spelling):
            target = self.index.latin_lookalike(spelling)
        else:
            target = self.index.han_lookalike(spelling)
            if target and not self.index.sells(target[0], self.index.product_types(title.text)):
                target = None
        if target:
            brand, imitates = target
            yield Signal(
                "CFT003", 0, 0, f"申报品牌「{declared}」疑似仿冒品牌{self._imitated(brand, imitates)}的近似标识",
                0.8, explanation={**brand_explanation(brand, "lookalike", spelling), "imitates": imitates,
                                  "field": "brand"},
            )

    def _listing_price(self, title: Text, named: list[Mention], declared: Brand | None,
                       price: float) -> Iterator[Signal]:
        candidates = [m for m in named if not (m.kind == "nickname" and m.ambiguous)]
        if declared and declared.id not in {m.brand.id for m in candidates}:
            candidates.append(Mention(declared, 0, 0, "name", declared.display))
        below = self._below_floor(title.text, candidates, price, frozenset())
        if below:
            mention, floor, kind = below
            yield Signal(
                "CFT005", mention.start, mention.end,
                f"品牌{mention.brand.display}的商品标价{yuan(price)}元，"
                f"低于该品牌{self._kind(kind)}的可信最低价{yuan(floor)}元",
                0.8, explanation={**brand_explanation(mention.brand, "price_below_floor", mention.spelling),
                                  "price": price, "floor": floor, "product_type": kind,
                                  "floor_source": mention.brand.floor_source},
            )

    def _imitated(self, brand: Brand, imitates: str) -> str:
        """The brand's display name, and the spelling imitated when it is another (耐克（nike）)."""
        return brand.display if imitates == self.lexicon.normalizer.term(brand.display) else f"{brand.display}（{imitates}）"

    def _kind(self, kind: str | None) -> str:
        return f"{self.type_labels.get(kind, kind)}类商品" if kind else "商品"

    def _listing_finding(self, session: Session, listing: Listing, title: Text, signal: Signal) -> Finding:
        in_title = signal.end > signal.start
        return listing_finding(
            session, listing, self.rules[signal.code], signal.message, signal.confidence,
            severity=signal.severity, basis=signal.basis,
            explanation={"field": "title" if in_title else "brand", **signal.explanation},
            span=title.norm.to_original(signal.start, signal.end) if in_title else None,
            evidence=None if in_title else (listing.brand or ""),
        )
