"""Tests for the price claims (integrity.text.price_talk) and the price rules (PRC001-PRC012)."""
from __future__ import annotations

import datetime as dt

import pytest

from integrity.detect import families
from integrity.detect.price.listings import Catalogue, held_price, reference_floor
from integrity.read.documents import session_from_dict
from integrity.read.model import Listing, PricePoint
from integrity.text import price_talk
from integrity.text.normalize import normalize

PRICE_TALK = families.load_lexicon().price_talk
extract_claims = PRICE_TALK.extract

DATE = dt.date(2026, 11, 20)


def _claims(text: str):
    return extract_claims(normalize(text).text)


def _history(*points: tuple[str, float]) -> tuple[PricePoint, ...]:
    return tuple(PricePoint(dt.date.fromisoformat(d), p) for d, p in points)


# --- Claims, one table per kind --------------------------------------------------------------

CLAIMS = [
    # reference: own prices and the maker's suggested retail price
    ("原价三百九十九，现在一百九十九", "reference", 399, "own"),
    ("这双靴子划线价是五百二", "reference", 520, "own"),
    ("店里日常价六十九块九", "reference", 69.9, "own"),
    ("平时卖一百二十九的", "reference", 129, "own"),
    ("吊牌价１２９９", "reference", 1299, "own"),
    ("我们这款原来卖两百三十九元", "reference", 239, "own"),
    ("页面上划掉的那个一百一十九是原价", "reference", 119, "own"),
    ("平常都是卖一百五十九的", "reference", 159, "own"),
    ("厂商建议零售价两千八，今天一千九", "reference", 2800, "msrp"),
    ("建议零售价599", "reference", 599, "msrp"),
    # current price
    ("现在下单只要六十九", "current", 69, ""),
    ("到手价是一百零九", "current", 109, ""),
    ("限时特价四十九", "current", 49, ""),
    ("我们这里三百二十九", "current", 329, ""),
    ("两件一起八十八元到手", "current", 88, ""),
    ("三罐才十九块九", "current", 19.9, ""),
    # discount: a rate in 折, or an amount off
    ("今天打三折", "discount", 3, "rate"),
    ("全场七五折", "discount", 7.5, "rate"),
    ("这个只要1.65折", "discount", 1.65, "rate"),
    ("第一件就是半价", "discount", 5, "rate"),
    ("下单立减五十元", "discount", 50, "off"),
    # comparison with another venue
    ("商场卖四千多", "comparison", 4000, "商场卖"),
    ("专柜价一千二", "comparison", 1200, "专柜价"),
    ("超市一桶都要六十多", "comparison", 60, "超市"),
    ("比专柜便宜了四百多", "comparison", 400, "专柜"),
    ("实体店里二号链接的手表要一万多", "comparison", 10000, "实体店里"),
    ("别人卖两百多，我这里九十九", "comparison", 200, "别人卖"),
    # scarcity
    ("仅剩最后三件了", "scarcity", 3, ""),
    ("最后两单", "scarcity", 2, ""),
    ("库存就四十套了", "scarcity", 40, ""),
    ("还剩十几瓶，手慢无", "scarcity", 19, ""),
    ("最后7个名额，拍完就没了", "scarcity", 7, ""),
    ("最后六单 拍完就没了", "scarcity", 6, ""),
    # current: an amount in 元/块 announced as the link goes up
    ("来，牛排，一百一十九块，上链接", "current", 119, ""),
    ("羽绒服三百二十九元，开抢", "current", 329, ""),
]


@pytest.mark.parametrize("text,kind,value,detail", CLAIMS, ids=[c[0] for c in CLAIMS])
def test_claim_of_each_kind(text, kind, value, detail):
    found = [c for c in _claims(text) if c.kind == kind]
    assert found, f"no {kind} claim in {text!r}: {_claims(text)}"
    assert found[0].value == pytest.approx(value)
    assert found[0].detail == detail


WORD_CLAIMS = [
    ("限时三天，11月20日24点结束", "limited", "end"),
    ("限时秒杀，大家抓紧", "limited", "open"),
    ("只有今晚这个价", "limited", "end"),
    ("今天不买明天涨三倍", "future", "rise"),
    ("下播就涨价", "future", "rise"),
    ("过了今天要回到原价", "future", "restore"),
    ("活动结束之后恢复原价", "future", "restore"),
    ("卖完这一批就全部涨价", "future", "rise"),
    ("明天就是原价的两倍", "future", "rise"),
    ("下了播价格就翻倍", "future", "rise"),
    ("五分钟之后价格翻倍", "future", "rise"),
    ("以后只会越来越贵", "future", "rise"),
    ("明天一早就回到三位数", "future", "rise"),
    ("明天恢复原价", "future", "restore"),
]


