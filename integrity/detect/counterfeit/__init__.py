"""Counterfeit and trademark-infringement signals (category ``counterfeit``).

Six rules. Trade slang for fakes (CFT001) and coded references to a brand (CFT002) are lexicon
entries in ``lexicons/counterfeit.toml``, matched by the shared ``Matcher`` with the exemptions
defined here; coded brand nicknames (香奶奶, 鸟家) come from the brand registry. Everything about
named brands uses the registry of ``lexicons/brands.toml`` through ``BrandIndex``:

* CFT003 look-alikes of a brand (NIKF, adidos, 阿迪达期, 香奈尔);
* CFT004 riding on someone else's brand (XX同款, XX平替, XX御用供应商, 跟XX一个工厂);
* CFT005 a brand's goods at a price below the registry's floor for them;
* CFT006 a counter price (专柜价) in four figures against a live price a fifth of it or less.

Whether naming a brand is legitimate is decided by the listing's declared ``brand``, the
authorisations of the session's unit (``--authorisations``) and what the session says of
itself (本店为XX授权经销商, XX官方旗舰店).

Brand names are found with one Aho-Corasick automaton. Look-alikes are found by generating
candidates cheaply (Latin words in titles, or next to a product word in speech; Chinese
windows in titles only, as speech transcripts have homophone errors of their own) and only
then comparing them with rapidfuzz against the names of the same script: Latin words must
match a name once confusable letters are folded (i/l/1, o/0/a, e/f, doubled letters) or by
one transposition; Chinese windows must differ from a name in one character that sounds
alike, and the title must name goods the brand sells.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable, Iterator

import ahocorasick
from pypinyin import lazy_pinyin
from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from integrity.detect import rules
from integrity.detect.base import (
    Options,
    hit_explanation,
    listing_finding,
    segment_finding,
)
from integrity.detect.exemptions import exempting, exemption
from integrity.detect.finding import Finding
from integrity.detect.lexicons import Brand, Lexicon
from integrity.detect.rules import Rule, register
from integrity.read.model import Listing, Session
from integrity.text.matcher import Hit, Text
from integrity.text.normalize import fold, normalize_term
from integrity.text.numerals import Amount, find_amounts

TRADEMARK = "《中华人民共和国商标法》第五十七条"
LIVESTREAM = "《网络直播营销管理办法（试行）》第十八条第（三）项"
SUPERVISION = "《直播电商监督管理办法》第三十三条"
UNFAIR_CONFUSION = "《中华人民共和国反不正当竞争法》第七条"
UNFAIR_FALSE = "《中华人民共和国反不正当竞争法》第九条"

register(
    Rule(
        code="CFT001", name="counterfeit-slang", category="counterfeit", severity="high",
        basis=f"{TRADEMARK}；{LIVESTREAM}；{SUPERVISION}",
        summary="Trade slang for fakes (高仿、A货、1:1、复刻、原单、尾单、莆田、撤柜、剪标…)",
        doc="""## What it does
