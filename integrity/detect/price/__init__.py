"""False or misleading price claims (category ``price``).

Two kinds of rules:

* from the words alone: absolute price claims, below-cost claims and false government pricing
  are terms in ``lexicons/price.toml`` (with the named exemptions below); unverifiable
  comparisons with another venue's price and threats of price rises come from the claims that
  ``integrity.text.prices.extract_claims`` reads;
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
from integrity.detect.exemptions import exempting, exemption
from integrity.detect.finding import Finding
from integrity.detect.lexicons import Lexicon
from integrity.detect.rules import Rule, register
from integrity.read.model import Listing, Segment, Session
from integrity.text.matcher import Hit, Text
from integrity.text.prices import (
    CENT,
    WINDOW_DAYS,
    Catalogue,
    Claim,
    Floor,
    Link,
    extract_claims,
    held_price,
    money,
    reference_floor,
)

FRAUD = "《明码标价和禁止价格欺诈规定》"
PRICE_LAW = "《中华人民共和国价格法》"
PROMOTION = "《规范促销行为暂行规定》"
ONLINE = "《网络反不正当竞争暂行规定》"

# Tolerances, stated in the rule docs and in messages.
DISCOUNT_TOLERANCE_ZHE = 0.5
OFF_TOLERANCE_YUAN = 1.0
PRICE_TOLERANCE = (1.0, 0.02)
SCARCITY_FACTOR, SCARCITY_MARGIN = 3, 50
# Below 40% of the price of a listing named only by a title word (or the only listing), a price
# said is more likely about another item (还有一条银项链…只要八十九 beside a gold bangle at 9800).
UNNAMED_PRICE_FLOOR = 0.4

register(
    Rule(
        code="PRC001", name="absolute-price-claim", category="price", severity="medium",
        basis=f"{FRAUD}第十九条第（四）项；{PRICE_LAW}第十四条第（四）项",
        summary="Absolute price claim without a basis (全网最低价、历史最低价、全网最便宜、底价…)",
        doc="""## What it does
Flags claims that the price is the lowest anywhere or ever: 全网最低价, 历史最低价, 史上最低,
全网最便宜, 价格最低, 底价, 地板价, 哪儿都买不到比这更便宜的, and the same written to dodge
filters (全-网-最-低, 醉低, quan网zui低).

## Why is this bad?
Nobody can know every other seller's price, so the claim misleads buyers with words about the
price (Art. 19(4) of the price-fraud rules; Art. 14(4) of the Price Law).

## Example
这款电饭煲今天是全网最低价，别的平台都没这个价

## Use instead
State the price and what it is compared with (今天直播间99元，店铺日常价129元). Negated or
questioned forms (不敢说全网最低) and comparisons inside one's own range (我们家这几款里这个最便宜)
are not flagged.""",
    ),
    Rule(
        code="PRC002", name="below-cost-claim", category="price", severity="medium",
        basis=f"{FRAUD}第十九条第（四）项；{PRICE_LAW}第十四条第（四）项",
        summary="Below-cost or factory price as a selling point (亏本价、出厂价、成本价、跳楼价…)",
        doc="""## What it does
Flags 亏本, 赔本, 亏钱卖, 成本价, 出厂价, 工厂价, 进货价, 跳楼价 used to sell the goods, and the
same said in other words: 一单赔一单, 低于成本, 连成本的一半都不到, 比批发市场的拿货价还低.

## Why is this bad?
A seller who claims to sell at a loss or at the factory price gives buyers a reason to believe
the price is exceptional; without cost records the claim is an unverifiable, misleading price
statement.

## Example
这批毛巾老板说了按成本价走，就当交个朋友

## Use instead
State the price and its basis (今天直播间39.9元，店铺日常价49.9元). Negations (我们不亏本,
不是出厂价) and 出厂日期 are not flagged.""",
    ),
    Rule(
        code="PRC003", name="unverifiable-comparison", category="price", severity="medium",
        basis=f"{FRAUD}第十九条第（三）项；{PRICE_LAW}第十四条第（四）项",
        summary="Comparison with another venue's price that cannot be checked (专柜卖四千多，直播间198)",
        doc="""## What it does
