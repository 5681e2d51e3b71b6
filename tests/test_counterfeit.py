"""The counterfeit detector: brand look-alikes, genuine brand mentions, authorisations, speed.

Look-alikes and genuine mentions are listing titles (where look-alikes are checked in full);
each case is its own session so that no other listing makes a brand the session's own.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from integrity.detect.checker import Checker
from integrity.detect.counterfeit import CounterfeitDetector
from integrity.detect.counterfeit.brands import skeleton
from integrity.read.documents import session_from_dict
from integrity.read.listings import read_authorisations
from integrity.text.text import Text

LOOKALIKES = [
    # Latin: confusable letters (I/l/1, O/0/a, E/F), doubled or swapped letters, rn for m.
    ("NIKF 空军一号 低帮板鞋", "nike"),
    ("NlKE 气垫跑鞋 男", "nike"),
    ("Niek 运动鞋 男", "nike"),
    ("Nikke 篮球鞋", "nike"),
    ("N1KE 跑步鞋", "nike"),
    ("Adidass 三叶草 卫衣", "adidas"),
    ("adidos 经典板鞋 男女", "adidas"),
    ("Addidas 运动裤", "adidas"),
    ("Adldas 跑步鞋", "adidas"),
    ("GUCCl 双G 腰带", "gucci"),
    ("Guccii 斜挎包", "gucci"),
    ("Gucc1 钱包 女", "gucci"),
    ("Channel 菱格 链条包", "chanel"),
    ("Chanell 香水 50ml", "chanel"),
    ("Dlor 口红 999", "dior"),
    ("Diorr 香水", "dior"),
    ("Pradda 尼龙 双肩包", "prada"),
    ("Balenclaga 老爹鞋", "balenciaga"),
    ("Hermmes 丝巾 真丝", "hermes"),
    ("Rolexx 机械手表", "rolex"),
    ("R0lex 手表 男", "rolex"),
    ("0mega 手表 男士", "omega"),
    ("Cartler 手镯 女", "cartier"),
    ("Tiffanny 项链 女", "tiffany"),
    ("Pumma 运动鞋", "puma"),
    ("Vanss 帆布鞋", "vans"),
    ("Conversse 帆布鞋 高帮", "converse"),
    ("Fendl 手提包", "fendi"),
    ("Burberrry 风衣 女", "burberry"),
    ("Moncier 羽绒服", "moncler"),
    ("Lancorne 精华液", "lancome"),
    ("Dyyson 吹风机", "dyson"),
    ("Longlnes 手表", "longines"),
    ("Swarovskl 项链", "swarovski"),
    ("Armanl 衬衫 男", "armani"),
    ("Glvenchy 口红", "givenchy"),
    ("Bvlgarl 项链", "bvlgari"),
    ("Lululernon 瑜伽裤", "lululemon"),
    ("Superme 卫衣", "supreme"),
    # Chinese: one character replaced by one that sounds alike, beside goods the brand sells.
    ("香奈尔 经典 链条包", "chanel"),
    ("阿迪达期 跑步鞋 透气", "adidas"),
    ("路易威顿 钱包 长款", "louis_vuitton"),
    ("海蓝之迷 面霜 60ml", "la_mer"),
    ("雅诗兰戴 精华液", "estee_lauder"),
    ("爱马士 丝巾", "hermes"),
    ("劳力仕 手表 男", "rolex"),
    ("欧米加 手表", "omega"),
    ("卡地压 手镯", "cartier"),
    ("巴黎世加 老爹鞋", "balenciaga"),
]

GENUINE = [
    ("Nike 官方 Air Force 1 板鞋", "Nike", 749),
    ("adidas 三叶草 经典板鞋", "adidas", 599),
    ("GUCCI 双G 腰带", "Gucci", 3900),
    ("Chanel 菱格 链条包", "Chanel", 32000),
    ("香奈儿 可可小姐 香水 50ml", "香奈儿", 1100),
    ("阿迪达斯 跑步鞋", "阿迪达斯", 399),
    ("路易威登 老花 钱包", "路易威登", 4500),
    ("海蓝之谜 精华面霜 30ml", "海蓝之谜", 1700),
    ("雅诗兰黛 小棕瓶 精华液 50ml", "雅诗兰黛", 760),
    ("爱马仕 丝巾 90cm", "爱马仕", 3500),
    ("劳力士 蚝式恒动 手表", "劳力士", 48000),
    ("欧米茄 海马 手表", "欧米茄", 40000),
    ("卡地亚 LOVE 手镯", "卡地亚", 45000),
    ("巴黎世家 老爹鞋", "巴黎世家", 6500),
    ("Dior 烈艳蓝金 口红", "Dior", 350),
    ("Prada 尼龙 双肩包", "Prada", 12000),
    ("Rolex 潜航者 手表", "Rolex", 76000),
    ("Cartier 手镯", "Cartier", 45000),
    ("Tiffany 项链", "Tiffany", 3000),
    ("Puma 运动鞋", "Puma", 399),
    ("Vans 帆布鞋", "Vans", 399),
    ("Converse 帆布鞋", "Converse", 399),
    ("Fendi 手提包", "Fendi", 15000),
    ("Burberry 风衣", "Burberry", 15000),
    ("Moncler 羽绒服", "Moncler", 12000),
    ("Lancome 小黑瓶 精华液", "Lancome", 760),
    ("Dyson 吹风机", "Dyson", 2999),
    ("Longines 手表", "Longines", 9000),
    ("Swarovski 项链", "Swarovski", 899),
    ("Celine 凯旋门 包包", "Celine", 20000),
    ("Armani 衬衫", "Armani", 1500),
    ("Givenchy 口红", "Givenchy", 350),
    ("Bvlgari 项链", "Bvlgari", 9000),
    ("lululemon 瑜伽裤", "lululemon", 750),
    ("Supreme 卫衣", "Supreme", 1200),
    ("周大福 足金手镯", "周大福", 5000),
    ("周生生 足金吊坠", "周生生", 1599),
    ("周六福 黄金手链", "周六福", 1999),
    ("李宁 运动短裤 男", "李宁", 79),
    ("安踏 KT9 篮球鞋", "安踏", 499),
    ("华为 FreeBuds 5i 降噪耳机", "华为", 399),
    ("小米 充电宝 20000mAh", "小米", 129),
    ("Apple AirPods 4 主动降噪耳机", "Apple", 1499),
    ("回力 复刻经典配色 帆布鞋", "回力", 69),
    ("适用苹果15 手机壳 透明", "壳工坊", 19.9),
]

GENUINE_SPEECH = [
    "本店是耐克授权经销商，今天耐克跑鞋四百九十九",
    "我们是小米官方旗舰店，小米手环二百四十九",
    "这是华为今年的新款耳机，降噪很好",
    "用苹果手机的宝宝，这个耳机也能连，六十九",
    "支持专柜验货，香奈儿的香水今天八百九十九",
    "两万毫安的小米充电宝，八十九",
    "李宁的卫衣今天七十九，两件包邮",
    "雅诗兰黛的小棕瓶大家都知道，今天不卖它",
]


def _listing_session(title: str, brand: str | None = None, price: float | None = None, unit: str | None = None):
    listing = {"listing_id": "p", "title": title, "brand": brand, "price": price}
    return session_from_dict({"session_id": "s", "unit_id": unit, "segments": [], "listings": [listing]}, "test")


def _rules(findings) -> set[str]:
    return {f.rule for f in findings if f.category == "counterfeit"}


@pytest.mark.parametrize("title,brand_id", LOOKALIKES, ids=[t for t, _ in LOOKALIKES])
def test_lookalike_spelling_fires(checker, title, brand_id):
    findings = [f for f in checker.check(_listing_session(title, price=99)) if f.rule == "CFT003"]
    assert findings, f"no look-alike found in {title!r}"
    finding = findings[0]
    assert finding.explanation["brand"] == brand_id
    assert finding.explanation["signal"] == "lookalike"
    start, end = finding.span
    assert title[start:end] == finding.evidence and finding.evidence


@pytest.mark.parametrize("title,brand,price", GENUINE, ids=[t for t, _, _ in GENUINE])
def test_genuine_brand_in_a_title_is_not_flagged(checker, title, brand, price):
    assert not _rules(checker.check(_listing_session(title, brand, price)))


@pytest.mark.parametrize("text", GENUINE_SPEECH)
def test_genuine_brand_in_speech_is_not_flagged(checker, text):
    session = session_from_dict({"session_id": "s", "segments": [{"text": text}]}, "test")
    assert not _rules(checker.check(session))


def test_skeleton_folds_what_the_eye_confuses():
    assert skeleton("nikf") == skeleton("nike") == skeleton("n1ke")
    assert skeleton("channel") == skeleton("chanel")
    assert skeleton("skill") != skeleton("skii")
    assert skeleton("logo") != skeleton("lego")


def test_declared_brand_that_imitates_a_registry_brand(checker):
    findings = checker.check(_listing_session("休闲 老爹鞋 女", "Balenclaga", 199))
    assert [f.explanation["field"] for f in findings if f.rule == "CFT003"] == ["brand"]


def test_finding_names_the_brand_the_signal_and_the_floor(checker):
    session = session_from_dict({"session_id": "s", "segments": [{"text": "正品古驰的腰带，今天一百五十九包邮"}]}, "t")
    finding = next(f for f in checker.check(session) if f.rule == "CFT005")
    assert finding.explanation["brand"] == "gucci"
    assert finding.explanation["signal"] == "price_below_floor"
    assert finding.explanation["price"] == 159 and finding.explanation["floor"] > 159
    assert finding.explanation["floor_source"]
    assert finding.evidence == "古驰" and "古驰" in finding.message


def test_slang_with_a_brand_is_high_and_names_it(checker):
    session = session_from_dict({"session_id": "s", "segments": [{"text": "这批是耐克的原单货"}]}, "t")
    finding = next(f for f in checker.check(session) if f.rule == "CFT001")
    assert finding.severity == "high"
    assert "耐克" in finding.message and finding.explanation["brands"] == ["耐克"]


def test_authorised_unit_may_name_its_brand():
    text = "这款是耐克同款的速干T恤"
    session = session_from_dict({"session_id": "s", "unit_id": "shop-7", "segments": [{"text": text}]}, "t")
    assert "CFT004" in _rules(Checker().check(session))
    assert "CFT004" not in _rules(Checker(authorisations={"shop-7": {"Nike"}}).check(session))
    assert "CFT004" in _rules(Checker(authorisations={"shop-8": {"Nike"}}).check(session))


def test_a_claim_in_speech_excuses_naming_but_not_a_lookalike(checker):
    document = {
        "session_id": "s",
        "segments": [{"text": "本店为耐克授权经销商"}, {"text": "耐克同款配色的短袖也有"}],
        "listings": [{"listing_id": "p", "title": "NIKF 跑步鞋", "price": 99}],
    }
    findings = checker.check(session_from_dict(document, "t"))
    assert not [f for f in findings if f.segment == 1]
    assert "CFT003" in {f.rule for f in findings if f.listing_id == "p"}


def test_another_listing_of_the_brand_does_not_excuse_riding_on_it(checker):
    document = {
        "session_id": "s", "segments": [{"text": "耐克的跑鞋和速干T恤都有"}],
        "listings": [{"listing_id": "genuine", "title": "耐克 跑步鞋", "brand": "耐克", "price": 499},
                     {"listing_id": "rider", "title": "耐克同款 速干T恤", "brand": "动界", "price": 59}],
    }
    findings = checker.check(session_from_dict(document, "t"))
    assert {(f.listing_id, f.rule) for f in findings if f.category == "counterfeit"} == {("rider", "CFT004")}


def test_read_authorisations_csv_and_jsonl(tmp_path):
    csv_file = tmp_path / "auth.csv"
    csv_file.write_text("unit,brand\nshop-1,耐克\nshop-1,Adidas\nshop-2,\nshop-3,华为\n", "utf-8")
    authorised, errors = read_authorisations(str(csv_file))
    assert authorised == {"shop-1": {"耐克", "Adidas"}, "shop-3": {"华为"}}
    assert [e.line for e in errors] == [4]
    jsonl_file = tmp_path / "auth.jsonl"
    jsonl_file.write_text('{"unit_id": "shop-1", "brand": "Nike"}\nnot json\n{"unit": "shop-2"}\n', "utf-8")
    authorised, errors = read_authorisations(str(jsonl_file))
    assert authorised == {"shop-1": {"Nike"}}
    assert [e.line for e in errors] == [2, 3]


def test_read_authorisations_rejects_other_files(tmp_path):
    bad = tmp_path / "auth.txt"
    bad.write_text("shop-1 耐克", "utf-8")
    assert read_authorisations(str(bad))[1]
    header = tmp_path / "auth.csv"
    header.write_text("shop,label\nshop-1,耐克\n", "utf-8")
    authorised, errors = read_authorisations(str(header))
    assert not authorised and errors[0].line == 1


def test_lookalike_matching_runs_on_candidates_only(checker, monkeypatch):
    """rapidfuzz compares a word with the brand names only when it is a candidate: a Latin word
    whose confusable-folded shape (or one swap of it) is a registry name's. Ordinary speech and
    titles without such words never reach it, however long the session (speed lives in
    benchmarks/, not in timed tests)."""
    from integrity.detect.counterfeit import brands

    compared = []
    real = brands.process.extractOne
    monkeypatch.setattr(brands.process, "extractOne", lambda word, *a, **k: compared.append(word) or real(word, *a, **k))
    detector = next(d for d in checker.detectors if isinstance(d, CounterfeitDetector))
    lines = ["今天给大家带来一款羽绒服，九十的白鹅绒，原价五百九十九，直播间今天只要二百九十九",
             "这个面霜质地很清爽，油皮干皮都能用，拍两瓶包邮", "NIKF 空军一号 低帮板鞋 男女 经典百搭"] * 200
    document = {"session_id": "s", "segments": [{"text": t} for t in lines],
                "listings": [{"listing_id": str(i), "title": t, "price": 99} for i, t in enumerate(lines[:60])]}
    session = session_from_dict(document, "t")
    findings = list(detector.detect(session, [checker.text(t) for t in lines]))
    assert {f.rule for f in findings} == {"CFT003"}
    assert set(compared) == {"nikf"} and len(compared) == 200 + 20  # the NIKF lines and titles only


# One-character house codes: X家 counts only for a Latin letter or the first character of a
# registry brand, never for everyday words with 家 (大家, 厂家, 老家, 他家).
HOUSE_CODES = [
    ("F家的新款腰带到了，懂的拍", True),
    ("爱家的丝巾今天有几条", True),
    ("别问，问就是戴家", True),
    ("大家的货都发出去了", False),
    ("我们厂家的货都是现做的", False),
    ("他家的货比较贵，我们便宜", False),
    ("回家的路上注意安全", False),
    ("A家和B家的区别在于面料", False),
]


@pytest.mark.parametrize("text,fires", HOUSE_CODES, ids=[t for t, _ in HOUSE_CODES])
def test_one_character_house_codes(checker, text, fires):
    session = session_from_dict({"session_id": "s", "segments": [{"text": text}]}, "test")
    assert ("CFT002" in _rules(checker.check(session))) == fires


def test_branded_version_off_platform_but_not_after_sales(checker):
    def rules(text):
        return _rules(checker.check(session_from_dict({"session_id": "s", "segments": [{"text": text}]}, "test")))
    assert "CFT002" in rules("想要带原厂标的加我微信，直播间只卖无标的")
    assert not rules("售后问题加微信，直播间只卖散装的")
    assert not rules("这款充电器是白标的，直播间只卖白标的，没有任何品牌")


def _segment_rules(checker, text, unit=None, authorisations=None):
    session = session_from_dict({"session_id": "s", "unit_id": unit, "segments": [{"text": text}]}, "test")
    return _rules((Checker(authorisations=authorisations, model=False) if authorisations else checker).check(session))


# A family's ambiguous words (内部价, 代工, 一模一样) count only beside someone else's brand.
AMBIGUOUS = [
    ("兰蔻的内部价，今天一百二一瓶", "CFT007", True),
    ("内部价给到大家，今天一百二一瓶", "CFT007", False),
    ("本店是兰蔻授权经销商，兰蔻的内部价今天一百二一瓶", "CFT007", False),
    ("这条围巾和博柏利的一模一样", "CFT001", True),
    ("这条围巾和上一批的一模一样", "CFT001", False),
    ("帮宝适的纸尿裤，工厂在越南代工", "CFT004", True),
    ("我们的纸尿裤在越南代工", "CFT004", False),
]


@pytest.mark.parametrize("text,rule,fires", AMBIGUOUS, ids=[t for t, _, _ in AMBIGUOUS])
def test_ambiguous_family_words_need_another_brand(checker, text, rule, fires):
    assert (rule in _segment_rules(checker, text)) == fires


def test_authorised_unit_may_say_insider_words_of_its_brand():
    assert "CFT007" not in _segment_rules(None, "兰蔻的内部价，今天一百二一瓶", unit="u1",
                                          authorisations={"u1": ("兰蔻",)})


# Spoken prices in a transcript with pauses: a bare amount is the price, never a count, a model
# number or a year; the product line says what the goods are (空军一号: shoes).
BARE_PRICES = [
    ("芬迪的手提包 正品 一百一 真的", True),
    ("芬迪的手提包正品一百一真的", False),       # no pauses: no price said
    ("耐克空军一号 四十九", True),
    ("耐克 四十九", False),                     # Nike's cheapest goods (socks) may cost that
    ("苹果 15 pro 手机", False),
    ("小米 手环 八 一百九十九", False),
    ("劳力士 2024 新款", False),
    ("香奈儿 3 个 颜色", False),
]


@pytest.mark.parametrize("text,fires", BARE_PRICES, ids=[t for t, _ in BARE_PRICES])
def test_bare_spoken_prices(checker, text, fires):
    assert ("CFT005" in _segment_rules(checker, text)) == fires


def test_pauses_are_where_the_original_had_white_space():
    text = Text.of("正品包包 九十九，A B")
    assert text.text == "正品包包九十九,ab" and text.pauses == frozenset({4, 9})


def test_luxury_claims_are_measured_against_luxury_floors(checker):
    message = next(f.message for f in checker.check(session_from_dict(
        {"session_id": "s", "segments": [{"text": "奢侈品包包，今天只要九十九"}]}, "t")) if f.rule == "CFT005")
    assert "奢侈品包包" in message and "九十九" not in message and "99" in message


FLOOR_TIE = ("from integrity.api import check_session; "
             "print([f.message for f in check_session({'session_id': 's', 'segments': ["
             "{'text': '这款精华油送人很有心意'}, {'text': '口红试色给大家看'}, "
             "{'text': '这是兰蔻的抵账货 量不多 79一件'}]}, model=False) if f.rule == 'CFT005'])")


def test_a_floor_shared_by_two_kinds_of_goods_names_the_same_kind_in_every_process():
    messages = {subprocess.run([sys.executable, "-c", FLOOR_TIE], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                               capture_output=True, text=True, check=True).stdout for seed in range(3)}
    assert len(messages) == 1 and "CFT005" not in messages and "兰蔻" in messages.pop()
