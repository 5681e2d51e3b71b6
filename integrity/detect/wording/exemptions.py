"""The named exemptions of the wording rules: the look-alikes of the 2023 enforcement guide
(Arts. 5-6) and of LABELING.md (everyday words, usage tips, names, negations, disclaimers),
and the context a claim needs that code must judge (the ``no_…`` exemptions that are only
words before or after a hit are data: ``[[exemption]]`` tables in ``lexicons/wording.toml``).
"""
from __future__ import annotations

import re

from integrity.detect.exemptions import Exemptions
from integrity.detect.lexicons import Lexicon
from integrity.detect.matcher import Hit
from integrity.text.clauses import GAP
from integrity.text.text import Text

EXEMPTIONS = Exemptions()



_SUPERLATIVE_PREFIX = re.compile(r"^(?:最|醉|zui)")


def _superlative(hit: Hit, text: Text) -> tuple[str, str] | None:
    """For a 最-word hit (最好, 醉好, zui好): the prefix as written and the text after it."""
    found = _SUPERLATIVE_PREFIX.match(hit.term)
    if not found:
        return None
    return found.group(), text.text[hit.start + len(found.group()) : hit.start + len(found.group()) + 8]


EVERYDAY = frozenset(
    "最近 最后 最少 最多 最早 最晚 最快 最慢 最终 最初 最新 最喜欢 最爱 最想 最怕 最重要 最主要 "
    "最起码 最低限度 最大限度 最常见 最常用 最适合 最后一个 最好不要".split()
)
_EVERYDAY_RE = re.compile("|".join(sorted(EVERYDAY, key=len, reverse=True)))
# 最 + quality, then a noun that is not the goods: 最好的朋友, 最美的年纪, 最好的办法是….
_NOT_GOODS = re.compile(
    rf"^{GAP}{{0,3}}的(?:朋友|闺蜜|兄弟|姐妹|家人|时光|年纪|年华|回忆|祝福|时候|季节|时节|办法|方法|答案|状态|自己|我们)"
)


