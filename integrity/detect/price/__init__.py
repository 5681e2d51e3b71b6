"""False or misleading price claims (category ``price``).

Two kinds of rules:

* from the words alone: absolute price claims, below-cost claims and false government pricing
  are terms in ``lexicons/price.toml`` (with the named exemptions below); unverifiable
  comparisons with another venue's price and threats of price rises come from the claims that
  the lexicon's ``PriceTalk`` reads (``integrity.text.price_talk``);
* against the session's listing data: a reference price above the 7-day lowest transaction
  price (said, or the listing's own list price), a discount the numbers do not support, a price
  said lower than the listing's, scarcity contradicted by stock, and a limited-time offer or a
  "price rises tomorrow" contradicted by a price that held for weeks. Without data a reference
  price is never called false: it gets a low-severity note (PRC012).

Every data finding's message states the numbers on both sides and the window, so that it can be
checked by hand; the explanation carries the claim, the listing and how the two were linked.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence

from integrity.detect.base import (
    Options,
    listing_finding,
    segment_finding,
    term_findings,
)
from integrity.detect.exemptions import Exemptions, exempting
from integrity.detect.finding import Finding
from integrity.detect.lexicons import Lexicon
from integrity.detect.matcher import Hit
from integrity.detect.price.listings import (
    Catalogue,
    Floor,
    Link,
    held_price,
    money,
    reference_floor,
)
from integrity.detect.rules import RuleBook
from integrity.read.model import Listing, Segment, Session
from integrity.text.price_talk import CENT, Claim
from integrity.text.text import Text

EXEMPTIONS = Exemptions()

# Tolerances, stated in the rule docs and in messages.
DISCOUNT_TOLERANCE_ZHE = 0.5
OFF_TOLERANCE_YUAN = 1.0
PRICE_TOLERANCE = (1.0, 0.02)
SCARCITY_FACTOR, SCARCITY_MARGIN = 3, 50
# Below 40% of the price of a listing named only by a title word (or the only listing), a price
# said is more likely about another item (还有一条银项链…只要八十九 beside a gold bangle at 9800).
UNNAMED_PRICE_FLOOR = 0.4
# A worth said of the goods (一万元的和田玉) is a comparison when the price said is at most half of it.
WORTH_GAP = 0.5


_NEGATION_BEFORE = re.compile(
    "(?:不是|并非|不算|没有|不敢说|不能说|不说|不会|不可能|谈不上|不叫|不搞|从不|绝不|不玩|不|没)(?:跟(?:你们|大家|你)|和(?:你们|大家))?[是说就为]{0,2}(?:什么)?$"
)


@EXEMPTIONS.add("negated_price", "the price term is negated (不是全网最低价、我们不亏本、不是政府指导价)")
def _negated_price(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    clause_start, _ = text.clause_at(hit.start)
    return bool(_NEGATION_BEFORE.search(text.text[max(clause_start, hit.start - 6):hit.start]))


_OWN_RANGE = re.compile("我们家|我家|咱家|店里|本店|这几款|这几个|这几样|里面|之中|系列里")
_WIDE_RANGE = re.compile("全网|全国|历史|史上|全年|全平台|市面|别家|外面|所有")


@EXEMPTIONS.add("own_range_price", "a comparison within the seller's own range (我们家这几款里这个最便宜)")
def _own_range_price(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    clause = text.clause_of(hit)
    return bool(_OWN_RANGE.search(clause)) and not _WIDE_RANGE.search(clause)


@EXEMPTIONS.add("starts_mid_word", "the term's first character ends another word (到底价格、引进价); its end may run on (出厂价格)")
def _starts_mid_word(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    token = text.token_at(hit.start)
    return token is not None and token[1] < hit.start


_COST_CHANGE = re.compile("上涨|涨了|涨价|又涨|提高|上升|波动|变高|变贵")


@EXEMPTIONS.add("cost_change", "talk of costs changing, not a price claim (原材料成本价格上涨了、出厂价又涨了)")
def _cost_change(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    _, clause_end = text.clause_at(hit.start)
    return bool(_COST_CHANGE.search(text.text, hit.end, clause_end))


class PriceDetector:
    """False or misleading price claims: lexicon terms, claims, and checks against listings."""

    name = "price"

    def __init__(self, lexicon: Lexicon, enabled: frozenset[str], options: Options):
        self.lexicon = lexicon
        self.rules = lexicon.rules
        self.matcher = options.matcher

    def detect(self, session: Session, texts: list[Text]) -> Iterable[Finding]:
        catalogue = Catalogue(session.listings, self.lexicon.normalizer)
        # With stock in the data, scarcity is checked against it (PRC010), not noted (PRC013).
        stocked = any(listing.stock is not None for listing in session.listings)
        for segment, text in zip(session.segments, texts):
            taken = set()
            for found in self._terms(session, segment, text):
                if found.rule == "PRC013" and stocked:
                    continue
                taken.add(found.rule)
                yield found
            claims = self.lexicon.price_talk.extract(text.text)
            if claims:
                for found in _ClaimCheck(self.rules, session, segment, text, claims, catalogue).findings():
                    if found.rule not in taken:  # one finding per rule and segment
                        yield found
        for listing in session.listings:
            yield from _list_price(self.rules, session, listing)

    def context(self, text: Text) -> tuple[()]:
        """None: a segment's price claims are read with its own words and the listings."""
        return ()

    def _terms(self, session: Session, segment: Segment, text: Text) -> Iterator[Finding]:
        by_rule: dict[str, list[Hit]] = {}
        covered = -1
        for hit in text.hits(self.matcher, "PRC"):
            if hit.end <= covered:
                continue  # inside a longer hit, taken or exempt (最低价 in 不敢说是全网最低价)
            covered = hit.end
            if exempting(hit, text, self.lexicon) is None:
                by_rule.setdefault(hit.entry.rule, []).append(hit)
        yield from term_findings(session, segment, text, by_rule, self.name, self.rules)