Flags a price attributed to another venue, said to make the live price look low: 专柜卖四千多,
商场价1999, 药店卖三百多, 外面要两百多, 市场价, 别人卖两百多, 实体店里…要一万多, 你去药店问问要贵三倍;
and claims that the price cannot be had anywhere else, which nobody can check: 别的主播拿货都拿不到,
求了厂家一个月才拿下来, 这个价全网独一份, 这个价我只敢在直播间说, 这个价连包装盒都买不到.

## Why is this bad?
A compared price must be true and provable; a counter, mall or pharmacy price said in passing
cannot be checked, and is the classic 虚假价格比较 of Art. 19(3).

## Example
这双皮鞋商场标价一千六，我们直播间两百八

## Use instead
Compare with your own recent transaction price, which the listing data can verify (店铺近7日
最低成交价259元，今天198元), or with a named and provable source. 线下门店同价 and 实体店也有卖
say no price and are not flagged.""",
    ),
    Rule(
        code="PRC004", name="false-government-price", category="price", severity="high",
        basis=f"{FRAUD}第十九条第（一）项",
        summary="Claims government or state pricing (国家统一定价、政府指导价…)",
        doc="""## What it does
Flags 国家统一定价, 政府指导价, 政府定价, 国家定价, 物价局定价 said of the goods.

## Why is this bad?
Goods sold in livestreams are priced by the seller. Falsely claiming a government-set or
government-guided price is price fraud under Art. 19(1).

## Example
这个考试资料是国家统一定价，在哪买都一个价

## Use instead
State your own price. A maker's uniform price is 全国统一零售价 or 厂商建议零售价, which is not
flagged; negations (不是政府指导价) are not flagged either.""",
    ),
    Rule(
        code="PRC005", name="price-rise-threat", category="price", severity="medium",
        basis=f"{PRICE_LAW}第十四条第（四）项；{FRAUD}第十九条第（四）项",
        summary="Threat of a price rise to rush buyers (今天不买明天涨三倍、下播就涨)",
        doc="""## What it does
Flags threats that the price will rise after the stream or tomorrow: 明天涨三倍, 下播就涨价,
下一期直接涨到两千, 明天翻倍, 卖完这一批就全部涨价, 明天就是原价的两倍, 五分钟之后价格翻倍,
以后只会越来越贵, and that the price will never be seen again: 过了今晚这个数你再也见不到了.

## Why is this bad?
Pressure by an announced rise that is not planned is a misleading price practice (Art. 14(4) of
the Price Law). When the listing data show the price held for weeks, PRC011 also fires.

## Example
错过今晚，下一场直接涨到三百

## Use instead
State the offer and its period (活动价39元，11月20日24点结束). Negations (以后也不会涨价),
statements about costs (最近原材料一直在涨) and a return to the old price with its period
(明天恢复原价, checked against the data by PRC011) are not flagged.""",
    ),
    Rule(
        code="PRC006", name="reference-price-above-7-day-low", category="price", severity="high",
        basis=f"{FRAUD}第十六条、第十九条第（三）项",
        summary="Spoken reference price (原价、划线价、日常价) above the 7-day lowest transaction price",
        doc=f"""## What it does
Compares a spoken reference price (原价, 划线价, 日常价, 吊牌价, 平时…, 原来卖…, 页面上划掉的那个…)
with the listing's
`price_history`: it may not exceed the lowest transaction price of the {WINDOW_DAYS} days before
the session date, i.e. sales dated date−{WINDOW_DAYS} to date−1 inclusive (a sale exactly
{WINDOW_DAYS} days before counts, a sale on the session date does not). With no sale in those
days, the last sale before them is the limit. A price said as the maker's suggested retail price
(厂商建议零售价) is not checked, nor one equal to the listing's list price marked
`list_price_basis: "msrp"`. The listing is the one the segment names (一号链接, its title), the
only one, or the one whose price is said; if that stays open, every candidate must contradict.

## Why is this bad?
Art. 16 of the price-fraud rules: a reference price must not be higher than the lowest
transaction price in the 7 days before; a higher one makes the discount look bigger than it is.

