"""Tests for integrity.text.numerals: spoken numbers and prices in livestream transcripts."""
from __future__ import annotations

import pytest

from integrity.text.numerals import Amount, find_amounts, parse_amount

PARSE_CASES = [
    # Arabic and full-width digits, currency marks and units.
    ("399", 399),
    ("19.9", 19.9),
    ("1,299", 1299),
    ("1,000,000", 1_000_000),
    ("¥399", 399),
    ("￥399", 399),
    ("¥1,299.00", 1299),
    ("399元", 399),
    ("399 元", 399),
    ("５９９", 599),
    ("１９.９", 19.9),
    ("¥１９．９", 19.9),
    # Plain Chinese numerals.
    ("十", 10),
    ("十五", 15),
    ("二十九", 29),
    ("五百九十九", 599),
    ("一百零五", 105),
    ("一千零一十", 1010),
    ("三千零五十", 3050),
    ("两千八百八十八", 2888),
    ("一万零五百", 10500),
    ("一万二千三百四十五", 12345),
    ("十万", 100_000),
    ("一百二十万", 1_200_000),
    ("一亿", 100_000_000),
    ("两亿三千万", 230_000_000),
    ("两百", 200),
    ("俩", 2),
    ("幺", 1),
    ("零", 0),
    ("〇", 0),
    ("三点五", 3.5),
    ("十二点九九", 12.99),
    # Digit-by-digit readings.
    ("一九九", 199),
    ("幺九九", 199),
    ("二〇二四", 2024),
    # Elided tails.
    ("一百二", 120),
    ("两百五", 250),
    ("两千八", 2800),
    ("一万二", 12000),
    ("三万五", 35000),
    ("三千八百八", 3880),
    ("一千二百八", 1280),
    ("一百二十八", 128),
    ("一百二万", 1_200_000),
    ("一亿二", 120_000_000),
    # Colloquial money forms.
    ("九块九", 9.9),
    ("十五块九", 15.9),
    ("二十九块九", 29.9),
    ("九十九块九毛", 99.9),
    ("九块九毛九", 9.99),
    ("二十九块九毛九分", 29.99),
    ("三块五毛钱", 3.5),
    ("三块五", 3.5),
    ("一块钱", 1),
    ("一块两毛", 1.2),
    ("两块", 2),
    ("五块零五", 5.05),
    ("二十块零五毛", 20.5),
    ("一百块钱", 100),
    ("五毛", 0.5),
    ("五毛钱", 0.5),
    ("三毛五", 0.35),
    ("五角钱", 0.5),
    ("99块9", 99.9),
    ("19块9毛", 19.9),
    # Mixed Arabic and Chinese.
    ("1.9万", 19000),
    ("3万", 30000),
    ("2千", 2000),
    ("2千块", 2000),
    ("3万5", 35000),
    ("1万2", 12000),
    ("一点五万", 15000),
    # Approximations and ranges: the value is the low bound.
    ("三万多", 30000),
    ("两万多", 20000),
    ("一百多", 100),
    ("三千多", 3000),
    ("十多万", 100_000),
    ("1000多", 1000),
    ("三块多", 3),
    ("几百块", 100),
    ("十几", 11),
    ("四五千", 4000),
    ("三四百", 300),
    ("一两百", 100),
    ("十七八", 17),
    ("100到200", 100),
    ("99-199", 99),
    ("四位数", 1000),
    ("五位数", 10000),
    ("三百左右", 300),
    # Percentages and discounts.
    ("百分之七十", 70),
    ("百分之九十九点九", 99.9),
    ("百分百", 100),
    ("70%", 70),
    ("６０％", 60),
    ("1.65", 1.65),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_amount(text: str, expected: float) -> None:
    assert parse_amount(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    ["", "零头", "几", "几个", "千万", "一下", "打三折", "九十九包邮", "一百 二百", "原价", "百搭"],
)
def test_parse_amount_rejects_non_single_expressions(text: str) -> None:
    assert parse_amount(text) is None


BOUNDS_CASES = [
    # text, low, high, approx
    ("三百多", 300, 400, True),
    ("三万多", 30000, 40000, True),
    ("两万多块", 20000, 30000, True),
    ("一百二十多", 120, 130, True),
    ("十多万", 100_000, 200_000, True),
    ("一千多万", 10_000_000, 20_000_000, True),
    ("1.2万多", 12000, 13000, True),
    ("三块多", 3, 4, True),
    ("十块多", 10, 11, True),
    ("十来块", 10, 20, True),
    ("二十来万", 200_000, 300_000, True),
    ("四五千", 4000, 5000, True),
    ("三四百", 300, 400, True),
    ("一两百", 100, 200, True),
    ("两三百块", 200, 300, True),
    ("七八十", 70, 80, True),
    ("四五十万", 400_000, 500_000, True),
    ("十七八", 17, 18, True),
    ("十一二块", 11, 12, True),
    ("一百七八十", 170, 180, True),
    ("三百七八", 370, 380, True),
    ("几百块", 100, 999, True),
    ("几十块钱", 10, 99, True),
    ("几千", 1000, 9999, True),
    ("几块钱", 1, 9, True),
    ("几毛钱", 0.1, 0.9, True),
    ("十几", 11, 19, True),
    ("二十几", 21, 29, True),
    ("十几万", 110_000, 190_000, True),
    ("几十万", 100_000, 990_000, True),
    ("一百几十", 110, 199, True),
    ("三位数", 100, 999, True),
    ("四位数", 1000, 9999, True),
    ("五位数", 10000, 99999, True),
    ("100到200", 100, 200, True),
    ("一百块到两百块", 100, 200, True),
    ("99-199", 99, 199, True),
    ("99～199", 99, 199, True),
    ("三百左右", 270, 330, True),
    ("一千块上下", 900, 1100, True),
    ("九块九", 9.9, 9.9, False),
    ("五百九十九", 599, 599, False),
]


@pytest.mark.parametrize(("text", "low", "high", "approx"), BOUNDS_CASES)
def test_bounds(text: str, low: float, high: float, approx: bool) -> None:
    (amount,) = find_amounts(text)
    assert (amount.start, amount.end, amount.text) == (0, len(text), text)
    assert amount.low == pytest.approx(low)
    assert amount.high == pytest.approx(high)
    assert amount.approx is approx
    assert amount.percent is False


def spans(text: str) -> list[tuple[str, float, float]]:
    """(matched text, low, high) of every amount, checking that spans index the input."""
    found = find_amounts(text)
    for amount in found:
        assert text[amount.start : amount.end] == amount.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    return [(a.text, a.low, a.high) for a in found]


SENTENCE_CASES = [
    ("原价五百九十九，直播间今天只要九十九", [("五百九十九", 599, 599), ("九十九", 99, 99)]),
    ("划线价一百九十九现在八十九", [("一百九十九", 199, 199), ("八十九", 89, 89)]),
    ("拍一发二", [("一", 1, 1), ("二", 2, 2)]),
    ("专柜卖四千多，我直播间一百九十八", [("四千多", 4000, 5000), ("一百九十八", 198, 198)]),
    ("一件九十九两件一百五", [("一", 1, 1), ("九十九", 99, 99), ("两", 2, 2), ("一百五", 150, 150)]),
    ("一百块一件", [("一百块", 100, 100), ("一", 1, 1)]),
    ("十块两个", [("十块", 10, 10), ("两", 2, 2)]),
    ("两千八一台", [("两千八", 2800, 2800), ("一", 1, 1)]),
    ("一千二百八两件", [("一千二百八", 1280, 1280), ("两", 2, 2)]),
    ("一百一件", [("一百", 100, 100), ("一", 1, 1)]),
    ("一百两件", [("一百", 100, 100), ("两", 2, 2)]),
    ("十块一斤", [("十块", 10, 10), ("一", 1, 1)]),
    ("两块一起拍", [("两块", 2, 2)]),
    ("低至九块九起，九块九下单", [("九块九", 9.9, 9.9), ("九块九", 9.9, 9.9)]),
    ("今天多备了一千六单", [("一千六", 1600, 1600)]),
    ("充绒量两百七克", [("两百七", 270, 270)]),
    ("拍两袋一共一百六十八", [("两", 2, 2), ("一百六十八", 168, 168)]),
    ("统一价九块九包邮", [("九块九", 9.9, 9.9)]),
    ("二十九块九包邮两件五十", [("二十九块九", 29.9, 29.9), ("两", 2, 2), ("五十", 50, 50)]),
    ("原价1,299现在只要¥899", [("1,299", 1299, 1299), ("¥899", 899, 899)]),
    ("到手价一百到手两件", [("一百", 100, 100), ("两", 2, 2)]),
    ("满299-30", [("299", 299, 299), ("30", 30, 30)]),
    ("五号到十号发货", [("五", 5, 5), ("十", 10, 10)]),
    ("三到五折", [("三到五", 3, 5)]),
    ("一号链接一盒一天", [("一", 1, 1), ("一", 1, 1), ("一", 1, 1)]),
    ("外面要卖四五千，我们今天一千多块钱就能带回家", [("四五千", 4000, 5000), ("一千多块钱", 1000, 2000)]),
    ("这个价格是四位数的", [("四位数", 1000, 9999)]),
    ("买一送一，千万不要错过", [("一", 1, 1), ("一", 1, 1)]),
    ("十分便宜，十分钟后恢复原价", [("十", 10, 10)]),
    ("零头给你们抹掉，只要三百", [("三百", 300, 300)]),
    ("零食一百零五", [("一百零五", 105, 105)]),
    ("大家看一下，一起拍，便宜一点点", []),
    ("二〇二四年新款", [("二〇二四", 2024, 2024)]),
    ("打三折只要1.65折的价格", [("三", 3, 3), ("1.65", 1.65, 1.65)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_find_amounts_in_sentences(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert spans(text) == [(t, pytest.approx(lo), pytest.approx(hi)) for t, lo, hi in expected]


def test_offsets_point_into_the_original_string() -> None:
    text = "原价五百九十九，直播间今天只要九十九"
    first, second = find_amounts(text)
    assert first == Amount(2, 7, 599.0, 599.0, 599.0, False, "五百九十九")
    assert second == Amount(15, 18, 99.0, 99.0, 99.0, False, "九十九")


def test_full_width_spans_keep_original_characters() -> None:
    text = "原价５９９现在１９.９元，优惠６０％"
    assert spans(text) == [("５９９", 599, 599), ("１９.９元", 19.9, 19.9), ("６０％", 60, 60)]
    assert find_amounts(text)[2].percent is True


@pytest.mark.parametrize(
    ("text", "value"),
    [("百分之七十", 70), ("百分之百", 100), ("百分百纯棉", 100), ("70%", 70), ("99.9%", 99.9)],
)
def test_percent_is_flagged(text: str, value: float) -> None:
    (amount,) = find_amounts(text)
    assert amount.percent is True
    assert amount.value == pytest.approx(value)


def test_discount_numbers_are_plain_numbers() -> None:
    (amount,) = find_amounts("打七点五折")
    assert (amount.text, amount.value, amount.percent) == ("七点五", 7.5, False)


def test_around_keeps_the_stated_value() -> None:
    (amount,) = find_amounts("399元左右")
    assert amount.value == 399
    assert (amount.low, amount.high) == (pytest.approx(359.1), pytest.approx(438.9))
    assert amount.approx is True


def test_unit_words_stay_inside_the_span() -> None:
    assert [a.text for a in find_amounts("九块九，399元，三块五毛钱，五毛")] == [
        "九块九",
        "399元",
        "三块五毛钱",
        "五毛",
    ]


def test_formal_numerals_read_as_numbers_in_place() -> None:
    text = "门店标价叁佰捌拾元，今天壹佰伍拾"
    assert spans(text) == [("叁佰捌拾元", 380, 380), ("壹佰伍拾", 150, 150)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "家人们点点关注",
        "收拾一下桌子",
        "队伍排得很长",
        "佰草集的面膜",
        "零头",
        "零头不要了",
        "千万不要错过",
        "百搭又好看",
        "几号链接",
        "统一发货",
        "万一不合适可以退",
        "一模一样",
        "便宜一点",
    ],
)
def test_no_amounts(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "原价" + "九" * 309 + "元",
        "专柜价" + "9" * 309 + "今天99",
        "9" * 400 + "万",
        "几" + "亿" * 40,
        "百分之" + "9" * 320,
        "1" + "0" * 16,
    ],
    ids=["309 nines in Chinese", "309 digits", "digits times 万", "几亿 forty times", "huge percent", "10^16"],
)
def test_numbers_too_large_to_be_amounts_are_skipped(text: str) -> None:
    amounts = find_amounts(text)
    assert all(abs(a.high) <= 1e15 for a in amounts)
    assert [a.value for a in amounts] == ([99] if text.endswith("今天99") else [])


def test_the_largest_amount_is_read() -> None:
    assert parse_amount("1" + "0" * 15) == 1e15
    assert parse_amount("一千万亿") == 1e15
