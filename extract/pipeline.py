"""The extraction pipeline: normalise -> segment -> locate quantities -> filter -> indicator -> measure, bound,
time, commitment, region -> Mention rows with offsets into the original text."""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from extract import PACKAGE_DIR
from extract.attribute import WHOLE, DocumentRegions
from extract.cues import bound_of, commitment_of
from extract.indicators import (
    IndicatorHit,
    count_phrase_after,
    find_alias,
    has_content,
    modifies_noun,
    names_something,
    phrase_hit,
    resolve_item,
    strip_phrase,
)
from extract.lexicon import alternation, lexicon
from extract.locate import Quantity, find_quantities
from extract.normalise import normalise, table_like
from extract.numerals import parse_number
from extract.regions import Region, RegionIndex, town_parents
from extract.rows import GROUP_TOTAL_NOTE, TOWN_NOTE, ZONE_NOTE, Mention, mention
from extract.scope import BARE_MAGNITUDES, quote_offsets, skip
from extract.segment import BULLETS, HEADING_LEAD_EMOJI, Segments, Span, after_lead
from extract.subareas import SubAreas, kinds_of
from extract.tables import Mark, table_cells
from extract.timeframe import (
    BY_QUARTER,
    DocumentTime,
    TimeInfo,
    infer_document_year,
    leading_period,
    year_matches,
    year_of_clean_text,
)

__all__ = ["EXTRACTOR_VERSION", "extract_mentions", "infer_document_year"]


def _version(root: Path = PACKAGE_DIR) -> str:
    """Package version plus a short hash of every rule module and vocabulary table (of the package folder `root`)."""
    digest = hashlib.sha256()
    for path in sorted([*root.glob("*.py"), *(root / "data").glob("*.csv")]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    try:
        package = metadata.version("mubiao")
    except metadata.PackageNotFoundError:
        package = "0"
    return f"{package}+{digest.hexdigest()[:12]}"


EXTRACTOR_VERSION: str = _version()

_DIGIT = re.compile(r"\d")
_FROM_YEAR_TO = re.compile(r"(?:由|从)(\d{4})年的?[\d.,%万亿元个家]+(?=[^\d，。；]{1,4}$)")  # 由2020年的9.8%提高到…
_START_VALUE_BEFORE = re.compile(r"(?:由|从)(?:不到|不足|近|约)?$")  # 由812家增加到2860家: where a change started
# 比2020年的1777.2亿元, 较2015年末的…: the base a comparison starts from, that year's result
_BASE_OF_YEAR = re.compile(r"(?:比|较|较之|相比)(\d{4})年(?:底|末)?的$")
# 比2020年增加612亿元, 比上年末减少0.42万人: a change against an earlier time, not a level (减少贫困人口2.2万人 is a
# count); a fall is negative
_CHANGE_OVER = re.compile(r"(?:比|较)[^，。；比较]{0,20}?(?:(增加|净增|多)|减少|下降|减)了?(?:约|近|超过?)?$")
_ATTACHMENT = re.compile(r"\s*附表?[\d一二三四五六七八九十]?")  # 附：, 附表1：
_PARTNER = re.compile(r"对[^，。；、]{1,14}$")  # 对东盟 before 进出口
# 1.地区生产总值：…, （2）规上工业增加值：…: a list item's label before its colon
_ITEM_LABEL = re.compile(
    r"\s*(?P<number>\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]+、)?(?P<label>[^：:，,。；;\n]{2,16})："
)
# （二）规模以上工业增加值。岚山区增长9%，莒县增长8%: a numbered paragraph headed by an indicator alone
_ITEM_HEADING = re.compile(r"\s*[（(][一二三四五六七八九十]{1,3}[)）](?P<label>[^：:，,。；;\n]{2,16})。")
_NO_LABEL_ENDS = ("是", "为", "如下", "目标", "要求", "任务", "方面", "看", "来看")
_YEAR_LEAD = re.compile(r"(?:(?:到|至)?\d{4}年(?:底|末)?)?(?:保持在?|稳定在|维持在?)?")  # 2030年达到…, 保持在…
_BRACKET_YEAR = re.compile(r"括号内(?:为|是)?(\d{4})年(预计|实际|完成)?(?:值|数|数据)")
_COUNT_BEFORE = re.compile(r"(?:([两三四五六七八九十])|(\d{1,2}))个[“\"]?$")
_QUOTED_COUNT_BEFORE = re.compile(r"[“\"]([两三四五六七八九十])个$")
_ITEM_SPLIT = re.compile(r"[、和及与]")
# 推进改造项目120个，完成固定资产投资300亿元: investment after a count of projects belongs to the list
_PROJECT_COUNT = re.compile(r"项目\s*\d+\s*个|\d+\s*个[^，。；;\n]{0,12}?项目")
_VALUE_SEPARATORS = ("、", "和", "及", "与", ",")
_ANY_NUMBER = re.compile(r"[\d０-９一二两兩三四五六七八九十百千万萬亿億倍翻]")


@functools.cache
def _pairwise() -> frozenset[str]:
    """The distribution words that pair a list of values with a list of items in order (分别, 依次), unlike 各 / 均,
    which give one value to each."""
    return frozenset(w for w, v in lexicon().cue_words("distribution").items() if v == "pairwise")


@functools.cache
def _word_patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    approx = [w for w, v in lex.cue_words("bound_prefix").items() if v == "approx"]
    return {
        "bound_suffix": re.compile(f"^(?:{alternation(lex.cue_words('bound_suffix'))})"),
        "share": re.compile(alternation(lex.cue_words("share_word"))),
        "growth": re.compile(alternation(lex.cue_words("growth_verb"))),
        "growth_rate": re.compile(alternation(lex.cue_words("growth_rate_word"))),
        "company": re.compile(rf"[\u4e00-\u9fffA-Za-z]{{2,}}(?:{alternation(lex.cue_words('company_word'))})"),
        "attribute": re.compile(alternation(lex.cue_words("entity_attribute"))),
        "reference": re.compile(alternation(lex.cue_words("reference"))),
        "project": re.compile(alternation(lex.cue_words("project_word"))),
        "approx_prefix": re.compile(f"(?:{alternation(approx)})$"),
        # (年均, 平均, 人均 are averages, not 均 distributing a value)
        "distribution": re.compile(
            "|".join(
                "(?<![平人])(?<![^今去明全]年)均"  # (but 今年均提出: this year, each)
                if w == "均"
                else "(?<![成首京古帝国])都(?![市会城])"  # 佛山和东莞都把…定在5% (not 成都, 首都, 都市圈)
                if w == "都"
                else re.escape(w)
                for w in sorted(lex.cue_words("distribution"), key=len, reverse=True)
            )
        ),
        "generic_company": re.compile(alternation(lex.cue_words("generic_company"))),
        "change_to": re.compile(alternation(lex.cue_words("change_to"))),
    }


@functools.cache
def _parent_names() -> dict[str, str]:
    """Region code -> the name of the region one level up (none for a province)."""
    idx = RegionIndex.load()
    return {r.code: parent.name for r in idx if (parent := idx.parent(r)) is not None}


_REGION_GOAL_SET = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)(?:则|也|亦)?(?:订在|定在|订为|定为|设定为|设定在|定调|剑指|瞄准|锁定)[“\"]?"
)
_GDP_GROWTH_TOLD = re.compile(r"(?:地区生产总值|GDP|经济总量)[^。；\n]{0,24}?增长")  # (a paragraph on economies)
_GROWTH_GOAL_NAMED = re.compile(r"(?:经济)?(?:增长|增速)目标|GDP(?:增长|增速)?目标")  # …将今年增长目标设定在…
_TASK_VERB = re.compile(r"(?:推动|支持|推进|加快|打造|建设|鼓励|引导|力争|确保)")  # a task's verb, opening a sentence
_NUMBERED_HEAD = re.compile(r"\s*[一二三四五六七八九十\d]{1,3}、")  # 二、今年目标：…
_GOAL_SET_AT = re.compile(r"(?:设?[定订][于在为]?|设为|提出)(?:增长)?")  # 均定于5%, 均提出增长5%, 均订5.5%
_BARE_GROWTH = re.compile(r"(?:增长|成长|增速为?|增幅为?)(?:了)?(?:约|近|超过?)?")  # 分别增长…, 均增长…
_AND_THE_YEAR = re.compile(r"[和及与]全年$")  # 一季度、上半年、前三季度和全年
_COMPARED = frozenset(("同比", "环比", "比上年", "较上年", "比去年", "较去年", "比上年同期", "较上年同期"))
_YEAR_CELL = re.compile(r"(?:\d{4}年|年均)")  # 2030年5500亿元, 年均增长5.5%左右: a cell of an indicator's row


@dataclass(slots=True)
class Figure:
    """A quantity with its indicator, before time / bound / commitment / region are settled."""

    q: Quantity
    hit: IndicatorHit
    measure: str
    quote_start: int
    quote_end: int
    value: float
    value_high: float | None
    notes: list[str] = field(default_factory=list)
    bound: str | None = None
    region: Region | None = None  # set when a list of regions distributes the figures (深圳、广州分别…)
    clause_bound: str | None = None  # bound_of(text, q, clause start), when _figure computed it
    # set when a list of towns or zones distributes the figures (虎门镇、长安镇…均…): the note of the place below the
    # region table, 'town 虎门镇' / 'zone 华侨管理区'
    below: str = ""
    # set by a table's header or caption (2025年预计值, 2030年目标值): the cell's year, target or result, estimate
    year: int | None = None
    kind: str = ""
    estimate: bool = False
    period: str = ""  # set when a list of parts of the year distributes the figures (一季度、上半年…分别…)
    milestone: bool = False  # a step passed (跨越4万亿元、5万亿元两个台阶): a figure for the ones after it, no row
    # the country's (全国规模以上工业增加值…): no region of the table, so no row, but the figures after it in its
    # chain (…，比上年增长5.0%) take its indicator
    national: bool = False
    change: bool = False  # a change against an earlier time (比上年末增加41家): its indicator's _increase, tier 2


_NATIONAL_SOURCE = re.compile(r"国务院新闻办|国新办|国家统计局|海关总署|国家发展改革委|国家发展和改革委员会|国家发改委")
# 全国规模以上工业增加值, 同期全国国内生产总值 (not 占全国的比重, 高于全国水平: the country as a yardstick)
_NATIONAL_BEFORE = re.compile(r"(?<![占居比于较至与为和及、])全国的?$")


def _is_national(text: str, start: int) -> bool:
    """Whether the indicator named at `start` is the country's, 全国 right before it (国内生产总值 alone is not: a
    speaker may call the city's GDP so)."""
    return _NATIONAL_BEFORE.search(text, max(0, start - 4), start) is not None


def _alias_or_share(text: str, start: int, end: int, percent: bool) -> tuple[IndicatorHit | None, bool]:
    """The known indicator named in text[start:end] before a figure at `end`, and whether the figure is a share of
    it (占GDP比重, 规上工业增加值比重): then the phrase as a whole names the figure."""
    hit = find_alias(text, start, end, percent)
    if hit is None:
        return None, False
    pats = _word_patterns()
    share_gap = percent and pats["share"].search(text, hit.end, end) is not None
    if share_gap and pats["growth_rate"].search(text, hit.end, end):
        share_gap = False  # 增长率 is a growth rate, not a share
    if "占" in text[max(start, hit.start - 4) : hit.start] or share_gap:
        ps, pe = strip_phrase(text, start, end)
        return phrase_hit(text, ps, pe, "level") or hit, True
    return hit, False


def _percent_measure(text: str, q: Quantity, hit: IndicatorHit, window_start: int, inherited: str | None) -> str:
    pats = _word_patterns()
    if q.word:
        return q.measure  # 两位数, 倍增: growth; 一半, 四分之一: a share
    if pats["growth_rate"].search(hit.text) or pats["growth_rate"].search(text, window_start, q.start):
        return "growth"
    if _CHANGED_BY.search(text, max(0, q.start - 5), q.start):
        return "growth"  # 生产效率提升了32%, 不良率下降了40%: how much the rate changed, not the rate
    if pats["share"].search(hit.text) or pats["share"].search(text, window_start, q.start):
        return "share"
    if (
        pats["growth"].search(text, window_start, q.start)
        or pats["growth"].search(hit.text)
        or text.startswith(("的增长", "的增速"), q.end)
    ):
        return "growth"
    if inherited:
        return inherited
    return "growth" if hit.tier == 1 else "share"


