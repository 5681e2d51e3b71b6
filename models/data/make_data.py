"""Build the project's own labelled training data for the segment classifier.

Output: ``models/data/train.jsonl`` and ``models/data/test.jsonl``, one session document per line
in the format of CONTRACT.md (segments with ``labels`` / ``also_ok``, listings with title, brand,
category, price, list_price, stock and price_history), so that ``integrity eval`` reads them.

Method
------
Every sentence below was written by hand for this project (none is taken from the dev set or any
other corpus). They sit in plain lists, one per role:

* plain negatives: greetings, product introductions, logistics, closing lines, and - added after
  an audit of what the first model had learnt (see README) - plain product talk: link numbers and
  countdowns (LINKS), specs, materials, percentages, sizes, colours, counts, origin and usage,
  generic (SPEC) and per area (AREA_SPEC), and chatter (CHAT);
* positives per category (``wording``, ``price``, ``counterfeit``), generic ones with slots such as
  ``{name}`` (the product's short name) and ones written for one product area;
* hard negatives (look-alikes that LABELING.md says are NOT findings), tagged ``hard_negative``;
* price templates whose label is decided against the listing data of the session, and price
  look-alikes with numbers (T_DEAL: 满减, coupons, shipping thresholds, add-ons).

Lines added after the audit are appended to the lists (``W_NEG += ...``, ``AREA_MORE``), so the
lines written first keep their place and their split.  So are the lines added later for look-alike
families the first models fired on (``AREA_LOOK`` and the ``W_NEG``/``C_NEG``/``W_POS``/``C_POS``
blocks next to it): names, titles, grades and places with 国家级/世界级/第一, everyday and
figurative 治愈/永久/保证/最爱, blessings and refusals of superstition, caring advice, sales figures
with a source or period, honest mentions of another brand, goods with no brand, 散装 goods,
after-sales 私信 and 便宜没好货; with positives that use the same words as claims about the goods.
Last came plain product talk the wording model took for efficacy claims (``AREA_PLAIN`` and the
``W_NEG``/``W_POS`` blocks next to it): convenience and compatibility said with 就好/就行/就能/搞定,
who the goods suit, the family or the team re-buying them for a plain feature, absences as
ingredient facts, durability and shelf life with numbers, "它的优点/好处/特点就是..." and
不腻/不上火 as an eating experience; with positives that use the same words for a disease that
goes away, 终身不坏/永久不掉, growth and memory effects for children, doctors praising the goods and
one item replacing everything else.

``build()`` assembles sessions in the order of a livestream (greeting, introduction, claims, price
talk, logistics, closing) from these lists with ``random.Random(SEED)``; running the script again
rebuilds both files byte for byte.  Variants are derived mechanically from a base sentence: the
product name filled in, a spoken address in front (家人们/老铁们/宝子们...), ASR-like text without
punctuation (about a quarter of the segments), a few full-width lines.  A few hand-written lines
(SPECIAL) are in traditional characters or dodge word lists.  No two segments are equal.

Split: the last two products of each area, the lines written about them, and every fifth of the
other lines of each list (index % 5 == 2) are kept for the test split only, so test sessions use
phrasings and products that train never sees.  Sessions, not segments, are split.

Label rules (LABELING.md is the authority; this is how the lists follow it)
---------------------------------------------------------------------------
* ``wording``: absolute or superlative claims about the goods, medical or efficacy claims for
  goods that are not medicine, guarantees for health food, invented effects and testimonials told
  as a guarantee, promised returns, superstition.  Not: everyday words containing 最/第一, usage
  tips, service attitude, own-range comparisons, sourced and bounded facts, official grades and
  names, medicine disclaimers, advice to see a doctor; and words that are not about the goods:
  国家级/世界级/第一 in the names, titles and ranks of places, heritage items, journals, awards and
  people, 治愈 of a mood or a cute thing, 永久 of a card's or coupon's validity, 保证 in a refusal,
  最爱 of a pet or of the streamer's own taste, blessings (招财进宝, 平平安安, 发财) and refusals to
  claim such effects, caring advice (weather, rest, seeing a doctor), sales figures said as facts
  with a source or period.  The same words said of the goods are findings (国家级的品质, 效果永久,
  保证考过, 摆在店里能招财).  Nor is plain product talk that only sounds like an effect: 几秒钟就连上
  了, 插上就能用, 泡两分钟就能喝; 老人孩子都能吃, 新手也能画; 我妈吃完又让我买，她说炒菜香; 没有加防腐剂
  (an ingredient fact); 保质期十个月, 充满能用两天; 它的优点就是口袋多; 吃着不腻也不上火.  The same
  words with an effect the law forbids are findings (老胃病就是吃这个吃好的, 终身不坏, 孩子吃了长个子,
  医生都说好, 有了它别的都可以扔了).
* ``price``: absolute price claims, unverifiable comparison prices, false government pricing,
  threats of price rises and price pressure, and - against the listing data - a reference price
  above the lowest transaction price of the 7 days before the session date (or the last sale
  before them; with no history at all the reference has no basis and is labelled too), unless the
  listing marks it as the maker's suggested retail price; a spoken price that differs from the
  listing; a discount the numbers do not support; scarcity the stock contradicts; a limited-time
  claim on a price that had held for weeks.  Not: truthful reference or current prices, 满减 and
  coupons with their conditions, a limited time with a stated end on a price that did not hold.
  A listing is labelled ``price`` when its own list price is above that floor (not msrp).
  The listing's own price said plainly (T_CUR with the true price) is not a finding from its
  words and the data agrees, so it is not tagged ``listing_dependent``; a spoken price that the
  listing contradicts is.
* ``counterfeit``: trade slang for fakes, coded brand names, hiding logos, 私信/加微信看货, a brand's
  goods at an implausible price, riding on another brand (XX同款/XX平替); a listing whose title is a
  brand look-alike is labelled ``counterfeit``.  Not: 专柜验货/假一赔十 on ordinary goods, the
  brand's own re-issue (复刻经典配色), 平替 naming no brand, authorised resellers and official stores,
  翡翠A货 as a jade grade, 莆田 as a food origin, 仿真 plants, 1:100 dilution, 原单号 order numbers,
  advice about 剪标 and returns, 苹果/小米 as food, jade terms (籽料, 皮色, 种水), 主播同款 (the
  seller's own goods), 复古 as a style, 私信客服 about an order, 一比一 as a mixing ratio, another
  brand named honestly (its famous product is not sold here; it is better or dearer), goods said
  to have no brand (白牌), 散装 goods, after-sales questions in private messages, 便宜没好货.  Goods
  from the big brand's factory with its logo left off are a finding.  A counter
  price in four figures against a live price of a fifth or less (T_COMPARE) is a price finding
  with ``also_ok`` counterfeit.
* ``also_ok`` names a second category that is acceptable but not required (全网最低价 is a price
  claim and also an absolute term).  Segments whose label depends on the listing data carry the
  tag ``listing_dependent``.

Run: ``python models/data/make_data.py [FOLDER] [-v]``: writes train.jsonl and test.jsonl next to
this script (or into FOLDER) and prints counts and sha256 digests; ``-v`` also names the lists that
ran out of fitting lines (the builder then falls back to another list).  Standard library only.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
from pathlib import Path

SEED = 20260214
TRAIN_SESSIONS = 224
TEST_SESSIONS = 56


def lines(block: str) -> list[str]:
    """The non-empty lines of a block of hand-written sentences."""
    return [s.strip() for s in block.strip().splitlines() if s.strip() and not s.strip().startswith("#")]


# --- Product areas -----------------------------------------------------------------------------
# product lines: short name said in speech | listing title | brand | price in yuan.
# The last two products of each area are used in the test split only.
# big: other companies' brands that counterfeit talk leans on; coded: nicknames used to dodge them;
# lookalike: listing titles that imitate a brand (listing labelled counterfeit).

AREAS = {
    "food": dict(zh="粮油调味", prone=False, products=lines("""
        橄榄油|特级初榨橄榄油 750ml|橄榄山|89
        大米|东北长粒香大米 10斤|黑土湾|59
        挂面|手工鸡蛋挂面 2斤装|麦香坊|25
        酱油|零添加头道酱油 1L|酱园记|29
        菜籽油|物理压榨菜籽油 5L|油菜坡|79
        小米|沁州黄小米 新米 5斤|晋谷源|39
        火锅底料|牛油火锅底料 4袋|渝味坊|35
        蜂蜜|百花成熟蜂蜜 500g|蜂语谷|49
    """), big=["海天", "金龙鱼", "李锦记"], coded=["某天", "金家"], lookalike=[]),
    "snacks": dict(zh="零食", prone=False, products=lines("""
        坚果|每日坚果 30包|果仁铺|99
        牛肉干|风干牛肉干 500g|草原记|69
        薯片|原切薯片 6袋|脆乐|29
        辣条|麻辣辣条 面筋 20包|辣小二|19.9
        肉松饼|肉松饼 1kg|酥饼屋|39
        桂圆干|莆田桂圆干 500g|兴化果|45
        冻干草莓|冻干草莓脆 3罐|莓好时光|59
        黑巧克力|85%黑巧克力 3盒|可可屿|49
    """), big=["三只松鼠", "良品铺子", "卫龙"], coded=["松鼠家", "卫家"], lookalike=[]),
    "health": dict(zh="保健食品", prone=False, products=lines("""
        鱼油|深海鱼油软胶囊 100粒|海之源|168
        钙片|碳酸钙D3钙片 60片|骨力佳|89
        益生菌|益生菌固体饮料 30条|肠悦|129
        蛋白粉|乳清蛋白粉 1kg|力源|199
        叶黄素|叶黄素酯软糖 60粒|明眸堂|99
        维生素C|维生素C咀嚼片 100片|维能|59
        阿胶糕|即食阿胶糕 500g|阿胶坊|129
        辅酶Q10|辅酶Q10软胶囊 60粒|心源素|239
    """), big=["汤臣倍健", "Swisse", "善存"], coded=["汤家", "S家"], lookalike=[]),
    "tea": dict(zh="茶叶", prone=False, products=lines("""
        龙井|明前龙井 250g|西湖山房|288
        普洱|普洱熟茶饼 357g|澜沧古茶坊|168
        红茶|正山小种红茶 200g|武夷红|128
        白茶|福鼎白茶 寿眉饼|白鹭山|158
        菊花茶|桐乡胎菊 菊花茶 罐装|桐乡菊园|39
        茉莉花茶|茉莉花茶 飘雪 250g|蜀香茶|69
        岩茶|武夷岩茶 肉桂 礼盒|岩骨坊|268
        大麦茶|袋泡大麦茶 60包|麦田香|25
    """), big=["小罐茶", "大益", "八马"], coded=["小罐家", "益家"], lookalike=[]),
    "liquor": dict(zh="酒水", prone=True, products=lines("""
        酱香白酒|酱香白酒 53度 500ml|赤水酒坊|299
        黄酒|绍兴花雕黄酒 五年陈|鉴湖坊|88
        干红|干红葡萄酒 750ml|云岭酒庄|139
        米酒|桂花米酒 6瓶|江南酿|49
        青梅酒|青梅酒 500ml|梅见山|69
        精酿啤酒|精酿啤酒 原浆 1L×4|麦芽工坊|99
        清香白酒|清香白酒 42度 礼盒|汾河坊|199
        荔枝果酒|荔枝果酒 330ml×6|荔乡|59
    """), big=["茅台", "五粮液", "拉菲"], coded=["飞天", "茅子", "五粮"],
        lookalike=["茅苔 酱香型白酒 53度|茅苔", "五粮夜 浓香型白酒|五粮夜", "拉斐 红酒 进口|拉斐"]),
    "cosmetics": dict(zh="彩妆", prone=True, products=lines("""
        口红|丝绒哑光口红|绯语|89
        粉底液|持妆粉底液 30ml|素肌|169
        眼影盘|九色眼影盘|彩屿|99
        气垫|保湿气垫霜 带替换|雾光|139
        睫毛膏|纤长卷翘睫毛膏|翘睫|59
        散粉|控油定妆散粉|轻纱|79
        眉笔|极细眉笔 3支|画眉堂|39
        腮红|单色胭脂腮红|桃面|49
    """), big=["迪奥", "圣罗兰", "香奈儿", "阿玛尼"], coded=["香香", "D家", "杨树林", "A家"],
        lookalike=["Dioor 烈艳口红|Dioor", "Channel 香奈尔 气垫|香奈尔", "阿玛尼同款 权力粉底液|雾光"]),
    "skincare": dict(zh="护肤", prone=True, products=lines("""
        面霜|修护面霜 50g|润研|299
        精华|烟酰胺精华液 30ml|光研所|199
        面膜|补水面膜 20片|水漾|99
        防晒|清爽防晒乳 SPF50|晴岛|129
        洗面奶|氨基酸洗面奶 120g|净颜|59
        眼霜|淡纹眼霜 15g|眸研|239
        水乳|保湿水乳套装|清肌|189
        身体乳|烟酰胺身体乳 400ml|柔肤坊|79
    """), big=["海蓝之谜", "雅诗兰黛", "兰蔻", "SK-II"], coded=["海蓝", "小棕瓶", "神仙水", "L家"],
        lookalike=["海蓝之迷 精华面霜|海蓝之迷", "雅诗兰黛同款 小棕瓶精华|光研所", "SK-ll 神仙水|SK-ll"]),
    "apparel": dict(zh="服装", prone=True, products=lines("""
        羽绒服|白鸭绒短款羽绒服|北屿|599
        卫衣|纯棉连帽卫衣|棉时光|129
        开衫|羊毛针织开衫|织云|299
        冲锋衣|三合一冲锋衣|山行者|399
        保暖内衣|德绒保暖内衣套装|暖织|99
        连衣裙|雪纺碎花连衣裙|花间裳|159
        牛仔裤|高腰直筒牛仔裤|靛蓝工坊|139
        短袖|纯棉短袖T恤 3件装|素衣|89
    """), big=["加拿大鹅", "始祖鸟", "巴宝莉", "蒙口"], coded=["大鹅", "鸟家", "B家", "M家"],
        lookalike=["ARCTERYZ 硬壳冲锋衣|ARCTERYZ", "巴宝丽 经典格纹风衣|巴宝丽", "加拿大鹅同款 派克羽绒服|北屿"]),
    "shoes": dict(zh="鞋靴", prone=True, products=lines("""
        跑鞋|缓震跑鞋 男女款|迅跑|299
        小白鞋|百搭小白鞋|步青|159
        老爹鞋|增高老爹鞋|踏云|199
        马丁靴|真皮马丁靴|铁骑|359
        帆布鞋|高帮帆布鞋|帆影|89
        拖鞋|EVA厚底拖鞋|软踩|29.9
        皮鞋|商务真皮皮鞋|正途|269
        童鞋|童鞋 儿童运动鞋|跳跳|129
    """), big=["耐克", "阿迪达斯", "新百伦", "AJ"], coded=["勾子", "三条杠", "椰子", "N字鞋"],
        lookalike=["NIKF 气垫跑鞋|NIKF", "adidos 三条纹板鞋|adidos", "阿迪达期 运动鞋|阿迪达期", "New Barlance 复古跑鞋|New Barlance"]),
    "bags": dict(zh="箱包", prone=True, products=lines("""
        托特包|大容量托特包|拾光|199
        斜挎包|真皮斜挎包|皮匠铺|299
        双肩包|通勤双肩包|行囊|159
        钱包|牛皮短款钱包|尚皮|99
        腋下包|法式腋下包|栖雀|239
        帆布包|文艺帆布包|布语|39
        行李箱|铝框行李箱 20寸|远途|399
        手拿包|宴会手拿包|晚星|179
    """), big=["LV", "爱马仕", "香奈儿", "古驰", "普拉达"], coded=["驴牌", "老花", "H家", "香奶奶", "P家", "G家"],
        lookalike=["LOUIS VUITTOM 老花托特包|LOUIS VUITTOM", "Guuci 双G腋下包|Guuci", "Pradda 尼龙双肩包|Pradda"]),
    "watches": dict(zh="手表", prone=True, products=lines("""
        机械表|自动机械表 男款|匠时|899
        石英表|石英表 小表盘女款|时光里|299
        智能手表|运动智能手表|跃动|399
        电子表|学生电子表|跳秒|59
        怀表|复古翻盖怀表|旧时光|199
        情侣表|情侣表 一对装|双时|499
        潜水表|200米潜水表|深蓝刻度|1299
        镂空表|镂空表 机械腕表|天工表|2999
    """), big=["劳力士", "欧米茄", "卡地亚", "浪琴"], coded=["绿水鬼", "劳家", "O家", "水鬼"],
        lookalike=["Rolexs 黑水鬼 机械表|Rolexs", "OMECA 海马 潜水表|OMECA", "浪琴同款 名匠机械表|匠时"]),
    "jewellery": dict(zh="珠宝玉石", prone=True, products=lines("""
        翡翠手镯|缅甸翡翠手镯 A货 带证书|玉见|1999
        转运珠|足金转运珠吊坠|金缘|1299
        珍珠项链|淡水珍珠项链|珠光|299
        银手镯|足银手镯|银坊|399
        平安扣|和田玉平安扣|润玉阁|699
        耳钉|S925银耳钉|星点|59
        碧玺手串|碧玺手串|彩石记|499
        莫桑石戒指|莫桑石戒指|璀璨|399
    """), big=["卡地亚", "蒂芙尼", "梵克雅宝", "宝格丽"], coded=["卡家", "T家", "四叶草", "V家"],
        lookalike=["Cartler 钉子手镯|Cartler", "蒂凡尼 心形项链|蒂凡尼", "梵克雅宝同款 四叶草手链|星点"]),
    "electronics": dict(zh="数码", prone=True, products=lines("""
        蓝牙耳机|真无线降噪蓝牙耳机|声屿|199
        充电宝|20000毫安充电宝|电满满|99
        手机壳|磁吸手机壳|壳小二|29
        数据线|快充数据线 3条装|速连|25
        机械键盘|三模机械键盘|键客|259
        音箱|便携蓝牙音箱|音浪|169
        学习平板|学习平板 10寸|慧学|1299
        鼠标|静音无线鼠标|点点|49
    """), big=["苹果", "华为", "索尼", "Bose"], coded=["果子", "水果家", "S家"],
        lookalike=["AirPods Pr0 无线耳机|AirPods Pr0", "HUAWEl 快充充电器|HUAWEl", "华为同款 降噪耳机|声屿"]),
    "appliances": dict(zh="家电", prone=True, products=lines("""
        空气炸锅|可视空气炸锅 5L|厨小白|299
        吹风机|高速吹风机|风语|399
        扫地机器人|扫拖一体扫地机器人|净途|1599
        电饭煲|IH电饭煲 4L|米香家|459
        破壁机|静音破壁机|榨时|399
        电热毯|双人电热毯|暖冬|129
        净水器|厨下净水器|清泉|1299
        空气净化器|除甲醛空气净化器|呼吸森林|899
    """), big=["戴森", "飞利浦", "松下"], coded=["戴家", "D牌"],
        lookalike=["Dysen 高速吹风机|Dysen", "戴森平替 无叶风扇|风语", "Philipps 剃须刀|Philipps"]),
    "home": dict(zh="家居清洁", prone=False, products=lines("""
        洗衣液|浓缩洗衣液 3kg|洁白|49
        消毒液|含氯消毒液 1L|安洁|29
        拖把|免手洗平板拖把|净手|69
        四件套|纯棉四件套|棉语|299
        仿真绿植|仿真绿植盆栽|绿意|89
        收纳箱|衣物收纳箱 3个装|整理控|59
        驱蚊喷雾|驱蚊喷雾|蚊不叮|39
        厨房湿巾|厨房湿巾 加厚 80抽|净厨|19.9
    """), big=["无印良品", "蓝月亮", "宜家"], coded=["无印家", "蓝家"], lookalike=[]),
    "baby": dict(zh="母婴", prone=True, products=lines("""
        纸尿裤|超薄纸尿裤 L码|小羽|129
        奶粉|婴儿配方奶粉 3段 800g|牧童|268
        婴儿湿巾|婴儿湿巾 手口专用 10包|柔柔|39
        辅食机|辅食机 蒸煮打泥一体|小厨宝|199
        奶瓶|宽口径玻璃奶瓶|哺乐|89
        婴儿面霜|婴儿面霜 润肤保湿|贝润|69
        儿童牙刷|儿童牙刷 电动款|小白牙|79
        安抚奶嘴|硅胶安抚奶嘴 2个装|安安|45
    """), big=["帮宝适", "爱他美", "美赞臣"], coded=["帮家", "爱家", "美家"],
        lookalike=["帮宝逸 纸尿裤|帮宝逸", "爱他美同款 配方奶粉|牧童", "美赞成 婴儿奶粉|美赞成"]),
    "pets": dict(zh="宠物", prone=False, products=lines("""
        猫粮|全价猫粮 成猫 2kg|喵星厨房|129
        狗粮|无谷狗粮 10kg|汪汪厨|299
        猫砂|豆腐猫砂 6袋|净喵|79
        猫条|鸡肉猫条 50支|馋猫|59
        宠物沐浴露|宠物沐浴露|毛孩子|49
        冻干|鸡胸肉冻干 500g|肉肉屋|89
        猫爬架|实木猫爬架|猫乐园|259
        牵引绳|自动伸缩牵引绳|遛遛|45
    """), big=["皇家", "渴望", "冠能"], coded=["皇家家", "K家"], lookalike=[]),
    "education": dict(zh="教育课程", prone=False, products=lines("""
        英语启蒙课|少儿英语启蒙课 48节|童语课堂|399
        考研政治课|考研政治课 冲刺班|研途|599
        编程课|少儿编程课 入门班|码小猿|699
        书法课|硬笔书法课 速成班|墨韵|199
        理财课|家庭理财课 入门|财知道|299
        口才课|演讲口才课 训练营|声动|499
        育儿课|科学育儿课 父母必修|成长树|99
        摄影课|手机摄影课 30讲|光影|129
    """), big=["新东方", "学而思", "高途"], coded=["新家", "学家"], lookalike=[]),
    "fresh": dict(zh="农产品生鲜", prone=False, products=lines("""
        苹果|烟台红富士苹果 10斤|果园记|59
        脐橙|赣南脐橙 10斤|橙意|49
        土鸡蛋|散养土鸡蛋 30枚|山里红|45
        牛排|原切西冷牛排 10片|牧场鲜|199
        猕猴桃|红心猕猴桃 24个|秦岭果|69
        荔枝|莆田荔枝 5斤|木兰溪|79
        大闸蟹|湖区大闸蟹 8只|湖鲜|399
        小番茄|樱桃小番茄 5斤|阳光果|39
    """), big=["褚橙", "佳沛"], coded=["褚家", "佳家"], lookalike=[]),
    "books": dict(zh="图书", prone=True, products=lines("""
        绘本|儿童绘本 10册|小书虫|99
        名著|经典名著 全套8册|书香阁|129
        练习册|小学数学同步练习册|学霸帮|39
        通史|中国通史 全6册|史话|199
        漫画|国风漫画 全4册|画里|88
        菜谱|家常菜谱大全|灶台边|39
        字典|新华字典 第12版|商务印书馆|29
        词汇书|考研英语词汇书|词途|49
    """), big=["商务印书馆", "人民文学出版社", "中信出版社"], coded=["商务家", "人文家"],
        lookalike=["新华字典 影印版 第12版|书香阁", "哈利波特 全集 高清影印|书香阁"]),
}
PLATFORMS = ["douyin", "kuaishou", "taobao", "wechat_channels", "xiaohongshu", "jd"]
PLATFORM_ZH = {"douyin": "抖音", "kuaishou": "快手", "taobao": "淘宝", "wechat_channels": "视频号",
               "xiaohongshu": "小红书", "jd": "京东"}


# --- Plain negatives: nothing here is a finding, and nothing looks like one -------------------

GREET = lines("""
欢迎刚进直播间的宝宝们，先点个关注不迷路
哈喽大家晚上好，今天给大家准备了好几款好东西
来了来了，刚进来的朋友右上角点个关注
家人们晚上好，今天咱们直播间福利多多
新进来的宝子们扣个1让我看到你们
好久不见啦，想我了没有，今天我们早点开播
晚上好晚上好，弹幕动起来，让我看看都是从哪里来的
欢迎欢迎，今天是我们{cat}的专场，东西都是我自己挑的
各位老铁晚上好，先把灯牌点亮，我们马上开始
宝子们下午好，今天下午场时间不长，咱们抓紧
欢迎来到{brand}的直播间，我是今天的主播
来，打个招呼，看到好多老朋友的名字了
嗨大家好，今天天气有点冷，大家注意保暖
家人们，今天外面下大雨，还来看我直播的都是真爱
晚上八点整，准时开播，欢迎大家
好，人慢慢多起来了，我们先简单聊两句
欢迎新朋友，我们直播间每天晚上七点半准时开播
姐妹们，今天我换了个新发型，好不好看
兄弟们好，今天给大家讲讲我们家的{name}
欢迎来自各地的朋友，弹幕里告诉我你们那边天气怎么样
今天是周末，大家不用上班，我们可以多聊一会儿
刚下班的朋友辛苦了，先喝口水，坐下来慢慢看
宝宝们，后台说今天声音有点小，现在能听清吗
听得到吗，听得到扣个好，我调一下麦
今天我们在仓库直播，背后这些都是刚到的货
今天直播间来了一位新同事，一会儿给大家介绍
来，今天我们换了个场地，在我们自己的{cat}基地
早上好各位，早起的鸟儿有虫吃，今天早场开始了
老粉都知道我的习惯，先聊产品再说价格
有没有昨天看过回放的，昨天没讲完的今天接着讲
欢迎大家来到我们的专场，今天主要是{cat}
咱们先把规则讲清楚，下单前看好规格
你们好呀，今天我嗓子有点哑，说话慢一点
今天有点紧张，第一次在这个新场地播
灯光师帮我把灯调亮一点，大家看得清楚吗
来，镜头拉近一点，让大家看清楚
家人们点点小红心，人多了我们就开讲
我先去喝口水，助理帮我读一下弹幕
今天我们有三个小时，慢慢来，不着急
欢迎回来，刚才网络卡了一下，现在好了
今天给大家带来的都是当季的货
晚上好，今天我们一边聊天一边看东西
我是你们的老朋友小林，今天继续陪大家
欢迎欢迎，有问题随时在弹幕里问我
开播了开播了，还在路上的朋友赶紧进来
今天我们直播间抽奖，点赞到一万就抽
大家好，我是新来的主播，叫我小周就行
来，助理把今天的样品都摆出来
家人们，后台说今天在线的有好几百人，谢谢大家
欢迎老粉回家，新粉点关注
""")

INTRO = lines("""
来，我们先看一下这款{name}，我拿近一点给大家看
这个{name}是我们{brand}自己家做的
先给大家讲讲这个{name}的规格，详情页也写得很清楚
这款{name}我自己用了快一个月了，说说我的感受
刚才有宝宝问{name}，我现在就拿出来
我们今天主推的是这款{name}
这个{name}有几个规格，大家按需选择
好，换下一个，{name}来了
这款{name}是我们的老款，很多老粉回购
{name}的参数我放在小黄车里了
我先把{name}拆开给大家看看里面是什么样的
这个{name}的包装今年换了新的设计
下面这款{name}，是很多宝子点名要的
助理把{name}递给我一下，谢谢
来看{name}的细节，做工大家自己看 @@wearable
{name}这一批是上周刚到的货
这一批{name}的生产日期是这个月的
{name}有两个颜色，我两个都拿出来了 @@wearable
我给大家念一下{name}的产品参数
这是{brand}的{name}，我们合作了两年了
""")

LOGISTICS = lines("""
下单后四十八小时内发货，偏远地区除外
我们默认发中通，想发顺丰的可以联系客服补运费
七天无理由退换，大家放心拍
收到货有问题直接找客服，别着急给差评
新疆西藏地区暂时不包邮，不好意思
拍之前看一下收货地址对不对
我们是江浙沪仓库发货，一般两三天就到
下单的时候备注一下颜色，不备注随机发 @@wearable
今天拍的明天统一发，周末也发货
有运费险的，退货不用自己出运费
拍错了的直接申请退款，客服会处理
发票可以开的，下单后找客服登记
收到货记得拍个视频开箱，有破损好处理
有问题的订单我们一个一个处理，大家耐心等一下
快递会打电话确认，大家注意接一下
已经下单的宝子扣个已拍，我让助理统计一下
大家下单前先领一下店铺的关注礼
我们的客服晚上十点下班，急事可以留言
需要礼盒装的在备注里写一下
换货的话寄回来我们收到就给你换新的
生鲜类的我们走冷链，一般隔天到
海外地区暂时发不了，抱歉
尺码不合适可以换，吊牌别拆 @@sized
签收前先检查外包装，有破损可以拒收
大件商品送货上门，楼层高的提前说一下
地址写到门牌号，不然快递小哥找不到
下单后可以在订单页面看物流
如果要改地址，发货前联系客服都可以改
下午四点前拍的当天发，四点以后的第二天发
今天的订单比较多，发货可能会晚一天，大家担待
如果收到的东西和描述不一样，直接退，运费我们出
港澳台地区发货要联系客服
我们有专门的售后群，下单后客服拉你进群
""")

CLOSING = lines("""
今天就播到这里啦，明天晚上八点不见不散
感谢大家的陪伴，没抢到的不要着急，下次还有
好，我们下一场见，记得关注一下
今天辛苦大家了，早点休息
下播前再提醒一下，拍了的记得付款
今天的直播就到这里，有问题找客服
谢谢大家今晚的支持，我们明天见
还有什么问题吗，没有的话我们就准备下播了
大家晚安，路上注意安全
下一场是周三晚上，主题是{cat}，大家可以先预约
回放会放在主页，没看完的可以去看
好，我休息一下，五分钟后换同事来播
感谢新关注的朋友，以后常来
今天聊得很开心，谢谢大家
记得给我们的{name}写个评价，好不好都可以说
有空多来坐坐，不买东西聊聊天也行
我们下次会带来新的{cat}，期待一下
今天就到这儿了，拜拜
好，今天就先到这里，有事留言
谢谢大家陪我三个小时，下次见
""")

# Opening, introduction and logistics lines that contain 最/第一/原单号/剪标 and the like in their
# everyday sense: look-alikes, tagged hard_negative.

GREET_HARD = lines("""
第一次来直播间的新朋友，欢迎欢迎，点个关注
最近好久没播了，想死你们了
最近降温了，大家来直播间之前记得多穿点
今天是我们开播的第一百场，谢谢大家一路陪伴
最早进来的几位老粉我都看到了，晚上好
第一次看我直播的扣个新，我给大家讲讲规则
最近事情多，直播时间改到晚上九点了
开场第一件事，先给大家发个福袋
最后一排的宝子们能看清吗，我把镜头拉近一点
今天是这个月最后一场直播，我们多播一会儿
最近很多新朋友，我先自我介绍一下
第一次在这个平台直播，大家多多关照
今晚最想跟大家聊的是我们家的{name}
最近好多人私信问我什么时候开播，今天来啦
晚上好，最近大家过得怎么样
""")

INTRO_HARD = lines("""
这是我们家今年的最新款{name}，上个月刚出
第一个链接就是{name}，我先从它讲起
{name}是我们店里老顾客回购最多的一款，后台能看到复购数据
最近问{name}的人特别多，今天重点讲一下
{name}是按国家标准生产的，执行标准写在包装背面
我最喜欢{name}的一点是包装很方便
{name}这一批是最新到的，生产日期是上周
先说一下{name}最基本的参数，详情页都有
和我们家去年那一款比，今年的{name}改了三个地方
我们{brand}做{name}做了八年，今天第一次来直播间卖
第一眼看上去{name}很普通，但用料我们是认真选的
{name}最大的规格是家庭装，最小的是试用装
这款{name}不是网红款，也不是最便宜的，就是我们自己觉得踏实的
{name}的第一批试用反馈，我们整理在详情页了，有好有坏
{name}我们不说是最好的，先给大家看看实物
""")

LOGISTICS_HARD = lines("""
最快明天发货，最晚后天，不会拖
最晚今晚十二点前下单的，明天都能发出
最多一个账号限购五单，大家理性消费
收到以后先别剪吊牌，试了不合适还能退
剪了吊牌就影响二次销售了，退不了，大家注意
售后的时候把原单号发给客服，就是你下单那串数字
换货的话我们会生成新单号，原单号那一单就关闭了
退款要填原单号，填错了仓库找不到件
最远的地方大概四天能到
第一批订单今天下午已经发出去了
最后提醒一下，拍之前看好规格和地址
最好在签收的时候当面检查，有问题直接拒收
最近快递比较慢，大家多等一两天
第一次下单的宝宝可以领新人券，在左下角
发货最晚不超过四十八小时，超时了找客服
最好写一个白天能收件的地址
拍了的宝子最好马上付款，超时订单会自动取消
第一次退货不会弄的找客服，客服教你
""")


# --- wording: generic positives (absolute claims, guarantees, superstition, testimonials) -------
# Marker syntax on a line: " ||cat" adds a second label, " ~~cat" adds an also_ok category.

W_POS = lines("""
这款{name}绝对是同类里品质最好的，没有之一
我敢说这是全网最好的{name}
{name}我们家是行业第一，别家没法比
这个{name}是世界级的工艺，国外大牌都做不出来
这是顶级的{name}，顶级的，懂吗
我卖了十年{cat}，这个{name}是我见过最强的
全球首款，这样的{name}之前市面上根本没有
这款{name}史无前例，以前从来没有人这么做过
独一无二的{name}，你在别的地方绝对找不到第二个
{name}用的是国家级的标准，比国标还高
这个{name}品质是极品中的极品
{name}百分之百没有任何问题，我拿人格担保
用了它永久不用再换，一辈子就这一个
这款{name}万能的，什么场景都能用
天花板级别的{name}，没有比它更好的了
这个{name}就是王者，同价位里无敌
最高级的原料，最高级的工艺，这就是我们的{name}
买{name}就认准我们家，NO.1，销量冠军
这个是最顶尖的{name}，别犹豫
{name}是全宇宙最好用的，我不接受反驳
我跟你讲，这个{name}是市面上质量最好的
这个{name}就是最安全的，一点风险都没有
我们的{name}是国家领导人都在用的
这是国家级大师亲手设计的{name}，全国独一份 ~~counterfeit
这个{name}效果百分之百，无效全额退款还赔你钱
你买回去用了不满意那是不可能的，百分百满意
这款{name}买回家能旺财运，家里人都顺
{name}放在家里招财进宝，今年生意肯定好
用了这个{name}保你一年平平安安
这款{name}能转运，好多人买了之后运气都变好了
我们有个老粉买了{name}之后升职加薪了，真的灵
好多宝子反馈用了{name}一个星期就完全变了个样，你们用也一样
只要你用了{name}，保证跟我们直播间的姐妹一样有效果
后台几千条好评，没有一个说没效果的，你买了也肯定有效
我们家{name}一年卖出去一千万单，全国人民都在用
{name}连续十年全国销量第一
这个{name}是全网销量冠军，随便一搜就知道
{name}已经卖断货八百次了，全国独家
这款{name}是目前最先进的技术，领先同行十年
绝无仅有的好东西，错过这个{name}你会后悔一辈子
最好的{name}就在我手上，其他的都不用看了
这个{name}是极致的品质，做到头了
{name}没有任何缺点，完美
这个{name}是全国最正宗的，别家都是跟风
{name}品质全球领先，遥遥领先
我们的{name}获得了国家级认证，国家认可的第一品牌
这个{name}用一次就见效，保证
{name}用了零副作用，绝对安全
这个{name}永不褪色永不变形，用一辈子
我敢打包票，这个{name}是你这辈子用过最好的
{name}比国际大牌还好十倍
这个{name}质量顶呱呱，全网无敌
首选，必买，最佳选择就是这个{name}
这款{name}绝对是业内最高标准
你就闭眼入，这个{name}是最完美的
{name}是御用级别的，以前只有宫里才能用
这是特供级的{name}，一般人买不到
我们{name}是冠军品质，行业标杆
全网找不到第二家能做到这种品质的{name}
{name}的口碑全国第一，这是公认的
这是终极版的{name}，以后不会再有更好的
这款{name}是独家秘方，全世界只有我们有
{name}的原料是全世界最稀有的
这个{name}就是神器，用了都说好
这个{name}好到什么程度，用了它别的都看不上了，永远离不开
宇宙级好用的{name}，不好用你来找我
{name}是我们家的镇店之宝，最强单品
这款{name}，我用我的职业生涯担保，最好的
家人们，这个{name}可以说是遥遥领先，没有对手
老铁们，这{name}杠杠的，天下第一
宝子们这个{name}真的是全网最牛的，没有之一
姐妹们，这个{name}是我用过的最顶的，断层第一
这款{name}是真正的国货之光，全国第一
我们的{name}是国家级非遗传承人做的，独门绝技，全国找不到第二家
{name}经过了一百项检测，百分之百合格，零差评
这个{name}就是性价比之王，全网最高
这是业界最领先的{name}，专家都说好
{name}可以用一百年不坏，我保证
这个{name}的品质世界第一，出口国外的
最牛的{name}就在这里，随便拍
{name}的工艺是顶配中的顶配
这个就是完美无瑕的{name}，挑不出任何毛病
我们有专家团队认证，这个{name}是最科学的
这款{name}每天都有人抢，因为它就是最好的
{name}带回家，家宅平安，还能辟邪
{name}送给长辈，保佑健康长寿
我家{name}是顶流同款，连明星都离不开，全网最火 ~~counterfeit
这个{name}一用就上瘾，谁用谁知道，效果最强
全网最低的差评率，最高的好评率，就是这个{name}
这个{name}实验室测过，效果提升百分之三百
用了{name}三天，皮肤、心情、运气全都变好，这不是我说的是大家说的
听我的，这个{name}就是当今最好的，别的都是垃圾
这个{name}是第一品牌，国家都认可的
{name}的效果立竿见影，马上就能看到
这个{name}一次购买终身受益，永久有效
{name}的品质稳居行业之首
我用我十年的经验告诉你，{name}是巅峰之作
这款{name}就是最好的礼物，送谁都是最体面的
{name}的科技含量全球第一，国外都来学
我们的{name}品质达到了航天级标准
zui好的{name}就在这个直播间，大家懂我说的
这个{name}是 顶 级 货色，自己品
{name}嘀一名，大家跟着买就对了
这个{name}绝对是 N0.1，不用比
第①名的{name}，全网都在抢
{name}就是yyds，永远的神，最强
这个{name}用完，你会觉得之前买的都是垃圾，这就是最好的
{name}放在家里，全家身体健康，百病不侵
我们{name}的效果，已经被上万人验证了，保证你用也有效
{name}绝对的行业天花板，同行都来抄我们
""")

# --- wording: generic hard negatives (LABELING.md "NOT a finding") ----------------------------

W_NEG = lines("""
最近好多宝子在问{name}什么时候返场，今天终于来了
最后一个链接了，看完这个我们就下播
第一次来直播间的宝宝点个关注，有新人券
第一个链接是{name}，第二个链接是赠品
{name}最少拍两件才包邮哦
有个宝宝说我是她最喜欢的主播，谢谢宝贝
我最喜欢的颜色是这个蓝色，你们喜欢哪个 @@wearable
我们的服务是最用心的，有问题随时找客服
我们团队一直致力于做最好的{name}，这是我们的目标
这款{name}是我们店里今年卖得最多的一款，后台数据可以看
{year}年{plat}{cat}类目月销量第一，数据来源是平台公开的榜单截图，放在详情页了
最大的尺码是XXL，最小的是S @@sized
我最近在减肥，所以晚上都不吃东西
今天是我们店开业的周年纪念日，第一家店就是今天开的
第一步先把包装拆开，第二步把说明书看一遍
这个是第一批到的货，后面还有第二批
最后提醒一下，下单前看一下规格
昨天晚上最后那一单是哪个宝宝拍的，地址没填
你们最关心的问题我来回答一下
第一眼可能觉得颜色有点深，实物比镜头里好看 @@wearable
我们不说最好，我们只说合适，适合自己的才是好的
我不会跟你说这是全网最好的，那是违规的，我只说我自己用着不错
这个{name}不是什么神仙产品，就是一个好用的日常款
我们家的{name}今年比去年的老款升级了一下，这是我们自己和自己比
和我们家的上一代比，这一代{name}轻了一百克
第一个抢到的宝宝我们额外送个小样
最小的那一个规格适合先试试
我最担心的是大家买回去不会用，所以讲仔细一点
最开始做直播的时候，我们只有一个小仓库
第一次买的可以先拍小规格试试
我们的{name}不敢说第一，但每一批都有质检报告
今天最后十分钟，我们来回答问题
我们在努力做得更好，希望大家多给意见
客服是二十四小时在线的，这个是我们的服务承诺
第一排那个是样品，不卖的
最右边这个是大号，最左边是小号 @@wearable
这个{name}的检测报告在详情页，第三方机构出的，报告编号也有
数据来源写清楚了，{year}年第三季度{plat}{cat}新品榜第三名，截止到九月底
我们是{brand}，成立于二零一六年，今年是第十个年头
最近天气干，大家多喝水
最主要的是大家买了用得上，别囤太多
第一反应是什么，弹幕告诉我
今天直播间人最多的时候有两千人，谢谢大家
最喜欢听大家反馈，好的坏的都可以说
我们一直把品质放在第一位，这是我们做事的态度
这个问题我最后统一回答
我们每个批次都会抽检，这是我们最基本的要求
这是我们店的镇店款，老顾客回购最多的一款，后台能看到复购率
最好的办法就是先看一下尺码表再下单 @@sized
{name}收到以后最好先看一下说明书再用
最好不要一次买太多，用完了再来
这个{name}适合大部分人，但不是所有人都适合，大家按需
它不是药，不能治病，有病还是要去医院 @@edible
身体不舒服一定要去看医生，不要指望吃什么东西能好 @@eaten
我们不说能治什么病，我们就是一个普通的{name} @@edible
我不是医生，关于健康的问题建议咨询专业的医生
孕妇、哺乳期的妈妈用之前问一下医生 @@edible
高血压、糖尿病的朋友，药一定要按医嘱吃，不能停 @@edible
过敏体质的宝宝先小面积试一下 @@edible
小孩子用的时候大人在旁边看着
我们的宣传都是按照检测报告来的，报告上没有的我们不说
关于效果，每个人情况不一样，我不给大家打包票
这个东西没有那么神，就是日常用的
你们别听别人说吃了能治病，没有这回事 @@eaten
这个{name}没有什么特殊功效，就是品质比较好
{brand}是我们注册的商标，商标证书在店铺首页
有宝宝说上次买的用完了，想再来一单，谢谢支持
最早的那一批老粉，现在还在看我直播的扣个1
开播第一件事，先感谢一下老粉
最近新上了一个颜色，大家可以看一下 @@wearable
这是今天第一个上的产品，也是大家点名最多的
第一次做{cat}直播，有不懂的地方大家多包涵
我最常用的是小号，出门方便 @@wearable
这个问题问的人最多，我来统一说一下
最便宜的是单件装，最划算的是三件装，按需选
{name}是我们家卖得最好的一个系列，这是我们自己店里的数据
今年的新品里面，这个{name}是我们最用心的一款
这是我们最新研发的配方，比我们家去年那款改良了
我们家{name}有三个系列，入门款、经典款和最高配的那款，最高配就是功能最全的
我们家最贵的一款就是这个，因为用料多
{name}是按国家标准生产的，执行标准号在包装背面
这个证书是真的，可以在官网上查到编号
{year}年我们获得了省级的{cat}金奖，证书在这里，可以查
这个{name}有国家的质量检测报告，合格，不是说最好，是合格
我们不夸大，{name}就是一个日常好用的东西
不是最贵的，也不是最便宜的，是我们觉得合适的
这款{name}是我们自己的品牌，不是贴牌的
好的{name}不需要吹，用了就知道
最近店里上新比较多，大家可以慢慢挑
第一轮福利送完了，第二轮等会儿开始
这是我们家最基础的款，适合第一次买的
我们没有说它是最好的，只是我们自己用着放心
""")


# --- price: claims that are findings from the words alone -------------------------------------

P_POS = lines("""
全网最低价，就在我这个直播间 ~~wording
这个价格是历史最低价，以后再也不会有了 ~~wording
全网最便宜的{name}就是我们家 ~~wording
今天直接给大家底价，老板一分钱不赚
亏本甩卖，卖一单亏一单
今天就是出厂价，工厂直接给到大家
这个价是国家统一定价，哪里买都一样
{name}这个价格是政府指导价，我们不能随便改
今天不买明天涨三倍
下了播价格就翻倍，我不骗你
这个价格你们出去找，找到比我便宜的我直播把它吃了
这个数你在任何平台都搜不到
我们这个{name}一单赔一单，纯粹是为了冲榜
全网找不到比这更低的价了 ~~wording
这个价我们是贴钱在卖，做一场亏好几万
成本价都不到，就当交个朋友
这个价格只有今晚，明天一早就回到三位数
跳楼价，跳楼价，老板今天跳楼了
骨折价的{name}，全网独一份 ~~wording
这个价格说出来我都心疼，厂家已经打电话来骂人了
你们算算，光原料都不止这个钱
别人家这个价连包装盒都买不到
这个价格是我求了厂家一个月才拿下来的，全网独一份
给你们这个价，我们仓库的同事都不同意
今天这个价一出来，同行都要骂我
这个价格我不敢多说，说多了老板要骂我，赶紧拍
赶紧的，手慢的明天只能按三倍的价格买了
过了今晚这个数你再也见不到了
下播之后马上恢复原价，原价好几百
今天买到就是赚到，明天起全线涨价
这是清仓价，低于成本卖，卖完就关店
{name}这个价，比批发市场的拿货价还低
外面专柜要卖一千多，我们今天两百出头 ~~counterfeit @@luxury
商场里卖三百多的东西，我们这里一半都不到
超市里一瓶就要四五十，我这一箱才这个价 @@eaten
实体店至少贵一倍，不信你们去问
别的直播间卖两百多，我这里一百都不到
你去药店问问，同样的东西要贵三倍 @@eaten
淘宝上随便一家都卖五六百，我今天三位数都不到
这是我们全年最低的价格，双十一都没有这么低 ~~wording
错过今天，你这辈子都买不到这个价了
史上最低价，老板亲自批的 ~~wording
这个{name}今天是地板价，再低就要倒贴了
价格全网最低，买贵了我十倍赔给你 ~~wording
这个价格是厂家内部员工价，外面绝对拿不到
我跟你说，这个价就是成本价，一分钱利润没有
{name}今天卖的是工厂价，中间商一分钱没赚
今天不抢，明天就是原价的两倍
这个数只给今天在线的，明天来的全部按原价，原价贵一倍
最后五分钟，五分钟之后价格翻倍
老板说这个价再卖下去公司要关门了
这个价格我们赔本也要卖，就为了给大家一个惊喜
这是国家定价的，全国统一，你去哪儿都是这个价
今天的价全网最低，不是最低你来找我 ~~wording
你们去比价，比完了还得回来我这里买
我敢说这是今年最便宜的一次，以后只会越来越贵 ~~wording
这个价格已经击穿底线了，是真正的骨折
{name}这个价，别的主播拿货都拿不到
今天这个福利价，是我拿自己的提成补贴给大家的，亏的是我自己
价格直接打到脚脖子，全网没有第二家 ~~wording
你们在外面买一个的钱，在我这里能买三个
一晚上就这一次，下一次这个价就是明年了
专柜价一千二，今天直播间零头价 ~~counterfeit @@luxury
这个价格就是批发价，比进货价还便宜
工厂直销价，没有中间商赚差价，全网最低 ~~wording
今天就是要亏，亏给家人们，亏到老板哭
明天涨价通知已经发下来了，今天是最后的低价
这个价我只敢在直播间说，出去就不认了
这个价格一说出来全网都要跟着降
不夸张的说，这个价连成本的一半都不到
quan网zui低价，宝子们冲 ~~wording
全网最低 价，别犹豫 ~~wording
底 价 出，家人们冲
亏 本 冲量，就今天
今天这个价格，别说全网，全世界都找不到第二家 ~~wording
这是我们全年唯一一次这个价，以后只会涨
{name}今天拍下就是赚，明天原价回来贵一大截
老板说了，今天卖完这一批就全部涨价
{name}你去外面问问，没有一个地方比我便宜 ~~wording
这个价我今天是冒着被厂家拉黑的风险给你们的
亏本清仓，仓库要拆了，卖完就没有了
跟你们说实话，这个价我们进货都进不到
这是国家指导价，全国统一，谁也不能卖得比这个低
家人们，这个价不抢你就亏大了，过了今天翻倍
""")

# --- price: look-alikes that are not findings --------------------------------------------------

P_NEG = lines("""
满三百减五十，要凑够三百才能减，大家算好
第二件半价，两件一起拍才有，一件是原价
领了店铺券，到手价会再少十块，券在左下角
这个价格跟我们店铺平时一样，不是什么最低价，大家按需购买
我不跟你们说全网最低，那种话不能说，我只说这个价格我们觉得实在
价保三十天，三十天内降价了找客服退差价
会员价要先入会，入会是免费的
新人首单立减五元，老客没有哈
两件起打九折，一件不打折
今天的价格就是页面上写的价格，大家看清楚再拍
这个不是最便宜的，但是用料我们觉得对得起这个价
价格一分钱一分货，我们不打价格战
我们家不搞先涨后降那一套，价格一直都是这个
今天没有什么特别的折扣，就是正常卖，送个小赠品
我们不说亏本，做生意都要赚钱，只是今天赚得少一点
拍三件的话每件比拍一件便宜五块，大家自己算
满两件包邮，一件的话运费八块
这个价格含运费，没有其他费用
直播间和店铺是同价的，不用担心在哪里买
有宝宝问为什么比上个月贵了，因为原料涨了，我们如实说
券后价以页面为准，每个人的券可能不一样
活动规则在详情页第二张图，大家仔细看
这个是平台的跨店满减，满三百减四十，可以和店铺券叠加
预售定金五十，尾款下个月一号开始付，付完尾款就发货
价格我不多说，大家觉得值就拍，不值就不拍
我们家从来不说最低价这种话，大家放心买
今天的赠品是单独的，拍一件送一个，拍两件送两个
满一百九十九送一个同款小样，不满不送
关注店铺领五元无门槛券，每人限领一张
没抢到券的也没关系，不用券也是页面上这个价
定金可以退，尾款没付之前都能取消
加购物车不等于下单，要付款才算
分期免息是平台的活动，三期免息，不是每个人都有
大家不要冲动消费，用得上再买
以旧换新的补贴是按官方规则来的，要提交旧机信息
运费是到付还是包邮，页面上有写
这个价钱你们觉得贵的话，可以等等平台大促
我们不虚标原价，页面上只写了现价
拍两件减二十，只减一次，三件也是减二十
积分可以抵现，一百积分抵一块钱
满两百减二十，满四百减五十，上不封顶
今天送的运费险，是平台的，不是我们自己送的
我们这个价是店铺正常价，没有虚标原价
""")


# --- price templates checked against the listing data -----------------------------------------
# {ref} a reference price, {cur} a current price, {rate} a discount, {n} a count, {end} an end
# time, {days} a number of days, {vp} an outside price nobody can verify.  build() decides the
# numbers and the label from the listing (see price_segments()).

T_REF = lines("""
{name}原价{ref}，今天直播间只要{cur}
原价{ref}的{name}，今天{cur}带回家
{name}划线价{ref}，今天到手{cur}
这个{name}平时卖{ref}，今天给到{cur}
{name}日常价{ref}，今天福利价{cur}
{name}吊牌价{ref}，直播间{cur}
{name}原价是{ref}，大家可以看页面上的划线价
我们{name}原来卖{ref}，今天直播间{cur}
{name}的日常售价是{ref}，今天{cur}就能拿
原价{ref}，现在{cur}，{name}就这个价
{name}原价{ref}啊，今天只要{cur}，大家自己算
来看{name}，原价{ref}，活动价{cur}
{name}页面上划掉的那个{ref}是原价
原价{ref}的{name}，今天下单{cur}
{name}平常都是卖{ref}的，今天{cur}
{name}日常卖{ref}，今天秒杀{cur}
这款{name}，原价{ref}，宠粉价{cur}
{name}，平时价{ref}，今天直播间价{cur}
{name}原价{ref}，现价{cur}，差价自己算
我们{name}的原价是{ref}，今晚给大家{cur}
{name}之前都卖{ref}，今天{cur}
""")

T_CUR = lines("""
{name}今天直播间只要{cur}
这款{name}到手价{cur}，包邮到家
{name}今天{cur}一件
我们{name}今天的价格就是{cur}
{name}拍下{cur}，不用凑单
今天直播间{name}{cur}，页面上写着呢
{name}今天只需要{cur}
{name}秒杀价{cur}，大家准备好
{name}今天就卖{cur}
这个{name}直播间价{cur}
来，{name}，{cur}，上链接
{name}今晚{cur}，喜欢的拍
{name}福利价{cur}
{name}活动价就是{cur}
{name}，到手{cur}
{name}现在拍是{cur}
{name}的价格是{cur}，页面上写着
{name}这一款{cur}，两件包邮
今天{name}就是{cur}，大家按需要拍
{name}今天到手{cur}，赠品另外送
{name}单件{cur}，规格在下面选
好，{name}，今天{cur}，链接已经上了
{name}{cur}一件，拍之前看好规格
""")

T_DISC = lines("""
{name}今天直接打{rate}
这款{name}相当于打了{rate}，大家算一下
{name}今天{rate}，按页面上的原价算
{name}直播间给到{rate}
今天{name}全场{rate}
{name}这个价就是{rate}的价
我们{name}今天打{rate}，只有直播间有
""")

T_SCARCE = lines("""
{name}仅剩{n}了，要的抓紧
{name}库存只有{n}了
{name}最后{n}，拍完就没了
{name}只剩{n}了，后台刚刚看的
{name}还剩{n}，没抢到的别等了
{name}就剩{n}了，真的不多
我看一下{name}库存，还剩{n}
{name}库存就{n}，卖完下架
""")

T_LIMIT_END = lines("""
{name}这个价限时{days}天，{end}结束
{name}的活动价到{end}截止
{name}限时活动，{end}结束，时间写在页面上了
{name}这个价格只到{end}，之后恢复日常
{name}的限时优惠{end}截止，大家留意时间
{name}活动时间是今天开始，{end}结束
{name}限时特惠，截止到{end}
""")

T_LIMIT_OPEN = lines("""
{name}限时特价，抢完就没了
{name}就今天这个价，明天就不是了
{name}这个价格限时，随时会下架
{name}仅限今晚，过了今晚就没有了
{name}今天截止，错过就没了
{name}就这一场有这个价
{name}倒计时开始了，大家抓紧
""")

T_MSRP = lines("""
{name}厂家建议零售价{ref}，今天直播间{cur}
{name}页面上的{ref}是厂商建议零售价，我们今天卖{cur}
{name}的建议零售价是{ref}，这是厂家定的，我们今天{cur}
{name}品牌指导价{ref}，直播间{cur}
""")

T_COMPARE = lines("""
{name}专柜卖{vp}，我们直播间{cur}
外面超市卖{vp}的{name}，我这里{cur}
实体店里{name}要{vp}，今天{cur}
{name}别的直播间卖{vp}，我这里{cur}
{name}商场价{vp}，我们今天{cur}
{name}外面都卖{vp}，今天我们{cur}
{name}线下门店要{vp}，今天只要{cur}
{name}市面上{vp}，直播间{cur}
""")


# --- counterfeit: generic positives (slang, coded brands, hidden logos, riding on a brand) ----

C_POS = lines("""
跟{big}专柜一模一样，价格只要零头 ~~price
这是{big}的原单，标我就不露了，你们懂我意思吧
{big}同款，懂的都懂
logo不能给大家看，想看细节的私信我
加我微信看实拍，直播间不方便说
这批是工厂尾单，{big}的，量不多
外贸尾单，大牌的，标都剪了
{coded}的货，懂的直接拍
这个是{coded}的，名字我就不说了
一比一复刻{big}，细节跟正品一样
高仿{big}，但是做工绝对对得起这个价
超A货，跟专柜的放一起你看不出来
原版开模，{big}的版型，一点不差
这是{big}撤柜的货，价格只要专柜的零头 ||price
顶货，公司货，和专柜同一批出来的
正品{big}只要两百，今天福利 ~~price @@luxury
这个标志我得挡一下，大家自己看轮廓
我手挡着的这个地方，懂的人一眼就知道是哪家
这个不能上链接，想要的宝子私信我
{big}平替，一模一样的，只是没有那个标
{big}同款同料，就是少了个logo
名字我不能说，说了直播间就没了，{coded}的，你们懂
剪标货，专柜同款，价格你们自己想
这个就是{big}的那一款，我就不多说了，说多了要被封
这个包装盒我不能拍，拍了就违规了，你们懂
原单货，跟{big}专柜是同一个工厂出来的
{big}代工厂的货，一模一样，价格十分之一 ||price
这个是{big}内部渠道拿的，外面买不到，跟专柜一模一样
专柜验不了，但是质量你们放心，跟真的没区别
我不说牌子，你们看这个细节就知道是谁家的
镜头我给打个码，大牌的东西不能露脸
老规矩，标遮起来了，要的扣暗号
想要那个大牌的扣个一，我私下发给你们
这个要加微信才能看全款，直播间只能看一半
{coded}的经典款，我只能说到这里
{big}的版，用料做工都是按它来的，价格就别比了
这是{big}的A货里面最好的版本 ~~wording
和{big}原厂同一条流水线，标不一样而已
仿的是{big}，但一般人根本分不出来
海外代购渠道，{big}的尾货，没有小票
这批{name}是{big}的工厂尾单，外面一件要好几千 ||price
进了直播间就别问是不是正品了，你就说像不像
假的，但是假得很真，懂我意思吧
这个东西我不敢叫它名字，你们叫它“那个牌子”就行
我们这儿叫它某某家，你们知道是谁
这个{name}细节和{big}专柜做到一比一
这批货是从{big}的工厂偷偷流出来的
{big}的logo我们磨掉了，其他都一样
同一个皮料厂，同一个工人，就是没挂{big}的牌
想要带标的私聊，直播间只卖不带标的
今天这个是高配版，跟{coded}的对比过，完全一样
有人问是不是{big}的，我只能说，你猜
别问，问就是{coded}
gao仿的，细节做得很到位，大家放心
这个是A huo，不是普通的货，识货的都知道
一 比 一 做的，跟正品对比图私信发你
f刻版，专柜都说看不出来
原 单 的，量特别少，手快有手慢无
wai贸尾单，{big}的，标剪了
这是{big}的“亲戚”，长得一模一样，价格便宜很多
来，{big}同款，别人卖几千我卖几百 ||price
这个款式你们在{big}店里都见过，我这里一样的，就差个标
这个牌子我不能念出来，你们看我手势，懂的都懂
细节图我发在粉丝群，进群看，直播间不能放
{big}同厂同料，区别就是一个标，价格差十倍 ||price
这个是{coded}的“孪生兄弟”，出自同一条生产线
""")

# --- counterfeit: look-alikes that are not findings ------------------------------------------

C_NEG = lines("""
支持专柜验货，假一赔十，大家放心买
我们是{brand}官方旗舰店，卖的都是自己家的货
本店是{brand}的授权经销商，授权书在店铺首页
大牌平替，用料实在，我们用的是自己的牌子
收到货先别剪吊牌，剪了就不能退了
订单号在订单详情里，售后的时候把原单号发给客服
退货的时候原单号要填对，不然仓库找不到你的件
我们的{name}有防伪码，刮开可以在官网查
所有产品都有质检报告，支持第三方检测
这款是我们自己设计的，外观专利证书在详情页
复古款，是我们自己家十年前的老款重新做的
我们不卖仿品，也不做任何大牌的同款
平替就是价格平，我们不跟任何牌子去比
吊牌上有我们的厂址和电话，都是真实的
我们是{brand}品牌方自己直播，不是代购
正品保障，每一件都可以在品牌官网验证
这个是我们自己的logo，注册过商标的
{brand}今年新出的联名款，联名方是谁详情页写了授权
有宝宝问是不是大牌，不是，就是我们{brand}自己家的
包装上的条形码可以扫，扫出来就是我们家
原单号就是你下单时候的那串数字，客服会问你要
补发的话客服会给你一个新单号，原单号作废
想要小票和发票的都可以开，正规渠道
我们跟{brand}签了合同，是正规授权，授权期到明年年底
这批货是品牌直供，每一件有溯源码
这个款是经典款的复刻配色，是{brand}自己出的纪念版
同款颜色我们家有三个，都是自己的款
拆封之前先拍个开箱视频，有问题好处理
假一赔十是写在页面上的，平台也有保障
我们家的logo是一只小鹿，注册了十年了
有人问是不是原单，我们不卖原单，都是自己品牌的正常货
假一赔十，这是写进店铺承诺里的，平台也能查
支持任何专柜和检测机构验货，验出问题我们全额退
每一件都可以拿去专柜验，我们是正规渠道进的货
""")


# --- Sentences written for one product area ---------------------------------------------------
# intro: plain; wpos: wording findings; wneg: wording look-alikes; cpos: counterfeit findings;
# cneg: counterfeit look-alikes.

AREA_TEXT = {
    "food": dict(
        intro=lines("""
            这个油是冷榨的，颜色偏黄绿，闻一下有股青草味
            大米是今年秋天的新米，煮出来有米油
            挂面是手工晾晒的，煮八分钟左右就好
            酱油是黄豆和小麦酿的，配料表就四样东西
            火锅底料一袋可以煮三到四个人的量
            蜂蜜冬天会结晶，结晶了不是坏了，隔水温一下就好
            小米熬粥的时候水多放一点，小火慢慢熬
            这个菜籽油是物理压榨的，没有浸出工艺
            米是真空包装的，一袋五斤，一共两袋
            火锅底料是牛油的，辣度可以自己加水调
        """),
        wpos=lines("""
            吃我们家的油，血管里的垃圾都能清干净，血脂一下就降了
            这个小米粥天天喝，胃病都能养好，我妈的老胃病就是喝好的
            我们的蜂蜜能治咳嗽，孩子咳嗽别吃药了，喝两勺就好
            这个酱油是全国最好的酱油，没有之一
            大米是顶级的大米，国宴专用级别
            这个橄榄油能降血压，我爸吃了三个月，血压正常了
            吃了这个挂面，糖尿病人也能放心吃，还能降血糖
            蜂蜜每天一勺，保证你一年不感冒
            我们的菜籽油能软化血管，预防心脑血管疾病
            这是世界上最健康的食用油，吃了长寿
            家里老人便秘好多年，吃了我们的小米一个礼拜就通了，以后再也没犯过
            我有个粉丝胃出血住院，出院后天天喝这个小米粥，现在什么都能吃，幸好有了它
            火锅底料是全网最正宗的，重庆第一
            这个油吃了不长胖，怎么吃都不会胖
            这个蜂蜜是蜂蜜里的王者，百分之百纯天然无任何问题
            吃了我们的挂面，老人的三高全降了，比吃药管用
            这个小米是全世界营养最高的小米，顶级
        """),
        wneg=lines("""
            特级初榨橄榄油是国家标准里的等级名称，标签上都写着
            橄榄油开封后最好三个月内吃完，放在阴凉的地方
            蜂蜜不要用开水冲，最好四十度以下的温水
            一岁以内的宝宝不能吃蜂蜜，这个是常识，大家注意
            大米买回来最好倒进密封桶，防虫
            这个大米是五常的地理标志产品，包装上有地标的标志
            酱油的等级看氨基酸态氮，我们这个是特级，标准写在瓶身上
            火锅底料最好冷藏保存，开袋后一周内用完
            挂面第一次煮的时候水多放一点，不容易粘
            糖尿病的朋友吃主食要听医生的，我们这个就是普通挂面
            蜂蜜是普通食品，咳嗽了还是要去看医生
            这个橄榄油最好用来凉拌，高温爆炒的话选别的油
            小米最好放在阴凉干燥的地方，夏天可以放冰箱
            酱油开盖以后最好放冰箱，味道不容易变
        """),
        cpos=lines("""
            这个酱油就是{big}的配方，一模一样，只是没贴{big}的标
            我们的油是{big}代工厂出来的，同一条线，就是换了个标
            {big}同款，瓶子都是一个模具出来的，懂的都懂
        """),
        cneg=lines("""
            莆田是我们老家，这个桂圆干就是莆田本地晒的
            小米是沁州黄，地名加品种，正宗的山西小米
            这个是我们自己的牌子，没有冒充任何大牌
            这个米是原产地直发的，包装上印着产地和生产许可证号
        """),
    ),
    "snacks": dict(
        intro=lines("""
            坚果一天一包，里面是腰果、核桃、巴旦木和蔓越莓
            牛肉干是风干的，有嚼劲，不是那种软塌塌的
            薯片是原切的土豆片，不是土豆泥压的
            辣条是面筋做的，辣度是微辣，小孩也能吃一点
            肉松饼外面一层酥皮，掉渣，大家吃的时候拿个盘子接着
            冻干草莓是整颗冻干的，嚼起来脆脆的
            黑巧克力是百分之八十五的，有点苦，不喜欢苦的慎拍
            坚果每一包是二十五克，一天一包刚好
            牛肉干有原味、麻辣和孜然三个口味
            薯片是小袋装的，一次吃一袋不浪费
        """),
        wpos=lines("""
            每天一包坚果，孩子记忆力提高，考试成绩都上去了
            这个牛肉干是全网最好吃的牛肉干，没有之一
            吃我们的黑巧克力能降血糖，糖尿病人的零食首选
            冻干草莓富含维C，吃了能预防感冒，比吃药还管用
            这是世界级的零食，国外的都比不上
            吃了这个坚果，头发都变黑了，白头发全没了
            我们家辣条是辣条界的天花板，全国第一
            肉松饼吃了补钙长个子，孩子一年长五厘米
            零食也能减肥，这个坚果越吃越瘦，我吃了两包瘦了三斤
            黑巧克力每天一块，心脏病都不怕了
            顶级的牛肉干，只有国宴上才能吃到
            这个冻干草莓是治疗便秘的神器，吃一把就通
            辣条里面我们家是最顶级的，吃过的都说天下第一
            黑巧克力每天吃，保证你一个月瘦十斤，不反弹
        """),
        wneg=lines("""
            坚果开袋以后最好当天吃完，不然会受潮
            最近天气热，巧克力我们是加冰袋发的
            第一口可能觉得辣，吃几口就习惯了
            黑巧克力的可可含量是百分之八十五，这个是配料里的数字
            牛肉干开袋后最好冷藏，三天内吃完
            最受小朋友欢迎的是草莓味，这是我们店的数据
            零食再好吃也不能当饭吃，大家控制一下量
            血糖高的朋友吃甜食之前问问医生
            肉松饼最好放在阴凉处，开封后尽快吃完
            三岁以下的小朋友最好别吃整颗坚果，容易呛到
            我最喜欢的是麻辣味，但是我们家卖得最多的是原味
        """),
        cpos=lines("""
            这个就是{big}的那款坚果，同一个工厂出来的，只是没印{big}的字
            包装跟{big}做得一模一样，你们放一起根本看不出来
            {big}同款辣条，懂的都懂，我不能说名字
        """),
        cneg=lines("""
            桂圆干是莆田产的，莆田的桂圆干很有名
            莆田的桂圆干个头大，肉厚，这批是今年的新货
            巧克力的包装是我们自己设计的，跟谁都不像
            有人问是不是大牌代工的，不是，就是我们自己厂里做的
            莆田是我的老家，今天直播间的零食都是老家的特产
        """),
    ),
    "health": dict(
        intro=lines("""
            鱼油是软胶囊的，一天两粒，随餐吃
            钙片是碳酸钙加维生素D3的，一天一片
            益生菌是固体饮料，一条用温水冲
            蛋白粉是乳清的，运动后喝一勺
            叶黄素是软糖的形式，孩子也愿意吃
            维生素C是咀嚼片，酸酸甜甜的
            这个的批准文号在盒子侧面，蓝帽子标志大家看一下
            蛋白粉一罐一公斤，有香草和巧克力两个口味
            阿胶糕是即食的，一天一两块
            辅酶Q10一瓶六十粒，一天一粒
        """),
        wpos=lines("""
            吃了这个鱼油，血管就通了，高血压都能降下来
            我妈吃了三个月钙片，骨质疏松全好了，腰也不疼了
            益生菌吃了以后胃就不疼了，胃炎都能好
            这个叶黄素吃一个月，近视度数能降下来
            维生素C能抗癌，每天吃两片，癌细胞都不敢来
            吃了保证有效，没效果全额退款
            这个蛋白粉零副作用，想吃多少吃多少
            减肥的姐妹吃这个，一个月瘦二十斤，绝对不反弹
            这个辅酶Q10能治心脏病，比药还管用
            阿胶糕补气血，吃了月经不调、贫血都能调好
            我们有个粉丝得了糖尿病，天天打针，后来吃了我们的益生菌，现在针都不用打了
            有个阿姨去年查出来肝不好，医院都说没办法了，幸好有了它，现在指标都正常了
            这个鱼油能治失眠，吃了当天晚上就能睡好
            吃了两盒瘦了二十斤，你吃也一样，保证
            这个钙片孩子吃了保证长高，一年长十公分
            益生菌可以代替药，肠胃不好的别吃药了吃这个
            保健品里面效果最好的就是这个，全国第一
            这个叶黄素吃了，孩子近视度数保证不再涨
            吃我们的阿胶糕，不孕不育都能调理好
            这款钙片吃一瓶，骨质增生就消了，腿再也不疼了
        """),
        wneg=lines("""
            保健食品不是药物，不能代替药物治疗疾病
            本品不能代替药物，这句话我必须说清楚
            鱼油最好饭后吃，空腹吃可能会有鱼腥味反上来
            孕妇和哺乳期的妈妈吃之前请咨询医生
            正在吃药的朋友，先问一下医生能不能一起吃
            血压高的朋友药别停，听医生的，保健品只是补充营养
            钙片最好晚饭后吃，吸收好一点，这是说明书上写的
            蛋白粉一天最多两勺，多了身体也吸收不了
            不适宜人群写在盒子上了，十四岁以下的不建议吃
            这个是保健食品，不是药，有病一定要去医院看
            每个人体质不一样，效果我不给大家打包票
            叶黄素最好和含油的食物一起吃，说明书上写的
            阿胶糕一天最好不超过两块，太多了容易上火
            有基础病的朋友，吃任何保健食品之前先问医生
        """),
        cpos=lines("""
            这个鱼油就是{big}的同一个代工厂，换了个瓶子，价格三分之一
            {big}同款配方，成分表一模一样，懂的人都知道
            想要{big}原装的私信我，直播间不方便挂
        """),
        cneg=lines("""
            每一瓶都有蓝帽子批准文号，在市场监管总局网站能查到
            我们是{brand}官方直播间，厂家直营
            瓶身上的生产批号和保质期都是清楚的
            有人问是不是海外代购的，不是，是国内正规生产的保健食品
        """),
    ),
    "tea": dict(
        intro=lines("""
            龙井是明前采的，一芽一叶，泡出来汤色是嫩绿的
            普洱熟茶用一百度的开水冲，第一泡洗茶倒掉
            正山小种有一股松烟香，喜欢的人特别喜欢
            白茶是压成饼的，用茶针撬一块下来就能泡
            菊花茶是胎菊，泡开是一朵一朵的
            茉莉花茶是窨了七次的，花香很浓
            岩茶的肉桂有一股桂皮的辛香
            菊花茶一罐大概五十朵，一次放两三朵就够了
            大麦茶是袋泡的，一袋泡一壶
            茉莉花茶的茶底是烘青绿茶
        """),
        wpos=lines("""
            这个茶喝了能降三高，血压血糖血脂都降下来
            每天一杯普洱，刮油减肥，保证一个月瘦十斤
            菊花茶能治眼疾，眼睛干涩、视力模糊喝一个月就好了
            白茶放三年是药，能消炎，喉咙痛喝两杯就好
            这个红茶暖胃，胃寒胃疼的喝了就不疼了
            喝了我们的岩茶，癌细胞都能抑制住
            这是中国最好的龙井，皇帝喝的就是这个
            大麦茶能治失眠，喝了一觉到天亮
            这个茶能排毒养颜，喝了脸上的斑都没了
            茉莉花茶是全国第一香，没有哪家比得过
            我们这个茶是极品，茶中之王
            有个老粉以前痛风一发作就下不了床，喝了我们的茶半年，再也没发作过
            喝这个茶保平安，家里摆一盒，一年顺顺利利
            喝了这个菊花茶，高血压都不用吃药了
            我们家的白茶，放十年比黄金还值钱，现在买就是投资，稳赚
            这个岩茶是茶中极品，全国第一，皇家贡品
        """),
        wneg=lines("""
            龙井最好用八十度左右的水泡，太烫了会把茶叶烫熟
            这个白茶是特级，特级是国家标准里的等级，包装上有标准号
            茶叶开封后最好密封冷藏，防潮防串味
            普洱第一泡是洗茶，倒掉，第二泡开始喝
            喝茶不能代替吃药，身体不舒服还是去医院
            胃不好的朋友最好别空腹喝茶
            最近新茶刚下来，这是今年第一批到的
            这个茶是国家地理标志产品，包装上有地标的标志，可以查
            孕妇喝茶之前最好问问医生，茶里有咖啡因
            一级茶和特级茶的区别是采摘标准不一样，这个是标准里规定的
            白茶可以煮着喝，煮之前最好先泡两泡
            茶叶不是药，不要指望喝茶治病
            这是我们茶园今年最早的一批春茶，三月二十号采的
        """),
        cpos=lines("""
            这个就是{big}的同款茶，同一个茶厂出来的，就是罐子不一样
            包装罐我照着{big}做的，一模一样，懂的都懂
            想要带{big}盒子的加我微信，直播间只卖散装的
        """),
        cneg=lines("""
            这个茶是我们{brand}自己茶园的，茶园的照片在详情页
            有人问这个是不是哪个大牌的，不是，就是我们自己家的
            茶饼上的内飞是我们自己的，每年一个版
            白茶饼压的是我们家的老标志，和十年前一样
        """),
    ),
    "liquor": dict(
        intro=lines("""
            这个酱香酒是五十三度的，入口柔，回甘长
            花雕是五年陈的，可以温着喝
            干红是赤霞珠的，开瓶醒半个小时再喝
            桂花米酒度数很低，女生也能喝
            青梅酒冰一下更好喝
            精酿原浆是鲜啤，没有经过高温杀菌，保质期短
            清香型白酒是四十二度的，口感比较干净
            荔枝果酒是低度的，冰镇以后喝
            这个花雕可以做菜，也可以直接喝
        """),
        wpos=lines("""
            喝了这个酒，腰不酸了腿不疼了，还能补肾壮阳
            我们的酱香酒能软化血管，每天一小杯，心脑血管疾病全跑了
            红酒能抗癌，睡前一杯，美容又长寿
            这是国宴用酒，国家级的标准，领导都喝这个
            这个酒喝多少都不上头，第二天绝对不头疼
            中国最好的酱香酒就是我们家的，没有之一
            这个黄酒养胃，胃溃疡的喝了就能好
            我们的酒是世界级的好酒，拿过全世界所有的奖
            喝了这个酒，风湿关节炎都不疼了
            这个酒永远不会变质，放一百年越放越值钱，喝不完还能升值赚钱
            顶级酱香，酒中极品，喝过的人都说是天花板
            这瓶酒放在家里镇宅，招财进宝
            每天喝一杯我们的米酒，失眠全治好
            这瓶酱香买了就升值，明年翻倍，比存银行还划算
            这个青梅酒是世界上最好喝的果酒
        """),
        wneg=lines("""
            开瓶以后最好一周内喝完，不然会氧化
            未成年人不能喝酒，我们不卖给未成年人
            孕妇和正在吃药的朋友不要喝酒
            喝酒不开车，开车不喝酒
            红酒最好放在阴凉避光的地方，瓶子横着放
            我们是{brand}，这个是我们家最新的年份酒，去年刚出的
            这个白酒是优级，优级是国家标准里的质量等级，瓶子上写着
            饮酒要适量，大家喝的时候量力而行
            这款是我们酒厂今年卖得最多的，出库单能看到
            精酿最好冷藏，开瓶当天喝完
            花雕最好温到四十度左右喝
            白酒开瓶以后最好拧紧，放在阴凉处
            我们家卖得最多的是这款五十三度的，是我们店里的数据
        """),
        cpos=lines("""
            这个酒是{big}酒厂内部流出来的，没有外包装，价格只要一半 ||price
            {coded}的原浆，懂的都懂，没有标的
            瓶子是{big}的回收瓶，里面的酒也是好酒
            {big}的同款，一个酒窖出来的，换个名字便宜好几百
            想要{coded}的加我，直播间不能说，标都撕了
            正宗{big}，一瓶两百块，今天福利 ~~price
            这个酒的包装和{big}一模一样，懂的人一看就知道
            {big}的内部特供酒，市面上根本买不到 ~~wording
            瓶身的标我撕掉了，懂酒的一闻就知道是哪家的
            这个是{coded}的散酒，装在我们自己的瓶子里，价格只要零头 ||price
        """),
        cneg=lines("""
            我们是{brand}的官方旗舰店，每一瓶都有防伪码
            本店是{big}的授权经销商，授权书和进货单都可以看
            这个酒是我们自己酒厂酿的，酒厂地址在背标上
            有人问这是不是什么名酒的贴牌，不是，是我们{brand}自己的牌子
            瓶盖上的防伪码扫一下就能看到生产批次
        """),
    ),
    "cosmetics": dict(
        intro=lines("""
            这个口红是丝绒雾面的，薄涂厚涂都好看
            粉底液是持妆型的，适合混油皮
            眼影盘九个颜色，大地色为主，日常很好用
            气垫带一个替换芯，相当于买一送一
            睫毛膏刷头是细的，下睫毛也能刷到
            散粉是透明色的，不会显白也不会显黑
            眉笔是极细的，一根一根画出毛流感
            腮红是粉质的，用刷子轻轻扫一下
            眼影盘里有两个珠光色
        """),
        wpos=lines("""
            这个粉底液一整天都不脱妆，游泳都不掉，永久持妆
            口红百分之百不沾杯，吃火锅都不掉色
            这是全球首款会呼吸的粉底液，别的牌子都没有
            睫毛膏用了睫毛能长长，相当于种睫毛
            这个气垫能治痘痘，边遮边养，痘印都能消
            全网最好用的眼影盘，没有之一
            这个散粉是顶级的控油效果，油皮天花板
            我们的口红是世界第一的颜色，别家调不出来
            百分之百不过敏，孕妇婴儿都能用
            这个腮红用了脸上的气色就好了，比吃药还管用，气血都补上来了
            眉笔用了以后眉毛会自己长出来，稀疏的都能变浓
            彩妆界的天花板就是它，最强
            这个睫毛膏永不晕染，哭都不会花
            这是彩妆界唯一一款不伤皮肤的粉底液，别的都伤
            涂了这个口红，嘴唇的唇炎都能好
        """),
        wneg=lines("""
            口红最好用之前先涂一层润唇膏
            粉底液用之前最好摇一摇
            睫毛膏开封后最好三个月内用完
            敏感肌的宝宝最好先在耳后试一下
            这个色号是我们家今年的最新色，秋冬限定色
            我最喜欢的是三号色，日常上班很合适
            最近很火的那种奶茶色，我们这个也有
            第一个色号偏橘，第二个偏粉
            这个粉底液是我们家卖得最多的一个色号，后台数据
            卸妆一定要卸干净，最好用专门的卸妆油
            散粉最好用粉扑按压，不要来回擦
            第一次用气垫的宝宝，先少取一点
            这个是我们家最新出的秋冬色，上周刚到
        """),
        cpos=lines("""
            这个口红是{big}的原单，管子一模一样，就是没有盒子
            {coded}的口红，懂的都懂，标我就不给你们看了
            {big}的粉底液，专柜五百多，今天一百出头 ||price
            这个气垫和{big}的一模一样，连粉扑都一样
            我手上这支是{big}的超A货，专柜柜姐都分不出来
            大牌的口红，logo打了码，私信看细节
            这个是{big}的尾单，外包装有一点瑕疵，里面完全一样
            {coded}的经典色，我只能说这么多
            高仿{big}眼影盘，颜色一比一
            撤柜货，{big}的，专柜下架了便宜处理
            这个是{big}的小样分装，专柜同批次，外面买不到这个价 ~~price
            口红管上的标我用贴纸贴住了，你们懂的
        """),
        cneg=lines("""
            我们是{brand}官方直播间，所有色号都是自己家研发的
            这个口红的外壳是我们自己设计的，有外观专利
            有宝宝问是不是大牌平替，我们就是自己的牌子，不跟谁比
            本店为{big}授权专柜，支持专柜验货
            包装盒底部有生产批号和备案号，可以在药监局网站查
        """),
    ),
    "skincare": dict(
        intro=lines("""
            这个面霜质地是乳霜状的，不油腻
            精华是烟酰胺的，浓度在详情页写着
            面膜一盒二十片，一周敷两到三次
            防晒是清爽型的，不搓泥
            洗面奶是氨基酸的，泡沫很细
            眼霜一次用黄豆大小就够了
            防晒是SPF50的，日常通勤够用了
            身体乳是四百毫升的大瓶装
            水乳套装是一瓶水一瓶乳
        """),
        wpos=lines("""
            这个面霜能根治痘痘，用完再也不长
            精华用七天，斑就全没了，保证美白
            这个面膜能消炎，脸上的红血丝一次就能消
            我们的眼霜用了皱纹全部消失，年轻十岁
            这是医学级的护肤品，皮肤科医生都在用
            防晒霜百分之百防晒，涂了永远不会晒黑
            这个面霜能修复激素脸，激素依赖皮炎都能治好
            全网最好的精华，没有之一
            用了三天，毛孔全部消失，跟剥了壳的鸡蛋一样
            这个水乳能补充雌激素，更年期的姐妹用了皮肤不老
            我们的产品零添加零刺激，永远不会过敏
            有个姐妹脸上长了湿疹，去医院治了半年都不好，用了我们的面霜一个星期就好了，幸好有了它
            这是全球首款抗衰老面霜，能逆转年龄
            敷了我们的面膜，斑点都能淡化，保证无效退款
            这个洗面奶能杀螨虫，螨虫性皮炎洗一周就好
            我们的身体乳能治鸡皮肤，涂一个月就光滑了，保证根治
            这是护肤界的神话，全世界最有效的精华
        """),
        wneg=lines("""
            防晒最好出门前十五分钟涂
            面膜敷十五分钟就够了，最好不要超过二十分钟
            精华开封后最好半年内用完
            敏感肌的宝宝最好先在耳后试用，有刺激就停
            皮肤有炎症的一定要去看皮肤科医生
            这是我们家今年的新品，配方比去年那一代升级了
            最近天气干，面霜可以厚涂一点
            备案号在包装背面，可以在国家药监局网站查
            第一次用烟酰胺的，最好从低浓度开始建立耐受
            化妆品不是药，有皮肤病要去医院
            身体乳最好洗完澡趁皮肤还湿的时候涂
            烟酰胺和高浓度维C最好分开早晚用
            眼霜最好用无名指轻轻点涂
        """),
        cpos=lines("""
            这个面霜就是{big}的，瓶子换了，里面一样，专柜价四位数，直播间一百九 ||price
            {coded}同款，懂的都懂，成分表我都对过了
            {big}的尾单，外包装有瑕疵，所以便宜
            这批精华是{big}工厂流出来的，同批次
            想要{big}原装带盒子的私信我
            {coded}的平替，同一个代工厂，价格十分之一 ~~price
            这个眼霜是{big}的一比一复刻，专柜都分不出来
            {big}撤柜的货，日期都很新
            来，看这个瓶子，是不是很眼熟，懂的姐妹直接拍
            这瓶就是{coded}，包装我不拍了，懂的姐妹私我
            {big}的中样，没有中文标，海外工厂直接出来的
        """),
        cneg=lines("""
            我们是{brand}官方旗舰店，每一瓶都可以扫码查真伪
            这个面霜是我们自己研发的配方，有化妆品备案
            有宝宝问是不是大牌代工，我们是自己的工厂
            大牌平替这个说法我们不用，我们就是{brand}
            本店是{big}的授权经销商，授权书在首页第三张图
        """),
    ),
}
AREA_TEXT.update({
    "apparel": dict(
        intro=lines("""
            这件羽绒服是白鸭绒的，充绒量在吊牌上写着
            卫衣是纯棉的，里面加了一层薄绒
            开衫是羊毛混纺的，比例在洗标上
            冲锋衣是三合一的，内胆可以拆下来单穿
            保暖内衣是德绒的，贴身穿很软
            连衣裙是雪纺的，里面有内衬，不透
            牛仔裤是高腰直筒的，显腿长
            短袖是三件装的，黑白灰三个颜色
            连衣裙是收腰设计的，长度到小腿
            开衫的扣子是贝壳扣
        """),
        wpos=lines("""
            这件羽绒服零下四十度都不冷，全世界最保暖的
            我们的保暖内衣能治关节炎，老寒腿穿了就不疼了
            这件衣服永不起球永不变形，穿十年都跟新的一样
            这是世界顶级的面料，国际大牌都用不起
            穿上这条牛仔裤，腿立马细一圈，比抽脂还管用
            这个内衣有磁疗功能，穿着能调理宫寒、治痛经
            冲锋衣百分之百防水，下暴雨都不会湿
            这件卫衣是全网最舒服的卫衣，没有之一
            开衫是顶级羊毛，羊毛中的极品
            穿上这件红色的本命年就顺了，能挡灾转运
            我们家的羽绒服是全国销量第一，年年第一
            这个面料能抗菌防癌，贴身穿最健康
            这件冲锋衣是世界上最好的冲锋衣，登珠峰都够用
            这个保暖内衣能治宫寒，穿一个冬天手脚都不凉了
            这条连衣裙穿上就能招桃花，相亲必胜
        """),
        wneg=lines("""
            羽绒服最好干洗，或者用专门的羽绒洗涤剂手洗
            这件是我们家今年的最新款，上周刚上的
            最大码是三个X，一百八十斤以内都能穿
            第一次洗的时候最好单独洗，可能会有一点浮色
            我最喜欢的是这个燕麦色，百搭
            最近降温了，大家可以囤一件
            羊毛的衣服最好平铺晾干，不要挂着
            这个面料是A类，A类是国家标准里婴幼儿用品的安全类别，吊牌上写着
            我们家去年那一款卖得最好，今年这款是在那一款基础上改的
            最小码是S，一百斤以内的宝宝穿
            牛仔裤第一次洗最好反过来洗，不容易掉色
            这个版型是我们家去年卖得最好的那款改的
            最近天气变化大，外套最好备一件
        """),
        cpos=lines("""
            这件是{big}的原单，领标剪了，你们懂我意思吧
            {coded}的冲锋衣，外贸尾单，数量有限
            {big}同款羽绒服，面料和专柜一模一样，价格零头 ~~price
            这件衣服的logo我用手挡一下，懂的人一眼就能认出来
            剪标的{big}，专柜撤下来的，正品尾货
            外贸工厂尾单，给{big}代工的那家，标都剪了
            这件是{coded}的，不能说名字，说了直播间要封
            一比一复刻{big}的经典款，细节对比图私信发
            {big}的公司货，跟专柜同一批，就是没有小票
            顶级原单，{coded}的版型，上身效果一样 ~~wording
            {big}的经典款，专柜一万多，今天三百九 ||price
            这件羽绒服是{coded}的版，领口的标拆了，面料一样
            吊牌我不给你们看了，{big}的，你们看这个剪裁就明白
        """),
        cneg=lines("""
            领口的洗标如果觉得扎，可以自己剪掉，不影响穿
            收到先别剪吊牌，试穿不合适可以退，剪了就不能退了
            这件是复刻经典配色，是我们{brand}十年前的第一款重新出的
            复古版型，是我们自己家二〇一五年那一款的复刻
            本店是{brand}官方旗舰店，所有款都是自己家设计的
            这款是{brand}的经典款，今年出了新颜色
        """),
    ),
    "shoes": dict(
        intro=lines("""
            跑鞋的中底是缓震的，跑步和日常都可以穿
            小白鞋是皮面的，脏了用湿巾一擦就干净
            老爹鞋是内增高的，大概增高五厘米
            马丁靴是头层牛皮的，越穿越软
            帆布鞋是高帮的，平时拍照很好看
            拖鞋是EVA的，软，踩着像踩屎感
            皮鞋是商务款的，上班穿很正式
            童鞋是魔术贴的，小朋友自己就能穿
            帆布鞋的鞋底是硫化底
        """),
        wpos=lines("""
            这双跑鞋能矫正扁平足，孩子穿了足弓就正过来了
            穿这双鞋能治腰椎间盘突出，我妈穿了腰就不疼了
            全世界最舒服的跑鞋，穿上就不想脱
            这个鞋底永远穿不坏，穿一辈子
            我们的鞋是国家队指定的，运动员都穿，全国第一
            穿了这双鞋，走路不累，还能减肥瘦腿
            这是顶级的缓震科技，世界领先
            马丁靴是极品头层皮，皮中之王
            鞋垫有磁疗的，穿着能调理失眠，睡得特别香
            百分之百防滑，冰面上都不会摔
            这双老爹鞋是全网最火的，销量全国第一
            这双童鞋穿了能长高，孩子一年长五厘米
            这双拖鞋能治足底筋膜炎，穿着走路就不疼了
            这是史上最轻的跑鞋，全世界独一双
        """),
        wneg=lines("""
            最好按平时的尺码拍，偏大的话拍小半码
            第一次穿可能会有点磨脚，穿两天就好了
            最近好多人问白色还有没有，今天补货了
            这双是我们家今年的最新配色
            最大码是四十五，最小码三十五
            鞋子最好不要暴晒，会变形
            扁平足的孩子最好去医院看一下，鞋子只是穿着舒服
            这是我们家跑鞋里面缓震最好的一款，比我们家的入门款厚三毫米
            马丁靴第一次穿最好穿厚一点的袜子
            跑鞋最好跑五百公里换一双，这是跑者的经验
            最小码只有三十四，脚小的宝宝可以看看
        """),
        cpos=lines("""
            这双是莆田的货，纯原版本，跟{big}专柜一模一样
            {coded}的，莆田顶级版本，鞋盒都有 ~~wording
            {big}同款，公司级，细节私信看
            这双鞋的标我就不拍了，{coded}的，懂的都懂
            {big}原厂代工的，同一条流水线，价格三分之一 ||price
            一比一原版开模，{big}的鞋型，上脚一样
            真标原单，{big}的，得物鉴定都能过
            椰子的配色，你们懂的，三百多拿走 ~~price
            这双是超A的，跟正品放一起你挑不出来
            {big}的鞋，专柜一千多，今天两百，懂的直接拍 ||price
            鞋舌的标我贴了胶布，不好意思，规定不让露
            鞋盒是{big}的原盒，鞋是顶级版本，你们自己品 ~~wording
            这双是{coded}的配色，版本很高，懂鞋的一眼就知道
        """),
        cneg=lines("""
            我们是{brand}官方旗舰店，鞋盒里有防伪卡
            这双是我们{brand}的复刻经典配色，二〇一〇年那一款的纪念版
            复古跑鞋，是我们自己家早年的款，今年重新做了
            本店是{big}的授权经销商，授权书在详情页，支持验货
            莆田的朋友好，欢迎来直播间，我们是广州发货 ~~counterfeit
        """),
    ),
    "bags": dict(
        intro=lines("""
            托特包容量很大，电脑能放进去
            斜挎包是头层牛皮的，五金是不锈钢的
            双肩包背面有个防盗拉链
            钱包是短款的，卡位有八个
            腋下包是法式的，夹在胳膊下面很好看
            行李箱是铝框的，二十寸可以登机
            帆布包是加厚的帆布，能装很多书
            手拿包有一根链条，可以斜挎
            钱包有一个零钱位
        """),
        wpos=lines("""
            这个包是全世界最好的皮料，顶级中的顶级
            背上这个包招财，今年财运一定好
            这个钱包能聚财，放钱包里钱只进不出
            包包永远不会掉色，永远不会变形
            行李箱百分之百摔不坏，从三楼扔下去都没事
            我们的包是全国第一的手工工艺，独一无二
            这个包是最高级的头层皮，极品
            背这个包能旺桃花，单身的姐妹赶紧拍
            这是全网最能装的包，没有之一
            我们家的包是世界级工艺，国外大牌都找我们做
            这个钱包放了钱会越放越多，财运滚滚来
            这个行李箱全世界最耐用，保证用一辈子
            这是最顶级的手工包，全国只有一个师傅会做
        """),
        wneg=lines("""
            真皮包最好不要淋雨，淋湿了用软布擦干
            这个包是我们家今年最新的款，秋冬新色
            最多能放一台十四寸的电脑
            第一次用会有一点皮味，放几天就散了
            我最喜欢的是这个焦糖色，显白
            包包不用的时候最好塞上纸团，防止变形
            最近很多人问小号有没有，小号明天到货
            这是我们家卖得最久的一款经典款，五年了
            行李箱最好不要超重，轮子容易坏
            包包最好放在防尘袋里，不用的时候
            第一次来的宝子看一下我们家的经典款
        """),
        cpos=lines("""
            这个是{big}的老花，高仿里面最好的版本 ~~wording
            {coded}的包，原版开模，五金都是一样的
            一比一的{big}，专柜三万多，我们这里九百九 ||price
            这个包超A货，专柜柜姐都看不出来
            {coded}的经典款，logo我先挡一下，懂的都懂
            原单{big}，同一个工厂出来的，没有小票
            想看{big}细节的加微信，直播间只给看一半
            这个是撤柜的{big}，价格只要零头 ||price
            A货的{big}，但是皮是真皮，五金是真五金
            这个包我不能说牌子，说了就违规，香奶奶家的，你们懂
            {big}的顶货，跟专柜同批次
            正品{big}包包只要两百，今天最后十个 ~~price
            这个是{big}的复刻，细节我一个一个给你们对
            这个包的五金刻字我给你们打了码，{coded}的，懂的扣1
            {big}原厂皮，同一个皮料供应商，做工一模一样
        """),
        cneg=lines("""
            我们是{brand}自己的牌子，包上的logo是注册过的
            有宝宝问是不是大牌平替，不是平替，是我们自己的设计
            这款是{brand}的复刻经典配色，是我们品牌第一款包的颜色
            本店是{big}的授权经销商，每个包都有专柜小票和保卡
            剪标这个事我们不做，每个包都有完整的吊牌
        """),
    ),
    "watches": dict(
        intro=lines("""
            这个机械表是自动上链的，戴着就能走
            石英表表盘很小，很适合女生
            智能手表能看心率、步数和睡眠
            电子表是防水的，学生上体育课也能戴
            怀表是翻盖的，里面可以放照片
            情侣表一对两只，表盘一样大小不一样
            潜水表的表圈可以单向转动
            镂空表能看到里面的机芯在走
            电子表有闹钟和秒表功能
        """),
        wpos=lines("""
            这块表一百年都不会差一秒，永远精准
            世界顶级的机芯，瑞士的都比不上
            这个智能手表能治高血压，测出来问题自己就调好了
            戴着这块表能转运，生意人都戴这个
            我们的表是全国销量第一，年年第一
            百分之百防水，潜到一万米都没问题
            这块表永不磨损，永不生锈
            全世界独一无二的表盘，仅此一款
            这是手表中的极品，表王
            戴上这块表，三个月升职加薪
            戴上我们的智能手表，血糖血压都能控制住，不用吃药
            这块表是世界上最精准的，原子钟都比不上
            这个表戴上去能招财，生意越做越大
        """),
        wneg=lines("""
            机械表最好每天戴，不戴的话放在摇表器上
            这是我们家今年的最新款，表盘换了颜色
            智能手表的心率只是参考，不能当医疗诊断，不舒服去医院
            第一次戴要把时间调一下，说明书里有步骤
            防水是三十米生活防水，不能戴着游泳，参数里写了
            我最喜欢的是这个蓝色表盘
            最近戴表的年轻人越来越多了
            表带最好一年换一次
            电子表的电池一般能用两年，没电了来找客服换
            手表最好不要靠近磁铁
            这个款是我们家今年最新的表盘设计
        """),
        cpos=lines("""
            这块是{big}的{coded}，顶级复刻，机芯也是仿的原厂 ~~wording
            {coded}，懂的都懂，我就不说牌子了
            一比一的{big}，专柜七八万，今天两千多 ||price
            这个表盘的logo我挡一下，大家看做工就知道是哪家
            {big}的原单机芯，外观跟正品一样
            复刻{big}经典款，表友都知道是哪一款
            这个表我只能私信发图，直播间不能说牌子
            {big}的超A，钢带都一样重
            这块表是{big}的公司货，没有保卡
            想要带{big}标的加微信，直播间卖的是无标的
            后盖的刻字我不拍了，{coded}的，表友都懂
            这个是{big}的高仿机芯，走时跟正品一样
        """),
        cneg=lines("""
            这款是我们{brand}的复刻经典配色，我们品牌一九九八年的老款
            本店是{big}的授权经销商，全国联保，保卡在盒子里
            我们是{brand}官方旗舰店，表背有编号可以查
            复古款是我们自己家老款重新做的，表盘是我们自己的设计
            潜水表的两百米防水是国家标准测试的数据，不是随便说的
        """),
    ),
    "jewellery": dict(
        intro=lines("""
            这只翡翠手镯是冰糯种的，底子很干净
            转运珠是足金的，里面是空心的，很轻
            珍珠项链是淡水珍珠，圆度还不错
            银手镯是足银的，戴久了会发黑，用擦银布擦一下
            平安扣是和田玉的，白度不错
            碧玺手串是多色的，每一颗颜色都不一样
            耳钉是S925银的，耳洞敏感的也能戴
            莫桑石戒指有证书，莫桑石不是钻石，是另外一种宝石
            平安扣配的是红绳，长度可以调
        """),
        wpos=lines("""
            戴这个翡翠能保平安，挡灾辟邪
            这个转运珠戴上就转运，今年一定发大财
            玉养人，戴久了能治风湿，关节不疼了
            和田玉戴着能降血压，我爸戴了半年血压正常了
            碧玺手串招财，做生意的戴上财源滚滚
            这是世界上最好的翡翠，极品中的极品，独一无二
            这个平安扣是开过光的，戴上保你全家平安
            珍珠项链能美容养颜，戴着脸色都好了
            银手镯能排毒，身体里的毒素都能吸出来，发黑就是在排毒
            这块玉是顶级帝王绿，全中国找不出第二块
            戴这个手串能旺桃花，单身的戴了马上脱单
            这个翡翠买了只会升值，三年翻三倍，比买房还赚
            戴这个碧玺手串能治失眠，晚上睡得特别香
            这个足金吊坠是全世界最纯的黄金，纯度百分之百
            戴上平安扣，出门再也不会出事，保平安
        """),
        wneg=lines("""
            翡翠A货是指天然翡翠，没有经过化学处理，这是行业的分级，证书上写着
            行里说的A货就是天然翡翠，B货是酸洗充胶的，C货是染色的，我们只卖A货
            翡翠A货这个叫法是鉴定行业的，和假货的那个A货不是一个意思
            每只手镯都附国检证书，鉴定结果写的都是翡翠A货
            买翡翠一定要看证书上有没有写A货，这是最基本的
            每一件都有国检证书，证书编号可以在网上查
            转运珠是这个款式的名字，就是一颗圆珠子，没有什么特别的作用
            和田玉是玉石的名称，不代表产地，国家标准里是这么规定的
            银饰最好不要戴着洗澡，容易发黑
            珍珠最好最后戴，喷完香水再戴
            这是我们家今年的最新款，刚从工厂到的
            我最喜欢的是这个蓝色的，很衬肤色
            翡翠最好不要磕碰，摘下来放在首饰盒里
            第一次戴手镯，最好用手镯套
            莫桑石是另一种宝石，不是钻石，我们标得很清楚
            足金是国家标准里的纯度名称，含金量不低于千分之九百九十
            碧玺最好不要接触香水和化妆品
        """),
        cpos=lines("""
            这是{big}的{coded}款，一比一，专柜四万，我们三百八 ||price
            {coded}的手链，懂的都懂，标我就不露了
            {big}同款的钉子手镯，镀金的，看起来一模一样
            这个是{big}的高仿，刻字都有
            {big}的原单，工厂流出来的，没有盒子
            logo的地方我打个码，大家看形状就知道是哪家
            {big}的顶级复刻，专柜都分不出来 ~~wording
            想要带{big}刻字的私信我，直播间不能挂
            这条项链是{coded}同款，一比一的版
            这个手镯内圈刻的字我不能给你们看，{coded}的
            {big}的款式，同一个工厂做的，就是不给盒子
        """),
        cneg=lines("""
            我们卖的翡翠都是A货，A货就是天然的，B货C货是处理过的，我们不卖
            证书上写的是翡翠A货，这个是鉴定的结论，可以拿到任何一家检测站复检
            我们是{brand}官方旗舰店，每一件都有国检证书
            本店是{big}的授权零售商，支持专柜验货
            这个款是我们{brand}的复刻经典，我们家二十年前的第一款吊坠
            翡翠的A货B货C货是行业分类，A货指天然没处理过的，证书上会写
            这只手镯证书上写的是翡翠（A货），大家可以扫证书上的二维码查
            A货翡翠贵就贵在天然，这个我们不夸大
        """),
    ),
    "electronics": dict(
        intro=lines("""
            这个耳机是入耳式的，降噪可以开关
            充电宝是两万毫安的，能充三四次手机
            手机壳是磁吸的，可以配磁吸充电器
            数据线一共三根，长度不一样
            机械键盘是三模的，有线、蓝牙、无线都可以
            音箱是便携的，出去露营可以带着
            鼠标是静音的，点起来没有声音
            学习平板是十寸屏的，有护眼模式
            音箱能连续播放十二个小时
        """),
        wpos=lines("""
            这个耳机是世界上降噪最强的耳机，没有之一
            充电宝百分之百不会爆炸，永远安全
            这个手机壳能防辐射，孕妇用最安全
            全球首款这个技术的耳机，别家都还没有
            我们的键盘是电竞第一键盘，职业选手都用
            这个充电宝能用一辈子，永远不会坏
            音箱的音质是世界顶级的，专业录音棚都用
            学习平板用了，孩子成绩保证提高二十分
            这个数据线永远不会断，扯不坏
            这是最强的芯片，性能全网第一
            戴这个耳机能治失眠，听着就能睡着
            这个平板能治近视，孩子用了视力越来越好
            这是全球第一款零辐射的平板，百分之百护眼
            戴这个耳机听课，学习效率提高三倍，保证考高分
        """),
        wneg=lines("""
            充电宝最好不要放在高温的地方，比如车里
            这个耳机是我们家今年的最新款，降噪比我们上一代好
            最近很多人问有没有白色的，今天有了
            第一次连接蓝牙要长按三秒
            最大支持二十瓦快充，这个是参数，具体看手机
            充电宝是可以带上飞机的，一百瓦时以内，民航的规定
            第一个链接是耳机，第二个是充电宝
            我最常用的是这个降噪模式，地铁上很好用
            这个平板的护眼认证是第三方机构出的，证书编号在详情页
            最好用原装的充电头，充得快一点
            耳机最好不要长时间大音量听，对耳朵不好
            平板的护眼模式最好一直开着
            第一次用键盘的可以先看一下说明书里的快捷键
        """),
        cpos=lines("""
            这是{big}的耳机，华强北一比一的，弹窗定位都有
            {coded}的耳机，原装拆机件，懂的都懂
            {big}同款，外观一模一样，价格三分之一 ~~price
            这个是{big}的高仿，序列号都能查到
            充电器是{big}原装的，工厂流出来的，没有包装盒
            想要带{big}标的私信，直播间只能卖白标的
            {big}的降噪耳机，专柜两千多，今天两百九 ||price
            这个盒子上的标我就不给你们看了，{coded}的，你们懂
            一比一复刻{big}，连开机动画都一样
            顶配版本，{big}的公司货，就是没有保修 ~~wording
            这个耳机的盒子是{big}的原盒，里面的是华强北的顶配 ~~wording
            {coded}的原装充电器，拆机下来的，没有包装
        """),
        cneg=lines("""
            我们是{brand}官方旗舰店，全国联保一年
            本店是{big}授权经销商，每台都能在官网查序列号
            这个耳机的外观是我们自己设计的，有外观专利
            有宝宝问是不是大牌平替，我们不这么说，就是我们自己的产品
            这个苹果是我中午吃的，不是卖的，别误会
            序列号在盒子背面，可以在官网查保修
        """),
    ),
})
AREA_TEXT.update({
    "appliances": dict(
        intro=lines("""
            空气炸锅是可视窗口的，做的时候能看到里面
            吹风机是高速马达的，风很大，吹干头发很快
            扫地机器人是扫拖一体的，自动回充
            电饭煲是IH加热的，煮饭更均匀
            破壁机是静音款的，早上打豆浆不吵人
            电热毯是双人双控的，两边温度可以分开调
            净水器是厨下式的，安装师傅上门装
            空气净化器的滤网是复合滤网
            电热毯有六档温度
        """),
        wpos=lines("""
            这个空气净化器能治鼻炎，开一晚上鼻子就通了
            吹风机用了能治脱发，头发越吹越多
            全世界最安静的破壁机，声音跟没开一样
            我们的电饭煲是全国第一，做饭最好吃
            扫地机器人是全网最聪明的，没有之一
            电热毯能治风湿骨病，老人睡了腰腿都不疼了
            净水器过滤出来的水能防癌，喝了不得结石
            空气炸锅做出来的东西零脂肪，怎么吃都不胖
            这是顶级的马达技术，世界领先十年
            百分之百除甲醛，开一天新房就能住
            这个净化器杀菌率百分之百，病毒进不来，家里人再也不感冒
            这个破壁机打出来的豆浆能治胃病，喝一个月就好
            扫地机器人永远不用清理，永远不会坏
            这个电饭煲煮出来的饭能降血糖，糖尿病人放心吃
        """),
        wneg=lines("""
            空气炸锅第一次用最好空烧十分钟，去掉味道
            吹风机最好离头发十厘米左右吹
            这是我们家今年的最新款，比去年的老款轻了两百克
            电热毯最好不要折叠使用，平铺
            最近天冷了，电热毯卖得很快
            净水器的滤芯最好半年换一次
            这个是一级能效，一级能效是国家标准里的能效等级，贴在机身上
            除甲醛的数据是第三方检测报告里的，报告编号在详情页，在实验室条件下测的
            第一个链接是空气炸锅，第二个是配件
            扫地机器人最多可以记住五张地图
            破壁机第一次用最好先打一次清水
            电饭煲的内胆最好用软布洗，不要用钢丝球
            空气净化器最好关着窗开
        """),
        cpos=lines("""
            这个吹风机就是{big}的，一比一，外观和风力都一样
            {coded}同款吹风机，懂的都懂，价格零头 ~~price
            {big}的代工厂出的，同一条流水线，就是没有标
            这个是{big}的高仿，连包装都一样
            想要{big}原装的私信我，直播间只卖平替款
            {big}的吹风机专柜三千多，今天三百 ||price
            这个机器我把logo贴起来了，懂的人一看就知道
            {big}的公司货，没有发票，所以便宜
            这个吹风机跟{coded}的同一个模具，只是标不一样
            {big}的工厂货，质检没过的，但是用起来没问题
        """),
        cneg=lines("""
            我们是{brand}官方旗舰店，全国联保
            本店是{big}的授权经销商，机身上的序列号可以在官网查
            这个外观是我们自己设计的，有专利
            大牌平替，不说是哪个牌子，我们就是做性价比
            保修卡上有我们的售后电话，坏了直接打
        """),
    ),
    "home": dict(
        intro=lines("""
            洗衣液是浓缩型的，用量比普通的少一半
            消毒液是含氯的，用之前要稀释
            拖把是平板的，挤水不用手
            四件套是纯棉的，洗了不起球
            收纳箱一组三个，可以叠起来
            驱蚊喷雾是喷在衣服上的
            厨房湿巾一包八十抽，加厚的
            收纳箱有盖子，可以防灰
            拖把的拖布可以拆下来洗
        """),
        wpos=lines("""
            这个洗衣液杀菌率百分之百，洗完衣服永远不会有细菌
            用了我们的驱蚊喷雾，蚊子一辈子都不敢靠近
            这个四件套能治失眠，睡上去一觉到天亮
            全网最好用的拖把，没有之一
            我们的消毒液能杀死所有病毒，全世界最强
            这是国家级的洗衣液，国家指定的品牌
            这个收纳箱永远不会坏，用一百年
            仿真绿植放家里能招财，摆在客厅财源滚滚
            厨房湿巾百分之百去油，什么油污都能擦掉
            洗衣液能防过敏，宝宝湿疹穿了我们洗的衣服就好了
            四件套是顶级的长绒棉，棉中极品
            这个驱蚊喷雾能预防登革热，喷一次管一个月
            我们家的洗衣液是全球第一品牌，宇宙最强
            四件套睡了以后颈椎病都好了
        """),
        wneg=lines("""
            消毒液要按一比一百稀释，就是一份消毒液兑一百份水，说明书上写的
            这个是浓缩的，一比一百兑水就能拖地，太浓了反而伤地板
            仿真绿植是塑料做的，不用浇水，适合懒人
            这盆仿真绿植放在办公室很好看，不会掉叶子
            洗衣液最好不要和别的洗涤剂混用
            驱蚊喷雾最好不要喷在脸上
            四件套第一次用最好先洗一遍
            这是我们家今年的最新花色
            最近梅雨季，收纳箱里可以放一包干燥剂
            消毒液最好放在小孩拿不到的地方
            洗衣液最好按说明书的量放，不是越多越干净
            消毒液不要和洁厕灵混用，会产生有害气体
            拖把用完最好晾干，不然会有味道
        """),
        cpos=lines("""
            这个洗衣液跟{big}的一模一样，就是瓶子上没印{big}的字
            {big}同款收纳箱，同一个工厂出来的
            {coded}的四件套，懂的都懂，标我不给你们看
        """),
        cneg=lines("""
            这个仿真绿植是仿真的，不是真的花，大家别误会
            仿真花是我们自己的工厂做的，款式是自己设计的
            我们是{brand}官方店，这个洗衣液是我们自己家的配方
            有人问是不是无印良品的平替，我们是自己的牌子，不跟谁比
            这个清洁剂是浓缩的，1:100兑水就可以，别直接用
            地板清洁按一比一百兑水，厨房重油污可以一比五十
            说明书上写的是1:100稀释，浓度高了反而有残留
        """),
    ),
    "baby": dict(
        intro=lines("""
            纸尿裤是超薄的，夏天用不闷
            奶粉是三段的，适合一岁以上的宝宝
            湿巾是手口专用的，可以擦嘴擦手
            辅食机可以蒸也可以打泥
            奶瓶是宽口径的玻璃奶瓶，好清洗
            婴儿润肤霜是无香精的
            辅食机有一个蒸篮，蒸完直接打
            儿童牙刷是软毛的，有三档力度
            安抚奶嘴是一体成型的硅胶
        """),
        wpos=lines("""
            这个奶粉喝了宝宝不生病，提高免疫力，一年都不用去医院
            我们的婴儿润肤霜能治湿疹，宝宝湿疹涂两天就好
            纸尿裤百分之百不红屁股，永远不会
            这个奶粉是全国最好的奶粉，最接近母乳
            宝宝喝了我们的奶粉更聪明，智商提高
            这是最安全的奶瓶，百分之百无毒
            喝了这个奶粉，宝宝长得比别人高，保证
            儿童牙刷用了永远不会长蛀牙
            安抚奶嘴能治宝宝夜哭，用了就不哭了
            这是母婴界的第一品牌，妈妈们公认的
            有个宝妈的孩子以前天天拉肚子，换了我们的奶粉第二天就好了，你们也一样
            这个辅食机做出来的辅食能让宝宝不生病，抵抗力最强
            纸尿裤用了，宝宝的红屁股当天就好，能治尿布疹
            我们的奶瓶是全世界最好的奶瓶，百分之百防胀气
        """),
        wneg=lines("""
            奶粉冲泡最好用四十度左右的温水
            宝宝湿疹比较严重的一定要去医院，润肤霜只是日常护理
            一岁以内的宝宝不要喝果汁，这是医生的建议
            纸尿裤最好三到四个小时换一次
            奶瓶第一次用之前最好煮一下消毒
            这是我们家最新款的纸尿裤，比上一代薄了一点
            最近天热，宝宝的衣服最好穿纯棉的
            宝宝用品最好先少量买，看看宝宝适不适合
            宝宝发烧了不要自己乱用药，去看儿科医生
            配方奶粉的注册号在罐子上，可以在市场监管总局网站查
            辅食最好现做现吃，做多了放冰箱也别超过一天
            儿童牙刷最好三个月换一次刷头
            宝宝的东西我们最在意的就是安全，所以每批都送检
        """),
        cpos=lines("""
            这个奶粉是{big}的海外尾货，没有中文标签，便宜一半 ||price
            {big}同款纸尿裤，同一个工厂，换了个包装
            {coded}的奶粉，懂的都懂，私信问渠道
            {big}的原单纸尿裤，外包装有瑕疵所以便宜
            这个奶粉罐跟{big}一模一样，懂的妈妈一看就知道
            想要{big}原装的加我微信，直播间不方便
            这个奶粉是{big}的工厂内部货，没有溯源码，便宜一半 ||price
            {coded}的纸尿裤，大包拆出来的散装，懂的妈妈直接拍
        """),
        cneg=lines("""
            我们是{brand}官方旗舰店，每一罐奶粉都有溯源码
            本店是{big}授权的母婴店，扫码可以查
            这个纸尿裤是我们自己工厂生产的，生产许可证在详情页
            有宝妈问是不是大牌贴牌，不是，是我们自己的牌子
        """),
    ),
    "pets": dict(
        intro=lines("""
            猫粮是冻干双拼的，猫咪挑食的可以试试
            狗粮是无谷的，十公斤一袋
            猫砂是豆腐砂，可以冲马桶
            猫条是鸡肉味的，一天一两根当零食
            冻干是鸡胸肉的，可以直接喂
            猫爬架是实木的，很稳
            猫砂一袋是六升的，一共六袋
            牵引绳可以伸缩到五米
            宠物沐浴露是无香的
        """),
        wpos=lines("""
            这个猫粮能治猫藓，猫咪吃了毛就长回来了
            吃了我们的狗粮，狗狗一辈子不生病
            全网最好的猫粮，没有之一，兽医都推荐
            猫条能治猫咪便秘，一根就通
            这个冻干能预防猫咪肾病，吃了永远不会得
            我们的宠物沐浴露能治皮肤病，洗一次就好
            猫砂百分之百除臭，永远没有味道
            这是宠物界的第一品牌，全国销量冠军
            吃了这个狗粮，狗狗能多活五年
            有只猫咪以前吐毛球吐得很厉害，吃了我们的猫粮一次都没吐过，你家的也一样
            这个猫砂能预防猫咪尿路结石，用了就不会得
            吃了我们的冻干，狗狗的皮肤病全好了
            宠物沐浴露能根治真菌感染，洗两次就好
        """),
        wneg=lines("""
            猫咪生病了一定要去宠物医院，猫粮只是日常吃的
            换粮最好用七天慢慢换，新粮旧粮混着喂
            猫条最好一天不超过两根，不能当主食
            冻干最好泡软了再给小猫吃
            第一次用豆腐砂的猫咪可能不习惯，可以和旧砂混着
            这是我们家今年的最新配方，蛋白质比我们上一代高一点
            最近换季，猫咪掉毛多，多梳一梳
            驱虫的事情听宠物医生的，我们这个不是药
            狗狗最好每天遛两次，每次半小时
            猫爬架最好放在窗边，猫咪喜欢晒太阳
            冻干最好密封保存，开袋后一个月内吃完
        """),
        cpos=lines("""
            这个猫粮跟{big}的一模一样，是分装的，便宜一半 ~~price
            {big}同款配方，同一个代工厂，懂的都懂
            {coded}的猫粮，大包拆的，没有原包装
        """),
        cneg=lines("""
            我们是{brand}官方旗舰店，每一袋都有生产批号
            猫粮是我们自己工厂生产的，饲料生产许可证在详情页
            大牌平替，不说哪个牌子，配方表大家自己对比
            猫爬架上的小老鼠是仿真的，毛绒的，猫咪很喜欢
            宠物沐浴露按一比一百兑水，起泡就够了
        """),
    ),
    "education": dict(
        intro=lines("""
            英语启蒙课一共四十八节，每节十五分钟
            考研政治课是冲刺阶段的，一共二十讲
            编程课是图形化编程，适合七岁以上
            书法课是硬笔的，每天练二十分钟
            理财课讲的是家庭记账和基础的理财知识
            摄影课是用手机拍的，不用买相机
            育儿课是音频的，做家务的时候也能听
            口才课是直播加录播的形式
            书法课会寄一本字帖和一支笔
        """),
        wpos=lines("""
            报了我们的课，保证考研政治七十分以上，不过全额退
            学完这个理财课，一个月就能把学费赚回来
            孩子上了我们的英语课，三个月保证能跟外国人对话
            这是全国最好的编程课，没有之一
            我们的书法课七天就能写出一手好字，保证
            学了这个口才课，升职加薪，年薪翻倍
            全网通过率第一的考研课，百分之百上岸
            育儿课学完，孩子保证不再哭闹，成绩全班第一
            学了摄影课就能接单赚钱，一个月轻松过万
            这是顶级名师团队，全国第一的师资
            报名就能包过，不过不要钱
            上了我们的编程课，孩子保证拿竞赛一等奖
            这个育儿课学完，孩子的多动症都能好
            报了理财课，年化收益保证百分之二十，稳赚不赔
        """),
        wneg=lines("""
            课程最好每天固定时间学，效果会好一点
            第一节课是试听课，免费的，大家先听听看
            最近报名的人比较多，我们会分批开班
            这是我们今年新录的课程，比去年的版本多了五节
            学习效果因人而异，我们不承诺分数
            第一个链接是英语课，第二个是编程课
            课程有效期是一年，一年内可以反复看
            我们的老师都有教师资格证，证书编号在详情页
            理财有风险，课程里讲的是知识，不是投资建议
            课程最好配合练习一起学，光听不练效果差一点
            报名之前最好先听一下试听课，适合再报
            最近报名的学员会在下周一开班
        """),
        cpos=lines("""
            这是{big}名师的内部课程，录屏版的，价格只要一成 ~~price
            {big}的全套网课，私信发网盘链接
            {coded}的课，懂的都懂，原价几千，我这里几十块 ||price
        """),
        cneg=lines("""
            课程是我们{brand}自己的老师录的，版权归我们
            我们是{brand}官方直播间，报名后给正式的学习账号
            讲义是我们老师自己编的，不是从别的机构复制的
        """),
    ),
    "fresh": dict(
        intro=lines("""
            苹果是烟台的红富士，脆甜多汁
            脐橙是赣南的，皮薄好剥
            土鸡蛋是山里散养的鸡下的
            牛排是原切的，不是拼接的
            猕猴桃是红心的，放软了再吃
            大闸蟹是湖区养的，母蟹膏多
            小番茄是樱桃番茄，皮薄汁多
            荔枝是今天早上刚摘的，走冷链发
            鸡蛋一箱三十枚，有防震的托
        """),
        wpos=lines("""
            吃我们的苹果能降血压，一天一个，医生都远离你
            这个脐橙能抗癌，每天吃两个
            土鸡蛋能治贫血，孕妇吃了孩子更聪明
            全国最甜的猕猴桃就是我们家的，没有之一
            吃了这个牛排能补肾，男人吃了都说好
            我们的小番茄能降血糖，糖尿病人随便吃
            这是世界上最好吃的苹果，顶级品质
            大闸蟹是极品，蟹中之王
            荔枝吃了能治口腔溃疡，一吃就好
            我们家的鸡蛋是第一名的鸡蛋，营养全国第一
            有个老粉血糖高了好几年，天天吃我们的猕猴桃，现在血糖完全正常了，幸好有了它
            这个橙子吃了能治感冒，比吃药好得快
            我们的大闸蟹是全国最好的，蟹中第一
            吃了这个土鸡蛋，孩子的记忆力提高一倍，保证考第一
        """),
        wneg=lines("""
            苹果是食物，我说的苹果是水果，不是手机哈
            这个小米是吃的小米，黄小米，熬粥的，不是那个手机品牌
            莆田荔枝是莆田产的，莆田是福建的荔枝产区
            荔枝最好放冰箱冷藏，三天内吃完
            猕猴桃收到最好放几天，软了再吃
            牛排最好冷冻保存，吃之前提前一晚放冷藏解冻
            大闸蟹收到最好当天吃，吃不完放冰箱冷藏
            第一次买的可以先拍小份的试试
            这是今年最新一批的脐橙，上周刚摘的
            土鸡蛋最好冷藏，一个月内吃完
            小番茄最好洗干净再吃，不要放太久
            脐橙放在阴凉通风的地方，能放两个星期
            大闸蟹是活的，收到的时候最好马上检查一下
        """),
        cpos=lines("""
            这个橙子就是褚橙，只是没有贴标，懂的都懂
            佳沛同一个果园的猕猴桃，换了个箱子，便宜一半 ~~price
            这个蟹扣是阳澄湖的，我们自己买的扣子扣上的
            猕猴桃是佳沛的货，标签撕了，懂的直接拍
        """),
        cneg=lines("""
            这个苹果是烟台的，包装上有地理标志，可以查
            小米是沁州黄的小米，是吃的，跟手机没关系
            莆田的荔枝今年大丰收，个头特别大
            我们的橙子是果园直发的，果园的地址在详情页
            蟹扣上的编号可以在协会网站查，我们是协会会员
        """),
    ),
    "books": dict(
        intro=lines("""
            绘本一套十册，每本讲一个小故事
            名著是全套八册的，字体比较大
            练习册是按照课本的顺序编的
            中国通史一共六册，从上古讲到清朝
            漫画是国风的，画风很好看
            菜谱里面有三百多道家常菜
            词汇书是按照考试频率排的
            菜谱是全彩印刷的，每道菜有步骤图
            练习册后面附了答案
        """),
        wpos=lines("""
            孩子看了这套绘本，智商提高二十分，保证
            做完这本练习册，期末保证考一百分
            这是全国最好的通史，没有之一
            读了这套书，孩子保证考上重点中学
            这本菜谱里的菜吃了能治胃病，养胃第一
            这套漫画是全网最火的，销量全国第一
            背完这本词汇书，考研英语保证八十分
            这本书能改变命运，读了就能发财
            这是史上最权威的版本，独一无二
            绘本是世界级的插画师画的，全球第一
            这套名著读完，孩子保证作文满分
            看了这本菜谱做菜，一家人再也不生病
            这套通史是唯一正确的历史书，别的版本都是错的
        """),
        wneg=lines("""
            这套书第一册讲的是先秦，最后一册是明清
            最近好多家长问暑假读什么，我推荐这套
            孩子最好每天读二十分钟，养成习惯
            这是今年最新的第十二版，内容有更新
            第一次给孩子买绘本的，可以先买这一套入门
            我最喜欢的是第三册，讲的是宋朝
            这本书是我们店今年卖得最多的一本，后台能看到
            这个版本是出版社今年重印的，版权页上写着
            这套书最适合八到十二岁的孩子读，出版社的建议
            我们家最早卖的就是这套绘本，卖了五年了
            字典是第十二版，是目前最新的一版，出版社官网可以查
        """),
        cpos=lines("""
            这套书是影印版的，跟正版一模一样，价格只要零头 ||price
            {big}的书，高清影印，纸张和正版一样
            原版书太贵了，这个是翻印的，内容一字不差
            这本字典是{coded}的，印刷厂直接出来的，没有防伪标
            电子版打印的，跟正版没区别，懂的都懂
            正版卖一百多，我这里十块钱一套，你们懂的 ||price
            这套绘本是{big}的，盗印的，但是纸张很好
            原版的卖一百多，我这个是翻印的，三十块 ||price
        """),
        cneg=lines("""
            我们是{brand}官方旗舰店，每本书都有防伪标
            本店是出版社授权的经销商，授权书在详情页
            正版书的版权页上有书号，可以在网上查
            这个是出版社官方出的纪念版，复刻的是一九五七年的老封面
        """),
    ),
})



# --- Added after the artifact audit (see README): plain product talk ----------------------------
# The first model learnt link numbers, countdowns, specs, percentages, units and product words as
# signs of a category, because plain pitch lines were rare among the negatives.  These lists are
# plain negatives in the style of a product pitch; the per-area ones are in AREA_SPEC below.
# {k} is the link number of the product ({title} its listing title).

LINKS = lines("""
{k}号链接是{name}，大家点开小黄车看一下
{k}号链接，{name}，规格都在详情页
来，{k}号链接，三二一，上车
三二一，上链接，{k}号链接
{k}号链接库存加好了，刚才没抢到的再刷新一下
{k}号链接的库存已经加上去了，大家慢慢拍
{name}在{k}号链接，别拍错了
要{name}的点{k}号链接，不要点到别的
小黄车里的{k}号链接就是我手上这个{name}
{k}号链接是{title}
好，{k}号链接，{title}，大家看一下
现在讲的是{k}号链接，{name}
{k}号链接先别急着拍，我先讲完
准备好了吗，三，二，一，{k}号链接开
五，四，三，二，一，链接上了
链接已经上好了，{k}号，大家去拍
刚才卡了一下，{k}号链接重新上了
助理，把{k}号链接挂上来
{k}号链接讲完了，我们看下一个
{k}号链接里面有两个规格，选对了再拍
大家看一下小黄车，{k}号就是{name}
点开{k}号链接，往下拉就能看到参数
没找到链接的宝宝，往上翻，{k}号就是
库存加好了，大家慢慢拍，不用抢
来，上车上车，{k}号链接
准备好手机，我数三个数就上链接
{k}号链接是福袋，不是商品，大家别拍错
{k}号链接是赠品，拍了{name}的可以免费领
这个{name}就是{k}号链接，拍之前看一下规格
讲完{name}，下一个链接是新品
先不上链接，我先把东西讲清楚
有宝宝说{k}号链接拍不了，我看一下，现在可以了
{k}号链接的图都是实拍的
来，把{k}号链接置顶
{k}号链接置顶了，往上滑就能看到
大家不用在评论区问链接，小黄车里都有
{k}号链接，一件也包邮
{k}号链接有赠品，赠品在详情页最后一张图
三二一，上架
好，上架了，大家去拍
链接马上就来，大家先看看细节
{k}号链接可以选礼盒装，送人方便
{k}号链接有大小两个规格
{k}号链接的{name}今天第二轮上
{k}号链接的{name}，颜色在下面选 @@wearable
{k}号链接，尺码表在第三张图 @@sized
三二一，{k}号链接上车，上车的扣个已拍
{k}号链接上了上了，大家去小黄车
等一下，{k}号链接的标题还在改，马上好
{k}号链接跟刚才讲的是同一个产品，只是规格不一样
{k}号链接是单件装，要多件的在规格里选
这是{k}号链接的实物，你看，就是这个
我们今天一共八个链接，{name}是{k}号
拍了{k}号链接的宝宝扣个一，我看一下人数
{k}号链接的{name}补货了，补了两百单
三二一，上链接，{title}
{title}在{k}号链接，要的去拍
没抢到{k}号链接的别着急，马上加库存
后台在加库存了，大家等十秒
{k}号链接卖完了，我们再加一点
一号链接是我们今天的第一个产品，后面还有好几个
最后一个链接讲完我们就抽奖
{k}号链接，要礼盒的选第二个规格
我们先上{k}号链接，{name}，其他的等一下
三二一，开抢，不对，开拍，我们不说抢
{k}号链接的详情页第四张图是实拍
刚才那个是{k}号链接，现在这个是下一个
来，三二一，上，上车的宝宝扣1
""")

SPEC = lines("""
{name}一共三个规格，小号、中号、大号，按需要选 @@goods
{name}外面是纸盒，里面有一层泡沫，防震的 @@goods
这是{name}的实物，没开美颜，颜色大家看真实的 @@wearable
{name}的配料表在背面，我念一下前三位 @@eaten
{name}的保质期是十八个月，生产日期印在底部 @@eaten
{name}是浙江的工厂生产的，厂址印在包装上 @@goods
{name}的产地在包装上写着，我们从产地直接发货
{name}适合送人，也适合自己留着用
{name}有两种包装，简装和礼盒装，礼盒装多一个手提袋 @@goods
{name}拿在手上大概这么大，跟我的手掌差不多 @@goods
我给大家量一下{name}，长二十厘米左右 @@wearable
{name}是磨砂的表面，摸起来不滑 @@wearable
{name}用起来很简单，说明书看一遍就会 @@goods
上班族可以看看这个{name}，早上几分钟就够了
家里有老人的可以看看这个{name}
学生党也可以看看这个{name}，预算不多也够
{name}的包装上有中文标签，厂名厂址都写着 @@goods
这个{name}大概三百克重，拿着不累 @@wearable
{name}一盒里面是十个，独立包装 @@eaten
{name}有黑色和白色两个颜色 @@wearable
{name}的说明书是中英文的 @@goods
这款{name}是今年三月份上的
{name}一共有四个颜色，今天直播间四个都有 @@wearable
{name}的详情页第五张图是尺寸图 @@goods
{name}的材质在详情页写着，大家拍之前看一下 @@wearable
{name}二十岁到五十岁的人都能用，年纪大一点的也行
{name}我们卖了三年了，老顾客比较多
{name}的颜色是奶白色的，镜头里可能偏黄一点 @@wearable
{name}是单个装的，一件就是一个 @@goods
{name}的尺寸我放在评论区置顶了 @@goods
{name}有三种规格：一件装、两件装、三件装 @@goods
{name}这次换了新包装，老包装和新包装随机发 @@goods
我把{name}翻过来给大家看一下底部 @@goods
你看这个{name}的细节，边缘都处理得很平整 @@wearable
{name}的颜色是偏蓝的灰色，很好搭 @@wearable
{name}一套是三件，分开也能用 @@goods
这个{name}送礼的话，我们可以帮你写张贺卡
{name}的外箱上有条形码，可以扫一下看看信息 @@goods
{name}的重量是一点二公斤，带包装一点五公斤 @@goods
{name}有白色、米色、浅粉三个颜色 @@wearable
{name}是国内产的，产地是广东东莞 @@wearable
{name}的包装尺寸是三十乘二十乘十厘米 @@goods
你们看，这个{name}的走线很直 @@worn
{name}的配件都在盒子里：说明书、合格证，还有一个小袋子 @@goods
{name}今天有赠品，赠品是一个收纳袋 @@goods
{name}的颜色我再说一遍：黑、白、灰、卡其 @@worn
{name}里面的成分我一个一个念给大家听 @@edible
{name}一天用一次就够，用多了也是浪费 @@edible
{name}开封以后放在阴凉干燥的地方 @@eaten
这个{name}在我们仓库里是卖得比较快的一款
{name}的包装是可以回收的纸盒 @@goods
{name}是按重量卖的，一份五百克 @@eaten
{name}的外观是圆角的，小孩碰到也不怕 @@goods
{name}今天是十二件一箱的整箱发 @@eaten
{name}的生产许可证编号在包装侧面 @@eaten
这个{name}有三个尺寸，大中小，我手上这个是中号 @@worn
{name}上面有一个小挂钩，可以挂起来 @@goods
{name}的背面有使用说明，字比较小，我念一下 @@goods
{name}的净含量是五百毫升 @@edible
{name}这个颜色是哑光的，不反光 @@wearable
这个是{name}的小规格，第一次买可以先拿这个
这个是我们今天的第二个产品，{name}
你们看这个{name}的颜色，灯光下面就是这样 @@wearable
你看这个包装，拆开是这样的，里面有说明书 @@goods
这个{name}是盒装的，一盒一个 @@goods
这个{name}有两个款，一个基础款，一个加大款 @@goods
这个{name}一瓶大概能用一个月 @@edible
这个款是今年新出的，那个款是去年的
这个{name}拿出来给你们看一下，这一面是正面 @@goods
你们看这个做工，接缝的地方很整齐 @@wearable
这个是实物，你们看这个大小，拿在手里就这么大 @@goods
这个{name}有礼盒款和简装款 @@goods
你看这个是背面，生产日期印在这里 @@goods
这个是赠品，不单独卖
你们看这个细节，这个地方是加固过的 @@worn
这个{name}一箱是二十四盒 @@eaten
这个{name}一瓶是五百毫升 @@edible
这个是{name}的说明书，你们看，第一页是使用方法 @@goods
你们看这个颜色，比上一个深一点 @@wearable
这个是我们的样品，你们收到的是全新的
这个{name}每天用一次就够了 @@edible
这个款的尺寸是标准款的一点五倍 @@goods
这个瓶子是玻璃的，你们看这个厚度 @@edible
这个盒子是磁吸的，盖上的时候有一声响 @@goods
你看这个{name}，放在桌子上就这么大 @@goods
这个{name}今天有三个款可以选
这个是放大的图，你们看这个纹理 @@wearable
这个{name}的款式比较简单，适合上班 @@worn
你们看这个标签，厂名厂址都写得很清楚 @@goods
这个{name}我每天都在用，用了半年了
这个是{name}的外箱，一箱六盒 @@eaten
这个瓶盖是按压的，你们看，一按就开 @@edible
这个是{name}的正面，这个是背面 @@goods
这个是今天的第三个链接，我们慢慢讲
这个是新包装，那个是老包装，里面的东西一样 @@goods
这个是{name}的大规格，家里人多的拿这个 @@goods
这个是我们仓库刚拿过来的，还没拆
这个是{name}的配件，单独也能买 @@goods
这个是我自己用的那一个，用了两个月了 @@goods
这个是样品，颜色和大家收到的一样 @@wearable
这个是{name}的合格证，放在盒子里 @@goods
这个是礼盒装的，外面有一个手提袋 @@goods
这个是拆开的样子，里面一共三层 @@goods
每天用完放回盒子里，不容易丢 @@wearable
每天早上拿出来用一下，很方便 @@goods
这个{name}每天都有人问，今天统一讲一下
我们每天晚上七点开播，{name}每天都会讲
一盒是一个月的量，每天一份 @@eaten
一盒两个，买一盒够一家人用 @@goods
盒子是硬纸的，送人不会压坏 @@goods
盒子上有生产日期和批号 @@goods
{name}用完了，盒子可以留着收纳 @@goods
皮肤干的宝宝冬天可以多用一点 @@skin
皮肤敏感的宝宝先少量试一下 @@skin
皮肤比较黑的选深一点的色号 @@skin
""")

CHAT = lines("""
今天直播间的灯是新换的，颜色会偏暖一点
助理，帮我拿一下那个白色的盒子
刚才那个问题我没看到，再发一遍好吗
有宝宝问我身高，我一米六五，一百零五斤
这个背景墙是我们自己搭的，花了一个下午
我喝口水，刚才说太多了
看到广州的老朋友了，欢迎欢迎
有人问我今天这件衣服，这是我自己的，不卖的
弹幕有点快，我一个一个回答
这个问题问得好，我待会儿一起说
今天是我们团队小王的生日，大家祝她生日快乐
我们先不讲东西，聊两句天
刚才那位宝宝问的是黑色还是白色，再说一下
我先把样品放下，一会儿再拿
哎，猫又跑进来了，不好意思
我们下午在仓库打包了三个小时，腰都酸了
今天的福袋是一包纸巾，大家随便参与一下
有宝宝说我今天说话有点快，那我慢一点
我们的直播间在杭州，窗外就是运河
今天来了不少新朋友，我先介绍一下我们是做什么的
后面那个架子上的东西都是样品，不卖的
助理，把那个蓝色的拿过来，不是这个，旁边那个
我看一下后台，嗯，人数还在涨
这个问题有点复杂，下单后问客服更清楚
我今天穿了一件黑色的，是不是显瘦一点
大家晚饭吃了吗，我今天吃的饺子
刚才有位大哥一口气拍了五单，谢谢大哥
我们这个直播间开了两年了
今天人有点多，网络可能会卡，大家多担待
镜头有点反光，我换个角度
我左手边是今天要讲的，右手边是已经讲完的
有人问我们在哪个城市，我们在成都
我念一下弹幕，说主播声音好听，谢谢谢谢
我们这一场大概讲六七个东西
现在九点半了，我们还有一个小时
刚才说到哪了，哦对，说到规格
来，换个背景音乐
大家觉得这个颜色在镜头里准吗，我感觉偏暗一点
有没有跟我一样是东北的，扣个东北
今天周五，明天不用上班的可以多看一会儿
这个问题我记下来了，一会儿让客服统一回复
大家看我手上这个，这是刚拆的
我先放一边，等一下一起对比
我们的主播轮班，十点以后是小陈
你们说的那个颜色，仓库在找，找到了拿过来给你们看
别急别急，一个一个来
刚进来的宝宝，我们现在在讲第三个
这个我等会儿再拿，先讲这个
对，你说得对，我刚才说错了，是三百克
有宝宝说屏幕太亮，我调一下
后台显示今天看直播的百分之六十是女生
""")

LOGISTICS += lines("""
今天的订单百分之九十明天就能发出去，剩下的后天发
我们和顺丰、中通都有合作，默认发中通
偏远地区要补运费的，拍之前问一下客服
大件可能分两个箱子发，大家注意查收
快递放驿站的话，记得及时去取
我们发货会拍照留底，有问题可以查
周日仓库休息，周六拍的周一发
物流信息一般发货后半天更新
退货地址在订单详情里，不要寄到直播间
换货的运费我们出，退货的话有运费险
收到货二十四小时内发现问题，直接联系客服
包装箱里有一张售后卡，扫码就能找到客服
发货前每一件我们都会检查一遍
指定时间送货快递做不到，不好意思
需要加急的备注一下，我们优先发
地址写错了的，发货前联系客服拦截
节假日部分地区物流会慢一点
拆箱的时候小心刀子划到里面的东西
七天无理由退货的话，东西要保持完好
售后有问题找客服，客服处理不了的找我
我们这边是上午十点和下午四点两次发货
收到货觉得不合适，七天内都可以退
包裹里有发货单，上面有客服电话
""")

# Price look-alikes with numbers (coupons, thresholds, shipping): the numbers are filled in by
# the builder ({m1} a threshold, {m2} an amount off, {fee} a shipping fee); never a finding.
T_DEAL = lines("""
满{m1}减{m2}，不够{m1}的话不减，大家凑一下
店铺券满{m1}减{m2}，在左下角领
满{m1}包邮，不满的话运费{fee}
运费{fee}，满{m1}就免运费了
拍两件减{m2}，一件不减
新人券{m2}，第一次在我们店下单的才能用
会员满{m1}送一个小礼品，不是会员的入会免费
满{m1}可以用{m2}的券，券只能用一张
第二件减{m2}，要在同一个链接里拍
满{m1}减{m2}是店铺的活动，可以和平台券一起用
一件运费{fee}，两件包邮
关注店铺领{m2}的券，满{m1}能用
今天满{m1}送运费险，不满{m1}就没有
加{m2}可以换购一个收纳袋，不换购也可以
满{m1}的订单我们加送一个小样
平台券是满{m1}减{m2}，我们店铺券另算
三件以上每件减{m2}，一两件的话按原来的
预售定金{m2}，尾款下个月付，规则在详情页
加{add}可以多拿一个替换装，不要的不用加
小样{add}一个，要的单独拍
礼盒要加{add}，要礼盒的在规格里选
满{m1}的订单可以加{add}换购一个同款小规格
运费险{fee}一单，买不买自己选
""")

# --- Added after the artifact audit: more look-alikes and paraphrased positives ----------------
# Appended to the lists above (W_NEG += ...), so the lines written first keep their split.

W_NEG += lines("""
这是我们直播间开播以来第一次上{name}
最多可以选三个颜色，在备注里写 @@wearable
最好先量一下尺寸再拍，省得来回退换 @@goods
我们最大的心愿就是大家买了不后悔
我们想把{name}做得更好，所以每年都在改一点
这一款是我们家{name}里用料最足的，价格也是我们家最高的
和我们家的经典款比，这款轻一点，其他差不多
我不敢说它是最好的，我只能说我自己一直在用
很多粉丝说用着顺手，当然每个人感受不一样
我妈用了两年了，她觉得顺手，你们还是看自己的需要
有粉丝留言说收到挺喜欢的，谢谢大家的反馈
评论区有好评也有差评，差评我们都一条一条看了
它不能保证什么效果，就是一个日常用的东西
效果因人而异，我们详情页也是这么写的
这个{name}没有什么神奇的地方，就是做工扎实
检测报告上写的是合格，我们就说合格
我们家不做第一、最好这种宣传，按规定来
质检报告是{year}年十月出的，检测机构的名字在报告抬头上
这个{name}的工艺我们学了三年才做好
第一批用户的反馈我们都放在问答区了
这个颜色是我们今年秋冬新出的，是我们自己调的 @@wearable
我们{brand}是第一次做这个品类，有不足大家多提
我每天都在用，用了一个多月，感受就是好用，但是不神奇
没有哪个东西适合所有人，大家按需购买
我们不说它能干什么神奇的事，只说它是什么
它就是一个普通的{name}，用料扎实
平平安安收到货，就是我们最大的心愿
祝大家新年快乐，新的一年顺顺利利
我们家的客服是最有耐心的，有问题尽管问
我们售后的宗旨是让每个顾客满意
我们的目标是做大家信得过的{cat}店
一百分的满意是我们的目标，做不到的地方大家指出来
做了十年，我们最大的体会是东西要实在
这个{name}不是全世界最好的，但是价格和品质对得起你
这个{name}在我们家卖得最好的是黑色，白色第二 @@wearable
这款是我们第一次用这种面料 @@worn
第一次用的宝宝可能要适应一两天
我最推荐的是中间那个规格，一般家庭够用了
这个{name}能用多久看你怎么用，正常用两三年没问题 @@goods
医生建议的事情听医生的，我们只是卖东西的 @@edible
这个{name}是普通食品，不是保健品，也不是药 @@eaten
吃东西讲究适量，再好的东西也别多吃 @@eaten
有宝宝问能不能代替药吃，不能，药要按时吃 @@eaten
我不会说它能帮你治什么，没有这回事 @@edible
关于功效，我们只说检测报告上有的 @@edible
改善睡眠这种话我们不说，它就是一个普通的{name} @@goods
这个红色是喜庆的颜色，过年穿很应景 @@worn
本命年想穿红色的，这个颜色正 @@worn
百分之六十的订单是老顾客回购的，这是我们店铺后台的数字
我们家的{name}好评和差评都有，差评主要说发货慢
第一次吃的时候可能觉得味道有点淡 @@eaten
最怕的就是大家买回去放着不用，所以讲清楚再拍
我们店铺的回头客比较多，很多是第二次、第三次买
最常见的问题是尺码，我再说一遍尺码怎么选 @@sized
我们不跟别人比，我们只和去年的自己比，今年的{name}改了包装
别家的我们不评价，各家有各家的做法
别家的{name}我们没用过，不好比较
""")

P_NEG += lines("""
满九十九包邮，不满的话运费八块
满一百九十九减二十，店铺券和平台券可以一起用
两件九折，三件八五折，单件不打折
第二件半价只针对同一个链接的同一个规格
今天拍下送一个小样，价格还是页面上的价格
新人券是五块钱，满二十九就能用
会员日是每个月十八号，当天会员九五折
价格以页面为准，我嘴上说的有出入的话按页面来
这个价是我们家的常规价，一年到头都是这个
我们不报原价，也不说打几折，大家就看页面上的价
页面上那个划线价是厂商建议零售价，页面上有标注
吊牌上印的是建议零售价，是厂家定的，我们按页面价卖
大瓶装算下来每毫升比小瓶装便宜一点，大家自己选
三件装比单件每件便宜十块，这个是我们自己定的
这个价格比我们上个月的活动贵一点，上个月是周年庆
下周会员日还有活动，今天不急的可以等
今天的价格和昨天一样，没有变
加九块九可以换购一个收纳袋，不换购也行
定金二十抵五十，尾款下个月一号付，规则在详情页
预售的下个月十号左右发货，价格和现货一样
满三件送一件，送的是小规格的
积分一百抵一块，最多抵十块
分期免息是三期，六期要付手续费
运费险是我们送的，退货不花钱
优惠券每人限领一张，不能叠加
直播间的价格和店铺里是一样的
这个价我们做了三个月了，不是今天才有的
有宝宝问什么时候降价，我们没有降价的计划，这就是正常价
凑单的话可以加一个小样，九块九
拍两件减十五，拍三件减三十，最多减三十
我不跟别家比价格，各家成本不一样
价格不是最低的，但是售后我们管到底
满两百九十九送一个旅行装，不满不送
这个价格包含安装费，不用另外给师傅钱 @@machines
我们这个价不算便宜，图的是用料放心
这个价格是含税的，可以开发票
大包装单价低一点，小包装方便，按需要选
今天没有秒杀，就是日常的价
限购两件是因为赠品不多，不是价格的问题
这个活动是平台的，平台规则写着到月底，大家看清楚
十九块九的是单件，三十九块九的是三件装
九十九的是小规格，一百九十九的是大规格，大家别拍错
这个价格是页面上标的，大家以页面为准
这个价格里包含了赠品，赠品不另外收钱
这个价格不含安装，安装师傅上门另外收费 @@machines
价格的问题大家可以问客服，客服会解释清楚
这个价是含税价，开发票不加钱
这个价格是单件的价格，两件就是两倍
这个价买一件就包邮
这个价格会员和非会员都一样
这个价我就不多说了，大家看页面
这个价格对得起用料，贵不贵大家自己判断
价格是按重量算的，一斤多少钱页面上写着 @@eaten
这个价格今天和明天都一样，不用着急
这个价不是最低的，有人比我们便宜也正常
价格高一点是因为用料多，我们如实说
这个价格已经算上运费险了
这个价包含两个替换装 @@goods
价格方面我们不玩套路，页面写多少就是多少
这个价格有宝宝觉得贵，可以先看看小规格的
这个价是预售价，和现货一样的价，只是晚几天发
这个价格没有隐藏费用，拍下多少就是多少
这个价是到手价，不用再凑单
我们是明码标价的，页面上一清二楚
价格便宜一点的是简装，贵一点的是礼盒装 @@goods
这个价格是我们店里的日常价，平时来也是这个价
""")

C_NEG += lines("""
我们只卖自己家的牌子，别家的东西我们不碰
这件是主播同款，我身上穿的就是这件 @@worn
这个同款是说和我手上这个同款，都是我们家的
复古风是今年流行的风格，这个款是我们自己家设计的 @@worn
这个复古的样子是照着我们家八十年代的老包装做的
复刻的是我们{brand}第一代的经典款，图纸都是我们自己的
退款进度可以用原单号查，原单号在订单详情最上面
我们的包装盒是自己设计的，不像任何大牌
我们店里没有代购的东西，都是国内正规渠道进的
授权书的有效期到明年六月，在店铺首页能看到
这个{name}的商标是我们自己注册的，注册号在包装上
我们的专利号印在包装底部，可以在国家知识产权局网站查
我们不做贴牌，也不帮别人贴牌
条形码扫出来是我们{brand}，厂家信息都对得上
这个logo是我们的设计师画的，是一只小猫
外包装上的二维码可以查到生产批次
有人问这是不是某个牌子的货，不是，包装上写的就是我们{brand}
我们欢迎大家拿去检测，验出问题全额退
我们是品牌直营，不经过经销商
这一款是我们{brand}和博物馆的联名，授权文件在详情页
这是我们{brand}的周年纪念款，复刻了第一代的包装
我们家的东西都有吊牌和合格证，合格证上有检验员编号
这个是样品，不卖，大家别私信问了
订单有问题可以私信客服，客服处理得快
加客服微信是为了售后登记，微信里不卖东西
想看细节的，镜头给你拉近，不用私信
logo在这里，我给大家拍清楚，这是我们自己的标
标签我不遮，大家看清楚，厂名厂址都在上面
我们不卖高仿，也不卖什么原单，就卖自己家的货
这个不是哪个大牌的平替，就是我们自己的款
吊牌上的品牌、厂址、电话都是我们的，可以打过去问
我们的东西在{plat}上有官方认证，店铺首页有标志
有宝宝问这个和别家的一不一样，我们没比过，只能说我们自己的
""")

W_POS += lines("""
我卖过的{cat}少说也有上百种，没有一个能跟它比
同行看了都服气，这个水平别家做不出来
别家的{name}跟它一比，就跟玩具一样
整个行业只有它做到了这一步，别人都还差得远
我敢说再过十年，也不会有超过它的{name}
找遍天下也找不出第二个这样的{name}
天底下没有比它更好用的{name}
挑来挑去，你最后还是会回来买它，因为没有更好的了
它就是这一行的标准答案，别的都是参考
这个{name}往那一放，别的都不用看了
做了二十年{cat}，我没见过比它更好的
品质这一块，它说第二，没人敢说自己第一
这个工艺全国会做的不超过三家，别家都做不到我们这个程度
我舅舅以前走两步就喘，吃了半年{name}，现在天天去爬山 @@eaten
我邻居家的孩子老是感冒，吃上{name}以后一整个冬天没去过医院 @@eaten
有个粉丝说她老公的肚子吃了两个月{name}就下去了，你们吃也一样 @@eaten
好多粉丝吃完{name}去医院复查，医生都说指标好看多了 @@eaten
我以前一熬夜就长痘，用了{name}以后一颗都没再长过 @@skin
我爸以前晚上睡不着，现在每天吃{name}，躺下就睡着 @@eaten
吃了{name}以后，我妈那个老毛病再也没犯过 @@eaten
吃到第二盒，体检报告上那几个箭头全没了 @@eaten
坚持吃{name}，冬天手脚都是热乎乎的，体质完全变了 @@eaten
这个{name}对老人身上那些毛病都有好处，吃了就知道 @@eaten
摆在家里，家里的运势会一年比一年旺 @@goods
开店的老板在收银台放一个{name}，生意一天比一天红火 @@goods
送给要考试的孩子，考场上一路顺，想考的都能考上 @@goods
戴着它出门谈事情，十件能成九件 @@worn
这个{name}放在床头，晚上不做噩梦，小孩也不会惊醒 @@goods
家里人买了{name}以后，一整年没碰上过一件糟心事 @@goods
买这个{name}放着，过几年转手就能多卖一倍，稳赚 @@collect
用过{name}的人，十个里面九个回来说变化很大，你用也会一样
上个月买的几百个粉丝，没有一个说没用的，你买了一样管用
吃了它，孩子一个暑假就长高了好几厘米，同学都追不上 @@eaten
孩子用了{name}以后，上课坐得住了，成绩也跟着上来了 @@kids
每天吃一点{name}，肝火就下去了，脸上的斑都淡了 @@eaten
{k}号链接的{name}，我敢说同类里没有比它更好的
{k}号链接这个{name}是全网品质最好的，闭眼拍
{k}号链接的{name}，我爸吃了以后血压就稳了，药都减了 @@eaten
{k}号链接这个{name}摆在家里招财，做生意的一定要拍 @@goods
三二一，{k}号链接，这个{name}是天花板级别的，没有对手
{k}号链接的{name}效果百分之百，没效果全额退
上{k}号链接，{name}，世界级的品质
{k}号链接的{name}用了半个月，脸上的痘全消了，再也没长 @@skin
跟别家的{name}放在一起比一比，别家的就拿不出手了
别家做了十年{cat}，也没做到它这个水平
你用过它再去用别家的，就知道什么叫差距，哪家都比不上
别家的{name}跟它比，差了不止一个档次
拿别家的来跟它比？比不了，根本不在一个档次上
""")

P_POS += lines("""
这个价你拿到任何一个平台去搜，都搜不出第二个 ~~wording
这个价是老板咬着牙定的，每卖一件我们都在往里贴钱
说句实在话，这个价连工人的工钱都不够
明天一早后台就改价，改完比现在贵一大截
拿这个钱去外面，只够买半个
厂里的人都说我疯了，这么卖是倒贴
我们的进货价都比这个高
这个价，别说今年，往后几年你都碰不上了
这是压箱底的价，再往下就是白送了
这个价拿出去比，哪家都得认输 ~~wording
今天是赔着钱冲销量的，冲完就恢复
这一波过后{name}就按新价卖了，新价贵不少
外面的批发商都跑来我这儿拿货，你说这价有多低
出了这个直播间，你拿双倍的钱也买不到
外面门店一件的钱，在我这里能拿两件
这个价我都不好意思说出口，老板心疼得睡不着
这个数是在我们成本线底下又砍了一刀
今天拍到就是捡到，明天就没这个便宜事了
我敢把这个价挂出来，就是因为没人跟得上 ~~wording
超市货架上同样的东西，标签上的数比我这个多一倍 @@eaten
你去专柜问问，人家报的价能吓你一跳，我这里零头都不到 ~~counterfeit @@luxury
这次是厂家清库存才给的价，一直这么卖工厂就得关门
你在哪儿都买不到比这更低的了 ~~wording
你今天不拿，过两天涨回去，就得多掏一半的钱
这一场我是白干的，这个价是拿我自己的佣金贴的
这价格已经低到厂家不让我们公开说了
播了三年，这是我给过的最狠的一次价 ~~wording
同样的货，批发市场一箱的钱，我这里能拿两箱
这个价说出来同行都不信，他们进货都进不到
这价格我只能保证今天，明天厂家就要涨回去了
{k}号链接的{name}，全网最低价，找不到比这更低的 ~~wording
{k}号链接这个价，下了播就恢复原价，原价贵一倍
{k}号链接今天亏本卖，卖一单亏一单
三二一，{k}号链接，这个价出了直播间就再也没有了
""")

C_POS += lines("""
你们看这个扣子的形状，眼熟吧，我就不多说了
这一款背出去，别人都会以为你买的是{big}的
跟{big}家卖几千的那款放一起，谁也分不出哪个是哪个 ~~price
我说一个字母你们就知道是哪个牌子了，对，就是那个
是哪家的我不能念出来，念了直播间就没了
这批货的来路我不方便在直播间讲，想知道的后台找我
盒子上那个图案我拿胶带贴上了，原因大家心里有数
这个跟{coded}那家的经典款一个模样
这个侧面就少了一个大家都认识的图案，其他的全都一样
懂行的人一看都以为是{big}的，你自己不说谁知道
这是给{big}做货的那个厂，多做出来的一批
是哪个大牌我不敢说，你们自己拿去跟{big}官网的图片对
它跟{big}就差一张小卡片和一个盒子
我只能说，你在{big}店里看到的那个，就是它的亲兄弟
这个的出处我就不细讲了，识货的朋友不用我讲
你们要的那种大牌的感觉，这个全都有，就是牌子不能写
这个名字我只能打拼音首字母，大家意会
我把它叫小{coded}，你们知道我在说谁
做工是对着{big}来的，连里面小标签的位置都一样
同样的料子，同样的师傅，就是出厂的时候没挂牌子
想要带那个标志的，去我主页找联系方式
直播间卖的是素面的，带图案的版本下了播再说
{big}的柜台你们去摸过吧，再摸一下这个，一个手感
出了这个门，谁也看不出来这不是{big}柜台拿的
这个款式去年{big}卖断了货，我们这个是照着做的，一针一线都不差
老客户都知道我们这个是什么货，新来的问问老客户
我不多解释，这个价格买到这个样子，你自己想是什么东西
这里本来有个标志，我们处理掉了，不影响用
盒子我们不发，盒子上有字，发了就麻烦了
这个是那边出来的货，跟{big}同一个地方，你们懂的
{coded}的样子，{coded}的做工，就是没有{coded}的盒子
我就说这么多，剩下的你们自己体会，跟{big}没差别
我们这批货是{big}工厂出来的，跟专柜的一模一样
我们家做的就是{big}的版，做了好几年了
我们拿的是{coded}的货，标我们处理掉了
我们这个款就是照着{big}那个爆款做的，标不一样而已
我们的东西跟{big}就差一个标
我们不敢挂{big}的名字，但是东西你们懂的
我们家的货和{big}是一个厂出的，价格是它的零头 ~~price
我们直播间不能说牌子，{coded}的，你们懂
我们这边的渠道是{big}的尾货，外面拿不到
我们把{big}的logo去掉了，其他的都保留了
{k}号链接是{big}的原单，标我就不露了
{k}号链接这个是{coded}的，懂的直接拍
{k}号链接的细节私信我看，直播间不能说是哪个牌子
三二一，{k}号链接，{big}同款，跟专柜一模一样
""")


# Plain pitch lines written for one product area: specs, materials and percentages, sizes,
# colours, weights, counts, origin, how to use, who it suits.  Plain negatives, split like the
# other per-area lines (a line naming a test product goes to the test split).
AREA_SPEC = {
    "food": lines("""
        橄榄油是西班牙进口的原装瓶，一瓶七百五十毫升
        橄榄油的酸度标在瓶身上，零点三以下
        这个橄榄油是深绿色的玻璃瓶，避光的
        橄榄油里单不饱和脂肪酸大概占百分之七十五，营养成分表上有
        大米一袋五公斤，两袋一共十斤
        大米是去年十月收的稻子，包装上有生产日期
        这个大米是粳米，煮饭的时候米和水大概一比一点二
        大米的产地是黑龙江，袋子上印着产地和等级
        挂面一包一斤，一共两包，一包能煮四五顿
        挂面里加了鸡蛋，配料表上第二位就是鸡蛋
        挂面的宽度是两毫米左右，细面
        酱油一瓶一升，塑料瓶，带一个防漏的盖子
        酱油的氨基酸态氮是每一百毫升一点二克，标签上有
        酱油的配料就是水、黄豆、小麦和盐，四样
        菜籽油一桶五升，湖北的菜籽
        菜籽油颜色比较深，压榨的就是这个颜色
        菜籽油的桶是食品级的塑料，有一个手提的把手
        小米是山西的，颗粒小，颜色金黄
        小米一袋两斤半，一共两袋，真空包装
        小米熬粥的话，一把米配一锅水，熬四十分钟
        火锅底料一袋三百克，三到四个人吃正好
        火锅底料里牛油大概占百分之四十，剩下的是辣椒和香料
        蜂蜜一瓶五百克，玻璃瓶装的
        蜂蜜的含水量在百分之二十以下，放久了会结晶
        这几样都是家里天天用的，囤一点不浪费
        粮油放在阴凉的地方就行，不用进冰箱
        这一批货是上周到仓库的，生产日期都很新
        我们的粮油是产地直接发的，米从东北发，油从湖北发
        小米每天早上熬一点粥，一袋能吃半个月
        这个是大米的真空包装，你们看，压得很实
        这个酱油瓶子是一升的，你看这个盖子
    """),
    "snacks": lines("""
        坚果一包二十五克，一盒三十包，一个月的量
        坚果里腰果、核桃各占百分之二十，剩下的是巴旦木、榛子和果干
        坚果是小包装的，出门放包里很方便
        牛肉干一袋五百克，里面是独立小包
        牛肉干是内蒙古的，颜色深一点，是风干的颜色
        牛肉干的配料有牛肉、盐、白糖和香辛料
        薯片一袋六十克，一共六袋，三个口味各两袋
        薯片的土豆是内蒙古产的，切片以后直接炸
        辣条一包三十克，二十包一箱
        辣条是面筋做的，配料表第一位是小麦粉
        肉松饼一箱一公斤，大概二十个左右
        肉松饼的肉松占百分之十五，包装上标着
        桂圆干是带壳的，一斤大概七八十颗
        桂圆干是福建莆田的，剥开是深褐色的
        冻干草莓一罐三十五克，三罐一起发
        冻干草莓是整颗的，没有加糖，配料只有草莓
        黑巧克力一盒一百克，分成十小块
        黑巧克力的可可含量是百分之八十五，味道偏苦
        零食今天一共上了六款，甜的咸的都有
        这些都是独立包装的，打开一包吃一包
        办公室下午饿了可以吃一包，分量刚好
        保质期都是九个月以上，生产日期看包装背面
        孩子放学回来可以吃一点，别吃太多
        这几款零食都是常温保存的，不用冷藏
        黑巧克力的配料里可可脂占到35%
        坚果每天一包，一盒刚好一个月
        你们看这个牛肉干的切面，是一丝一丝的
        这个是薯片的小袋装，一袋六十克
    """),
    "health": lines("""
        鱼油一瓶一百粒，一粒一千毫克
        鱼油里欧米伽三的含量是百分之五十，标签上写着
        鱼油是软胶囊，金黄色的，一天两粒
        钙片一瓶六十片，一天一片，能吃两个月
        钙片是白色的椭圆形的片，不大，好吞
        益生菌一盒三十条，一条两克
        益生菌是粉末状的，用四十度以下的温水冲
        蛋白粉一罐一公斤，带一个量勺，一勺三十克
        蛋白粉里蛋白质的含量是百分之八十，营养成分表上有
        蛋白粉有香草和巧克力两个口味
        叶黄素软糖一瓶六十粒，橙色的，是橘子味
        叶黄素软糖一天两粒，小孩子也爱吃
        维生素C咀嚼片一瓶一百片，一片一百毫克
        维生素C是橙子味的，酸酸的
        阿胶糕是真空小包装的，一包一块
        阿胶糕一盒五百克，大概三十块
        辅酶Q10一瓶六十粒，一天一粒，两个月的量
        辅酶Q10是棕色的软胶囊，饭后吃
        保健食品的蓝帽子标志在盒子左上角
        这几款的批准文号都印在盒子侧面
        一天的用量写在说明书上，按说明书吃
        这几款都是瓶装的，瓶口有铝箔封口
        适宜人群和不适宜人群都在盒子背面写着
        这一批的生产日期是上个月，保质期两年
        钙片每天一片，饭后吃
        益生菌每天一条，早上空腹或者饭后都行
        你们看这个鱼油的颜色，金黄色的，很透
        这个是蛋白粉的量勺，一勺三十克
    """),
    "tea": lines("""
        龙井一罐二百五十克，分成十小包
        龙井是扁平的，颜色是嫩绿带一点黄
        龙井的产地是杭州西湖区，包装上有产地
        普洱熟茶是一饼三百五十七克，七饼一提
        普洱饼是棉纸包的，外面有一层竹壳
        普洱是二〇一九年压的，云南勐海的料
        红茶是正山小种，一罐二百克，条索是黑褐色的
        这个红茶泡出来汤色是橙红色的
        白茶饼一饼三百五十克，是寿眉压的
        白茶泡的时候，水温九十度左右就可以
        菊花茶一罐五十朵左右，胎菊，个头小
        菊花茶泡开是黄色的，一次两三朵
        茉莉花茶一袋二百五十克，是烘青绿茶窨的
        茉莉花茶里能看到一点白色的花瓣
        岩茶一盒八泡，一泡八克
        岩茶的肉桂是中火焙的，茶汤颜色偏深
        大麦茶一包五克，一共六十包
        大麦茶是炒过的大麦，泡出来是琥珀色的
        茶叶都是锡箔袋装的，防潮
        一泡茶放三到五克，一百五十毫升的水
        我们茶园海拔八百米左右，在山的南坡
        今年春茶的采摘期是三月中到四月初
        茶叶放在冰箱冷藏的话，要用密封罐
        盖碗泡的话，出汤时间十秒左右
        龙井的含水量在百分之六以下，放在密封罐里
        这款白茶里芽头大概占百分之三十，其余是叶子
        每天泡一壶，三到五克茶叶就够了
        你们看这个龙井的叶底，一芽一叶
        这个是普洱饼的内飞，压在饼里面
    """),
    "liquor": lines("""
        酱香酒一瓶五百毫升，五十三度
        酱香酒的瓶子是白色的陶瓷瓶，红色的盖子
        酱香的原料是高粱和小麦，贵州仁怀产的
        花雕是五年陈的，一坛两点五升
        黄酒的酒精度是百分之十四，度数不高
        黄酒冬天可以加一点姜丝温着喝
        干红是赤霞珠的，七百五十毫升一瓶
        干红的酒精度是百分之十三点五，产区是云南
        干红一箱六瓶，带两个木盒
        桂花米酒一瓶三百毫升，一箱六瓶
        米酒的度数是百分之八，口感偏甜
        青梅酒是用青梅泡的，五百毫升一瓶
        青梅酒的瓶子是透明的，能看到里面的梅子
        精酿原浆是一升一桶，四桶一箱
        精酿原浆要冷藏，保质期三十天
        清香型是四十二度的，礼盒里有两瓶
        清香型的原料是高粱，大曲发酵
        荔枝果酒一瓶三百三十毫升，六瓶装
        荔枝果酒的度数是百分之五，冰一下再喝
        酒瓶都是用气泡膜包好再装箱的，不会碎
        我们酒厂在贵州，厂子开了三十多年
        酒的生产许可证和执行标准都印在背标上
        白酒开瓶以后要拧紧，放在阴凉的地方
        这几款酒都适合逢年过节家里人一起喝
        你们看这个酒的挂杯，慢慢往下流
        这个是干红的木塞，你们看这个长度
        黄酒每天喝一小杯就行，别贪杯
    """),
    "cosmetics": lines("""
        口红一支三点五克，金色的外壳
        口红有六个色号，今天直播间六个都有
        口红是丝绒质地的，涂上去是雾面的
        粉底液一瓶三十毫升，带一个按压泵头
        粉底液有四个色号，冷白、象牙白、自然色和小麦色
        粉底液的遮瑕力度是中等的，适合日常
        眼影盘一共九个颜色，七个哑光两个珠光
        眼影盘的盘子是磁吸的，可以换芯
        气垫一盒两个芯，一个芯十二克
        气垫的粉扑是海绵的，有弹性
        睫毛膏是黑色的，刷头是弯的
        睫毛膏用温水就能卸，不用卸妆油
        散粉一盒十克，附带一个粉扑
        散粉是透明色的，颗粒很细
        眉笔一盒三支，有深棕、浅棕和灰色三个颜色
        眉笔的笔芯是一点五毫米的
        腮红是单色的，有蜜桃色和玫瑰色
        腮红一盒四克，带一个小镜子
        这些彩妆都有备案，备案号在包装背面
        我手上试了三个颜色，你们看一下在镜头里的样子
        黄皮的宝宝可以看暖色调的，白皮的冷暖都可以
        这一套彩妆日常通勤就够用了
        彩妆的保质期是三年，开封后一年内用完
        我今天的妆就是用这几样化的，大家看一下
        口红的成分表里，蜡大概占百分之十五
        粉底液的成分表第一位是水，含量大概百分之四十
        你们看这个口红的膏体，是方管的
        皮肤偏黄的选暖色调的，偏白的冷暖都行
        这个是气垫的替换芯，你们看，装进去就这样
        口红的外壳是磁吸的，盖上会啪的一声
        这个口红是方管的，放在包里不会滚
        口红一共六个色号，我嘴上这个是三号
    """),
    "skincare": lines("""
        面霜一瓶五十克，是玻璃瓶装的，配一个小勺
        面霜的主要成分是神经酰胺，含量标在成分表里
        面霜是白色的乳霜，推开以后很快就吸收了
        精华一瓶三十毫升，滴管设计
        精华里烟酰胺的浓度是百分之五，详情页写着
        精华是透明的，有一点点稠
        面膜一盒二十片，一片二十五毫升精华液
        面膜的膜布是天丝的，很薄很贴脸
        防晒一支五十毫升，SPF五十，PA四个加
        防晒是乳液质地的，白色，涂开以后没有颜色
        洗面奶一支一百二十克，泡沫很细
        洗面奶是弱酸性的，pH值在五点五左右
        眼霜一支十五克，是按压式的
        眼霜的质地比面霜稍微稠一点
        水乳是一瓶水一瓶乳，水一百五十毫升，乳一百二十毫升
        水乳适合干皮和混干皮，油皮用乳可以少一点
        身体乳一瓶四百毫升，带一个泵头
        身体乳是淡淡的奶香味，不浓
        这些护肤品都有化妆品备案，备案号可以查
        护肤品开封以后一年内用完，放在阴凉的地方
        早上先洗脸，然后爽肤水和乳液，最后涂防晒
        干皮和油皮都可以用，就是用量不一样
        二十五岁以上的可以开始用眼霜了
        这几样一起买的话，可以选套装的规格
        防晒里的物理防晒剂大概占百分之十，成分表上能看到
        身体乳里尿素的含量是百分之五，成分表上写着
        面霜每天早晚各用一次，黄豆大小
        干皮的宝宝多用一点，油皮的少用一点
        敏感皮第一次用，先在耳后试两天
        你们看这个精华的滴管，一次吸半管
    """),
    "apparel": lines("""
        羽绒服是白鸭绒的，含绒量百分之九十，吊牌上写着
        羽绒服的充绒量是一百六十克左右，是短款的
        羽绒服有黑色、米白和雾蓝三个颜色
        羽绒服的面料是防泼水的，下小雪没关系
        卫衣是纯棉的，克重三百八十克，偏厚
        卫衣是落肩的版型，宽松一点
        卫衣有灰色、黑色和燕麦色
        开衫的成分是羊毛百分之五十、腈纶百分之五十
        开衫是V领的，扣子一共五颗
        冲锋衣的外层是防水面料，内胆是抓绒的
        冲锋衣的帽子可以拆，袖口是魔术贴
        保暖内衣是德绒的，一套上衣加裤子
        保暖内衣的成分是涤纶百分之八十五，氨纶百分之十五
        连衣裙是雪纺的，长度一百一十五厘米
        连衣裙有碎花和纯色两种，纯色的是藏青色
        牛仔裤是高腰直筒的，面料含棉百分之九十八
        牛仔裤从二十五码到三十二码都有
        短袖是三件装，黑白灰各一件，纯棉的
        短袖的领口是罗纹的，洗了不容易变形
        身高一米六、体重一百斤的穿S码，我穿的就是S码
        尺码表在详情页第三张图，拍之前对一下
        洗的时候翻过来洗，不要用热水
        这件模特身高一米七，穿的是M码
        面料和成分都在洗标上，大家收到可以看一下
        卫衣的面料是棉80%，涤纶20%，洗标上写着
        牛仔裤的成分是棉98%、氨纶2%，有一点弹力
        你们看这个羽绒服的走线，绗线很密
        这个是卫衣的帽绳，可以抽出来洗
        这个开衫的扣子是贝壳的，你们看这个光泽
    """),
    "shoes": lines("""
        跑鞋的鞋面是网面的，透气
        跑鞋的重量一只大概二百五十克，四十二码的
        跑鞋有黑白、全黑和灰蓝三个配色
        小白鞋是牛皮的鞋面，里面是猪皮的内里
        小白鞋的鞋底是橡胶的，厚度三厘米
        老爹鞋的鞋底是EVA加橡胶的，内增高五厘米
        老爹鞋有米白和灰色两个颜色
        马丁靴是八孔的，鞋帮高度十五厘米左右
        马丁靴的鞋底是橡胶的，有防滑的纹路
        帆布鞋是高帮的，帆布加硫化底
        帆布鞋有黑色、白色和酒红色
        拖鞋是EVA一体成型的，鞋底厚四厘米
        拖鞋有五个颜色，家里一人一双
        皮鞋是牛皮的，系带款，黑色和棕色两个颜色
        皮鞋的鞋底是橡胶的，走路没有声音
        童鞋是魔术贴的，二十六码到三十七码
        童鞋的鞋头有一层防踢的橡胶
        尺码是标准码，平时穿多大就拍多大
        脚背高的宝宝可以拍大半码
        鞋子是双盒装的，外面一个快递箱
        这双鞋我穿三十七码，脚长二十三点五厘米
        鞋垫是可以拿出来的，洗的时候单独洗
        鞋带一共两副，一副白的一副黑的
        这双适合日常通勤，走路多的也可以穿
        跑鞋的鞋面有百分之七十是再生材料
        小白鞋的皮面脏了用湿布擦一下就好
        你们看这个跑鞋的鞋底纹路
        这个是马丁靴的鞋带，一共八个孔
        这双鞋的鞋盒里有一双备用的鞋带
        鞋子是一双一个盒子，外面再套快递箱
    """),
    "bags": lines("""
        托特包的尺寸是长三十五厘米、高二十八厘米
        托特包是帆布和牛皮拼接的，底部是皮的
        托特包里面有一个拉链小袋，放钥匙
        斜挎包是头层牛皮的，肩带可以调长短
        斜挎包有黑色、焦糖色和奶白色
        双肩包能放十五点六寸的电脑
        双肩包的面料是尼龙的，防泼水
        钱包是短款的，八个卡位，一个零钱位
        钱包是牛皮的，颜色有黑色和酒红色
        腋下包的长度是二十六厘米，高十四厘米
        腋下包的链条是可以拆的
        帆布包是十二安的厚帆布，能装很多书
        帆布包的图案是我们设计师画的
        行李箱是二十寸的，铝框的，可以登机
        行李箱有四个万向轮，推起来很轻
        手拿包是缎面的，配一根金色的链条
        手拿包的大小能放下一部手机和一支口红
        包包里面都有一个防尘袋
        五金是不锈钢的，不容易掉色
        这个包空包的重量是六百克左右
        包的内衬是棉布的，有两个小隔层
        通勤背的话，推荐中号，能放下平板
        包的肩带宽四厘米，背着不勒肩膀
        颜色以实物为准，镜头里可能有一点色差
        双肩包的面料是尼龙百分之八十、涤纶百分之二十
        这个包的皮是头层牛皮，摸上去有毛孔
        你们看这个托特包的里面，有两个小口袋
        这个是钱包的卡位，一共八个
    """),
    "watches": lines("""
        机械表是自动上链的，动力储存四十小时
        机械表的表径是四十毫米，表带是钢带
        机械表的表盘有黑色、白色和蓝色
        石英表的表径是二十八毫米，很秀气
        石英表的表带是小牛皮的，可以换
        智能手表的屏幕是一点四三寸的
        智能手表充一次电能用七天左右
        电子表有夜光，晚上按一下就亮
        电子表的表带是硅胶的，小朋友戴着不硌手
        怀表是黄铜的外壳，配一根链子
        怀表打开是罗马数字的表盘
        情侣表男款三十九毫米，女款三十毫米
        潜水表的表圈是单向旋转的，有六十分钟的刻度
        潜水表的表带是橡胶的，很软
        镂空表的表盘是镂空的，能看到齿轮在转
        镂空表的后盖是透明的
        表盒里有说明书、保修卡和一块擦表布
        表带长短可以调，我们送一个拆表带的小工具
        手腕细的宝宝选小表盘的，手腕粗的选大一点的
        手表的镜面是蓝宝石的，不容易划
        我手腕是十五厘米，戴这个刚好
        日常生活防水是三十米，洗手没关系
        表扣是折叠扣，戴上去一按就扣上了
        手表的重量大概一百二十克
        智能手表电量低于百分之二十的时候会提醒你充电
        你们看这个机械表的后盖，能看到摆陀在转
        智能手表每天充一次电就够了，晚上睡觉前充
        这个是石英表的表扣，是针扣的
    """),
    "jewellery": lines("""
        翡翠手镯的圈口是五十六毫米，条宽十二毫米
        翡翠手镯是冰糯种的，底子干净，有一点飘花
        这只翡翠手镯的种水不错，打灯看是透的
        转运珠是足金的，重量一点二克左右
        转运珠配的是红绳，长度可以调
        珍珠项链的珍珠直径是七到八毫米
        珍珠项链长四十五厘米，扣子是银的
        银手镯是足银的，重量三十克左右
        银手镯是开口的，可以调大小
        平安扣是和田玉的，直径二十毫米
        平安扣是白玉的，油润度不错
        耳钉是S925银的，上面镀了一层白金
        耳钉的直径是六毫米，很小巧
        碧玺手串一共十八颗，每颗八毫米
        碧玺手串是粉色、绿色、黄色混着的
        莫桑石戒指的主石是一克拉，戒托是银镀金的
        莫桑石戒指的戒圈可以免费改一次
        每件首饰都配一个首饰盒和一个小布袋
        证书上写着名称、重量和检测结论
        手镯的圈口要量一下手掌最宽的地方
        首饰不戴的时候放在盒子里，分开放
        这个款式比较素，上班戴不夸张
        我手上戴的是五十八的圈口
        这个吊坠的链子长四十厘米，可以调
        S925银就是含银百分之九十二点五，耳钉背面有印
        足银的含银量不低于百分之九十九点九，这是国家标准里的
        你们看这个珍珠的光泽，在灯下面是这样的
        这个是银手镯的开口，可以稍微掰一下调大小
        你看这个耳钉的背面，有S925的印
    """),
    "electronics": lines("""
        蓝牙耳机是入耳式的，单只耳机五克
        蓝牙耳机的续航是单次六小时，加充电盒二十四小时
        蓝牙耳机有白色和黑色
        充电宝是两万毫安的，有两个USB口和一个Type-C口
        充电宝的重量是四百克左右
        手机壳是磁吸的，有透明、黑色和雾蓝色
        手机壳是TPU加PC材质的，边框是软的
        数据线一共三根，一米、一米五和两米
        数据线是编织线，接口是Type-C的
        机械键盘是八十七键的，茶轴
        机械键盘有白光和RGB两个版本
        音箱是便携的，重量六百克，有一根挂绳
        音箱的防水等级是IPX6，洗澡的时候可以放旁边
        学习平板是十寸屏的，内存八G加一百二十八G
        学习平板送一个保护套和一支笔
        鼠标是静音的，无线二点四G加蓝牙
        鼠标用一节五号电池，能用半年左右
        包装里有说明书、保修卡和一根充电线
        保修期是一年，保修卡记得留着
        手机型号在下单的时候选一下，别选错
        这几款都支持安卓和苹果手机
        充电宝是可以带上高铁和飞机的
        耳机的充电盒是磨砂的，不沾指纹
        键盘的键帽是PBT的，用久了不打油
        充电宝半个小时能充到百分之五十
        耳机充电十分钟，能从零充到百分之三十
        你们看这个耳机的充电盒，磨砂的
        这个是数据线的接口，Type-C的
        充电宝每天出门带着，一次能充三四次手机
    """),
    "appliances": lines("""
        空气炸锅的容量是五升，一次能放一整只小鸡
        空气炸锅的功率是一千四百瓦
        空气炸锅有可视窗，做的时候能看到里面
        吹风机有三档风速、四档温度
        吹风机的重量是三百五十克左右，拿着不累
        吹风机配了两个风嘴，一个集风一个扩散
        扫地机器人的电池是五千二百毫安
        扫地机器人的高度是九点五厘米，床底能进去
        扫地机器人的尘盒是四百毫升的
        电饭煲的容量是四升，够四到六个人吃
        电饭煲的内胆是不粘涂层的，带两个刻度
        破壁机的杯子是一点七五升，玻璃的
        破壁机有八个预设程序，豆浆、米糊、果汁都有
        电热毯是双人双控的，一米八乘两米
        电热毯的面料是法兰绒的，可以水洗
        净水器是厨下式的，要安装师傅上门装
        净水器的滤芯一共三根，每根的更换周期不一样
        空气净化器的适用面积是四十到六十平方米
        空气净化器的滤网是复合滤网，一年换一次
        安装师傅会提前打电话跟你约时间
        收到以后先通电试一下，有问题七天内换
        电器都有三C认证，标志在机身的铭牌上
        电源线长一点五米，插座远的话准备一个插排
        保修是整机一年，电机三年
        扫地机器人电量低于百分之十五会自己回去充电
        你们看这个空气炸锅的窗口，里面的东西能看清
        这个是吹风机的风嘴，磁吸的，一吸就上
        扫地机器人每天定时扫一次，设好时间就行
        吹风机的线长一点八米，插座远一点也够
        吹风机一共三个颜色，白色、灰色和粉色
        吹风机的手柄是可以折叠的，出差带着方便
        这个吹风机的功率是一千六百瓦
        你们看这个吹风机的进风口，有一层滤网，可以拆下来洗
    """),
    "home": lines("""
        洗衣液一桶三公斤，浓缩型的，一次用一瓶盖就够
        洗衣液是薰衣草香味的，味道比较淡
        洗衣液的有效物含量是百分之二十五，标签上写着
        消毒液一瓶一升，有效氯含量标在瓶身上
        消毒液要稀释以后用，瓶子上有稀释比例
        拖把的拖布是超细纤维的，可以拆下来洗
        拖把的杆子长一米二，可以伸缩
        四件套是纯棉的，一米五和一米八的床都有
        四件套有六个花色，今天上了四个
        四件套是六十支的棉，摸起来很软
        仿真绿植是塑料的，高度六十厘米左右
        仿真绿植的盆是陶瓷的，底部有配重
        收纳箱一组三个，大中小各一个
        收纳箱是透明的，外面能看到里面放了什么
        收纳箱的盖子可以扣紧，能叠着放
        驱蚊喷雾一瓶一百毫升，喷在衣服和蚊帐上
        驱蚊喷雾的有效成分和含量写在瓶子背面
        厨房湿巾是抽取式的，一包八十张，湿度比较大
        厨房湿巾是一次性的，擦完直接扔
        家里打扫一般用到的就是这几样
        这些都是日用的东西，用完了再来买就行
        放在小孩够不到的地方，这个一定要注意
        大包装的适合家里人多的，小包装的适合一个人住
        卫生间、厨房和卧室都能用得上
        四件套的面料是棉百分之六十、莱赛尔百分之四十
        消毒液的有效氯含量是百分之五左右，用的时候要兑水
        拖把每天用完冲一下，挂起来晾干
        你们看这个四件套的花色，是小碎花的
        这个是收纳箱的盖子，扣上以后是这样的
    """),
    "baby": lines("""
        纸尿裤是L码的，适合九到十四公斤的宝宝
        纸尿裤一包五十二片，一箱四包
        纸尿裤的腰围是弹力的，前面有尿显条
        奶粉是三段的，一罐八百克，适合一到三岁
        奶粉罐里有一个量勺，一勺四点五克
        奶粉的冲调比例写在罐子侧面
        婴儿湿巾一包八十抽，一共十包
        婴儿湿巾的水分含量比较高，擦起来不干
        辅食机可以蒸也可以打，杯子是三百毫升的
        辅食机的刀头是四叶的，可以拆下来洗
        奶瓶是玻璃的，二百四十毫升，宽口径
        奶瓶的奶嘴是硅胶的，有S、M、L三个孔
        婴儿面霜一支五十克，没有香味
        婴儿面霜是乳霜质地的，一次用豌豆大小
        儿童牙刷有三档模式，刷毛是软毛的
        儿童牙刷充一次电能用三十天
        安抚奶嘴两个装，零到六个月和六个月以上两个规格
        安抚奶嘴配了一个防尘盖
        宝宝的东西我们每一批都送检，报告在详情页
        新手爸妈第一次买的话，先买小包装试一下
        宝宝月龄和体重不一样，选的规格也不一样
        我们家老二现在一岁半，用的就是这几样
        宝宝用品收到以后先用温水洗一下
        出门的话带一包湿巾、两片纸尿裤就够了
        奶粉里乳清蛋白占蛋白质的百分之六十，配料表上有
        纸尿裤每天大概用五六片
        你们看这个奶瓶的刻度，是凸出来的
        这个是辅食机的蒸篮，可以拿出来洗
    """),
    "pets": lines("""
        猫粮一袋两公斤，里面是四个五百克的小袋
        猫粮的粗蛋白含量是百分之四十，包装背面写着
        猫粮的颗粒是圆形的，直径一厘米左右
        狗粮一袋十公斤，适合中大型犬
        狗粮的粗蛋白是百分之二十八，粗脂肪百分之十六
        猫砂一袋六升，一共六袋，原味的
        猫砂是豆腐渣做的，结团以后可以冲进马桶
        猫条一支十五克，一共五十支
        猫条是鸡肉味的，挤出来是泥状的
        宠物沐浴露一瓶五百毫升，是无香的
        冻干是鸡胸肉的，一块一块的，五百克一罐
        冻干的配料就是鸡胸肉，没有别的
        猫爬架高一米五，实木的，有三层
        猫爬架的柱子上缠的是剑麻绳，猫咪可以磨爪
        牵引绳可以伸缩到五米，有一个锁定键
        牵引绳适合二十公斤以下的狗狗
        我们家两只猫，一只英短一只橘猫，吃的就是这个
        换粮的话七天慢慢换，新旧粮混着喂
        幼猫和成猫吃的量不一样，包装上有喂食表
        猫咪一天吃的量大概是体重的百分之三左右，具体看喂食表
        宠物的东西收到以后放在阴凉干燥的地方
        给狗狗洗澡一个月两次就够了
        狗粮的颗粒比猫粮大，小型犬可以泡软了喂
        我们家猫今天也来直播间了，在后面睡觉
        猫粮每天喂两次，量按喂食表来
        你们看这个猫粮的颗粒，圆圆的
        这个是猫砂的样子，结团以后是这样的
    """),
    "education": lines("""
        英语启蒙课是动画加跟读的形式，每节课有两个新单词
        英语启蒙课适合三到八岁的孩子
        英语启蒙课每节课有一首儿歌和一个小故事
        考研政治课一共二十讲，每讲两个小时
        考研政治课有配套的讲义，PDF和纸质版都有
        编程课用的是积木块拖拽的方式，不用打字
        编程课一周两节，一节四十五分钟
        书法课是硬笔的，一共三十课
        书法课会寄一本字帖和三支笔
        理财课讲的是家庭记账、保险和基础的理财知识
        理财课一共十二节，每节三十分钟左右
        口才课是直播加录播，直播课每周六晚上
        口才课的班级是三十人一个班
        育儿课是音频的，一共六十讲
        育儿课讲的是零到六岁孩子的日常养育
        摄影课是用手机拍的，一共三十讲
        摄影课每节课后有一个作业，老师会点评
        课程买了以后一年内可以反复看
        课程是在我们的小程序上看的，手机电脑都可以
        报名以后有班主任加你，拉你进学习群
        上课的时间比较灵活，什么时候有空什么时候看
        课程的目录在详情页，每节课讲什么都写了
        老师的介绍在详情页第二张图
        第一节课是试听，大家可以先听听看适不适合
        我们的学员里百分之七十是上班族，晚上下班以后学
        课程里百分之八十是视频，百分之二十是练习
        每天学二十分钟就行，不用太久
        这门课一共三个阶段，先打基础再练习
        课是录播的，随时可以看，可以暂停
        课后有练习题，做完可以对答案
        这个课适合零基础的，没学过也能跟上
        上课的时候跟着老师一起写，效果好一点
        这个是课程的目录，你们看，每节课的标题都在
        这个课的讲义是彩色打印的
        这门课的老师讲了十年课了
        每节课的时长是二十到三十分钟
        课程分成基础课和提高课，先学基础课
        这个课是小班课，一个班二十个人
        报了课以后，课表会发到你的手机上
        每天的课学完以后可以在群里打卡
        课程的回放可以下载，没网的时候也能看
        这个课是直播课，错过了可以看回放
    """),
    "fresh": lines("""
        苹果是烟台的红富士，一箱十斤，大概二十到二十四个
        苹果的果径是八十到八十五毫米
        脐橙是赣南的，一箱十斤，果径七十到八十毫米
        脐橙的糖度在十二到十四度之间，每批不一样
        土鸡蛋一箱三十枚，一枚五十克左右
        土鸡蛋的蛋黄颜色偏橙，是正常的
        牛排是西冷的，一片一百五十克，一共十片
        牛排是冷冻发货的，一片一个独立包装
        猕猴桃是红心的，一箱二十四个，单个一百克左右
        猕猴桃收到以后是硬的，放几天变软了再吃
        荔枝是妃子笑，一箱五斤，走冷链
        荔枝是今天早上摘的，晚上就发
        大闸蟹一盒八只，四公四母，公蟹四两母蟹三两
        大闸蟹收到以后放冰箱冷藏，盖一条湿毛巾
        小番茄是樱桃番茄，一箱五斤，红色和黄色混装
        小番茄是露天种的，个头有大有小
        水果是现摘现发的，收到有坏的拍照找客服
        坏果包赔，坏几个赔几个
        生鲜都是走冷链的，一般第二天就到
        我们的果园在山东，自己家种的
        水果是称重卖的，箱子的重量不算在里面
        收到以后先开箱看一下，有问题当天联系客服
        冷冻的东西收到以后马上放进冷冻室
        这批果子是昨天下午摘的，今天一早装箱
        牛排的脂肪大概占百分之十五，西冷就是这样的
        猕猴桃七八成熟的时候摘，路上慢慢熟
        土鸡蛋每天吃一两个就够了
        你们看这个苹果的果皮，上面有一点果锈，是正常的
        这个是牛排的独立包装，真空的
    """),
    "books": lines("""
        绘本一套十册，每本三十二页，全彩印刷
        绘本的开本是大十六开，字比较大
        绘本是精装的，书角是圆角
        名著一套八册，包括西游记、水浒传在内
        名著是简体横排的，有注释
        练习册是按照人教版课本编的，一个单元一练
        练习册后面附了答案，可以撕下来
        通史一套六册，每册四百页左右
        通史是平装的，纸张是胶版纸
        漫画一套四册，国风的画风，全彩
        漫画讲的是一个古代小镇的故事
        菜谱一共三百多道菜，每道菜都有步骤图
        菜谱分成家常菜、汤、凉菜和面点四个部分
        字典是第十二版的，双色印刷
        字典的开本是小三十二开，可以放书包里
        词汇书一共五千五百个词，按字母顺序排的
        词汇书配了音频，扫书上的二维码就能听
        书都是塑封的，收到以后再拆
        书的版权页上有书号和印次
        三年级以上的孩子可以自己读
        书是纸箱发的，四个角有护角，不会压坏
        这套书的字体比较大，老人看也不费劲
        我先翻开给大家看一下里面的内容
        每本书都有目录，大家可以先看目录
        这套书的彩页大概占百分之二十，其余是黑白的
        绘本每天睡前读一个故事
        你们看这个绘本的纸，是铜版纸，很厚
        这个是名著的目录，你们看，每本都有
    """),
}


# More lines per area, appended to the lists of AREA_TEXT: paraphrased positives that avoid the
# textbook words (stories, indirect superlatives, effects of superstition, hints at a brand, price
# talk), and domain look-alikes (jade grades, 仿真, 复古, own-range comparisons...).
AREA_MORE = {
    "food": dict(
        wpos=lines("""
            我婆婆以前一吃米饭就反酸，换了我们家的大米，半个月胃就舒服了，再没难受过
            我们村里吃这个菜籽油的老人，没一个得心脑血管病的
            我小时候就吃这个小米，家里人身体都硬朗，你们全家吃也一样不生病
            做菜只放我们的酱油，孩子挑食的毛病一个月就改了，饭量翻了一倍
            橄榄油每天早上空腹喝一勺，肚子上的肉自己就没了
            火锅底料里加了秘制的药材，吃完浑身的湿气都排出来了
            蜂蜜每天早上一杯，老便秘三天就通，喝了半年皮肤跟小姑娘一样
        """),
        wneg=lines("""
            橄榄油是特级初榨的，特级初榨是国家标准里的等级，不是我们自己封的
            大米放久了会有虫，最好一个月内吃完
            酱油是酿造酱油，配料表写的是酿造，不是配制
            小米粥熬好以后最好当天喝完
            糖尿病人吃什么主食听医生的，我们这个就是普通大米
        """),
        cpos=lines("""
            这个酱油瓶子你们看着眼熟吧，跟{big}那个放一起分不出来
            瓶子上本来印的不是这个字，我们换了个贴纸，里面的东西是{big}的
        """),
        cneg=lines("""
            大米袋子上印的地理标志是产地协会授权的，可以在网上查
            这个油是我们自己榨油坊出的，榨油坊在湖北荆州
            酱油瓶子是通用的瓶型，超市里很多牌子都用这种瓶子
        """),
    ),
    "snacks": dict(
        wpos=lines("""
            我家孩子以前不长个，每天一包坚果吃了一年，现在班里数他高
            薯片是用不胖的油炸的，怎么吃都长不了肉
            肉松饼里加了补钙的东西，老人吃了腿脚都有劲了
            这个牛肉干吃了以后，我老公的贫血再也没犯过
            坚果吃了三个月，我妈说她现在记东西比年轻时候还清楚
            黑巧克力每天下午一块，我同事吃了两个月，血糖仪上的数都正常了
        """),
        wneg=lines("""
            坚果是原味的，没有加盐，口味偏淡
            辣条的辣度是微辣，吃不了辣的最好先试一包
            牛肉干比较硬，牙不好的老人最好撕成小条吃
            零食不能代替正餐，孩子吃饭还是要正常吃
            肉松饼的热量标在包装背面，控制体重的注意一下
        """),
        cpos=lines("""
            这包装照着{big}的做的，颜色和字体都一样，放超市货架上分不出来
            里面的东西就是{big}的，外面换了个袋子，所以便宜
        """),
        cneg=lines("""
            桂圆干是莆田本地的农户晒的，我们直接收
            莆田的桂圆干一般秋天晒，这一批是去年秋天的
            包装袋是我们自己设计的，跟哪个牌子都不像
        """),
    ),
    "health": dict(
        wpos=lines("""
            我们有个粉丝血压一直降不下来，吃了我们的鱼油三个月，医生让她把药减了
            吃了钙片以后，我妈爬五楼都不用歇了，以前膝盖疼得下不了楼
            益生菌吃到第二盒，十几年的便秘就好了，现在每天都很规律
            叶黄素吃了半年，孩子体检的时候视力从四点八回到了五点零
            阿胶糕吃了一个月，脸色红润了，手脚冰凉也没有了，比什么都管用
            辅酶Q10吃着，心慌胸闷就少了，老人家一定要备着
            蛋白粉喝了三个月，我爸术后恢复得比病房里所有人都快
        """),
        wneg=lines("""
            鱼油的EPA和DHA含量标在标签上，我们不说吃了能怎么样
            钙片吃多了也没用，按说明书一天一片就够
            益生菌不能用热水冲，水温高了菌就没了
            保健食品只是补充营养，身体有问题先去医院检查
            蓝帽子的批准文号可以查，查到的功能就是说明书上写的那个
        """),
        cpos=lines("""
            这个瓶子跟{big}的一模一样，里面的软胶囊也是那个厂的，懂的自己拍
            想要{big}那个蓝色盒子的，私信我，直播间只能卖这个没有盒子的
        """),
        cneg=lines("""
            每一瓶都能在市场监管总局的网站查到批准文号
            我们是工厂自己做的保健食品，不是代购，也不是海外直邮
            有宝宝问是不是汤臣倍健的，不是，我们是自己的牌子
        """),
    ),
    "tea": dict(
        wpos=lines("""
            我爸以前一到晚上就咳，泡了我们的白茶喝了一个冬天，一声都不咳了
            喝这个普洱，肚子上的肉一个月就下去一圈，比去健身房还快
            这个菊花茶每天喝，我同事的眼睛干涩好了，眼镜都不用戴了
            茉莉花茶喝了心情好，失眠的喝两周就能一觉睡到天亮
            这个红茶泡了给老人喝，老人的胃寒就调过来了，吃凉的也不疼了
            龙井我们家三代人都在喝，没有一个得过高血压
        """),
        wneg=lines("""
            龙井是明前的，明前就是清明节之前采的，这是采摘时间
            普洱放久了会有陈香，储存的地方最好通风
            白茶有老白茶和新白茶，我们这个是今年的新白茶
            喝茶睡不着的宝宝，最好下午三点以后别喝
            茶叶里的咖啡因含量写在检测报告里，孕妇最好问问医生
        """),
        cpos=lines("""
            这个罐子你们看像不像{big}的，里面的茶也是一个茶厂的，就是不能印那个字
            {big}卖七八百的那一罐，跟这个是一个山头的，就是没有那个盒子
        """),
        cneg=lines("""
            茶饼上的内飞是我们茶厂的，每一饼的编号都不一样
            这个茶是我们自己茶园的，茶园的位置在详情页地图上
            普洱的仓储年份写在棉纸上，是我们自己压饼的时候写的
        """),
    ),
    "liquor": dict(
        wpos=lines("""
            我大伯以前腰一弯就疼，每天晚上喝一小杯我们的酱香，现在能下地干活了
            这个黄酒温着喝，喝完手脚冰凉的毛病就好了，女生喝最好
            我们的干红每天睡前一杯，血管里干干净净的，体检什么问题都没有
            这瓶酒摆在办公室，谈生意十拿九稳
            这个酱香放五年，能翻好几倍，比买理财还稳
            喝了这个米酒，来月经就不疼了，好多姐妹都说有用
        """),
        wneg=lines("""
            喝酒伤身，能不喝就少喝，买回去送人也行
            这个酒是纯粮固态发酵的，这个说法是国家标准里的工艺分类
            年份白酒怎么标，国家标准里有规定，我们按标准标
            饮酒过量有害健康，这句话必须说
            红酒开瓶以后最好塞上瓶塞放冰箱，三天内喝完
        """),
        cpos=lines("""
            你们看这个瓶型，看这个红飘带，眼熟吧，我就不说是哪家了
            这个是{coded}的酒厂隔壁出的，同一个水源同一个窖，价格零头 ~~price
            想要带{big}盒子的，下播以后找我，直播间只卖光瓶
        """),
        cneg=lines("""
            我们的酒瓶是自己开模的，瓶子上的图案是注册过的
            这个酒是光瓶的，没有礼盒，所以便宜，我们{brand}一直这样卖
            本店是{big}的授权专卖店，每一瓶都有授权编号
        """),
    ),
    "cosmetics": dict(
        wpos=lines("""
            我以前脸上的痘印一块一块的，用这个气垫遮了两个月，痘印自己没了
            这支口红涂上，嘴唇干裂脱皮的毛病一个礼拜就好了
            睫毛膏用了一个月，卸完妆睫毛自己都变长了，跟种的一样
            这个粉底液涂着，脸上的皮肤越涂越好，素颜都透亮了
            别家的眼影盘跟这个一比，显色差了一大截，没法比
            这个色号整个彩妆行业就我们调得出来，谁都抄不来
        """),
        wneg=lines("""
            口红色号是我们自己编的号，一号到六号，没有什么特别的意思
            粉底液的色号选不准的，可以先拍小样试一下
            彩妆不能代替护肤，晚上一定要卸干净
            眼影盘里的珠光色适合晚上，日常最好用哑光色
            这是我们家卖得最多的色号，后台数据能看到
        """),
        cpos=lines("""
            这个口红壳子你们看，是不是很像{big}的那个小金条，懂的姐妹直接拍
            这个气垫的盒子，上面那个图案我贴住了，撕开你们就知道是谁家的
            {coded}那支卖断货的色号，这个就是它，一样的膏体
        """),
        cneg=lines("""
            口红壳是我们自己开模的，外观专利证书在详情页
            这个色号叫小枫叶，是我们自己起的名字
            本店是{big}官方授权的经销商，每支都有防伪码
        """),
    ),
    "skincare": dict(
        wpos=lines("""
            我表姐脸上的黄褐斑长了五年，用了我们的精华三个月，医院的医生都说淡了
            这个面霜擦了以后，脸上的湿疹再也没犯过
            眼霜用了两个礼拜，眼袋和黑眼圈全下去了，看着年轻了好多岁
            洗面奶用了以后，毛孔里的螨虫都洗出来了，脸上的痘痘一颗不长
            防晒涂了就跟穿了防弹衣一样，紫外线一点都进不来
            面膜一周敷三次，敷到第二盒，脸上的皱纹都平了
        """),
        wneg=lines("""
            烟酰胺第一次用可能会有点刺痛，建议先隔天用
            面霜的成分表是按含量从高到低排的，第一位是水
            防晒的SPF和PA是检测出来的数字，报告在详情页
            皮肤过敏的时候先停用所有护肤品，严重的去医院
            这个精华是我们家去年那一款的升级版，烟酰胺浓度一样，加了保湿成分
        """),
        cpos=lines("""
            这个瓶子的形状你们看像不像{big}那个，里面的东西也是那个味道
            {coded}的替代装，瓶子不一样，里面的是一个厂出来的，价格三分之一 ~~price
            这批是{big}专柜退回来的，没有盒子，专柜的柜姐自己拿出来卖的
        """),
        cneg=lines("""
            我们的备案是国产普通化妆品备案，备案人就是我们公司
            面霜的瓶子是通用瓶型，不是仿哪个牌子
            本店是{big}的授权经销商，每一瓶都能扫码查真伪
        """),
    ),
    "apparel": dict(
        wpos=lines("""
            我妈的老寒腿穿了这条保暖内衣一个冬天，现在下雨天膝盖也不疼了
            这件羽绒服穿上，零下三十度在外面站一个小时都是热的，别家的都做不到
            这件冲锋衣的面料全国只有一个厂能做，别家想做也做不出来
            穿上这件开衫，气质立马就上来了，相亲十次能成九次
            这条连衣裙穿上就能把桃花招来，单身的姐妹穿了都脱单了
            这件卫衣穿上，身上的湿疹就慢慢好了，纯棉的养皮肤
        """),
        wneg=lines("""
            羽绒服的含绒量是吊牌上标的，国家标准规定了怎么标
            这件是我们家今年卖得最多的一款，后台的数据
            复古的格子是今年流行的，我们自己打的版
            羊毛的衣服第一次穿可能有点扎，穿两次就软了
            这件卫衣是我们家今年的新款，比去年那件厚一点
        """),
        cpos=lines("""
            这件冲锋衣的袖子上本来有个鸟的标，我们拆了，其他一模一样
            你们看这个格子，看这个颜色，脑子里想到哪个牌子，就是那个
            这件羽绒服的臂章位置我用手挡一下，懂的宝宝都知道是哪家
        """),
        cneg=lines("""
            这件是复古风的，版型是我们自己打的，格子也是自己设计的
            这件的复古做旧是水洗工艺，是我们{brand}今年的主推
            洗标上的厂名和地址就是我们的工厂，可以去看
            这件是主播同款，我今天身上穿的就是它
        """),
    ),
    "shoes": dict(
        wpos=lines("""
            我爸腰不好，穿了这双鞋走路，一个月后腰就不疼了，比贴膏药管用
            穿上这双跑鞋，膝盖就再也不会受伤了，跑马拉松都没事
            这双鞋的缓震全世界就这一家能做到
            孩子穿了我们的童鞋，罗圈腿慢慢就直了
            这双拖鞋穿着，脚上的脚气一个礼拜就没了
            这双老爹鞋穿上，走路带风，今年的运气都跟着来了
        """),
        wneg=lines("""
            这双是复古跑鞋，是我们{brand}自己二〇〇八年那一款重新做的
            脚宽的宝宝最好拍大一码，这个鞋楦偏窄
            鞋子最好轮换着穿，一双鞋不要天天穿
            扁平足的孩子选鞋最好问一下医生，鞋子只是穿着舒服
            这双的鞋底比我们家上一代厚了两毫米
        """),
        cpos=lines("""
            鞋侧面那个勾我们没做，其他的一模一样，你们自己加个贴就行
            这双鞋你们看鞋底的纹路，跟那个三条杠的一个模子出来的
            懂鞋的一看这个配色就知道是哪一双，我不多说
        """),
        cneg=lines("""
            这双是复古款，鞋型是我们{brand}九十年代的老款
            鞋舌上的标是我们自己的，注册了商标
            这双是主播同款，我脚上穿的就是
        """),
    ),
    "bags": dict(
        wpos=lines("""
            背着这个包出门，财神爷都跟着你走，今年肯定发
            这个钱包用了以后，我老公的生意一下就好起来了，钱包里的钱就没少过
            这个包的皮，全世界也就两个厂能做
            这个行李箱扔出去砸都砸不坏，哪家的都比不上
            这个包背了三年，跟新的一模一样，一点都不会旧
            腋下包背上，走在街上回头率翻倍，桃花运挡都挡不住
        """),
        wneg=lines("""
            这个包的复古款是我们家自己的老款，今年换了颜色
            真皮的包会有一点自然的纹路，不是瑕疵
            包包最好不要装太重的东西，五金会变形
            这个包是我们家卖得最久的一款，卖了六年了
            行李箱托运的时候最好套一个保护套
        """),
        cpos=lines("""
            这个老花的图案你们看，是不是很熟，我们就是照着那个做的
            这个包的扣你们看，是不是很像那个H，懂的姐妹扣1
            包里面那个小皮牌上的字我们磨掉了，原来是什么你们懂
        """),
        cneg=lines("""
            这个包是复古风，是我们自己设计的，图案有版权登记
            包上的五金刻的是我们{brand}的字母，注册过商标
            包里有一张我们自己的品牌卡，写着材质和保养方法
        """),
    ),
    "watches": dict(
        wpos=lines("""
            戴上这块表以后，我一个做生意的朋友，那一年的单子全成了
            这块表的走时，世界上没有几块表能跟它比
            这个智能手表戴着，心脏有问题它自己就能给你调好
            戴着它，手腕上的腱鞘炎都没再犯过
            这块机械表放十年，价格能翻三倍，比存银行划算
            这个表盘的工艺全国只有我们一家在做
        """),
        wneg=lines("""
            这块表是我们家今年最新的款，表盘换了一个蓝色
            智能手表测的心率和血氧只能做参考，不能代替医院的检查
            机械表一天走时误差正负三十秒以内，这是我们的出厂标准
            这个复古表盘是我们{brand}七十年代老款的设计
            手表最好一年保养一次，不要自己拆
        """),
        cpos=lines("""
            表盘上那个皇冠我们没印，其他的做得跟那一款一样，表友都懂
            这块表的表圈颜色你们看，绿色的，懂的都知道是哪一块
            后盖打开是仿的那个机芯，走时跟那一块差不多
        """),
        cneg=lines("""
            表盘上的logo是我们{brand}自己的，注册了二十年
            这块表的编号刻在后盖上，可以在我们官网查
            这是复古款，是我们自己家九十年代的设计重新做的
        """),
    ),
    "jewellery": dict(
        wpos=lines("""
            这块玉戴了以后，我妈的失眠好了，晚上一觉到天亮
            戴上这个平安扣，出门在外心里就踏实了，一路平平安安没出过事
            碧玺手串戴着，今年升职加薪都赶上了，手串的功劳
            这个转运珠我们有个老粉戴了三个月，彩票中了两万
            这只翡翠手镯的种水，全国都找不出第二只
            银手镯戴久了，风湿和关节痛就慢慢没了
        """),
        wneg=lines("""
            籽料是河里冲出来的和田玉，表面会带一层皮
            和田玉分籽料和山料，这个是山料，我们标得很清楚
            这只翡翠手镯的种水是糯冰种，证书上写着
            和田玉的皮色是在河里多年形成的，每块的深浅都不同
            翡翠手镯的绿是天然的，有一点飘花，不是染的
        """),
        cpos=lines("""
            这个四叶草的款式，你们看这个边，是不是跟那个牌子的一模一样
            这个手镯内圈本来有刻字，我们给抹掉了，不然直播间播不了
            那个心形吊牌上的字我就不拍了，懂的姐妹直接拍
        """),
        cneg=lines("""
            和田玉的籽料和山料价格差很多，我们这个是籽料，证书上写着
            这个平安扣的皮色是籽料原来的皮，不是后来染的，证书上有鉴定结果
            这只手镯是A货，就是天然翡翠，没有经过处理
            翡翠手镯的种水看透明度，冰种比糯种透，这只是糯种
        """),
    ),
    "electronics": dict(
        wpos=lines("""
            戴这个耳机听歌，我的耳鸣半个月就好了
            这个平板给孩子用，孩子近视一年都没涨，护眼效果没有哪家比得上
            这个充电宝，全世界都没有比它更安全的
            这个键盘用了，手腕的腱鞘炎就没再疼过
            这个音箱的音质，别家的跟它比就是噪音
            孩子用这个学习平板，一个学期数学从六十分考到了九十五
        """),
        wneg=lines("""
            这个耳机是我们家今年的新款，降噪比我们去年那款强一点
            充电宝的容量是电芯容量，实际能充出来的大概是百分之六十五
            平板的护眼模式是减少蓝光，不能治近视，用久了还是要休息
            这个是苹果手机能用的接口，安卓的选另一个规格
            耳机的降噪深度是我们实验室测的，报告编号在详情页
        """),
        cpos=lines("""
            这个耳机连上手机，弹出来的窗口跟那个大牌的一模一样，懂的人懂
            这个充电器的外壳是那个牌子的原厂壳，里面的东西就不说了
            想要带那个被咬一口的标的，私信我
        """),
        cneg=lines("""
            这个耳机支持苹果和安卓，不是苹果的产品，我们是自己的牌子
            序列号可以在我们官网查，能查到生产日期和保修期
            耳机的外观是我们自己设计的，和别家的都不一样
        """),
    ),
    "appliances": dict(
        wpos=lines("""
            我家孩子的过敏性鼻炎，净化器开了一个月就好了，再也没打过喷嚏
            这个吹风机吹了三个月，头顶稀疏的地方又变密了
            电热毯睡了一个冬天，我妈的腰腿疼就没了，比针灸还灵
            这个空气炸锅做出来的东西，吃了不上火也不长胖
            扫地机器人扫得干净，这个技术全世界只有我们一家
            破壁机打的五谷豆浆，我爸喝了三个月血糖就稳了
        """),
        wneg=lines("""
            这个吹风机的负离子是一个功能，能让头发顺一点，不能防脱发
            空气净化器的CADR值是检测出来的，报告在详情页
            电热毯不要整夜开，睡前预热半小时，睡觉的时候关掉或者开低档
            能效标识上写的是一级，标识贴在机身侧面
            空气炸锅第一次用有点塑料味，空烧两次就没了
        """),
        cpos=lines("""
            这个吹风机的样子，你们看这个环，看这个颜色，我不说是谁家的了
            里面的马达是那个牌子同一个供应商的，外壳换了，价格十分之一 ~~price
            这个机器的铭牌我们撕了，原来是哪家的大家猜猜
        """),
        cneg=lines("""
            这个吹风机的外观是我们自己设计的，外观专利号在机身上
            机器的铭牌上写着生产厂家，就是我们{brand}
            大牌平替我们不这么说，这就是我们自己的吹风机
        """),
    ),
    "home": dict(
        wpos=lines("""
            这个四件套睡了一个月，我老公的打呼噜就好了
            洗衣液洗过的衣服，孩子穿了皮肤上的湿疹就消了
            这盆仿真绿植摆在门口，挡煞招财，生意一天比一天好
            驱蚊喷雾喷一次，一个夏天都不用再喷了
            这个拖把拖过的地，全世界最干净，一根头发都找不到
            消毒液拖一遍地，家里人一年都不感冒
        """),
        wneg=lines("""
            仿真绿植是仿真的，不用浇水也不用晒太阳
            这盆仿真龟背竹放在客厅很好看，就是装饰
            消毒液是消毒产品，不能喝，放在孩子够不到的地方
            这个招财猫的图案只是一个装饰，没有什么讲究
            四件套是我们家今年的新花色，比去年的颜色浅一点
        """),
        cpos=lines("""
            这个收纳箱跟{big}店里的一模一样，那边卖三位数，我这里几十 ~~price
            四件套上的logo我们没印，其他跟{big}的那一套完全一样
        """),
        cneg=lines("""
            仿真花是塑料和布做的，不是真花，也不是哪个牌子的
            这个消毒液一比一百兑水，拖地刚好
            仿真绿植的叶子可以用湿布擦，不会掉色
        """),
    ),
    "baby": dict(
        wpos=lines("""
            我们家老大小时候一到换季就发烧，喝了这个奶粉以后一次都没烧过
            这个纸尿裤用了，宝宝的红屁股第二天就好了，比药膏管用
            宝宝喝了我们的奶粉，说话比同龄的孩子早半年
            婴儿面霜涂了，宝宝的湿疹三天就消了，再也没反复
            这个奶瓶是全世界最不容易胀气的，哪家都比不上
            安抚奶嘴用了，宝宝晚上不哭不闹，一觉到天亮，家长也能睡好
        """),
        wneg=lines("""
            奶粉的段数是按月龄分的，一段零到六个月，二段六到十二个月
            宝宝湿疹严重的要去儿科，面霜只能做日常保湿
            纸尿裤的尺码看体重，不看月龄
            这个奶粉是我们家卖得最多的一段，后台数据
            奶瓶的奶嘴最好两三个月换一次
        """),
        cpos=lines("""
            这个奶粉罐的颜色和字体，跟{big}的那一罐放一起，宝妈们都分不出来
            {coded}的纸尿裤拆包散装的，外包装不给，懂的宝妈直接拍
        """),
        cneg=lines("""
            奶粉罐底的追溯码扫一下，能看到生产和进口的信息
            纸尿裤的包装是我们自己的，每包都有生产批号
            本店是{big}授权的母婴店，授权书在首页
        """),
    ),
    "pets": dict(
        wpos=lines("""
            我们家的猫以前老是软便，吃了这个猫粮一个礼拜就正常了，再没拉过稀
            狗粮吃了三个月，狗狗的毛亮得跟缎子一样，皮肤病也好了
            这个猫砂用了，猫咪的泌尿问题就没犯过
            猫条吃了，猫咪的口炎就好了，又能吃干粮了
            冻干吃了，老猫又跟小猫一样蹦蹦跳跳，多活好几年没问题
            我们的狗粮，兽医都说是所有狗粮里面最好的，没有之一
        """),
        wneg=lines("""
            猫粮的粗蛋白含量是包装上标的，不同猫咪需要的量不一样
            猫咪换粮软便是常见的，换慢一点就好，严重的去宠物医院
            猫砂不要倒进下水道太多，会堵
            冻干是零食，不能当主食，一天几块就够
            狗狗生病了要去看兽医，狗粮就是吃的
        """),
        cpos=lines("""
            这个猫粮袋子的颜色跟{big}的一样，里面的粮也是那个厂的，便宜一半 ~~price
            {coded}的大包装拆出来的，没有原包装，懂的铲屎官直接拍
        """),
        cneg=lines("""
            猫粮的饲料生产许可证号在包装背面，可以查
            我们是自己的工厂，不给别人代工，也不贴牌
            宠物沐浴露一比一百兑水，搓出泡沫就可以
        """),
    ),
    "education": dict(
        wpos=lines("""
            跟着我们学完理财课，我们有学员第二年就把房贷还清了
            孩子上了三个月英语课，口语考试直接拿了全班第一
            学完书法课，字写得好了，孩子的语文成绩也上去了二十分
            上完口才课，我们的学员面试一次就过，工资翻了一番
            考研政治课听我们的，押题押中了八成，稳稳上线
            编程课学一年，孩子的逻辑思维比同龄人强一大截，考试分数自己就上去了
        """),
        wneg=lines("""
            学习效果跟孩子自己的投入有关，我们不承诺分数
            考研政治课讲的是知识点和答题方法，能不能考上看自己
            理财课里讲的都是基础知识，不推荐任何具体的产品
            这个课是我们今年新录的，比去年的版本多了十节
            课程适合的年龄写在详情页，大家先对一下
        """),
        cpos=lines("""
            这是那个大机构的名师课，我们录屏下来的，你们懂，价格只要一个零头 ~~price
            {big}的内部讲义，不能公开卖，想要的私信我
        """),
        cneg=lines("""
            课程的版权是我们的，老师也是我们自己的老师
            讲义是我们老师自己编的，有版权登记号
            这个课和别的机构的课不一样，我们只讲自己的内容
        """),
    ),
    "fresh": dict(
        wpos=lines("""
            我们村里天天吃这个苹果的老人，个个活到九十多
            每天吃两个猕猴桃，便秘和口腔溃疡再也没犯过
            这个土鸡蛋孕妇吃了，生出来的孩子皮肤白、头发黑
            吃了这个牛排，健身的效果翻倍，肌肉长得比别人快
            荔枝吃多了不上火，吃再多都没事
            这个脐橙是全中国最甜的，别的产区都比不了
        """),
        wneg=lines("""
            荔枝吃多了容易上火，一次最好别超过十颗
            猕猴桃没熟的时候是酸的，放软了再吃
            苹果是吃的，不是那个手机，说清楚哈
            脐橙的甜度每一批不一样，我们不敢说每个都一样甜
            土鸡蛋和普通鸡蛋营养差不多，主要是口感不一样
        """),
        cpos=lines("""
            这个橙子就是那个名人种的橙子，箱子我们换了，你们懂
            这批猕猴桃是佳沛果园的，我们撕了标签，便宜一半 ~~price
        """),
        cneg=lines("""
            这个脐橙是赣南的地理标志产品，箱子上有地标
            莆田的荔枝今年成熟得早，这一批是第一批
            这个小米是吃的，金黄色的，跟手机那个小米没关系
        """),
    ),
    "books": dict(
        wpos=lines("""
            孩子看了这套绘本，半年以后说话都变得有条理了，老师都夸
            做完这本练习册，我们有个学员期中考试从七十分考到了九十八
            这套名著读完，孩子的作文每次都拿高分，语文老师都来问在哪买的
            这套通史是写得最好的，别的版本都没法看
            这本菜谱里的菜，吃三个月，家里人的胃病都好了
            背完这本词汇书，四六级一次过，不过的话那是你没背完
        """),
        wneg=lines("""
            这套书的出版社和书号写在版权页上，大家可以查
            这个是纪念版，复刻的是出版社五十年代的老封面，出版社自己出的
            绘本适合三到六岁，大一点的孩子可以自己读
            练习册的答案在最后，家长检查的时候用
            这是这套书的第二版，比第一版多了两个章节
        """),
        cpos=lines("""
            这套书是印刷厂多印出来的，没有防伪标，价格只要正版的三分之一 ~~price
            这个是电子版打印装订的，跟正版看起来一样，你们懂
        """),
        cneg=lines("""
            我们卖的都是正版书，封底有防伪标，可以刮开查
            这套是出版社授权的再版，版权页上有授权说明
            复刻版封面是出版社自己出的纪念版，不是盗版
        """),
    ),
}

for _area, _more in AREA_MORE.items():
    for _role, _block in _more.items():
        AREA_TEXT[_area][_role] = AREA_TEXT[_area][_role] + _block
    AREA_TEXT[_area]["spec"] = AREA_SPEC[_area]


# --- Added for look-alike families the first model fired on (see README "Hard negatives") -------
# Names, titles, grades and places that contain an absolute word (国家级 nature reserves, parks,
# heritage items, journals, athletes, awards; 第一 of people or events); everyday and figurative
# uses (治愈 of a mood or a cute thing, 永久 of a card's validity, 保证 in a refusal, 最爱 of a
# pet or of the streamer's own taste); blessings with 招财/好运/平安/发财 and refusals to claim
# such effects; caring advice that is not about the goods; sales figures told as facts with a
# source or period; and, for counterfeit, honest mentions of another brand, goods with no brand,
# 散装 goods, after-sales questions in private messages and proverbs (便宜没好货).  With them,
# positives that use the same words as real claims about the goods (国家级 of the goods, 永久 of an
# effect, 保证考过, 招财 as an effect, the big brand's factory with no logo).  Appended, so the
# earlier lines keep their split.  The per-area lists were already about as long as the sessions
# of an area draw from them (and lines naming a product of the session are drawn first), so
# lines that fit any area went into the generic lists, and a few area lines name a product.

W_NEG += lines("""
今天请来的嘉宾是一位世界级的乒乓球运动员，大家有什么想问她的打在公屏上
我们场控的爸爸以前是国家级的篮球裁判，今天他来探班
我老家那边有个国家级自然保护区，每年冬天好多候鸟飞过来
我们公司楼下就是一个国家级森林公园，午休的时候大家都去走走
我们的仓库在一个国家级经济技术开发区里，离高速口很近
这座城市是国家历史文化名城，我们公司就在老城区里
上周末去看了一场世界级的交响乐演出，到现在还在回味
昨晚那场球谁看了，最后那个进球真是世界级的
我们运营的妹妹拿过国家级舞蹈比赛的金奖，下播以后让她给大家跳一段
我们村的剪纸是国家级非物质文化遗产，过年家家户户都贴
我大学导师在一本国家级期刊上发过文章，写的就是直播带货
我们老板年轻的时候拿过全市象棋比赛第一名
我女儿这次期末考试考了班里第一，今天我心情特别好
昨天公司年会，跑步比赛第一名是我们的客服小姐姐
刚才弹幕里排第一的问题是什么时候发货，我先说一下
这是我们今年的第一场直播，谢谢大家来捧场
第一届粉丝见面会定在下个月十五号，地点在店铺首页的公告里
世界读书日那天我们有一场专场，提前跟大家说一声
世界级难题不是这个，是怎么让我家孩子按时睡觉，哈哈
我们主播小李上个月跑半程马拉松，拿了年龄组第一名，今天腿还疼着
看到你们的弹幕，今天一天的累都被治愈了
镜头前面那只小猫是我们仓库养的，它一打滚我就被治愈了
外面下着雨，大家在直播间陪我聊聊天，挺治愈的
这个小熊公仔是抽奖送的，不单独卖，长得太治愈了
我们店的会员卡是永久有效的，不用每年续费
关注主播领的店铺券是无门槛的，没有使用期限，永久有效
粉丝团的灯牌点亮了就是永久的，不会掉
积分永久有效，不清零，攒着下次可以抵钱
我们不保证你用了就一定喜欢，不喜欢可以七天无理由退
效果这个东西我不敢保证，每个人不一样，我只说我自己的感受
我们只能保证发的是新批次的货，别的不乱承诺
我们保证四十八小时内发货，超时了平台会给你赔付
保证不了的事情我们不说，能做到的才写在页面上
我们也不敢保证永远不出错，出错了我们认，该赔就赔
三个颜色里我私心最爱这个，但你们别跟着我选，适合自己才重要 @@wearable
我最爱的口味是原味，辣的我吃不了，你们随意 @@eaten
我最爱干的事就是下播以后翻大家的评论
我家孩子最爱的是周末去公园，所以周末我一般不播
我们家狗最爱吃的是鸡胸肉，我一开冰箱它就跑过来
我儿子最爱问为什么，一个晚上能问五十个
这首背景音乐是我最爱的一首歌，有人问歌名，我打在公屏上
今天是我开播以来最开心的一天，谢谢大家陪我
最近最让我头疼的是快递，好几单都送慢了，我们在催
我们团队里年纪最小的是场控，今年刚二十
这是我第一次播到凌晨，有点累了，再坚持一会儿
祝大家新的一年招财进宝，万事如意
今天是财神节，祝直播间的每一位都发大财
马上过年了，提前祝大家恭喜发财，身体健康
祝各位做生意的老板生意兴隆，财源广进
祝家人们出入平安，下班路上注意安全
要考试的宝宝们，祝你们好运，会的全对，蒙的也对
祝大家好运连连，等会儿的福袋都能抽中
平平安安比什么都重要，祝大家一家人都好好的
刚刚那个宝宝说今天结婚，祝你们百年好合，早生贵子
那个祝大家中秋快乐阖家团圆平平安安
好运都是自己挣来的，祝大家心想事成
祝今天过生日的宝宝生日快乐，好运一整年
有宝宝问这个能不能招财，我说实话，不能，买它是因为好用 @@goods
转运这种话我们不说，东西就是东西，没有那么玄乎 @@goods
戴着能不能保平安我不知道，我只知道它做工不错 @@worn
说买了能招财的都是忽悠人，我们不这么卖东西
风水上的说法我不懂，也不跟大家乱讲
我们不说它能带来好运，能带来好运的只有你自己
明天大降温，出门多穿一件，别冻着
今天外面三十七度，出门记得带伞带水，小心中暑
下大雪了，开车的朋友慢一点，安全第一
已经十二点了，明天上班的宝宝早点去睡，直播天天都有
熬夜伤身，看完这个链接就去睡吧
感冒发烧了就去医院，别自己扛着，也别乱吃药
家里老人有高血压的，药要按时吃，别信别人说的偏方
孩子咳嗽好几天了就去儿科看看，别拖
上班坐久了起来走走，腰不好的朋友尤其要注意
开车的朋友先别看直播了，安全最重要
带娃的宝妈们辛苦了，自己也要好好吃饭
牙疼别忍着，早点去看牙医
体检报告上有箭头的，去医院找医生看，别在网上乱查
常回家看看爸妈，陪他们吃顿饭比买什么都强
心情不好的时候出去走走，晒晒太阳
最近流感多，出门戴口罩，回家勤洗手
那个天冷了大家多穿点别感冒了
眼睛干就少看手机，我也是，下了播就去睡
过年回家路上注意安全，平平安安到家最重要
第一次当妈妈的宝宝不用太焦虑，孩子有什么不舒服多问问医生
这一款上个月在我们店卖了两千三百单，数字是店铺后台导出来的
{name}今年一到六月在我们店一共卖了一万两千件，这是我们店铺自己的数据
截至昨天晚上十二点，这个链接累计卖了八千六百件，页面上有显示
昨天那一场一共卖了四百多单，谢谢大家捧场
去年双十一当天，{name}在我们店卖了五千单，后台有记录
开卖三天卖了九百单，这是页面上的销量，大家自己能看到
我们店近三十天的复购率是百分之二十八，数据来自店铺后台
根据{plat}官方发布的{year}年度榜单，我们店在{cat}类目排第五，截图放在详情页了
{year}年{plat}双十一当天{cat}类目店铺销量第一，这是平台当天公布的榜单，截图在详情页
这款在我们店的好评率是百分之九十六，差评我们也都放出来了
上周这个链接退了三十多单，主要是尺码不合适，我们如实说 @@sized
那个上个月卖了三千多单这个数是后台导出来的
这一款从今年三月开卖到现在，一共卖了一万一千多件
做饭的时候油烟大，记得开油烟机，对身体好
祝大家家里的灶台天天热乎，日子红红火火
我家孩子最爱吃的是我做的葱油拌面，每次一大碗
家里老人要定期体检，有小毛病早发现
晚上别熬夜了，熬夜吃什么都补不回来 @@eaten
换季了风大，大家出门记得戴口罩
我大学同学现在在国家级的研究所上班，她也在看直播，跟她打个招呼
用电安全最重要，出门记得把插头拔了
我们公司是国家级高新技术企业，证书编号在店铺首页，可以查
家里有老人的，浴室记得放个防滑垫，摔一跤可不得了
冬天用电器取暖的，屋里记得通风
长时间看屏幕对眼睛不好，每隔一小时起来看看远处
今天是冬至，祝大家吃好喝好，平平安安
学习别熬夜，身体垮了什么都白搭 @@kids
我女儿小学时候也是班里第一，上了初中就掉下去了，所以大家别太焦虑 @@kids
宝宝笑起来太治愈了，我每天下班回家看一眼就不累了
我家老大这学期考了全班第一，老二还在喝奶
祝大家新年好运，平平安安，刚才抽中的宝宝恭喜
""")

C_NEG += lines("""
{big}最出名的那一款大家都知道，我们这里没有，我们只卖{brand}的
想买{big}的去{big}的店里买，我们这里只有{brand}
说句公道话，{big}做得确实好，我们还在追
跟{big}比我们肯定有差距，人家做了几十年了
{big}的价格比我们高很多，用料和做工也确实不一样，大家按需选
有人问我们跟{big}哪个好，这个不好比，{big}是大牌子，我们是小厂
我自己也用过{big}，挺好的，今天卖的是我们{brand}，两个东西
这个{name}是白牌的，没有品牌，所以价格下得来 @@goods
没有牌子，就是工厂直接出的普通{name}，包装也很简单 @@goods
这款没有商标，我们也不说它是哪家的，就是一个普通的{name} @@goods
散装的{name}跟盒装的是一样的东西，只是少了外面的盒子，适合自己用 @@goods
散装的便宜一点，送人的话建议拍礼盒装 @@goods
这个是散装称重的，没有外包装，按斤卖 @@eaten
售后的问题私信客服，客服一个一个回
退换货的事情私信店铺客服就行，直播间我看不过来
快递没更新的宝宝私信客服，报一下手机号后四位
发错货了私信客服拍张照片，我们马上补发
售后有任何问题私信我们，七天无理由退换
老话说便宜没好货，所以我们不打价格战
一分钱一分货，便宜没好货，这个理大家都懂
都说便宜没好货，我们这个不算便宜，但是用料实在
便宜没好货这句话不全对，我们是走量，所以便宜一点
好货不便宜，便宜的里面也有好货，看你怎么挑
那个售后问题大家私信客服啊直播间我回不过来
那个我们这个没有牌子就是普通的货大家别多想
有宝宝问这个是不是{big}，不是，{big}的东西长什么样，大家可以去它的店里看
我们没拿到{big}的授权，所以直播间不卖{big}的任何东西
今天上的都是{brand}自己的，没有别家的牌子
{big}那款我们没有，也不会去做像它的，我们有自己的样子
这个是简装，外面是通用的白盒子，没印字，里面是我们{brand}的 @@goods
""")

W_POS += lines("""
这个{name}是国家级的产品，一般人根本买不到
我们的{name}是国家级的品质，别家没法比
这款{name}就是世界级的水平，国外的都得跟我们学
用一次{name}，效果永久保持，再也不用买第二次 @@edible
{name}的效果是永久的，用完一辈子都不会反弹 @@edible
这个{name}能治愈失眠，睡前用一下，一觉到天亮 @@edible
这个{name}能治愈你多年的老毛病，不信你试试 @@edible
这个{name}招财特别灵，买回去的老板都说这个月多挣了不少 @@goods
带上{name}保你出入平安，一年到头什么坏事都碰不上 @@worn
{name}送给家里老人，保平安保健康，比什么都强 @@goods
用了这个{name}就能转运，霉运一下子全没了 @@goods
全国人民最爱的{name}就是这一款，排第一
这个{name}是同类里的第一名，谁都比不上
我们的{name}全网销量第一，一年卖了一个亿
这个{name}上个月卖了一百万单，全国没有哪家比我们卖得多
{name}用了保证有效，我拿我的名声担保
这是最治愈的{name}，用了心情好，病也好得快 @@edible
我们的{name}是国家级认证的顶级产品，国家都推荐
{name}买一个永久不用换，质量天下第一 @@goods
这个{name}一用好运就来了，升职加薪不是梦 @@goods
那个这个{name}是世界级的全世界第一没有对手
这个{name}能保佑全家平平安安，买了就灵 @@goods
这瓶{name}用下去，皱纹永久消失，以后再也不会长 @@skin
穿上{name}，保你一整年出入平安，小人都绕着走 @@worn
小孩每天吃一点{name}，保证长高，一年长十厘米 @@eaten
""")

C_POS += lines("""
这个{name}跟{big}是同一个工厂出来的，就是没挂{big}的标
同一个厂、同一批料，{big}卖好几千，我们没有标，只卖零头 ~~price
这是{big}代工厂出来的，没有牌子，但是东西一模一样
没有牌子不代表不好，这个是{big}的厂做的，懂的都懂
{big}的工厂多出来的一批，没打标，所以便宜
白牌的包装，里面装的是{big}的东西，你们自己体会
售后问题私信我，想看带{big}标的实拍也私信我
{big}同厂出品，只是没挂那个大家都认识的牌子
""")

# Per area: the same families said about each area's goods, and positives that use the words.
AREA_LOOK = {
    "food": dict(
        wneg=lines("""
            我们的稻田挨着一个国家级湿地公园，每年秋天好多白鹭
            我们县在国家商品粮基地的名单里，家家户户都种地
            榨油坊的老师傅去年评上了市里的劳动模范，今天也来直播间了
            最近雨水多，家里的米面记得放在干燥的地方
            这一批油上个月卖了一千二百桶，数字是我们店铺后台的
        """),
        cneg=lines("""
            {big}的蚝油确实做得好，我们家不做蚝油，就卖自己榨的油
            这个是散装的土榨油，用的是通用的油桶，没有牌子
        """),
        wpos=lines("""
            我们的油是国家级的好油，全国找不到第二家榨得这么好
            厨房里摆着我们家的油，一年到头财源滚滚，做生意的都来拍
        """),
    ),
    "snacks": dict(
        wneg=lines("""
            这个小熊造型的饼干罐太治愈了，吃完还能装东西
            我儿子最爱吃的零食是海苔，今天没上海苔，下回上
            追剧的时候来一包，看个喜剧，一天的疲惫都被治愈了
            小朋友吃零食的时候大人看着点，别边跑边吃
            零食少吃点，到饭点好好吃饭，身体要紧
            上个月整个店铺的零食卖了三万多包，这是后台的月报
            这个口味是我个人最爱，你们可以先拍小包的试试
        """),
        cneg=lines("""
            这个是散装称重的，没有独立包装，也没有牌子，便宜就便宜在这
            {big}的礼盒是挺有名的，我们这个是小作坊自己炒的，包装简单
        """),
    ),
    "health": dict(
        wneg=lines("""
            身体哪里不舒服，先去医院查清楚，别光靠保健品
            我们不保证吃了就怎么样，保健食品就是补充营养
            蓝帽子上的批准文号是国家市场监管总局发的，是一个批号，不是什么等级
            最近流感多，家里有孩子的注意通风，勤洗手
            这一款上个季度卖了六千多瓶，数据是我们店铺后台的
        """),
        cneg=lines("""
            {big}的产品我自己也吃过，挺好的，今天我们卖的是{brand}，不一样的东西
            这个是散装的分装瓶，没有外盒，是我们{brand}自己的货
        """),
        wpos=lines("""
            吃三个月，身体的毛病永久去根，再也不会犯
            吃了我们这个，保证你一年不进医院
        """),
    ),
    "tea": dict(
        wneg=lines("""
            我们茶园就在国家级自然保护区的边上，空气特别湿润
            泡一壶茶坐在阳台上看雨，整个人都被治愈了
            我们村的制茶技艺是国家级非物质文化遗产，村口就挂着牌子
            我最爱喝淡一点的茶，浓茶我喝了睡不着
            晚上少喝点茶，睡不着第二天上班没精神
            今年春茶在我们店卖了两千多罐，是店铺后台的数
            祝大家喝茶喝出好心情，日子平平安安
        """),
        cneg=lines("""
            {big}的罐子做得确实精致，我们这个是散装的，用牛皮纸袋装
            这个茶是茶农自己做的，没有牌子，袋子上就写了个产地
        """),
        wpos=lines("""
            这个茶是国家级的好茶，喝过的都说全国第一
            办公室摆一罐我们的茶，能招财旺事业，升职加薪
        """),
    ),
    "liquor": dict(
        wneg=lines("""
            我们的酒厂在河边上，旁边就是国家级风景名胜区
            喝酒不开车，开车不喝酒，这个大家一定记住
            祝大家生意兴隆，财源滚滚，今天喝个开心
            喝了酒别马上洗澡，对身体不好
            我们老板年轻时候是县里象棋比赛的第一名，今天他也在
            过年家里聚会，长辈少喝点，身体要紧
            这款酒去年一年在我们店卖了四千多瓶，店铺后台能看到
        """),
        cneg=lines("""
            茅台大家都知道，我们没有，我们就卖自己酒厂的酒
            这是散酒，打的是坛子里的酒，坛子上没有印牌子
            便宜没好酒这话不全对，但太便宜的酒大家确实要小心
        """),
        wpos=lines("""
            喝了这个酒，保证你来年财运亨通，生意越做越大
        """),
        cpos=lines("""
            这酒跟{big}是一个镇上一个厂出来的，就是瓶子上没印{big}的字
        """),
    ),
    "cosmetics": dict(
        wneg=lines("""
            这个色看着好温柔，好治愈，素颜也能涂
            我个人最爱的是豆沙色，但是黄皮的姐妹可以试试暖调的
            化妆品过敏了先停用，严重的去看皮肤科
            卸妆一定要卸干净，熬夜了第二天就别化浓妆了
            我们的化妆师以前在国家话剧院做舞台妆，做了好多年
            这个色号上个月卖了五千多支，后台数据可以截图给大家看
            祝今天下单的姐妹约会顺利，桃花朵朵开
        """),
        cneg=lines("""
            {big}家那几个经典色号我自己也有，今天直播间没有，今天只卖{brand}
            这是白牌的化妆刷，没有牌子，刷毛是普通的人造纤维
        """),
        wpos=lines("""
            这个色号涂上去招桃花，单身的姐妹涂一个月准脱单
        """),
        cpos=lines("""
            这一批跟{big}是同一个代工厂，就是管子上没有印logo
        """),
    ),
    "skincare": dict(
        wneg=lines("""
            晚上洗完脸躺着听会儿歌，一天的累都被治愈了
            皮肤突然又红又痒，先停用所有护肤品，去医院看看
            我最爱用质地清爽一点的，夏天油皮的朋友跟我差不多
            这款上半年卖了一万三千瓶，这是我们店铺后台的数据，不是全网的
            我们不保证每个人用了都不过敏，敏感肌先在耳后试用
        """),
        cneg=lines("""
            {big}是贵妇牌子，我们不跟它比，我们就是平价的日常护肤
            这是小样分装的，没有外包装盒，是我们自己的货分出来的
        """),
        cpos=lines("""
            这一瓶和{big}是一个厂里灌装的，瓶子上就是没印{big}
        """),
    ),
    "apparel": dict(
        wneg=lines("""
            早晚温差大，出门带件薄外套，别着凉了
            我最爱穿的还是黑色，显瘦又耐脏，纯个人习惯
            我们的模特以前是国家级的游泳运动员，肩膀比较宽，衣服穿她身上看着会小一点
            我女儿这学期跳绳拿了年级第一，今天我心情特别好
            这件上个月卖了三千二百件，这是店铺后台的数，退货率也写在详情页
            这个颜色看着好治愈，软乎乎的，像棉花糖
        """),
        cneg=lines("""
            {big}的衣服确实好，我们家就是国产的普通款，价位不一样
            这个是没有牌子的基础款，工厂直接出的，领口印的是尺码
        """),
        cpos=lines("""
            跟{big}是一个代工厂，面料都一样，就是领子上没有那个标
        """),
    ),
    "shoes": dict(
        wneg=lines("""
            我们请来的这位是世界级的马拉松运动员，今天跟大家聊聊怎么跑步不伤膝盖
            我儿子运动会跑了全年级第一，回家高兴得不行
            跑步膝盖疼的先休息，严重了去医院看看，别硬跑
            脚上磨出泡了别挑破，贴个创可贴
            我个人最爱白色，好搭衣服
            这双上个月在我们店卖了四千多双，数字是店铺后台导出来的
            鞋盒上那只小狗的图案太治愈了，我都舍不得扔
        """),
        cneg=lines("""
            有人问有没有{big}，没有，想买{big}去它的门店
            这个是没牌子的工厂货，鞋底印的是尺码，不是商标
        """),
        wpos=lines("""
            穿上这双鞋，运气一路走高，走到哪儿顺到哪儿
        """),
        cpos=lines("""
            这双和{big}是一个厂出来的，鞋舌上就是少了个标
        """),
    ),
    "bags": dict(
        wneg=lines("""
            这个小挂件是只小熊，挂在包上太治愈了，送的
            我最爱背大一点的，东西多，装得下
            我们仓库旁边就是国家级森林公园，周末员工都去爬山
            背包太重对肩膀不好，电脑这些重东西别天天背着
            这一款上半年卖了两千多个，这是我们店铺自己的销量
            祝各位老板新年发大财，口袋鼓鼓的
            我们不敢保证包一辈子不坏，正常用三五年没问题
        """),
        cneg=lines("""
            {big}的经典款确实好看，可是我们不卖，我们只卖自己设计的
            这是没有牌子的帆布袋，买菜装东西用的
        """),
        wpos=lines("""
            背上这个包，财运就跟着来了，这个月准能涨工资
        """),
        cpos=lines("""
            和{big}同一个代工厂，五金都一样，就是没打{big}的标
        """),
    ),
    "watches": dict(
        wneg=lines("""
            我们的调表师傅考过国家职业资格的高级技师，证书挂在店里
            今晚有世界级的网球比赛，看球的兄弟们别熬太晚
            我最爱戴皮表带的，夏天换钢带
            戴表的手腕出汗多，过敏了就摘下来，去看看皮肤科
            这款去年在我们店卖了一千一百多块，后台有记录
            表盘上那只小猫太治愈了，小朋友特别喜欢
            祝大家分分秒秒都开心，平平安安
        """),
        cneg=lines("""
            {big}的表是好表，可我们没那个价位，我们卖的是百元的日常表
            这块是没牌子的电子表，表盘上什么字都没有，小孩上学戴
        """),
        wpos=lines("""
            戴上这块表，时来运转，做什么成什么
        """),
        cpos=lines("""
            这块表和{big}出自一个厂，表盘上就是没有{big}的字
        """),
    ),
    "jewellery": dict(
        wneg=lines("""
            平安扣这个名字是说它的样子，圆的，中间一个孔，不是说戴了就平安
            转运珠是一种款式的名字，珠子上有花纹，我们不说戴了能转运
            我最爱细一点的款，戴着不压手
            戴首饰过敏的宝宝，皮肤红了就摘掉，严重的去医院
            这款上个月卖了九百多件，是我们店铺后台的统计
            我们店的鉴定师考了国家注册的珠宝检验师证书，证书编号可以查
        """),
        cneg=lines("""
            {big}的经典款我们没有，我们这都是自己画的图，不照着谁做
            这是没有品牌的银饰，银匠手打的，只刻了足银两个字
        """),
        wpos=lines("""
            这个戴上以后，保你一年好运，财运挡都挡不住
        """),
        cpos=lines("""
            跟{big}是同一家代工厂，就是内圈没刻{big}的字
        """),
    ),
    "electronics": dict(
        wneg=lines("""
            我们的测试工程师以前是世界级电竞战队的队员，手速特别快
            我最爱用黑色的，不显脏，纯属个人习惯
            小朋友玩手机别太久，家长多陪陪
            这个上个月卖了七千多个，店铺后台的数字，不是全网的
            这个壳上的小猫太治愈了，我天天看着都开心
            我们不保证跟所有手机都兼容，下单前看一下兼容列表
        """),
        cneg=lines("""
            有宝宝问是不是{big}的，不是，{big}的官方配件去{big}的店买
            这个充电头是没牌子的白牌货，但是有3C认证，认证编号印在上面
            散装的数据线，没有包装盒，用的是自封袋
        """),
        wpos=lines("""
            这个音箱放在客厅，能招财挡煞，风水先生都推荐
        """),
        cpos=lines("""
            这个和{big}是同一条产线，就是外壳上没印{big}的logo
        """),
    ),
    "appliances": dict(
        wneg=lines("""
            我家猫最爱追着扫地的那个小机器跑，太治愈了
            我最爱用它做早饭，纯属个人习惯，早上时间紧
            这台上个季度卖了两千多台，这是店铺后台的数据
            家电的保修是一年，不是永久保修，这个大家要知道
        """),
        cneg=lines("""
            {big}的东西确实好用，我们这个价位差很多，没法放一起比
            这个是没牌子的小风扇，是赠品，不单独卖
        """),
        wpos=lines("""
            这台机器是国家级的品质，全国找不到第二台做得这么好的
        """),
        cpos=lines("""
            和{big}同一个代工厂，电机都是一个型号，就是机身上没有{big}的标
        """),
    ),
    "home": dict(
        wneg=lines("""
            这个四件套上的小兔子太治愈了，小朋友看了就想睡
            我最爱浅灰色，跟什么家具都搭
            消毒的时候记得开窗通风，别让孩子靠近
            这一款上个月在我们店卖了五千多单，后台能看到
            我们的保修是三年，不是永久的，三年内坏了找我们
            祝大家新家入住顺顺利利，平平安安
        """),
        cneg=lines("""
            散装的洗衣凝珠，没有外盒，用的是大袋子，便宜就在这
            {big}的收纳盒是挺好看的，我们这个是工厂的通货，没有牌子
        """),
        wpos=lines("""
            这个摆件放在家门口能招财辟邪，家里一年到头顺顺当当
        """),
        cpos=lines("""
            这个跟{big}是一个厂做的，就是底下没印{big}的标
        """),
    ),
    "baby": dict(
        wneg=lines("""
            宝宝发烧了别在直播间问，赶紧去医院
            带娃的妈妈们辛苦了，娃睡了自己也赶紧睡一会儿
            宝宝最爱咬东西，家里的小零件收好，别让他吞了
            这款上个月卖了两千多包，这是我们店铺后台的数据
            我们不保证宝宝用了一点都不红，每个宝宝皮肤不一样，先少量试
        """),
        cneg=lines("""
            爱他美我们没有，想买的去它的官方店，我们这里卖的是{brand}的
            这个小玩具是没牌子的赠品，材质是食品级硅胶，有检测报告
        """),
        wpos=lines("""
            宝宝用了这个，保你一年不生病，抵抗力永久提高
        """),
        cpos=lines("""
            这一罐跟{big}是一个厂灌的，就是罐身上没印{big}
        """),
    ),
    "pets": dict(
        wneg=lines("""
            我家狗最爱吃的就是鸡胸肉，每天都要抢
            我家猫最爱睡在快递箱子里，买什么都不如一个箱子
            猫咪窝在那里打呼噜的样子太治愈了
            毛孩子不吃东西、没精神的，赶紧带去宠物医院
            天热了遛狗别在中午，地面烫脚
            这款上个月卖了三千多袋，数据是我们店铺后台的
            我家猫上个月体检，医生说有点胖，得少吃点
        """),
        cneg=lines("""
            皇家的粮大家都知道，我们没有，我们这个是国产的小厂粮
            这是散装称重的猫砂，没有包装袋，从大袋子里分的
        """),
        wpos=lines("""
            狗狗吃了我们的粮，皮肤病永久不犯，毛也亮了
        """),
    ),
    "education": dict(
        wneg=lines("""
            考研政治我们不保证你一定能考过，考试还得靠你自己每天练
            我们的课不承诺保过，谁跟你说保过都是骗你的
            书法老师的论文发表在国家级期刊上，期刊名在老师介绍里可以查
            编程课上个月报名的有一千二百人，是后台的报名人数
            孩子跟着英语课看屏幕久了，记得让他休息一下眼睛
            有宝宝问摄影课能不能回看，可以，回看期两年，两年内随时看
        """),
        cneg=lines("""
            新东方的老师我们这里没有，我们的老师都是自己招的
            讲义是打印装订的，没有书号，就是我们内部用的讲义
        """),
        wpos=lines("""
            报我们的考研政治课，保证考过，考不过学费全退
            我们的口才课是国家级的课程，全国独一份，别的机构都学不到
        """),
    ),
    "fresh": dict(
        wneg=lines("""
            我们的猕猴桃园旁边就是国家级森林公园，山上雾气大
            我爸种了三十年苹果，年轻时候还拿过村里拔河比赛的第一名
            我家闺女最爱吃水果，一天能吃三四样
            天热了，荔枝买回来放冰箱，别放太久
            吃完大闸蟹别马上吃太多水果，肠胃不好的朋友注意一下
            今年这一季脐橙在我们店一共卖了四万多斤，后台能看到
            祝大家日子甜甜蜜蜜，平平安安
        """),
        cneg=lines("""
            褚橙大家都听说过，我们这个不是褚橙，就是云南普通果园的
            散装的土特产，没有礼盒，也没有牌子，就是农户家自己的
        """),
        wpos=lines("""
            吃了我们的苹果，保你一年到头平平安安，财运亨通
        """),
    ),
    "books": dict(
        wneg=lines("""
            这本书的作者拿过国家级的文学奖，奖项的名字印在封底
            这本绘本里那只小狐狸太治愈了，我女儿天天抱着看
            孩子看书的时候灯光要亮，眼睛别离书太近
            我儿子期末考了年级第一，他说是自己努力的，我可不敢居功
            这套书去年一年在我们店卖了八千多套，后台的数据
            我个人最爱第三本，你们看了可能有不一样的感觉
            这本书写的是一个世界级登山运动员的故事，讲他怎么登上珠峰
        """),
        cneg=lines("""
            {big}出的那个版本很经典，我们这里没有，我们卖的是另一家出版社的版本
            这是没有书号的手账本，不是出版物，就是一个本子
        """),
        wpos=lines("""
            这套书读完，保证孩子作文拿满分
        """),
    ),
}

for _area, _look in AREA_LOOK.items():
    for _role, _block in _look.items():
        AREA_TEXT[_area][_role] = AREA_TEXT[_area][_role] + _block


# --- Added for plain product talk the wording model took for efficacy claims (see README
# "Hard negatives") ---------------------------------------------------------------------------
# Convenience, compatibility and speed said with 就好/就行/就能/搞定 (pairs in a second, plug in and
# it works, soak for N minutes and it is ready); who the goods suit (old people and children,
# beginners, every build); the family or the team using or re-buying the goods, told as liking
# them with a plain feature after; absences as ingredient facts (no preservatives, no colouring,
# no added sugar, not fried); durability and shelf life with numbers; "它的优点/好处/特点就是"
# with a plain feature; 不腻/不上火 as an eating experience.  None of them claims a health effect,
# a guarantee or an absolute.  With them, positives that use the same surface words for what
# LABELING.md forbids: a disease that goes away, 终身不坏/永久不掉, growth and memory effects for
# children, doctors praising the goods, one item that replaces everything else.  Appended, so
# the earlier lines keep their split.  The per-area lines mostly name a product: a session draws
# the lines about the products it sells first, so lines naming none were seldom drawn.  Generic
# lines are limited to the areas they fit with the groups ``meal``, ``powered`` and ``durable``
# (AREA_GROUPS).  The draw counts per session were left as they were.

W_NEG += lines("""
不会用的宝宝别担心，详情页有视频，跟着弄一遍就会了 @@goods
收到以后有不会装的，私信客服，客服一步一步教你，几分钟就弄好 @@durable
{name}用法很简单，看一遍说明书就能上手 @@durable
有宝宝问麻烦不麻烦，不麻烦，头一回用十分钟也就弄明白了 @@durable
那个这个收到直接用就行不用再买别的配件 @@durable
插上电就能用，不用连网，也不用下载什么应用 @@powered
充电口是Type-C的，跟现在的手机用同一根线就能充 @@powered
蓝牙打开，在列表里点一下名字就连上了，以后开机自动回连 @@powered
不管什么牌子的手机，有蓝牙就能连 @@powered
充满大概一个半小时，充的时候指示灯是红的，满了变绿 @@powered
开水冲下去，盖上盖子焖三分钟就能吃 @@meal
从冰箱拿出来，微波炉转两分钟就能吃，加班回家很方便 @@meal
拆开袋子就能吃，不用再加工 @@meal
洗完不用熨，挂起来晾一晚上就平了 @@sized
收起来的时候卷一卷塞进收纳袋就行，不占衣柜 @@sized
这个扣子一按就开，一只手就能弄，抱着孩子也方便 @@worn
上班族、学生党都适合，价格也不贵 @@goods
男生女生都能用，颜色做得比较中性 @@wearable
大人小孩都有码，一家人可以一起穿 @@sized
上了年纪的人也会用，按钮就两个，一个开一个关 @@powered
新手可以先拍小规格的，用得惯再买大的 @@goods
这个口味不辣，小朋友和老人都能接受 @@meal
不吃辣的选原味，能吃辣的选麻辣，一家人口味不一样都能照顾到 @@meal
平时不怎么做饭的也能做，照着包装背面的步骤来就行 @@meal
皮肤干的油的都能用，夏天冬天都能用 @@skin
手小的姐妹也握得住，拿久了手不酸 @@powered
上班通勤、周末出去玩都合适，不挑场合 @@worn
瘦的胖的都能穿，版型比较宽松 @@sized
孩子大一点自己就会用，不用大人一直盯着 @@kids
我们团队人手一个{name}，都是自己掏钱买的，用着顺手 @@durable
我们家里人都在用{name}，用完了就补，主要是省事 @@goods
公司同事团购了两回，都说包装结实，收到没有压坏的 @@goods
我老公吃完又让我买，他说咸淡正合适，下饭 @@meal
场控小哥已经回购三次了，他就喜欢这个口味 @@meal
我婆婆去年拍过一次，今年又让我给她拍，说是缝得结实 @@sized
我闺蜜买了一个觉得好看，又给她妹妹买了一个 @@wearable
我们家老人一直吃这个，吃惯了，换别的口味他不要 @@meal
我们客服小姐姐家里三口人都用这个，她说好打理 @@durable
那个我们运营自己买了两次了她说颜色正 @@wearable
我爸妈吃了好几年了，每次快吃完就打电话让我寄，说是吃着香 @@meal
我妹妹回购了好几次，她就喜欢这个香味淡 @@skin
配料表就四样，没有加防腐剂，大家收到可以翻过来看 @@meal
没有加色素，颜色是原料本来的颜色，所以每批深浅会有一点不一样 @@meal
没有额外加糖，甜味是原料自己的 @@meal
不是油炸的，是烤出来的，吃着不油手 @@meal
配料表里没有香精，打开闻到的是原料本身的味道 @@eaten
那个没有防腐剂所以保质期短一点开了尽快吃完 @@meal
不添加蔗糖的意思是没有另外放蔗糖，原料里本身的糖还是有的 @@meal
非油炸的，营养成分表在包装背面，热量多少大家自己看 @@meal
我们不加味精，鲜味是用骨头熬出来的 @@meal
没有加香精和酒精，味道很淡，基本闻不出来 @@skin
保质期十个月，生产日期印在袋子背面 @@eaten
没开封常温放半年没问题，开了以后一个月内吃完 @@eaten
一包能用一个多月，按一天一次算 @@goods
质保一年，一年内不是人为弄坏的免费换 @@durable
正常穿两三季没问题，洗的时候别暴晒就行 @@sized
一瓶能用三个月左右，每天早晚各一次 @@skin
电池充满能用两天，出门一整天也够用 @@powered
这个我自己用了三年了，除了外面旧一点，别的都好好的 @@durable
冷冻能放三个月，吃之前提前一晚放冷藏解冻 @@meal
那个保质期十二个月开了放冰箱能放两个礼拜 @@eaten
一盒二十片，一天一片正好用二十天 @@skin
电机保修三年，其他零件保修一年，保修卡在箱子里 @@powered
它的优点就是好收纳，不用的时候折起来很小 @@durable
{name}的好处就是小，放包里不占地方 @@wearable
它的特点就是颜色多，一共有十二个颜色可以选 @@wearable
这款的优点就是好清洗，用完拿水冲一下就干净了 @@powered
它的好处就是味道淡，不抢菜本身的味 @@meal
它的特点就是口感脆，放了一个礼拜也没软 @@meal
它的优点就是不挑季节，春秋冬都能穿 @@sized
那个它的好处就是好搭配你穿什么都行 @@worn
它的优点就是好推开，一点点就能抹一大片 @@skin
它的特点就是安静，开着睡觉也听不太到声音 @@powered
它的优点就是容易懂，孩子自己看得明白 @@kids
这个吃着不腻，我一口气吃了三个 @@meal
口味偏清淡，不油不腻，多吃几口也不齁 @@meal
吃着不干不燥，也不上火，我自己吃是这个感觉，每个人体质不一样 @@meal
那个这个不咸不腻下饭刚刚好 @@meal
甜度刚好，不齁也不腻，配茶正合适 @@meal
吃了一整袋也不觉得腻，调味没放太重 @@meal
卤得比较入味，但是不咸，吃着也不腻 @@meal
那个这个吃着不燥不上火也不腻一次能吃小半袋 @@meal
我连着吃了一个礼拜，没觉得上火，也没吃腻 @@meal
烤的不是炸的，吃着不上火，嘴里也不油 @@meal
零基础的新手也不用怕，跟着说明书一步一步来就行 @@durable
不管是苹果还是安卓，连上以后都能用手机控制 @@powered
""")

W_POS += lines("""
{name}一秒钟就能搞定你的失眠，躺下就睡着 @@edible
家里老人孩子吃了{name}，一年到头都不生病 @@meal
我妈吃了三个月{name}又回购了，她的老胃病就是吃这个吃好的 @@meal
没有防腐剂没有色素，吃了还能排毒养颜，脸上的斑都淡了 @@meal
{name}是坏不了的，我敢说你这辈子都用不坏它 @@durable
{name}的颜色永久不掉，洗一万次都跟新的一样 @@sized
它的优点就是能降血糖，我爸吃了血糖一直很稳 @@meal
它的好处就是孩子吃了长个子，一个暑假长了五厘米 @@meal
孩子用了{name}，记忆力越来越好，上课一听就记住 @@kids
医生都说我们这个{name}好，他们自己家里都在用 @@goods
我认识的好几个医生都在给家里人买{name}，专业的人都认 @@edible
家里有一个{name}就够了，其他同类的东西统统用不上了 @@durable
买了这个{name}，以后就不用再买别的了，它一个全包了 @@durable
吃了{name}不上火，还能把口腔溃疡治好 @@meal
电池永久不衰减，用十年跟第一天一样 @@powered
这个{name}开着，家里的辐射全吸走了，孕妇小孩待着都安全 @@powered
老人小孩吃了都不会生病，{name}就是全家人的保健品 @@meal
我们团队的人都在吃{name}，吃了以后没有一个人感冒过 @@meal
戴上{name}颈椎病就好了，我们团队的人都戴 @@worn
零基础的孩子学完，记忆力和注意力全都提高了，成绩直接翻倍 @@kids
""")

# Per area: the same families said about each area's goods, and one positive each that uses
# the same words for an effect LABELING.md forbids.
AREA_PLAIN = {
    "food": dict(
        wneg=lines("""
            挂面冷水下锅也行，开水下锅也行，煮四五分钟就熟了
            酱油的配料表就是水、大豆、小麦和盐，没有加防腐剂
            大米家里老人孩子都能吃，煮粥的话水多放一点
            我妈吃了我们家的菜籽油以后就没换过别的，她说炒菜香
            小米的好处就是好熬，小火二十分钟就出米油了
            蜂蜜没开封的保质期十八个月，开了以后拧紧盖子常温放就行
            那个火锅底料一袋正好煮一锅三四个人吃刚刚好
            火锅底料牛油放得足，但是吃着不腻，辣度是中辣
        """),
        wpos=lines("""
            我们家的橄榄油炒菜给孩子吃，孩子脑子越来越灵，记东西特别快
        """),
    ),
    "snacks": dict(
        wneg=lines("""
            坚果撕开就能吃，上班饿了从抽屉里拿一包
            薯片不是油炸的，是低温烘出来的，所以吃起来不怎么油
            辣条是面粉做的，配料表里没有色素，红色是辣椒油的颜色
            肉松饼我们场控一个人能吃半箱，她就爱这个咸甜口
            桂圆干是独立小包装，开一包一次吃完，不怕受潮
            那个黑巧克力放在十八度以下保存能放一年不会化
            冻干草莓吃着不上火也不腻，追剧的时候一会儿就吃完一罐
            桂圆干吃着甜，但是不腻，一次吃五六颗刚好
            坚果是原味烘的，没加盐，吃着不上火也不腻
        """),
        wpos=lines("""
            每天给孩子吃一小包坚果，一个学期下来记性好了，背课文一遍就会
        """),
    ),
    "health": dict(
        wneg=lines("""
            鱼油一天一粒，饭后吃就行，不用掐时间
            钙片做得比较小，老人吞着也不费劲
            蛋白粉开了以后放阴凉处，两个月内吃完
            维生素C我妈吃完一瓶又让我拍，她说嚼着酸酸甜甜的
            叶黄素软糖没有加蔗糖，甜味是代糖，配料表上写着
            益生菌一盒三十条，一天一条正好吃一个月
            那个阿胶糕开袋就能吃不用再蒸
        """),
        wpos=lines("""
            钙片吃了两瓶，我妈的骨质疏松就好了，腰也不弯了，医生都说少见
        """),
    ),
    "tea": dict(
        wneg=lines("""
            大麦茶的茶包丢进杯子里，开水冲下去泡两分钟就能喝
            白茶冷水也能泡，放冰箱冷泡四个小时就好了
            我们办公室的同事都喝这个红茶，抽屉里常备一罐，主要是香
            这个普洱的特点就是耐泡，一泡能冲十来次
            茉莉花茶没有加香精，香味是茉莉花一遍一遍窨出来的
            龙井密封好放冰箱冷藏，放一年也还是绿的
            那个大麦茶老人小孩都能喝没有咖啡因
            熟普喝着顺，饭后来一杯解解腻
        """),
        wpos=lines("""
            菊花茶家里老人小孩天天喝，一年到头没进过医院
        """),
    ),
    "liquor": dict(
        wneg=lines("""
            米酒度数不高，平时不怎么喝酒的人也能喝两杯
            我们老板家逢年过节就摆这个花雕，他说入口顺
            干红开瓶以后塞紧瓶塞放冰箱，三天内喝完味道不变
            酱香白酒没有勾兑食用酒精，配料表上只有水、高粱、小麦
            青梅酒的特点就是入口柔，不辣嗓子
            精酿冰一下再喝，十分钟就够了，不用冰太久
            那个荔枝果酒开盖就能喝冰一冰口感更好
        """),
        wpos=lines("""
            我们这个黄酒喝了不伤身，天天喝也没事，比喝茶还养人
        """),
    ),
    "cosmetics": dict(
        wneg=lines("""
            气垫拍两下就服帖了，早上出门一分钟搞定
            新手也能画，眼影盘背面标了每个颜色放在哪个位置
            腮红颜色不挑脸型，圆脸方脸都能用
            我们团队几个女孩子用完散粉都自己回购了，她们说中午不用补妆
            这支口红用了一个月，才下去一小截，挺经用的
            睫毛膏的好处就是好卸，温水一冲就下来了
            那个粉底液学生党上班族都可以价格也不贵色号也全
            眉笔零基础的新手也能画，笔头细，画错了拿棉签一擦就掉
        """),
        wpos=lines("""
            这个粉底液一辈子都不会脱妆，用了以后脸上的痘痘和斑全没了
        """),
    ),
    "skincare": dict(
        wneg=lines("""
            面霜挖一小勺就够全脸，抹开吸收得挺快
            洗面奶男生女生都能用，没有香味
            精华里没有加酒精和香精，敏感肌可以先在耳后试一下
            防晒一瓶五十毫升，每天出门涂一次能用两个月左右
            我小姨前后买了三支眼霜，她说抹完不黏
            水乳的优点就是质地清爽，夏天用不闷
            那个身体乳洗完澡擦一下一会儿就吸收了不粘衣服
        """),
        wpos=lines("""
            这瓶精华涂上三天，脸上的湿疹就不痒了，比医院开的药膏还灵
        """),
    ),
    "apparel": dict(
        wneg=lines("""
            卫衣上班通勤穿、周末出去玩穿都合适
            连衣裙一百二十斤到一百四十斤都能穿，胯宽的宝宝也不用担心
            我们主播团队每个人都买了一件开衫，针脚走得密，领口也不容易变形
            保暖内衣的面料没有加荧光剂，我们送检过，报告在详情页
            短袖正常洗三四十次也不起球，这是我们自己洗着试的
            羽绒服的特点就是版型宽松，里面穿个厚毛衣也套得下
            那个牛仔裤洗了不怎么掉色头两次单独洗就行
        """),
        wpos=lines("""
            这件冲锋衣永久防水，穿十年跟新的一样
        """),
    ),
    "shoes": dict(
        wneg=lines("""
            马丁靴不磨脚，买回来当天穿出去走一天也没事
            老爹鞋宽脚的、脚背高的都能穿，鞋头做得宽
            我们公司几个小伙子都穿这款跑鞋上班，他们说鞋底软，站一天也还行
            小白鞋的鞋垫可以抽出来，洗的时候拿出来单独晾，半天就干了
            帆布鞋大底是橡胶的，正常走路能穿两三年
            拖鞋的好处就是防滑，洗完澡踩在瓷砖上也稳当
            那个童鞋是魔术贴的小朋友自己就能穿不用大人帮
        """),
        wpos=lines("""
            穿上我们这双鞋，孩子一年能多长五厘米，骨骼发育特别好
        """),
    ),
    "bags": dict(
        wneg=lines("""
            双肩包里十四寸的笔记本电脑塞进去还有空，充电器也放得下
            托特包上班族通勤背正合适，地铁上挤也不怕
            我们运营姐姐这个斜挎包背了两年，又买了一个换个颜色，她说肩带不勒
            钱包的优点就是卡位多，身份证银行卡分开放，一摸就找到
            腋下包的拉链做过五千次开合的测试，报告在详情页
            那个行李箱轮子是万向的推起来不费劲一只手就行
            帆布包的包面是防泼水的，下小雨擦一擦就干了
        """),
        wpos=lines("""
            这个包终身保修，用一辈子都不会坏，传给孙子都行
        """),
    ),
    "watches": dict(
        wneg=lines("""
            智能手表跟手机配对，打开蓝牙靠近一点，几秒钟就连上了
            智能手表安卓的、iOS的都能配，装一个应用就行
            电子表一块纽扣电池能用两年，没电了表店换一个就行
            情侣表的表带是快拆的，按一下就取下来，换表带不用工具
            我爸这块石英表戴了三年，又让我给我叔也买了一块，他说字大看得清
            机械表的特点就是不用换电池，每天戴着它自己就上弦了
            那个潜水表出厂前每一块都做过防水测试报告在盒子里
        """),
        wpos=lines("""
            戴上这块表，血压高的毛病都能帮你调下来，药都能少吃
        """),
    ),
    "jewellery": dict(
        wneg=lines("""
            吊坠的扣是弹簧扣，一按就打开，自己就能戴上
            耳钉是S925银的，耳洞比较敏感的可以先戴半天试试
            珍珠项链我们团队的小姑娘人手一条，戴了半年还是亮的，洗澡的时候摘下来就行
            足银的东西戴久了会发黑，拿擦银布擦两下就亮了
            莫桑石戒指的好处就是百搭，上班戴、约会戴都行
            手镯的圈口从五十四到六十都有，手腕粗细都能挑到
            那个碧玺手串是弹力绳的手腕粗细都能戴进去
        """),
        wpos=lines("""
            这个手链永久不褪色，戴一辈子都跟新的一样，还保你一生平安
        """),
    ),
    "electronics": dict(
        wneg=lines("""
            音箱开机以后在蓝牙里搜一下，点一下就配上了
            充电宝两个口可以同时充，手机和手表一起充也行
            键盘插上线就能用，不用装驱动
            音箱满电连续放音乐大概十个小时，我一周充一次
            我们剪辑师这个手机壳用了快两年，又给她男朋友买了一个，说手感好
            数据线的优点就是接头做了加固，弯来弯去也不容易断
            那个鼠标是无线的插上接收器就能用老人也会用
            数据线有苹果的接口也有安卓的接口，拍的时候选对就行
            充电宝苹果手机、安卓手机都能充，线是三合一的
        """),
        wpos=lines("""
            戴着这个耳机听歌，耳鸣慢慢就好了，听力也恢复了
        """),
    ),
    "appliances": dict(
        wneg=lines("""
            空气炸锅不用预热，放进去定好时间，十五分钟就好了
            破壁机安装很简单，杯子往底座上一放就能用
            我们摄影老师家里的扫地机用了两年，后来又给他爸妈买了一台，说是省事
            电饭煲预约好，早上起来粥就煮好了
            吹风机的特点就是声音小，早上吹头不吵醒家里人
            电热毯保修两年，发票随货寄
            那个净水器滤芯一年换一次自己拧下来就能换不用叫师傅
            扫地机器人用手机应用控制，苹果安卓都能装
        """),
        wpos=lines("""
            家里装上这台净化器，我们全家一年没感冒过，孩子的哮喘也没犯
        """),
    ),
    "home": dict(
        wneg=lines("""
            收纳箱不用装，拉开一扣就成型了，十秒钟的事
            洗衣液倒一瓶盖就够一桶衣服，手洗机洗都能用
            宝宝的小衣服也能洗，这个洗衣液没加荧光剂，报告在详情页
            我妈用完一桶消毒液又让我买，她说按瓶盖兑水很方便
            厨房湿巾的优点就是厚，擦完灶台也不破
            四件套是纯棉的，洗几十次也不怎么起球，我们自己家里也在用
            那个驱蚊喷雾喷一次能管四五个小时出门前喷一下就行
        """),
        wpos=lines("""
            这个消毒液喷一下，家里的细菌百分之百杀光，孩子再也不生病
        """),
    ),
    "baby": dict(
        wneg=lines("""
            纸尿裤一撕一贴就换好了，晚上换的时候不用开大灯
            辅食机放进去按一个键，二十分钟就蒸好打好了
            奶粉用四十度的水冲，摇几下就化开了
            我们家老大老二都用这个湿巾，主要是厚，一抽一张不连着
            奶瓶是玻璃的，不含双酚A，可以直接开水烫
            儿童牙刷的好处就是刷头小，小朋友的嘴也放得进去
            那个安抚奶嘴是一体的硅胶没有缝不藏脏东西
        """),
        wpos=lines("""
            宝宝喝了这个奶粉，脑子发育快，比同龄孩子聪明一大截
        """),
    ),
    "pets": dict(
        wneg=lines("""
            猫砂倒进去铺平就行，结团以后铲起来能直接冲马桶
            猫条幼猫成猫都能吃，挤出来直接喂就行
            我们同事家三只猫都吃这个猫粮，吃完就回购，猫不挑
            冻干没有加诱食剂，就是鸡胸肉冻干出来的
            狗粮一袋十公斤，一只二十斤的狗大概能吃两个月
            沐浴露的优点就是泡沫少，冲两遍就干净了，洗完吹干也快
            那个牵引绳一按就锁住了一只手就能操作
        """),
        wpos=lines("""
            猫吃了我们这个粮，猫藓和软便全好了，比去宠物医院还管用
        """),
    ),
    "education": dict(
        wneg=lines("""
            编程课报名以后拉你进群，手机上点开就能上课，电脑也行
            理财课没学过的也不用怕，头几节课讲的都是入门的东西
            口才课上班族也能学，每节课二十分钟，通勤路上就能听完
            我们团队好几个人都报了书法课，下班以后一起练，说老师讲得清楚
            英语启蒙课有效期一年，一年内可以反复看
            考研政治课的好处就是能回放，错过直播第二天看回放也一样
            那个摄影课手机就能拍不用买相机
            书法课零基础也能报，第一节课从握笔开始教
            编程课零基础的孩子也能跟上，先用积木拼，不用打字
        """),
        wpos=lines("""
            孩子上了我们的课，记忆力翻倍，背单词过目不忘
        """),
    ),
    "fresh": dict(
        wneg=lines("""
            土鸡蛋冷水下锅，水开了再煮五分钟就好了
            牛排解冻以后，锅烧热两面各煎一分半就行
            猕猴桃买回来跟苹果放一个袋子里，两三天就软了
            荔枝园的工人自己也天天吃，摘的时候顺手剥两个，说甜
            脐橙没打蜡，也没泡保鲜剂，表皮有点斑是正常的
            苹果放冰箱冷藏能放两个礼拜，常温的话一个礼拜
            那个小番茄老人小孩都能吃洗一洗直接吃
            脐橙水分多，吃着不腻也不上火，一天吃两三个也行
        """),
        wpos=lines("""
            这个脐橙每天吃两个，孩子一个冬天都没感冒，抵抗力蹭蹭涨
        """),
    ),
    "books": dict(
        wneg=lines("""
            绘本是硬纸板做的，小手翻着不容易撕破
            漫画十岁以上的孩子都能看，字少图多
            名著大人小孩都能读，睡前一家人一起看正好
            我们主播家孩子看完一套通史，又让买了一套送同学，他就喜欢里面的故事
            练习册的纸是哑光的，灯底下写字不反光
            字典的特点就是字大，上了年纪的也能看清楚
            那个词汇书每个词都有例句一天背二十个两个多月就能过一遍
            菜谱零基础也能照着做，每道菜都有步骤图
        """),
        wpos=lines("""
            孩子做完这套练习册，成绩从倒数一下子考到全班前三，记性也变好了
        """),
    ),
}

for _area, _plain in AREA_PLAIN.items():
    for _role, _block in _plain.items():
        AREA_TEXT[_area][_role] = AREA_TEXT[_area][_role] + _block


# --- Lines in traditional characters, and lines that dodge word lists (spaces, symbols, pinyin,
# homophones).  Written as "labels|text"; labels: a category, "hard" (look-alike) or "none".

SPECIAL = lines("""
wording|這款{name}絕對是全網品質最好的，沒有之一
wording|用了這個{name}，保你今年轉運發財
wording|這個{name}是頂級的，世界第一
wording|我們的{name}百分之百有效，無效退款
price|全網最低價，錯過今天再也沒有了 ~~wording
price|今天不買，明天就漲回原價，貴兩倍
counterfeit|這是大牌的原單，標我就不露了，懂的都懂
counterfeit|想看細節的私信我，直播間不能說牌子
hard|最近天氣冷，大家出門多穿一點
hard|第一次來直播間的朋友，點個關注
hard|{name}收到以後最好先看一下說明書
hard|這個不是藥，身體不舒服還是要去看醫生
hard|滿三百減五十，湊單才有
none|歡迎大家來到直播間，今天東西很多
none|下單後四十八小時內發貨
none|有問題找客服，客服都在線
wording|这个{name}是全网zui好的，不接受反驳
wording|{name}用了能zhi疗失眠，睡得特别好
wording|这款{name}能降 血 压，我家老人一直在用
wording|{name}效果百 分 百，无效退款
wording|这个{name}是d1名，销量没人比得过
wording|{name}是顶.级.品质，别家比不了
wording|这个{name}用了永jiu不坏
wording|{name}能抗 癌，这个我不能大声说
counterfeit|这是gao仿的{big}，细节到位
counterfeit|{big}的yuan单，标剪了
counterfeit|A/货，跟专柜放一起分不出来
counterfeit|1：1做的{big}，私聊看图
counterfeit|这个是{coded}的，懂de都懂
counterfeit|想要的加V看货，直播间不方便
counterfeit|薇信看实拍，{big}的
counterfeit|这个是fu刻的{big}，价格美丽
price|全.网.最.低，就这一场 ~~wording
price|今天亏 ben卖，明天就涨价
price|这个价是chu厂价，别的地方拿不到
price|kui本冲量，一单亏一单
""")

# Segments that read out a listing whose title imitates a brand.
T_LOOK = lines("""
{k}号链接是{title}，喜欢的可以看看
来，上{title}，{k}号链接
这款{title}今天到货了，{k}号链接
{title}，细节大家看一下
下一个是{title}，在{k}号链接
{k}号链接{title}，今天也有活动
{k}号链接，{title}，我拿实物给大家看
要{title}的去{k}号链接
{title}放在{k}号链接了，规格在下面选
三二一，{k}号链接，{title}
{k}号链接是{title}，库存加好了
好，看{k}号链接，{title}，细节我拉近
{title}，{k}号链接，详情页有尺寸
{k}号链接上的是{title}，别拍错了
""")

# Spoken addresses and ASR fillers used for variants.
ADDRESS = ["家人们，", "老铁们，", "宝子们，", "姐妹们，", "兄弟们，", "朋友们，", "来，", "好，", "哎，",
           "听我说，", "宝宝们，", "各位，", "集美们，", "亲们，", "大家看，", "我跟你们说，"]
FILLERS = ["那个", "呃", "然后", "就是", "对", "嗯", "那么", "这个"]
PUNCT = set("，。！？、；：,.!?;:“”\"（）()~…")
# Characters that make a plain negative a look-alike (tagged hard_negative).
TRIGGERS = ["最", "第一", "顶", "极", "原价", "日常价", "限时", "仅剩", "同款", "平替", "原单", "正品", "专柜",
            "治", "医", "药", "A货", "复刻", "莆田", "仿真", "剪", "一比一", "苹果", "小米", "永久", "百分",
            "国家", "首", "唯一", "独家", "王", "冠军", "亏", "底价", "厂价"]
# Words that only fit goods that are not otherwise suspicious: in a session with counterfeit
# talk these look-alike lines are left out (支持专柜验货 next to 高仿 would not be a look-alike),
# unless the line is one of the look-alikes that hold whatever else is said (TRUST_EXEMPT).
TRUST_WORDS = ["验货", "假一赔十", "正品", "旗舰店", "授权", "防伪", "仿品", "品牌方", "自己设计", "质检",
               "溯源", "大牌", "logo", "商标", "复刻", "复古", "同款", "联名", "官方", "不是", "自己的牌子",
               "自己家", "自己研发", "自己的工厂", "不卖", "批号", "序列号", "备案", "许可证", "专利", "证书"]
TRUST_EXEMPT = ["A货", "莆田", "仿真", "一比一百", "1:100", "原单号", "苹果", "小米", "剪", "复刻经典", "复古"]
MEASURE = {"food": "袋", "snacks": "包", "health": "瓶", "tea": "盒", "liquor": "瓶", "cosmetics": "支",
           "skincare": "瓶", "apparel": "件", "shoes": "双", "bags": "个", "watches": "块", "jewellery": "件",
           "electronics": "个", "appliances": "台", "home": "件", "baby": "包", "pets": "袋",
           "education": "个名额", "fresh": "箱", "books": "套"}
AREA_GROUPS = {
    # health talk (disclaimers, doctor advice) fits what is eaten, drunk or put on the skin
    "edible": {"food", "snacks", "health", "tea", "liquor", "fresh", "baby", "pets", "skincare", "cosmetics"},
    "eaten": {"food", "snacks", "health", "tea", "liquor", "fresh", "baby", "pets"},
    # colours, sizes and workmanship fit goods that are worn, carried or looked at
    "wearable": {"cosmetics", "apparel", "shoes", "bags", "watches", "jewellery", "electronics", "appliances",
                 "home", "baby"},
    "sized": {"apparel", "shoes"},
    # goods with brand counters (专柜) and prices where "two hundred" is implausible for the brand
    "luxury": {"cosmetics", "skincare", "apparel", "shoes", "bags", "watches", "jewellery", "liquor"},
    # goods that are worn or carried; physical goods (not courses); machines; things collected and
    # resold; things for children; things put on the skin
    "worn": {"apparel", "shoes", "bags", "watches", "jewellery"},
    "goods": set(AREAS) - {"education"},
    "machines": {"appliances"},
    "collect": {"tea", "liquor", "jewellery", "watches"},
    "kids": {"baby", "education", "books"},
    "skin": {"skincare", "cosmetics"},
    # food people eat as a meal or a snack (not tea, liquor, supplements or pet food); goods that
    # plug in or charge; goods that are kept and used for years
    "meal": {"food", "snacks", "fresh"},
    "powered": {"electronics", "appliances"},
    "durable": {"apparel", "shoes", "bags", "watches", "jewellery", "electronics", "appliances", "home"},
}
# Outside the counterfeit-prone areas, generic fake talk must name a brand and speak of copying it.
COPY_WORDS = ["同款", "平替", "代工", "工厂", "一模一样", "配方", "标", "包装", "同厂", "同一"]

# Other words a sentence may use for a product (a sentence written for one product of an area is
# only used in sessions that sell it; sentences naming no product fit every session of the area).
ALIASES = {
    "大米": ["新米"], "猫粮": ["配方"], "狗粮": ["配方"], "挂面": ["面条"], "火锅底料": ["火锅"], "坚果": ["核桃", "腰果"], "冻干草莓": ["草莓"],
    "黑巧克力": ["巧克力"], "桂圆干": ["桂圆"], "维生素C": ["维C"], "辅酶Q10": ["辅酶"], "菊花茶": ["菊花"],
    "茉莉花茶": ["茉莉"], "岩茶": ["肉桂"], "酱香白酒": ["酱香", "白酒", "五十三度"], "黄酒": ["花雕"],
    "干红": ["红酒", "葡萄酒"], "精酿啤酒": ["精酿", "啤酒", "原浆"], "清香白酒": ["清香型", "白酒"],
    "荔枝果酒": ["果酒"], "口红": ["唇"], "粉底液": ["粉底"], "眼影盘": ["眼影"], "睫毛膏": ["睫毛"],
    "眉笔": ["眉毛"], "开衫": ["羊毛"], "保暖内衣": ["内衣"], "连衣裙": ["裙"], "短袖": ["T恤"],
    "小白鞋": ["白鞋"], "机械表": ["机芯"], "潜水表": ["潜水"], "镂空表": ["镂空"],
    "翡翠手镯": ["手镯"], "转运珠": ["足金", "黄金", "吊坠"], "珍珠项链": ["珍珠"], "银手镯": ["银饰", "足银", "手镯"],
    "平安扣": ["和田玉", "玉"], "碧玺手串": ["碧玺", "手串"], "莫桑石戒指": ["莫桑石", "戒指"],
    "蓝牙耳机": ["耳机"], "数据线": ["充电器"], "机械键盘": ["键盘"], "学习平板": ["平板"],
    "空气炸锅": ["炸锅"], "扫地机器人": ["扫地机"], "破壁机": ["豆浆"], "空气净化器": ["净化器"],
    "仿真绿植": ["仿真"], "驱蚊喷雾": ["驱蚊", "蚊子"], "厨房湿巾": ["湿巾"], "婴儿湿巾": ["湿巾"],
    "辅食机": ["辅食"], "婴儿面霜": ["润肤霜"], "儿童牙刷": ["牙刷"], "安抚奶嘴": ["奶嘴"],
    "宠物沐浴露": ["沐浴露"], "猫爬架": ["爬架"], "英语启蒙课": ["英语"], "考研政治课": ["考研", "政治"],
    "编程课": ["编程"], "书法课": ["书法", "字帖"], "理财课": ["理财"], "口才课": ["口才"], "育儿课": ["育儿"],
    "摄影课": ["摄影"], "脐橙": ["橙"], "土鸡蛋": ["鸡蛋"], "大闸蟹": ["蟹"], "小番茄": ["番茄"],
    "通史": ["历史"], "词汇书": ["词汇"],
}


def mentioned(text: str, area: str) -> set[str]:
    """The products of ``area`` a sentence names (by short name or alias)."""
    found = set()
    for product in AREAS[area]["products"]:
        short = product.split("|")[0]
        if any(word in text for word in [short] + ALIASES.get(short, [])):
            found.add(short)
    return found


# --- Numbers as streamers say them -------------------------------------------------------------

DIGITS = "零一二三四五六七八九"


def _four(n: int, leading: bool) -> str:
    out, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        if d == 2 and value >= 100 and not out:
            word = "两"
        elif d == 1 and value == 10 and not out and leading:
            word = ""
        else:
            word = DIGITS[d]
        out.append(word + unit)
    return "".join(out)


def cn_int(n: int) -> str:
    """399 -> 三百九十九, 2999 -> 两千九百九十九, 1009 -> 一千零九, 15 -> 十五."""
    if n == 0:
        return "零"
    wan, rest = divmod(n, 10000)
    if not wan:
        return _four(rest, True)
    text = _four(wan, True) + "万"
    if rest:
        text += ("零" if rest < 1000 else "") + _four(rest, False)
    return text


def say_money(value: float, rng: random.Random) -> str:
    """A price as said or captioned: 三百九十九 / 399元 / 三百九十九块 / 十九块九 / 19.9元."""
    whole = int(value)
    if abs(value - whole) < 1e-9:
        return rng.choice([cn_int(whole), cn_int(whole), cn_int(whole) + "块", cn_int(whole) + "元",
                           f"{whole}元", f"{whole}", f"{whole}块"])
    tenth = int(round((value - whole) * 10))
    return rng.choice([f"{cn_int(whole)}块{DIGITS[tenth]}", f"{value:g}元", f"{whole}块{tenth}",
                       f"{cn_int(whole)}块{DIGITS[tenth]}毛"])


def say_rate(rate: float, rng: random.Random) -> str:
    """5 -> 五折 / 5折, 7.5 -> 七五折 / 7.5折."""
    if rate == int(rate):
        return rng.choice([DIGITS[int(rate)] + "折", f"{int(rate)}折"])
    return rng.choice([DIGITS[int(rate)] + DIGITS[int(round(rate * 10)) % 10] + "折", f"{rate:g}折"])


def say_count(n: int, measure: str, rng: random.Random) -> str:
    word = "两" if n == 2 else cn_int(n)
    return rng.choice([word + measure, word + "单", f"{n}{measure}"])


def say_vague(value: float, rng: random.Random) -> str:
    """An outside price nobody can check: 四百多 / 上千 / 六百九."""
    whole = int(value)
    head = int(str(whole)[0])
    unit = {1: "", 2: "十", 3: "百", 4: "千", 5: "万"}[len(str(whole))]
    return rng.choice([f"{cn_int(head * 10 ** (len(str(whole)) - 1))}多", f"{DIGITS[head] if head != 2 else '两'}{unit}多",
                       cn_int(whole), f"{whole}"])


def nice(value: float) -> float:
    """A price a shop would set: ending in 9 (or .9 under twenty)."""
    if value < 20:
        return max(1.9, int(value) + 0.9)
    if value < 1000:
        return float(int(value / 10) * 10 + 9)
    return float(int(value / 100) * 100 + 99)


def num(value: float) -> float | int:
    return int(value) if value == int(value) else round(value, 2)


# --- Listings and the price floor of LABELING.md ------------------------------------------------

SCENARIOS = ["honest", "inflated", "msrp", "stale", "stale_inflated", "none", "held"]
SCENARIO_WEIGHTS = [22, 24, 10, 10, 8, 7, 19]


def floor_of(history: list[dict], date: dt.date) -> float | None:
    """Lowest sale in the 7 days before ``date``, else the last sale before them, else None."""
    start, end = date - dt.timedelta(days=7), date - dt.timedelta(days=1)
    points = [(dt.date.fromisoformat(p["date"]), p["price"]) for p in history]
    inside = [price for day, price in points if start <= day <= end]
    if inside:
        return min(inside)
    before = sorted((day, price) for day, price in points if day < start)
    return before[-1][1] if before else None


def make_listing(product: str, date: dt.date, scenario: str, low_stock: bool, lid: str, area: str,
                 rng: random.Random, title: str | None = None, brand: str | None = None) -> dict:
    short, base_title, base_brand, base = product.split("|")
    price = nice(float(base) * rng.choice([0.8, 0.9, 1.0, 1.0, 1.1]))

    def at(days: list[int], value: float) -> list[dict]:
        return [{"date": (date - dt.timedelta(days=d)).isoformat(), "price": num(value)} for d in days]

    def some(low: int, high: int, k: int) -> list[int]:
        return sorted(rng.sample(range(low, high + 1), k), reverse=True)

    history: list[dict] = []
    basis = None
    if scenario == "honest":
        list_price = nice(price * rng.uniform(1.3, 2.2))
        history = at(some(8, 30, 2), list_price) + at(some(1, 7, rng.choice([2, 3])), list_price)
    elif scenario == "inflated":
        high = nice(price * rng.uniform(1.12, 1.4))
        list_price = nice(high * rng.uniform(1.7, 3.0))
        history = at(some(8, 30, 2), rng.choice([high, list_price])) + at(some(1, 7, 2), high)
        if rng.random() < 0.4:
            history += at([rng.choice(range(1, 8))], list_price)
    elif scenario == "msrp":
        high = nice(price * rng.uniform(1.12, 1.4))
        list_price = nice(high * rng.uniform(1.5, 2.5))
        basis = "msrp"
        history = at(some(8, 30, 2), high) + at(some(1, 7, 2), high)
    elif scenario == "stale":
        list_price = nice(price * rng.uniform(1.3, 2.0))
        history = at(some(9, 40, rng.choice([2, 3])), list_price)
    elif scenario == "stale_inflated":
        high = nice(price * rng.uniform(1.12, 1.35))
        list_price = nice(high * rng.uniform(1.8, 3.0))
        history = at(some(9, 40, rng.choice([2, 3])), high)
    elif scenario == "none":
        list_price = nice(price * rng.uniform(1.5, 3.0))
    else:  # held: the live price had already been the price for weeks
        list_price = nice(price * rng.uniform(1.6, 3.0))
        history = at(some(14, 28, 2) + some(1, 13, rng.choice([2, 3, 4])), price)
    history.sort(key=lambda p: p["date"])
    listing = {
        "listing_id": lid, "title": title or base_title, "brand": brand or base_brand, "category": area,
        "price": num(price), "list_price": num(list_price),
        "stock": rng.randint(2, 9) if low_stock else rng.choice([rng.randint(150, 900), rng.randint(1000, 6000)]),
        "price_history": history,
    }
    if basis:
        listing["list_price_basis"] = basis
    floor = floor_of(history, date)
    if basis:
        listing["labels"] = []
    elif floor is None:
        listing["labels"], listing["also_ok"] = [], ["price"]
    else:
        listing["labels"] = ["price"] if list_price > floor + 0.005 else []
    listing["_short"], listing["_scenario"], listing["_floor"] = short, scenario, floor
    return listing


# --- Pools: hand-written lines -> items, split by index into train and test ---------------------

class Item:
    def __init__(self, text: str, labels: list[str], also_ok: list[str], hard: bool, special: bool = False,
                 groups: tuple[str, ...] = ()):
        self.text, self.labels, self.also_ok, self.hard, self.special = text, labels, also_ok, hard, special
        self.groups = groups  # area groups the line is limited to (see AREA_GROUPS)


MARKER = re.compile(r"\s+(~~|\|\||@@)(\w+)$")


def items(block: list[str], labels: list[str], hard: bool = False) -> list[Item]:
    """Items from lines; a trailing " ||cat" adds a label, " ~~cat" an also_ok category,
    " @@group" limits the line to the areas of AREA_GROUPS[group]."""
    out = []
    for line in block:
        extra, also, groups = [], [], []
        while match := MARKER.search(line):
            {"||": extra, "~~": also, "@@": groups}[match.group(1)].insert(0, match.group(2))
            line = line[:match.start()]
        out.append(Item(line.strip(), labels + extra, also, hard, groups=tuple(groups)))
    return out


def special_items(block: list[str]) -> list[Item]:
    out = []
    for entry in block:
        kind, _, text = entry.partition("|")
        item = items([text], [] if kind in ("hard", "none") else [kind], kind == "hard")[0]
        item.special = True
        out.append(item)
    return out


def split(pool: list) -> dict[str, list]:
    return {"train": [x for i, x in enumerate(pool) if i % 5 != 2],
            "test": [x for i, x in enumerate(pool) if i % 5 == 2]}


def make_pools() -> dict[str, dict[str, list]]:
    pools = {
        "greet": items(GREET, []), "intro": items(INTRO, []), "logistics": items(LOGISTICS, []),
        "greet_hard": items(GREET_HARD, [], True), "intro_hard": items(INTRO_HARD, [], True),
        "logistics_hard": items(LOGISTICS_HARD, [], True),
        "closing": items(CLOSING, []), "wpos": items(W_POS, ["wording"]), "wneg": items(W_NEG, [], True),
        "ppos": items(P_POS, ["price"]), "pneg": items(P_NEG, [], True), "cpos": items(C_POS, ["counterfeit"]),
        "cneg": items(C_NEG, [], True), "special": special_items(SPECIAL),
        "links": items(LINKS, []), "spec": items(SPEC, []), "chat": items(CHAT, []),
        "T_REF": T_REF, "T_CUR": T_CUR, "T_DISC": T_DISC, "T_SCARCE": T_SCARCE, "T_LIMIT_END": T_LIMIT_END,
        "T_LIMIT_OPEN": T_LIMIT_OPEN, "T_MSRP": T_MSRP, "T_COMPARE": T_COMPARE, "T_LOOK": T_LOOK,
        "T_DEAL": T_DEAL,
    }
    for area, texts in AREA_TEXT.items():
        pools[f"{area}:intro"] = items(texts["intro"], [])
        pools[f"{area}:wpos"] = items(texts["wpos"], ["wording"])
        pools[f"{area}:wneg"] = items(texts["wneg"], [], True)
        pools[f"{area}:cpos"] = items(texts["cpos"], ["counterfeit"])
        pools[f"{area}:cneg"] = items(texts["cneg"], [], True)
        pools[f"{area}:spec"] = items(texts["spec"], [])
        spec = AREAS[area]
        pools[f"{area}:products"] = spec["products"][:6]
        pools[f"{area}:lookalike"] = spec["lookalike"]
    out: dict[str, dict[str, list]] = {"train": {}, "test": {}}
    for key, pool in pools.items():
        area = key.split(":")[0]
        if key.endswith(":products"):
            out["train"][key], out["test"][key] = pool, AREAS[area]["products"][6:]
            continue
        if area in AREAS and not key.endswith(":lookalike"):
            # a line about one product goes where that product is sold; other lines by index
            test_products = {p.split("|")[0] for p in AREAS[area]["products"][6:]}
            about = [mentioned(item.text, area) for item in pool]
            halves = split([item for item, named in zip(pool, about) if not named])
            halves["test"] += [item for item, named in zip(pool, about) if named and named <= test_products]
            halves["train"] += [item for item, named in zip(pool, about) if named and not named <= test_products]
        else:
            halves = split(pool)
        for name in out:
            out[name][key] = halves[name]
    return out


def base_sentence_count() -> int:
    """Distinct hand-written sentences and templates (products and brand names not counted)."""
    texts = set(GREET + INTRO + LOGISTICS + CLOSING + GREET_HARD + INTRO_HARD + LOGISTICS_HARD
                + W_POS + W_NEG + P_POS + P_NEG + C_POS + C_NEG + SPECIAL
                + T_REF + T_CUR + T_DISC + T_SCARCE + T_LIMIT_END + T_LIMIT_OPEN + T_MSRP + T_COMPARE + T_LOOK
                + LINKS + SPEC + CHAT + T_DEAL)
    for texts_of_area in AREA_TEXT.values():
        for block in texts_of_area.values():
            texts.update(block)
    return len(texts)


# --- Assembly ----------------------------------------------------------------------------------

ADDRESS_START = ("家人们", "老铁", "宝子", "姐妹", "兄弟", "朋友", "宝宝", "各位", "来", "好", "集美", "亲们", "哎")
PAGE_WORDS = ("页面", "划线", "划掉", "吊牌")


def asr(text: str, rng: random.Random) -> str:
    """ASR-like: punctuation dropped (a decimal point kept), sometimes a filler in front."""
    joiner = rng.choice(["", " ", " "])
    out = []
    for i, ch in enumerate(text):
        decimal = ch == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        out.append(joiner if ch in PUNCT and not decimal else ch)
    result = re.sub(r"\s+", " ", "".join(out)).strip()
    if rng.random() < 0.3:
        result = rng.choice(FILLERS) + joiner + result
    return result


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


class Pool:
    """Hands out the lines of one list, least used first (ties broken by the seeded generator)."""

    def __init__(self, lines_: list, rng: random.Random):
        self.lines, self.rng = list(lines_), rng
        self.uses = [0] * len(self.lines)

    def order(self) -> list[int]:
        """Indexes of the lines, least used first."""
        keys = [(uses, self.rng.random(), i) for i, uses in enumerate(self.uses)]
        return [i for _, _, i in sorted(keys)]


class Builder:
    """Draws segments for the sessions of one split from that split's lists."""

    def __init__(self, split_name: str, pools: dict[str, list], rng: random.Random, used: set[str]):
        self.split, self.pools, self.rng, self.used = split_name, pools, rng, used
        self.lists: dict[str, Pool] = {}
        self.in_session: set[str] = set()  # sentences already used in the session being built
        self.misses: dict[str, int] = {}
        self.bases: set[str] = set()  # hand-written sentences and templates actually used

    def candidates(self, key: str, prefer=None):
        """(pool, index, line) of a list: lines ``prefer`` likes first, then least used first."""
        if key not in self.lists:
            self.lists[key] = Pool(self.pools[key], self.rng)
        pool = self.lists[key]
        order = pool.order()
        if prefer is not None:
            order.sort(key=lambda i: not prefer(pool.lines[i]))
        return [(pool, i, pool.lines[i]) for i in order]

    def segment(self, text: str, labels: list[str], also_ok: list[str], hard: bool,
                special: bool = False, depends: bool = False) -> dict | None:
        """A segment from a filled-in sentence: as written (60 %), with a spoken address in front,
        or ASR-like; the first variant no segment has used yet, else None."""
        rng = self.rng
        for attempt in range(14):
            r = rng.random() if attempt == 0 else rng.uniform(0.3, 1.0)
            variant = text
            if r < 0.6 or special:
                if special and attempt:
                    break
            elif r < 0.86:
                if not text.startswith(ADDRESS_START):
                    variant = rng.choice(ADDRESS) + text
            elif r < 0.98:
                variant = asr(text, rng)
            else:
                variant = asr(rng.choice(ADDRESS) + text, rng)
            if any(c.isascii() and c.isalnum() for c in variant) and rng.random() < 0.04:
                variant = fullwidth(variant)
            if variant in self.used:
                continue
            self.used.add(variant)
            seg = {"text": variant, "labels": list(labels)}
            if also_ok:
                seg["also_ok"] = list(also_ok)
            tags = []
            if not labels and (hard or any(t in text for t in TRIGGERS)):
                tags.append("hard_negative")
            if depends:
                tags.append("listing_dependent")
            if tags:
                seg["tags"] = tags
            return seg
        return None

    def from_pool(self, key: str, ctx: dict, keep=lambda item: True, prefer=None) -> dict | None:
        for pool, index, item in self.candidates(key, prefer):
            if item.text in self.in_session or not keep(item):
                continue
            seg = self.segment(item.text.format_map(ctx), item.labels, item.also_ok, item.hard, item.special)
            if seg:
                pool.uses[index] += 1
                self.in_session.add(item.text)
                self.bases.add(item.text)
                return seg
        self.misses[key] = self.misses.get(key, 0) + 1
        return None

    def template(self, key: str, fields: dict, labels: list[str], also_ok: list[str] = (),
                 page_ok: bool = True, depends: bool = True, avoid: tuple[str, ...] = ()) -> dict | None:
        for pool, index, tpl in self.candidates(key):
            if tpl in self.in_session or (not page_ok and any(w in tpl for w in PAGE_WORDS)):
                continue
            if any(w in tpl for w in avoid):
                continue
            seg = self.segment(tpl.format_map(fields), labels, list(also_ok), not labels, depends=depends)
            if seg:
                pool.uses[index] += 1
                self.in_session.add(tpl)
                self.bases.add(tpl)
                return seg
        self.misses[key] = self.misses.get(key, 0) + 1
        return None