Flags the words the fake trade uses for its goods: 高仿, A货/超A, 1:1/一比一, 复刻 (of someone
else's product), 原版开模, 顶货, 纯原, 对版, 原单, 外贸尾单/工厂尾单, 公司货, 莆田 (shoes),
撤柜, 剪标 (标都剪了), copy grades (顶级版本) and claims to be indistinguishable from the
genuine article (跟正品一模一样, 专柜柜姐都分不出来), including evasive spellings (高方, G@o仿).
Severity is high when a brand is named in the same segment or the slang is unambiguous.

## Why is this bad?
Selling goods that copy a registered mark infringes it (Trademark Law Art. 57); livestream
sellers may not market counterfeit or infringing goods (网络直播营销管理办法 Art. 18(3)).

## Example
这批是莆田纯原，顶级版本，跟正品放一起你都分不出来

## Use instead
Sell genuine goods and say where they come from (品牌授权经销，支持专柜验货). Not flagged:
翡翠A货 (the grade of untreated jade), 仿真绿植/高仿真度, ratios (1:100兑水), 原单号, advice to
keep the tags (收到先别剪标), 莆田 as the origin of longan, a re-issue of one's own design
(我们自己品牌复刻经典配色), and warnings against fakes (谨防高仿).""",
    ),
    Rule(
        code="CFT002", name="coded-brand-reference", category="counterfeit", severity="medium",
        basis=f"{TRADEMARK}；{LIVESTREAM}",
        summary="Coded references that dodge a brand's mark (懂的都懂、香奶奶、P家、logo不方便给大家看、私信看细节)",
        doc="""## What it does
Flags references to a brand that avoid saying it: nicknames from the brand registry (香奶奶,
鸟家, 迪家, P家, 椰子鞋, N字鞋), one-letter or one-character house codes (A家的货, 问就是戴家,
where a Han character must start a registry brand), 某某家, winks (懂的都懂, 你们懂的, 我只能说这么多,
懂酒的一闻就知道是哪家), logos covered, ground off or not shown (logo不方便给大家看, logo我们磨掉了,
我手挡着的这个地方), no anti-counterfeit label, details shown only off the platform (私信看细节,
加微信看货) and the branded version sold off the platform (想要带X标的加微信，直播间只卖无标的).

## Why is this bad?
Coded references let a seller trade on a brand while keeping its name out of the transcript:
a common sign of counterfeit goods (Trademark Law Art. 57; 网络直播营销管理办法 Art. 18(3)).

## Example
这款是香奶奶家的经典款，懂的都懂，logo不方便给大家看

## Use instead
Name the brand you are authorised to sell, show the goods on stream and keep the sale on the
platform. A brand's own official store using its nickname is not flagged.""",
    ),
    Rule(
        code="CFT003", name="brand-lookalike", category="counterfeit", severity="high",
        basis=f"{TRADEMARK}第（二）项；{UNFAIR_CONFUSION}",
        summary="A look-alike of a registered brand (NIKF、adidos、阿迪达期、香奈尔) in a title or in speech",
        doc="""## What it does
Flags spellings that imitate a brand of the registry: Latin names with confusable letters,
a doubled or swapped letter (NIKF, Adidass, GUCCl, Channel for Chanel, Niek) in listing titles
and in speech next to a product word, and Chinese names with one character replaced by one
that sounds alike (阿迪达期, 香奈尔 for 香奈儿) in listing titles that name goods the brand sells.

## Why is this bad?
A mark similar to a registered one on the same kind of goods infringes it (Trademark Law
Art. 57(2)) and causes confusion (Anti-Unfair Competition Law Art. 7).

## Example
NIKF 空军一号 低帮板鞋 男女

## Use instead
Sell under your own brand. Exact brand names are not look-alikes, nor are names one
character away that does not sound alike (周六福 beside 周大福), nor ordinary words in titles
(Logo, Nice); a seller authorised for the brand is not flagged.""",
    ),
    Rule(
        code="CFT004", name="riding-on-brand", category="counterfeit", severity="medium",
        basis=f"{UNFAIR_CONFUSION}；{UNFAIR_FALSE}；{TRADEMARK}",
        summary="Riding on someone else's brand (XX同款、XX平替、XX御用供应商、跟XX一个工厂)",
        doc="""## What it does
Flags goods sold on another's brand: XX同款, XX平替, XX御用供应商, XX代工, 跟XX同一个工厂 /
一个配方 / 一个版, 不印XX标, where XX is a brand of the registry (or its nickname) that is
not the listing's declared brand, not one the unit is authorised for, and not the brand the
session says it is an authorised reseller or official store of.

## Why is this bad?
Using another's mark to sell one's own goods suggests a connection that does not exist
(Anti-Unfair Competition Law Art. 7) and is often a false claim about the goods (Art. 9).

## Example
始祖鸟同款 三合一冲锋衣 男 防水

## Use instead
Describe the goods themselves (三合一冲锋衣，防水面料). 大牌平替 without naming a brand, 男女同款,
主播同款 and an authorised reseller naming the brand it sells are not flagged.""",
    ),
    Rule(
        code="CFT005", name="implausible-brand-price", category="counterfeit", severity="high",
        basis=f"{TRADEMARK}；{LIVESTREAM}；{UNFAIR_FALSE}",
        summary="A brand's goods at a price below what they can genuinely cost (正品LV包只要两百)",
        doc="""## What it does
Flags a registry brand (or its nickname) named with a price below the registry's floor for
that brand and kind of goods, in speech (爱马仕丝巾只要八十九) or in a listing (title or declared
brand, and the listing price). The floor and its source are in ``lexicons/brands.toml``.

## Why is this bad?
Genuine goods of the brand are not sold at that price: the goods are almost certainly fake
(Trademark Law Art. 57; 网络直播营销管理办法 Art. 18(3)), or the claim is false (Anti-Unfair
Competition Law Art. 9).

## Example
劳力士的表，正品，九百九十九包邮

## Use instead
Sell genuine goods at their price. Not flagged: prices at or above the floor, a brand named in
a comparison (戴森平替 is CFT004, not this rule), and numbers that are not prices (两万毫安).""",
    ),
    Rule(
        code="CFT006", name="counter-price-gap", category="counterfeit", severity="medium",
        basis=f"{LIVESTREAM}；{UNFAIR_FALSE}",
        summary="A counter price in four figures against a live price of a fifth or less (专柜价四位数，直播间一百)",
        doc="""## What it does
Flags a counter price (专柜价、柜台价、专柜卖…) of 1000 yuan or more set against a live price of
at most a fifth of it in the same segment. When the segment names a registry brand whose floor
the live price is under, CFT005 says so instead.

## Why is this bad?
Branded goods are not sold at a fifth of their counter price: either the goods are not what
the counter sells (网络直播营销管理办法 Art. 18(3)), or the comparison is false (Anti-Unfair
Competition Law Art. 9). The price rules flag the comparison itself.

## Example
专柜要三万多，我们这里三百九十九，你们自己算

## Use instead
Compare only with prices you can prove, for the same goods. A smaller gap (专柜卖三百多，今天
五十九) is left to the price rules.""",
    ),
)

_CLAUSE = r"[,.!?;:，。！？、；：]"
_NOT_CLAUSE_END = r"[^,.!?;:，。！？、；：]"


@exemption("lifelike", "高仿真 / 仿真: how lifelike an artificial thing is (仿真绿植、高仿真度), not a copy of a brand")
def _lifelike(hit: Hit, text: Text) -> bool:
    return text.after(hit, 1) == "真"


_JADE = re.compile(r"翡翠|玉石|玉器|和田玉|缅甸玉|玉镯|翠|冰种|糯种|种水|天然玉")


@exemption("jade_grade", "A货 as the grade of jade: natural, untreated (翡翠A货)")
def _jade_grade(hit: Hit, text: Text) -> bool:
    return "货" in hit.term and bool(_JADE.search(text.text))


_RATIO = re.compile(r"比例|兑|配比|稀释|混合|调配|勾兑|冲泡|加水|比分|[0-9]+:[0-9]{2,}")


@exemption("ratio", "1:1 as a ratio or a score (按1:1的比例兑水、一比一混合), not a copy grade")
def _ratio(hit: Hit, text: Text) -> bool:
    window = text.text[max(0, hit.start - 10) : hit.end + 10]
    return bool(_RATIO.search(window))


_WARNING = re.compile(
    r"(?:不是|不卖|不做|不碰|没有|绝不|拒绝|谨防|小心|警惕|防止|防|杜绝|鉴别|识别|分辨|打击|举报|别买|避免买到|买到了?|怕买到|担心)"
    rf"{_NOT_CLAUSE_END}{{0,6}}$"
    rf"|(?:市面上|外面|网上)有?(?:很多|好多|不少|大量|太多|一堆|各种){_NOT_CLAUSE_END}{{0,4}}$"
)


@exemption("warning_or_denial", "a warning against fakes or a denial (谨防高仿、我们不卖A货、市面上很多高仿)")
def _warning_or_denial(hit: Hit, text: Text) -> bool:
    return bool(_WARNING.search(text.before(hit, 12)))


_OWN = re.compile(r"自己|自家|我们家|我家|本店|我们店|店里|本品牌|我们品牌|品牌自己|官方|原厂复刻")
_REPLICA = re.compile(r"一比一|1[:比]1|正品|原版|大牌|专柜|高仿|a货|五金|logo")
_REISSUE = re.compile(r"^(?:了|的)?(?:经典|老款|配色|年代|初代|周年|[0-9]{2,4}年)")
_REISSUE_BEFORE = re.compile(r"(?:经典|老款|经典款|年代|初代|配色|周年)的?$")


