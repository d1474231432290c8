"""Phenomena table, part 3: region attribution, time (year, kind, period), text shape, scope."""

from __future__ import annotations

import pytest

from tests.extract.helpers import assert_rows

LONG = "全区上下要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，聚焦重点任务，抢抓发展机遇，"  # > one layout line

ATTRIBUTION = [
    pytest.param("苏州工业园区要实现地区生产总值2700亿元，前海深港现代服务业合作区今年增加值增长10%，全市地区生产总值增长6%。",
                 "苏州市", [dict(region="", indicator="gdp", note="zone 苏州工业园区"),
                          dict(region="", note="zone 前海深港现代服务业合作区"), dict(region="苏州市", value=6)],
                 id="attr-functional-zones-are-not-their-city"),
    pytest.param("2024年湖南省政府工作报告\n\n今年地区生产总值增长6%。", None, [dict(region="湖南省")],
                 id="attr-provincial-work-report-title"),
    pytest.param("政府工作报告\n\n——2024年1月10日在株洲市第十五届人民代表大会第四次会议上\n\n今年地区生产总值增长6%。",
                 None, [dict(region="株洲市", parent_region="湖南省")], id="attr-work-report-subtitle"),
    pytest.param("今年新建口袋公园25处，港口集装箱吞吐量500万标箱，矿区生态修复面积2万亩。", None,
                 [dict(region=""), dict(region=""), dict(region="")],
                 id="attr-common-words-are-no-places-without-context"),
    pytest.param("今年南海区地区生产总值增长6%以上，狮山镇地区生产总值突破1200亿元，大沥镇规上工业产值增长10%。",
                 "佛山市",
                 [dict(region="南海区", indicator="gdp", value=6),
                  dict(region="", indicator="gdp", value=1.2e11, note="town 狮山镇"),
                  dict(region="", indicator="industrial_output", value=10, note="town 大沥镇")],
                 id="attr-town-below-the-region-table"),
    pytest.param("虎门镇、长安镇地区生产总值均突破1000亿元，全市城镇居民人均可支配收入增长6%。", "东莞市",
                 [dict(region="", indicator="gdp", note="town 虎门镇"),
                  dict(region="", indicator="gdp", note="town 长安镇"),
                  dict(region="东莞市", measure="growth", value=6)],
                 id="attr-towns-listed-and-urban-words-that-are-not-towns"),
    pytest.param("全省地区生产总值达到13.6万亿元，增长4.8%。其中，深圳市为3.5万亿元，广州市为3.1万亿元。", "广东省",
                 [dict(region="广东省", indicator="gdp", measure="level"), dict(region="广东省", measure="growth"),
                  dict(region="深圳市", indicator="gdp", measure="level", value=3.5e12, tier=1),
                  dict(region="广州市", indicator="gdp", measure="level", value=3.1e12, tier=1)],
                 id="attr-region-alone-takes-the-indicator-before"),
    pytest.param("全省规上工业增加值增长5%，佛山、东莞均增长6%以上。", "广东省",
                 [dict(region="广东省", value=5),
                  dict(region="佛山市", indicator="industrial_value_added", value=6, bound="min"),
                  dict(region="东莞市", indicator="industrial_value_added", value=6, bound="min")],
                 id="attr-listed-regions-alone-take-the-indicator-before"),
    pytest.param("全市固定资产投资增长8%。其中，工业投资增长12%，南沙为9%。", "广州市",
                 [dict(region="广州市", indicator="fixed_asset_investment"),
                  dict(region="广州市", indicator="industrial_investment"),
                  dict(region="南沙区", indicator="industrial_investment", value=9)],
                 id="attr-region-alone-takes-the-nearest-indicator"),
    pytest.param("广州市委书记 张三：\n\n力争黄埔地区生产总值增长8%，全市固投增长10%。", None,
                 [dict(region="黄埔区", parent_region="广州市", level="district", indicator="gdp"),
                  dict(region="广州市", parent_region="广东省", level="city", indicator="fixed_asset_investment")],
                 id="attr-district-named-by-city-speaker"),
    pytest.param("今年南沙经济总量增长10%、固投增长20%。", "广州市",
                 [dict(region="南沙区", value=10), dict(region="南沙区", value=20)], id="attr-short-name-in-context"),
    pytest.param("市商务局局长李某表示，全年社会消费品零售总额增长7%。", "深圳市",
                 [dict(region="深圳市", indicator="retail_sales")], id="attr-city-department"),
    pytest.param("武侯区委书记 王某：\n\n确保全区地区生产总值增长6.5%。", "成都市",
                 [dict(region="武侯区", parent_region="成都市", level="district")], id="attr-other-province"),
    pytest.param("朝阳区委书记王某表示，今年朝阳GDP增长5%。", "北京市",
                 [dict(region="朝阳区", parent_region="北京市")], id="attr-colliding-short-name"),
    pytest.param("**区委书记在会上表示，力争全区地区生产总值增长8%。", None,
                 [dict(region="", note="redacted")], id="attr-redacted"),
    pytest.param("台山市委书记 李某：\n\n力争全市地区生产总值增长7%。", None,
                 [dict(region="台山市", parent_region="江门市", level="district")], id="attr-county-level-city"),
    pytest.param("2025年湖南省政府工作报告\n\n各位代表：现在，我代表省人民政府向大会报告工作，请予审议。\n\n"
                 "今年全省地区生产总值增长5.5%左右，长沙市力争增长6%。", None,
                 [dict(region="湖南省", parent_region="", level="province", indicator="gdp"),
                  dict(region="长沙市", parent_region="湖南省", level="city", value=6)],
                 id="attr-provincial-report-titled-by-province"),
    pytest.param("广东省佛山市高质量发展大会\n\n全省要奋勇争先，全市地区生产总值力争增长6%。", None,
                 [dict(region="佛山市", level="city")], id="attr-city-speech-under-a-province-dateline"),
    pytest.param("广东省经济运行情况新闻发布会上，省统计局表示，全省地区生产总值增长4.8%，"
                 "其中广州市地区生产总值突破3万亿元。", None,
                 [dict(region="广东省", level="province", value=4.8), dict(region="广州市", level="city")],
                 id="attr-province-release-naming-a-city-later"),
    pytest.param("2024年天河区高质量发展大会\n\n区委书记在会上指出，要坚定信心、真抓实干。\n\n"
                 "到2025年，数字经济核心产业增加值翻一番。", None,
                 [dict(region="天河区", parent_region="广州市", value=100)], id="attr-title-region-after-a-year"),
    pytest.param("今年全市新建保障性租赁住房120万平方米。", "佛山市",
                 [dict(region="佛山市", value=1_200_000)], id="attr-short-name-that-is-a-word-elsewhere"),
    pytest.param("今年蓬江区、江海区、新会区三区地区生产总值合计力争突破2000亿元，全市增长5%。", "江门市",
                 [dict(region="", note="total of 蓬江区、江海区、新会区", value=2e11),
                  dict(region="江门市", value=5)],
                 id="attr-total-over-several-regions-is-none-of-them"),
]

