"""Time: the document's conference year, and per figure its year, kind (target / actual) and period."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import NamedTuple

from extract.lexicon import alternation, lexicon
from extract.normalise import VALUE_LABEL_ROW, bullet_at, table_like
from extract.regions import RegionIndex
from extract.segment import HEADING_LEAD, HEADING_LEAD_EMOJI, NUMBERED_LINE, RULE_LINE, after_lead

ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪"
ZODIAC_BASE = 2020  # 鼠年
_YEAR = re.compile(r"(?<![\d.])(19[89]\d|20[0-5]\d)年(?!代)|([〇零一二三四五六七八九]{4})年")
_DAY_RANGE = re.compile(r"(\d{1,2})月(\d{1,2})日?[-—–~至到](?:(\d{1,2})月)?(\d{1,2})日")
_MONTH_RANGE = re.compile(r"(\d{1,2})[-—–~至到](\d{1,2})月")
_AS_OF_DAY = re.compile(r"截至(?:\d{4}年)?(\d{1,2})月(\d{1,2})日")
# 截至9月末, 6月末: a balance as of the end of a month (not 6月底前: a deadline)
_AS_OF_MONTH = re.compile(r"(?:截至|截止|(?<![\d\-—–~至到]))(?:\d{4}年)?(\d{1,2})月(?:末|底)(?!前)")
# the house convention for a balance as of a month's end: the quarter or half it closes, else the months so far
_AS_OF_PERIOD = {3: "Q1", 6: "H1", 12: ""}
_DATE_AFTER = re.compile(r"\d{1,2}月\d{1,2}日")  # 去年12月27日: a date, not the year of the figure after it
# 今年1月 / 1月份: one month (not the end of a range like 1-9月, nor a day like 1月28日)
_MONTH = re.compile(r"(?<![\d\-—–~至到])(\d{1,2})月(?:份)?(?![\d底末])")

# 记者从市统计局获悉, 市统计局日前发布: a news report whose source is the statistics bureau reports its results
_SAID_WORDS = frozenset({"去年", "今年", "明年", "前年", "过去一年", "过去的一年", "一年来"})  # relative to when said
_FULL_DATE = re.compile(r"(?<!\d)(20[0-5]\d)年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日")
_BUREAU = r"(?:统计局|海关|调查队)"  # who publishes results: a statistics bureau, a customs office, a survey team
_STATISTICS_LEAD = re.compile(
    rf"从[\u4e00-\u9fff]{{0,6}}?{_BUREAU}(?:获悉|了解到)|{_BUREAU}(?:日前|近日|今天|昨天|昨日)?(?:发布|公布)"
    r"|据[\u4e00-\u9fff]{0,6}?(?:统计局|调查队)(?:初步)?核算"  # (据海关统计 may lead one paragraph of a speech)
    # 来源：省统计局新闻处, 省统计局新闻发言人…介绍了今年1-8月全省经济运行情况: the bureau speaks or publishes
    rf"|来源[：:][^\n]{{0,8}}{_BUREAU}|{_BUREAU}[^\n，。]{{0,4}}(?:新闻发言人|有关负责人|负责人)"
    # 广东省统计局　　2026-01-23 10:00: the bureau's own page, its name and the date it published
    rf"|(?m:^[ \t\u3000]*[\u4e00-\u9fff]{{1,12}}{_BUREAU}[ \t\u3000]+(?:发布(?:时间|日期)[：:])?20\d\d[-/.年]\d)"
)
# 其中，… / 分产业看，…: a breakdown of the sentence before, in its period
_BREAKDOWN_OPENERS = ("其中", "分产业看", "分行业看", "分领域看", "分区域看", "从产业看", "从行业看")
_SINCE = re.compile(r"[”’\"」』]?以来")  # 十三五以来 / “十四五”以来
_TARGETS_OF_YEAR = re.compile(r"[，,]?[^，。\n]{0,8}?(?:主要预期目标|预期目标|目标任务|工作安排|主要目标)")
_GONE_BY_AFTER = re.compile(
    r"(?:是)?(?:极不平凡|很不平凡|极不寻常|很不寻常|极为不易|殊为不易)|(?:工作)?回顾"
    # 2025年成绩单陆续出炉: the results of a year gone by (but 2026年“成绩单”和“任务书”: this year's, with its tasks)
    r"|(?:经济)?[“\"]?(?:成绩单|答卷)(?![”\"]?[和与及、][“\"]?(?:任务书|目标|计划|路线图))"
    r"|(?:为|基数为?|的)(?=\d)"  # （2025年为235亿元）, 由2025年的1.6%提高到…: the base of a plan, last year's
    r"|[^，。？?\n]{0,10}?交出了?[^，。？?\n]{0,6}?(?:成绩单|答卷)"  # 2024年广东外贸交出了怎样的成绩单？
)
_RESULTS_IN_TITLE = re.compile(
    r"[^\n，。：:\d]{0,8}?(?:交出|晒出|亮出)?[^\n，。：:\d]{0,4}?[“\"]?(?:成绩单|答卷)(?![”\"]?[和与及、])"
    r"|[^\n，。：:\d]{0,12}?(?:成果|成效)(?:新闻)?(?:发布会|展|通报)"  # (…2025年度招商引资和项目建设成果新闻发布会)
    # 广东21市2024年人均GDP、居民收入“十强”出炉: a ranking of a year's figures, out after it ends
    r"|[^\n，。：:\d]{0,16}?[“\"]?(?:十强|排行榜?|榜单|排名)[”\"]?(?:出炉|揭晓|发布)"
)
_DAY_AFTER = re.compile(r"\d{1,2}月\d{1,2}日")  # ——2026年1月9日在…会议上, 本报讯 2025年2月6日: the day of the text
_GONE_BY_BEFORE = ("过去的", "刚刚过去的", "回望", "回首", "回看")  # also leads of a paragraph of results
_NUMERIC_DATE = re.compile(r"(?<!\d)(20[0-5]\d)[-/.](?P<month>0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)")
_THIS_YEAR_PLAN = re.compile(
    r"今年[^。；\n]{0,20}?(?:提出|力争|确保|目标|预期|要|计划|指标)|(?:提出|力争|确保|目标是|目标为|计划|确定了)[^。；\n]{0,6}?今年"
    r"|新的一年[，,]"  # 2024年，…规模再创新高。新的一年，…如何稳中求进: a text that turns to the year it is in
)
# 2022年，香洲区实现地区生产总值…, 2023年全省地区生产总值达13.57万亿元: a figure of the year, in a sentence that does
# not plan (see _PLAN_WORDS): its results
_RESULTS_OF_YEAR = re.compile(r"[^。；\n]{0,24}?\d")
_RESULTS_HEADING_WORD = re.compile(r"亮点|成效|成绩|成就|进展")
# (江西上半年地区生产总值…: the subject before it; 会议通报，今年一季度，…: who tells it, and 今年)
_SUBJECT_BEFORE_PERIOD = re.compile(
    r"(?:(?:会议|会上|数据|统计|记者)[\u4e00-\u9fff]{0,4}?(?:通报|显示|表明|获悉|了解到)[，,：:])?(?:今年)?[\u4e00-\u9fff]{0,6}"
)
_LEVEL_THEN_GROWTH = re.compile(r"亿元，(?:增长|下降)")  # (…16462.3亿元，增长5.1%: a level, then its growth)
_GOAL_COMPARED = re.compile(r"(?:比|较|高于|低于|超过|超出)年初[^，。；]{0,16}?目标")
# 阳江2025年全社会用电量同比增长7.8% (a title) over 1月26日，记者从…获悉 (a dateline early in a year, with no year):
# a year's results, told in the first months of the next
# (2025年山东外贸进出口3.49万亿元: a figure with its unit right after the indicator; not 2026年1月14日 nor a meeting's
# title, 肇庆举行2024年招商引资大会　现场签约项目68个)
_TOLD_RESULT = re.compile(
    r"(?![^\n]*(?:召开|举行|大会|会议|签约))(?!\d{1,2}月)"
    r"[^\n。，,]{0,16}?(?:(?:同比|实现|完成)[^\n。]{0,8}?\d|\d[\d.]*(?:万亿|亿|万)?(?:元|美元|%))"
)
_GONE_YEAR_TITLE = re.compile(
    r"(?![^\n]*(?:召开|举行|大会|会议|工作报告|规划|计划|部署|展望))[^\n]{0,20}?(?<!\d)(?P<y>\d{4})年(?!\d{1,2}月|以来)[^\n]{0,40}\n"
)
_TITLE_GOAL = re.compile(r"左右|以上|以内|目标|力争|预期|计划|将|要|确保|争取|拟|安排")
_EARLY_DAY = re.compile(r"(?<![\d年月])[1-3]月\d{1,2}日(?=[，,\s上下晚电讯]|召开|举行)")
_TOPIC_SENTENCE = re.compile(r"[^\n\d，。；：]{4,16}。")  # 知识产权创造量质齐升。 (a paragraph's lead)
# 2025年2月6日: a date, not a year of results; 2026年第一季度…活动: a part of the year, this one
_MONTH_AFTER = re.compile(r"\d{1,2}月|第?[一二三四1-4]季度|[上下]半年|前三季度")
# 排在第六到第十位的是苏州、成都…。 (a paragraph that opens with a ranking: results, like a topic sentence)
_RANKING_LEAD = re.compile(r"[^\n。\d]{0,12}(?:排在|排名|位居|位列)第[^\n。]{1,40}。")
_ASPECT_LEAD = re.compile(r"[^\n，。\d]{2,8}方面[，,]")  # 投资和消费方面，… (a paragraph that opens with its topic)
_GOAL_HELD = re.compile(r"咬定目标(?:不放松)?|目标不放松")
_PLAN_WORDS = re.compile(r"提出|力争|确保|目标|预期|计划|要|将|争取")
_SETS_TARGETS = ("提出", "确定", "明确", "锚定", "召开", "举行")  # 提出2022年…, 召开2024年…大会: the text's own year
_THIS_YEAR_AFTER = re.compile(r"[，,][^\n]{0,120}?[。；;]\s*今年[，,]")  # 2023年，…；今年，… in one paragraph
# 2021年是“十四五”开局之年, 今年是实现“十四五”规划目标任务的关键一年: a year of the plan, not its end
_PLAN_YEAR_OF = re.compile(
    # (“十四五”实现良好开局: its first year, done)
    r"[”’\"」』]?(?:的)?(?:实现|迎来)?(?:良好)?(?:开局|起步|开好局|起好步|开新局|收官|首年|关键|攻坚|决胜|冲刺|第[一二三四五])"
    r"|[”’\"」』]?[^，。；\n]{0,14}?(?:之年|的一年|关键一年)"
)
# 2024年是…的关键一年, 2026年是“十五五”开局之年: a year framed as one whose work lies ahead (not 收官之年, which often
# frames the year a review looks back on)
_YEAR_AHEAD_OF = re.compile(r"[^，。；\n]{0,20}?(?:关键一年|开局之年|起步之年|攻坚之年|决胜之年)")
# the first body paragraph's year, after a lead (记者梳理…发现，2024年，全省…)
_FIRST_BODY_YEAR = re.compile(r"(?m)^[^\n]{0,60}?(?<![\d到至])((?:19|20)\d{2})年[，,]")
# a short line of its own that names a year and turns to it (2025年：多地“加码”制造业)
_TURN_HEADING = re.compile(r"(?m)^[^\n。，,]{0,4}((?:19|20)\d{2})年[：:｜|][^\n。]{0,24}$")
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})年?[至到—\-–~]((?:19|20)\d{2})年")
_NEXT_FIVE_YEARS = re.compile(r"(?:今后|未来|此后)五年")  # 今后五年，全市发展的主要目标是：…
_PLAN_TOTAL = re.compile(r"[”’\"」』]?(?:期间|时期)?累计")  # “十五五”期间累计…
# A review of the past year that runs over many paragraphs: from a heading that opens it (一、2023年工作回顾 /
# 回顾2023年 / 一、过去一年工作回顾), or in a work report from a paragraph that opens with 过去一年 / 一年来 (also
# after 2023年是…之年。), to a paragraph that opens the plans (二、… / 今年… / 2024年是… / 主要预期目标). A speech's
# 过去一年 paragraph covers only itself (a paragraph time word).
_HEADING = r"[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]\s*)?"
_REVIEW_HEADING = re.compile(
    _HEADING
    + r"(?:(?:回顾)?(?P<y1>\d{4})年|过去一年|过去的一年)?[^\n。，,]{0,16}?回顾"
    + r"(?:(?P<y2>\d{4})年)?[^\n。，,]{0,6}(?:$|。)"
    # 回顾2025：稳中有进 成绩亮眼, 📈 回眸2023：爬坡过坎 稳中有进, （一）回望2025：稳住基本盘 (a sub-heading)
    + "|"
    + HEADING_LEAD_EMOJI
    + r"(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、.．]|[【\[])?"
    + r"(?:回顾|回眸|回望|回看|回首|盘点|数说|数读)(?P<y3>\d{4})年?"
    + r"(?:[：:｜| \u3000】\]][^\n。，,]{0,12}|[】\]])?$"  # (【回眸2025】, 📊数说2025 alone on its line)
    # 第一章　发展基础 (a plan outline's chapter on the period just ended)
    + r"|[ \t\u3000]*(?:第[一二三四五六七八九十]+章|[一二三四五六七八九十]+[、.．])\s*(?:发展基础|发展成就|主要成就)"
    + r"[^\n。，,]{0,12}$"
)
# (刚刚过去的2025年，是…极不平凡的一年: the year named)
_REVIEW_OPEN = re.compile(
    _HEADING + r"(?:过去一年|过去的一年|一年来|刚刚过去的一年|(?:刚刚)?过去的(?P<y>\d{4})年)[，,]"
)
# 一、2017年全县经济社会发展取得新成效, 一、回望2022：顶住压力, 一、关于2018年的经济工作: a numbered heading that
# names a past year opens a review of it
# (一、过去一年：顶压前行，成绩来之不易: a colon, then a phrase that may have commas)
_PAST_YEAR_HEADING = re.compile(
    r"[ \t\u3000]*[一二三四五六七八九十]+[、.．]\s*"
    r"(?:(?:回望|回顾|回看|回首|回眸|盘点|关于)?(?P<y>\d{4})(?:年(?!以来)|(?=[：:]))(?:[^\n。，,；]{2,24}|[：:][^\n。；]{2,24})"
    r"|[^\n。；]{0,14}?(?:过去一年|过去的一年)(?:[，,]?[^\n。，,；]{0,24}|[：:][^\n。；]{0,24})"
    r"|(?![^\n]*(?:今年|明年|目标|任务))[^\n。；]{0,6}?去年[^\n。；]{0,24}"  # (一、去年经济总量：两城超三万亿元)
    r"|(?![^\n]*(?:今年|明年|目标|任务|要))[^\n。，,；]{0,16}?(?:成绩|成效|成就)"
    r"(?:[^\n。，,；]{0,18}|[：:，,][^\n。；]{0,24}))$"  # (一、去年成绩：苏浙增速领跑，广东总量居首; 一、正视成绩，…)
)
_REVIEW_OPEN_LATE = re.compile(r"[。！]\s*(?:过去一年|过去的一年|一年来)[，,]")  # 2023年是…之年。一年来，…
_WORK_REPORT = re.compile(r"工作报告")
# 今天上午，现场集中签约项目36个: what was signed or started at the meeting itself is done, not a target
# (本次活动共集中开工项目86个: the event, then what it did)
_THIS_EVENT = re.compile(r"(?:此次|本次|本批|今天|今日|当天)(?:活动|仪式)?共?(?:集中)?(?:开工|签约|投产|竣工)")
# a title on the event held (…集中开工活动举行, 肇庆市2026年第一季度重点项目集中开工)
_EVENT_HELD = re.compile(
    r"(?:(?:开工|签约|投产|竣工)(?:活动|仪式|大会)?(?:举行|启动|举办)|(?:集中|同步)(?:开工|动工|签约|竣工|投产)"
    r"(?:暨[\u4e00-\u9fff]{2,4}?)?(?:活动|仪式|大会)?)(?:$|[ \u3000]+(?=[^\n]*\d))"  # (…集中开工暨签约活动;
)  # 广东一季度重大项目集中开工　1386个项目总投资9820亿元: the title's figures after a blank)
# 四会市开工项目19个，总投资96.5亿元 under such a title: the projects started (signed) that day
# (not 开工项目中，某产业园二期项目总投资8.6亿元: one project's plan)
_STARTED_PROJECTS = re.compile(r"(?:开工|动工|签约)的?项目(?:共|分别为)?\d|从(?:开工|动工|签约)项目看")
_ONE_PROJECT = re.compile(r"该项目|的[^，。；\d]{2,30}项目(?!\d)")
_AT_THE_MEETING = re.compile(
    r"(?:今天|今日|当天|会上|现场|会议期间|大会上|此次|本次|主会场|分会场)[^。；]{0,30}?(?:签约|签订|开工|揭牌)"
    r"|\d个[^，。；]{0,8}?(?:集中|同步)(?:动工|开工|签约|竣工)"  # 78个重大项目集中动工: the day's event
    r"|(?:集中|现场)?签约(?:重大)?项目(?=\d)"  # 签约项目68个 总投资超800亿元 (a signing's headline)
)
_REPORT_LEAD = r"(?:报告|会议|全会|纲要|规划|建议)(?:同时|还|也)?(?:提出|指出|强调|明确|要求)[，,]"  # 报告提出，…
_REPORT_SAYS = r"(?:" + _REPORT_LEAD + r")?"
_REPORTED = re.compile(r"[ \t\u3000]*" + _REPORT_LEAD)
_CLOSING_YEAR = re.compile(r"[ \t\u3000]*" + _REPORT_SAYS + r"(\d{4})年")  # (the year a closing line names first)
_REVIEW_CLOSE = re.compile(
    HEADING_LEAD_EMOJI  # (bullets and emoji before a heading, and a bracket: 🎯【2026年目标】)
    # (报告提出，2026年是“十五五”开局之年…: the report's words on the year ahead, after a lead)
    + _REPORT_SAYS
    + r"[【\[]?(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+章|今年|明年|新的一年|当前"
    r"|\d{4}年(?:是|的?工作|经济社会发展|政府工作|主要|的?目标|的?任务)|(?:\d{4}年)?(?:经济社会发展的)?主要预期目标"
    r"|\d{4}年[，,](?:我们|我[省市区县]|全[省市区县])?(?:将|要)"  # 2026年，我们将坚持…
    r"|(?:今后|未来)(?:五年|一个时期)"
    r"|(?<=[【\[])[^】\]\n]{0,10}(?:目标|任务书?)[^】\]\n]{0,6}[】\]])"  # 【市州目标】各地争当“排头兵”
)
_HEARD = re.compile(r"(?:通报|听取|汇报)了?[^，。]{0,2}$")  # 通报了经济运行情况: a meeting, not a release
_SPEAKER_INTRO = re.compile(
    r"[^，。\n]{0,16}(?:指出|表示|说|透露|介绍|强调|通报|提出|显示)[，,]"
)  # 许某在讲话中回顾说，
_FIRST_ESTIMATE = re.compile(r"初步(?:统计|核算|测算|估算)")  # 初步统计，…: the whole sentence is an estimate
# 初步核算，2024年全区…。全区规上工业… / 报告回顾指出，2021年全省…: a statistics or review lead before a year that
# opens a paragraph (its results)
_RESULTS_LEAD = re.compile(
    f"(?:{_SPEAKER_INTRO.pattern})?(?:"  # (报告指出，刚刚过去的2020年，…: the speaker, then any lead)
    + r"(?:据|经)?"
    + _FIRST_ESTIMATE.pattern
    + r"[，,]|[^，。\n]{0,12}回顾[^，。\n]{0,6}[，,：:]"
    + "|回顾|"
    + "|".join(_GONE_BY_BEFORE)
    + r"|从[^，。\n]{0,12}数据[^，。\n]{0,4}看[，,]|[^，。\n]{0,12}数据显示[，,]"  # 从已公布的数据看，2023年…
    + r"|根?据[^，。\n]{0,10}?(?:报告|统计|数据|公报|通报|了解)[，,]"  # 根据报告，2024年福建全省…
    + r"|截至|截止到?"  # 截至2025年底，全市实有经营主体突破148万户…: the stock then, and the paragraph's results
    + ")"
)
_RESULTS_LEAD_ENDS = frozenset("，,：:顾至止到" + "".join(w[-1] for w in _GONE_BY_BEFORE))  # what a lead ends with
_FINISHING_YEAR = re.compile(r"(?:冲刺|决战|奋战|决胜|抓好)四季度")  # 全力冲刺四季度，力争全年…: this year, to finish
_SET_AT_START = re.compile(r"年初(?:确定|提出|设定|制定|定下)")
_WHOLE_YEAR_ESTIMATE = re.compile(r"预计[，,]?[^。；，]{0,4}全年|全年[^。；，]{0,12}?(?:预计|有望)")  # 预计全年…


# 全年社会消费品零售总额… / 明珠湾起步区全年完成投资…: a sentence on the whole year, opening with it or its subject
# (其中，…: a part of what came before; 受海外需求收缩影响，全年…: after a cause)
# (招商引资方面，全年新签约…: a topic before it)
_SUBJECT_LINE = re.compile(r"(?m)^(?:主题|题目)[：:][^\n]*")
_SAME_AS_AFTER = re.compile(r"(?:相比|相较|比较|持平|基本持平|同期)")
_WHOLE_YEAR_OPENING = re.compile(
    r"(?:受[^，。；]{1,20}?影响[，,])?(?:[\u4e00-\u9fff]{1,10}方面[，,])?[\u4e00-\u9fff]{0,8}?全年|其中[，,]"
)
# 五年年均增长4.6%, 两年平均增长6.9%, 五年累计完成投资4800亿元: an average or a total over the years to then
_YEARS_AVERAGE = re.compile(r"(?<![\d—\-])([两二三四五六七八九十]|\d{1,2})年(?:来)?(?:年均|平均|累计)")
_SMALL_NUMBERS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
_PLAN_SETS = re.compile(
    r"(?:(?:规划)?《?纲要》?(?:（草案）|草案)?|草案)(?:还)?(?:提出|明确|要求)"
)  # 纲要草案提出，…, 草案明确
# 回望“十四五”，…, “十四五”时期，… opening a paragraph
_LOOKING_BACK = re.compile(r"(?:回望|回顾|回首|回看|纵观|盘点)?[“\"]?")
_MULTIPLE_OF = re.compile(r"的[\d.]+倍")  # 是2020年的1.8倍
# “十五五”主要指标, “十五五”时期发展目标: a heading (a short line of its own) over the targets of a plan period
_PLAN_TARGETS_HEADING = re.compile(
    # (【锚定“十五五”】五个方面主要目标: a bracketed lead and a few words between)
    HEADING_LEAD + r"[【\[]?[\u4e00-\u9fff]{0,4}[“\"]?(十[一二三四五六七八九]五)[”\"]?[】\]]?(?:时期|期间)?"
    r"[\u4e00-\u9fff]{0,6}?(?:主要|发展)?(?:指标|目标|预期目标)"
    r"(?:[ \t\u3000]*$|[：:][^\n。]{0,30}$)"  # (■“十五五”主要目标：到2030年经济总量突破4000亿元)
)
# 【“十五五”展望】到2030年经济总量冲刺6000亿元: a bracketed label naming a plan period over its goals (not
# 【“十四五”回眸】)
_PLAN_BRACKET_HEADING = re.compile(
    HEADING_LEAD
    + r"(?![^\n]*(?:回眸|回顾|回望|成就|成绩|收官))[【\[][^】\]\n]{0,4}[“\"]?(十[一二三四五六七八九]五)[”\"]?"
    r"[^】\]\n]{0,6}[】\]][^\n。]{0,30}$"
)
_SUB_ITEM_MARK = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．])")
# (制造业“1269”行动计划深入实施: a programme, no plan; 本次活动共集中开工项目86个，…年度计划投资158亿元；集中签约
# 项目54个: the projects' planned amount for the year, which plans nothing after it)
_PLANNED_TOTAL = re.compile(
    r"计划总投资|行动计划|年度计划投资|完成年度计划|年度计划的|计划完成率"
)  # (完成年度计划的58.3%: a noun)
# 其中9月当月增长11%, 其中，8月份增长7.9%: one month broken out
_MONTH_ALONE = re.compile(r"\d{1,2}月份?(?:当月|单月)|(?<=其中，)\d{1,2}月份?|(?<=其中)\d{1,2}月份?")
# the text's own date (12月26日，… / 12月26日至27日 / 12月26日上午), not a deadline it sets (确保12月18日如期启动)
_PROGRESS_TITLE = re.compile(r"截至(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末)|进度|进展情况|1[-—－至]1[01]月")
_DECEMBER_HEAD = re.compile(
    r"(?<![\d至到—\-])12月\d{1,2}日(?=[，,\s上下晚电讯至(（]|召开|举行)|\d{4}-12-\d{2}|\d{4}年12月"
)
# (a November dateline too, of a text that plans 明年 more than once: a policy address, 施政报告, on the year it closes)
_YEAR_END_HEAD = re.compile(
    r"经济工作会议|" + _DECEMBER_HEAD.pattern + r"|(?<![\d至到—\-])11月\d{1,2}日|\d{4}-11-\d{2}|\d{4}年11月"
)
_PLANS_NEXT = ("部署", "谋划", "安排")  # 部署2024年目标任务 at a year-end conference: the coming year
# the holidays a report may be on, with the month each ends in (its figures are results once that month is over)
_HOLIDAY_MONTH = {"元旦": 1, "春节": 2, "清明": 4, "五一": 5, "劳动节": 5, "端午": 6, "中秋": 10, "国庆": 10}
_HOLIDAYS = "|".join(_HOLIDAY_MONTH)
# 2026年春节假期（2月15日至23日，共9天）, 国庆黄金周（10月1日至8日）: a holiday, then its dates in brackets
_HOLIDAY = re.compile(rf"(?:(\d{{4}})年)?(?:{_HOLIDAYS})[^\n，。（(]{{0,6}}?(?:假期|黄金周|小长假)[（(]")
_HOLIDAY_ENDED = re.compile(
    r"(\d{1,2})月(\d{1,2})日[，,]为期(\d{1,2}|[一二三四五六七八九十])天的(?:\d{4}年)?"
    rf"(?:{_HOLIDAYS})[^\n，。]{{0,6}}?(?:假期|黄金周|小长假)(?:正式)?(?:落下帷幕|结束|收官)"
)
_DAY_SPAN = re.compile(r"(?<![\d])(\d{1,2})月\d{1,2}日(?:至|到|—|-)(?:\d{1,2}月)?\d{1,2}日")  # 10月1日至8日
_HOLIDAY_HEAD = 800  # the dates of the holiday a report is on are given in its first paragraphs
_DAY_NEAR_HEAD = re.compile(r"(?<![\d至到—\-])(\d{1,2})月\d{1,2}日(?!前|起|至|到|—|-)")
_AGAINST_A_PLAN = re.compile(r"(?:比|较)(?:上年|去年)(?:的)?(?:计划|预算)")  # (比上年计划增长6.2%)
_PLANS_THE_CHANGE = re.compile(r"(?:要|将|需|力争|确保|争取)$")
# 一般公共预算收入预期为4380亿元，按年增长3% / 支出安排5260亿元，同比增长2.5%: the change of a level planned just before
_PLANNED_LEVEL = re.compile(r"(?:预期为|预期达到|安排|预算为)[\d.,]+(?:万亿|亿|万)?元(?:人民币)?[，,]$")


def _planned_change(text: str, cue: int, floor: int) -> bool:
    """Whether a plan word leads the comparison cue at `cue` (要比上年提高…: a change planned, not a result), or the
    comparison is with last year's plan (年度计划投资1380亿元，比上年计划增长6.2%: a plan against a plan), or the
    change is of a level just planned (预期为4380亿元，按年增长3%)."""
    return (
        _PLANS_THE_CHANGE.search(text, max(floor, cue - 2), cue) is not None
        or _AGAINST_A_PLAN.match(text, cue) is not None
        or _PLANNED_LEVEL.search(text, max(0, cue - 30), cue) is not None
    )


# 分季度看，一季度增长4.4%，上半年增长3.9%…: a series of the parts of a year, each its own (none goes on after it)
BY_QUARTER = re.compile(r"分季度(?:来)?看|从各?季度(?:来)?看|分月份?(?:来)?看")
_PERIOD_END_MONTH = {"Q1": 3, "Q2": 6, "H1": 6, "Q3": 9, "Q1-Q3": 9, "Q4": 12, "H2": 12}


def _period_end_month(period: str) -> int | None:
    """The month a part of the year ends in (Q1-Q3: 9, M01-M10: 10, M11-M12: 12), None for a whole year."""
    if (last := _LAST_MONTH.search(period)) is not None:
        return int(last.group(1))
    return _PERIOD_END_MONTH.get(period)


_LAST_MONTH = re.compile(r"M(\d{2})(?:D\d{2})?$")  # M01-M10, M04D04-M04D06: the month the period ends in
# 投产, 建成, 开工 …: what a plant or project does on a date (the date is no period or year of its figures)
_EVENTS = "投产|开工|竣工|建成|完工|投用|投入使用|通车|开业|并网|实现并网|实现全容量并网|试运行"
_EVENT_DATE_AFTER = re.compile(rf"(?:\d{{1,2}}月|年?底|年初|年中|上半年|下半年)?(?:底|末|前|内)?(?:{_EVENTS})")
_REPORTED_YEAR = re.compile(
    r"(?<![\d到至])(20[0-5]\d)年?度?[\u4e00-\u9fff]{0,10}?(?:经济年报|统计年报|统计公报|经济运行情况|国民经济运行情况)"
)
_HASHTAG = re.compile(r"#[^#\n]{1,30}#")
# (2025年04月08日　来源：经济参考报: a day with the byline after it, in the first half of a year too; a dateline on a
# line of its own under a spring communiqué's title is its publication, not its year)
_BYLINED_DAY = re.compile(
    r"(?<!\d)(20[0-5]\d)年0?[1-6]月\d{1,2}日(?=[ \t\u3000]+(?:记者|作者|来源|通讯员|编辑|文[/／:：]))"
)
_LATE_DATELINE = re.compile(
    r"(?<!\d)(20[0-5]\d)(?:[-/.](?:0?[7-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)|年(?:[7-9]|1[0-2])月(?:\d{1,2}日)?"
    # (清远日报　2025年12月18日　记者 黄某: a dateline with its byline after it)
    r"(?=\s*(?:\n|$)|[ \t\u3000]+(?:记者|作者|来源|通讯员|编辑|文[/／:：])))"
)
# the outline of a five-year plan, or its draft (not a review of one: 规划纲要实施中期评估报告)
# 今年是“十四五”规划收官之年 (group 1: the plan ending this year); 为“十五五”良好开局打下坚实基础, 为“十五五”
# 开好局奠定基础 (group 2: the plan starting next year)
_PLAN_FRAME = re.compile(
    r"今年是[“\"]?十([一二三四五六七八九])五[”\"]?(?:规划)?(?:的)?(?:收官之年|最后一年)"
    r"|为[“\"]?十([一二三四五六七八九])五[”\"]?(?:规划)?(?:实现)?(?:良好开局|开好局|起好步|顺利开局|开局起步)"
)
_PLAN_OUTLINE = re.compile(
    r"(?:十([一二三四五六七八九])五[”\"]?|第十([一二三四五六七八九])个五年)(?:[^。]{0,20}?(?:规划纲要|纲要[（(]?草案|远景目标纲要)"
    r"|规划(?:《?纲要》?|[（(]?草案))"
    r"(?![^\n]{0,6}?(?:实施|中期|评估|执行))"
)
# a year-end conference's review of this year (今年是“十四五”规划收官之年: the year framed)
_AGENDA = re.compile(r"(?:审查|审议|批准|表决)[^。]{0,40}$")  # 大会将审查批准…纲要: what the session is to adopt
_THIS_YEAR_SO_FAR = re.compile(r"今年以来|今年[，,]|一年来[，,]|今年是")
# 年均增长, 累计完成/新增 (but 累计达到72家 is a total to date, no period)
_BASE_AFTER = re.compile(r"(?:同期)?的?(?:低|高)?基数")
_HEARSAY = ("据悉", "据介绍", "介绍")  # what the news heard: a result or a plan, as the year it names says
# 《汕头市推动制造业当家三年行动计划（2024—2026年）》: a plan of action over the years it names
_ACTION_PLAN = re.compile(
    r"(?:行动计划|行动方案|实施方案|工作方案)》?[（(](\d{4})年?\s*[—\-–－~至到]\s*(\d{4})年?[）)]"
)
_PART_OF_PLAN = re.compile(r"[”\"]?(?:的|时期|期间)?([前头后])([两二三四])年")  # (“十四五”前两年: its first two years)
_RECORD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:新高|新低|最高|最低|最好|最快|峰值)")  # (近三年单月新高)
_DURING = re.compile(r"期间|时期")  # “十五五”期间: the period named, over which what is added is a total
_DURING_ENDS = re.compile(r"[；;。]|到\d{4}年")
# what is added, built or done over a period (a flow), not a stock at its end (总数达到220家)
_FLOW = re.compile(r"新增|新建|改扩建|改造|实施|安排|谋划|计划|完成|引进|培育|打造|开工|建成")
_OVER_SPAN = re.compile(r"年均|累计(?:完成|新增|实现|投资|引进|建成|改造)")
_CHANGE_BETWEEN = re.compile(
    r"[\d.%]+[^\d，。；]{0,3}?(?:(?:增加|提高|提升|增长|上升|下降|降低|减少|扩大|跃升|攀升|升|降|增)(?:到|至)|(?:调整|优化)[为到])"
)
_SIGNING_HEADING = re.compile(
    HEADING_LEAD + r"[^\n。，]{0,6}?(?:现场签约|集中签约|签约现场|签约仪式|签约项目)[^\n。，]{0,24}$"
)  # ■现场签约：一批大项目“落子”肇庆, 签约项目“含金量”高
_ENDED_PLAN_HEADING = re.compile(
    r"(?![^\n]*(?:目标|任务|今年|明年))[^\n。，,；]{0,6}?[“\"]?(十[一二三四五六七八九]五)[”\"]?[^\n。，,；]{0,18}$"
)
_PART_RESULTS_TITLE = re.compile(r"运行|成绩单|答卷|半年报|分析会")
_NAMES_PAST = re.compile(r"去年|上年|过去一年|\d{4}年")
_COMPARED_WITH = ("比", "较", "比去年", "较去年", "比上年", "较上年")  # 比去年全年加快2.1个百分点: the base
_GOAL_AFTER = re.compile(
    r"[\d.]+%?(?:左右|以上|以内)?[”\"]?(?:的(?:预期|增长|年度|全年|发展)?|的?增长|等(?:主要|各项)?)?(?:目标|预期)"
)  # (…增长15%等主要目标均可超额完成)
# 2023年GDP目标为增长6%, 惠州年初提出增长7%, 云浮年初计划增长4.5%, 考核目标（93.5%）: a goal named right before its
# figure, even of a year gone by (the result follows: 实际增长6.0%)
# 最终实现增长5.8%, 计划新增公办学位1.2万个，实际新增1.36万个
# 春节期间, 国庆假期: a holiday of the text's year, which has passed once its month has (the month it ends in)
_HOLIDAY_SPELL = re.compile(rf"({_HOLIDAYS})[”\"]?(?:期间|假期|黄金周|小长假)")
_STREAK_BEFORE = re.compile(r"连续[\d一二三四五六七八九十两]+年[^，。；\d]{0,6}$")  # 连续三年超300亿元
_RESULT_BEFORE = re.compile(r"(?:实际|最终)(?:实现|完成|新增|达到)?(?:增长|增速|下降)?(?:分别|依次)?(?:为|是)?$")
# 社会消费品零售总额：计划增长6.5%，完成208.4亿元，增长5.1%: what was done against the plan named before it
_DONE_AFTER_PLAN = re.compile(
    r"[：:](?:年初)?(?:计划|目标|预期)[^，。；\d]{0,6}\d[^，。；]{0,6}[，,；;](?:经初步核算，)?(?:全年)?(?:完成|实现)[^，。；]*"
    r"(?:[，,](?:同比)?(?:增长|下降)[^，。；]*)?$"
)
# 年度计划改造城镇老旧小区1500个，目前已全部开工，完工1268个，惠及居民约21万户: what is done so far, after the plan
_DONE_SO_FAR = re.compile(r"目前已[^，。；]{0,12}[，,](?:已)?(?:完工|建成|交付|惠及|完成|新增)[^。；]*$")
_ANNUAL_PLAN_BEFORE = re.compile(r"年度计划投资(?:为|是|约|达)?$")
_ESTIMATE_LEAD = re.compile(r"\s*(?:据|经)?(?:初步核算|初步统计|统计|数据显示)?[，,]?")  # 据初步核算，上半年…
_TOWN_OPENING = re.compile(r"\s*[\u4e00-\u9fff]{2,4}(?:镇|街道|乡)(?:、|和|[\u4e00-\u9fff]{0,2}(?:要|将|以|依托))")
_PURPOSE_AFTER = re.compile(r"[^，。；\d]{0,16}?(?:积蓄|奠定|打下|夯实|蓄积|蓄力|提供)")
_ARRANGED_BEFORE = re.compile(r"(?:今年|全年|年内)[^。；\d]{0,8}?安排(?![^。；]*?(?:完成|实现|累计))")
_ONCE_RUNNING = re.compile(r"(?:全部|全面)?(?:达产|投产|建成)后")
_PROGRESS_AFTER = re.compile(
    r"(?:截至|截止)?[^，。；]{0,8}?已(?:新增|建成|完成|开工|改造|实施|接种|提供|发放|培训|落地)[^，。；]*\d"
)
_RESULT_WORD = re.compile(r"实际增长|最终实现")  # 年初提出增长6%，全年实际增长5.1%，…: what follows is a result too
_GOAL_BEFORE = re.compile(
    r"(?:目标|预期|计划|提出|确定的|定下的)(?:均|都|分别|依次)?(?:是|为|定为|定在|[（(])?(?:增长)?$|年度计划投资$"
    r"|(?:年初|此前)(?:确定|提出|设定|定下)的[^，。；\d]{0,10}?增长$"  # 年初确定的地区生产总值增长5.5%
)
_LISTED_BEFORE = re.compile(r"(?:[\d.]+%?(?:左右|以上)?[、和及与])+$")
_GOAL_RESTATED = re.compile(r"[，,](?:年初)?(?:设定的|确定的|提出的)?(?:增长)?目标(?:分别|均|依次)?(?:为|是|定为)")
# 优良天数比例为96.4%，高于省下达的考核目标（93.5%）…；PM10年均浓度为35微克: a result measured against its goal,
# which plans nothing after it (but 超过八成城市的增长目标: more than a share of the regions, whose goals follow)
# 2025年…全年争取上级转移支付资金168亿元: 争取 as the verb of funds obtained, which plans nothing in a review of a
# year gone by (a plan's 今年争取上级资金… is dated by its own words)
_OBTAINED = re.compile(r"争取(?=到|上级|中央|省级?|国家|专项|转移支付|资金|债券)")
_GOAL_BEATEN = re.compile(
    r"(?:高于|低于|优于|好于|超过|超额完成|跑赢)(?:了)?[^，。；\d一二三四五六七八九十两]{0,10}?目标"
    # (低于6%的目标, 未达到年初提出的5%以上目标, 与“增长5%左右”目标相差, 距5%的目标: set against a goal)
    r"|(?:远低于|低于|远超|高于|未达到|未完成|距|与)(?:年初)?(?:提出|设定|确定)?的?"
    r"[“\"「]?(?:增长)?[\d.]+%(?:左右|以上)?[”\"」]?的?目标"
)
# 增速居全市前三, 增速全市第一, 排全省第三位, 位居珠三角前列: a rank, which only a result has
_RANKED = re.compile(
    r"(?:(?:增速|增幅|总量|规模)(?:位?居|排名?|位列)?|分列|分居|位列|位居)(?:全[国省市区县]|[^，。；\d]{0,6}中)?"
    r"(?:第[一二三四五六七八九十\d]+(?:[、至到][一二三四五六七八九十\d]+)?位?|前[一二三四五六七八九十\d]+(?!个)|首位|前列|榜首)"
)  # (新疆、甘肃分别增长6.2%、5.9%，分列第二、三位)
_FIRST_MONTHS = re.compile(r"前(\d{1,2})个月")  # 前11个月: the months of the year so far
# 上半年外贸进出口增长12.6%, 上半年经济成绩单出炉: a title on the results of a part of the year
_TITLE_RESULT = re.compile(
    r"(?:增长|下降|增速|同比)[\d.]+%|成绩单|答卷|半年报"
    r"|完成(?:年度|全年)?(?:计划|任务)的?[\d.]+%|完成投资[\d.]+"  # 上半年全省重点项目完成投资5920亿元 (progress)
)
# 高于年度计划（增长8%）, 完成年度计划（1480亿元）, 年度计划投资820亿元: the goal of the whole year right before a
# figure (not 完成年度计划59.3%, the progress towards it)
_WHOLE_YEAR_GOAL = re.compile(
    r"(?P<done>完成|为|占|达)?(?:年度|全年)(?:计划|目标|预算)(?:目标|投资)?(?P<bracket>[（(])?(?:增长|下降|为)?[^，。；的\d]{0,2}$"
)
_PERCENT_AT = re.compile(r"[\d.]+%")
_PROGRESS = re.compile(
    r"(?:完成|占|为|达)(?:全年|年度)(?:目标|计划|任务)"  # 完成全年目标的48%, 占年度计划的82.3%
    # 完成2025年1800亿元目标的83.2%, 已达到2025年目标值（2500亿元）的81.7%, 完成五年目标15万人的62%
    r"|目标值?(?:（[^）\n]{0,16}）|[\d.]+(?:万|亿|万亿)?[元家人个项户套]?)?的(?=\d)"
)


def _estimate_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has an estimate word (预计, 初步统计 …), not as part of 超预期 (beyond expectations)."""
    found = _cue_patterns()["estimate"].finditer(text, start, end)
    return any(m.start() == 0 or text[m.start() - 1] != "超" for m in found)


