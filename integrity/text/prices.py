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

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Sequence

import ahocorasick
import jieba
from rapidfuzz import fuzz, process

from integrity.read.model import Listing
from integrity.text.normalize import fold, normalize_term
from integrity.text.numerals import Amount, find_amounts, parse_amount

WINDOW_DAYS = 7
HELD_LOOKBACK_DAYS = 30
HELD_MIN_DAYS = 14
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
    r"(?P<gap>[^,.!?;:，。！？、；：]{0,6}?)"
    "(?P<verb>涨价|涨|翻倍|翻番|上调|恢复原价|恢复|回到原价|回原价|就是原价|原价回来|回到[两三四五]位数|"
    "[0-9两二三四五六七八九十几]+倍|贵(?:了|一倍|一大截|很多|不少|好多|一半))"
    r"|(?P<after>之后|以后)(?P<after_gap>[^,.!?;:，。！？、；：]{0,6}?)"
    r"(?P<price_verb>涨价|恢复原价|回到原价|回原价|恢复|只会涨|只会越来越贵|越来越贵|价格?[^,.!?;:，。！？、；：]{0,2}?(?:翻倍|翻番|上调|涨)))"
)
_RISE_VERB = re.compile("涨|翻倍|翻番|上调|贵|倍|位数")
# 明天就是原价的两倍: a return to a price said to be a multiple of today's is a rise.
_RISE_AFTER = re.compile(r"[^,.!?;:，。！？、；：]{0,4}?(?:[0-9两二三四五六七八九十几]+倍|贵)")
_NEGATED_VERB = re.compile("(?:不|不会|没|没有|别|不再)$")
_CUTOFF = re.compile(r"(?:到|至)?[^,.!?;:，。！？、；：]{0,6}?(?:底|末|为止)")
_HALF_PRICE = re.compile("半价|对折")
_CLAUSE_PUNCT = re.compile(r"[,.!?;:，。！？、；：]")

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
_COUNTED_END = re.compile(r"(?:名额|席位|坑位|货)?(?:了|啦|啊|呀|喽|咯|哦|$|\s|[,.!?;:，。！？、；：]|手慢无|抢完|卖完|拍完)")
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
    for match in _CLAUSE_PUNCT.finditer(text):
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


# --- Which listing a segment is about -----------------------------------------------------------

_ORDINAL_NUMBER = "(?:[0-9]+|[一二两三四五六七八九十]+)"
# 一号链接, 第二个链接, and lists of them (一号二号链接, 1号和3号链接).
_ORDINAL_RE = re.compile(
    f"(?:第{_ORDINAL_NUMBER}个?|(?:{_ORDINAL_NUMBER}号[、,，和跟与及]?)+)(?:链接|宝贝|商品|产品)"
)
_ORDINAL_NUMBER_RE = re.compile(_ORDINAL_NUMBER)
# Title words too common to tell one listing from another.
_GENERIC = frozenset(
    "同款 男女 男款 女款 新款 经典 款式 礼盒 套装 夏季 春季 秋季 冬季 秋冬 春夏 加厚 大容量 进口 正品 官方 旗舰 包邮 "
    "家用 专用 通用 整箱 礼物 送礼 系列 组合 超大 大号 小号 中号 升级 升级版 版本 高端 宽松 透气 平替 大牌".split()
)
_HAN = re.compile(r"[\u3400-\u9fff]")
FUZZY_CUTOFF = 80


@dataclass(frozen=True)
class Link:
    """The listing a segment is about, how it was found, or the candidates when unsure."""

    listing: Listing | None
    how: str
    candidates: tuple[Listing, ...] = ()

    @property
    def targets(self) -> tuple[Listing, ...]:
        return (self.listing,) if self.listing is not None else self.candidates


@lru_cache(maxsize=4096)
def _title_words(title: str) -> tuple[str, ...]:
    """Words of a title that may name it in speech: its chunks, their jieba words and bigrams."""
    words: set[str] = set()
    for chunk in fold(title).split():
        chunk = normalize_term(chunk)
        words.add(chunk)
        words.update(jieba.lcut(chunk, HMM=False))
        words.update(chunk[i:i + 2] for i in range(len(chunk) - 1) if _HAN.match(chunk[i + 1]) or _HAN.match(chunk[i]))
    return tuple(sorted(
        w for w in words
        if len(w) >= 2 and not w[0].isdigit() and w not in _GENERIC
    ))


def _near(key: str, text: str, windows: dict[int, list[str]]) -> bool:
    """Whether the text holds the key with one character dropped, added or changed (跑鞋 for
    跑步鞋): rapidfuzz's ratio against the text's windows one shorter, as long and one longer."""
    for length in (len(key) - 1, len(key), len(key) + 1):
        if length not in windows:
            windows[length] = [text[i:i + length] for i in range(len(text) - length + 1)]
        if windows[length] and process.extractOne(key, windows[length], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF):
            return True
    return False