TIME = [
    pytest.param("到2025年，全市规上工业总产值比2020年翻一番。", 2024,
                 [dict(year=2025, kind="target", indicator="industrial_output", measure="growth", value=100)],
                 id="time-the-base-year-of-a-comparison-is-not-the-figures-year"),
    pytest.param("政府工作报告\n\n一、2023年工作回顾\n\n过去一年，地区生产总值增长5%。\n\n全年新增高新技术企业210家。\n\n"
                 "二、2024年工作安排\n\n新增高新技术企业300家。", 2024,
                 [dict(year=2023, kind="actual", value=5), dict(year=2023, kind="actual", value=210, commitment=""),
                  dict(year=2024, kind="target", value=300, commitment="plan")],
                 id="time-review-section-spans-paragraphs"),
    pytest.param("政府工作报告\n\n过去的一年，全市地区生产总值增长6.1%。\n\n规上工业增加值增长5%。\n\n"
                 "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%。", 2019,
                 [dict(year=2018, kind="actual", value=6.1), dict(year=2018, kind="actual", value=5),
                  dict(year=2019, kind="target", value=6.5)],
                 id="time-work-report-review-opened-by-a-time-word"),
    pytest.param("2025年是收官之年。一年来，预计全年实现地区生产总值3150亿元，增长6.2%左右。", 2026,
                 [dict(year=2025, kind="actual", bound="approx", value=3.15e11),
                  dict(year=2025, kind="actual", bound="approx", value=6.2)],
                 id="time-one-year-since-and-an-estimate-over-its-list"),
    pytest.param("过去一年，全区地区生产总值增长4.1%。\n\n全区上下要奋力拼搏，全年地区生产总值增长6%。", 2024,
                 [dict(year=2023, kind="actual"), dict(year=2024, kind="target")],
                 id="time-a-speech-past-year-paragraph-covers-only-itself"),
    pytest.param("初步统计，全县地区生产总值865亿元，比上年增长8.8%。", 2022,
                 [dict(year=2021, kind="actual", bound="approx", value=8.65e10),
                  dict(year=2021, kind="actual", bound="approx", value=8.8)],
                 id="time-preliminary-statistics-are-last-years-estimates"),
    pytest.param("2022年，全省地区生产总值增长2.9%。城镇新增就业98.2万人。\n\n今年城镇新增就业100万人。", 2023,
                 [dict(year=2022, kind="actual", value=2.9), dict(year=2022, kind="actual", value=982_000),
                  dict(year=2023, kind="target", value=1_000_000)],
                 id="time-a-year-opening-a-paragraph-dates-it"),
    pytest.param("去年全市地区生产总值增长4.6%。今年1月，全市社会消费品零售总额增长5%。", 2024,
                 [dict(year=2023, kind="actual"), dict(year=2024, period="M01", kind="actual", value=5)],
                 id="time-this-year-with-a-month-is-not-a-date"),
    pytest.param("统计局发布：前三季度，全市地区生产总值增长4.7%，增速比上半年回落0.3个百分点。第二产业增加值5180亿元。",
                 2023, [dict(period="Q1-Q3", kind="actual", value=4.7), dict(period="Q1-Q3", kind="actual")],
                 id="time-the-base-of-a-comparison-is-not-a-period"),
    pytest.param("到2025年，全市地区生产总值达到3万亿元。", 2023,
                 [dict(year=2025, kind="target")], id="time-explicit-future-year"),
    pytest.param("去年全市GDP增长5.2%。明年力争固投增长8%。", 2024,
                 [dict(year=2023, kind="actual", commitment=""), dict(year=2025, kind="target", commitment="strive")],
                 id="time-last-and-next-year"),
    pytest.param("过去一年，全区地区生产总值3100亿元、增长4.1%。全年规上工业产值增长6%。", 2024,
                 [dict(year=2023, kind="actual", measure="level"), dict(year=2023, kind="actual", measure="growth"),
                  dict(year=2023, kind="actual", indicator="industrial_output")],
                 id="time-past-year-carries-through-paragraph"),
    pytest.param("“十四五”期间，全市地区生产总值年均增长6%。", 2022,
                 [dict(year=2025, period="2021-2025", kind="target")], id="time-five-year-plan-average"),
    pytest.param("过去五年，全市地区生产总值年均增长6.1%。", 2023,
                 [dict(year=2022, period="2018-2022", kind="actual", commitment="")],
                 id="time-past-five-years-average"),
    pytest.param("预计去年全市地区生产总值增长5%。", 2024,
                 [dict(year=2023, kind="actual", bound="approx", commitment="")], id="time-estimate-last-year"),
    pytest.param("一季度，全市规上工业增加值同比增长6.1%。", 2024,
                 [dict(year=2024, period="Q1", kind="actual")], id="time-quarter-actual"),
    pytest.param("力争上半年固定资产投资增长10%。", 2024,
                 [dict(period="H1", kind="target", commitment="strive")], id="time-half-year-target"),
    pytest.param("前三季度，全市进出口总额同比增长3.2%。", 2024,
                 [dict(period="Q1-Q3", kind="actual")], id="time-first-three-quarters"),
    pytest.param("某市2024年上半年经济运行情况\n\n上半年，全市地区生产总值同比增长5.1%。"
                 "规模以上工业增加值增长6.2%，其中制造业增长7%。\n\n全年地区生产总值预计增长5%左右。", 2024,
                 [dict(period="H1", indicator="gdp", kind="actual"),
                  dict(period="H1", indicator="industrial_value_added", kind="actual"),
                  dict(period="H1", value=7, kind="actual"),
                  dict(period="", indicator="gdp", value=5)],
                 id="time-statistics-release-states-the-period-once"),
    pytest.param("一季度全市地区生产总值同比增长4.5%。其中，第三产业增加值增长5%。全年地区生产总值力争增长6%。", 2024,
                 [dict(period="Q1", value=4.5), dict(period="Q1", value=5), dict(period="", value=6)],
                 id="time-qizhong-keeps-the-period-of-its-total"),
    pytest.param("“十四五”以来，全市累计新增城镇就业50万人；到2025年，全市地区生产总值力争突破3万亿元。", 2024,
                 [dict(year=2023, kind="actual", value=500_000), dict(year=2025, kind="target")],
                 id="time-since-a-plan-period-is-a-result-so-far"),
    pytest.param("1-11月，全市固定资产投资同比增长4%。", 2024,
                 [dict(period="M01-M11", kind="actual")], id="time-month-range"),
    pytest.param("2024年全市地区生产总值比上年增长5%。", 2024,
                 [dict(year=2024, kind="actual", commitment="")], id="time-comparison-base-is-not-the-year"),
    pytest.param("某市2024年国民经济和社会发展统计公报\n\n全年社会消费品零售总额3000亿元。", 2024,
                 [dict(year=2024, kind="actual", indicator="retail_sales")], id="time-statistics-release"),
    pytest.param("截至6月底，全市实际使用外资8亿美元，同比增长9%。", 2024,
                 [dict(period="M01-M06", kind="actual", unit="other:USD"), dict(period="M01-M06", kind="actual",
                                                                                 measure="growth")],
                 id="time-as-of-month-pair-is-actual"),
    pytest.param("去年全市GDP增长5%，今年力争增长6%。", 2024,
                 [dict(year=2023, kind="actual", value=5),
                  dict(year=2024, kind="target", value=6, commitment="strive")],
                 id="time-actual-then-target-in-one-sentence"),
    pytest.param("今年以来，1月1日-20日全市用电量增长12%。", 2024,
                 [dict(period="M01D01-M01D20", kind="actual", year=2024)], id="time-day-range"),
]