_CHANGED_BY = re.compile(r"(?:提升|提高|上升|下降|降低|减少)了(?:约|近|超过?)?$")
_INDUSTRY_RATIO = re.compile(
    r"(?P<name>三次产业(?:结构|比例|比重))(?:调整)?(?:为|是|由(?P<from>(?:\d{4}年|上年|去年)的?)?[^，。；]{0,20}?(?:调整|优化)[为到](?:\d{4}年的?)?)?"
    r"(?P<ratio>(\d+(?:\.\d+)?)[:：](\d+(?:\.\d+)?)[:：](\d+(?:\.\d+)?))"
)
_RATIO = re.compile(r"(\d+(?:\.\d+)?)[:：](\d+(?:\.\d+)?)[:：](\d+(?:\.\d+)?)")
_RD_OF_GDP = re.compile(
    r"(?:研发|R&D|研究与试验发展)(?:经费)?(?:投入|支出)?占(?:全[省市区县])?(?:地区生产总值|GDP|生产总值)"
)
_INDUSTRY_SHARES = ("primary_industry_share", "secondary_industry_share", "tertiary_industry_share")
_GOAL_SET_BEFORE = re.compile(r"(?:确定|提出|设定|定下|制定)的$")  # 年初确定的5.5%目标
_BARE_GOAL_AFTER = re.compile(r"(?:以上|左右)?[”\"]?的?目标")
_GROWTH_GOAL_AFTER = re.compile(
    r"(?:以上|左右)?[”\"]?的((?:经济|GDP)?(?:增长|增速))(?:目标|预期)"
)  # (“5%左右”的增长目标)
# 南京、无锡分别提出增长5%、5.2%, 常州目标为增长5.5%以上: a region's growth target with no indicator named is its
# economy's (GDP) growth
_GOES_ON = ("其中", "该省", "该市", "该区", "该县")  # a sentence that goes on with the subject of the one before
_CHANGE_FROM = re.compile(r"(?:从|由)(?:\d{4}年|上年|去年|\d{4}年末|上年末)的")  # 从2020年的1.01万亿元增加到…
_PART_OF = re.compile(r"[\u4e00-\u9fff]{2,4}的(?=[\u4e00-\u9fff])")  # 东翼的揭阳市: the part a region is of
_YEAR_OPENING = re.compile(r"(?:19|20)\d{2}年[，,]?")
_REGION_GROWS = re.compile(
    r"(?:则|也|今年|去年|上半年|前三季度|一季度|全年|同比|比上年|表示|提出|要|将|力争|争取|确保|(?:19|20)\d{2}年|实际)*"
    r"(?:年均)?(?:增长|成长|年增)(?:了)?"
)
_BARE_GROWTH_GOAL = re.compile(
    r"(?:提出|目标(?:均|都|分别|依次)?(?:为|是|定为|定在)?|预期)(?:今年|明年|全年)?(?:经济)?增长(?:超过|不低于|达到)?$"
    r"|(?<!增长)目标(?:均|都|分别|依次)(?:为|是|定为|定在)$"  # 韶关、阳江、云浮三市今年的目标分别为5%、6%和6.5%
    r"|[把将](?:今年的?|全年的?)?(?:经济)?(?:增长|增速)?目标[定订](?:在|为)$"  # 郑州也把目标定在6%以上
    r"|(?:同样|也|亦)(?:定为|定在|设为|设定为)$"  # 上海提出…增长5%左右，北京同样定为5%左右
    r"|(?<!增长)目标(?:设?定为|设?定在|订为|订在|为|是)$"  # 今年合肥目标定为6%以上 (江苏今年目标订为5%以上)
    r"|(?<=[的年])(?:经济)?(?:增长|增速)目标(?:设?定为|设?定在|订为|订在|为|是)$"  # 苏州今年的增长目标为5.5%左右
)
_STEP_AFTER = re.compile(r"(?:的)?新?(?:台阶|大关)")
_GROWTH_NAMED_AFTER = re.compile(r"的((?:经济|GDP)?(?:增速|增幅))(?!目标|预期)")  # 以6.1%的增速领跑
_RANK_HELD_AFTER = re.compile(r"(?:继续|仍|依然)?(?:稳居|位居|位列|排在|排名|居于?)")  # …以768.4亿元位列第三
_LEVEL_NAMED_AFTER = re.compile(r"的(经济总量|地区生产总值|GDP)")  # 东莞以1.25万亿元的经济总量位列…
_COUNTED_REGIONS = re.compile(r"(?:城市|地级市|市|县|区|县区|区县)$")  # 两个副中心城市 before the indicator
# adverbs and verbs of announcing between a region named alone and its figure (东莞则首次突破1.2万亿元, 湖北提出
# 增长5.5%): not part of the subject
_COUNT_OF_PLACES = re.compile(r"(?:\d+|[两二三四五六七八九十]+)[个座]?(?:地|市|省|区|县|城)")  # 三地, 两市
_SUBJECT_ADVERBS = (
    *("则", "也", "还", "亦", "更", "已经", "已", "首次", "再次", "首度", "同样", "去年", "全年"),
    # 湖北提出增长5.5%, 四川将目标定为增长6%
    *("提出", "明确", "目标为", "目标是", "目标定", "目标", "定为", "计划", "预期", "力争", "确保", "要", "将", "以"),
    *("同样是", "也是", "的", "为", "是", "今年", "明年"),  # 北京的目标同样是5%左右, 湖北今年的目标为…，湖南为…
    *("定", "设定", "均"),  # 广州定为5%左右 (its 为 stripped as a connector)
    # 湖北省则维持6%左右, 湖南省今年目标下调至5%左右, 陕西省去年实际增长仅4.6%
    *("维持", "维持在", "下调", "上调", "调整", "仅", "只有", "实际", "增长", "成长", "实际增长", "实际成长"),
    *("订下", "定下", "订为", "订在", "年初"),  # 广州市则订下成长5%, 湖北年初提出“增长6%左右”
)


def _last_like(figures: list[Figure], q: Quantity, anchor: int) -> Figure | None:
    """The last figure at or after offset `anchor` with q's unit."""
    for f in reversed(figures):
        if f.q.start < anchor:
            return None
        if f.q.unit == q.unit:
            return f
    return None


def _sign(text: str, start: int, end: int) -> float:
    """-1 when the last growth verb before `end` is a fall (下降5%); a verb of the level reached (增速回落至3.2%) signs
    nothing: the rate is the value."""
    last = None
    for m in _word_patterns()["growth"].finditer(text, start, end):
        last = None if text.startswith(("至", "到"), m.end()) else m
    return float(lexicon().cue_words("growth_verb")[last.group(0)]) if last else 1.0


# 三区…均, 两县…均 (a count of the regions just named), 各县（市、区）…均 (a class of the city's units)
_GROUP_SUBJECT = re.compile(
    r"(?:(?P<count>\d|[两三四五六七八九])个?(?P<kind>区|县|市|地)|各(?P<kinds>县[（(]市、区[）)]|[市区县][（(][区县][）)]|县区|区县|区|县))"
)


# 总量 alone, opening its clause or after a verb of aim: the economy's total (邮政业务总量 is not)
_BARE_TOTAL = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=冲刺|力争|确保|争取|突破))总量")


# 与年初提出的(增长), 而年初的目标是(增长), 略低于年初确定的, 低于年初: the goal of the figure before, restated
_EARLIER_GOAL = re.compile(
    r"(?=.*(?:年初|目标|预期))(?:与|而|比|(?:略|远|明显|稍)?(?:低于|高于)|超过|超出|虽?未达到|未完成|未能完成|没有完成|没有达到|完成)?(?:年初|年度|全年)?"
    r"(?:提出|确定|设定|定下)?的?(?:目标|预期)?(?:均|都)?(?:是|为)?(?:增长)?"
)


# 武汉：剑指2.2万亿, 惠州：增速领跑　剑指6500亿, ■深圳：3.68万亿元稳坐龙头 (the region opening the sub-heading)
_HEADLINE_AIM = re.compile(
    r"(?:^|(?<=[\s"
    + BULLETS
    + r"]))([\u4e00-\u9fff]{2,8}?)(?:(?:[：:][^\n：:]{0,12}?)?(?:剑指|冲刺|迈向|挺进|冲击|瞄准|站上|跨越)|[：:])$",
    re.MULTILINE,
)
_GROWTH_LABEL = re.compile(HEADING_LEAD_EMOJI + r"(?:同比|比上年)?(?:增长|增速|增幅)[：:]?[ \t\u3000]*")
_STEPS_LISTED = re.compile(r"(?:[、和][^，。；、]{1,12}?)+[两三四五六七八九]个(?:新)?台阶")
_STEP_WORD = re.compile(r"(?:新)?(?:台阶|大关)")  # 迈上千亿元台阶, 突破万亿大关


def _in_headline(text: str, pos: int) -> bool:
    """Whether pos lies in a short line of its own with no full stop: a title or sub-heading."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return end - start <= 24 and "。" not in text[start:end]


def _of_kind(region: Region, kind: str) -> bool:
    """Whether a region is of the kind a count names (区, 县; 市: a city or a county-level city)."""
    return (
        region.level == "district"
        and (region.name.endswith(kind) or kind == "地")  # 三地: places of any county-level kind
        or kind == "市"
        and region.level == "city"
    )


def _list_start(seg: Segments, text: str, clause_start: int) -> int:
    """Start of the run of 、-separated clauses that ends with the clause starting at clause_start."""
    start = clause_start
    while start > 0 and text[start - 1] == "、":
        start, _ = seg.bounds("clause", start - 2)
    return start


@functools.cache
def _growth_rate_words() -> tuple[str, ...]:
    """增速, 增幅 … (cues.csv role growth_rate_word, and 增长速度): …，增速分别为4.2%、3.9%, the growth of what came
    before."""
    return (*lexicon().cue_words("growth_rate_word"), "增长速度")


_YEAR_ITEM = re.compile(r"(?:19|20)\d{2}年")  # an item of a list of years (2024年、2025年、2026年分别…)
_YEAR_ENDING = re.compile(r"(?:19|20)\d{2}年$")  # the first item, after the indicator (工业投资2024年、…)


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the list items in text[start:end] (split on 、和及与), the first one stripped of lead words."""
    spans: list[tuple[int, int]] = []
    s = start
    for m in _ITEM_SPLIT.finditer(text, start, end):
        if m.group(0) != "、" and m.start() - s < 2:
            continue  # 和平县, 永和街道: 和 inside a name (nothing, or one character, before it), not between items
        spans.append((s, m.start()))
        s = m.end()
    spans.append((s, end))
    if spans:
        a, b = strip_phrase(text, *spans[0])
        first = after_lead(text, *spans[0])
        if a > first and text[first:b] in town_parents():
            a = first  # 共和镇、址山镇…各增长: a town whose name opens with a lead word (共)
        a = after_lead(text, a, b)  # 🔹福州、厦门、泉州…分别: the bullet of a post's line
        if (number := _ITEM_NUMBER.match(text, a, b)) is not None:
            a = number.end()  # （一）新安街道、西乡街道…: the number of a list item
        if (of := text.rfind("的", a, b)) > a and b - of > 2:
            a = of + 1  # 东北的辽宁、吉林、黑龙江三省…: the first item after what qualifies the list
        spans[0] = (a, spans[0][1]) if a < spans[0][1] else spans[0]
    return [(a, b) for a, b in spans if b > a]


_ITEM_NUMBER = re.compile(r"[(（]?[一二三四五六七八九十\d]{1,2}[)）]")


def _complete(items: list[str], k: int) -> str | None:
    """Resolve item k of a list, borrowing a shared suffix / prefix from its neighbours (汽车、电子产值)."""
    item = items[k]
    code = resolve_item(item, False)
    if code:
        return code
    last, first = items[-1], items[0]
    for n in range(1, len(last)):
        code = resolve_item(item + last[-n:], False)
        if code and lexicon().alias_to_code.get(item + last[-n:]):
            return code
    for n in range(1, len(first)):
        cand = first[:n] + item
        if cand in lexicon().alias_to_code:
            return lexicon().alias_to_code[cand]
    return None


def _item_hit(text: str, span: tuple[int, int], code: str | None, measure: str, list_context: bool) -> IndicatorHit:
    lex = lexicon()
    a, b = span
    item = text[a:b]
    if code is None and list_context:
        # 瞄准投资: the item is the longest known word it ends with
        for n in range(min(len(item), 12), 0, -1):
            tail = item[-n:]
            c = lex.alias_to_code.get(tail) or lex.list_aliases.get(tail)
            if c:
                return IndicatorHit(c, tail, b - n, b, lex.tier(c), True)
    if code is not None:
        return IndicatorHit(code, item, a, b, lex.tier(code), True)
    return phrase_hit(text, a, b, measure) or IndicatorHit("other", item, a, b, 2, False)


def _last_alias(t: str, start: int, end: int) -> IndicatorHit | None:
    """The last indicator named in t[start:end], or None."""
    found = None
    while (hit := find_alias(t, start, end, False)) is not None:
        found, start = hit, hit.end
    return found


def _bare_growth_goal(t: str, start: int, pos: int) -> IndicatorHit | None:
    """GDP, when the growth figure at `pos` is a target stated with no indicator (提出增长5%) after `start`."""
    m = _BARE_GROWTH_GOAL.search(t, max(start, pos - 10), pos)
    if m is None:
        return None
    return IndicatorHit("gdp", m.group(0), m.start(), m.end(), 1, True)


