"""The listing a segment is about, and what its transaction history says.

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
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Sequence

from rapidfuzz import fuzz, process

from integrity.read.model import Listing
from integrity.text.normalize import BASE, Normalizer
from integrity.text.numerals import parse_amount
from integrity.text.price_talk import CENT, Claim
from integrity.text.text import words as jieba_words

WINDOW_DAYS = 7


HELD_LOOKBACK_DAYS = 30


HELD_MIN_DAYS = 14


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
def _title_words(title: str, normalizer: Normalizer) -> tuple[str, ...]:
    """Words of a title that may name it in speech: its chunks, their jieba words and bigrams."""
    words: set[str] = set()
    for chunk in normalizer.fold(title).split():
        chunk = normalizer.term(chunk)
        words.add(chunk)
        words.update(jieba_words(chunk))
        words.update(chunk[i:i + 2] for i in range(len(chunk) - 1) if _HAN.match(chunk[i + 1]) or _HAN.match(chunk[i]))
    return tuple(sorted(
        w for w in words
        if len(w) >= 2 and not w[0].isdigit() and w not in _GENERIC
    ))


def _near(key: str, text: str, windows: dict[int, list[str]]) -> bool:
    """Whether the text holds the key with one character dropped, added or changed (跑鞋 for
    跑步鞋): rapidfuzz's ratio against the text's windows one shorter, as long and one longer."""
    # The ratio is 200 x the characters two strings share in order / their total length, so no
    # window reaches the cut-off unless the text holds enough of the key's characters at all.
    shared = sum(min(count, text.count(char)) for char, count in Counter(key).items())
    if 200 * shared < FUZZY_CUTOFF * (2 * len(key) - 1):
        return False
    for length in (len(key) - 1, len(key), len(key) + 1):
        if length not in windows:
            windows[length] = [text[i:i + length] for i in range(len(text) - length + 1)]
        if windows[length] and process.extractOne(key, windows[length], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF):
            return True
    return False


class Catalogue:
    """The listings of one session, ready to be named in speech."""

    def __init__(self, listings: Sequence[Listing], normalizer: Normalizer = BASE):
        self.listings = tuple(listings)
        self.normalizer = normalizer

    @cached_property
    def _keys(self) -> list[tuple[str, ...]]:
        """Per listing, its title words that no other listing's title contains."""
        titles = [self.normalizer.term(listing.title) for listing in self.listings]
        keys = []
        for index, listing in enumerate(self.listings):
            others = [t for i, t in enumerate(titles) if i != index]
            keys.append(tuple(w for w in _title_words(listing.title, self.normalizer) if not any(w in t for t in others)))
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
    return days_before(date, WINDOW_DAYS), days_before(date, 1)


def days_before(date: _dt.date, days: int) -> _dt.date:
    """``date - days``, or the first day of the calendar when that is before it (year 1)."""
    if date.toordinal() <= days:
        return _dt.date.min
    return date - _dt.timedelta(days=days)


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
    start = days_before(date, HELD_LOOKBACK_DAYS)
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
