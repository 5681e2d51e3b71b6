"""Prohibited advertising wording (category ``wording``).

Terms and patterns live in ``lexicons/wording.toml``; this module registers the rules, the
exemptions of the 2023 enforcement guide (Arts. 5-6) and of LABELING.md as named filters, and
turns what survives into findings, one per rule and segment.
"""
from __future__ import annotations

import re
from typing import Iterable

from integrity.detectors.base import hit_explanation, segment_finding
from integrity.filters import exempting, exemption
from integrity.findings import Finding
from integrity.lexicons import Lexicon
from integrity.matcher import Hit, Matcher, Text
from integrity.model import Session
from integrity.rules import Rule, register

AD_LAW = "《中华人民共和国广告法》"
GUIDE = "《广告绝对化用语执法指南》"

register(
    Rule(
        code="WRD001", name="absolute-claim", category="wording", severity="medium",
        basis=f"{AD_LAW}第九条第（三）项；{GUIDE}",
        summary="Absolute or superlative claim about the goods (最好、第一、顶级、独一无二、万能、永久…)",
        doc="""## What it does
Flags absolute and superlative words that describe the goods or the seller as a seller of the
goods: 最好/最佳/最强, 全网第一/销量第一/第一名, 顶级/极品, 史无前例, 独一无二, 没有之一, 万能,
百分之百, 永久, and variants written with symbols, homophones or pinyin (最🔥好, 蕞好, zui好).

## Why is this bad?
Article 9(3) of the Advertising Law forbids 国家级、最高级、最佳 and words of the same meaning.
Such claims cannot be verified and mislead buyers.

## Example
这个面霜是全网最好用的，没有之一

## Use instead
Describe a verifiable property (保湿成分含量5%), or a bounded and sourced fact
(2025年上半年某平台面霜类目销量第一，数据来源：平台榜单). Everyday words (最近、最后一个链接、
最少拍两件), usage tips (最好三天内吃完) and service goals (服务最用心) are not flagged.""",
    ),
    Rule(
        code="WRD002", name="state-level-claim", category="wording", severity="medium",
        basis=f"{AD_LAW}第九条第（三）项",
        summary="Claims a national, world or global grade (国家级、世界级、全球顶级…)",
        doc="""## What it does
Flags 国家级、世界级、国际级、全球级 and 宇宙级 used as a grade of the goods or their quality.

## Why is this bad?
国家级 is one of the words the Advertising Law names in Article 9(3); it suggests an official
endorsement the goods do not have.

## Example
我们家的鱼油是国家级的品质

## Use instead
Name the real certificate or standard (执行标准GB/T 12345, 国家地理标志保护产品 where it applies).
Official designations such as 国家级非物质文化遗产 are not flagged.""",
    ),
    Rule(
        code="WRD003", name="medical-claim", category="wording", severity="high",
        basis=f"{AD_LAW}第十七条、第十八条",
        summary="Disease-treatment, prevention or medical claims for goods that are not medicine",
        doc="""## What it does
Flags treatment and prevention claims and medical terms for ordinary goods, food and health
food: 治疗、治好、根治、降血压、降血糖、抗癌、消炎、预防感冒, or a disease named with an effect
(吃了胃疼就好了, 有鼻炎的开了它鼻炎就好了).

## Why is this bad?
Article 17 forbids any advertising other than for medicine and medical devices to claim a
disease-treatment function or use medical terms; Article 18 forbids health food to claim to
prevent or treat disease.

## Example
这个益生菌吃了肠胃病都能治好

## Use instead
State what the product is and its approved function, if any (蓝帽子保健食品，具有调节肠道菌群
功能), and add that it does not replace medicine. Disclaimers such as 保健食品不能代替药物治疗
疾病 are not flagged.""",
    ),
    Rule(
        code="WRD004", name="efficacy-guarantee", category="wording", severity="high",
        basis=f"{AD_LAW}第十八条第一款第（一）项、第二十八条",
        summary="Guarantees of efficacy or safety (保证有效、无副作用、不反弹…)",
        doc="""## What it does
Flags assertions or guarantees of efficacy and safety: 保证有效、百分百有效、无效退款、没有任何
副作用、不反弹、立竿见影.

## Why is this bad?
Health food advertising may not assert or guarantee efficacy or safety (Art. 18(1)(1)); for any
goods such guarantees are false or unverifiable claims (Art. 28).

## Example
喝一个月保证有效，没有任何副作用

## Use instead
Describe the product and its ingredients; say that effects differ from person to person.""",
    ),
    Rule(
        code="WRD005", name="invented-effect", category="wording", severity="medium",
        basis=f"{AD_LAW}第二十八条第二款第（四）项",
        summary="Invented effects or testimonials presented as fact (吃了两盒瘦了二十斤…)",
        doc="""## What it does
Flags effects promised as fact and testimonials given as guarantees: 瘦了二十斤、斑全部消失、
皱纹全没了、白两个度、回到十八岁、吃了不长胖、智商都能提高.

## Why is this bad?
Article 28(2)(4) calls an advertisement false when it invents the effect of using the goods.

## Example
我有个粉丝吃了两盒瘦了二十斤，你吃你也瘦

## Use instead
Describe what the product does without promising a result; hedged personal experience
(因人而异) is not flagged.""",
    ),
    Rule(
        code="WRD006", name="promised-returns", category="wording", severity="medium",
        basis=f"{AD_LAW}第二十四条、第二十五条",
        summary="Promises of returns, income or exam results (赚回学费、月入过万、保证能考…)",
        doc="""## What it does
Flags promises of income, returns on investment and guaranteed results of courses and
training: 学费赚回来、月入过万、稳赚、保过、保证能考一百分、成绩提高三十分.

## Why is this bad?
Article 24 forbids education and training ads to promise results; Article 25 forbids ads with
an expected return to guarantee future income.

## Example
学完一个月就能把学费赚回来

## Use instead
Describe the course content; say that results differ (学习效果因人而异，不承诺收入), which is not
flagged.""",
    ),
    Rule(
        code="WRD007", name="superstition", category="wording", severity="medium",
        basis=f"{AD_LAW}第九条第（八）项",
        summary="Superstition as an effect of the goods (转运、招财、保平安、辟邪…)",
        doc="""## What it does
Flags superstitious effects attributed to goods: 转运、招财、保平安、辟邪、挡煞、开过光、旺财.

## Why is this bad?
Article 9(8) forbids advertising content involving superstition.

## Example
这个貔貅手串是招财的，开过光的

## Use instead
Describe the material, craft and certificate. Names of items (平安扣、招财猫摆件) are not
flagged.""",
    ),
)