@EXEMPTIONS.add("everyday_word", "最 inside an everyday word (最近、最后、最少、最多、最新、最喜欢…) that is no claim")
def _everyday_word(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    sup = _superlative(hit, text)
    if sup and sup[0] != "最":
        return False
    if sup and _NOT_GOODS.match(text.text[hit.end : hit.end + 8]):
        return True
    # An everyday word at least as long as the hit (最好不要 for the hit 最好; not 最新 for 最新鲜).
    found = _EVERYDAY_RE.match(text.text, hit.start)
    return bool(found) and len(found.group()) >= len(hit.term)



_TIP_AFTER = re.compile(r"^(?:[吃用喝看穿闻听玩卖使戴睡]?的|[吃用喝看穿闻听玩卖使戴睡]?了|[吃用喝]$|没有之一|[,.!?;:，。！？；：]|$)")
_QUALITY_BEFORE = re.compile(r"(?:效果|质量|品质|口感|味道|做工|功效|性能|面料|材质|性价比|体验|成分)[是都就也]?$")
_BEST_TIP = re.compile(r"^(?:饮用|食用|赏味|使用|保存|冲泡|佩戴|食用期|时间|温度|水温|火候|时机|方法|期|状态|搭配|吃法|做法|喝法|用法)")
# When or how to use the goods: 刚摘下来的时候最甜, 冰镇以后最好喝, 最香的吃法是….
_TIP_CONTEXT = re.compile(r"时候|刚摘|刚出锅|刚出炉|刚煮|刚蒸|趁热|冰镇|冷藏|放冰箱|冷冻|现煮|现做|现烤|现磨|空腹|饭后|饭前|睡前|季节|时节")
_TIP_NOUN_AFTER = re.compile(r"^[吃用喝看穿闻听]?的(?:时候|季节|时节|吃法|做法|喝法|用法|方法|温度|时间)")


@EXEMPTIONS.add("usage_tip", "最好/最佳 giving advice on use, storage or consumption (最好三天内吃完、最佳饮用期、刚摘下来的时候最甜)")
def _usage_tip(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    sup = _superlative(hit, text)
    if sup is None:
        return False
    rest = hit.term[len(sup[0]) :]
    after_hit = text.text[hit.end : hit.end + 8]
    if _TIP_NOUN_AFTER.match(after_hit):
        return True
    if rest not in ("好", "佳") and _TIP_CONTEXT.search(text.before(hit, 12)):
        return True
    if rest == "佳":
        return bool(_BEST_TIP.match(after_hit))
    if len(rest) == 2 and rest[0] == "好":
        # 最好穿的鞋 is a claim; 最好穿防水的鞋 and 最好用温水洗 are advice.
        return not _TIP_AFTER.match(after_hit) and not _QUALITY_BEFORE.search(text.before(hit))
    if rest != "好":
        return False
    if _QUALITY_BEFORE.search(text.before(hit)):
        return False
    return not _TIP_AFTER.match(after_hit)


_SERVICE = re.compile(r"服务|客服|态度|售后|致力|努力|争取|目标|力争|用心|初心|宗旨|追求")


@EXEMPTIONS.add("service_attitude", "about the seller's service, attitude or goals (服务最用心、致力于做最好的产品)")
def _service_attitude(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_SERVICE.search(text.clause_of(hit)))


_OWN = re.compile(
    rf"我们家|我家|咱家|自家|本店|店里|我们店|我们这|我们品牌|自己家|直播间里|今天的?{GAP}{{0,4}}[里中]|"
    r"这几[个款种件色支瓶套双]|这[两三四五六七八九十][个款种件色支瓶套双]|其中"
)
_WIDE = re.compile(r"全网|全国|全球|世界|市面|行业|同类|所有|天下|宇宙|国内|国际|别家|同价位|任何")
_RANKING = re.compile(r"第一|冠军|销冠|热销|畅销|卖得")


@EXEMPTIONS.add("own_range", "a comparison within the seller's own range (我们家卖得最好的一款、这几个色号里最白的、我们店的销冠)")
def _own_range(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    if not (_SUPERLATIVE_PREFIX.match(hit.term) or _RANKING.search(hit.term)):
        return False
    clause = text.clause_of(hit)
    return bool(_OWN.search(clause)) and not _WIDE.search(clause)


_SOURCE = re.compile(r"数据来源|来源[:：是于为]|据.{1,12}(?:统计|数据|榜单|报告|发布)|榜单|报告显示|公开数据")
_BOUND = re.compile(r"\d{4}年|上半年|下半年|季度|\d+月|[一二三四五六七八九十]+月|年度")


@EXEMPTIONS.add("sourced_fact", "a bounded and sourced fact (2025年上半年某平台该类目销量排名首位，来源：平台榜单)")
def _sourced_fact(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_SOURCE.search(text.text)) and bool(_BOUND.search(text.text))


_DESIGNATION = re.compile(
    r"^(?:的)?(?:非物质文化遗产|非遗|保护区|自然保护|地理标志|风景名胜|重点|高新|专精特新|实验室|检测中心|"
    r"认证|标准|示范|贫困县|脱贫县|森林公园|湿地公园|地质公园|传承人|农业产业化|龙头企业|经济技术|开发区|"
    r"新区|高新区|产业园|园区|基地|期刊|运动员|裁判|教练|文物|保护单位|名录|项目|课题|奖)"
    # a person, team, event or institution, perhaps after a field (国家级的篮球裁判, 世界级登山
    # 运动员, 国家级的文学奖): the title is theirs, not the goods' (but 世界级大奖品质 is a claim)
    r"|^(?:的)?(?:篮球|足球|排球|乒乓球|羽毛球|网球|游泳|体操|田径|登山|滑雪|电竞|象棋|围棋|舞蹈|钢琴|交响乐|"
    r"文学|插画|摄影|农业|医学|体育)?(?:运动员|裁判|教练|选手|队员|战队|球队|演员|歌手|乐团|演出|比赛|赛事|"
    r"大赛|研究所|研究院|科研院所|文学奖|奖项|大奖|金奖)"
    r"(?!级|品质|水准|口感|专用|同款|都在用|都爱用|必备|认证|推荐)"
)


@EXEMPTIONS.add("official_designation", "an official grade or designation (国家级非物质文化遗产、国家级高新技术企业、国家标准一级)")
def _official_designation(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_DESIGNATION.match(text.after(hit, 10)))


# Negators that may stand a few characters before the word (不能说是最好的, 不承诺收入), and
# short ones that must stand right before it (没开光, 不反弹 is no negation of 反弹: the term
# holds the 不 itself).
_NEGATION = re.compile(
    r"(?:不能|无法|不是|并非|没有(?!比|之一)|不会|不敢|不说|不讲|不提|不用说|不谈|不具有|不具备|不承诺|不保证|不可能|"
    rf"不可|不得|不要|别|未|代替|替代|谈不上|算不上|称不上|不存在|禁止|严禁|杜绝){GAP}{{0,6}}$"
    rf"|(?:不|没|都没|也没|从没|从不)(?!管|仅|但|光|只|论|了){GAP}{{0,1}}$"
)
_DOCTOR = re.compile(
    r"医生|医院|就医|遵医嘱|医嘱|药物治疗|吃药的|服药的|用药的|正规医院|不是药|非药品|不能代替|"
    r"慎用|慎食|慎服|禁用|禁食|不宜|不适宜|忌食|忌用|咨询医|请教医"
)


# Someone else's claim, warned against (别信那些说三个月就回本的, 警惕所谓包治百病的说法).
_DISBELIEVED = re.compile(
    rf"(?:别信|别相信|不要信|不要相信|别听|不要听|别被|不要被|警惕|谨防|当心|小心)(?:那些|这种|这些|什么|所谓)?{GAP}{{0,12}}$"
)


# The claim named and then disowned: 开光这种说法我们不讲, 招财之类的我们不说.
_DISOWNED_AFTER = re.compile(
    rf"(?:这种|这些|这类|之类的?|什么的|的说法|我们|咱们|我|咱|这边)(?:说法|话|东西|概念)?{GAP}{{0,6}}?"
    r"(?:都|也|从来|从)?(?:不讲|不说|不信|不提|不搞|不宣传|不承诺|不谈|不敢讲|不敢说|不能说|不会说|是迷信|没有根据|不科学)"
    rf"|^{GAP}{{0,10}}?(?:的|之类的?|这种话|这些话)(?:都|全|全都)?是(?:夸大|虚假|违规|违法|骗人的?|忽悠人?的?|瞎说|胡说|假)"
)


def _is_negated(hit: Hit, text: Text) -> bool:
    return bool(_NEGATION.search(text.before(hit, 10))) or _is_disowned(hit, text)


def _is_disowned(hit: Hit, text: Text) -> bool:
    if _DISBELIEVED.search(text.before(hit, 16)):
        return True
    clause_end = text.clause_at(hit.start)[1]
    return bool(_DISOWNED_AFTER.search(text.text[hit.end : min(clause_end, hit.end + 16)]))


@EXEMPTIONS.add("disowned", "someone else's claim warned against or disowned (别信那些说能治痛风的、说能治痛风的都是夸大宣传)")
def _disowned(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return _is_disowned(hit, text)


# A health food's registered function quoted from its approval (我们只说批文上写的增加骨密度).
_AS_REGISTERED = re.compile(
    r"(?:批文|批准证书|批件|注册证书?|备案凭证|备案|标签|说明书|包装|蓝帽子)(?:上|里)?(?:面)?(?:写|标|注明|批|登记|印)(?:的|着|了)?(?:是|就是)?"
    rf"{GAP}{{0,4}}$"
)


# Who the goods suit, not what they do: 适合控糖的朋友, 减脂人群可以吃.
_SUITS_BEFORE = re.compile(rf"(?:适合|适用于|适宜|推荐给|专为|针对){GAP}{{0,2}}$")
_SUITS_AFTER = re.compile(r"^(?:期间|中)?的?(?:朋友|人群|人士|人|姐妹|家人|宝宝|老人|群体|期)")


@EXEMPTIONS.add("audience", "who the goods suit, not an effect (适合控糖的朋友、减脂期的姐妹)")
def _audience(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_SUITS_AFTER.match(text.after(hit, 6))) and (
        bool(_SUITS_BEFORE.search(text.before(hit, 6))) or text.after(hit, 3).startswith(("期间", "期的", "人群")))


@EXEMPTIONS.add("as_registered", "a registered function quoted from the approval or label (批文上写的增加骨密度)")
def _as_registered(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_AS_REGISTERED.search(text.before(hit, 16)))


@EXEMPTIONS.add("negated", "the claim is negated or disowned (不敢说是国家级的、我们的玉都没开光、不说什么招财辟邪)")
def _negated(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return _is_negated(hit, text)


@EXEMPTIONS.add("negated_or_disclaimer", "negated or a disclaimer (不能代替药品、有病请去医院、慎用、我们不承诺收入)")
def _negated_or_disclaimer(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    if _is_negated(hit, text):
        return True
    return _refers_to_doctor(text.clause_of(hit))


_CLAIM_DENIED = re.compile(
    r"(?:不能|无法|不是|并非|不可能|不保证|不承诺|不具有|不具备|谈不上|算不上|不敢说|不能说|不会说|不代替|代替不了)"
    rf"{GAP}{{0,6}}$"
)


# Doctors cited as praising the goods (医院都说好, 医生都夸): an endorsement, not a disclaimer.
_ENDORSEMENT = re.compile(
    r"(?:医生|医院|大夫|专家)[^,.!?;:，。！？、；：不没别]{0,3}?(?:说好|说不错|夸|推荐|认可|点赞|称赞|好评|竖大拇指)"
    r"|(?:跟|和|与|同|比|赛过|胜过)(?:去)?(?:医院|医生|药店|宠物医院|诊所)[^,.!?;:，。！？、；：]{0,4}?(?:一样|差不多|还好|还管用|还强|媲美)"
)


def _refers_to_doctor(clause: str) -> bool:
    """Advice to see a doctor, or a warning (not doctors praising the goods)."""
    return bool(_DOCTOR.search(clause)) and not _ENDORSEMENT.search(clause)


@EXEMPTIONS.add("disclaimer", "a disclaimer or warning about a disease, not an effect (不能代替药品、高血压患者慎用、先问医生)")
def _disclaimer(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    if _CLAIM_DENIED.search(text.before(hit, 10)):
        return True
    return _refers_to_doctor(text.clause_of(hit))


_EFFECT = re.compile(
    r"治|好了|就好|好得快|管用|有效|预防|缓解|改善|调理|根除|消除|不疼|不痛|没了|消失|能防|防止|远离|告别|克星|"
    r"都在吃|都在喝|都在用|吃好|喝好|见效|康复|痊愈|能好|不犯|不再|断根|除根|去根|不复发|好转|减轻|"
    rf"正常了|恢复正常|降下来|降了|下来了|稳了|稳定了|控制住|(?:血糖|血压|血脂|尿酸|指标){GAP}{{0,2}}稳(?:住|稳)|不用吃药|停药|消了|退了|通了|清掉|清除|排出|"
    r"不发作|再也没|没再|救星|福音|抑制|杀灭|调好|补好|养好|不会得|不得|不会近视|不近视|不长|逆转|转阴|"
    r"(?:马上|立马|很快|就会|都会|就能|慢慢)好|解决|搞定|矫正|纠正|都不怕|不用怕|再也不怕|(?:永远|一辈子|再也)不会|不会长|"
    r"变(?:好|直|清楚|清晰|正常|小|淡|少|轻|正|年轻)|就通|增强|从里到外"
)
_EFFECT_PREFIX = frozenset("防抗降消祛除治控不清吸去燃隔排挡化溶")
# Harms the goods might cause: 不过敏 and 不拉肚子 promise safety (WRD004), not a cure.
_HARMS = frozenset({"过敏", "上火", "拉肚子", "腹泻", "晒伤", "头痛"})


@EXEMPTIONS.add("no_effect_claim", "a disease named without any effect claimed for the goods (有慢性病的朋友先问医生)", lookalike=False)
def _no_effect_claim(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    before = text.text[hit.start - 1] if hit.start > 0 else ""
    if before in _EFFECT_PREFIX and not (before == "不" and text.text[hit.start:hit.end] in _HARMS):
        return False
    start, end = text.clause_at(hit.start)
    window = text.text[max(0, start - 12) : end]
    return not _EFFECT.search(window)


_HEDGE = re.compile(r"因人而异|仅供参考|个人体验|不代表|个体差异|每个人不一样|每个人都不一样|因人而定|看个人|个人感受|效果不一")


@EXEMPTIONS.add("hedged", "hedged personal experience, not a promise (效果因人而异、仅供参考)")
def _hedged(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_HEDGE.search(text.text))


_COMPOSITION = re.compile(
    r"^(?:的)?(?:纯棉|棉|羊毛|羊绒|蚕丝|真丝|桑蚕丝|纯|真皮|牛皮|羊皮|新疆棉|涤纶|锦纶|亚麻|原浆|果汁|果肉|鲜|可回收|降解|"
    r"正品|实拍|发货|包邮|退|真|确定|肯定|是真|好评|承诺|负责|真诚|诚意|放心|原装|原产|进口|国产|"
    rf"{GAP}{{0,4}}(?:棉|毛|绒|丝|麻|皮|纤维|莫代尔|天丝|铜|银|金|钢|钛|硅胶|乳胶|羽绒|鹅绒|鸭绒|蜂蜜|生牛乳|牛乳|可可|含量))"
)


@EXEMPTIONS.add("stated_composition", "百分之百 / 100% stating a composition or a fact of service (100%纯棉、百分百正品保障、百分百发货)")
def _stated_composition(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_COMPOSITION.match(text.after(hit, 8)))


_SERVICE_PROMISE = re.compile(r"^(?:免费)?(?:保修|售后|质保|换新|退换|会员|包换|维修|有效|使用权|免费|不过期|收录|保存|回放)")


@EXEMPTIONS.add("service_promise", "永久 in a service promise (永久保修、永久免费换新), not a claim about quality")
def _service_promise(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_SERVICE_PROMISE.match(text.after(hit, 6)))


_NAME_SUFFIX = re.compile(
    r"^(?:猫|树|扣|摆件|进宝|寺|路|村|镇|街|牌|珠|符|竹|鱼|中心|站|仓|码头|"
    r"胶|充|表|轮|钥匙|插座|插头|扳手|遥控|转换头|转接头|版|会员|卡|套餐)"
)
_NAME_PREFIX = re.compile(r"(?:叫|名叫|取名|叫做|我家|咱家|我们家)$")
_NAME_AS_SUBJECT = re.compile(r"^(?:最|爱|吃|喜欢|每天|天天|也|都|特别|超|它)")


@EXEMPTIONS.add("part_of_name", "the term is part of a name (平安扣、招财猫摆件、转运珠、万能胶、永久牌、至尊版、我家旺财最爱吃)")
def _part_of_name(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    if _NAME_SUFFIX.match(text.after(hit, 4)):
        return True
    return bool(_NAME_PREFIX.search(text.before(hit, 4))) and bool(_NAME_AS_SUBJECT.match(text.after(hit, 2)))


_DRUG_AFTER = re.compile(r"^(?:药|药物|药品|片|胶囊|颗粒|冲剂|贴|膏|针|喷雾|口服液)")


@EXEMPTIONS.add("drug_name", "the term names a drug (降压药、消炎药、感冒药), as in advice such as 正在吃降压药的别停药")
def _drug_name(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_DRUG_AFTER.match(text.after(hit, 3)))


# Words of the lexicons that have an everyday sense besides the claim: (the words, the context
# that shows the everyday sense, searched in a window of the hit's clause around the hit).
_OTHER_SENSES: list[tuple[frozenset[str], re.Pattern[str]]] = [
    (frozenset({"治愈"}), re.compile(r"治愈(?:系|感|人心|心灵|了我|我的)|(?:太|好|很|超|被|真|特别|巨)治愈")),
    (frozenset({"专治", "能治", "治好"}), re.compile(
        r"治(?:好了?)?(?:我的)?(?:各种|一切|不服|嘴馋|馋|无聊|不开心|坏心情|选择困难|拖延|精神内耗|强迫症|懒癌|社恐|emo|起床气)")),
    (frozenset({"不感冒", "感冒"}), re.compile(rf"对{GAP}{{0,10}}不(?:太|怎么|大)?感冒")),
    (frozenset({"降压"}), re.compile(r"伏|电压|变压|稳压|电源|电器|充电|\d+v")),
    (frozenset({"病毒", "抗病毒", "杀病毒"}), re.compile(r"电脑|手机|软件|网络|杀毒|程序|系统")),
    (frozenset({"发烧"}), re.compile(r"发烧(?:友|级)")),
    (frozenset({"天花板"}), re.compile(rf"(?:在|装|贴|吊|到|刷|顶){GAP}{{0,2}}天花板|天花板(?:上|里|装|吊|灯|高|漏|角)")),
    (frozenset({"转运"}), re.compile(r"快递|物流|包裹|中转|仓库|货车|运输|转运(?:过来|过去|到|中心|站|仓|途中)")),
    (frozenset({"第一名", "第一"}), re.compile(r"第一名?(?:下单|拍|付款|抢|进|来|评论|扣|关注|加购|的宝宝|的朋友|再|送|领)")),
    # a person's place in school or an age group (考了全班第一, 年龄组第一名); not contests,
    # where goods compete too (行业大赛第一名的产品)
    (frozenset({"第一名", "第一"}), re.compile(
        r"(?:考试|年龄组|全班|全校|全年级|班里|年级)(?:的|里的?|拿了|得了|考了)?第一")),
    (frozenset({"第一", "全网第一", "全国第一", "全球第一", "世界第一", "行业第一"}),
     re.compile(r"第一(?:次|天|批|场|期|集|节|步|时间|眼|口|个链接|单|波|件|位|轮|季|站|届)")),
]


@EXEMPTIONS.add("other_sense", "the word in an everyday sense, not as a claim (治愈系玩偶、专治各种嘴馋、对香水不感冒、变压器降压、装在天花板上、第一名下单的送赠品)")
def _other_sense(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    start, end = text.clause_at(hit.start)
    window = text.text[max(start, hit.start - 12) : min(end, hit.end + 12)]
    return any(hit.term in words and context.search(window) for words, context in _OTHER_SENSES)


@EXEMPTIONS.add("split_word", "the term's characters belong to other words (面包过期 for 包过, 中转运输 for 转运, 拉开光线 for 开光)")
def _split_word(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    for word, start, end in text.tokens(hit.start, hit.end, margin=4):
        if start < hit.start < end or start < hit.end < end:
            return True
    return False


@EXEMPTIONS.add("blessing", "a wish or blessing to the audience, not an effect of the goods (祝大家好运连连、恭喜抢到，招财进宝)")
def _blessing(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    clauses = {text.clause_at(hit.start), text.clause_at(max(hit.start, hit.end - 1))}
    return any(re.search(r"祝|愿|恭喜|祝福|新年快乐|过年好", text.text[s:e]) for s, e in clauses)



_OTHER_CAUSE = re.compile(r"跑步|健身|运动|锻炼|节食|生病|住院|长身体|跳绳|游泳|爬山|打球|骑行|瑜伽|减脂餐|管住嘴|少吃|多动|控制饮食")
_TIED_TO_GOODS = re.compile(
    r"[吃喝用涂抹敷擦戴穿贴泡喷洗睡靠服]|这个|这款|这瓶|这盒|这套|这件|它|粉丝|顾客|客户|学员|宝妈|姐妹|闺蜜|回购|反馈|疗程|盒|瓶|"
    r"[0-9一二两三四五六七八九十]+(?:个月|周|天|个星期)"
)


@EXEMPTIONS.add("not_from_goods", "a change the speaker ties to something else or to nothing sold (坚持跑步瘦了五斤、宝宝这半年长高了五厘米)")
def _not_from_goods(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_OTHER_CAUSE.search(text.text)) or not _TIED_TO_GOODS.search(text.text)


# --- Context a common word needs before it is a claim -----------------------------------
# Words such as 见效、推荐、第一、没了 are everyday words; the lexicon lists them as terms
# (found by the one Aho-Corasick pass) and one of these filters exempts a hit unless the
# text right before (or after) it makes the claim. This keeps costly regular expressions off
# the path of segments without any hit.





@EXEMPTIONS.add("about_price", "a comparison about the price, left to the price rules (这个价格同行都比不了)")
def _about_price(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(re.search(r"价|便宜|实惠|划算|优惠|省钱", text.clause_of(hit)))


@EXEMPTIONS.add("price_subject", "the claim is said of the price, left to the price rules (这个价格是我求来的，全网独一份)")
def _price_subject(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(re.search(r"价格|价钱|这个价|售价|价位|价的|价[，,]|折价|低价", text.text[max(0, hit.start - 30) : hit.start]))


_ENDORSER = r"(?:医生|医师|大夫|专家|药师|院士|教授|护士|医院)们?"
_ENDORSED_BY_MANY = re.compile(rf"(?:(?:很多|好多|不少|各大|许多|所有|三甲){GAP}{{0,4}}{_ENDORSER}(?:都|也|一致)?|{_ENDORSER}(?:都|也|一致))$")
_ENDORSED_BY_ONE = re.compile(f"{_ENDORSER}$")
_ENDORSED_GOODS = re.compile(r"^(?:的|过|我们|我家|咱家|这|它)")


def _endorser(hit: Hit, text: Text) -> int | None:
    before = text.before(hit, 16)
    found = _ENDORSED_BY_MANY.search(before) or _ENDORSED_BY_ONE.search(before)
    return hit.start - len(before) + found.start() if found else None


@EXEMPTIONS.add("no_endorser", "推荐/在用 not said of the goods by doctors or hospitals (很多医生都推荐、医生推荐的、医院都在用)",
                lookalike=False, context=_endorser)
def _no_endorser(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    before = text.before(hit, 16)
    if _ENDORSED_BY_MANY.search(before):
        return False
    return not (_ENDORSED_BY_ONE.search(before) and _ENDORSED_GOODS.match(text.text[hit.end : hit.end + 3]))


_RECOVERY_CAUSE = r"幸好|多亏|有了它|有了这|自从|后来(?:吃|喝|用)|坚持(?:吃|喝|用)|(?:吃|喝|用)了(?:我们|这|它|半年|一年|[0-9一二两三四五六七八九十几]+)"
_RECOVERY_AFTER = re.compile(rf"^[^。!?！？]{{0,20}}?(?:{_RECOVERY_CAUSE})")


@EXEMPTIONS.add("no_recovery_after", "医生说没办法 not followed by the goods as the cure (医生都说没办法了，幸好有了它)", lookalike=False)
def _no_recovery_after(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return not _RECOVERY_AFTER.match(text.text[hit.end : hit.end + 30])



# --- Exemptions of the claim frames (lexicons/claims.toml) ----------------------------------

_ASKED = re.compile(r"^[^,.!?;:，。！？、；：]{0,6}?(?:吗|么|嘛|没有|了没|没|呢)?[?？]|^[^,.!?;:，。！？、；：]{0,6}?(?:吗|嘛|了没)(?:[,.!;:，。！；：]|$)")
# Asking the audience to choose or guess (你们说哪个颜色最好看, 投票选出最喜欢的), or asking
# whether (有没有失眠的). Not 我觉得/我认为: an opinion said of the goods is still a claim.
_ASK_BEFORE = re.compile(r"(?:有没有|是不是|会不会|能不能|可不可以|有谁|谁家|哪位|哪个|哪款|哪种|哪一|投票|猜猜|猜一猜)[^,.!?;:，。！？、；：]{0,10}$")


@EXEMPTIONS.add("question_to_audience", "asked of the audience, not claimed (你们觉得哪个颜色最好看、失眠好了吗？)")
def _question_to_audience(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_ASKED.match(text.text[hit.end : hit.end + 10])) or bool(_ASK_BEFORE.search(text.before(hit, 12)))


_GOOD_BACTERIA = re.compile(r"(?:益生|乳酸|双歧|嗜酸乳|酵母|活性|有益|好)(?:杆)?菌$|^菌(?:菇|种|群|粉|株|落|丝|汤|类)")


@EXEMPTIONS.add("probiotic_name", "菌 of good bacteria or mushrooms (益生菌、乳酸菌、菌菇), not a pathogen")
def _probiotic_name(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    if not hit.term.endswith("菌"):
        return False
    return bool(_GOOD_BACTERIA.search(text.text[max(0, hit.end - 4) : hit.end]) or
                _GOOD_BACTERIA.match(text.text[hit.end - 1 : hit.end + 2]))


_EATING = re.compile(r"吃|喝|饭|餐|肚子|身体|体内|减肥|减脂|瘦|肠|胃|代谢|排便|一天|每天|饭前|饭后|大餐|火锅|烧烤|油腻")
_NOT_BODY_AFTER = re.compile(r"^(?:烟|机|管|泵|阀|灯|车|箱|罐|桶|壶|锅|纸|布|垫|网|槽|盘|漆|性|污)")


@EXEMPTIONS.add("no_body_context", "blocking or burning oil or sugar not said of the body (排油烟机、燃油车、刮油器)", lookalike=False)
def _no_body_context(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    if _NOT_BODY_AFTER.match(text.text[hit.end : hit.end + 2]):
        return True
    # 阻油、阻糖 is a claim in itself; burning, flushing or scraping oil needs eating around it.
    return not hit.term.startswith("阻") and not _EATING.search(text.text)


@EXEMPTIONS.add("standard_nutrient_claim", "the standard nutrient function claim of GB 28050 in its own words (钙是骨骼和牙齿的主要成分)")
def _standard_nutrient_claim(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    for claim in lexicon.words("nutrient_claim", ambiguous=True):
        at = text.text.find(claim)
        while at >= 0:
            if at <= hit.start and hit.end <= at + len(claim):
                return True
            at = text.text.find(claim, at + 1)
    return False


_DELIVERY = re.compile(r"发货|到货|快递|物流|配送|送达|顺丰|包邮|签收|下单|付款")


@EXEMPTIONS.add("delivery_time", "a time said of delivery, not of an effect (今天拍明天就到货)")
def _delivery_time(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_DELIVERY.search(text.clause_of(hit)))


_SELLER_MARGIN = re.compile(r"我们|咱们|主播|商家|厂家|老板|我这|我就|亏|不赚|少赚|才赚|就赚个")


@EXEMPTIONS.add("price_of_goods", "the seller's own margin or a price, not earnings promised to buyers (我们一单才赚几千)")
def _price_of_goods(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_SELLER_MARGIN.search(text.clause_of(hit)))


_COPY_GRADE = re.compile(r"1[:：∶比]1|一比一|版本|原版|高仿|复刻|对版|品质与专柜|跟专柜|和专柜|与专柜")


_COPY_WORDS = ("天花板", "最好", "最高", "最顶", "最强")


@EXEMPTIONS.add("copy_grade", "a superlative of a copy's grade (1:1天花板、高仿里最好的版本), left to the counterfeit rules")
def _copy_grade(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    window = text.text[max(0, hit.start - 12) : hit.end + 12]  # 1:1 splits clauses at its colon
    return hit.term.startswith(_COPY_WORDS) and bool(_COPY_GRADE.search(window))


_PATENT_NUMBER = re.compile(r"专利号|zl ?[0-9]{8,}|[0-9]{12}\.?[0-9x]|证书编号|认证编号|注册证号|批准文号")


@EXEMPTIONS.add("stated_patent_number", "a patent or certificate stated with its number (专利号ZL2023…), which can be checked")
def _stated_patent_number(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_PATENT_NUMBER.search(text.text))