def _list_price(rules: RuleBook, session: Session, listing: Listing) -> Iterator[Finding]:
    """PRC007: the listing's own list price against its 7-day lowest transaction price."""
    if listing.list_price is None or listing.list_price_is_msrp or session.date is None:
        return
    floor = reference_floor(listing, session.date)
    if floor is None or listing.list_price <= floor.price + CENT:
        return
    yield listing_finding(
        session, listing, rules["PRC007"],
        f"商品划线价（list_price）{money(listing.list_price)}元高于{floor.describe()}，且未标明为厂商建议零售价",
        0.95,
        explanation={"detector": "price", "list_price": listing.list_price, "floor": floor.price,
                     "floor_date": floor.sale_date.isoformat(), "in_window": floor.in_window},
    )


_QUANTITY = re.compile("[拍买][0-9一二两三四五六七八九十]|[0-9两二三四五六七八九十][件盒瓶袋套支份个双条包]|第[二三两]")
# 正品大牌墨镜只要一百: a low price for a brand's genuine goods is a counterfeit signal (CFT
# rules), not a misquote of the listing's price.
_GENUINE = re.compile("正品|专柜|大牌")
_COUPON = re.compile("券|满减|满[0-9零一二两三四五六七八九十百千]|红包|补贴|津贴|叠加|会员")
# The offer's end stated as a date (活动页面写了11月20日结束): the price coming back after it is
# information, not a threat.
_STATED_END = re.compile(r"[0-9零一二两三四五六七八九十]+月[0-9零一二两三四五六七八九十]+[日号]|结束")