class Catalogue:
    """The listings of one session, ready to be named in speech."""

    def __init__(self, listings: Sequence[Listing]):
        self.listings = tuple(listings)

    @cached_property
    def _keys(self) -> list[tuple[str, ...]]:
        """Per listing, its title words that no other listing's title contains."""
        titles = [normalize_term(listing.title) for listing in self.listings]
        keys = []
        for index, listing in enumerate(self.listings):
            others = [t for i, t in enumerate(titles) if i != index]
            keys.append(tuple(w for w in _title_words(listing.title) if not any(w in t for t in others)))
        return keys

    def link(self, text: str, claims: Sequence[Claim]) -> Link:
        if not self.listings:
            return Link(None, "none")
        by_ordinal = self._by_ordinal(text)
        if by_ordinal is not None:
            return Link(by_ordinal, "ordinal")
        if len(self.listings) == 1:
            return Link(self.listings[0], "only")
        named = self._by_title(text)
        if len(named) == 1:
            return Link(named[0], "title")
        pool = named or self.listings
        priced = self._by_price(claims, pool)
        if len(priced) == 1:
            return Link(priced[0], "price")
        return Link(None, "ambiguous", tuple(pool))

    def _by_ordinal(self, text: str) -> Listing | None:
        numbers = set()
        for match in _ORDINAL_RE.finditer(text):
            for number in _ORDINAL_NUMBER_RE.findall(match.group()):
                value = parse_amount(number)
                if value is not None and value.is_integer():
                    numbers.add(int(value))
        if len(numbers) == 1:
            (number,) = numbers
            if 1 <= number <= len(self.listings):
                return self.listings[number - 1]
        return None

    def _by_title(self, text: str) -> list[Listing]:
        """The listings whose title the text names best (more than one on a tie)."""
        scores = [max((len(w) for w in keys if w in text), default=0) for keys in self._keys]
        if not any(scores):
            windows: dict[int, list[str]] = {}
            for index, keys in enumerate(self._keys):
                for key in keys:
                    if len(key) >= 3 and _near(key, text, windows):
                        scores[index] = max(scores[index], len(key) - 1)
        best = max(scores)
        return [listing for listing, score in zip(self.listings, scores) if best and score == best]

    @staticmethod
    def _by_price(claims: Sequence[Claim], pool: Sequence[Listing]) -> list[Listing]:
        """Listings whose price is a current price said, or whose list price a reference or
        comparison price said."""
        said = [(c.kind, c.value) for c in claims if c.exact and c.kind in ("current", "reference", "comparison")]
        matches = []
        for listing in pool:
            for kind, value in said:
                own = listing.price if kind == "current" else listing.list_price
                if own is not None and value is not None and abs(own - value) < CENT:
                    matches.append(listing)
                    break
        return matches


# --- The transaction history --------------------------------------------------------------------


@dataclass(frozen=True)
class Floor:
    """The lowest price a reference price may state, and where it comes from."""

    price: float
    sale_date: _dt.date
    window: tuple[_dt.date, _dt.date]
    in_window: bool

    def describe(self) -> str:
        """开播前7日（11-13至11-19）最低成交价129元, or the last sale before the window."""
        start, end = (f"{d:%m-%d}" for d in self.window)
        if self.in_window:
            return f"开播前{WINDOW_DAYS}日（{start}至{end}）最低成交价{money(self.price)}元"
        return (f"开播前最后一次成交价{money(self.price)}元（{self.sale_date:%m-%d}；"
                f"开播前{WINDOW_DAYS}日{start}至{end}无成交）")


def window(date: _dt.date) -> tuple[_dt.date, _dt.date]:
    """The 7 days before the session: ``date - 7`` to ``date - 1``, both included."""
    return date - _dt.timedelta(days=WINDOW_DAYS), date - _dt.timedelta(days=1)


def reference_floor(listing: Listing, date: _dt.date) -> Floor | None:
    """The lowest sale in the 7 days before ``date``, else the last sale before them, else None."""
    start, end = window(date)
    inside = [p for p in listing.price_history if start <= p.date <= end]
    if inside:
        lowest = min(inside, key=lambda p: (p.price, p.date))
        return Floor(lowest.price, lowest.date, (start, end), True)
    before = [p for p in listing.price_history if p.date < start]
    if before:
        last = max(before, key=lambda p: p.date)
        return Floor(last.price, last.date, (start, end), False)
    return None


@dataclass(frozen=True)
class Held:
    """Sales showing that a price had held for weeks before the session."""

    price: float
    first: _dt.date
    last: _dt.date
    sales: int
    highest: float

    def describe(self, date: _dt.date) -> str:
        return (f"开播前{HELD_LOOKBACK_DAYS}日内{self.sales}次成交（{self.first:%m-%d}至{self.last:%m-%d}）"
                f"最高{money(self.highest)}元，不高于现价{money(self.price)}元，该价已维持至少{(date - self.first).days}天")


def held_price(listing: Listing, date: _dt.date, price: float) -> Held | None:
    """Held when every sale of the 30 days before ``date`` was at or below ``price`` and the
    first of them (at least two) was 14 or more days before the session."""
    start = date - _dt.timedelta(days=HELD_LOOKBACK_DAYS)
    sales = sorted((p for p in listing.price_history if start <= p.date < date), key=lambda p: p.date)
    if len(sales) < 2 or (date - sales[0].date).days < HELD_MIN_DAYS:
        return None
    highest = max(p.price for p in sales)
    if highest > price + CENT:
        return None
    return Held(price, sales[0].date, sales[-1].date, len(sales), highest)


def money(value: float) -> str:
    """129.0 -> "129", 19.9 -> "19.9"."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
