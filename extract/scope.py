"""Scope filters: numbers that are not figures (dates, ordinals, names with numbers, class labels, size bands)."""

from __future__ import annotations

import bisect
import functools
import re

from extract.lexicon import alternation, lexicon
from extract.locate import Quantity

_OPEN_QUOTES = frozenset('“《「『"')
_QUOTED_PROJECTS = re.compile(r"[”\"][\u4e00-\u9fff]{0,4}(?:项目|企业|工程)")  # 1722个“攻城拔寨”项目
_QUOTE_CHARS = re.compile(r'[“”《》「」『』‘’"]')
_CLOSING_QUOTE = re.compile(r'[”》」』’"]')
_CLAUSE_PUNCT = re.compile(r"[，。；：,;:]")
_SIZE_BAND_NEXT = re.compile(r"[\d一二两三四五六七八九十]")  # 10亿4个: a number right after the amount
_MARK_AFTER = re.compile(r"(?:人民币|港元|美元)?大关")
_EXACT_AFTER = re.compile(r"[，,]?(?:首次|已)?(?:达到|达|为|至|增至|增加到|突破至)[\d.,]+")  # ，达到1036亿元
# 超30亿元乃至50亿元以上项目: an amount joined to the next one, which qualifies a noun, is a size band too
_NEXT_AMOUNT = re.compile(r"(?:乃至|甚至|或者?|、|和|至|到)(?:超过?|达到?)?[\d.一二两三四五六七八九十百千万亿]+元?")
# after a count, no administrative unit: 3个市“…”, 5个市级特色街区 (a rank), 区域, 市场
_NOT_ADMIN = re.compile(r"(?:市|区|县|省|镇)(?:“|新|重点|级)|区域|市场|县区|镇村")
_PROGRAMME_AFTER = re.compile(r"[”\"]?(?:发展|提升|攻坚)?(?:计划|行动|工程|战略|三年行动)")
_ATTENDANCE = re.compile(r"应到|实到|出席|列席|到会|参会|代表")
_CJK_OR_QUOTE = re.compile(r"[\u4e00-\u9fff“]")
# words of a statement about a figure: a quoted span with one is speech, however short
_STATEMENT = re.compile(
    r"增长|增速|下降|达到|突破|超过|以上|左右|以内|确保|力争|争取|完成|实现|不低于|不少于|不超过|不高于"
)
_ONLY_A_BOUND = re.compile(r"(?:左右|以上|以内|上下)?")
_RATE_OF = re.compile(r"(?:增长|增速|增幅|目标[为是]?|[定订设][为在])$")  # (clean text: simplified)
NAME_MAX = 20  # a quoted span longer than this (or with clause punctuation) is speech, not a name
_CLOSE_QUOTES = '”》」』"'


@functools.cache
def _money() -> frozenset[str]:
    """The units that are currencies (cues.csv role currency), whose amounts can be a class (投资超1亿美元项目) or
    a conversion of another amount."""
    return frozenset(lexicon().cue_words("currency").values())


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    foreign = alternation([w for w, code in lex.cue_words("currency").items() if code != "CNY"])
    return {
        # 14.16兆元人民币（约新台币63.4兆元）: the amount converted (but 2030年达到930亿元（720亿元）: a base year's)
        "conversion": re.compile(rf"(?:元|人民币)[（(](?:(?:约|合|折合|约合)(?:{foreign})?|(?:{foreign}))$"),
        "class": re.compile(rf"[^，。；、,;\n]{{0,6}}?(?:{alternation(lex.cue_words('class_suffix'))})"),
        "threshold": re.compile(
            rf"(?:以上|以下)?[\u4e00-\u9fff]{{0,8}}?(?:{alternation(lex.cue_words('threshold_noun'))})"
        ),
        "admin": re.compile(alternation(lex.cue_words("admin_noun"))),
        "countable": re.compile(alternation(lex.cue_words("countable_noun"))),
        "org": re.compile(f"(?:{alternation(lex.cue_words('org_noun'))})$"),
        "existing": re.compile(f"(?:{alternation(lex.cue_words('existing_verb'))})$"),
        # 营商十条, 政策10条, 30条具体措施: the articles of a policy, not a count
        "policy_after": re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(lex.cue_words('policy_noun'))})"),
        "policy_before": re.compile(f"(?:{alternation(lex.cue_words('policy_noun'))})$"),
    }