_CLAUSE_END = re.compile(r"[,.!?;:，。！？、；：]|$")


def _after(hit: Hit, text: Text, width: int = 6) -> str:
    return text.text[hit.end : hit.end + width]


def _before(hit: Hit, text: Text, width: int = 8) -> str:
    clause_start, _ = text.clause_at(hit.start)
    return text.text[max(clause_start, hit.start - width) : hit.start]


def _clause(hit: Hit, text: Text) -> str:
    start, end = text.clause_at(hit.start)
    return text.text[start:end]


EVERYDAY = frozenset(
    "最近 最后 最少 最多 最早 最晚 最快 最慢 最终 最初 最新 最喜欢 最爱 最想 最怕 最重要 最主要 "
    "最起码 最低限度 最大限度 最常见 最常用 最适合 最后一个 最好不要".split()
)
PRICE_WORDS = ("低", "底", "便宜", "实惠", "划算", "优惠", "省钱", "低价", "平价")


@exemption("everyday_word", "最 inside an everyday word (最近、最后、最少、最多、最新、最喜欢…) that is no claim")
def _everyday_word(hit: Hit, text: Text) -> bool:
    token = text.token_at(hit.start)
    if token and token[0] in EVERYDAY:
        return True
    return any(text.text.startswith(word, hit.start) for word in EVERYDAY if len(word) > 2)


@exemption("price_superlative", "a superlative about the price (最低价、最便宜): left to the price rules")
def _price_superlative(hit: Hit, text: Text) -> bool:
    return text.text[hit.start + 1 : hit.start + 3].startswith(PRICE_WORDS)


