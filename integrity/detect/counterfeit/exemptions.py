"""The named exemptions of the counterfeit rules: where slang, a wink or a brand initial is
something else (翡翠A货, 1:1兑水, 原单号, 莆田桂圆, 大家), or where a family needs someone
else's brand named and none is (``no_other_brand``: the detector notes it on the text).
"""
from __future__ import annotations

import re

from integrity.detect.counterfeit.brands import HAN_CHAR
from integrity.detect.exemptions import Exemptions
from integrity.detect.lexicons import Lexicon
from integrity.detect.matcher import Hit
from integrity.text.clauses import GAP
from integrity.text.text import Text

EXEMPTIONS = Exemptions()


@EXEMPTIONS.add("lifelike", "高仿真 / 仿真: how lifelike an artificial thing is (仿真绿植、高仿真度), not a copy of a brand")
def _lifelike(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return text.after(hit, 1) == "真"


_JADE = re.compile(r"翡翠|玉石|玉器|和田玉|缅甸玉|玉镯|翠|冰种|糯种|种水|天然玉")


@EXEMPTIONS.add("jade_grade", "A货 as the grade of jade: natural, untreated (翡翠A货)")
def _jade_grade(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return "货" in hit.term and bool(_JADE.search(text.text))


_RATIO = re.compile(r"比例|兑|配比|稀释|混合|调配|勾兑|冲泡|加水|比分|[0-9]+:[0-9]{2,}")


@EXEMPTIONS.add("ratio", "1:1 as a ratio or a score (按1:1的比例兑水、一比一混合), not a copy grade")
def _ratio(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    window = text.text[max(0, hit.start - 10) : hit.end + 10]
    return bool(_RATIO.search(window))


_WARNING = re.compile(
    r"(?:不是|不卖|不做|不碰|没有|绝不|拒绝|谨防|小心|警惕|防止|防|杜绝|鉴别|识别|分辨|打击|举报|别买|避免买到|买到了?|怕买到|担心)"
    rf"{GAP}{{0,6}}$"
    rf"|(?:市面上|外面|网上)有?(?:很多|好多|不少|大量|太多|一堆|各种){GAP}{{0,4}}$"
)


_WARNED = re.compile(r"谨防|当心假|小心假|小心买到|警惕|防止买到|避免买到|别买到|谨慎购买|注意甄别")


@EXEMPTIONS.add("warning_or_denial", "a warning against fakes or a denial (谨防高仿、我们不卖A货、市面上很多高仿)")
def _warning_or_denial(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_WARNING.search(text.before(hit, 12))) or bool(_WARNED.search(text.text))


_OWN = re.compile(r"自己|自家|我们家|我家|本店|我们店|店里|本品牌|我们品牌|品牌自己|官方|原厂复刻")


_REPLICA = re.compile(r"一比一|1[:比]1|正品|原版|大牌|专柜|高仿|a货|五金|logo")


_REISSUE = re.compile(r"^(?:了|的)?(?:经典|老款|配色|年代|初代|周年|[0-9]{2,4}年)")


_REISSUE_BEFORE = re.compile(r"(?:经典|老款|经典款|年代|初代|配色|周年)的?$")


@EXEMPTIONS.add("own_reissue", "复刻 of the seller's own design (自家品牌复刻当年的经典配色、复刻九十年代老款)")
def _own_reissue(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    if _REPLICA.search(text.text):
        return False
    return (bool(_OWN.search(text.text)) or bool(_REISSUE.match(text.after(hit)))
            or bool(_REISSUE_BEFORE.search(text.before(hit, 6))))


_RECIPE = re.compile(r"菜|做法|口味|味道|奶茶|蛋糕|甜品|小吃|美食|烘焙|食谱|厨房|游戏")


@EXEMPTIONS.add("recipe", "复刻 of a dish, a drink or a game (复刻网红奶茶、复刻老菜), not of someone's goods")
def _recipe(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_RECIPE.search(text.text))


@EXEMPTIONS.add("order_record", "原单 as an order record or a former employer (原单号、原单价、按原单退回、原单位)")
def _order_record(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return hit.term == "原单" and bool(re.match(r"[号价据退返寄补位]|发货|地址", text.after(hit)))


_TRADE = re.compile(r"外贸|工厂|原厂|大牌|出口|代工|品牌|专柜|正品|[货款]")


@EXEMPTIONS.add("last_orders", "尾单 as the last few orders of a sale (最后的尾单了), with no word of the goods' origin")
def _last_orders(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return hit.term == "尾单" and not _TRADE.search(text.text.replace("尾单", ""))


@EXEMPTIONS.add("official_channel", "公司货 as official goods with warranty (国行公司货、全国联保), or inside 公司货源/货款/货真价实")
def _official_channel(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    if hit.term != "公司货":
        return False
    return bool(re.match(r"[源运架车款物真品]", text.after(hit, 1))) or bool(re.search(r"国行|行货|联保|保修卡|官方保修", text.text))


_ORIGIN = re.compile(r"桂圆|龙眼|荔枝|枇杷|茶|产区|产地|特产|老家|旅游|文旅|妈祖|湄洲|海鲜|米粉|卤面|小吃|水果|果干|果肉|果园|干货")


_SHOE_TRADE = re.compile(r"鞋|纯原|版本|货|工厂|厂家|大牌|正品|专柜")


@EXEMPTIONS.add("place_of_origin", "莆田 as a place (福建莆田的桂圆), not the shoe trade (莆田货、莆田纯原)")
def _place_of_origin(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    if hit.term != "莆田":
        return False
    return bool(_ORIGIN.search(text.text)) or not _SHOE_TRADE.search(text.text)


_KEEP_TAGS = re.compile(rf"(?:别|不要|不能|勿|请勿|先别|千万别|不可以|没有|没|未|不){GAP}{{0,3}}$")


_RETURNS = re.compile(r"退|换货|售后|二次销售")


@EXEMPTIONS.add("keep_tags_advice", "advice to keep the tags or return terms (收到先别剪标、剪标后不退换)")
def _keep_tags_advice(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_KEEP_TAGS.search(text.before(hit, 6))) or bool(_RETURNS.search(text.text))


@EXEMPTIONS.add("service_equivalence", "the same service, warranty or price as the counter (跟专柜一样的售后、和官方一样的保修)")
def _service_equivalence(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(re.search(r"售后|保修|服务|质保|发票|同价|价格|验货|退换", text.clause_of(hit)))


_GOODS = re.compile(r"货|款|鞋|包|表|牌|标|logo|专柜|正品|原版|大牌|家的|同款|平替|细节|实物|实拍|做工|走线|五金|皮料")


@EXEMPTIONS.add("no_goods_context", "a wink with nothing about goods or brands around it (这个价格你懂的)", lookalike=False)
def _no_goods_context(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return not _GOODS.search(text.text)


# The trade's words for its goods: goods are being talked about (原单，工厂流出来的).
_TRADE_GOODS = re.compile(r"原单|尾单|高仿|仿品|a货|纯原|公司货|渠道货|样品|库存|这批|一批")


_PRICE_SAID = re.compile(r"[0-9一二两三四五六七八九十百千万几]+(?:块|元|rmb)|[0-9]+(?:\.[0-9]+)?[¥]|[¥][0-9]|便宜|价格|价钱|划算|[一二三四五六七八九几]折")


@EXEMPTIONS.add("no_goods_or_price", "a source story with nothing about goods, brands or a price around it (内部渠道拿到的真题讲义)",
                lookalike=False)
def _no_goods_or_price(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    s = text.text
    if _GOODS.search(s) or _TRADE_GOODS.search(s) or _PRICE_SAID.search(s) or text.notes.get("other_brand"):
        return False
    return not any(word in s for words in lexicon.product_types.values() for word in words)


@EXEMPTIONS.add("seized_fakes", "a seizure of fakes reported (海关查扣了一批假货), not goods sold on from it")
def _seized_fakes(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(re.search(r"假货|假冒|仿冒|侵权|山寨|伪劣", text.text))


@EXEMPTIONS.add("no_other_brand", "said with no brand of someone else named in the segment (仓库清出来的 of one's own goods)",
                lookalike=False)
def _no_other_brand(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return not text.notes.get("other_brand")


_NOT_KNOWING = re.compile(r"(?:不|没|看不|搞不|弄不|听不|还不)$")


@EXEMPTIONS.add("not_knowing", "不懂的姐妹直接下单: those who do not know, told to ask or buy, not a wink")
def _not_knowing(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_NOT_KNOWING.search(text.text, max(0, hit.start - 2), hit.start))


# 家 starting an everyday word: 家居, 家具, 家人们 (ok家人们 is no K家).
_HOUSEHOLD_WORD = re.compile(r"[居具电庭人里族乡用务装纺常长属教中门园政私底伙境业访宴谱产当]")


# Letters standing for any two sellers (A家和B家的区别, 这个是A家的，那个是B家的): placeholders.
_PLACEHOLDERS = re.compile(r"[a-z]家(?:和|跟|与|或|还是|比|对比|vs)[a-z]家")


@EXEMPTIONS.add("house_code_word", "a house code inside an everyday word (家居, 家具, ok家人们) or letters for any two sellers (A家和B家)")
def _house_code_word(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    s = text.text
    if any(m.start() <= hit.start < m.end() for m in _PLACEHOLDERS.finditer(s, max(0, hit.start - 8), hit.end + 8)):
        return True
    if hit.term in ("a家", "b家") and "a家" in s and "b家" in s:
        return True
    return hit.term.endswith("家") and bool(_HOUSEHOLD_WORD.match(s, hit.end))


@EXEMPTIONS.add("hedge", "不能说是最好的: a hedge about a claim, not a brand left unsaid")
def _hedge(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(re.match(r"是|百分|100|绝对|一定|完全|太多", text.text[hit.end : hit.end + 2]))


_CAMERA_OR_LISTING = re.compile(r"镜头|调一下|灯光|反光|看不清|挪一下|移一下|换个角度|链接里|详情页|详情里|商品页|看链接|小黄车里有")


@EXEMPTIONS.add("camera_or_listing", "the mark out of view by the camera, or named on the listing (品牌名看链接详情)")
def _camera_or_listing(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_CAMERA_OR_LISTING.search(text.text))


_MARK_CHAR = re.compile("标")


@EXEMPTIONS.add("not_a_mark", "标 starting another word (标签, 标准, 标价, 标题): no mark offered")
def _not_a_mark(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    s = text.text
    return any(s.startswith(word, m.end()) for m in _MARK_CHAR.finditer(s, hit.start, hit.end)
               for word in ("签", "准", "题", "记", "注", "配", "号", "品"))


@EXEMPTIONS.add("return_terms", "tags or labels in return terms (标签撕掉了不退), not a hidden logo")
def _return_terms(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_RETURNS.search(text.text))


# X家 stands for a registry brand whose name starts with X (爱家 for 爱马仕, 戴家 for 戴森:
# ``Lexicon.brand_initials``). Characters that make everyday words with 家 never count.


_HOUSEHOLD = set("大国老东自我人本全一两几多这那哪各每别他她你咱独名专商厂店买卖行农回住婆娘管作画玩赢庄亲持成当安搬居在到出离酒同")


@EXEMPTIONS.add("not_brand_initial", "X家 where X is an everyday word (大家, 老家, 商家) or no registry brand starts with X")
def _not_brand_initial(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    span = text.text[hit.start : hit.end]
    at = span.find("家")
    if at < 1:
        return False
    head = span[at - 1]
    if not HAN_CHAR.match(head):
        return False
    if head in _HOUSEHOLD or head not in lexicon.brand_initials:
        return True
    if not _sold_by_initial(head, text.clause_of(hit), lexicon):
        return True
    # 可爱家居, 戴家湾: the character must not end a longer word before it.
    before = text.text[hit.start - 1 : hit.start] if hit.start and at == 1 and not span.startswith("问") else ""
    return bool(before and HAN_CHAR.match(before) and before not in "是的了在")


def _sold_by_initial(head: str, clause: str, lexicon: Lexicon) -> bool:
    """Whether a registry brand starting with ``head`` sells the goods the clause names (卡家 with
    手镯: 卡地亚 sells jewellery; 古家 with 手镯: no 古 brand does). A clause that names no goods
    says nothing against it."""
    named = {kind for kind, words in lexicon.product_types.items() if any(word in clause for word in words)}
    if not named:
        return True
    for brand in lexicon.brands_by_initial.get(head, ()):
        specific = set(brand.floors) - {"default"}
        if not specific or named & specific:
            return True
    return False


_CHECKING = re.compile(r"假|仿|鉴别|辨别|识别|注意|查询|扫码|验证|正品都有|看清楚|检查|认准|别买|不要买|千万别")


@EXEMPTIONS.add("authenticity_check", "how to check a label (正品都有防伪标, 没有防伪码的别买)")
def _authenticity_check(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_CHECKING.search(text.text))


_OFF_PLATFORM = re.compile(r"私信|私聊|私我|微信|vx|wx|v信|薇信|加我|找我|想要带|带标|带.{0,6}(?:标|盒子|logo)的")


_AFTER_SALES = re.compile(r"售后|客服|退换|退货|发票|物流|优惠券|领券|进群|粉丝群|有问题|有疑问|咨询")


@EXEMPTIONS.add("no_off_platform", "unbranded goods sold openly, or 加微信 for after-sales (售后加微信)", lookalike=False)
def _no_off_platform(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    span = text.text[hit.start : hit.end]
    # After-sales in the same clause and near the contact (售后加微信, 有问题私信客服), not
    # anywhere in the segment (想要带标的加微信，有问题找客服 is an off-platform sale).
    start, end = text.clause_at(hit.start)
    if _AFTER_SALES.search(text.text, max(start, hit.start - 8), min(end, hit.end + 8)):
        return True
    # 直播间只卖散装的 is an open sale unless a contact off the platform is offered in another
    # clause that is not about after-sales (有问题私信我 is after-sales).
    rest = "，".join(text.text[a:b] for a, b in text.clauses if not _AFTER_SALES.search(text.text[a:b]))
    return span.startswith("直播间") and not _OFF_PLATFORM.search(rest.replace(span, ""))


@EXEMPTIONS.add("copyright_notice", "翻印必究 and other copyright notices, not pirated goods")
def _copyright_notice(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return "翻印" in hit.term and bool(re.search(r"翻印必究|禁止翻印|严禁翻印|不得翻印|请勿翻印|版权所有", text.text))


_SHOE_VERSION = re.compile(r"鞋|懂鞋|纯原|莆田|配色|椰子|球鞋|货|大牌|正品|专柜")


@EXEMPTIONS.add("software_version", "版本 of software or a device (系统版本很高), not a copy grade")
def _software_version(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return "版本" in hit.term and not _SHOE_VERSION.search(text.text)


_OWN_LINE = re.compile(r"自己|自家|我们家|我家|本店|我们店|本品牌|我们品牌|自有|之前的款|上一代|老款")


@EXEMPTIONS.add("own_line", "the seller's own brand made on one line (我们自家品牌同一条生产线)")
def _own_line(hit: Hit, text: Text, lexicon: Lexicon) -> bool:
    return bool(_OWN_LINE.search(text.text))