def inside_quotes(text: str, sentence_start: int, sentence_end: int, q: Quantity) -> bool:
    """Whether the quantity sits inside a short quoted name or a 《title》 (“4+3”, “三个一万亿”), not quoted speech."""
    stack: list[int] = []
    ascii_open = -1
    for m in _QUOTE_CHARS.finditer(text, sentence_start, q.start):
        ch = m.group(0)
        if ch in "“《「『‘":
            stack.append(m.start())
        elif ch == '"':
            ascii_open = -1 if ascii_open >= 0 else m.start()
        elif stack:
            stack.pop()
    opens = [*stack, ascii_open] if ascii_open >= 0 else stack
    if not opens:
        return False
    open_at = max(opens)
    close = _CLOSING_QUOTE.search(text, q.end, sentence_end)
    if close is None:
        return False
    content = text[open_at + 1 : close.start()]
    if (
        open_at + 1 == q.start
        and q.unit == "percent"
        and _ONLY_A_BOUND.fullmatch(text, q.end, close.start())
        and _RATE_OF.search(text, max(0, open_at - 4), open_at)
    ):
        # 增长「4.5%至5%」, 增速“5%”左右: a rate quoted for emphasis (“5%”成主流 is a label, 三千亿 a slogan)
        return False
    if _STATEMENT.search(content):
        return False  # “今年要确保地区生产总值增长7%以上”: quoted speech that states a figure, not a name
    return len(content) <= NAME_MAX and not _CLAUSE_PUNCT.search(content)


