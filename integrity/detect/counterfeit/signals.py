"""What a segment or title says about a brand it names: prices (live and counter), riding on
the brand (同款, 平替, 一个工厂), speaking for it as its reseller; and signals, the reasons for a
finding before they are grouped into one finding per rule.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from integrity.detect.counterfeit.brands import Lookalike, Mention, within
from integrity.detect.lexicons import Brand
from integrity.detect.rules import RuleBook
from integrity.text.clauses import GAP
from integrity.text.text import Text

# A reference price (专柜, 扫码价) and a live price so far below it that the goods cannot be
# the genuine article: a fifth of four figures, or a tenth of a few hundred.
GAPS = ((1000.0, 0.2), (200.0, 0.1))


# A live price said only as a fraction of the counter's (零头, 白菜价).
FRACTION = re.compile(r"零头|一个零头|零头价|白菜价|地摊价|几十块|几十元|百来块|一百来块|一折不到|不到一折")


# Without a brand, a luxury word or an authenticity claim beside it, a counter price and a live
# price a fifth of it is a price comparison to check (the price rules), not a sign of a fake:
# only a tenth or less counts then.
PLAIN_SHARE = 0.1


def implausible_gap(reference: float, price: float, authentic: bool = True) -> bool:
    return any(reference >= floor and price <= (share if authentic else min(share, PLAIN_SHARE)) * reference
               for floor, share in GAPS)


_SHARED_STYLE = r"男女|情侣|亲子|主播|明星|网红|闺蜜|母女|父子|夫妻|姐妹|老板|专柜|官方|官网|正品"


_RIDING_AFTER = re.compile(
    rf"^家?的?(?:(?!{_SHARED_STYLE}){GAP}){{0,8}}?(?P<phrase>同款|平替|替代品|御用|供应商|代工|同厂|同源|同配方"
    r"|同一?[个家条]?(?:工厂|厂|代工厂|配方|版|模具|产线|流水线)|一[个家条](?:工厂|厂|代工厂|配方|版|模具|产线|流水线)"
    r"|一模一样|一个样|没区别|没有区别|分不出)"
)


_RIDING_LATER = re.compile(r"(?:它|他|她|人家|这家|那家)的?(?P<phrase>平替|同款|御用|代工)")


_NO_MARK_BEFORE = re.compile(r"(?:不印|没印|不带|不打|没有)$")


_NO_MARK_AFTER = re.compile(r"^家?的?(?:标|logo|商标)")


_OWN_AFTER = re.compile(r"^的?(?:品牌)?(?:官方|授权|旗舰|自营|直营|专营|专卖|品牌方|正品授权)")


# The brand only compared with (平替, X同款); not 专柜同款 or 正品同款, which say the goods are the brand's.
COMPARISON = re.compile(r"平替|(?<!专柜)(?<!正品)(?<!官方)(?<!官网)同款|替代|代工|同厂|一个工厂|同一个工厂|御用")


NOT_THE_GOODS = re.compile(r"(?:比|像|跟|和|与|不输|媲美|吊打|适用于?|适配|兼容|支持|用|配|给|卖过|for)$")


FITS_AFTER = re.compile(r"^的?(?:手机|电脑|平板|设备|安卓)*(?:也|都)?(?:能|可以|能够|支持)(?:用|连|充|适配)")


OWN_GOODS = re.compile(r"自有品牌|自己的品牌|自家品牌|我们自己的|我们自己家|自己家的|不碰别人的牌子")


ORIGINAL = re.compile(r"原装|正品|官方|原厂")


# Goods outside the floors (lexicons/brands.toml): samples and decants, second-hand and vintage,
# rental, repair, empty packaging, and 茅台镇 (a town of many distilleries).
NOT_NEW = re.compile(r"小样|中样|试用装|体验装|旅行装|分装|二手|中古|闲置|回收|租赁|出租|维修|空瓶|空盒|包装盒|茅台镇")


# Accessories name the device they fit (iPhone手机壳): a brand there is no claim about the goods.
FITS_DEVICES = "electronic_accessories"


def rides_on(text: Text, mention: Mention) -> tuple[str, int] | None:
    """How the text rides on the brand it names (同款, 平替, 一个工厂, 不印…标), if it does, and
    where the evidence ends (after the phrase when it follows the brand in the same clause)."""
    s = text.text
    after = _RIDING_AFTER.match(s[mention.end :])
    if after:
        return after.group("phrase"), mention.end + after.end()
    later = _RIDING_LATER.search(s, mention.end)
    if later:
        return later.group("phrase"), mention.end
    before = _NO_MARK_BEFORE.search(s[max(0, mention.start - 3) : mention.start])
    if before and _NO_MARK_AFTER.match(s[mention.end :]):
        return f"{before.group()}…标", mention.end
    return None


def speaks_for(text: Text, mention: Mention) -> bool:
    """本店为XX授权经销商, XX官方旗舰店: the session sells this brand as its own."""
    return bool(_OWN_AFTER.match(text.text[mention.end :]))


@dataclass
class Signal:
    """One reason for a finding, before signals are grouped into one finding per rule and unit."""

    code: str
    start: int
    end: int
    message: str
    confidence: float
    severity: str | None = None
    basis: str | None = None
    explanation: dict = field(default_factory=dict)
    term: str | None = None


def outside(named: list[Mention], lookalikes: list[Lookalike]) -> list[Mention]:
    """Mentions that are not part of a look-alike (阿迪 inside 阿迪达期)."""
    spans = [(l.start, l.end) for l in lookalikes]
    return [m for m in named if not within(m.start, m.end, spans)] if spans else named


def grouped(signals: list[Signal], rules: RuleBook) -> Iterator[Signal]:
    """One signal per rule: the first, the highest severity, the others named in ``also``
    (a signal inside a longer one of the same rule, 尾单 in 外贸尾单, is left out)."""
    by_rule: dict[str, list[Signal]] = {}
    for signal in signals:
        by_rule.setdefault(signal.code, []).append(signal)
    order = {"low": 0, "medium": 1, "high": 2}
    for code, group in by_rule.items():
        group = [s for s in group if not any(
            o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start for o in group)]
        group.sort(key=lambda s: s.start)
        first = group[0]
        severity = max((s.severity or rules[code].severity for s in group), key=order.__getitem__)
        explanation = dict(first.explanation)
        message = first.message
        terms = list(dict.fromkeys(s.term for s in group if s.term))
        if first.term and len(terms) > 1:
            message = message.replace(f"「{first.term}」", "「" + "」「".join(terms) + "」", 1)
        others = [s.message for s in group[1:] if not s.term or not first.term]
        if others:
            explanation["also"] = others
        yield Signal(code, first.start, first.end, message, max(s.confidence for s in group),
                      severity, first.basis, explanation, first.term)


def brand_explanation(brand: Brand, signal: str, spelling: str) -> dict:
    return {"detector": "counterfeit", "signal": signal, "brand": brand.id,
            "brand_name": brand.display, "spelling": spelling, "registry": f"{brand.source.rsplit('/', 1)[-1]}:{brand.line}"}


def yuan(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:.2f}".rstrip("0")
