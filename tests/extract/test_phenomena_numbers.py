"""Phenomena table, part 1: numerals, units, signs and ranges, bounds (text -> expected rows)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import assert_rows

GZ = "广州市"
CASES = [
    pytest.param(
        "高新技术企业数量比2020年末增加一倍以上，贸易顺差扩大11.5%，新建长者饭堂20间，人均GDP是2020年的1.8倍。",
        [
            dict(measure="growth", value=100, bound="min"),
            dict(measure="growth", value=11.5),
            dict(measure="count", value=20, unit="count"),
        ],
        id="units-zengjia-yibei-is-plus-100-kuoda-is-growth-jian-counts-a-multiple-is-no-row",
    ),
    pytest.param(
        "研究与试验发展经费支出约占地区生产总值的3.6%，出口约占全省的两成，进口占全省的15%。",
        [
            dict(measure="share", value=3.6, bound="approx"),
            dict(measure="share", value=20, bound="approx"),
            dict(measure="share", value=15, bound="exact"),
        ],
        id="bounds-yuezhan-before-the-whole-of-a-share-is-approx",
    ),
    pytest.param(
        "今年地区生产总值增长「4.5%至5%」，进出口增长“5%”左右，构建“4+3”现代化产业体系，“6%”成为主流。",
        [
            dict(indicator="gdp", measure="growth", value=4.5, value_high=5.0, bound="range"),
            dict(measure="growth", value=5.0, bound="approx"),
        ],
        id="a-figure-quoted-for-emphasis-is-a-row-a-quoted-name-is-not",
    ),
    pytest.param(
        "港珠澳大桥通行车辆达到120万车次，查验进出口货物2.3万批次。",
        [dict(measure="count", value=1.2e6), dict(measure="count", value=23000)],
        id="units-checi-and-pici-are-counts",
    ),
    pytest.param(
        "金融业增加值占全区GDP比重约四成二，工业投资目标增一成二。",
        [
            dict(measure="share", value=42, bound="approx"),
            dict(measure="growth", value=12),
        ],
        id="tenths-after-cheng-sicheng-er-is-42-percent",
    ),
    pytest.param(
        "第三产业增加值占比约八成半，进口货值按年增长约两成半。",
        [
            dict(measure="share", value=85),
            dict(measure="growth", value=25, bound="approx"),
        ],
        id="half-after-cheng-bacheng-ban-is-85-percent",
    ),
    pytest.param(
        "全省粮食播种面积4760.5千公顷。",
        [dict(measure="level", value=4.7605e10, unit="m2")],
        id="units-qian-gongqing-is-a-thousand-hectares",
    ),
    pytest.param(
        "第三产业增加值占地区生产总值比重约为52%，出口约占四成。",
        [dict(measure="share", value=52, bound="approx"), dict(measure="share", value=40, bound="approx")],
        id="bounds-yuewei-and-yuezhan-are-approx",
    ),
    pytest.param(
        "上半年全市地区生产总值增长4.5%，但6月单月增速回落至3.2%，出口下降2.1%。",
        [
            dict(value=4.5, measure="growth"),
            dict(value=3.2, measure="growth"),
            dict(value=-2.1, measure="growth"),
        ],
        id="sign-a-rate-fallen-to-a-level-is-that-level-not-a-decline",
    ),
    pytest.param(
        "专栏1　主要指标（节选）\n地区生产总值（亿元）：2025年3420，2030年4500以上\n"
        "常住人口城镇化率（%）：2025年72.3，2030年75\n港口货物吞吐量（万吨）：2025年4860，2030年7000",
        [
            dict(indicator="gdp", value=3.42e11, year=2025),
            dict(indicator="gdp", value=4.5e11, year=2030, bound="min"),
            dict(measure="share", value=72.3, year=2025),
            dict(measure="share", value=75, year=2030),
            dict(unit="t", value=4.86e7, year=2025),
            dict(unit="t", value=7e7, year=2030),
        ],
        id="units-lines-that-each-name-an-indicator-with-its-unit-keep-their-own-units",
    ),
    pytest.param(
        "新增市场主体2万至2.5万户，新增城镇就业1.5万-2万人。",
        [
            dict(measure="count", value=20000, value_high=25000, bound="range"),
            dict(measure="count", value=15000, value_high=20000, bound="range"),
        ],
        id="range-with-the-magnitude-written-on-both-ends",
    ),
    pytest.param(
        "台企去年營收約新台幣18億元，另有港幣5億元投資。",
        [
            dict(measure="level", value=1.8e9, unit="other:TWD", bound="approx"),
            dict(measure="level", value=5e8, unit="other:HKD"),
        ],
        id="units-a-currency-named-before-an-amount-in-yuan-is-that-currency",
    ),
    pytest.param(
        "去年地區生產總值約人民幣618億元，增長8.5%左右；固定資產投資超過人民幣300億元。",
        [
            dict(indicator="gdp", measure="level", value=6.18e10, bound="approx"),
            dict(indicator="gdp", measure="growth", value=8.5),
            dict(indicator="fixed_asset_investment", measure="level", value=3e10, bound="min"),
        ],
        id="units-renminbi-before-the-number-keeps-the-indicator-and-the-bound",
    ),
    pytest.param(
        "两镇合计贡献了全县近一半的工业产值，普宁贡献了近四分之一。对东盟出口占全省比重超过一半，超过一半企业参与。"
        "电动汽车出口增长近一倍，营业额较前年翻了一番。",
        [
            dict(measure="share", value=50, bound="approx"),
            dict(measure="share", value=25, bound="approx"),
            dict(measure="share", value=50, bound="min"),
            dict(measure="growth", value=100, bound="approx"),
            dict(measure="growth", value=100),
        ],
        id="numbers-shares-in-words-and-a-doubling-after-a-bound",
    ),
    pytest.param(
        "該市去年GDP達2兆1568億元人民幣，社會消費品零售總額1兆95.5億元；外貿進出口總額1兆2,300億元。"
        "全年經濟規模逼近2.2兆。新增光伏裝機300兆瓦。",
        [
            dict(measure="level", value=2.1568e12, unit="CNY"),
            dict(measure="level", value=1.00955e12, unit="CNY"),
            dict(measure="level", value=1.23e12, unit="CNY"),
            dict(measure="level", value=2.2e12, unit="CNY"),
            dict(measure="level", value=300, unit="other:MW"),
        ],
        id="numbers-zhao-is-a-trillion-and-the-yi-after-it-add-to-it",
    ),
    pytest.param(
        "1-11月，全省社会消费品零售总额43 288.6亿元，增长0.8%；外贸企业比去年同期增加8 236家。2024年 128个项目开工。",
        [
            dict(measure="level", value=4.32886e12),
            dict(measure="growth", value=0.8),
            dict(measure="count", value=8236),
            dict(measure="count", value=128),
        ],
        id="numbers-groups-of-three-digits-apart-by-a-space-are-one-number",
    ),
    pytest.param(
        "去年固定资产投资年减3.2%，出口下滑1.5%；今年一般性支出再压减5%。",
        [dict(value=-3.2), dict(value=-1.5), dict(value=-5)],
        id="signs-a-fall-written-as-jian-xiahua-or-yajian-is-negative",
    ),
    pytest.param(
        "上半年全市地区生产总值降幅收窄至1.6%，前三季度增长0.9%；规上工业增加值降幅比一季度收窄2个百分点。",
        [
            dict(indicator="gdp", measure="growth", value=-1.6),
            dict(indicator="gdp", measure="growth", value=0.9),
        ],
        id="signs-a-fall-that-narrowed-to-a-rate-is-negative-growth-of-the-indicator",
    ),
    pytest.param(
        "全县情况。\n▪ 新增城镇就业：6200人\n▪ 接待游客：1260万人次，增长15.3%",
        [
            dict(measure="count", value=6200),
            dict(measure="count", value=1.26e7),
            dict(measure="growth", value=15.3),
        ],
        id="units-a-bulleted-line-labels-its-count-before-the-colon",
    ),
    pytest.param(
        "预算安排如下：\n▪ 一般公共预算收入：85.6亿元，增长5%\n▪ 民生支出占比：78.2%",
        [
            dict(indicator="general_budget_revenue", measure="level", value=8.56e9),
            dict(indicator="general_budget_revenue", measure="growth", value=5),
            dict(measure="share", value=78.2, quote="民生支出占比：78.2%"),
        ],
        id="units-a-bulleted-share-label-names-its-percent-not-the-growth-before",
    ),
    pytest.param(
        "🔬 创新\n▪ 国家高新技术企业：4350家\n▪ 全社会研发投入占GDP比重：9.2%",
        [
            dict(indicator="high_tech_enterprises_count", value=4350),
            dict(indicator="rd_intensity", measure="share", value=9.2, quote="全社会研发投入占GDP比重：9.2%"),
        ],
        id="units-a-bulleted-label-of-a-share-of-gdp-is-no-gdp-growth",
    ),
    pytest.param(
        "2026年目标\n▪ 举办促消费活动：150场以上\n▪ 新引进首店、旗舰店：80家\n\n远景：冲刺4万亿\n\n"
        "投资目标：力争完成1000亿元",
        [
            dict(measure="count", value=150, bound="min"),
            dict(measure="count", value=80, quote="新引进首店、旗舰店：80家"),
            dict(indicator="gdp", value=4e12, commitment="strive"),
            dict(tier=2, value=1e11, commitment="strive"),
        ],
        id="units-labels-before-a-colon-with-a-verb-or-pause-marks-name-their-figure",
    ),
    pytest.param(
        "该企业新生产线投产后，产能提升了30%左右。",
        [dict(measure="growth", value=30, bound="approx")],
        id="signs-a-rise-told-with-tisheng-is-growth-not-a-share",
    ),
    pytest.param(
        "全市全部工业增加值1200亿元，增长6%；规上工业增加值增长7%。",
        [
            dict(indicator="industry_value_added", tier=2, value=1.2e11),
            dict(indicator="industry_value_added", tier=2, value=6),
            dict(indicator="industrial_value_added", tier=1, value=7),
        ],
        id="units-all-industrys-value-added-is-not-the-headline-above-designated-size-one",
    ),
    pytest.param(
        "固定资产投资增长2.8%，工业投资则大增18.3%。力争全市规模以上工业总产值重返7000亿元以上。",
        [
            dict(indicator="fixed_asset_investment", value=2.8),
            dict(indicator="industrial_investment", value=18.3),
            dict(indicator="industrial_output", value=7e11, bound="min"),
        ],
        id="units-dazeng-is-a-growth-verb-and-chongfan-a-verb-before-a-level",
    ),
    pytest.param(
        "改造后，生产效率提升了32%，产品不良率下降了40%。",
        [dict(measure="growth", value=32), dict(measure="growth", value=-40)],
        id="signs-how-much-a-rate-rose-or-fell-by-is-growth-not-the-rate",
    ),
    pytest.param(
        "年末常住人口483.5万人，比上年末减少1.2万人；规模以上工业企业1012家，比上年末增加46家。全年减少贫困人口2.2万人。",
        [
            dict(measure="count", value=4.835e6),
            dict(measure="count", value=-12_000, indicator="other_count_increase"),
            dict(measure="count", value=1012, indicator="above_scale_enterprises_count"),
            dict(measure="count", value=46, indicator="above_scale_enterprises_count_increase"),
            dict(measure="count", value=22_000),
        ],
        id="signs-a-fall-against-an-earlier-time-is-a-negative-change-a-count-cut-is-not",
    ),
    pytest.param(
        "全省地区生产总值达14.16万亿元人民币（约新台币63.4万亿元），年增3.5%；年度计划投资1万亿元人民币以上。",
        [
            dict(indicator="gdp", measure="level", value=1.416e13, unit="CNY"),
            dict(indicator="gdp", measure="growth", value=3.5),
            dict(value=1e12, bound="min"),
        ],
        id="units-renminbi-written-out-keeps-its-bound-and-a-conversion-in-brackets-is-no-row",
    ),
    pytest.param(
        "澳门本地生产总值4036亿澳门元，合作区税收约30亿澳门币，台积电营收2.9万亿新台币。",
        [
            dict(unit="other:MOP", value=4.036e11),
            dict(unit="other:MOP", value=3e9, bound="approx"),
            dict(unit="other:TWD", value=2.9e12),
        ],
        id="units-macau-patacas-and-new-taiwan-dollars-are-no-yuan",
    ),
    pytest.param("地区生产总值增长5.5%", [dict(indicator="gdp", value=5.5)], id="a-figure-ending-the-text"),
    pytest.param(
        "去年福建社會消費品零售總額2.44兆元，增長4.2%。",
        [dict(measure="level", value=2.44e12, unit="CNY"), dict(measure="growth", value=4.2)],
        id="units-zhao-yuan-is-a-trillion-in-taiwan",
    ),
    pytest.param(
        "去年园区完成工业投资85亿元，占全区的近六成。",
        [dict(indicator="industrial_investment", measure="level"), dict(measure="share", value=60, tier=2)],
        id="a-share-in-tenths-after-a-level-is-a-share",
    ),
    pytest.param(
        "三次产业结构为6.4∶40.2∶53.4。全年快递业务量12.5亿件，中欧班列开行860列。",
        [
            dict(indicator="primary_industry_share", value=6.4),
            dict(indicator="secondary_industry_share", value=40.2),
            dict(indicator="tertiary_industry_share", value=53.4),
            dict(measure="count", value=1.25e9, unit="count"),
            dict(measure="count", value=860, unit="count"),
        ],
        id="units-the-ratio-sign-parcels-in-hundred-millions-and-trains",
    ),
    pytest.param(
        "全区地区生产总值1500亿元，约占全市经济总量的六成。",
        [dict(indicator="gdp", measure="level"), dict(measure="share", value=60, tier=2)],
        id="a-share-of-the-citys-economy-in-tenths-is-no-growth",
    ),
    pytest.param(
        "三次产业结构调整为3.2:41.5:55.3。",
        [
            dict(indicator="primary_industry_share", measure="share", value=3.2, unit="percent"),
            dict(indicator="secondary_industry_share", measure="share", value=41.5),
            dict(indicator="tertiary_industry_share", measure="share", value=55.3),
        ],
        id="shares-of-the-three-industries-as-a-ratio",
    ),
    pytest.param(
        "去年全县工业投资增长1.4倍，总量是2020年的2.6倍；外贸出口增长了2倍。",
        [
            dict(indicator="industrial_investment", measure="growth", value=140, unit="percent"),
            dict(indicator="exports", measure="growth", value=200, unit="percent"),
        ],
        id="units-a-growth-in-times-is-a-percent-a-multiple-is-no-row",
    ),
    pytest.param(
        "去年全市规上工业增加值增长6%，七成企业实现盈利，出口增长两成以上。",
        [
            dict(indicator="industrial_value_added", measure="growth", value=6),
            dict(indicator="exports", measure="growth", value=20, bound="min"),
        ],
        id="units-tenths-of-a-count-of-things-are-no-figure",
    ),
    pytest.param(
        "五年来，三次产业结构由2017年的6.2:56.8:37.0调整为2022年的5.1:55.3:39.6。全年三次产业结构为8.5：42.7：48.8。",
        [
            dict(indicator="primary_industry_share", value=6.2, year=2017, kind="actual"),
            dict(indicator="secondary_industry_share", value=56.8, year=2017, kind="actual"),
            dict(indicator="tertiary_industry_share", value=37.0, year=2017, kind="actual"),
            dict(indicator="primary_industry_share", value=5.1, year=2022, kind="actual"),
            dict(indicator="secondary_industry_share", value=55.3, year=2022, kind="actual"),
            dict(indicator="tertiary_industry_share", value=39.6, year=2022, kind="actual"),
            dict(indicator="primary_industry_share", value=8.5),
            dict(indicator="secondary_industry_share", value=42.7),
            dict(indicator="tertiary_industry_share", value=48.8),
        ],
        id="shares-of-the-three-industries-changed-from-a-years-ratio-and-with-full-width-colons",
    ),
    pytest.param(
        "去年乙烯产能达到420万吨/年，完成1/3的年度任务。",
        [dict(measure="level", value=4.2e6, unit="t")],
        id="units-a-capacity-per-year-is-a-level-a-fraction-is-no-figure",
    ),
    pytest.param(
        "PM2.5年均浓度控制在35微克/立方米以下，PM2.5年均浓度控制在每立方米22微克以内。",
        [
            dict(measure="level", value=35, unit="other:ug/m3", bound="max"),
            dict(measure="level", value=22, unit="other:ug/m3", bound="max"),
        ],
        id="units-micrograms-per-cubic-metre",
    ),
    pytest.param(
        "全年人口出生率7.45‰，人口自然增长率为2.1‰，比上年下降0.5个千分点；婴儿死亡率控制在3‰以内。",
        [
            dict(measure="level", value=7.45, unit="other:per_1000_people", bound="exact"),
            dict(measure="level", value=2.1, unit="other:per_1000_people"),
            dict(measure="level", value=3, unit="other:per_1000_people", bound="max"),
        ],
        id="units-per-mille-rates-and-no-change-in-per-mille-points",
    ),
    pytest.param(
        "今年全省要新建5G基站2.5萬座，培训技能人才3万名。",
        [dict(measure="count", value=25000), dict(measure="count", value=30000)],
        id="units-ten-thousands-of-counted-things",
    ),
    pytest.param(
        "亩均税收达到12.5万元/亩，人均预期寿命提高到79.5岁，3岁以下婴幼儿托位数达到4.5个。",
        [
            dict(measure="level", value=125000, unit="other:CNY/mu"),
            dict(measure="level", value=79.5, unit="other:years", bound="exact"),
            dict(measure="count", value=4.5),
        ],
        id="units-yuan-per-mu-and-years-of-age-an-age-class-is-no-figure",
    ),
    pytest.param(
        "1-6月，全市外贸进出口总额862.3亿元，其中一般贸易进出口618.9亿元，民营企业进出口598.7亿元。",
        [
            dict(indicator="foreign_trade", tier=1, value=8.623e10),
            dict(indicator="general_trade", tier=2, value=6.189e10),
            dict(indicator="private_enterprise_trade", tier=2, value=5.987e10),
        ],
        id="indicators-trade-by-type-or-owner-is-a-component-not-the-total",
    ),
    pytest.param(
        "去年福建地區生產總值5.7兆元，成長4.0%；今年目標成長5.5%左右。",
        [
            dict(indicator="gdp", measure="level", value=5.7e12),
            dict(indicator="gdp", measure="growth", value=4.0),
            dict(indicator="gdp", measure="growth", value=5.5, bound="approx"),
        ],
        id="taiwan-usage-chengzhang-is-growth",
    ),
    pytest.param(
        "去年福建地区生产总值达到5.78兆元人民币，比前一年成长5.5%。",
        [dict(indicator="gdp", measure="level"), dict(indicator="gdp", measure="growth", value=5.5)],
        id="growth-compared-with-the-year-before-goes-on-with-the-level",
    ),
    pytest.param(
        "五年来，贫困发生率由2014年的8.9%降至0。",
        [dict(measure="share", value=8.9), dict(measure="share", value=0, unit="percent")],
        id="a-rate-falling-to-a-bare-zero",
    ),
    pytest.param(
        "企业开办时间压缩至2个工作日以内。",
        [dict(measure="level", value=2, unit="other:working_day", bound="max")],
        id="units-working-days",
    ),
    pytest.param(
        "全市社会消费品零售总额860亿元，小幅下降0.8%；工业投资连续三年增长超过20%。",
        [
            dict(indicator="retail_sales", measure="level"),
            dict(indicator="retail_sales", measure="growth", value=-0.8),
            dict(indicator="industrial_investment", measure="growth", value=20, bound="min"),
        ],
        id="adverbs-of-degree-between-indicator-and-figure",
    ),
    pytest.param(
        "年末生猪存栏38.5万头，新建数据中心标准机架1.5万架，储能电池年产能达到20GWh。",
        [
            dict(measure="count", value=385_000, unit="count"),
            dict(measure="count", value=15_000, unit="count"),
            dict(measure="level", value=20, unit="other:GWh"),
        ],
        id="units-head-racks-and-gigawatt-hours",
    ),
    # --- numerals ---------------------------------------------------------------------------------------------
    pytest.param(
        "力争全市地区生产总值达到2.5万亿元。",
        [dict(indicator="gdp", measure="level", value=2.5e12, unit="CNY", bound="exact", commitment="strive")],
        id="numeral-arabic-wanyi",
    ),
    pytest.param(
        "全市外贸进出口总额突破一万亿元。",
        [dict(indicator="foreign_trade", value=1e12, unit="CNY", bound="min", commitment="plan")],
        id="numeral-chinese-yiwanyi",
    ),
    pytest.param(
        "全年规上工业总产值力争突破千亿元。",
        [dict(indicator="industrial_output", value=1e11, bound="min", commitment="strive")],
        id="numeral-chinese-qianyi",
    ),
    pytest.param(
        "全市社会消费品零售总额达到4,233.2亿元。",
        [dict(indicator="retail_sales", value=423_320_000_000, bound="exact")],
        id="numeral-thousands-separator",
    ),
    pytest.param(
        "确保工业投资实现两位数增长。",
        [dict(indicator="industrial_investment", measure="growth", value=10, bound="min", commitment="ensure")],
        id="numeral-two-digit-growth",
    ),
    pytest.param(
        "今年力争全市固定资产投资倍增。",
        [dict(indicator="fixed_asset_investment", measure="growth", value=100, commitment="strive")],
        id="numeral-doubling",
    ),
    pytest.param(
        "确保地区生产总值增长百分之六点五以上。",
        [dict(indicator="gdp", measure="growth", value=6.5, unit="percent", bound="min")],
        id="numeral-chinese-percent",
    ),
    pytest.param(
        "今年新建省级产业园区两个。", [dict(measure="count", value=2, unit="count", tier=2)], id="numeral-chinese-count"
    ),
    # --- units ------------------------------------------------------------------------------------------------
    pytest.param(
        "全市居民人均可支配收入达到5.2万元。",
        [dict(indicator="disposable_income", measure="level", value=52_000, unit="CNY")],
        id="unit-wanyuan",
    ),
    pytest.param(
        "全年基建投资完成800亿。",
        [dict(indicator="infrastructure_investment", value=8e10, unit="CNY")],
        id="unit-bare-yi",
    ),
    pytest.param(
        "今年新增商业载体30万平方米。", [dict(measure="level", value=300_000, unit="m2")], id="unit-wan-square-metres"
    ),
    pytest.param(
        "高标准规划建设面积120平方公里的产业集聚区。",
        [dict(measure="level", value=120_000_000, unit="m2")],
        id="unit-square-km",
    ),
    pytest.param("今年盘活低效工业用地800公顷。", [dict(value=8_000_000, unit="m2")], id="unit-hectare"),
    pytest.param("全年整治提升低效用地1.5万亩。", [dict(value=10_000_000, unit="m2")], id="unit-wan-mu"),
    pytest.param(
        "全市港口货物吞吐量达到3.2亿吨。",
        [dict(indicator="port_cargo_throughput", value=3.2e8, unit="t")],
        id="unit-yi-tonnes",
    ),
    pytest.param(
        "粮食产量稳定在45万吨以上。",
        [dict(indicator="grain_output", value=450_000, unit="t", bound="min")],
        id="unit-wan-tonnes",
    ),
    pytest.param(
        "今年新增高新技术企业300家，推进重点项目120项，筹建保障性租赁住房2万套，新建5G基站1.2万个。",
        [
            dict(indicator="high_tech_enterprises_count", value=300, unit="count"),
            dict(indicator="key_projects_count", value=120, unit="count"),
            dict(value=20_000, unit="count"),
            dict(value=12_000, unit="count"),
        ],
        id="unit-counts",
    ),
    pytest.param("全市研发投入强度提高0.3个百分点。", [], id="unit-percentage-points-not-a-row"),
    pytest.param(
        "今年GDP增长率达到6%。", [dict(indicator="gdp", measure="growth", value=6)], id="unit-growth-rate-not-share"
    ),
    pytest.param(
        "新增医院床位2000张，新建城市道路120公里。",
        [dict(value=2000, unit="count"), dict(value=120, unit="other:km")],
        id="unit-beds-and-km",
    ),
    pytest.param(
        "研发投入强度达到3.2%。",
        [dict(indicator="rd_intensity", measure="share", value=3.2, unit="percent")],
        id="unit-share",
    ),
    # --- signs and ranges -------------------------------------------------------------------------------------
    pytest.param(
        "去年全市单位GDP能耗下降3.5%。",
        [dict(indicator="energy_intensity", measure="growth", value=-3.5, kind="actual", year=2022)],
        id="sign-decline",
    ),
    pytest.param(
        "今年新引进总部企业5-8家。", [dict(measure="count", value=5, value_high=8, bound="range")], id="range-count"
    ),
    pytest.param(
        "今年地区生产总值增长5—5.5%。",
        [dict(indicator="gdp", measure="growth", value=5, value_high=5.5, bound="range")],
        id="range-percent",
    ),
    pytest.param(
        "全年争取专项债券额度50-100亿元。",
        [dict(measure="level", value=5e9, value_high=1e10, unit="CNY", bound="range", commitment="strive")],
        id="range-money",
    ),
    # --- bounds -----------------------------------------------------------------------------------------------
    pytest.param("固定资产投资增长8%以上。", [dict(bound="min")], id="bound-yishang"),
    pytest.param("社零额增长不低于6%。", [dict(indicator="retail_sales", bound="min")], id="bound-budiyu"),
    pytest.param("新开工项目不少于50个。", [dict(value=50, bound="min")], id="bound-bushaoyu"),
    pytest.param("工业投资超300亿元。", [dict(indicator="industrial_investment", bound="min")], id="bound-chao"),
    pytest.param("进出口总额超过5000亿元。", [dict(indicator="foreign_trade", bound="min")], id="bound-chaoguo"),
    pytest.param("地区生产总值突破2万亿元。", [dict(indicator="gdp", value=2e12, bound="min")], id="bound-tupo"),
    pytest.param(
        "力争规上工业总产值破万亿。",
        [dict(indicator="industrial_output", value=1e12, bound="min")],
        id="bound-po-bare-wanyi",
    ),
    pytest.param("高新技术企业达到2000家以上。", [dict(value=2000, bound="min")], id="bound-dadao-yishang"),
    pytest.param("地区生产总值增长6%左右。", [dict(bound="approx")], id="bound-zuoyou"),
    pytest.param("全年固定资产投资约1200亿元。", [dict(bound="approx")], id="bound-yue"),
    pytest.param("全年社零额近3000亿元。", [dict(indicator="retail_sales", bound="approx")], id="bound-jin"),
    pytest.param(
        "城镇调查失业率控制在5.5%以内。",
        [dict(indicator="urban_unemployment_rate", measure="share", bound="max")],
        id="bound-yinei",
    ),
    pytest.param("政府债务余额不超过800亿元。", [dict(value=8e10, bound="max")], id="bound-buchaoguo"),
    pytest.param("该项目建成后预计年产值约60亿元。", [dict(bound="approx")], id="bound-yuji"),
    pytest.param(
        "全市GDP首次突破3.6万亿元，外贸进出口总值增长5%，旅游收入增长逾一成。",
        [
            dict(indicator="gdp", value=3.6e12, bound="min"),
            dict(indicator="foreign_trade", tier=1),
            dict(measure="growth", value=10, bound="min"),
        ],
        id="wording-first-time-total-value-and-more-than-a-tenth",
    ),
    pytest.param(
        "1月规上工业增加值环比增长2.1%。广东21个地级市今年目标已全部亮相。",
        [dict(indicator="industrial_value_added", period="M01", kind="actual", value=2.1)],
        id="wording-month-on-month-and-a-count-of-cities",
    ),
    pytest.param(
        "到2025年，全区地区生产总值要突破6000亿元，“十四五”期间年均增长7%左右。",
        [dict(indicator="gdp", value=6e11), dict(indicator="gdp", measure="growth", period="2021-2025")],
        id="indicator-after-a-plan-period",
    ),
    pytest.param(
        "今年全社会研发投入强度提高0.3个百分点，达到5.6%。海洋生产总值突破1500亿元。",
        [dict(measure="share", value=5.6), dict(indicator="marine_gdp", tier=2)],
        id="indicator-level-after-a-change-in-points-and-marine-gdp",
    ),
    pytest.param(
        "今年要办好100场以上促消费活动，举办招商推介活动50场次。",
        [dict(unit="count", value=100, bound="min"), dict(unit="count", value=50)],
        id="units-events",
    ),
    pytest.param(
        "全年固定资产投资（不含农户）比上年增长3.2%。规上工业增加值同比增长10.2%，环比增长3.5%。",
        [
            dict(indicator="fixed_asset_investment", value=3.2),
            dict(indicator="industrial_value_added", value=10.2),
            dict(indicator="industrial_value_added", value=3.5),
        ],
        id="indicator-bracketed-qualifier-and-month-on-month",
    ),
    pytest.param(
        "有效发明专利拥有量21.5万件，接待国内游客9.2亿人次，经济总量跨过两个千亿台阶。",
        [dict(unit="count", value=215_000), dict(unit="count", measure="count", value=9.2e8)],
        id="units-pieces-and-visits-and-steps-are-no-figures",
    ),
    pytest.param(
        "天河区地区生产总值迈上7000亿元台阶。",
        [dict(indicator="gdp", value=7e11, bound="min")],
        id="bound-step-up-to-a-level",
    ),
    pytest.param(
        "粮食产量稳定在715亿斤以上，天然气年产量80亿立方米左右，集装箱吞吐量3600万标准箱，新建口袋公园25处。",
        [
            dict(unit="t", value=35_750_000, bound="min"),
            dict(unit="other:m3", value=8e9, bound="approx"),
            dict(unit="other:TEU", value=3.6e7),
            dict(unit="count", value=25),
        ],
        id="units-jin-cubic-metres-teu-places",
    ),
    pytest.param(
        "十四五期间，地区生产总值年均增长6%左右。",
        [dict(indicator="gdp", value=6, period="2021-2025")],
        id="indicator-average-annual-growth",
    ),
    pytest.param(
        "今年首季，全市地區生產總值按年增長4.5%。",
        [dict(indicator="gdp", period="Q1", kind="actual")],
        id="indicator-year-on-year-hong-kong-wording",
    ),
    pytest.param(
        "年末各项存款余额6213亿元，增长12.1%；各项贷款余额4982亿元，增长14.3%。",
        [
            dict(value=6.213e11),
            dict(value=12.1),
            dict(indicator="bank_loans_balance", value=4.982e11),
            dict(indicator="bank_loans_balance", value=14.3),
        ],
        id="distribution-word-inside-a-noun-is-not-one",
    ),
    pytest.param(
        "今年新开通城际铁路2条，建成省级示范商业步行街4条，打造3条美丽乡村风貌带。",
        [
            dict(measure="count", value=2, unit="count", kind="target"),
            dict(measure="count", value=4, unit="count"),
            dict(measure="count", value=3, unit="count"),
        ],
        id="units-tiao-counts-lines-streets-and-belts",
    ),
    pytest.param(
        "认真落实金融十条和惠企政策15条，出台稳外贸12条具体措施，围绕9条重点产业链招商。",
        [],
        id="units-tiao-of-a-policy-or-a-chain-is-no-count",
    ),
    pytest.param(
        "新建4个市级现代农业产业园，培育2个省级专业镇。",
        [dict(measure="count", value=4, unit="count"), dict(measure="count", value=2, unit="count")],
        id="units-a-count-of-things-of-city-rank-is-no-count-of-cities",
    ),
    pytest.param(
        "项目总投资约80亿欧元，吸引港资15亿港元；全年出栏生猪1.2亿头，鲜切花产量120亿枝。",
        [
            dict(measure="level", value=8e9, unit="other:EUR"),
            dict(measure="level", value=1.5e9, unit="other:HKD"),
            dict(measure="count", value=1.2e8, unit="count"),
        ],
        id="units-euros-hong-kong-dollars-and-no-yuan-before-an-unknown-unit",
    ),
    pytest.param(
        "去年全市地区生产总值3435.89亿元，按可比价计算增长6.8%；规上工业增加值增长9%，比上年增加约30亿元。",
        [
            dict(indicator="gdp", measure="level"),
            dict(indicator="gdp", measure="growth", value=6.8),
            dict(indicator="industrial_value_added", value=9),
        ],
        id="a-growth-at-comparable-prices-and-no-level-for-an-increase",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_numbers_units_bounds(text: str, expected: list[dict]) -> None:
    assert_rows(text, expected, 2023, GZ)