@exemption("own_reissue", "复刻 of the seller's own design (我们自己品牌复刻经典配色、复刻九十年代老款)")
def _own_reissue(hit: Hit, text: Text) -> bool:
    if _REPLICA.search(text.text):
        return False
    return (bool(_OWN.search(text.text)) or bool(_REISSUE.match(text.after(hit)))
            or bool(_REISSUE_BEFORE.search(text.before(hit, 6))))


_RECIPE = re.compile(r"菜|做法|口味|味道|奶茶|蛋糕|甜品|小吃|美食|烘焙|食谱|厨房|游戏")


@exemption("recipe", "复刻 of a dish, a drink or a game (复刻网红奶茶、复刻老菜), not of someone's goods")
def _recipe(hit: Hit, text: Text) -> bool:
    return bool(_RECIPE.search(text.text))


@exemption("order_record", "原单 as an order record or a former employer (原单号、原单价、按原单退回、原单位)")
def _order_record(hit: Hit, text: Text) -> bool:
    return hit.term == "原单" and bool(re.match(r"[号价据退返寄补位]|发货|地址", text.after(hit)))


_TRADE = re.compile(r"外贸|工厂|原厂|大牌|出口|代工|品牌|专柜|正品|[货款]")


@exemption("last_orders", "尾单 as the last few orders of a sale (最后的尾单了), with no word of the goods' origin")
def _last_orders(hit: Hit, text: Text) -> bool:
    return hit.term == "尾单" and not _TRADE.search(text.text.replace("尾单", ""))


@exemption("official_channel", "公司货 as official goods with warranty (国行公司货、全国联保), or inside 公司货源/货款/货真价实")
def _official_channel(hit: Hit, text: Text) -> bool:
    if hit.term != "公司货":
        return False
    return bool(re.match(r"[源运架车款物真品]", text.after(hit, 1))) or bool(re.search(r"国行|行货|联保|保修卡|官方保修", text.text))


_ORIGIN = re.compile(r"桂圆|龙眼|荔枝|枇杷|茶|产区|产地|特产|老家|旅游|文旅|妈祖|湄洲|海鲜|米粉|卤面|小吃|水果|果干|果肉|果园|干货")
_SHOE_TRADE = re.compile(r"鞋|纯原|版本|货|工厂|厂家|大牌|正品|专柜")


@exemption("place_of_origin", "莆田 as a place (福建莆田的桂圆), not the shoe trade (莆田货、莆田纯原)")
def _place_of_origin(hit: Hit, text: Text) -> bool:
    if hit.term != "莆田":
        return False
    return bool(_ORIGIN.search(text.text)) or not _SHOE_TRADE.search(text.text)


_KEEP_TAGS = re.compile(rf"(?:别|不要|不能|勿|请勿|先别|千万别|不可以|没有|没|未|不){_NOT_CLAUSE_END}{{0,3}}$")
_RETURNS = re.compile(r"退|换货|售后|二次销售")


@exemption("keep_tags_advice", "advice to keep the tags or return terms (收到先别剪标、剪标后不退换)")
def _keep_tags_advice(hit: Hit, text: Text) -> bool:
    return bool(_KEEP_TAGS.search(text.before(hit, 6))) or bool(_RETURNS.search(text.text))


@exemption("service_equivalence", "the same service, warranty or price as the counter (跟专柜一样的售后、和官方一样的保修)")
def _service_equivalence(hit: Hit, text: Text) -> bool:
    return bool(re.search(r"售后|保修|服务|质保|发票|同价|价格|验货|退换", text.clause_of(hit)))


_GOODS = re.compile(r"货|款|鞋|包|表|牌|标|logo|专柜|正品|原版|大牌|家的|同款|平替")


@exemption("no_goods_context", "a wink with nothing about goods or brands around it (这个价格你懂的)", lookalike=False)
def _no_goods_context(hit: Hit, text: Text) -> bool:
    return not _GOODS.search(text.text)


@exemption("return_terms", "tags or labels in return terms (标签撕掉了不退), not a hidden logo")
def _return_terms(hit: Hit, text: Text) -> bool:
    return bool(_RETURNS.search(text.text))


# First characters of registry brands (filled when the registry is compiled): 爱家 for 爱马仕,
# 戴家 for 戴森. Characters that make everyday words with 家 never count.
_BRAND_INITIALS: set[str] = set()
_HOUSEHOLD = set("大国老东自我人本全一两几多这那哪各每别他她你咱独名专商厂店买卖行农回住婆娘管作画玩赢庄亲持成当安搬居在到出离酒同")


@exemption("not_brand_initial", "X家 where X is an everyday word (大家, 老家, 商家) or no registry brand starts with X")
def _not_brand_initial(hit: Hit, text: Text) -> bool:
    span = text.text[hit.start : hit.end]
    at = span.find("家")
    if at < 1:
        return False
    head = span[at - 1]
    if not _HAN_CHAR.match(head):
        return False
    if head in _HOUSEHOLD or head not in _BRAND_INITIALS:
        return True
    # 可爱家居, 戴家湾: the character must not end a longer word before it.
    before = text.text[hit.start - 1 : hit.start] if hit.start and at == 1 and not span.startswith("问") else ""
    return bool(before and _HAN_CHAR.match(before) and before not in "是的了在")


_CHECKING = re.compile(r"假|仿|鉴别|辨别|识别|注意|查询|扫码|验证|正品都有|看清楚|检查")


@exemption("authenticity_check", "how to check a label (正品都有防伪标, 没有防伪码的别买)")
def _authenticity_check(hit: Hit, text: Text) -> bool:
    return bool(_CHECKING.search(text.text))


_OFF_PLATFORM = re.compile(r"私信|私聊|私我|微信|vx|wx|v信|薇信|加我|找我|想要带|带标|带.{0,6}(?:标|盒子|logo)的")
_AFTER_SALES = re.compile(r"售后|客服|退换|退货|发票|物流|优惠券|领券|进群|粉丝群|有问题|有疑问|咨询")


@exemption("no_off_platform", "unbranded goods sold openly, or 加微信 for after-sales (售后加微信)", lookalike=False)
def _no_off_platform(hit: Hit, text: Text) -> bool:
    span = text.text[hit.start : hit.end]
    if _AFTER_SALES.search(text.text):
        return True
    return span.startswith("直播间") and not _OFF_PLATFORM.search(text.text.replace(span, ""))


@exemption("copyright_notice", "翻印必究 and other copyright notices, not pirated goods")
def _copyright_notice(hit: Hit, text: Text) -> bool:
    return "翻印" in hit.term and bool(re.search(r"翻印必究|禁止翻印|严禁翻印|不得翻印|请勿翻印|版权所有", text.text))