def _outside(offsets: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """The offsets that lie in none of the spans (few: usually none)."""
    return [o for o in offsets if not any(a <= o < b for a, b in spans)] if spans else offsets


# 三、关于明年的重点工作 / 二、2025年工作安排 (in a December speech): a numbered heading that names the coming year
# dates its section, up to the next numbered heading
_TOP_HEADING = re.compile(r"[ \t\u3000]*[一二三四五六七八九十]+[、.．]")
# 抓项目：策划生成不少于300个 (a task's label, then a colon): a sub-heading, though it holds a figure
_TASK_HEADING = re.compile(HEADING_LEAD + r"([\u4e00-\u9fff]{2,6})[：:][^，,。；\n]*$")


def _task_heading(text: str, p: int, end: int) -> bool:
    """Whether text[p:end] is a sub-heading on a task with a figure (抓项目：…), not on a region (江门：…)."""
    m = _TASK_HEADING.match(text, p, end)
    if m is None or VALUE_LABEL_ROW.fullmatch(text, p, end):
        return False  # 固定资产投资：下降2.3%: a row of labelled values, no heading
    return not RegionIndex.load().candidates(m.group(1))


_YEAR_PAST = frozenset({"过去一年", "过去的一年", "一年来"})  # the twelve months up to the text (not 去年, 上年)
_PLAN_WORDS_LINE = re.compile(
    r"目标|任务|今年|明年|计划|部署|要|将|左右|以上|力争|确保|争取"
)  # (外贸：进出口增长4%左右)
# the first paragraph under a sub-heading opening with a year (省统计局数据显示，2024年全省…, 2024年，全区…)
_YEAR_LEAD_BELOW = re.compile(
    r"\s*(?:[^，。\n]{0,14}(?:数据显示|统计显示|获悉|介绍|显示|通报|指出)[，,])?((?:19|20)\d{2})年(?!以来|是)"
)
# 【2025年：…】, ■2025年｜…, 🎯【2026年目标】, ■2026年预算安排：…
_YEAR_SUBHEADING = re.compile(HEADING_LEAD_EMOJI + r"[【\[]*(\d{4})年(?:[：:｜|]|目标|任务|计划|预算|安排|展望|部署)")
_NEXT_YEAR_HEADING = re.compile(r"[^\n。；]{0,12}?(?:明年|(?P<y>\d{4})年)[^\n。；]{0,16}$")
# 去年成绩单：工业增速领跑全市: a news sub-heading (a short line of its own) on last year's results opens a review
# of it, up to the next sub-heading
_PAST_SUBHEADING = re.compile(
    r"(?![^\n]*(?:今年|明年|(?:目标|任务)(?![^\n]*完成)))[^\n。，,；]{0,10}?(?:(?<![比较])(?:去年|过去一年|上年)[，,]?|成绩单|(?<!\d)(?P<y>\d{4})年(?=[：:，,]|[^\n]*(?:成绩|成效|成就|回顾|回眸|回望|盘点|答卷|报表|完成情况|执行情况))[，,：:]?)"
    r"[^\n。，,；]{0,18}$"
)  # (📌 2019年成绩单: a year gone by, named with its results; ▌2025年，这些数据很“硬核”: the year, then what of it;
# 🔹01 成绩单：“十四五”圆满收官: last year's; 去年主要目标任务较好完成: its goals done)
_BREAKDOWN_PLANS = re.compile(r"目标|提出|计划(?!总投资)|力争|确保|争取|预期|今年|明年")  # (计划总投资: a noun)
_BREAKDOWN_PARAGRAPH = re.compile(r"^[ \t\u3000]*(?:从|分)[^，。\n]{1,10}(?:看|来看)[，,]", re.MULTILINE)
# 成绩：2017年经济总量逼近万亿 (a sub-heading labelled as results, then naming their year)
_RESULTS_LABEL = re.compile(
    r"(?![^\n]*(?:今年|明年|目标|任务))"
    + HEADING_LEAD_EMOJI
    + r"(?:成绩|成效|答卷)[：:｜|]\s*(?P<y>\d{4})年[^\n。；]{0,16}$"
)
# a figure with its unit (✅ 固定资产投资增长21.5%): an item of a list, no sub-heading (02, 2020年目标 may be one)
_QUANTITY_IN_LINE = re.compile(r"\d[\d.,]*(?:%|亿|万|千|百|个|家|项|元|吨|亩|人|座|套|辆|平方|公里|标箱)")
_THIS_YEAR_REVIEW = re.compile(_HEADING + r"(?:关于)?今年[^\n。，,]{0,10}$")  # 一、今年工作回顾 (a December speech)


# 县域经济“成绩单”陆续出炉 广东多个县（市）2025年交出亮眼答卷: a title on the results of a year gone by (with no
# word of targets or tasks, but for the targets set at its start: 谁完成了年初目标？) opens a review of that year
# that runs through the text, up to a sub-heading on the plans
_RESULTS_TITLE = re.compile(
    # (…多数省份完成年度增长目标: the goals met, results too)
    # (数说2025丨小榄这一年: a year in figures)
    # (广东21市2025年GDP全部揭晓; 某市2025年就业工作成效显著)
    r"(?=[^\n]*(?:成绩单|答卷|这一年|数说|年终盘点|揭晓|成效显著|成效明显|年报|出齐))"
    r"(?![^\n]*(?:(?<!年初)(?<!年度增长)(?<!完成)(?<!完成了)(?<!跑赢)(?<!跑赢了)目标|任务|今年|明年|计划|路线图|这样干|怎么干))"
    r"[^\n]{0,40}?(?<!\d)(?P<y>\d{4})(?:年|(?=[丨|｜ ·！!]))[^\n]{0,40}\n"  # (数读2025｜…, the bar folded to a blank)
)


# 广东2025年外贸进出口9.38万亿元 规模连续40年居全国首位: a title that states a figure of a year gone by, planning
# nothing, over a release on that year's results (its next title line may state this year's goal)
_RESULT_FIGURE_TITLE = re.compile(
    r"(?![^\n]*(?:目标|任务|今年|明年|计划|预计|力争|确保|冲刺|路线图))"
    r"[^\n]{0,20}?(?<!\d)(?P<y>\d{4})年[^\n\d，。]{1,16}?\d[\d.,]*(?:万亿|亿|万)?(?:元|美元|吨|辆|%)[^\n]{0,40}\n"
)


# 县域经济“成绩单”出炉, 各市经济答卷揭晓: a title on results just out, with no year (nor plans) named
# (佛山民营经济“成绩单”出炉：经营主体超150万户　今年力争…: the title's last part, after a blank, may plan; the
# review then closes at the text's part on the plans)
_PLAN_OR_YEAR = r"(?<!年初)目标|任务|今年|明年|计划|路线图|这样干|怎么干|\d{4}年"
_YEARLESS_RESULTS_TITLE = re.compile(
    rf"(?![^\n]*?(?:{_PLAN_OR_YEAR})[^\n]*?(?:成绩单|答卷))"
    r"[^\n]{0,30}?(?:成绩单|答卷)[”\"]?(?:陆续)?(?:出炉|揭晓|晒出|亮相|公布)"
    rf"(?:(?![^\n]*(?:{_PLAN_OR_YEAR}))[^\n]{{0,40}}|[^\n \u3000｜|]{{0,30}}[ \u3000｜|]+(?:今年|明年)[^\n]{{0,40}})\n"
)


_LAST_YEAR_RESULTS_TITLE = re.compile(
    r"(?![^\n]*(?:今年|明年|目标|计划))[^\n]{0,30}?(?:去年|上年)[^\n，。]{0,12}?(?:出炉|揭晓|公布|晒出)[^\n]{0,40}\n"
)
# 问：“十四五”时期，惠阳取得了哪些发展成就？ / 问：《建议》提出了哪些主要目标？ (an interview's question, on a line)
# (记者问：2025年汕头经济发展交出了怎样的答卷？, 南方日报记者：…, Q：…)
_QUESTION = re.compile(r"^[ \t\u3000]*(?:[\u4e00-\u9fff]{0,6}记者问?|问|Q)[：:]([^\n]*)$", re.MULTILINE)
_ASKED_YEAR = re.compile(r"(?<!\d)(\d{4})年")
_ASKS_RESULTS = re.compile(r"成就|成绩|成效|回顾|答卷|怎么样|如何评价|表现|这一年|过去一年|去年")
_ASKS_AHEAD = re.compile(r"今年|明年|新的一年|下一步|未来|接下来|将|推进|打算")
_FOLLOW_UP = re.compile(r"刚才|提到|背后|原因|为什么|为何")  # a question on the answer before
_ASKS_TARGETS = re.compile(r"目标|打算|安排|部署|计划|任务")
_HORIZON_YEAR = re.compile(r"到(\d{4})年")
# a sentence opening with a place that sets out its own goals (惠东县提出, 英德市明确)
_OWN_GOALS_OPENING = re.compile(r"[\u4e00-\u9fff]{1,6}[省市县区旗](?:提出|明确|表示|计划)")


_PERIOD_HEADING = re.compile(
    r"^[ \t\u3000]*[一二三四五六七八九十]+[、.．]\s*"
    r"(?:((?:\d{4}年)?(?:上半年|下半年|前三季度|[一二三四]季度|\d{1,2}[-—至]\d{1,2}月))[：:，,][^\n]{0,24}"
    # 一、客观看待前三季度经济运行态势: a heading on how a part of the year went
    r"|[^\n，。：:\d]{0,6}?((?:上半年|前三季度|[一二]季度|\d{1,2}[-—至]\d{1,2}月))(?:全[市区县省])?"
    r"(?:经济)?(?:运行|形势|态势|发展|(?:计划)?执行)(?:情况|态势|形势)?[^\n，。\d]{0,6})$",
    re.MULTILINE,
)


def _answer_sections(text: str, doc_year: int, last_done: int | None) -> list[tuple[int, int, int, str]]:
    """(start, end, year, kind) of the answers in an interview, up to the next question: an answer on what was
    achieved is a review of the last year with results (kind actual); an answer on targets that names a horizon
    (到2030年) is dated by it (kind '')."""
    out: list[tuple[int, int, int, str]] = []
    questions = list(_QUESTION.finditer(text))
    for k, q in enumerate(questions):
        start, end = q.end() + 1, questions[k + 1].start() if k + 1 < len(questions) else len(text)
        asks = q.group(1)
        if _ASKS_TARGETS.search(asks):
            horizon = _HORIZON_YEAR.search(text, start, end)
            if horizon is not None and int(horizon.group(1)) > doc_year:
                out.append((start, end, int(horizon.group(1)), ""))
        elif _ASKS_RESULTS.search(asks) and last_done is not None:
            # (the year the question names, when it is one with results: 2025年…交出了怎样的答卷？)
            named = [int(y) for y in _ASKED_YEAR.findall(asks)]
            year = named[0] if len(named) == 1 and named[0] <= last_done else last_done
            out.append((start, end, year, "actual"))
        elif (
            out
            and out[-1][1] == q.start()
            and out[-1][3] == "actual"
            and _FOLLOW_UP.search(asks)
            and not _ASKS_AHEAD.search(asks)
        ):
            # 您刚才提到…，背后的原因是什么？: a follow-up on the answer before goes on with its results
            out.append((start, end, out[-1][2], "actual"))
    return out


def _next_year(text: str, start: int, end: int) -> int:
    """Where the next year named in text[start:end] begins, else `end`."""
    m = _YEAR.search(text, start, end)
    return m.start() if m is not None else end


def _bulleted_block_start(text: str, line_start: int) -> int:
    """Where the block of a bulleted line starting at `line_start` begins: the bulleted lines right above it (no blank
    line between), and the caption over them, a line that ends with a colon."""
    block = line_start
    while block > 1 and text[block - 1] == "\n" and text[block - 2] != "\n":
        above = text.rfind("\n", 0, block - 1) + 1
        if not bullet_at(text, above) and text[block - 2] not in "：:":
            break
        block = above
        if not bullet_at(text, above):
            break  # (the caption)
    return block


def _ruled_under(text: str, end: int) -> bool:
    """Whether the line after the one ending at `end` is a rule line (━━━━), as under a post's main headings."""
    return RULE_LINE.match(text, end + 1, max(end + 1, text.find("\n", end + 1))) is not None


def _review_sections(text: str, doc_year: int | None, year_end: bool = False) -> list[tuple[int, int, int, str]]:
    """(start, end, year, kind) of every section that dates the paragraphs in it: a review of a past year that spans
    paragraphs (see _REVIEW_OPEN; kind actual) and a section on the coming year (see _NEXT_YEAR_HEADING; kind '')."""
    if doc_year is None:
        return []
    out: list[tuple[int, int, int, str]] = []
    open_at: int | None = None
    by_subheading = False  # the open review was opened by a news sub-heading (the next one closes it)
    ahead: tuple[int, int] | None = None  # (start, year) of an open section on the coming year
    plan_heading = False  # the open section on the coming years was opened by a heading over a plan's targets
    year = doc_year - 1
    p = 0
    n = len(text)
    report = _WORK_REPORT.search(text, 0, 300) is not None
    if not report and not any(
        w in text
        for w in ("回顾", "、", "去年", "过去一年", "成绩", "答卷", "五”", '五"', "：", "签约", "基础", "年，")
    ):
        opened = _lead_review(text, doc_year)  # neither a work report nor a heading: no paragraph can open a section
        return [opened] if opened is not None else []
    by_title = False  # the open review was opened by the title: the whole text is a round-up of results
    title_end = text.find("\n")
    part_of_year = title_end > 0 and any(period for _, period in _period_cues(text[:title_end]))
    # 黄埔区召开2025年前三季度经济运行分析会: a title on the results of a part of this year
    part_results = part_of_year and _PART_RESULTS_TITLE.search(text, 0, title_end) is not None
    opened_end = -2  # where the line that opened the review ends
    ruled = False  # the line that opened the review has a rule line under it
    year_headed = False  # the sub-heading that opened the review names its year (📊 2025年 · 交出亮眼答卷)
    # the open review's last line announced a list (具体完成情况如下：), or was a numbered item of it: the numbered
    # lines right below are its items
    items_below = False
    # (阳江2025年十件民生实事交出“暖心答卷”, in a December 2025 text: the year it closes)
    gone = doc_year + 1 if year_end else doc_year
    if (results := _RESULTS_TITLE.match(text)) is not None and int(results.group("y")) < gone:
        open_at, year, by_title = results.end(), int(results.group("y")), True
    elif (results := _RESULT_FIGURE_TITLE.match(text)) is not None and int(results.group("y")) < gone:
        # the review opens below the title's lines, at the first line with a full stop (a second title line may
        # plan: 省商务厅：今年外贸进出口力争增长3%左右)
        stop = text.find("。", results.end())
        below = results.end() if stop < 0 else text.rfind("\n", 0, stop) + 1
        open_at, year, by_title = max(below, results.end()), int(results.group("y")), True
    elif (
        (
            results := _GONE_YEAR_TITLE.match(text)
            # 稳中有进　量质齐升\n——2024年宣汉县经济运行情况分析: or its subtitle
            or (_GONE_YEAR_TITLE.match(text, title_end + 3) if text.startswith("\n——", title_end) else None)
        )
        is not None
        and int(results.group("y")) < gone
        and not part_of_year
        # (not planning up to the next year the title names: 2025年全市外贸运行情况及2026年工作安排)
        and not _TITLE_GOAL.search(text, 0, _next_year(text, results.end("y"), results.end()))
    ):
        # 2025年城市GDP“万亿俱乐部”扩至28席 (a text of 2026): a title on a year gone by, planning nothing, tells its
        # results
        open_at, year, by_title = results.end(), int(results.group("y")), True
    elif (
        results := _YEARLESS_RESULTS_TITLE.match(text) or _LAST_YEAR_RESULTS_TITLE.match(text)
    ) is not None and not part_of_year:
        # 县域经济“成绩单”出炉｜…, 大湾区九市去年GDP出炉: results out with no year named, in the months after a year
        # ends, are that year's
        open_at, by_title = results.end(), True
    if by_title and open_at is not None:
        second = text.find("\n", open_at)
        if second > open_at and "。" not in text[open_at:second] and _plans_heading(text, open_at, second, doc_year):
            open_at = second + 1  # (…工作成效显著\n2026年将实施…行动: the title's second line, which may plan)
    while p < n:
        end = text.find("\n", p)
        end = n if end < 0 else end
        if end > p:
            top = _TOP_HEADING.match(text, p, end)
            if top is not None and ahead is not None:
                out.append((ahead[0], p, ahead[1], ""))
                ahead = None
            if top is not None and end - p <= 40 and (nxt := _NEXT_YEAR_HEADING.match(text, top.end(), end)):
                y = int(nxt.group("y")) if nxt.group("y") else doc_year + 1
                if y > doc_year:
                    ahead = (p, y)
            elif end - p <= 48 and (
                plan := _PLAN_TARGETS_HEADING.match(text, p, end) or _PLAN_BRACKET_HEADING.match(text, p, end)
            ):
                y = int(lexicon().cue_words("plan_period")[plan.group(1)][-4:])
                if y > doc_year:
                    ahead, plan_heading = (p, y), True  # up to the next heading that is no item of its list
                    if open_at is not None:  # (■“十四五”成绩单 above: its review ends here)
                        if year <= doc_year:
                            out.append((open_at, p, year, "actual"))
                        open_at = None
            elif (
                plan_heading
                and ahead is not None
                and end - p <= 12
                and not any(c in text[p:end] for c in "。，,；：:")
                and not _SUB_ITEM_MARK.match(text, p, end)
            ):
                out.append((ahead[0], p, ahead[1], ""))
                ahead, plan_heading = None, False
            m = _REVIEW_HEADING.match(text, p, end)
            if m is not None and not (m.group("y1") or m.group("y2") or m.group("y3")):
                if any(period for _, period in _period_cues(text[p:end])):
                    m = None  # 一季度回顾与全年展望: this year's first quarter, no review of last year
            past = None if m is not None else _PAST_YEAR_HEADING.match(text, p, end)
            # (一、2023年：经济回升向好 at a December 2023 conference: the year it closes, reviewed)
            if past is not None and past.group("y") and int(past.group("y")) >= doc_year + year_end:
                past = None
            if (
                past is not None
                and not past.group("y")
                and (
                    part_results
                    and not _NAMES_PAST.search(text, p, end)
                    or any(period for _, period in _period_cues(text[p:end]))
                )
            ):
                # 一、上半年经济运行“成绩单”, 二、项目建设和招商引资成效明显 under a title on this year's 前三季度: this
                # year's part, no review of last year
                past = None
            sub_m = None
            if m is None and past is None and p > 0 and end - p <= 24:
                sub_m = _PAST_SUBHEADING.match(text, p, end) or _RESULTS_LABEL.match(text, p, end)
                if sub_m is not None and part_of_year and not _NAMES_PAST.search(text, p, end):
                    sub_m = None  # “成绩单”背后 under 多省份晒出一季度成绩单: this year's part, no review of last year
            if sub_m is not None and sub_m.group("y") and int(sub_m.group("y")) >= doc_year + year_end:
                sub_m = None  # 2026年目标任务: no review
            ended = None
            if (
                m is None
                and past is None
                and sub_m is None
                and "。" in text[:p]  # (62个项目集中签约 under the title: the title's second line, no section)
                and end - p <= 30
                and _SIGNING_HEADING.match(text, p, end)
            ):
                ended = doc_year  # ■现场签约：一批大项目“落子”肇庆: what the meeting signed, done today
                if open_at is not None:  # (a review open above ends here)
                    if year <= doc_year:
                        out.append((open_at, p, year, "actual"))
                    open_at = None
            if ended is None and m is None and past is None and sub_m is None and p > 0 and end - p <= 24:
                # “十四五”圆满收官　经济总量迈上新台阶 (a 2026 news sub-heading): the plan period's last year reviewed
                plan = _ENDED_PLAN_HEADING.match(text, p, end)
                if plan is not None:
                    plan_end = int(lexicon().cue_words("plan_period")[plan.group(1)][-4:])
                    ended = plan_end if plan_end < doc_year else None
            if (
                ended is None
                and m is None
                and past is None
                and sub_m is None
                and "。" in text[:p]
                and end - p <= 16
                and not any(c in text[p:end] for c in "。，,；")
                and not _PLAN_WORDS_LINE.search(text, p, end)
                and (lead := _YEAR_LEAD_BELOW.match(text, end + 1)) is not None
                and int(lead.group(1)) < doc_year
            ):
                # 县域经济：总量增、位次变\n省统计局数据显示，2024年全省…: a sub-heading whose first paragraph opens
                # with a year gone by heads a section on that year's results
                ended = int(lead.group(1))
            sub = sub_m is not None or ended is not None
            said = report and (_REVIEW_OPEN.match(text, p, end) or _REVIEW_OPEN_LATE.search(text, p, min(end, p + 80)))
            opens = m is not None or past is not None or sub or bool(said)
            if opens and not by_title:
                if open_at is None:
                    named = (
                        past.group("y") if past is not None else m and (m.group("y1") or m.group("y2") or m.group("y3"))
                    )
                    if sub_m is not None and sub_m.group("y"):
                        named = sub_m.group("y")
                    elif (
                        sub_m is not None and (plan := _cue_patterns()["plan_period"].search(text, p, end)) is not None
                    ):
                        # “十四五”成绩单：经济总量连跨台阶 (a December 2025 text): the plan period's last year, if over
                        plan_end = int(lexicon().cue_words("plan_period")[plan.group(0)][-4:])
                        named = str(plan_end) if plan_end <= doc_year else named
                    if ended is not None:
                        named = str(ended)
                    elif said and (said_year := said.groupdict().get("y")) and int(said_year) < doc_year:
                        named = said_year
                    # (一、充分肯定过去一年的成绩: no year named, last year's; 一、今年工作回顾: this year's)
                    this_year = m is not None and not named and _THIS_YEAR_REVIEW.match(text, p, end) is not None
                    # (“成绩单”：… under a December conference: the year it closes)
                    open_at, year = p, int(named) if named else doc_year if this_year or year_end else doc_year - 1
                    opened_end = end
                    # (━━━\n🔍 2025年 成绩单\n━━━: a ruled heading, which only the next ruled one ends)
                    ruled = _ruled_under(text, end)
                    year_headed = sub_m is not None and sub_m.group("y") is not None
                    # 回顾2025：…, 【回顾2024】: a news sub-heading (a short line, not a numbered heading)
                    by_subheading = (
                        bool(sub)
                        or m is not None
                        and (m.group("y3") is not None or top is None and p > 0 and end - p <= 24)
                    )
            elif (
                open_at is not None
                and p >= open_at  # (not the title's own lines above a review it opens)
                and (
                    _closes_review(text, p, end, doc_year, not (by_title or by_subheading), year == doc_year)
                    # (…具体完成情况如下：\n\n一、扩充基础教育资源。新建…: an item of the list, no new section)
                    and not (items_below and NUMBERED_LINE.match(text, p, end))
                    # (二、各地市制造业发展亮点 under 一、2025年制造业发展总体情况: more of the year's results)
                    and not (
                        NUMBERED_LINE.match(text, p, end)
                        and end - p <= 24
                        and _RESULTS_HEADING_WORD.search(text, p, end)
                        and not _PLANS_WORDS.search(text, p, end)
                        and not _YEAR.search(text, p, end)
                    )
                    # (一、“万亿俱乐部”：四城合计超9.5万亿元 under a title 2025年经济“成绩单”出炉: a section of
                    # the results, unless it plans)
                    and not (
                        by_title
                        # (📊 一、经济总量再上新台阶: emoji may lead the number)
                        and _TOP_HEADING.match(text, after_lead(text, p, end), end) is not None
                        and not _plans_heading(text, p, end, doc_year + year_end)
                    )
                    # 【2024年：稳中有进】…【2025年：GDP增长5.5%左右　奋力实现…】: the sub-heading on this year
                    or by_subheading
                    and (ny := _YEAR_SUBHEADING.match(text, p, end)) is not None
                    and int(ny.group(1)) >= doc_year
                    # 深圳：去年GDP逾3.8兆元 … 东莞：力拼GDP成长6%: the next sub-heading of the same form, on plans
                    or by_subheading
                    and end - p <= 24
                    and p != opened_end + 1
                    and _TOPIC_COLON.match(text, p, end) is not None
                    and _TOPIC_COLON.match(text, open_at, opened_end) is not None
                    and _plans_heading(text, p, end, doc_year + year_end)
                    or (by_subheading or by_title and _plans_heading(text, p, end, doc_year + year_end))
                    and end - p <= 24
                    and p != opened_end + 1  # (【回顾2024】\n经济总量再上新台阶: the sub-heading's second line)
                    and (not ruled or _ruled_under(text, end))  # (📈 经济总量 under a ruled heading: a part of it)
                    # (📊 2025年 · 交出亮眼答卷 … 🏭 产业培育: a topic of the section; 🎯 2026年 · 目标已锁定 ends it)
                    and (not year_headed or _plans_heading(text, p, end, doc_year + year_end))
                    and (
                        not any(c in text[p:end] for c in "。，,；")
                        or _plans_heading(text, p, end, doc_year + year_end)
                    )
                    # (✅ 固定资产投资增长21.5%: an item of the list; but 抓项目：策划生成不少于300个 is a sub-heading)
                    and (not _QUANTITY_IN_LINE.search(text, p, end) or _task_heading(text, p, end))
                )
            ):
                if year <= doc_year:
                    out.append((open_at, p, year, "actual"))
                open_at, by_title = None, False  # (a heading below may open another review)
            items_below = (
                open_at is not None
                and p >= open_at
                and (
                    text.endswith(("如下：", "如下:"), p, end)
                    or items_below
                    and bool(NUMBERED_LINE.match(text, p, end))
                )
            )
        p = end + 1
    if open_at is not None and year <= doc_year:
        out.append((open_at, n, year, "actual"))
    if ahead is not None:
        out.append((ahead[0], n, ahead[1], ""))
    if not out and not _WORK_REPORT.search(text, 0, 120) and (opened := _lead_review(text, doc_year)) is not None:
        out.append(opened)
    return out


def _lead_review(text: str, doc_year: int) -> tuple[int, int, int, str] | None:
    """记者梳理…发现，2024年，全省制造业投资比上年增长7.4%…(sub-headings and paragraphs)…\n2025年：多地“加码”制造业: a
    feature whose first paragraph tells a year gone by, up to the sub-heading that turns to the text's own year, is
    a review of that year (a section of kind actual), when nothing between plans."""
    first = _FIRST_BODY_YEAR.search(text, 0, 600)
    if first is None or int(first.group(1)) != doc_year - 1:
        return None
    start = text.rfind("\n", 0, first.start()) + 1
    turn = _TURN_HEADING.search(text, first.end())
    if turn is None or int(turn.group(1)) != doc_year:
        return None
    if _THIS_YEAR_PLAN.search(text, start, turn.start()) or "今年" in text[start : turn.start()]:
        return None
    return (start, turn.start(), doc_year - 1, "actual")


_ITEM_MARK = re.compile(
    r"——|—|[-•·●▶►]|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]是"
)


# 会议要求，下半年要在以下方面集中发力：, 会议部署了以下重点工作：: a caption over the tasks to come
_CAPTION_PLANS = re.compile(r"要求|部署|要在|要以|要从|下一步|重点抓好|着力抓好")


# 2025年清远招商引资主要数据: the caption of a box of labelled figures (新签约项目：386个), which its year dates
# (附：2025年某市五个县（市）地区生产总值排名: a ranking table's caption, after an attachment's label)
_DATA_CAPTION = re.compile(
    r"(?:附表?[\d一二三四五六七八九十]?[：:]\s*)?\d{4}年[^\n。，,：:]{0,24}(?:主要)?(?:数据|指标|成绩单|排名|排行榜?)(?:一览表?)?"
)
# (研发投入强度　3.02%, 全社会研发经费　约196亿元: a label and its value apart by a blank)
_LABELLED_LINE = re.compile(r"[^\n：:。，]{2,16}(?:[：:]\s*|[ \t\u3000]+)(?:约|近|超过?)?[\d一二三四五六七八九十两]")


def _caption_blocks(text: str) -> dict[int, int]:
    """Start of every line under a caption that ends with a colon -> start of the caption line: the rows of a table
    (lines whose columns are padded with two blanks or more) and the items of a list (2023年，全市…跑出加速度：\n
    地区生产总值…增长5.8%；\n规上工业增加值增长10.1%；…), up to the line that ends the list."""
    out: dict[int, int] = {}
    caption = -1  # start of the caption line of the open block
    going_on = False  # the line before belongs to the block and leaves the list open
    marked = False  # the block's items open with a mark (——经济实力再上台阶。…), each a paragraph of its own
    labelled = False  # the block is a box of labelled figures under a caption with no colon
    p = 0
    n = len(text)
    while p < n:
        end = text.find("\n", p)
        end = n if end < 0 else end
        line = text[p:end].strip()
        if caption >= 0 and not line:
            pass  # a blank line between the items of a list
        elif caption >= 0 and (table_like(line) or going_on or marked and _ITEM_MARK.match(line)):
            out[p] = caption
            marked = (going_on or marked) and _ITEM_MARK.match(line) is not None
            going_on = line.endswith(("；", ";", "，", ","))  # (a table goes on with its rows only)
        elif caption >= 0 and labelled and _LABELLED_LINE.match(line):
            out[p] = caption  # 新签约项目：386个（同比增长12.5%） under 2025年清远招商引资主要数据
        elif line.endswith(("：", ":")):
            caption, going_on, marked, labelled = p, True, False, False
        elif _DATA_CAPTION.fullmatch(line):
            caption, going_on, marked, labelled = p, False, False, True
        else:
            caption, going_on, marked = -1, False, False
        p = end + 1
    return out


_ASIDE = re.compile(r"[（(][^（()）\n]{0,30}[)）]")


def _close_asides(text: str, cues: list[Cue]) -> list[Cue]:
    """Cues in a bracketed aside (…达到320亿元（2025年为236亿元）；外贸…) hold inside it only: after the bracket the cue
    in force before it resumes."""
    out = list(cues)
    positions = [c[0] for c in cues]
    for m in _ASIDE.finditer(text):
        a, b = m.span()
        k = bisect.bisect_left(positions, a)
        if k == len(positions) or positions[k] >= b:
            continue  # no cue inside the brackets (nearly always)
        if k > 0 and not any(c in text[cues[k - 1][0] : a] for c in "。！？\n"):
            out.append((b - 1, *cues[k - 1][1:]))  # the cue before the bracket (in its sentence), again at its end
    out.sort(key=lambda c: c[0])
    return out


_DATELINE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}|来源[：:]|发布时间")
_PLANS_WORDS = re.compile(r"(\d{4})年|今年|明年|(?<!完成)(?<!完成了)(?<!达成)(?<!未完成)目标|任务|力争|力拼|冲刺")
_TOPIC_COLON = re.compile(HEADING_LEAD_EMOJI + r"[^\n，。：:]{2,6}[：:]")  # 深圳：…, 东莞：… (a round-up's sub-heading)


