"""Phenomena table, part 2: commitment markers and their scope, distribution, level + growth pairs, 其中."""

from __future__ import annotations

import pytest

from tests.extract.helpers import assert_rows

CASES = [
    pytest.param(
        "去年全市固定资产投资同比下降2.3%，但工业投资保持较快增长，增速达到15.6%。",
        [
            dict(indicator="fixed_asset_investment", value=-2.3),
            dict(indicator="industrial_investment", value=15.6, quote="工业投资保持较快增长，增速达到15.6%"),
        ],
        id="pairs-after-but-the-indicator-that-opens-the-clause-before-names-the-growth",
    ),
    pytest.param(
        "去年全市GDP增速排名前三的是南康区、瑞金市、于都县，分别增长6.9%、6.7%、6.5%。",
        [
            dict(region="南康区", indicator="gdp", value=6.9),
            dict(region="瑞金市", indicator="gdp", value=6.7),
            dict(region="于都县", indicator="gdp", value=6.5),
        ],
        id="distribution-places-a-ranking-lists-in-the-clause-before-take-their-values",
    ),
    pytest.param(
        "去年全市GDP增速排名前三的是南康区、瑞金市、于都县分别增长6.9%、6.7%、6.5%。",
        [
            dict(region="南康区", indicator="gdp", value=6.9),
            dict(region="瑞金市", indicator="gdp", value=6.7),
            dict(region="于都县", indicator="gdp", value=6.5),
        ],
        id="distribution-places-a-ranking-lists-after-de-shi-take-their-values",
    ),
    pytest.param(
        "湖南去年未完成年初确定的5.5%目标。西藏去年增长7.1%，完成了年初提出的7%以上的目标。",
        [
            dict(region="湖南省", indicator="gdp", measure="growth", value=5.5, kind="target", year=2022),
            dict(region="西藏自治区", indicator="gdp", measure="growth", value=7.1, kind="actual", year=2022),
            dict(
                region="西藏自治区",
                indicator="gdp",
                measure="growth",
                value=7,
                kind="target",
                bound="min",
                quote="西藏去年增长7.1%，完成了年初提出的7%",
            ),
        ],
        id="pairs-a-percent-goal-set-at-the-years-start-is-the-economys-growth-goal",
    ),
    pytest.param(
        "2026年，社会消费品零售总额增长4%，固定资产投资力争由负转正、增长3%。",
        [
            dict(indicator="retail_sales", value=4),
            dict(indicator="fixed_asset_investment", value=3, commitment="strive"),
        ],
        id="pairs-an-indicator-and-how-it-fares-then-a-pause-mark-and-its-growth",
    ),
    pytest.param(
        "今年目标方面，深圳提出GDP增长5%左右；佛山、东莞均定于4.5%至5%；惠州目标最为进取，力争增长6%。",
        [
            dict(region="深圳市", indicator="gdp", value=5),
            dict(region="佛山市", indicator="gdp", value=4.5, value_high=5),
            dict(region="东莞市", indicator="gdp", value=4.5, value_high=5),
            dict(region="惠州市", indicator="gdp", value=6, commitment="strive"),
        ],
        id="distribution-regions-whose-goal-is-set-at-a-value-take-the-indicator-before",
    ),
    pytest.param(
        "【经济总量】\n\n▶地区生产总值：3286.5亿元\n▶同比增长：6.2%\n▶规上工业总产值：6120亿元",
        [
            dict(indicator="gdp", measure="level", value=3.2865e11),
            dict(indicator="gdp", measure="growth", value=6.2),
            dict(indicator="industrial_output", measure="level", value=6.12e11),
        ],
        id="pairs-a-growth-label-line-below-a-level-line-is-its-growth",
    ),
    pytest.param(
        "全社会研发经费支出占地区生产总值比重达到3.3%，研究与试验发展经费投入占GDP的比重为2.1%，"
        "企业研发投入占营业收入比重达到12%。",
        [
            dict(indicator="rd_intensity", measure="share", value=3.3),
            dict(indicator="rd_intensity", measure="share", value=2.1),
            dict(indicator="revenue_share", measure="share", value=12),
        ],
        id="indicator-rd-spending-over-gdp-is-rd-intensity-over-revenue-is-not",
    ),
    pytest.param(
        "石油、煤炭及其他燃料加工业增加值增长9.6%，农副食品加工业增加值增长3%，规上工业增加值增长7%。",
        [
            dict(indicator="value_added", value=9.6),
            dict(indicator="value_added", value=3),
            dict(indicator="industrial_value_added", value=7),
        ],
        id="indicator-a-branch-of-industry-ending-in-jiagongye-is-not-industrial-value-added",
    ),
    pytest.param(
        "去年咱们佛山的地区生产总值跑到了一万三千九百多亿元。今年地区生产总值增长6%左右，力争冲一冲一万四千五百亿；社会消费品零售总额做到4500亿元。",
        [
            dict(indicator="gdp", value=1.39e12, bound="min", kind="actual"),
            dict(indicator="gdp", value=6, kind="target"),
            dict(indicator="gdp", value=1.45e12, commitment="strive", kind="target"),
            dict(indicator="retail_sales", value=4.5e11, kind="target"),
        ],
        id="indicator-spoken-verbs-between-an-indicator-and-its-figure-keep-it",
    ),
    pytest.param(
        "佛山去年地区生产总值增长4.0%，东莞增长5.1%。两市今年增长目标均为5%左右。",
        [
            dict(region="佛山市", value=4.0, kind="actual"),
            dict(region="东莞市", value=5.1, kind="actual"),
            dict(region="佛山市", indicator="gdp", value=5, kind="target"),
            dict(region="东莞市", indicator="gdp", value=5, kind="target"),
        ],
        id="dist-two-cities-named-before-share-a-growth-goal-with-jun",
    ),
    pytest.param(
        "惠东县固定资产投资增长9.4%，普宁市增长6.7%，而台山市、化州市分别下降4.2%、8.3%。",
        [
            dict(region="惠东县", indicator="fixed_asset_investment", value=9.4),
            dict(region="普宁市", indicator="fixed_asset_investment", value=6.7),
            dict(region="台山市", indicator="fixed_asset_investment", value=-4.2),
            dict(region="化州市", indicator="fixed_asset_investment", value=-8.3),
        ],
        id="dist-regions-after-er-take-the-indicator-before",
    ),
    pytest.param(
        "紧随其后的是惠东县和普宁市，地区生产总值分别为812.3亿元和738.2亿元，分别增长4.8%和5.1%。",
        [
            dict(region="惠东县", indicator="gdp", measure="level", value=8.123e10),
            dict(region="普宁市", indicator="gdp", measure="level", value=7.382e10),
            dict(region="惠东县", indicator="gdp", value=4.8),
            dict(region="普宁市", indicator="gdp", value=5.1),
        ],
        id="dist-regions-listed-at-the-end-of-the-clause-before-fenbie",
    ),
    pytest.param(
        "二、各区指标分解\n\n（二）规模以上工业增加值。顺德区增长9%，南海区增长8%。\n\n"
        "（三）固定资产投资。禅城区、三水区均增长5%，高明区增长8%。\n\n（四）压实责任。各区要确保完成。",
        [
            dict(region="顺德区", indicator="industrial_value_added", value=9),
            dict(region="南海区", indicator="industrial_value_added", value=8),
            dict(region="禅城区", indicator="fixed_asset_investment", value=5),
            dict(region="三水区", indicator="fixed_asset_investment", value=5),
            dict(region="高明区", indicator="fixed_asset_investment", value=8),
        ],
        id="dist-a-numbered-paragraph-headed-by-an-indicator-gives-it-to-the-regions-figures-below",
    ),
    pytest.param(
        "台山市、化州市地区生产总值分别下降2.1%、8.3%。",
        [
            dict(region="台山市", indicator="gdp", value=-2.1),
            dict(region="化州市", indicator="gdp", value=-8.3),
        ],
        id="dist-a-decline-over-regions-signs-every-value-of-the-list",
    ),
    pytest.param(
        "“十四五”时期，泉州地区生产总值年均增长6.1%，从2020年的1.01万亿元增加到1.39万亿元。",
        [
            dict(indicator="gdp", measure="growth", value=6.1),
            dict(indicator="gdp", measure="level", value=1.01e12, year=2020),
            dict(indicator="gdp", measure="level", value=1.39e12),
        ],
        id="pair-levels-a-change-starts-from-after-a-growth-are-the-same-indicators",
    ),
    pytest.param(
        "东部的宁波、无锡、南通均将目标定为5.5%；中西部的四川、湖北则分别年均增长6.1%和6.8%。",
        [
            dict(region="宁波市", indicator="gdp", value=5.5),
            dict(region="无锡市", indicator="gdp", value=5.5),
            dict(region="南通市", indicator="gdp", value=5.5),
            dict(region="四川省", value=6.1),
            dict(region="湖北省", value=6.8),
        ],
        id="dist-a-list-of-regions-after-what-qualifies-it-with-de",
    ),
    pytest.param(
        "湖南、安徽去年GDP分别为5.38万亿元和5.12万亿元，今年目标分别为5.5%、5.5%以上。",
        [
            dict(region="湖南省", indicator="gdp", measure="level", kind="actual"),
            dict(region="安徽省", indicator="gdp", measure="level", kind="actual"),
            dict(region="湖南省", indicator="gdp", value=5.5, bound="exact", kind="target"),
            dict(region="安徽省", indicator="gdp", value=5.5, bound="min", kind="target"),
        ],
        id="dist-a-second-fenbie-of-bare-goals-is-the-economies-growth",
    ),
    pytest.param(
        "江蘇今年目標訂為5%以上，梅州則把今年的目標訂在4.5%左右。",
        [
            dict(region="江苏省", indicator="gdp", value=5, bound="min"),
            dict(region="梅州市", indicator="gdp", value=4.5, bound="approx"),
        ],
        id="dist-a-bare-goal-dingwei-in-taiwan-usage-is-the-economys-growth",
    ),
    pytest.param(
        "“十四五”时期，江苏年均增长5.9%，浙江年均成长6.0%。",
        [
            dict(region="江苏省", indicator="gdp", value=5.9),
            dict(region="浙江省", indicator="gdp", value=6),
        ],
        id="dist-a-region-named-alone-with-a-bare-growth-is-its-economys",
    ),
    pytest.param(
        "江门和肇庆今年都把地区生产总值增长目标定在5.5%左右，成都都市圈建设提速。",
        [
            dict(
                region="江门市",
                indicator="gdp",
                value=5.5,
                bound="approx",
                note="都 distribution over regions (1 of 2)",
            ),
            dict(region="肇庆市", indicator="gdp", value=5.5, bound="approx"),
        ],
        id="dist-regions-listed-then-dou-share-one-figure",
    ),
    pytest.param(
        "粤西方面，湛江和茂名分別增長4.1%和3.9%。",
        [
            dict(region="湛江市", indicator="gdp", value=4.1),
            dict(region="茂名市", indicator="gdp", value=3.9),
        ],
        id="dist-regions-alone-with-a-bare-growth-are-their-economies",
    ),
    pytest.param(
        "支持汕头、湛江、揭阳等市外贸进出口增长8%以上。",
        [
            dict(region="汕头市", indicator="foreign_trade", value=8, bound="min"),
            dict(region="湛江市", indicator="foreign_trade", value=8, bound="min"),
            dict(region="揭阳市", indicator="foreign_trade", value=8, bound="min"),
        ],
        id="dist-regions-listed-then-dengshi-share-one-figure",
    ),
    pytest.param(
        "从各地政府工作报告看，多数省份将今年增长目标设定在5%左右。其中，广东提出“增长4.5%至5%”，江苏提出“5%左右”，"
        "山东、浙江均为“5%以上”。湖北年初提出“增长6%左右”。",
        [
            dict(region="广东省", indicator="gdp", value=4.5, value_high=5, bound="range"),
            dict(region="江苏省", indicator="gdp", value=5, bound="approx"),
            dict(region="山东省", indicator="gdp", value=5, bound="min"),
            dict(region="浙江省", indicator="gdp", value=5, bound="min"),
            dict(region="湖北省", value=6, bound="approx"),
        ],
        id="dist-qizhong-breaks-down-the-growth-goal-of-the-sentence-before-region-by-region",
    ),
    pytest.param(
        "江门鹤山市、茂名信宜市、清远英德市是新面孔，三地地区生产总值分别为523.7亿元、512.4亿元和505.1亿元，"
        "同比分别增长5.6%、5.9%和6.2%。",
        [
            dict(region="鹤山市", measure="level", value=5.237e10),
            dict(region="信宜市", measure="level", value=5.124e10),
            dict(region="英德市", measure="level", value=5.051e10),
            dict(region="鹤山市", measure="growth", value=5.6),
            dict(region="信宜市", measure="growth", value=5.9),
            dict(region="英德市", measure="growth", value=6.2),
        ],
        id="dist-places-counted-as-sandi-named-with-their-cities-then-a-second-fenbie",
    ),
    pytest.param(
        "佛山、東莞兩市經濟總量均已突破1.3兆元，今年成長目標分別為5%、5.5%。",
        [
            dict(region="佛山市", indicator="gdp", measure="level", value=1.3e12),
            dict(region="东莞市", indicator="gdp", measure="level", value=1.3e12),
            dict(region="佛山市", indicator="gdp", measure="growth", value=5),
            dict(region="东莞市", indicator="gdp", measure="growth", value=5.5),
        ],
        id="dist-a-growth-goal-in-taiwan-usage-chengzhang-mubiao-is-the-economys",
    ),
    pytest.param(
        "天河、黄埔、番禺三区地区生产总值分别为1580.2亿元、1020.5亿元和690.3亿元，同比分别增长6.1%、7.4%和5.2%。",
        [
            dict(region="天河区", indicator="gdp", measure="level", value=1.5802e11),
            dict(region="黄埔区", indicator="gdp", measure="level", value=1.0205e11),
            dict(region="番禺区", indicator="gdp", measure="level", value=6.903e10),
            dict(region="天河区", indicator="gdp", measure="growth", value=6.1),
            dict(region="黄埔区", indicator="gdp", measure="growth", value=7.4),
            dict(region="番禺区", indicator="gdp", measure="growth", value=5.2),
        ],
        id="dist-a-second-fenbie-after-tongbi-goes-on-with-the-regions-just-distributed-over",
    ),
    pytest.param(
        "各省今年經濟成長目標陸續出爐。河南省今年目標為5.5%左右，湖北省則維持6%左右。湖南省今年目標下調至5%左右，"
        "陝西省去年實際成長僅4.6%。遼寧省目標為「不低於5%」。",
        [
            dict(region="河南省", indicator="gdp", value=5.5, kind="target"),
            dict(region="湖北省", indicator="gdp", measure="growth", value=6, bound="approx"),
            dict(region="湖南省", indicator="gdp", measure="growth", value=5, bound="approx"),
            dict(region="陕西省", indicator="gdp", measure="growth", value=4.6, year=2022, kind="actual"),
            dict(region="辽宁省", indicator="gdp", measure="growth", value=5, bound="min"),
        ],
        id="dist-a-region-that-keeps-lowers-or-only-reached-a-rate-in-a-round-up-of-growth-targets",
    ),
    pytest.param(
        "今年主要预期目标是：地区生产总值增长5.5%左右；外贸进出口总额稳中提质，力争突破1000亿元；"
        "社会消费品零售总额保持稳定增长，确保达到500亿元。",
        [
            dict(indicator="gdp", value=5.5, bound="approx"),
            dict(indicator="foreign_trade", measure="level", value=1e11, bound="min", commitment="strive"),
            dict(indicator="retail_sales", measure="level", value=5e10, commitment="ensure"),
        ],
        id="indicator-opens-the-clause-before-that-says-only-how-it-fares",
    ),
    pytest.param(
        "从增速看，贵州、宁夏、湖北三地增速均为5.9%。",
        [
            dict(region="贵州省", indicator="gdp", value=5.9),
            dict(region="宁夏回族自治区", indicator="gdp", value=5.9),
            dict(region="湖北省", indicator="gdp", value=5.9),
        ],
        id="dist-regions-counted-then-a-bare-growth-rate-is-their-economies",
    ),
    pytest.param(
        "去年全市固定资产投资虽然下降2.1%，但工业投资增长8%；地区生产总值增长3.2%，远低于年初设定的5%目标。"
        "去年社会消费品零售总额增长3%，没有完成年初提出的增长6%的目标。"
        "海南去年增长4.6%，低于年初“5%左右”的增长目标。",
        [
            dict(indicator="fixed_asset_investment", value=-2.1, kind="actual"),
            dict(indicator="industrial_investment", value=8, kind="actual"),
            dict(indicator="gdp", value=3.2, kind="actual"),
            dict(indicator="gdp", value=5, kind="target", year=2022),
            dict(indicator="retail_sales", value=3, kind="actual"),
            dict(indicator="retail_sales", value=6, kind="target", year=2022),
            dict(region="海南省", value=4.6, kind="actual"),
            dict(region="海南省", indicator="gdp", measure="growth", value=5, kind="target", bound="approx"),
        ],
        id="indicator-goes-on-over-suiran-and-a-goal-set-at-the-years-start-far-above-the-result",
    ),
    pytest.param(
        "粤北四市中，韶关、清远、河源、云浮的增长目标依次为5%、6%、5.5%和5%。全市规上工业增加值、固定资产投资依次增长7%、9%。",
        [
            dict(region="韶关市", indicator="gdp", value=5),
            dict(region="清远市", indicator="gdp", value=6),
            dict(region="河源市", indicator="gdp", value=5.5),
            dict(region="云浮市", indicator="gdp", value=5),
            dict(indicator="industrial_value_added", value=7),
            dict(indicator="fixed_asset_investment", value=9),
        ],
        id="dist-yici-pairs-values-in-order-like-fenbie",
    ),
    pytest.param(
        "去年十件民生实事全面完成。今年要继续办好十件民生实事，新增公办学位3000个。",
        [
            dict(measure="count", value=10, kind="target", indicator="livelihood_projects_count"),
            dict(measure="count", value=3000),
        ],
        id="scope-ten-livelihood-tasks-to-do-are-a-count-those-done-are-no-row",
    ),
    pytest.param(
        "深圳提出地区生产总值增长5.5%，广州定为5%左右，佛山、东莞均为5%，惠州则争取6%以上。",
        [
            dict(region="深圳市", indicator="gdp", value=5.5),
            dict(region="广州市", indicator="gdp", value=5, bound="approx"),
            dict(region="惠州市", indicator="gdp", value=6, bound="min", commitment="strive"),
            dict(region="佛山市", indicator="gdp", value=5),
            dict(region="东莞市", indicator="gdp", value=5),
        ],
        id="indicator-regions-in-a-chain-of-goals-go-on-with-the-indicator-named-first",
    ),
    pytest.param(
        "分区域看，成都平原经济区规上工业增加值增长6.0%，川南经济区增长8.1%。分市（州）看，成都市增长6.1%，绵阳市增长8.9%。",
        [
            dict(region="", indicator="industrial_value_added", value=6.0),
            dict(region="", indicator="industrial_value_added", value=8.1),
            dict(region="成都市", indicator="industrial_value_added", value=6.1),
            dict(region="绵阳市", indicator="industrial_value_added", value=8.9),
        ],
        id="indicator-zones-and-cities-listed-after-an-indicator-go-on-with-it-an-economic-zone-is-no-economy",
    ),
    pytest.param(
        "粤西方面，阳江、揭阳增速分别达6.2%、5.9%。",
        [
            dict(region="阳江市", indicator="gdp", measure="growth", value=6.2),
            dict(region="揭阳市", indicator="gdp", measure="growth", value=5.9),
        ],
        id="distribution-regions-growth-rates-named-alone-are-their-economys",
    ),
    pytest.param(
        "乳源县、始兴县、仁化县PM2.5年均浓度分别为16、17、18微克/立方米；阳江、揭阳增速分别为6.2、5.9%。"
        "一是、二是，第1、2项。",
        [
            dict(region="乳源瑶族自治县", measure="level", value=16, unit="other:ug/m3"),
            dict(region="始兴县", measure="level", value=17, unit="other:ug/m3"),
            dict(region="仁化县", measure="level", value=18, unit="other:ug/m3"),
            dict(region="阳江市", indicator="gdp", measure="growth", value=6.2),
            dict(region="揭阳市", indicator="gdp", measure="growth", value=5.9),
        ],
        id="distribution-bare-numbers-listed-share-the-unit-of-the-last",
    ),
    pytest.param(
        "全市工业投资2026年、2027年、2028年分别完成420亿元、470亿元和520亿元。2021年、2022年规上工业增加值分别增长5.1%和6%。",
        [
            dict(indicator="industrial_investment", value=4.2e10, year=2026),
            dict(indicator="industrial_investment", value=4.7e10, year=2027),
            dict(indicator="industrial_investment", value=5.2e10, year=2028),
            dict(indicator="industrial_value_added", value=5.1, year=2021, kind="actual"),
            dict(indicator="industrial_value_added", value=6, year=2022, kind="actual"),
        ],
        id="distribution-years-listed-each-value-in-its-own-year",
    ),
    pytest.param(
        "四会市、台山市经济总量分别为806.8亿元、612.5亿元，实际增速分别为4.2%、3.9%；"
        "南海、顺德两区地区生产总值分别突破4800亿元、4600亿元，规上工业总产值分别增长6%和6.5%。",
        [
            dict(region="四会市", indicator="gdp", measure="level", value=8.068e10),
            dict(region="台山市", indicator="gdp", measure="level", value=6.125e10),
            dict(region="四会市", indicator="gdp", measure="growth", value=4.2),
            dict(region="台山市", indicator="gdp", measure="growth", value=3.9),
            dict(region="南海区", indicator="gdp", value=4.8e11),
            dict(region="顺德区", indicator="gdp", value=4.6e11),
            dict(region="南海区", indicator="industrial_output", value=6),
            dict(region="顺德区", indicator="industrial_output", value=6.5),
        ],
        id="distribution-a-second-word-after-a-growth-word-or-indicator-goes-on-with-the-regions",
    ),
    pytest.param(
        "郑州：剑指1.6万亿\n\n2024年，郑州、济南地区生产总值分别达到14532亿元、13528亿元，分别增长5.7%、5.7%。"
        "今年，两市分别提出增长6%和5.5%左右。合肥去年以6.1%的增速领跑，今年合肥目标定为6%以上。",
        [
            dict(region="郑州市", indicator="gdp", measure="level", value=1.6e12, kind="target"),
            dict(region="郑州市", indicator="gdp", measure="level", value=1.4532e12),
            dict(region="济南市", indicator="gdp", measure="level", value=1.3528e12),
            dict(region="郑州市", indicator="gdp", measure="growth", value=5.7),
            dict(region="济南市", indicator="gdp", measure="growth", value=5.7),
            dict(region="郑州市", indicator="gdp", measure="growth", value=6, kind="target"),
            dict(region="济南市", indicator="gdp", measure="growth", value=5.5, kind="target"),
            dict(region="合肥市", indicator="gdp", measure="growth", value=6.1, kind="actual"),
            dict(region="合肥市", indicator="gdp", measure="growth", value=6, kind="target", bound="min"),
        ],
        id="distribution-a-second-fenbie-and-a-count-of-the-cities-just-named-a-headline-aim-and-bare-goals",
    ),
    pytest.param(
        "分镇街看，桂城街道、大沥镇作为工业重镇，规上工业总产值分别突破900亿元、700亿元；"
        "狮山镇、西樵镇要抓好楼宇经济，税收亿元楼宇分别新增4栋、2栋。",
        [
            dict(region="", value=9e10, note="town 桂城街道"),
            dict(region="", value=7e10, note="town 大沥镇"),
            dict(region="", measure="count", value=4, note="town 狮山镇"),
            dict(region="", measure="count", value=2, note="town 西樵镇"),
        ],
        id="distribution-towns-opening-a-sentence-after-its-angle-and-buildings-counted",
    ),
    pytest.param(
        "宝安区规上工业增加值增长8%，工业总产值剑指1.3万亿元。\n\n龙岗：力争增长6.5%\n\n"
        "龙岗区今年地区生产总值目标增长6.5%。南山计划新建起降点100个；龙岗亦表示要引进低空经济企业50家。",
        [
            dict(region="宝安区", indicator="industrial_value_added", value=8),
            dict(region="宝安区", indicator="industrial_output", measure="level", value=1.3e12),
            dict(region="龙岗区", indicator="gdp", value=6.5, quote="龙岗：力争增长6.5%"),
            dict(region="龙岗区", indicator="gdp", value=6.5),
            dict(region="南山区", value=100),
            dict(region="龙岗区", value=50),
        ],
        id="indicator-a-sub-heading-on-a-regions-growth-is-its-economys-verbs-of-aim-and-yi",
    ),
    pytest.param(
        "惠州：总量冲刺6500亿元，增长5.5%。东莞冲刺总量1.3万亿。全市固定资产投资增长12%，总量突破900亿元。"
        "快递业务总量5.2亿件，邮政业务总量8.6亿元。",
        [
            dict(region="惠州市", indicator="gdp", measure="level", value=6.5e11, quote="总量冲刺6500亿元"),
            dict(region="惠州市", indicator="gdp", measure="growth", value=5.5),
            dict(region="东莞市", indicator="gdp", measure="level", value=1.3e12),
            dict(indicator="fixed_asset_investment", measure="growth", value=12),
            dict(indicator="fixed_asset_investment", measure="level", value=9e10),
            dict(tier=2, value=5.2e8),
            dict(tier=2, value=8.6e8),
        ],
        id="indicator-total-alone-is-the-economys-after-another-indicator-it-is-that-ones",
    ),
    pytest.param(
        "前三季度全市地区生产总值增长5.9%，增速分别比全国、全省高1.3个和0.3个百分点。",
        [dict(indicator="gdp", value=5.9)],
        id="not-rows-two-changes-in-percentage-points",
    ),
    pytest.param(
        "会上为12个2025年度高质量发展先进集体颁奖，35个单位、120名个人受到通报表扬。今年新增规上工业企业50家。",
        [dict(measure="count", value=50)],
        id="not-rows-those-honoured-at-the-meeting",
    ),
    pytest.param(
        "6月当月全市进出口增长9.4%，连续5个月保持正增长，工业投资连续20个月保持两位数增长。",
        [dict(indicator="foreign_trade", value=9.4)],
        id="not-rows-a-streak-of-months-is-no-count-nor-growth",
    ),
    pytest.param(
        "表3　2024年各县区地区生产总值\n县区　　　　地区生产总值（亿元）　　比上年增长（%）\n"
        "源城区　　　402.15　　　　　　3.5\n东源县　　　221.36　　　　　　4.6\n",
        [
            dict(region="源城区", indicator="gdp", measure="level", value=4.0215e10),
            dict(region="源城区", indicator="gdp", measure="growth", value=3.5),
            dict(region="东源县", indicator="gdp", measure="level", value=2.2136e10),
            dict(region="东源县", indicator="gdp", measure="growth", value=4.6),
        ],
        id="indicator-a-table-of-regions-with-a-column-of-amounts-and-one-of-growth",
    ),
    pytest.param(
        "从中部看，安徽提出地区生产总值增长5.5%左右。湖北今年的目标为增长5.5%以上，湖南为5%左右。",
        [
            dict(region="安徽省", indicator="gdp", value=5.5),
            dict(region="湖北省", indicator="gdp", value=5.5, bound="min"),
            dict(region="湖南省", indicator="gdp", value=5, bound="approx"),
        ],
        id="indicator-a-region-whose-goal-is-for-this-year-and-one-that-is-at",
    ),
    pytest.param(
        "外贸进出口总额突破8000亿元，增长12.5%，其中对东盟进出口3650亿元；对“一带一路”沿线国家进出口增长13.2%。",
        [
            dict(indicator="foreign_trade", tier=1, measure="level"),
            dict(indicator="foreign_trade", tier=1, value=12.5),
            dict(indicator="partner_trade", tier=2, value=3.65e11),
            dict(indicator="partner_trade", tier=2, value=13.2),
        ],
        id="indicator-trade-with-some-partners-is-not-the-whole-trade",
    ),
    pytest.param(
        "表：部分省份2026年主要经济指标目标\n省份　　GDP增速　　固定资产投资　　社会消费品零售总额\n"
        "福建　　5.5%左右　　4%　　　　　　5.5%\n江西　　5%左右　　　3%左右　　　　5%\n",
        [
            dict(region="福建省", indicator="gdp", measure="growth", value=5.5, bound="approx"),
            dict(region="福建省", indicator="fixed_asset_investment", value=4),
            dict(region="福建省", indicator="retail_sales", value=5.5),
            dict(region="江西省", indicator="gdp", value=5),
            dict(region="江西省", indicator="fixed_asset_investment", value=3, bound="approx"),
            dict(region="江西省", indicator="retail_sales", value=5),
        ],
        id="indicator-a-table-of-regions-whose-columns-are-indicators",
    ),
    pytest.param(
        "上海提出今年全市生产总值增长5%左右，北京的目标同样是5%左右。\n\n南京、宁波均将增速目标定在5%左右；青岛提出增长5.5%。"
        "2025年东莞以1.25万亿元的经济总量位列万亿城市第23位。常州正向万亿门槛发起冲击。",
        [
            dict(region="上海市", indicator="gdp", value=5),
            dict(region="北京市", indicator="gdp", measure="growth", value=5),
            dict(region="南京市", indicator="gdp", value=5),
            dict(region="宁波市", indicator="gdp", value=5),
            dict(region="青岛市", indicator="gdp", value=5.5),
            dict(region="东莞市", indicator="gdp", measure="level", value=1.25e12),
        ],
        id="indicator-a-round-up-of-growth-targets-and-an-economy-named-after-its-size",
    ),
    pytest.param(
        "莆田市則將固定資產投資增長目標訂在6%。",
        [dict(region="莆田市", indicator="fixed_asset_investment", value=6)],
        id="indicator-a-goal-set-at-in-traditional-script",
    ),
    pytest.param(
        "福建：外贸冲刺2.1万亿元。实施“1234”先进制造业倍增发展行动。",
        [dict(indicator="foreign_trade", measure="level", value=2.1e12, commitment="strive")],
        id="indicator-bare-waimao-and-a-programme-name-is-no-figure",
    ),
    pytest.param(
        "佛山今年确保地区生产总值增长5%以上，东莞提出地区生产总值增长5.5%以上。",
        [dict(region="佛山市", commitment="ensure"), dict(region="东莞市", commitment="plan")],
        id="commit-a-new-subject-that-proposes-is-outside-the-marker",
    ),
    pytest.param(
        "合肥去年地区生产总值1.35万亿元，增长5.6%；今年确保增长6%以上，力争达到6.5%。",
        [
            dict(indicator="gdp", measure="level"),
            dict(indicator="gdp", measure="growth", value=5.6),
            dict(indicator="gdp", measure="growth", value=6, bound="min", commitment="ensure"),
            dict(indicator="gdp", measure="growth", value=6.5, commitment="strive"),
        ],
        id="indicator-a-rate-named-earlier-in-the-paragraph-after-a-semicolon",
    ),
    pytest.param(
        "2025年广东地区生产总值增长3.9%。贵州以5.5%的增速领跑全国，西藏、新疆分别增长6.1%、5.8%。珠海今年5%以上的增长目标稳健。",
        [
            dict(region="广东省", indicator="gdp", value=3.9),
            dict(region="贵州省", indicator="gdp", value=5.5),
            dict(region="西藏自治区", indicator="gdp", value=6.1),
            dict(region="新疆维吾尔自治区", indicator="gdp", value=5.8),
            dict(region="珠海市", indicator="gdp", measure="growth", value=5, bound="min"),
        ],
        id="indicator-elided-in-a-round-up-of-results-and-a-growth-goal-named-after",
    ),
    pytest.param(
        "广西提出地区生产总值增长5.5%左右。河南则提出增长5%以上，吉林目标为增长5%左右。宁夏目标最高，提出地区生产总值增长6%。",
        [
            dict(region="广西壮族自治区", indicator="gdp", value=5.5),
            dict(region="河南省", indicator="gdp", value=5, bound="min"),
            dict(region="吉林省", indicator="gdp", value=5, bound="approx"),
            dict(region="宁夏回族自治区", indicator="gdp", value=6),
        ],
        id="indicator-a-round-up-of-provinces-naming-the-indicator-once",
    ),
    pytest.param(
        "其中，江西提出地区生产总值增长5%左右。贵州将目标定为增长5.5%左右，云南提出增长5%。\n"
        "从直辖市看，北京、天津均提出增长5%左右。",
        [
            dict(region="江西省", indicator="gdp", value=5),
            dict(region="贵州省", indicator="gdp", value=5.5),
            dict(region="云南省", indicator="gdp", value=5),
            dict(region="北京市", indicator="gdp", value=5),
            dict(region="天津市", indicator="gdp", value=5),
        ],
        id="indicator-a-round-up-goes-on-in-the-next-line",
    ),
    pytest.param(
        "温州去年地区生产总值增长5.2%，今年目标定为增长5.5%以上。",
        [
            dict(indicator="gdp", value=5.2, kind="actual"),
            dict(indicator="gdp", measure="growth", value=5.5, bound="min", kind="target"),
        ],
        id="indicator-a-target-set-without-naming-the-indicator-again",
    ),
    pytest.param(
        "粤东西北部分城市目标（2026年地区生产总值增速）：\n汕头：6%左右\n湛江：5.5%\n\n其他城市也已公布。",
        [
            dict(quote="汕头：6%", region="汕头市", indicator="gdp", measure="growth", value=6, bound="approx"),
            dict(quote="湛江：5.5%", region="湛江市", indicator="gdp", measure="growth", value=5.5, bound="exact"),
        ],
        id="indicator-lines-of-regions-with-colons-under-a-caption",
    ),
    pytest.param(
        "惠州2025年地区生产总值6200亿元，增长5%；江门则首次突破4500亿元，增长4.2%。",
        [
            dict(region="惠州市", indicator="gdp", measure="level"),
            dict(region="惠州市", indicator="gdp", measure="growth", value=5),
            dict(region="江门市", indicator="gdp", measure="level", value=4.5e11, bound="min"),
            dict(region="江门市", indicator="gdp", measure="growth", value=4.2),
        ],
        id="indicator-a-region-alone-with-adverbs-takes-the-indicator-before",
    ),
    pytest.param(
        "江门今年将地区生产总值增长目标定为5%左右，全省经济增长目标定为5.5%。",
        [
            dict(region="江门市", indicator="gdp", measure="growth", value=5, bound="approx"),
            dict(indicator="gdp", measure="growth", value=5.5, tier=1),
        ],
        id="indicator-a-growth-target-set-at-a-figure",
    ),
    pytest.param(
        "肇庆今年地区生产总值增长目标确定为5.5%左右，经济增长目标设定为6%，一般公共预算收入增长目标调整为5%。",
        [
            dict(region="肇庆市", indicator="gdp", measure="growth", value=5.5, bound="approx"),
            dict(region="肇庆市", indicator="gdp", measure="growth", value=6),
            dict(region="肇庆市", indicator="general_budget_revenue", measure="growth", value=5),
        ],
        id="indicator-a-growth-target-fixed-at-a-figure",
    ),
    # --- commitment and its scope (SCHEMA.md) -----------------------------------------------------------------
    pytest.param(
        "确保全年地区生产总值增长6%以上、力争7%。",
        [
            dict(indicator="gdp", value=6, bound="min", commitment="ensure"),
            dict(indicator="gdp", value=7, bound="exact", commitment="strive"),
        ],
        id="commit-ensure-then-strive",
    ),
    pytest.param(
        "确保GDP增长5.5%以上力争实现6%，为全省大局多作贡献。",
        [dict(value=5.5, commitment="ensure"), dict(value=6, commitment="strive")],
        id="commit-two-markers-one-clause",
    ),
    pytest.param(
        "力争固投增长10%，工业投资增长15%，推动社零额增长7%。",
        [
            dict(indicator="fixed_asset_investment", commitment="strive"),
            dict(indicator="industrial_investment", commitment="strive"),
            dict(indicator="retail_sales", commitment="plan"),
        ],
        id="commit-scope-stops-at-new-verb",
    ),
    pytest.param(
        "力争地区生产总值增长8%；固定资产投资增长12%。",
        [dict(indicator="gdp", commitment="strive"), dict(indicator="fixed_asset_investment", commitment="plan")],
        id="commit-scope-stops-at-semicolon",
    ),
    pytest.param(
        "锚定地区生产总值增长5%以上的目标，奋力拼搏。",
        [dict(indicator="gdp", commitment="plan")],
        id="commit-postposed-marker-ignored",
    ),
    pytest.param(
        "全力实现工业投资增长20%。",
        [dict(indicator="industrial_investment", commitment="plan")],
        id="commit-intensifier-is-not-marker",
    ),
    pytest.param(
        "力争全年新引进项目80个、计划投资额超300亿元。",
        [dict(value=80, commitment="strive"), dict(value=3e10, commitment="strive")],
        id="commit-planned-investment-is-a-noun",
    ),
    pytest.param(
        "今年全县的主要目标为：生产总值确保增长6%以上，力争6.5%。",
        [dict(value=6, commitment="ensure"), dict(indicator="gdp", value=6.5, commitment="strive")],
        id="commit-marker-after-indicator",
    ),
    # --- distribution -----------------------------------------------------------------------------------------
    pytest.param(
        "力争电子信息、汽车产业产值分别突破8000亿元、4000亿元。",
        [
            dict(indicator="electronics_industry_output", value=8e11, bound="min", commitment="strive", note="分别"),
            dict(indicator="auto_industry_output", value=4e11, bound="min", commitment="strive", note="分别"),
        ],
        id="dist-fenbie",
    ),
    pytest.param(
        "规上工业增加值和工业投资各增长10%以上。",
        [
            dict(indicator="industrial_value_added", value=10, bound="min"),
            dict(indicator="industrial_investment", value=10, bound="min"),
        ],
        id="dist-ge",
    ),
    pytest.param(
        "固定资产投资、社会消费品零售总额均增长8%。",
        [dict(indicator="fixed_asset_investment", value=8), dict(indicator="retail_sales", value=8)],
        id="dist-jun",
    ),
    pytest.param(
        "今年要实现投资、消费、外贸三个“5000亿”目标。",
        [
            dict(indicator="fixed_asset_investment", value=5e11, unit="CNY"),
            dict(indicator="retail_sales", value=5e11),
            dict(indicator="foreign_trade", value=5e11),
        ],
        id="dist-three-targets-slogan",
    ),
    pytest.param(
        "全市规上工业总产值和增加值各增长6%。",
        [dict(indicator="industrial_output", value=6), dict(indicator="industrial_value_added", value=6)],
        id="dist-shared-prefix",
    ),
    pytest.param(
        "地区生产总值、规上工业增加值分别增长6%和8%。",
        [dict(indicator="gdp", value=6), dict(indicator="industrial_value_added", value=8)],
        id="dist-values-joined-by-he",
    ),
    pytest.param(
        "银行存贷款余额分别增长9.5%、11.2%。",
        [dict(indicator="bank_deposits_balance", value=9.5), dict(indicator="bank_loans_balance", value=11.2)],
        id="dist-compound-word",
    ),
    pytest.param(
        "深圳、广州分别要实现地区生产总值增长5.5%、5%。",
        [dict(region="深圳市", indicator="gdp", value=5.5), dict(region="广州市", indicator="gdp", value=5)],
        id="dist-over-regions",
    ),
    pytest.param(
        "佛山、东莞GDP均增长6%。",
        [dict(region="佛山市", value=6, note="均"), dict(region="东莞市", value=6, note="均")],
        id="dist-over-regions-indicator-in-last-item",
    ),
    # --- level and growth pairs -------------------------------------------------------------------------------
    pytest.param(
        "规上工业增加值完成1800亿元、增长9%左右。",
        [
            dict(indicator="industrial_value_added", measure="level", value=1.8e11, bound="exact"),
            dict(indicator="industrial_value_added", measure="growth", value=9, bound="approx"),
        ],
        id="pair-level-then-growth",
    ),
    pytest.param(
        "地区生产总值增长7%以上、总量突破5000亿元。",
        [
            dict(indicator="gdp", measure="growth", value=7, bound="min"),
            dict(indicator="gdp", measure="level", value=5e11, bound="min"),
        ],
        id="pair-growth-then-level",
    ),
    pytest.param(
        "全年固定资产投资完成900亿元，其中工业投资300亿元。",
        [
            dict(indicator="fixed_asset_investment", value=9e10),
            dict(indicator="industrial_investment", value=3e10, note="其中"),
        ],
        id="qizhong-sub-component",
    ),
    pytest.param(
        "推动约90个续建项目、35个新开工项目加快建设。",
        [dict(value=90, bound="approx"), dict(value=35, bound="approx")],
        id="bound-yue-over-a-list",
    ),
    pytest.param(
        "支持高明区、三水区规模以上工业增加值各增长8%。",
        [
            dict(region="高明区", indicator="industrial_value_added", value=8),
            dict(region="三水区", indicator="industrial_value_added", value=8),
        ],
        id="dist-regions-after-a-verb",
    ),
    pytest.param(
        "禅城、南海地区生产总值分别突破1000亿元、3500亿元。",
        [dict(region="禅城区", value=1e11, bound="min"), dict(region="南海区", value=3.5e11, bound="min")],
        id="dist-regions-bound-covers-the-list",
    ),
    pytest.param(
        "大良、容桂、北滘街道规上工业产值增速均不低于10%。",
        [
            dict(region="", note="town 大良街道", value=10, bound="min"),
            dict(region="", note="town 容桂街道"),
            dict(region="", note="town 北滘街道"),
        ],
        id="dist-towns-with-their-kind-written-once",
    ),
    pytest.param(
        "罗村街道、九江镇规上工业产值双双突破一百亿元。",
        [
            dict(region="", indicator="industrial_output", note="town 罗村街道"),
            dict(region="", indicator="industrial_output", note="town 九江镇"),
        ],
        id="dist-shuangshuang-over-towns",
    ),
    pytest.param(
        "全市地区生产总值从9000亿元跃升至1.3万亿元，年均增长6%。",
        [
            dict(indicator="gdp", value=9e11),
            dict(indicator="gdp", value=1.3e12),
            dict(indicator="gdp", measure="growth", value=6),
        ],
        id="level-from-one-value-to-another",
    ),
    pytest.param(
        "民营经济增加值占全市比重超过四成。",
        [dict(measure="share", value=40, bound="min", unit="percent")],
        id="share-in-tenths",
    ),
    pytest.param(
        "全年外贸进出口总额力争达到420亿元，举办各类促消费活动不少于50场。",
        [dict(commitment="strive", value=4.2e10), dict(commitment="plan", value=50, bound="min")],
        id="commit-scope-stops-at-a-new-verb-holding-events",
    ),
    pytest.param(
        "市领导提出，禅城、南海两区要当好制造业主引擎，今年两区工业投资分别增长25%以上、30%以上。",
        [dict(region="禅城区", value=25, bound="min"), dict(region="南海区", value=30, bound="min")],
        id="dist-regions-listed-where-the-sentence-opens",
    ),
    pytest.param(
        "大会提出，西樵镇、丹灶镇要加快承接产业转移，工业投资分别增长20%、25%。",
        [dict(region="", note="town 西樵镇", value=20), dict(region="", note="town 丹灶镇", value=25)],
        id="dist-towns-listed-where-the-sentence-opens",
    ),
    pytest.param(
        "今年，宁波提出地区生产总值增长5.5%左右，规上工业增加值力争增长7%；温州、台州分别提出增长6%、5.5%；"
        "嘉兴目标为增长6%以上。湖州提出增长5.5%左右。",
        [
            dict(region="宁波市", indicator="gdp", value=5.5),
            dict(region="宁波市", indicator="industrial_value_added", value=7),
            dict(region="温州市", indicator="gdp", value=6),
            dict(region="台州市", indicator="gdp", value=5.5),
            dict(region="嘉兴市", indicator="gdp", value=6, bound="min"),
            dict(region="湖州市", indicator="gdp", value=5.5, bound="approx"),
        ],
        id="distribution-a-regions-bare-growth-target-is-its-gdp",
    ),
    pytest.param(
        "表2　2024年部分县（市、区）地区生产总值\n地区　　　　总量（亿元）　　比上年增长（%）\n"
        "南海区　　　　3600.5　　　　　4.9\n顺德区　　　　4200.8　　　　　5.2\n",
        [
            dict(region="南海区", indicator="gdp", measure="level", value=3.6005e11),
            dict(region="南海区", indicator="gdp", measure="growth", value=4.9),
            dict(region="顺德区", indicator="gdp", measure="level", value=4.2008e11),
            dict(region="顺德区", indicator="gdp", measure="growth", value=5.2),
        ],
        id="table-of-regions-whose-caption-names-the-indicator",
    ),
    pytest.param(
        "附：主要指标\n\n地区生产总值（亿元）：2025年（预计）480；2030年目标650以上；属性：预期性。\n"
        "研发经费投入强度（%）：2025年（预计）2.1；2030年目标2.8；属性：预期性。\n",
        [
            dict(indicator="gdp", measure="level", value=4.8e10, year=2025, kind="actual", bound="approx"),
            dict(indicator="gdp", measure="level", value=6.5e10, year=2030, kind="target", bound="min"),
            dict(indicator="rd_intensity", measure="share", value=2.1, year=2025, kind="actual"),
            dict(indicator="rd_intensity", measure="share", value=2.8, year=2030, kind="target"),
        ],
        id="table-indicators-written-one-to-a-line-with-their-unit-and-years",
    ),
    pytest.param(
        "到2025年，全市地区生产总值突破5000亿元、年均增长7%左右，人均地区生产总值达到8万元。",
        [
            dict(indicator="gdp", measure="level", value=5e11),
            dict(indicator="gdp", measure="growth", value=7, note=""),
            dict(measure="level", value=8e4),
        ],
        id="distribution-an-average-is-no-distribution",
    ),
    pytest.param(
        "去年全市完成工业性投资612.4亿元，增长13.8%；上海本地生產總值增長5%左右。",
        [
            dict(indicator="industrial_investment", measure="level", tier=1),
            dict(indicator="industrial_investment", value=13.8, tier=1),
            dict(indicator="gdp", value=5, quote="本地生產總值增長5%"),
        ],
        id="aliases-工业性投资-is-industrial-investment-and-本地生产总值-is-gdp",
    ),
    pytest.param(
        "苏州GDP达2.79兆元人民币（约合新台币12.4兆元），年增5.5%。",
        [
            dict(indicator="gdp", measure="level", value=2.79e12, unit="CNY"),
            dict(indicator="gdp", measure="growth", value=5.5),
        ],
        id="scope-an-amount-converted-after-人民币-in-brackets-is-no-row",
    ),
    pytest.param(
        "汕尾全年地区生产总值1497亿元，增长5.8%。全年规上工业增加值增长12.3%，固定资产投资增长18.6%。\n\n"
        "阳江增长4.9%，居粤东西北第三位；云浮、梅州分别增长4.5%、4.3%。",
        [
            dict(region="汕尾市", indicator="gdp", measure="level"),
            dict(region="汕尾市", indicator="gdp", value=5.8),
            dict(indicator="industrial_value_added", value=12.3),
            dict(indicator="fixed_asset_investment", value=18.6),
            dict(region="阳江市", indicator="gdp", value=4.9),
            dict(region="云浮市", indicator="gdp", value=4.5),
            dict(region="梅州市", indicator="gdp", value=4.3),
        ],
        id="a-paragraph-opening-with-a-regions-bare-growth-after-an-economy-and-its-parts-is-on-economies",
    ),
    pytest.param(
        "今年目标方面，苏州提出GDP增长5%左右、社会消费品零售总额增长5%；南京订在5%以上。",
        [
            dict(region="苏州市", indicator="gdp", value=5),
            dict(region="苏州市", indicator="retail_sales", value=5),
            dict(region="南京市", indicator="gdp", value=5, bound="min"),
        ],
        id="another-regions-goal-set-with-no-indicator-is-its-economys-growth",
    ),
    pytest.param(
        "2025年西藏实际增长6.6%，领跑全国。山西2025年增长4.6%，云南增长4.8%。",
        [
            dict(region="西藏自治区", indicator="gdp", value=6.6),
            dict(region="山西省", indicator="gdp", value=4.6),
            dict(region="云南省", indicator="gdp", value=4.8),
        ],
        id="a-region-with-a-year-or-实际-before-a-bare-growth-is-its-economys",
    ),
    pytest.param(
        "从总量看，惠州市博罗县以1096.3亿元继续稳居榜首，同比增长5.9%。清远英德市以7.2%的增幅领跑全省县域。",
        [
            dict(region="博罗县", indicator="gdp", measure="level", value=1.0963e11),
            dict(region="博罗县", indicator="gdp", measure="growth", value=5.9),
            dict(region="英德市", indicator="gdp", measure="growth", value=7.2),
        ],
        id="a-region-ranked-by-an-amount-or-by-its-增幅-is-ranked-by-its-economy",
    ),
    pytest.param(
        "九市目标出炉：惠州剑指6%　东莞瞄准5.5%\n\n来源：某某",
        [
            dict(region="惠州市", indicator="gdp", value=6, kind="target"),
            dict(region="东莞市", indicator="gdp", value=5.5, kind="target"),
        ],
        id="a-region-aiming-at-a-rate-剑指-瞄准-aims-at-its-economys-growth",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statements(text: str, expected: list[dict]) -> None:
    assert_rows(text, expected, 2023, "佛山市")