_SHOE_VERSION = re.compile(r"鞋|懂鞋|纯原|莆田|配色|椰子|球鞋|货|大牌|正品|专柜")


@exemption("software_version", "版本 of software or a device (系统版本很高), not a copy grade")
def _software_version(hit: Hit, text: Text) -> bool:
    return "版本" in hit.term and not _SHOE_VERSION.search(text.text)


_OWN_LINE = re.compile(r"自己|自家|我们家|我家|本店|我们店|本品牌|我们品牌|自有|之前的款|上一代|老款")


@exemption("own_line", "the seller's own brand made on one line (我们自家品牌同一条生产线)")
def _own_line(hit: Hit, text: Text) -> bool:
    return bool(_OWN_LINE.search(text.text))


# --- The brand registry -------------------------------------------------------------------

_LATIN_WORD = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*")
_ASCII_ALNUM = re.compile(r"[a-z0-9]")
_LATIN_LETTER = re.compile(r"[a-z]")
MIN_LATIN = 4
MIN_HAN = 3
_HAN_RUN = re.compile(rf"[\u3400-\u9fff]{{{MIN_HAN},}}")
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
_CONFUSABLE = str.maketrans({"0": "o", "a": "o", "1": "l", "i": "l", "|": "l", "!": "l", "3": "e", "f": "e",
                             "5": "s", "8": "b", "u": "v", "q": "g", "9": "g"})
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """The shape of a Latin word to the eye: doubled letters once, confusable letters folded."""
    return _DOUBLED.sub(r"\1", word.replace("rn", "m").replace("vv", "w")).translate(_CONFUSABLE)


@lru_cache(maxsize=4096)
def _syllable(char: str) -> str:
    return lazy_pinyin(char)[0]


def _sounds_alike(a: str, b: str) -> bool:
    """Two characters that sound alike: toneless pinyin one letter apart (儿/尔, 斯/期), or two
    with the same first letter (登/顿)."""
    pa, pb = _syllable(a), _syllable(b)
    distance = Levenshtein.distance(pa, pb)
    return distance <= 1 or (distance == 2 and pa[0] == pb[0])


@dataclass(frozen=True)
class Mention:
    """A registry brand named in a text (normalised offsets)."""

    brand: Brand
    start: int
    end: int
    kind: str
    spelling: str
    ambiguous: bool = False


@dataclass(frozen=True)
class Lookalike:
    """A spelling that imitates a registry brand (normalised offsets)."""

    brand: Brand
    start: int
    end: int
    spelling: str
    imitates: str


