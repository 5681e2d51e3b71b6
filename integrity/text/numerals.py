"""Numbers and prices as streamers say them.

``find_amounts`` returns every number expression in a sentence, left to right and
non-overlapping, with spans into the original string; ``parse_amount`` reads a string that is a
single expression. Each result carries a best single ``value`` and ``low``/``high`` bounds:

* exact amounts: ``399``, ``19.9``, ``1,299``, ``¥399``, ``399元``, full-width ``５９９``,
  Chinese numerals with 两/俩/零/〇/幺, elided tails (一百二 = 120, 一万二 = 12000),
  digit-by-digit readings (一九九 = 199), mixed forms (1.9万, 3万5, 2千, 一点五万) and money
  forms (九块九 = 9.9, 九十九块九毛 = 99.9, 三块五毛钱 = 3.5, 五毛 = 0.5, 三毛五 = 0.35).
  Unit words (元/块/毛/角/钱/¥/%) that belong to the amount are inside the span.
* approximate amounts (``approx`` is True, ``value`` is the low bound, except after 左右):
  三百多 = 300..400, 十多万 = 100000..200000, 三块多 = 3..4, 十来块 = 10..20,
  几百 = 100..999, 十几 = 11..19, 几十万 = 100000..990000, 四五千 = 4000..5000,
  十七八 = 17..18, 三位数 = 100..999, 四位数 = 1000..9999, and ranges written with
  到/至/-/~ between two exact amounts (100到200, 99-199). ``左右``/``上下`` after an amount
  keep the stated number as ``value`` and widen the bounds by 10 % each way (三百左右 =
  300 in 270..330).
* percentages (百分之七十, 百分百, 70%) set ``percent``; discounts (打三折, 1.65折) are plain
  numbers and the caller reads the context.

A number above ``LARGEST`` (10^15) is no amount: nothing sold, counted or priced in a
livestream comes near it, and larger values (309 nines, 亿亿亿…) would overflow what
detectors compute from them. Such an expression is read and skipped, never returned.

Words where a numeral is not a quantity (一下, 一起, 一点点, 十分便宜, 千万别, 统一, 零头, 零食
and the like) yield nothing. Measure words do not stop a match (一号链接 gives 1) but they do
stop a 毛 digit, or an elided 一/两, from gluing onto the next number: 一百块一件 and 一百一件
are 100 then 1, 十块两个 is 10 then 2, while 一千六单 is 1600.

A character-class search jumps to where a number can start, one compiled regex reads the
expression there, cn2an converts the plain Chinese numerals in it (cached), and the code here
handles the colloquial shapes around them.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import cn2an


LARGEST = 1e15
"""The largest value an amount may have (a thousand trillion); larger numbers are skipped."""


@dataclass(frozen=True, slots=True)
class Amount:
    """One number expression found in a text.

    ``start``/``end`` index the string given to ``find_amounts`` and ``text`` is that slice.
    ``value`` is the best single reading (the low bound of a range or approximation), ``low`` and
    ``high`` bound it, ``approx`` marks 多/几/来/左右/ranges/N位数, ``percent`` marks 百分之/%.
    """

    start: int
    end: int
    value: float
    low: float
    high: float
    approx: bool
    text: str
    percent: bool = False


# Spellings cn2an does not read.
_CN2AN_SPELLING = str.maketrans("俩〇", "两零")
# One-to-one character folding, so offsets in the folded copy are offsets in the original.
_FOLD = str.maketrans("０１２３４５６７８９．％￥～－〜", "0123456789.%¥~-~")
_NEEDS_FOLD_RE = re.compile("[０-９．％￥～－〜]")
# The formal numerals of prices and receipts (贰佰玖拾玖), folded one to one as well; only in runs
# of two or more that hold a digit, so that 收拾, 队伍 and 大陆 stay words.
_FORMAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億", "一二二三三四五六六七八九十百千万亿")
_FORMAL_RUN_RE = re.compile("(?=[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]{2})[零拾佰仟萬億]*[壹贰貳叁參肆伍陆陸柒捌玖][零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]*")

_DIGIT_VALUES = {
    "零": 0, "〇": 0, "幺": 1, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    **{str(d): d for d in range(10)},
}
_MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_RANGE_SEPARATORS = frozenset("到至-~—～－〜")

# Measure words, and words that follow a 一 that is not a quantity (一起, 一下, 一共). A 毛
# digit after 块 before one of these starts a new number (十块两个 is 十块 + 两个, 十块一斤 is
# 十块 + 一斤); so does an elided 一/两 (一百一件 is 一百 + 一件, 一百两件 is 一百 + 两件),
# while other elided digits stay elided (一千六单 is 1600, 两百七克 is 270).
_MEASURE = "(?:[件个盒瓶支套袋份条双片罐单箱只张台杯组桶提种款样斤克米天年月周岁号次人位]|包(?!邮))"
_ONE_WORDS = "[起下定直样般切些共边旦律致向再]"

_D = "[一二两俩三四五六七八九幺]"
_Z = "[零〇]"
_SEQ_DIGIT = "[零〇幺一二三四五六七八九]"
_ELIDED = f"(?:[二三四五六七八九幺]|[一两俩](?!{_MEASURE}|{_ONE_WORDS}))"
_HUNDRED_TAIL = f"(?:{_D}十{_D}?|{_Z}{_D}|{_ELIDED})"
_THOUSAND_TAIL = f"(?:{_D}百{_HUNDRED_TAIL}?|{_Z}(?:十{_D}?|{_D}(?:十{_D}?)?)|{_ELIDED})"
_FULL_SECTION = f"(?:十{_D}?|{_D}(?:千{_THOUSAND_TAIL}?|百{_HUNDRED_TAIL}?|十{_D}?))"
_SECTION = f"(?:{_FULL_SECTION}|{_D})"
_WAN_TAIL = f"(?:{_Z}{_SECTION}|{_FULL_SECTION}|{_ELIDED})"
_CN_INT = (
    f"(?:{_SECTION}(?:万{_WAN_TAIL}?)?"
    f"(?:亿(?:{_Z}?{_SECTION}万{_WAN_TAIL}?|{_Z}?{_FULL_SECTION}|{_Z}{_D}|{_ELIDED})?)?"
    f"|{_Z})"
)
_CN_NUM = f"{_CN_INT}(?:点{_SEQ_DIGIT}+[万亿]?)?"
_PREFIX = f"{_CN_INT}(?<=[十百千万亿])"
_ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?"
_CENTS_DIGIT = (
    f"(?:[二两俩三四五六七八九幺0-9]|一(?!{_ONE_WORDS}))(?!{_MEASURE}|[十百千万亿块元])"
)

_SKIP = (
    "(?P<skip>一(?:下|起|定|直|样|般|切|些|共|边|旦|律|致|向|再|口气|会|流|块儿|模一样"
    "|点(?![零〇幺一二两三四五六七八九0-9]))"
    "|统一|唯一|万一|十分(?!钟)|零(?:头|食|售|钱|件|碎|星|散|花|用|部件))"
)
_PLACES = "(?P<places>[一二两三四五六七八九十]|[1-9][0-9]?)位数"
_PERCENT = f"百分之(?P<pct_num>{_CN_NUM}|{_ARABIC}|百)|(?P<pct_full>百分百)"
_NUMERAL_CHARS = "[零〇幺一二两俩三四五六七八九十百千万亿]"
# The lookaheads at the head of _HEAD_JI and _HEAD_PAIR are cheap filters that spare the full
# prefix grammar on the common case of a number with no 几 and no adjacent digit pair.
_HEAD_JI = (
    f"(?={_NUMERAL_CHARS}*几)"
    f"(?:(?P<ji_prefix>{_PREFIX})几|几(?=[十百千万亿块元毛角]))(?P<ji_units>[十百千万亿]*)"
)
_HEAD_PAIR = (
    f"(?={_NUMERAL_CHARS}*?[一两二三四五六七八][二两三四五六七八九])"
    f"(?P<pair_prefix>{_PREFIX})?"
    "(?P<pair>一两|两三|二三|三四|四五|五六|六七|七八|八九|三五|(?<=十)一二)"
    "(?P<pair_units>[十百千万亿]*)(?![零〇幺一二两俩三四五六七八九点])"
)
_HEAD_SEQ = f"(?P<seq>{_SEQ_DIGIT}{{2,}}+)(?![十百千万亿点两俩])"
_HEAD_NUM = (
    f"(?:(?P<ar>{_ARABIC})(?:(?P<ar_mul>[十百千]?[万亿]|[百千])"
    "(?P<ar_elided>[0-9](?![0-9.]))?)?"
    f"|(?P<cn>{_CN_NUM}))"
    "(?:(?P<more>多|(?<=[十百千万亿0])来(?=[万千亿块元个件斤天年岁米]))(?P<more_mul>[万亿])?)?"
)
_TAIL = (
    "(?:[ ]?(?P<yuan>[块元])(?:(?P<yuan_more>多)"
    f"|(?:零(?={_D}[毛角]))?(?P<jiao>{_CENTS_DIGIT})"
    f"(?:[毛角](?:(?P<fen>{_CENTS_DIGIT})分?)?)?"
    f"|零(?P<zero_fen>{_CENTS_DIGIT})分?)?钱?"
    f"|(?P<mao>[毛角])(?:(?P<mao_fen>{_CENTS_DIGIT})分?)?钱?"
    "|(?P<pct_sign>[ ]?%))?"
    "(?P<around>左右|上下)?"
)
_GENERAL = f"(?:[¥$][ ]?)?(?:{_HEAD_JI}|{_HEAD_PAIR}|{_HEAD_SEQ}|{_HEAD_NUM}){_TAIL}"

_AMOUNT_RE = re.compile(f"{_SKIP}|{_PLACES}|{_PERCENT}|{_GENERAL}")
# Characters a match can start with. Searching for these first lets the scan skip ordinary text
# at C speed; the full pattern is tried only where one occurs.
_START_RE = re.compile("[0-9¥$零〇幺一二两俩三四五六七八九十几百统唯万]")


@lru_cache(maxsize=8192)
def _cn_value(numeral: str) -> float | None:
    """Value of a plain Chinese numeral (integer or decimal, optional trailing 万/亿).

    cn2an reads most forms; an elided digit next to 万/亿 that it rejects (一百二万, 一亿二) is
    split at that unit here.
    """
    multiplier = 1
    if "点" in numeral and numeral[-1] in "万亿":
        multiplier = _MAGNITUDES[numeral[-1]]
        numeral = numeral[:-1]
    try:
        return float(cn2an.cn2an(numeral.translate(_CN2AN_SPELLING), "normal")) * multiplier
    except OverflowError:
        return None
    except (ValueError, KeyError):
        pass
    cut = max(numeral.rfind("万"), numeral.rfind("亿"))
    if cut <= 0:
        return None
    magnitude = _MAGNITUDES[numeral[cut]]
    head, tail = _cn_value(numeral[:cut]), numeral[cut + 1 :]
    if head is None:
        return None
    if len(tail) == 1 and tail in _DIGIT_VALUES:
        return (head * magnitude + _DIGIT_VALUES[tail] * magnitude / 10) * multiplier
    tail_value = _cn_value(tail) if tail else 0.0
    return None if tail_value is None else (head * magnitude + tail_value) * multiplier


def _step(value: float) -> float:
    """Place value of the last significant digit: 300 -> 100, 120 -> 10, 9.9 -> 0.1."""
    if value == 0:
        return 1.0
    if value.is_integer():
        n = int(value)
        return float(10 ** (len(str(n)) - len(str(n).rstrip("0"))))
    decimals = len(repr(value).partition(".")[2])
    return 10.0**-decimals


def _place_and_multiplier(prefix: str | None, units: str) -> tuple[float, float]:
    """Place value of the vague digit after ``prefix`` and the multiplier that follows it.

    十几 -> (1, 1), 几十万 -> (10, 10000), 一百几十 -> (10, 1), 三千七八 -> (100, 1).
    """
    last = _MAGNITUDES[prefix[-1]] if prefix else None
    if not units:
        return (last // 10 if last else 1), 1
    first = _MAGNITUDES[units[0]]
    if last is None or first < last:
        place, rest = first, units[1:]
    else:
        place, rest = last // 10, units
    return place, math.prod(_MAGNITUDES[u] for u in rest)


def _head_bounds(m: re.Match[str]) -> tuple[float, float, bool] | None:
    """Low, high and approx flag of the number before any unit word."""
    if m["ji_units"] is not None:
        prefix = m["ji_prefix"]
        base = _cn_value(prefix) if prefix else 0.0
        if base is None:
            return None
        place, mult = _place_and_multiplier(prefix, m["ji_units"])
        return (base + place) * mult, (base + 10 * place - 1) * mult, True
    if m["pair"] is not None:
        prefix = m["pair_prefix"]
        base = _cn_value(prefix) if prefix else 0.0
        if base is None:
            return None
        place, mult = _place_and_multiplier(prefix, m["pair_units"])
        a, b = (_DIGIT_VALUES[c] for c in m["pair"])
        return (base + a * place) * mult, (base + b * place) * mult, True
    if m["seq"] is not None:
        value = _cn_value(m["seq"])
        return None if value is None else (value, value, False)
    if m["ar"] is not None:
        value = float(m["ar"].replace(",", ""))
        if m["ar_mul"]:
            mult = math.prod(_MAGNITUDES[c] for c in m["ar_mul"])
            value *= mult
            if m["ar_elided"]:
                value += int(m["ar_elided"]) * mult / 10
    else:
        value = _cn_value(m["cn"])
        if value is None:
            return None
    if not m["more"]:
        return value, value, False
    mult = _MAGNITUDES[m["more_mul"]] if m["more_mul"] else 1
    return value * mult, (value + _step(value)) * mult, True


def _percent_value(number: str | None) -> float | None:
    """Value after 百分之 (None for 百分百)."""
    if number is None or number == "百":
        return 100.0
    if number[0].isdigit():
        return float(number.replace(",", ""))
    return _cn_value(number)


def _build(m: re.Match[str], text: str) -> Amount | None:
    """Turn one regex match into an Amount, or None for a skipped word or unreadable numeral."""
    start, end = m.span()
    if m["skip"] is not None:
        return None
    if m["places"] is not None:
        digits = m["places"]
        n = int(digits) if digits.isdigit() else _DIGIT_VALUES.get(digits, 10)
        low = float(10 ** (n - 1))
        return Amount(start, end, low, low, float(10**n - 1), True, text[start:end])
    if m["pct_full"] is not None or m["pct_num"] is not None:
        percent = _percent_value(m["pct_num"])
        if percent is None:
            return None
        return Amount(start, end, percent, percent, percent, False, text[start:end], True)

    head = _head_bounds(m)
    if head is None:
        return None
    low, high, approx = head
    if m["yuan"] is not None:
        if m["yuan_more"]:
            high += 1
            approx = True
        cents = 10 * _DIGIT_VALUES[m["jiao"]] if m["jiao"] else 0
        cents += _DIGIT_VALUES[m["fen"] or m["zero_fen"] or "0"]
        low, high = low + cents / 100, high + cents / 100
    elif m["mao"] is not None:
        cents = _DIGIT_VALUES[m["mao_fen"]] if m["mao_fen"] else 0
        low, high = low / 10 + cents / 100, high / 10 + cents / 100
    value = low
    if m["around"]:
        low, high, approx = low * 0.9, high * 1.1, True
    return Amount(
        start,
        end,
        round(value, 6),
        round(low, 6),
        round(high, 6),
        approx,
        text[start:end],
        m["pct_sign"] is not None,
    )


def _bounded(m: re.Match[str], text: str) -> Amount | None:
    """``_build``, or None for a number too large to be an amount (see ``LARGEST``)."""
    try:
        amount = _build(m, text)
    except OverflowError:
        return None
    if amount is None or not (-LARGEST <= amount.low <= amount.high <= LARGEST):
        return None
    return amount


def _merge_ranges(amounts: list[Amount], text: str) -> list[Amount]:
    """Join exact amounts separated only by 到/至/-/~ into one range (100到200, 99-199)."""
    merged: list[Amount] = []
    for amount in amounts:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and not prev.approx
            and not amount.approx
            and prev.percent == amount.percent
            and prev.value < amount.value
            and text[prev.end : amount.start].strip() in _RANGE_SEPARATORS
        ):
            merged[-1] = Amount(
                prev.start,
                amount.end,
                prev.value,
                prev.value,
                amount.value,
                True,
                text[prev.start : amount.end],
                prev.percent,
            )
        else:
            merged.append(amount)
    return merged


def find_amounts(text: str) -> list[Amount]:
    """Every number expression in ``text``, left to right, non-overlapping."""
    folded = text.translate(_FOLD) if _NEEDS_FOLD_RE.search(text) else text
    if _FORMAL_RUN_RE.search(folded):
        folded = _FORMAL_RUN_RE.sub(lambda run: run.group().translate(_FORMAL), folded)
    amounts: list[Amount] = []
    pos = 0
    while (candidate := _START_RE.search(folded, pos)) is not None:
        start = candidate.start()
        m = _AMOUNT_RE.match(folded, start)
        if m is None:
            pos = start + 1
            continue
        pos = m.end()
        if (amount := _bounded(m, text)) is not None:
            amounts.append(amount)
    return _merge_ranges(amounts, text) if len(amounts) > 1 else amounts


def parse_amount(text: str) -> float | None:
    """Value of ``text`` if the whole string (ignoring outer spaces) is one number expression."""
    stripped = text.strip()
    amounts = find_amounts(stripped)
    if len(amounts) == 1 and amounts[0].start == 0 and amounts[0].end == len(stripped):
        return amounts[0].value
    return None