def _plans_heading(text: str, p: int, end: int, doc_year: int) -> bool:
    """🚀 2026年，目标已定！: a sub-heading on the plans (a year from the text's on, or targets), commas and all (but
    not a dateline: 昆山发布　2026年1月28日 20:05)."""
    if _DATELINE.search(text, p, end):
        return False
    m = _PLANS_WORDS.search(text, p, end)
    return m is not None and (m.group(1) is None or int(m.group(1)) >= doc_year)


def _closes_review(
    text: str, p: int, end: int, doc_year: int, reported: bool = True, of_this_year: bool = False
) -> bool:
    """Whether the line text[p:end] opens the plans (see _REVIEW_CLOSE); 2025年是开局之年。 right under 一、2025年…回顾
    frames the year under review, and does not. `reported`: whether a report's words (报告提出，今年…) may close it
    (not a round-up's review under its title or a sub-heading, whose sections quote each region's report);
    `of_this_year`: whether the review is of the text's own year (a December one), which 今年… goes on with."""
    m = _REVIEW_CLOSE.match(text, p, end)
    if m is None or not reported and _REPORTED.match(text, p, end):
        return False
    if of_this_year and m.group().endswith("今年"):
        return False  # (a December review of this year: 今年我市计划新增…，实际新增… is the same year)
    y = _CLOSING_YEAR.search(m.group())  # (search: 🔔2025年是…, a year after the heading's bullets or emoji)
    return y is None or int(y.group(1)) >= doc_year