class BrandIndex:
    """The brand registry compiled for matching: names, product words and look-alike targets."""

    def __init__(self, lexicon: Lexicon):
        self.brands = lexicon.brands
        self._keys: dict[str, list[tuple[Brand, str]]] = {}
        for brand in self.brands:
            for kind, spellings in (("name", brand.names), ("alias", brand.aliases), ("nickname", brand.nicknames)):
                for spelling in spellings:
                    key = normalize_term(spelling)
                    if key and (brand, kind) not in self._keys.get(key, []):
                        self._keys.setdefault(key, []).append((brand, kind))
        self._names = _automaton(self._keys)
        for brand in self.brands:
            for spelling in (*brand.names, *brand.aliases):
                head = normalize_term(spelling)[:1]
                if _HAN_CHAR.match(head):
                    _BRAND_INITIALS.add(head)
        self._types = _automaton({word: kind for kind, words in lexicon.product_types.items() for word in words})
        # Look-alike targets, keyed for candidate lookup: Latin names by skeleton, Chinese names
        # by each one-character wildcard ("香奈?" finds 香奈儿 for 香奈尔).
        self._latin: dict[str, list[tuple[str, Brand]]] = {}
        self._han: dict[str, list[tuple[str, Brand]]] = {}
        self._han_lengths: set[int] = set()
        self._han_chars: set[str] = set()
        for key, entries in self._keys.items():
            for brand, kind in entries:
                if kind == "nickname":
                    continue
                if _LATIN_WORD.fullmatch(key) and len(key) >= MIN_LATIN:
                    self._latin.setdefault(skeleton(key), []).append((key, brand))
                elif _HAN_RUN.fullmatch(key) and key not in brand.ambiguous:
                    self._han_lengths.add(len(key))
                    self._han_chars.update(key)
                    for wildcard in _wildcards(key):
                        self._han.setdefault(wildcard, []).append((key, brand))

    def resolve(self, name: str | None) -> Brand | None:
        """The registry brand a declared or authorised brand name stands for, if any."""
        if not name:
            return None
        entries = self._keys.get(normalize_term(name), [])
        return entries[0][0] if entries else None

    def product_types(self, text: str) -> set[str]:
        return {kind for _, (_, kind) in self._types.iter(text)} if text and self._types else set()

    def sells(self, brand: Brand, types: set[str]) -> bool:
        """Whether the brand sells goods of one of these product types."""
        specific = set(brand.floors) - {"default"}
        return bool(types & specific) if specific else bool(types)

    def mentions(self, text: Text) -> list[Mention]:
        """Registry brands named in the text, the longest spelling where they overlap.

        One-character spellings (鸟) are never enough. A spelling the registry marks ambiguous
        (苹果, 小米, 小香, 老花) counts as X家, or beside goods the brand sells in the same clause
        and not as the head of an everyday word (小香风, 老花镜, 苹果醋).
        """
        if self._names is None:
            return []
        found: list[Mention] = []
        for last, (key, entries) in self._names.iter(text.text):
            start, end = last - len(key) + 1, last + 1
            if len(key) < 2 or (_ASCII_ALNUM.search(key) and not _latin_bounded(text, start, end)):
                continue
            for brand, kind in entries:
                ambiguous = key in brand.ambiguous
                if ambiguous and not self._in_context(text, start, end, brand, key):
                    continue
                found.append(Mention(brand, start, end, kind, key, ambiguous))
        return [m for m in found if not any(
            o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in found)]

    def _in_context(self, text: Text, start: int, end: int, brand: Brand, key: str) -> bool:
        s = text.text
        if s.startswith("家", end):
            return True
        if _HAN_CHAR.match(key[-1]) and end < len(s) and _HAN_CHAR.match(s[end]) \
                and s[end] not in "的牌" and not self._starts_product(s, end):
            return False
        clause_start, clause_end = text.clause_at(start)
        return self.sells(brand, self.product_types(s[clause_start:clause_end]))

    def _starts_product(self, text: str, position: int) -> bool:
        window = text[position : position + 8]
        return any(last + 1 == len(word) for last, (word, _) in self._types.iter(window)) if self._types else False

    def latin_lookalike(self, word: str) -> tuple[Brand, str] | None:
        """The brand a Latin word imitates: a name of the same skeleton, or of the skeleton with
        two neighbouring letters swapped, within a length-aware edit distance of the word."""
        if len(word) < MIN_LATIN or word in self._keys:
            return None
        shape = skeleton(word)
        candidates = list(self._latin.get(shape, ()))
        for i in range(len(shape) - 1):
            swapped = shape[:i] + shape[i + 1] + shape[i] + shape[i + 2 :]
            if swapped != shape:
                candidates.extend(self._latin.get(swapped, ()))
        if not candidates:
            return None
        cutoff = 1 if len(word) <= 6 else 2
        match = process.extractOne(word, [name for name, _ in candidates], scorer=OSA.distance, score_cutoff=cutoff)
        if match is None:
            return None
        name, _, index = match
        return candidates[index][1], name

    def han_lookalike(self, window: str) -> tuple[Brand, str] | None:
        """The brand a Chinese window imitates: one character replaced by one that sounds alike."""
        if window in self._keys:
            return None
        candidates = [c for wildcard in _wildcards(window) for c in self._han.get(wildcard, ())]
        if not candidates:
            return None
        alike = []
        for name, distance, index in process.extract(window, [name for name, _ in candidates],
                                                     scorer=Levenshtein.distance, score_cutoff=1):
            a, b = next((a, b) for a, b in zip(window, name) if a != b)
            if distance == 1 and _HAN_CHAR.match(a) and _sounds_alike(a, b):
                alike.append((Levenshtein.distance(_syllable(a), _syllable(b)), name, candidates[index][1]))
        if not alike:
            return None
        _, name, brand = min(alike, key=lambda found: found[0])
        return brand, name

    def lookalikes(self, text: Text, mentions: list[Mention], in_title: bool) -> list[Lookalike]:
        """Look-alike spellings in a title (Latin and Chinese) or a segment (Latin beside goods)."""
        found: list[Lookalike] = []
        exact = [(m.start, m.end) for m in mentions]
        types = self.product_types(text.text) if in_title else set()
        for word, a, b in _latin_candidates(fold(text.norm.original)) if _LATIN_LETTER.search(text.text) else ():
            target = self.latin_lookalike(word)
            if target is None:
                continue
            start, end = _to_normalised(text, a, b)
            if _within(start, end, exact) or _overlaps(start, end, [(f.start, f.end) for f in found]):
                continue
            if in_title:
                if types and not self.sells(target[0], types):
                    continue
            else:
                clause_start, clause_end = text.clause_at(start)
                if not self.sells(target[0], self.product_types(text.text[clause_start:clause_end])):
                    continue
            found.append(Lookalike(target[0], start, end, word, target[1]))
        if in_title and self._han:
            found.extend(self._han_lookalikes(text.text, exact, [(f.start, f.end) for f in found], types))
        return found

    def _han_lookalikes(self, s: str, exact: list[tuple[int, int]], taken: list[tuple[int, int]],
                        types: set[str]) -> Iterator[Lookalike]:
        """Chinese windows of a title that imitate a name the registry knows for these goods
        (not inside an exact name, not overlapping a look-alike already found)."""
        index = self._han
        for run in _HAN_RUN.finditer(s):
            # A window one character away from a name holds all but one of its characters.
            first, last = run.span()
            known = [0]
            for char in run.group():
                known.append(known[-1] + (char in self._han_chars))
            for length in self._han_lengths:
                for offset in range(first, last - length + 1):
                    if known[offset - first + length] - known[offset - first] < length - 1:
                        continue
                    end = offset + length
                    window = s[offset:end]
                    if not any(window[:i] + "?" + window[i + 1 :] in index for i in range(length)):
                        continue
                    if _within(offset, end, exact) or _overlaps(offset, end, taken):
                        continue
                    target = self.han_lookalike(window)
                    if target and self.sells(target[0], types):
                        taken.append((offset, end))
                        yield Lookalike(target[0], offset, end, window, target[1])


def _latin_candidates(folded: str) -> Iterator[tuple[str, int, int]]:
    """Latin words of a folded original text, and each pair of adjacent words run together."""
    words = list(_LATIN_WORD.finditer(folded))
    for index, match in enumerate(words):
        yield match.group(), match.start(), match.end()
        if index + 1 < len(words):
            following = words[index + 1]
            if not folded[match.end() : following.start()].strip():
                yield match.group() + following.group(), match.start(), following.end()


def _wildcards(word: str) -> list[str]:
    return [word[:i] + "?" + word[i + 1 :] for i in range(len(word))]


def _automaton(table: dict[str, object]) -> ahocorasick.Automaton | None:
    if not table:
        return None
    automaton = ahocorasick.Automaton()
    for key, value in table.items():
        automaton.add_word(key, (key, value))
    automaton.make_automaton()
    return automaton


def _latin_bounded(text: Text, start: int, end: int) -> bool:
    """A Latin spelling must not be part of a longer Latin word of the original text (silver
    holds lv); a model number may follow it (AJ1)."""
    a, b = text.norm.to_original(start, end)
    original = text.norm.original
    before = a > 0 and _ASCII_ALNUM.match(fold(original[a - 1]))
    after = b < len(original) and fold(original[b]).isascii() and fold(original[b]).isalpha()
    return not (before or after)


def _to_normalised(text: Text, a: int, b: int) -> tuple[int, int]:
    """The normalised span of an original span (the inverse of ``Normalized.to_original``)."""
    offsets = text.norm.offsets
    if offsets is None:
        return a, b
    return bisect_left(offsets, a), bisect_left(offsets, b)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


# --- Prices --------------------------------------------------------------------------------

