"""The price claims in what streamers say.

``PriceTalk(cues).extract(text)`` reads a segment's normalised text and returns its price
claims, each with a kind and, where one is said, an amount read by ``integrity.text.numerals``.
The cue words are data (``lexicons/price-cues.toml``); each checker builds its reader from the
lexicons it loaded (``Lexicon.price_talk``).

===========  ===============================================  =============================
kind         said as                                          ``detail``
===========  ===============================================  =============================
reference    原价、划线价、日常价、吊牌价 / 厂商建议零售价 + amount   ``own`` / ``msrp``
current      今天只要、直播间、到手价、特价、我们这里 + amount       (none)
discount     打三折、1.65折、半价 / 立减五十元                    ``rate`` (in 折) / ``off``
comparison   专柜卖、商场价、药店、外面 + amount                   the venue word
worth        一万元的和田玉 (an amount said as what the goods are worth)  (none)
future       明天涨三倍、下播就涨 / 明天恢复原价                    ``rise`` / ``restore``
scarcity     仅剩三件、最后两单、库存就四十套                       (none)
limited      限时、就今天、今天截止、倒计时                         ``end`` / ``open``
===========  ===============================================  =============================

A cue claims the amount that follows it closely in the same clause (the nearest cue wins), so
in 原价三百二十九，今天只要一百零九 329 is a reference price and 109 the current price. Amounts
that count things (三十包、四十八小时、一号链接) are not prices. One Aho-Corasick scan finds every
cue word; a segment without any is done, and numbers are read only where a cue is. The listing a
claim is about and its transaction history are the price detector's (``integrity.detect.price``).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import ahocorasick

from integrity.text.clauses import GAP, MARK, MARK_RE
from integrity.text.numerals import Amount, find_amounts, parse_amount

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


_MAX_GAP = {"venue": 10}
# Current-price cues that only say "costs": after a venue or a reference cue they belong to it
# (专柜价格一千二, 日常价格九十九). Bare 卖 and 平时 are no cues (卖出去三千多, 平时穿四十二码).
_WEAK_CURRENT = frozenset(("价格", "价钱", "售价"))
_DEFAULT_GAP = 3
_LONGEST_GAP = max(_DEFAULT_GAP, *_MAX_GAP.values())


_END_RE = re.compile(
    r"[0-9]+[月号日点:]|[零一二两三四五六七八九十]+[月号日点]|[0-9零一二两三四五六七八九十]+(?:天|小时|分钟)|"
    "今天|今晚|今日|明天|本场|这一场"
)
# A time after the offer, then a rise or a return to the old price. 之后/以后, 马上, 一会儿 and
# the like are too common (面团发酵之后能涨两倍, 马上恢复网络) and count only before a word
# about the price.
_FUTURE_RE = re.compile(
    "(?:(?P<when>明天|明早|明日|明晚|明儿|后天|下播|下了播|关播|下场|下一场|下一批|下批|过了今天|过了今晚|今天过后|"
    "今晚过后|活动结束|活动过后|下周|下个月|过两天|回头|卖完这一?批|这一?批卖完)"
    rf"(?P<gap>{GAP}{{0,6}}?)"
    "(?P<verb>涨价|涨|翻倍|翻番|上调|恢复原价|恢复|回到原价|回原价|就是原价|原价回来|回到[两三四五]位数|改回去|调回去|改价|调价|"
    "[0-9两二三四五六七八九十几]+倍|贵(?:了|一倍|一大截|很多|不少|好多|一半))"
    rf"|(?P<after>之后|以后|一会儿?|等会儿?|待会儿?|马上|立马|随时|(?:卖|清|抢|拍)完了?|"
    rf"(?:前|首)[0-9一二两三四五六七八九十百几]+(?:名|单|个|位|件)(?:之后|以后|过后))(?P<after_gap>{GAP}{{0,6}}?)"
    rf"(?P<price_verb>涨价|恢复原价|回到原价|回原价|(?:恢复到|涨回|涨到)(?=[0-9一二两三四五六七八九十几]|原价)|改回去|调回去|改价|调价|"
    "只会涨|只会越来越贵|越来越贵|"
    rf"价格?{GAP}{{0,2}}?(?:翻倍|翻番|上调|涨|恢复)))"
)
_RISE_VERB = re.compile("涨|翻倍|翻番|上调|贵|倍|位数")
# 明天就是原价的两倍: a return to a price said to be a multiple of today's is a rise.
_RISE_AFTER = re.compile(rf"{GAP}{{0,4}}?(?:[0-9两二三四五六七八九十几]+倍|贵)")
_NEGATED_VERB = re.compile("(?:不|不会|没|没有|别|不再)$")
_ASKED = re.compile(rf"{GAP}{{0,4}}?(?:吗|么|嘛|没有?[?？]|[?？])")
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
# A venue that is the seller's own (我们自己的实体店, 咱家官网): its price is the seller's to prove.
_OWN_VENUE = re.compile("(?:我们|咱们|我家|咱家|自己|自家|本店|我们家|咱们家)(?:自己)?(?:的)?(?:线下)?$")
_SAME_PRICE = re.compile("也|一样|同价|同样")
# Between a venue and an amount, words that make the amount the price here or a fee, not the
# venue's price.
_NOT_THEIR_PRICE = re.compile("最便宜|最低|最优惠|最划算|底价|配送|运费|邮费|快递|发货|包邮|补差|偏远|退货|售后")
_NOT_A_PRICE_BEFORE = frozenset("第满减前")
# What follows an amount that names the price now: 九十九到手, 一百一十九块，上链接 (before
# 上链接/上车/开抢 only with 元/块: 扣1上车, 3、2、1上车, 数到10上车 and 618上车 are no prices).
_AFTER_CURRENT = re.compile("(?:元|块)?(?:到手|拿走|带走|包邮)")
_AFTER_LINK = re.compile("(?:元|块)?[,，\\s]*(?:上链接|上车|开抢)")
_COUNTED_END = re.compile(rf"(?:名额|席位|坑位|货)?(?:了|啦|啊|呀|喽|咯|哦|$|\s|{MARK}|手慢无|抢完|卖完|拍完)")
# Scarcity cues that count anything (只有两个颜色): a count of goods only when the clause ends
# with it (就剩80份，卖完为止).
_NEEDS_COUNTED_END = ("最后", "只有", "仅有", "只上", "只放", "就放", "只开", "就开", "就只有")
# An amount said as what the goods are worth: 一万元的和田玉, 三千块的包 (not 一百元的优惠券, 买
# 一百元的东西, 满两百元的订单: an amount spent or a coupon).
_WORTH_AFTER = re.compile(r"(?:元|块)?(?:钱)?的(?!优惠|券|红包|福利|订单|东西|货|商品|时候|话|价格|价位|差价|运费|邮费|定金)[\u3400-\u9fff]")
_WORTH_NOT_BEFORE = re.compile(r"满|买|花|拍|下单|消费|充值|[付交]|优惠|立减|减|省|领|送|返|补贴|券")
_CONDITIONAL = re.compile(
    "满[0-9零一二两三四五六七八九十百千几]|第[二三两2-9][件份个单]|[两二三四五2-5][件份个]起?[打享]|券|会员|新人"
)

_NUMERAL = re.compile("[0-9零〇幺一二两俩三四五六七八九十百千万几壹贰貳叁參肆伍陆陸柒捌玖]")


CUE_KINDS = ("msrp", "venue", "own", "current", "off", "rise", "scarcity")
"""The kinds of cue word that govern an amount (the lexicon's ``price_cue_<kind>`` vocabularies)."""
_GRAMMAR = {"future": ("涨", "恢复", "翻倍", "翻番", "上调", "原价", "倍", "贵", "位数", "改回", "调回", "改价", "调价"),
            "half": ("半价", "对折"), "zhe": ("折",), "tail": ("上链接", "上车", "开抢")}


class PriceTalk:
    """Reads the price claims of a segment with the cue words of a lexicon (``cues``: a word
    list per kind of ``CUE_KINDS``, and ``limited`` for the limited-time words)."""

    def __init__(self, cues: Mapping[str, Sequence[str]]):
        table: dict[str, list[str]] = {}
        for kind, kind_words in {**{k: cues.get(k, ()) for k in (*CUE_KINDS, "limited")}, **_GRAMMAR}.items():
            for word in kind_words:
                if kind not in table.setdefault(word, []):
                    table[word].append(kind)
        self._automaton = ahocorasick.Automaton()
        for word, kinds in table.items():
            self._automaton.add_word(word, (word, tuple(kinds)))
        self._automaton.make_automaton()
        limited = sorted(cues.get("limited", ()), key=len, reverse=True)
        self._limited = re.compile("|".join(map(re.escape, limited))) if limited else None

    def _scan(self, text: str) -> tuple[list[tuple[int, int, str, str]], set[str]]:
        """Cue words found, as (start, end, kind, word) ordered so that at one end the longest
        comes last, and the set of kinds seen."""
        cues: list[tuple[int, int, str, str]] = []
        seen: set[str] = set()
        for last, (word, kinds) in self._automaton.iter(text):
            start = last + 1 - len(word)
            if word.isascii() and not _latin_bounded(text, start, last + 1):
                continue  # pdd in LPDDR5 is no platform
            seen.update(kinds)
            cues.extend((start, last + 1, kind, word) for kind in kinds if kind in CUE_KINDS)
        cues.sort(key=lambda cue: (cue[1], -cue[0]))
        return cues, seen

    def extract(self, text: str) -> list[Claim]:
        """The price claims in a segment's normalised text, left to right."""
        return _extract(text, *self._scan(text), self._limited)


def _latin_bounded(text: str, start: int, end: int) -> bool:
    """A Latin cue word must not be part of a longer run of letters or digits."""
    return not (start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()) and \
        not (end < len(text) and text[end].isascii() and text[end].isalnum())


def _clause_bounds(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in MARK_RE.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


class _Segment:
    """What the claims of one segment are read against, each part looked up in time that does
    not grow with the segment: its cue words (by end), its clauses (by start) and, per clause,
    whether it states a condition (满减, 第二件, 券...)."""

    def __init__(self, text: str, cues: list[tuple[int, int, str, str]]):
        self.text = text
        self.cues = cues
        self.cue_ends = [cue[1] for cue in cues]
        self.bounds = _clause_bounds(text)
        self.starts = [bound[0] for bound in self.bounds]
        self._conditional: dict[tuple[int, int], bool] = {}

    def clause_of(self, position: int) -> tuple[int, int]:
        """The clause holding ``position`` (a position at a clause's end belongs to it), else
        (0, 0) (inside a clause mark)."""
        index = bisect.bisect_right(self.starts, position) - 1
        if index >= 0 and self.bounds[index][0] <= position <= self.bounds[index][1]:
            return self.bounds[index]
        return 0, 0

    def conditional(self, clause: tuple[int, int]) -> bool:
        if clause not in self._conditional:
            self._conditional[clause] = bool(_CONDITIONAL.search(self.text[clause[0]:clause[1]]))
        return self._conditional[clause]

    def cues_ending(self, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
        """The cues that end from ``lo`` to ``hi`` (both included), in order."""
        return self.cues[bisect.bisect_left(self.cue_ends, lo):bisect.bisect_right(self.cue_ends, hi)]

    def chain_start(self, start: int) -> int:
        """Where a run of adjacent scarcity cues ending at ``start`` begins (仅剩最后 is one cue
        for the span)."""
        index = bisect.bisect_right(self.cue_ends, start) - 1
        while index >= 0 and self.cue_ends[index] >= start:
            cue_start, cue_end, kind, _ = self.cues[index]
            if kind == "scarcity" and cue_end == start:
                start = cue_start
            index -= 1
        return start


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


def _extract(text: str, cues: list[tuple[int, int, str, str]], seen: set[str],
             limited: re.Pattern[str] | None) -> list[Claim]:
    if not seen:
        return []
    segment = _Segment(text, cues)
    claims: list[Claim] = []
    amounts = find_amounts(text) if (cues or seen & {"zhe", "tail"}) and _NUMERAL.search(text) else []
    previous_end = 0
    for amount in amounts:
        clause = segment.clause_of(amount.start)
        claim = _amount_claim(segment, amount, max(clause[0], previous_end), clause)
        if claim is not None:
            claims.append(claim)
            previous_end = amount.end
    for match in _HALF_PRICE.finditer(text) if "half" in seen else ():
        if not segment.conditional(segment.clause_of(match.start())):
            claims.append(Claim("discount", match.start(), match.end(), match.group(), match.group(), None, 5.0, "rate"))
    states_an_end = None
    for match in limited.finditer(text) if limited is not None and "limited" in seen else ():
        if match.group() == "截止" and _CUTOFF.match(text, match.end()):
            continue  # 截止到九月底: the cut-off date of a statistic, not of an offer
        if states_an_end is None:
            states_an_end = bool(_END_RE.search(text))
        detail = "end" if states_an_end else "open"
        claims.append(Claim("limited", match.start(), match.end(), match.group(), match.group(), detail=detail))
    for match in _FUTURE_RE.finditer(text) if "future" in seen else ():
        verb = "verb" if match.group("verb") else "price_verb"
        gap = "gap" if match.group("verb") else "after_gap"
        if _NEGATED_VERB.search(text[match.start(gap):match.start(verb)]) or _ASKED.match(text, match.end()):
            continue
        if match.group(verb) in ("改回去", "调回去") and "价" not in text:
            continue  # 马上把地址改回去: only a price is put back
        rise = _RISE_VERB.search(match.group(verb)) or _RISE_AFTER.match(text, match.end())
        detail = "rise" if rise else "restore"
        claims.append(Claim("future", match.start(), match.end(), match.group(), match.group(verb), detail=detail))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _amount_claim(segment: _Segment, amount: Amount, earliest: int, clause: tuple[int, int]) -> Claim | None:
    """The claim an amount makes, from the cue that governs it (or what follows it)."""
    text = segment.text
    if text.startswith("折", amount.end) and not text.startswith(("折叠", "折扣", "折起"), amount.end):
        rate = _rate_in_zhe(amount.value)
        if rate is None or amount.percent or segment.conditional(clause):
            return None
        return Claim("discount", amount.start, amount.end + 1, text[amount.start:amount.end + 1], "折",
                     amount, rate, "rate")
    cue = None
    for start, end, kind, word in segment.cues_ending(amount.start - _LONGEST_GAP, amount.start):
        if start >= earliest and end <= amount.start and amount.start - end <= _MAX_GAP.get(kind, _DEFAULT_GAP):
            if cue is None or cue[1] not in ("venue", "own", "msrp") or word not in _WEAK_CURRENT:
                cue = (start, kind, word, end)
    if cue is None:
        said_in_yuan = bool(_MONEY_MARK.search(amount.text)) or text.startswith(("元", "块"), amount.end)
        if _is_money(amount, text) and (_AFTER_CURRENT.match(text, amount.end)
                                        or (said_in_yuan and _AFTER_LINK.match(text, amount.end))):
            return Claim("current", amount.start, amount.end, amount.text, "", amount, amount.value)
        worth = _WORTH_AFTER.match(text, amount.end)
        if said_in_yuan and worth and _is_money(amount, text) and not _WORTH_NOT_BEFORE.search(text, clause[0], amount.start):
            # 一万元的和田玉: what the goods are said to be worth, a comparison nobody can check
            return Claim("worth", amount.start, worth.end(), text[amount.start:worth.end()], "", amount, amount.value)
        return None
    start, kind, word, cue_end = cue
    if kind == "scarcity":
        counted = _GOODS_UNIT.match(text, amount.end)
        if amount.percent or not counted:
            return None
        if word.endswith(_NEEDS_COUNTED_END) and not _COUNTED_END.match(text, counted.end()):
            return None  # 只有两个颜色, 最后一个链接: a count of something else
        start = segment.chain_start(start)
        return Claim("scarcity", start, counted.end(), text[start:counted.end()], word, amount, amount.high)
    span_text = text[start:amount.end]
    if not _is_money(amount, text) or kind == "rise":
        return None
    if kind == "venue" and _OWN_VENUE.search(text, max(clause[0], start - 6), start):
        if _SAME_PRICE.search(text, cue_end, amount.start):
            return None  # 我们自己的实体店也是188: the same price, no comparison
        kind = "own"  # 我们自己的实体店卖三百: the seller's own price elsewhere, a reference price
    if kind in ("own", "msrp") and _DIFFERENCE.search(text, cue_end, amount.start):
        kind = "off"  # 比日常价省了一百: an amount off the reference, not the reference
    if kind == "off":
        if segment.conditional(clause):
            return None
        return Claim("discount", start, amount.end, span_text, word, amount, amount.value, "off")
    if kind in ("own", "msrp"):
        return Claim("reference", start, amount.end, span_text, word, amount, amount.value, kind)
    if kind == "venue":
        if _NOT_THEIR_PRICE.search(text, cue_end, amount.start):
            return None  # 全网最便宜1199 is the price here; 京东配送偏远地区补5元 is postage
        return Claim("comparison", start, amount.end, span_text, word, amount, amount.value, word)
    return Claim("current", start, amount.end, span_text, word, amount, amount.value)


# --- The transaction history --------------------------------------------------------------------


# --- Prices said of goods whatever the cue: for the checks of brands and materials ----------

_PRICE_BEFORE = re.compile(
    r"(?:只要|只卖|只需|才|仅|仅需|卖|价|今天|直播间|到手|给到|这里|这边|拿走|售价|现价|秒杀|一口价|特价|福利"
    rf"|[一每单](?:瓶|箱|盒|支|套|件|个|双|只|块|条|罐|袋|包)){GAP}{{0,3}}$"
)
_PRICE_AFTER = re.compile(r"^(?:包邮|一[双件个支瓶套条只块盒条]|拿走|到手|带走|秒杀)")
_NOT_PRICE_AFTER = re.compile(r"^(?::[0-9]|比[0-9一二三四五六七八九十]|毫安|mah|克|g|ml|毫升|寸|号|代|年|月|天|岁|米|厘米|cm|mm|斤|粒|片|层|度|倍|w|瓦|小时|分钟|秒|次|个月|周|人|位|款|色|码|%|折)")
_MONEY = re.compile(r"[元块¥钱]|rmb")
_RATIO_BEFORE = re.compile(r"[0-9一二三四五六七八九十][:比]$")
_CLAUSE_BEFORE = re.compile(rf"(?:^|{MARK})$")
_CLAUSE_AFTER = re.compile(rf"(?:{MARK}|$)")
# What a price the goods are said to be worth elsewhere is introduced by: the counter, the
# scanned or official price (not 专柜同款 or 专柜正品, which say what the goods are).
REFERENCE_BEFORE = re.compile(r"专柜(?!同款|正品|品质|验货|同步|有售|在售|可查)|柜台|扫码价|官方价|官网价|官方指导价|官方售价|指导价|吊牌价|市场价|市场零售价")
# How many units a price buys: 6瓶装, 一箱六瓶, 两瓶.
_PACK = re.compile(r"(?P<n>[0-9]+|[两二三四五六七八九十]+)(?:瓶|盒|支|罐|袋|包|件|条|双|只)装"
                   r"|一(?:箱|套|组|提|盒)(?P<m>[0-9]+|[两二三四五六七八九十]+)(?:瓶|盒|支|罐|袋|包|件|条|双|只)")


def said_prices(text: str, amounts: list[Amount], pauses: frozenset[int] = frozenset()) -> list[Amount]:
    """Amounts said as prices: with a money unit, a price cue (今天只要, 一瓶), or standing as a
    clause alone; not measures (两万毫安), model numbers or ratios (1:1). With ``pauses`` (the
    positions where a transcript's original text had white space), an amount between two pauses
    stands alone too (正品手提包 一百一 包邮), unless it counts something (3 个颜色), is a year or
    follows a Latin model name (iPhone 15)."""
    prices = []
    for amount in amounts:
        if amount.percent or amount.value <= 0:
            continue
        after = text[amount.end : amount.end + 4]
        before = text[max(0, amount.start - 8) : amount.start]
        if _NOT_PRICE_AFTER.match(after) or _RATIO_BEFORE.search(before):
            continue
        alone = _CLAUSE_BEFORE.search(before) and _CLAUSE_AFTER.match(after)
        if not alone and pauses:
            alone = ((amount.start in pauses or _CLAUSE_BEFORE.search(before))
                     and (amount.end in pauses or _CLAUSE_AFTER.match(after))
                     and not _COUNTED_AFTER.match(after)
                     and not (amount.text[:1].isdigit() and _MODEL_BEFORE.search(before))
                     and not _YEAR.fullmatch(amount.text))
        if _MONEY.search(amount.text) or _PRICE_BEFORE.search(before) or _PRICE_AFTER.match(after) or alone:
            prices.append(amount)
    return prices


# An amount alone between pauses that is not a price: a count of something, a model number.
_COUNTED_AFTER = re.compile(r"^(?:个|件|种|只|双|条|套|瓶|支|盒|包|袋|罐|颗|粒|片|张|台|部|家|楼|层|位|人|斤|升|[a-z])")
_MODEL_BEFORE = re.compile(r"[a-z0-9]$")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def is_reference_price(text: str, amount: Amount) -> bool:
    """An amount said as what the goods cost elsewhere (专柜卖三万多, 柜台价一万二, 扫码价299)."""
    clause_start = max((m.end() for m in MARK_RE.finditer(text, 0, amount.start)), default=0)
    return bool(REFERENCE_BEFORE.search(text, max(clause_start, amount.start - 8), amount.start))


def pack_count(text: str, amount: Amount) -> int:
    """How many units the price buys when a pack is said next to it (499元…6瓶装的整箱), else 1."""
    window = text[max(0, amount.start - 16) : amount.end + 20]
    found = _PACK.search(window)
    if found is None:
        return 1
    value = parse_amount(found.group("n") or found.group("m"))
    return int(value) if value and value.is_integer() and 2 <= value <= 100 else 1