class _ClaimCheck:
    """The checks of one segment's claims; each rule fires at most once per segment."""

    def __init__(self, rules: RuleBook, session: Session, segment: Segment, text: Text, claims: list[Claim],
                 catalogue: Catalogue):
        self.rules = rules
        self.session, self.segment, self.text, self.claims = session, segment, text, claims
        self.catalogue = catalogue
        self._link: Link | None = None

    @property
    def link(self) -> Link:
        if self._link is None:
            self._link = self.catalogue.link(self.text.text, self.claims)
        return self._link

    def of(self, kind: str) -> list[Claim]:
        return [c for c in self.claims if c.kind == kind]

    def spoken(self, *kinds: str) -> Claim | None:
        """The first exact amount said of these kinds."""
        return next((c for c in self.claims if c.kind in kinds and c.exact), None)

    def finding(self, code: str, claim: Claim, message: str, confidence: float, listing: Listing | None = None,
                **explanation: object) -> Finding:
        details: dict[str, object] = {"detector": "price", "claim": claim.kind, "said": claim.text}
        if self._link is not None:
            details["link"] = self._link.how
        details.update(explanation)
        return segment_finding(
            self.session, self.segment, self.text, self.rules[code], claim.start, claim.end, message, confidence,
            listing_id=listing.listing_id if listing is not None else None, explanation=details,
        )

    def unsure(self, candidates: int) -> str:
        """A note for messages when the listing was not named and every candidate was checked."""
        if candidates < 2:
            return ""
        return f"（未指明商品，{candidates}个候选商品均如此，此处以「{self.link.targets[0].title}」为例）"

    def findings(self) -> Iterator[Finding]:
        for check in (self.comparison, self.rise_threat, self.reference, self.discount, self.spoken_price,
                      self.scarcity, self.unbacked_scarcity, self.urgency):
            found = check()
            if found is not None:
                yield found

    # Words alone.

    def comparison(self) -> Finding | None:
        claim = next(iter(self.of("comparison")), None)
        current = self.spoken("current")
        if claim is None:
            # 一万元的和田玉，今天三百就卖: a worth nobody can check, set against a price far below it
            claim = next((c for c in self.of("worth") if current and current.value is not None
                          and c.value is not None and current.value <= WORTH_GAP * c.value), None)
        if claim is None or claim.amount is None:
            return None
        against = f"，直播间价{money(current.value)}元" if current and current.value is not None else ""
        what = "差价" if "便宜" in claim.text else ""
        return self.finding(
            "PRC003", claim, f"以无法核实的其他渠道价格作比较：「{self.text.norm.original_span(claim.start, claim.end)}」"
            f"（{what}{_amount_words(claim)}）{against}", 0.75, venue=claim.detail,
        )

    def rise_threat(self) -> Finding | None:
        stated_end = _STATED_END.search(self.text.text)
        claim = next((c for c in self.of("future")
                      if c.detail == "rise" or not (c.text.startswith("活动") or stated_end)), None)
        if claim is None:
            return None
        threat = "以涨价相威胁催促下单" if claim.detail == "rise" else "以价格将恢复相威胁催促下单"
        return self.finding("PRC005", claim, f"{threat}：「{self.text.norm.original_span(claim.start, claim.end)}」", 0.75)

    # Against the listing data.

    def reference(self) -> Finding | None:
        date = self.session.date
        for claim in self.of("reference"):
            if claim.detail == "msrp" or claim.amount is None:
                continue
            targets = self.link.targets if self.session.listings else ()
            if any(_is_labelled_msrp(t, claim) for t in targets):
                continue
            floors = [reference_floor(t, date) for t in targets] if date is not None else []
            if not any(floors):
                return self.finding(
                    "PRC012", claim, f"{claim.cue}{money(claim.amount.low)}元无法核实：{_no_data(self.session, targets)}",
                    0.4,
                )
            known = [f for f in floors if f is not None]
            if len(known) == len(floors) and all(claim.amount.low > f.price + CENT for f in known):
                listing, floor = _most_lenient(targets, known)
                note = "" if len(targets) < 2 else f"（未指明商品，{len(targets)}个候选商品均如此，此处为其中最高的「{listing.title}」）"
                return self.finding(
                    "PRC006", claim, f"{claim.cue}{money(claim.amount.low)}元高于{floor.describe()}{note}",
                    0.9 if self.link.listing is not None else 0.75, listing,
                    floor=floor.price, floor_date=floor.sale_date.isoformat(), in_window=floor.in_window,
                )
        return None

    def discount(self) -> Finding | None:
        base_said, current_said = self.spoken("reference", "comparison"), self.spoken("current")
        for claim in self.of("discount"):
            if claim.value is None:
                continue
            targets: Sequence[Listing | None] = self.link.targets if self.session.listings else ()
            if base_said is not None and current_said is not None:
                targets = (None,)
            checks = [_discount_check(claim, base_said, current_said, t) for t in targets]
            if checks and all(c is not None and c[0] for c in checks):
                _, message, listing = checks[0]
                return self.finding("PRC008", claim, message + self.unsure(len(checks)), 0.85, listing)
        return None

    def spoken_price(self) -> Finding | None:
        if not self.of("current") or not self.session.listings:
            return None
        link = self.link
        if link.how not in ("ordinal", "title", "only"):
            return None
        listing = link.listing
        if listing is None or listing.price is None or _COUPON.search(self.text.text) or _GENUINE.search(self.text.text):
            return None
        for claim in self.of("current"):
            if claim.amount is None or _QUANTITY.search(self.text.text, 0, claim.start):
                continue
            said = claim.amount.high
            gap = listing.price - said
            if gap <= max(PRICE_TOLERANCE[0], PRICE_TOLERANCE[1] * listing.price):
                continue
            if link.how != "ordinal" and said < UNNAMED_PRICE_FLOOR * listing.price:
                continue
            return self.finding(
                "PRC009", claim,
                f"口播价{_amount_words(claim)}，低于商品「{listing.title}」页面价{money(listing.price)}元",
                0.85 if link.how in ("ordinal", "title") else 0.7, listing, listing_price=listing.price,
            )
        return None

    def scarcity(self) -> Finding | None:
        claim = next(iter(self.of("scarcity")), None)
        if claim is None or claim.value is None or not self.session.listings:
            return None
        targets = self.link.targets
        count = claim.value
        if not targets or not all(
            t.stock is not None and t.stock >= max(SCARCITY_FACTOR * count, count + SCARCITY_MARGIN) for t in targets
        ):
            return None
        listing = min(targets, key=lambda t: t.stock or 0)
        note = "" if len(targets) < 2 else f"（未指明商品，{len(targets)}个候选商品均如此，此处为库存最少的一个）"
        return self.finding(
            "PRC010", claim,
            f"称「{self.text.norm.original_span(claim.start, claim.end)}」（数量{money(count)}），"
            f"但商品「{listing.title}」库存{listing.stock}，不少于所称的{SCARCITY_FACTOR}倍且多出{SCARCITY_MARGIN}以上"
            f"{note}",
            0.85 if self.link.listing is not None else 0.7, listing, stock=listing.stock,
        )

    def unbacked_scarcity(self) -> Finding | None:
        """PRC013: a count of what is left with no stock data in the session to check it."""
        claim = next(iter(self.of("scarcity")), None)
        if claim is None or claim.value is None or any(listing.stock is not None for listing in self.session.listings):
            return None
        return self.finding(
            "PRC013", claim, f"称「{self.text.norm.original_span(claim.start, claim.end)}」（数量{money(claim.value)}），"
            "没有库存数据可以核实", 0.5,
        )

    def urgency(self) -> Finding | None:
        date = self.session.date
        claim = next((c for c in self.claims if c.kind in ("limited", "future")), None)
        if claim is None or date is None or not self.session.listings or _COUPON.search(self.text.text):
            return None  # a coupon's or a platform offer's deadline says nothing of the listing price
        said = self.spoken("current")
        targets = self.link.targets
        prices = [said.value if said is not None else t.price for t in targets]
        helds = [held_price(t, date, p) if p is not None else None for t, p in zip(targets, prices)]
        if not targets or not all(helds):
            return None
        listing, held = targets[0], helds[0]
        return self.finding(
            "PRC011", claim,
            f"称「{self.text.norm.original_span(claim.start, claim.end)}」，但商品「{listing.title}」{held.describe(date)}"
            f"{self.unsure(len(targets))}",
            0.8 if self.link.listing is not None else 0.65, listing,
            held_since=held.first.isoformat(), sales=held.sales,
        )