_PRICE_BEFORE = re.compile(r"(?:只要|只卖|只需|才|仅|仅需|卖|价|今天|直播间|到手|给到|这里|这边|拿走|售价|现价|秒杀|一口价|特价|福利)[^,.!?;:，。！？；：]{0,3}$")
_PRICE_AFTER = re.compile(r"^(?:包邮|一[双件个支瓶套条只块盒条]|拿走|到手|带走|秒杀)")
_NOT_PRICE_AFTER = re.compile(r"^(?::[0-9]|比[0-9一二三四五六七八九十]|毫安|mah|克|g|ml|毫升|寸|号|代|年|月|天|岁|米|厘米|cm|mm|斤|粒|片|层|度|倍|w|瓦|小时|分钟|秒|次|个月|周|人|位|款|色|码|%|折)")
_MONEY = re.compile(r"[元块¥钱]|rmb")
_COUNTER = re.compile(r"专柜|柜台")
MIN_COUNTER_PRICE = 1000.0
COUNTER_GAP = 0.2


_RATIO_BEFORE = re.compile(r"[0-9一二三四五六七八九十][:比]$")
_CLAUSE_BEFORE = re.compile(rf"(?:^|{_CLAUSE})$")
_CLAUSE_AFTER = re.compile(rf"(?:{_CLAUSE}|$)")
_CLAUSE_MARK = re.compile(_CLAUSE)


def _prices(text: str, amounts: list[Amount]) -> list[Amount]:
    """Amounts said as prices: with a money unit, a price cue, or standing as a clause alone;
    not measures (两万毫安), model numbers or ratios (1:1)."""
    prices = []
    for amount in amounts:
        if amount.percent or amount.value <= 0:
            continue
        after = text[amount.end : amount.end + 4]
        before = text[max(0, amount.start - 8) : amount.start]
        if _NOT_PRICE_AFTER.match(after) or _RATIO_BEFORE.search(before):
            continue
        alone = _CLAUSE_BEFORE.search(before) and _CLAUSE_AFTER.match(after)
        if _MONEY.search(amount.text) or _PRICE_BEFORE.search(before) or _PRICE_AFTER.match(after) or alone:
            prices.append(amount)
    return prices


def _counter_price(text: str, amount: Amount) -> bool:
    """An amount said as the counter's price (专柜卖三万多, 柜台价一万二)."""
    clause_start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, amount.start)), default=0)
    return bool(_COUNTER.search(text, max(clause_start, amount.start - 8), amount.start))


# --- Riding on a brand and speaking for one's own --------------------------------------------

_SHARED_STYLE = r"男女|情侣|亲子|主播|明星|网红|闺蜜|母女|父子|夫妻|姐妹|老板|专柜|官方|官网|正品"
_RIDING_AFTER = re.compile(
    rf"^家?的?(?:(?!{_SHARED_STYLE}){_NOT_CLAUSE_END}){{0,8}}?(?P<phrase>同款|平替|替代品|御用|供应商|代工|同厂|同源|同配方"
    r"|同一?[个家条]?(?:工厂|厂|代工厂|配方|版|模具|产线|流水线)|一[个家条](?:工厂|厂|代工厂|配方|版|模具|产线|流水线)"
    r"|一模一样|一个样|没区别|没有区别|分不出)"
)
_RIDING_LATER = re.compile(r"(?:它|他|她|人家|这家|那家)的?(?P<phrase>平替|同款|御用|代工)")
_NO_MARK_BEFORE = re.compile(r"(?:不印|没印|不带|不打|没有)$")
_NO_MARK_AFTER = re.compile(r"^家?的?(?:标|logo|商标)")
_OWN_AFTER = re.compile(r"^的?(?:品牌)?(?:官方|授权|旗舰|自营|直营|专营|专卖|品牌方|正品授权)")
_COMPARISON = re.compile(r"平替|同款|替代|代工|同厂|一个工厂|同一个工厂|御用")
_NOT_THE_GOODS = re.compile(r"(?:比|像|跟|和|与|不输|媲美|吊打|适用于?|适配|兼容|支持|用|配|给|卖过|for)$")
_FITS_AFTER = re.compile(r"^的?(?:手机|电脑|平板|设备|安卓)*(?:也|都)?(?:能|可以|能够|支持)(?:用|连|充|适配)")
_OWN_GOODS = re.compile(r"自有品牌|自己的品牌|自家品牌|我们自己的|我们自己家|自己家的|不碰别人的牌子")
_ORIGINAL = re.compile(r"原装|正品|官方|原厂")
# Accessories name the device they fit (iPhone手机壳): a brand there is no claim about the goods.
FITS_DEVICES = "electronic_accessories"


def _riding(text: Text, mention: Mention) -> tuple[str, int] | None:
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


def _speaks_for(text: Text, mention: Mention) -> bool:
    """本店为XX授权经销商, XX官方旗舰店: the session sells this brand as its own."""
    return bool(_OWN_AFTER.match(text.text[mention.end :]))


# --- The detector --------------------------------------------------------------------------


@dataclass
class _Signal:
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


class _Context:
    """What a session says about itself: the brands it may name and the goods it sells.

    ``authorised`` are the brands of the unit's authorisations, ``claimed`` those the session
    says it is an authorised reseller or official store of, ``declared`` those of its listings.
    Speech may name any of them; a listing the first two and its own declared brand. The
    product types are only worked out when a price check needs them.
    """

    def __init__(self, index: BrandIndex, session: Session, texts: list[Text], authorised: frozenset[str],
                 claimed: frozenset[str], declared: frozenset[str]):
        self._index, self._session, self._texts = index, session, texts
        self.authorised, self.claimed, self.declared = authorised, claimed, declared
        self.own = authorised | claimed | declared

    @cached_property
    def product_types(self) -> frozenset[str]:
        types: set[str] = set()
        for text in self._texts:
            types |= self._index.product_types(text.text)
        for listing in self._session.listings:
            types |= self._index.product_types(normalize_term(listing.title or ""))
        return frozenset(types)