def price_specs(listing: dict) -> tuple[list[tuple], list[tuple]]:
    """What may truthfully (neg) or falsely (pos) be said about one listing's price."""
    sc, stock = listing["_scenario"], listing["stock"]
    pos: list[tuple] = []
    neg: list[tuple] = [("cur",), ("cur",)]
    if sc in ("honest", "stale"):
        neg += [("ref", "list"), ("disc_true",)]
        pos += [("cur_fake",), ("disc_false",)]
    elif sc in ("inflated", "stale_inflated"):
        pos += [("ref", "list"), ("ref", "list"), ("cur_fake",)]
        neg += [("ref", "floor")]
    elif sc == "msrp":
        neg += [("msrp",), ("msrp",), ("msrp",), ("ref", "floor")]
        pos += [("cur_fake",)]
    elif sc == "none":
        pos += [("ref", "list")]
    elif sc == "held":
        pos += [("ref", "list"), ("lim_open",), ("lim_end",), ("lim_open",)]
    if sc != "held":
        neg += [("lim_end",), ("lim_end",), ("lim_open",)]
    neg.append(("scarce",)) if stock < 10 else pos.append(("scarce",))
    pos.append(("compare",))
    return pos, neg


def price_segment(b: Builder, spec: tuple, listing: dict, name: str, date: dt.date, area: str) -> dict | None:
    """One price claim about ``listing``, its numbers and its label decided by the listing data."""
    rng = b.rng
    price, list_price, floor = listing["price"], listing["list_price"], listing["_floor"]
    held = listing["_scenario"] == "held"
    f = {"name": name, "cur": say_money(price, rng)}
    kind = spec[0]
    if kind == "ref":
        ref = list_price if spec[1] == "list" else floor
        f["ref"] = say_money(ref, rng)
        false = floor is None or ref > floor + 0.005
        return b.template("T_REF", f, ["price"] if false else [], page_ok=ref == list_price)
    if kind == "cur":
        # The listing's own price said plainly: not a finding from the words (LABELING.md), and
        # the data agrees, so it is not tagged listing_dependent: a text classifier may learn
        # from it that a price said aloud is not a claim.  Only a spoken price that the listing
        # contradicts (cur_fake) is labelled by the data.
        return b.template("T_CUR", f, [], depends=False)
    if kind == "cur_fake":
        fake = nice(price * rng.uniform(0.45, 0.8))
        if fake >= price - 0.5:
            return None
        f["cur"] = say_money(fake, rng)
        return b.template("T_CUR", f, ["price"])
    if kind in ("disc_true", "disc_false"):
        actual = price / list_price * 10
        if kind == "disc_true":
            rate = int(actual * 2 + 0.999) / 2
            if rate >= 10:
                return None
            f["rate"] = say_rate(rate, rng)
            return b.template("T_DISC", f, [])
        rate = int(actual) - 2
        if rate < 1 or actual - rate < 1.5:
            return None
        f["rate"] = say_rate(rate, rng)
        return b.template("T_DISC", f, ["price"])
    if kind == "scarce":
        n = listing["stock"] if listing["stock"] < 10 else rng.randint(2, 9)
        f["n"] = say_count(n, MEASURE[area], rng)
        return b.template("T_SCARCE", f, [] if listing["stock"] < 10 else ["price"])
    if kind == "lim_end":
        k = rng.randint(0, 3)
        end = date + dt.timedelta(days=k)
        f["days"] = cn_int(k + 1)
        f["end"] = rng.choice(["今晚十二点", "今天晚上12点"]) if k == 0 else rng.choice(
            [f"{end.month}月{end.day}日晚上十二点", f"{end.month}月{end.day}号24点", f"{end.month}月{end.day}日23点59分"])
        return b.template("T_LIMIT_END", f, ["price"] if held else [])
    if kind == "lim_open":
        return b.template("T_LIMIT_OPEN", f, ["price"] if held else [], [] if held else ["price"])
    if kind == "msrp":
        f["ref"] = say_money(list_price, rng)
        return b.template("T_MSRP", f, [])
    if kind == "compare":
        outside = nice(price * rng.uniform(2.5, 6))
        f["vp"] = say_vague(outside, rng)
        avoid = ("超市",) if area in AREA_GROUPS["luxury"] else ("专柜", "商场")
        # a counter price in four figures against a fifth or less is also a counterfeit signal
        # (LABELING.md): acceptable there, not required
        also = ["counterfeit"] if area in AREA_GROUPS["luxury"] and outside >= 1000 and price * 5 <= outside else []
        return b.template("T_COMPARE", f, ["price"], also, depends=False, avoid=avoid)
    raise ValueError(kind)