_TIP_AFTER = re.compile(r"^(?:[吃用喝看穿闻听玩卖使]?的|[吃用喝看穿闻听玩卖使]?了|[吃用喝]$|没有之一|[,.!?;:，。！？；：]|$)")
_QUALITY_BEFORE = re.compile(r"(?:效果|质量|品质|口感|味道|做工|功效|性能|面料|材质|性价比|体验|成分)[是都就也]?$")
_BEST_TIP = re.compile(r"^(?:饮用|食用|赏味|使用|保存|冲泡|佩戴|食用期|时间|温度|时机|方法|期|状态)")


@exemption("usage_tip", "最好/最佳 giving advice on use, storage or consumption (最好三天内吃完、最佳饮用期)")
def _usage_tip(hit: Hit, text: Text) -> bool:
    word = text.text[hit.start : hit.start + 2]
    after = text.text[hit.start + 2 : hit.start + 8]
    if word == "最佳":
        return bool(_BEST_TIP.match(after))
    if word != "最好":
        return False
    if _QUALITY_BEFORE.search(_before(hit, text)):
        return False
    return not _TIP_AFTER.match(after)


_SERVICE = re.compile(r"服务|客服|态度|售后|致力|努力|争取|目标|力争|用心|初心|宗旨|追求")


@exemption("service_attitude", "about the seller's service, attitude or goals (服务最用心、致力于做最好的产品)")
def _service_attitude(hit: Hit, text: Text) -> bool:
    return bool(_SERVICE.search(_clause(hit, text)))


_OWN = re.compile(r"我们家|我家|咱家|自家|本店|店里|我们店|我们这|我们品牌|自己家")
_WIDE = re.compile(r"全网|全国|全球|世界|市面|行业|同类|所有|天下|宇宙|国内|国际|别家")


@exemption("own_range", "a comparison within the seller's own range (我们家卖得最好的一款、今年的最新款)")
def _own_range(hit: Hit, text: Text) -> bool:
    clause = _clause(hit, text)
    return bool(_OWN.search(clause)) and not _WIDE.search(clause) and hit.term.startswith("最")


_SOURCE = re.compile(r"数据来源|来源[:：是于为]|据.{1,12}(?:统计|数据|榜单|报告|发布)|榜单|报告显示|公开数据")
_BOUND = re.compile(r"\d{4}年|上半年|下半年|季度|\d+月|[一二三四五六七八九十]+月|年度")


@exemption("sourced_fact", "a bounded and sourced fact (2025年上半年某平台类目销量第一，数据来源：平台榜单)")
def _sourced_fact(hit: Hit, text: Text) -> bool:
    return bool(_SOURCE.search(text.text)) and bool(_BOUND.search(text.text))


_DESIGNATION = re.compile(r"^(?:的)?(?:非物质文化遗产|非遗|保护区|自然保护|地理标志|风景名胜|重点|高新|专精特新|实验室|检测中心|认证|标准|示范|贫困县|森林公园)")


@exemption("official_designation", "an official grade or designation (国家级非物质文化遗产、国家标准一级、特级初榨)")
def _official_designation(hit: Hit, text: Text) -> bool:
    return bool(_DESIGNATION.match(_after(hit, text, 10)))


_NEGATION = re.compile(r"(?:不|不能|无法|不是|并非|没有|别|未|不可|不会|不具有|不具备|不承诺|不保证|代替)[^,.!?;:，。！？；：]{0,6}$")
_DOCTOR = re.compile(r"医生|医院|就医|遵医嘱|药物治疗|吃药的|正规医院|不是药|非药品|不能代替")


@exemption("negated_or_disclaimer", "negated or a disclaimer (不能代替药物治疗疾病、有病请去医院、我们不承诺收入)")
def _negated(hit: Hit, text: Text) -> bool:
    if _NEGATION.search(_before(hit, text, 10)):
        return True
    return bool(_DOCTOR.search(_clause(hit, text)))


_EFFECT = re.compile(
    r"治|好了|就好|好得快|管用|有效|预防|缓解|改善|调理|根除|消除|不疼|不痛|没了|消失|能防|防止|远离|告别|克星|"
    r"都在吃|都在喝|都在用|吃好|喝好|见效|康复|痊愈|能好|不犯|不再"
)