class CounterfeitDetector:
    """Counterfeit and trademark signals in segments and listing titles."""

    name = "counterfeit"

    def __init__(self, lexicon: Lexicon, enabled: frozenset[str], options: Options):
        self.matcher = options.matcher
        self.index = BrandIndex(lexicon)
        self.authorisations = options.authorisations
        self.type_labels = {kind: words[0] for kind, words in lexicon.product_types.items() if words}

    def detect(self, session: Session, texts: list[Text]) -> Iterable[Finding]:
        mentions = [self.index.mentions(text) for text in texts]
        context = self._context(session, texts, mentions)
        for segment, text, named in zip(session.segments, texts, mentions):
            hits = text.hits(self.matcher, "CFT")
            lookalikes = self.index.lookalikes(text, named, in_title=False) if _LATIN_LETTER.search(text.text) else []
            counter = _COUNTER.search(text.text)
            if not (hits or named or lookalikes or counter):
                continue
            named = _outside(named, lookalikes)
            signals = list(self._signals(text, hits, named, lookalikes, context.own, context.authorised))
            if named or counter:
                signals.extend(self._spoken_price(text, named, context))
            for signal in _grouped(signals) if signals else ():
                yield segment_finding(
                    session, segment, text, signal.code, signal.start, signal.end, signal.message,
                    signal.confidence, severity=signal.severity, basis=signal.basis,
                    explanation=signal.explanation,
                )
        for listing in session.listings:
            yield from self._listing_findings(session, listing, context)

    def _context(self, session: Session, texts: list[Text], mentions: list[list[Mention]]) -> _Context:
        """Brands declared on the listings, authorised for the unit, or claimed as the store's own."""
        authorised = {brand.id for brand in map(self.index.resolve, self.authorisations.get(session.unit_id or "", ()))
                      if brand}
        declared = {brand.id for brand in map(self.index.resolve, (l.brand for l in session.listings)) if brand}
        claimed = {m.brand.id for text, named in zip(texts, mentions) for m in named if _speaks_for(text, m)}
        return _Context(self.index, session, texts, frozenset(authorised), frozenset(claimed), frozenset(declared))

    def _signals(self, text: Text, hits: list[Hit], named: list[Mention], lookalikes: list[Lookalike],
                 own: frozenset[str], authorised: frozenset[str]) -> Iterator[_Signal]:
        """Slang, coded references, riding and look-alikes. Naming a brand in ``own`` is
        legitimate; a look-alike is excused only for a brand the seller is authorised for."""
        others = [m for m in named if m.brand.id not in own]
        if hits:
            brand_names = list(dict.fromkeys([m.brand.display for m in others] + [l.brand.display for l in lookalikes]))
            for hit in hits:
                if exempting(hit, text) is None:
                    yield self._slang_signal(hit, text, brand_names)
        if not others and not lookalikes:
            return
        spelled_out = {m.brand.id for m in named if m.kind != "nickname"}
        for mention in others:
            coded = mention.kind == "nickname" and mention.brand.id not in spelled_out
            if coded and (not mention.ambiguous or text.text.startswith("家", mention.end)):
                yield _Signal(
                    "CFT002", mention.start, mention.end,
                    f"以昵称「{text.norm.original_span(mention.start, mention.end)}」暗指品牌{mention.brand.display}",
                    0.8, explanation=_brand_explanation(mention.brand, "nickname", mention.spelling),
                )
            riding = _riding(text, mention)
            if riding:
                phrase, end = riding
                yield _Signal(
                    "CFT004", mention.start, end,
                    f"以「{phrase}」之类说法借他人品牌{mention.brand.display}宣传商品",
                    0.8, explanation={**_brand_explanation(mention.brand, "riding", mention.spelling),
                                      "phrase": phrase},
                )
        for lookalike in lookalikes:
            if lookalike.brand.id in authorised:
                continue
            yield _Signal(
                "CFT003", lookalike.start, lookalike.end,
                f"「{text.norm.original_span(lookalike.start, lookalike.end)}」疑似仿冒品牌"
                f"{self._imitated(lookalike.brand, lookalike.imitates)}的近似标识",
                0.85, explanation={**_brand_explanation(lookalike.brand, "lookalike", lookalike.spelling),
                                   "imitates": lookalike.imitates},
            )

    def _slang_signal(self, hit: Hit, text: Text, brand_names: list[str]) -> _Signal:
        term = text.norm.original_span(hit.start, hit.end)
        explanation = hit_explanation(hit, self.name)
        severity = hit.entry.severity
        if hit.entry.rule == "CFT001":
            message = f"使用假货行话「{term}」"
            if brand_names:
                severity = "high"
                message += f"，涉及品牌：{'、'.join(brand_names)}"
                explanation["brands"] = brand_names
        else:
            message = f"以暗语或遮挡方式回避品牌：「{term}」"
        if hit.variant:
            explanation["note"] = "written to dodge filters"
        return _Signal(hit.entry.rule, hit.start, hit.end, message, hit.entry.confidence,
                       severity=severity, basis=hit.entry.basis, explanation=explanation, term=term)

    def _spoken_price(self, text: Text, named: list[Mention], context: _Context) -> Iterator[_Signal]:
        """CFT005 for a brand said with a price under its floor, else CFT006 for a counter-price gap."""
        amounts = find_amounts(text.text)
        live = [p for p in _prices(text.text, amounts) if not _counter_price(text.text, p)]
        if not live:
            return
        price = min(live, key=lambda p: p.value)
        below = self._below_floor(text.text, named, price.value, context.product_types)
        if below:
            mention, floor, kind = below
            yield _Signal(
                "CFT005", mention.start, mention.end,
                f"称品牌{mention.brand.display}的商品售价{_yuan(price.value)}元，"
                f"低于该品牌{self._kind(kind)}的可信最低价{_yuan(floor)}元",
                0.8, explanation={**_brand_explanation(mention.brand, "price_below_floor", mention.spelling),
                                  "price": price.value, "price_text": price.text, "floor": floor,
                                  "product_type": kind, "floor_source": mention.brand.floor_source},
            )
            return
        counter = [a for a in amounts
                   if not a.percent and a.value >= MIN_COUNTER_PRICE and _counter_price(text.text, a)]
        if counter:
            reference = max(counter, key=lambda p: p.value)
            if price.value <= COUNTER_GAP * reference.value:
                yield _Signal(
                    "CFT006", reference.start, price.end,
                    f"专柜价约{_yuan(reference.value)}元，直播间售价{_yuan(price.value)}元，"
                    f"仅为其{price.value / reference.value:.0%}，价格悬殊，疑似非正品",
                    0.7, explanation={"detector": self.name, "signal": "counter_price_gap",
                                      "counter_price": reference.value, "price": price.value},
                )

    def _below_floor(self, text: str, named: list[Mention], price: float,
                     fallback: frozenset[str]) -> tuple[Mention, float, str | None] | None:
        """The first brand said to be the goods whose floor is above the price.

        Not when the brand is only compared with (戴森平替, 比LV还好看, 我平时也用兰蔻), the seller
        says the goods are its own brand, or the brand is the device an accessory or gadget fits
        (适用苹果, iPhone手机壳, 华为手机也能用) unless the accessory is said to be original.
        """
        if _COMPARISON.search(text) or _OWN_GOODS.search(text):
            return None
        for mention in named:
            if mention.kind == "nickname" and mention.ambiguous:
                continue
            if _NOT_THE_GOODS.search(text[max(0, mention.start - 3) : mention.start]) \
                    or _FITS_AFTER.match(text[mention.end :]):
                continue
            floor, kind = self._floor(mention.brand, text, fallback)
            if kind == FITS_DEVICES and not _ORIGINAL.search(text):
                continue
            if floor is not None and price < floor:
                return mention, floor, kind
        return None

    def _floor(self, brand: Brand, text: str, fallback: frozenset[str]) -> tuple[float | None, str | None]:
        """The brand's floor for the goods the text names, else for those the session sells.

        Several matching product types take the lowest floor. Goods named in the text that the
        brand does not sell (拉菲草编织包 is no Lafite) take none; unknown goods take the default.
        """
        named = self.index.product_types(text)
        kinds = (named or fallback) & brand.floors.keys()
        if kinds:
            kind = min(kinds, key=brand.floor)
            return brand.floor(kind), kind
        if named and set(brand.floors) != {"default"}:
            return None, None
        return brand.floor(None), None

    def _listing_findings(self, session: Session, listing: Listing, context: _Context) -> Iterator[Finding]:
        title = Text.of(listing.title or "")
        declared = self.index.resolve(listing.brand)
        mine = frozenset({declared.id} if declared else ())
        named = self.index.mentions(title)
        lookalikes = self.index.lookalikes(title, named, in_title=True)
        named = _outside(named, lookalikes)
        own = context.authorised | context.claimed | mine
        hits = title.hits(self.matcher, "CFT")
        signals = list(self._signals(title, hits, named, lookalikes, own, context.authorised | mine))
        if listing.brand and declared is None and not lookalikes:
            signals.extend(self._declared_lookalike(listing.brand, title))
        if listing.price is not None and listing.price > 0:
            signals.extend(self._listing_price(title, named, declared, listing.price))
        for signal in _grouped(signals):
            yield self._listing_finding(session, listing, title, signal)

    def _declared_lookalike(self, declared: str, title: Text) -> Iterator[_Signal]:
        """A declared brand that imitates a registry brand, when the title does not show it."""
        spelling = normalize_term(declared)
        if _LATIN_WORD.fullmatch(spelling):
            target = self.index.latin_lookalike(spelling)
        else:
            target = self.index.han_lookalike(spelling)
            if target and not self.index.sells(target[0], self.index.product_types(title.text)):
                target = None
        if target:
            brand, imitates = target
            yield _Signal(
                "CFT003", 0, 0, f"申报品牌「{declared}」疑似仿冒品牌{self._imitated(brand, imitates)}的近似标识",
                0.8, explanation={**_brand_explanation(brand, "lookalike", spelling), "imitates": imitates,
                                  "field": "brand"},
            )

    def _listing_price(self, title: Text, named: list[Mention], declared: Brand | None,
                       price: float) -> Iterator[_Signal]:
        candidates = [m for m in named if not (m.kind == "nickname" and m.ambiguous)]
        if declared and declared.id not in {m.brand.id for m in candidates}:
            candidates.append(Mention(declared, 0, 0, "name", declared.display))
        below = self._below_floor(title.text, candidates, price, frozenset())
        if below:
            mention, floor, kind = below
            yield _Signal(
                "CFT005", mention.start, mention.end,
                f"品牌{mention.brand.display}的商品标价{_yuan(price)}元，"
                f"低于该品牌{self._kind(kind)}的可信最低价{_yuan(floor)}元",
                0.8, explanation={**_brand_explanation(mention.brand, "price_below_floor", mention.spelling),
                                  "price": price, "floor": floor, "product_type": kind,
                                  "floor_source": mention.brand.floor_source},
            )

    def _imitated(self, brand: Brand, imitates: str) -> str:
        """The brand's display name, and the spelling imitated when it is another (耐克（nike）)."""
        return brand.display if imitates == normalize_term(brand.display) else f"{brand.display}（{imitates}）"

    def _kind(self, kind: str | None) -> str:
        return f"{self.type_labels.get(kind, kind)}类商品" if kind else "商品"

    def _listing_finding(self, session: Session, listing: Listing, title: Text, signal: _Signal) -> Finding:
        in_title = signal.end > signal.start
        return listing_finding(
            session, listing, signal.code, signal.message, signal.confidence,
            severity=signal.severity, basis=signal.basis,
            explanation={"field": "title" if in_title else "brand", **signal.explanation},
            span=title.norm.to_original(signal.start, signal.end) if in_title else None,
            evidence=None if in_title else (listing.brand or ""),
        )


