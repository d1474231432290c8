"""Phenomena table, part 3: region attribution, time (year, kind, period), text shape, scope."""

from __future__ import annotations

import pytest

from tests.extract.helpers import assert_rows

LONG = "全区上下要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，聚焦重点任务，抢抓发展机遇，"  # > one layout line

ATTRIBUTION = [
    pytest.param(
        "2月19日，某某经济技术开发区召开2024年高质量发展推进大会。记者从会上获悉，2023年，昆山开发区实现地区生产总值1618.5亿元，"
        "增长5.6%；完成规上工业总产值4826亿元，增长3.2%。",
        None,
        [
            dict(region="", value=1.6185e11, note="zone 昆山开发区"),
            dict(region="", value=5.6, note="zone 昆山开发区"),
            dict(region="", value=4.826e11, note="zone 昆山开发区"),
            dict(region="", value=3.2, note="zone 昆山开发区"),
        ],
        id="attribution-a-zone-goes-on-after-a-semicolon-over-a-part-opening-with-wan-cheng",
    ),
    pytest.param(
        "粤去年经济总量13.57万亿 今年GDP目标增5%左右\n\n"
        "【本报广州1月24日电】（记者 某某）广东省第十四届人民代表大会第二次会议昨日上午在广州揭幕，"
        "省长作工作报告时提出，2024年全省地区生产总值增长5%左右。地方一般公共预算收入1.39万亿元，增长4.3%。"
        "\n\n香港学者：目标务实",
        None,
        [
            dict(region="广东省", value=13.57e12),
            dict(region="广东省", value=5),
            dict(region="广东省", value=5),
            dict(region="广东省", value=1.39e12),
            dict(region="广东省", value=4.3),
        ],
        id="attribution-a-provinces-congress-opening-in-its-capital-is-the-provinces-not-the-venues",
    ),
    pytest.param(
        "在省委经济工作会议上的讲话\n\n同志们：\n\n今年以来，全省经济运行稳中有进。预计全年地区生产总值增长5.8%左右。"
        "四川要发挥成都、绵阳、宜宾的带动作用，新增县域经济高质量发展示范县10个。明年全省地区生产总值增长6%左右。",
        None,
        [
            dict(region="四川省", value=5.8),
            dict(region="四川省", value=10),
            dict(region="四川省", value=6),
        ],
        id="attribution-a-two-character-county-inside-a-word-shi-fan-xian-names-no-other-province",
    ),
    pytest.param(
        "1-10月，全省固定资产投资增长4.1%。衡阳市规上工业增加值增长7.2%；湘西自治州固定资产投资增长10.5%。",
        "湖南省",
        [
            dict(region="湖南省", value=4.1),
            dict(region="衡阳市", value=7.2),
            dict(region="湘西土家族苗族自治州", value=10.5),
        ],
        id="attribution-an-autonomous-prefecture-named-with-zi-zhi-zhou-but-not-its-ethnonyms",
    ),
    pytest.param(
        "记者从发展事务局获悉，2024年，三龙湾规上工业总产值达到2688亿元，增速高于全市平均水平；固定资产投资完成412亿元，"
        "增长8.5%。从县区看，仲恺高新区规上工业增加值增长12.3%；惠东县地区生产总值326.8亿元。",
        "佛山市",
        [
            dict(region="", value=2.688e11, note="zone 三龙湾"),
            dict(region="", value=4.12e10, note="zone 三龙湾"),
            dict(region="", value=8.5, note="zone 三龙湾"),
            dict(region="", value=12.3, note="zone 仲恺高新区"),
            dict(region="惠东县", value=3.268e10, note=""),
        ],
        id="attribution-a-zone-opening-a-sentence-goes-on-after-a-semicolon-until-a-part-names-its-own-subject",
    ),
    pytest.param(
        "三龙湾去年规上工业总产值2688亿元　今年力争突破2850亿元\n\n"
        "某某日报讯 2月12日，记者获悉，2024年，三龙湾规上工业总产值达到2688亿元，同比增长6.2%。",
        "佛山市",
        [
            dict(region="", value=2.688e11),
            dict(region="", value=2.85e11, note="zone 三龙湾"),
            dict(region="", value=2.688e11, note="zone 三龙湾"),
            dict(region="", value=6.2, note="zone 三龙湾"),
        ],
        id="attribution-a-zone-known-by-its-name-alone-has-no-region-of-its-own",
    ),
    pytest.param(
        "在2025年全省高质量发展大会上的讲话\n\n同志们：\n\n过去一年，全省地区生产总值达到14.16万亿元，比上年增长3.5%。"
        "深圳、广州要当好排头兵，佛山、东莞要挑起大梁，湛江、汕头要加快发展。今年全省地区生产总值增长5%左右。",
        None,
        [
            dict(region="广东省", value=1.416e13),
            dict(region="广东省", value=3.5),
            dict(region="广东省", value=5),
        ],
        id="attribution-a-quan-sheng-speech-that-names-only-cities-of-one-province-is-that-provinces",
    ),
    pytest.param(
        "2025年，珠三角三市未完成目标。其中，珠海全年增长4.9%，目标为5.5%；中山增长5.1%，目标为5.5%；阳江增速6.2%，比年初设定的6%"
        "目标高出0.2个百分点。",
        "广东省",
        [
            dict(region="珠海市", value=4.9),
            dict(region="珠海市", value=5.5),
            dict(region="中山市", value=5.1),
            dict(region="中山市", value=5.5),
            dict(region="阳江市", value=6.2),
            dict(region="阳江市", value=6),
        ],
        id="attribution-a-city-named-before-a-bare-zengzhang-is-the-subject-of-the-goal-told-after-it",
    ),
    pytest.param(
        "2024年，成都实现地区生产总值23511.3亿元，增长5.7%，占四川全省的36.3%。银川市地区生产总值2843.6亿元，占宁夏全区的"
        "53.5%。合肥地区生产总值13507.7亿元，首位度为26.6%。雷州市、徐闻县要加快县域工业化步伐，县域经济占全市比重提高到50%。",
        "湛江市",
        [
            dict(region="成都市", value=2.35113e12),
            dict(region="成都市", value=5.7),
            dict(region="成都市", measure="share", value=36.3),
            dict(region="银川市", value=2.8436e11),
            dict(region="银川市", measure="share", value=53.5),
            dict(region="合肥市", value=1.350770e12),
            dict(region="合肥市", indicator="gdp_share_of_province", measure="share", value=26.6),
            dict(region="湛江市", measure="share", value=50),
        ],
        id="attribution-a-share-of-the-whole-province-goes-on-with-the-city-told-before-it-unless-its-clause-has-a-place",
    ),
    pytest.param(
        "南沙：外贸进出口增长10.2%\n\n2025年南沙区外贸进出口总额3420亿元，同比增长10.2%。\n\n横琴：澳资企业达6,800家\n\n"
        "横琴粤澳深度合作区执委会数据显示，合作区地区生产总值增长7%，实有澳资企业6,800家。",
        "深圳市",
        [
            dict(region="南沙区", value=10.2),
            dict(region="南沙区", value=3.42e11),
            dict(region="南沙区", value=10.2),
            dict(value=6800),
            dict(region="", indicator="gdp", value=7),
            dict(value=6800),
        ],
        id="attribution-a-zones-sub-heading-with-a-thousands-separator-ends-the-section-above",
    ),
    pytest.param(
        "——加快构建现代化产业体系。推动柳州市汽车产业产值达到3500亿元。加大科技创新投入，全社会研发经费投入强度提高到1.1%。"
        "支持南宁建设区域性国际大都市，南宁市地区生产总值增长5.5%以上；支持桂林建设世界级旅游城市，全年接待游客突破1.6亿人次。",
        "广西壮族自治区",
        [
            dict(region="柳州市", value=3.5e11),
            dict(region="广西壮族自治区", value=1.1),
            dict(region="南宁市", value=5.5),
            dict(region="桂林市", value=1.6e8),
        ],
        id="attribution-a-task-backing-a-city-names-the-subject-of-its-own-sub-sentence-only",
    ),
    pytest.param(
        "市人大代表、蓬江区某社区党委书记说，希望今年的项目能更多向镇村延伸。\n\n报告提出，城镇调查失业率控制在5.5%以内。",
        "江门市",
        [dict(region="江门市", value=5.5, bound="max")],
        id="attribution-a-community-head-in-a-district-does-not-speak-for-it",
    ),
    pytest.param(
        "前三季度，各县（市、区）中，地区生产总值增速最快的是蕉岭县，同比增长5.9%；规上工业增加值增速最快的是平远县，增长9.1%。",
        "梅州市",
        [dict(region="蕉岭县", value=5.9), dict(region="平远县", value=9.1)],
        id="attribution-the-region-a-ranking-names-after-de-shi-is-the-subject",
    ),
    pytest.param(
        "3月26日，2026年江门（深圳）投资推介会在深圳举行，现场集中签约项目42个，总投资468亿元。",
        "江门市",
        [dict(region="江门市", value=42), dict(region="江门市", value=4.68e10)],
        id="attribution-a-place-in-brackets-outside-the-region-before-is-its-events-venue",
    ),
    pytest.param(
        "广东（茂名）绿色化工和氢能产业园总投资500亿元。",
        None,
        [dict(region="茂名市", value=5e10)],
        id="attribution-a-place-in-brackets-inside-the-region-before-locates-the-figure",
    ),
    pytest.param(
        "英德市全年接待游客1620万人次。\n\n“去年我们新引进亿元以上项目41个，计划总投资超过320亿元。”英德市有关负责人说。\n\n"
        "海珠区委书记表示，海珠区将奋力走在前列。“今年地区生产总值增长6%以上。”荔湾区委书记表示，荔湾区要实干笃行。",
        "广东省",
        [
            dict(region="英德市", value=1.62e7),
            dict(region="英德市", value=41),
            dict(region="英德市", value=3.2e10),
            dict(region="海珠区", value=6),
        ],
        id="attr-a-quotation-opening-its-paragraph-is-the-region-of-the-official-named-after-it",
    ),
    pytest.param(
        "广州市召开2026年高质量发展大会。会上，各区负责人纷纷表态。“今年全区力争地区生产总值增长8%以上。”南沙区委书记张三说。"
        "“我们确保规上工业增加值增长10%。”黄埔区区长李四表示。",
        "广州市",
        [dict(region="南沙区", value=8), dict(region="黄埔区", value=10)],
        id="attr-a-quotation-opening-its-sentence-is-the-region-of-the-official-who-says-it-after",
    ),
    pytest.param(
        "潮州日报讯　全市共接待游客312.6万人次。\n\n湘桥区新增临时停车泊位2300个。“我们提前制定了分流方案。”"
        "湘桥区文旅局相关负责人介绍。"
        "\n\n县区旅游多点开花\n\n假期铁路部门累计发送旅客38.6万人次。",
        "潮州市",
        [
            dict(region="潮州市", value=3.126e6),
            dict(region="湘桥区", value=2300),
            dict(region="潮州市", value=3.86e5),
        ],
        id="attr-an-official-named-after-a-quotation-speaks-for-the-quotation-not-the-paragraphs-after",
    ),
    pytest.param(
        "3月2日上午，惠州市集中开工活动在惠阳区主会场举行。主会场所在的惠阳区共开工项目26个，总投资168亿元。",
        "惠州市",
        [dict(region="惠阳区", value=26), dict(region="惠阳区", value=1.68e10)],
        id="attr-the-region-the-main-venue-is-in-is-the-subject-after-it",
    ),
    pytest.param(
        "广州提出增长5%左右，佛山则表示要力争增长5.5%，肇庆上半年增长3.2%。",
        None,
        [
            dict(region="广州市", indicator="gdp", value=5),
            dict(region="佛山市", indicator="gdp", value=5.5),
            dict(region="肇庆市", indicator="gdp", value=3.2),
        ],
        id="attr-a-region-then-ze-or-a-verb-of-aim-before-a-bare-growth-is-its-economys",
    ),
    pytest.param(
        "深圳今年GDP目標增長5%左右　南山寶安龍崗競逐新質生產力\n\n去年經濟總量約3.87萬億元人民幣　按年增長5.3%\n\n"
        "【本報訊】今年南山GDP力爭突破1萬億。",
        None,
        [
            dict(region="深圳市", value=5),
            dict(region="深圳市", value=3.87e12),
            dict(region="深圳市", value=5.3),
            dict(region="南山区", value=1e12),
        ],
        id="attr-districts-named-further-along-a-headline-are-no-chain-of-names-a-district-before-gdp-is-the-subject",
    ),
    pytest.param(
        "【镇委书记访谈】\n\n水口镇：擦亮水暖卫浴“金字招牌”\n\n——访开平市水口镇党委书记梁某\n\n"
        "记者：2022年水口镇经济发展情况如何？\n\n梁某：2022年，全镇规上工业总产值达到186亿元，增长7.5%。",
        None,
        [
            dict(region="", value=1.86e10, note="town 水口镇"),
            dict(region="", value=7.5, note="town 水口镇"),
        ],
        id="attr-an-interviews-subtitle-visiting-a-towns-head-makes-the-text-the-towns",
    ),
    pytest.param(
        "北部生态发展区，韶关市乐昌、仁化两地依托生态旅游资源，2022年旅游总收入分别增长9.6%和12.1%。"
        "此外，高要区、四会市分别签约项目15个、12个。",
        "广东省",
        [
            dict(region="乐昌市", value=9.6),
            dict(region="仁化县", value=12.1),
            dict(region="高要区", value=15),
            dict(region="四会市", value=12),
        ],
        id="attr-a-list-of-regions-after-a-topic-clause-or-after-their-city-distributes-fenbie",
    ),
    pytest.param(
        "推动台山、开平、鹤山、恩平4个县（市）地区生产总值均增长5%以上；新建高标准农田3.2万亩。",
        "江门市",
        [
            dict(region="台山市", value=5),
            dict(region="开平市", value=5),
            dict(region="鹤山市", value=5),
            dict(region="恩平市", value=5),
            dict(region="江门市", value=21333333.33),
        ],
        id="attr-a-list-of-regions-in-an-earlier-part-of-the-sentence-is-no-subject-after-the-semicolon",
    ),
    pytest.param(
        "今年目标\n\n▲广州：地区生产总值增长5%左右；\n\n△深圳：地区生产总值增长5%—5.5%；\n\n•佛山：地区生产总值增长5%。",
        None,
        [dict(region="广州市", value=5), dict(region="深圳市", value=5), dict(region="佛山市", value=5)],
        id="attr-a-line-labelled-with-a-region-after-a-triangle-or-dot-bullet-is-that-regions",
    ),
    pytest.param(
        "今年，赤坎区、霞山区要做强现代服务业，地区生产总值分别力争增长5.5%、6%。",
        "湛江市",
        [dict(region="赤坎区", value=5.5), dict(region="霞山区", value=6)],
        id="attr-a-list-of-regions-after-a-clause-that-says-when-distributes-fenbie",
    ),
    pytest.param(
        "2022年，东翼的揭阳市增长5.7%，增速居全省第一位。",
        "广东省",
        [dict(region="揭阳市", indicator="gdp", value=5.7, kind="actual")],
        id="attr-a-region-after-the-part-it-is-of-with-a-bare-growth-is-its-economys",
    ),
    pytest.param(
        "今年，打造美丽圩镇示范点3个，各街镇新建公园2个；狮山镇新建公园5个。",
        "南海区",
        [dict(region="南海区", value=3), dict(region="南海区", value=2), dict(region="", value=5, note="town 狮山镇")],
        id="attr-xuzhen-and-jiezhen-are-kinds-of-town-not-a-towns-name",
    ),
    pytest.param(
        "今年，创建乡村振兴示范村42个，建成乡村振兴示范乡镇10个；木格镇荔枝种植面积达到3万亩。",
        "南海区",
        [
            dict(region="南海区", value=42, note=""),
            dict(region="南海区", value=10, note=""),
            dict(region="", note="town 木格镇"),
        ],
        id="attr-the-xiang-of-xiangcun-ends-no-township",
    ),
    pytest.param(
        "在柳市镇2026年经济工作会议上的讲话\n镇党委书记　某某\n（2026年2月24日）\n\n同志们：\n\n"
        "去年，全镇规上工业总产值达到612亿元，乐清市地区生产总值增长6.1%。"
        "前不久召开的乐清市委经济工作会议提出，今年全市地区生产总值增长6%左右。",
        None,
        [dict(region="", note="town 柳市镇"), dict(region="乐清市", value=6.1), dict(region="乐清市", value=6)],
        id="attr-a-towns-speech-title-opening-with-zai-and-whole-city-is-the-county-level-city",
    ),
    pytest.param(
        "年终盘点｜龙江这一年，数说2025！\n\n顺德龙江发布　2025-12-31 18:00　广东\n\n"
        "2025年即将落幕。一起来看看这一年的“成绩单”👇\n\n01 经济发展：稳中有进\n\n据初步统计，2025年全镇：\n\n"
        "📈实现地区生产总值418.6亿元，同比增长4.8%；\n\n🏭规上工业总产值突破620亿元。",
        None,
        [
            dict(region="", note="town 龙江镇", measure="level"),
            dict(region="", note="town 龙江镇", value=4.8),
            dict(region="", note="town 龙江镇", value=6.2e10),
        ],
        id="attr-a-towns-post-naming-it-without-its-kind-over-whole-town-figures-is-the-towns",
    ),
    pytest.param(
        "今年上半年，新塘镇上半年规上工业产值420亿元；增城经济技术开发区上半年规上工业产值增长9.2%。"
        "蓝塘镇依托产业转移工业园，今年规上工业产值确保突破40亿元；龙窝镇要做大茶产业，全镇茶园面积扩大到2.5万亩。",
        "增城区",
        [
            dict(region="", value=4.2e10, note="town 新塘镇"),
            dict(region="", value=9.2, note="zone 增城经济技术开发区"),
            dict(region="", value=4e9, note="town 蓝塘镇"),
            dict(region="", note="town 龙窝镇"),
        ],
        id="attr-a-town-before-a-part-of-the-year-building-on-something-or-its-whole-is-the-towns",
    ),
    pytest.param(
        "图解饶平县2026年政府工作报告\n\n🌳森林覆盖率保持在60%以上\n💧黄冈河等重点河流水质稳定达标\n\n"
        "推动文旅资源串珠成链，力争全年接待游客突破750万人次。",
        "饶平县",
        [dict(region="饶平县", value=60), dict(region="饶平县", value=7.5e6)],
        id="attr-a-line-opening-on-a-river-named-after-a-place-is-no-line-of-that-region",
    ),
    pytest.param(
        "2024年，珠三角核心区地区生产总值115260亿元，增长3.4%。粤东西北12市合计进出口4215亿元，增长12.7%。",
        "广东省",
        [
            dict(region="", measure="level", note="total of 珠三角核心区"),
            dict(region="", measure="growth", value=3.4, note="total of 珠三角核心区"),
            dict(region="", measure="level", note="total of 粤东西北12市"),
            dict(region="", measure="growth", value=12.7, note="total of 粤东西北12市"),
        ],
        id="attr-the-growth-after-a-totals-level-is-the-totals-too",
    ),
    pytest.param(
        "松山湖召开2026年工作会议\n\n2月25日，东莞松山湖高新区召开2026年工作会议。管委会主任作工作报告。\n\n"
        "今年，地区生产总值增长8%以上；全社会研发投入强度保持在12%以上。",
        None,
        [
            dict(region="", indicator="gdp", value=8, note="zone 松山湖高新区"),
            dict(region="东莞市", value=12),
        ],
        id="attr-a-title-on-a-zones-meeting-by-its-short-name-not-a-district-of-another-province-of-that-name",
    ),
    pytest.param(
        "【新春访谈】北滘镇镇长梁志航：2026年全力冲刺千亿工业镇\n\n来源：顺德城市网　2026年2月12日\n\n"
        "记者：首先请您回顾一下北滘过去一年的发展情况。\n\n梁志航：预计全年地区生产总值达到720亿元，同比增长5.3%。",
        None,
        [
            dict(region="", measure="level", value=7.2e10, note="town 北滘镇"),
            dict(region="", measure="growth", value=5.3, note="town 北滘镇"),
        ],
        id="attr-an-interview-titled-with-a-bracketed-series-and-the-town-heads-name-is-the-towns",
    ),
    pytest.param(
        "横琴粤澳深度合作区建设提速。澳门投资发展基金年内计划向合作区注资。2025年合作区实现地区生产总值528.6亿元。",
        "珠海市",
        [dict(region="", value=5.286e10, note="zone 横琴粤澳深度合作区")],
        id="attr-a-year-then-a-zone-named-by-its-kind-alone-is-the-zone-named-in-full-before",
    ),
    pytest.param(
        "小榄镇年终总结会召开\n\n小榄镇坚持工业立镇，全镇上下拼经济、抓项目、优服务、惠民生。\n\n"
        "全镇地区生产总值达到512.6亿元。",
        None,
        [dict(region="", measure="level", value=5.126e10)],
        id="attr-a-short-name-whose-last-character-opens-a-common-word-is-no-region-hui-minsheng",
    ),
    pytest.param(
        "开门红！南海一季度经济成绩单来了→\n\n南海发布  2026年04月22日\n\n据区统计局初步核算，"
        "一季度全区实现地区生产总值1046.3亿元，同比增长5.8%。\n\n🏭 工业：南海全区规上工业增加值增长7.1%。",
        None,
        [
            dict(region="南海区", measure="level", value=1.0463e11),
            dict(region="南海区", measure="growth", value=5.8),
            dict(region="南海区", value=7.1),
        ],
        id="attr-a-short-name-that-is-also-a-word-heads-a-text-on-the-whole-of-its-only-region",
    ),
    pytest.param(
        "数读｜南海这一年，成绩单来了\n\n南海发布　2026年1月20日　广东\n\n过去一年，南海稳住了基本盘。\n\n"
        "地区生产总值\n3980.5亿元，同比增长5.1%\n\n全省县区第一方阵中，南海继续领跑。",
        None,
        [dict(region="南海区", measure="level", value=3.9805e11), dict(region="南海区", measure="growth", value=5.1)],
        id="attr-a-short-name-that-is-also-a-word-in-the-title-is-the-unit-of-the-province-the-head-names",
    ),
    pytest.param(
        "前三季度浙江外贸进出口4.12万亿元\n\n来源：杭州海关　发布时间：2025年10月20日\n\n"
        "据杭州海关统计，前三季度，全省货物贸易进出口总值4.12万亿元。\n\n第三季度进出口1.45万亿元，增长7.1%。",
        None,
        [
            dict(region="浙江省", value=4.12e12),
            dict(region="浙江省", value=4.12e12),
            dict(region="浙江省", value=1.45e12),
            dict(region="浙江省", value=7.1),
        ],
        id="attr-a-region-named-in-the-title-after-a-part-of-the-year-is-the-texts-not-the-customs-office-seat",
    ),
    pytest.param(
        "从“千亿县”看县域经济新活力\n\n本报记者　某某\n\n随着各地统计数据陆续发布，一批“千亿县”引人关注。\n\n"
        "长沙县：中部“头雁”加速起飞\n\n湖南省长沙县2024年实现地区生产总值2108.7亿元，全县增长5.0%。全县上下干劲足。\n\n"
        "昆山：“百强县之首”向新求质\n\n全市规上工业总产值突破1.1万亿元，今年力争增长6%。\n\n"
        "晋江：民营经济“活水长流”\n\n晋江今年的目标是地区生产总值增长6%。",
        None,
        [
            dict(region="长沙县", measure="level"),
            dict(region="长沙县", value=5.0),
            dict(region="昆山市", measure="level", value=1.1e12),
            dict(region="昆山市", value=6),
            dict(region="晋江市", value=6),
        ],
        id="attr-a-heading-naming-a-county-of-another-province-than-the-texts-opens-its-section",
    ),
    pytest.param(
        "2025年县域经济“成绩单”揭晓\n\n新华网北京7月21日电（记者 某某）县域是国民经济的基本单元。\n\n报告显示，"
        "2025年全国县域地区生产总值约56.3万亿元。"
        "\n\n新华社记者了解到，百强县一般公共预算收入合计7865亿元。",
        None,
        [dict(region="", value=5.63e13), dict(region="", value=7.865e11)],
        id="attr-a-news-agency-named-after-a-word-xinhua-is-no-region",
    ),
    pytest.param(
        "自治区人大会议第二场新闻发布会实录\n\n时间：2026年1月21日上午\n地点：南宁　广西人民会堂新闻发布厅\n\n"
        "记者：请问2025年广西经济运行的总体情况如何？\n\n局长：2025年，全区经济总体回升向好。"
        "全区地区生产总值29862.4亿元。广西的外贸增长较快，全区进出口增长8%。",
        None,
        [dict(region="广西壮族自治区", measure="level"), dict(region="广西壮族自治区", value=8)],
        id="attr-a-press-conference-venue-is-not-its-subject-the-autonomous-region-its-whole-names-is",
    ),
    pytest.param(
        "在全省民营经济高质量发展大会上的讲话\n（2024年2月27日）\n省长\n\n同志们：\n\n民营经济是浙江的最大特色。"
        "截至2023年底，全省在册经营主体达到1031.8万户，首次突破千万户大关。杭州新设企业12万家。\n\n"
        "今年全省要新增经营主体160万户，让浙江民营经济再上台阶。",
        None,
        [
            dict(region="浙江省", value=1.0318e7, kind="actual"),
            dict(value=1.2e5),
            dict(region="浙江省", value=1.6e6, kind="target"),
        ],
        id="attr-a-speech-on-the-whole-province-that-names-one-province-and-nothing-outside-it-is-that-provinces",
    ),
    pytest.param(
        "珠三角九市上半年“成绩单”出炉\n深圳领跑总量 东莞佛山增速亮眼\n\n本报讯 据广东省统计局数据，"
        "上半年全省实现地区生产总值7.21万亿元，同比增长4.6%。规模以上工业增加值增长5.1%。\n\n深圳：经济总量继续领跑\n\n"
        "上半年，深圳地区生产总值1.91万亿元。",
        None,
        [
            dict(region="广东省", measure="level", value=7.21e12),
            dict(region="广东省", measure="growth", value=4.6),
            dict(region="广东省", indicator="industrial_value_added", value=5.1),
            dict(region="深圳市", value=1.91e12),
        ],
        id="attr-a-city-named-in-the-second-line-of-a-round-ups-title-is-not-the-texts-region",
    ),
    pytest.param(
        "🔹前山商务区：今年固定资产投资突破50亿元，加快推进总部大厦建设\n🔹南屏科技工业园：规上工业总产值增长10%以上\n"
        "全区地区生产总值增长6%。",
        "香洲区",
        [
            dict(region="", value=5e9, note="zone 前山商务区"),
            dict(region="", value=10, note="zone 南屏科技工业园"),
            dict(region="香洲区", value=6),
        ],
        id="attr-lines-labelled-with-a-zone-are-the-zones-headline-figures",
    ),
    pytest.param(
        "🏙️Part 4 各街道目标看这里\n\n1️⃣拱北街道：社会消费品零售总额增长6%，口岸经济持续发力\n"
        "2️⃣湾仔街道、狮山街道：新增市场主体各2000户以上\n3️⃣翠香街道、梅华街道：社会消费品零售总额分别达到150亿元、120亿元",
        "香洲区",
        [
            dict(region="", value=6, note="town 拱北街道"),
            dict(region="", value=2000, note="town 湾仔街道"),
            dict(region="", value=2000, note="town 狮山街道"),
            dict(region="", value=1.5e10, note="town 翠香街道"),
            dict(region="", value=1.2e10, note="town 梅华街道"),
        ],
        id="attr-keycap-numbered-lines-labelled-with-their-streets-are-the-streets",
    ),
    pytest.param(
        "1-9月，全县外贸进出口总额156.3亿元。从市场看，对东盟进出口增长18.2%，市场多元化布局成效初显。\n\n"
        "1-9月，全社会用电量52.6亿千瓦时，同比增长6.9%。",
        "惠东县",
        [
            dict(region="惠东县", value=1.563e10),
            dict(region="惠东县", value=18.2),
            dict(region="惠东县", measure="level", value=5.26e9),
            dict(region="惠东县", measure="growth", value=6.9),
        ],
        id="attr-a-market-or-a-layout-is-no-city-department-shichang-buju",
    ),
    pytest.param(
        "专访塘厦镇党委书记：塘厦要在全市“挑大梁”\n\n编者按：东莞市委、市政府提出，今年全市地区生产总值增长5%以上。\n\n"
        "记者：过去一年，塘厦经济发展交出了一份怎样的答卷？\n\n塘厦镇党委书记：2025年，全镇地区生产总值达到436.8亿元，同比增长5.8%。",
        None,
        [
            dict(region="东莞市", indicator="gdp", value=5, bound="min"),
            dict(region="", measure="level", value=4.368e10, note="town 塘厦镇"),
            dict(region="", measure="growth", value=5.8, note="town 塘厦镇"),
        ],
        id="attr-an-interview-with-a-towns-secretary-titled-zhuanfang-gives-the-answers-to-the-town",
    ),
    pytest.param(
        "全省经济工作会议召开\n\n湖南日报12月20日讯 12月18日，会议召开。会议认为，2025年全省地区生产总值增长5.2%。",
        None,
        [dict(region="湖南省", indicator="gdp", value=5.2)],
        id="attr-a-provincial-papers-text-on-the-whole-province-is-the-provinces",
    ),
    pytest.param(
        "省委经济工作会议在长沙召开\n\n本报12月20日讯 12月18日至19日，省委经济工作会议在长沙召开。"
        "会议认为，2025年全省地区生产总值增长5.2%。",
        None,
        [dict(region="湖南省", indicator="gdp", value=5.2)],
        id="attr-a-provincial-committee-meeting-held-in-a-city-is-about-the-citys-province",
    ),
    pytest.param(
        "省商务厅印发2026年全省商务工作要点\n\n本报讯 2月26日，记者从广东省商务厅获悉，工作要点日前印发实施，"
        "明确今年全省外贸进出口总额力争增长3%。",
        None,
        [dict(region="广东省", indicator="foreign_trade", value=3, commitment="strive")],
        id="attr-the-department-a-reporter-heard-from-in-the-head-names-the-texts-region",
    ),
    pytest.param(
        "深圳2023年經濟總量達3.46萬億元人民幣，按年增長6%。同期香港本地生產總值按年增長3.2%。",
        "深圳市",
        [
            dict(region="深圳市", indicator="gdp", measure="level"),
            dict(region="深圳市", indicator="gdp", value=6),
            dict(region="香港特别行政区", indicator="gdp", value=3.2),
        ],
        id="attr-a-region-after-tongqi-the-same-period-is-the-subject-not-the-texts-region",
    ),
    pytest.param(
        "2025年，全省地区生产总值增长4.1%，珠三角核心区地区生产总值占全省比重为80.6%，粤东西北地区生产总值增长4.8%，"
        "粤东、粤西、粤北地区生产总值分别增长4.5%、4.9%和4.3%。",
        "广东省",
        [
            dict(region="广东省", indicator="gdp", value=4.1),
            dict(region="", measure="share", value=80.6, note="total of 珠三角核心区"),
            dict(region="", indicator="gdp", value=4.8),
            dict(region="", indicator="gdp", value=4.5, note="分别 distribution over regions (1 of 3); total of 粤东"),
            dict(region="", indicator="gdp", value=4.9, note="分别 distribution over regions (2 of 3); total of 粤西"),
            dict(region="", indicator="gdp", value=4.3, note="分别 distribution over regions (3 of 3); total of 粤北"),
        ],
        id="attr-a-part-of-the-province-made-of-several-cities-has-no-region-its-figures-are-totals-over-it",
    ),
    pytest.param(
        "市委经济工作会议召开\n\n12月26日，市委经济工作会议在潍坊召开。预计全市地区生产总值增长6%。"
        "寿光市、诸城市、青州市地区生产总值分别达到1030亿元、860亿元和750亿元。寿光市领跑全市，"
        "寿光市要冲刺增长7%。明年全市地区生产总值增长5.5%以上。",
        None,
        [
            dict(region="潍坊市", value=6),
            dict(region="寿光市", value=1.03e11),
            dict(region="诸城市", value=8.6e10),
            dict(region="青州市", value=7.5e10),
            dict(region="寿光市", value=7),
            dict(region="潍坊市", value=5.5),
        ],
        id="attr-a-city-text-that-names-three-of-its-counties-is-the-citys-not-its-most-named-countys",
    ),
    pytest.param(
        "从经济增速看，惠州的博罗县、惠东县地区生产总值目标分别为增长6.5%、6%；茂名的高州、化州、信宜三市地区生产总值"
        "增速目标均为6%；湛江廉江市提出确保增长5.5%。",
        "广东省",
        [
            dict(region="博罗县", indicator="gdp", value=6.5),
            dict(region="惠东县", indicator="gdp", value=6),
            dict(region="高州市", indicator="gdp", value=6),
            dict(region="化州市", indicator="gdp", value=6),
            dict(region="信宜市", indicator="gdp", value=6),
            dict(region="廉江市", value=5.5),
        ],
        id="attr-a-county-after-its-city-and-de-and-a-count-after-a-semicolon-are-distributed-over",
    ),
    pytest.param(
        "各市（区）目标一览\n\n🔸 恩平市\n\n恩平市地区生产总值增长6%左右。\n\n——————————\n\n🏗 这些大项目值得期待\n\n"
        "✅ 全市全年交通投资计划超过150亿元。",
        "江门市",
        [dict(region="恩平市", value=6), dict(region="江门市", value=1.5e10)],
        id="attr-a-rule-line-ends-the-section-of-the-region-above",
    ),
    pytest.param(
        "【镇街书记访谈】\n\n某门镇党委书记：向“千亿强镇”再出发 今年GDP力争增长6%\n\n来源：某某日报\n\n"
        "问：去年交出了怎样的成绩单？\n\n答：去年全镇地区生产总值达到1068.5亿元。",
        "东莞市",
        [
            dict(region="", value=6, note="town 某门镇"),
            dict(region="", value=1.0685e11, note="town 某门镇"),
        ],
        id="attr-a-title-over-an-interview-with-a-towns-secretary-makes-the-figures-the-towns",
    ),
    pytest.param(
        "会上集中签约项目38个。其中，广州某某智造科技有限公司投资建设的智能制造基地项目总投资120亿元。"
        "北京安排重点工程300项。",
        "白云区",
        [
            dict(region="白云区", value=38),
            dict(region="白云区", value=1.2e10),
            dict(region="北京市", value=300),
        ],
        id="attr-a-short-name-opening-a-firms-name-is-no-subject",
    ),
    pytest.param(
        "万亿城市成绩单\n\n去年，27城GDP合计约57.3万亿元。\n\n四城合计超9.5万亿元。深圳地区生产总值增长5.3%。",
        "广东省",
        [
            dict(region="", value=5.73e13, note="total of 27城"),
            dict(region="", value=9.5e12, note="total of 四城"),
            dict(region="深圳市", value=5.3),
        ],
        id="attr-a-total-over-cities-counted-with-cheng-is-no-regions",
    ),
    pytest.param(
        "📊 2025年成绩单：\n✅小榄镇2025年地区生产总值约468亿元，增长5.1%\n✅火炬开发区2025年规上工业总产值1420亿元\n"
        "✅全市2025年社会消费品零售总额增长4%",
        "中山市",
        [
            dict(region="", indicator="gdp", measure="level", note="town 小榄镇"),
            dict(region="", indicator="gdp", value=5.1, note="town 小榄镇"),
            dict(region="", indicator="industrial_output", note="zone 火炬开发区"),
            dict(region="中山市", indicator="retail_sales", value=4),
        ],
        id="attr-a-town-or-zone-opening-a-result-line-before-a-year-is-the-subject",
    ),
    pytest.param(
        "今年，全省新建5G基站3万个，新增城镇就业50万人。长沙2025年地区生产总值增长5%。",
        "江西省",
        [
            dict(region="江西省", value=30000),
            dict(region="江西省", value=500000),
            dict(region="长沙市", value=5),
        ],
        id="attr-a-countys-short-name-that-is-a-common-verb-before-latin-or-digits-is-the-verb",
    ),
    pytest.param(
        "坂田、平湖两个街道规上工业总产值分别增长10%、12%。新安、西乡两个街道地区生产总值分别突破650亿元、700亿元。"
        "大良、伦教、勒流三个镇街要各完成土地整备1000亩。\n　　（二）沙井、松岗两个工业大街道固定资产投资均增长9%；",
        "龙岗区",
        [
            dict(region="", value=10, note="town 坂田街道"),
            dict(region="", value=12, note="town 平湖街道"),
            dict(region="", value=6.5e10, note="town 新安街道"),
            dict(region="", value=7e10, note="town 西乡街道"),
            dict(region="", note="town 大良"),
            dict(region="", note="town 伦教"),
            dict(region="", note="town 勒流"),
            dict(region="", indicator="fixed_asset_investment", value=9, note="town 沙井街道"),
            dict(region="", indicator="fixed_asset_investment", value=9, note="town 松岗街道"),
        ],
        id="attr-places-listed-then-counted-with-their-kind-are-towns-even-names-of-regions-elsewhere",
    ),
    pytest.param(
        "🏙️ 先看全市\n全市GDP增长5%以上\n\n━━━━━━━━\n📍 各镇街目标来了\n━━━━━━━━\n\n📍火炬开发区\n"
        "作为发展引擎，今年要确保规上工业总产值突破1500亿元。\n\n📍小榄镇\n地区生产总值冲刺500亿元！规上工业总产值增长8%\n\n"
        "📍坦洲镇\n地区生产总值增长5.5%\n\n━━━━━━━━\n🎯 民生实事\n全市新增公办学位1万个",
        "中山市",
        [
            dict(region="中山市", indicator="gdp", value=5),
            dict(region="", indicator="industrial_output", note="zone 火炬开发区"),
            dict(region="", indicator="gdp", value=5e10, note="town 小榄镇"),
            dict(region="", indicator="industrial_output", value=8, note="town 小榄镇"),
            dict(region="", indicator="gdp", value=5.5, note="town 坦洲镇"),
            dict(region="中山市", value=10000),
        ],
        id="attr-a-line-naming-one-town-or-zone-alone-heads-its-figures-up-to-the-next-or-a-rule",
    ),
    pytest.param(
        "【新春访谈】龙华区委书记：今年GDP力争增长6.5%\n\n深圳特区报记者 某某\n\n"
        "编者按：新春前夕，本报推出“区委书记谈发展”系列访谈，今天刊发对龙华区委书记的专访。\n\n"
        "问：去年龙华交出了怎样的成绩单？\n\n何建平：去年全区工业投资增长28.6%，这在深圳各区中比较突出。\n\n"
        "问：今年龙华确定了哪些目标？\n\n何建平：今年全区地区生产总值增长6%以上；到今年底，研发投入强度达到5%。",
        None,
        [
            dict(region="龙华区", parent_region="深圳市", indicator="gdp", value=6.5),
            dict(region="龙华区", parent_region="深圳市", indicator="industrial_investment", value=28.6),
            dict(region="龙华区", parent_region="深圳市", indicator="gdp", value=6),
            dict(region="龙华区", parent_region="深圳市", indicator="rd_intensity", value=5),
        ],
        id="attr-a-district-name-shared-by-two-cities-is-the-one-whose-city-the-text-names",
    ),
    pytest.param(
        "某科学城定位为“万亿制造”的主引擎，今年规上工业总产值要达到6200亿元。"
        "某某合作区方面，今年地区生产总值增长10%。全区规上工业总产值增长8%。",
        "黄埔区",
        [
            dict(region="", indicator="industrial_output", note="zone 某科学城"),
            dict(region="", indicator="gdp", note="zone 某某合作区"),
            dict(region="黄埔区", indicator="industrial_output", value=8),
        ],
        id="attr-a-zone-opening-its-sentence-with-its-role-or-as-an-aspect-is-the-subject-of-its-headline-figures",
    ),
    pytest.param(
        "🏘️ 镇街赛马｜比学赶超\n\n📍红旗镇：规上工业总产值突破1000亿元，工业投资增长15%；\n"
        "📍平沙镇、南水镇：规上工业增加值各增长8%。",
        "珠海市",
        [
            dict(region="", indicator="industrial_output", note="town 红旗镇"),
            dict(region="", indicator="industrial_investment", note="town 红旗镇"),
            dict(region="", indicator="industrial_value_added", value=8, note="town 平沙镇"),
            dict(region="", indicator="industrial_value_added", value=8, note="town 南水镇"),
        ],
        id="attr-a-line-labelled-with-its-towns-after-an-emoji-is-theirs",
    ),
    pytest.param(
        "珠海去年對澳門進出口增長逾兩成，為澳門青年提供就業崗位1200個。\n\n"
        "澳門方面，去年本地生產總值為4036億澳門元，實質增長8.8%。\n\n"
        "香港去年本地生產總值約3.1兆港元（約新台幣13兆元），實質增長2.5%。",
        "珠海市",
        [
            dict(region="珠海市", value=20),
            dict(region="珠海市", value=1200),
            dict(region="澳门特别行政区", indicator="gdp", measure="level", unit="other:MOP"),
            dict(region="澳门特别行政区", indicator="gdp", value=8.8),
            dict(region="香港特别行政区", indicator="gdp", measure="level", value=3.1e12, unit="other:HKD"),
            dict(region="香港特别行政区", indicator="gdp", value=2.5),
        ],
        id="attr-hong-kong-and-macau-are-regions-but-not-as-a-partner-or-before-the-people-they-qualify",
    ),
    pytest.param(
        "大湾区九市交出成绩单\n\n■深圳：3.68万亿元稳坐龙头\n\n深圳去年地区生产总值增长5.8%。\n\n"
        "■广州：增速放缓 社零总额破1.1万亿\n\n广州去年规上工业增加值下降1.8%。\n\n■新兴产业成发展主轴\n\n"
        "新能源汽车产量增长20%。",
        "广东省",
        [
            dict(region="深圳市", indicator="gdp", measure="level", value=3.68e12),
            dict(region="深圳市", indicator="gdp", value=5.8),
            dict(region="广州市", indicator="retail_sales", value=1.1e12),
            dict(region="广州市", indicator="industrial_value_added", value=-1.8),
            dict(region="广州市", value=20),  # (not 新兴县: the section on 广州 goes on)
        ],
        id="attr-a-heading-may-open-with-a-bullet-before-its-region-but-not-a-short-name-opening-a-word",
    ),
    pytest.param(
        "各区县负责人逐一表态。\n\n甲山县提出，明年工业投资增长12%以上；\n\n"
        "荷塘区社会消费品零售总额力争增长7%，市场交易额突破500亿元；\n\n三、明年重点工作\n\n"
        "——扩大有效投资。全年安排重点项目40个，年度计划投资200亿元。",
        "株洲市",
        [
            dict(region="株洲市", indicator="industrial_investment", value=12),
            dict(region="荷塘区", indicator="retail_sales", value=7),
            dict(region="荷塘区", measure="level", value=5e10),
            dict(region="株洲市", indicator="key_projects_count", value=40),
            dict(region="株洲市", indicator="annual_investment", value=2e10),
        ],
        id="attr-a-short-list-item-ending-with-a-semicolon-is-no-heading-over-what-follows",
    ),
    pytest.param(
        "珠海提出地区生产总值增长6%以上，中山、江门则分别定在5.5%和5%左右。",
        "广东省",
        [
            dict(region="珠海市", indicator="gdp", value=6),
            dict(region="中山市", indicator="gdp", value=5.5),
            dict(region="江门市", indicator="gdp", value=5),
        ],
        id="attr-regions-listed-after-a-figure-share-its-indicator",
    ),
    pytest.param(
        "东莞各镇街亮出任务书\n\n全市地区生产总值预期增长5%。\n\n长安：冲刺GDP千亿镇\n\n"
        "作为经济总量最大的镇，长安镇去年地区生产总值达到958亿元。今年长安提出，确保地区生产总值增长6%。\n\n"
        "松山湖：科创引擎加速跑\n\n松山湖高新区今年的目标是，规上工业增加值增长10%。去年，松山湖规上工业总产值达到3215亿元。",
        "东莞市",
        [
            dict(region="东莞市", indicator="gdp", value=5),
            dict(region="", indicator="gdp", measure="level", note="town 长安镇"),
            dict(region="", indicator="gdp", value=6, note="town 长安镇"),
            dict(region="", indicator="industrial_value_added", note="zone 松山湖高新区"),
            dict(region="", indicator="industrial_output", note="zone 松山湖高新区"),
        ],
        id="attr-a-section-under-a-towns-short-name-is-the-towns",
    ),
    pytest.param(
        "深圳市召开2026年工作会议。会议提出，全市地区生产总值增长5.5%左右。前海今年力争地区生产总值增长10%以上。"
        "横琴粤澳深度合作区则提出，合作区地区生产总值增长8%左右。去年横琴实现地区生产总值约580亿元。",
        None,
        [
            dict(region="深圳市", indicator="gdp", value=5.5),
            dict(region="", indicator="gdp", value=10, note="zone 前海"),
            dict(region="", indicator="gdp", value=8, note="zone 横琴粤澳深度合作区"),
            dict(region="", indicator="gdp", value=5.8e10, note="zone 横琴粤澳深度合作区; 去年 = 2022"),
        ],
        id="attr-a-well-known-zone-named-short-is-the-zone-by-the-name-given-in-full-before",
    ),
    pytest.param(
        "翠亨新区跑出加速度：今年地区生产总值力争增长8%\n\n来源：某某日报　2026年3月2日\n\n"
        "本报讯　3月1日，中山翠亨新区召开2026年高质量发展大会。中山市委常委、翠亨新区党工委书记王某出席并讲话。\n\n"
        "会议提出，今年规上工业增加值增长10%，新增高新技术企业60家。",
        None,
        [
            dict(region="", indicator="gdp", value=8, note="zone 翠亨新区"),
            dict(region="", indicator="industrial_value_added", value=10, note="zone 翠亨新区"),
            dict(region="中山市", value=60),
        ],
        id="attr-a-title-opening-with-a-zone-whose-meeting-the-lead-reports-makes-the-text-the-zones",
    ),
    pytest.param(
        "各地市年度目标速览\n\n@广东发布\n#2026广东两会# 【广东：今年GDP预期增长5%左右】"
        "省政府工作报告提出，2026年全省固定资产投资增长3%。\n\n"
        "@阳江发布\n#阳江两会# 阳江今年地区生产总值预期增长7%。\n\n"
        "@梅州发布\n#梅州两会# 梅州：今年地区生产总值增长5%，社零额增长6%左右。客都欢迎你～",
        None,
        [
            dict(region="广东省", value=5),
            dict(region="广东省", value=3),
            dict(region="阳江市", value=7),
            dict(region="梅州市", value=5),
            dict(region="梅州市", value=6),
        ],
        id="attr-a-social-posts-label-after-its-topic-names-the-region-of-the-post",
    ),
    pytest.param(
        "附表：2025年各市地区生产总值\n\n地区　地区生产总值（亿元）　比上年增长（%）\n"
        "深圳市　38640.2　5.3\n云浮市　1290.5　4.0\n\n"
        "发言人介绍，全年民营经济增加值占全省地区生产总值的比重为54.7%。",
        "广东省",
        [
            dict(region="深圳市", value=3.86402e12),
            dict(region="深圳市", value=5.3),
            dict(region="云浮市", value=1.2905e11),
            dict(region="云浮市", value=4.0),
            dict(region="广东省", value=54.7),
        ],
        id="attr-a-row-of-a-table-is-about-its-region-up-to-the-rows-end-only",
    ),
    pytest.param(
        "吉隆镇：鞋业焕新　今年规上工业总产值力争突破150亿元\n\n惠州日报　2026年2月10日\n\n"
        "2月9日，吉隆镇召开2026年经济工作会议。吉隆素有“女鞋生产基地”之称。\n\n"
        "惠东县委常委、吉隆镇党委书记李某说，今年全县提出地区生产总值增长6%的目标，吉隆作为县域工业重镇，必须挑起大梁。\n\n"
        "会议提出，2026年吉隆地区生产总值增长6%以上。",
        None,
        [
            dict(region="", value=1.5e10, note="town 吉隆镇"),
            dict(region="惠东县", value=6, bound="exact"),
            dict(region="", value=6, bound="min", note="town 吉隆镇"),
        ],
        id="attr-a-towns-short-name-is-not-a-county-of-that-name-in-another-province",
    ),
    pytest.param(
        "某某日报　2026年1月14日\n\n代表们热议县区发展新蓝图\n\n本报讯　代表们分组审议政府工作报告。报告提出，"
        "2026年全市地区生产总值增长5.5%左右。\n\n惠城区：社零总额突破千亿元\n\n惠城区委书记张某说，惠城区今年社会消费品零售总额"
        "突破1000亿元。\n\n龙门县：游客量力争突破千万人次\n\n龙门县县长邓某说，龙门今年力争接待游客突破1000万人次。\n\n"
        "大亚湾：石化产业集群产值达3500亿元\n\n大亚湾今年石化能源新材料产业集群产值达到3500亿元，新引进世界500强投资项目3个。\n\n"
        "镇街代表：园洲镇工业产值冲刺500亿元\n\n市人大代表、博罗县园洲镇党委书记叶某说，园洲是全省纺织服装产业重镇，"
        "去年规上工业总产值达到438亿元。\n\n深圳、东莞的代表也来交流。",
        None,
        [
            dict(region="惠州市", indicator="gdp", value=5.5),
            dict(region="惠城区", value=1e11),  # (the sub-heading, then the secretary's words)
            dict(region="惠城区", value=1e11),
            dict(region="龙门县", value=1e7),
            dict(region="龙门县", value=1e7),
            dict(region="惠州市", value=3.5e11),
            dict(region="惠州市", value=3.5e11),
            dict(region="惠州市", value=3),
            dict(region="", value=5e10, note="town 园洲镇"),
            dict(region="", value=4.38e10, note="town 园洲镇; 去年 = 2022"),
        ],
        id="attr-districts-named-in-full-prove-their-city-a-zones-sub-heading-ends-a-section-a-town-head-speaks-for-it",
    ),
    pytest.param(
        "广东省政府工作报告显示，去年广东地区生产总值达到14.58万亿元。报告同时提出，今年全省固定资产投资增长3%。\n\n"
        "湖北提出今年增长5.5%以上。北京、上海、天津三个直辖市分别提出5%左右、5%左右和4.5%以上的增长目标。",
        None,
        [
            dict(region="广东省", indicator="gdp", measure="level"),
            dict(region="广东省", indicator="fixed_asset_investment", value=3),
            dict(region="湖北省", indicator="gdp", value=5.5),
            dict(region="北京市", indicator="gdp", value=5),
            dict(region="上海市", indicator="gdp", value=5),
            dict(region="天津市", indicator="gdp", value=4.5),
        ],
        id="attr-a-round-ups-whole-province-bare-growth-this-year-and-listed-growth-targets",
    ),
    pytest.param(
        "北滘发布｜2025年北滘镇高质量发展大会召开\n\n2月7日，北滘镇召开2025年高质量发展大会。\n\n"
        "初步统计，2024年实现地区生产总值约1095亿元。今年地区生产总值增长5%。",
        None,
        [
            dict(region="", indicator="gdp", measure="level", note="town 北滘镇"),
            dict(region="", indicator="gdp", value=5, note="town 北滘镇"),
        ],
        id="attr-a-towns-own-meeting-has-the-towns-figures",
    ),
    pytest.param(
        "虎门镇去年实现地区生产总值812亿元。长安镇去年地区生产总值达到958亿元。",
        "东莞市",
        [dict(region="", note="town 虎门镇"), dict(region="", note="town 长安镇")],
        id="attr-a-town-then-last-year-then-its-indicator",
    ),
    pytest.param(
        "东湖高新区召开2023年工作会议\n\n管委会主任刘卫东作报告。刘卫东指出，全区新增高新技术企业800家。刘卫东强调，要抓项目。",
        None,
        [dict(region="", measure="count", value=800)],
        id="attr-a-persons-given-name-is-no-district",
    ),
    pytest.param(
        "在吴川分会场，一家造纸企业的特种纸项目总投资约22亿元。在廉江分会场，小家电产业园项目计划引进企业50家以上。",
        "湛江市",
        [dict(region="吴川市", value=2.2e9), dict(region="廉江市", value=50)],
        id="attr-a-project-at-a-countys-sub-venue-is-the-countys",
    ),
    pytest.param(
        "佛山、东莞：制造业城市各有喜忧\n\n今年外贸进出口增长5%。",
        "广东省",
        [dict(region="广东省", value=5)],
        id="attr-a-heading-on-several-regions-is-no-ones-section",
    ),
    pytest.param(
        "同日签约的还有落户四会市的新型储能材料项目，计划总投资35亿元。位于梅县区的高新区今年新引进亿元以上项目20个。",
        "肇庆市",
        [dict(region="四会市", value=3.5e9), dict(region="梅县区", value=20, measure="count")],
        id="attr-a-project-or-park-located-in-a-county-is-the-countys",
    ),
    pytest.param(
        "城市｜2022年GDP（亿元）｜2022年增速｜2023年增速目标\n上海｜53926.7｜5.0%｜5%左右\n北京|49843.1|5.2%|5%左右\n",
        None,
        [
            dict(region="上海市", indicator="gdp", measure="level", value=5.39267e12, year=2022),
            dict(region="上海市", indicator="gdp", measure="growth", value=5.0, year=2022, kind="actual"),
            dict(region="上海市", indicator="gdp", measure="growth", value=5, year=2023, kind="target"),
            dict(region="北京市", indicator="gdp", measure="level", year=2022),
            dict(region="北京市", indicator="gdp", measure="growth", value=5.2, year=2022),
            dict(region="北京市", indicator="gdp", measure="growth", value=5, year=2023, kind="target"),
        ],
        id="attr-a-table-written-with-bars",
    ),
    pytest.param(
        "**区召开2024年高质量发展大会\n\n江门日报讯 2月19日，**区召开2024年大会，"
        "贯彻落实全省、江门市高质量发展大会精神。\n\n会议通报，2023年，**区地区生产总值达到1015.6亿元。",
        None,
        [dict(region="", indicator="gdp", year=2023, note="redacted in text")],
        id="attr-a-redacted-district-is-not-the-city-its-head-names",
    ),
    pytest.param(
        "去年长兴县接待游客2800万人次，安吉县接待游客超过3200万人次。今年全市要推进重点项目，四川时代项目完成投资50亿元。",
        "湖州市",
        [
            dict(region="长兴县", value=2.8e7),
            dict(region="安吉县", value=3.2e7, bound="min"),
            dict(region="湖州市", value=5e9),
        ],
        id="attr-a-county-named-in-full-opening-a-clause-is-its-subject-a-province-opening-a-firm-is-not",
    ),
    pytest.param(
        "惠州惠阳区、博罗县提出地区生产总值均突破千亿元。",
        "广东省",
        [dict(region="惠阳区", indicator="gdp"), dict(region="博罗县", indicator="gdp")],
        id="attr-a-listed-district-named-after-its-city-is-the-district",
    ),
    pytest.param(
        "三龙湾片区固定资产投资力争完成300亿元，佛山高新区核心园规上工业总产值增长8%以上。"
        "九江镇则提出农业总产值增长4%左右。西樵镇以“文旅+”为抓手，全年接待游客1000万人次。",
        "南海区",
        [
            dict(region="", note="zone 三龙湾片区"),
            dict(region="", note="zone 佛山高新区核心园", value=8),
            dict(region="", note="town 九江镇", value=4),
            dict(region="", note="town 西樵镇", value=1e7),
        ],
        id="attr-a-zones-park-a-town-that-then-proposes-and-a-town-taking-a-theme-are-their-own",
    ),
    pytest.param(
        "全市旅游总收入增长10%，其中龙门县旅游总收入力争增长12%。",
        "惠州市",
        [dict(region="惠州市", value=10), dict(region="龙门县", value=12, commitment="strive")],
        id="attr-a-county-after-qizhong-is-the-subject-of-its-part",
    ),
    pytest.param(
        "北京、上海今年均提出经济增长5%左右，全国年均增长4%。",
        None,
        [
            dict(region="北京市", indicator="gdp", value=5, note="均 distribution over regions (1 of 2)"),
            dict(region="上海市", indicator="gdp", value=5, note="均 distribution over regions (2 of 2)"),
            dict(value=4),
        ],
        id="attr-jinnian-jun-distributes-over-the-regions-listed-nian-jun-is-an-average",
    ),
    pytest.param(
        "今年，禅城区、南海区地区生产总值分别增长5%、6%，两区规上工业增加值均增长7%以上。"
        "上半年，各区（县）固定资产投资均增长10%。四区社会消费品零售总额均增长5%。",
        "佛山市",
        [
            dict(region="禅城区", indicator="gdp", value=5),
            dict(region="南海区", indicator="gdp", value=6),
            dict(region="南海区", indicator="industrial_value_added", value=7, bound="min", note="均 distribution"),
            dict(region="禅城区", indicator="industrial_value_added", value=7, bound="min", note="均 distribution"),
            *[
                dict(region=name, indicator="fixed_asset_investment", value=10, period="H1", note=" of 5)")
                for name in ("三水区", "南海区", "禅城区", "顺德区", "高明区")
            ],
            dict(region="", indicator="retail_sales", value=5, note="total of 四区"),
        ],
        id="attr-a-count-of-the-regions-just-named-or-a-class-of-the-citys-units-before-jun-distributes",
    ),
    pytest.param(
        "深圳市委书记表示，深圳今年地区生产总值要增长6%；佛山方面，市领导表示今年工业投资将增长15%以上。",
        "广东省",
        [dict(region="深圳市", indicator="gdp"), dict(region="佛山市", indicator="industrial_investment")],
        id="attr-a-city-before-fangmian-is-the-subject-of-its-part",
    ),
    pytest.param(
        "经济大省：稳住基本盘\n\n作为经济第一大省，广东一季度实现地区生产总值32726亿元。其中，规模以上工业增加值增长6.0%。\n\n"
        "江苏一季度GDP为31560亿元。该省固定资产投资增长5.4%。",
        None,
        [
            dict(region="广东省", indicator="gdp"),
            dict(region="广东省", indicator="industrial_value_added"),
            dict(region="江苏省", indicator="gdp"),
            dict(region="江苏省", indicator="fixed_asset_investment"),
        ],
        id="attr-a-sentence-opening-with-qizhong-or-gaisheng-goes-on-with-the-region-before",
    ),
    pytest.param(
        "**市召开2023年高质量发展大会\n\n2月5日，**市召开大会。过去一年，全市地区生产总值达到6093亿元。"
        "惠城区、惠阳区要当好排头兵，博罗县地区生产总值力争增长6%。",
        None,
        [
            dict(region="惠州市", indicator="gdp", note="惠州市 proven by the districts it names"),
            dict(region="博罗县", indicator="gdp", value=6),
        ],
        id="attr-a-redacted-city-is-proven-by-the-districts-the-text-names",
    ),
    pytest.param(
        "**市召开2024年高质量发展大会\n\n2月18日，**市召开大会。茂南区、电白区、高州市主要负责同志作交流发言。"
        "2023年，**市地区生产总值增长4.5%。要学习滨海新区经验，打造滨海城市。",
        None,
        [dict(region="茂名市", indicator="gdp", note="茂名市 proven by the districts it names")],
        id="attr-a-redacted-city-is-proven-by-its-districts-despite-a-name-of-another-city-in-passing",
    ),
    pytest.param(
        "**县召开2025年经济工作会议\n\n梅州日报讯 1月20日，**县召开经济工作会议，传达梅州市会议精神。"
        "去年全县地区生产总值增长4.8%。今年水寨镇、华城镇、安流镇要各引进亿元项目3个。",
        None,
        [
            dict(region="五华县", indicator="gdp", value=4.8, note="五华县 proven by the towns it names"),
            dict(region="", value=3, note="town 水寨镇"),
            dict(region="", value=3, note="town 华城镇"),
            dict(region="", value=3, note="town 安流镇"),
        ],
        id="attr-a-redacted-county-is-proven-by-the-towns-it-names",
    ),
    pytest.param(
        "**县召开2025年经济工作会议\n\n1月20日，**县召开会议，贯彻梅州市会议精神。去年全县地区生产总值增长4.8%，"
        "增速在大埔县、丰顺县、平远县、蕉岭县等兄弟县中排第一。",
        None,
        [
            dict(
                region="五华县",
                indicator="gdp",
                value=4.8,
                note="五华县 proven by elimination (every other 县 of 梅州市",
            )
        ],
        id="attr-a-redacted-county-is-proven-by-elimination-among-its-citys-counties-it-names",
    ),
    pytest.param(
        "**县召开2025年经济工作会议\n\n1月20日，**县召开会议，贯彻梅州市会议精神。去年全县地区生产总值增长4.8%，"
        "比大埔县快0.5个百分点。大埔县湖寮镇、高陂镇工业产值均增长10%。",
        None,
        [
            dict(region="", indicator="gdp", value=4.8, note="redacted in text"),
            dict(region="", value=10, note="town 湖寮镇"),
            dict(region="", value=10, note="town 高陂镇"),
        ],
        id="attr-a-redacted-county-is-not-proven-by-the-towns-of-a-county-it-names",
    ),
    pytest.param(
        "**区召开2025年经济工作会议\n\n1月20日，**区召开会议，贯彻梅州市会议精神。去年全区地区生产总值增长4.8%，"
        "水寨镇工业产值增长10%。",
        None,
        [
            dict(region="", indicator="gdp", value=4.8, note="redacted in text"),
            dict(region="", value=10, note="town 水寨镇"),
        ],
        id="attr-a-redacted-district-is-not-proven-by-one-town-of-a-county",
    ),
    pytest.param(
        "部分城市数据：\n\n城市　　2022年GDP（亿元）　同比增长　2023年增长目标\n"
        "广州　　30355.7　　　　　　4.6%　　　5%左右\n"
        "佛山　　13276.1　　　　　　5.0%　　　5%左右\n",
        "广东省",
        [
            dict(region="广州市", indicator="gdp", measure="level", year=2022),
            dict(region="广州市", indicator="gdp", measure="growth", value=4.6, year=2022, kind="actual"),
            dict(region="广州市", indicator="gdp", measure="growth", value=5, year=2023, kind="target"),
            dict(region="佛山市", indicator="gdp", measure="level", year=2022),
            dict(region="佛山市", indicator="gdp", measure="growth", value=5, year=2022, kind="actual"),
            dict(region="佛山市", indicator="gdp", measure="growth", value=5, year=2023, kind="target"),
        ],
        id="attr-a-tables-growth-columns-take-the-indicator-of-the-column-before",
    ),
    pytest.param(
        "珠海、惠州、江门三市今年的目标均为增长6%左右。韶关、阳江两市今年的目标分别为5%、6%。"
        "消费方面，广州提出社会消费品零售总额增长4%以上，深圳提出增长5%。湖南提出增长6%。",
        "广东省",
        [
            *(dict(region=r, indicator="gdp", value=6, bound="approx") for r in ("珠海市", "惠州市", "江门市")),
            dict(region="韶关市", indicator="gdp", value=5),
            dict(region="阳江市", indicator="gdp", value=6),
            dict(region="广州市", indicator="retail_sales", value=4),
            dict(region="深圳市", indicator="retail_sales", value=5),
            dict(region="湖南省", indicator="gdp", value=6),
        ],
        id="attr-a-round-ups-bare-growth-targets-are-gdps-unless-they-go-on-from-another-indicator",
    ),
    pytest.param(
        "珠海就提出，战略性新兴产业增加值占比要提高到30%以上。东莞首次迈入万亿城市行列后，去年经济总量达到1.14万亿元。"
        "湛江作为省域副中心城市，去年地区生产总值3793.6亿元。",
        "广东省",
        [
            dict(region="珠海市", measure="share", value=30),
            dict(region="东莞市", indicator="gdp", year=2022),
            dict(region="湛江市", indicator="gdp", year=2022),
        ],
        id="attr-a-city-by-its-short-name-before-jiu-zuowei-or-shouci-is-the-subject",
    ),
    pytest.param(
        "东湾区召开2023年工作会议\n\n惠州日报讯 2月24日，东湾经济技术开发区召开2023年工作会议。"
        "2022年，东湾区实现地区生产总值1380.5亿元。今年将新建学校6所，新增学位8000个。",
        None,
        [
            dict(region="", indicator="gdp", note="zone 东湾经济技术开发区", year=2022, kind="actual"),
            dict(region="惠州市", value=6, measure="count", year=2023),
            dict(region="惠州市", value=8000, measure="count", year=2023),
        ],
        id="attr-a-zones-meeting-told-in-the-lead-by-its-citys-paper-headline-figures-to-the-zone-projects-to-the-city",
    ),
    pytest.param(
        "区委书记逐一部署镇街和园区今年的任务：\n\n一、城南街道要发挥中心城区作用，地区生产总值增长7%以上。\n\n"
        "（二）东湾镇、西岭镇要做强陶瓷、五金产业，规上工业总产值分别达到220亿元、160亿元。\n\n"
        "3.滨江经济开发区要当好工业主引擎，确保规上工业总产值突破600亿元。",
        "新会区",
        [
            dict(region="", indicator="gdp", value=7, note="town 城南街道"),
            dict(region="", indicator="industrial_output", value=2.2e10, note="town 东湾镇"),
            dict(region="", indicator="industrial_output", value=1.6e10, note="town 西岭镇"),
            dict(region="", indicator="industrial_output", value=6e10, note="zone 滨江经济开发区"),
        ],
        id="attr-towns-and-zones-opening-numbered-list-items-and-a-list-of-towns-before-a-list-of-products",
    ),
    pytest.param(
        "多个县（市）2022年交出亮眼答卷\n\n各地经济“成绩单”相继揭晓。\n\n"
        "惠州市龙门县表现亮眼。全县地区生产总值增长6.2%。其中，规上工业增加值增长9.1%。\n\n"
        "揭阳普宁市则在消费领域发力。全年社会消费品零售总额达到468亿元，增长6.1%。\n\n"
        "各县（市）地区生产总值合计增长4.5%。",
        "广东省",
        [
            dict(region="龙门县", indicator="gdp", value=6.2, year=2022, kind="actual"),
            dict(region="龙门县", indicator="industrial_value_added", year=2022, kind="actual"),
            dict(region="普宁市", indicator="retail_sales", measure="level", year=2022, kind="actual"),
            dict(region="普宁市", indicator="retail_sales", measure="growth", year=2022, kind="actual"),
            dict(region="广东省", indicator="gdp", value=4.5, year=2022, kind="actual"),
        ],
        id="attr-a-round-up-paragraph-opened-by-a-county-is-the-countys-and-its-title-dates-the-results",
    ),
    pytest.param(
        "今年，重点项目加快推进；广东（湛江）钢铁配套产业园全年计划完成投资80亿元，新引进项目15个以上。",
        "湛江市",
        [dict(region="湛江市", measure="level"), dict(region="湛江市", measure="count")],
        id="attr-a-park-named-by-province-and-bracketed-city-is-the-citys",
    ),
    pytest.param(
        "去年南康区家具产业集群产值突破2800亿元。2025年，信丰县地区生产总值增长6%。",
        "赣州市",
        [dict(region="南康区", year=2022, kind="actual"), dict(region="信丰县", value=6)],
        id="attr-a-region-after-a-lead-naming-the-time-is-the-subject",
    ),
    pytest.param(
        "今年，全市要努力在全省高质量发展中挑大梁，规上工业增加值增长8%。全市要打造全省先进材料第一城，"
        "先进材料产业产值突破500亿元。全省地区生产总值增长5%。",
        "东莞市",
        [
            dict(region="东莞市", value=8),
            dict(region="东莞市", measure="level"),
            dict(region="广东省", indicator="gdp", value=5),
        ],
        id="attr-the-province-as-the-stage-is-not-the-subject",
    ),
    pytest.param(
        "明珠新区召开2026年工作会议\n\n惠州日报讯　2月10日，惠州明珠新区召开工作会议。"
        "过去一年，新区地区生产总值完成210亿元，增长9.5%；新引进项目35个。今年，新区地区生产总值力争增长10%以上。",
        None,
        [
            dict(region="", indicator="gdp", measure="level", note="明珠新区", kind="actual"),
            dict(region="", indicator="gdp", value=9.5, note="明珠新区"),
            dict(region="惠州市", measure="count", value=35),
            dict(region="", indicator="gdp", value=10, kind="target", commitment="strive"),
        ],
        id="attr-a-zones-own-meeting-gives-its-headline-figures-no-region-and-its-projects-to-its-city",
    ),
    pytest.param(
        "某合作区公布2026年发展目标\n\n【本报讯】某合作区执委会昨日召开全体会议。去年合作区地区生产总值增长5.1%，"
        "新增外资企业320户。今年地区生产总值力争增长8%。珠海市去年地区生产总值增长4.6%，珠海市今年提出增长5%，"
        "珠海市外贸增长3%。",
        None,
        [
            dict(region="", indicator="gdp", value=5.1, note="zone"),
            dict(region="", measure="count", value=320),  # (no region the zone lies in is known)
            dict(region="", indicator="gdp", value=8),
            dict(region="珠海市", indicator="gdp", value=4.6),
            dict(region="珠海市", indicator="gdp", value=5),
            dict(region="珠海市", indicator="foreign_trade", value=3),
        ],
        id="attr-a-zone-setting-out-its-targets-is-the-zones-own-meeting",
    ),
    pytest.param(
        "🚀知识城2025年工作会议召开！\n\n知识城发布　2025年02月08日\n\n2月8日，中新广州知识城召开2025年工作会议。\n\n"
        "过去一年，全城主要指标跑赢全区平均水平。全年实现地区生产总值721.6亿元，新增高新技术企业120家。",
        "黄埔区",
        [
            dict(region="", indicator="gdp", note="zone"),
            dict(region="黄埔区", measure="count", value=120),
        ],
        id="attr-a-title-under-an-emoji-on-a-zones-meeting-by-its-short-name-is-the-zones-own",
    ),
    pytest.param(
        "空港经济区提出地区生产总值增长7%，社会消费品零售总额增长8%。石化工业区提出，规上工业产值确保突破1300亿元。",
        "揭阳市",
        [
            dict(region="", indicator="gdp", note="zone 空港经济区"),
            dict(region="", indicator="retail_sales", note="zone 空港经济区"),
            dict(region="", indicator="industrial_output", note="zone 石化工业区"),
        ],
        id="attr-a-zone-that-proposes-opening-a-sentence-is-the-subject-of-its-headline-figures",
    ),
    pytest.param(
        "各镇街主要目标：\n狮山镇：地区生产总值增长6%，工业总产值力争突破3000亿元；\n桂城街道：社会消费品零售总额400亿元左右；\n"
        "全区固定资产投资增长8%。",
        "南海区",
        [
            dict(region="", indicator="gdp", note="town 狮山镇"),
            dict(region="", indicator="industrial_output", note="town 狮山镇"),
            dict(region="", indicator="retail_sales", note="town 桂城街道"),
            dict(region="南海区", indicator="fixed_asset_investment"),
        ],
        id="attr-a-line-labelled-with-a-town-gives-its-figures-to-the-town",
    ),
    pytest.param(
        "镇街方面，长安镇去年地区生产总值突破900亿元，今年提出增长6%；全市固定资产投资增长5%。",
        "东莞市",
        [
            dict(region="", indicator="gdp", measure="level", note="town 长安镇"),
            dict(region="", indicator="gdp", value=6, note="town 长安镇"),
            dict(region="东莞市", indicator="fixed_asset_investment"),
        ],
        id="attr-a-town-goes-on-in-the-later-clauses-of-its-sentence",
    ),
    pytest.param(
        "县域经济观察｜台山冲刺“五百亿县”，多地增速领跑\n\n某某客户端　2023-08-10 09:30\n\n"
        "广东县域经济稳步增长。全省县域固定资产投资增长12%。规上工业增加值增长6%。",
        None,
        [
            dict(region="广东省", indicator="fixed_asset_investment", value=12),
            dict(region="广东省", indicator="industrial_value_added", value=6),
        ],
        id="attr-a-title-over-a-round-up-of-counties-names-none-as-the-texts-region",
    ),
    pytest.param(
        "广州国际生物岛营业收入增长8%以上。以温州为例，其去年地区生产总值增长5.6%。恩施州地区生产总值增长6%。",
        "黄埔区",
        [
            dict(region="黄埔区", value=8),
            dict(region="温州市", indicator="gdp", value=5.6),
            dict(region="恩施土家族苗族自治州", indicator="gdp", value=6),
        ],
        id="attr-a-short-city-name-ending-in-zhou-is-no-full-name-opening-a-clause-but-may-be-a-topic",
    ),
    pytest.param(
        "石狮召开2025年高质量发展大会\n\n2月5日，石狮市召开大会。泉州市委常委、石狮市委书记某某出席并讲话，"
        "市人大常委会、市政协主要领导出席。\n\n过去一年，全市地区生产总值增长6.1%。",
        None,
        [dict(region="石狮市", indicator="gdp", value=6.1)],
        id="attr-a-speaker-with-a-citys-title-then-a-county-level-citys-speaks-for-the-latter-whose-shi-is-its-own",
    ),
    pytest.param(
        "大沥镇召开2025年高质量发展大会\n\n2月7日，大沥镇召开大会。南海区委常委、大沥镇党委书记某某出席会议并讲话。\n\n"
        "2024年，大沥镇地区生产总值增长5.1%。今年全镇规上工业总产值增长6%。",
        None,
        [
            dict(region="", indicator="gdp", note="town 大沥镇"),
            dict(region="", indicator="industrial_output", note="town 大沥镇"),
        ],
        id="attr-a-district-title-then-a-towns-secretary-speaks-for-the-town",
    ),
    pytest.param(
        "初步核算，2023年全市地区生产总值增长4.8%，增速比全省高0.1个百分点；规上工业增加值增长6.1%。"
        "潮安区要发挥全市经济“压舱石”作用，地区生产总值力争增长6.5%。",
        "潮州市",
        [
            dict(region="潮州市", indicator="gdp", value=4.8),
            dict(region="潮州市", indicator="industrial_value_added", value=6.1),
            dict(region="潮安区", indicator="gdp", value=6.5),
        ],
        id="attr-the-province-as-a-yardstick-and-the-city-as-a-stage-are-no-subjects",
    ),
    pytest.param(
        "珠江东岸，深圳上半年地区生产总值增长5.6%。规上工业增加值增长7.1%。\n\n全省固定资产投资增长3%。",
        "广东省",
        [
            dict(region="深圳市", indicator="gdp", value=5.6),
            dict(region="深圳市", indicator="industrial_value_added", value=7.1),
            dict(region="广东省", indicator="fixed_asset_investment", value=3),
        ],
        id="attr-in-a-provinces-round-up-a-sentence-naming-no-region-goes-on-with-the-city-before",
    ),
    pytest.param(
        "上半年韶关GDP增长4.8%\n\n韶关日报讯（记者　某某）7月25日，记者从市统计局获悉，上半年全市实现地区生产总值"
        "780.3亿元，同比增长4.8%。分产业看，第一产业增加值102.5亿元，增长3.9%。全市社会消费品零售总额增长5.1%。",
        None,
        [
            dict(region="韶关市", indicator="gdp", value=4.8, period="H1", kind="actual"),
            dict(region="韶关市", indicator="gdp", measure="level", period="H1", kind="actual"),
            dict(region="韶关市", indicator="gdp", value=4.8, kind="actual"),
            dict(region="韶关市", measure="level", period="H1", kind="actual"),
            dict(region="韶关市", value=3.9, period="H1", kind="actual"),
            dict(region="韶关市", indicator="retail_sales", period="H1", kind="actual"),
        ],
        id="attr-a-local-papers-statistics-news-is-about-its-city-and-reports-results",
    ),
    pytest.param(
        "政府工作报告\n——2022年1月10日在肇庆市高要区第二届人民代表大会第一次会议上\n\n各位代表：\n\n"
        "过去一年，全区地区生产总值增长8.1%。",
        None,
        [dict(region="高要区", value=8.1)],
        id="attr-a-city-name-leading-to-its-district-in-the-subtitle-names-the-district",
    ),
    pytest.param(
        "在全县高质量发展大会上的讲话\n\n县委书记 某某\n\n同志们：\n\n今天，我们召开全县高质量发展大会，动员全县上下"
        "奋力推动翁源高质量发展。去年，全县地区生产总值增长5.2%。今年，我们要谱写翁源高质量发展新篇章。",
        None,
        [dict(region="翁源县", value=5.2)],
        id="attr-a-speech-whose-county-is-named-only-in-its-body",
    ),
    pytest.param(
        "政府工作报告（摘要）\n——2026年1月21日在广西壮族自治区第十四届人民代表大会第五次会议上\n\n一、2025年工作回顾\n\n"
        "过去一年，全区上下坚持稳中求进。初步核算，全区地区生产总值达到2.98万亿元，比上年增长5.2%。",
        None,
        [dict(region="广西壮族自治区", measure="level"), dict(region="广西壮族自治区", value=5.2)],
        id="attr-the-whole-of-an-autonomous-region-is-quanqu",
    ),
    pytest.param(
        "对于云安区，他要求依托工业园，确保规上工业增加值增长12%以上。云城区、罗定市等5个单位获评优秀，"
        "12家企业获表扬。全市约1500名干部参加。",
        "云浮市",
        [dict(region="云安区", value=12)],
        id="attr-a-region-opened-as-the-topic-and-awards-and-attendance-are-no-figures",
    ),
    pytest.param(
        "重磅！连平县高质量发展大会召开\n\n连平发布　2026-02-24 19:05　广东\n\n今年全县地区生产总值增长5.5%。",
        None,
        [dict(region="连平县", value=5.5)],
        id="attr-a-government-account-and-its-location-in-the-dateline-are-not-the-region",
    ),
    pytest.param(
        "某区重点项目建设动员大会召开\n\n汕头特区晚报讯　记者　某某\n\n2月13日下午，澄海区召开重点项目建设动员大会。"
        "今年全区固定资产投资增长10%。",
        None,
        [dict(region="澄海区", value=10)],
        id="attr-a-special-zone-evening-paper-in-the-dateline-is-not-the-region",
    ),
    pytest.param(
        "清新区要加快融入都市圈，工业投资增长20%。滨海新区要加快绿色化工布局，固定资产投资增长25%。",
        "清远市",
        [dict(region="清新区", value=20), dict(region="", value=25, note="zone 滨海新区")],
        id="attr-a-district-named-like-a-zone-is-a-district-where-it-lies-in-the-city",
    ),
    pytest.param(
        "珠三角九市中有六市将地区生产总值增长目标定在5%至6%之间。粤东西北部分城市则把目标定在6%以上。"
        "31个省份中有十多个将增速目标定在5%左右。三省经济总量合计超过30万亿元。大湾区内地九市去年经济总量已超过11万亿元。"
        "今年广州地区生产总值增长5%。",
        "广州市",
        [
            dict(region="", value=3e13, note="total of 三省"),
            dict(region="", value=1.1e13, note="total of 大湾区内地九市"),
            dict(region="广州市", value=5),
        ],
        id="attr-summaries-over-some-regions-are-no-rows-and-counted-regions-give-totals",
    ),
    pytest.param(
        "东湖街道、西山街道要在城市更新上走在前列，分别完成老旧小区改造9个、7个。湛江同时计划全年实施市重点项目360个。",
        "茂名市",
        [
            dict(region="", value=9, note="town 东湖街道"),
            dict(region="", value=7, note="town 西山街道"),
            dict(region="湛江市", value=360),
        ],
        id="attr-towns-opening-the-sentence-take-the-values-after-fenbie-and-a-region-that-plans-at-the-same-time",
    ),
    pytest.param(
        "过去一年，全区地区生产总值1450亿元，占广州全市的比重提高到6.3%；规上工业总产值3320亿元。"
        "全区规上工业增加值占全市比重为16.8%，出口占全省份额稳定在6.5%以上。",
        "南沙区",
        [
            dict(region="南沙区", value=1.45e11),
            dict(region="南沙区", value=6.3),
            dict(region="南沙区", value=3.32e11),
            dict(region="南沙区", value=16.8),
            dict(region="南沙区", value=6.5),
        ],
        id="attr-the-whole-a-share-is-of-is-not-the-subject",
    ),
    pytest.param(
        "在中共吴川市委经济工作会议上的讲话\n\n同志们：\n\n今年主要指标要跑赢全省、领跑湛江：全市地区生产总值确保增长6%以上。",
        None,
        [dict(region="吴川市", commitment="ensure")],
        id="attr-the-committees-own-meeting-names-the-region-and-outpacing-the-province",
    ),
    pytest.param(
        "粤定今年增长目标　深圳冲刺总量4万亿\n\n省人大会议昨日开幕。报告提出今年全省地区生产总值增长5%左右。"
        "规模以上工业增加值增长5.5%。深圳今年地区生产总值力争增长5.5%。",
        None,
        [dict(region="深圳市", value=4e12), dict(region="广东省"), dict(region="广东省"), dict(region="深圳市")],
        id="attr-a-province-abbreviated-at-the-start-of-the-title",
    ),
    pytest.param(
        "深圳今年地区生产总值增长5.5%。\n\n佛山方面，市长在会上作报告时介绍，去年经济增长2%。\n\n报告提出，力争工业投资增长10%以上。",
        None,
        [dict(region="深圳市"), dict(region="佛山市"), dict(region="佛山市", value=10)],
        id="attr-a-paragraph-on-a-region-by-fangmian",
    ),
    pytest.param(
        "河套深港科技创新合作区今年的目标是规上工业总产值增长12%以上。深圳高新区坪山园区要…，规上工业总产值增长9%。"
        "在镇域发展方面，会议明确，碣石镇、南塘镇、甲子镇要发挥带动作用，三镇地区生产总值均增长7%。",
        "汕尾市",
        [
            dict(region="", note="zone 河套深港科技创新合作区"),
            dict(region="", note="zone 深圳高新区坪山园区"),
            dict(region="", note="均 distribution over regions (1 of 3); town 碣石镇"),
            dict(region="", note="均 distribution over regions (2 of 3); town 南塘镇"),
            dict(region="", note="均 distribution over regions (3 of 3); town 甲子镇"),
        ],
        id="attr-zones-with-their-goal-or-park-and-towns-after-a-topic",
    ),
    pytest.param(
        "去年全市地区生产总值增长5.3%，高于湛江全市平均水平；规上工业增加值增长6.4%。",
        "雷州市",
        [dict(region="雷州市"), dict(region="雷州市")],
        id="attr-the-parent-city-as-a-yardstick-is-not-the-subject",
    ),
    pytest.param(
        "武汉今年地区生产总值增长5.5%。西安去年地区生产总值1.38万亿元，增长5.2%。今年长沙的目标为：地区生产总值增长5.5%。",
        None,
        [
            dict(region="武汉市"),
            dict(region="西安市", kind="actual"),
            dict(region="西安市", kind="actual"),
            dict(region="长沙市", value=5.5),
        ],
        id="attr-a-city-short-name-alone-is-the-city-and-its-target-after-de",
    ),
    pytest.param(
        "政府工作报告\n——2026年1月8日在化州市第十七届人民代表大会第六次会议上\n\n一、2025年工作回顾\n\n"
        "一年来，在茂名市委、市政府和化州市委的坚强领导下，全市地区生产总值增长4.6%。",
        None,
        [dict(region="化州市", kind="actual")],
        id="attr-the-leadership-of-the-parent-city-is-no-speaker-and-no-department",
    ),
    pytest.param(
        "云浮日报讯（记者 某某）2月6日，我市召开全市高质量发展大会。市委书记说，全市地区生产总值增长4.5%。",
        None,
        [dict(region="云浮市", level="city")],
        id="attr-our-city-is-the-local-outlets-city",
    ),
    pytest.param(
        "全市规上工业增加值增长7%；惠来县依托石化基地，固定资产投资增长25%；新会产业园今年新增用地200公顷。",
        "揭阳市",
        [dict(region="揭阳市"), dict(region="惠来县", value=25), dict(region="揭阳市")],
        id="attr-a-full-region-name-opening-a-part-of-the-sentence-is-its-subject",
    ),
    pytest.param(
        "新会区崖门镇、台山市广海镇规上工业总产值分别突破60亿元、40亿元。",
        "江门市",
        [dict(region="", note="town 崖门镇", value=6e9), dict(region="", note="town 广海镇", value=4e9)],
        id="attr-towns-each-prefixed-by-its-county-in-a-list",
    ),
    pytest.param(
        "前海深港现代服务业合作区要扩区提质。合作区地区生产总值要力争实现两位数增长，固定资产投资完成500亿元左右。",
        "深圳市",
        [
            dict(region="", note="zone 前海深港现代服务业合作区", value=10),
            dict(region="", note="zone 前海深港现代服务业合作区", value=5e10),
        ],
        id="attr-a-zone-named-by-its-kind-after-its-full-name",
    ),
    pytest.param(
        "对于备受关注的河套深港科技创新合作区，报告提出，今年合作区规上工业总产值力争增长15%。",
        "深圳市",
        [dict(region="", note="zone 河套深港科技创新合作区", value=15)],
        id="attr-a-zone-named-in-full-after-a-modifier-with-de",
    ),
    pytest.param(
        "2025年，全县地区生产总值完成520亿元，总量继续位居全省县域第一；财政收入38亿元，增长5%。",
        "博罗县",
        [dict(region="博罗县"), dict(region="博罗县"), dict(region="博罗县")],
        id="attr-a-ranking-among-the-provinces-counties-is-no-province-figure",
    ),
    pytest.param(
        "大亚湾石化区全年完成固定资产投资280亿元，规上工业总产值突破900亿元。光明科学城今年固定资产投资增长15%。",
        "惠州市",
        [
            dict(region="", note="zone 大亚湾石化区"),
            dict(region="", note="zone 大亚湾石化区"),
            dict(region="", note="zone 光明科学城"),
        ],
        id="attr-zones-opening-with-lead-words-and-science-cities",
    ),
    pytest.param(
        "白云区召开高质量发展大会。区委书记表示，今年全区地区生产总值增长6%左右，为广州发展多作贡献。",
        None,
        [dict(region="白云区", parent_region="广州市")],
        id="attr-a-name-of-two-districts-is-the-one-whose-city-the-text-names",
    ),
    pytest.param(
        "白云区召开经济工作会议。区委书记表示，今年全区地区生产总值增长5.5%，推动贵阳高质量发展。",
        None,
        [dict(region="白云区", parent_region="贵阳市")],
        id="attr-the-same-name-in-another-province-by-its-city",
    ),
    pytest.param(
        "合肥高新区“十五五”期间地区生产总值年均增长9%以上。滨湖新区今年计划完成固定资产投资300亿元。",
        "合肥市",
        [dict(region="", note="zone 合肥高新区"), dict(region="", note="zone 滨湖新区")],
        id="attr-a-zone-before-a-plan-period-or-a-plan-word",
    ),
    pytest.param(
        "丹灶镇规上工业总产值力争突破800亿元，工业投资增长15%以上；九江镇社会消费品零售总额增长7%。",
        "南海区",
        [
            dict(region="", note="town 丹灶镇", indicator="industrial_output"),
            dict(region="", note="town 丹灶镇", indicator="industrial_investment"),
            dict(region="", note="town 九江镇"),
        ],
        id="attr-a-town-whose-figure-opens-the-sentence-holds-for-its-clauses",
    ),
    pytest.param(
        "江门高新区规上工业增加值增长9%，固定资产投资增长12%。",
        "江门市",
        [dict(region="", note="zone 江门高新区"), dict(region="", note="zone 江门高新区")],
        id="attr-a-zone-whose-figure-opens-the-sentence-holds-for-its-clauses",
    ),
    pytest.param(
        "奋力谱写高质量发展新篇章\n\n3月2日，全省高质量发展大会在长沙召开。会议提出，今年全省地区生产总值增长6%左右。",
        None,
        [dict(region="湖南省", level="province")],
        id="attr-the-venue-of-a-provincial-meeting-gives-its-province",
    ),
    pytest.param(
        "2月10日，全市经济工作会议在南沙区举行。会议要求，地区生产总值增长5%以上。",
        None,
        [dict(region="广州市", level="city")],
        id="attr-the-venue-of-a-city-meeting-gives-its-city",
    ),
    pytest.param(
        "2024年全市规上工业增加值增长7%，增速全省排名第3；一般公共预算收入80亿元。",
        "韶关市",
        [dict(region="韶关市"), dict(region="韶关市")],
        id="attr-a-province-ranking-does-not-carry-to-the-next-clause",
    ),
    pytest.param(
        "大广海湾经济区是全市发展的主战场，要确保规上工业总产值增长25%。",
        "江门市",
        [dict(region="", note="zone 大广海湾经济区")],
        id="attr-a-zone-that-is-the-subject-of-a-framing-clause",
    ),
    pytest.param(
        "博罗经济开发区要加快扩园提质，今年规上工业增加值增长12%。",
        "惠州市",
        [dict(region="", note="zone 博罗经济开发区")],
        id="attr-a-zone-named-after-its-county-is-not-the-county",
    ),
    pytest.param(
        "佛山高新区三水园要加快集聚先进制造业，规上工业总产值增长10%。",
        "佛山市",
        [dict(region="", note="zone 佛山高新区三水园")],
        id="attr-a-park-of-a-zone-opening-the-sentence",
    ),
    pytest.param(
        "碣石经济开发区、华侨管理区地区生产总值分别增长9%、7%。",
        "汕尾市",
        [dict(region="", note="zone 碣石经济开发区", value=9), dict(region="", note="zone 华侨管理区", value=7)],
        id="attr-a-list-of-zones-distributes-its-figures",
    ),
    pytest.param(
        "杨柑镇、城月镇要做强特色农业，农业总产值各增长8%。",
        "湛江市",
        [dict(region="", note="town 杨柑镇", value=8), dict(region="", note="town 城月镇", value=8)],
        id="attr-towns-opening-the-sentence-share-a-figure-by-ge",
    ),
    pytest.param(
        "龙门县召开高质量发展大会\n\n惠州日报 2024年2月20日讯\n\n县委书记在会上说，今年全县地区生产总值要增长6%以上。",
        None,
        [dict(region="龙门县", level="district")],
        id="attr-a-news-outlet-in-the-dateline-is-not-the-region",
    ),
    pytest.param(
        "湛江云媒 2024年3月5日\n\n雷州市召开2024年高质量发展大会。会议提出，今年全市地区生产总值增长6%。",
        None,
        [dict(region="雷州市")],
        id="attr-an-outlet-heading-the-text-is-not-the-region",
    ),
    pytest.param(
        "乐平镇2024年工作会议\n\n今年规上工业增加值增长8%。",
        None,
        [dict(region="")],
        id="attr-a-town-named-like-another-provinces-county-is-not-it",
    ),
    pytest.param(
        "2024年，鹤山市提出，鹤山工业城要发挥主引擎作用，力争规上工业总产值突破600亿元。",
        "江门市",
        [dict(region="", note="zone 鹤山工业城")],
        id="attr-a-zone-after-a-dateline-and-a-speech-intro",
    ),
    pytest.param(
        "花都、增城、从化三区规上工业总产值合计突破6000亿元，三区工业投资总额增长15%以上。",
        "广州市",
        [dict(region="", note="total of 花都区、增城区、从化区"), dict(region="", note="total of 三区")],
        id="attr-regions-counted-as-the-subject",
    ),
    pytest.param(
        "2029年1月8日，茂名市政府工作报告提出，滨海新区要加快绿色化工布局，今年固定资产投资增长25%。",
        "茂名市",
        [dict(region="", note="zone 滨海新区")],
        id="attr-a-local-new-area-is-no-other-provinces-district",
    ),
    pytest.param(
        "过去一年，全市规上工业增加值增长8.5%，增速排名全省前列；港口货物吞吐量达到3.1亿吨。\n\n"
        "徐闻县委书记介绍，今年将力争菠萝产业产值突破百亿元。会后，湛江市还将举行项目集中开工活动，共有项目86个。",
        "湛江市",
        [dict(region="湛江市"), dict(region="湛江市"), dict(region="徐闻县"), dict(region="湛江市")],
        id="attr-a-ranking-in-the-province-and-the-city-again",
    ),
    pytest.param(
        "汕头华侨经济文化合作试验区管委会主任表示，试验区今年固定资产投资增长20%。",
        "汕头市",
        [dict(region="", note="zone 汕头华侨经济文化合作试验区")],
        id="attr-a-pilot-zones-head",
    ),
    pytest.param(
        "湘橋區委書記表示，湘橋區將大力發展文旅消費。潮州港經濟開發區負責人表示，開發區將堅持以港興區，"
        "規上工業增加值力爭增長20%。",
        "潮州市",
        [dict(region="", note="zone 潮州港经济开发区", value=20)],
        id="attr-a-zones-head-speaking-in-traditional-script",
    ),
    pytest.param(
        "广宁县委书记 苏某：\n\n广宁今年地区生产总值增长5%。\n\n肇庆高新区党工委书记 吴某：\n\n"
        "今年规上工业增加值增长12%，力争工业投资突破150亿元。",
        "肇庆市",
        [dict(region="广宁县"), dict(region="", note="zone 肇庆高新区"), dict(region="", note="zone 肇庆高新区")],
        id="attr-a-zones-speaker",
    ),
    pytest.param(
        "今年跨境电商进出口额突破500亿元，固定资产投资五年累计完成3200亿元。",
        "河源市",
        [dict(indicator="cross_border_ecommerce", tier=2), dict(indicator="fixed_asset_investment")],
        id="attr-cross-border-trade-is-not-foreign-trade",
    ),
    pytest.param(
        "慈溪市提出，今年全市规上工业总产值确保突破4000亿元。谷城县确保全县固定资产投资增长10%以上。",
        "宁波市",
        [dict(region="慈溪市", value=4e11), dict(region="谷城县", value=10)],
        id="attr-the-whole-of-the-county-just-named",
    ),
    pytest.param(
        "宁海县委书记表示，今年全县地区生产总值增长7%。会议强调，确保一季度全市规上工业增加值增长8%以上。",
        "宁波市",
        [dict(region="宁海县", value=7), dict(region="宁波市", value=8)],
        id="attr-the-whole-city-after-a-county-speaker",
    ),
    pytest.param(
        "广州开发区要扛起“万亿制造”重任，规上工业总产值力争突破1万亿元；狮山镇作为工业重镇，地区生产总值增长8%。"
        "全区地区生产总值增长6%。",
        "黄埔区",
        [
            dict(region="", note="zone 广州开发区", value=1e12),
            dict(region="", note="town 狮山镇", value=8),
            dict(region="黄埔区", value=6),
        ],
        id="attr-a-town-or-zone-opening-the-sentence-is-its-subject",
    ),
    pytest.param(
        "区委书记、广州开发区党工委书记王某作讲话。王某表示，今年全区地区生产总值增长6%以上。",
        "黄埔区",
        [dict(region="黄埔区", value=6)],
        id="attr-a-zone-in-a-speakers-title-is-not-a-region",
    ),
    pytest.param(
        "和平县、龙川县地区生产总值分别增长6%、5.5%。永和街道、云埔街道规上工业产值各增长10%。",
        "河源市",
        [
            dict(region="和平县", indicator="gdp", value=6),
            dict(region="龙川县", indicator="gdp", value=5.5),
            dict(region="", note="town 永和街道"),
            dict(region="", note="town 云埔街道"),
        ],
        id="attr-names-with-he-inside-are-not-split",
    ),
    pytest.param(
        "肇庆新区今年要完成固定资产投资200亿元；推动高新区规上工业总产值今年突破300亿元；南沙新区地区生产总值增长10%。",
        "广州市",
        [dict(region="", note="zone 肇庆新区"), dict(region="", note="zone 高新区"), dict(region="南沙区", value=10)],
        id="attr-new-areas-and-a-zone-named-by-its-kind",
    ),
    pytest.param(
        "全市新增茶园1万亩；望埠镇新增茶园5000亩。英红镇党委书记表示，英红镇今年将确保茶叶产值增长12%。",
        "英德市",
        [
            dict(region="英德市", value=6_666_667),
            dict(region="", note="town 望埠镇"),
            dict(region="", value=12, note="town 英红镇"),
        ],
        id="attr-a-town-opening-a-free-phrase",
    ),
    pytest.param(
        "湛江今年地区生产总值力争增长6%。\n\n会议还明确，珠三角9市力争地区生产总值合计增长5%以上。",
        "广东省",
        [dict(region="湛江市", value=6), dict(region="", value=5, note="total of 珠三角9市")],
        id="attr-a-total-over-a-counted-group-of-regions",
    ),
    pytest.param(
        "全市10个县（市、区）中，有7个将今年地区生产总值增速目标定在6.5%以上；5个中心镇要成为增长极。",
        "湛江市",
        [],  # 有7个将…定在6.5%以上: what seven unnamed counties set, no region's target
        id="attr-counts-of-regions-that-are-subjects-are-no-figures",
    ),
    pytest.param(
        "回看2022年，全省地区生产总值达12.9万亿元。全市地区生产总值增长5%。",
        "茂名市",
        [dict(region="广东省", level="province", year=2022, kind="actual"), dict(region="茂名市", value=5)],
        id="attr-the-whole-province-in-a-citys-text",
    ),
    pytest.param(
        "各市地区生产总值增长目标出炉：茂名5%左右，湛江5.5%。",
        "广东省",
        [
            dict(region="茂名市", indicator="gdp", measure="growth", value=5, bound="approx"),
            dict(region="湛江市", indicator="gdp", measure="growth", value=5.5),
        ],
        id="attr-round-up-of-regions-after-a-colon",
    ),
    pytest.param(
        "各市固定资产投资增长目标如下：\n肇庆 6% 左右\n云浮 7%\n",
        "广东省",
        [
            dict(region="肇庆市", indicator="fixed_asset_investment", measure="growth", value=6),
            dict(region="云浮市", indicator="fixed_asset_investment", measure="growth", value=7),
        ],
        id="attr-table-lines-of-regions",
    ),
    pytest.param(
        "韶关则把地区生产总值增长目标定在6%左右。",
        "广东省",
        [dict(region="韶关市", indicator="gdp", value=6, bound="approx")],
        id="attr-target-set-at",
    ),
    pytest.param(
        "全省地区生产总值增长目标为5%左右。广州市提出地区生产总值增长5%左右。其中，深圳市表示，“今年要确保地区生产总值增长5.5%以上”。",
        "广东省",
        [
            dict(region="广东省", value=5),
            dict(region="广州市", value=5),
            dict(region="深圳市", value=5.5, bound="min", commitment="ensure"),
        ],
        id="attr-region-that-announces-and-quoted-speech",
    ),
    pytest.param(
        "各市地区生产总值增长目标中，湛江、茂名均为5.5%以上，汕头提出增长6%。",
        "广东省",
        [
            dict(region="湛江市", indicator="gdp", value=5.5),
            dict(region="茂名市", indicator="gdp", value=5.5),
            dict(region="汕头市", indicator="gdp", value=6),
        ],
        id="attr-listed-regions-take-the-indicator-named-earlier",
    ),
    pytest.param(
        "苏州工业园区要实现地区生产总值2700亿元，前海深港现代服务业合作区今年规上工业增加值增长10%，全市地区生产总值增长6%。",
        "苏州市",
        [
            dict(region="", indicator="gdp", note="zone 苏州工业园区"),
            dict(region="", indicator="industrial_value_added", note="zone 前海深港现代服务业合作区"),
            dict(region="苏州市", value=6),
        ],
        id="attr-functional-zones-are-not-their-city",
    ),
    pytest.param(
        "横琴合作区去年实现地区生产总值545亿元，同比增长4.9%。新会产业园今年新增用地300公顷。",
        "江门市",
        [
            dict(region="", value=5.45e10, note="zone 横琴合作区"),
            dict(region="", value=4.9, note="zone 横琴合作区"),
            dict(region="江门市", value=3e6, unit="m2"),
        ],
        id="attr-a-zones-figures-over-its-clauses-and-a-parks-land-is-its-regions",
    ),
    pytest.param(
        "2024年湖南省政府工作报告\n\n今年地区生产总值增长6%。",
        None,
        [dict(region="湖南省")],
        id="attr-provincial-work-report-title",
    ),
    pytest.param(
        "政府工作报告\n\n——2024年1月10日在株洲市第十五届人民代表大会第四次会议上\n\n今年地区生产总值增长6%。",
        None,
        [dict(region="株洲市", parent_region="湖南省")],
        id="attr-work-report-subtitle",
    ),
    pytest.param(
        "今年新建口袋公园25处，港口集装箱吞吐量500万标箱，矿区生态修复面积2万亩。",
        None,
        [dict(region=""), dict(region=""), dict(region="")],
        id="attr-common-words-are-no-places-without-context",
    ),
    pytest.param(
        "今年南海区地区生产总值增长6%以上，狮山镇地区生产总值突破1200亿元，大沥镇规上工业产值增长10%。",
        "佛山市",
        [
            dict(region="南海区", indicator="gdp", value=6),
            dict(region="", indicator="gdp", value=1.2e11, note="town 狮山镇"),
            dict(region="", indicator="industrial_output", value=10, note="town 大沥镇"),
        ],
        id="attr-town-below-the-region-table",
    ),
    pytest.param(
        "虎门镇、长安镇地区生产总值均突破1000亿元，全市城镇居民人均可支配收入增长6%。",
        "东莞市",
        [
            dict(region="", indicator="gdp", note="town 虎门镇"),
            dict(region="", indicator="gdp", note="town 长安镇"),
            dict(region="东莞市", measure="growth", value=6),
        ],
        id="attr-towns-listed-and-urban-words-that-are-not-towns",
    ),
    pytest.param(
        "全省地区生产总值达到13.6万亿元，增长4.8%。其中，深圳市为3.5万亿元，广州市为3.1万亿元。",
        "广东省",
        [
            dict(region="广东省", indicator="gdp", measure="level"),
            dict(region="广东省", measure="growth"),
            dict(region="深圳市", indicator="gdp", measure="level", value=3.5e12, tier=1),
            dict(region="广州市", indicator="gdp", measure="level", value=3.1e12, tier=1),
        ],
        id="attr-region-alone-takes-the-indicator-before",
    ),
    pytest.param(
        "全省规上工业增加值增长5%，佛山、东莞均增长6%以上。",
        "广东省",
        [
            dict(region="广东省", value=5),
            dict(region="佛山市", indicator="industrial_value_added", value=6, bound="min"),
            dict(region="东莞市", indicator="industrial_value_added", value=6, bound="min"),
        ],
        id="attr-listed-regions-alone-take-the-indicator-before",
    ),
    pytest.param(
        "全市固定资产投资增长8%。其中，工业投资增长12%，南沙为9%。",
        "广州市",
        [
            dict(region="广州市", indicator="fixed_asset_investment"),
            dict(region="广州市", indicator="industrial_investment"),
            dict(region="南沙区", indicator="industrial_investment", value=9),
        ],
        id="attr-region-alone-takes-the-nearest-indicator",
    ),
    pytest.param(
        "广州市委书记 张三：\n\n力争黄埔地区生产总值增长8%，全市固投增长10%。",
        None,
        [
            dict(region="黄埔区", parent_region="广州市", level="district", indicator="gdp"),
            dict(region="广州市", parent_region="广东省", level="city", indicator="fixed_asset_investment"),
        ],
        id="attr-district-named-by-city-speaker",
    ),
    pytest.param(
        "今年南沙经济总量增长10%、固投增长20%。",
        "广州市",
        [dict(region="南沙区", value=10), dict(region="南沙区", value=20)],
        id="attr-short-name-in-context",
    ),
    pytest.param(
        "市商务局局长李某表示，全年社会消费品零售总额增长7%。",
        "深圳市",
        [dict(region="深圳市", indicator="retail_sales")],
        id="attr-city-department",
    ),
    pytest.param(
        "武侯区委书记 王某：\n\n确保全区地区生产总值增长6.5%。",
        "成都市",
        [dict(region="武侯区", parent_region="成都市", level="district")],
        id="attr-other-province",
    ),
    pytest.param(
        "朝阳区委书记王某表示，今年朝阳GDP增长5%。",
        "北京市",
        [dict(region="朝阳区", parent_region="北京市")],
        id="attr-colliding-short-name",
    ),
    pytest.param(
        "**区委书记在会上表示，力争全区地区生产总值增长8%。",
        None,
        [dict(region="", note="redacted")],
        id="attr-redacted",
    ),
    pytest.param(
        "台山市委书记 李某：\n\n力争全市地区生产总值增长7%。",
        None,
        [dict(region="台山市", parent_region="江门市", level="district")],
        id="attr-county-level-city",
    ),
    pytest.param(
        "2025年湖南省政府工作报告\n\n各位代表：现在，我代表省人民政府向大会报告工作，请予审议。\n\n"
        "今年全省地区生产总值增长5.5%左右，长沙市力争增长6%。",
        None,
        [
            dict(region="湖南省", parent_region="", level="province", indicator="gdp"),
            dict(region="长沙市", parent_region="湖南省", level="city", value=6),
        ],
        id="attr-provincial-report-titled-by-province",
    ),
    pytest.param(
        "广东省佛山市高质量发展大会\n\n全省要奋勇争先，全市地区生产总值力争增长6%。",
        None,
        [dict(region="佛山市", level="city")],
        id="attr-city-speech-under-a-province-dateline",
    ),
    pytest.param(
        "广东省经济运行情况新闻发布会上，省统计局表示，全省地区生产总值增长4.8%，其中广州市地区生产总值突破3万亿元。",
        None,
        [dict(region="广东省", level="province", value=4.8), dict(region="广州市", level="city")],
        id="attr-province-release-naming-a-city-later",
    ),
    pytest.param(
        "2024年天河区高质量发展大会\n\n区委书记在会上指出，要坚定信心、真抓实干。\n\n"
        "到2025年，数字经济核心产业增加值翻一番。",
        None,
        [dict(region="天河区", parent_region="广州市", value=100)],
        id="attr-title-region-after-a-year",
    ),
    pytest.param(
        "今年全市新建保障性租赁住房120万平方米。",
        "佛山市",
        [dict(region="佛山市", value=1_200_000)],
        id="attr-short-name-that-is-a-word-elsewhere",
    ),
    pytest.param(
        "今年蓬江区、江海区、新会区三区地区生产总值合计力争突破2000亿元，全市增长5%。",
        "江门市",
        [dict(region="", note="total of 蓬江区、江海区、新会区", value=2e11), dict(region="江门市", value=5)],
        id="attr-total-over-several-regions-is-none-of-them",
    ),
    pytest.param(
        "江门市杜阮镇召开一季度经济运行分析会。一季度，杜阮镇实现地区生产总值20.1亿元，同比增长5.2%。\n\n"
        "工业方面，规上工业增加值同比增长7.5%。",
        "江门市",
        [
            dict(region="", note="town 杜阮镇", measure="level"),
            dict(region="", note="town 杜阮镇", value=5.2),
            dict(region="", note="town 杜阮镇", value=7.5, period="Q1"),
        ],
        id="attr-a-towns-own-meeting-with-its-city-named-before-it",
    ),
    pytest.param(
        "今年，杏坛镇、均安镇固定资产投资分别增长12%、10%，石井、坪山街道社会消费品零售总额均增长6%。",
        "佛山市",
        [
            dict(region="", note="town 杏坛镇", indicator="fixed_asset_investment", value=12),
            dict(region="", note="town 均安镇", indicator="fixed_asset_investment", value=10),
            dict(region="", note="town 石井街道", indicator="retail_sales", value=6),
            dict(region="", note="town 坪山街道", indicator="retail_sales", value=6),
        ],
        id="attr-towns-listed-before-an-indicator-keep-their-own-names-and-the-indicator-whole",
    ),
    pytest.param(
        "香港方面，特区政府统计处公布的数字显示，去年本地生产总值实质增长3.1%。\n\n"
        "澳门特区政府统计暨普查局数据显示，去年本地生产总值实质增长4.8%。全年入境旅客约4000万人次。\n\n"
        "三、珠海2026年目标\n\n今年全市地区生产总值增长6%左右。",
        "珠海市",
        [
            dict(region="香港特别行政区", value=3.1),
            dict(region="澳门特别行政区", value=4.8),
            dict(region="澳门特别行政区", value=4e7),
            dict(region="珠海市", value=6),
        ],
        id="attr-a-paragraph-citing-a-regions-own-statistics-office-is-on-it-up-to-the-next-numbered-heading",
    ),
    pytest.param(
        "澳门特区政府今年的施政报告提出，本地生产总值力争增长3%左右。"
        "特区政府将投入200亿澳门元用于公共工程，全澳新增就业岗位5000个。",
        None,
        [
            dict(region="澳门特别行政区", indicator="gdp", value=3),
            dict(region="澳门特别行政区", value=2e10),
            dict(region="澳门特别行政区", value=5000),
        ],
        id="attr-a-special-administrative-region-named-in-the-head-with-its-government-is-the-texts-own",
    ),
    pytest.param(
        "深圳特区报讯 香港媒体关注：广州今年地区生产总值增长5%左右。全市固定资产投资增长3%。",
        None,
        [dict(region="广州市", value=5), dict(region="广州市", value=3)],
        id="attr-a-special-administrative-region-in-the-head-of-another-regions-text-is-not-its-own",
    ),
    pytest.param(
        "东凤镇2025年工作总结和2026年工作计划\n\n一年来，全镇经济稳中有进。预计全年地区生产总值约160亿元，同比增长4.5%。"
        "\n\n2026年，全镇规上工业增加值增长6%。",
        "中山市",
        [
            dict(region="", note="town 东凤镇", measure="level"),
            dict(region="", note="town 东凤镇", value=4.5),
            dict(region="", note="town 东凤镇", value=6),
        ],
        id="attr-a-title-that-opens-with-a-town-and-its-own-report-makes-the-text-the-towns",
    ),
    pytest.param(
        "禅城：做强中心城区\n\n禅城区地区生产总值增长5%，社会消费品零售总额增长6%，要发挥中心城区的服务功能。\n\n"
        "高明、三水：挑起增长大梁\n\n会议要求，两区工业投资均增长20%。\n\n抓项目：百日攻坚开局\n\n"
        "今年首批集中开工项目158个，要加快形成实物工作量。",
        "佛山市",
        [
            dict(region="禅城区", value=5),
            dict(region="禅城区", value=6),
            dict(region="高明区", value=20),
            dict(region="三水区", value=20),
            dict(region="佛山市", value=158),
        ],
        id="attr-a-heading-on-several-regions-ends-the-section-of-the-one-above",
    ),
    pytest.param(
        "其中，遂溪县签约项目9个，廉江市签约项目8个。\n\n“今天签约的项目中，有3个已经拿地。”遂溪县有关负责人介绍，"
        "该县今年一季度计划新开工亿元以上项目不少于10个。",
        "湛江市",
        [
            dict(region="遂溪县", value=9),
            dict(region="廉江市", value=8),
            dict(region="遂溪县", value=10, bound="min"),
        ],
        id="attr-gaixian-is-the-county-named-last",
    ),
    pytest.param(
        "南海区今年成绩亮眼。广东金融高新区集聚金融及配套项目超过1000个，新增上市企业5家。",
        "南海区",
        [dict(region="南海区", value=1000, bound="min"), dict(region="南海区", value=5)],
        id="attr-a-zone-named-after-its-province-is-no-figure-of-the-province",
    ),
    pytest.param(
        "大湾区11城上半年经济账单出炉：深圳领跑 多城增速回升\n\n记者梳理发现，九市经济总体回升。\n\n"
        "广州上半年地区生产总值15106.08亿元，同比增长3.8%。从需求端看，社会消费品零售总额5718亿元，增长4.6%。",
        None,
        [
            dict(region="广州市", measure="level"),
            dict(region="广州市", value=3.8),
            dict(region="广州市", value=5.718e11),
            dict(region="广州市", value=4.6),
        ],
        id="attr-in-a-round-up-of-cities-a-sentence-naming-none-goes-on-with-the-city-before",
    ),
    pytest.param(
        "常平镇召开2026年经济工作会议。今年全镇地区生产总值增长6%。\n\n"
        "报告强调，市委、市政府已明确今年全市地区生产总值增长5%以上的目标，常平要比全市跑得更快。",
        "东莞市",
        [dict(region="", note="town 常平镇", value=6), dict(region="东莞市", value=5, bound="min")],
        id="attr-the-whole-city-in-a-towns-text-is-its-city",
    ),
    pytest.param(
        "经济第一大省广东，2025年地区生产总值达14.58万亿元，增长4.2%。与台湾隔海相望的厦门，去年GDP为8589亿元。",
        None,
        [
            dict(region="广东省", measure="level"),
            dict(region="广东省", value=4.2),
            dict(region="厦门市", measure="level"),
        ],
        id="attr-a-region-a-descriptor-names-before-the-first-comma-is-the-sentences-subject",
    ),
    pytest.param(
        "镇域经济活力迸发。新城镇地区生产总值突破100亿元；鹤城镇要做好农字文章，农业总产值增长6%。全县城镇化率达到55%。",
        "新兴县",
        [
            dict(region="", note="town 新城镇", value=1e10),
            dict(region="", note="town 鹤城镇", value=6),
            dict(region="新兴县", value=55),
        ],
        id="attr-a-township-whose-name-ends-like-chengzhen-is-a-town",
    ),
    pytest.param(
        "记者根据各地公开数据整理如下：\n\n1. 深圳　2025年：GDP 38731.8亿元，增长5.3%　｜　2026年目标：增长5%左右\n"
        "2. 广州　2025年：GDP 32186.4亿元，增长4.2%　｜　2026年目标：增长4.5%以上",
        "广东省",
        [
            dict(region="深圳市", indicator="gdp", measure="level", year=2025),
            dict(region="深圳市", indicator="gdp", value=5.3, year=2025),
            dict(region="深圳市", indicator="gdp", value=5, year=2026, kind="target"),
            dict(region="广州市", indicator="gdp", measure="level", year=2025),
            dict(region="广州市", indicator="gdp", value=4.2, year=2025),
            dict(region="广州市", indicator="gdp", value=4.5, year=2026, kind="target"),
        ],
        id="attr-numbered-lines-of-a-list-of-regions-each-with-its-labelled-figures",
    ),
    pytest.param(
        "据合作区执委会发布的数据，二○二五年横琴粤澳深度合作区实现地区生产总值512.6亿元，同比增长6.8%。",
        "珠海市",
        [
            dict(region="", note="zone 横琴粤澳深度合作区", measure="level"),
            dict(region="", note="zone 横琴粤澳深度合作区", value=6.8),
        ],
        id="attr-a-zone-after-a-year-in-chinese-numerals-is-the-zone",
    ),
    pytest.param(
        "开局之年访园区｜专访仲恺高新区党工委书记陈卓然：\n规上工业总产值力争突破3500亿元\n\n"
        "陈卓然：2025年，我们全年实现地区生产总值912.6亿元，同比增长6.8%。",
        "惠州市",
        [
            dict(region="", note="zone 仲恺高新区", value=3.5e11),
            dict(region="", note="zone 仲恺高新区", measure="level", year=2025),
            dict(region="", note="zone 仲恺高新区", value=6.8),
        ],
        id="attr-an-interview-with-a-zones-head-under-a-series-label-is-the-zones",
    ),
    pytest.param(
        "📊数读长安｜上半年经济“成绩单”出炉\n\n长安统计　2025年07月25日\n\n"
        "上半年，长安镇坚持制造业当家，经济运行总体平稳。\n\n上半年，全镇实现地区生产总值461.27亿元，同比增长5.4%。",
        "东莞市",
        [
            dict(region="", note="town 长安镇", measure="level", period="H1"),
            dict(region="", note="town 长安镇", value=5.4),
        ],
        id="attr-a-post-on-全镇-whose-lead-names-the-town-in-full-is-the-towns",
    ),
    pytest.param(
        "排在博罗之后的是惠东县、四会市和普宁市，三地分别实现地区生产总值938.5亿元、751.2亿元、736.4亿元。",
        "广东省",
        [
            dict(region="惠东县", value=9.385e10),
            dict(region="四会市", value=7.512e10),
            dict(region="普宁市", value=7.364e10),
        ],
        id="attr-三地-after-的是-and-和-stands-for-the-three-places-just-listed",
    ),
    pytest.param(
        "川渝两地亮出2026年增长目标　四川、重庆均订5.5%左右",
        None,
        [
            dict(region="四川省", indicator="gdp", value=5.5, bound="approx", kind="target"),
            dict(region="重庆市", indicator="gdp", value=5.5, bound="approx", kind="target"),
        ],
        id="attr-regions-alone-with-a-rate-订-as-their-goal-is-their-economies-growth",
    ),
    pytest.param(
        "深圳提出地区生产总值增长5.5%以上，同时提出外贸进出口增长3%。广州的表述是地区生产总值确保增长5%、力争5.5%。",
        "广东省",
        [
            dict(region="深圳市", indicator="gdp", value=5.5),
            dict(region="深圳市", indicator="foreign_trade", value=3),
            dict(region="广州市", indicator="gdp", value=5, commitment="ensure"),
            dict(region="广州市", indicator="gdp", value=5.5, commitment="strive"),
        ],
        id="attr-a-city-before-的表述是-is-the-subject-of-the-goals-after-it",
    ),
    pytest.param(
        "广州固定资产投资增长3%左右。苏州今年的增长目标为5.5%左右。",
        "广东省",
        [
            dict(region="广州市", indicator="fixed_asset_investment", value=3),
            dict(region="苏州市", indicator="gdp", value=5.5, kind="target"),
        ],
        id="attr-a-citys-增长目标-with-no-indicator-is-its-economys-not-the-one-before",
    ),
    pytest.param(
        "2022年，面对多重考验，全市上下咬定目标不放松，经济运行稳中向好。全市地区生产总值增长4.1%。"
        "全年新增规上工业企业583家。\n\n各县（市、区）你追我赶、各展所长。蓬江区地区生产总值突破千亿元；"
        "鹤山市工业投资增长35%以上。",
        "江门市",
        [
            dict(value=4.1, year=2022, kind="actual"),
            dict(value=583, year=2022, kind="actual"),
            dict(region="蓬江区", value=1e11, year=2022, kind="actual"),
            dict(region="鹤山市", value=35, year=2022, kind="actual"),
        ],
        id="attr-咬定目标-and-a-whole-year-of-results-plan-nothing-for-the-topic-paragraph-after",
    ),
    pytest.param(
        "去年海南外贸增长15%。洋浦经济开发区货物进出口总额1218.6亿元。\n\n"
        "工业是两江新区的“压舱石”。2022年，两江新区地区生产总值4685.2亿元。",
        "海南省",
        [
            dict(region="海南省", value=15),
            dict(region="", note="zone 洋浦经济开发区", indicator="foreign_trade"),
            dict(region="", note="zone 两江新区", indicator="gdp"),
        ],
        id="attr-a-zone-before-货物进出口-and-a-zone-after-是-are-named-as-such",
    ),
    pytest.param(
        "钦州综合保税区去年进出口额超600亿元\n\n来源：广西日报　　2023年3月12日\n\n"
        "3月11日，记者获悉，2022年钦州综合保税区实现进出口总额612.4亿元。区内规上工业总产值达到405.2亿元。"
        "据介绍，去年钦州市外贸进出口总额1046.3亿元。",
        "钦州市",
        [
            dict(region="", note="zone 钦州综合保税区", value=6e10, year=2022),
            dict(region="", note="zone 钦州综合保税区", value=6.124e10, year=2022),
            dict(region="", note="zone 钦州综合保税区", value=4.052e10, year=2022),
            dict(region="钦州市", value=1.0463e11, year=2022),
        ],
        id="attr-a-title-opening-with-a-zone-and-its-figures-is-the-zones-report",
    ),
    pytest.param(
        "6️⃣ 设区市：各展所长\n\n🔹福州、厦门、泉州规上工业增加值分别增长7.2%、6.8%和5.9%\n"
        "🔹平潭综合实验区外贸进出口增长18.6%",
        "福建省",
        [
            dict(region="福州市", indicator="industrial_value_added", value=7.2),
            dict(region="厦门市", indicator="industrial_value_added", value=6.8),
            dict(region="泉州市", indicator="industrial_value_added", value=5.9),
            dict(region="", note="zone 平潭综合实验区", indicator="foreign_trade", value=18.6),
        ],
        id="attr-a-bulleted-list-of-regions-and-a-综合实验区-zone",
    ),
    pytest.param(
        "仁化县推动错位发展。工业重镇董塘镇依托有色金属产业基础，前三季度规上工业总产值达到86.3亿元。"
        "丹霞街道做旺文旅产业，前三季度接待游客428万人次。白花镇一家企业负责人说，企业今年计划招聘员工300人。",
        "仁化县",
        [
            dict(region="", note="town 董塘镇", value=8.63e9),
            dict(region="", note="town 丹霞街道", value=4.28e6),
            dict(region="仁化县", value=300),
        ],
        id="attr-a-town-of-the-gazetteer-opening-a-sentence-is-its-subject-whatever-it-does",
    ),
    pytest.param(
        "深圳上半年GDP逾1.83万亿元　同比增长5.1%\n南山区经济总量续居各区之首　龙岗工业增速领跑\n\n"
        "【本报讯】深圳市统计局公布上半年经济数据。上半年深圳规模以上工业增加值同比增长6.8%。"
        "新能源汽车产量增长18.3%，工业投资逆势增长9.6%。",
        None,
        [
            dict(region="深圳市", indicator="gdp", measure="level"),
            dict(region="深圳市", indicator="gdp", value=5.1),
            dict(region="深圳市", indicator="industrial_value_added", value=6.8),
            dict(region="深圳市", value=18.3),
            dict(region="深圳市", indicator="industrial_investment", value=9.6),
        ],
        id="attr-a-titles-second-line-naming-a-district-heads-no-section",
    ),
    pytest.param(
        "县域“十强”成绩单出炉：昆山稳居榜首，晋江增速领先\n——全国经济强县（市）观察\n\n"
        "据测算，百强县地区生产总值合计约13.2万亿元。\n\n昆山：工业领跑\n\n"
        "江苏省昆山市去年实现地区生产总值5380.9亿元。全市规上工业总产值1.13万亿元。\n\n晋江：增速领先\n\n"
        "晋江市去年地区生产总值3500亿元。今年，晋江提出地区生产总值增长6%，晋江还将新增规上工业企业100家。\n\n"
        "江阴、张家港：各显身手\n\n截至去年底，江阴境内外上市公司总数达到62家。",
        None,
        [
            dict(region="", value=1.32e13),
            dict(region="昆山市", value=5.3809e11),
            dict(region="昆山市", value=1.13e12),
            dict(region="晋江市", value=3.5e11),
            dict(region="晋江市", value=6),
            dict(region="晋江市", value=100),
            dict(region="", value=62),
        ],
        id="attr-a-round-ups-title-naming-several-counties-makes-none-the-texts-own",
    ),
    pytest.param(
        "拉高标杆抓落实 奋力跑出县域发展加速度\n——信宜市委书记在2025年全市高质量发展大会上讲话（摘要）\n\n同志们：\n\n"
        "今天我们召开全市高质量发展大会，传达全省和茂名市大会精神。2024年，全市地区生产总值476.3亿元，同比增长3.8%。",
        None,
        [
            dict(region="信宜市", measure="level", year=2024),
            dict(region="信宜市", value=3.8, year=2024),
        ],
        id="attr-the-speaker-a-subtitle-names-under-a-title-on-县域-is-of-the-texts-own-region",
    ),
    pytest.param(
        "2024年，珠三角9市制造业投资合计增长5.2%，占全省制造业投资的比重为73.8%。",
        "广东省",
        [
            dict(region="", note="total of 珠三角9市", value=5.2),
            dict(region="", note="total of 珠三角9市", value=73.8),
        ],
        id="attr-a-share-right-after-a-total-over-regions-is-the-totals",
    ),
    pytest.param(
        "知识城：去年规上工业总产值突破1900亿元 今年冲刺2150亿元\n——访中新广州知识城管委会常务副主任\n\n"
        "记者：2025年知识城交出了怎样的成绩单？\n\n答：2025年，知识城实现地区生产总值792.4亿元，同比增长8.2%。",
        "广州市",
        [
            dict(region="", note="zone 中新广州知识城", value=1.9e11),
            dict(region="", note="zone 中新广州知识城", value=2.15e11),
            dict(region="", note="zone 中新广州知识城", value=7.924e10),
            dict(region="", note="zone 中新广州知识城", value=8.2),
        ],
        id="attr-a-subtitle-visiting-a-zones-head-makes-the-interview-the-zones",
    ),
    pytest.param(
        "佛冈县推动产业发展。广州花都（佛冈）产业转移工业园规上工业产值突破110亿元。",
        "佛冈县",
        [dict(region="", note="zone 广州花都(佛冈)产业转移工业园", value=1.1e10)],
        id="attr-a-zone-whose-name-holds-a-bracketed-place-is-the-zone",
    ),
    pytest.param(
        "仁化县推动错位发展。工业重镇董塘镇依托有色金属产业基础，前三季度规上工业总产值达到86.3亿元，"
        "增长9.7%，占全县规上工业总产值的六成以上。",
        "仁化县",
        [
            dict(region="", note="town 董塘镇", value=8.63e9),
            dict(region="", note="town 董塘镇", value=9.7),
            dict(region="", note="town 董塘镇", value=60, bound="min"),
        ],
        id="attr-a-towns-share-of-the-whole-county-goes-on-with-the-town",
    ),
    pytest.param(
        "二〇二五年横琴粤澳深度合作区实现地区生产总值512.3亿元。\n\n"
        "数据显示，去年合作区固定资产投资增长4.8%，社会消费品零售总额93.6亿元，增长6.2%。",
        "珠海市",
        [
            dict(region="", note="zone 横琴粤澳深度合作区", value=5.123e10),
            dict(region="", note="zone 横琴粤澳深度合作区; 去年 = 2022", value=4.8),
            dict(region="", note="zone 横琴粤澳深度合作区; 去年 = 2022", value=9.36e9),
            dict(region="", note="zone 横琴粤澳深度合作区; 去年 = 2022", value=6.2),
        ],
        id="attr-a-zone-named-by-its-kind-after-去年-is-the-one-named-in-full-after-a-year-before",
    ),
    pytest.param(
        "中部两省拼经济\n\n安徽方面，2024年全省GDP为5.06万亿元，增长5.8%。\n\n"
        "江西方面，2024年全省GDP为3.42万亿元，增长5.1%。规模以上工业增加值增长7.1%；固定资产投资增长1.2%。",
        None,
        [
            dict(region="安徽省", measure="level"),
            dict(region="安徽省", value=5.8),
            dict(region="江西省", measure="level"),
            dict(region="江西省", value=5.1),
            dict(region="江西省", value=7.1),
            dict(region="江西省", value=1.2),
        ],
        id="attr-江西方面-opens-a-paragraph-on-江西-not-on-the-west",
    ),
    pytest.param(
        "湛江经开区2024年规上工业总产值突破2500亿元 今年锚定“双增长”\n南方日报讯　2月18日，记者从湛江经济技术开发区"
        "2025年工作会议上获悉，2024年该区主要经济指标保持较快增长，全年地区生产总值637.9亿元，同比增长6.4%。",
        None,
        [
            dict(region="", note="zone 湛江经开区", value=2.5e11),
            dict(region="", note="zone 湛江经开区", value=6.379e10),
            dict(region="", note="zone 湛江经开区", value=6.4),
        ],
        id="attr-in-a-zones-own-text-its-full-name-after-its-city-names-no-subject",
    ),
    pytest.param(
        "奋楫扬帆勇争先　聚力打造家居商贸强镇\n——在乐从镇2026年高质量发展大会上的讲话\n\n乐从镇党委书记　某某\n\n"
        "同志们：\n\n过去一年，全镇实现地区生产总值368.5亿元，同比增长4.6%。",
        "顺德区",
        [
            dict(region="", note="town 乐从镇", measure="level"),
            dict(region="", note="town 乐从镇", value=4.6),
        ],
        id="attr-a-subtitle-on-a-towns-own-meeting-makes-the-speech-the-towns",
    ),
]

TIME = [
    pytest.param(
        "广东一季度重大项目集中开工　1386个项目总投资9820亿元\n\n来源：某某　　2026-03-20 21:06\n\n"
        "3月20日，活动举行。\n\n从区域看，珠三角9市共开工项目826个，总投资6458亿元。",
        2026,
        [
            dict(kind="actual", value=1386),
            dict(kind="actual", value=9.82e11),
            dict(kind="actual", value=826),
            dict(kind="actual", value=6.458e11),
        ],
        id="time-an-event-title-with-its-figures-after-a-blank-tells-the-event-held",
    ),
    pytest.param(
        "经济大省“挑大梁”底气何在？\n——访某省统计局局长某某某\n\n2026年1月23日，某省统计局发布2025年全省经济运行数据。"
        "记者就此专访了省统计局局长。\n\n记者：2025年某省经济运行总体情况怎样？\n\n某某某：总的来看，2025年全省经济运行稳中"
        "有进。初步核算，全年全省地区生产总值146235.8亿元，比上年增长4.2%。分产业看，第一产业增加值6012.4亿元，增长3.6%。"
        "\n\n记者：工业、投资、消费和外贸这几个方面表现如何？\n\n某某某：工业是亮点。全年全省规模以上工业增加值增长4.8%，"
        "其中先进制造业增加值增长6.1%。",
        2026,
        [
            dict(year=2025, kind="actual", value=1.462358e13),
            dict(year=2025, kind="actual", value=4.2),
            dict(year=2025, kind="actual", value=6.0124e11),
            dict(year=2025, kind="actual", value=3.6),
            dict(year=2025, kind="actual", value=4.8),
            dict(year=2025, kind="actual", value=6.1),
        ],
        id="time-an-answer-opening-with-quan-nian-after-a-question-goes-on-with-the-year-of-the-answer-before",
    ),
    pytest.param(
        "四是城镇老旧小区改造。年度计划改造城镇老旧小区1500个，目前已全部开工，完工1268个，惠及居民约21万户。\n\n"
        "二要扩大有效投资。全年安排县重点项目218个，年度计划投资316亿元，目前已完成投资176亿元，完成率55.7%。",
        2025,
        [
            dict(kind="target", value=1500),
            dict(kind="actual", value=1268),
            dict(kind="actual", value=210000),
            dict(kind="target", value=218),
            dict(kind="target", value=3.16e10),
            dict(kind="actual", value=1.76e10),
            dict(kind="actual", value=55.7),
        ],
        id="time-what-is-done-so-far-mu-qian-yi-after-a-plan-is-a-result",
    ),
    pytest.param(
        "某市十五届人大六次会议开幕\n\n去年主要目标任务较好完成\n\n报告指出，2025年，全市经济运行稳中有进。据初步核算，"
        "全年地区生产总值3015.6亿元，增长4.8%。\n\n产业升级步伐加快。全年新增规上工业企业186家。新能源汽车产业产值突破600亿元。"
        "\n\n今年目标\n\n今年全市地区生产总值增长5.5%左右。",
        2026,
        [
            dict(year=2025, kind="actual", value=3.0156e11),
            dict(year=2025, kind="actual", value=4.8),
            dict(year=2025, kind="actual", value=186),
            dict(year=2025, kind="actual", value=6e10),
            dict(year=2026, kind="target", value=5.5),
        ],
        id="time-a-sub-heading-on-last-years-goals-done-mu-biao-ren-wu-wan-cheng-opens-a-review",
    ),
    pytest.param(
        "先看全省。2024年广东地区生产总值约14.16万亿元，按年增长3.5%。分项看，规模以上工业增加值增长4.4%，低于6%的目标；"
        "固定资产投资下降3.8%。\n\n再看城市。深圳表现最为稳健，地区生产总值3.68万亿元，增长5.8%。",
        2025,
        [
            dict(region="广东省", year=2024, kind="actual", value=1.416e13),
            dict(region="广东省", year=2024, kind="actual", value=3.5),
            dict(year=2024, kind="actual", value=4.4),
            dict(year=2024, kind="target", value=6),
            dict(year=2024, kind="actual", value=-3.8),
            dict(region="深圳市", year=2024, kind="actual", value=3.68e12),
            dict(region="深圳市", year=2024, kind="actual", value=5.8),
        ],
        id="time-a-result-set-against-its-goal-di-yu-6-de-mu-biao-plans-nothing-after-it-and-biao-xian-names-the-subject",
    ),
    pytest.param(
        "截至11月底我省为民办实事项目总体进度达95.6%\n发布时间：2025-12-05　来源：某省发展和改革委员会\n\n"
        "今年以来，省发展改革委全力推进2025年为民办实事项目。\n\n"
        "四是城镇老旧小区改造。年度计划改造城镇老旧小区1500个，目前已全部开工，完工1268个。",
        2025,
        [
            dict(year=2025, period="M01-M11", value=95.6),
            dict(year=2025, kind="target", value=1500),
            dict(year=2025, value=1268),
        ],
        id="time-a-december-report-on-this-years-progress-so-far-is-no-year-end-conference",
    ),
    pytest.param(
        "报告指出，2024年，全市民营经济保持稳中有进的良好态势。全年民营经济增加值达到6890.3亿元，同比增长6.2%；"
        "全年新设民营企业5.2万家。\n\n企业梯队不断壮大。营业收入超百亿元的民营企业达到21家。\n\n"
        "今年全市力争新设民营企业5万家以上。",
        2025,
        [
            dict(year=2024, kind="actual", value=6.8903e11),
            dict(year=2024, kind="actual", value=6.2),
            dict(year=2024, kind="actual", value=52000),
            dict(year=2024, kind="actual", value=21),
            dict(year=2025, kind="target", value=50000),
        ],
        id="time-quan-nian-in-a-sentence-of-results-plans-nothing-and-a-topic-paragraph-goes-on-with-them",
    ),
    pytest.param(
        "报告显示，2025年南山顶住外部压力，经济运行稳中向好。全区地区生产总值达到9682.4亿元，同比增长5.8%。\n\n"
        "创新动能持续增强。全社会研发投入突破1000亿元，研发投入强度达到10.6%。\n\n"
        "今年全区地区生产总值增长5.5%左右。",
        2026,
        [
            dict(year=2025, kind="actual", value=9.6824e11),
            dict(year=2025, kind="actual", value=5.8),
            dict(year=2025, kind="actual", value=1e11),
            dict(year=2025, kind="actual", value=10.6),
            dict(year=2026, kind="target", value=5.5),
        ],
        id="time-a-paragraph-opening-with-its-topic-goes-on-with-last-years-results-told-above-it",
    ),
    pytest.param(
        "本报讯 4月21日，某市召开2026年一季度经济形势分析会。\n\n"
        "会议通报，今年一季度，全市实现地区生产总值392.6亿元，同比增长5.9%。全市规上工业增加值同比增长9.4%；"
        "社会消费品零售总额158.7亿元，增长4.4%。",
        2026,
        [
            dict(year=2026, period="Q1", kind="actual", value=3.926e10),
            dict(year=2026, period="Q1", kind="actual", value=5.9),
            dict(year=2026, period="Q1", kind="actual", value=9.4),
            dict(year=2026, period="Q1", kind="actual", value=1.587e10),
            dict(year=2026, period="Q1", kind="actual", value=4.4),
        ],
        id="time-a-paragraph-of-results-opening-with-who-tells-them-and-the-part-of-the-year-keeps-that-part",
    ),
    pytest.param(
        "某某：一是做强首位产业。确保纺织服装产业营业收入达到900亿元。到2027年，全县纺织服装产业营业收入要突破1000亿元。"
        "全年力争引进亿元以上项目40个，新增规上工业企业45家以上。",
        2025,
        [
            dict(year=2025, kind="target", value=9e10),
            dict(year=2027, kind="target", value=1e11),
            dict(year=2025, kind="target", value=40),
            dict(year=2025, kind="target", value=45),
        ],
        id="time-a-sentence-opening-with-quan-nian-after-a-horizon-is-of-this-year",
    ),
    pytest.param(
        "四川省省长：各位记者朋友，大家上午好！2025年，四川经济顶住压力、回升向好。据初步核算，全年全省地区生产总值达到6.78万亿元，"
        "增长5.6%。规上工业增加值增长6.4%，社会消费品零售总额2.76万亿元，增长5.2%。",
        2026,
        [
            dict(year=2025, kind="actual", value=6.78e12),
            dict(year=2025, kind="actual", value=5.6),
            dict(year=2025, kind="actual", value=6.4),
            dict(year=2025, kind="actual", value=2.76e12),
            dict(year=2025, kind="actual", value=5.2),
        ],
        id="time-quan-nian-after-chu-bu-he-suan-is-a-result-and-the-paragraph-goes-on-with-them",
    ),
    pytest.param(
        "某市“十四五”规划中期评估出炉：主要指标总体符合预期\n\n某某日报讯 记者3月19日从市发展和改革委员会获悉，"
        "某市“十四五”规划纲要实施中期评估报告日前已经市政府常务会议研究。评估报告以2023年底为时间节点。\n\n"
        "2023年全市城镇新增就业累计9.3万人，完成五年目标15万人的62%。居民人均可支配收入达到42136元。",
        2023,
        [
            dict(year=2023, kind="actual", value=93000),
            dict(kind="target", value=150000),
            dict(year=2023, kind="actual", measure="share", value=62),
            dict(year=2023, kind="actual", value=42136),
        ],
        id="time-a-mid-term-review-of-a-plan-tells-results-and-the-share-of-a-goal-done-is-one",
    ),
    pytest.param(
        "今年预算安排如下。\n\n（二）政府性基金预算\n全区政府性基金预算收入安排95.0亿元，与上年基本持平；政府性基金预算支出安排"
        "112.0亿元。今年全省地区生产总值增长5%左右，与去年实际增速（4.8%）基本持平。",
        2026,
        [
            dict(year=2026, kind="target", value=9.5e9),
            dict(year=2026, kind="target", value=1.12e10),
            dict(year=2026, kind="target", value=5),
            dict(year=2025, kind="actual", value=4.8),
        ],
        id="time-yu-shang-nian-chi-ping-compares-with-last-year-and-dates-nothing-after-it",
    ),
    pytest.param(
        "徐某某：各位媒体朋友，大家上午好！2025年，开发区坚持项目为王，全区经济运行稳中有进。全年实现地区生产总值362.5亿元，"
        "增长6.8%；一般公共预算收入18.6亿元，增长4.3%。\n\n招商引资方面，全年新签约亿元以上项目68个，协议总投资412亿元；"
        "实际到账外资1.26亿美元，增长18%。",
        2026,
        [
            dict(year=2025, kind="actual", value=3.625e10),
            dict(year=2025, kind="actual", value=6.8),
            dict(year=2025, kind="actual", value=1.86e9),
            dict(year=2025, kind="actual", value=4.3),
            dict(year=2025, kind="actual", value=68),
            dict(year=2025, kind="actual", value=4.12e10),
            dict(year=2025, kind="actual", value=1.26e8),
            dict(year=2025, kind="actual", value=18),
        ],
        id="time-a-whole-year-after-a-topic-fangmian-takes-the-year-of-the-results-before",
    ),
    pytest.param(
        "逆境中稳住基本盘 逐季回升显韧性\n——市统计局局长解读2020年全市经济运行情况\n\n"
        "某某日报讯（记者 某某）日前，市统计局局长接受了本报记者采访。根据地区生产总值统一核算结果，"
        "2020年全市实现地区生产总值2369.8亿元，比上年下降5.1%。其中，"
        "第一产业增加值476.2亿元，增长0.6%。",
        2020,
        [
            dict(year=2020, kind="actual", value=2.3698e11),
            dict(year=2020, kind="actual", value=-5.1),
            dict(year=2020, kind="actual", value=4.762e10),
            dict(year=2020, kind="actual", value=0.6),
        ],
        id="time-a-subtitle-naming-a-years-economic-performance-makes-the-text-a-report-of-results",
    ),
    pytest.param(
        "某市举行2026年第一季度重大项目集中开工暨签约活动\n103个项目总投资超860亿元\n\n2月24日上午，活动在主会场举行。"
        "本次活动共集中开工项目68个。\n\n从开工项目看，产业项目唱主角，共45个，总投资386.2亿元；基础设施项目12个。"
        "从投资规模看，投资超10亿元的项目14个。\n\n主会场所在的江海区共开工项目26个，总投资168亿元。"
        "其中，总投资65亿元的某某高端电子化学品项目备受关注。",
        2026,
        [
            dict(kind="actual", value=103),
            dict(kind="actual", value=8.6e10),
            dict(kind="actual", value=68),
            dict(kind="actual", value=3.862e10),
            dict(kind="actual", value=12),
            dict(kind="actual", value=14),
            dict(kind="actual", value=26),
            dict(kind="actual", value=1.68e10),
            dict(kind="target", value=6.5e9),
        ],
        id="time-an-event-title-ending-in-ji-qian-yue-huo-dong-and-a-paragraph-on-the-projects-started-tell-what-was-done",
    ),
    pytest.param(
        "中部地区，武汉2024年经济总量达到21106.2亿元，增长5.2%。长沙地区生产总值15268.8亿元；合肥地区生产总值13507.7亿元。"
        "郑州、南昌首位度分别为24.6%、22.9%，仍有较大提升空间。",
        2025,
        [
            dict(year=2024, kind="actual", value=2.11062e12),
            dict(year=2024, kind="actual", value=5.2),
            dict(year=2024, kind="actual", value=1.52688e12),
            dict(year=2024, kind="actual", value=1.350770e12),
            dict(region="郑州市", year=2024, kind="actual", value=24.6),
            dict(region="南昌市", year=2024, kind="actual", value=22.9),
        ],
        id="time-a-paragraph-goes-on-with-last-years-results-two-sentences-after-the-year-while-none-plans",
    ),
    pytest.param(
        "国庆假期某市文旅消费“热力全开”\n\n某某日报　2026年10月9日\n\n10月8日，为期8天的国庆假期落下帷幕。据测算，"
        "假期8天全市共接待游客526.8万人次，同比增长9.6%。\n\n全市餐饮企业营业额增长12.3%。",
        2026,
        [
            dict(value=5.268e6, kind="actual", period="M10D01-M10D08"),
            dict(value=9.6, kind="actual", period="M10D01-M10D08"),
            dict(value=12.3, kind="actual", period="M10D01-M10D08"),
        ],
        id="time-a-holiday-that-ended-the-day-before-dates-the-report-by-its-length",
    ),
    pytest.param(
        "某市重点项目建设“半年报”出炉\n\n7月15日，记者从市发展改革局获悉。2026年上半年，全市纳入年度计划的市重点项目"
        "486个，完成投资612.4亿元，完成年度计划的58.3%。",
        2026,
        [
            dict(value=486, kind="actual", period="H1"),
            dict(value=6.124e10, kind="actual", period="H1"),
            dict(value=58.3, measure="share", kind="actual", period="H1"),
        ],
        id="time-the-share-of-the-annual-plan-done-by-mid-year-is-a-result",
    ),
    pytest.param(
        "全省县域经济发展大会召开\n\n3月5日，大会在广州召开。会议总结2025年工作，部署2026年重点任务。\n\n"
        "一、县域经济实力明显增强\n\n会议通报，2025年全省县域地区生产总值合计约5.6万亿元。\n\n"
        "一批县域领跑者脱颖而出。博罗县地区生产总值突破1000亿元；台山市规上工业总产值增长12.4%。\n\n"
        "二、2026年主要目标\n\n会议提出，全省县域地区生产总值增长5%以上。",
        2026,
        [
            dict(value=5.6e12, year=2025, kind="actual"),
            dict(value=1e11, year=2025, kind="actual", region="博罗县"),
            dict(value=12.4, year=2025, kind="actual", region="台山市"),
            dict(value=5, year=2026, kind="target"),
        ],
        id="time-a-heading-whose-first-paragraph-reports-a-past-year-after-a-meeting-lead-reviews-it",
    ),
    pytest.param(
        "二、狠抓项目投资\n\n某某指出，项目是工业经济的生命线。今年以来，市委已召开3次专题会议研究工业投资。"
        "全年要推动120个以上亿元以上工业项目开工建设，新建高标准厂房300万平方米。",
        2026,
        [
            dict(value=120, year=2026, kind="target", bound="min"),
            dict(value=3e6, year=2026, kind="target"),
        ],
        id="time-a-sentence-that-plans-the-year-is-not-this-years-results-so-far",
    ),
    pytest.param(
        "某县委经济工作会议召开\n\n来源：某县融媒体中心　　2025年12月30日\n\n12月29日，县委经济工作会议召开。\n\n"
        "2025年：稳中有进、进中提质\n\n会议指出，过去一年，全县经济社会发展取得新成效。\n\n"
        "项目建设方面，全年实施重点项目158个，完成投资246亿元。\n\n2026年：锚定目标、实干争先\n\n"
        "会议提出，明年全县地区生产总值增长6%左右。",
        2025,
        [
            dict(value=158, year=2025, kind="actual"),
            dict(value=2.46e10, year=2025, kind="actual"),
            dict(value=6, year=2026, kind="target"),
        ],
        id="time-a-year-end-sub-heading-on-the-year-it-closes-reviews-it",
    ),
    pytest.param(
        "某市发布2025年民营经济发展报告\n\n来源：某某日报　　发布日期：2026年1月28日\n\n经营主体总量持续扩大\n\n"
        "《报告》显示，全市实有经营主体72.8万户，同比增长5.4%。全年新登记民营经营主体9.6万户。\n\n2026年发展展望\n\n"
        "《报告》提出，2026年，某市将继续把民营经济作为立市之本。力争全年新增经营主体8万户以上。",
        2025,
        [
            dict(value=7.28e5, year=2025, kind="actual"),
            dict(value=5.4, year=2025, kind="actual"),
            dict(value=9.6e4, year=2025, kind="actual"),
            dict(value=8e4, year=2026, kind="target", commitment="strive"),
        ],
        id="time-a-development-report-on-a-year-reports-results-and-its-outlook-dates-its-paragraph",
    ),
    pytest.param(
        "数读2025｜某区这一年，答卷来了！\n\n某区发布　2026年2月12日 09:00\n\n━━━━━━\n\n📈【经济总量】\n\n"
        "地区生产总值\n4012.6亿元，同比增长5.4%\n\n规上工业增加值\n增长5.9%\n",
        2026,
        [
            dict(indicator="gdp", value=4.0126e11, year=2025, kind="actual"),
            dict(indicator="gdp", value=5.4, year=2025, kind="actual"),
            dict(indicator="industrial_value_added", value=5.9, year=2025, kind="actual"),
        ],
        id="time-a-label-on-its-line-and-its-figure-on-the-next-are-one-statement",
    ),
    pytest.param(
        "【年终盘点】奋进2025·某市答卷\n\n某市日报　2025年12月29日　第A03版\n\n"
        "县域篇：“百千万工程”蹄疾步稳\n\n县域经济加快发展，甲县地区生产总值预计增长5.8%。\n\n"
        "展望2026：锚定目标再出发\n\n2026年全市地区生产总值增长5%左右。",
        2025,
        [dict(value=5.8, year=2025, kind="actual"), dict(value=5, year=2026, kind="target")],
        id="time-a-year-end-title-naming-the-year-with-a-dot-after-it-reviews-it",
    ),
    pytest.param(
        "年终盘点｜某镇这一年，数说2025！\n\n某镇发布　2025-12-31 18:00\n\n2025年即将落幕。\n\n"
        "01 经济发展：稳中有进\n\n"
        "据初步统计，2025年全镇：\n\n📈实现地区生产总值418.6亿元，同比增长4.8%。\n\n02 家具产业：焕新升级\n\n"
        "全镇新增规上工业企业48家，总数达到612家。",
        2025,
        [
            dict(measure="level", year=2025, kind="actual"),
            dict(value=4.8, year=2025, kind="actual"),
            dict(value=48, year=2025, kind="actual"),
            dict(value=612, year=2025, kind="actual"),
        ],
        id="time-a-year-end-review-goes-on-over-a-heading-on-the-year-it-closes",
    ),
    pytest.param(
        "2025年某省21市经济年报出齐：珠三角“压舱”稳盘\n\n某某财经　2026年2月9日\n\n"
        "甲市全年地区生产总值38216.7亿元，增长5.2%。\n\n乙市今年提出地区生产总值增长5%左右。",
        2026,
        [
            dict(measure="level", year=2025, kind="actual"),
            dict(value=5.2, year=2025, kind="actual"),
            dict(value=5, year=2026, kind="target"),
        ],
        id="time-a-title-on-a-years-annual-reports-all-out-reviews-it",
    ),
    pytest.param(
        "2025年城市GDP“万亿俱乐部”扩至28席　甲市反超乙市\n来源：某某观察　2026年2月26日\n\n"
        "随着各地经济数据陆续发布，榜单座次出现变化。\n\n头部格局稳定\n\n丙市GDP达到17402.6亿元，增长5.8%。\n\n"
        "今年，多个城市把增长目标定在5%左右。",
        2026,
        [
            dict(measure="level", year=2025, kind="actual"),
            dict(value=5.8, year=2025, kind="actual"),
            dict(value=5, year=2026, kind="target"),
        ],
        id="time-a-title-on-a-year-gone-by-that-plans-nothing-reviews-it",
    ),
    pytest.param(
        "稳中有进　量质齐升\n——2024年某县经济运行情况分析\n\n某县统计局　2025年2月18日\n\n"
        "一、经济总量迈上新台阶\n\n全县第一产业增加值92.3亿元，增长3.9%。",
        2025,
        [dict(measure="level", year=2024, kind="actual"), dict(value=3.9, year=2024, kind="actual")],
        id="time-a-subtitle-on-a-year-gone-by-reviews-it",
    ),
    pytest.param(
        "数读2025｜某区这一年，答卷来了！\n\n某区发布　2026年2月12日 09:00\n\n━━━━━━\n\n💡【民生】\n\n"
        "“某区好物”直播带货销售额\n约36亿元\n\n民生支出占一般公共预算支出比重\n72%\n\n"
        "PCT国际专利申请量\n650件\n\n新增城市绿道\n52公里\n",
        2026,
        [
            dict(value=3.6e9, bound="approx", year=2025, kind="actual"),
            dict(measure="share", value=72, year=2025, kind="actual"),
            dict(value=650, unit="count", year=2025, kind="actual"),
            dict(value=52, unit="other:km", year=2025, kind="actual"),
        ],
        id="time-a-quoted-or-long-label-on-its-line-and-its-figure-in-pieces-or-km-on-the-next-are-one-statement",
    ),
    pytest.param(
        "重磅！某镇2025年成绩单出炉，2026年目标定了！\n\n某镇发布　2026-02-03 18:00\n\n"
        "2月2日下午\n某镇召开2026年经济工作会议\n\n📊 2025年 · 交出亮眼答卷\n\n过去一年\n某镇经济稳中向好✨\n\n"
        "✅ 地区生产总值达到512.6亿元\n同比增长6.4%\n\n🏭 产业培育\n新增规上工业企业86家\n\n"
        "🎯 2026年 · 目标已锁定\n\n📌 地区生产总值\n增长6.5%以上\n",
        2026,
        [
            dict(measure="level", value=5.126e10, year=2025, kind="actual"),
            dict(value=6.4, year=2025, kind="actual"),
            dict(value=86, year=2025, kind="actual"),
            dict(value=6.5, year=2026, kind="target"),
        ],
        id="time-a-sub-heading-naming-a-year-gone-by-reviews-it-over-its-topics-until-one-on-the-plans",
    ),
    pytest.param(
        "一图读懂｜2026年某省政府工作报告\n\n某省发布　2026-01-20 19:05\n\n━━━━━━\n📊 2025年 回眸\n━━━━━━\n\n"
        "📈 经济总量\n🔹 地区生产总值：6.03万亿元\n\n━━━━━━\n🎯 2026年 目标\n━━━━━━\n\n🔹 地区生产总值：增长5%左右\n",
        2026,
        [
            dict(measure="level", value=6.03e12, year=2025, kind="actual"),
            dict(value=5, year=2026, kind="target"),
        ],
        id="time-a-ruled-heading-looking-back-on-a-year-huimou-reviews-it",
    ),
    pytest.param(
        "一图读懂丨2025年某省国民经济和社会发展统计公报\n\n原创　某省发布　2026-02-27 18:30\n\n"
        "2025年，全省经济运行稳中有进。\n\n【投资】\n▶ 固定资产投资：比上年增长3.6%\n▶ 工业投资：增长21.7%\n",
        2025,
        [dict(value=3.6, year=2025, kind="actual"), dict(value=21.7, year=2025, kind="actual")],
        id="time-a-labelled-line-comparing-with-the-year-before-opens-no-review-of-it",
    ),
    pytest.param(
        "某省工业和信息化厅召开新闻发布会\n通报2025年全省制造业发展情况和2026年工作安排\n\n发布时间：2026-02-05\n\n"
        "一、2025年制造业发展总体情况\n\n2025年，全省规上工业增加值增长4.8%。\n\n二、各地市制造业发展亮点\n\n"
        "甲市规上工业总产值5.18万亿元，增长5.6%。\n\n三、2026年工作安排\n\n今年全省规上工业增加值增长5%。",
        2026,
        [
            dict(value=4.8, year=2025, kind="actual"),
            dict(measure="level", year=2025, kind="actual"),
            dict(value=5.6, year=2025, kind="actual"),
            dict(value=5, year=2026, kind="target"),
        ],
        id="time-a-numbered-heading-on-highlights-goes-on-with-the-review-above-it",
    ),
    pytest.param(
        "某镇2025年成绩单出炉\n\n某镇发布　2026-02-03\n\n✅ 规上工业总产值\n突破1500亿元\n达到1536亿元\n\n"
        "✅ 社会消费品零售总额\n152.3亿元\n增长4.2%\n\n🎯 2026年 · 目标已锁定\n\n"
        "📌 工业投资\n确保增长15%\n力争突破55亿元\n",
        2026,
        [
            dict(indicator="industrial_output", value=1.5e11, bound="min", year=2025, kind="actual"),
            dict(indicator="industrial_output", value=1.536e11, bound="exact", year=2025, kind="actual"),
            dict(indicator="retail_sales", value=1.523e10, year=2025, kind="actual"),
            dict(indicator="retail_sales", value=4.2, year=2025, kind="actual"),
            dict(indicator="industrial_investment", value=15, commitment="ensure", year=2026, kind="target"),
            dict(indicator="industrial_investment", value=5.5e9, commitment="strive", year=2026, kind="target"),
        ],
        id="time-a-bulleted-label-on-its-line-and-its-figures-a-line-each-below-are-one-statement",
    ),
    pytest.param(
        "阳江去年海上风电新增并网装机容量138万千瓦。帆石一海上风电项目总投资约120亿元，预计今年6月底实现全容量并网。"
        "全市风电装备制造产业产值达到310亿元，增长14.5%。",
        2026,
        [
            dict(value=1.38e6, year=2025, kind="actual"),
            dict(value=1.2e10, year=2025, kind="actual"),
            dict(value=3.1e10, year=2025, kind="actual"),
            dict(value=14.5, year=2025, kind="actual"),
        ],
        id="time-this-year-of-a-plants-hook-up-date-dates-its-own-sentence-only",
    ),
    pytest.param(
        "某区上半年经济运行稳中有进\n\n2026-07-24 08:30\n\n7月23日，区统计局发布上半年经济运行情况。"
        "上半年全区地区生产总值1850亿元，同比增长5.3%。\n\n会议要求，全年新增规上工业企业不少于300家。严格落实过紧日子要求，“三公”经费下降8.5%。",
        2026,
        [
            dict(value=1.85e11, kind="actual", period="H1"),
            dict(value=5.3, kind="actual", period="H1"),
            dict(value=300, kind="target", bound="min"),
            dict(value=-8.5, kind="actual"),
        ],
        id="time-what-a-meeting-demands-in-a-release-of-results-is-a-target",
    ),
    pytest.param(
        "【某市新闻联播】一季度我市经济实现良好开局\n播出时间：2026年4月22日 19:00\n\n"
        "消费市场稳步回暖。春节期间，全市接待游客186万人次，增长8.7%。国庆期间，力争接待游客200万人次。",
        2026,
        [
            dict(value=1.86e6, year=2026, kind="actual"),
            dict(value=8.7, year=2026, kind="actual"),
            dict(value=2e6, year=2026, kind="target"),
        ],
        id="time-a-holiday-gone-by-the-texts-date-has-results-one-still-to-come-targets",
    ),
    pytest.param(
        "三、今年目标\n\n今年全市力争签约项目600个。\n\n四、回看2025：全年签约项目586个\n\n"
        "全市累计签约项目586个，协议投资额3868亿元。",
        2026,
        [
            dict(value=600, year=2026, kind="target"),
            dict(value=586, year=2025, kind="actual"),
            dict(value=586, year=2025, kind="actual"),
            dict(value=3.868e11, year=2025, kind="actual"),
        ],
        id="time-a-numbered-heading-looking-back-at-a-year-reviews-it",
    ),
    pytest.param(
        "光明区：工业投资连续三年超300亿元　今年规上工业总产值冲刺4000亿元\n\n2026年3月5日\n"
        "记者获悉，2025年，光明区完成工业投资326.8亿元。",
        2026,
        [
            dict(value=3e10, year=2025, kind="actual", bound="min"),
            dict(value=4e11, year=2026, kind="target", commitment="strive"),
            dict(value=3.268e10, year=2025, kind="actual"),
        ],
        id="time-a-streak-of-years-is-a-result-up-to-the-last-year-done",
    ),
    pytest.param(
        "会议同时进行了表彰。\n\n2025年某市科技创新主要指标一览\n全社会研发经费　约196亿元　增长12.4%\n"
        "研发投入强度　3.02%\n国家高新技术企业　3056家",
        2026,
        [
            dict(value=1.96e10, year=2025, kind="actual", bound="approx"),
            dict(value=12.4, year=2025, kind="actual"),
            dict(value=3.02, year=2025, kind="actual"),
            dict(value=3056, year=2025, kind="actual"),
        ],
        id="time-a-box-of-figures-under-a-years-indicators-at-a-glance-caption-is-that-years",
    ),
    pytest.param(
        "知识产权创造量质齐升。2025年，全市发明专利授权量4186件。PCT国际专利申请量620件。"
        "全市技术合同成交额突破150亿元，达到153.8亿元，增长21.3%。",
        2026,
        [
            dict(value=4186, year=2025, kind="actual"),
            dict(value=620, year=2025, kind="actual"),
            dict(value=1.5e10, year=2025, kind="actual"),
            dict(value=1.538e10, year=2025, kind="actual"),
            dict(value=21.3, year=2025, kind="actual"),
        ],
        id="time-a-year-after-the-paragraphs-topic-sentence-dates-the-paragraph",
    ),
    pytest.param(
        "大湾区九市去年GDP出炉　深圳稳居首位\n各市公布今年经济增长目标\n\n【本报讯】珠三角九市经济成绩单全部出炉。\n\n"
        "佛莞两市双双站稳万亿俱乐部\n\n佛山GDP为1.39万亿元，按年增长3.2%。\n\n今年目标普遍稳中求进\n\n"
        "今年目标方面，深圳提出GDP增长5%左右。",
        2026,
        [
            dict(value=1.39e12, year=2025, kind="actual"),
            dict(value=3.2, year=2025, kind="actual"),
            dict(value=5, year=2026, kind="target"),
        ],
        id="time-a-title-on-last-years-results-out-reviews-the-sections-up-to-the-plans",
    ),
    pytest.param(
        "今年全市经济力争增长5%。\n\n附：2025年某市五个县（市）地区生产总值排名\n第1名　廉江市　612.5亿元　增长4.8%\n"
        "第2名　雷州市　502.1亿元　增长3.9%",
        2026,
        [
            dict(value=5, year=2026, kind="target"),
            dict(indicator="gdp", region="廉江市", value=6.125e10, year=2025, kind="actual"),
            dict(indicator="gdp", region="廉江市", value=4.8, year=2025, kind="actual"),
            dict(indicator="gdp", region="雷州市", value=5.021e10, year=2025, kind="actual"),
            dict(indicator="gdp", region="雷州市", value=3.9, year=2025, kind="actual"),
        ],
        id="time-an-attached-ranking-table-takes-its-captions-year-and-indicator",
    ),
    pytest.param(
        "省委经济工作会议召开\n12月19日，省委经济工作会议召开。会议总结2025年经济工作，部署2026年经济工作。\n\n"
        "会议认为，2025年是极不平凡的一年。预计全年全省生产总值增长5.4%。一般公共预算收入4710亿元，增长4.3%。\n\n"
        "分地区看，郑州市经济总量预计突破1.5万亿元。\n\n会议提出，2026年全省地区生产总值增长5.5%左右。",
        2025,
        [
            dict(value=5.4, year=2025, kind="actual"),
            dict(value=4.71e11, year=2025, kind="actual"),
            dict(value=4.3, year=2025, kind="actual"),
            dict(value=1.5e12, year=2025, kind="actual", region="郑州市"),
            dict(value=5.5, year=2026, kind="target"),
        ],
        id="time-a-year-end-review-that-estimates-the-whole-year-goes-on-in-its-paragraph-and-its-breakdown",
    ),
    pytest.param(
        "报告显示，2026年全市一般公共预算收入预期为4380亿元，按年增长3%；一般公共预算支出安排5260亿元，按年增长2.5%。"
        "2025年税收收入3310亿元，同比增长1.2%。",
        2026,
        [
            dict(indicator="general_budget_revenue", value=4.38e11, year=2026, kind="target"),
            dict(indicator="general_budget_revenue", value=3, year=2026, kind="target"),
            dict(indicator="general_budget_expenditure", value=5.26e11, year=2026, kind="target"),
            dict(indicator="general_budget_expenditure", value=2.5, year=2026, kind="target"),
            dict(indicator="tax_revenue", value=3.31e11, year=2025, kind="actual"),
            dict(indicator="tax_revenue", value=1.2, year=2025, kind="actual"),
        ],
        id="time-the-year-on-year-change-of-a-budgets-planned-level-is-planned-too",
    ),
    pytest.param(
        "某市2025年就业工作成效显著\n2026年将实施十项行动\n\n发布时间：2026-01-16\n\n一、就业局势稳定\n\n"
        "2025年，全市城镇新增就业7.36万人。\n\n二、技能人才队伍壮大\n\n全年开展职业技能培训15.8万人次。\n\n"
        "三、2026年主要目标任务\n\n全市城镇新增就业7万人以上。",
        2026,
        [
            dict(value=73_600, year=2025, kind="actual"),
            dict(value=158_000, year=2025, kind="actual"),
            dict(value=70_000, year=2026, kind="target"),
        ],
        id="time-a-title-on-a-years-results-with-a-second-line-that-plans-reviews-the-sections-below",
    ),
    pytest.param(
        "一图读懂｜某区2026年政府工作报告\n\n某区发布　2026-01-12 18:30\n\n━━━━━━━━\n🔍 2025年 成绩单\n━━━━━━━━\n\n"
        "📈 经济总量\n▪ 地区生产总值：5326亿元\n\n💰 投资消费\n▪ 固定资产投资：1285亿元，增长4.8%\n\n"
        "━━━━━━━━\n🎯 2026年 主要预期目标\n━━━━━━━━\n\n✅ 地区生产总值增长5.5%左右",
        2026,
        [
            dict(value=5.326e11, year=2025, kind="actual"),
            dict(value=1.285e11, year=2025, kind="actual"),
            dict(value=4.8, year=2025, kind="actual"),
            dict(value=5.5, year=2026, kind="target", bound="approx"),
        ],
        id="time-a-ruled-results-heading-spans-the-headings-below-it-up-to-the-next-ruled-one",
    ),
    pytest.param(
        "政府工作报告\n——2026年1月25日在市人民代表大会上\n\n过去一年，全市地区生产总值增长5.1%。\n\n"
        "2026年，我们将坚持稳中求进。\n\n一是扩大有效投资，固定资产投资增长8%以上。",
        2026,
        [
            dict(value=5.1, year=2025, kind="actual"),
            dict(value=8, year=2026, kind="target", bound="min"),
        ],
        id="time-a-report-paragraph-on-what-we-will-do-in-the-coming-year-closes-the-review",
    ),
    pytest.param(
        "到2025年，全市地区生产总值将达到2380亿元左右，比2020年的1777.2亿元增加600亿元，年均增长5.4%。",
        2021,
        [
            dict(indicator="gdp", value=2.38e11, year=2025, kind="target", bound="approx"),
            dict(
                indicator="gdp",
                value=1.7772e11,
                year=2020,
                kind="actual",
                bound="exact",
                commitment="",
                quote="地区生产总值将达到2380亿元左右，比2020年的1777.2亿元",
            ),
            dict(indicator="gdp_increase", tier=2, value=6e10, year=2025),
            dict(indicator="gdp", measure="growth", value=5.4, year=2025),
        ],
        id="time-the-base-a-goal-is-compared-with-is-that-years-result",
    ),
    pytest.param(
        "市发展改革局相关负责人表示，2026年全市共安排市重点项目420个，年度计划投资1380亿元，比上年计划增长6.2%。",
        2026,
        [
            dict(value=420, year=2026, kind="target"),
            dict(value=1.38e11, year=2026, kind="target"),
            dict(value=6.2, year=2026, kind="target"),
        ],
        id="time-a-plan-compared-with-last-years-plan-is-no-result",
    ),
    pytest.param(
        "某市2026年第一季度重大项目集中开工活动举行\n138个项目总投资872亿元\n\n来源：某某日报　2026年3月3日\n\n"
        "今年全市计划新开工项目300个。",
        2026,
        [
            dict(value=138, kind="actual"),
            dict(value=8.72e10, kind="actual"),
            dict(value=300, kind="target"),
        ],
        id="time-the-second-title-line-under-an-event-held-states-what-it-did",
    ),
    pytest.param(
        "某市2026年第一季度重点项目集中开工\n168个项目总投资约756亿元\n\n"
        "某某日报讯　2月26日上午，活动在主会场举行。\n\n"
        "在各分会场，各地也抢抓开局。甲区开工项目19个，总投资96.5亿元，年度计划投资16亿元。\n\n"
        "开工项目中，某产业园二期项目总投资8.6亿元。今年全市计划新开工项目300个。",
        2026,
        [
            dict(value=168, kind="actual"),
            dict(value=7.56e10, kind="actual"),
            dict(value=19, kind="actual"),
            dict(value=9.65e9, kind="actual"),
            dict(value=1.6e9, kind="target"),
            dict(value=8.6e8, kind="target"),
            dict(value=300, kind="target"),
        ],
        id="time-under-a-title-on-projects-started-together-the-counts-of-projects-started-are-results",
    ),
    pytest.param(
        "2025年江门市外贸进出口突破1900亿元\n\n来源：江门海关　发布日期：2026年1月21日\n\n"
        "据江门海关统计，2025年，江门市外贸进出口总值1926.8亿元。\n\n"
        "从季度看，一季度进出口412.6亿元；上半年进出口905.8亿元。12月当月，全市进出口186.4亿元。\n\n"
        "从贸易方式看，一般贸易进出口1395.7亿元，增长10.2%。",
        2025,
        [
            dict(value=1.9e11, period=""),
            dict(value=1.9268e11, period=""),
            dict(value=4.126e10, period="Q1"),
            dict(value=9.058e10, period="H1"),
            dict(value=1.864e10, period="M12"),
            dict(value=1.3957e11, period=""),
            dict(value=10.2, period=""),
        ],
        id="time-a-breakdown-paragraph-after-a-quarterly-series-takes-no-part-of-the-year-from-it",
    ),
    pytest.param(
        "某市一季度重大项目集中开工暨签约活动举行\n\n3月6日上午，活动在主会场举行。本次活动共集中开工项目86个，总投资632亿元，"
        "年度计划投资158亿元；集中签约项目54个，总投资418.6亿元。开工和签约项目合计140个。\n\n"
        "东区分会场集中开工项目15个，总投资96亿元。今年全市力争新签约项目400个以上。",
        2026,
        [
            dict(value=86, kind="actual"),
            dict(value=6.32e10, kind="actual"),
            dict(value=1.58e10, kind="target"),
            dict(value=54, kind="actual"),
            dict(value=4.186e10, kind="actual"),
            dict(value=140, kind="actual"),
            dict(value=15, kind="actual"),
            dict(value=9.6e9, kind="actual"),
            dict(value=400, kind="target"),
        ],
        id="time-what-a-days-event-started-or-signed-is-done-its-planned-amount-for-the-year-plans-nothing-after-it",
    ),
    pytest.param(
        "图解｜一图速览2026年佛山市政府工作报告\n\n佛山发布　2026年1月14日\n\n"
        "📊数说2025\n▶地区生产总值：1.39万亿元，增长4.5%\n\n"
        "🎯2026年目标\n▶地区生产总值：增长5%左右\n\n🌏【区域协调】\n▪顺德区：地区生产总值力争突破4800亿元\n"
        "▪潮州港经济开发区：引进亿元以上项目10个\n▪高明区、三水区：工业投资分别增长15%、12%",
        2026,
        [
            dict(value=1.39e12, year=2025, kind="actual"),
            dict(value=4.5, year=2025, kind="actual"),
            dict(value=5, year=2026, kind="target"),
            dict(region="顺德区", value=4.8e11, year=2026),
            dict(value=10, year=2026),
            dict(region="高明区", value=15),
            dict(region="三水区", value=12),
        ],
        id="time-a-wechat-summarys-small-bullets-label-districts-and-its-数说-heading-reviews-the-year",
    ),
    pytest.param(
        "外资工作会议\n\n发布日期：2026年4月16日\n\n"
        "4月10日，清远市召开招商引资工作会议，部署今年重点任务。记者从会上获悉，2025年全市新签约项目386个，均创近五年新高。"
        "全年新动工项目298个。\n\n今年一季度，全市实际使用外资19.2亿元。其中，3月当月实际使用外资9.6亿元，创近三年单月新高。"
        "\n\n分区看，一季度南海区实际使用外资6.8亿元。",
        2026,
        [
            dict(value=386, year=2025, kind="actual"),
            dict(value=298, year=2025, kind="actual"),
            dict(value=1.92e9, year=2026, kind="actual", period="Q1"),
            dict(value=9.6e8, year=2026, kind="actual", period="M03"),
            dict(value=6.8e8, year=2026, kind="actual", period="Q1"),
        ],
        id="time-a-record-over-recent-years-dates-nothing-and-the-whole-year-goes-on-with-the-results-just-told",
    ),
    pytest.param(
        "“十四五”前两年，全区地区生产总值年均增长4.6%。“十四五”后三年，地区生产总值年均增长5%以上。",
        2023,
        [
            dict(value=4.6, year=2022, kind="actual", period="2021-2022"),
            dict(value=5, year=2025, kind="target", period="2023-2025"),
        ],
        id="time-the-first-or-last-years-of-a-plan-period-are-their-own-span",
    ),
    pytest.param(
        "澳門特區政府發表施政報告\n\n澳門日報記者　2025年11月19日\n\n報告指出，今年首三季本地生產總值按年實質增長4.6%。"
        "報告預計，全年訪澳旅客約4,000萬人次。報告提出，明年本地生產總值預計增長4%至5%，明年公共投資約210億澳門元。",
        2025,
        [
            dict(value=4.6, year=2025, kind="actual", period="Q1-Q3"),
            dict(value=4e7, year=2025, kind="actual", bound="approx"),
            dict(value=4, value_high=5, year=2026, kind="target"),
            dict(value=2.1e10, year=2026, kind="target"),
        ],
        id="time-a-november-policy-address-that-plans-next-year-estimates-this-ones-whole-year-and-首三季",
    ),
    pytest.param(
        "某市2026年预算草案出炉\n\n来源：某某日报　2026年1月14日\n\n■2025年财政收支运行总体平稳\n\n"
        "报告显示，2025年全市一般公共预算收入完成461.8亿元。全年争取上级转移支付资金168亿元，新增政府债券226亿元。\n\n"
        "■2026年预算安排：收入增长3%左右\n\n报告提出，2026年全市一般公共预算收入预计475.7亿元。"
        "政府性基金预算收入预计205亿元。国有资本经营预算收入安排13亿元。",
        2026,
        [
            dict(value=3, year=2026, kind="target"),
            dict(value=4.618e10, year=2025, kind="actual"),
            dict(value=1.68e10, year=2025, kind="actual", commitment=""),
            dict(value=2.26e10, year=2025, kind="actual"),
            dict(value=4.757e10, year=2026, kind="target"),
            dict(value=2.05e10, year=2026, kind="target"),
            dict(value=1.3e9, year=2026, kind="target"),
        ],
        id="time-a-budget-sub-heading-on-this-year-closes-the-review-and-funds-obtained-are-results",
    ),
    pytest.param(
        "某市出台制造业当家三年行动计划\n\n来源：某某日报　2024年5月16日\n\n"
        "市政府印发《某市推动制造业当家三年行动计划（2024—2026年）》。2023年，全市规上工业总产值2630亿元。"
        "《行动计划》提出，三年内力争引进超亿元制造业项目300个以上，新增工业用地1.5万亩；"
        "规上工业企业数量超过3300家，工业技术改造投资年均增长12%。",
        2024,
        [
            dict(value=2.63e11, year=2023, kind="actual", period=""),
            dict(value=300, year=2026, kind="target", period="2024-2026"),
            dict(value=1e7, year=2026, kind="target", period="2024-2026"),
            dict(value=3300, year=2026, kind="target", period=""),
            dict(value=12, year=2026, kind="target", period="2024-2026"),
        ],
        id="time-an-action-plan-over-named-years-sets-its-figures-for-the-last-and-its-flows-over-all",
    ),
    pytest.param(
        "9天假期接待游客285.6万人次　某市春节文旅消费火热\n\n来源：某某日报　2026-02-24\n\n"
        "2026年春节假期（2月15日至23日，共9天），全市累计接待游客285.6万人次，同比增长12.7%。"
        "2025年春节假期（1月28日至2月4日），全市接待游客253.4万人次。\n\n景区9天共接待游客126.3万人次。"
        "下一步，力争全年接待游客3000万人次。",
        2026,
        [
            dict(value=2.856e6, year=2026, kind="actual", period="M02D15-M02D23"),
            dict(value=2.856e6, year=2026, kind="actual", period="M02D15-M02D23"),
            dict(value=12.7, year=2026, kind="actual", period="M02D15-M02D23"),
            dict(value=2.534e6, year=2025, kind="actual", period="M01D28-M02D04"),
            dict(value=1.263e6, year=2026, kind="actual", period="M02D15-M02D23"),
            dict(value=3e7, year=2026, kind="target", period=""),
        ],
        id="time-a-report-on-a-holiday-dates-its-figures-to-the-holidays-days-but-for-its-aims",
    ),
    pytest.param(
        "某市发布2025年生态环境状况公报\n\n来源：某某发布　2026年6月5日\n\n"
        "2025年，全市空气质量优良天数比例为96.4%，高于省下达的考核目标（93.5%）2.9个百分点；"
        "PM10年均浓度为35微克/立方米。森林覆盖率达到74.5%。",
        2026,
        [
            dict(value=96.4, year=2025, kind="actual"),
            dict(value=93.5, year=2025, kind="target"),
            dict(value=35, year=2025, kind="actual"),
            dict(value=74.5, year=2025, kind="actual"),
        ],
        id="time-an-environment-bulletin-reports-results-and-a-goal-beaten-plans-nothing-after-it",
    ),
    pytest.param(
        "某市2025年十件民生实事交出“暖心答卷”\n全年完成投资32.0亿元　投资完成率112.3%\n\n"
        "来源：某某日报　2025年12月24日　记者　某某\n\n12月23日，市政府召开新闻发布会。预计明年6月投入使用。\n\n"
        "一、教育：新增学位超额完成\n\n今年我市计划新增公办学位1.2万个，实际新增1.36万个。\n\n"
        "二、医疗：优质资源加快下沉\n\n新增医疗床位800张。明年民生实事征集工作已启动。",
        2025,
        [
            dict(value=10, measure="count", kind="actual", year=2025),
            dict(value=3.2e9, kind="actual", year=2025),
            dict(value=112.3, kind="actual", year=2025),
            dict(value=12000, year=2025),
            dict(value=13600, kind="actual", year=2025),
            dict(value=800, kind="actual", year=2025),
        ],
        id="time-a-december-title-on-this-years-results-reviews-it-and-jinnian-goes-on-with-it",
    ),
    pytest.param(
        "广东21市2025年GDP全部揭晓：东莞增速领跑\n\n来源：某某财经　2026年2月6日\n\n"
        "随着1月下旬以来各地相继召开人代会，21市2025年“经济成绩单”已全部揭晓。\n\n"
        "分产业看，全省第一产业增加值5620亿元，增长3.9%。深圳、广州两市分别实现地区生产总值38650.4亿元、32018.7亿元。",
        2026,
        [
            dict(value=5.62e11, kind="actual", year=2025, period=""),
            dict(value=3.9, kind="actual", year=2025, period=""),
            dict(region="深圳市", value=3.86504e12, kind="actual", year=2025),
            dict(region="广州市", value=3.20187e12, kind="actual", year=2025),
        ],
        id="time-a-title-on-a-years-gdp-revealed-reviews-it-and-since-late-january-is-no-period",
    ),
    pytest.param(
        "某区2025年经济运行情况新闻发布会实录\n\n时间：2026年1月22日上午10:00\n发布人：某区统计局局长\n\n"
        "初步核算，全年全区地区生产总值1685亿元，比上年增长5.1%。\n\n【记者】去年全区新增规上工业企业多少家？\n\n"
        "【统计局】去年全区新增规上工业企业126家。今年全区地区生产总值力争增长5.5%。",
        2025,
        [
            dict(value=1.685e11, kind="actual", year=2025),
            dict(value=5.1, kind="actual", year=2025),
            dict(value=126, kind="actual", year=2025),
            dict(value=5.5, kind="target", year=2026),
        ],
        id="time-a-release-dated-in-words-the-january-after-says-qunian-of-the-year-it-reports",
    ),
    pytest.param(
        "某海关：2025年某市外贸进出口突破600亿元\n\n来源：某海关　　发布时间：2026-01-23 10:30\n\n"
        "本网讯　2025年，全市外贸进出口总值612.4亿元，同比增长8.9%。其中，出口435.7亿元。"
        "去年12月当月进出口58.3亿元。",
        2025,
        [
            dict(value=6e10, kind="actual", year=2025, bound="min"),
            dict(value=6.124e10, kind="actual", year=2025),
            dict(value=8.9, kind="actual", year=2025),
            dict(value=4.357e10, kind="actual", year=2025),
            dict(value=5.83e9, kind="actual", year=2025, period="M12"),
        ],
        id="time-a-customs-offices-release-reports-results-like-a-statistics-bureaus",
    ),
    pytest.param(
        "速览！某区2026年政府工作报告\n\n某区发布　2026-01-08 18:30\n\n1️⃣ 2025年成绩单\n\n📊数字：\n"
        "地区生产总值：4012.6亿元，增长4.8%\n规上工业总产值：8530亿元，增长6.1%\n固定资产投资：下降2.3%\n"
        "社会消费品零售总额：1186.3亿元\n\n🔑关键词：千亿跨越\n\n2️⃣ 2026年主要预期目标\n\n📌地区生产总值增长5%左右",
        2026,
        [
            dict(indicator="gdp", measure="level", kind="actual", year=2025),
            dict(indicator="gdp", measure="growth", value=4.8, kind="actual", year=2025),
            dict(indicator="industrial_output", measure="level", kind="actual", year=2025),
            dict(indicator="industrial_output", measure="growth", value=6.1, kind="actual", year=2025),
            dict(indicator="fixed_asset_investment", value=-2.3, kind="actual", year=2025),
            dict(indicator="retail_sales", kind="actual", year=2025),
            dict(indicator="gdp", value=5, kind="target", year=2026),
        ],
        id="time-rows-of-labelled-values-under-a-results-heading-are-lines-of-their-own-and-no-task-headings",
    ),
    pytest.param(
        "经济观察｜2025年“成绩单”全部出炉：哪些省份跑赢了目标？\n\n2026-02-09 08:30　来源：某某经济观察\n\n"
        "江苏全年地区生产总值14.16万亿元，增长5.4%。",
        2026,
        [dict(value=1.416e13, kind="actual", year=2025), dict(value=5.4, kind="actual", year=2025)],
        id="time-a-results-title-asking-who-beat-the-target-reviews-the-year-it-names",
    ),
    pytest.param(
        "一、民营经济“基本盘”更加稳固\n\n截至2025年底，全市实有经营主体突破148万户。全市规上工业企业超过1.1万家，"
        "年营收超百亿元的民营企业达到24家。\n\n二、今年的任务\n\n新增规上工业企业500家。",
        2026,
        [
            dict(value=1.48e6, kind="actual", year=2025),
            dict(value=11000, kind="actual", year=2025),
            dict(value=24, kind="actual", year=2025),
            dict(value=500, kind="target", year=2026),
        ],
        id="time-a-paragraph-opening-with-jiezhi-a-year-end-is-that-years-results",
    ),
    pytest.param(
        "今天集中开工的项目质量高、带动强。全市共有108个项目集中开工，总投资625.8亿元。其中，产业项目76个、总投资468.5亿元。",
        2026,
        [
            dict(value=108, kind="actual"),
            dict(value=6.258e10, kind="actual"),
            dict(value=76, kind="actual"),
            dict(value=4.685e10, kind="actual"),
        ],
        id="time-what-started-today-named-in-a-paragraphs-first-sentence-goes-on-over-it",
    ),
    pytest.param(
        "数读某区｜2025年成绩单来了！这些数字有分量💪\n\n某区发布　2026年1月26日\n\n"
        "🔔2025年是“十四五”规划收官之年。这一年，经济运行稳中有进。\n\n📈【经济总量】\n\n▶地区生产总值：3286.5亿元\n"
        "▶规上工业总产值：6120亿元",
        2026,
        [dict(value=3.2865e11, kind="actual", year=2025), dict(value=6.12e11, kind="actual", year=2025)],
        id="time-a-line-on-a-year-gone-by-after-an-emoji-does-not-close-the-titles-review-of-it",
    ),
    pytest.param(
        "今年要抓住去年低基数的窗口期，力争一季度地区生产总值增长16%以上。",
        2021,
        [dict(value=16, kind="target", year=2021, period="Q1")],
        id="time-last-years-low-base-is-no-period-of-the-figure",
    ),
    pytest.param(
        "某市人民代表大会开幕\n\n2月2日，市长在会上作政府工作报告，提出“十四五”时期主要目标任务和2021年工作安排。"
        "大会将审查批准某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要。\n\n"
        "报告指出，刚刚过去的2020年，是极不平凡的一年。初步核算，全市地区生产总值2311.7亿元，增长3.1%。\n\n"
        "在扩大内需方面，要举办促消费活动不少于20场，发放消费券5000万元。",
        2021,
        [
            dict(value=2.3117e11, kind="actual", year=2020),
            dict(value=3.1, kind="actual", year=2020),
            dict(value=20, kind="target", year=2021),
            dict(value=5e7, kind="target", year=2021),
        ],
        id="time-a-work-reports-session-adopting-the-plan-outline-is-no-outline-a-speaker-then-a-year-gone-by-leads",
    ),
    pytest.param(
        "据介绍，2026年全区民生实事共涉及28个子项目，计划总投资约12.6亿元。据悉，去年全区民生实事完成投资11亿元。"
        "\n\n今年，新建镇（街道）综合养老服务中心2个。",
        2026,
        [
            dict(value=28, kind="target", year=2026),
            dict(value=1.26e9, kind="target", year=2026),
            dict(value=1.1e9, kind="actual", year=2025),
            dict(value=2, kind="target", year=2026, region="广州市"),
        ],
        id="time-hearsay-of-a-plan-for-the-texts-year-is-a-target-xinjianzhen-builds-towns",
    ),
    pytest.param(
        "交通方面，“十五五”期间全市计划完成交通基础设施投资600亿元，新增高速公路通车里程约120公里，"
        "规上工业企业总数达到220家；到2030年，高速公路通车里程达到420公里。",
        2026,
        [
            dict(value=6e10, year=2030, period="2026-2030"),
            dict(value=120, year=2030, period="2026-2030"),
            dict(value=220, year=2030, period=""),
            dict(value=420, year=2030, period=""),
        ],
        id="time-what-is-added-during-a-plan-period-is-a-total-over-it-a-stock-is-not",
    ),
    pytest.param(
        "某市召开四季度经济工作会议\n\n11月12日，某市召开会议。1-10月，全市规上工业增加值增长6.2%。"
        "会议明确，11-12月新开工项目不少于50个。",
        2025,
        [
            dict(value=6.2, kind="actual", period="M01-M10"),
            dict(value=50, kind="target", period="M11-M12"),
        ],
        id="time-months-not-yet-over-by-the-texts-date-are-an-aim",
    ),
    pytest.param(
        "某省政府工作报告出炉\n\n1月25日，省长作政府工作报告。\n\n"
        "过去一年，全省城镇新增就业74.6万人。\n\n【市州目标】各地争当“排头兵”\n\n"
        "2025年长沙地区生产总值达到1.53万亿元。2026年，长沙地区生产总值增长5.5%左右。长沙还提出，力争产业集群产值突破3000亿元。"
        "常德市、衡阳市地区生产总值分别增长5.5%和6%左右。",
        2026,
        [
            dict(value=746000, kind="actual", year=2025),
            dict(value=1.53e12, kind="actual", year=2025),
            dict(value=5.5, kind="target", year=2026, region="长沙市"),
            dict(value=3e11, kind="target", year=2026),
            dict(value=5.5, kind="target", year=2026, region="常德市"),
            dict(value=6, kind="target", year=2026, region="衡阳市"),
        ],
        id="time-a-bracket-heading-on-targets-closes-a-review-opened-by-guoqu-yinian",
    ),
    pytest.param(
        "某区召开2025年年中经济形势分析会\n\n7月22日，某区召开年中经济形势分析会，部署下半年经济工作。\n\n"
        "要抓好三季度这个关键节点，地区生产总值前三季度累计增长4.5%以上。年度计划投资535亿元，上半年已完成投资248亿元。"
        "研发经费投入强度要比上年提高0.2个百分点，新增国家高新技术企业80家。",
        2025,
        [
            dict(value=4.5, kind="target", period="Q1-Q3"),
            dict(value=5.35e10, kind="target"),
            dict(value=2.48e10, kind="actual", period="H1"),
            dict(value=80, kind="target"),
        ],
        id="time-a-total-to-a-quarter-not-yet-over-is-an-aim-yiwancheng-is-done-yaobi-shangnian-plans",
    ),
    pytest.param(
        "某市2025年国民经济运行情况新闻发布会\n\n发布时间：2026-01-23　　来源：某市统计局\n\n"
        "1月23日上午，市统计局召开新闻发布会。\n\n"
        "初步核算，全年全市地区生产总值4128.56亿元，增长4.6%。第三产业增加值占地区生产总值的比重为48.4%。"
        "分季度看，一季度增长5.1%，前三季度增长4.8%。全市规模以上工业总产值突破5200亿元。\n\n"
        "问：去年全市城镇新增就业多少？\n\n答：去年全市城镇新增就业4.62万人。今年力争地区生产总值增长5%。\n\n"
        "有关负责人介绍，过去一年，全市外贸进出口增长3.2%。",
        2025,
        [
            dict(indicator="gdp", measure="level", kind="actual", year=2025),
            dict(indicator="gdp", measure="growth", value=4.6, kind="actual", year=2025),
            dict(measure="share", value=48.4, kind="actual"),
            dict(indicator="gdp", measure="growth", value=5.1, kind="actual", year=2025, period="Q1"),
            dict(indicator="gdp", measure="growth", value=4.8, kind="actual", year=2025, period="Q1-Q3"),
            dict(indicator="industrial_output", kind="actual", year=2025, period=""),
            dict(value=46200, kind="actual", year=2025),
            dict(value=5, kind="target", year=2026),
            dict(value=3.2, kind="actual", year=2025),
        ],
        id="time-a-release-on-a-year-published-the-january-after-says-qunian-of-that-year-its-quarters-are-over",
    ),
    pytest.param(
        "某区召开2026年工作会议\n\n管委会主任作工作报告。\n\n刚刚过去的2025年，是极不平凡的一年。\n\n"
        "——经济总量实现新突破。全年实现地区生产总值935.6亿元。固定资产投资完成215.3亿元。\n\n"
        "——创新动能持续增强。新增国家高新技术企业86家。\n\n二、2026年主要目标\n\n固定资产投资增长15%。",
        2026,
        [
            dict(value=9.356e10, kind="actual", year=2025),
            dict(value=2.153e10, kind="actual", year=2025),
            dict(value=86, kind="actual", year=2025),
            dict(value=15, kind="target", year=2026),
        ],
        id="time-a-report-paragraph-opening-on-the-year-just-gone-by-named-reviews-it",
    ),
    pytest.param(
        "2月12日上午，某市第一季度重大项目集中开工活动举行。\n\n记者了解到，本次集中开工的项目体量大、质量优。"
        "从投资规模看，总投资10亿元以上项目32个，产业项目142个。\n\n今年全市计划新开工项目500个。",
        2025,
        [
            dict(value=32, kind="actual"),
            dict(value=142, kind="actual"),
            dict(value=500, kind="target"),
        ],
        id="time-the-days-event-named-in-a-paragraphs-first-sentence-goes-on-over-it",
    ),
    pytest.param(
        "31省份2025年经济“成绩单”全部出炉：谁完成了年初目标？\n\n来源：某网　2026-02-03\n\n"
        "一、经济大省\n\n江苏地区生产总值增长5.3%，完成了年初目标。\n\n三、直辖市：上海、北京完成目标\n\n"
        "上海地区生产总值增长5.2%。\n\n六、2026年目标：多数省份持平\n\n上海今年提出增长5%左右。",
        2026,
        [
            dict(region="江苏省", value=5.3, kind="actual", year=2025),
            dict(region="上海市", value=5.2, kind="actual", year=2025),
            dict(region="上海市", value=5, kind="target", year=2026),
        ],
        id="time-a-heading-on-targets-met-goes-on-with-the-results",
    ),
    pytest.param(
        "一、“十四五”时期发展成就和2025年工作回顾\n\n——产业结构加快升级。制造业“1269”行动计划深入实施，"
        "电子信息产业营业收入突破1万亿元。\n\n二、2026年主要目标\n\n今年全省地区生产总值增长5%左右。",
        2026,
        [dict(value=1e12, kind="actual", year=2025), dict(value=5, kind="target", year=2026)],
        id="time-an-action-plan-named-in-a-review-plans-nothing",
    ),
    pytest.param(
        "一季度、上半年、前三季度全省规上工业增加值分别增长3.9%、4.1%、4.4%，1-5月、1-8月出口分别增长2%、3%。",
        2025,
        [
            dict(indicator="industrial_value_added", value=3.9, period="Q1"),
            dict(indicator="industrial_value_added", value=4.1, period="H1"),
            dict(indicator="industrial_value_added", value=4.4, period="Q1-Q3"),
            dict(indicator="exports", value=2, period="M01-M05"),
            dict(indicator="exports", value=3, period="M01-M08"),
        ],
        id="time-parts-of-the-year-listed-before-fenbie-give-each-value-its-own",
    ),
    pytest.param(
        "2月9日，某区召开高质量发展大会。\n\n书记说，各镇街要算好时间账，一季度地区生产总值增长6%以上，"
        "上半年工业投资增速不低于35%，以开局的主动赢得全年的主动。",
        2025,
        [dict(value=6, kind="target", period="Q1"), dict(value=35, kind="target", period="H1")],
        id="time-a-half-year-not-yet-over-at-the-texts-date-is-planned",
    ),
    pytest.param(
        "某市去年进出口总额1.45万亿元，增长7.3%。\n\n从镇街层面看，强镇格局依然明显。长安镇地区生产总值突破900亿元。\n\n"
        "分城市看，甲市、乙市今年增长目标分别为5.5%、5%。",
        2026,
        [
            dict(value=1.45e12, kind="actual", year=2025),
            dict(value=7.3, kind="actual", year=2025),
            dict(value=9e10, kind="actual", year=2025, note="town 长安镇"),
            dict(value=5.5, kind="target", year=2026),
            dict(value=5, kind="target", year=2026),
        ],
        id="time-a-paragraph-breaking-down-the-results-before-goes-on-with-their-year-unless-it-plans",
    ),
    pytest.param(
        "狗年开工第一会召开\n\n2月22日，某市召开全市推动经济高质量发展大会。\n\n成绩：2017年经济总量逼近万亿\n\n"
        "会议通报，全市地区生产总值增长8.5%。\n\n从区域看，甲区地区生产总值增长8.9%，全市新增高新技术企业1069家。\n\n"
        "目标：今年增长8.5%左右\n\n今年全市地区生产总值增长8.5%左右。",
        2018,
        [
            dict(value=1e12, kind="actual", year=2017),
            dict(value=8.5, kind="actual", year=2017),
            dict(value=8.9, kind="actual", year=2017),
            dict(value=1069, kind="actual", year=2017),
            dict(value=8.5, kind="target", year=2018, bound="approx"),
            dict(value=8.5, kind="target", year=2018, bound="approx"),
        ],
        id="time-a-sub-heading-labelled-as-results-then-naming-their-year-heads-a-review",
    ),
    pytest.param(
        "各市2025年经济“成绩单”全部出炉\n\n南方某报　2026-02-06\n\n"
        "据省统计局初步核算，2025年全省地区生产总值增长4.2%。\n\n一、万亿城市：四城合计超9万亿元\n\n"
        "深圳继续领跑，全年地区生产总值增长5.3%；广州地区生产总值增长3.6%。\n\n四、2026年目标：多地瞄准5%以上\n\n"
        "深圳今年提出地区生产总值增长5%左右。",
        2026,
        [
            dict(value=4.2, kind="actual", year=2025),
            dict(value=9e12, kind="actual", year=2025),  # (the heading's total)
            dict(region="深圳市", value=5.3, kind="actual", year=2025),
            dict(region="广州市", value=3.6, kind="actual", year=2025),
            dict(region="深圳市", value=5, kind="target", year=2026),
        ],
        id="time-a-results-round-ups-numbered-sections-go-on-with-its-year-until-one-plans",
    ),
    pytest.param(
        "分县（市、区）看，甲区、乙县地区生产总值分别增长4.1%、4.5%，增速居全市前二；丙县规上工业增加值增长15.6%，"
        "增速全市第一。下半年，全市要力争工业投资增速保持全省前列，固定资产投资增长5%。"
        "新疆、甘肃分别增长6.2%、5.9%，分列第二、三位。",
        2024,
        [
            dict(value=4.1, kind="actual"),
            dict(value=4.5, kind="actual"),
            dict(value=15.6, kind="actual"),
            dict(value=5, kind="target"),
            dict(region="新疆维吾尔自治区", value=6.2, kind="actual"),
            dict(region="甘肃省", value=5.9, kind="actual"),
        ],
        id="time-a-figure-with-its-rank-is-a-result",
    ),
    pytest.param(
        "会议指出，当前全市经济运行也面临一些困难和问题：房地产开发投资下降18.5%，部分企业经营困难。"
        "要确保全年地区生产总值增长5%。",
        2025,
        [dict(value=-18.5, kind="actual"), dict(value=5, kind="target", indicator="gdp")],
        id="time-figures-under-the-difficulties-and-problems-are-results",
    ),
    pytest.param(
        "市委经济工作会议召开\n\n12月26日，中共某市委经济工作会议召开，总结今年工作，部署明年任务。\n\n"
        "据初步测算，全年地区生产总值预计突破3200亿元、增长5.5%左右，一般公共预算收入完成180亿元。\n\n"
        "明年全市地区生产总值增长5.5%以上。",
        2025,
        [
            dict(value=3.2e11, kind="actual", year=2025, bound="approx"),
            dict(value=5.5, kind="actual", year=2025, bound="approx"),
            dict(value=1.8e10, kind="actual", year=2025),
            dict(value=5.5, kind="target", year=2026, bound="min"),
        ],
        id="time-a-first-estimate-at-a-year-end-conference-is-of-the-year-it-closes",
    ),
    pytest.param(
        "某省2025年外贸进出口3.1万亿元 规模居全国前列\n省商务厅：今年外贸力争增长4%左右\n\n"
        "1月20日，省政府新闻办召开新闻发布会。\n\n外贸：总量稳、结构优\n\n"
        "据海关统计，2025年全省外贸进出口3.1万亿元，增长4.2%。\n\n"
        "从市场结构看，对东盟进出口6000亿元，增长8.7%。\n\n消费：以旧换新持续发力\n\n"
        "消费市场方面，全省社会消费品零售总额2.1万亿元，增长3.2%。\n\n今年目标：稳规模优结构\n\n"
        "今年全省社会消费品零售总额增长4.5%，全年举办促消费活动1000场以上。",
        2026,
        [
            dict(value=3.1e12, kind="actual", year=2025, measure="level", region="广州市"),  # (the title's)
            dict(value=4, kind="target", year=2026),
            dict(value=3.1e12, kind="actual", year=2025, measure="level", quote="外贸进出口3.1万亿元"),
            dict(value=4.2, kind="actual", year=2025),
            dict(value=6e11, kind="actual", year=2025),
            dict(value=8.7, kind="actual", year=2025),
            dict(value=2.1e12, kind="actual", year=2025),
            dict(value=3.2, kind="actual", year=2025),
            dict(value=4.5, kind="target", year=2026),
            dict(value=1000, kind="target", year=2026),
        ],
        id="time-a-title-stating-a-figure-of-a-year-gone-by-opens-a-review-below-its-lines",
    ),
    pytest.param(
        "前8个月全省经济运行稳中有进\n\n来源：省统计局新闻处\n\n上半年全省地区生产总值同比增长5.6%，为完成全年地区生产总值增长5.5%左右的目标打下了基础。\n\n"
        "1-8月，全省规模以上工业增加值同比增长7.6%。其中，8月份增长7.9%。分门类看，制造业增长8.2%。",
        2025,
        [
            dict(value=5.6, kind="actual", period="H1"),
            dict(value=5.5, kind="target", period=""),
            dict(value=7.6, kind="actual", period="M01-M08"),
            dict(value=7.9, kind="actual", period="M08"),
            dict(value=8.2, kind="actual", period="M01-M08"),
        ],
        id="time-a-goal-restated-in-a-release-and-a-month-broken-out-after-qizhong",
    ),
    pytest.param(
        "某市2025年一季度重大项目集中签约暨开工活动举行\n签约项目68个 总投资超800亿元\n\n"
        "今年全市计划签约项目100个以上。",
        2025,
        [
            dict(measure="count", value=68, kind="actual"),
            dict(measure="level", value=8e10, kind="actual"),
            dict(measure="count", value=100, kind="target"),
        ],
        id="time-a-signing-headline-counts-what-was-signed",
    ),
    pytest.param(
        "江苏提出增长5%以上，去年江苏GDP为12.82万亿元，同比增长5.8%。"
        "浙江提出增长5.5%左右，去年浙江经济总量为8.26万亿元、增长6.0%；四川、河南的目标分别为增长6%左右和5.5%左右。",
        2024,
        [
            dict(region="江苏省", value=5, year=2024, kind="target"),
            dict(region="江苏省", measure="level", year=2023, kind="actual"),
            dict(region="江苏省", value=5.8, year=2023, kind="actual"),
            dict(region="浙江省", value=5.5, year=2024, kind="target"),
            dict(region="浙江省", measure="level", year=2023, kind="actual"),
            dict(region="浙江省", value=6.0, year=2023, kind="actual"),
            dict(region="四川省", value=6, year=2024, kind="target"),
            dict(region="河南省", value=5.5, year=2024, kind="target"),
        ],
        id="time-a-planned-part-of-a-sentence-is-not-dated-by-last-years-results-beside-it",
    ),
    pytest.param(
        "某市国民经济和社会发展第十四个五年规划\n和二〇三五年远景目标纲要（摘要）\n\n"
        "二、“十四五”时期主要目标\n\n研究与试验发展经费投入强度达到2.5%，高新技术企业数量突破1000家。",
        2021,
        [dict(indicator="rd_intensity", year=2025, kind="target"), dict(measure="count", value=1000, year=2025)],
        id="time-an-outline-titled-over-two-lines-sets-its-plans-end-year",
    ),
    pytest.param(
        "某市召开新春第一会\n\n2月24日，某市召开大会，会议回顾2025年成绩。\n\n过去一年，交出了一份沉甸甸的答卷\n\n"
        "初步核算，全市实现地区生产总值3026.4亿元。\n\n工业作用更加凸显。全市规上工业增加值增长8.1%。\n\n"
        "今年，要在更高起点上再攀新高峰\n\n全市地区生产总值增长6%左右。",
        2026,
        [
            dict(indicator="gdp", measure="level", year=2025, kind="actual"),
            dict(indicator="industrial_value_added", year=2025, kind="actual"),
            dict(indicator="gdp", value=6, year=2026, kind="target"),
        ],
        id="time-a-short-headline-with-a-comma-standing-alone-opens-a-review",
    ),
    pytest.param(
        "某镇召开2025年高质量发展大会\n\n📊 2024年成绩单：稳中有进\n\n全镇规上工业总产值3620亿元。\n\n"
        "🎯 2025年目标：奋力打造世界级家电产业集群核心区\n\n✅地区生产总值增长5%以上；",
        2025,
        [
            dict(indicator="industrial_output", year=2024, kind="actual"),
            dict(indicator="gdp", value=5, year=2025, kind="target"),
        ],
        id="time-an-emoji-heading-on-the-years-targets-ends-the-review",
    ),
    pytest.param(
        "某市举行2024年招商引资大会\n\n■过去一年：招商引资量质齐升\n\n全年新引进超亿元项目226个。\n\n"
        "■今年目标：全年引进超亿元项目不少于250个\n\n全市确保地区生产总值增长5.5%。\n\n"
        "■现场签约：一批大项目落子\n\n本次大会签约的68个项目中，超10亿元项目24个。从产业分布看，先进制造业项目49个，总投资612亿元。",
        2024,
        [
            dict(measure="count", value=226, year=2023, kind="actual"),
            dict(measure="count", value=250, year=2024, kind="target"),
            dict(indicator="gdp", value=5.5, year=2024, kind="target"),
            dict(measure="count", value=68, year=2024, kind="actual"),
            dict(measure="count", value=24, year=2024, kind="actual"),
            dict(measure="count", value=49, year=2024, kind="actual"),
            dict(measure="level", value=6.12e10, year=2024, kind="actual"),
        ],
        id="time-a-sub-heading-on-the-days-signing-dates-its-section-done-and-a-bulleted-plans-heading-ends-a-review",
    ),
    pytest.param(
        "某区“十五五”规划纲要发布\n\n2026-03-18　近日，"
        "《某区国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要》正式印发。\n\n"
        "■“十四五”成绩单：经济总量迈上新台阶\n\n全区国家高新技术企业增至1300家。\n\n"
        "■“十五五”主要目标：到2030年经济总量突破4000亿元\n\n《纲要》提出，到2030年，地区生产总值突破4000亿元。\n\n"
        "科技创新方面，全社会研发经费投入强度达到5%，国家高新技术企业超过2500家。",
        2026,
        [
            dict(measure="count", value=1300, year=2025, kind="actual"),
            dict(indicator="gdp", value=4e11, year=2030, kind="target"),
            dict(indicator="gdp", value=4e11, year=2030, kind="target"),
            dict(indicator="rd_intensity", year=2030, kind="target"),
            dict(measure="count", value=2500, year=2030, kind="target"),
        ],
        id="time-a-bulleted-heading-over-a-plans-targets-with-a-headline-ends-the-review-above",
    ),
    pytest.param(
        "某县召开2026年新春第一会\n\n过去一年，交出了一份答卷\n📌 全县规上工业增加值增长8.1%\n\n"
        "今年，继续冲刺\n📌 规上工业增加值增长7.5%",
        2026,
        [
            dict(indicator="industrial_value_added", value=8.1, year=2025, kind="actual"),
            dict(indicator="industrial_value_added", value=7.5, year=2026, kind="target"),
        ],
        id="time-a-past-year-sub-heading-going-on-after-a-comma-opens-a-review",
    ),
    pytest.param(
        "前8个月全省经济运行稳中有进\n\n某省统计局　2025-09-18　来源：省统计局新闻处\n\n"
        "1-8月，全省规模以上工业增加值同比增长7.1%。\n\n固定资产投资增长2.5%。",
        2025,
        [dict(value=7.1, kind="actual", period="M01-M08"), dict(value=2.5, kind="actual")],
        id="time-a-text-the-statistics-bureau-publishes-reports-results",
    ),
    pytest.param(
        "某市78个重大项目集中动工 总投资逾千亿元\n\n5月18日上午，全市78个重大项目同步动工，总投资1036亿元。"
        "今年全市要完成重点项目投资1000亿元。",
        2023,
        [
            dict(measure="count", value=78, kind="actual"),
            dict(measure="level", value=1e11, kind="actual", bound="min"),
            dict(measure="count", value=78, kind="actual"),
            dict(measure="level", value=1.036e11, kind="actual"),
            dict(measure="level", value=1e11, kind="target"),
        ],
        id="time-projects-that-broke-ground-together-today-are-done",
    ),
    pytest.param(
        "2021年某市国民经济和社会发展统计公报\n\n三次产业结构由上年的10.2∶39.6∶50.2调整为9.7∶40.7∶49.6。"
        "人均地区生产总值124510元，比上年增长17.9%。",
        2021,
        [
            *(dict(value=v, year=2020, kind="actual") for v in (10.2, 39.6, 50.2)),
            *(dict(value=v, year=2021, kind="actual") for v in (9.7, 40.7, 49.6)),
            dict(measure="level", value=124510, year=2021, kind="actual"),
            dict(measure="growth", value=17.9, year=2021, kind="actual"),
        ],
        id="time-a-change-from-last-years-ratio-dates-its-start-only",
    ),
    pytest.param(
        "某市1-2月经济运行情况\n\n1-2月，全市规模以上工业增加值同比增长5.6%，增速比去年全年加快2.1个百分点。"
        "分经济类型看，民营企业增长6.1%。",
        2025,
        [dict(value=5.6, period="M01-M02", kind="actual"), dict(value=6.1, period="M01-M02", kind="actual")],
        id="time-last-years-whole-year-as-a-base-does-not-reset-the-period",
    ),
    pytest.param(
        "大湾区内地九市上半年经济成绩单出炉\n\n记者 报道：九市2024年上半年经济“半年报”已全部揭晓。\n\n"
        "广州上半年实现地区生产总值14405.43亿元，同比增长2.5%。规模以上工业增加值下降4.7%。"
        "广州今年的全年目标是地区生产总值增长5%以上。",
        2024,
        [
            dict(indicator="gdp", measure="level", kind="actual", period="H1"),
            dict(indicator="gdp", measure="growth", value=2.5, kind="actual", period="H1"),
            dict(indicator="industrial_value_added", value=-4.7, kind="actual", period="H1"),
            dict(indicator="gdp", value=5, kind="target", period=""),
        ],
        id="time-a-title-on-a-half-years-results-marks-a-text-that-reports-them",
    ),
    pytest.param(
        "某市召开2024年上半年经济运行分析会\n\n7月25日，某市召开上半年经济运行分析会。上半年全市地区生产总值增长5.9%。\n\n"
        "会议要求，下半年要在以下方面集中发力：\n\n一是全力稳工业。下半年新增规上工业企业80家以上。\n\n"
        "二是全力促消费。组织开展促消费活动100场以上。",
        2024,
        [
            dict(indicator="gdp", kind="actual", period="H1"),
            dict(measure="count", value=80, kind="target", period="H2"),
            dict(measure="count", value=100, kind="target"),
        ],
        id="time-a-list-under-a-caption-that-plans-and-the-second-half-to-come-are-targets",
    ),
    pytest.param(
        "某县召开2024年上半年经济形势分析会\n\n7月18日，某县召开上半年经济形势分析会。上半年全县地区生产总值增长4.6%。\n\n"
        "会议部署了下半年以下重点工作：\n\n一是抓工业。前三季度规上工业增加值力争增长6%。\n\n"
        "二是促消费。举办展销活动30场以上，发放消费券800万元。\n\n三是保民生。全年城镇新增就业4200人。",
        2024,
        [
            dict(indicator="gdp", kind="actual", period="H1"),
            dict(indicator="industrial_value_added", kind="target", period="Q1-Q3"),
            dict(measure="count", value=30, kind="target", period="H2"),
            dict(measure="level", value=8e6, kind="target", period="H2"),
            dict(measure="count", value=4200, kind="target", period=""),
        ],
        id="time-items-under-a-caption-that-plans-take-its-part-of-the-year-not-another-items",
    ),
    pytest.param(
        "各市2025年成绩单出炉：谁完成了年初目标？\n\n2026-02-08　记者梳理各市统计公报。\n\n"
        "江门年初提出增长6%，全年实际增长5.1%，经济总量依然稳在4200亿元；"
        "规上工业增加值增长7.2%，高于年初确定的6%的目标。"
        "阳江的目标是增长5.5%以上，最终增长4.9%。",
        2026,
        [
            dict(region="江门市", indicator="gdp", value=6, year=2025, kind="target"),
            dict(region="江门市", indicator="gdp", value=5.1, year=2025, kind="actual"),
            dict(region="江门市", indicator="gdp", measure="level", year=2025, kind="actual"),
            dict(region="江门市", indicator="industrial_value_added", value=7.2, year=2025, kind="actual"),
            dict(region="江门市", indicator="industrial_value_added", value=6, year=2025, kind="target"),
            dict(region="阳江市", indicator="gdp", value=5.5, year=2025, kind="target", bound="min"),
            dict(region="阳江市", indicator="gdp", value=4.9, year=2025, kind="actual"),
        ],
        id="time-a-years-goals-set-at-its-start-and-its-results-side-by-side",
    ),
    pytest.param(
        "市长访谈\n\n答：2025年是“十四五”规划收官之年。初步核算，全市地区生产总值2100亿元，同比增长4.5%。"
        "社会消费品零售总额880亿元，增长3.1%；外贸进出口总额预计达到430亿元。\n\n答：今年地区生产总值增长5%以上。",
        2026,
        [
            dict(indicator="gdp", measure="level", year=2025, kind="actual"),
            dict(indicator="gdp", measure="growth", year=2025, kind="actual"),
            dict(indicator="retail_sales", measure="level", year=2025, kind="actual"),
            dict(indicator="retail_sales", measure="growth", year=2025, kind="actual"),
            dict(indicator="foreign_trade", year=2025, kind="actual", bound="approx"),
            dict(indicator="gdp", value=5, year=2026, kind="target"),
        ],
        id="time-results-go-on-after-a-first-estimate-of-a-year-framed-by-its-plan",
    ),
    pytest.param(
        "某市召开2023年高质量发展大会\n\n一、回望2022：稳住基本盘\n\n初步核算，2022年全市地区生产总值增长3.1%。\n\n"
        "茶产业继续领跑。全市茶园面积扩大到17万亩，茶叶产值约140亿元。\n\n二、2023年：开局即冲刺\n\n"
        "全市茶叶产值突破160亿元。",
        2023,
        [
            dict(indicator="gdp", year=2022, kind="actual"),
            dict(value=17e4 * 666.6666666666666, year=2022, kind="actual"),
            dict(value=1.4e10, year=2022, kind="actual"),
            dict(value=1.6e10, year=2023, kind="target"),
        ],
        id="time-a-numbered-heading-looking-back-on-a-year-opens-a-review-of-it",
    ),
    pytest.param(
        "某市召开2024年新春第一会\n\n一、成绩来之不易：千亿广州迈上新起点\n\n书记在讲话中说，刚刚过去的2023年，是极不平凡的一年。"
        "全市地区生产总值达到1012.4亿元。\n\n规模以上工业增加值增长9.1%。\n\n二、目标催人奋进：今年要跑出“加速度”\n\n"
        "地区生产总值增长6%左右。",
        2024,
        [
            dict(indicator="gdp", measure="level", year=2023, kind="actual"),
            dict(indicator="industrial_value_added", year=2023, kind="actual"),
            dict(indicator="gdp", value=6, year=2024, kind="target"),
        ],
        id="time-a-numbered-heading-on-results-hard-won-opens-a-review",
    ),
    pytest.param(
        "某市“十五五”规划纲要\n\n到2030年，全市地区生产总值达到850亿元；到2030年沙坪镇、雅瑶镇规上工业总产值分别达到90亿元、"
        "70亿元。\n\n第四章　二〇三五年远景目标\n\n展望二〇三五年，全市将基本实现现代化。"
        "地区生产总值力争比2025年翻一番；常住人口城镇化率达到68%。",
        2026,
        [
            dict(indicator="gdp", year=2030, value=8.5e10),
            dict(year=2030, value=9e9, note="town 沙坪镇"),
            dict(year=2030, value=7e9, note="town 雅瑶镇"),
            dict(indicator="gdp", year=2035, value=100),
            dict(year=2035, value=68),
        ],
        id="time-looking-ahead-to-a-year-dates-its-paragraph-a-horizon-before-a-list-of-towns",
    ),
    pytest.param(
        "某县国民经济和社会发展第十五个五年规划纲要（摘要）\n\n第一章　发展基础\n\n"
        "产业结构持续优化。新增规上工业企业63家，高新技术企业由28家增至71家。\n\n第二章　主要目标\n\n"
        "新增规上工业企业100家，地区生产总值突破260亿元。",
        2026,
        [
            dict(value=63, year=2025, kind="actual"),
            dict(value=28, kind="actual"),
            dict(value=71, year=2025, kind="actual"),
            dict(value=100, year=2030, kind="target"),
            dict(indicator="gdp", year=2030, kind="target"),
        ],
        id="time-an-outlines-chapter-on-its-basis-reviews-the-period-just-ended",
    ),
    pytest.param(
        "广东县域晒出2025年“目标书”\n\n来源：某客户端　2025-02-20\n\n记者梳理各县（市）数据。\n\n"
        "县域经济：总量增、位次变\n\n省统计局数据显示，2024年全省县域地区生产总值增长4.3%。\n\n"
        "从总量看，博罗县以968.2亿元的地区生产总值继续领跑，增长5.7%。\n\n"
        "目标书：拼经济氛围浓\n\n博罗县提出今年地区生产总值增长6%。",
        2025,
        [
            dict(indicator="gdp", value=4.3, year=2024, kind="actual"),
            dict(region="博罗县", indicator="gdp", measure="level", year=2024, kind="actual"),
            dict(region="博罗县", indicator="gdp", value=5.7, year=2024, kind="actual"),
            dict(region="博罗县", indicator="gdp", value=6, year=2025, kind="target"),
        ],
        id="time-a-sub-heading-whose-first-paragraph-opens-with-a-year-gone-by-heads-a-section-on-it",
    ),
    pytest.param(
        "某省政府工作报告解读\n\n【2024年：稳中有进　开放动能释放】\n\n报告显示，2024年全省地区生产总值增长3.7%。\n\n"
        "过去一年，全省货物贸易进出口总额增长20.1%。\n\n【2025年：GDP增长5.5%左右　奋力实现“开门红”】\n\n"
        "报告提出，2025年全省地区生产总值增长5.5%左右。\n\n在开放型经济方面，报告提出，实际使用外资确保完成40亿美元。",
        2025,
        [
            dict(indicator="gdp", value=3.7, year=2024, kind="actual"),
            dict(indicator="foreign_trade", year=2024, kind="actual"),
            dict(indicator="gdp", value=5.5, year=2025, kind="target"),
            dict(indicator="gdp", value=5.5, year=2025, kind="target"),
            dict(value=4e9, year=2025, kind="target", commitment="ensure"),
        ],
        id="time-a-sub-heading-on-this-year-closes-the-review-a-sub-heading-on-last-year-opened",
    ),
    pytest.param(
        "市委经济工作会议召开\n\n本报讯 12月26日，市委经济工作会议召开，总结2023年经济工作，部署明年工作。\n\n"
        "一年来，全市经济持续回升，预计全年地区生产总值增长6%左右。去年全市地区生产总值增长3.5%。\n\n"
        "会议提出，明年地区生产总值增长6%以上。",
        2023,
        [
            dict(indicator="gdp", value=6, year=2023, kind="actual", bound="approx"),
            dict(indicator="gdp", value=3.5, year=2022, kind="actual"),
            dict(indicator="gdp", value=6, year=2024, kind="target", bound="min"),
        ],
        id="time-the-past-year-at-a-december-conference-is-the-year-it-closes-last-year-the-one-before",
    ),
    pytest.param(
        "市委经济工作会议召开\n\n本报讯 12月27日，市委经济工作会议召开，总结今年经济工作，部署明年经济工作。\n\n"
        "一、2023年：经济回升向好\n\n会议认为，今年是开局之年，全市经济运行回升向好。\n\n"
        "全市地区生产总值达到7760亿元左右、增长6.1%。\n\n"
        "二、2024年：稳中求进\n\n会议提出，明年全市地区生产总值增长6%左右。",
        2023,
        [
            dict(indicator="gdp", measure="level", year=2023, kind="actual"),
            dict(indicator="gdp", value=6.1, year=2023, kind="actual"),
            dict(indicator="gdp", value=6, year=2024, kind="target"),
        ],
        id="time-a-heading-on-the-year-a-december-conference-closes-opens-its-review",
    ),
    pytest.param(
        "一文读懂某区“十五五”规划《建议》\n\n来源：某区发布　2025-12-19 18:30\n\n"
        "问：“十四五”时期，某区取得了哪些发展成就？\n\n答：全区地区生产总值达到1010亿元，首次迈上千亿元台阶。\n\n"
        "民生福祉持续增进。新增公办学位2.6万个。\n\n问：《建议》提出了哪些主要目标？\n\n"
        "答：到2030年，全区地区生产总值突破1400亿元。\n\n在民生方面，常住人口城镇化率达到80%。",
        2025,
        [
            dict(indicator="gdp", measure="level", value=1.01e11, year=2025, kind="actual"),
            dict(measure="count", value=26000, year=2025, kind="actual"),
            dict(indicator="gdp", value=1.4e11, year=2030, kind="target"),
            dict(value=80, year=2030, kind="target"),
        ],
        id="time-an-interviews-answers-on-results-and-on-targets-and-a-step-said-again-is-no-row",
    ),
    pytest.param(
        "某区召开2025年上半年经济形势分析会\n\n7月24日下午，某区召开上半年经济形势分析会。\n\n一、上半年：主要指标稳中有升\n\n"
        "会议通报，上半年全区地区生产总值增长4.6%。规模以上工业总产值1286.7亿元，增长7.2%。\n\n"
        "二、下半年：冲刺全年目标\n\n全年地区生产总值力争增长5%。",
        2025,
        [
            dict(indicator="gdp", value=4.6, period="H1", kind="actual"),
            dict(measure="level", value=1.2867e11, period="H1", kind="actual"),
            dict(measure="growth", value=7.2, period="H1", kind="actual"),
            dict(indicator="gdp", value=5, period="", kind="target"),
        ],
        id="time-a-numbered-heading-on-a-part-of-the-year-dates-its-section",
    ),
    pytest.param(
        "上半年我市重点项目完成投资318.6亿元\n完成年度计划的58.2%，超时序进度8.2个百分点\n\n"
        "2024-07-18　来源：某日报\n\n"
        "本报讯　7月16日，记者从市发展改革局获悉，全市项目建设进展顺利。",
        2024,
        [
            dict(measure="level", value=3.186e10, period="H1", kind="actual"),
            dict(measure="share", value=58.2, period="H1", kind="actual"),
        ],
        id="time-a-titles-second-line-goes-on-with-the-part-of-the-year-its-first-states",
    ),
    pytest.param(
        "🔥某县2024年高质量发展大会召开\n\n某县发布　2024-02-19 08:30\n\n📈 回眸2023｜爬坡过坎 稳中有进\n\n"
        "初步核算，全县地区生产总值增长5.2%。\n\n财政方面，一般公共预算收入5.82亿元，增长8.6%。\n\n"
        "🎯 2024年目标：稳中求进\n\n全县地区生产总值增长6%。",
        2024,
        [
            dict(indicator="gdp", value=5.2, year=2023, kind="actual"),
            dict(measure="level", value=5.82e8, year=2023, kind="actual"),
            dict(measure="growth", value=8.6, year=2023, kind="actual"),
            dict(indicator="gdp", value=6, year=2024, kind="target"),
        ],
        id="time-a-sub-heading-under-an-emoji-looking-back-on-a-year-opens-a-review",
    ),
    pytest.param(
        "某县召开2025年高质量发展大会\n62个项目集中签约 总投资286亿元\n\n来源：某县融媒体中心　2025-02-06\n\n"
        "2月5日，某县召开大会。\n\n成绩单：稳中有进\n\n回顾2024年，全县地区生产总值增长6.1%。\n\n"
        "抓项目：策划生成不少于300个\n\n全年策划生成项目不少于300个，实施县重点项目206个。",
        2025,
        [
            dict(measure="count", value=62, kind="actual"),
            dict(measure="level", value=2.86e10, kind="actual"),
            dict(indicator="gdp", value=6.1, year=2024, kind="actual"),
            dict(value=300, year=2025, kind="target"),
            dict(value=300, year=2025, kind="target"),
            dict(value=206, year=2025, kind="target"),
        ],
        id="time-a-task-sub-heading-with-a-figure-closes-a-review-a-signing-line-under-the-title-opens-none",
    ),
    pytest.param(
        "某市2025年重大项目集中签约活动举行\n\n3月18日，某市举行集中签约活动。\n\n签约项目“含金量”高\n\n"
        "从投资规模看，超10亿元项目18个，制造业项目占比接近七成。某县引进的一个风电装备项目总投资120亿元，"
        "达产后年产值约150亿元。\n\n今年目标\n\n今年全市新签约项目200个。",
        2025,
        [
            dict(value=18, kind="actual"),
            dict(value=70, kind="actual"),
            dict(value=1.2e10, kind="actual"),
            dict(value=1.5e10, kind="target"),
            dict(value=200, kind="target"),
        ],
        id="time-a-signing-sub-heading-dates-its-section-as-done-but-what-comes-after-output-starts",
    ),
    pytest.param(
        "县域经济“成绩单”出炉｜台山领跑，粤西多地增速亮眼\n\n某某客户端　2024-03-10 09:30\n记者　某某\n\n"
        "记者梳理广东各县（市）数据发现，县域经济稳步增长。"
        "\n\n在粤西，江门台山市依托海上风电，风电装机容量达到120万千瓦。以茂名信宜市为例，该市地区生产总值增长4.3%。"
        "全省县域固定资产投资增长12%。",
        2024,
        [
            dict(region="台山市", value=1.2e6, year=2023, kind="actual"),
            dict(region="信宜市", indicator="gdp", value=4.3, year=2023, kind="actual"),
            dict(region="广东省", indicator="fixed_asset_investment", value=12, year=2023, kind="actual"),
        ],
        id="time-a-round-up-titled-results-out-with-no-year-reviews-last-year-its-title-names-no-region-of-the-text",
    ),
    pytest.param(
        "江门民营经济“成绩单”出炉：经营主体超80万户　今年力争新增上市企业5家\n\n来源：某某客户端　2026-03-12\n\n"
        "3月11日，江门市召开民营经济发展大会，发布全市民营经济“成绩单”。\n\n"
        "龙头企业带动作用明显。全市营业收入超百亿元的民营企业达到12家，全年新增上市民营企业3家。\n\n"
        "今年目标：新增上市企业5家\n\n会议提出，新增专精特新企业100家。",
        2026,
        [
            dict(value=8e5, year=2026, kind="target"),  # (the title's own lines are above the review it opens)
            dict(value=5, year=2026, kind="target"),
            dict(value=12, year=2025, kind="actual"),
            dict(value=3, year=2025, kind="actual"),
            dict(value=5, year=2026, kind="target"),
            dict(value=100, year=2026, kind="target"),
        ],
        id="time-a-title-on-results-out-then-this-years-aim-reviews-last-year-up-to-the-plans",
    ),
    pytest.param(
        "某区前5个月经济运行稳中向好\n\n6月20日，前5个月全区规模以上工业总产值同比增长9.8%。\n\n一季度回顾与全年展望\n\n"
        "回顾一季度，全区地区生产总值完成537.2亿元。下一步，确保全年地区生产总值增长7%。",
        2023,
        [
            dict(measure="growth", value=9.8, year=2023, kind="actual", period="M01-M05"),
            dict(indicator="gdp", year=2023, kind="actual", period="Q1"),
            dict(indicator="gdp", value=7, year=2023, kind="target"),
        ],
        id="time-a-review-heading-on-the-first-quarter-reviews-no-past-year",
    ),
    pytest.param(
        "某市上半年金融运行情况\n\n6月末，全市本外币存款余额4380.5亿元，同比增长6.2%。9月末，贷款余额2461.2亿元。"
        "截至3月底，在建项目176个。力争6月底前建成投产。",
        2024,
        [
            dict(measure="level", value=4.3805e11, kind="actual", period="H1"),
            dict(measure="growth", value=6.2, kind="actual", period="H1"),
            dict(measure="level", value=2.4612e11, kind="actual", period="M01-M09"),
            dict(measure="count", value=176, kind="actual", period="Q1"),
        ],
        id="time-a-balance-as-of-a-months-end-is-the-quarter-or-half-it-closes-else-the-months-so-far",
    ),
    pytest.param(
        "今后五年，全市发展的主要目标是：地区生产总值年均增长5.5%左右。今年，地区生产总值增长6%。",
        2026,
        [
            dict(value=5.5, year=2030, kind="target", bound="approx", period="2026-2030"),
            dict(value=6, year=2026, kind="target"),
        ],
        id="time-the-next-five-years-end-four-years-after-the-first-one-to-come",
    ),
    pytest.param(
        "某区召开2025年上半年经济运行分析会\n\n一、上半年经济运行“成绩单”\n\n"
        "据初步核算，上半年全区实现地区生产总值4736.82亿元，同比增长6.2%。",
        2025,
        [
            dict(measure="level", year=2025, kind="actual", period="H1"),
            dict(measure="growth", value=6.2, year=2025, kind="actual", period="H1"),
        ],
        id="time-a-numbered-heading-on-the-half-years-results-reviews-no-past-year",
    ),
    pytest.param(
        "重磅！某市2025年成绩单来了→\n\n某市发布　2026年1月28日 20:05\n\n📌 划重点！\n\n"
        "▌2025年，这些数据很“硬核”\n\n💰 经济总量再上台阶\n全市地区生产总值完成5610亿元，同比增长5.8%。\n\n"
        "🏭 工业更稳\n规上工业总产值1.18万亿元，增长6.5%。\n\n▌2026年，目标定了！\n\n地区生产总值增长5.5%左右。",
        2026,
        [
            dict(indicator="gdp", measure="level", year=2025, kind="actual"),
            dict(indicator="gdp", value=5.8, year=2025, kind="actual"),
            dict(indicator="industrial_output", measure="level", year=2025, kind="actual"),
            dict(indicator="industrial_output", value=6.5, year=2025, kind="actual"),
            dict(indicator="gdp", value=5.5, year=2026, kind="target"),
        ],
        id="time-a-results-title-reviews-past-its-dateline-up-to-the-sub-heading-on-this-years-targets",
    ),
    pytest.param(
        "某市两会召开\n\n2026年，又定下了哪些目标？\n\n▌2025年，这些数据很“硬核”\n\n💰 经济总量再上台阶\n"
        "全市地区生产总值完成5610亿元，同比增长5.8%。\n\n▌2026年，目标定了！\n\n地区生产总值增长5.5%左右。",
        2026,
        [
            dict(indicator="gdp", measure="level", year=2025, kind="actual"),
            dict(indicator="gdp", value=5.8, year=2025, kind="actual"),
            dict(indicator="gdp", value=5.5, year=2026, kind="target"),
        ],
        id="time-a-sub-heading-that-opens-with-a-past-year-and-a-comma-reviews-it",
    ),
    pytest.param(
        "专访某市市长\n\n记者问：2025年经济发展交出了怎样的答卷？\n\n市长答：全年地区生产总值达到3420亿元，增长4.8%。\n\n"
        "特别值得一提的是，纺织服装产业产值突破2300亿元。\n\n记者问：您刚才提到工业增速，背后的原因是什么？\n\n"
        "市长答：一批项目全年实现产值45亿元。\n\n记者问：区县层面的表现如何？\n\n市长答：潮阳区地区生产总值突破600亿元。\n\n"
        "记者问：工业这一年有哪些突破？\n\n市长答：新能源电池产业集群产值突破600亿元。\n\n"
        "记者问：今年的目标是什么？\n\n市长答：地区生产总值增长5.5%左右。",
        2026,
        [
            dict(indicator="gdp", measure="level", value=3.42e11, year=2025, kind="actual"),
            dict(indicator="gdp", value=4.8, year=2025, kind="actual"),
            dict(value=2.3e11, year=2025, kind="actual"),
            dict(value=4.5e9, year=2025, kind="actual"),
            dict(region="潮阳区", value=6e10, year=2025, kind="actual"),
            dict(value=6e10, year=2025, kind="actual", measure="level", bound="min", indicator="output"),
            dict(indicator="gdp", value=5.5, year=2026, kind="target"),
        ],
        id="time-an-interviews-answers-to-a-question-on-a-past-years-results-and-its-follow-ups-are-that-years",
    ),
    pytest.param(
        "附：主要指标（摘录）\n\n地区生产总值：2025年4060亿元；2030年5500亿元；年均增长5.5%左右；预期性\n"
        "规模以上工业增加值：2025年1450亿元；2030年2030亿元；年均增长7%；预期性\n"
        "高新技术企业数量：2025年3250家；2030年4500家；预期性",
        2026,
        [
            dict(indicator="gdp", value=4.06e11, year=2025, kind="actual"),
            dict(indicator="gdp", value=5.5e11, year=2030, kind="target"),
            dict(indicator="gdp", measure="growth", value=5.5, year=2030, period="2026-2030", bound="approx"),
            dict(indicator="industrial_value_added", value=1.45e11, year=2025, kind="actual"),
            dict(indicator="industrial_value_added", value=2.03e11, year=2030, kind="target"),
            dict(indicator="industrial_value_added", measure="growth", value=7, year=2030),
            dict(indicator="high_tech_enterprises_count", value=3250, year=2025),
            dict(indicator="high_tech_enterprises_count", value=4500, year=2030),
        ],
        id="time-shape-rows-of-a-table-written-with-cells-apart-by-semicolons-are-lines-each-cell-under-its-label",
    ),
    pytest.param(
        "某市前11个月外贸进出口超6000亿元\n\n12月20日，记者从海关获悉，1-11月，全市外贸进出口总值6058.3亿元，同比增长4.6%。\n\n"
        "海关持续优化通关服务，帮助企业降低通关成本。\n\n分区看，顺德、南海两区进出口分别为2105.4亿元、1987.2亿元；禅城区进出口增长7.2%。",
        2025,
        [
            dict(indicator="foreign_trade", measure="level", value=6e11, bound="min", period="M01-M11"),
            dict(indicator="foreign_trade", measure="level", value=6.0583e11, period="M01-M11"),
            dict(indicator="foreign_trade", value=4.6, period="M01-M11"),
            dict(region="顺德区", value=2.1054e11, kind="actual", period="M01-M11"),
            dict(region="南海区", value=1.9872e11, kind="actual", period="M01-M11"),
            dict(region="禅城区", value=7.2, kind="actual", period="M01-M11"),
        ],
        id="time-a-paragraph-that-breaks-down-the-figures-before-goes-on-with-their-months-so-far",
    ),
    pytest.param(
        "某市前11个月外贸进出口超6000亿元\n\n本报讯 12月20日，记者从海关获悉，1-11月，全市外贸进出口总值6058.3亿元，"
        "同比增长4.6%。海关人士预计，全年外贸进出口将突破6600亿元，完成年初确定的增长3%的目标。",
        2025,
        [
            dict(value=6e11, year=2025, kind="actual", period="M01-M11"),
            dict(value=6.0583e11, year=2025, kind="actual", period="M01-M11"),
            dict(value=4.6, year=2025, kind="actual", period="M01-M11"),
            dict(value=6.6e11, year=2025, kind="actual", bound="approx", period=""),
            dict(value=3, year=2025, kind="target"),
        ],
        id="time-a-december-news-estimate-of-the-whole-year-and-the-goal-set-at-its-start-are-that-years",
    ),
    pytest.param(
        "某市商务部门晒出2026年“任务书”\n\n外贸：进出口增长4%左右\n\n市商务局数据显示，2025年外贸进出口总额2862.4亿元，"
        "增长6.3%。\n\n2026年，市商务局提出，全市外贸进出口增长4%左右。\n\n围绕目标，商务部门将组织企业参加境外展会不少于60场次。",
        2026,
        [
            dict(value=4, year=2026, kind="target", bound="approx"),
            dict(value=2.8624e11, year=2025, kind="actual"),
            dict(value=6.3, year=2025, kind="actual"),
            dict(value=4, year=2026, kind="target", bound="approx"),
            dict(value=60, year=2026, kind="target"),
        ],
        id="time-a-sub-heading-stating-a-target-opens-no-review-of-the-year-its-first-paragraph-names",
    ),
    pytest.param(
        "2025年各市经济答卷揭晓\n\n其中，珠海全年地区生产总值增长4.9%，目标为5.5%；中山地区生产总值增长5.1%。"
        "汕头、茂名两市地区生产总值增速分别为4.6%和4.3%，年初目标分别为6%和5.5%。",
        2026,
        [
            dict(region="珠海市", value=4.9, year=2025, kind="actual"),
            dict(value=5.5, year=2025, kind="target"),
            dict(region="中山市", value=5.1, year=2025, kind="actual"),
            dict(region="汕头市", value=4.6, year=2025, kind="actual"),
            dict(region="茂名市", value=4.3, year=2025, kind="actual"),
            dict(region="汕头市", value=6, year=2025, kind="target"),
            dict(region="茂名市", value=5.5, year=2025, kind="target"),
        ],
        id="time-a-goal-stated-after-a-result-is-that-results-own-and-plans-nothing-after-it",
    ),
    pytest.param(
        "某市召开2026年“新春第一会”\n\n一、过去一年：顶压前行，成绩来之不易\n\n书记指出，过去一年，全市地区生产总值增长6%。\n\n"
        "创新动能持续增强。全社会研发投入强度达到3.42%。\n\n二、今年目标：跳起摸高，勇争一流\n\n今年全市地区生产总值增长6.5%。",
        2026,
        [
            dict(value=6, year=2025, kind="actual"),
            dict(value=3.42, year=2025, kind="actual"),
            dict(value=6.5, year=2026, kind="target"),
        ],
        id="time-a-numbered-heading-past-year-colon-then-a-phrase-with-commas-reviews-last-year",
    ),
    pytest.param(
        "某市召开会议\n\n一、2025年：顶压前行，成绩来之不易\n\n全市地区生产总值增长6%。\n\n"
        "二、2026年：跳起摸高，勇争一流\n\n全市地区生产总值增长6.5%。",
        2026,
        [dict(value=6, year=2025, kind="actual"), dict(value=6.5, year=2026, kind="target")],
        id="time-a-numbered-heading-year-colon-then-a-phrase-with-commas-reviews-that-year",
    ),
    pytest.param(
        "某区人代会开幕\n\n■ 过去一年：稳中有进 “生态+”动能加速释放\n\n"
        "报告指出，过去一年，全区地区生产总值增长4.6%。\n\n产业项目建设跑出“加速度”。全年新签约产业项目87个。\n\n"
        "■ 今年目标：锚定“十五五”开局\n\n今年地区生产总值增长5.5%左右。",
        2026,
        [
            dict(value=4.6, year=2025, kind="actual"),
            dict(value=87, year=2025, kind="actual"),
            dict(value=5.5, year=2026, kind="target"),
        ],
        id="time-a-bulleted-sub-heading-on-the-past-year-with-a-long-phrase-after-its-colon-reviews-it",
    ),
    pytest.param(
        "2025年地方经济“成绩单”出炉：多数省份完成年度增长目标\n\n来源：某网 2026-02-03\n\n"
        "浙江年初定下了“5.5%左右”的增长目标，最终实现增长5.8%，地区生产总值9.32万亿元。",
        2026,
        [
            dict(region="浙江省", value=5.5, year=2025, kind="target"),
            dict(region="浙江省", value=5.8, year=2025, kind="actual"),
            dict(region="浙江省", value=9.32e12, year=2025, kind="actual"),
        ],
        id="time-a-results-title-that-says-the-goals-were-met-reviews-the-year-it-names",
    ),
    pytest.param(
        "数说2025丨小榄这一年\n\n原创　小榄发布　2026年01月08日\n\n刚刚过去的2025年，小榄镇坚持工业立镇，"
        "全镇上下拼经济、抓项目、优服务、惠民生。\n\n📈 经济总量再上台阶\n\n"
        "全镇地区生产总值达到512.6亿元，同比增长4.8%。",
        2026,
        [
            dict(measure="level", value=5.126e10, year=2025, kind="actual"),
            dict(measure="growth", value=4.8, year=2025, kind="actual"),
        ],
        id="time-a-title-on-a-year-in-figures-reviews-it",
    ),
    pytest.param(
        "2025年，全省实现地区生产总值14.68万亿元，同比增长4.0%。分季度看，一季度、上半年、前三季度和全年分别增长3.8%、"
        "3.9%、3.9%和4.0%。分区域看，东翼、西翼、北部生态发展区分别增长3.6%、4.1%和3.9%；三地合计2.1万亿元。",
        2026,
        [
            dict(indicator="gdp", measure="level", value=1.468e13),
            dict(indicator="gdp", value=4.0, note=""),
            dict(indicator="gdp", value=3.8, period="Q1"),
            dict(indicator="gdp", value=3.9, period="H1"),
            dict(indicator="gdp", value=3.9, period="Q1-Q3"),
            dict(indicator="gdp", value=4.0, period="", note="分别 distribution (4 of 4)"),
            dict(indicator="gdp", value=3.6, region="", note="total of 东翼"),
            dict(indicator="gdp", value=4.1, region="", note="total of 西翼"),
            dict(indicator="gdp", value=3.9, region="", note="total of 北部生态发展区"),
            dict(measure="level", value=2.1e12, region=""),
        ],
        id="time-parts-of-the-year-listed-and-the-whole-year-under-the-growth-named-in-the-paragraph",
    ),
    pytest.param(
        "狮山镇召开高质量发展大会，镇长作政府工作报告。\n\n过去的一年，狮山交出了一份怎样的成绩单？\n\n📈【2025年成绩单】\n\n"
        "✅地区生产总值1215亿元，增长5.8%\n\n🎯【2026年目标】\n\n🚀地区生产总值增长6%以上，力争突破1300亿元",
        2026,
        [
            dict(value=1.215e11, year=2025, kind="actual"),
            dict(value=5.8, year=2025, kind="actual"),
            dict(value=6, year=2026, kind="target"),
            dict(value=1.3e11, year=2026, kind="target"),
        ],
        id="time-a-bracketed-heading-after-an-emoji-on-this-years-targets-closes-the-review",
    ),
    pytest.param(
        "广东省商务厅发布2025年全省商务运行情况\n\n发布时间：2026-01-23\n\n据海关统计，2025年全省外贸进出口总额9.36万亿元，"
        "同比增长2.8%。\n\n从市场看，对东盟、欧盟进出口分别增长9.4%、3.2%。",
        2026,
        [
            dict(measure="level", value=9.36e12, year=2025, kind="actual"),
            dict(value=2.8, year=2025, kind="actual"),
            dict(value=9.4, year=2025, kind="actual"),
            dict(value=3.2, year=2025, kind="actual"),
        ],
        id="time-a-release-titled-yunxing-qingkuang-reports-results",
    ),
    pytest.param(
        "某区召开2025年前三季度经济运行分析会\n\n一、前三季度主要指标稳中向好\n\n前三季度，全区地区生产总值增长5.1%。\n\n"
        "二、项目建设和招商引资成效明显\n\n前三季度，全区省市重点项目完成投资612亿元，新签约项目312个。",
        2025,
        [
            dict(value=5.1, year=2025, kind="actual", period="Q1-Q3"),
            dict(value=6.12e10, year=2025, kind="actual"),
            dict(value=312, year=2025, kind="actual"),
        ],
        id="time-a-heading-on-results-under-a-title-on-this-years-quarters-reviews-no-past-year",
    ),
    pytest.param(
        "市委经济工作会议召开\n\n来源：某晚报　2025年12月27日\n\n12月26日，市委经济工作会议召开。\n\n"
        "会议指出，今年是“十四五”规划收官之年，全市经济稳中有进。\n\n县域经济持续壮大。某县地区生产总值有望突破4000亿元。\n\n"
        "会议强调，2026年是“十五五”开局之年。全市地区生产总值增长5.5%左右。",
        2025,
        [
            dict(value=4e11, year=2025, kind="actual"),
            dict(value=5.5, year=2026, kind="target"),
        ],
        id="time-a-december-conference-that-frames-this-year-reviews-it-up-to-the-next-years-number",
    ),
    pytest.param(
        "某市“十五五”规划建议全文发布\n\n本报讯 12月26日，市委全会审议通过规划建议。\n\n"
        "“十四五”成绩单：经济总量连跨台阶\n\n产业方面，合金材料产业集群产值突破千亿元。",
        2025,
        [dict(value=1e11, year=2025, kind="actual")],
        id="time-a-results-sub-heading-on-a-plan-period-ending-this-year-reviews-its-last-year",
    ),
    pytest.param(
        "深圳东莞公布2026年经济目标\n\n深圳：去年GDP逾3.8万亿元\n\n深圳2025年地区生产总值3.8万亿元，增长5.5%。\n\n"
        "东莞：力拼GDP增长6%\n\n东莞市政府工作报告提出，主要目标为地区生产总值增长5%以上、力争6%。"
        "报告并要求松山湖高新区规上工业增加值增长10%以上。",
        2026,
        [
            dict(value=3.8e12, year=2025, kind="actual", bound="min"),
            dict(value=3.8e12, year=2025, kind="actual", bound="exact"),
            dict(value=5.5, year=2025, kind="actual"),
            dict(value=6, year=2026, kind="target", region="东莞市"),
            dict(value=5, year=2026, kind="target"),
            dict(value=6, year=2026, kind="target", commitment="strive"),
            dict(value=10, year=2026, kind="target", note="zone 松山湖高新区"),
        ],
        id="time-the-next-region-sub-heading-that-plans-closes-the-review-the-one-before-opened",
    ),
    pytest.param(
        "经济大省“开年账本”怎么算\n\n来源：某网　2026-02-03\n\n一、去年成绩：苏浙增速领跑，广东总量居首\n\n"
        "从数据看，三省各有所长。\n\n浙江方面，全省生产总值预计为9.45万亿元，增长5.6%。\n\n二、今年目标\n\n浙江提出增长5.5%左右。",
        2026,
        [
            dict(value=9.45e12, year=2025, kind="actual"),
            dict(value=5.6, year=2025, kind="actual"),
            dict(value=5.5, year=2026, kind="target"),
        ],
        id="time-a-numbered-heading-last-years-results-colon-then-commas-reviews-it",
    ),
    pytest.param(
        "1-9月，全市重点项目完成投资850亿元，占年度计划的82.3%。",
        2024,
        [dict(measure="level", kind="actual", period="M01-M09"), dict(measure="share", value=82.3, kind="actual")],
        id="time-a-share-of-the-annual-plan-is-progress-not-a-plan",
    ),
    pytest.param(
        "锚定“十五五”开好局　石化区产值力争突破4000亿元",
        2026,
        [dict(value=4e11, year=2026, kind="target", commitment="strive")],
        id="time-a-plan-period-named-with-its-good-start-is-its-first-year-not-its-end",
    ),
    pytest.param(
        "某区召开2026年工作会议\n\n“十四五”圆满收官　经济总量迈上新台阶\n\n"
        "报告显示，2025年全区地区生产总值1380.5亿元。\n\n"
        "产业集聚效应加快显现。全区高新技术企业增至268家。\n\n2026年目标：地区生产总值增长8%\n\n规上工业增加值增长10%。",
        2026,
        [
            dict(indicator="gdp", year=2025, kind="actual"),
            dict(measure="count", value=268, year=2025, kind="actual"),
            dict(indicator="gdp", value=8, year=2026, kind="target"),
            dict(indicator="industrial_value_added", year=2026, kind="target"),
        ],
        id="time-a-sub-heading-on-an-ended-plan-period-reviews-its-last-year",
    ),
    pytest.param(
        "某市召开2025年高质量发展大会\n\n2024年：稳中有进交出高分报表\n\n会议指出，全市地区生产总值达到6093亿元。\n\n"
        "新兴产业加快壮大。全市研发经费投入强度达到2.7%左右。\n\n2025年：目标只能进、不能退\n\n规上工业增加值增长8%。",
        2025,
        [
            dict(indicator="gdp", year=2024, kind="actual"),
            dict(indicator="rd_intensity", year=2024, kind="actual"),
            dict(indicator="industrial_value_added", year=2025, kind="target"),
        ],
        id="time-a-sub-heading-opening-with-a-past-year-and-a-colon-reviews-it",
    ),
    pytest.param(
        "多省份晒出一季度成绩单\n\n人民网4月26日电 2024年一季度各省份经济“成绩单”已基本出炉。\n\n"
        "“成绩单”背后：新动能加快成长\n\n福建一季度规上工业增加值增长7.1%。",
        2024,
        [dict(indicator="industrial_value_added", year=2024, kind="actual", period="Q1")],
        id="time-a-results-sub-heading-under-a-title-on-part-of-the-year-reviews-no-past-year",
    ),
    pytest.param(
        "五年来，贫困发生率由2014年的8.9%降至1.2%，14个贫困村全部出列。",
        2021,
        [
            dict(value=8.9, year=2014, kind="actual"),
            dict(value=1.2, year=2020, kind="actual"),
            dict(value=14, measure="count", year=2020, kind="actual"),
        ],
        id="time-the-year-a-change-starts-from-dates-its-start-only",
    ),
    pytest.param(
        "某市“十五五”怎么干？一图读懂\n\n2月2日，市人民代表大会审议《某市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要"
        "（草案）》。\n\n（二）创新能力显著增强。全社会研发经费投入强度达到2%，高新技术企业数量突破1500家。",
        2026,
        [
            dict(indicator="rd_intensity", year=2030, kind="target"),
            dict(measure="count", value=1500, year=2030, kind="target", bound="min"),
        ],
        id="time-an-outline-named-in-full-with-its-2035-vision-sets-the-plans-end-year",
    ),
    pytest.param(
        "一、“十三五”时期和2020年工作回顾\n“十三五”时期是极不平凡的五年。五年来，经济社会发展取得历史性成就。\n"
        "——综合实力跃上新台阶。地区生产总值由2015年的1700.3亿元增加到2020年的3010.1亿元。"
        "一般公共预算收入由96.5亿元增加到163.2亿元，年均增长11.1%。\n"
        "——人民生活明显改善。农村居民人均可支配收入年均增长9.6%。五年累计新增城镇就业33.5万人。\n"
        "二、2021年工作安排\n地区生产总值增长7%。",
        2021,
        [
            dict(indicator="gdp", year=2015, kind="actual", value=1.7003e11),
            dict(indicator="gdp", year=2020, kind="actual", value=3.0101e11),
            dict(indicator="general_budget_revenue", year=2015, kind="actual", value=9.65e9),
            dict(indicator="general_budget_revenue", year=2020, kind="actual", value=1.632e10),
            dict(indicator="general_budget_revenue", year=2020, measure="growth", period="2016-2020"),
            dict(measure="growth", value=9.6, year=2020, kind="actual", period="2016-2020"),
            dict(measure="count", year=2020, kind="actual", period="2016-2020"),
            dict(indicator="gdp", year=2021, kind="target", value=7),
        ],
        id="time-a-span-named-earlier-in-a-review-dates-the-start-of-a-change-and-its-averages",
    ),
    pytest.param(
        "前11个月，全市新登记经营主体5.8万户，同比增长12.6%。",
        2023,
        [dict(measure="count", period="M01-M11", kind="actual"), dict(measure="growth", period="M01-M11")],
        id="time-the-first-eleven-months",
    ),
    pytest.param(
        "市委经济工作会议召开\n\n12月26日，市委经济工作会议召开。会议指出，今年以来，全市经济回升向好。预计全年地区生产总值增长6%左右。\n"
        "产业发展势头强劲。轨道交通装备产业产值突破1600亿元，全市新增上市公司3家。\n"
        "会议强调，明年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n"
        "会议要求，确保轨道交通装备产业产值突破1700亿元。",
        2023,
        [
            dict(indicator="gdp", value=6, year=2023, kind="actual"),
            dict(value=1.6e11, year=2023, kind="actual"),
            dict(value=3, year=2023, kind="actual"),
            dict(indicator="gdp", value=6.5, year=2024, kind="target"),
            dict(value=1.7e11, year=2024, kind="target"),
        ],
        id="time-a-year-end-conference-reviews-this-year-up-to-the-paragraph-on-the-next",
    ),
    pytest.param(
        "某市上半年外贸进出口增长12.6% 增速居全省前列\n\n发布日期：2024-07-24\n\n"
        "1-6月，全市外贸进出口总额862.3亿元，同比增长12.6%。\n\n"
        "从贸易方式看，一般贸易进出口618.9亿元，比重较去年同期提升0.9个百分点；加工贸易进出口176.4亿元，增长6.3%。",
        2024,
        [
            dict(measure="growth", value=12.6, kind="actual", period="H1"),
            dict(measure="level", value=8.623e10, kind="actual", period="M01-M06"),
            dict(measure="growth", value=12.6, kind="actual", period="M01-M06"),
            dict(measure="level", value=6.189e10, kind="actual"),
            dict(measure="level", value=1.764e10, kind="actual"),
            dict(measure="growth", value=6.3, kind="actual"),
        ],
        id="time-a-title-stating-a-result-of-part-of-the-year-marks-a-release-of-results",
    ),
    pytest.param(
        "某区召开高质量发展大会\n\n【回顾2023】\n经济总量再上新台阶\n\n会议通报，全区地区生产总值增长3.8%。\n\n"
        "【部署2024】\n冲刺三个突破\n\n地区生产总值增长5%。\n\n【镇街擂台】\n各镇街立下军令状\n\n"
        "会上，7个镇街负责人逐一上台亮目标。\n\n桂城街道、大沥镇规上工业产值分别增长6%、8%。",
        2024,
        [
            dict(indicator="gdp", value=3.8, year=2023, kind="actual"),
            dict(indicator="gdp", value=5, year=2024, kind="target"),
            dict(value=6, year=2024, kind="target", note="town 桂城街道"),
            dict(value=8, year=2024, kind="target", note="town 大沥镇"),
        ],
        id="time-a-bracketed-review-sub-heading-is-closed-by-the-next-sub-heading",
    ),
    pytest.param(
        "同志们：\n\n一、过去一年，全市经济回升向好的态势更加明显\n\n全市地区生产总值增长6.1%。\n\n"
        "产业项目方面，全年新签约亿元以上项目186个。\n\n二、今年的目标任务\n\n规上工业增加值增长8%。",
        2024,
        [
            dict(indicator="gdp", year=2023, kind="actual"),
            dict(measure="count", value=186, year=2023, kind="actual"),
            dict(indicator="industrial_value_added", year=2024, kind="target"),
        ],
        id="time-a-numbered-heading-on-the-past-year-with-a-comma-opens-a-review",
    ),
    pytest.param(
        "奋进“十四五” 某市交出亮眼答卷\n\n某市人民政府网　2025年12月18日\n\n"
        "记者从某某市统计局获悉，五年来全市经济稳中有进。\n\n"
        "产业结构持续优化。2025年三次产业结构调整为5.1:55.3:39.6。三大主导产业规模均突破300亿元，烟花产业总产值超过580亿元。",
        2025,
        [
            dict(indicator="primary_industry_share", year=2025, kind="actual"),
            dict(indicator="secondary_industry_share", year=2025, kind="actual"),
            dict(indicator="tertiary_industry_share", year=2025, kind="actual"),
            dict(value=3e10, year=2025, kind="actual", bound="min"),
            dict(value=5.8e10, year=2025, kind="actual", bound="min"),
        ],
        id="time-news-from-a-named-statistics-bureau-reports-results-even-at-the-years-end",
    ),
    pytest.param(
        "一图读懂｜某县国民经济和社会发展第十五个五年规划纲要\n\n“十四五”回眸\n\n"
        "“十四五”时期，全县综合实力跃上新台阶。规上工业总产值突破1000亿元，是2020年的1.8倍；一般公共预算收入达到48.6亿元。\n\n"
        "“十五五”主要指标\n\n（一）经济发展\n1.规模以上工业增加值：年均增长8%，2030年达到360亿元。\n"
        "2.城镇调查失业率：控制在5.5%以内。\n\n重点任务\n\n"
        "《纲要》提出，要打造“一核两翼”格局。围绕三大产业，推动鞋业产值达到400亿元。\n\n"
        "2026年作为开局之年，全县地区生产总值力争增长6.5%。",
        2026,
        [
            dict(indicator="industrial_output", year=2025, kind="actual", bound="min"),
            dict(indicator="general_budget_revenue", year=2025, kind="actual"),
            dict(indicator="industrial_value_added", year=2030, kind="target", period="2026-2030", value=8),
            dict(indicator="industrial_value_added", year=2030, kind="target", measure="level"),
            dict(value=5.5, year=2030, kind="target", bound="max"),
            dict(value=4e10, year=2030, kind="target"),
            dict(indicator="gdp", year=2026, kind="target", value=6.5),
        ],
        id="time-a-plan-outline-reviews-the-plan-before-and-sets-its-end-years-targets",
    ),
    pytest.param(
        "某省“十五五”规划纲要草案提请审议\n\n"
        "回望“十四五”，全省综合实力跃升。规模以上工业增加值年均增长8.3%。常住人口城镇化率提高到62.6%。\n\n"
        "着眼“十五五”，到2030年，全省地区生产总值年均增长5.5%左右。\n\n"
        "在开放方面，草案提出外贸进出口总额年均增长6%，城镇调查失业率控制在5.5%以内。",
        2026,
        [
            dict(indicator="industrial_value_added", year=2025, kind="actual", period="2021-2025"),
            dict(indicator="urbanisation_rate", year=2025, kind="actual"),
            dict(indicator="gdp", year=2030, kind="target", period="2026-2030"),
            dict(indicator="foreign_trade", year=2030, kind="target", value=6),
            dict(value=5.5, year=2030, kind="target", bound="max"),
        ],
        id="time-a-plan-draft-looks-back-on-the-plan-before-and-what-the-draft-sets-is-for-its-end-year",
    ),
    pytest.param(
        "某新能源项目总投资30亿元，预计明年6月建成投产，投产后年产值可达100亿元。另一个项目总投资约12亿元，建成后可新增就业岗位3000个。",
        2024,
        [
            dict(year=2024, value=3e9),
            dict(year=2025, value=1e10),
            dict(year=2024, value=1.2e9),
            dict(year=2024, value=3000),
        ],
        id="time-next-year-as-the-date-a-plant-starts-holds-in-its-sentence-only",
    ),
    pytest.param(
        "重点产业发展目标（单位：亿元）\n产业　　　　　　2025年　　2030年\n电子信息　　　　620　　　　1000\n",
        2026,
        [
            dict(value=6.2e10, unit="CNY", year=2025, kind="actual"),
            dict(value=1e11, unit="CNY", year=2030, kind="target"),
        ],
        id="time-a-caption-gives-its-table-a-unit-and-a-column-of-a-year-its-kind",
    ),
    pytest.param(
        "某区2020年这样干\n\n📌 2019年成绩单\n✅ 地区生产总值预计完成689亿元，增长7.2%\n✅ 固定资产投资增长21.5%\n\n"
        "📌 2020年目标\n✅ 地区生产总值增长7%\n\n2016年以来，全区经济总量年均增长8.1%。",
        2020,
        [
            dict(year=2019, kind="actual", measure="level", bound="approx"),
            dict(year=2019, kind="actual", value=7.2),
            dict(year=2019, kind="actual", value=21.5),
            dict(year=2020, kind="target", value=7),
            dict(year=2019, kind="actual", period="2016-2019", value=8.1),
        ],
        id="time-a-sub-heading-naming-a-year-with-its-results-opens-a-review-and-a-year-since",
    ),
    pytest.param(
        "此次集中开工项目共26个，总投资98.6亿元。当天下午，某县还举行了2023年招商引资项目集中签约仪式，共签约项目12个。",
        2023,
        [
            dict(year=2023, kind="actual", value=26),
            dict(year=2023, kind="actual", value=9.86e9),
            dict(year=2023, kind="actual", value=12),
        ],
        id="time-what-this-meeting-started-or-signed-is-done",
    ),
    pytest.param(
        "深圳2025年地区生产总值3.86万亿元，增长5.5%。佛山、东莞两市规上工业总产值分别突破3万亿元、2.5万亿元。"
        "今年深圳地区生产总值增长5%以上。",
        2026,
        [
            dict(year=2025, kind="actual", measure="level", value=3.86e12),
            dict(year=2025, kind="actual", value=5.5),
            dict(year=2025, kind="actual", region="佛山市", value=3e12),
            dict(year=2025, kind="actual", region="东莞市", value=2.5e12),
            dict(year=2026, kind="target", value=5),
        ],
        id="time-a-sentence-with-no-time-right-after-one-on-last-year-goes-on-with-its-results",
    ),
    pytest.param(
        "纲要草案设置主要指标如下（括号内为2025年预计值）：\n1.地区生产总值：2030年达到1500亿元以上（1080亿元），年均增长6%左右；\n"
        "2.森林覆盖率：保持在70%以上（71.2%）；\n3.研发经费投入强度：2030年达到2%（1.4%）。",
        2026,
        [
            dict(indicator="gdp", measure="level", value=1.5e11, year=2030, kind="target", bound="min"),
            dict(indicator="gdp", measure="level", value=1.08e11, year=2025, kind="actual", bound="approx"),
            dict(indicator="gdp", measure="growth", value=6, year=2030, kind="target"),
            dict(measure="share", value=70, year=2030, kind="target", bound="min"),
            dict(measure="share", value=71.2, year=2025, kind="actual"),
            dict(measure="share", value=2, year=2030, kind="target"),
            dict(measure="share", value=1.4, year=2025, kind="actual"),
        ],
        id="time-numbered-items-name-their-indicator-before-the-colon-and-brackets-hold-the-base-year",
    ),
    pytest.param(
        "表1 主要经济指标\n序号　指标　　　　单位　　2025年实绩　　2026年目标\n"
        "1　　地区生产总值增速　　％　　　4.6　　　　6左右\n"
        "2　　社会消费品零售总额　亿元　　78.6　　　　83\n\n"
        "一、坚定信心，充分肯定过去一年取得的成绩\n\n全县接待游客1060万人次。\n\n二、今年的主要目标\n\n"
        "全县地区生产总值增长6%以上，在实际工作中力争增长6.5%。",
        2026,
        [
            dict(indicator="gdp", value=4.6, year=2025, kind="actual"),
            dict(indicator="gdp", value=6, year=2026, kind="target", bound="approx"),
            dict(indicator="retail_sales", value=7.86e9, year=2025, kind="actual"),
            dict(indicator="retail_sales", value=8.3e9, year=2026, kind="target"),
            dict(value=1.06e7, year=2025, kind="actual"),
            dict(indicator="gdp", value=6, year=2026, bound="min"),
            dict(indicator="gdp", value=6.5, year=2026, commitment="strive"),
        ],
        id="time-a-numbered-table-a-review-heading-with-a-comma-and-a-clause-set-in-practice",
    ),
    pytest.param(
        "到2030年，全市社会消费品零售总额达到320亿元（2025年为236亿元）；外贸进出口总额达到150亿元。\n\n"
        "2024年全市外贸进出口增长3%。其中，跨境电商进出口额超过900亿元。",
        2026,
        [
            dict(year=2030, kind="target", value=3.2e10),
            dict(year=2025, kind="actual", value=2.36e10),
            dict(year=2030, kind="target", value=1.5e10),
            dict(year=2024, kind="actual", value=3),
            dict(year=2024, kind="actual", value=9e10),
        ],
        id="time-a-year-in-brackets-holds-inside-them-and-qizhong-continues-the-year-before",
    ),
    pytest.param(
        "某市“十五五”规划建议摘要\n发布时间：2025-12-30\n\n“十四五”发展成就\n五年来，全市累计完成固定资产投资1680亿元。"
        "预计2025年全市地区生产总值达到760亿元。\n\n到2030年，全市地区生产总值突破1000亿元，年均增长6%左右。",
        2025,
        [
            dict(year=2025, kind="actual", period="2021-2025", value=1.68e11),
            dict(year=2025, kind="actual", bound="approx", value=7.6e10),
            dict(year=2030, kind="target", value=1e11),
            dict(year=2030, kind="target", period="2026-2030", value=6),
        ],
        id="time-a-text-dated-in-december-reviews-its-year-and-plans-from-the-next",
    ),
    pytest.param(
        "初步核算，全市地区生产总值达到14260亿元，增长6.1%；规模以上工业增加值增长9.4%。",
        2026,
        [
            dict(year=2025, kind="actual", bound="approx", measure="level"),
            dict(year=2025, kind="actual", bound="approx", value=6.1),
            dict(year=2025, kind="actual", bound="exact", value=9.4),
        ],
        id="time-a-first-estimate-covers-its-own-part-of-the-sentence",
    ),
    pytest.param(
        "本报讯 4月18日，某区召开一季度经济形势分析会。今年一季度，全区地区生产总值增长6.1%。"
        "会议要求，确保上半年重点项目完成投资不低于年度计划的50%。",
        2022,
        [
            dict(kind="actual", period="Q1", value=6.1),
            dict(kind="target", period="H1", value=50, bound="min", commitment="ensure"),
        ],
        id="time-a-quarter-ended-by-the-date-of-the-text-is-a-result",
    ),
    pytest.param(
        "某区召开区委经济工作会议\n全面总结2023年经济工作 部署2024年目标任务\n\n12月27日，某区委经济工作会议召开。"
        "会议认为，今年全区项目建设成效明显。全年87个区重点项目完成投资112亿元。\n\n"
        "会议强调，明年全区地区生产总值增长6%左右。会议要求，明年要抓好四个方面工作。",
        None,
        [
            dict(year=2023, kind="actual", value=87),
            dict(year=2023, kind="actual", value=1.12e10),
            dict(year=2024, kind="target", value=6),
        ],
        id="time-a-year-end-conference-is-the-year-it-closes-and-its-this-year-is-results",
    ),
    pytest.param(
        "01\n回顾2025：稳中有进 成绩亮眼\n\n鹰嘴蜜桃全产业链产值达到22亿元。社消零总额56.3亿元，增长3.5%。\n\n"
        "02\n锚定2026：主要预期目标\n\n产业项目：42个，年度计划投资51亿元；\n地区生产总值：增长5.5%",
        2026,
        [
            dict(year=2025, kind="actual", value=2.2e9),
            dict(year=2025, kind="actual", indicator="retail_sales", measure="level"),
            dict(year=2025, kind="actual", indicator="retail_sales", value=3.5),
            dict(year=2026, kind="target", value=42, measure="count"),
            dict(year=2026, kind="target", value=5.1e9),
            dict(year=2026, kind="target", indicator="gdp", value=5.5),
        ],
        id="time-a-sub-heading-looking-back-on-a-year-opens-a-review-up-to-the-next",
    ),
    pytest.param(
        "会上印发的主要经济指标安排如下：\n表1 主要经济指标完成情况及2026年目标\n"
        "指标名称            2025年完成    增长(%)    2026年目标\n"
        "地区生产总值（亿元）    812.4       5.3       增长6%左右\n",
        2026,
        [
            dict(indicator="gdp", measure="level", value=8.124e10, year=2025, kind="actual"),
            dict(indicator="gdp", measure="growth", value=5.3, year=2025, kind="actual"),
            dict(indicator="gdp", measure="growth", value=6, year=2026, kind="target", bound="approx"),
        ],
        id="time-a-table-header-names-the-year-and-kind-of-every-column",
    ),
    pytest.param(
        "根據報告，2024年某省地區生產總值達5.78兆元，比上年增長5.5%。外貿進出口總額1.99兆元，增長2.3%。\n\n"
        "今年某省地區生產總值預期增長5.5%左右。",
        2025,
        [
            dict(year=2024, kind="actual", measure="level"),
            dict(year=2024, kind="actual", value=5.5),
            dict(year=2024, kind="actual", value=1.99e12),
            dict(year=2024, kind="actual", value=2.3),
            dict(year=2025, kind="target", value=5.5),
        ],
        id="time-a-year-after-a-lead-naming-the-source-dates-its-paragraph",
    ),
    pytest.param(
        "一、主要指标完成情况\n"
        "地区生产总值　2020年基数：2100.5亿元　2022年：2460.8亿元　2025年目标：3000亿元左右　属性：预期性\n"
        "港口货物吞吐量　2020年基数：1.34亿吨　2025年目标：2亿吨以上　属性：预期性\n",
        2023,
        [
            dict(indicator="gdp", value=2.1005e11, year=2020, kind="actual"),
            dict(indicator="gdp", value=2.4608e11, year=2022, kind="actual"),
            dict(indicator="gdp", value=3e11, year=2025, kind="target", bound="approx"),
            dict(value=1.34e8, unit="t", year=2020, kind="actual"),
            dict(value=2e8, unit="t", year=2025, kind="target", bound="min"),
        ],
        id="time-a-table-row-of-single-blanks-names-its-indicator-once",
    ),
    pytest.param(
        "2025年某县国民经济和社会发展统计公报\n\n表1 主要经济指标\n指标　单位　绝对数　比上年增长（%）\n"
        "地区生产总值　亿元　612.35　5.1\n固定资产投资　亿元　—　-2.4\n\n"
        "主要指标一览（2025年预计值／2030年目标值）：\n地区生产总值（亿元）　612　800以上\n"
        "常住人口城镇化率（%）　61.2　65左右\n",
        2025,
        [
            dict(indicator="gdp", measure="level", value=6.1235e10, year=2025, kind="actual"),
            dict(indicator="gdp", measure="growth", value=5.1, year=2025, kind="actual"),
            dict(indicator="fixed_asset_investment", measure="growth", value=-2.4, year=2025, kind="actual"),
            dict(indicator="gdp", measure="level", value=6.12e10, year=2025, kind="actual", bound="approx"),
            dict(indicator="gdp", measure="level", value=8e10, year=2030, kind="target", bound="min"),
            dict(measure="share", value=61.2, year=2025, kind="actual", bound="approx"),
            dict(measure="share", value=65, year=2030, kind="target", bound="approx"),
        ],
        id="time-bare-numbers-of-a-table-take-unit-measure-year-and-kind-from-its-row-and-columns",
    ),
    pytest.param(
        "2021—2022年全市地区生产总值年均增长6.1%。力争2023—2025年规上工业增加值年均增长8%以上。",
        2023,
        [dict(year=2022, kind="actual", period="2021-2022"), dict(year=2025, kind="target", period="2023-2025")],
        id="time-a-span-of-years-with-an-em-dash",
    ),
    pytest.param(
        "2025年，某市经济发展跑出加速度：\n全市地区生产总值达1620.6亿元，增长5.8%；\n规上工业增加值增长10.1%。\n\n"
        "今年全市地区生产总值增长5%以上。",
        2026,
        [
            dict(year=2025, kind="actual", measure="level"),
            dict(year=2025, kind="actual", value=5.8),
            dict(year=2025, kind="actual", value=10.1),
            dict(year=2026, kind="target", value=5),
        ],
        id="time-items-listed-under-a-caption-take-its-year",
    ),
    pytest.param(
        "市委经济工作会议召开\n\n12月22日，中共某市委经济工作会议召开。会议指出，今年以来全市经济稳中有进，"
        "1-11月规上工业增加值增长6.3%。“十四五”以来，全市地区生产总值年均增长4.8%。\n\n"
        "会议强调，明年是“十五五”开局之年。会议要求，明年要重点抓好五个方面工作。\n\n"
        "一是全力扩大有效需求。全年实施市重点项目400个以上，社会消费品零售总额增长5%。",
        2025,
        [
            dict(year=2025, kind="actual", period="M01-M11"),
            dict(year=2025, kind="actual", period="2021-2025", value=4.8),
            dict(year=2026, kind="target", value=400),
            dict(year=2026, kind="target", value=5),
        ],
        id="time-a-year-end-conference-plans-the-coming-year",
    ),
    pytest.param(
        "在县委经济工作会议上的讲话（2025年12月28日）\n\n今年以来，全县经济稳中有进，预计全年地区生产总值完成286亿元，增长4.5%。",
        2025,
        [
            dict(year=2025, kind="actual", measure="level", bound="approx"),
            dict(year=2025, kind="actual", value=4.5, bound="approx"),
        ],
        id="time-an-estimate-of-the-year-about-to-end-is-approximate",
    ),
    pytest.param(
        "某县2025年前三季度经济运行情况\n\n1-9月，全县规模以上工业增加值同比增长8.1%，其中9月当月增长10.5%。"
        "规上工业企业营业收入612.4亿元，增长9.2%。",
        2025,
        [
            dict(indicator="industrial_value_added", value=8.1, period="M01-M09"),
            dict(indicator="industrial_value_added", value=10.5, period="M09"),
            dict(measure="level", period="M01-M09"),
            dict(value=9.2, period="M01-M09"),
        ],
        id="time-one-month-broken-out-keeps-the-indicator-and-does-not-date-what-follows",
    ),
    pytest.param(
        "一、2025年工作回顾\n\n全区新引进亿元以上项目41个，计划总投资388亿元。\n\n二、2026年工作安排\n\n"
        "全区地区生产总值增长6%。各位代表，千亿惠城站上新起点，我们将撸起袖子加油干。",
        2026,
        [
            dict(year=2025, kind="actual", value=41),
            dict(year=2025, kind="actual", value=3.88e10, commitment=""),
            dict(year=2026, kind="target", value=6),
        ],
        id="time-the-planned-total-of-projects-signed-is-a-result-and-a-magnitude-before-a-name-is-a-slogan",
    ),
    pytest.param(
        "某市“十五五”规划纲要草案出炉\n\n纲要草案回顾，预计2025年全市地区生产总值达到9800亿元，五年年均增长4.9%。"
        "“十三五”以来，规上工业增加值年均增长6.2%。过去四年，全市固定资产投资年均增长5.1%。\n\n"
        "产业方面，纲要草案提出，推动新能源产业产值达到2000亿元。\n\n"
        "民生方面，到2030年，全市城镇新增就业累计25万人以上。今年全市地区生产总值增长5%左右。",
        2026,
        [
            dict(year=2025, kind="actual", measure="level", period=""),
            dict(year=2025, kind="actual", value=4.9, period="2021-2025"),
            dict(year=2025, kind="actual", value=6.2, period="2016-2025"),
            dict(year=2025, kind="actual", value=5.1, period="2022-2025"),
            dict(year=2030, kind="target", value=2e11),
            dict(year=2030, kind="target", value=2.5e5, period="2026-2030", commitment="plan"),
            dict(year=2026, kind="target", value=5),
        ],
        id="time-spans-of-averages-and-totals-and-what-a-plan-outline-sets",
    ),
    pytest.param(
        "今年，某新能源电池项目预计下半年投产，年产能将新增20万套，带动全区新能源产业产值突破800亿元。",
        2025,
        [dict(period="", value=2e5), dict(period="", value=8e10, bound="min")],
        id="time-when-a-plant-starts-is-not-the-period-of-the-figures",
    ),
    pytest.param(
        "某区召开经济运行分析会\n"
        "来源：某区融媒体中心\n"
        "\n"
        "会议通报，1-9月全区主要经济指标完成情况如下：\n"
        "指标　　　　　　总量　　　　　　增速\n"
        "地区生产总值　　　512.4亿元　　　增长6.1%\n"
        "规上工业增加值　　—　　　　　　　　增长8.7%\n"
        "固定资产投资　　　—　　　　　　　　增长11.2%\n"
        "　其中：工业投资　—　　　　　　　　增长20.4%\n"
        "社会消费品零售总额　151.3亿元　　增长4.9%\n"
        "外贸进出口总额　　230.6亿元　　下降2.8%\n"
        "\n"
        "会议要求，确保全年地区生产总值增长6%以上。",
        2025,
        [
            dict(indicator="gdp", measure="level", kind="actual", period="M01-M09"),
            dict(indicator="gdp", value=6.1, kind="actual", period="M01-M09"),
            dict(indicator="industrial_value_added", value=8.7, kind="actual", period="M01-M09"),
            dict(indicator="fixed_asset_investment", value=11.2, kind="actual", period="M01-M09"),
            dict(indicator="industrial_investment", value=20.4, kind="actual", period="M01-M09"),
            dict(indicator="retail_sales", measure="level", kind="actual", period="M01-M09"),
            dict(indicator="retail_sales", value=4.9, kind="actual", period="M01-M09"),
            dict(indicator="foreign_trade", measure="level", kind="actual", period="M01-M09"),
            dict(indicator="foreign_trade", value=-2.8, kind="actual", period="M01-M09"),
            dict(indicator="gdp", value=6, kind="target", period="", commitment="ensure"),
        ],
        id="time-a-table-of-lines-under-its-caption",
    ),
    pytest.param(
        "各省份目标陆续出炉\n\n二、部分省份2025年GDP增速目标一览\n\n北京　5%左右\n湖北　5.5%\n甘肃　5.5%-6%\n\n"
        "从目标看，多数省份保持稳定。",
        2025,
        [
            dict(region="北京市", indicator="gdp", measure="growth", value=5, bound="approx"),
            dict(region="湖北省", indicator="gdp", measure="growth", value=5.5),
            dict(region="甘肃省", indicator="gdp", measure="growth", value=5.5, value_high=6),
        ],
        id="indicator-a-list-of-table-lines-under-a-caption-headline",
    ),
    pytest.param(
        "一、2025年经济工作回顾\n\n2025年是开局之年。一年来，全市经济稳中有进。\n\n"
        "（一）主要指标好于预期。规上工业增加值增长7.1%；固定资产投资增长5.2%。\n\n二、2026年的主要目标\n\n"
        "全市地区生产总值增长5%左右。",
        2026,
        [
            dict(year=2025, kind="actual", value=7.1),
            dict(year=2025, kind="actual", value=5.2),
            dict(year=2026, kind="target", value=5),
        ],
        id="time-a-review-goes-on-past-a-paragraph-that-frames-its-year",
    ),
    pytest.param(
        "一、今年工作回顾\n\n全县地区生产总值增长4%。\n\n二、关于明年的重点工作\n\n（一）抓项目。"
        "力争新增规上工业企业20家，规上工业总产值增长10%。\n\n（二）抓民生。今年新增就业岗位已超过1万个。\n\n"
        "三、关于做好岁末年初工作\n\n确保全年地区生产总值增长4%以上。",
        2024,
        [
            dict(year=2024, value=4, bound="exact"),
            dict(year=2025, kind="target", value=20, commitment="strive"),
            dict(year=2025, kind="target", value=10, commitment="strive"),
            dict(year=2024, value=1e4),
            dict(year=2024, kind="target", value=4, bound="min"),
        ],
        id="time-a-numbered-heading-on-next-years-work-dates-its-section",
    ),
    pytest.param(
        "某区今年力争规上工业总产值突破900亿元\n\n本报讯 1月20日，某区人代会开幕。\n\n去年成绩单：工业增速领跑全市\n\n"
        "去年全区地区生产总值增长6%。\n\n产业集聚持续显现。全年新签约亿元以上项目48个。\n\n今年怎么干：项目为王\n\n"
        "全区今年新签约亿元以上项目50个。",
        2026,
        [
            dict(year=2026, kind="target", value=9e10, commitment="strive"),
            dict(year=2025, kind="actual", value=6),
            dict(year=2025, kind="actual", value=48),
            dict(year=2026, kind="target", value=50),
        ],
        id="time-a-news-subheading-on-last-years-results-opens-a-review",
    ),
    pytest.param(
        "过去一年，全区地区生产总值增长6.5%，规上工业总产值3320亿元。\n\n"
        "起步区建设全面提速。明珠湾起步区全年完成投资135亿元。\n\n今年要确保全年重点项目完成投资400亿元以上。",
        2019,
        [
            dict(year=2018, kind="actual", value=6.5),
            dict(year=2018, kind="actual", value=3.32e11),
            dict(year=2018, kind="actual", value=1.35e10),
            dict(year=2019, kind="target", value=4e10, commitment="ensure"),
        ],
        id="time-a-whole-year-figure-after-a-paragraph-on-last-year",
    ),
    pytest.param(
        "报告显示2025年全市地区生产总值1.3万亿元，增长3%。全年社会消费品零售总额3900亿元，增长2%。\n\n今年全市地区生产总值增长5%。",
        2026,
        [
            dict(year=2025, kind="actual", measure="level"),
            dict(year=2025, kind="actual", value=3),
            dict(year=2025, kind="actual", value=3.9e11, commitment=""),
            dict(year=2025, kind="actual", value=2),
            dict(year=2026, kind="target", value=5),
        ],
        id="time-the-whole-year-after-a-sentence-on-a-past-year-is-that-year",
    ),
    pytest.param(
        "刚刚过去的2025年，全区交出了好答卷。初步核算，地区生产总值1468亿元，增长5.2%。规上工业增加值增长6.1%。",
        2026,
        [dict(year=2025, kind="actual"), dict(year=2025, kind="actual"), dict(year=2025, kind="actual", value=6.1)],
        id="time-a-paragraph-on-the-year-just-gone-by",
    ),
    pytest.param(
        "一、成绩来之不易\n\n全市地区生产总值1418亿元。\n\n全年实施重点项目218个，完成投资312亿元。\n\n二、今年的任务\n\n"
        "地区生产总值增长6%。",
        2026,
        [
            dict(year=2025, kind="actual"),
            dict(year=2025, kind="actual", value=218),
            dict(year=2025, kind="actual", value=3.12e10),
            dict(year=2026, kind="target"),
        ],
        id="time-a-numbered-heading-on-the-achievements-opens-a-review",
    ),
    pytest.param(
        "回看2025年，全省经济平稳。其中，深圳地区生产总值3.6万亿元、增长5%。",
        2026,
        [dict(year=2025, kind="actual", measure="level"), dict(year=2025, kind="actual", value=5)],
        id="time-looking-back-on-a-year-dates-its-paragraph",
    ),
    pytest.param(
        "一、过去一年\n2025年，全市地区生产总值增长4.1%。\n\n全市还新增规上工业企业41家。\n\n二、今年的目标\n\n新增规上工业企业50家。",
        2026,
        [
            dict(year=2025, kind="actual", value=4.1),
            dict(year=2025, kind="actual", value=41),
            dict(year=2026, kind="target", value=50),
        ],
        id="time-a-heading-on-the-past-year-alone-opens-a-review",
    ),
    pytest.param(
        "2025年一季度南海区经济运行简况\n\n一季度，全区规上工业增加值增长6.1%；其中，出口460亿元，增长14%。",
        2025,
        [
            dict(kind="actual", period="Q1", value=6.1, commitment=""),
            dict(kind="actual", value=4.6e10, commitment=""),
            dict(kind="actual", value=14, commitment=""),
        ],
        id="time-a-brief-on-the-economy-reports-results",
    ),
    pytest.param(
        "从已公布的数据看，2025年广州地区生产总值增长3.8%；深圳增长5.1%。佛山地区生产总值首次突破1.4万亿元，增长2%。"
        "\n\n今年广州地区生产总值增长5%。",
        2026,
        [
            dict(year=2025, kind="actual", value=3.8),
            dict(year=2025, kind="actual", value=5.1),
            dict(year=2025, kind="actual", value=1.4e12),
            dict(year=2025, kind="actual", value=2),
            dict(year=2026, kind="target", value=5),
        ],
        id="time-a-year-after-a-lead-on-published-data-dates-its-paragraph",
    ),
    pytest.param(
        "一、充分肯定过去一年的成绩\n\n全区地区生产总值增长4.6%。\n规上工业增加值增长6.2%。\n\n二、今年的目标\n\n"
        "全区地区生产总值增长5%以上。",
        2026,
        [
            dict(year=2025, kind="actual", value=4.6),
            dict(year=2025, kind="actual", value=6.2),
            dict(year=2026, kind="target", value=5),
        ],
        id="time-a-numbered-heading-on-the-past-year-opens-a-review",
    ),
    pytest.param(
        "一、2025年：在爬坡过坎中稳中有进\n\n全区地区生产总值增长4.8%。\n规上工业增加值增长9.3%。\n\n二、2026年：奋力开新局\n\n"
        "全区地区生产总值增长5%以上。",
        2026,
        [
            dict(year=2025, kind="actual", value=4.8),
            dict(year=2025, kind="actual", value=9.3),
            dict(year=2026, kind="target", value=5),
        ],
        id="time-a-numbered-heading-year-with-a-colon-opens-a-review",
    ),
    pytest.param(
        "回望2025年，全区经受住了多重考验。全区地区生产总值增长4.1%。规上工业增加值增长7.8%。\n\n今年全区地区生产总值增长5%。",
        2026,
        [
            dict(year=2025, kind="actual", value=4.1),
            dict(year=2025, kind="actual", value=7.8),
            dict(year=2026, kind="target", value=5),
        ],
        id="time-a-paragraph-looking-back-on-a-year-is-its-results",
    ),
    pytest.param(
        "区长回顾说，2025年全区地区生产总值增长5%。会上，集中签约项目42个，总投资达到260亿元。今年要新签约项目80个。",
        2026,
        [
            dict(year=2025, kind="actual", value=5),
            dict(year=2026, kind="actual", value=42, commitment=""),
            dict(year=2026, kind="actual", value=2.6e10, commitment=""),
            dict(year=2026, kind="target", value=80),
        ],
        id="time-what-is-signed-at-the-meeting-is-done",
    ),
    pytest.param(
        "2025年国民经济和社会发展统计公报\n\n初步核算，全区地区生产总值812.5亿元，比上年增长4.3%。",
        2025,
        [dict(year=2025, kind="actual", bound="approx"), dict(year=2025, kind="actual", value=4.3, bound="approx")],
        id="time-a-first-estimate-in-a-release-of-its-year-is-approximate",
    ),
    pytest.param(
        "一、2025年全县发展取得新成效\n过去一年，全县地区生产总值增长6.1%。\n"
        "工业园区全年新增企业35家，贫困发生率下降到1.2%。\n\n二、2026年工作安排\n全县地区生产总值增长6%以上。",
        2026,
        [
            dict(year=2025, kind="actual", value=6.1),
            dict(year=2025, kind="actual", value=35, commitment=""),
            dict(year=2025, kind="actual", value=1.2),
            dict(year=2026, kind="target", value=6),
        ],
        id="time-a-numbered-heading-naming-a-past-year-opens-a-review",
    ),
    pytest.param(
        "会议明确，今后五年的主要目标是：到2030年，全市地区生产总值年均增长5%左右；\n"
        "规模以上工业增加值年均增长6%以上；\n常住人口城镇化率达到75%。",
        2026,
        [
            dict(year=2030, period="2026-2030", value=5),
            dict(year=2030, period="2026-2030", value=6),
            dict(year=2030, value=75),
        ],
        id="time-a-list-of-lines-ending-in-semicolons-is-one-sentence",
    ),
    pytest.param(
        "报告回顾指出，2025年全省地区生产总值增长5.1%。全省研发经费支出约5000亿元。\n\n今年全省地区生产总值增长5%左右。",
        2026,
        [
            dict(year=2025, kind="actual", value=5.1),
            dict(year=2025, kind="actual", commitment=""),
            dict(year=2026, kind="target", value=5),
        ],
        id="time-a-year-after-a-review-lead-dates-its-paragraph",
    ),
    pytest.param(
        "各市目标陆续公布。去年全市社会消费品零售总额增长3%。肇庆提出固定资产投资增长10%。",
        2026,
        [dict(year=2025, kind="actual", value=3), dict(year=2026, kind="target", value=10, commitment="plan")],
        id="time-last-year-does-not-carry-into-a-sentence-that-plans",
    ),
    pytest.param(
        "初步核算，2024年全区地区生产总值增长5%。全区规上工业增加值增长7%。\n\n今年，全区地区生产总值力争增长6%。",
        2025,
        [
            dict(year=2024, kind="actual", value=5),
            dict(year=2024, kind="actual", value=7, commitment=""),
            dict(year=2025, kind="target", value=6),
        ],
        id="time-a-year-after-a-statistics-lead-dates-its-paragraph",
    ),
    pytest.param(
        "2016年至2019年，全市地区生产总值年均增长8.4%。",
        2020,
        [dict(year=2019, period="2016-2019", kind="actual", indicator="gdp")],
        id="time-an-average-over-a-span-of-years",
    ),
    pytest.param(
        "市委书记强调，今年是实现“十四五”规划目标任务的关键一年，要确保地区生产总值增长6%左右。",
        2024,
        [dict(year=2024, value=6, commitment="ensure")],
        id="time-a-key-year-of-a-plan-is-this-year",
    ),
    pytest.param(
        "县委书记在讲话中说，2023年全县地区生产总值突破300亿元，增长5.2%；2023年规上工业总产值增长12.4%。\n\n"
        "他提出，2024年全县主要预期目标为：地区生产总值增长6%。",
        None,
        [
            dict(year=2023, kind="actual"),
            dict(year=2023, kind="actual"),
            dict(year=2023, kind="actual"),
            dict(year=2024, kind="target"),
        ],
        id="time-the-year-whose-targets-are-set-is-the-texts",
    ),
    pytest.param(
        "2021年是“十四五”开局之年，全市主要预期目标是：地区生产总值增长8%左右。",
        2021,
        [dict(year=2021, period="", value=8)],
        id="time-the-first-year-of-a-plan-is-that-year",
    ),
    pytest.param(
        "2023年，高要区地区生产总值完成约590亿元，增长5%；今年，高要力争地区生产总值增长6.5%。",
        None,
        [
            dict(year=2023, kind="actual", bound="approx"),
            dict(year=2023, kind="actual"),
            dict(year=2024, kind="target", commitment="strive"),
        ],
        id="time-a-year-then-this-year-makes-the-text-a-year-later",
    ),
    pytest.param(
        "2023年阳西县地区生产总值突破300亿元，增长5.2%。\n\n2024年阳西县地区生产总值增长5.5%—6.5%。",
        None,
        [dict(year=2023, kind="actual"), dict(year=2023, kind="actual"), dict(year=2024, kind="target")],
        id="time-a-first-sentence-is-no-title",
    ),
    pytest.param(
        "河源市2021年政府工作报告\n\n到2025年，全市地区生产总值力争突破1500亿元，年均增长6.5%左右。",
        None,
        [dict(year=2025, period=""), dict(year=2025, period="2021-2025", value=6.5)],
        id="time-an-average-up-to-a-horizon",
    ),
    pytest.param(
        "2024年一季度清远市经济运行情况\n\n一季度，全市地区生产总值同比增长4.2%。\n\n分县（市、区）看，英德市实现地区生产总值"
        "92.40亿元，增长4.8%。",
        None,
        [dict(period="Q1", value=4.2), dict(period="Q1", region="英德市"), dict(period="Q1", value=4.8)],
        id="time-a-release-titles-period-holds-throughout",
    ),
    pytest.param(
        "2027年1月26日，襄阳市召开全市经济工作会议，通报了经济运行情况。会议明确，今年全市地区生产总值增长6.5%以上。",
        2027,
        [dict(year=2027, kind="target", commitment="plan")],
        id="time-a-meeting-that-heard-a-report-is-no-statistics-release",
    ),
    pytest.param(
        "会议指出，2026年是开局之年。预计全年地区生产总值达到6820亿元、增长6.3%，规上工业增加值增长8.1%。",
        2027,
        [
            dict(year=2026, kind="actual", bound="approx", value=6.82e11),
            dict(year=2026, kind="actual", bound="approx", value=6.3),
            dict(year=2026, kind="actual", bound="approx", value=8.1),
        ],
        id="time-a-past-year-framed-dates-its-estimates",
    ),
    pytest.param(
        "山东省2025年国民经济和社会发展统计公报\n\n初步核算，全年全省地区生产总值103860亿元，比上年增长5.6%。",
        2025,
        [dict(year=2025, kind="actual"), dict(year=2025, kind="actual")],
        id="time-a-release-preliminary-figures-are-of-its-year",
    ),
    pytest.param(
        "2022年，面对超预期因素冲击，全市地区生产总值达到3.24万亿元，增长3.3%。\n\n全区要实现工业投资同比增长20%。",
        2023,
        [
            dict(year=2022, kind="actual", bound="exact"),
            dict(year=2022, kind="actual", bound="exact"),
            dict(year=2023, kind="target", value=20),
        ],
        id="time-beyond-expectations-is-no-estimate-and-a-planned-year-on-year-growth",
    ),
    pytest.param(
        "李某指出，2023年，全市地区生产总值达到465亿元；农业总产值突破160亿元。茶产业综合产值达到175亿元。",
        2024,
        [dict(year=2023, kind="actual"), dict(year=2023, kind="actual"), dict(year=2023, kind="actual", value=1.75e10)],
        id="time-a-year-after-a-speaker-intro-dates-the-paragraph",
    ),
    pytest.param(
        "今年，全市旅游总收入实现150亿元，同比增长10%。",
        2024,
        [dict(year=2024, kind="target", value=1.5e10), dict(year=2024, kind="target", value=10)],
        id="time-year-on-year-growth-of-this-years-target",
    ),
    pytest.param(
        "今年要确保地区生产总值增长6%以上，其中一季度增长5%；2022年全县农业总产值达到210亿元。",
        2023,
        [
            dict(indicator="gdp", value=6),
            dict(indicator="gdp", period="Q1", value=5),
            dict(year=2022, period="", kind="actual"),
        ],
        id="time-a-year-after-a-part-of-a-year-starts-anew",
    ),
    pytest.param(
        "“十三五”期间全市地区生产总值年均增长8%以上；高新技术产品产值占规上工业总产值比重达到40%。",
        2019,
        [dict(indicator="gdp", measure="growth", period="2016-2020"), dict(measure="share", period="")],
        id="time-an-average-does-not-reach-past-a-semicolon",
    ),
    pytest.param(
        "1-6月，规上工业总产值1580亿元，完成全年目标的48%；固定资产投资完成412亿元，同比下降1.2%。",
        2025,
        [
            dict(period="M01-M06", kind="actual", value=1.58e11),
            dict(period="M01-M06", kind="actual", measure="share", value=48),
            dict(period="M01-M06", kind="actual", value=4.12e10),
            dict(period="M01-M06", kind="actual", value=-1.2),
        ],
        id="time-progress-against-the-annual-target-is-a-result",
    ),
    pytest.param(
        "“十四五”时期，全市地区生产总值年均增长4.8%。",
        2026,
        [dict(year=2025, period="2021-2025", kind="actual", indicator="gdp")],
        id="time-an-ended-plan-period-gives-results",
    ),
    pytest.param(
        "“十五五”期间累计完成固定资产投资1.1万亿元以上。",
        2026,
        [dict(year=2030, period="2026-2030", kind="target", bound="min", value=1.1e12)],
        id="time-a-total-over-a-coming-plan-period-is-a-target",
    ),
    pytest.param(
        "到2025年，全市规上工业总产值比2020年翻一番。",
        2024,
        [dict(year=2025, kind="target", indicator="industrial_output", measure="growth", value=100)],
        id="time-the-base-year-of-a-comparison-is-not-the-figures-year",
    ),
    pytest.param(
        "政府工作报告\n\n一、2023年工作回顾\n\n过去一年，地区生产总值增长5%。\n\n全年新增高新技术企业210家。\n\n"
        "二、2024年工作安排\n\n新增高新技术企业300家。",
        2024,
        [
            dict(year=2023, kind="actual", value=5),
            dict(year=2023, kind="actual", value=210, commitment=""),
            dict(year=2024, kind="target", value=300, commitment="plan"),
        ],
        id="time-review-section-spans-paragraphs",
    ),
    pytest.param(
        "政府工作报告\n\n过去的一年，全市地区生产总值增长6.1%。\n\n规上工业增加值增长5%。\n\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%。",
        2019,
        [
            dict(year=2018, kind="actual", value=6.1),
            dict(year=2018, kind="actual", value=5),
            dict(year=2019, kind="target", value=6.5),
        ],
        id="time-work-report-review-opened-by-a-time-word",
    ),
    pytest.param(
        "2025年是收官之年。一年来，预计全年实现地区生产总值3150亿元，增长6.2%左右。",
        2026,
        [
            dict(year=2025, kind="actual", bound="approx", value=3.15e11),
            dict(year=2025, kind="actual", bound="approx", value=6.2),
        ],
        id="time-one-year-since-and-an-estimate-over-its-list",
    ),
    pytest.param(
        "过去一年，全区地区生产总值增长4.1%。\n\n全区上下要奋力拼搏，全年地区生产总值增长6%。",
        2024,
        [dict(year=2023, kind="actual"), dict(year=2024, kind="target")],
        id="time-a-speech-past-year-paragraph-covers-only-itself",
    ),
    pytest.param(
        "初步统计，全县地区生产总值865亿元，比上年增长8.8%。",
        2022,
        [
            dict(year=2021, kind="actual", bound="approx", value=8.65e10),
            dict(year=2021, kind="actual", bound="approx", value=8.8),
        ],
        id="time-preliminary-statistics-are-last-years-estimates",
    ),
    pytest.param(
        "2022年，全省地区生产总值增长2.9%。城镇新增就业98.2万人。\n\n今年城镇新增就业100万人。",
        2023,
        [
            dict(year=2022, kind="actual", value=2.9),
            dict(year=2022, kind="actual", value=982_000),
            dict(year=2023, kind="target", value=1_000_000),
        ],
        id="time-a-year-opening-a-paragraph-dates-it",
    ),
    pytest.param(
        "去年全市地区生产总值增长4.6%。今年1月，全市社会消费品零售总额增长5%。",
        2024,
        [dict(year=2023, kind="actual"), dict(year=2024, period="M01", kind="actual", value=5)],
        id="time-this-year-with-a-month-is-not-a-date",
    ),
    pytest.param(
        "统计局发布：前三季度，全市地区生产总值增长4.7%，增速比上半年回落0.3个百分点。第二产业增加值5180亿元。",
        2023,
        [dict(period="Q1-Q3", kind="actual", value=4.7), dict(period="Q1-Q3", kind="actual")],
        id="time-the-base-of-a-comparison-is-not-a-period",
    ),
    pytest.param(
        "到2025年，全市地区生产总值达到3万亿元。",
        2023,
        [dict(year=2025, kind="target")],
        id="time-explicit-future-year",
    ),
    pytest.param(
        "去年全市GDP增长5.2%。明年力争固投增长8%。",
        2024,
        [dict(year=2023, kind="actual", commitment=""), dict(year=2025, kind="target", commitment="strive")],
        id="time-last-and-next-year",
    ),
    pytest.param(
        "过去一年，全区地区生产总值3100亿元、增长4.1%。全年规上工业产值增长6%。",
        2024,
        [
            dict(year=2023, kind="actual", measure="level"),
            dict(year=2023, kind="actual", measure="growth"),
            dict(year=2023, kind="actual", indicator="industrial_output"),
        ],
        id="time-past-year-carries-through-paragraph",
    ),
    pytest.param(
        "“十四五”期间，全市地区生产总值年均增长6%。",
        2022,
        [dict(year=2025, period="2021-2025", kind="target")],
        id="time-five-year-plan-average",
    ),
    pytest.param(
        "过去五年，全市地区生产总值年均增长6.1%。",
        2023,
        [dict(year=2022, period="2018-2022", kind="actual", commitment="")],
        id="time-past-five-years-average",
    ),
    pytest.param(
        "预计去年全市地区生产总值增长5%。",
        2024,
        [dict(year=2023, kind="actual", bound="approx", commitment="")],
        id="time-estimate-last-year",
    ),
    pytest.param(
        "一季度，全市规上工业增加值同比增长6.1%。",
        2024,
        [dict(year=2024, period="Q1", kind="actual")],
        id="time-quarter-actual",
    ),
    pytest.param(
        "力争上半年固定资产投资增长10%。",
        2024,
        [dict(period="H1", kind="target", commitment="strive")],
        id="time-half-year-target",
    ),
    pytest.param(
        "前三季度，全市进出口总额同比增长3.2%。",
        2024,
        [dict(period="Q1-Q3", kind="actual")],
        id="time-first-three-quarters",
    ),
    pytest.param(
        "某市2024年上半年经济运行情况\n\n上半年，全市地区生产总值同比增长5.1%。"
        "规模以上工业增加值增长6.2%，其中制造业增长7%。\n\n全年地区生产总值预计增长5%左右。",
        2024,
        [
            dict(period="H1", indicator="gdp", kind="actual"),
            dict(period="H1", indicator="industrial_value_added", kind="actual"),
            dict(period="H1", value=7, kind="actual"),
            dict(period="", indicator="gdp", value=5),
        ],
        id="time-statistics-release-states-the-period-once",
    ),
    pytest.param(
        "一季度全市地区生产总值同比增长4.5%。其中，第三产业增加值增长5%。全年地区生产总值力争增长6%。",
        2024,
        [dict(period="Q1", value=4.5), dict(period="Q1", value=5), dict(period="", value=6)],
        id="time-qizhong-keeps-the-period-of-its-total",
    ),
    pytest.param(
        "“十四五”以来，全市累计新增城镇就业50万人；到2025年，全市地区生产总值力争突破3万亿元。",
        2024,
        [dict(year=2023, kind="actual", value=500_000), dict(year=2025, kind="target")],
        id="time-since-a-plan-period-is-a-result-so-far",
    ),
    pytest.param(
        "1-11月，全市固定资产投资同比增长4%。", 2024, [dict(period="M01-M11", kind="actual")], id="time-month-range"
    ),
    pytest.param(
        "2024年全市地区生产总值比上年增长5%。",
        2024,
        [dict(year=2024, kind="actual", commitment="")],
        id="time-comparison-base-is-not-the-year",
    ),
    pytest.param(
        "某市2024年国民经济和社会发展统计公报\n\n全年社会消费品零售总额3000亿元。",
        2024,
        [dict(year=2024, kind="actual", indicator="retail_sales")],
        id="time-statistics-release",
    ),
    pytest.param(
        "截至6月底，全市实际使用外资8亿美元，同比增长9%。",
        2024,
        [
            dict(period="H1", kind="actual", unit="other:USD"),
            dict(period="H1", kind="actual", measure="growth"),
        ],
        id="time-as-of-month-pair-is-actual",
    ),
    pytest.param(
        "去年全市GDP增长5%，今年力争增长6%。",
        2024,
        [dict(year=2023, kind="actual", value=5), dict(year=2024, kind="target", value=6, commitment="strive")],
        id="time-actual-then-target-in-one-sentence",
    ),
    pytest.param(
        "今年以来，1月1日-20日全市用电量增长12%。",
        2024,
        [dict(period="M01D01-M01D20", kind="actual", year=2024)],
        id="time-day-range",
    ),
    pytest.param(
        "过去五年，全市专精特新企业由96家增加到410家，数字经济核心产业增加值占比由6.2%提高到9.8%，"
        "海洋产业产值从不足200亿元跃升至530亿元。",
        2026,
        [
            dict(indicator="specialized_sme_count", value=96, year=2020, kind="actual"),
            dict(value=410, year=2025, kind="actual"),
            dict(measure="share", value=6.2, year=2020),
            dict(measure="share", value=9.8, year=2025),
            dict(measure="level", value=2e10, year=2020, bound="max"),
            dict(measure="level", value=5.3e10, year=2025, bound="exact"),
        ],
        id="time-a-change-over-a-span-starts-the-year-before-it",
    ),
    pytest.param(
        "全区数字经济核心产业增加值占地区生产总值比重由2020年的9.8%提高到15.2%。",
        2026,
        [dict(value=9.8, year=2020, kind="actual"), dict(value=15.2, year=2025, kind="actual")],
        id="time-a-change-from-a-named-year-ends-last-year",
    ),
    pytest.param(
        "某市一季度经济稳中向好\n2026年4月24日 来源：某某日报\n\n"
        "记者从一季度经济运行分析会上获悉，今年一季度全市经济运行平稳。\n\n一季度全市实现地区生产总值1381.6亿元，同比增长5.8%。分产业看，第一产业增加值82.4亿元，增长4.1%。",
        2026,
        [
            dict(measure="level", value=1.3816e11, period="Q1", kind="actual"),
            dict(value=5.8, period="Q1", kind="actual"),
            dict(measure="level", value=8.24e9, period="Q1", kind="actual"),
            dict(value=4.1, period="Q1", kind="actual"),
        ],
        id="time-a-breakdown-by-industry-keeps-the-period-of-the-sentence-before",
    ),
    pytest.param(
        "🎉弥勒2025年成绩单出炉\n\n📊 2025年，全市交出亮眼答卷\n💰 经济总量：全市地区生产总值增长6.2%。\n"
        "🏭 工业：规上工业增加值增长9.1%。\n\n🚀 2026年，目标已定！\n📈 地区生产总值增长6.5%以上",
        2026,
        [
            dict(value=6.2, year=2025, kind="actual"),
            dict(value=9.1, year=2025, kind="actual"),
            dict(value=6.5, year=2026, kind="target"),
        ],
        id="time-a-sub-heading-on-a-years-answer-sheet-opens-its-review",
    ),
    pytest.param(
        "过去五年，全县地区生产总值年均增长5.8%，2022年达到210亿元；税收收入年均增长3.9%。",
        2023,
        [
            dict(measure="growth", value=5.8, period="2018-2022", kind="actual"),
            dict(measure="level", year=2022, kind="actual"),
            dict(measure="growth", value=3.9, year=2022, period="2018-2022", kind="actual"),
        ],
        id="time-an-average-after-a-year-ending-the-span-keeps-the-span",
    ),
    pytest.param(
        "二、“十四五”时期主要目标\n\n到2025年，全市地区生产总值年均增长6%左右。",
        2022,
        [dict(measure="growth", value=6, year=2025, period="2021-2025", kind="target")],
        id="time-an-average-under-a-plan-heading-spans-the-plan",
    ),
    pytest.param(
        "1.地区生产总值：2030年达到900亿元以上，年均增长6%左右；",
        2026,
        [dict(measure="level", year=2030), dict(measure="growth", year=2030, period="2026-2030")],
        id="time-an-average-to-a-year-to-come-without-dao",
    ),
    pytest.param(
        "对照规划，到2027年，力争实现以下目标：\n\n——地区生产总值突破1500亿元；\n\n——规上工业增加值年均增长8%。",
        2025,
        [dict(measure="level", year=2027, kind="target"), dict(measure="growth", year=2027, period="2025-2027")],
        id="time-a-horizon-framed-with-a-comma-dates-the-list-it-introduces",
    ),
    pytest.param(
        "到2030年，力争实现以下主要目标：\n\n——经济实力再上台阶。地区生产总值突破1500亿元。\n\n"
        "——创新能力显著增强。研发经费投入强度达到3.2%，高新技术企业数量突破900家。",
        2026,
        [dict(measure="level", year=2030), dict(measure="share", year=2030), dict(measure="count", year=2030)],
        id="time-a-caption-dates-every-marked-item-of-its-list",
    ),
    pytest.param(
        "下一步，到2027年，确保全市地区生产总值达到2000亿元。某某区地区生产总值突破500亿元。",
        2025,
        [dict(year=2027, value=2e11), dict(year=2027, value=5e10)],
        id="time-a-horizon-framed-with-a-comma-dates-the-rest-of-its-paragraph",
    ),
    pytest.param(
        "2021年全市地区生产总值增长8.1%，两年平均增长6.9%。",
        2022,
        [dict(value=8.1, period=""), dict(value=6.9, year=2021, period="2020-2021", kind="actual")],
        id="time-a-two-year-average-spans-the-two-years",
    ),
    pytest.param(
        "今年全市地区生产总值预期增长8%左右。\n\n回顾刚刚过去的2020年，全市经济顶住了冲击。初步核算，全市地区生产总值"
        "增长2.1%。受海外需求收缩影响，全年外贸进出口总额169.5亿元，下降13.4%。",
        2021,
        [
            dict(value=8, year=2021, kind="target"),
            dict(value=2.1, year=2020, kind="actual"),
            dict(measure="level", year=2020, kind="actual"),
            dict(value=-13.4, year=2020, kind="actual", commitment=""),
        ],
        id="time-a-whole-year-sentence-after-a-cause-goes-on-with-the-review",
    ),
    pytest.param(
        "确保一季度实现“开门红”，固定资产投资同比增长15%以上。会上，新区与12家企业进行了集中签约。",
        2026,
        [
            dict(value=15, period="Q1", kind="target", commitment="ensure"),
            dict(measure="count", value=12, kind="actual", year=2026),
        ],
        id="time-a-commitment-before-a-year-on-year-figure-and-what-was-signed-at-the-meeting",
    ),
    pytest.param(
        "2025年全市工业平稳向好\n\n某市统计局　　2026-01-20 09:30\n\n"
        "全年全市规模以上工业增加值增长5.1%，工业投资增长8.3%。",
        2025,
        [dict(value=5.1, kind="actual", year=2025), dict(value=8.3, kind="actual", year=2025)],
        id="time-a-statistics-bureaus-own-page-reports-results",
    ),
    pytest.param(
        "市委全会描绘未来五年蓝图\n\n12月18日，市委全会召开。今年以来，全市经济稳中有进，前三季度地区生产总值增长4.6%。\n\n"
        "【对标“十五五”】三个方面主要目标\n\n全市地区生产总值年均增长5%左右，研发经费投入强度达到3%。",
        2025,
        [
            dict(value=4.6, kind="actual", year=2025, period="Q1-Q3"),
            dict(value=5, kind="target", year=2030, period="2026-2030"),
            dict(value=3, kind="target", year=2030, period=""),
        ],
        id="time-a-bracketed-heading-over-a-plans-targets-ends-the-review-of-this-year",
    ),
    pytest.param(
        "市两会开幕 描绘新一年蓝图\n\n会上提出，今年全市地区生产总值预期增长5%左右。\n\n"
        "（一）回望2025：稳住基本盘 蓄积新动能\n\n会议指出，全市地区生产总值增长4.7%。\n\n"
        "项目建设持续发力。新增省级典型镇5个，新改建农村公路1120公里。",
        2026,
        [
            dict(value=5, kind="target", year=2026),
            dict(value=4.7, kind="actual", year=2025),
            dict(value=5, kind="actual", year=2025, measure="count"),
            dict(value=1120, kind="actual", year=2025),
        ],
        id="time-a-numbered-sub-heading-looking-back-on-a-year-opens-its-review",
    ),
    pytest.param(
        "同志们：\n\n一、关于2018年的经济工作\n\n2018年极不平凡。去年全市地区生产总值增长3.8%。\n\n"
        "营商环境持续优化，全年新登记各类市场主体4.6万户，企业开办时间压缩至5个工作日以内。\n\n"
        "二、关于2019年的工作\n\n今年全市地区生产总值增长6%左右。",
        2019,
        [
            dict(value=3.8, kind="actual", year=2018),
            dict(value=46000, kind="actual", year=2018),
            dict(value=5, kind="actual", year=2018, bound="max"),
            dict(value=6, kind="target", year=2019),
        ],
        id="time-a-numbered-heading-about-a-past-years-work-opens-its-review",
    ),
    pytest.param(
        "🔥某市2025年经济“成绩单”出炉，亮点多多！\n\n某市发布  2026年01月27日 18:30\n\n"
        "📊 一、经济总量再上新台阶\n\n分产业看，第一产业增加值282.4亿元，增长3.6%。\n\n"
        "🏭 二、工业稳中有进\n\n规上工业总产值达到13150亿元。",
        2026,
        [
            dict(measure="level", value=2.824e10, kind="actual", year=2025),
            dict(value=3.6, kind="actual", year=2025),
            dict(value=1.315e12, kind="actual", year=2025),
        ],
        id="time-emoji-numbered-headings-under-a-results-title-stay-in-its-review",
    ),
    pytest.param(
        "同志们：\n\n一、正视成绩，进一步坚定推进工作的信心\n\n过去一年，全县上下攻坚克难。\n\n"
        "特色产业加快壮大。茶叶种植面积达到3.2万亩，创建省级典型村4个。\n\n二、明确任务，奋力开创新局面\n\n"
        "全县地区生产总值增长6%。",
        2026,
        [
            dict(measure="level", kind="actual", year=2025),
            dict(value=4, kind="actual", year=2025),
            dict(value=6, kind="target", year=2026),
        ],
        id="time-a-numbered-heading-on-the-results-with-a-comma-opens-a-review",
    ),
    pytest.param(
        "在全区2025年三季度经济形势分析会上的讲话\n\n区长  某某\n（2025年10月24日）\n\n同志们：\n\n"
        "一、客观看待前三季度经济运行态势\n\n总的看，今年以来全区经济运行稳中有进。\n\n"
        "从总量看，前三季度，全区地区生产总值增长4.8%。\n\n从需求看，社会消费品零售总额285.3亿元，增长3.9%。\n\n"
        "二、全力以赴冲刺全年目标\n\n全年地区生产总值要增长5%。",
        2025,
        [
            dict(value=4.8, period="Q1-Q3", kind="actual"),
            dict(measure="level", period="Q1-Q3", kind="actual"),
            dict(value=3.9, period="Q1-Q3", kind="actual"),
            dict(value=5, period="", kind="target"),
        ],
        id="time-a-numbered-heading-on-how-a-part-of-the-year-went-dates-its-section",
    ),
    pytest.param(
        "#某市经济一季报# 开门红来了🎉\n某市发布　2025-04-22 17:30\n据市统计局发布，今年一季度全市经济实现良好开局：\n"
        "📈一季度全市GDP 1365.2亿元，同比增长5.8%\n🏭规上工业增加值增长9.6%，其中上半年目标增长10%\n"
        "🏗️固定资产投资同比增长6.4%\n",
        2025,
        [
            dict(measure="level", period="Q1"),
            dict(value=5.8, period="Q1"),
            dict(value=9.6, period="Q1"),
            dict(value=10, period="H1"),
            dict(value=6.4, period="Q1"),
        ],
        id="time-a-bulleted-line-takes-the-part-of-the-year-its-block-names-above-it",
    ),
    pytest.param(
        "中部三省“半年考”：谁离全年目标更近？\n\n《某某观察》2025年第16期\n\n湖北：增速跑赢目标，外贸成最大亮点\n\n"
        "上半年，湖北实现地区生产总值29630.5亿元，同比增长6.2%，高于全年预期目标0.2个百分点。规上工业增加值增长7.8%；"
        "社会消费品零售总额12260.8亿元，增长6.8%。",
        2025,
        [
            dict(measure="level", value=2.96305e12, period="H1", kind="actual"),
            dict(value=6.2, period="H1", kind="actual"),
            dict(value=7.8, period="H1", kind="actual"),
            dict(measure="level", value=1.22608e12, period="H1", kind="actual"),
            dict(value=6.8, period="H1", kind="actual"),
        ],
        id="time-a-paragraph-of-results-under-a-topic-heading-keeps-the-part-of-the-year-it-opens-with",
    ),
    pytest.param(
        "中部三省“半年考”\n\n《某某观察》2025年第16期\n\n江西：两项指标转负\n\n"
        "江西上半年地区生产总值16462.3亿元，增长5.1%，与全年5%左右的目标基本持平。规上工业增加值增长7.2%。\n\n"
        "表：三省主要指标\n指标　　　　　　　　湖北　　　湖南\n上半年GDP增速（%）　6.2　　　　5.6\n",
        2025,
        [
            dict(region="江西省", measure="level", period="H1", kind="actual"),
            dict(region="江西省", value=5.1, period="H1", kind="actual"),
            dict(region="江西省", value=5, period="", kind="target"),
            dict(region="江西省", value=7.2, period="H1", kind="actual"),
            dict(region="湖北省", value=6.2, period="H1"),
            dict(region="湖南省", value=5.6, period="H1"),
        ],
        id="time-a-paragraph-opening-with-its-subject-and-a-part-of-the-year-and-a-table-with-regions-as-columns",
    ),
    pytest.param(
        "关于某市2025年上半年国民经济和社会发展计划执行情况的报告\n\n"
        "——2025年7月29日在某市人民代表大会常务委员会会议上\n\n一、上半年计划执行情况\n\n"
        "（一）工业生产。规模以上工业增加值增长9.1%，高于年度计划（增长8%）1.1个百分点。"
        "规上工业总产值完成4216.3亿元，为年度计划8700亿元的48.5%。\n\n"
        "二、下半年工作安排\n\n全年地区生产总值要增长6.5%左右。",
        2025,
        [
            dict(value=9.1, period="H1", kind="actual"),
            dict(value=8, period="", kind="target"),
            dict(value=4.2163e11, period="H1", kind="actual"),
            dict(value=8.7e11, period="", kind="target"),
            dict(value=48.5, period="H1", kind="actual"),
            dict(value=6.5, period="", kind="target"),
        ],
        id="time-a-numbered-heading-on-how-the-plan-went-in-a-part-of-the-year-dates-its-section",
    ),
    pytest.param(
        "关于某县2025年计划执行情况与2026年计划草案的报告\n\n一、2025年计划执行情况\n\n"
        "固定资产投资：计划增长6%，实际下降3.2%。\n社会消费品零售总额：计划增长6.5%，完成208.4亿元，增长5.1%。\n\n"
        "今年计划完成投资45亿元。",
        2026,
        [
            dict(value=6, kind="target"),
            dict(value=-3.2, kind="actual"),
            dict(value=6.5, kind="target"),
            dict(value=2.084e10, kind="actual"),
            dict(value=5.1, kind="actual"),
            dict(value=4.5e9, kind="target", year=2026),
        ],
        id="time-what-was-done-after-the-plan-a-labelled-line-names-is-a-result",
    ),
    pytest.param(
        "某区委经济工作会议召开\n\n某区日报讯　12月26日，区委经济工作会议召开。会议指出，今年以来，全区经济稳中有进。"
        "预计全年地区生产总值增长4.8%。\n\n产业发展势头良好。全年实施区重点项目265个，完成投资412亿元，"
        "年度计划完成率达到106.8%；新签约亿元以上项目58个。\n\n会议强调，明年要稳中求进。",
        2025,
        [
            dict(value=4.8, year=2025, kind="actual"),
            dict(value=265, year=2025, kind="actual"),
            dict(value=4.12e10, year=2025, kind="actual"),
            dict(value=106.8, year=2025, kind="actual"),
            dict(value=58, year=2025, kind="actual"),
        ],
        id="time-a-plans-completion-rate-plans-nothing",
    ),
    pytest.param(
        "中共某县委经济工作会议召开\n\n来源：某县融媒体中心　2024-12-24 20:15\n\n12月23日，县委经济工作会议召开。"
        "会议认为，2024年，全县经济稳中有进。预计全年地区生产总值完成1565亿元，增长5.6%。\n\n"
        "产业转型成效明显。全县新增规上工业企业68家。\n\n项目建设提速增效。全年实施重点项目286个。\n\n"
        "会议指出，明年全县地区生产总值增长6%以上。",
        2024,
        [
            dict(measure="level", year=2024, kind="actual"),
            dict(value=5.6, year=2024, kind="actual"),
            dict(value=68, year=2024, kind="actual"),
            dict(value=286, year=2024, kind="actual"),
            dict(value=6, year=2025, kind="target"),
        ],
        id="time-paragraphs-opening-with-their-topic-go-on-with-a-year-end-estimate-above-them",
    ),
    pytest.param(
        "某市2026年政府工作报告（摘编）\n\n二、2026年主要预期目标\n\n今年全市地区生产总值增长5.5%左右。\n\n"
        "附件：2025年十件民生实事完成情况\n\n2025年，十件民生实事全部完成。具体完成情况如下：\n\n"
        "一、扩充基础教育资源。新增公办学位6800个。\n\n二、发展普惠养老服务。新增养老床位520张。",
        2026,
        [
            dict(value=5.5, year=2026, kind="target"),
            dict(value=6800, year=2025, kind="actual"),
            dict(value=520, year=2025, kind="actual"),
        ],
        id="time-a-heading-on-how-a-year-gone-by-was-done-reviews-it-over-the-numbered-items-it-announces",
    ),
    pytest.param(
        "在全省民营经济大会上的讲话\n（2024年2月27日）\n\n一、充分肯定民营经济发展取得的新成效\n\n"
        "一是经营主体量质齐升。全省新设民营企业52.6万家。\n\n二、明确今年的目标\n\n今年全省要新设民营企业50万家。",
        2024,
        [dict(value=5.26e5, year=2023, kind="actual"), dict(value=5e5, year=2024, kind="target")],
        id="time-a-numbered-heading-on-the-results-with-a-long-phrase-before-them-opens-a-review",
    ),
    pytest.param(
        "全市研发经费支出占比去年为0.78%，今年要达到1%。",
        2019,
        [
            dict(indicator="rd_intensity", value=0.78, kind="actual", year=2018),
            dict(indicator="rd_intensity", value=1, kind="target", year=2019),
        ],
        id="time-last-year-after-zhanbi-is-the-period-not-a-comparison-base",
    ),
    pytest.param(
        "九市去年经济成绩单出炉\n深穗领跑 今年增长目标多定在五至六个百分点\n\n"
        "本报讯 九市陆续召开两会，公布经济成绩单。\n\n"
        "一、去年经济总量：两城领跑\n\n广州地区生产总值30355.73亿元，增长4.6%。\n\n二、今年目标：稳中求进\n\n"
        "广州提出地区生产总值增长5%左右。",
        2024,
        [
            dict(measure="level", kind="actual", year=2023),
            dict(value=4.6, kind="actual", year=2023),
            dict(value=5, kind="target", year=2024),
        ],
        id="time-a-numbered-heading-on-last-year-opens-a-review-below-a-title-whose-review-closed",
    ),
    pytest.param(
        "澳门去年本地生产总值增长8.8%，相当于2019年水平的约86%。全年入境旅客约4000万人次。",
        2026,
        [
            dict(value=8.8, kind="actual", year=2025),
            dict(value=86, kind="actual", year=2025),
            dict(value=4e7, kind="actual", year=2025),
        ],
        id="time-a-year-named-as-a-level-to-compare-with-is-no-period",
    ),
    pytest.param(
        "今年全市地区生产总值增长6%左右。\n\n【“十五五”展望】到2030年经济总量冲刺6000亿元\n\n"
        "报告明确了“十五五”时期的主要目标。到2030年，全市地区生产总值力争突破6000亿元。\n\n"
        "报告提出，推动新能源电池、硅能源两大产业规模均突破千亿元。",
        2027,
        [
            dict(value=6, kind="target", year=2027),
            dict(value=6e11, kind="target", year=2030, bound="exact"),
            dict(value=6e11, kind="target", year=2030, bound="min"),
            dict(value=1e11, kind="target", year=2030),
            dict(value=1e11, kind="target", year=2030),
        ],
        id="time-a-bracketed-label-naming-a-plan-period-dates-its-section-by-the-plans-end",
    ),
    pytest.param(
        "会议提出，今年全市地区生产总值力争增长10%左右。\n\n据介绍，2025年全市实现地区生产总值538.6亿元，增长8.9%。"
        "其中，第三产业增加值427.3亿元，增长9.6%。固定资产投资增长6.2%，规模以上工业增加值增长13.8%。",
        2026,
        [
            dict(value=10, kind="target", year=2026),
            dict(value=5.386e10, kind="actual", year=2025),
            dict(value=8.9, kind="actual", year=2025),
            dict(value=4.273e10, kind="actual", year=2025),
            dict(value=9.6, kind="actual", year=2025),
            dict(value=6.2, kind="actual", year=2025),
            dict(value=13.8, kind="actual", year=2025),
        ],
        id="time-a-qizhong-sentence-between-does-not-end-the-years-results",
    ),
    pytest.param(
        "2025年澳门本地生产总值初步估算为4185亿澳门元，实质增长5.1%。",
        2026,
        [
            dict(indicator="gdp", measure="level", bound="approx", kind="actual", year=2025),
            dict(indicator="gdp", value=5.1, bound="approx", kind="actual", year=2025),
        ],
        id="time-chubu-gusuan-between-indicator-and-figure-is-a-first-estimate",
    ),
    pytest.param(
        "清远市召开2026年招商引资工作会议。今年力争引进亿元以上项目220个以上。\n\n链接\n\n"
        "2025年清远招商引资主要数据\n新签约项目：386个（同比增长12.5%）\n计划总投资：1265.8亿元\n新动工项目：298个",
        2026,
        [
            dict(value=220, kind="target", year=2026),
            dict(value=386, kind="actual", year=2025),
            dict(value=12.5, kind="actual", year=2025),
            dict(value=1.2658e11, kind="actual", year=2025),
            dict(value=298, kind="actual", year=2025),
        ],
        id="time-a-box-of-labelled-figures-under-a-caption-naming-a-year-is-that-years",
    ),
    pytest.param(
        "2025年全市新签约项目386个。\n\n县域招商竞相发力\n\n"
        "分地区看，英德市新签约项目82个，计划总投资316亿元，居全市首位；佛冈县引进亿元以上项目27个。",
        2026,
        [
            dict(value=386, kind="actual", year=2025),
            dict(value=82, kind="actual", year=2025),
            dict(value=3.16e10, kind="actual", year=2025),
            dict(value=27, kind="actual", year=2025),
        ],
        id="time-a-breakdown-paragraph-naming-a-planned-total-investment-still-goes-on-with-the-results",
    ),
    pytest.param(
        "本报讯 记者从市统计局获悉，2021年全市经济运行稳中向好，“十四五”实现良好开局。全市地区生产总值达到2649.99亿元，"
        "同比增长10.5%。",
        2022,
        [
            dict(measure="level", kind="actual", year=2021),
            dict(value=10.5, kind="actual", year=2021),
        ],
        id="time-a-plan-period-off-to-a-good-start-dates-nothing-after-it",
    ),
    pytest.param(
        "12月24日，市委经济工作会议召开，总结2026年经济工作，部署2027年经济工作。\n\n"
        "1-11月，全市一般公共预算收入286.4亿元，增长5.2%。年初确定的地区生产总值增长5.5%、工业投资增长15%等主要目标"
        "均可超额完成。明年地区生产总值增长5.5%左右。",
        2026,
        [
            dict(measure="level", kind="actual", year=2026, period="M01-M11"),
            dict(value=5.2, kind="actual", year=2026, period="M01-M11"),
            dict(value=5.5, bound="exact", kind="target", year=2026),
            dict(value=15, kind="target", year=2026),
            dict(value=5.5, bound="approx", kind="target", year=2027),
        ],
        id="time-goals-set-at-the-start-of-the-year-a-year-end-conference-closes-are-that-years",
    ),
    pytest.param(
        "五年来，全省高新技术企业数量较“十三五”末翻了一番。到2035年，经济总量在2020年基础上翻一番以上。",
        2026,
        [
            dict(value=100, kind="actual", year=2025),
            dict(value=100, kind="target", year=2035, bound="min"),
        ],
        id="time-a-plan-period-or-a-year-named-as-the-base-of-a-change-dates-nothing",
    ),
    pytest.param(
        "某市人代会开幕\n\n来源：某某日报　2026-01-16\n\n"
        "市长作政府工作报告。报告回顾了2025年工作。全年实现地区生产总值1086.3亿元。\n\n"
        "项目建设成效显著。过去一年，全年实施市重点项目210个。\n\n"
        "报告提出，2026年是“十五五”开局之年，全市地区生产总值增长6%左右。\n\n"
        "一是做强实体经济。力争新增规模以上工业企业60家。\n\n二是抓好农业。年内新建高标准农田3万亩。",
        2026,
        [
            dict(measure="level", kind="actual", year=2025),
            dict(value=210, kind="actual", year=2025),
            dict(value=6, kind="target", year=2026),
            dict(value=60, kind="target", year=2026),
            dict(value=2e7, kind="target", year=2026),
        ],
        id="time-a-reports-words-on-the-year-ahead-close-a-review-opened-in-the-text",
    ),
    pytest.param(
        "政府工作报告摘要\n\n【回眸2025：稳中有进 进中向好】\n\n"
        "全市经济稳中向好。地区生产总值增长5.1%，规上工业增加值增长7.2%。"
        "\n\n【2026年：主要目标和重点任务】\n\n地区生产总值增长5.5%左右。",
        2026,
        [
            dict(value=5.1, kind="actual", year=2025),
            dict(value=7.2, kind="actual", year=2025),
            dict(value=5.5, kind="target", year=2026),
        ],
        id="time-a-bracketed-heading-looking-back-on-a-year-opens-its-review",
    ),
    pytest.param(
        "1-11月某区经济运行情况\n\n某区统计局　2025-12-22\n\n1-11月，全区规模以上工业增加值增长6.1%。\n\n"
        "下阶段，全区将全力冲刺四季度，力争全年规模以上工业增加值增长7%左右。",
        2025,
        [
            dict(value=6.1, kind="actual", year=2025, period="M01-M11"),
            dict(value=7, kind="target", year=2025, period=""),
        ],
        id="time-a-december-release-pressing-on-through-the-fourth-quarter-aims-at-this-year",
    ),
    pytest.param(
        "某市召开全市经济工作会议\n\n12月26日，某市召开全市经济工作会议，总结2024年经济工作，部署2025年重点任务。\n\n"
        "“成绩单”：多项指标增速居全省前列\n\n前三季度，全市实现地区生产总值1186.5亿元，同比增长3.9%。"
        "1-11月，全市规上工业增加值增长9.2%。",
        2024,
        [
            dict(measure="level", kind="actual", year=2024, period="Q1-Q3"),
            dict(value=3.9, kind="actual", year=2024, period="Q1-Q3"),
            dict(value=9.2, kind="actual", year=2024, period="M01-M11"),
        ],
        id="time-a-results-sub-heading-at-a-december-conference-reviews-the-year-it-closes",
    ),
    pytest.param(
        "博罗县提出，地区生产总值增长5.5%以上；到2030年，地区生产总值达到1400亿元。"
        "惠东县提出地区生产总值确保增长5.5%、力争6%。",
        2026,
        [
            dict(region="博罗县", value=5.5, year=2026),
            dict(region="博罗县", value=1.4e11, year=2030),
            dict(region="惠东县", value=5.5, year=2026, commitment="ensure"),
            dict(region="惠东县", value=6, year=2026, commitment="strive"),
        ],
        id="time-a-horizon-does-not-date-the-next-sentence-where-another-place-sets-its-goals",
    ),
    pytest.param(
        "十城今年增长目标有何新变化\n\n上海2025年实现地区生产总值56980.3亿元，比上年增长5.2%。\n\n"
        "排在第六到第十位的是苏州、成都、杭州、武汉和南京。具体来看，苏州GDP为27310.5亿元，增长5.5%。",
        2026,
        [
            dict(region="上海市", measure="level", year=2025, kind="actual"),
            dict(region="上海市", value=5.2, year=2025, kind="actual"),
            dict(region="苏州市", measure="level", year=2025, kind="actual"),
            dict(region="苏州市", value=5.5, year=2025, kind="actual"),
        ],
        id="time-a-paragraph-opening-with-a-ranking-goes-on-with-the-results-above",
    ),
    pytest.param(
        "国庆中秋假期建水接待游客86.3万人次\n\n建水县融媒体中心　2025年10月9日\n\n"
        "“双节”叠加的8天长假，古城建水持续火热。10月1日至8日，全县共接待游客86.34万人次，同比增长16.2%。\n\n"
        "古城内外人潮涌动\n\n乘坐“米轨小火车”的游客达到1.36万人次，上座率保持在95%以上。",
        2025,
        [
            dict(value=863000, kind="actual", period="M10D01-M10D08"),
            dict(value=863400, kind="actual", period="M10D01-M10D08"),
            dict(value=16.2, kind="actual", period="M10D01-M10D08"),
            dict(value=13600, kind="actual", period="M10D01-M10D08"),
            dict(value=95, kind="actual", period="M10D01-M10D08"),
        ],
        id="time-a-title-naming-a-holiday-with-its-days-in-the-lead-dates-the-report",
    ),
    pytest.param(
        "2024年浙江省外贸外资运行情况新闻发布稿\n\n发布时间：2025-01-21\n\n"
        "一、外贸规模再创新高\n\n2024年全省货物贸易进出口5.26万亿元，比上年增长7.3%。\n\n"
        "二、2025年工作安排\n\n省商务厅有关负责人表示，2025年全省商务系统将力争全年货物贸易进出口增长5%左右。"
        "同时，全年组织企业参加境外展会800场以上，新培育跨境电商产业带20个。",
        2025,
        [
            dict(measure="level", year=2024, kind="actual"),
            dict(value=7.3, year=2024, kind="actual"),
            dict(value=5, year=2025, kind="target"),
            dict(value=800, year=2025, kind="target"),
            dict(value=20, year=2025, kind="target"),
        ],
        id="time-below-the-heading-that-closes-a-releases-review-figures-are-plans",
    ),
    pytest.param(
        "一、过去一年，我们顶住压力、稳中求进，县域经济迈出坚实步伐\n\n2025年，全市地区生产总值增长5.5%。\n\n"
        "产业发展提质增效。园区规上工业总产值突破150亿元。全年新增规上工业企业31家；新签约亿元以上项目46个，"
        "计划总投资218亿元。\n\n“百千万工程”纵深推进。全市新建成和美乡村示范带8条。农业总产值突破175亿元，增长4.6%。",
        2026,
        [
            dict(value=5.5, year=2025, kind="actual"),
            dict(value=1.5e10, year=2025, kind="actual"),
            dict(value=31, year=2025, kind="actual"),
            dict(value=46, year=2025, kind="actual"),
            dict(value=2.18e10, year=2025),
            dict(value=8, year=2025, kind="actual"),
            dict(value=1.75e10, year=2025, kind="actual"),
            dict(value=4.6, year=2025, kind="actual"),
        ],
        id="time-a-whole-year-in-a-topic-paragraph-of-results-plans-nothing-for-the-next",
    ),
    pytest.param(
        "2月1日，新区召开2023年经济工作会议。\n\n工业是新区的“压舱石”。2022年，全区规上工业总产值达到5361亿元，"
        "增长6.8%。\n\n投资和消费方面，全区固定资产投资同比增长5.2%；社会消费品零售总额1256亿元，增长1.8%。"
        "开放型经济稳步发展，外贸进出口总额3180亿元，增长3.9%。",
        2023,
        [
            dict(value=5.361e11, year=2022, kind="actual"),
            dict(value=6.8, year=2022, kind="actual"),
            dict(value=5.2, year=2022, kind="actual"),
            dict(value=1.256e11, year=2022, kind="actual"),
            dict(value=1.8, year=2022, kind="actual"),
            dict(value=3.18e11, year=2022, kind="actual"),
            dict(value=3.9, year=2022, kind="actual"),
        ],
        id="time-a-paragraph-opening-with-its-aspect-goes-on-with-the-results-above",
    ),
    pytest.param(
        "开工项目中，兰花产业园项目总投资8.6亿元，去年兰花产业综合产值达到42亿元。\n\n"
        "基础设施方面，改扩建工程总投资11.3亿元。",
        2026,
        [
            dict(value=8.6e8),
            dict(value=4.2e9, year=2025, kind="actual"),
            dict(value=1.13e9, year=2026),
        ],
        id="time-an-aspect-paragraph-after-a-time-word-among-figures-keeps-its-own-year",
    ),
    pytest.param(
        "2025年市政府民生实事项目前三季度进展情况\n\n发布时间：2025-10-16\n\n今年，市政府确定实施30项民生实事项目。\n\n"
        "新增3岁以下婴幼儿托位1500个，截至9月底已新增1386个，完成率92.4%。新建老年食堂60家，已建成52家。"
        "项目总投资约500亿元，已完成投资超过60%。",
        2025,
        [
            dict(value=30),
            dict(value=1500, kind="target"),
            dict(value=1386, kind="actual"),
            dict(value=92.4, kind="actual"),
            dict(value=60, kind="target"),
            dict(value=52, kind="actual"),
            dict(value=5e10),
            dict(value=60, kind="actual"),
        ],
        id="time-a-task-then-its-progress-so-far-the-task-is-the-years-target",
    ),
    pytest.param(
        "“五一”消费成绩单来了！\n\n广东商务　2025-05-06 18:30\n\n"
        "据监测，2025年“五一”假期（5月1日至5日），全省重点企业累计实现销售额41.36亿元。\n\n"
        "今年“五一”假期，全省各地共开展促消费活动超过1300场。",
        2025,
        [
            dict(value=4.136e9, kind="actual", period="M05D01-M05D05"),
            dict(value=1300, kind="actual"),
        ],
        id="time-a-post-dated-in-the-holidays-month-on-the-holiday-tells-results",
    ),
    pytest.param(
        "制造业投资“挑大梁” 21市比拼实体经济\n\n来源：某某财经　　2025年3月4日 08:30\n\n"
        "记者梳理各地统计公报发现，2024年，全省制造业投资比上年增长7.4%。\n\n珠三角：总量稳居“大头”\n\n"
        "深圳制造业投资增长10.6%，占全省制造业投资的比重达到19.5%。\n\n2025年：多地“加码”制造业\n\n"
        "多地在今年政府工作报告中提出更高要求。佛山提出制造业投资增长10%以上。",
        2025,
        [
            dict(value=7.4, year=2024, kind="actual"),
            dict(region="深圳市", value=10.6, year=2024, kind="actual"),
            dict(value=19.5, year=2024, kind="actual"),
            dict(region="佛山市", value=10, year=2025, kind="target"),
        ],
        id="time-a-feature-whose-first-paragraph-tells-a-year-gone-reviews-it-up-to-the-heading-on-this-year",
    ),
    pytest.param(
        "2025年1-11月全区固定资产投资同比增长2.6%\n\n某某新闻网讯　12月18日，记者获悉，"
        "今年1-11月，全区固定资产投资同比增长2.6%。"
        "重点项目累计完成投资4153亿元。这批项目今年的年度计划投资为4280亿元。\n\n"
        "有关负责人表示，12月是全年投资冲刺的关键期，确保全年固定资产投资增长3%左右。",
        2025,
        [
            dict(value=2.6, year=2025, kind="actual"),
            dict(value=2.6, year=2025, kind="actual", period="M01-M11"),
            dict(value=4.153e11, year=2025, kind="actual"),
            dict(value=4.28e11, year=2025, kind="target"),
            dict(value=3, year=2025, kind="target", commitment="ensure"),
        ],
        id="time-a-december-report-on-months-so-far-closes-no-year-and-its-annual-plan-is-a-target",
    ),
    pytest.param(
        "工业经济是去年全市的一大亮点。全年规模以上工业增加值增长9.3%。\n\n"
        "投资和消费双双回暖。全年固定资产投资增长6.1%。\n\n"
        "镇域经济活力竞相迸发。石鼓镇全年规上工业产值达到58.3亿元；分界镇全年引进工业项目12个，计划总投资36亿元。",
        2026,
        [
            dict(value=9.3, year=2025, kind="actual"),
            dict(value=6.1, year=2025, kind="actual"),
            dict(value=5.83e9, year=2025, kind="actual", note="town 石鼓镇"),
            dict(value=12, year=2025, kind="actual", note="town 分界镇"),
            dict(value=3.6e9, year=2025, note="town 分界镇"),
        ],
        id="time-a-whole-year-opening-a-topic-paragraph-two-below-last-years-results-is-that-year",
    ),
    pytest.param(
        "（三）全力以赴抓产业。新增规上工业企业60家以上。到2026年，全市规上工业总产值突破1500亿元。\n\n"
        "（四）全力以赴抓镇街。各镇（街）要找准定位。沙坪街道地区生产总值要突破130亿元；"
        "共和镇、址山镇规上工业总产值各增长12%以上。",
        2024,
        [
            dict(value=60, year=2024),
            dict(value=1.5e11, year=2026),
            dict(value=1.3e10, year=2024, note="town 沙坪街道"),
            dict(value=12, year=2024, note="各 distribution over regions (1 of 2); town 共和镇"),
            dict(value=12, year=2024, note="各 distribution over regions (2 of 2); town 址山镇"),
        ],
        id="time-a-horizon-whose-sentence-closed-its-item-dates-no-item-below",
    ),
    pytest.param(
        "某市召开2025年上半年经济工作会议\n\n7月23日下午，某市召开2025年上半年经济工作会议。\n\n"
        "会议通报，上半年全市经济运行延续回升向好态势。据初步核算，上半年全市实现地区生产总值2037.6亿元，同比增长4.6%。"
        "规模以上工业增加值增长6.8%，固定资产投资下降2.4%。",
        2025,
        [
            dict(measure="level", period="H1", kind="actual"),
            dict(value=4.6, period="H1", kind="actual"),
            dict(value=6.8, period="H1", kind="actual"),
            dict(value=-2.4, period="H1", kind="actual"),
        ],
        id="time-results-opening-a-paragraphs-second-sentence-after-its-topic-date-the-sentences-after",
    ),
    pytest.param(
        "黄坑镇贡柑种植面积达到3.5万亩，去年贡柑产值3.6亿元；红山镇、长江镇白毛茶种植面积分别达到1.2万亩和0.8万亩。",
        2025,
        [
            dict(value=23333333.33, year=2025),
            dict(value=3.6e8, year=2024, kind="actual"),
            dict(value=8e6, year=2025, note="分别 distribution over regions (1 of 2); town 红山镇"),
            dict(value=5333333.33, year=2025, note="分别 distribution over regions (2 of 2); town 长江镇"),
        ],
        id="time-another-towns-part-of-a-sentence-is-not-dated-by-the-去年-before",
    ),
    pytest.param(
        "🚩总投资86.5亿元！某县18个重点项目集中开工\n\n3月6日上午，某县2026年第一季度重点项目集中开工活动举行。\n\n"
        "📌本次集中开工项目一览\n\n✅集中开工项目18个，总投资86.5亿元\n✅产业项目11个，总投资62.3亿元\n"
        "✅民生项目3个，总投资8.4亿元",
        2026,
        [
            dict(value=8.65e9, kind="actual"),
            dict(value=18, kind="actual"),
            dict(value=18, kind="actual"),
            dict(value=8.65e9, kind="actual"),
            dict(value=11, kind="actual"),
            dict(value=6.23e9, kind="actual"),
            dict(value=3, kind="actual"),
            dict(value=8.4e8, kind="actual"),
        ],
        id="time-bulleted-lines-under-a-caption-on-the-event-tell-what-it-started",
    ),
    pytest.param(
        "去年全市工业投资完成1530亿元，增长12.6%，为今年工业持续增长积蓄了后劲。\n\n"
        "龙头企业的带动作用十分明显。某基地全年产值超过1200亿元。",
        2026,
        [
            dict(value=1.53e11, year=2025, kind="actual"),
            dict(value=12.6, year=2025, kind="actual"),
            dict(value=1.2e11, year=2025, kind="actual"),
        ],
        id="time-为今年…积蓄-prepares-this-year-and-dates-nothing-below",
    ),
    pytest.param(
        "上半年全省重点项目完成投资5920亿元 完成年度计划的59.2%\n\n发布时间：2025-07-18\n\n"
        "7月18日，省发展改革委召开新闻发布会。今年，全省共安排省重点项目1500个，总投资约8.1万亿元。\n\n"
        "一、分类型看，产业和基础设施项目齐头并进\n\n产业项目完成投资2480亿元，完成年度计划的61.5%。"
        "其中，先进制造业项目完成投资1650亿元，占产业项目完成投资的66.5%。",
        2025,
        [
            dict(value=5.92e11, kind="actual", period="H1"),
            dict(value=59.2, kind="actual", period="H1"),
            dict(value=1500, kind="target"),
            dict(value=8.1e12, kind="target"),
            dict(value=2.48e11, kind="actual"),
            dict(value=61.5, kind="actual"),
            dict(value=1.65e11, kind="actual"),
            dict(value=66.5, kind="actual"),
        ],
        id="time-a-title-on-progress-of-a-part-of-the-year-makes-a-release-of-results",
    ),
    pytest.param(
        "去年9月开工的新能源装备制造基地总投资45亿元，项目全部投产后预计年产值80亿元、年纳税3亿元。",
        2026,
        [
            dict(value=4.5e9, year=2025, kind="actual"),
            dict(value=8e9, year=2026, kind="target"),
            dict(value=3e8, year=2026, kind="target"),
        ],
        id="time-what-a-project-yields-once-running-is-no-result-of-the-time-named-before",
    ),
]

SHAPE = [
    pytest.param(
        "2023年，苏州地区生产总值2.46万亿元、增长4.6%，稳居全国地级市首位；杭州2.01万亿元、增长5.6%；南京1.74万亿元。",
        [
            dict(quote="地区生产总值2.46万亿元", region="苏州市"),
            dict(quote="地区生产总值2.46万亿元、增长4.6%", region="苏州市"),
            dict(quote="杭州2.01万亿元", region="杭州市", indicator="gdp"),
            dict(quote="杭州2.01万亿元、增长5.6%", region="杭州市", indicator="gdp"),
            dict(quote="南京1.74万亿元", region="南京市", indicator="gdp"),
        ],
        id="shape-a-regions-part-after-a-semicolon-is-quoted-from-the-region-not-from-the-indicator-before",
    ),
    pytest.param(
        "2023年1-9月某县主要经济指标\n指标名称　　　　单位　　1-9月　　同比增长（%）\n"
        "地区生产总值　　　亿元　　198.56　　4.3\n规模以上工业增加值　亿元　　—　　　6.2\n",
        [
            dict(indicator="gdp", measure="level", value=1.9856e10, kind="actual", period="M01-M09"),
            dict(indicator="gdp", measure="growth", value=4.3, kind="actual", period="M01-M09"),
            dict(indicator="industrial_value_added", measure="growth", value=6.2, kind="actual"),
        ],
        id="shape-a-table-header-naming-months-and-a-dash-for-a-missing-value",
    ),
    pytest.param(
        "划重点｜某区高质量发展大会\n\n🔹01 成绩单：稳中有进\n✅ 地区生产总值预计达到900亿元左右，增长6%\n"
        "✅ 规上工业增加值增长9.1%，其中上半年增长10.2%\n"
        "✅ 固定资产投资增长4.8%\n\n🔹02 目标：今年这样干\n🎯 地区生产总值增长6.5%左右",
        [
            dict(measure="level", bound="approx", kind="actual", year=2022),
            dict(value=6, bound="approx", kind="actual"),
            dict(value=9.1, bound="exact", period="", kind="actual", year=2022),
            dict(value=10.2, period="H1", kind="actual"),
            dict(value=4.8, bound="exact", period="", kind="actual", year=2022),
            dict(value=6.5, bound="approx", kind="target", year=2023),
        ],
        id="shape-each-bulleted-line-is-an-item-of-its-own",
    ),
    pytest.param(
        LONG + "力争全年规上工业增\n\n加值增长8%。",
        [dict(indicator="industrial_value_added", value=8)],
        id="shape-line-break-inside-word",
    ),
    pytest.param(
        "市工信局 全年规上工业增加值增长5%\n\n局长李某表示，将全力以赴。",
        [dict(indicator="industrial_value_added", value=5)],
        id="shape-headline",
    ),
    pytest.param("今年地区生产总值增长６．５％。", [dict(indicator="gdp", value=6.5)], id="shape-full-width"),
    pytest.param(
        "確保今年地區生產總值增長6%以上，力爭固定資產投資增長10%。",
        [
            dict(indicator="gdp", value=6, bound="min", commitment="ensure", quote="地區生產總值增長6%"),
            dict(indicator="fixed_asset_investment", commitment="strive"),
        ],
        id="shape-traditional-script",
    ),
]

SCOPE = [
    pytest.param(
        "2026年，全省共安排省级重点项目640个。分区域看，关中地区安排项目392个；陕北地区安排项目132个。",
        [
            dict(region="广东省", value=640),
            dict(region="", value=392, note="total of 关中"),
            dict(region="", value=132, note="total of 陕北"),
        ],
        id="scope-a-part-of-a-province-known-by-its-name-that-opens-a-clause-has-no-region-of-its-own",
    ),
    pytest.param(
        "上半年珠三角九市地区生产总值合计5.6万亿元；粤东、粤西、粤北12市合计2.68万亿元，增长4.4%。",
        [
            dict(region="", value=5.6e12, note="total of 珠三角九市"),
            dict(region="", value=2.68e12, note="total of 粤北12市"),
            dict(region="", value=4.4, note="total of 粤北12市"),
        ],
        id="scope-a-total-over-a-counted-group-notes-the-last-group-before-it-without-the-words-before-its-name",
    ),
    pytest.param(
        "工业投资完成628亿元，增长13.5%，连续四年保持两位数增长；技改投资连续三年保持两位数增长。",
        [
            dict(value=6.28e10),
            dict(value=13.5),
            dict(value=10, bound="min", quote="技改投资连续三年保持两位数"),
        ],
        id="scope-a-streak-of-two-digit-growth-after-the-rate-restates-it",
    ),
    pytest.param(
        "实施“三个一百”行动：百个项目攻坚、百家企业培育、百名干部驻企，全年新增规上工业企业50家。",
        [dict(value=50, measure="count")],
        id="scope-a-slogans-parallel-hundreds-are-no-counts",
    ),
    pytest.param(
        "其中投资超10亿元的项目有24个，对年产值超10亿元的48家骨干企业开展服务，该企业成为全县首家产值超30亿元的工业企业，"
        "总投资超10亿元的比亚迪项目开工。",
        [dict(value=24, measure="count"), dict(value=48, measure="count"), dict(value=1e9, bound="min")],
        id="scope-a-threshold-of-firms-or-projects-after-chao-is-a-class-not-a-figure-but-a-named-projects-is",
    ),
    pytest.param(
        "五年来，全市经济总量先后跨越4万亿元、5万亿元两个台阶，2023年达到5.56万亿元。",
        [dict(value=5.56e12, kind="actual")],
        id="scope-the-steps-an-economy-passed-listed-before-liangge-taijie-are-no-rows",
    ),
    pytest.param(
        "今年有10個省分下調了GDP目標，多數省分把GDP增長目標訂在5%左右；廣東省GDP增長目標訂在4.5%至5%。",
        [dict(region="广东省", value=4.5, value_high=5)],
        id="scope-provinces-counted-or-most-of-them-in-taiwan-usage-shengfen-are-no-row",
    ),
    pytest.param(
        "杨侨镇、湖镇镇各建成1个千亩以上现代农业产业园。",
        [
            dict(region="", measure="count", value=1, note="各 distribution over regions (1 of 2); town 杨侨镇"),
            dict(region="", measure="count", value=1, note="各 distribution over regions (2 of 2); town 湖镇镇"),
        ],
        id="scope-a-size-class-in-a-distributed-list-is-no-figure",
    ),
    pytest.param(
        "有学者预计，深圳经济总量今年有望突破4万亿元人民币大关。全区规上工业总产值突破万亿元大关。"
        "全县地区生产总值突破千亿元大关，达到1012.4亿元。",
        [
            dict(indicator="gdp", value=4e12, bound="min"),
            dict(indicator="industrial_output", value=1e12, bound="min"),
            dict(indicator="gdp", value=1.0124e11, bound="exact"),
        ],
        id="scope-a-mark-passed-is-a-figure-unless-the-exact-value-after-it-states-it-again",
    ),
    pytest.param(
        "全县规模以上工业增加值增长5.1%。\n\n指标解释：\n1.规模以上工业：指年主营业务收入2000万元及以上的工业法人企业。\n"
        "2.限额以上批发和零售业：指批发业年主营业务收入2000万元及以上、零售业年主营业务收入500万元及以上、"
        "住宿和餐饮业年主营业务收入200万元及以上的法人企业。",
        [dict(indicator="industrial_value_added", value=5.1)],
        id="scope-the-thresholds-that-define-a-statistic-are-no-figures",
    ),
    pytest.param(
        "全国GDP万亿元以上城市达到27座。27座万亿城市中，有20座城市提出增长5%以上。全市地区生产总值增长5.5%。",
        [dict(indicator="gdp", value=5.5)],
        id="scope-cities-counted-with-zuo-and-a-class-above-a-trillion-are-no-rows",
    ),
    pytest.param(
        "粤东西北多地瞄准5%。从投资看，多地将固定资产投资增速目标定在6%。有14个地市的GDP增速目标在5%及以上。"
        "全市地区生产总值增长5.5%。",
        [dict(indicator="gdp", value=5.5)],
        id="scope-many-places-and-counted-prefectures-are-no-region",
    ),
    pytest.param(
        "去年深圳經濟總量約3.68萬億元人民幣（約3.95萬億港元），按年增長5.8%。今年新增總投資超1億美元外資大項目20個。"
        "註：本文按1元人民幣兌1.075港元折算。",
        [
            dict(indicator="gdp", measure="level", value=3.68e12, unit="CNY"),
            dict(indicator="gdp", measure="growth", value=5.8),
            dict(measure="count", value=20),
        ],
        id="scope-an-amount-converted-after-its-number-a-class-in-dollars-and-an-exchange-rate-are-no-rows",
    ),
    pytest.param(
        "与会人员实地观摩了某电力、某新材料等5个重点项目。其中，纳入清远市重点项目19个。",
        [dict(region="茂名市", value=19)],
        id="scope-projects-visited-are-no-figures-and-a-list-named-after-a-city-is-not-its-subject",
    ),
    pytest.param(
        "《纲要》共设置主要指标28项，其中22项指标进展符合预期。全年召开12场重点项目现场推进会。"
        "全省21个地级以上市陆续召开人代会。全市共设分会场85个。全年新开工项目120个。",
        [dict(value=120, measure="count")],
        id="scope-indicators-meetings-and-cities-counted-are-no-figures",
    ),
    pytest.param(
        "“千项万亿”工程再加力。本次大会共收到代表建议96件。会前召开各类座谈会80余场。"
        "4家企业和2个镇的主要负责人作了交流发言。与会人员现场观摩了3个项目。每千人口拥有执业医师数2.9人。"
        "全年新开工亿元以上项目300个。",
        [dict(value=2.9), dict(value=300, measure="count")],
        id="scope-slogans-of-magnitudes-and-the-business-of-the-meeting",
    ),
    pytest.param(
        "东莞已经站上万亿GDP城市的新起点，全市地区生产总值增长5%。",
        [dict(indicator="gdp", value=5)],
        id="scope-a-class-of-gdp-cities-is-no-amount",
    ),
    pytest.param(
        "全市约1500名干部参会，5家企业代表作了交流发言。今年新引进投资超5亿元的项目20个。",
        [dict(measure="count", value=20)],
        id="scope-who-took-part-and-a-size-class-of-projects-are-no-figures",
    ),
    pytest.param(
        "目前31个省份的增长目标已全部公布。全市要在4个方面实现新突破，新增规上工业企业150家。",
        [dict(measure="count", value=150)],
        id="scope-enumerations-and-counted-provinces-are-no-figures",
    ),
    pytest.param(
        "茂名一家新能源车企今年整车销量目标为80万辆。",
        [dict(tier=2, note="company", region="茂名市")],
        id="scope-an-unnamed-company-is-a-company",
    ),
    pytest.param(
        "京溪街道、三元里街道社会消费品零售总额分别增长6%、7%。",
        [dict(note="分别 distribution over regions (1 of 2); town 京溪街道"), dict(value=7)],
        id="scope-a-numeral-inside-a-place-name-is-no-amount",
    ),
    pytest.param(
        "从已公布的26个GDP万亿城市来看，多数目标不低于5%；全省千亿县达到3个，全市GDP力争突破万亿。",
        [dict(measure="count", value=3), dict(indicator="gdp", value=1e12, bound="min")],
        id="scope-classes-of-regions-and-the-frame-of-a-view-are-no-figures",
    ),
    pytest.param(
        "注：规模以上工业统计范围为年主营业务收入2000万元的工业法人单位。全市规上工业增加值增长5%。",
        [dict(indicator="industrial_value_added", value=5)],
        id="scope-a-definition-of-the-statistics-is-no-figure",
    ),
    pytest.param(
        "要推动两个县级市地区生产总值均突破800亿元，新开工30个工业投资项目。",
        [
            dict(indicator="gdp", measure="level", value=8e10, bound="min"),
            dict(measure="count", value=30, tier=2),
        ],
        id="scope-a-headline-indicator-is-never-a-count",
    ),
    pytest.param(
        "美达集团今年计划追加投资50亿元，全市上市公司市值突破1万亿元，上市公司达到50家。",
        [dict(tier=2, note="company", value=5e9), dict(note="", value=1e12), dict(note="", value=50)],
        id="scope-company-as-the-subject-of-its-clause",
    ),
    pytest.param(
        "据介绍，华腾科技有限公司达产后年产值约50亿元。", [dict(tier=2, note="company", value=5e9)], id="scope-company"
    ),
    pytest.param(
        "该项目规划总投资120亿元，占地面积约300亩。",
        [dict(tier=2, note="project", value=1.2e10), dict(tier=2, note="project", value=200_000)],
        id="scope-project",
    ),
    pytest.param(
        "构建“3+2”产业体系，办好第十五届运动会，打造5.0产业新空间，深入学习党的二十大精神。",
        [],
        id="scope-slogans-ordinals-names",
    ),
    pytest.param("加快培育两大千亿级产业集群，推进一批百亿级项目建设，冲刺千亿GDP强区。", [], id="scope-class-labels"),
    pytest.param("加快建设电子信息、装备制造两个千亿级产业集群。", [], id="scope-listed-class-labels"),
    pytest.param(
        "今年要实现社零额、进出口总额、固投「三个一万亿」。",
        [
            dict(indicator="retail_sales"),
            dict(indicator="foreign_trade", tier=1),
            dict(indicator="fixed_asset_investment"),
        ],
        id="scope-slogan-in-corner-quotes",
    ),
    pytest.param(
        "今年要做强做优4个省级开发区，新建3个产业园。",
        [dict(measure="count", value=3)],
        id="scope-strengthening-existing-things-is-not-a-count-to-reach",
    ),
    pytest.param(
        "今年全市计划推进旧厂改造项目86个，完成固定资产投资320亿元。",
        [dict(measure="count", value=86), dict(indicator="projects_investment", tier=2, value=3.2e10)],
        id="scope-project-list-investment-is-not-the-regions",
    ),
    pytest.param(
        "今年全市固定资产投资完成3200亿元，新开工项目86个。",
        [dict(indicator="fixed_asset_investment", tier=1, value=3.2e11), dict(measure="count", value=86)],
        id="scope-regional-investment-before-a-project-count",
    ),
    pytest.param(
        "推动90个投资5亿元以上制造业项目落地。", [dict(value=90, unit="count")], id="scope-money-threshold-not-a-row"
    ),
    pytest.param("力争在引进投资超30亿元乃至50亿元以上项目上取得突破。", [], id="scope-thresholds-joined-by-naizhi"),
    pytest.param("引进10亿元、20亿元以上产业项目12个。", [dict(value=12, unit="count")], id="scope-listed-thresholds"),
    pytest.param(
        "力争地区生产总值突破3万亿元乃至3.2万亿元。",
        [dict(indicator="gdp", value=3e12, bound="min"), dict(indicator="gdp", value=3.2e12, bound="exact")],
        id="scope-naizhi-between-two-targets",
    ),
    pytest.param("1月28日召开全区大会，新中国成立75周年。", [], id="scope-dates"),
    pytest.param(
        "会议应到代表三百二十一名，实到三百零五名。全市深入实施制造业倍增计划，新增规上企业120家。",
        [dict(value=120, unit="count")],
        id="scope-attendance-and-programme-names",
    ),
    pytest.param("全市综合实力排名进入全国前8名。", [], id="scope-rank"),
    pytest.param("成立三个工作组，设立6个驻外招商办事处。", [], id="scope-working-bodies"),
    pytest.param(
        "重点抓好三个方面，深化三项制度改革，新建两个产业园区。",
        [dict(value=2, unit="count")],
        id="scope-enumerations-are-not-counts",
    ),
    pytest.param(
        "力争万元GDP能耗下降3%，研发投入占GDP比重达到3.9%。",
        [dict(indicator="energy_intensity", tier=2, value=-3), dict(measure="share", tier=2, value=3.9)],
        id="scope-headline-word-as-modifier",
    ),
]

SCOPE_MORE = [
    pytest.param(
        "今年市级财政安排外资奖励资金2亿元，对当年实际外资金额超过5000万美元的新项目，按实际外资金额的2%给予奖励，"
        "单个项目最高1000万元。",
        [dict(value=2e8)],
        id="scope-the-terms-of-a-reward-who-qualifies-its-rate-and-cap-are-no-figures",
    ),
    pytest.param(
        "项目3个月内开工率达到50%以上，签约到开工的时间压缩到6个月以内。",
        [
            dict(measure="share", value=50, bound="min"),
            dict(measure="level", value=6, unit="other:month", bound="max"),
        ],
        id="scope-a-window-of-months-is-no-figure-a-duration-brought-down-is",
    ),
    pytest.param("本次会议设主会场和11个分会场。", [], id="scope-branch-venues-of-the-meeting"),
    pytest.param(
        "美的集团、格力电器两家企业营业收入均超过1500亿元。",
        [dict(measure="level", value=1.5e11), dict(measure="level", value=1.5e11)],
        id="scope-the-size-of-a-list-just-named-is-no-count",
    ),
    pytest.param(
        "全省21个设区市陆续召开人代会，各市经济增长目标大多设定在5%至6%之间，21市中有15个城市高于全省。",
        [],
        id="scope-cities-counted-and-what-most-of-them-set",
    ),
    pytest.param(
        "今年，全市GDP增长7.5%左右，确保迈上5000亿元新台阶。",
        [dict(indicator="gdp", value=7.5), dict(indicator="gdp", measure="level", value=5e11, commitment="ensure")],
        id="scope-a-step-after-a-growth-is-the-level-of-its-indicator",
    ),
    pytest.param(
        "目标高于6%的省份由上年的11个减少到6个。在19个GDP万亿城市中，有12个把目标定在5%以上。"
        "分析人士预计，各市实际增速大多会落在4%-5%之间。假如把目标都定在4%，投资信心会受影响。"
        "一个城市定5%还是5.5%并不关键。江苏今年提出增长5%以上。",
        [dict(indicator="gdp", region="江苏省", value=5, bound="min")],
        id="scope-regions-counted-suppositions-and-any-one-city-are-no-rows",
    ),
    pytest.param(
        "27个万亿城市2026年增长目标透视\n\n有15个城市将增速目标定在5%左右，另有6个城市目标低于5%。"
        "预计全国万亿城市数量有望达到30个。四个万亿城市经济总量合计超过9万亿元。"
        "上海提出增长5%左右，北京同样定为5%左右。",
        [
            dict(indicator="gdp", value=9e12, note="total of"),
            dict(region="上海市", indicator="gdp", value=5),
            dict(region="北京市", indicator="gdp", value=5),
        ],
        id="scope-cities-counted-set-no-targets-a-total-over-them-does-and-the-same-goal-restated",
    ),
    pytest.param(
        "惠州：增速领跑　剑指6500亿\n\n惠州则把增长目标定在6%左右。东莞计划今年再培育3个地区生产总值超500亿元的镇街，"
        "考虑到基数已过万亿，目标并不低。东莞：万亿之城稳中求进",
        [
            dict(region="惠州市", indicator="gdp", measure="level", value=6.5e11),
            dict(region="惠州市", indicator="gdp", measure="growth", value=6),
            dict(region="东莞市", measure="count", value=3),
        ],
        id="scope-a-threshold-naming-a-class-of-towns-and-a-base-are-no-figures",
    ),
]

# the country: no region of the table, so its own figures are no rows (the text names its region, or none)
NATIONAL = [
    pytest.param(
        "前三季度，四川实现地区生产总值47862.3亿元，同比增长5.6%，比全国高0.4个百分点。同期，全国国内生产总值同比增长5.2%。"
        "全省规上工业增加值占全国的比重为4.1%。",
        [
            dict(region="四川省", value=4.78623e12),
            dict(region="四川省", value=5.6),
            dict(region="四川省", measure="share", value=4.1),
        ],
        id="scope-the-countrys-figure-quan-guo-before-its-indicator-is-no-row-but-a-share-of-the-country-is",
    ),
    pytest.param(
        "国务院新闻办公室新闻发布会文字实录\n\n主题：介绍2024年国民经济运行情况\n\n"
        "初步核算，全年国内生产总值1349084亿元，比上年增长5.0%。分季度看，一季度增长5.3%。全年规模以上工业增加值比上年增长5.8%，"
        "其中装备制造业增加值增长7.7%。分区域看，东部地区规模以上工业增加值增长5.9%，中部地区增长6.6%。",
        [
            dict(region="", year=2024, kind="actual", value=5.9, note="total of 东部地区"),
            dict(
                region="",
                year=2024,
                kind="actual",
                indicator="industrial_value_added",
                value=6.6,
                note="total of 中部地区",
            ),
        ],
        id="scope-a-national-release-keeps-only-its-figures-of-parts-of-the-country",
    ),
]

GAPS = [
    pytest.param(
        "我们安排3亿元专项资金帮助企业渡过难关。",
        2023,
        [dict(kind="actual")],
        marks=pytest.mark.xfail(strict=True, reason="tense of an undated spending is not read"),
        id="gap-undated-spending-tense",
    ),
    pytest.param(
        "力争累计建成5G基站3万",
        2023,
        [dict(value=30_000, unit="count")],
        marks=pytest.mark.xfail(strict=True, reason="a figure whose unit is cut off is not read"),
        id="gap-truncated-unit",
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), ATTRIBUTION)
def test_attribution(text: str, region: str | None, expected: list[dict]) -> None:
    assert_rows(text, expected, 2023, region)


@pytest.mark.parametrize(("text", "year", "expected"), TIME)
def test_time(text: str, year: int, expected: list[dict]) -> None:
    assert_rows(text, expected, year, "广州市")


@pytest.mark.parametrize(("text", "expected"), SHAPE)
def test_text_shape(text: str, expected: list[dict]) -> None:
    assert_rows(text, expected, 2023, "广州市")


@pytest.mark.parametrize(("text", "expected"), SCOPE + SCOPE_MORE)
def test_scope(text: str, expected: list[dict]) -> None:
    assert_rows(text, expected, 2024, "茂名市")


@pytest.mark.parametrize(("text", "expected"), NATIONAL)
def test_national(text: str, expected: list[dict]) -> None:
    assert_rows(text, expected, None, None)


@pytest.mark.parametrize(("text", "year", "expected"), GAPS)
def test_known_gaps(text: str, year: int, expected: list[dict]) -> None:
    assert_rows(text, expected, year, "广州市")