def build_session(b: Builder, index: int, area: str, people: tuple[list, list]) -> dict:
    """One livestream of ``area``: listings, then greeting, introduction, claims and price talk,
    logistics and goodbye (15 to 20 segments)."""
    rng, spec, pools = b.rng, AREAS[area], b.pools
    b.in_session = set()
    date = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randint(0, 480))
    platform = rng.choice(PLATFORMS)
    heavy = spec["prone"] and rng.random() < 0.78
    looks = pools[f"{area}:lookalike"]
    with_look = heavy and looks and rng.random() < 0.4
    count = rng.choices([1, 2, 3], [4, 4, 2])[0]
    if with_look:
        count = min(count, 2)
    count = min(count, len(pools[f"{area}:products"]))
    products = [line for _, _, line in b.candidates(f"{area}:products")[:count]]  # least sold first
    for pool, position, line in b.candidates(f"{area}:products"):
        pool.uses[position] += line in products
    listings = []
    for k, product in enumerate(products):
        scenario = rng.choices(SCENARIOS, SCENARIO_WEIGHTS)[0]
        listings.append(make_listing(product, date, scenario, rng.random() < 0.35, f"p-{k + 1}", area, rng))
    look = None
    if with_look:
        title, brand = rng.choice(looks).split("|")
        look = make_listing(rng.choice(pools[f"{area}:products"]), date, "honest", False,
                            f"p-{count + 1}", area, rng, title=title, brand=brand)
        look["labels"] = ["counterfeit"]
        listings.append(look)
    own = listings[:count]

    shorts = {listing["_short"] for listing in own}

    def fits(item: Item) -> bool:
        """Sentences about another product of the area, or health talk where it makes no sense, stay out."""
        named = mentioned(item.text, area)
        return (not named or bool(named & shorts)) and all(area in AREA_GROUPS[g] for g in item.groups)

    def about_ours(item: Item) -> bool:
        return bool(mentioned(item.text, area) & shorts)

    def trusted(item: Item) -> bool:
        exempt = any(w in item.text for w in TRUST_EXEMPT)
        return fits(item) and (exempt or not any(w in item.text for w in TRUST_WORDS))

    written_for_area = {id(item) for item in pools[f"{area}:cpos"]}

    def branded(item: Item) -> bool:
        """Outside the counterfeit-prone areas, generic fake talk must name a brand to make sense."""
        if id(item) in written_for_area:
            return fits(item)
        return (fits(item) and ("{big}" in item.text or "{coded}" in item.text)
                and any(w in item.text for w in COPY_WORDS) and "专柜" not in item.text)

    def link_number(k: int) -> str:
        return cn_int(k) if rng.random() < 0.5 else str(k)

    def ctx() -> dict:
        k = rng.randrange(len(own))
        listing = own[k]
        return {"name": listing["_short"], "brand": listing["brand"], "big": rng.choice(spec["big"]),
                "coded": rng.choice(spec["coded"]), "cat": spec["zh"], "plat": PLATFORM_ZH[platform],
                "year": str(date.year - 1), "k": link_number(k + 1), "title": listing["title"]}

    def pick(options: list[tuple[float, str]], keep=fits) -> dict | None:
        """A segment from one of the pools, chosen by weight (the others if it has none left)."""
        r, total, chosen = rng.random(), 0.0, options[-1][1]
        for weight, key in options:
            total += weight
            if r < total:
                chosen = key
                break
        for key in [chosen] + [k for _, k in options if k != chosen]:
            if pools[key]:
                seg = b.from_pool(key, ctx(), keep, about_ours)
                if seg:
                    return seg
        return None

    def link_line() -> dict | None:
        """A plain line about a link of the session's own listings: countdowns, stock, link
        numbers, sometimes read out with the listing title in the templates of T_LOOK."""
        if rng.random() < 0.3:
            k = rng.randrange(len(own))
            return b.template("T_LOOK", {"k": link_number(k + 1), "title": own[k]["title"]}, [], depends=False)
        return pick([(1.0, "links")])

    def deal_line() -> dict | None:
        """满减, coupons and shipping thresholds with their numbers: price look-alikes."""
        m1 = rng.choice([29, 39, 49, 59, 69, 79, 89, 99, 99, 129, 149, 159, 199, 199, 299, 399])
        m2 = rng.choice([d for d in (3, 5, 5, 10, 10, 15, 20, 30, 50, 80) if d * 3 <= m1])
        fee = rng.choice([5, 6, 8, 10, 12, 15])
        add = rng.choice([4.9, 6.9, 9.9, 9.9, 12.9, 19.9, 29, 39])
        fields = {"m1": say_money(m1, rng), "m2": say_money(m2, rng), "fee": say_money(fee, rng),
                  "add": say_money(add, rng)}
        return b.template("T_DEAL", fields, [], depends=False)

    opening = [pick([(0.42, "greet"), (0.58, "greet_hard")]),
               pick([(0.55, f"{area}:intro"), (0.13, "intro"), (0.32, "intro_hard")])]
    if rng.random() < 0.15:
        opening.append(pick([(0.5, f"{area}:intro"), (0.5, "intro")]))
    if rng.random() < 0.6:
        opening.append(link_line())
    claims = []
    # plain product talk: specs, materials, sizes, colours, usage, chatter, link numbers
    for _ in range(rng.choice([4, 4, 5, 5])):
        claims.append(pick([(0.62, f"{area}:spec"), (0.26, "spec"), (0.12, "chat")]))
    for _ in range(rng.choice([0, 1, 1, 2])):
        claims.append(link_line())
    for _ in range(rng.choice([3, 4, 4, 4])):
        claims.append(pick([(0.56, f"{area}:wpos"), (0.38, "wpos"), (0.06, "special:wording")]))
    for _ in range(rng.choice([3, 3, 4, 4])):
        claims.append(pick([(0.52, f"{area}:wneg"), (0.43, "wneg"), (0.05, "special:hard")]))
    if heavy:
        n_cpos, n_cneg = rng.choice([4, 4, 5, 5]), rng.choice([0, 1, 1])
    elif spec["prone"]:
        n_cpos, n_cneg = 0, rng.choice([2, 3])
    else:
        n_cpos, n_cneg = rng.choice([1, 2, 2, 2]), rng.choice([1, 2, 2])
    if look:
        n_cpos -= 1
        claims.append(b.template("T_LOOK", {"k": cn_int(len(listings)) if rng.random() < 0.5 else str(len(listings)),
                                            "title": look["title"]}, ["counterfeit"], depends=False))
    for _ in range(n_cpos):
        claims.append(pick([(0.55, f"{area}:cpos"), (0.39, "cpos"), (0.06, "special:counterfeit")],
                           fits if spec["prone"] else branded))
    keep = trusted if n_cpos > 0 or look else fits
    for _ in range(n_cneg):
        claims.append(pick([(0.55, f"{area}:cneg"), (0.45, "cneg")], keep))

    # Price talk: numbers checked against the listings, and claims from the words alone.
    talk = []
    pos_specs, neg_specs = [], []
    for k, listing in enumerate(own):
        pos, neg = price_specs(listing)
        pos_specs += [(s, k) for s in pos]
        neg_specs += [(s, k) for s in neg]
    wanted = [(pos_specs, rng.choice([1, 2, 2, 2, 2, 3])), (neg_specs, rng.choice([1, 2, 2, 2]))]
    said = set()
    for specs, n in wanted:
        got = 0
        for s, k in rng.sample(specs, len(specs)):
            if got >= n:
                break
            if (s[0], k) in said:
                continue
            listing = own[k]
            name = listing["_short"]
            if len(own) > 1 and rng.random() < 0.3:
                name = rng.choice([f"{k + 1}号链接的{name}", f"{cn_int(k + 1)}号链接{name}", f"第{cn_int(k + 1)}个链接的{name}"])
            seg = price_segment(b, s, listing, name, date, area)
            if seg:
                talk.append(seg)
                said.add((s[0], k))
                got += 1
    for _ in range(rng.choice([0, 1, 1, 1, 2])):
        talk.append(pick([(0.92, "ppos"), (0.08, "special:price")]))
    for _ in range(rng.choice([1, 1, 2, 2])):
        talk.append(pick([(0.92, "pneg"), (0.08, "special:hard")]))
    for _ in range(rng.choice([0, 1, 1, 2])):
        talk.append(deal_line())
    rng.shuffle(talk)

    closing = [pick([(0.38, "logistics"), (0.57, "logistics_hard"), (0.05, "special:none")])]
    if rng.random() < 0.22:
        closing.append(b.from_pool("closing", ctx()))
    claims = [c for c in claims if c]
    rng.shuffle(claims)
    cut = rng.randint(len(claims) // 3, (2 * len(claims)) // 3 + 1)
    body = claims[:cut] + [t for t in talk if t] + claims[cut:]
    longest = rng.choice([20, 21, 22, 23, 24, 25, 26, 26])
    while len(opening) + len(body) + len(closing) > longest:
        body.pop(rng.randrange(len(body)))
    while len(opening) + len(body) + len(closing) < 12:
        body.insert(rng.randrange(len(body) + 1), pick([(0.5, "wneg"), (0.5, f"{area}:wneg")]))
    segments = [s for s in opening + body + closing if s]

    clock = round(rng.uniform(5, 60), 1)
    for seg in segments:
        length = round(max(2.0, len(seg["text"]) * rng.uniform(0.2, 0.28)), 1)
        seg["start"], seg["end"] = clock, round(clock + length, 1)
        clock = round(seg["end"] + rng.uniform(0.5, 40), 1)
    streamers, units = people
    ordered = [{"start": s.pop("start"), "end": s.pop("end"), **s} for s in segments]
    return {
        "session_id": f"{b.split}-{index:04d}", "streamer_id": rng.choice(streamers), "unit_id": rng.choice(units),
        "date": date.isoformat(), "platform": platform, "segments": ordered,
        "listings": [{k: v for k, v in listing.items() if not k.startswith("_")} for listing in listings],
    }


USED_BASES: dict[str, set[str]] = {}


def build() -> dict[str, list[dict]]:
    """Both splits, train first, from one generator seeded with SEED."""
    rng = random.Random(SEED)
    pools = make_pools()
    specials = special_items(SPECIAL)
    kinds = {"wording": lambda x: x.labels[:1] == ["wording"], "price": lambda x: x.labels[:1] == ["price"],
             "counterfeit": lambda x: x.labels[:1] == ["counterfeit"], "hard": lambda x: x.hard,
             "none": lambda x: not x.labels and not x.hard}
    for name in pools:
        for kind, is_kind in kinds.items():
            pools[name][f"special:{kind}"] = [x for i, x in enumerate(specials)
                                              if is_kind(x) and (i % 5 == 2) == (name == "test")]
    used: set[str] = set()
    out = {}
    people = {"train": ([f"st-{i:03d}" for i in range(1, 41)], [f"mcn-{i:02d}" for i in range(1, 13)]),
              "test": ([f"st-{i:03d}" for i in range(101, 116)], [f"mcn-{i:02d}" for i in range(21, 26)])}
    for name, n in (("train", TRAIN_SESSIONS), ("test", TEST_SESSIONS)):
        b = Builder(name, pools[name], rng, used)
        order: list[str] = []
        while len(order) < n:
            areas = list(AREAS)
            rng.shuffle(areas)
            order += areas
        out[name] = [build_session(b, i + 1, area, people[name]) for i, area in enumerate(order[:n])]
        USED_BASES[name] = b.bases
        if "-v" in sys.argv:
            print(name, "pools that ran dry:", b.misses)
    return out


def main(argv: list[str]) -> None:
    folders = [a for a in argv[1:] if not a.startswith("-")]
    target = Path(folders[0]) if folders else Path(__file__).resolve().parent
    target.mkdir(parents=True, exist_ok=True)
    for name, sessions in build().items():
        path = target / f"{name}.jsonl"
        data = "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in sessions)
        path.write_bytes(data.encode("utf-8"))
        segments = [seg for s in sessions for seg in s["segments"]]
        counts = {c: sum(c in seg["labels"] for seg in segments) for c in ("wording", "price", "counterfeit")}
        hard = sum("hard_negative" in seg.get("tags", ()) for seg in segments)
        print(f"{path}: {len(sessions)} sessions, {len(segments)} segments, {counts}, hard_negative {hard}, "
              f"sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()}")
    used = USED_BASES["train"] | USED_BASES["test"]
    print(f"hand-written base sentences and templates: {base_sentence_count()} "
          f"(used: {len(used)}; train {len(USED_BASES['train'])}, test {len(USED_BASES['test'])}, "
          f"shared {len(USED_BASES['train'] & USED_BASES['test'])})")


if __name__ == "__main__":
    main(sys.argv)