## Example
原价四百五十九，今天直播间一百六十九  (sold at 189 and 169 in the 7 days before)

## Use instead
Say the real 7-day lowest transaction price as 原价, or label the maker's price as
厂商建议零售价.""",
    ),
    Rule(
        code="PRC007", name="list-price-above-7-day-low", category="price", severity="high",
        basis=f"{FRAUD}第十六条、第十九条第（三）项",
        summary="A listing's list price (划线价) above its 7-day lowest transaction price",
        doc=f"""## What it does
The same check as PRC006 on the listing's own `list_price`, as a finding on the listing
(`segment` null): the list price may not exceed the lowest sale dated date−{WINDOW_DAYS} to
date−1, or the last sale before that when there is none, unless the listing marks it
`list_price_basis: "msrp"`.

## Why is this bad?
A struck-through price on the product page is a reference price (Art. 16); the page shows it
to every buyer.

## Example
list_price 1299, sales at 899, 799 and 799 in the 7 days before the session

## Use instead
Show the 7-day lowest transaction price, or mark the price as the maker's suggested retail
price.""",
    ),
    Rule(
        code="PRC008", name="unsupported-discount", category="price", severity="high",
        basis=f"{FRAUD}第十九条第（三）项；{PROMOTION}第二十一条",
        summary="A spoken discount the prices do not support (说打三折, but 159/399 is 4.0折)",
        doc=f"""## What it does
