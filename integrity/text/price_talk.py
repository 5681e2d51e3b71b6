"""Price claims in what streamers say, the listing a claim is about, and the 7-day window.

The price rules (``integrity/detectors/price.py``) share three things, all pure functions:

* ``extract_claims(text)`` reads a segment's normalised text and returns its price claims, each
  with a kind and, where one is said, an amount read by ``integrity.text.numerals``:

  ===========  ===============================================  =============================
  kind         said as                                          ``detail``
  ===========  ===============================================  =============================
  reference    原价、划线价、日常价、吊牌价 / 厂商建议零售价 + amount   ``own`` / ``msrp``
  current      今天只要、直播间、到手价、特价、我们这里 + amount       (none)
  discount     打三折、1.65折、半价 / 立减五十元                    ``rate`` (in 折) / ``off``
  comparison   专柜卖、商场价、药店、外面 + amount                   the venue word
  future       明天涨三倍、下播就涨 / 明天恢复原价                    ``rise`` / ``restore``
  scarcity     仅剩三件、最后两单、库存就四十套                       (none)
  limited      限时、就今天、今天截止、倒计时                         ``end`` / ``open``
  ===========  ===============================================  =============================

  A cue claims the amount that follows it closely in the same clause (the nearest cue wins), so
  in 原价三百二十九，今天只要一百零九 329 is a reference price and 109 the current price. Amounts
  that count things (三十包、四十八小时、一号链接) are not prices. One Aho-Corasick scan finds
  every cue word; a segment without any is done, and numbers are read only where a cue is.
* ``Catalogue(listings).link(text, claims)`` says which listing a segment is about: the one
  named by 一号链接/第二个链接 (1-based order), else the only listing, else the one whose title
  the segment names (exact title words, or near ones through rapidfuzz: 跑鞋 for 跑步鞋), else
  the one whose price (or list price) is the price said. Otherwise the link is ambiguous
  and carries the candidates; a data check then holds only when it holds for every candidate.
* ``reference_floor(listing, date)``: the lowest transaction price in the 7 days before the
  session, i.e. sales dated ``date - 7`` to ``date - 1`` inclusive (a sale exactly 7 days before
  counts; a sale on the session date does not), or the last sale before that window when it has
  none. ``held_price(listing, date, price)`` says whether the price said had already held for
  weeks (虚假抢购 when it is sold as a limited-time offer).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from integrity.text.clauses import GAP, MARK, MARK_RE
from integrity.text.numerals import Amount, find_amounts

CENT = 0.005


@dataclass(frozen=True)
class Claim:
    """One price claim in a segment's normalised text.

    ``value`` is the amount in yuan, except for a ``rate`` discount (in 折: 3.0 is 30% of the
    base price) and a scarcity claim (a count). ``start:end`` index the normalised text.
    """

    kind: str
    start: int
    end: int
    text: str
    cue: str
    amount: Amount | None = None
    value: float | None = None
    detail: str = ""

    @property
    def exact(self) -> bool:
        return self.amount is not None and not self.amount.approx


# Cue words by kind, longest first so that 建议零售价 wins over 零售价 at the same place.
_CUES: dict[str, tuple[str, ...]] = {
    "msrp": ("厂商建议零售价", "厂家建议零售价", "官方建议零售价", "建议零售价", "厂商指导价", "厂家指导价",
             "品牌指导价", "官方指导价", "官方建议价"),
    "venue": ("专柜价", "专柜卖", "专柜要", "专柜", "商场价", "商场卖", "商场里", "商场", "实体店", "药店",
              "超市", "外面卖", "外面要", "外面", "线下", "门店价", "别家", "别人家", "其他家", "其他平台",
              "别的平台", "别的直播间", "别人卖", "别人家卖", "人家卖", "淘宝上", "京东上", "拼多多上", "随便一家", "市场价", "市面上", "市面价", "官网价", "官网", "免税店", "柜台价", "柜台"),
    "own": ("原价", "原售价", "原来的价格", "划线价", "日常价", "日常售价", "日常卖", "日常", "平时价", "平常价",
            "平时卖", "平时都卖", "平时要", "平时都是卖", "平常卖", "平常都卖", "平常都是卖", "吊牌价", "门市价", "零售价",
            "以前卖", "以前都卖", "以前要", "之前卖", "之前都卖", "之前要", "原来卖", "原来都卖", "原来要", "原来都是卖",
            "划掉的", "划掉"),
    "current": ("今天只要", "今天只需", "今天仅需", "只要", "只需", "仅需", "仅要", "仅售", "只卖", "就卖", "才卖",
                "才", "今天", "今晚", "现在", "现价", "直播间价", "直播间", "到手价", "到手", "特价", "秒杀价",
                "秒杀", "活动价", "福利价", "宠粉价", "粉丝价", "惊喜价", "券后价", "券后", "一口价", "售价", "限时价", "限时",
                "价格", "价钱", "给到", "给你们", "给大家", "我们这里", "我们这", "我这里", "我这", "这里",
                "咱们这", "咱这", "页面价", "拍下"),
    "off": ("立减", "直降", "直减", "立省", "狂降", "降了"),
    "rise": ("涨到", "涨成", "涨回", "恢复到", "恢复成", "回到", "变成"),
    "scarcity": ("仅剩", "只剩", "还剩", "就剩", "剩下", "只有最后", "最后", "库存只有", "库存就剩", "库存只剩",
                 "库存就", "库存仅", "库存还有", "库存", "限量"),
}
_MAX_GAP = {"venue": 10}
# Current-price cues that only say "costs": after a venue or a reference cue they belong to it
# (专柜价格一千二, 日常价格九十九). Bare 卖 and 平时 are no cues (卖出去三千多, 平时穿四十二码).
_WEAK_CURRENT = frozenset(("价格", "价钱", "售价"))
_DEFAULT_GAP = 3


_LIMITED_WORDS = (
    "限时", "限今天", "仅限今天", "仅限今晚", "只限今天", "就今天", "就今晚", "就这一场", "仅此一场", "只有今天",
    "只有今晚", "只有这一场", "只在今天", "只剩今天", "今天截止", "今晚截止", "截止", "过了今天", "过了今晚", "今天过了",
    "今晚过了", "今晚过后", "今天过后", "倒计时", "最后一天", "最后一小时",
)
_LIMITED_RE = re.compile("|".join(sorted(_LIMITED_WORDS, key=len, reverse=True)))
_END_RE = re.compile(
    r"[0-9]+[月号日点:]|[零一二两三四五六七八九十]+[月号日点]|[0-9零一二两三四五六七八九十]+(?:天|小时|分钟)|"
    "今天|今晚|今日|明天|本场|这一场"
)
# A time after the offer, then a rise or a return to the old price. 之后/以后 alone are too
# common (面团发酵之后能涨两倍) and count only before a word about the price.
_FUTURE_RE = re.compile(
    "(?:(?P<when>明天|明早|明日|明晚|后天|下播|下了播|下场|下一场|过了今天|过了今晚|今天过后|今晚过后|活动结束|活动过后|"
    "下周|下个月|过两天|回头|卖完这一?批|这一?批卖完)"
    rf"(?P<gap>{GAP}{{0,6}}?)"
    "(?P<verb>涨价|涨|翻倍|翻番|上调|恢复原价|恢复|回到原价|回原价|就是原价|原价回来|回到[两三四五]位数|"
    "[0-9两二三四五六七八九十几]+倍|贵(?:了|一倍|一大截|很多|不少|好多|一半))"
    rf"|(?P<after>之后|以后)(?P<after_gap>{GAP}{{0,6}}?)"
    rf"(?P<price_verb>涨价|恢复原价|回到原价|回原价|恢复|只会涨|只会越来越贵|越来越贵|价格?{GAP}{{0,2}}?(?:翻倍|翻番|上调|涨)))"
)
_RISE_VERB = re.compile("涨|翻倍|翻番|上调|贵|倍|位数")
# 明天就是原价的两倍: a return to a price said to be a multiple of today's is a rise.
_RISE_AFTER = re.compile(rf"{GAP}{{0,4}}?(?:[0-9两二三四五六七八九十几]+倍|贵)")
_NEGATED_VERB = re.compile("(?:不|不会|没|没有|别|不再)$")
_CUTOFF = re.compile(rf"(?:到|至)?{GAP}{{0,6}}?(?:底|末|为止)")
_HALF_PRICE = re.compile("半价|对折")

# What an amount that counts things (not a price) is followed by.
_MEASURE = re.compile(
    r"(?:[件个盒瓶支套袋份斤条双片罐单箱只张台杯次天号组桶提位种款样人年月周岁米克分秒点度倍层节期集粒颗码寸毫厘升"
    r"家遍场本辆名代轮折批日%]|包(?!邮)|小时|大促|周年|(?:g|kg|ml|l|cm|mm|mah|w)(?![a-z]))"
)
# Units of goods that a scarcity claim counts (not 场、次、天: 最后一场 is no stock claim).
_GOODS_UNIT = re.compile("[件个盒瓶支套袋份斤条双片罐单箱只张台杯组桶提粒颗副对顶把本辆]|包(?!邮)")
_MONEY_MARK = re.compile("[元块毛角钱¥$]")
_DIFFERENCE = re.compile("省|便宜|少|减|降|差")
_NOT_A_PRICE_BEFORE = frozenset("第满减前")
# What follows an amount that names the price now: 九十九到手, 一百一十九块，上链接 (before
# 上链接/上车/开抢 only with 元/块: 扣1上车, 3、2、1上车, 数到10上车 and 618上车 are no prices).
_AFTER_CURRENT = re.compile("(?:元|块)?(?:到手|拿走|带走|包邮)")
_AFTER_LINK = re.compile("(?:元|块)?[,，\\s]*(?:上链接|上车|开抢)")
_COUNTED_END = re.compile(rf"(?:名额|席位|坑位|货)?(?:了|啦|啊|呀|喽|咯|哦|$|\s|{MARK}|手慢无|抢完|卖完|拍完)")
_CONDITIONAL = re.compile(
    "满[0-9零一二两三四五六七八九十百千几]|第[二三两2-9][件份个单]|[两二三四五2-5][件份个]起?[打享]|券|会员|新人"
)

_NUMERAL = re.compile("[0-9零〇幺一二两俩三四五六七八九十百千万几]")


def _automaton() -> ahocorasick.Automaton:
    """Every cue word, with the kinds it is a cue of: one scan of a segment finds them all."""
    table: dict[str, list[str]] = {}
    words = {**_CUES, "limited": _LIMITED_WORDS, "future": ("涨", "恢复", "翻倍", "翻番", "上调", "原价", "倍", "贵", "位数"),
             "half": ("半价", "对折"), "zhe": ("折",), "tail": ("上链接", "上车", "开抢")}
    for kind, kind_words in words.items():
        for word in kind_words:
            table.setdefault(word, []).append(kind)
    automaton = ahocorasick.Automaton()
    for word, kinds in table.items():
        automaton.add_word(word, (word, tuple(kinds)))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _automaton()


def _scan(text: str) -> tuple[list[tuple[int, int, str, str]], set[str]]:
    """Cue words found, as (start, end, kind, word) ordered so that at one end the longest comes
    last, and the set of kinds seen."""
    cues: list[tuple[int, int, str, str]] = []
    seen: set[str] = set()
    for last, (word, kinds) in _AUTOMATON.iter(text):
        seen.update(kinds)
        start = last + 1 - len(word)
        cues.extend((start, last + 1, kind, word) for kind in kinds if kind in _CUES)
    cues.sort(key=lambda cue: (cue[1], -cue[0]))
    return cues, seen


def _clause_bounds(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in MARK_RE.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _clause_of(bounds: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in bounds:
        if start <= position <= end:
            return start, end
    return 0, 0


def _rate_in_zhe(value: float) -> float | None:
    """打三折 -> 3, 1.65折 -> 1.65, 七五折 -> 7.5, 八八折 -> 8.8."""
    if 0 < value < 10:
        return value
    if 10 <= value < 100 and value.is_integer():
        return value / 10
    return None


def _is_money(amount: Amount, text: str) -> bool:
    if amount.percent or amount.value <= 0:
        return False
    if _MONEY_MARK.search(amount.text):
        return True
    if len(amount.text) == 1 and not amount.text.isdigit():
        return False  # a lone 一/两/三 counts things (上一批、拍二送一); prices say 块 (九块)
    if amount.start > 0 and text[amount.start - 1] in _NOT_A_PRICE_BEFORE:
        return False
    return not _MEASURE.match(text, amount.end)


def extract_claims(text: str) -> list[Claim]:
    """The price claims in a segment's normalised text, left to right."""
    cues, seen = _scan(text)
    if not seen:
        return []
    bounds = _clause_bounds(text)
    claims: list[Claim] = []
    amounts = find_amounts(text) if (cues or seen & {"zhe", "tail"}) and _NUMERAL.search(text) else []
    previous_end = 0
    for amount in amounts:
        clause_start, clause_end = _clause_of(bounds, amount.start)
        claim = _amount_claim(text, amount, cues, max(clause_start, previous_end), (clause_start, clause_end))
        if claim is not None:
            claims.append(claim)
            previous_end = amount.end
    for match in _HALF_PRICE.finditer(text) if "half" in seen else ():
        if not _CONDITIONAL.search(text[slice(*_clause_of(bounds, match.start()))]):
            claims.append(Claim("discount", match.start(), match.end(), match.group(), match.group(), None, 5.0, "rate"))
    for match in _LIMITED_RE.finditer(text) if "limited" in seen else ():
        if match.group() == "截止" and _CUTOFF.match(text, match.end()):
            continue  # 截止到九月底: the cut-off date of a statistic, not of an offer
        detail = "end" if _END_RE.search(text) else "open"
        claims.append(Claim("limited", match.start(), match.end(), match.group(), match.group(), detail=detail))
    for match in _FUTURE_RE.finditer(text) if "future" in seen else ():
        verb = "verb" if match.group("verb") else "price_verb"
        gap = "gap" if match.group("verb") else "after_gap"
        if _NEGATED_VERB.search(text[match.start(gap):match.start(verb)]):
            continue
        rise = _RISE_VERB.search(match.group(verb)) or _RISE_AFTER.match(text, match.end())
        detail = "rise" if rise else "restore"
        claims.append(Claim("future", match.start(), match.end(), match.group(), match.group(verb), detail=detail))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _amount_claim(
    text: str,
    amount: Amount,
    cues: list[tuple[int, int, str, str]],
    earliest: int,
    clause: tuple[int, int],
) -> Claim | None:
    """The claim an amount makes, from the cue that governs it (or what follows it)."""
    clause_text = text[clause[0]:clause[1]]
    if text.startswith("折", amount.end) and not text.startswith(("折叠", "折扣", "折起"), amount.end):
        rate = _rate_in_zhe(amount.value)
        if rate is None or amount.percent or _CONDITIONAL.search(clause_text):
            return None
        return Claim("discount", amount.start, amount.end + 1, text[amount.start:amount.end + 1], "折",
                     amount, rate, "rate")
    cue = None
    for start, end, kind, word in cues:
        if start >= earliest and end <= amount.start and amount.start - end <= _MAX_GAP.get(kind, _DEFAULT_GAP):
            if cue is None or cue[1] not in ("venue", "own", "msrp") or word not in _WEAK_CURRENT:
                cue = (start, kind, word, end)
    if cue is None:
        said_in_yuan = bool(_MONEY_MARK.search(amount.text)) or text.startswith(("元", "块"), amount.end)
        if _is_money(amount, text) and (_AFTER_CURRENT.match(text, amount.end)
                                        or (said_in_yuan and _AFTER_LINK.match(text, amount.end))):
            return Claim("current", amount.start, amount.end, amount.text, "", amount, amount.value)
        return None
    start, kind, word, cue_end = cue
    if kind == "scarcity":
        counted = _GOODS_UNIT.match(text, amount.end)
        if amount.percent or not counted:
            return None
        if word.endswith("最后") and not _COUNTED_END.match(text, counted.end()):
            return None
        start = _chain_start(cues, start)
        return Claim("scarcity", start, counted.end(), text[start:counted.end()], word, amount, amount.high)
    span_text = text[start:amount.end]
    if not _is_money(amount, text) or kind == "rise":
        return None
    if kind in ("own", "msrp") and _DIFFERENCE.search(text, cue_end, amount.start):
        kind = "off"  # 比日常价省了一百: an amount off the reference, not the reference
    if kind == "off":
        if _CONDITIONAL.search(clause_text):
            return None
        return Claim("discount", start, amount.end, span_text, word, amount, amount.value, "off")
    if kind in ("own", "msrp"):
        return Claim("reference", start, amount.end, span_text, word, amount, amount.value, kind)
    if kind == "venue":
        return Claim("comparison", start, amount.end, span_text, word, amount, amount.value, word)
    return Claim("current", start, amount.end, span_text, word, amount, amount.value)


def _chain_start(cues: list[tuple[int, int, str, str]], start: int) -> int:
    """Where a run of adjacent scarcity cues begins (仅剩最后 is one cue for the span)."""
    for cue_start, cue_end, kind, _ in reversed(cues):
        if kind == "scarcity" and cue_end == start:
            start = cue_start
    return start


# --- The transaction history --------------------------------------------------------------------