# (省分: Taiwan usage of 省份)
_COUNTED_NOT_TARGETS = ("方面", "层面", "维度", "环节", "省份", "省分", "省区市", "省市区", "地市")
_AT_THE_MEETING_AFTER = re.compile(
    r"参会|参加会议|出席会议|交流发言|作了发言|作发言|典型发言|表态发言|参加|获评|获表扬|获表彰|受表彰|受到表彰|分会场|主会场"
)
_QUALIFIES_COUNTED = re.compile(r"(?:以上)?的[\u4e00-\u9fff]{0,6}?(?:项目|企业)\d")
_VIEW_FRAME = re.compile(r"从[^，。；]{0,24}?来看")
_MOST_OF = re.compile(
    r"(?:大多数|多数|大部分|半数以上|过半|部分)(?:城市|省[份分]|地区|省市|市县|县区|目标)"
    r"|多地(?!区)"  # 粤东西北多地瞄准5%: unnamed places
    # 九市中有七市, 13市中有8个, 12个市中，有9个
    r"|(?:中|[市省县区份镇街）)]中[，,])有(?:\d+|[一二三四五六七八九十两]+)多?个?(?:城市|省[份分]|地级市|市|省|县|区)?|中有$"
    r"|大多(?:会)?(?:设定|定在|定为|集中|落在|在|为)"  # 各市目标大多设定在5%至6%之间, 实际增速大多会落在…
    r"|一个(?:城市|地方|省[份分]|地区)"  # 一个城市定6%还是6.5%: any region, not one named
    # 15个城市将增速目标定在5%左右, 另有6个城市目标低于5%: what unnamed regions, counted, set
    # (but 四个万亿城市经济总量合计…: a total over them)
    r"|(?:\d+|[两三四五六七八九十]+)[个座][\u4e00-\u9fffA-Z]{0,6}?(?:城市|省[份分]|地市)(?!更新|群|公园)(?![^，。；]*?(?:合计|共计|总计))"
)
# 如果把目标普遍定在4%-5%, 假如增速只有3%: a supposition, not a target or a result
_SUPPOSED = re.compile(r"(?:如果|假如|倘若|假设|要是)")
# 目标在6%及以上的省份从去年的14个减少到8个, 26个万亿元级城市中: regions counted, not a figure of any one
_REGIONS_COUNTED_BEFORE = re.compile(
    r"(?:省[份分]|城市|地市|地级市|省区市)(?:数量|个数)?(?:从|由)(?:去年|上年)?的?(?:\d+个)?(?:减少|增加|下降|上升)?(?:到|至)?$"
)
_REGIONS_COUNTED_AFTER = re.compile(
    r"[\u4e00-\u9fffA-Z]{0,6}?(?:城市|省[份分]|地级市|省区市)(?:中|里|当中|之中|将|把|提出|目标|的?(?:增长|增速)目标|新晋|\d{4}年)"
)
# 全国万亿城市数量有望达到30个: how many regions there are, not a figure of one
_REGIONS_NUMBER_BEFORE = re.compile(
    r"(?:城市|省[份分]|县市)(?:数量|个数)?(?:有望|将|预计)?(?:达到|增至|增加到|扩容至)?$"
)  # (GDP万亿元以上城市达到27座: with 数量 left out)
# 目标在6%及以上的省份, 超500亿元的镇街, 超过500亿元的县（市）: a class of places by a threshold, no figure of one
_THRESHOLD_OF_PLACES = re.compile(
    r"(?:人民币)?(?:(?:及以上|以上|及以下|以下)的?|的)"  # (GDP万亿元以上城市: the 的 left out)
    r"(?:省[份分]|城市|地市|地级市|省区市|镇街|镇|街道|县|县\(市\)|县（市）|县市|市|区|省会)(?![间场域级内外])"
)
_THRESHOLD_OF_FIRMS = re.compile(
    r"(?:以上)?的(?:\d+[家个])?(?:工业|制造业|骨干|龙头|重点|产业|规上|民营|外资|国有|科技型)?(?:项目|企业)"
)
# 本文按1元人民币兑1.075港元折算: an exchange rate, no figure (either side of 兑)
_RATE_AFTER = re.compile(r"(?:人民币)?兑")
_RATE_BEFORE = re.compile(r"兑(?:换)?$")
_DONE_TASKS_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,4}实事(?:项目)?(?:已|均)?(?:全面|全部|如期|按期|顺利)?(?:按期)?(?:完成|办结)"
)
_BASE_BEFORE = re.compile(r"基数(?:已经?|已)?(?:过|超过?|达到?|突破)$")  # 考虑到基数已过万亿: the base, no figure
_PLACE_CHARS = frozenset("里村街路巷桥坊塘寨湾岭")
_HUNDRED_ITEM = re.compile(r"[百千万][个家名项条户座所]")  # the next item of 百个项目攻坚、百家企业培育
_HUNDRED_ITEM_BEFORE = re.compile(r"[百千万][个家名项条户座所][^、，。；\d]{2,8}、$")  # (the item before it)
BARE_MAGNITUDES = ("万亿", "千亿", "百亿")
_CLASS_NOUN = re.compile(r"(?:GDP|级)?(?:城市|之城|俱乐部|大市|省会|县|区|市|镇|企业|园区|产业|集群|工程)")
_INCREASE_BY = re.compile(r"(?:比上年|比去年|较上年|较去年|同比)(?:增加|增收|多|减少|减收|少)(?:了)?(?:约|近|超过?)?$")
_DEFINITION = re.compile(r"统计范围|起点标准|统计口径|企业指年")  # …企业指年主营业务收入2000万元及以上
_DEFINED_AS = re.compile(r"指[^。；]{0,12}?年(?:主营业务收入|营业收入|营业额|末从业人员|从业人员)")
# 千项万亿, 百县千镇万村: bare magnitudes chained into a slogan, not figures
_SLOGAN_MAGNITUDES = re.compile(r"[百千万][项县镇村企][百千万]")
# 收到代表建议142件, 召开座谈会120余场, 现场观摩了…等5个项目: the business of the meeting, not a target or result
_MEETING_BUSINESS = re.compile(
    r"建议|提案|议案|座谈会|工作报告|[分主]会场$"
)  # 设分会场85个 (but 东区分会场开工项目15个)
_VISITED = re.compile(r"观摩")  # 现场观摩了…等5个重点项目: the projects visited
# 主要指标28项, 22项指标: the indicators counted (of a plan, a review), not a figure of one
_INDICATORS_COUNTED = re.compile(r"指标")
# 召开12场重点项目现场推进会: meetings counted
_CHAINS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?产业链")
_MEETINGS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:推进会|现场会|座谈会|发布会|推介会|对接会|交流会|动员会|大会)")


_POINTS_AFTER = re.compile(r"(?:和|、|及|与)[\d.]+个百分点")
_HONOURED = re.compile(
    r"[^，。；]{0,14}?(?:先进集体|先进个人|先进单位|优秀企业|受到(?:通报)?表彰|受到(?:通报)?表扬|获(?:得)?表彰)"
)
_PERCENT_GIVEN = re.compile(r"\d%")
_STREAK_BEFORE = re.compile(r"连续[\d一二三四五六七八九十]+(个月|个季度|年)(?:保持|实现)?$")
_AGE_CLASS = re.compile(r"(?:以下|以上|及以上|至\d+岁)?(?:的)?[\u4e00-\u9fff]")  # 3岁以下婴幼儿, 65岁以上老年人
_PER_TIME = ("年", "日", "天", "小时", "月")  # 420万吨/年, 10万标箱/年: a capacity per unit of time