def _outside(named: list[Mention], lookalikes: list[Lookalike]) -> list[Mention]:
    """Mentions that are not part of a look-alike (阿迪 inside 阿迪达期)."""
    spans = [(l.start, l.end) for l in lookalikes]
    return [m for m in named if not _within(m.start, m.end, spans)] if spans else named


def _grouped(signals: list[_Signal]) -> Iterator[_Signal]:
    """One signal per rule: the first, the highest severity, the others named in ``also``
    (a signal inside a longer one of the same rule, 尾单 in 外贸尾单, is left out)."""
    by_rule: dict[str, list[_Signal]] = {}
    for signal in signals:
        by_rule.setdefault(signal.code, []).append(signal)
    order = {"low": 0, "medium": 1, "high": 2}
    for code, group in by_rule.items():
        group = [s for s in group if not any(
            o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start for o in group)]
        group.sort(key=lambda s: s.start)
        first = group[0]
        severity = max((s.severity or rules.get(code).severity for s in group), key=order.__getitem__)
        explanation = dict(first.explanation)
        message = first.message
        terms = list(dict.fromkeys(s.term for s in group if s.term))
        if first.term and len(terms) > 1:
            message = message.replace(f"「{first.term}」", "「" + "」「".join(terms) + "」", 1)
        others = [s.message for s in group[1:] if not s.term or not first.term]
        if others:
            explanation["also"] = others
        yield _Signal(code, first.start, first.end, message, max(s.confidence for s in group),
                      severity, first.basis, explanation, first.term)


def _brand_explanation(brand: Brand, signal: str, spelling: str) -> dict:
    return {"detector": CounterfeitDetector.name, "signal": signal, "brand": brand.id,
            "brand_name": brand.display, "spelling": spelling, "registry": f"{brand.source.rsplit('/', 1)[-1]}:{brand.line}"}


def _yuan(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:.2f}".rstrip("0")


