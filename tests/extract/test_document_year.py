"""infer_document_year: the year of the conference a document reports."""

from __future__ import annotations

import pytest

from extract.pipeline import infer_document_year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        pytest.param("兔年首个工作日，全省召开大会。", 2023, id="zodiac-rabbit"),
        pytest.param(
            "奋进“十四五” 某市交出亮眼答卷\n\n某某日报　2025年12月18日　记者 某某\n\n"
            "“十四五”以来，全市“十四五”规划纲要确定的主要指标总体完成良好。地区生产总值由2020年的1778亿元增至2025年的"
            "2450亿元。2020年以来，规上工业增加值年均增长6%。2020年全市人口400万。",
            2025,
            id="a-december-dateline-with-a-byline-after-it-dates-a-review-of-the-plan-period",
        ),
        pytest.param(
            "省会城市首位度谁高谁低？\n\n本报记者\n\n2025年04月08日　来源：某某参考报\n\n"
            "随着各地2024年统计公报陆续发布，省会城市经济家底逐一亮相。2024年，甲市实现地区生产总值23511.3亿元。2024年，乙市地区生产总值13317.9亿元。"
            "2024年，丙市经济总量1826.3亿元。",
            2025,
            id="a-spring-day-with-the-byline-after-it-dates-a-feature-on-last-years-results",
        ),
        pytest.param(
            "2024年某市国民经济和社会发展统计公报\n\n某市统计局\n2025年3月28日\n\n2024年，全市地区生产总值1405.62亿元。"
            "2024年全市粮食产量56.21万吨。",
            2024,
            id="a-spring-day-on-a-line-of-its-own-under-a-communique-is-its-publication-not-its-year",
        ),
        pytest.param(
            "某市经济总量首破700亿元　今年力争增长6%\n\n某某日报讯（记者　某某）1月28日，记者从市统计局获悉，"
            "经初步核算，2025年某市实现地区生产总值712.6亿元，同比增长5.2%。",
            2026,
            id="a-news-report-on-the-first-estimate-of-a-year-is-of-the-year-after",
        ),
        pytest.param(
            "以“百千万工程”为牵引　加快建设强县\n——访中共某县委书记\n\n编者按：2024年是实现“十四五”规划目标任务的"
            "关键一年。\n\n记者：2023年，全县取得了哪些成绩？\n\n县委书记：2023年，全年地区生产总值达到263.8亿元。",
            2024,
            id="a-year-framed-as-the-key-one-ahead-is-the-texts-own-over-the-year-its-answers-review",
        ),
        pytest.param(
            "稳住外贸基本盘\n——访某省商务厅厅长\n\n2024年，全省外贸顶压前行，规模再创新高。新的一年，商务工作如何稳中求进？\n\n"
            "记者：2024年全省外贸交出了怎样的成绩单？\n\n厅长：2024年，全省外贸进出口总额达到9.11万亿元。\n\n"
            "记者：2025年商务工作的目标是什么？",
            2025,
            id="an-interview-that-turns-to-the-new-year-after-last-years-results-is-of-the-new-one",
        ),
        pytest.param(
            "广东21市2024年人均GDP、居民收入“十强”出炉 深圳人均GDP超20万元居首\n\n南方都市报讯　随着各地2024年统计公报"
            "陆续发布，全省21个地市的“账本”已全部揭晓。据省统计局数据，2024年全省人均地区生产总值为111342元。",
            2025,
            id="a-title-on-a-years-ranking-out-is-of-the-year-after",
        ),
        pytest.param(
            "某经济开发区举行2025年度招商引资和项目建设成果新闻发布会\n\n"
            "来源：某县人民政府新闻办公室　　发布时间：2026-01-16\n\n"
            "2025年，开发区全年实现地区生产总值362.5亿元。2025年新签约亿元以上项目68个。2025年新开工项目52个。",
            2026,
            id="a-title-on-a-press-conference-on-a-years-results-is-of-the-year-after",
        ),
        pytest.param(
            "@某市发布 的微博（系列）\n\n@某市发布\n2026-01-27 18:30 来自 微博\n#某市2025经济年报# 【①总量篇】\n"
            "据市统计局初步核算，全市实现地区生产总值4086.52亿元，同比增长4.8%\n\n"
            "@某市发布\n2026-01-28 12:05 来自 微博\n#某市2025经济年报# 【②工业篇】\n全市规上工业增加值增长7.6%\n\n"
            "@某市发布\n2026-01-29 12:05 来自 微博\n#某市2025经济年报# 【③展望篇】\n"
            "2026年全市主要预期目标是：地区生产总值增长5%左右",
            2025,
            id="a-thread-of-posts-tagged-with-a-years-economic-report-is-of-that-year",
        ),
        pytest.param(
            "某市召开高质量发展大会暨经济工作会议\n\n某某日报讯 1月30日，某市召开全市高质量发展大会。"
            "会议总结2022年全市经济运行情况，部署2023年经济工作。2023年全市地区生产总值增长6%以上。",
            2023,
            id="a-meeting-that-reviews-a-years-economic-performance-is-not-of-that-year",
        ),
        pytest.param(
            "某市外贸2025年交出亮眼成绩单\n\n来源：某某晚报　2026年01月23日\n\n"
            "本报讯 据海关统计，2025年全市外贸进出口812.6亿元。2025年出口605.3亿元。",
            2026,
            id="a-title-on-a-years-results-with-a-phrase-between-is-of-the-year-after",
        ),
        pytest.param(
            "某市2025年全社会用电量同比增长7.8%\n新能源装机跃居全省前列\n\n某某日报讯（记者 某某）1月26日，"
            "记者从市发展和改革局获悉，2025年，我市能源供应保障有力。2025年全市全社会用电量达到236.5亿千瓦时。2025年底，新能源装机突破千万千瓦。"
            "2025年全市能源领域完成投资31亿元。2026年我市将继续推进海上风电建设。",
            2026,
            id="a-title-on-a-years-results-over-a-yearless-dateline-early-in-a-year-is-of-the-year-after",
        ),
        pytest.param(
            "2025年某省外贸进出口3.49万亿元　实际使用外资122.6亿美元\n\n本报某地1月22日讯（记者 某某）记者从今天召开的"
            "新闻发布会上获悉，2025年，某省外贸稳中有增。据海关统计，2025年，某省货物贸易进出口总值3.49万亿元。"
            "2025年出口2.08万亿元。2025年进口1.41万亿元。",
            2026,
            id="a-title-stating-a-years-figure-over-a-yearless-dateline-early-in-a-year-is-of-the-year-after",
        ),
        pytest.param(
            "某省公布2026年十件民生实事　省级财政拟安排资金412亿元\n\n来源：某省人民政府新闻办公室\n\n"
            "1月30日，某省人民政府新闻办公室举行新闻发布会。据介绍，2026年省十件民生实事共包含36项具体任务。"
            "2026年省级财政拟安排资金412亿元。2025年十件民生实事全面完成。",
            2026,
            id="a-title-whose-figure-is-to-be-arranged-over-an-early-dateline-is-of-the-year-it-names",
        ),
        pytest.param(
            "某市举行2024年招商引资大会　现场签约项目68个\n\n某某日报 2月21日讯 2024年招商引资大会召开。"
            "2024年全市计划引进项目300个。2024年要实现投资增长10%。",
            2024,
            id="a-meetings-title-with-a-count-over-a-yearless-dateline-is-of-the-year-it-names",
        ),
        pytest.param(
            "某市2025年地区生产总值增长5.5%左右\n\n某某日报讯 1月20日，某市十七届人大五次会议开幕。"
            "2025年全市经济社会发展主要预期目标是：地区生产总值增长5.5%左右。",
            2025,
            id="a-title-on-a-years-goal-over-a-yearless-january-dateline-is-of-that-year",
        ),
        pytest.param(
            "评论丨某省经济增长5.5%左右的目标，定得稳也定得实\n\n某省日报评论员　某某\n\n"
            "1月下旬闭幕的省人大会议，确定了今年全省发展的几项硬指标：地区生产总值增长5.5%左右。\n\n"
            "首先要看去年的“成绩单”。2025年，某省地区生产总值达到6.65万亿元，增长5.6%，比年初确定的5.5%左右的预期目标略高。",
            2026,
            id="a-year-whose-results-beat-the-goal-set-at-its-start-in-a-text-planning-this-year-is-the-year-before",
        ),
        pytest.param(
            "某区一季度经济实现“开门红”\n\n来源：某区融媒体中心　　2026-04-22 09:30\n\n"
            "本报讯 今年以来，某区全力拼经济。3月28日，某区举行2026年第一季度重大项目集中签约活动，"
            "现场签约项目26个。今年某区计划引进超亿元项目100个以上。",
            2026,
            id="a-year-before-a-quarter-of-it-in-a-text-that-plans-this-year-is-this-year",
        ),
        pytest.param(
            "某市“十四五”规划纲要实施中期评估报告（摘要）\n来源：某市发展和改革委员会　2023-11-20\n\n"
            "2022年全市地区生产总值3616.8亿元。2022年规上工业增加值增长6%。2022年固定资产投资增长8%。2022年出口增长5%。",
            2023,
            id="a-text-dated-in-the-second-half-of-a-year-is-of-that-year",
        ),
        pytest.param(
            "2023年某市国民经济和社会发展统计公报\n某市统计局 2024年3月\n\n初步核算，全年全市地区生产总值1200亿元。",
            2023,
            id="a-communique-published-in-spring-is-of-the-year-it-reports",
        ),
        pytest.param(
            "某区委经济工作会议召开 部署明年经济工作\n\n12月28日，某区委经济工作会议召开。会议总结2022年经济工作，"
            "研究部署2023年经济工作。会议指出，今年以来全区经济稳中有进。会议明确了明年的主要预期目标。",
            2022,
            id="a-year-end-conference-closes-the-year-it-sums-up",
        ),
        pytest.param(
            "全市经济工作会议召开\n\n1月6日，全市经济工作会议召开，总结2022年工作，部署今年任务。今年全市地区生产总值增长6%。",
            2023,
            id="a-january-conference-sums-up-the-year-gone-by",
        ),
        pytest.param(
            "某省“十五五”规划纲要草案提请审议 到2030年经济总量力争突破7万亿元\n\n"
            "新华网1月26日电 草案明确，2025年全省地区生产总值约5.4万亿元。推动省会经济总量在2030年迈上2万亿元台阶。",
            2026,
            id="a-plan-outline-is-adopted-in-the-plans-first-year-not-its-horizon",
        ),
        pytest.param(
            "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n\n2022年全市地区生产总值3616.8亿元。",
            2022,
            id="a-review-of-a-plan-outline-is-no-outline",
        ),
        pytest.param(
            "市委经济工作会议召开 部署明年经济工作\n\n肇庆日报讯 12月20日，市委经济工作会议召开。会议总结今年经济工作，"
            "部署2025年经济工作。\n\n会议提出，2025年是“十四五”规划收官之年。",
            2024,
            id="a-december-conference-deploying-next-years-work-is-of-the-year-it-closes",
        ),
        pytest.param(
            "澳門日報訊 二○二四年一月五日，珠海市政府工作報告提出，二○二四年地區生產總值增長6%以上。",
            2024,
            id="a-circle-written-for-the-zero-of-a-chinese-numeral-year",
        ),
        pytest.param(
            "某市国民经济和社会发展第十四个五年规划\n和二〇三五年远景目标纲要（摘要）\n\n"
            "（2021年2月26日某市第十四届人民代表大会第七次会议批准）\n\n到2025年，地区生产总值突破4000亿元。",
            2021,
            id="an-outline-whose-title-is-broken-over-two-lines",
        ),
        pytest.param(
            "大湾区内地城市2025年成绩单陆续出炉\n\n九市2025年经济“成绩单”陆续揭晓。珠海今年经济总量冲刺5000亿元。",
            2026,
            id="a-title-on-a-years-results-is-written-the-year-after",
        ),
        pytest.param(
            "浙江11市晒出2027年“成绩单”与“任务书”\n\n各市陆续召开人代会。杭州去年经济总量2.4万亿元，今年提出增长5.5%。",
            2027,
            id="a-title-on-a-years-results-and-tasks-is-of-that-year",
        ),
        pytest.param(
            "某县“十五五”规划纲要\n来源：某县发布 2026-02-03\n\n（2025年为235亿元），（2025年为215家），"
            "由2025年的1.6%提高到2030年的2.2%，2025年基数为368亿元。",
            2026,
            id="base-values-of-a-plan-are-last-years",
        ),
        pytest.param("龍年新春，全市召开动员会。", 2024, id="zodiac-dragon-traditional"),
        pytest.param("二〇二五年市政府工作报告", 2025, id="chinese-digits"),
        pytest.param("在２０２３年全区大会上的讲话", 2023, id="full-width-digits"),
        pytest.param("2024年全市大会\n回顾2023年，我们……2023年的成绩。", 2024, id="title-weighted"),
        pytest.param("今年是关键一年。回顾2022年工作，展望到2030年的目标。", 2022, id="horizon-year-weighs-less"),
        pytest.param(
            "会议回顾了2025年的成绩。到2030年，全省经济总量迈上新台阶；到2030年人口稳定；到2030年城镇化率达到70%。"
            "会议部署了2026年工作。",
            2026,
            id="horizons-never-outvote-the-years-of-the-text",
        ),
        pytest.param(
            "【本报讯】省长作报告，提出2026年全省经济增长5%左右。报告回顾，2025年全省经济增长5.2%，2025年外贸增长6%。",
            2026,
            id="the-year-whose-targets-are-set-outweighs-the-review",
        ),
        pytest.param(
            "对于2027年，会议确定的主要预期目标是增长5%。2026年全市经济增长4.9%，2026年投资增长3%。",
            2027,
            id="targets-of-a-year-after-a-comma",
        ),
        pytest.param(
            "1月5日，梅县区召开2026年全区高质量发展大会，观看了2025年发展专题片。2025年，全区经济增长5%。",
            2026,
            id="the-year-of-the-meeting-held-outweighs-the-review",
        ),
        pytest.param(
            "1月30日，我市召开大会。市委书记说，2025年极不平凡，全市经济增长4%。", 2026, id="a-year-gone-by-framed"
        ),
        pytest.param("刚刚过去的2025年，全县经济增长5%；2025年外贸增长3%。", 2026, id="a-year-just-gone-by"),
        pytest.param(
            "政府工作报告\n——2026年1月8日在某市人民代表大会上\n\n一、2025年工作回顾\n\n2025年是收官之年，2025年经济增长5%。",
            2026,
            id="the-day-of-the-speech-and-a-review-heading",
        ),
        pytest.param(
            "2025-03-02 09:15 来源：某县发布\n3月1日，县委全会召开。会议要求今年投资增长9%。", 2025, id="a-numeric-date"
        ),
        pytest.param(
            "2月3日，某区召开大会。\n书记说，2025年，全区实现地区生产总值980亿元。\n书记表示，今年全区提出投资增长10%的目标。",
            2026,
            id="results-of-a-year-in-a-text-that-plans-this-year",
        ),
        pytest.param(
            "省人大会议昨日开幕。报告回顾，2025年全省地区生产总值达14.2万亿元，增长4%。\n"
            "该市2025年地区生产总值1.2万亿元，增长2.6%。\n报告提出今年主要预期目标：地区生产总值增长5%左右。",
            2026,
            id="years-of-results-in-a-text-that-sets-this-years-targets",
        ),
        pytest.param(
            "本报讯 2026年2月6日，某市召开大会。\n会议提出，今年全市经济增长5%。"
            "2025年全市经济增长4%，2025年投资增长3%。",
            2026,
            id="a-full-date-near-the-head-and-a-date-is-no-year-of-results",
        ),
        pytest.param(
            "2027年各地增长目标透视\n\n江苏2026年经济总量14.8万亿元，增长5.2%；今年提出增长5%以上。"
            "浙江2026年地区生产总值9.9万亿元、增长5.6%，今年目标为增长5.5%左右。山东2026年经济总量10.3万亿元，今年目标增长5.5%。"
            "湖北2026年地区生产总值6.5万亿元，增长5.7%，今年提出增长6%左右。",
            2027,
            id="results-before-this-years-targets-in-one-sentence",
        ),
        pytest.param(
            "某市前三季度经济稳中向好\n\n10月26日，记者从市统计局获悉，前三季度全市地区生产总值增长4.9%。"
            "下一步将确保完成全年目标，为“十五五”良好开局打下坚实基础。",
            2025,
            id="no-year-named-but-the-eve-of-a-plan-period",
        ),
        pytest.param(
            "某县召开经济工作会议\n\n会议指出，今年是“十四五”规划收官之年，全县要确保地区生产总值增长5%。",
            2025,
            id="no-year-named-but-the-last-year-of-a-plan-period",
        ),
        pytest.param(
            "为“十五五”良好开局打下基础。2024年全市地区生产总值增长5%，今年要增长5.5%。",
            2025,
            id="a-year-named-outweighs-a-plan-frame",
        ),
        pytest.param(
            "市委经济工作会议召开\n\n本报讯 12月22日，市委经济工作会议召开，总结2023年经济工作，部署2024年经济工作。"
            "会议提出，2024年全市经济社会发展主要预期目标为：地区生产总值增长6%。会议提出，2024年新增学位1万个。"
            "2024年全市实施更新项目80个。",
            2023,
            id="a-december-conference-setting-next-years-targets-is-of-the-year-it-closes",
        ),
        pytest.param(
            "某省政府工作报告解读\n\n1月15日上午，某省人民代表大会开幕。报告明确，要确保12月18日如期启动封关运作。"
            "2024年全省地区生产总值增长4%。会议提出，2025年全省地区生产总值增长5%左右。",
            2025,
            id="a-december-deadline-is-no-december-dateline",
        ),
        pytest.param("没有年份的一段讲话。", None, id="no-year"),
        pytest.param("今年要确保增长6%，到2027年工业总产值实现倍增。", None, id="only-a-horizon-is-no-date"),
    ],
)
def test_infer_document_year(text: str, year: int | None) -> None:
    assert infer_document_year(text) == year