def year_matches(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """`_YEAR.finditer(text, start, end)`, trying _YEAR only four characters before each 年: every match is four
    characters and a 年 (so matches cannot overlap), and most of a text is far from any 年."""
    end = len(text) if end is None else end
    out: list[re.Match[str]] = []
    p = text.find("年", start + 4, end)
    while p >= 0:
        m = _YEAR.match(text, p - 4, end)
        if m is not None:
            out.append(m)
        p = text.find("年", p + 1, end)
    return out


def _year_value(m: re.Match[str]) -> int | None:
    if m.group(1):
        return int(m.group(1))
    digits = m.group(2).replace("〇", "零")
    txt = "".join("0123456789"["零一二三四五六七八九".index(c)] for c in digits)
    return int(txt)


def infer_document_year(text: str) -> int | None:
    """The year of the conference a document reports: explicit years (title weighted), 兔年-style zodiac years."""
    from extract.normalise import fold

    return year_of_clean_text(fold(text))


def year_of_clean_text(text: str, years: list[re.Match[str]] | None = None) -> int | None:
    """infer_document_year for text already in the matching view (simplified, ASCII digits); `years`:
    year_matches(text), when the caller has it."""
    votes: Counter[int] = Counter()
    first = text.lstrip()
    offset = len(text) - len(first)
    line_end = first.find("\n")
    head = offset + line_end if 0 <= line_end < 100 else 0  # a title line, when the text has one
    if head and text[:head].rstrip().endswith("。"):
        head = 0  # a first sentence, not a title
    if (d := _NUMERIC_DATE.search(text, 0, 300)) is not None:
        # 2024-07-23 10:05 来源：…: the date the text was published, near its head (once: a thread of posts dates
        # each of them)
        votes[int(d.group(1))] += 3
    for d in _REPORTED_YEAR.finditer(text, 0, head):
        # 2024年河源市国民经济和社会发展统计公报, 湛江市2025年国民经济运行情况新闻发布会: the year a release's title
        # reports (not 会议总结2022年全市经济运行情况, the business of a meeting)
        votes[int(d.group(1))] += 3
    for tag in _HASHTAG.finditer(text):
        # #湛江2025经济年报# 【②工业篇】: a thread of posts on a year's results, each tagged with it
        if (d := _REPORTED_YEAR.search(tag.group())) is not None:
            votes[int(d.group(1))] += 3
    for d in _BYLINED_DAY.finditer(text, 0, 300):
        votes[int(d.group(1))] += 50
    for d in _LATE_DATELINE.finditer(text, 0, 300):
        # 湛江市发展和改革局 2023年11月, 来源：… 2023-11-20: a text dated in the second half of a year is of that year,
        # however many of its figures are the year before's (a mid-term review); communiqués come out in spring
        votes[int(d.group(1))] += 50
    for d in _PLAN_OUTLINE.finditer(text, 0, 300):
        # 安徽“十五五”规划纲要草案提请审议, 第十五个五年规划纲要（摘要）: an outline is adopted early in the plan's
        # first year (its horizon, 到2030年, is no year of the text)
        span = lexicon().cue_words("plan_period").get(f"十{d.group(1) or d.group(2)}五", "")
        if span:
            votes[int(span[:4])] += 3
    plans_this_year = _THIS_YEAR_PLAN.search(text) is not None
    # a conference at the end of the year (12月20日，市委经济工作会议…部署2025年经济工作): its year is the one it closes
    year_end = text.count("明年") >= 2 or _DECEMBER_HEAD.search(text, 0, 400) is not None
    for m in year_matches(text) if years is None else years:
        y = _year_value(m)
        # 到2027年: a target horizon, never the year of the text (one that names only horizons has no known year)
        if y is not None and not (m.start() > 0 and text[m.start() - 1] in "到至"):
            gone_by = _GONE_BY_AFTER.match(text, m.end())
            if gone_by is None and m.start() < head:
                # 汕头外贸2025年交出亮眼成绩单: a title on a year's results, gone by (a phrase between)
                gone_by = _RESULTS_IN_TITLE.match(text, m.end(), head)
            # 总结2022年经济工作: at a year-end conference the year it closes, else (January) the year gone by
            closes = text.endswith("总结", 0, m.start())
            # (a title may name a year gone by too: 大湾区内地城市2025年成绩单陆续出炉)
            told_next_year = (
                m.start() < head
                and _TOLD_RESULT.match(text, m.end(), head) is not None
                and not _TITLE_GOAL.search(text, 0, head)
                and not any(period for _, period in _period_cues(text[:head]))
                and _EARLY_DAY.search(text, head, head + 300) is not None
            )
            if closes:
                y += 0 if year_end else 1
            elif told_next_year:
                y += 1
            elif (
                gone_by is not None
                and not gone_by.group().startswith(("为", "的", "基"))
                or m.start() >= head
                and (
                    _THIS_YEAR_AFTER.match(text, m.end())
                    or gone_by is not None
                    or text.endswith(_GONE_BY_BEFORE, 0, m.start())
                    # 经初步核算，2025年高州市实现地区生产总值… in a news report: the first estimate of a year gone by
                    or text.endswith(("初步核算，", "初步核算,", "初步统计，", "初步统计,"), 0, m.start())
                    # 2022年，香洲区实现地区生产总值… in a text that plans 今年: last year's results
                    or plans_this_year
                    and not year_end  # (a year-end text's plans are for 明年)
                    and not _MONTH_AFTER.match(text, m.end())
                    and _RESULTS_OF_YEAR.match(text, m.end())
                    and not _PLAN_WORDS.search(text, text.rfind("。", 0, m.start()) + 1, m.start())
                    # (…增长5.6%，比年初确定的5.5%左右的预期目标略高: a result set against last year's goal)
                    and not _PLAN_WORDS.search(_GOAL_COMPARED.sub("", text[m.end() : _sentence_end(text, m.end())]))
                )
            ):
                # 2023年，…完成590亿元；今年，… / 2022年极不平凡 / 刚刚过去的2022年: the year named is last year, the
                # text's is the next
                y += 1
            if year_end and (
                text.endswith(_PLANS_NEXT, 0, m.start())
                # 2025年是“十四五”规划收官之年 at a December conference: the coming year framed
                or gone_by is None
                and text.startswith("是", m.end())
                and _PLAN_YEAR_OF.match(text, m.end() + 1)
            ):
                y -= 1  # 全面总结2023年经济工作 部署2024年目标任务 (a year-end conference): the coming year's work
            weight = 3 if m.start() < head or m.start() < 200 and _DAY_AFTER.match(text, m.end()) else 1
            if told_next_year:
                weight = 50  # (as sure as a dateline's year)
            if closes and year_end:
                weight += 2  # 总结2023年经济工作: the year the conference closes
            if not year_end and text.startswith("是", m.end()) and _YEAR_AHEAD_OF.match(text, m.end() + 1):
                weight += 2  # 编者按：2024年是实现“十四五”规划目标任务的关键一年: the year the text frames as its own
            if (
                _TARGETS_OF_YEAR.match(text, m.end())
                or text.endswith(_SETS_TARGETS, 0, m.start())
                or m.start() > 0
                and text[m.start() - 1] in "，,"
                and text.endswith(_SETS_TARGETS, 0, m.start() - 1)
            ):
                weight += 2  # 2024年全县主要预期目标为：…, 提出2022年…: the year whose targets the text sets
                if year_end and not closes and y == _year_value(m):
                    y -= 1  # 会议提出，2024年全市…主要预期目标 at a December conference: the year after the text's
            votes[y] += weight
    for at in _zodiac_years(text):
        y = ZODIAC_BASE + ZODIAC.index(text[at])
        # a zodiac name fixes the year only up to 12; take the cycle nearest the explicit years
        if votes:
            ref = votes.most_common(1)[0][0]
            y += 12 * round((ref - y) / 12)
        votes[y] += 3
    if not votes:
        # no year named: a plan period framed as the one just ending (今年是“十四五”收官之年) or about to start
        # (为“十五五”良好开局打下坚实基础) still tells the year
        for m in _PLAN_FRAME.finditer(text):
            span = lexicon().cue_words("plan_period").get(f"十{m.group(1) or m.group(2)}五", "")
            if span:
                votes[int(span[-4:]) if m.group(1) else int(span[:4]) - 1] += 1
    if not votes:
        return None  # no year or only horizons: when the speech was given is unknown, and 今年 must stay unresolved
    best = max(votes.values())
    return max(y for y, v in votes.items() if v == best)


def _sentence_end(text: str, pos: int) -> int:
    """Where the statement starting at `pos` ends: at 。 or ；, or where the sentence turns to 今年."""
    ends = [e for e in (text.find("。", pos), text.find("；", pos), text.find("今年", pos)) if e >= 0]
    return min(ends) if ends else len(text)


def _zodiac_years(text: str) -> list[int]:
    """Offsets of the animal of every 兔年-style year: looked for before each 年 (few) rather than by a regex scan."""
    out: list[int] = []
    p = text.find("年", 1)
    while p >= 0:
        if text[p - 1] in ZODIAC:
            out.append(p - 1)
        p = text.find("年", p + 1)
    return out


class TimeInfo(NamedTuple):
    """When a figure applies (year, part of year) and whether it is a target or an actual result (a named tuple)."""

    year: int | None
    kind: str
    period: str
    estimate: bool  # 预计 / 有望 about a past year: an approximate actual
    note: str
    span: str = ""  # the years of the span the figure's time cue names (五年来, “十四五”期间): 2021-2025


@functools.cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    return {
        role: re.compile(f"(?:{alternation(lex.cue_words(role))})" + ("(?!寿命)" if role == "estimate" else ""))
        for role in (
            "time",
            "actual",
            "target",
            "period",
            "plan_period",
            "estimate",
            "actual_genre",
            "plan_cue",
            "strong_actual",
            "past_span",
            "commitment",
        )
    }


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of `pattern` in text[start:end], None if none."""
    last = None
    for m in pattern.finditer(text, start, end):
        last = m
    return last


def _near_month(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """`pattern.finditer(text)` for _DAY_RANGE / _MONTH_RANGE, whose matches have a 月 at most five characters after
    their start: the pattern is tried only at those offsets before each 月."""
    starts: list[int] = []
    p = text.find("月")
    while p >= 0:
        starts.extend(range(max(p - 5, starts[-1] + 1 if starts else 0), p))
        p = text.find("月", p + 1)
    out: list[re.Match[str]] = []
    done = 0
    for start in starts:
        if start >= done and (m := pattern.match(text, start)) is not None:
            out.append(m)
            done = m.end()
    return out


# 预计今年下半年投产, 争取6月底前建成投产: when something happens, not the period of the figures
_EVENT_AFTER = re.compile(
    rf"(?:底|末|初|中旬|前|内|底前|将|可|有望|正式|全面|建成)*(?:{_EVENTS}|落地|试产|达产)"
    r"|(?:上旬|中旬|下旬|初|底)?以来"  # 1月下旬以来各地相继召开人代会: since when events ran, no period of figures
)


def leading_period(text: str) -> tuple[str, int] | None:
    """The part of the year that `text` opens with (一季度, 上半年, 前三季度, 1-9月) and where its words end; None if
    it opens with none."""
    if (m := _MONTH_RANGE.match(text)) is not None:
        return f"M{int(m.group(1)):02d}-M{int(m.group(2)):02d}", m.end()
    m = _cue_patterns()["period"].match(text)
    if m is None or not (period := lexicon().cue_words("period")[m.group(0)]):
        return None
    return period, m.end()


def _period_cues(sentence: str) -> list[tuple[int, str]]:
    """(offset, period) of every part-of-year expression in a sentence (or a whole text); '' marks a whole-year
    reset (全年)."""
    lex = lexicon()
    found: list[tuple[int, str]] = []
    if "月" in sentence:  # every month and day pattern has a 月
        for m in _near_month(_DAY_RANGE, sentence):
            m1, d1, m2, d2 = int(m.group(1)), int(m.group(2)), int(m.group(3) or m.group(1)), int(m.group(4))
            found.append((m.start(), f"M{m1:02d}D{d1:02d}-M{m2:02d}D{d2:02d}"))
        for m in _AS_OF_DAY.finditer(sentence):
            found.append((m.start(), f"M01D01-M{int(m.group(1)):02d}D{int(m.group(2)):02d}"))
        for m in _near_month(_MONTH_RANGE, sentence):
            found.append((m.start(), f"M{int(m.group(1)):02d}-M{int(m.group(2)):02d}"))
        for m in _AS_OF_MONTH.finditer(sentence):
            if 1 <= (month := int(m.group(1))) <= 12 and not _EVENT_AFTER.match(sentence, m.end()):
                found.append((m.start(), _AS_OF_PERIOD.get(month, f"M01-M{month:02d}")))
        for m in _FIRST_MONTHS.finditer(sentence):
            if 2 <= (months := int(m.group(1))) <= 12:
                found.append((m.start(), f"M01-M{months:02d}"))  # 前11个月
        for m in _MONTH.finditer(sentence):
            if (
                1 <= (month := int(m.group(1))) <= 12
                and not sentence.startswith("截", max(0, m.start() - 2))
                and not _EVENT_AFTER.match(sentence, m.end())
            ):
                found.append((m.start(), f"M{month:02d}"))
    for m in _cue_patterns()["period"].finditer(sentence):
        if not _EVENT_AFTER.match(sentence, m.end()):
            found.append((m.start(), lex.cue_words("period")[m.group(0)]))
    # 比上半年回落, 较1-8月提高: the base of a comparison is not the figure's period
    found = [c for c in found if not sentence.endswith(_COMPARED_WITH, max(0, c[0] - 3), c[0])]
    found.sort(key=lambda c: c[0])
    return found


Cue = tuple[int, int | None, str, str, str]  # (offset, year, kind, note, period span)


def _any_in(offsets: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets has one in [start, end)."""
    k = bisect.bisect_left(offsets, start)
    return k < len(offsets) and offsets[k] < end


class DocumentTime:
    """Time cues of one document, found once and looked up per figure within its paragraph or sentence.

    None of the cue patterns can match across a sentence separator, so one scan of the whole text finds exactly the
    cues a scan of each paragraph / sentence would find.
    """

    def __init__(self, text: str, doc_year: int | None, year_hits: list[re.Match[str]] | None = None) -> None:
        """The cues of `text` (`year_hits`: year_matches(text), when the caller has it)."""
        self.text = text
        self.doc_year = doc_year
        pats, lex = _cue_patterns(), lexicon()
        # a statistics release reports results: its figures are actuals unless a sentence plans or aims
        # the genre is named in the title (2023年前三季度佛山市经济运行情况), not by a meeting that heard a report on it
        title_end = text.find("\n", 0, 150)
        # (逆境中稳住基本盘\n——市统计局局长解读2020年全市经济运行情况: a subtitle under the title names it too)
        genre_end = title_end
        if title_end > 0 and text.startswith(("——", "—— "), title_end + 1):
            genre_end = text.find("\n", title_end + 1, title_end + 150)
        # (新闻发布会文字实录\n主题：介绍2024年国民经济运行情况: a transcript's subject line names it too)
        subject = _SUBJECT_LINE.search(text, 0, 300)
        self.reports_actuals = (
            any(
                not _HEARD.search(text, max(0, m.start() - 4), m.start())
                for m in pats["actual_genre"].finditer(text, 0, 150 if genre_end < 0 else genre_end)
            )
            or _STATISTICS_LEAD.search(text, 0, 300) is not None
            or subject is not None
            and pats["actual_genre"].search(subject.group()) is not None
        )
        if not self.reports_actuals and title_end > 0:
            # 江门市上半年外贸进出口增长12.6%: a title that states a result of a part of the year
            cues = [p for _, p in _period_cues(text[:title_end]) if p]
            self.reports_actuals = bool(cues) and _TITLE_RESULT.search(text, 0, title_end) is not None
        # a conference at the end of the year (12月22日，…经济工作会议) reviews this year and plans the next: 明年
        # (not a December report on this year's progress so far: 截至11月底我省为民办实事项目总体进度达95.6%)
        self.year_end = (
            _DECEMBER_HEAD.search(text, 0, 400) is not None
            and _PROGRESS_TITLE.search(text, 0, max(title_end, 0)) is None
        ) or (text.count("明年") >= 2 and _YEAR_END_HEAD.search(text, 0, 400) is not None)
        # the last year with results: the year before the text's (the text's own, at a year-end conference)
        last_done = (doc_year if self.year_end else doc_year - 1) if doc_year is not None else None
        self.last_done = last_done
        # the outline of a plan that starts this year (“十五五”规划纲要, in 2026): what it sets is for the plan's end
        self.horizon = None
        if (
            doc_year is not None
            and (outline := _PLAN_OUTLINE.search(text, 0, 300)) is not None
            # (市长作政府工作报告…大会将审查批准…规划和远景目标纲要: the session's agenda, a work report's text)
            and not (
                _WORK_REPORT.search(text, 0, 300)
                and _AGENDA.search(text, text.rfind("。", 0, outline.start()) + 1, outline.start())
            )
        ):
            span = lex.cue_words("plan_period").get(f"十{outline.group(1) or outline.group(2)}五", "")
            if span and int(span[:4]) == doc_year:
                self.horizon = int(span[-4:])
        # 《…三年行动计划（2024—2026年）》, in 2024: an action plan over the years it names, from this one; what it
        # adds, builds or brings in with no year named is over the whole span
        self.plan_span = ""
        if doc_year is not None and (plan := _ACTION_PLAN.search(text, 0, 400)) is not None:
            first, last = int(plan.group(1)), int(plan.group(2))
            if first <= doc_year < last and self.horizon is None:
                self.horizon, self.plan_span = last, f"{first}-{last}"
        # the month of the text's own date (4月18日，… near its head): a part of the year ended by then is a result
        day = _DAY_NEAR_HEAD.search(text, 0, 300)
        self.doc_month = int(day.group(1)) if day is not None and 1 <= int(day.group(1)) <= 12 else None
        numeric = _NUMERIC_DATE.search(text, 0, 300) if self.doc_month is None else None
        if numeric is not None and len(_NUMERIC_DATE.findall(text)) == 1:
            # 广东商务　2024-05-06 18:30: a post's date (not a collection of posts, each dated)
            self.doc_month = int(numeric.group("month"))
        # 2026年春节假期（2月15日至23日，共9天），全市累计接待游客…: a report on a holiday of the text's year, whose
        # dates its head gives; its figures named with no time of their own are of those days, and results
        self.holiday = ""
        if doc_year is not None and (holiday := _HOLIDAY.search(text, 0, _HOLIDAY_HEAD)) is not None:
            days = _period_cues(text[holiday.end() : holiday.end() + 20])
            if (not holiday.group(1) or int(holiday.group(1)) == doc_year) and days and "D" in days[0][1]:
                self.holiday = days[0][1]
        elif doc_year is not None and (ended := _HOLIDAY_ENDED.search(text, 0, _HOLIDAY_HEAD)) is not None:
            # 10月8日，为期8天的国庆假期落下帷幕: a holiday that ended on the day named, lasting the days it says
            month, last, length = int(ended.group(1)), int(ended.group(2)), _SMALL_NUMBERS.get(ended.group(3))
            length = length or (int(ended.group(3)) if ended.group(3).isdigit() else 0)
            if 0 < length <= last <= 31 and 1 <= month <= 12:
                self.holiday = f"M{month:02d}D{last - length + 1:02d}-M{month:02d}D{last:02d}"
        elif (
            doc_year is not None
            and title_end > 0
            and (spell := _HOLIDAY_SPELL.search(text, 0, title_end)) is not None
            and (day_span := _DAY_SPAN.search(text, title_end, _HOLIDAY_HEAD)) is not None
            and int(day_span.group(1)) == _HOLIDAY_MONTH[spell.group(1)]
        ):
            # 国庆中秋假期建水接待游客86.3万人次 (a title) … 10月1日至8日，全县共接待游客…: the holiday's dates, the
            # first span of days its head names in the holiday's month
            days = _period_cues(day_span.group(0))
            self.holiday = days[0][1] if days and "D" in days[0][1] else ""
        # the year the words 今年 and 去年 are said in: the text's, but a statistics release on a year gone by says
        # them in the year it is published (湛江市2025年国民经济运行情况新闻发布会 … 发布时间：2026-01-23 … 去年 = 2025)
        said_in = doc_year
        if self.reports_actuals and doc_year is not None:
            published = {int(d.group(1)) for d in _NUMERIC_DATE.finditer(text, 0, 300)}
            published |= {int(d.group(1)) for d in _FULL_DATE.finditer(text, 0, 300)}  # (时间：2026年1月22日上午)
            if published == {doc_year + 1}:
                said_in = doc_year + 1
        self.said_in = said_in
        # paragraph cues: time words (去年, 今年) and past spans (过去五年)
        para: list[Cue] = []
        event_years: list[Cue] = []
        for m in pats["time"].finditer(text):
            if _DATE_AFTER.match(text, m.end()):
                continue  # 去年12月27日 is a date, not the period of the figure
            if _BASE_AFTER.match(text, m.end()):
                continue  # 抓住去年低基数的窗口期，力争一季度…增长16%以上: last year as the base, not the period
            if text[m.start() - 1 : m.start()] == "为" and _PURPOSE_AFTER.match(text, m.end()):
                continue  # …增长12.6%，为今年工业持续增长积蓄了后劲: what the results prepare, no time of a figure
            if (
                m.start() > 0
                and text[m.start() - 1] in "比较同"
                and not text.endswith("占比", 0, m.start())
                or text.endswith("与", 0, m.start())
                and _SAME_AS_AFTER.match(text, m.end())
            ):
                # 比上年增长, 与上年持平: last year is the comparison base, not the period (but 占比去年为0.78%, and
                # 与去年实际增速（4.8%）基本持平 names last year's growth)
                continue
            value = lex.cue_words("time")[m.group(0)]
            # (a communiqué's 上年 is the year before the one it reports, whenever it was published)
            anchor = said_in if m.group(0) in _SAID_WORDS else doc_year
            year = anchor + int(value.rstrip("a")) if anchor is not None else None
            if self.year_end and m.group(0) in _YEAR_PAST and year is not None:
                year += 1  # 一年来，全市…预计全年… at a December conference: the year it closes
            if m.start() > 0 and text[m.start() - 1] in "由从" and text.startswith("的", m.end()) and year is not None:
                # 三次产业结构由上年的10.2∶39.6∶50.2调整为…: the start of a change, in its own sentence only
                event_years.append((m.start(), year, "actual", f"{m.group(0)} = {year}", ""))
                continue
            if m.group(0) in ("明年", "今年") and _EVENT_DATE_AFTER.match(text, m.end()):
                # 预计明年6月建成投产，投产后年产值可达100亿元, 预计今年6月底实现全容量并网: when a plant starts, which
                # dates its own sentence only
                event_years.append((m.start(), year, "", "", ""))
                continue
            kind = "actual" if value.endswith("a") or value.startswith("-") else ""
            note = f"{m.group(0)} = {year}" if value.startswith("-") and year is not None else ""
            para.append((m.start(), year, kind, note, ""))
        for m in pats["past_span"].finditer(text):
            # 过去五年…年均增长6%: results of the years up to last year; an average spans them
            if _RECORD_AFTER.match(text, m.end()):
                continue  # 3月当月实际使用外资9.6亿元，创近三年单月新高: a record compared with, no time of the figure
            past_years = int(lex.cue_words("past_span")[m.group(0)])
            period = f"{last_done - past_years + 1}-{last_done}" if last_done is not None else ""
            para.append((m.start(), last_done, "actual", f"{m.group(0)} = {period}", period))
        # explicit years: sentence cues, and paragraph cues when they open a paragraph
        years: list[Cue] = event_years
        for m in year_matches(text) if year_hits is None else year_hits:
            year = _year_value(m)
            kind = "actual" if doc_year is not None and year is not None and year < doc_year else ""
            if (
                m.start() > 0
                and text[m.start() - 1] in _RESULTS_LEAD_ENDS
                and _RESULTS_LEAD.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())
            ):
                para.append((m.start(), year, kind, "", ""))  # 初步核算，2024年全区…。全区…: that year's results
            elif _DATA_CAPTION.fullmatch(
                text,
                text.rfind("\n", 0, m.start()) + 1,
                e if (e := text.find("\n", m.start())) >= 0 else len(text),
            ):
                para.append((m.start(), year, kind, "", ""))  # 2025年…主要数据\n新签约项目：386个: the box's year
            elif text.startswith(("，", ",", "是"), m.end()):
                # 2022年，全省…。城镇新增就业…: a year that opens a paragraph (after a speaker's 某某指出，) dates it
                line_start = text.rfind("\n", 0, m.start()) + 1
                framing = text.startswith("是", m.end()) and text[m.start() - 1 : m.start()] in ("。", "，")
                if (
                    m.start() == line_start
                    or _SPEAKER_INTRO.fullmatch(text, line_start, m.start())
                    # 知识产权创造量质齐升。2025年，全市…: after the paragraph's topic, a phrase with no figure
                    or _TOPIC_SENTENCE.fullmatch(text, line_start, m.start())
                    # …。会议指出，2026年是开局之年。预计全年…: a past year framed in the paragraph dates the rest of it
                    or framing
                    and doc_year is not None
                    and (year or doc_year) < doc_year
                    # 到2030年，力争实现以下主要目标：\n——… / 到2025年，确保…。叙州区… / 展望二〇三五年，…: a horizon
                    # framed with a comma dates the rest of its paragraph (and the list it introduces)
                    or (text[m.start() - 1 : m.start()] in ("到", "至") or text.endswith("展望", 0, m.start()))
                    and doc_year is not None
                    and (year or doc_year) > doc_year
                ):
                    para.append((m.start(), year, kind, "", ""))
            if (
                text.startswith(("“", "第"), m.end())
                or m.start() > 0
                and text[m.start() - 1] in "比较"
                or _MULTIPLE_OF.match(text, m.end())
                or text.startswith(("水平", "同期水平", "基础上", "的基础上"), m.end())
            ):
                # “2025年”, 第2025年; 比2020年翻一番, 是2020年的1.8倍, 恢复至2019年水平的86%: the base of a
                # comparison, not the figure's year
                continue
            if year is not None and doc_year is not None and year < doc_year and _SINCE.match(text, m.end()):
                # 2016年以来，…年均增长8.1%: results from that year up to last year (this one, at the year's end)
                since = f"{year}-{last_done}"
                years.append((m.start(), last_done, "actual", f"{year}年以来 = {since}", since))
                continue
            years.append((m.start(), year, kind, "", ""))
        para.sort(key=lambda c: c[0])
        plans: list[Cue] = []
        if any(c in text for c in "至到—-–~"):
            for m in _YEAR_RANGE.finditer(text):
                # 2016年至2019年…年均增长8.4%: a span of years, the average's period (placed on its last 年, so that
                # it outranks the year cue of its second year)
                first, last = int(m.group(1)), int(m.group(2))
                if first < last:
                    kind = "actual" if doc_year is not None and last < doc_year else ""
                    plans.append((m.end() - 1, last, kind, "", f"{first}-{last}"))
        for m in pats["plan_period"].finditer(text):
            span = lex.cue_words("plan_period")[m.group(0)]
            end_year = int(span[-4:])
            if text.endswith(("较", "比", "较“", "比“", '较"', '比"'), 0, m.start()):
                continue  # 较“十三五”末翻了一番: the base of a comparison, not the figure's period
            if (part := _PART_OF_PLAN.match(text, m.end())) is not None:
                # “十四五”前两年…年均增长4.6%, 后三年…: the first or last years of the plan period
                n = _SMALL_NUMBERS[part.group(2)]
                first = int(span[:4]) if part.group(1) in "前头" else end_year - n + 1
                last = first + n - 1
                kind = "actual" if doc_year is not None and last < doc_year else ""
                plans.append((m.start(), last, kind, "", f"{first}-{last}"))
                continue
            if _SINCE.match(text, m.end()) and doc_year is not None:
                # “十三五”以来累计…: a result so far, up to the year before the speech (the year itself, at a
                # year-end conference), not the plan's end year
                since = f"{span[:4]}-{last_done}"
                plans.append((m.start(), last_done, "actual", f"{m.group(0)}以来 = {since}", since))
            elif _PLAN_YEAR_OF.match(text, m.end()):
                continue  # 2021年是“十四五”开局之年: a year of the plan named, not its end year
            elif doc_year is not None and end_year < doc_year:
                # “十四五”时期…年均增长4.8% in a 2026 report: the results of a plan period that has ended
                plans.append((m.start(), end_year, "actual", "", span))
                if _LOOKING_BACK.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
                    # 回望“十四五”，…。常住人口城镇化率提高到62.6%: a paragraph that looks back on it is its results
                    para.append((m.start(), end_year, "actual", "", span))
                    para.sort(key=lambda c: c[0])
            elif doc_year is not None and _PLAN_TOTAL.match(text, m.end()):
                # “十五五”期间累计完成投资…: a total planned over a period still to come, not a result
                plans.append((m.start(), end_year, "target", "", span))
            else:
                plans.append((m.start(), end_year, "", "", span))
        if doc_year is not None and last_done is not None and "五年" in text:
            for m in _NEXT_FIVE_YEARS.finditer(text):
                # 今后五年，…地区生产总值年均增长5.5%左右: the five years from the first one still to come
                plans.append((m.start(), last_done + 5, "", "", f"{last_done + 1}-{last_done + 5}"))
        if doc_year is not None and "纲要" in text:
            # 佛山“十五五”规划纲要草案…。产业方面，纲要草案提出，…产值达到3000亿元: what the plan sets is for the
            # end year of the plan named before (the latest one)
            ends = [
                (m.start(), int(lex.cue_words("plan_period")[m.group(0)][-4:]))
                for m in pats["plan_period"].finditer(text)
            ]
            for m in _PLAN_SETS.finditer(text):
                end_year = max((y for p, y in ends if p < m.start()), default=0)
                if end_year > doc_year:
                    plans.append((m.start(), end_year, "", "", ""))
        # the latest cue before a figure wins; at one offset a paragraph cue before a year before a plan period
        # (merged in that order: the first cue at the latest offset wins, and a paragraph cue may lie before the
        # sentence)
        if "看" in text:
            # 从镇街层面看，长安镇地区生产总值突破900亿元: a paragraph that breaks down the results of the one before
            # goes on with their year
            for m in _BREAKDOWN_PARAGRAPH.finditer(text):
                stop = min(x for x in (text.find("\n", m.end()), text.find("。", m.end()), len(text)) if x >= 0)
                if _BREAKDOWN_PLANS.search(text, m.end(), stop):
                    continue  # 分城市看，深圳、上海全年GDP增速目标分别为…: it breaks down the targets
                before = [c for c in (*para, *years) if m.start() - 800 <= c[0] < m.start()]
                latest = max(before, key=lambda c: c[0], default=None)
                if latest is not None and latest[2] == "actual" and latest[1] is not None:
                    para.append((m.start(), latest[1], "actual", "", ""))
            para.sort(key=lambda c: c[0])
        kinds = (para, years, plans)
        order = sorted((cue[0], kind, i) for kind, cues in enumerate(kinds) for i, cue in enumerate(cues))
        self._cues = [kinds[kind][i] for _, kind, i in order]
        if "（" in text or "(" in text:
            self._cues = _close_asides(text, self._cues)
        self._cue_pos = [c[0] for c in self._cues]
        # cues that name a span of years (五年来, “十四五”时期, 2016年以来): an average or a total over it
        self._span_cues = [(c[0], c[4]) for c in self._cues if c[4]]
        self._para, self._para_pos = para, [c[0] for c in para]
        # 完成全年目标的48%: progress against a target, a result; its 全年 and 目标 neither plan nor reset the period
        progress = [m.span() for m in _PROGRESS.finditer(text)]
        periods = [c for c in _period_cues(text) if not any(a <= c[0] < b for a, b in progress)]
        # 2024年一季度清远市经济运行情况: a release's title names the period of every figure in it
        self._title_period = ""
        if self.reports_actuals:
            title = [p for o, p in periods if o < (title_end if title_end >= 0 else 0)]
            self._title_period = title[-1] if title else ""
        # 一、上半年：主要指标稳中有升 … 二、下半年：…: a numbered heading on a part of the year dates its section
        # the title's first line and the end of its second (上半年…完成投资318.6亿元\n完成年度计划的58.2%)
        self._title_line_end = text.find("\n")
        second = text.find("\n", self._title_line_end + 1) if self._title_line_end >= 0 else -1
        self._head_end = second if second >= 0 else len(text)
        self._period_sections: list[tuple[int, int, str]] = []
        for m in _PERIOD_HEADING.finditer(text):
            cue = _period_cues(m.group(1) or m.group(2))
            nxt = NUMBERED_LINE.search(text, m.end())
            if cue and cue[0][1]:
                self._period_sections.append((m.end(), nxt.start() if nxt else len(text), cue[0][1]))
        self._period_pos = [o for o, _ in periods]
        self._month_alone = {o for o, p in periods if p.startswith("M") and _MONTH_ALONE.match(text, o)}
        self._periods = [p for _, p in periods]
        self._actual = [
            m.start()
            for m in pats["actual"].finditer(text)
            if not (
                m.group().startswith("比")
                and _planned_change(text, m.start(), 0)
                or _PLANNED_LEVEL.search(text, max(0, m.start() - 30), m.start())
            )
        ]
        # 新引进项目38个，计划总投资416亿元: the projects' planned total, a noun, plans nothing
        nouns = [*progress, *(m.span() for m in _PLANNED_TOTAL.finditer(text))]
        if "目标" in text:
            # 珠海全年增长4.9%，目标为5.5%；中山增长5.1%，…: a goal stated after a result is that figure's own, and
            # plans nothing that follows it (the goal figure itself is told by _GOAL_BEFORE)
            nouns += [m.span() for m in _GOAL_RESTATED.finditer(text)]
            nouns += [m.span() for m in _GOAL_BEATEN.finditer(text)]
            nouns += [m.span() for m in _GOAL_HELD.finditer(text)]  # 咬定目标不放松: a way of working, no goal set
        if "争取" in text:
            nouns += [m.span() for m in _OBTAINED.finditer(text)]
        self._target = _outside([m.start() for m in pats["target"].finditer(text)], nouns)
        self._plan = _outside([m.start() for m in pats["plan_cue"].finditer(text)], nouns)
        self._review = _review_sections(text, doc_year, self.year_end)
        if self.year_end and doc_year is not None and (this := _THIS_YEAR_SO_FAR.search(text)) is not None:
            # 12月26日，市委经济工作会议召开。…今年以来，…。\n产业发展势头强劲。…\n明年是…: a year-end conference
            # reviews this year up to the paragraph that turns to the next
            # (…明年是…, or the coming year named by its number: 2026年是“十五五”开局之年)
            turns = [p for p in (text.find("明年", this.end()), text.find(f"{doc_year + 1}年", this.end())) if p > 0]
            turn = min(turns) if turns else -1
            if turn > 0:
                start, end = text.rfind("\n", 0, this.start()) + 1, text.rfind("\n", 0, turn) + 1
                if start < end:
                    self._review = [*self._review, (start, end, doc_year, "actual")]
        if doc_year is not None and "问" in text:
            self._review = [*self._review, *_answer_sections(text, doc_year, last_done)]
        captioned = "：" in text or ":" in text or _DATA_CAPTION.search(text) is not None
        self._captions = _caption_blocks(text) if captioned else {}
        self._strong_actual_cue = pats["strong_actual"]
        self._committed = pats["commitment"].search

    def _at_the_event(self, para_start: int, s_start: int, pos: int, c_end: int) -> bool:
        """Whether the sentence names what was signed or started at the meeting (今天上午，现场签约项目36个), the
        paragraph named the day's event before it (本次集中开工的项目呈现…。从投资规模看，总投资10亿元以上项目32个), or
        the figure is in the second line of a title on the event held (…集中开工活动举行\n138个项目总投资872亿元)."""
        text = self.text
        if _AT_THE_MEETING.search(text, s_start, max(pos, c_end)) or _THIS_EVENT.search(text, para_start, s_start):
            return True
        # 📌本次集中开工项目一览\n✅集中开工项目18个…\n✅产业项目11个…: a bulleted line under a caption on the event
        line_start = text.rfind("\n", 0, pos) + 1
        if (bullet := text[line_start : after_lead(text, line_start)]) and "\n" not in bullet:
            above = line_start - 1  # the end of the line above
            for _ in range(8):
                start = text.rfind("\n", 0, max(0, above)) + 1
                if above <= 0 or not text.startswith(bullet, start):
                    break  # (a line with another lead, or none: the caption over the list, if any)
                above = start - 1
            start = text.rfind("\n", 0, max(0, above)) + 1
            if 0 < above - start <= 30 and "。" not in text[start:above] and _THIS_EVENT.search(text, start, above):
                return True
        if _EVENT_HELD.search(text, 0, self._title_line_end) is None:
            return False
        if pos < self._title_line_end:
            # (…集中开工　1386个项目总投资9820亿元, 🚩总投资86.5亿元！某县18个重点项目集中开工: the title's own figures)
            return True
        # (…集中开工\n各分会场…：四会市开工项目19个，总投资96.5亿元: what each venue started)
        if self._title_line_end < pos < self._head_end or _STARTED_PROJECTS.search(text, s_start, max(pos, c_end)):
            return True
        # (从开工项目看，产业项目唱主角，共45个…。从投资规模看，投资超10亿元的项目14个: the paragraph goes on with
        # them; not 其中，总投资65亿元的某高端电子化学品项目备受关注。该项目占地约500亩: one project's plan)
        return (
            _STARTED_PROJECTS.search(text, para_start, s_start) is not None
            and _ONE_PROJECT.search(text, s_start, _sentence_end(text, s_start)) is None
        )

    def _opening_period(self, para_start: int, s_start: int, k: int) -> int | None:
        """上半年，湖北实现地区生产总值29630.5亿元，同比增长6.2%，高于全年预期目标。规上工业增加值增长7.8%…: the index
        of the part of the year that opens the paragraph, when its first sentence tells results (同比), every later
        cue before the sentence at `s_start` lies in that first sentence, and this sentence plans nothing; else None."""
        text = self.text
        j = bisect.bisect_left(self._period_pos, para_start)
        if j >= k or not self._periods[j] or "。" in text[para_start : self._period_pos[j]]:
            return None
        lead = after_lead(text, text.rfind("\n", 0, self._period_pos[j]) + 1)
        if not _SUBJECT_BEFORE_PERIOD.fullmatch(text, lead, self._period_pos[j]):
            return None  # (the paragraph's first line of text, under its heading, opens with it, or with its subject)
        first_end = _sentence_end(text, self._period_pos[j])
        if (
            j + 1 < k
            and not self._strong_actual_cue.search(text, self._period_pos[j], first_end)
            and self._periods[j + 1] == self._periods[j]
            and _ESTIMATE_LEAD.fullmatch(text, first_end + 1, self._period_pos[j + 1])
        ):
            # 会议通报，上半年全市经济运行延续回升向好态势。据初步核算，上半年全市实现…同比增长4.6%。规上工业…: the
            # results open the paragraph's second sentence, after its topic
            j += 1
            first_end = _sentence_end(text, self._period_pos[j])
        if (
            first_end > s_start
            or self._period_pos[k - 1] >= first_end
            # (results: 同比 and the other strong actual cues, or a level followed by its growth)
            or not (
                self._strong_actual_cue.search(text, self._period_pos[j], first_end)
                or _LEVEL_THEN_GROWTH.search(text, self._period_pos[j], first_end)
            )
            or self._plans_between(s_start, _sentence_end(text, s_start))
        ):
            return None
        return j

    def _plans_between(self, start: int, end: int) -> bool:
        """Whether a target cue (目标, 力争, 今年…) lies in text[start:end], but for the plan a period is named by
        (“十四五”规划收官之年), for 预计, an estimate in a review, and for 全年 right after 初步核算."""
        k = bisect.bisect_left(self._target, start)
        while k < len(self._target) and (c := self._target[k]) < end:
            if not (
                self.text.startswith("规划", c)
                and self.text[c - 1 : c] in ("五", "”", '"')
                or self.text.startswith("预计", c)  # (预计达到560亿元 of a year gone by: an estimate)
                # (据初步核算，全年全省地区生产总值达到6.78万亿元: the whole year's results, first estimated;
                # 全年民营经济增加值达到6890.3亿元，同比增长6.2%: in a sentence of results)
                or self.text.startswith("全年", c)
                and (
                    _FIRST_ESTIMATE.search(self.text, max(start, c - 8), c) is not None
                    or self._strong_actual_cue.search(
                        self.text, self.text.rfind("。", 0, c) + 1, _sentence_end(self.text, c)
                    )
                    is not None
                    # (2024年，…增长4.1%。全年新增规上工业企业583家: in the paragraph of the results, planning nothing)
                    or (
                        self.text.find("\n", start, c) < 0
                        # (…\n\n产业发展提质增效。…全年新增规上工业企业31家: a topic paragraph that goes on with them)
                        or self._topic_paragraphs_after(self.text.rfind("\n", 0, c) + 1, start)
                    )
                    # (…，计划总投资36亿元: the projects' planned total, a noun, plans nothing)
                    and _PLAN_WORDS.search(_PLANNED_TOTAL.sub("", self.text[c + 2 : _sentence_end(self.text, c)]))
                    is None
                )
            ):
                return True
            k += 1
        return False

    def _span_ending(self, year: int, para_start: int, pos: int) -> str:
        """The latest span named before `pos`, in its paragraph or the line above it, that ends in `year` ('' if
        none)."""
        if not self._span_cues:
            return ""
        text = self.text
        b = para_start - 1
        while b > 0 and text[b - 1] == "\n":
            b -= 1  # blank lines between a heading and its paragraph
        since = text.rfind("\n", 0, b) + 1 if b > 0 else 0
        return self._latest_span(year, since, pos)

    def _span_in_review(self, year: int, pos: int) -> str:
        """The latest span named before `pos` in the review section holding it that ends in `year` ('' if none)."""
        if not self._span_cues:
            return ""
        start = next((r[0] for r in self._review if r[0] <= pos < r[1] and r[3] == "actual"), None)
        return "" if start is None else self._latest_span(year, start, pos)

    def _latest_span(self, year: int, since: int, pos: int) -> str:
        """The latest span named in [since, pos) that ends in `year` ('' if none)."""
        spans = self._span_cues
        k = bisect.bisect_left(spans, (pos,))
        while k > 0 and spans[k - 1][0] >= since:
            k -= 1
            if spans[k][1].endswith(str(year)):
                return spans[k][1]
        return ""

    def _strong_actual(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] holds a cue of a result (同比, 比上年), not one a plan word leads (研发投入强度要比
        上年提高0.2个百分点，新增国家高新技术企业80家: a plan)."""
        return any(
            not _planned_change(text, m.start(), start) for m in self._strong_actual_cue.finditer(text, start, end)
        )

    def _results_above_topics(self, prior: Cue, para_start: int, pos: int) -> bool:
        """Whether the cue `prior` (before the paragraph at `para_start`) tells last year's results, the paragraphs
        from it down to this one open with their topic, and nothing between it and `pos` plans."""
        last = prior[0]
        return (
            self.doc_year is not None
            and prior[1] == self.doc_year - 1
            and not prior[4]
            and self._topic_paragraphs_after(para_start, last)
            and not self._plans_between(last, pos)
        )

    def _topic_paragraphs_after(self, para_start: int, pos: int) -> bool:
        """Whether the paragraph at `para_start`, and any between it and the one holding `pos`, open with their
        topic (产业转型成效明显。, or 投资和消费方面，… when the time word at `pos` opens the figures of its
        paragraph, and none below plans or names a part of the year) right after that paragraph (up to four)."""
        text = self.text
        start = para_start
        aspect = False
        for _ in range(4):
            if _TOPIC_SENTENCE.match(text, start) or _RANKING_LEAD.match(text, start):
                pass
            elif _ASPECT_LEAD.match(text, start) and not _PLAN_WORDS.search(
                text, start, e if (e := text.find("\n", start)) >= 0 else len(text)
            ):
                aspect = True  # (but 在扩大内需方面，要举办…: a paragraph that plans)
            else:
                return False
            if (before := len(text[:start].rstrip())) == 0:
                return False
            start = text.rfind("\n", 0, before) + 1
            if pos >= start:
                # (…开工项目总投资8.6亿元…去年兰花产业综合产值达到42亿元。\n\n基础设施方面，…: a time word among the
                # figures dates its own sentence only; 一季度 below: a part of this year)
                if not aspect:
                    return True
                end = text.find("\n", para_start)
                end = end if end >= 0 else len(text)
                k = bisect.bisect_left(self._period_pos, para_start)
                return _QUANTITY_IN_LINE.search(text, start, pos) is None and not any(
                    self._periods[j] for j in range(k, bisect.bisect_left(self._period_pos, end))
                )
        return False

    def _reviews_closing_year(self, para_start: int, end: int) -> bool:
        """Whether a sentence from `para_start` to `end` (or in the paragraph before, when this one is a breakdown,
        分地区看，…, or in the paragraphs above that open with their topic, 产业转型成效明显。) estimates the whole year
        a year-end text closes (预计全年…)."""
        text = self.text
        start = para_start
        if _BREAKDOWN_PARAGRAPH.match(text, para_start):
            before = len(text[:para_start].rstrip())
            start = text.rfind("\n", 0, before) + 1
        if _WHOLE_YEAR_ESTIMATE.search(text, start, end) is not None:
            return True
        # 产业转型成效明显。…\n\n项目建设提速增效。…: paragraphs that open with their topic go on with the review of
        # the paragraph above them (up to four)
        for _ in range(4):
            if not _TOPIC_SENTENCE.match(text, start) or (before := len(text[:start].rstrip())) == 0:
                return False
            end, start = before, text.rfind("\n", 0, before) + 1
            if _WHOLE_YEAR_ESTIMATE.search(text, start, end) is not None:
                return True
        return False

    def _after_review(self, pos: int) -> bool:
        """Whether `pos` lies below a review of a past year that a heading on the plans closed, and in no section."""
        return any(r[3] == "actual" and r[1] <= pos for r in self._review) and not any(
            r[0] <= pos < r[1] for r in self._review
        )

    def _not_yet(self, period: str, year: int | None) -> bool:
        """Whether a part of the year (H2, Q4 …) had not ended by the text's own date (下半年… in a July release; but
        a year's quarters in a release on it, published the January after, are all over)."""
        end = _period_end_month(period)
        if end is None or self.doc_month is None:
            return False
        if year is not None and self.said_in is not None and year < self.said_in:
            return False
        # (1-2月…, in a text dated in February: the months' figures are out by the month they end in)
        return self.doc_month < end if period.startswith("M") else self.doc_month <= end

    def _gone_by(self, period: str, year: int | None) -> bool:
        """Whether a part of the year (Q1, Q2, H1 …) had ended by the text's own date (今年一季度… in an April news)."""
        end = _PERIOD_END_MONTH.get(period)
        if end is None or self.doc_month is None:
            return False
        return year is not None and self.said_in is not None and year < self.said_in or self.doc_month > end

    def at(
        self,
        para: tuple[int, int],
        sentence: tuple[int, int],
        clause: tuple[int, int],
        pos: int,
        sub: tuple[int, int] | None = None,
    ) -> TimeInfo:
        """Year, kind and period of a figure at `pos` (the latest time cue before it in its paragraph, or year /
        plan period before it in its sentence, wins).

        同比 / 比上年 / 截至 anywhere in the figure's sub-sentence make it a result, as in 5亿元，同比增长12%.
        """
        s_start = sentence[0]
        best = None
        caption = self._captions.get(para[0]) if self._captions else None
        own_start = para[0]
        if caption is not None:
            # a row of a table or an item of a list: its caption (1-9月主要指标完成情况如下：) and the lines above
            para = (caption, para[1])
        bisect_left = bisect.bisect_left
        offsets = self._cue_pos
        k = bisect_left(offsets, pos)  # the cues before pos are cues[:k]
        plan = self._plan
        planned = (j := bisect_left(plan, s_start)) < len(plan) and plan[j] < pos  # a plan cue before, in the sentence
        caption_plans = False
        if caption is not None:
            # 会议要求，下半年要在以下方面集中发力：\n一是…新增规上工业企业80家以上: the caption plans its list
            caption_end = self.text.find("\n", caption)
            caption_plans = (j := bisect_left(plan, caption)) < len(plan) and plan[j] < caption_end
            caption_plans = caption_plans or _CAPTION_PLANS.search(self.text, caption, caption_end) is not None
            planned = planned or caption_plans
        if k:
            if offsets[k - 1] >= s_start:
                best = self._cues[bisect_left(offsets, offsets[k - 1])]  # the first cue at the latest offset
                if (
                    sub is not None
                    and best[0] < sub[0]
                    and best[2] == "actual"
                    and (j := bisect_left(plan, sub[0])) < len(plan)
                    and plan[j] < pos
                ):
                    # …去年浙江经济总量为8.26万亿元；四川、河南的目标分别为增长6%左右: a part of the sentence that
                    # plans is not dated by last year's results before it
                    best = None
                elif best[2] == "actual" and _ONCE_RUNNING.search(self.text, best[0], pos) is not None:
                    # 去年9月开工的…基地，项目全部投产后预计年产值80亿元: what the project will yield once running, no
                    # result of the time named before
                    best = None
                elif (
                    sub is not None
                    and best[0] < sub[0]
                    and best[2] == "actual"
                    and best[3].startswith("去年")
                    and _TOWN_OPENING.match(self.text, sub[0]) is not None
                ):
                    # 黄坑镇…，去年贡柑产值3.6亿元；红山镇、长江镇白毛茶种植面积分别达到…: another town's part of the
                    # sentence is not dated by the 去年 of the one before
                    best = None
            else:  # no cue in the sentence before pos: the paragraph's latest time word, if any
                offsets = self._para_pos
                k = bisect_left(offsets, pos)
                if k and offsets[k - 1] >= para[0]:
                    best = self._para[bisect_left(offsets, offsets[k - 1])]
                    if (
                        best[1] is not None
                        and self.doc_year is not None
                        and best[1] > self.doc_year + self.year_end
                        and (
                            # 到2027年，…要突破1000亿元。全年力争引进亿元以上项目40个: the whole of this year
                            self.text.startswith(("全年", "今年全年"), s_start)
                            # （三）…到2026年，…突破1500亿元。\n\n（四）…沙坪街道…要突破130亿元: a horizon whose
                            # sentence closed its own item dates no item below it (but 到2030年，力争实现以下主要目标：
                            # \n——… does)
                            or (line_end := self.text.find("\n", best[0], s_start)) >= 0
                            and self.text[:line_end].rstrip().endswith("。")
                            # 博罗县提出，…；到2030年，…达到1400亿元。惠东县提出…确保增长5.5%: another place's goals
                            or _OWN_GOALS_OPENING.match(self.text, s_start, pos) is not None
                        )
                    ):
                        best = None  # (not the horizon named before)
                    elif best[2] == "actual" and (
                        planned
                        and (best[3] or best[1] == self.doc_year and not self.year_end)
                        or _AT_THE_MEETING.search(self.text, s_start, pos) is not None
                    ):
                        # 去年全市…增长3%。湛江提出…增长12%: a sentence that plans is not last year's (今年以来…。全年要
                        # 推动…: nor this year's so far); nor is what was signed at the meeting (2022年全区…。今天上午，
                        # 现场签约项目36个)
                        best = None
                    elif (
                        best is not None
                        and not planned
                        and (last := self._cue_pos[k_all - 1] if (k_all := bisect_left(self._cue_pos, pos)) else -1)
                        > best[0]
                        and self._cues[k_all - 1][2] == "actual"
                        and _WHOLE_YEAR_OPENING.match(self.text, s_start, pos)
                    ):
                        # …部署今年重点任务。记者从会上获悉，2025年全市新签约项目386个…。全年新动工项目298个: the whole
                        # year of the results just told, not the paragraph's 今年 before them
                        best = self._cues[k_all - 1]
                if best is None and not planned:
                    # the latest cue before this sentence, when it is a result: 2022年全市地区生产总值…。全年社会消费品
                    # 零售总额…, or 过去一年，…。\n起步区全年完成投资135亿元 (a sentence on the whole year, in the
                    # paragraph or the one before, takes its year); 深圳2025年地区生产总值3.86万亿元…。佛山、东莞两市…
                    # 分别突破3万亿元… (a sentence with no time of its own right after one on last year goes on with
                    # its results, unless it tells what was done at the meeting)
                    cue_pos = self._cue_pos
                    last = cue_pos[bisect_left(cue_pos, pos) - 1]
                    prior = self._cues[bisect_left(cue_pos, last)]
                    if prior[2] != "actual":
                        pass
                    elif _WHOLE_YEAR_OPENING.match(self.text, s_start, pos):
                        before = self.text.rfind("\n", 0, max(0, para[0] - 1)) + 1 if para[0] else 0
                        if before and _QUESTION.match(self.text, before):
                            # 记者：工业、投资…表现如何？\n某某：…全年全省规模以上工业增加值增长4.8%: the answer goes
                            # on with the year of the answer before the question
                            before = self.text.rfind("\n", 0, max(0, before - 1)) + 1
                        if last >= before and (not prior[3] or last < para[0]):
                            best = prior
                        elif last < before and self._results_above_topics(prior, para[0], pos):
                            # 工业经济是去年…的亮点。…\n\n投资和消费双双回暖。…\n\n镇域经济活力竞相迸发。石鼓镇全年…:
                            # the whole year of the results told above the topic paragraphs
                            best = prior
                    elif (
                        (
                            last >= max(para[0], self.text.rfind("。", para[0], max(para[0], s_start - 1)) + 1)
                            # 答：2025年是…收官之年…。初步核算，…增长4.9%。社会消费品零售总额…: the paragraph goes on
                            # with that year's results while no sentence between plans
                            # (or further back in the paragraph, while no sentence between plans: 2025年合作区实现…。
                            # 其中，…。固定资产投资增长6.2%; 武汉2024年经济总量…。长沙地区生产总值…。郑州、南昌
                            # 首位度分别为24.6%、22.9%)
                            or last >= para[0]
                            and not self._plans_between(last, pos)
                        )
                        and not prior[3]
                        and not prior[4]
                        and self.doc_year is not None
                        and prior[1] == self.doc_year - 1
                        and not _AT_THE_MEETING.search(self.text, s_start, pos)
                    ):
                        best = prior
                    elif last < para[0] and self._results_above_topics(prior, para[0], pos):
                        # 报告显示，2025年…经济运行稳中向好。…\n\n创新动能持续增强。全社会研发投入突破1000亿元: a
                        # paragraph that opens with its topic goes on with last year's results told above it
                        best = prior
        k = bisect_left(self._period_pos, pos)
        period = self._title_period if not k or self._period_pos[k - 1] < para[0] else ""
        if not period and self._period_sections:
            period = next((p for a, b, p in self._period_sections if a <= pos < b), "")
        if (
            not period
            and k
            and self._title_line_end < pos < self._head_end
            and self._period_pos[k - 1] < self._title_line_end
            and _QUANTITY_IN_LINE.search(
                self.text, self._period_pos[k - 1], self.text.find("\n", self._period_pos[k - 1])
            )
        ):
            # 上半年我市重点项目完成投资318.6亿元\n完成年度计划的58.2%: a title's second line goes on with the figures
            # of the part of the year its first states (not 2025年一季度重大项目集中签约活动举行, an event's date)
            period = self._periods[k - 1]
        if k and self._period_pos[k - 1] >= s_start:
            period = self._periods[k - 1]
        elif (
            k
            and self._period_pos[k - 1] >= para[0]
            and not BY_QUARTER.search(self.text, self.text.rfind("。", 0, self._period_pos[k - 1]) + 1, pos)
            and (
                # an item of a list: the period its caption (1-9月主要指标完成情况如下：) or its own paragraph names,
                # not another item's (二是…其中一季度集中开工项目22个。\n三是…), even in a release
                self._period_pos[k - 1] >= own_start
                or self._period_pos[k - 1] < self.text.find("\n", caption)
                or self.reports_actuals
                and not caption_plans
                if caption is not None
                else self.reports_actuals or self.text.startswith(_BREAKDOWN_OPENERS, s_start)
            )
        ):
            # a statistics release states a paragraph's period once (1-9月，…。固定资产投资下降0.7%), and 其中 breaks
            # down the sentence before it: both keep the paragraph's latest part of the year (but not a month
            # broken out of it: …，其中9月当月增长11%。营业收入…)
            while k > 1 and self._period_pos[k - 1] in self._month_alone and self._period_pos[k - 2] >= para[0]:
                k -= 1
            period = self._periods[k - 1]
        elif k and (opening := self._opening_period(para[0], s_start, k)) is not None:
            period = self._periods[opening]  # (the part of the year a paragraph of results opens with)
        elif caption is not None and caption_plans and k and self._period_pos[k - 1] >= caption:
            # 会议要求，下半年要在以下方面集中发力：\n一是…。\n三是…: an item whose own paragraph names no part of the
            # year takes the one its caption names, not another item's (二是…前三季度…增长7.3%)
            caption_end = self.text.find("\n", caption)
            j = bisect_left(self._period_pos, caption_end)
            if j and self._period_pos[j - 1] >= caption:
                period = self._periods[j - 1]
        if not period and k and self._period_pos[k - 1] < para[0] and bullet_at(self.text, para[0]):
            # 今年一季度全市经济实现良好开局：\n📈一季度全市GDP…\n🏭规上工业增加值增长9.6%: a bulleted line takes
            # the part of the year named in the lines of its block above it (no blank line between)
            text = self.text
            block = _bulleted_block_start(text, para[0])
            j = k
            # (not ✅ 规上工业增加值增长11.2%，其中上半年增长13.6%: a part broken out of the item's own year)
            while j and self._period_pos[j - 1] >= block:
                cue = self._period_pos[j - 1]
                if "其中" not in text[text.rfind("\n", 0, cue) + 1 : cue]:
                    period = self._periods[j - 1]
                    break
                j -= 1
        if (
            not period
            and k
            and para[0] - 1500 <= self._period_pos[k - 1] < para[0]
            and _BREAKDOWN_PARAGRAPH.match(self.text, para[0]) is not None
            and (self.reports_actuals or self._periods[k - 1].startswith(("M01-", "Q1-", "H1")))
            # (从季度看，一季度…；上半年…。\n从贸易方式看，…: the parts of a series, no period of the paragraphs after)
            and not BY_QUARTER.match(self.text, self.text.rfind("\n", 0, self._period_pos[k - 1]) + 1)
        ):
            # 1-11月，…。\n分区看，顺德、南海两区进出口分别为…: a paragraph that breaks down the figures before it goes
            # on with their part of the year (the months so far, not a month or a quarter of its own)
            while k > 1 and self._period_pos[k - 1] in self._month_alone:
                k -= 1
            period = self._periods[k - 1]
        if (
            period
            and (goal := _WHOLE_YEAR_GOAL.search(self.text, max(0, pos - 16), pos)) is not None
            and not (goal.group("done") and not goal.group("bracket") and _PERCENT_AT.match(self.text, pos))
        ):
            period = ""  # 上半年…增长5.9%，高于年度计划（增长8%）: the goal of the whole year, restated
        year, kind, note = self.doc_year, "", ""
        text = self.text
        c_start, c_end = clause
        if best is not None:
            at, year, kind, note, span = best
            named = text.startswith("年的", at + 4)  # 由2014年的…, else 由上年的…
            if (
                at > 0
                and text[at - 1] in "由从"
                and (named or text.startswith("的", at + 2))
                and pos > at + (6 if named else 3)
                and _CHANGE_BETWEEN.search(text, at + 3, pos)
                and year is not None
            ):
                # 贫困发生率由2014年的8.9%降至0，14个贫困村全部出列 / 由上年的10.2∶39.6∶50.2调整为9.7∶40.7∶49.6: the
                # year the change starts from dates its start only; what follows the change is of its end (last year,
                # or the year after the one before)
                end_year = self.last_done if named else year + 1
                if end_year is not None and year < end_year:
                    year, note = end_year, ""
            if (
                period
                and k
                and not span
                and at > self._period_pos[k - 1]
                and at >= s_start
                and _BREAKDOWN_PARAGRAPH.match(text, at) is None  # (从需求看，…: the results before, broken down)
            ):
                period = ""  # 其中一季度增长5%；2022年全县…: a year named after the part of a year starts anew
            over_years = any(w in text[c_start:c_end] for w in ("年均", "累计"))
            if span and over_years:
                period = span  # an average or a total over the plan period
            elif (
                span
                and year is not None
                and span.endswith(str(year))
                and (during := _DURING.search(text, at, min(pos, at + 12))) is not None
                and not _DURING_ENDS.search(text, during.end(), pos)
                and _FLOW.search(text, c_start, pos)
            ):
                # “十五五”期间全市计划完成交通基础设施投资600亿元，新增高速公路通车里程约120公里: what is added over the
                # period (but not 规上工业企业总数达到220家, a stock at its end, nor what follows 到2030年 or a ；)
                period = span
            elif (
                "年均" in text[c_start:c_end]
                and year is not None
                and (spanned := self._span_ending(year, para[0], pos))
            ):
                # 五年来，…年均增长5.3%，2021年达到136.8亿元；…年均增长4.1% / 二、“十四五”时期主要目标\n到2025年，…年均
                # 增长5%: the year is the end of a span named in the paragraph or the heading above it
                period = spanned
            elif (
                not span
                and year is not None
                and self.doc_year is not None
                and year > self.doc_year + self.year_end
                and over_years
            ):
                # 到2025年，…年均增长6.5%, 2030年达到1200亿元，年均增长6.5%, 到2030年，…累计30万人: an average or a
                # total from this year (the next, at the year's end) to then
                period = f"{self.doc_year + self.year_end}-{year}"
        if best is None and self.horizon is not None:
            year = self.horizon  # 《纲要》提出，…。围绕三大产业，推动…产值突破1500亿元: the plan's end year
            if self.plan_span and not period and _FLOW.search(text, c_start, pos):
                period = self.plan_span  # 三年内力争引进超亿元制造业项目300个以上: over the action plan's years
        if best is None and self._review:
            for r_start, r_end, r_year, r_kind in self._review:
                if r_start <= pos < r_end:
                    # a review of the past year: its results, unless the sentence plans; a section on the coming year:
                    # its year
                    year = r_year
                    kind = "" if planned else r_kind
                    break
        if not period and year is not None and (n_years := _YEARS_AVERAGE.search(text, c_start, c_end)) is not None:
            n = _SMALL_NUMBERS.get(n_years.group(1)) or int(n_years.group(1))
            period = f"{year - n + 1}-{year}"  # 2025年…，五年年均增长4.6%: the average over the five years to then
        span = best[4] if best is not None else ""
        if not span and year is not None and self._review and (near := self._span_in_review(year, pos)):
            # 一、“十三五”时期和2020年工作回顾\n…五年来，…\n——…一般公共预算收入由96.5亿元增加到163.2亿元，年均增长
            # 11.1%: a span named earlier in the review that ends in the figure's year
            span = near
            if not period and _OVER_SPAN.search(text, c_start, c_end):
                period = near
        if (
            best is None
            and not period
            and year is not None
            and self.doc_year is not None
            and year > self.doc_year + self.year_end
            and any(w in text[c_start:c_end] for w in ("年均", "累计"))
        ):
            period = f"{self.doc_year + self.year_end}-{year}"  # “十五五”主要指标\n…年均增长8%: from now to then
        if not kind:
            # whether a cue of a sorted list of offsets lies in [start, pos): the first one at or after start
            target = self._target
            kind = "target"
            if (
                self.reports_actuals
                and not self._not_yet(period, year)
                # (…运行情况新闻发布稿 … 四、2025年工作安排: below the heading that closed its review, a release plans)
                and not self._after_review(pos)
                # (这批项目今年的年度计划投资为4280亿元, 今年安排省重点项目1500个，总投资约8.1万亿元: the year's plan,
                # even in a release of results)
                and not _ANNUAL_PLAN_BEFORE.search(text, max(0, pos - 10), pos)
                and not _ARRANGED_BEFORE.search(text, s_start, pos)
                or period.startswith("M")
                and not self._not_yet(period, year)  # (11-12月新开工项目不少于50个, said in November: an aim)
                or period in ("Q1-Q3", "H1")
                and not self._not_yet(period, year)
                or self._gone_by(period, year)
            ) and not planned:
                # a statistics release reports results; so does a part of the year gone by (1-2月, 前三季度)
                kind = "actual"
            elif (
                self._strong_actual(text, c_start, c_end)
                and not ((k := bisect_left(target, c_start)) < len(target) and target[k] < pos)
                # 确保一季度实现“开门红”，固定资产投资同比增长15%以上: a commitment before, in the sub-sentence
                and not (sub is not None and self._committed(text, sub[0], c_start))
                and not (not period and best is not None and best[1] == self.doc_year and best[0] >= s_start)
            ):
                # 同比增长9%: a result, whatever the sentence plans elsewhere; but 今年，…实现150亿元，同比增长10%
                # (this year named in the sentence) plans the growth too
                kind = "actual"
            elif not ((k := bisect_left(target, s_start)) < len(target) and target[k] < pos):
                actual = self._actual
                k = bisect_left(actual, s_start)
                if (
                    k < len(actual)
                    and actual[k] < pos
                    and not self._not_yet(period, year)  # (前三季度累计增长4.5%以上, said in July: an aim)
                    and not (
                        # 据介绍，2026年三水区民生实事共涉及28个子项目: news of this year's plan, not a result
                        text.startswith(_HEARSAY, actual[k])
                        and best is not None
                        and best[1] == self.doc_year
                        and best[0] >= s_start
                    )
                    or sub is not None
                    and not planned  # (江苏提出增长5%以上，去年…同比增长5.8%: a later clause's 同比 is its own)
                    and self._strong_actual(text, sub[0], sub[1])
                    or not planned
                    and self._at_the_event(para[0], s_start, pos, c_end)
                ):
                    kind = "actual"
        if (
            kind == "target"
            and not planned
            and not ((k := bisect_left(self._target, s_start)) < len(self._target) and self._target[k] < pos)
            and _RANKED.search(text, pos, min(sentence[1], pos + 40)) is not None
        ):
            kind = "actual"  # 地区生产总值分别增长4.1%、4.5%，增速居全市前三: a rank is only known of a result
        # (年初目标分别为6%和5.5%: the values listed before the figure stand between it and its goal word)
        listed = _LISTED_BEFORE.search(text, max(c_start, pos - 30), pos)
        head = listed.start() if listed is not None else pos
        goal = _GOAL_AFTER.match(text, pos) or _GOAL_BEFORE.search(text, max(c_start, head - 20), head)
        if (
            _RESULT_BEFORE.search(text, max(c_start, pos - 8), pos)
            or _DONE_AFTER_PLAN.search(text, s_start, pos)
            or _DONE_SO_FAR.search(text, s_start, pos)
        ):
            kind = "actual"  # 目标为增长6%，实际增长6.0% / 全年实际增长5.2%: the result, after its goal
        elif (
            kind == "actual"
            and text[c_end : c_end + 1] in ("，", ",")
            and _PROGRESS_AFTER.match(text, c_end + 1) is not None
            # (but …计划的项目共19个，已开工…, 总投资约500亿元，已完成投资超过60%, 完成年度计划的70%，已建成…: what the
            # plan holds, a project's size, the progress itself)
            and not any(w in text[c_start:pos] for w in ("已", "计划", "总投资", "共", "的"))
        ):
            # 新增3岁以下婴幼儿托位1500个，截至9月底已新增1386个，完成率92.4%: the year's task, then the progress
            kind = "target"
        elif (
            kind == "target"
            and not planned
            and year == self.doc_year
            and self.doc_month is not None
            and (holiday := _HOLIDAY_SPELL.search(text, s_start, pos)) is not None
            # (今年“五一”假期，全省各地共开展促消费活动超过1300场 in a report on the holiday, in its month)
            and self.doc_month >= _HOLIDAY_MONTH[holiday.group(1)] + (0 if self.holiday else 1)
        ):
            kind = "actual"  # 春节期间，全市接待游客186万人次 in an April text: the holiday gone by, its results
        elif (
            kind == "target"
            and not planned
            and best is None
            and year == self.doc_year
            and _STREAK_BEFORE.search(text, max(c_start, pos - 16), pos)
        ):
            # 工业投资连续三年超300亿元 (a title): a streak up to the last year done, its result
            kind, year = "actual", self.last_done
        elif kind == "target" and not goal and (found := _last(_RESULT_WORD, text, s_start, pos)) is not None:
            # 年初提出增长6%，全年实际增长5.1%，经济总量依然稳在4200亿元: what follows the result is a result too,
            # unless a goal is named again after it
            k = bisect_left(self._target, found.start())
            if not (k < len(self._target) and self._target[k] < pos):
                kind = "actual"
        elif kind == "actual" and goal:
            kind = "target"  # 为完成全年地区生产总值增长5.5%左右的目标: the goal restated, in a release of results
        if (
            self.holiday
            and not period
            and best is None
            and year == self.doc_year
            and not planned
            and not ((k := bisect_left(self._target, s_start)) < len(self._target) and self._target[k] < pos)
        ):
            period, kind = self.holiday, "actual"  # 景区9天共接待游客126.3万人次: the holiday the text reports on
        if kind == "actual" and year is not None and self.doc_year is not None and year > self.doc_year:
            kind = "target"  # 到2030年，…累计30万人以上: a year still to come has no results yet
        elif kind == "target" and self.year_end and year is not None and year == self.doc_year:
            if (
                _FIRST_ESTIMATE.search(text, s_start, pos) is not None
                or _WHOLE_YEAR_ESTIMATE.search(text, s_start, pos) is not None
                and not goal  # (完成年初确定的增长3%的目标: the goal, for the year it closes)
            ):
                # 据初步测算，全年地区生产总值预计突破3200亿元, 预计全年外贸进出口将突破6600亿元: an estimate of the
                # year it closes
                kind = "actual"
            elif goal and _SET_AT_START.search(text, s_start, pos):
                pass  # 年初确定的地区生产总值增长5.5%、工业投资增长15%等主要目标: the goals of the year it closes
            elif _FINISHING_YEAR.search(text, s_start, pos):
                pass  # 全力冲刺四季度，力争全年规模以上工业增加值增长7%左右: the year it closes, still to finish
            elif best is None and not planned and self._reviews_closing_year(para[0], s_start):
                # 预计全年全省生产总值…增长5.4%。一般公共预算收入4710亿元，增长4.3%。 / 分地区看，郑州市…: the review of
                # the year it closes goes on in its paragraph (and in a breakdown paragraph after it)
                kind = "actual"
            elif best is None and not _SET_AT_START.search(text, max(s_start, pos - 16), pos):
                # a year-end conference plans the coming year (一是…全年实施重点项目400个以上), but 完成年初确定的增长3%
                # 的目标 names the goal of the year it closes
                year += 1
            elif not planned:
                kind = "actual"  # and reviews this one: 今年全区项目建设成效明显。全年…完成投资112亿元
        # 初步核算，…增长6.1%；规上工业增加值增长9.4%: the sentence is about the year just ended, but only its own part
        # of it is an estimate
        first_in_sentence = kind == "actual" and _FIRST_ESTIMATE.search(text, s_start, pos) is not None
        first_estimate = first_in_sentence and (sub is None or _FIRST_ESTIMATE.search(text, sub[0], pos) is not None)
        if (
            first_in_sentence
            and best is None
            and not period
            and not self.reports_actuals  # a statistics release's 初步核算 is about the year it reports
            and not self.year_end  # (and a December conference's, 据初步测算，全年…, about the year it closes)
            and year is not None
            and year == self.doc_year
        ):
            year -= 1  # 初步统计，全县地区生产总值865亿元: the year just ended
        estimate = kind == "actual" and (
            first_estimate
            and self.reports_actuals  # 初步核算，全县地区生产总值763.42亿元 in the release of that year
            or (year is None or self.doc_year is None or year <= self.doc_year)
            and (
                first_estimate
                or _estimate_in(text, c_start, c_end)
                # 预计达到620亿元，增长6.8%: an estimate covers the figures after it in its sub-sentence
                or (sub is not None and _estimate_in(text, sub[0], pos))
            )
        )
        return TimeInfo(year, kind, period, estimate, note, span)