@pytest.mark.parametrize("text,kind,detail", WORD_CLAIMS, ids=[c[0] for c in WORD_CLAIMS])
def test_claims_without_amounts(text, kind, detail):
    found = [c for c in _claims(text) if c.kind == kind]
    assert found and found[0].detail == detail


NOT_CLAIMS = [
    ("今天拍的七十二小时以内安排发出", "current"),
    ("一号链接是袜子", "current"),
    ("今天先上一批秋装，大家看看", "current"),
    ("满四百减六十，平台券晚上十点失效", "discount"),
    ("第二件半价", "discount"),
    ("三折叠雨伞很方便", "discount"),
    ("最后一个链接是围巾", "scarcity"),
    ("这是今年的最后一场专场直播", "scarcity"),
    ("最后五分钟，抓紧上车", "scarcity"),
    ("面团发酵之后能涨两倍", "future"),
    ("以后也不会涨价", "future"),
    ("最近原材料一直在涨", "future"),
    ("支持专柜验货", "comparison"),
    ("棉的占百分之八十，剩下的是氨纶", "scarcity"),
    ("最后一个名额的链接在下面", "scarcity"),
    ("数据截止到九月底", "limited"),
    ("以后也不会越来越贵", "future"),
    ("活动价到8月11日晚上十二点截止", "current"),
    ("一号链接，三二一上车", "current"),
    ("五四三二一，开抢", "current"),
    ("三号链接上车", "current"),
    ("321上链接", "current"),
    ("3号链接，想要的扣1，上车", "current"),
    ("3号链接，3、2、1，上车", "current"),
    ("1号链接，数到10上车", "current"),
    ("公屏刷个666上车", "current"),
    ("618上车", "current"),
    ("单件限购2", "current"),
]


@pytest.mark.parametrize("text,kind", NOT_CLAIMS, ids=[c[0] for c in NOT_CLAIMS])
def test_look_alikes_are_not_claims(text, kind):
    assert not [c for c in _claims(text) if c.kind == kind]


def test_the_nearest_cue_claims_the_amount():
    claims = _claims("原价四百三十九，今天在直播间只要一百零九")
    assert [(c.kind, c.value) for c in claims] == [("reference", 439), ("current", 109)]
    assert [c.text for c in claims] == ["原价四百三十九", "只要一百零九"]


def test_segments_without_price_words_never_read_numbers(monkeypatch):
    def fail(text):
        raise AssertionError(f"find_amounts called on {text!r}")

    monkeypatch.setattr(price_talk, "find_amounts", fail)
    for text in ("新来的朋友欢迎进入直播间", "这个面料很舒服，一共有三个颜色", "拍完记得点个关注"):
        assert extract_claims(normalize(text).text) == []


# --- Which listing a segment is about ---------------------------------------------------------

LISTINGS = (
    Listing("p-1", "加绒连帽卫衣 男女同款", price=129.0, list_price=199.0),
    Listing("p-2", "轻跑 跑步鞋 减震", price=79.0),
    Listing("p-3", "羊毛袜 5双装", price=39.9, list_price=49.9),
)

LINKS = [
    ("二号链接今天只要五十九", "p-2", "ordinal"),
    ("第三个链接是袜子", "p-3", "ordinal"),
    ("卫衣今天一百二十九", "p-1", "title"),
    ("这款跑鞋现在只要五十九", "p-2", "title"),
    ("今天只要三十九块九", "p-3", "price"),
    ("划线价一百九十九", "p-1", "price"),
    ("今天只要九十九", None, "ambiguous"),
    ("一号和二号链接都能拍，今天九十九", None, "ambiguous"),
]


@pytest.mark.parametrize("text,expected,how", LINKS, ids=[c[0] for c in LINKS])
def test_linking_a_segment_to_a_listing(text, expected, how):
    norm = normalize(text).text
    link = Catalogue(LISTINGS).link(norm, extract_claims(norm))
    assert link.how == how
    assert (link.listing.listing_id if link.listing else None) == expected
    if expected is None:
        assert len(link.targets) > 1


def test_the_only_listing_is_the_one_meant():
    norm = normalize("今天只要九十九").text
    link = Catalogue(LISTINGS[:1]).link(norm, extract_claims(norm))
    assert (link.listing, link.how) == (LISTINGS[0], "only")


# --- The 7-day window ---------------------------------------------------------------------------