class _Extractor:
    """State for one document."""

    def __init__(self, text: str, doc: str, doc_year: int | None, doc_region: str | None) -> None:
        self.doc = doc
        self.norm = normalise(text)
        self.t = self.norm.text
        self.seg = Segments(self.t)
        years = year_matches(self.t)  # explicit years: for the document's year and the figures' time cues
        self.doc_year = doc_year if doc_year is not None else year_of_clean_text(self.t, years)
        self.regions = DocumentRegions(self.t, doc_region)
        self.time = DocumentTime(self.t, self.doc_year, years)
        self._quotes = quote_offsets(self.t)
        self._commitments: dict[tuple[int, int], list] = {}  # commitment_of's memo
        self._sentence_regions: dict[int, Region | None] = {}  # sentence start -> region of its last figure
        # (sentence start, regions, indicator, quote start) of the last 分别 over regions (for one that goes on)
        self._last_regions: tuple[int, list[Region | None], IndicatorHit, int] | None = None
        self._sentence_town: tuple[int, str] = (-1, "")  # (sentence start, note) of the last figure given to a town
        self.areas = SubAreas(self.t, self.seg, self.regions)  # towns, zones, groups of regions
        # 括号内为2025年预计值: the year, kind and estimate of bracketed values
        bracket = _BRACKET_YEAR.search(self.t) if "括号" in self.t else None
        self._bracket_values = (
            (int(bracket.group(1)), "actual", bracket.group(2) == "预计") if bracket is not None else None
        )
        # tables written as text: their bare numbers, and the other cells with the header of their column
        self._cells, self._marks = table_cells(self.t)
        self._mark_starts = [m.start for m in self._marks]

    def run(self) -> list[Mention]:
        """All mentions of the document, sorted by offset, duplicates removed."""
        qs = find_quantities(self.t)
        figures: list[Figure] = []
        handled: set[int] = set()
        prev: Figure | None = None
        seg_at = self.seg.at
        distribution = _word_patterns()["distribution"].search  # _distribute_list's first test, without the call
        for i, q in enumerate(qs):
            if i in handled:
                continue
            spans = seg_at(q.start)
            anchor = spans[2][0]  # figures before the sub-sentence are out of reach, but for a 其中 breakdown
            if figures and figures[-1].q.start < anchor and self._breaks_down(figures[-1], anchor):
                anchor = seg_at(figures[-1].q.start)[2][0]
            growth_line = bool(figures) and figures[-1].measure == "level" and self._growth_line_after(figures[-1], q)
            if growth_line:
                # ▶地区生产总值：3286.5亿元\n▶同比增长：6.2%: a line of a list that gives the growth of the level above
                anchor = seg_at(figures[-1].q.start)[2][0]
            if prev is not None and prev.q.start < anchor:
                prev = None
            like = _last_like(figures, q, anchor)
            # the last figure of the unit in this paragraph or the one before (a round-up names its indicator once)
            para_start = spans[0][0]
            para_like = _last_like(figures, q, seg_at(para_start - 2)[0][0] if para_start >= 2 else 0)
            # 分别 / 各 / 均 / 等多项指标 lists and 三个“1万亿”: one figure per listed indicator (or region)
            cs = spans[3][0]
            if (
                q.chinese
                and q.unit not in ("CNY", "percent")
                and q.text[0] in "百千万"
                and self.t.startswith(("以上", "级"), q.end)
            ):
                continue  # 各建成1个千亩以上现代农业产业园, 万亩级: a size class of what is counted, not a figure
            dist = self._distribute_slogan(qs, i) or (
                self._distribute_list(qs, i, cs, like, para_like) if distribution(self.t, cs, q.start) else None
            )
            if dist is not None:
                used, figs = dist
                handled.update(used)
                figures.extend(figs)
                prev = figs[-1] if figs else prev
                continue
            fig = self._figure(q, prev, spans, like, para_like)
            if growth_line and fig is not None and fig.measure == "level":
                fig.measure = "growth"
            if fig is not None and fig.measure == "share" and BY_QUARTER.search(self.t, spans[1][0], q.start):
                # …占地区生产总值的比重为57.5%。分季度看，一季度增长4.4%: the quarters of the paragraph's headline rate
                lead = next((f for f in figures if f.q.start >= para_start and f.measure == "growth"), None)
                if lead is not None:
                    fig.hit, fig.measure = lead.hit._replace(start=fig.quote_start, end=fig.quote_start), "growth"
            if fig is not None:
                figures.append(fig)
                prev = fig
        figures.extend(self._industry_structure())
        figures.extend(self._table_figures())
        mentions = [m for f in figures if not (f.milestone or f.national) and (m := self._mention(f)) is not None]
        if self.regions.doc_region is None and _NATIONAL_SOURCE.search(self.t, 0, 300) is not None:
            # 国务院新闻办公室新闻发布会…介绍2024年国民经济运行情况: a national release's figures with no region of
            # their own are the country's (but 东部地区…, 6个经济大省…合计: totals over parts of it, with their notes)
            mentions = [m for m in mentions if m.region or m.note.startswith((GROUP_TOTAL_NOTE, ZONE_NOTE, TOWN_NOTE))]
        seen: set[tuple] = set()
        out: list[Mention] = []
        for m in sorted(mentions, key=lambda m: (m.start, m.end, m.indicator, m.measure, m.value, m.region)):
            key = (m.start, m.end, m.indicator, m.measure, m.value, m.value_high, m.region)
            if key not in seen:
                seen.add(key)
                out.append(m)
        return out

    def _region_growing(self, ps: int, pe: int, q_start: int) -> str | None:
        """The region name that opens the phrase text[ps:pe] (after the part it is of: 东翼的) when only a bare growth
        follows it up to the figure (深圳增长, 江苏年均增长), else None."""
        t = self.t
        rs = ps if (of := _PART_OF.match(t, ps, pe)) is None else of.end()
        if (lead := _YEAR_OPENING.match(t, rs, pe)) is not None:
            rs = lead.end()  # 2025年西藏实际增长6.6%: the year, then the region
        surfaces = self.regions.surfaces
        grows = next(
            (
                k
                for k in range(min(pe - rs, 12), 1, -1)
                if t[rs : rs + k] in surfaces and _REGION_GROWS.fullmatch(t, rs + k, q_start)
            ),
            0,
        )
        return t[rs : rs + grows] if grows else None

    def _growth_line_after(self, level: Figure, q: Quantity) -> bool:
        """Whether quantity q opens, after a growth label alone (同比增长：), the line right below the level's line."""
        t = self.t
        line_start = t.rfind("\n", 0, q.start) + 1
        if q.unit != "percent" or line_start == 0 or not _GROWTH_LABEL.fullmatch(t, line_start, q.start):
            return False
        return t.rfind("\n", 0, line_start - 1) < level.q.start < line_start

    # --- indicator -------------------------------------------------------------------------------------------

    def _clause_before_names(self, cs: int, sentence_start: int) -> IndicatorHit | None:
        """The known indicator that opens the clause before offset `cs` (behind a ，) in the same sentence, when that
        clause holds no number (外贸进出口总额稳中提质，), else None."""
        t = self.t
        if cs - 1 <= sentence_start or t[cs - 1] not in "，,、":  # (固定资产投资力争由负转正、增长3%)
            return None
        ps, pe = self.seg.at(cs - 2)[3]
        if pe - ps > 20 or any(ch.isdigit() for ch in t[ps:pe]):
            return None
        ps, _ = strip_phrase(t, ps, pe)
        hit = find_alias(t, ps, pe, False)
        return hit if hit is not None and hit.start == ps else None

    def _figure(
        self,
        q: Quantity,
        prev: Figure | None,
        spans: tuple[Span, Span, Span, Span],
        like: Figure | None = None,
        para_like: Figure | None = None,
    ) -> Figure | None:
        """The figure of quantity q (`prev`: the figure before it in reach; `like`: the last one in reach with the
        same unit; `para_like`: the last one in its paragraph with the same unit), or None when q is not a figure."""
        t = self.t
        _, (Ss, Se), (ss, _), (cs, ce) = spans
        pats = _word_patterns()
        if skip(t, q, Ss, Se, ce, self._quotes) or pats["reference"].match(t, cs):
            return None
        if q.chinese and t[q.start : q.end] in BARE_MAGNITUDES and self.regions.names_region_at(q.end):
            return None  # 千亿惠城, 万亿广州: the class of the region named after it, a slogan
        if t.endswith(("关键词：", "关键词:"), 0, q.start):
            return None  # 🔑关键词：千亿跨越: a keyword of a summary, no figure
        if (
            q.unit == "CNY"
            and q.chinese
            and _STEP_WORD.match(t, q.end)
            and prev is not None
            and prev.q.unit == "CNY"
            and prev.measure == "level"
            and prev.q.start >= Ss
            and q.value <= prev.value
        ):
            return None  # 达到1010亿元，首次迈上千亿元台阶: the step the level just given reached, said again
        percent = q.unit == "percent"
        measure = q.measure
        hit: IndicatorHit | None = None
        inherited: str | None = None
        quote_start = q.start
        if measure == "count" and not pats["change_to"].match(t, q.end):  # 由812家增加到…: the noun is before
            a, b = count_phrase_after(t, q.end, ce)
            hit = find_alias(t, a, b, False) or phrase_hit(t, a, b, "count")
            if hit is not None and hit.tier == 1:
                # a headline indicator is never a count: 两个副中心城市地区生产总值均突破… counts the regions (no
                # row), 50个工业投资项目 counts projects
                if _COUNTED_REGIONS.search(t, q.end, hit.start):
                    return None
                hit = phrase_hit(t, a, b, "count")
            if hit is not None:
                hit = IndicatorHit(hit.code, hit.text, hit.start, b, hit.tier, hit.known)
        if hit is None:
            hit, share = _alias_or_share(t, cs, q.start, percent)
            measure = "share" if share else measure
        if (
            hit is None
            and like is not None
            and like.q.start >= Ss
            and (
                _BASE_OF_YEAR.search(t, max(cs, q.start - 12), q.start) is not None
                or not percent
                and _CHANGE_OVER.match(t, cs, q.start) is not None
            )
        ):
            # 地区生产总值将达到2380亿元左右，比2020年的1777.2亿元: the base of the figure before, its indicator;
            # 规模以上工业企业1012家，比上年末增加46家: its change
            hit, inherited, quote_start = like.hit, like.measure, like.quote_start
        if hit is not None and hit.tier == 1 and hit.end < q.start and modifies_noun(t, hit.end, q.start):
            hit = None  # 万元GDP能耗: the headline word only qualifies another noun
        if (
            hit is not None
            and hit.code == "fixed_asset_investment"
            and measure == "level"
            and _PROJECT_COUNT.search(t, Ss, hit.start)
        ):
            hit = IndicatorHit("projects_investment", hit.text, hit.start, hit.end, 2, False)
        region: Region | None = None
        if hit is None and not percent and (named := _LEVEL_NAMED_AFTER.match(t, q.end)) is not None:
            hit = IndicatorHit("gdp", named.group(1), named.start(1), named.end(1), 1, True)
        if (
            hit is None
            and q.unit == "CNY"
            and t.endswith("以", 0, q.start)
            and _RANK_HELD_AFTER.match(t, q.end)
            and any(t[q.start - 1 - k : q.start - 1] in self.regions.surfaces for k in range(2, 9))
        ):
            # 惠州市博罗县以1096.3亿元继续稳居榜首: a region ranked by an amount, its economy's size
            hit = IndicatorHit("gdp", "", q.start, q.start, 1, True)
        if hit is None and percent and (named := _GROWTH_NAMED_AFTER.match(t, q.end)) is not None:
            # 合肥去年以6.1%的增速在万亿省会中领跑: the economy's growth, named after the figure
            hit = IndicatorHit("gdp", named.group(1), named.start(1), named.end(1), 1, True)
            measure = "growth"
        if (
            hit is None
            and q.unit == "CNY"
            and prev is not None
            and prev.q.unit == "percent"
            and prev.hit.known
            and _STEP_AFTER.match(t, q.end)
        ):
            # GDP增长7.5%左右，确保迈上5000亿元新台阶: the step the indicator of the growth before climbs
            hit = IndicatorHit(prev.hit.code, prev.hit.text, q.start, q.start, prev.hit.tier, True)
        if (
            hit is None
            and percent
            and _GOAL_SET_BEFORE.search(t, max(cs, q.start - 8), q.start)
            and (goal_word := _BARE_GOAL_AFTER.match(t, q.end)) is not None
            # (规上工业增加值增长7.2%，高于年初确定的6%的目标: the goal of the growth before)
            and (prev is None or prev.q.start < Ss or prev.hit.code == "gdp")
        ):
            # 湖南去年未完成年初确定的5.5%目标: the economy's growth goal, set at the year's start (增长5.0%，略低于
            # 年初确定的6%目标: quoted from the growth it is compared with)
            hit = IndicatorHit("gdp", goal_word.group(0), q.start, q.start, 1, True)
            measure = "growth"
            if prev is not None and prev.q.start >= Ss and prev.hit.code == "gdp":
                quote_start = prev.quote_start
        if hit is None and percent and (growth_goal := _GROWTH_GOAL_AFTER.match(t, q.end)) is not None:
            # 珠海今年6%以上的增长目标: the economy's growth target, named after the figure
            hit = IndicatorHit("gdp", growth_goal.group(1), growth_goal.start(1), growth_goal.end(1), 1, True)
            measure = "growth"
        if hit is None and (mark := self._mark_at(q.start)) is not None and mark.column.end > mark.column.start:
            # 福建 5.5%左右 4% 5.5% under 省份 GDP增速 固定资产投资 社会消费品零售总额: the column names the indicator
            column = mark.column
            named_by = find_alias(t, column.start, column.end, percent)
            if named_by is None and percent and column.growth:
                # 城市 2023年GDP（亿元） 同比增长 2024年增长目标: a growth column takes the indicator of the last column
                # before it that names one
                header_start = t.rfind("\n", 0, column.start) + 1
                named_by = _last_alias(t, header_start, column.start)
            if named_by is not None:
                hit = IndicatorHit(named_by.code, t[column.start : column.end], q.start, q.start, named_by.tier, True)
                measure = "growth" if column.growth else measure
                label = self._row_label(q.start)
                if label is not None and t[label[0] : label[1]] in self.regions.surfaces:
                    region = self.regions.resolve(t[label[0] : label[1]], self.regions.context_at(q.start))
                quote_start = label[0] if label is not None else q.start
        if hit is None and (label := self._row_label(q.start) or self._item_label(q.start, cs)) is not None:
            # 社会消费品零售总额   151.3亿元   增长4.9%: a row of a table, its first column names the indicator;
            # 1.地区生产总值：2030年达到2000亿元以上（1480亿元），年均增长6%左右；: a list item, its label
            hit, share = _alias_or_share(t, *label, percent)  # (全社会研发投入占GDP比重：9.2%: a share)
            hit = hit or phrase_hit(t, *strip_phrase(t, *label), measure)
            measure = "share" if share else measure
            if hit is not None and not hit.known and prev is not None and prev.hit.known and prev.q.start > label[1]:
                hit = prev.hit  # 深圳　2025年：GDP 38731.8亿元，增长5.3%: the indicator named after the label, not it
            if hit is not None:
                quote_start = hit.start
        if (
            hit is None
            and percent
            and not (prev is not None and prev.q.unit == "percent" and prev.q.start >= Ss and prev.hit.code != "gdp")
        ):
            # (广州提出社会消费品零售总额增长4%以上，深圳提出增长5%: the growth of the figure before, in parallel)
            hit = _bare_growth_goal(t, cs, q.start)
        if hit is None and prev is None and q.unit == "CNY" and (total := _BARE_TOTAL.search(t, cs, q.start)):
            # 深圳：总量突破1.7万亿, 东莞冲刺总量1.2万亿: the economy's total, named alone (after another figure's
            # indicator, 投资增长15%，总量突破430亿元, it is that indicator's)
            hit = IndicatorHit("gdp", total.group(0), total.start(), total.end(), 1, True)
        if (
            hit is None
            and q.unit == "CNY"
            and _in_headline(t, q.start)
            and (aim := _HEADLINE_AIM.search(t, t.rfind("\n", 0, q.start) + 1, q.start)) is not None
            and aim.group(1) in self.regions.surfaces
            # (江门：万亿工业产值目标…: a bare magnitude after the colon qualifies what follows it)
            and (aim.group(0)[-1] not in "：:" or q.text[0].isdigit())
        ):
            # 武汉：剑指2.2万亿 (a sub-heading): the region's economy, the total it aims at
            region = self.regions.resolve(aim.group(1), self.regions.context_at(q.start))
            hit, quote_start = IndicatorHit("gdp", "", aim.start(), aim.start(), 1, True), aim.start()
        if hit is None:
            ps, pe = strip_phrase(t, cs, q.start)
            a, b = count_phrase_after(t, q.end, ce)
            if pe == ps and cs - 1 > Ss and t[cs - 1] in " ：":
                # 珠海 6% 左右 / 珠海：6%左右: a table line, the region's name before a blank or a colon
                label_start = self.seg.at(cs - 2)[3][0]
                ts, te = strip_phrase(t, label_start, cs - 1)
                if (
                    t[label_start - 1 : label_start] == "、"
                    and t[ts:te] not in self.regions.surfaces
                    and (run := _list_start(self.seg, t, label_start)) + 1 < label_start - 1
                    and not _NUMBERED_HEAD.match(t, run)
                ):
                    # ▪ 新引进首店、旗舰店：80家: the label runs back over its pause marks (not 二、今年目标：…)
                    label_start = run
                    ts = strip_phrase(t, label_start, cs - 1)[0]
                if t[ts:te] in self.regions.surfaces:
                    ps, pe = ts, te
                elif (
                    # (民生支出占比：78.2%: a percent only after a share's label)
                    (not percent or _word_patterns()["share"].search(t, ts, cs - 1) is not None)
                    and t[cs - 1] == "："
                    and te - ts <= 10
                    # (▪ 新增城镇就业：6200人: after a bullet and a blank, too; ▪ 举办促消费活动：…, its verb stripped)
                    and (
                        t[label_start - 1 : label_start] in ("\n", "；", "")
                        or after_lead(t, t.rfind("\n", 0, label_start) + 1, label_start) == label_start
                    )
                    and has_content(t, ts, te)
                ):
                    # 产业项目：42个，年度计划投资51亿元；: a list item, its indicator before the colon (研发投入占GDP
                    # 比重：9.2%: a share of the indicator it names)
                    hit, share = _alias_or_share(t, ts, cs - 1, percent)
                    hit = hit or phrase_hit(t, ts, te, measure)
                    if (
                        hit is not None
                        and hit.code == "other"
                        and q.unit == "CNY"
                        and q.value >= 1e11
                        and _in_headline(t, q.start)
                    ):
                        # 远景：冲刺4万亿 (a sub-heading): a total of that size under a label that names nothing (not
                        # 投资目标：…) is the economy's
                        hit = IndicatorHit("gdp", "", q.start, q.start, 1, True)
                    measure = "share" if share else measure
                    quote_start = ts
                elif (
                    t[cs - 1] == " "
                    and (blank_named := find_alias(t, ts, cs - 1, percent)) is not None
                    and blank_named.end == cs - 1
                ):
                    # 2025年：GDP 38731.8亿元: the indicator, a blank, its value
                    hit, quote_start = blank_named, blank_named.start
            ne = pe  # the end of the region named alone, if the phrase is one
            while ne > ps and t.endswith(_SUBJECT_ADVERBS, ps, ne):
                ne -= next(len(w) for w in _SUBJECT_ADVERBS if t.endswith(w, ps, ne))  # 东莞则首次突破…: 东莞
            alone = t[ps:ne] in self.regions.surfaces
            goal_set = _REGION_GOAL_SET.fullmatch(t, ps, pe) if percent and hit is None else None
            if hit is not None:
                pass  # named before a colon (产业项目：42个)
            elif (
                goal_set is not None
                and goal_set.group(1) in self.regions.surfaces
                and (set_by := self.regions.resolve(goal_set.group(1), self.regions.context_at(q.start))) is not None
                and (prev is None or prev.region != set_by)
            ):
                # 苏州提出GDP增长5%左右、社零增长5%；南京订在5%以上: another region's goal set with no indicator named,
                # its economy's growth
                region = set_by
                hit, quote_start = IndicatorHit("gdp", "", ps, ps, 1, True), ps
            elif (
                like is not None
                and q.unit == "percent"
                and (
                    self.areas.is_zone(t[ps:ne])
                    or self.areas.is_macro(t[ps:ne])
                    or self.areas.is_macro(t[ps:ne].removesuffix("地区"))
                )
            ):
                # 成都平原经济区规上工业增加值增长6.0%，川南经济区增长8.1%: a zone in a list, under the indicator before
                # (东部地区规模以上工业增加值增长5.9%，中部地区增长6.6%: a part of the country or province too, quoted
                # from its own name, which its note is taken from)
                hit, inherited, quote_start = like.hit, like.measure, ps
                if not self.areas.is_zone(t[ps:ne]):
                    hit = hit._replace(start=ps, end=ps)
            elif prev is not None and prev.q.unit == q.unit and _EARLIER_GOAL.fullmatch(t, ps, pe):
                # 规上工业增加值增长4.4%，与年初提出的增长5%的目标接近: the goal set for the indicator before
                hit, inherited, quote_start = prev.hit, prev.measure, prev.quote_start
            elif (
                alone
                and percent
                and _in_headline(t, q.start)
                and (para_like is None or para_like.q.start < spans[0][0])
                and self._listed_indicator(Ss, ps, percent) is None
            ):
                # 龙岗：力争增长6.5% (a sub-heading): the region's growth, the economy's unless named otherwise
                region = self.regions.resolve(t[ps:ne], self.regions.context_at(q.start))
                hit, quote_start = IndicatorHit("gdp", "", ps, ps, 1, True), ps
            elif alone and like is not None:
                # 其中深圳市为3.46万亿元: the region's part of the figure before, under its indicator
                region = self.regions.resolve(t[ps:ne], self.regions.context_at(q.start))
                hit, inherited, quote_start = like.hit, like.measure, min(like.quote_start, ps)
                if "；" in t[like.quote_start : ps]:
                    # (…，目标为5.5%；中山增长5.1%: the quote is the region's own, after the ；)
                    hit, quote_start = like.hit._replace(start=ps, end=ps), ps
            elif (
                alone
                and percent
                and self._listed_indicator(Ss, ps, percent) is None
                and para_like is not None
                and para_like.q.start < spans[0][0]
                and para_like.hit.code != "gdp"
                and (grower := self._region_growing(ps, pe, q.start)) is not None
                and _GDP_GROWTH_TOLD.search(
                    t, self.seg.at(spans[0][0] - 2)[0][0] if spans[0][0] >= 2 else 0, spans[0][0]
                )
            ):
                # …地区生产总值增长5.8%…固定资产投资增长18.6%。\n\n阳江增长4.9%: a paragraph opening with a region's
                # bare growth, after one that told a region's economy and then its parts, is on the economies again
                region = self.regions.resolve(grower, self.regions.context_at(q.start))
                hit, quote_start = IndicatorHit("gdp", "", ps, ps, 1, True), ps
            elif alone and (
                earlier := self._listed_indicator(Ss, ps, percent) or (para_like.hit if para_like else None)
            ):
                # 各市GDP增长目标出炉：广州5%左右 / 各市GDP增长目标如下：\n珠海 6%: the indicator of a list of regions;
                # 广东提出地区生产总值增长5%左右。湖北提出增长5.5%: that of the paragraph's last figure of this unit
                region = self.regions.resolve(t[ps:ne], self.regions.context_at(q.start))
                hit, quote_start = earlier, min(earlier.start, ps)
                if earlier.start < Ss or "；" in t[earlier.start : ps]:
                    # named in an earlier sentence or a caption, or before a ；: the quote is the region's own
                    hit, quote_start = earlier._replace(start=ps, end=ps), ps
            elif (
                percent
                and (prev is None or prev.q.unit != "percent" or prev.q.start < Ss or prev.hit.code == "gdp")
                and (grower := self._region_growing(ps, pe, q.start)) is not None
            ):
                # 深圳增长5.5%, 江苏年均增长5.9%, 东翼的揭阳市增长5.7%: a region named alone with a bare growth, its
                # economy's
                region = self.regions.resolve(grower, self.regions.context_at(q.start))
                hit, quote_start = IndicatorHit("gdp", "", ps, ps, 1, True), ps
            elif prev is not None and _CHANGE_FROM.fullmatch(t, ps, q.start):
                # 地区生产总值年均增长6.1%，从2020年的1.01万亿元增加到1.39万亿元: the level the indicator before
                # started from (and, below, reached)
                hit, quote_start = prev.hit._replace(start=ps, end=ps), ps
            elif has_content(t, ps, pe) and (
                prev is None
                and (para_like is None or not percent)
                or t[q.start - 1] == "的"
                or names_something(t, ps, pe)
            ):
                # 今年目标定为增长5.5% names nothing new: the indicator before (but 全年目标的48% is a share of it)
                hit = phrase_hit(t, ps, pe, measure)
            elif not percent and has_content(t, a, b) and not t.startswith("的", q.end):
                hit = phrase_hit(t, a, b, measure)
            elif pe == ps and (opener := self._clause_before_names(cs, Ss)) is not None:
                # 外贸进出口总额稳中提质，力争突破1000亿元: the indicator that opens the clause before, which holds no
                # figure of its own, only how it fares
                hit, quote_start = opener, opener.start
            elif prev is not None:
                hit = prev.hit
                inherited = prev.measure
                quote_start = prev.quote_start
                region = prev.region  # 东莞突破1.2万亿元，增长4.8%: the region the figure before was given
            elif pe == ps and percent and (earlier := find_alias(t, ss, cs, percent)) is not None:
                # 研发投入强度提高0.3个百分点，达到5.6%: the level after a change of the rate named before it
                hit, quote_start = earlier, earlier.start
            elif percent and para_like is not None and para_like.q.unit == "percent":
                # 地区生产总值1.96万亿元，增长5.1%；今年确保增长5%以上: the rate named last in the paragraph
                hit, inherited, quote_start = para_like.hit._replace(start=ps, end=ps), para_like.measure, ps
        if hit is None:
            return None
        if hit.code == "foreign_trade" and (partner := _PARTNER.search(t, max(cs, hit.start - 16), hit.start)):
            # 对东盟进出口3650亿元, 对“一带一路”沿线国家进出口: trade with some partners, not the whole of it
            hit = IndicatorHit("partner_trade", t[partner.start() : hit.end], partner.start(), hit.end, 2, False)
        quote_start = min(quote_start, hit.start)
        quote_end = max(q.end, hit.end)
        if percent and measure != "share":
            measure = _percent_measure(t, q, hit, hit.end if hit.end <= q.start and hit.end >= cs else cs, inherited)
        if percent and measure == "share" and hit.tier == 1:
            ps, pe = strip_phrase(t, cs, q.start)
            hit = phrase_hit(t, ps, pe, "level") or IndicatorHit(hit.code, hit.text, hit.start, hit.end, 2, False)
        if measure == "share" and not hit.known and not hit.code.endswith("_share"):
            hit = IndicatorHit(hit.code + "_share", hit.text, hit.start, hit.end, 2, False)
        if measure == "share" and (rd := _RD_OF_GDP.search(t, min(cs, quote_start), q.start)) is not None:
            # 全社会研发经费支出占地区生产总值比重达到3.3%: R&D spending over GDP is R&D intensity
            hit = IndicatorHit("rd_intensity", rd.group(), rd.start(), rd.end(), 2, True)
            quote_start = min(quote_start, rd.start())
        value, high = q.value, q.value_high
        change = None if percent else _CHANGE_OVER.search(t, max(cs, q.start - 28), q.start)
        if _sign(t, cs, q.start) < 0 if measure == "growth" else change is not None and change.group(1) is None:
            value, high = -value, (-high if high is not None else None)
        fig = Figure(q, hit, measure, quote_start, quote_end, value, high, region=region, change=change is not None)
        # 先后跨越4万亿元、5万亿元两个台阶，2025年达到5.56万亿元: the steps passed, a milestone list, are no rows (but
        # the level after them takes their indicator)
        fig.milestone = q.unit == "CNY" and _STEPS_LISTED.match(t, q.end) is not None
        fig.national = measure != "share" and _is_national(t, hit.start)
        if self._bracket_values is not None and t[q.start - 1 : q.start] in ("（", "("):
            # 部分指标如下（括号内为2025年预计值）：…2000亿元以上（1480亿元）: the bracketed value is that year's
            fig.year, fig.kind, fig.estimate = self._bracket_values
        if t.find("其中", ss, q.start) >= 0:
            fig.notes.append("其中 sub-component")
        # 约110个续建项目、40个竣工项目: an approximation word before a list covers its items
        if prev is not None and prev.bound == "approx" and cs == q.start and cs > 0 and t[cs - 1] == "、":
            fig.bound = "approx"
        else:
            fig.clause_bound = bound_of(t, q, cs)
            if fig.clause_bound == "approx" and pats["approx_prefix"].search(t, cs, q.start):
                fig.bound = "approx"
        return fig

    def _industry_structure(self) -> list[Figure]:
        """三次产业结构为0.1:47.8:52.1: the shares of the primary, secondary and tertiary industries."""
        t = self.t
        if "产业" not in t:
            return []
        figs = []
        for m in _INDUSTRY_RATIO.finditer(t):
            ratios = [_RATIO.match(t, m.start("ratio"))]
            if m.group("from"):
                # 由2020年的6.2:56.8:37.0调整为2025年的5.1:55.3:39.6: the shares of the year named first too
                ratios.insert(0, _RATIO.search(t, m.end("from"), m.start("ratio")))
            for r in ratios:
                if r is None:
                    continue
                for k, code in enumerate(_INDUSTRY_SHARES):
                    a, b = r.span(k + 1)
                    value = float(r.group(k + 1))
                    q = Quantity(a, b, value, None, "percent", "share", False, "", False, r.group(k + 1))
                    hit = IndicatorHit(code, m.group("name"), m.start("name"), m.end("name"), 2, True)
                    figs.append(Figure(q, hit, "share", m.start(), b, value, None, [f"ratio {r.group(0)}"]))
        return figs

    def _table_figures(self) -> list[Figure]:
        """The bare numbers of tables written as text (see extract.tables), under their row's indicator."""
        t = self.t
        figs = []
        for c in self._cells:
            label_end = c.label_end
            if (bracket := max(t.rfind("(", c.label_start, label_end), t.rfind("（", c.label_start, label_end))) > 0:
                label_end = bracket  # 地区生产总值(亿元): the indicator without its unit
            percent = c.unit == "percent"
            q = Quantity(c.start, c.end, c.value, None, c.unit, c.measure, False, "", False, t[c.start : c.end])
            region = None
            if t[c.label_start : label_end] in self.regions.surfaces and c.column.end > c.column.start:
                # 源城区 402.15 3.5 under 县区 地区生产总值（亿元） 比上年增长（%）: the row's region, the column's
                # indicator (or the one before it, for a growth column)
                region = self.regions.resolve(t[c.label_start : label_end], self.regions.context_at(c.start))
                label_end = c.label_start  # no indicator in the row label
            if (
                region is None
                and c.column.end > c.column.start
                and (header := t[c.column.start : c.column.end]) in self.regions.surfaces
            ):
                # 指标　湖北　湖南　江西 over 上半年地区生产总值（亿元）　29630.5　…: the column's region
                region = self.regions.resolve(header, self.regions.context_at(c.start))
            hit = find_alias(t, c.label_start, label_end, percent) if label_end > c.label_start else None
            if hit is None and region is not None:
                column = c.column
                header_start = t.rfind("\n", 0, column.start) + 1
                hit = (
                    find_alias(t, column.start, column.end, percent)
                    # (比上年增长（%） after 地区生产总值（亿元）: the growth of the column before)
                    or find_alias(t, header_start, column.start, percent)
                    # 表1　2022年各县（市、区）地区生产总值 above 地区 总量（亿元） 比上年增长（%）: the caption's
                    or header_start > 0
                    and find_alias(t, t.rfind("\n", 0, header_start - 1) + 1, header_start - 1, percent)
                    or None
                )
                if hit is not None:
                    hit = IndicatorHit(hit.code, hit.text, c.start, c.start, hit.tier, True)
            measure = c.measure
            if not measure:  # 研发经费投入强度(%): a share, 地区生产总值(%): growth
                measure = _percent_measure(t, q, hit, c.label_start, None) if hit is not None else "share"
            if hit is None or hit.end < label_end and measure == "share" or measure == "share" and hit.tier == 1:
                # 数字经济核心产业增加值占地区生产总值比重(%): the phrase names the indicator, not the alias inside
                hit = phrase_hit(t, *strip_phrase(t, c.label_start, label_end), measure)
            if hit is None:
                continue
            if measure == "share" and not hit.known and not hit.code.endswith("_share"):
                hit = IndicatorHit(hit.code + "_share", hit.text, hit.start, hit.end, 2, False)
            fig = Figure(q, hit, measure, c.label_start, c.end, c.value, None, ["table"], bound=c.bound, region=region)
            fig.year, fig.kind, fig.estimate = c.year, c.kind, c.estimate
            figs.append(fig)
        return figs

    def _distribute_slogan(self, qs: list[Quantity], i: int) -> tuple[list[int], list[Figure]] | None:
        """投资、消费、进出口三个“1万亿”: the value once for each of the N listed indicators."""
        t = self.t
        q = qs[i]
        if q.unit != "CNY" and not q.word:
            return None
        if t[q.start - 1 : q.start] != "个" and t[q.start - 2 : q.start] not in ("个“", '个"'):
            return None  # both patterns below end with 个 or 个“
        if t.startswith(("级", "台阶", "大关"), q.end):
            return None  # 两个千亿级产业集群, 两个千亿台阶: a class or steps, not a value
        _, (Ss, _), _, (cs, _) = self.seg.at(q.start)
        head = t[max(Ss, q.start - 5) : q.start]
        m = _COUNT_BEFORE.search(head) or _QUOTED_COUNT_BEFORE.search(head)
        if m is None:
            return None
        n = int(parse_number(next(g for g in m.groups() if g)) or 0)
        end = q.start - len(m.group(0))  # the list of items ends where 三个“ begins
        if t[end - 1 : end] in ("“", '"'):
            end -= 1
        start = _list_start(self.seg, t, cs if cs < end else self.seg.bounds("clause", end - 1)[0])
        spans = _items(t, start, end)
        if len(spans) != n:
            return None
        measure = "growth" if q.word else "level"
        figs = []
        for k, span in enumerate(spans):
            hit = _item_hit(t, span, None, measure, True)
            figs.append(
                Figure(
                    q,
                    hit,
                    measure,
                    hit.start,
                    q.end,
                    q.value,
                    q.value_high,
                    [f"{m.group(0).strip('“')}“{q.text}” distributed ({k + 1} of {n})"],
                )
            )
        return [i], figs

    def _mark_at(self, pos: int) -> Mark | None:
        """The table cell with a header (see extract.tables) that holds offset `pos`, if any."""
        if not self._marks:
            return None
        k = bisect.bisect_right(self._mark_starts, pos)
        return self._marks[k - 1] if k and pos < self._marks[k - 1].end else None

    def _item_label(self, pos: int, clause_start: int) -> tuple[int, int] | None:
        """The label of the list item holding offset `pos` (1.地区生产总值：2030年达到2000亿元以上（1480亿元），…；),
        when the figure's own clause names nothing but a year and verbs, or the figure stands in brackets; else
        None."""
        t = self.t
        line_start = t.rfind("\n", 0, pos) + 1
        if t.find("：", line_start, pos) < 0:
            return self._item_heading(line_start, pos, clause_start)  # no colon before the figure on its line
        m = _ITEM_LABEL.match(t, line_start, pos)
        if m is None or t.find("。", m.end(), pos) >= 0:
            return None
        if (cell := t.rfind("；", m.end(), pos)) >= 0 and not _YEAR_CELL.match(t, cell + 1, pos):
            # 地区生产总值：2025年4060亿元；2030年5500亿元；年均增长5.5%左右；预期性: a row of a table written as
            # text, its cells a year's value or the average growth (any other item ends at its ；)
            return None
        label = m.group("label")
        if label in self.regions.surfaces or label.endswith(_NO_LABEL_ENDS):
            return None  # 广州：5%左右 (a region's line), 主要目标是：… (what follows is no item)
        if not m.group("number") and find_alias(t, m.start("label"), m.end("label"), True) is None:
            return None  # an unnumbered label must name a known indicator
        if t[pos - 1 : pos] not in ("（", "("):
            a = clause_start
            if (year := _YEAR_LEAD.match(t, a, pos)) is not None:
                a = year.end()
            if find_alias(t, clause_start, pos, True) is not None or has_content(t, *strip_phrase(t, a, pos)):
                return None  # the clause names its own indicator
        return after_lead(t, m.start("label"), m.end("label")), m.end("label")  # (▪ 全社会研发投入…: no bullet)

    def _item_heading(self, line_start: int, pos: int, clause_start: int) -> tuple[int, int] | None:
        """The indicator heading the numbered paragraph that holds `pos` (（二）规模以上工业增加值。岚山区增长9%),
        when the heading is an indicator's name alone and the figure's own clause names none; else None."""
        t = self.t
        if t[line_start : line_start + 1] not in ("（", "(") or (m := _ITEM_HEADING.match(t, line_start, pos)) is None:
            return None
        hit = find_alias(t, m.start("label"), m.end("label"), True)
        if hit is None or (hit.start, hit.end) != m.span("label"):
            return None  # (（一）压实目标责任。: no indicator)
        a = clause_start
        while (name := self.regions.surface_starting_at(a)) is not None:
            a += len(name) + (t[a + len(name) : a + len(name) + 1] == "、")  # 东港区、五莲县均增长7%: the regions named
        if find_alias(t, m.end(), pos, True) is not None or has_content(t, *strip_phrase(t, a, pos)):
            return None  # the clause names its own indicator, or one does between the heading and the figure
        return m.span("label")

    def _row_label(self, pos: int) -> tuple[int, int] | None:
        """The first column of the table row holding offset `pos` (a line normalise.table_like takes for one:
        地区生产总值   398.6亿元   增长7.2%), when `pos` lies in a later column; else None."""
        t = self.t
        line_start = t.rfind("\n", 0, pos) + 1
        if t.find(" ", line_start, pos) < 0:
            return None  # no blank before the figure on its line (nearly always): no later column
        line_end = t.find("\n", pos)
        line = t[line_start : len(t) if line_end < 0 else line_end].strip()
        if not table_like(line):
            return None
        while line_start < pos and t[line_start] == " ":
            line_start += 1
        gap = t.find(" ", line_start, pos)
        if gap <= line_start or any(c in t[gap:pos] for c in "，。；,;"):
            return None
        start = line_start + 3 if t.startswith("其中：", line_start) else line_start
        if "  " not in line and (_DIGIT.search(t, start, gap) or find_alias(t, start, gap, True) is None):
            # 地区生产总值 2020年基数：3100.2亿元 2022年：3712.1亿元: a row with single blanks between three cells or
            # more, under a known indicator (not 区委书记 张三 表示，…)
            return None
        return start, gap

    def _listed_indicator(self, sentence_start: int, end: int, percent: bool) -> IndicatorHit | None:
        """The known indicator that introduces a list of regions with their figures: named earlier in the sentence,
        or before the colon that opens a list of lines (各市GDP增长目标如下：)."""
        t = self.t
        hit = find_alias(t, sentence_start, end, percent)
        if hit is not None:
            return hit
        if percent and t.startswith("其中", sentence_start) and sentence_start > 0:
            # 多数省份将今年增长目标设定在5%左右。其中，广东提出“增长4.5%至5%”: the growth goal of the sentence
            # that 其中 breaks down
            before = self.seg.at(sentence_start - 1)[1][0]
            if (goal := _GROWTH_GOAL_NAMED.search(t, before, sentence_start)) is not None:
                return IndicatorHit("gdp", goal.group(0), goal.start(), goal.end(), 1, True)
        floor = max(0, sentence_start - 200)
        while (colon := t.rfind("：", floor, sentence_start)) >= 0 and t.find("。", colon, sentence_start) < 0:
            line_start = self.seg.at(colon)[1][0]
            if _ATTACHMENT.fullmatch(t, line_start, colon):
                break  # 附：2025年…地区生产总值排名: an attachment's label, the caption after it
            hit = find_alias(t, line_start, colon, percent)
            if hit is not None or t[line_start:colon].strip() not in self.regions.surfaces:
                return hit
            sentence_start = line_start  # 深圳：5.5% after 广州：5%左右: the colon of the list's caption, above
        return self._caption_indicator(sentence_start, percent)

    def _caption_indicator(self, line_start: int, percent: bool) -> IndicatorHit | None:
        """北京 5%左右 / 湖北 5.5% under 部分省份2025年GDP增速目标一览: the known indicator of the headline above a list
        of lines that each give a region and its figure."""
        t = self.t
        surfaces = self.regions.surfaces
        p = line_start
        for _ in range(40):
            if p <= 0 or t[p - 1] != "\n":
                return None
            above = t.rfind("\n", 0, p - 1) + 1
            line = t[above : p - 1].strip()
            if not line:
                return None
            name = line.split(" ", 1)[0]
            if " " in line and name in surfaces:
                p = above  # another line of the list
                continue
            if len(line) <= 40 and not any(c in line for c in "。，；"):
                return find_alias(t, above, p - 1, percent)
            return None
        return None

    def _listed_values(self, qs: list[Quantity], i: int) -> list[int]:
        """i and the quantities listed right after qs[i] with its unit (7000亿、3500亿 / 6%和8% / 10.2%、10.4%: only a
        list separator, and bound words, between)."""
        t = self.t
        values = [i]
        j = i + 1
        while j < len(qs) and qs[j].unit == qs[i].unit:
            gap = _word_patterns()["bound_suffix"].sub("", t[qs[values[-1]].end : qs[j].start])
            if gap not in _VALUE_SEPARATORS:
                break
            values.append(j)
            j += 1
        return values

    def _breaks_down(self, prev: Figure, sub_start: int) -> bool:
        """Whether the sub-sentence at `sub_start` opens with 其中 and breaks down `prev`, the last figure of the
        sentence before it."""
        t = self.t
        return t.startswith("其中", sub_start) and self.seg.at(prev.q.start)[2][1] + 1 == sub_start

    def _distribute_periods(
        self,
        qs: list[Quantity],
        i: int,
        spans: list[tuple[int, int]],
        d: re.Match[str],
        para_like: Figure | None = None,
    ) -> tuple[list[int], list[Figure]] | None:
        """一季度、上半年、前三季度全省规上工业增加值分别增长3.9%、4.1%、4.4%: parts of the year listed, each value
        the indicator's over its own part (named after the last one; or, 分季度看，一季度、上半年、前三季度和全年分别
        增长…, the growth named last in the paragraph); None when the items are not all parts of the year."""
        t = self.t
        a, b = spans[-1]
        if (joined := _AND_THE_YEAR.search(t, a, b)) is not None:
            spans = [*spans[:-1], (a, joined.start()), (joined.end() - 2, b)]  # …前三季度和全年
        periods = []
        for k, (a, b) in enumerate(spans):
            lead = (None, a + 2) if t.startswith("全年", a) else leading_period(t[a:b])
            if lead is None or k < len(spans) - 1 and a + lead[1] != b and lead[0] is not None:
                return None  # (an item that is no part of the year, or more than one)
            periods.append((lead[0] or "", lead[1] if lead[0] is None else a + lead[1]))
        values = self._listed_values(qs, i)
        if len(values) != len(spans):
            return None
        percent = qs[i].unit == "percent"
        hit = find_alias(t, periods[-1][1], d.start(), percent)
        if hit is None and percent and para_like is not None and not has_content(t, periods[-1][1], d.start()):
            hit = para_like.hit._replace(start=spans[0][0], end=spans[0][0])
        if hit is None:
            return None
        figs = []
        for k, v in enumerate(values):
            fig = self._dist_figure(qs[v], hit, spans[k][0], f"{d.group(0)} distribution ({k + 1} of {len(values)})")
            if fig is None:
                return None
            fig.period = periods[k][0]
            figs.append(fig)
        return values, figs

    def _distribute_years(
        self, qs: list[Quantity], i: int, spans: list[tuple[int, int]], d: re.Match[str]
    ) -> tuple[list[int], list[Figure]] | None:
        """工业投资2024年、2025年、2026年分别完成420亿元、470亿元和520亿元, 2023年、2024年规上工业增加值分别增长…: years
        listed, each value the indicator's in its own year (the indicator named before the first year or after the
        last); None when the items are not years."""
        t = self.t
        first = _YEAR_ENDING.search(t, *spans[0]) if len(spans) > 1 else None
        last = _YEAR_ITEM.match(t, *spans[-1])
        if first is None or last is None or not all(_YEAR_ITEM.fullmatch(t, a, b) for a, b in spans[1:-1]):
            return None
        values = self._listed_values(qs, i)
        if len(values) != len(spans):
            return None
        percent = qs[i].unit == "percent"
        hit = find_alias(t, last.end(), d.start(), percent) or find_alias(t, spans[0][0], first.start(), percent)
        if hit is None:
            return None
        quote_start = hit.start if hit.end <= first.start() else first.start()  # (from the indicator before)
        figs = []
        for k, v in enumerate(values):
            fig = self._dist_figure(qs[v], hit, quote_start, f"{d.group(0)} distribution ({k + 1} of {len(values)})")
            if fig is None:
                return None
            year_at = first.start() if k == 0 else spans[k][0]
            fig.year = int(t[year_at : year_at + 4])
            figs.append(fig)
        return values, figs

    def _distribute_list(
        self, qs: list[Quantity], i: int, cs: int, prev: Figure | None = None, para_like: Figure | None = None
    ) -> tuple[list[int], list[Figure]] | None:
        """X、Y分别…A、B / X和Y各…A / 深圳、广州分别…A、B: pair the listed items with the values (cs: the clause start
        of qs[i]; `prev`: the figure before, whose indicator a list of regions alone takes)."""
        t = self.t
        q = qs[i]
        distribution = _word_patterns()["distribution"]
        d = distribution.search(t, cs, q.start)
        if d is None:
            return None
        for d_m in distribution.finditer(t, d.end(), q.start):
            d = d_m
        start = _list_start(self.seg, t, cs)
        first = t.find("、", start, d.start())
        if first > 0 and (lead := max(t.rfind("的是", start, first), t.rfind("的为", start, first))) >= 0:
            start = lead + 2  # 增速排名前三的是南康区、瑞金市、于都县分别…: the list after 的是
        if (group := self._distribute_group(qs, i, start, d)) is not None:
            return group
        spans = [self._inner_region(a, b) for a, b in _items(t, start, d.start())]
        if len(spans) == 1 and t[spans[0][0] : spans[0][1]] in _COMPARED:
            spans = []  # …分别为A、B和C，同比分别增长x、y和z: no list of its own, only the base of the growth
        if (
            len(spans) > 1
            and d.group(0) in _pairwise()
            and (
                by_period := self._distribute_periods(qs, i, spans, d, para_like)
                or self._distribute_years(qs, i, spans, d)
            )
        ):
            return by_period
        if (
            not spans
            # (…分别为806.8亿元、612.5亿元，增速分别为4.2%、3.9%: what is distributed again, named before the word)
            or len(spans) == 1
            and (
                t.endswith(_growth_rate_words(), *spans[0])  # (实际增速分别为4.3%、5.0%)
                or find_alias(t, *spans[0], qs[i].unit == "percent") is not None
            )
        ) and (again := self._distribute_again(qs, i, d, spans[0] if spans else None)) is not None:
            return again
        if not spans:
            # 罗城街道、素龙街道要…，分别完成老旧小区改造8个、6个: the places that open the sentence, the indicator
            # after the word; else (各项贷款余额) nothing listed before the word, so nothing to distribute
            if has_content(t, *strip_phrase(t, d.end(), q.start)) and (opening := self.areas.opening_places(cs)):
                values = self._listed_values(qs, i)
                if len(opening) == len(values):
                    return self._distribute_regions(qs, values, opening, d.end(), d.group(0))
            if start > 1 and t[start - 1] in "，,":
                # GDP增速排名前三的是南康区、瑞金市、于都县，分别增长6.9%、6.7%、6.5%: the places the clause before
                # ends with, under the indicator it names
                before = _list_start(self.seg, t, self.seg.bounds("clause", start - 2)[0])
                listed = self._places_ending(before, start - 1)
                values = self._listed_values(qs, i)
                if listed and len(listed) == len(values):
                    named = find_alias(t, before, listed[0][0], q.unit == "percent")
                    if named is not None:
                        return self._distribute_regions(qs, values, listed, d.end(), d.group(0), named)
            return None
        after = d.end()
        # (佛山、东莞均定于4.5%至5%: a verb of the goal set, no indicator of its own)
        by_region = has_content(t, *strip_phrase(t, d.end(), q.start)) and not _GOAL_SET_AT.fullmatch(
            t, d.end(), q.start
        )
        place = self.areas.is_place
        shared = self.areas.shared_town_suffix(spans)
        if (cut := self.areas.cut_counted(spans)) != spans:
            # 坂田、平湖两个街道规上工业总产值分别…: the places counted, then what follows the count
            spans, after, by_region = cut, cut[-1][1], True
        if shared:
            # 沙井、松岗、燕罗街道…均…: towns listed with their kind written once, after the last
            def place(name: str) -> bool:
                # (南山镇固定 of 芦苞镇、大塘镇、南山镇固定资产投资 names its kind already: no 镇 to add)
                return (
                    self.areas.is_place(name)
                    or (shared not in name or name.endswith(shared))
                    and any(self.areas.is_place(name + k) for k in kinds_of(shared))
                )

        if spans and all(place(t[a:b]) for a, b in spans[:-1]) and not place(t[spans[-1][0] : spans[-1][1]]):
            # 佛山、东莞GDP均增长6%: the last item is a region name followed by the indicator
            a, b = spans[-1]
            n = next((n for n in range(min(b - a, 12), 1, -1) if place(t[a : a + n])), 0)
            if n and len(spans) > 1:
                spans[-1], after, by_region = (a, a + n), a + n, True
        if by_region and not all(place(t[a:b]) for a, b in spans):
            return None
        inherit: IndicatorHit | None = None
        if not by_region and len(spans) > 1 and all(place(t[a:b]) for a, b in spans):
            # 佛山、东莞均超过1万亿元: the regions come alone; the indicator is the figure's before, or one named
            # earlier in the sentence (各市地区生产总值增长目标中，湛江、茂名均为5.5%以上)
            sentence_start = self.seg.at(q.start)[1][0]
            inherit = (
                prev.hit
                if prev is not None
                else q.unit == "percent"
                and _bare_growth_goal(t, after, q.start)
                or find_alias(t, sentence_start, start, q.unit == "percent")
            )
            if inherit is None and para_like is not None:
                inherit = para_like.hit  # 北京、上海均提出增长5%左右 in a round-up, after the line that names it
            if inherit is None and q.unit == "percent" and _BARE_GROWTH.fullmatch(t, d.end(), q.start):
                # 湛江和茂名分别增长4.1%和3.9%: regions alone, with a bare growth: their economies'
                inherit = IndicatorHit("gdp", "", start, start, 1, True)
            if inherit is None and q.unit == "percent" and _GOAL_SET_AT.fullmatch(t, d.end(), q.start):
                # 四川、重庆均订5.5%左右 (a title): regions alone, a rate set as their goal: their economies' growth
                inherit = IndicatorHit("gdp", "", start, start, 1, True)
        values = self._listed_values(qs, i)
        if (
            not by_region
            and not inherit
            and (len(values) > 1 or d.group(0) not in _pairwise())
            and (opening := self.areas.opening_places(cs))
        ):
            # 共和镇、址山镇要加快承接产业转移，工业投资分别增长20%、25% (or 各增长20%): the places that open the
            # sentence, paired with the values, under the indicator before 分别
            if len(opening) == len(values) or len(values) == 1 and d.group(0) not in _pairwise():
                hit = find_alias(t, start, d.start(), q.unit == "percent")
                if hit is None:
                    hit = phrase_hit(t, *strip_phrase(t, start, d.start()), q.measure)
                if (hit is None or hit.code.startswith("other")) and q.unit == "percent":
                    # 湖南、安徽去年GDP分别为…，今年目标分别为5.5%、5.5%以上: a bare growth goal, the economies'
                    hit = _bare_growth_goal(t, start, q.start) or hit
                if hit is not None:
                    return self._distribute_regions(qs, values, opening, after, d.group(0), hit)
        if by_region and inherit is None and q.unit == "percent" and find_alias(t, after, d.start(), True) is None:
            inherit = _bare_growth_goal(t, after, q.start)  # 珠海、惠州、江门三市今年的目标均为增长6%左右
            last = qs[values[-1]] if (values := self._listed_values(qs, i)) else q
            if inherit is None and (goal := _GROWTH_GOAL_AFTER.match(t, last.end)) is not None:
                # 北京、上海、天津三个直辖市分别提出5%左右、5%左右和4.5%以上的增长目标
                inherit = IndicatorHit("gdp", goal.group(1), goal.start(1), goal.end(1), 1, True)
            if (
                inherit is None
                and prev is not None
                and prev.q.unit == q.unit
                and prev.q.start >= self.seg.at(start)[1][0]
                and find_alias(t, d.end(), q.start, True) is None
            ):
                # 珠海提出地区生产总值增长6%以上，中山、江门则分别定在5.5%和5%左右: the indicator of the figure before
                inherit = prev.hit
        if by_region or inherit:
            return self._distribute_regions(qs, values, spans, after, d.group(0), inherit)
        if (
            len(spans) == 1
            and len(values) > 1
            and start > 1
            and t[start - 1] in "，,"
            and len(listed := self._places_ending(self.seg.bounds("clause", start - 2)[0], start - 1)) == len(values)
        ):
            # 紧随其后的是惠东县和普宁市，地区生产总值分别为812.3亿元和738.2亿元: the places the clause before ends
            # with, under the indicator before the word
            hit = find_alias(t, start, d.start(), q.unit == "percent") or phrase_hit(
                t, *strip_phrase(t, start, d.start()), q.measure
            )
            if hit is not None:
                return self._distribute_regions(qs, values, listed, d.end(), d.group(0), hit)
        if len(spans) == 1 and len(values) > 1:
            item = t[spans[0][0] : spans[0][1]]
            for comp, parts in lexicon().compounds.items():
                if comp in item and len(parts) == len(values):
                    a, _ = spans[0]
                    names = [item.replace(comp, p) for p in parts]
                    figs = []
                    for k, (v, name) in enumerate(zip(values, names, strict=True)):
                        code = resolve_item(name, False)
                        hit = (
                            IndicatorHit(code, name, a, spans[0][1], lexicon().tier(code), True)
                            if code
                            else phrase_hit(t, a, spans[0][1], qs[v].measure)
                        )
                        figs.append(
                            self._dist_figure(qs[v], hit, a, f"{d.group(0)} distribution ({k + 1} of {len(values)})")
                        )
                    return values, [f for f in figs if f is not None]
            return None
        if len(spans) < 2:
            return None
        names = [t[a:b] for a, b in spans]
        if len(values) == len(spans):
            pairs = list(zip(spans, values, strict=True))
        elif len(values) == 1:
            pairs = [(s, i) for s in spans]
        else:
            return None
        figs = []
        first_bound = bound_of(t, q, cs)
        for k, (span, v) in enumerate(pairs):
            code = _complete(names, k)
            hit = _item_hit(t, span, code, qs[v].measure, False)
            fig = self._dist_figure(qs[v], hit, span[0], f"{d.group(0)} distribution ({k + 1} of {len(pairs)})")
            if fig is not None and v != i and bound_of(t, qs[v], qs[v].start) == "exact":
                fig.bound = first_bound
            figs.append(fig)
        return values, [f for f in figs if f is not None]

    def _distribute_again(
        self, qs: list[Quantity], i: int, d: re.Match[str], named: tuple[int, int] | None = None
    ) -> tuple[list[int], list[Figure]] | None:
        """成都、杭州地区生产总值分别达到…，分别增长5.7%、4.7%: a second 分别 with no list of its own goes on with the
        regions the sentence has just distributed over, as many values as regions, under the indicator after the word
        or the one before."""
        t, q = self.t, qs[i]
        last = self._last_regions
        if last is None or d.group(0) not in _pairwise() or last[0] != self.seg.at(q.start)[1][0]:
            return None
        regions, before = last[1], last[2]
        values = self._listed_values(qs, i)
        if len(values) != len(regions):
            return None
        percent = q.unit == "percent"
        hit = find_alias(t, d.end(), q.start, percent)
        if hit is None and has_content(t, *strip_phrase(t, d.end(), q.start)):
            return None
        quote_start = last[3]  # (quoted from the list the regions were named in: 四会市、台山市…，增速分别为4.2%)
        if hit is None and named is not None and (hit := find_alias(t, *named, percent)) is not None:
            quote_start = hit.start  # …，规上工业总产值分别增长6%和6.5%: the indicator named before the word
        pairs = list(zip(regions, values, strict=True))
        return values, self._region_figures(qs, pairs, hit or before, quote_start, d.group(0))

    def _distribute_group(
        self, qs: list[Quantity], i: int, start: int, d: re.Match[str]
    ) -> tuple[list[int], list[Figure]] | None:
        """蓬江区、江海区、新会区…；三区规上工业增加值均增长8%以上 / 各市（区）地区生产总值增速均不低于5%: regions
        counted (the ones just named, as many as the count says) or named as a class (every county-level unit of
        the city in force, of the kinds the class names) before an indicator and 均: one figure for each."""
        t, q = self.t, qs[i]
        percent = q.unit == "percent"
        group = _GROUP_SUBJECT.match(t, start)
        if group is None or d.group(0) != "均" and d.group(0) not in _pairwise():
            return None
        values = self._listed_values(qs, i)
        if d.group(0) == "均" and len(values) != 1 or d.group(0) in _pairwise() and not group.group("count"):
            return None
        hit = find_alias(t, group.end(), d.start(), percent)
        if hit is None and d.group(0) in _pairwise() and not has_content(t, group.end(), d.start()):
            # 两市分别提出增长6%左右和5.5%以上: the indicator after the word, or a bare growth goal's
            hit = find_alias(t, d.end(), q.start, percent) or (
                _bare_growth_goal(t, d.end(), q.start) if percent else None
            )
        if hit is None and percent and (goal := phrase_hit(t, *strip_phrase(t, group.end(), d.start()), "growth")):
            hit = goal if goal.code == "gdp" else None  # 两市今年增长目标均为5%左右: their economies' growth goal
        if hit is None or hit.start < d.start() and has_content(t, *strip_phrase(t, group.end(), hit.start)):
            return None  # (but 两市今年增长目标均为…: a time word before the indicator names nothing)
        members = self._counted_members(start, group) if group.group("count") else self._class_members(q.start, group)
        if len(members) < 2 or d.group(0) in _pairwise() and len(members) != len(values):
            return None
        word = d.group(0)
        pairs = list(zip(members, values, strict=True)) if word in _pairwise() else [(r, i) for r in members]
        figs = self._region_figures(qs, pairs, hit, hit.start if hit.start < d.start() else start, word)
        if word in _pairwise():
            self._last_regions = (self.seg.at(q.start)[1][0], list(members), hit, figs[0].quote_start)
        return values if word in _pairwise() else [i], figs

    def _region_figures(
        self,
        qs: list[Quantity],
        pairs: Sequence[tuple[Region | None, int]],
        hit: IndicatorHit,
        quote_start: int,
        word: str,
    ) -> list[Figure]:
        """One figure for each (region, value index) pair of a distribution over regions already resolved."""
        figs = []
        for k, (region, v) in enumerate(pairs):
            note = f"{word} distribution over regions ({k + 1} of {len(pairs)})"
            fig = self._dist_figure(qs[v], hit, quote_start, note)
            if fig is not None:
                fig.region = region
                figs.append(fig)
        return figs

    def _counted_members(self, start: int, group: re.Match[str]) -> list[Region]:
        """The regions a count (三区, 两县) stands for: the distinct ones of its kind named in its sentence, or in the
        sentence before when its own names none, when there are exactly as many as it counts."""
        count = group.group("count")
        n = int(count) if count.isdigit() else parse_number(count)
        kind = group.group("kind")
        context = self.regions.context_at(start)
        sentence_start = self.seg.at(start)[1][0]
        sub_start = self.seg.at(start)[2][0]
        starts = [sentence_start, self.seg.at(sentence_start - 1)[1][0] if sentence_start > 0 else None]
        if sub_start > sentence_start:
            starts.insert(0, sub_start)  # …；茂名的高州、化州、信宜三市…均为6%: the part of the sentence after ；
        for a in starts:
            if a is None:
                break
            found: list[Region] = []
            for m in self.regions.mentions_in(a, start):
                region = self.regions.resolve(m.surface, context)
                if region is not None and (part := self.regions.part_named_after(region, m.end)) is not None:
                    region = part  # 江门鹤山市、茂名信宜市…，三地…: the county its city's name leads to
                if region is not None and region not in found and _of_kind(region, kind):
                    found.append(region)
            if n and found and a == sentence_start and len(found) > n:
                # 南山区…；龙岗区、宝安区经济总量分别…，两区…均: the ones named last, in the sentence before the count
                return found[-int(n) :]
            if found:
                return found if len(found) == n else []
        return []

    def _class_members(self, pos: int, group: re.Match[str]) -> list[Region]:
        """The regions a class (各县（市、区）, 各区) stands for: every county-level unit of the city in force whose
        kind the class names."""
        city = self.regions.context_at(pos)
        if city is None or city.level != "city":
            return []
        kinds = set(re.sub(r"[（）()、]", "", group.group("kinds")))
        return [r for r in self.regions.idx.children(city) if r.level == "district" and r.name[-1] in kinds]

    def _inner_region(self, a: int, b: int) -> tuple[int, int]:
        """The span of the inner region of a list item named with its city first (惠州惠阳区 -> 惠阳区), else the
        item's own span."""
        t = self.t
        surfaces = self.regions.surfaces
        if t[a:b] in surfaces:
            return a, b
        for k in range(2, min(b - a - 1, 5)):
            outer, inner = t[a : a + k], t[a + k : b]
            if inner.startswith("的") and outer in surfaces:
                # 惠州的博罗县, 茂名的高州: the city, then 的, then its county
                k, inner = k + 1, inner[1:]
            if outer in surfaces and inner in surfaces:
                city = self.regions.resolve(outer, None)
                region = self.regions.resolve(inner, city)
                if city is not None and region is not None and region.parent_code == city.code:
                    return a + k, b
        return a, b

    def _distribute_regions(
        self,
        qs: list[Quantity],
        values: list[int],
        spans: list[tuple[int, int]],
        after: int,
        word: str,
        hit: IndicatorHit | None = None,
    ) -> tuple[list[int], list[Figure]] | None:
        """深圳、广州分别增长5.5%、5%: one figure per region, the indicator after 分别 (or `hit`, the indicator of the
        figure before, when the regions come alone)."""
        t = self.t
        q = qs[values[0]]
        if len(values) == 1:
            pairs = [(s, values[0]) for s in spans]
        elif len(values) == len(spans):
            pairs = list(zip(spans, values, strict=True))
        else:
            return None
        if (heading := self._item_heading(t.rfind("\n", 0, q.start) + 1, q.start, spans[0][0])) is not None:
            # （三）固定资产投资。东港区、莒县均增长5%: the paragraph's indicator (not the figure's before it)
            hit = find_alias(t, *heading, q.unit == "percent")
        if hit is None:
            hit = find_alias(t, after, q.start, q.unit == "percent")
        if hit is None:
            ps, pe = strip_phrase(t, after, q.start)
            lead = _COUNT_OF_PLACES.match(t, after, q.start)  # (贵州、宁夏、湖北三地增速均为5.9%)
            if q.unit == "percent" and t.startswith(("增速", "增长速度", "经济增速"), lead.end() if lead else after):
                # 阳江、揭阳增速分别达6.2%、5.9%: the economy's
                hit = IndicatorHit("gdp", t[ps:pe], after, after + 2, 1, True)
            else:
                hit = phrase_hit(t, ps, pe, q.measure)
        if hit is None:
            return None
        context = self.regions.context_at(q.start)
        first_bound = bound_of(t, q, self.seg.at(q.start)[3][0])
        figs = []
        resolved: list[Region | None] = []
        for k, ((a, b), v) in enumerate(pairs):
            fig = self._dist_figure(qs[v], hit, a, f"{word} distribution over regions ({k + 1} of {len(pairs)})")
            if fig is not None:
                if v != values[0] and bound_of(t, qs[v], qs[v].start) == "exact":
                    fig.bound = first_bound  # 分别突破3500亿元、3400亿元: the bound word covers the list
                name = t[a:b]
                suffix = self.areas.shared_town_suffix(spans)
                if name in self.regions.surfaces and not (
                    suffix and self.regions.resolve(name, context) is None and self.areas.is_place(name + suffix)
                ):  # (but 平湖 of 坂田、平湖两个街道 in a text on 深圳 is 平湖街道, not 平湖市)
                    fig.region = self.regions.resolve(name, context)
                    resolved.append(fig.region)
                elif self.areas.is_macro(name):
                    fig.below = f"{GROUP_TOTAL_NOTE} {name}"  # 粤东、粤西、粤北…分别增长4.5%、4.9%和4.3%
                elif self.areas.is_zone(name):
                    if hit.tier == 1:  # a park's land and projects go to the region it lies in, as elsewhere
                        fig.below = f"{ZONE_NOTE} {name}"
                else:
                    if not self.areas.is_town(name):
                        # 潮阳区谷饶镇: the town its district prefixes; 沙井 of 沙井、松岗、燕罗街道
                        # (勒流三个镇街: 勒流, either kind)
                        name = self.areas.town_part(name) or name + ("" if suffix == "镇街" else suffix)
                    fig.below = f"{TOWN_NOTE} {name}"
                figs.append(fig)
        if len(resolved) == len(pairs) > 1 and all(resolved):
            self._last_regions = (self.seg.at(q.start)[1][0], resolved, hit, figs[0].quote_start)
        return values, figs

    def _places_ending(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of a list of two or more places that text[start:end] ends with (…的是惠东县和普宁市), else []."""
        t = self.t
        items = _items(t, start, end)
        if len(items) < 2:
            return []
        a, b = items[0]
        first = next((k for k in range(a, b - 1) if self.areas.is_place(t[k:b])), None)
        if first is None:
            return []
        items[0] = (first, b)
        return items if all(self.areas.is_place(t[x:y]) for x, y in items) else []

    def _dist_figure(self, q: Quantity, hit: IndicatorHit | None, quote_start: int, note: str) -> Figure | None:
        if hit is None:
            return None
        t = self.t
        cs = self.seg.at(q.start)[3][0]
        measure = q.measure
        if q.unit == "percent":
            measure = _percent_measure(t, q, hit, cs, "growth")
        value, high = q.value, q.value_high
        # (台山市、化州市分别下降2.1%、8.3%: the verb before the list of values signs each of them)
        if measure == "growth" and _sign(t, min(cs, quote_start), q.start) < 0:
            value, high = -value, (-high if high is not None else None)
        return Figure(q, hit, measure, quote_start, q.end, value, high, [note])

    # --- row -------------------------------------------------------------------------------------------------

    def _mention(self, f: Figure) -> Mention | None:
        t = self.t
        q = f.q
        pos = q.start
        hit = f.hit
        paragraph, sentence, sub, clause = self.seg.at(pos)
        Ss = sentence[0]
        cs = clause[0]
        tm = self.time.at(paragraph, sentence, clause, pos, sub)
        year, kind, estimate = f.year, f.kind, f.estimate
        if year is None and not kind and (mark := self._mark_at(pos)) is not None:  # 增长6%左右 under 2026年目标
            year, kind, estimate = mark.column.year, mark.column.kind, mark.column.estimate
        if year is not None or kind:
            # a table's column names its year and kind (2025年预计值: an estimate of that year's result); a column
            # named by a year alone is a result before the text's year, a target after it
            if not kind and year is not None and self.doc_year is not None and year != self.doc_year:
                kind = "actual" if year < self.doc_year else "target"
            kind = kind or tm.kind
            tm = tm._replace(year=year or tm.year, kind=kind, estimate=estimate and kind == "actual")
        if (
            tm.kind == "actual"
            and tm.span
            and _START_VALUE_BEFORE.search(t, max(cs, pos - 3), pos)
            and _word_patterns()["change_to"].match(t, q.end)
        ):
            # 五年来，…由812家增加到2860家: the value the span started from, at the end of the year before it
            tm = tm._replace(year=int(tm.span[:4]) - 1)
        elif (
            tm.kind == "actual"
            and tm.year is not None
            and (since := _FROM_YEAR_TO.search(t, max(cs, pos - 30), pos)) is not None
            and int(since.group(1)) == tm.year
            and _word_patterns()["change_to"].search(t, since.end(), pos)
        ):
            # 比重由2020年的9.8%提高到15.2%: the value reached, not the start's year (the span's end, or last year)
            end_year = int(tm.span[-4:]) if tm.span else self.time.last_done
            if end_year is not None and end_year > tm.year:
                tm = tm._replace(year=end_year)
        base = _BASE_OF_YEAR.search(t, max(cs, pos - 12), pos)
        if base is not None:
            # 地区生产总值将达到2380亿元左右，比2020年的1777.2亿元: the base year's result, not the goal's
            tm = TimeInfo(int(base.group(1)), "actual", "", False, "")
        if tm.estimate:
            bound = "approx"
        elif f.bound:
            bound = f.bound
        elif base is not None:
            bound = "exact"  # (the goal's 左右 is not the base's)
        elif f.clause_bound is not None and (hit.end > pos or hit.end <= max(cs, pos - 4)):
            bound = f.clause_bound  # the window below starts at the clause start or looks at the same 4 characters
        else:
            bound = bound_of(t, q, max(cs, hit.end) if hit.end <= pos else cs, cs)
        if tm.kind == "actual":
            commitment = ""
        else:
            commitment = commitment_of(t, self.seg.clauses(*sub), pos, self._commitments)
        region = f.region if f.region is not None else self.regions.region_at(Ss, pos, sentence[1])
        if (
            f.region is None
            and t.startswith(_GOES_ON, Ss)
            and Ss > paragraph[0]
            and self.regions.subject_region(Ss, pos, None, sentence[1]) is None
            and (before := self._sentence_regions.get(self.seg.bounds("sentence", Ss - 1)[0])) is not None
        ):
            # 广东一季度实现地区生产总值…。其中，规模以上工业增加值… / 该省…: the region of the sentence before
            region = before
        elif (
            f.region is None
            and Ss > paragraph[0]
            and region is not None
            and region.level == "province"
            and self.regions.context_at(pos) == region
            and not WHOLE.search(t, Ss, pos)
            and self.regions.subject_region(Ss, pos, None, sentence[1]) is None
            and (before := self._sentence_regions.get(before_start := self.seg.bounds("sentence", Ss - 1)[0]))
            is not None
            and before.level == "city"
            # (推动柳州市汽车产业产值达到3500亿元。加大…投入，全社会…: a city a task names, not the one reported on)
            and not _TASK_VERB.match(t, after_lead(t, before_start, Ss))
        ):
            # 深圳上半年地区生产总值增长5.6%。规上工业增加值增长7.1%。 in a round-up of a province's (or the country's)
            # cities: a sentence that names no region goes on with the city of the sentence before
            region = before
        elif (
            region is None
            and f.region is None
            and Ss > paragraph[0]
            and self.regions.context_at(pos) is None
            and self.regions.doc_region is None
            and not self.regions.town
            and not self.regions.zone_at(pos)
            and self.regions.subject_region(Ss, pos, None, sentence[1]) is None
            and not any("distribution" in n for n in f.notes)
            and (before_start := self.seg.bounds("sentence", Ss - 1)[0]) >= paragraph[0]
            and (before := self._sentence_regions.get(before_start)) is not None
            and (WHOLE.search(t, before_start, Ss) is not None or before.level != "province")
        ):
            # 据广东省统计局数据，上半年全省实现地区生产总值…。规模以上工业增加值增长5.1%: in a text with no region of
            # its own, a sentence that names none goes on with the whole (全省) the sentence before was about, or with
            # its city (广州上半年地区生产总值…。从需求端看，社会消费品零售总额…)
            region = before
        elif (
            region is None
            and f.region is None
            and Ss > paragraph[0]
            and not self.regions.zone_at(pos)
            and not self.regions.town
            and (whole := WHOLE.search(t, Ss, pos)) is not None
            and (before := self._sentence_regions.get(self.seg.bounds("sentence", Ss - 1)[0])) is not None
            and before.level == {"省": "province", "市": "city"}.get(whole.group(0)[1], "district")
        ):
            # …2025年广东地区生产总值达到14.58万亿元。报告同时提出，今年全省固定资产投资增长3%: the whole of the
            # region the sentence before is about
            region = before
        notes = list(f.notes)
        if f.below:
            region = None  # 虎门镇、长安镇…均…: one of a list of towns (or zones)
            notes.append(f.below)
        elif f.region is None and (below := self.areas.no_region_of_its_own(Ss, cs, pos, hit)):
            # 三区…合计 (a total over several regions), 狮山镇… (a town), 苏州工业园区… (a zone): the figure is not the
            # region's around it; leave it unresolved rather than give that region a wrong figure
            region = None
            notes.append(below)
            if below.startswith(TOWN_NOTE):
                self._sentence_town = (Ss, below)
        elif (
            f.region is None
            and not self.regions.town  # (a town's own meeting: its figures are the town's anyway)
            and self._sentence_town[0] == Ss
            and self.regions.subject_region(Ss, pos, None, sentence[1]) is None
            and not WHOLE.search(t, cs, pos)
        ):
            # 长安镇去年地区生产总值突破900亿元，今年提出增长6%: the town the sentence is about, in its later clauses
            region = None
            notes.append(self._sentence_town[1])
        elif (
            f.region is None
            and (section := self.areas.section_place(pos))
            and (hit.tier == 1 or not section.startswith(ZONE_NOTE))
            and self.regions.subject_region(Ss, pos, None, sentence[1]) is None
        ):
            # 长安：冲刺GDP千亿镇\n…今年长安提出，确保地区生产总值增长6%: the town (or zone) its section is on
            region = None
            notes.append(section)
        elif region is None and self.regions.town and self.regions.context_at(pos) is None:
            notes.append(f"{TOWN_NOTE} {self.regions.town}")  # a figure of the town whose meeting the text reports
        elif region is None and (town := self.regions.town_at(pos)):
            notes.append(f"{TOWN_NOTE} {town}")  # 博罗县园洲镇党委书记某某说，…去年规上工业总产值…: the town's
        elif region is None and (zone := self.regions.zone_at(pos)):
            if hit.tier == 1:
                notes.append(f"{ZONE_NOTE} {zone}")  # said by a zone's speaker, of no region named
            else:
                region = self.regions.doc_region  # a zone's projects and firms: the region it lies in
        if tm.note:
            notes.append(tm.note)
        period = f.period or tm.period
        if period.startswith("M") and "D" in period:
            notes.append("short period")
        code, tier = hit.code, hit.tier
        if f.change and not code.endswith("increase"):
            code, tier = code + "_increase", 2  # (the figures after it go on with the indicator itself)
        elif tier == 2 and f.measure == "count" and not code.endswith(("_count", "_units")):
            code += "_count"
        entity = self._entity(Ss, cs, pos, hit, f.measure) if tier != 1 else ""
        if entity:
            code, tier = f"{entity}_{code}", 2
            notes.append(entity)
        self._sentence_regions[Ss] = region
        region_name = parent_name = level = ""
        if region is not None:
            region_name, level = region.name, region.level
            parent_name = _parent_names().get(region.code, "")
        elif self.regions.redacted_doc:
            notes.append(f"redacted in text (clues: {self.regions.clues()})")
        if region is not None and self.regions.proven and region.name == self.regions.proven:
            notes.append(f"redacted in text; {region.name} proven by {self.regions.proof}")
        quote_start, quote_end = f.quote_start, f.quote_end
        if t.startswith(")", quote_end) and t.count("(", quote_start, quote_end) > t.count(")", quote_start, quote_end):
            quote_end += 1  # 规上工业产值（3805亿元）: keep the bracket whole
        start, end = self.norm.span(quote_start, quote_end)
        return mention(
            self.doc,
            start,
            end,
            self.norm.original[start:end],
            region_name,
            parent_name,
            level,
            tm.year,
            period,
            tm.kind,
            code,
            hit.text,
            f.measure,
            f.value,
            f.value_high,
            q.unit,
            bound,
            commitment,
            tier,
            "; ".join(notes),
        )

    def _entity(self, sentence_start: int, clause_start: int, pos: int, hit: IndicatorHit, measure: str) -> str:
        """'company' / 'project' when a tier-2 figure describes one named company or project, else ''."""
        if hit.tier == 1:
            return ""
        pats = _word_patterns()
        t = self.t
        if measure != "count" and (named := pats["company"].search(t, clause_start, pos)) is not None:
            # 美的集团今年计划追加投资50亿元: a named company is the subject of the clause (上市公司 are not one)
            if not pats["generic_company"].search(named.group(0)):
                return "company"
        if not pats["attribute"].search(hit.text) and not pats["attribute"].search(
            t, max(sentence_start, pos - 12), pos
        ):
            return ""
        if pats["company"].search(t, sentence_start, pos):
            return "company"
        return "project" if pats["project"].search(t, sentence_start, pos) else ""


def extract_mentions(text: str, doc: str, doc_year: int | None = None, doc_region: str | None = None) -> list[Mention]:
    """Every quantitative mention of `text` as gold-schema rows; offsets index `text` exactly as given."""
    if not text or not _ANY_NUMBER.search(text):
        return []
    return _Extractor(text, doc, doc_year, doc_region).run()