SHAPE = [
    pytest.param(LONG + "力争全年规上工业增\n\n加值增长8%。", [dict(indicator="industrial_value_added", value=8)],
                 id="shape-line-break-inside-word"),
    pytest.param("市工信局 全年规上工业增加值增长5%\n\n局长李某表示，将全力以赴。",
                 [dict(indicator="industrial_value_added", value=5)], id="shape-headline"),
    pytest.param("今年地区生产总值增长６．５％。", [dict(indicator="gdp", value=6.5)], id="shape-full-width"),
    pytest.param("確保今年地區生產總值增長6%以上，力爭固定資產投資增長10%。",
                 [dict(indicator="gdp", value=6, bound="min", commitment="ensure", quote="地區生產總值增長6%"),
                  dict(indicator="fixed_asset_investment", commitment="strive")],
                 id="shape-traditional-script"),
]

SCOPE = [
    pytest.param("美达集团今年计划追加投资50亿元，全市上市公司市值突破1万亿元，上市公司达到50家。",
                 [dict(tier=2, note="company", value=5e9), dict(note="", value=1e12), dict(note="", value=50)],
                 id="scope-company-as-the-subject-of-its-clause"),
    pytest.param("据介绍，华腾科技有限公司达产后年产值约50亿元。",
                 [dict(tier=2, note="company", value=5e9)], id="scope-company"),
    pytest.param("该项目规划总投资120亿元，占地面积约300亩。",
                 [dict(tier=2, note="project", value=1.2e10), dict(tier=2, note="project", value=200_000)],
                 id="scope-project"),
    pytest.param("构建“3+2”产业体系，办好第十五届运动会，打造5.0产业新空间，深入学习党的二十大精神。", [],
                 id="scope-slogans-ordinals-names"),
    pytest.param("加快培育两大千亿级产业集群，推进一批百亿级项目建设，冲刺千亿GDP强区。", [], id="scope-class-labels"),
    pytest.param("加快建设电子信息、装备制造两个千亿级产业集群。", [], id="scope-listed-class-labels"),
    pytest.param("今年要实现社零额、进出口总额、固投「三个一万亿」。",
                 [dict(indicator="retail_sales"), dict(indicator="foreign_trade", tier=1),
                  dict(indicator="fixed_asset_investment")], id="scope-slogan-in-corner-quotes"),
    pytest.param("今年要做强做优4个省级开发区，新建3个产业园。", [dict(measure="count", value=3)],
                 id="scope-strengthening-existing-things-is-not-a-count-to-reach"),
    pytest.param("今年全市计划推进旧厂改造项目86个，完成固定资产投资320亿元。",
                 [dict(measure="count", value=86), dict(indicator="projects_investment", tier=2, value=3.2e10)],
                 id="scope-project-list-investment-is-not-the-regions"),
    pytest.param("今年全市固定资产投资完成3200亿元，新开工项目86个。",
                 [dict(indicator="fixed_asset_investment", tier=1, value=3.2e11), dict(measure="count", value=86)],
                 id="scope-regional-investment-before-a-project-count"),
    pytest.param("推动90个投资5亿元以上制造业项目落地。", [dict(value=90, unit="count")],
                 id="scope-money-threshold-not-a-row"),
    pytest.param("力争在引进投资超30亿元乃至50亿元以上项目上取得突破。", [], id="scope-thresholds-joined-by-naizhi"),
    pytest.param("引进10亿元、20亿元以上产业项目12个。", [dict(value=12, unit="count")],
                 id="scope-listed-thresholds"),
    pytest.param("力争地区生产总值突破3万亿元乃至3.2万亿元。",
                 [dict(indicator="gdp", value=3e12, bound="min"), dict(indicator="gdp", value=3.2e12, bound="exact")],
                 id="scope-naizhi-between-two-targets"),
    pytest.param("1月28日召开全区大会，新中国成立75周年。", [], id="scope-dates"),
    pytest.param("全市综合实力排名进入全国前8名。", [], id="scope-rank"),
    pytest.param("成立三个工作组，设立6个驻外招商办事处。", [], id="scope-working-bodies"),
    pytest.param("重点抓好三个方面，深化三项制度改革，新建两个产业园区。", [dict(value=2, unit="count")],
                 id="scope-enumerations-are-not-counts"),
    pytest.param("力争万元GDP能耗下降3%，研发投入占GDP比重达到3.9%。",
                 [dict(indicator="energy_intensity", tier=2, value=-3), dict(measure="share", tier=2, value=3.9)],
                 id="scope-headline-word-as-modifier"),
]

GAPS = [
    pytest.param("我们安排3亿元专项资金帮助企业渡过难关。", 2023, [dict(kind="actual")],
                 marks=pytest.mark.xfail(strict=True, reason="tense of an undated spending is not read"),
                 id="gap-undated-spending-tense"),
    pytest.param("力争累计建成5G基站3万", 2023, [dict(value=30_000, unit="count")],
                 marks=pytest.mark.xfail(strict=True, reason="a figure whose unit is cut off is not read"),
                 id="gap-truncated-unit"),
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


@pytest.mark.parametrize(("text", "expected"), SCOPE)
def test_scope(text: str, expected: list[dict]) -> None:
    assert_rows(text, expected, 2024, "茂名市")


@pytest.mark.parametrize(("text", "year", "expected"), GAPS)
def test_known_gaps(text: str, year: int, expected: list[dict]) -> None:
    assert_rows(text, expected, year, "广州市")