FLOORS = [
    # (history, expected floor, in window?) for a session on 2026-11-20: the window is 11-13..11-19.
    pytest.param([("2026-11-13", 149), ("2026-11-18", 169)], 149, True, id="a sale exactly 7 days before counts"),
    pytest.param([("2026-11-12", 99), ("2026-11-18", 169)], 169, True, id="a sale 8 days before does not"),
    pytest.param([("2026-11-19", 159), ("2026-11-20", 89)], 159, True, id="a sale on the session date does not"),
    pytest.param([("2026-10-30", 69), ("2026-11-05", 59)], 59, False, id="no sale in the window: the last sale"),
    pytest.param([("2026-11-05", 59), ("2026-10-30", 49)], 59, False, id="the last sale by date, not the lowest"),
    pytest.param([], None, None, id="no sale at all"),
]


@pytest.mark.parametrize("history,floor,in_window", FLOORS)
def test_reference_floor(history, floor, in_window):
    found = reference_floor(Listing("p", "t", price_history=_history(*history)), DATE)
    if floor is None:
        assert found is None
    else:
        assert (found.price, found.in_window) == (floor, in_window)
        assert found.window == (dt.date(2026, 11, 13), dt.date(2026, 11, 19))


HELD = [
    pytest.param([("2026-11-06", 39), ("2026-11-18", 39)], 39, True, id="first sale exactly 14 days before"),
    pytest.param([("2026-11-07", 39), ("2026-11-18", 39)], 39, False, id="first sale 13 days before"),
    pytest.param([("2026-10-25", 39), ("2026-11-10", 49)], 39, False, id="a higher sale in the 30 days"),
    pytest.param([("2026-10-25", 29), ("2026-11-10", 39)], 39, True, id="lower sales hold it too"),
    pytest.param([("2026-10-25", 39)], 39, False, id="one sale is not enough"),
    pytest.param([("2026-10-20", 39), ("2026-10-21", 39)], 39, False, id="sales older than 30 days"),
]


@pytest.mark.parametrize("history,price,held", HELD)
def test_held_price(history, price, held):
    assert bool(held_price(Listing("p", "t", price_history=_history(*history)), DATE, price)) is held


# --- The rules, end to end --------------------------------------------------------------------


def _check(checker, text: str, **listing) -> list:
    document = {"session_id": "t", "date": DATE.isoformat(), "segments": [{"text": text}]}
    if listing:
        document["listings"] = [{"listing_id": "p-1", "title": "珊瑚绒睡衣", **listing}]
    return [f for f in checker.check(session_from_dict(document, "t")) if f.category == "price"]


def _rules(findings, segment=0) -> set[str]:
    return {f.rule for f in findings if f.segment == segment}


SEVEN_DAYS = [
    # Reference price checks at the window's edges; a session on 2026-11-20.
    pytest.param("原价一百四十九", [{"date": "2026-11-13", "price": 149}], set(),
                 id="equal to a sale exactly 7 days before"),
    pytest.param("原价一百五十九", [{"date": "2026-11-13", "price": 149}, {"date": "2026-11-19", "price": 179}],
                 {"PRC006"}, id="above a sale exactly 7 days before"),
    pytest.param("原价一百四十九", [{"date": "2026-11-12", "price": 99}, {"date": "2026-11-19", "price": 149}], set(),
                 id="a lower sale 8 days before is outside the window"),
    pytest.param("日常价五十九", [{"date": "2026-11-01", "price": 59}], set(),
                 id="no sale in 7 days: equal to the last sale"),
    pytest.param("日常价六十九", [{"date": "2026-11-01", "price": 59}], {"PRC006"},
                 id="no sale in 7 days: above the last sale"),
    pytest.param("原价六十九", [], {"PRC012"}, id="no sale at all: a low note"),
]


@pytest.mark.parametrize("text,history,expected", SEVEN_DAYS)
def test_reference_price_and_the_7_day_window(checker, text, history, expected):
    findings = _check(checker, text, price=49, price_history=history)
    assert _rules(findings) & {"PRC006", "PRC012"} == expected


def test_reference_finding_states_both_numbers_and_the_window(checker):
    findings = _check(checker, "原价四百五十九，今天九十九", price=99, price_history=[
        {"date": "2026-11-14", "price": 129}, {"date": "2026-11-18", "price": 139}])
    (finding,) = [f for f in findings if f.rule == "PRC006"]
    assert finding.message == "原价459元高于开播前7日（11-13至11-19）最低成交价129元"
    assert finding.severity == "high" and finding.listing_id == "p-1"
    assert finding.evidence == "原价四百五十九"