def _amount_words(claim: Claim) -> str:
    amount = claim.amount
    if amount is None:
        return ""
    if amount.approx:
        return f"{money(amount.low)}–{money(amount.high)}元"
    return f"{money(amount.value)}元"


def _is_labelled_msrp(listing: Listing, claim: Claim) -> bool:
    return (listing.list_price_is_msrp and listing.list_price is not None and claim.value is not None
            and abs(listing.list_price - claim.value) < CENT)


def _most_lenient(targets: Sequence[Listing], floors: Sequence[Floor]) -> tuple[Listing, Floor]:
    """The candidate whose floor is highest: the message then holds for every candidate."""
    index = max(range(len(floors)), key=lambda i: floors[i].price)
    return targets[index], floors[index]


def _no_data(session: Session, targets: Sequence[Listing]) -> str:
    if not session.listings:
        return "本场没有商品数据"
    if session.date is None:
        return "本场没有开播日期"
    if not targets:
        return "不能确定所指商品"
    return "所指商品开播前没有成交记录"


def _discount_check(
    claim: Claim, base_said: Claim | None, current_said: Claim | None, listing: Listing | None,
) -> tuple[bool, str, Listing | None] | None:
    """Whether the numbers contradict a discount claim, and the message saying how."""
    base = base_said.value if base_said is not None else (listing.list_price if listing else None)
    current = current_said.value if current_said is not None else (listing.price if listing else None)
    if base is None or current is None or base <= 0 or current > base:
        return None
    base_words = f"{base_said.cue}{money(base)}元" if base_said is not None else f"划线价{money(base)}元"
    current_words = f"{money(current)}元" if current_said is not None else f"页面价{money(current)}元"
    if claim.detail == "rate":
        real = current / base * 10
        bad = real > claim.value + DISCOUNT_TOLERANCE_ZHE
        message = (f"称「{claim.text}」（{money(claim.value)}折），但{current_words}÷{base_words}="
                   f"{real:.2f}折，超出容差{DISCOUNT_TOLERANCE_ZHE}折")
    else:
        real = base - current
        bad = real + OFF_TOLERANCE_YUAN < claim.value
        message = f"称立减{money(claim.value)}元，但{base_words}−{current_words}=实减{money(real)}元"
    return bad, message, listing