Checks a spoken discount (打三折, 七五折, 半价, 立减五十元) against the numbers: the current
price said in the segment (or the listing's price) over the reference price said (or the
listing's list price). A rate is supported when the real rate is at most the one said plus
{DISCOUNT_TOLERANCE_ZHE}折 (rounding to the nearest 折); an amount off is supported when the
real reduction is at least the one said minus {OFF_TOLERANCE_YUAN:.0f}元. A bigger real discount
than the one said is never flagged. Conditional offers (满三百减五十, 第二件半价, 券) are not
checked.

## Why is this bad?
A discount must be computed from a stated, true base (Art. 21 of the promotion rules); saying a
deeper discount than the prices give is a 虚假折扣 (Art. 19(3)).

## Example
电热毯今天打两折，一百五十九到手  (list price 399: 4.0折)

## Use instead
Say the discount the numbers give (今天159元，比划线价399元便宜240元).""",
    ),
    Rule(
        code="PRC009", name="spoken-price-below-listing", category="price", severity="high",
        basis=f"{FRAUD}第十九条第（二）项、第二十条",
        summary="A price said in the stream lower than the listing's price (说只要69, sold at 99)",
        doc=f"""## What it does
Compares a current price said (今天只要, 直播间, 到手价, 特价…) with the price of the listing the
segment names (一号链接 or its title) or the only listing; unless the listing is named by its
link number, a price under 40% of the listing's is taken to be about another item. It fires when the spoken price is lower by more than {PRICE_TOLERANCE[0]:.0f}元 or
{PRICE_TOLERANCE[1]:.0%} of the listing price, whichever is larger. Prices for several items
(拍两件), prices after coupons or platform offers (券后, 满减), and prices said of a brand's
genuine goods (正品…只要两百, a counterfeit signal for the CFT rules) are not compared.

## Why is this bad?
Luring buyers with a low spoken price and charging more at checkout is price fraud (Art. 19(2));
online, the price shown must match the price charged (Art. 20).

## Example
二号链接的床单今天只要四十九  (the listing sells at 69)

## Use instead
Say the price the listing charges, or change the listing price before saying it.""",
    ),
    Rule(
        code="PRC010", name="false-scarcity", category="price", severity="high",
        basis=f"{ONLINE}（谎称现货、虚假抢购）；{PRICE_LAW}第十四条第（四）项",
        summary="Scarcity said in the stream contradicted by stock (仅剩3件, stock 5000)",
        doc=f"""## What it does
Compares 仅剩三件, 只剩最后八瓶, 最后两单, 最后7个名额, 库存就四十套 with the listing's `stock`: it fires
when the stock is at least {SCARCITY_FACTOR} times the number said and more than
{SCARCITY_MARGIN} above it (stock changes during a stream, so small gaps are left alone).

## Why is this bad?
Made-up scarcity rushes buyers (虚假抢购 in the 2024 online unfair-competition rules).

## Example
烤箱就剩最后六台了，要的抓紧  (stock 2400)

## Use instead
Say the real stock, or say nothing about it. 数量有限 without a number is not checked.""",
    ),
    Rule(
        code="PRC011", name="false-urgency", category="price", severity="high",
        basis=f"{ONLINE}（虚假抢购）；{PROMOTION}；{FRAUD}第十九条第（四）项",
        summary="Limited-time or 'price rises tomorrow' claims contradicted by a price held for weeks",
        doc="""## What it does
Checks 限时, 就今天, 只有今晚, 今天截止, 明天恢复原价, 下播就涨 against the listing's
`price_history`: it fires when every sale of the 30 days before the session was at or below the
price offered now (the price said, else the listing price), with at least two sales and the first
of them 14 days or more before the session. The period said (限时三天，11月20日24点结束) does not
matter when the data contradict it.

## Why is this bad?
An offer that has been the everyday price for weeks is not limited in time; selling it as one is
虚假抢购, and a limited-time offer must be real and state its period.

## Example
蜂蜜限时特价六十八，只有今晚  (sold at 68 for four weeks)

## Use instead
Run real time-limited offers and state their period; otherwise say the everyday price.""",
    ),
    Rule(
        code="PRC012", name="unverified-reference-price", category="price", severity="low",
        basis=f"{FRAUD}第十六条",
        summary="A reference price said without listing data to check it (a note, never 'false')",
        doc=f"""## What it does
Notes a spoken reference price (原价, 划线价, 日常价…) when there is nothing to check it with:
the session has no date, no listing, or the listing has no sale before the session. It never
calls the price false.

## Why is this bad?
A reference price must not exceed the {WINDOW_DAYS}-day lowest transaction price (Art. 16); a
reviewer may want to ask for the records.

## Example
这款月饼原价一百二十八，今天六十八  (no listing data)

## Use instead
Attach the listings with their `price_history`, or say the recent transaction price.""",
    ),
)

_NEGATION_BEFORE = re.compile(
    "(?:不是|并非|不算|没有|不敢说|不能说|不说|不会|不可能|谈不上|不叫|不搞|从不|绝不|不玩|不|没)(?:跟(?:你们|大家|你)|和(?:你们|大家))?[是说就为]{0,2}(?:什么)?$"
)


@exemption("negated_price", "the price term is negated (不是全网最低价、我们不亏本、不是政府指导价)")
def _negated_price(hit: Hit, text: Text) -> bool:
    clause_start, _ = text.clause_at(hit.start)
    return bool(_NEGATION_BEFORE.search(text.text[max(clause_start, hit.start - 6):hit.start]))


_OWN_RANGE = re.compile("我们家|我家|咱家|店里|本店|这几款|这几个|这几样|里面|之中|系列里")
_WIDE_RANGE = re.compile("全网|全国|历史|史上|全年|全平台|市面|别家|外面|所有")


@exemption("own_range_price", "a comparison within the seller's own range (我们家这几款里这个最便宜)")
def _own_range_price(hit: Hit, text: Text) -> bool:
    clause = text.clause_of(hit)
    return bool(_OWN_RANGE.search(clause)) and not _WIDE_RANGE.search(clause)


@exemption("starts_mid_word", "the term's first character ends another word (到底价格、引进价); its end may run on (出厂价格)")
def _starts_mid_word(hit: Hit, text: Text) -> bool:
    token = text.token_at(hit.start)
    return token is not None and token[1] < hit.start


_COST_CHANGE = re.compile("上涨|涨了|涨价|又涨|提高|上升|波动|变高|变贵")


@exemption("cost_change", "talk of costs changing, not a price claim (原材料成本价格上涨了、出厂价又涨了)")
def _cost_change(hit: Hit, text: Text) -> bool:
    _, clause_end = text.clause_at(hit.start)
    return bool(_COST_CHANGE.search(text.text, hit.end, clause_end))


_MESSAGES = {
    "PRC001": "使用绝对化价格表述「{terms}」，无法证明",
    "PRC002": "以「{terms}」等低于成本的说法作为卖点，无成本依据",
    "PRC003": "以无法核实的独家价格或其他渠道价格作比较：「{terms}」",
    "PRC004": "谎称政府定价或政府指导价：「{terms}」",
    "PRC005": "以涨价或不再有此价相威胁催促下单：「{terms}」",
}


class PriceDetector:
    """False or misleading price claims: lexicon terms, claims, and checks against listings."""

    name = "price"

    def __init__(self, lexicon: Lexicon, enabled: frozenset[str], options: Options):
        self.matcher = options.matcher

    def detect(self, session: Session, texts: list[Text]) -> Iterable[Finding]:
        catalogue = Catalogue(session.listings)
        for segment, text in zip(session.segments, texts):
            taken = set()
            for found in self._terms(session, segment, text):
                taken.add(found.rule)
                yield found
            claims = extract_claims(text.text)
            if claims:
                for found in _ClaimCheck(session, segment, text, claims, catalogue).findings():
                    if found.rule not in taken:  # one finding per rule and segment
                        yield found
        for listing in session.listings:
            yield from _list_price(session, listing)

    def _terms(self, session: Session, segment: Segment, text: Text) -> Iterator[Finding]:
        by_rule: dict[str, list[Hit]] = {}
        covered = -1
        for hit in text.hits(self.matcher, "PRC"):
            if hit.end <= covered:
                continue  # inside a longer hit, taken or exempt (最低价 in 不敢说是全网最低价)
            covered = hit.end
            if exempting(hit, text) is None:
                by_rule.setdefault(hit.entry.rule, []).append(hit)
        yield from term_findings(session, segment, text, by_rule, self.name, _MESSAGES)


def _list_price(session: Session, listing: Listing) -> Iterator[Finding]:
    """PRC007: the listing's own list price against its 7-day lowest transaction price."""
    if listing.list_price is None or listing.list_price_is_msrp or session.date is None:
        return
    floor = reference_floor(listing, session.date)
    if floor is None or listing.list_price <= floor.price + CENT:
        return
    yield listing_finding(
        session, listing, "PRC007",
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


class _ClaimCheck:
    """The checks of one segment's claims; each rule fires at most once per segment."""

    def __init__(self, session: Session, segment: Segment, text: Text, claims: list[Claim], catalogue: Catalogue):
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
            self.session, self.segment, self.text, code, claim.start, claim.end, message, confidence,
            listing_id=listing.listing_id if listing is not None else None, explanation=details,
        )

    def unsure(self, candidates: int) -> str:
        """A note for messages when the listing was not named and every candidate was checked."""
        if candidates < 2:
            return ""
        return f"（未指明商品，{candidates}个候选商品均如此，此处以「{self.link.targets[0].title}」为例）"

    def findings(self) -> Iterator[Finding]:
        for check in (self.comparison, self.rise_threat, self.reference, self.discount, self.spoken_price,
                      self.scarcity, self.urgency):
            found = check()
            if found is not None:
                yield found

    # Words alone.

    def comparison(self) -> Finding | None:
        claim = next(iter(self.of("comparison")), None)
        if claim is None or claim.amount is None:
            return None
        current = self.spoken("current")
        against = f"，直播间价{money(current.value)}元" if current and current.value is not None else ""
        what = "差价" if "便宜" in claim.text else ""
        return self.finding(
            "PRC003", claim, f"以无法核实的其他渠道价格作比较：「{self.text.norm.original_span(claim.start, claim.end)}」"
            f"（{what}{_amount_words(claim)}）{against}", 0.75, venue=claim.detail,
        )

    def rise_threat(self) -> Finding | None:
        claim = next((c for c in self.of("future") if c.detail == "rise"), None)
        if claim is None:
            return None
        return self.finding(
            "PRC005", claim, f"以涨价相威胁催促下单：「{self.text.norm.original_span(claim.start, claim.end)}」", 0.75,
        )

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