def test_msrp_labelled_in_speech_or_on_the_listing_is_not_checked(checker):
    history = [{"date": "2026-11-15", "price": 259}]
    spoken = _check(checker, "厂家建议的零售价三百九十九，现在一百九十九", price=199, list_price=399, price_history=history)
    assert not _rules(spoken) & {"PRC006", "PRC012"}
    listed = _check(checker, "原价三百九十九，现在一百九十九", price=199, list_price=399,
                    list_price_basis="msrp", price_history=history)
    assert not _rules(listed) & {"PRC006", "PRC012"}
    assert not [f for f in listed if f.rule == "PRC007"]
    plain = _check(checker, "大家好", price=199, list_price=399, price_history=history)
    (finding,) = [f for f in plain if f.rule == "PRC007"]
    assert finding.segment is None and finding.listing_id == "p-1"
    assert "399元" in finding.message and "259元" in finding.message


def test_without_data_a_reference_price_is_only_a_low_note(checker):
    document = {"session_id": "t", "segments": [{"text": "薯片礼包原价八十八，今天四十九"}]}
    findings = checker.check(session_from_dict(document, "t"))
    assert [(f.rule, f.severity) for f in findings if f.category == "price"] == [("PRC012", "low")]


DISCOUNTS = [
    # (what is said, listing price, list price, flagged?) — tolerance 0.5折, a deeper real cut is fine
    ("今天打三折", 99, 599, False),
    ("今天打三折", 179, 599, False),
    ("今天打三折", 209, 599, False),
    ("今天打三折", 215, 599, True),
    ("今天打五折", 89, 129, True),
    ("今天打七折", 59, 129, False),
    ("今天立减五十元", 79, 129, False),
    ("今天立减五十元", 89, 129, True),
]


@pytest.mark.parametrize("text,price,list_price,flagged", DISCOUNTS)
def test_discount_tolerance(checker, text, price, list_price, flagged):
    findings = _check(checker, text, price=price, list_price=list_price)
    assert ("PRC008" in _rules(findings)) is flagged


def test_spoken_price_below_the_listing(checker):
    assert "PRC009" in _rules(_check(checker, "睡衣今天只要六十九", price=99))
    assert "PRC009" not in _rules(_check(checker, "睡衣今天九十九", price=99))
    assert "PRC009" not in _rules(_check(checker, "睡衣今天一百零九", price=99))


@pytest.mark.parametrize("stock,flagged", [(5000, True), (60, True), (30, False), (3, False), (None, False)])
def test_scarcity_against_stock(checker, stock, flagged):
    findings = _check(checker, "睡衣仅剩最后三件了", price=99, stock=stock)
    assert ("PRC010" in _rules(findings)) is flagged


def test_limited_time_against_a_price_held_for_weeks(checker):
    held = [{"date": "2026-10-25", "price": 99}, {"date": "2026-11-10", "price": 99}]
    assert "PRC011" in _rules(_check(checker, "限时特价九十九，就今天", price=99, price_history=held))
    moved = [{"date": "2026-10-25", "price": 129}, {"date": "2026-11-10", "price": 129}]
    assert "PRC011" not in _rules(_check(checker, "限时特价九十九，就今天", price=99, price_history=moved))
    assert "PRC011" not in _rules(_check(checker, "限时三天，11月22日24点结束", price=99, price_history=moved))


def test_a_rule_found_by_a_term_and_a_claim_fires_once(checker):
    findings = _check(checker, "过了今天这个价你再也买不到了，明天就涨价")
    assert [f.rule for f in findings].count("PRC005") == 1


@pytest.mark.parametrize("text", ["今天卖完这一批就全部涨价", "明天就是原价的两倍", "这个数你再也见不到了"])
def test_price_rise_threats_from_the_words_alone(checker, text):
    assert "PRC005" in _rules(_check(checker, text))


@pytest.mark.parametrize("text,flagged", [
    ("别的主播拿货都拿不到这个价", True),
    ("你去药店问问，同样的要贵三倍", True),
    ("这个价我只敢在直播间说", True),
    ("线下门店同价，放心买", False),
    ("满三百减五十，凑单更划算", False),
])
def test_unverifiable_exclusivity_and_comparison(checker, text, flagged):
    assert ("PRC003" in _rules(_check(checker, text))) is flagged


def test_a_clause_is_searched_for_conditions_once_not_once_per_price(monkeypatch):
    """原价…打八折 repeated in one clause: each price once looked at the whole clause again."""
    searches = []
    real = price_talk._CONDITIONAL

    class Counting:
        def search(self, *args):
            searches.append(args)
            return real.search(*args)

    monkeypatch.setattr(price_talk, "_CONDITIONAL", Counting())
    claims = extract_claims("打八折" * 1000)
    assert len(claims) == 1000 and {c.value for c in claims} == {8.0}
    assert len(searches) == 1