@exemption("no_effect_claim", "a disease named without any effect claimed for the goods (有慢性病的朋友先问医生)")
def _no_effect_claim(hit: Hit, text: Text) -> bool:
    start, end = text.clause_at(hit.start)
    window = text.text[max(0, start - 12) : end]
    return not _EFFECT.search(window)


@exemption("hedged", "hedged personal experience, not a promise (效果因人而异、仅供参考)")
def _hedged(hit: Hit, text: Text) -> bool:
    return bool(re.search(r"因人而异|仅供参考|个人体验|不代表|个体差异", text.text))


_COMPOSITION = re.compile(r"^(?:的)?(?:纯棉|棉|羊毛|羊绒|蚕丝|真丝|桑蚕丝|纯|真皮|牛皮|新疆棉|涤纶|亚麻|原浆|果汁|鲜|可回收|降解|正品|实拍|发货|包邮|退)")


@exemption("stated_composition", "百分之百 / 100% stating a composition or a fact of service (100%纯棉、百分百正品保障、百分百发货)")
def _stated_composition(hit: Hit, text: Text) -> bool:
    return bool(_COMPOSITION.match(_after(hit, text, 6)))


_SERVICE_PROMISE = re.compile(r"^(?:免费)?(?:保修|售后|质保|换新|退换|会员|包换|维修|有效|使用权|免费)")


@exemption("service_promise", "永久 in a service promise (永久保修、永久免费换新), not a claim about quality")
def _service_promise(hit: Hit, text: Text) -> bool:
    return bool(_SERVICE_PROMISE.match(_after(hit, text, 6)))


@exemption("part_of_name", "the term is part of an item's name (平安扣、招财猫摆件、开光寺)")
def _part_of_name(hit: Hit, text: Text) -> bool:
    return bool(re.match(r"^(?:猫|树|扣|摆件|进宝|寺|路|村|镇|街|牌)", _after(hit, text, 3)))


class WordingDetector:
    """Prohibited advertising wording, from ``lexicons/`` entries of the WRD rules."""

    name = "wording"

    def __init__(self, lexicon: Lexicon, enabled: frozenset[str]):
        entries = [e for e in lexicon.entries_for("WRD") if e.rule in enabled]
        self.matcher = Matcher(lexicon, entries)

    def detect(self, session: Session, texts: list[Text]) -> Iterable[Finding]:
        for segment, text in zip(session.segments, texts):
            by_rule: dict[str, list[Hit]] = {}
            for hit in self.matcher.find(text.text):
                if exempting(hit, text) is None:
                    by_rule.setdefault(hit.entry.rule, []).append(hit)
            for code, hits in by_rule.items():
                first = hits[0]
                terms = list(dict.fromkeys(text.norm.original_span(h.start, h.end) for h in hits))
                explanation = hit_explanation(first, self.name)
                if len(terms) > 1:
                    explanation["also"] = terms[1:]
                confidence = max(h.entry.confidence for h in hits)
                if first.variant:
                    explanation["note"] = "written to dodge filters"
                yield segment_finding(
                    session, segment, text, code, first.start, first.end,
                    _message(code, terms), confidence,
                    severity=first.entry.severity, basis=first.entry.basis,
                    explanation=explanation,
                )


_MESSAGES = {
    "WRD001": "绝对化用语「{terms}」用于描述商品",
    "WRD002": "使用「{terms}」等国家级、世界级用语描述商品",
    "WRD003": "普通商品宣称疾病治疗或预防功能、使用医疗用语：「{terms}」",
    "WRD004": "对功效或安全性作出断言或保证：「{terms}」",
    "WRD005": "以虚构的使用效果或证言作为保证：「{terms}」",
    "WRD006": "对收益、回报或培训效果作出保证性承诺：「{terms}」",
    "WRD007": "宣称商品具有迷信功效：「{terms}」",
}


def _message(code: str, terms: list[str]) -> str:
    return _MESSAGES[code].format(terms="」「".join(terms))