def quote_offsets(text: str) -> list[int]:
    """Offsets of every quote character of `text`, for `skip` (most sentences have none)."""
    return [m.start() for m in _QUOTE_CHARS.finditer(text)]


_REWARD_GIVEN = re.compile(r"(?:给予|予以)[^，。；]{0,8}?(?:奖励|补贴|补助|资助|扶持|奖补)")
_SHORTENED = re.compile(r"压缩|缩短|控制|降至|降到|减少|缩减|提前")  # (a duration brought down: 压缩到6个月以内)


def skip(
    text: str,
    q: Quantity,
    sentence_start: int,
    sentence_end: int,
    clause_end: int,
    quotes: list[int] | None = None,
) -> bool:
    """Whether quantity q is not a figure at all (`quotes`: quote_offsets(text), to skip the quote test quickly)."""
    start, end = q.start, q.end
    prev = text[start - 1] if start > 0 else ""
    nxt = text[end] if end < len(text) else ""
    if prev and prev in "第+/.每" or nxt == "+" or nxt == "/" and not text.startswith(_PER_TIME, end + 1):
        return True  # 第3, 1+6+N, 每千人口: an ordinal, a slogan, a per-unit base (420万吨/年 is a capacity)
    if q.chinese and _SLOGAN_MAGNITUDES.search(text, max(0, start - 2), min(len(text), end + 2)):
        return True
    if (
        q.chinese
        and prev in "、：:“"
        and text[start] in "百千万"
        and (
            (after := text.find("、", end, end + 10)) >= 0
            and _HUNDRED_ITEM.match(text, after + 1) is not None
            or _HUNDRED_ITEM_BEFORE.search(text, max(0, start - 12), start) is not None
        )
    ):
        return True  # “三个一百”：百个项目攻坚、百家企业培育、百名干部驻企: a slogan's parallel items, no figures
    if q.word == "" and (
        quotes is None or (k := bisect.bisect_left(quotes, sentence_start)) < len(quotes) and quotes[k] < start
    ):
        if inside_quotes(text, sentence_start, sentence_end, q):
            return True
    if q.unit == "other:month" and not (
        text.startswith(("以内", "以下", "之内", "左右"), end)
        or _SHORTENED.search(text, max(sentence_start, start - 8), start)
    ):
        return True  # 3个月内动工, 近6个月: a window of time; 压缩到6个月以内: a figure
    pats = _patterns()
    money = _money()
    if q.unit in money and (mark := _MARK_AFTER.match(text, end)) is not None:
        # 突破千亿元大关，达到1036亿元: the mark passed, stated again by the exact value after it (no figure of its
        # own); but 今年有望突破4万亿元人民币大关, 突破万亿元大关 alone: the figure
        return _EXACT_AFTER.match(text, mark.end(), sentence_end) is not None
    if q.unit in money and (
        pats["class"].match(text, end)
        or _SIZE_BAND_NEXT.match(text, end, end + 1)
        or not text.startswith("的", end)
        and pats["threshold"].match(text, end, clause_end)
        or (chained := _NEXT_AMOUNT.match(text, end, sentence_end)) is not None
        and pats["threshold"].match(text, chained.end(), sentence_end)
    ):
        # 千亿级产业集群, 万亿大关: a class word; 投资10亿元以上制造业项目, 100亿4个: an amount that qualifies a noun
        return True
    if (frame := text.rfind("从", max(sentence_start, start - 12), start)) >= 0 and _VIEW_FRAME.match(
        text, frame, clause_end
    ):
        return True  # 从已公布的24个万亿城市来看: the frame of a view, not a figure
    if _MOST_OF.search(text, max(sentence_start, start - 24, text.rfind("；", sentence_start, start) + 1), start):
        return True  # 多数城市定在5%以上, 大部分省份的目标: a summary over unnamed regions, no region's figure
    if q.unit in ("CNY", "percent") and _THRESHOLD_OF_PLACES.match(text, end):
        return True  # 培育3个地区生产总值超500亿元的镇街, 目标在6%及以上的省份: a class of places, no figure
    if (
        q.unit == "CNY"
        and (text.endswith("超", 0, start) or text.endswith("超过", 0, start) or text.startswith("以上", end))
        and _THRESHOLD_OF_FIRMS.match(text, end)
    ):
        return True  # 投资超10亿元的项目有24个, 年产值超10亿元的48家骨干企业: a class of firms or projects, no figure
    if q.unit == "CNY" and _BASE_BEFORE.search(text, max(sentence_start, start - 6), start):
        return True  # 考虑到基数已过万亿: the base, no figure
    if q.unit in money and pats["conversion"].search(text, max(sentence_start, start - 12), start):
        return True  # 14.16兆元人民币（约新台币63.4兆元）, 3.68万亿元（约3.95万亿港元）: the amount converted
    if q.unit in money and (
        _RATE_AFTER.match(text, end) or _RATE_BEFORE.search(text, max(sentence_start, start - 3), start)
    ):
        return True  # 按1元人民币兑1.075港元: an exchange rate
    clause_start = max(text.rfind(c, sentence_start, start) for c in "，；：") + 1
    if _SUPPOSED.search(text, max(sentence_start, clause_start), start):
        return True  # 如果把目标普遍定在4%-5%: a supposition, not a target
    if _REWARD_GIVEN.search(text, sentence_start, sentence_end) is not None and (
        text.startswith("对", clause_start)
        or _REWARD_GIVEN.search(text, end, clause_end) is not None
        or text.endswith(("最高", "最多"), clause_start, start)
    ):
        # 对当年实际外资金额超过5000万美元的新项目，按实际外资金额的2%给予奖励，单个项目最高1000万元: the terms of a
        # reward (who qualifies, at what rate, up to what cap), not a figure
        return True
    if q.chinese and q.unit == "CNY" and nxt in _PLACE_CHARS:
        return True  # 三元里街道, 五元村: a place name, not three yuan
    if q.unit in money and _QUALIFIES_COUNTED.match(text, end, clause_end):
        return True  # 投资超10亿元的项目12个: a size class of the projects counted, not an amount
    if q.unit == "CNY" and text[start:end] in BARE_MAGNITUDES and _CLASS_NOUN.match(text, end):
        return True  # 24个GDP万亿城市, 千亿县, 万亿俱乐部: a class of regions or firms, not an amount
    if q.unit == "CNY" and _INCREASE_BY.search(text, max(sentence_start, start - 8), start):
        return True  # 比上年增加约30亿元: the change of a figure, not a level of its own
    if q.unit == "CNY" and (
        _DEFINITION.search(text, max(sentence_start, start - 30), start)
        or text.startswith(("及以上", "以上"), end)
        and _DEFINED_AS.search(text, sentence_start, start)
    ):
        # 注：规模以上工业统计范围为年主营业务收入2000万元, 限额以上批发和零售业：指批发业年主营业务收入2000万元及以上、
        # 零售业年主营业务收入500万元及以上…: a definition of the statistics, not a figure
        return True
    if q.unit == "other:years" and _AGE_CLASS.match(text, end):
        return True  # 3岁以下婴幼儿, 65岁以上老年人: an age class of the people counted, not a figure
    if text.startswith("级", end) or prev == "个" and text.startswith(("台阶", "大关"), end):
        return True  # 千亿级; 跨过两个千亿台阶: steps counted, not a value
    if q.word and (streak := _STREAK_BEFORE.search(text, max(0, start - 12), start)) is not None:
        # (its own part: not 固定资产投资增长4.2%，其中工业投资连续三年…)
        part = max(sentence_start, text.rfind("；", sentence_start, streak.start()) + 1)
        part = max(part, text.rfind("其中", part, streak.start()))
        if streak.group(1) != "年" or _PERCENT_GIVEN.search(text, part, streak.start()):
            # 连续20个月保持两位数增长: how long a growth has lasted, not a figure (工业投资增长15.3%，连续三年保持
            # 两位数: the rate just given, said again; but 工业投资连续三年保持两位数增长 alone is last year's growth)
            return True
    if q.word and _PROGRAMME_AFTER.match(text, end):
        return True  # 制造业倍增计划, “制造业倍增”行动: the name of a programme, not a growth target
    measure = q.measure
    if measure != "count":
        return False
    if text.startswith(("个月", "个季度", "年"), end - 1) and text[start - 2 : start] in ("连续", "续保"):
        return True  # 连续5个月保持正增长: a duration, not a count
    if nxt == "阶" and text.startswith("台", end - 1):
        return True  # 两个千亿台阶: the 台 of 台阶, not a count of machines
    if prev == "前" or text.startswith("名", end - 1) and "排名" in text[sentence_start:start]:
        return True  # a rank (前8名, 排名第3), not a count
    if text.startswith("个", end - 1) and _POINTS_AFTER.match(text, end):
        return True  # 分别加快1.3个和0.3个百分点: the first of two changes in percentage points
    if _HONOURED.match(text, end):
        return True  # 12个2025年度高质量发展先进集体, 35个单位、120名个人受到通报表扬: those honoured, not a target
    if text.startswith("名", end - 1) and _ATTENDANCE.search(text, max(sentence_start, start - 6), start):
        return True  # 应到代表421名，实到405名: who attended the meeting, not a target
    if text.startswith("项", end - 1) and (
        _INDICATORS_COUNTED.search(text, max(sentence_start, start - 4), start)
        or text.startswith("指标", end)
        or text.startswith("主要指标", end)
    ):
        return True
    if text.startswith("场", end - 1) and _MEETINGS_AFTER.match(text, end):
        return True
    if (
        _AT_THE_MEETING_AFTER.search(text, end, min(sentence_end, end + 24))
        or _MEETING_BUSINESS.search(text, max(sentence_start, start - 16), start)
        or _VISITED.search(text, max(sentence_start, start - 30), start)
    ):
        return True  # 约2000名干部参会, 3家企业代表作交流发言, 收到代表建议142件: the meeting itself
    if q.chinese and prev not in "、，" and text.count("、", sentence_start, start) + 1 == q.value > 1:
        return True  # 晨鸣纸业、鲁清石化两家企业…: the size of the list just named, not a count to reach
    if text.startswith("个", end - 1) and text.startswith(_COUNTED_NOT_TARGETS, end):
        return True  # 在3个方面实现突破: an enumeration; 31个省份的目标已公布: regions counted, not a target
    if text.startswith("个", end - 1) and text.startswith(("将", "要", "已", "均", "都", "把"), end):
        return True  # 有7个将…定在6.5%以上, 5个中心镇要成为…, 有9个把…定在: the subject of a statement
    if text[end - 1 : end] in ("个", "座") and (  # (27座万亿城市中)
        _REGIONS_COUNTED_AFTER.match(text, end)
        or _REGIONS_COUNTED_BEFORE.search(text, max(sentence_start, start - 16), start)
        or _REGIONS_NUMBER_BEFORE.search(text, max(sentence_start, start - 12), start)
    ):
        return True  # 26个万亿元级城市中, 省份从去年的14个减少到8个: regions counted, not a count to reach
    if pats["admin"].match(text, end) and not _NOT_ADMIN.match(text, end, clause_end):
        return True
    if nxt in _OPEN_QUOTES and not _QUOTED_PROJECTS.search(text, end, clause_end):
        return True
    if pats["org"].search(text, end, clause_end):
        return True  # 五个工作组, 4个驻点办事处: working bodies, not targets
    if text.startswith("条", end - 1) and (
        q.chinese
        and not _CJK_OR_QUOTE.match(nxt)
        or pats["policy_after"].match(text, end, clause_end)
        or pats["policy_before"].search(text, max(sentence_start, start - 4), start)
        or _CHAINS_AFTER.match(text, end, clause_end)
    ):
        return True  # 营商十条, 惠企政策20条, 30条硬核措施: a policy's articles; 7条重点产业链: chains named, not built
    if pats["existing"].search(text, max(sentence_start, start - 2), start):
        return True  # 做强3个国家级园区: things that exist already, to be strengthened, not a count to reach
    if _DONE_TASKS_AFTER.match(text, end):
        return True  # 十件民生实事全面完成: the list of tasks done, not a figure
    if q.chinese:
        if (
            q.value <= 10
            and _CJK_OR_QUOTE.match(nxt)
            and not pats["countable"].search(text, end, min(clause_end, end + 12))
        ):
            return True  # 三个方面, 五个坚持, 三项制度: an enumeration, not a count
        if q.value == 1 or nxt == "大":
            return True
    return False
