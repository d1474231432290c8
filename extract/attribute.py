"""Region attribution: the region a figure is about (subject in its sentence, else the speaker / section, else the
document's region), with short names resolved inside the current context."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from extract.lexicon import alternation, lexicon
from extract.regions import Region, RegionIndex, common_pairs, town_parents
from extract.segment import BULLETS, EMOJI, HEADING_LEAD_EMOJI, NUMBERED_LINE, RULE_LINE, after_lead

# people and firms a special administrative region's name qualifies (澳门青年, 香港高校, 澳门中小企业)
_QUALIFIED = ("企业", "中小企业", "青年", "居民", "高校", "大学", "旅客", "游客", "同胞", "市民", "机构", "投资者")

# after a region name: a title that makes the mention a speaker / department introduction
_TITLE = re.compile(
    r"(?:委|人大|政协|政府|人民政府|党|常务|副?[省市区县州旗]长|[\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室))"
)
# 蓬江区某社区党委书记说: the head of a community, village or firm in the region, who speaks for it no more than any
# resident does
_UNIT_BELOW = re.compile(r"[^，。、\n委局]{0,8}?(?:社区|村|居委会|公司|集团|学校|医院)")
_STRONG_TITLE = re.compile(r"(?:[省市区县州旗]?委(?:副)?书记|(?:副|常务副)?[省市区县州旗]长)")
WHOLE = re.compile(r"全[省市区县]")  # 全市, 全区: the whole of a region (also used by extract.subareas)
_COMMITTEE_OF = re.compile(r"(?<![\u4e00-\u9fff])[省市区县](?=委|政府|人大|政协)")  # 省委 (not 广东省委)
_OUTPACES = ("跑赢", "跑输", "高于", "快于", "领先", "超过", "低于")  # 跑赢全省: the province as a yardstick
_STAGE_BEFORE = ("在", "打造", "成为", "争当", "建成", "争创", "走在", "发挥", "当好", "担当", "比", "较")
# 排名全省前列, 高于全省平均, 增速全省排名第5: the province as a yardstick, not as the subject
_RANKING = re.compile(
    r"(?:排名|排位|排|位居|居|位列|位次)?[^，。；\d]{0,4}?(?:前列|第[一二三四五六七八九十\d]|首位|前茅|领先|之首|平均|水平)"
)
_SHARE_OF = re.compile(r"占[了到]?(?:[\u4e00-\u9fff]{2,4}?)?$")  # 占广州全市的比重, 占全省份额: the whole a share is of
_OWN_SUBJECT = re.compile(r"[区县市镇域]")  # 县域经济占全市比重, 北部湾经济区…占全区: a clause with a place of its own
_LIST_OF = ("纳入", "列入", "入选", "进入")  # 纳入清远市重点项目19个: the region whose list it is, not the subject


def _full_name(surface: str) -> bool:
    """Whether a region name is written with its kind (博罗县, 恩施州), not short (博罗, 广州)."""
    return surface[-1] in "省市区县旗" or surface[-1] == "州" and len(surface) >= 3


def _fits_whole(region: Region, kind: str) -> bool:
    """Whether a region is of the kind a text's whole names: 县 (a county or county-level city), 区 (a district or an
    autonomous region), 市 (a city or county-level city)."""
    if kind == "市":
        return region.level == "city" or region.level == "district" and region.name.endswith("市")
    if kind == "区" and region.level == "province":
        return region.name.endswith("自治区")  # (全区 in a text on 广西)
    return region.level == "district" and (region.name.endswith(kind) or kind == "县" and region.name.endswith("市"))


def is_yardstick(text: str, start: int, end: int) -> bool:
    """Whether the region or whole named at text[start:end] is a yardstick (高于全市平均水平, 跑赢全省, 居全省第一),
    not a subject."""
    return text.endswith(_OUTPACES, 0, start) or _RANKING.match(text, end) is not None


def _is_base(text: str, start: int) -> bool:
    """Whether the region or whole (全市) named at `start` is what a share is taken of (占全市比重,
    占广州全市的比重), not a subject."""
    if text.endswith(_LIST_OF, 0, start):
        return True
    return "占" in text[max(0, start - 7) : start] and _SHARE_OF.search(text, max(0, start - 7), start) is not None


_PROVINCE_WIDE = re.compile(r"全省|我省|本省")
_REGION_WIDE = re.compile(r"全区|我区|全自治区|本自治区")  # 广西壮族自治区: its whole is 全区
_CITY_WIDE = re.compile(r"全市|我市|本市")  # 重庆市, a municipality: its whole is 全市
# 澳门特区政府今年的施政报告提出，…: a special administrative region whose government the head names (not 澳门经济…
# in the title of a Macau paper's piece on 横琴)
_SAR_GOVERNMENT = re.compile(r"(?:澳门|香港)(?:特区|特别行政区)政府")
_TABLE_ROW_REST = re.compile(r"[\s\u3000\d.,%—\-|｜()（）]+")  # the cells of a table's row after its region's name
_LABEL_COLON = re.compile(r"[^\n：。]{2,12}：")  # 广州：…, a line's label (after its bullets, emoji or topic)
# 年: after a year (2024年天河区…); 在: 在株洲市第十五届人民代表大会上; 共: 中共廉江市委…
_HEAD_STARTS = re.compile(r"(?:^|(?<=[\s，。、“：:（(年度月在从共！!？?｜|】和及与])|(?<=的是))(?=\S)", re.MULTILINE)
# a province's own document: 湖南省政府工作报告, 广东省人民政府工作报告, 江苏省国民经济和社会发展统计公报
_PROVINCE_DOCUMENT = ("政府工作报告", "人民政府工作报告", "国民经济和社会发展统计公报", "统计公报", "统计局")
_NEWLINE = re.compile(r"\n")
_SUB_START = re.compile(r"[；;]\s*")
_CLAUSE_COMMA = re.compile("，")
_TIME_LEAD = re.compile(
    r"(?:去年|今年|明年|上年|同期|(?:19|20)\d{2}年)(?:全年|以来|上半年|前三季度|一季度|同期)?[，,]?"
)  # (同期香港本地生产总值…: the same period, of another region)
# (其中龙门县旅游总收入…: the part of the whole just named; 以茂名信宜市为例，该市…: the example taken)
_TOPIC = re.compile(r"对于|针对|至于|其中[，,]?|以(?=[\u4e00-\u9fff]{2,8}?为例)")
_COMPANY_NAMED = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,12}?(?:股份)?(?:有限(?:责任)?公司|集团)")
# 深圳继续领跑，…, 惠州仍以6.5%的增速…: adverbs after a region's short name that open what it did
_SUBJECT_ADVERB = re.compile(r"继续|仍然|仍|依然|依旧|再次|首次|首度|则|也|全年|去年|今年")


# words of a title over a round-up of many regions of one level (extract.attribute._doc_region)
_ROUND_UP = {
    "district": re.compile(r"多地|县域|多县|各县|多个县|百县|\d+个?县"),
    "city": re.compile(r"多市|各市|多个城市|地市|城市群|\d+市|[两三四五六七八九十]+市|\d+城|多城"),
    "province": re.compile(r"多省|各省|省份"),
}
_TOWN_TITLE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:镇|街道|乡)(?:党委|党工委)")  # 狮山镇党委书记
_DECORATION = re.compile(r"[\s" + BULLETS + "【" + EMOJI + "]*")  # bullets, emoji opening a title
_REDACTED_COUNTY = re.compile(r"\*\*[区县]")  # a district or county whose name is redacted
_TOWN_SUFFIX = re.compile(r"镇|乡|街道|苏木")  # the end of a township's name (extract/data/towns.csv)
_MAX_TOWN = 8  # characters of the longest township name looked up
# 落户四会市的…项目, 在吴川分会场，…项目: where a project lies
# (主会场所在的惠阳区共开工项目26个: the region the main venue is in)
_LOCATED_IN = re.compile(r"落户|位于|在(?=[\u4e00-\u9fff]{2,8}?[主分]会场)|会场所在的?")
# (中山市坦洲镇召开一季度经济运行分析会: the town's city may lead its name)
_TOWN_MEETING = re.compile(
    r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{2,4}[市县区])?([\u4e00-\u9fff]{2,3}(?:镇|街道|乡))(?:召开|举行|举办)"
)
# 小榄镇2025年工作总结和2026年工作计划, 中山市坦洲镇一季度经济运行情况: a title that opens with a town and its own
# report (its year, a part of it, its government or economy)
_SHORT_TOWN_IN_TITLE = re.compile(r"(?<=[｜|\s，：:])[\u4e00-\u9fff]{2}(?=这一年|今年|去年|[0-9]{4}年|经济|答卷|成绩)")
_FULL_TOWN = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}镇)(?=坚持|以|全力|紧紧|聚焦|围绕|深入|扎实|经济|主要)"
)
_TOWN_REPORT_TITLE = re.compile(
    r"\s*在?(?:[\u4e00-\u9fff]{2,4}[市县区])?([\u4e00-\u9fff]{2,3}(?:镇|街道|乡))"  # (在柳市镇2026年经济工作会议上…)
    r"(?=\d{4}年|今年|去年|上半年|一季度|前三季度|全年|政府工作报告|人民政府|党委|经济|工作)"
)
# 市人大代表、博罗县园洲镇党委书记叶志刚说，…: a town's head who speaks; what the paragraph says after is the town's
_TOWN_SPEAKER = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}[市县区])?([\u4e00-\u9fff]{2,3}(?:镇|街道|乡))(?:党委书记|党工委书记|镇长|主任)"
    r"[\u4e00-\u9fff]{2,4}?(?:说|表示|介绍)[，,：:]"
)
_TOWN_INTERVIEW = re.compile(
    r"^[^\S\n]*(?:【[^】\n]{0,8}】)?(?:专访|对话|访谈)?([\u4e00-\u9fff]{2,3}(?:镇|街道|乡))"
    r"(?:党委书记|党工委书记|镇长|主任)(?:[\u4e00-\u9fff]{2,3}(?=[：:]))?[：:]",  # (【新春访谈】北滘镇镇长梁志航：)
    re.MULTILINE,
)
_QUOTE_SPAN = 300  # the longest quotation looked at for a speaker named after it
_QUOTE_OPENS = ("", "\n", "。", "！", "？")  # what may stand before a quotation that its speaker after it owns
# ”英德市有关负责人说, ”该县县长表示: an official of the region named, then a verb of saying
_OFFICIAL_SAYS = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:负责人|书记|市长|县长|区长|镇长|主任|局长|厅长)[\u4e00-\u9fff]{0,4}?(?:说|表示|介绍|指出)"
)
# ——访开平市水口镇党委书记梁志强: an interview's subtitle naming the town's head it visits
_TOWN_VISITED = re.compile(
    r"——(?:专访|访)(?:[\u4e00-\u9fff]{2,4}[市县区])?([\u4e00-\u9fff]{2,3}(?:镇|街道|乡))(?:党委书记|党工委书记|镇长|主任)"
)
# 澳门特区政府统计暨普查局数据显示, 江门市统计局发布: the region's own statistics office, as a paragraph's source
_OWN_STATISTICS = re.compile(r"(?:特区|特别行政区)?(?:政府)?统计(?:局|处|暨普查局)")
_ITEM_NUMBER_LEAD = re.compile(r"[ \t\u3000]*\d{1,2}[.、．][ \t\u3000]*")
_SUBTITLE_VISIT = re.compile(r"(?m)^——(?:专访|访|对话)(?:中共)?")  # ——访中新广州知识城管委会…: a subtitle
_INTERVIEW_LEAD = re.compile(r"(?:[^\n｜| ]{0,12}[｜| ])?(?:专访|对话|访谈)")  # (a series' label, then 专访)
_THAT_REGION = re.compile(r"该([县区市])")  # 该县今年一季度计划…: the county just named
_PART_OPEN = re.compile(r"[，,]其中[，,]?")  # 全市…增长10%，其中龙门县…增长12%
_ASPECT_OPEN = re.compile(r"^[^\n，。]{2,8}方面[，,]", re.MULTILINE)
# 中共廉江市委经济工作会议, 中共某县委十四届五次全会: the committee's own meeting
_COMMITTEE_MEETING = re.compile(
    r"委(?:[\u4e00-\u9fff]{0,6}?(?:届[\u4e00-\u9fff]{1,4}次)?)?(?:全体会议|全会|工作会议|经济工作会议)"
)
_OUR_REGION = re.compile(r"我[市区县]")
_BACKED_TASK = re.compile(r"建设|打造|创建|争创|发展|加快|成为|做强|做大|建成")  # 支持桂林建设…
_RANKED_FIRST = re.compile(r"(?:最快|最高|最多|最大|最好|第一|居首)的(?:是|为)")  # 增速最快的是蕉岭县
_HELD = ("召开", "举行", "开幕", "揭幕", "隆重召开", "举办", "闭幕")  # 在武汉召开: the place named before is the venue
_SENTENCE_CUT = re.compile(r"[。；]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")  # as extract.segment
# 委书记, 市长, 局, 委员会, ...: every alternative starts with a literal, so the engine skips fast to candidates
_TITLE_KEYWORD = re.compile(r"委(?:副)?书记|省长|市长|区长|县长|州长|旗长|局|委员会|发展改革委|政府|人大|政协")
# 市XX局 / 区XX委 at a line or clause start (the look-behind after the first character keeps the fast skip)
# 市工信局, 区发改委 (not 市场多元化布局, 区域发展新格局: a market, a region, a layout)
_DEPARTMENT = re.compile(
    r"([市区县])(?<![^\n，,、 ][市区县])(?!场|域)(?:(?![和与及的])[\u4e00-\u9fff]){1,8}?"
    r"(?<![布格大全开变破结当])(?:局|委)(?!员)"
)
REDACTION = "**"
_RESOLVED: dict[tuple[str, str], Region | None] = {}  # (name, context code) -> region; the table never changes


@dataclass(frozen=True, slots=True)
class Attribution:
    """The region a figure is about; for a redacted document, no region but clues to resolve it later."""

    region: Region | None
    redacted: bool
    clues: str


@functools.cache
def _surface_set() -> frozenset[str]:
    return frozenset(s for s in RegionIndex.load().surfaces() if len(s) >= 2)


_MAX_SURFACE = 12
_HEAD = 150  # the document's own region is looked for in its first characters (title, dateline)


@functools.cache
def _surface_last_chars() -> frozenset[str]:
    return frozenset(s[-1] for s in _surface_set())


@functools.cache
def _lengths_by_char() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """First / last character of a region name -> the lengths (up to _MAX_SURFACE) of the names with that first /
    last character, longest first: the only lengths worth trying when looking for a name at a position."""
    by_first: dict[str, set[int]] = {}
    by_last: dict[str, set[int]] = {}
    for s in _surface_set():
        if len(s) <= _MAX_SURFACE:
            by_first.setdefault(s[0], set()).add(len(s))
            by_last.setdefault(s[-1], set()).add(len(s))
    return (
        {c: tuple(sorted(v, reverse=True)) for c, v in by_first.items()},
        {c: tuple(sorted(v, reverse=True)) for c, v in by_last.items()},
    )


@functools.cache
def _name_endings() -> frozenset[str]:
    """The last two characters of every region name (up to _MAX_SURFACE characters): a quick test before the
    lookups of _surface_ending_at."""
    return frozenset(s[-2:] for s in _surface_set() if len(s) <= _MAX_SURFACE)


@functools.cache
def _name_starts() -> frozenset[str]:
    """The first two characters of every region name (up to _MAX_SURFACE characters), for surface_starting_at."""
    return frozenset(s[:2] for s in _surface_set() if len(s) <= _MAX_SURFACE)


@functools.cache
def _subject_cue() -> re.Pattern[str]:
    """Where a subject region may end: before a subject word or an indicator alias (group 1), after a character a
    region name can end with. The pattern starts with that character rather than a look-behind, and checks the
    first character of a cue before trying the words one by one, so that the regex engine skips quickly to the
    candidates."""
    last = "".join(sorted(_surface_last_chars()))
    words = [*lexicon().cue_words("subject_cue"), *lexicon().alias_to_code]
    first = "".join(sorted({w[0] for w in words if w}))
    cue = f"{alternation(words)}|\\d"
    if not any(c.isdecimal() for c in first):
        cue = f"\\d|{alternation(words)}"  # no word starts with a digit: the same matches, digits tested first
    return re.compile(f"[{re.escape(last)}](?=[\\d{re.escape(first)}])({cue})")


@functools.cache
def _zone_kinds() -> str:
    """The zone kinds of the cue table (role zone_suffix: 开发区, 合作区 …) as one alternation."""
    return alternation(lexicon().cue_words("zone_suffix"))


@functools.cache
def _zone_name_after() -> re.Pattern[str]:
    """The rest of a functional zone's name after the region that opens it (金融高新区 of 广东金融高新区)."""
    return re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{_zone_kinds()})")


@functools.cache
def _kinds() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """The town kinds (镇, 乡, 街道) and zone kinds (开发区, 合作区 …) of the cue table, and a zone's speaker
    introduction built from them (肇庆高新区党工委书记 某某：/ 广州开发区管委会主任某某表示)."""
    towns = tuple(lexicon().cue_words("town_suffix"))
    zones = tuple(lexicon().cue_words("zone_suffix"))
    speaker = re.compile(
        rf"([\u4e00-\u9fff]{{2,12}}?(?:{alternation(zones)}))"
        r"(?:(?:党工委|管委会|工委)(?:常务)?(?:副)?(?:书记|主任)|(?:主要)?负责人)"
    )
    return towns, zones, speaker


@functools.cache
def _zone_title() -> re.Pattern[str]:
    """A title that opens with a functional zone holding a meeting or setting out its targets
    (翠亨新区召开2026年工作会议, 横琴合作区公布2025年发展目标)."""
    zones = _zone_kinds()
    return re.compile(
        rf"([\u4e00-\u9fff]{{2,10}}?(?:{zones})"
        rf"(?=召开|举行|举办|党工委|管委会|执委会|执行委员会|公布|发布|晒出|定下|锚定"
        # 苏州工业园区上半年GDP增长5.9%, 钦州综合保税区去年进出口额超600亿元: a title on the zone's own figures
        r"|(?:去年|今年|上半年|一季度|前三季度|(?:19|20)\d{2}年)(?:[^\n\d]{0,12})\d[^\n。；]*\n)"
        # 知识城2025年工作会议召开: a zone's short name, its meeting named before the verb
        rf"|(?:{zones})(?=(?:19|20)\d{{2}}年(?:工作会议|高质量发展大会|经济工作会议)(?:召开|举行)))"
    )


@functools.cache
def _zone_section_head() -> re.Pattern[str]:
    """A sub-heading on a functional zone (仲恺高新区：…, 大亚湾：…) on a short line of its own."""
    zones = f"{_zone_kinds()}|{alternation(lexicon().cue_words('zone_name'))}"
    return re.compile(rf"^{HEADING_LEAD_EMOJI}[\u4e00-\u9fff]{{0,10}}?(?:{zones})[：:][^\n。]{{2,24}}$", re.MULTILINE)


@functools.cache
def _zone_opening() -> re.Pattern[str]:
    """A functional zone's name (仲恺高新区), as the opening of a title."""
    return re.compile(rf"([\u4e00-\u9fff]{{2,10}}?(?:{_zone_kinds()}))")


_LEAD_END = 400  # the title, dateline and first paragraph of a news report lie in its first characters
_WATER = ("河", "湖")  # after a place name: a river or a lake (黄冈河, 松山湖)
# a title that opens with a short name holding its meeting (松山湖召开2026年工作会议)
_SHORT_NAME_MEETS = re.compile(r"([\u4e00-\u9fff]{2,5}?)(?:召开|举行)(?:19|20)\d{2}年")


@functools.cache
def _outlets() -> tuple[str, ...]:
    """What follows a region name in a news outlet's name (惠州日报, 湛江云媒): a dateline, not the region."""
    return tuple(lexicon().cue_words("news_outlet"))


@functools.cache
def _title_abbreviation() -> re.Pattern[str]:
    """A province's one-character abbreviation opening a title, before a verb or an indicator (粤定…, 粤GDP…)."""
    chars = "".join(lexicon().cue_words("province_abbreviation"))
    return re.compile(rf"([{chars}])(?=定|提出|今年|明年|GDP|经济|全年|目标|力争|确保|两会)")


@functools.cache
def _outlet_name() -> re.Pattern[str]:
    """A local outlet's name, its region's name as group 1 (阳江日报讯)."""
    return re.compile(rf"([\u4e00-\u9fff]{{2,6}}?)(?:{alternation(_outlets())})")


@functools.cache
def _speech() -> re.Pattern[str]:
    return re.compile(f"{alternation(lexicon().cue_words('speech_verb'))}|：")


@dataclass(frozen=True, slots=True)
class RegionMention:
    """A region name found in the text at [start, end)."""

    start: int
    end: int
    surface: str


class DocumentRegions:
    """Region mentions and speaker / section events of one document."""

    def __init__(self, text: str, doc_region: str | None) -> None:
        self.idx = RegionIndex.load()
        self.text = text
        self.redacted_doc = REDACTION in text
        self._by_named_city: dict[str, Region | None] = {}  # see _resolve
        # region names are looked up only where they matter (headlines, speaker introductions, the sentence
        # before a figure): scanning the whole text for ~6000 names would dominate the run time
        self.mentions = self._candidate_mentions()
        self._mention_starts = [m.start for m in self.mentions]
        self._head_zone = ""  # a zone whose meeting the head reports, when no region is the text's
        self._round_up_title_end = 0  # the end of a title over a round-up of regions (珠三角九市…\n深圳领跑…), if any
        self._subtitle = (0, 0)  # the span of a title's lines after its first, if it has more than one
        self.doc_region: Region | None = None  # (known once _doc_region returns; _resolve asks for it)
        self._outlet_code = self._outlet_province()  # the province of the local paper the head names, if any
        self.doc_region = self._doc_region(doc_region)
        # **市召开…大会 …惠城区、惠阳区、博罗县…: a redacted city that the districts the text names prove; **县召开…
        # …临江镇、蓝塘镇…: a redacted county that its towns, or its city's other counties named, prove
        self.proven, self.proof = "", ""  # the name of the region so proven, and how
        if self.doc_region is None and self.redacted_doc:
            if city := self._proven_city():
                self.doc_region, self.proof = self.idx.resolve(city), "the districts it names"
            else:
                code, self.proof = self._proven_county()
                self.doc_region = self.idx.by_code(code) if code else None
            self.proven = self.doc_region.name if self.doc_region is not None else ""
        self.events: list[tuple[int, Region | None]] = []
        self._zones: dict[int, str] = {}  # event offset -> the functional zone whose speaker starts there
        self._towns: dict[int, str] = {}  # event offset -> the town whose head starts to speak there
        self.town = ""  # the town whose own meeting the text reports (北滘镇召开2025年高质量发展大会)
        self._find_events()
        self._event_pos = [p for p, _ in self.events]
        self._subject_cache: dict[int, tuple[list[tuple[int, str]], list[int]]] = {}
        self._openers: set[int] = set()  # end offsets of subject candidates that only open a part of a sentence

    def mentions_in(self, start: int, end: int) -> list[RegionMention]:
        """Region names inside text[start:end] that start a line, follow punctuation or a space, or follow（."""
        out: list[RegionMention] = []
        for m in _HEAD_STARTS.finditer(self.text, start, end):
            surface = self.surface_starting_at(m.start())
            if surface is not None:
                out.append(RegionMention(m.start(), m.start() + len(surface), surface))
        return out

    def _candidate_mentions(self) -> list[RegionMention]:
        """Names that can introduce a speaker or a section: at a line start, or right before a title."""
        text = self.text
        found: dict[int, RegionMention] = {m.start: m for m in self.mentions_in(0, min(len(text), _HEAD))}
        # both patterns match only at a line start: try them there only
        line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
        line_ends = [*(p - 1 for p in line_starts[1:]), len(text)]
        # a headline line has 1 to 80 characters and no 。 (told from the line ends, without a regex scan)
        starts = {
            p
            for p, e in zip(line_starts, line_ends, strict=True)
            if 0 < e - p <= 80 and text.find("。", p, e) < 0 or _LABEL_COLON.match(text, after_lead(text, p, e))
        }  # (#2026广东两会# 【广东：…】省政府工作报告提出，…。: a post's label, after its topic)
        if "方面" in text:
            starts.update(m.start() for m in _ASPECT_OPEN.finditer(text))  # 广州方面，…: a paragraph on 广州
        for pos in sorted(starts):
            # a headline of names (茂名电白区): the chain of names from the line start (after bullets: ■深圳：…)
            pos = after_lead(text, pos)
            if (number := _ITEM_NUMBER_LEAD.match(text, pos)) is not None:
                pos = number.end()  # 1. 深圳　2025年：…: a numbered line of a list of regions
            while (surface := self.surface_starting_at(pos)) is not None:
                if text.startswith(_WATER, pos + len(surface)):
                    break  # 💧黄冈河等重点河流水质稳定达标: a river or lake named after a place, not a region's line
                found.setdefault(pos, RegionMention(pos, pos + len(surface), surface))
                pos += len(surface)
        keywords = [m.start() for m in _TITLE_KEYWORD.finditer(text)]
        endings = _name_endings()
        title = _TITLE.match
        done = 0  # the windows of successive keywords move right: offsets below `done` were looked at already
        for k in keywords:
            line_start = text.rfind("\n", 0, k) + 1
            top = min(k + 2, len(text) + 1)
            for p in range(max(line_start + 2, k - 10, done), top):
                if text[p - 2 : p] not in endings or not title(text, p):
                    continue  # no name ends at p, or no title follows
                surface = self._surface_ending_at(p, max(line_start, p - _MAX_SURFACE))
                if surface is not None and p - len(surface) not in found:
                    found[p - len(surface)] = RegionMention(p - len(surface), p, surface)
            done = max(done, top)
        return [found[k] for k in sorted(found)]

    def part_named_after(self, region: Region, end: int) -> Region | None:
        """The county-level unit of city `region` whose name follows the city's, ending at `end` (肇庆市高要区,
        江门鹤山市), else None."""
        if region.level != "city" or (inner := self.surface_starting_at(end)) is None:
            return None
        part = self._resolve(inner, region)
        return part if part is not None and part.parent_code == region.code else None

    def names_region_at(self, pos: int) -> bool:
        """Whether a region's name starts at `pos`."""
        return self.surface_starting_at(pos) is not None

    def surface_starting_at(self, pos: int) -> str | None:
        """The longest region name starting at `pos` (at most _MAX_SURFACE characters), or None."""
        text = self.text
        if text[pos : pos + 2] not in _name_starts():
            return None  # names have two characters or more
        lengths = _lengths_by_char()[0].get(text[pos], ())
        names = _surface_set()
        limit = len(text) - pos
        for k in lengths:
            if k <= limit and (surface := text[pos : pos + k]) in names:
                if text.startswith(_kinds()[0], pos + k):
                    return None  # 乐平镇: a town's name, not 乐平市
                if (
                    surface[-1] not in "省市区县旗州"
                    and text[pos + k - 1 : pos + k + 1] in common_pairs()
                    and not text.startswith("方面", pos + k)  # (江西方面，…: 江西, not 西方)
                ):
                    return None  # 优服务、惠民生: 惠 and 民生, not 惠民县
                if (
                    text.startswith(_outlets(), pos + k)
                    or text.startswith("发布", pos + k)
                    and text[pos + k + 2 : pos + k + 3] in (" ", "\n", "")
                    # (新华社北京7月20日电, 新华网: a news agency, not 新华区; but 新华社区 is a community)
                    or surface[-1] not in "省市区县旗州"
                    and text.startswith(("社", "网"), pos + k)
                    and not text.startswith(("社区", "社会", "社保", "网格", "网络", "网点", "网上", "网红"), pos + k)
                ):
                    # 惠州日报 2023年1月29日讯, 连平发布 2026-02-24 (a government's WeChat account), 新华社: a news
                    # outlet in the dateline, not the region spoken of
                    return None
                return surface
        return None

    def _resolve(self, surface: str, context: Region | None) -> Region | None:
        key = (surface, context.code if context is not None else "")
        if key not in _RESOLVED:
            _RESOLVED[key] = self._resolve_uncached(surface, context)
        region = _RESOLVED[key]
        if region is None and context is None and _full_name(surface):
            # (decided by this text, so not in the cache shared by all texts)
            if surface not in self._by_named_city:
                self._by_named_city[surface] = self._named_with_its_city(surface)
            region = self._by_named_city[surface]
        if region is not None and region.level == "district" and surface != region.name:
            anchor = context or self.doc_region
            home = self.idx.province_code(anchor) if anchor is not None else self._outlet_code
            if home and self.idx.province_code(region) != home:
                return None  # 吉隆作为县域工业重镇 in a text on 惠东县: a short name, not 吉隆县 in another province
        return region

    def _resolve_uncached(self, surface: str, context: Region | None) -> Region | None:
        return self.idx.resolve(surface, within=context)

    def _named_with_its_city(self, surface: str) -> Region | None:
        """龙华区 in a text that names 深圳 (深圳特区报, 深圳各区) and not 海口: of the regions of that full name, the
        one whose city, else province, the text names somewhere; None when not exactly one."""
        cands = self.idx.candidates(surface)
        if len(cands) < 2:
            return None
        for level in ("city", "province"):
            named = []
            for cand in cands:
                above = next((r for r in self.idx.ancestors(cand) if r.level == level), None)
                if above is not None and any(n in self.text for n in (above.name, *above.short_names)):
                    named.append(cand)
            if len(named) == 1:
                return named[0]
            if named:
                return None
        return None

    def _doc_region(self, given: str | None) -> Region | None:
        if given:
            cands = self.idx.candidates(given)
            return cands[0] if cands else None
        first_stop = self.text.find("。", 0, _HEAD)
        head = self.text[: _HEAD if first_stop < 0 else first_stop]  # the title and dateline, not the first figures
        if _REDACTED_COUNTY.search(head):
            # **区召开2024年高质量发展大会 (江门日报讯, …贯彻江门市大会精神): the text's own district is redacted; the
            # city or province its head names is not the text's region
            return None
        if (abbreviated := self._abbreviated_province(head)) is not None:
            return abbreviated
        province: Region | None = None
        province_end = -1
        title_end = self.text.find("\n", 0, len(head))
        while title_end > 0 and 0 < (nxt := self.text.find("\n", title_end + 1, len(head))) - title_end <= 40:
            if "。" in self.text[title_end:nxt] or not self.text[title_end + 1 : nxt].strip():
                break
            title_end = nxt  # 珠三角九市上半年“成绩单”出炉\n深圳领跑总量 东莞佛山增速亮眼: a title of two short lines
        # 县域经济“成绩单”出炉｜博罗冲刺“千亿县”，粤东粤西粤北多地增速领跑: a title over a round-up of regions of one
        # level names one of them, not the text's region
        among = {lvl for lvl, words in _ROUND_UP.items() if title_end > 0 and words.search(self.text, 0, title_end)}
        self._round_up_title_end = title_end if among else 0
        # 深圳上半年GDP逾1.83万亿元\n南山区经济总量续居各区之首: the second line of a title heads no section either
        # (when the first line names a region: not 政府工作报告（摘要）\n——…在重庆市璧山区…会议上)
        first_end = self.text.find("\n", 0, len(head))
        if 0 < first_end < title_end and any(m.start < first_end for m in self.mentions):
            self._subtitle = (first_end, title_end)
        for m in self.mentions:
            if m.start >= len(head):
                break
            if (
                among
                and m.start < title_end
                and (region := self._resolve(m.surface, None))
                and region.level in among
                # (but ——信宜市委书记在…大会上讲话: the speaker's own region, under a title on 县域发展)
                and not self.text.startswith(("委书记", "市委书记", "县委书记", "区委书记"), m.end)
            ):
                continue
            if self.text.startswith(("地点", "会场", "地址"), self.text.rfind("\n", 0, m.start) + 1):
                continue  # 地点：南宁　广西人民会堂: where a press conference is held, not what it is about
            if self.text.startswith(("委", "省委"), m.end) and not (
                self.text[m.start - 2 : m.start] == "中共" and _COMMITTEE_MEETING.match(self.text, m.end)
            ):
                continue  # 广东省委…精神: a committee named in passing (在中共廉江市委经济工作会议上 names its own)
            if self.text[m.start - 1 : m.start] == "在" and self.text.startswith(_HELD, m.end):
                # 全省…大会在武汉召开: the venue; the text is about the whole (全省, 全市) the sentence names, if any
                sentence_start = self.text.rfind("。", 0, m.start) + 1
                whole = WHOLE.search(self.text, sentence_start, m.start)
                # (省委经济工作会议在长沙召开: the committee of the province met there, as 全省 would say)
                kind = whole.group(0)[1] if whole else ""
                if not kind and (committee := _COMMITTEE_OF.search(self.text, sentence_start, m.start)) is not None:
                    kind = committee.group(0)
                wholes = {self._ancestor(r, kind) if kind else None for r in self.idx.candidates(m.surface)}
                if len(wholes) == 1 and (region := wholes.pop()) is not None:
                    return region  # 长沙 (市 or 县): in 湖南省 either way
                if not kind and (named := self._province_named_before(m, sentence_start)) is not None:
                    return named  # 广东省第十四届人民代表大会第二次会议…在广州揭幕: the province whose congress met
                continue
            region = self._resolve(m.surface, None) or self._by_co_mention(m.surface)
            if region is None or self._elsewhere_than_the_head(region, m, len(head)):
                continue
            if region.level == "province":
                if province is None:
                    province, province_end = region, m.end
                    if self.text.startswith(_PROVINCE_DOCUMENT, m.end):
                        return province
                continue
            if province is not None and m.start != province_end and self._speaks_of_whole_province(province):
                # 广东省经济运行发布会……广州市……: the province leads on its own in a text about the whole province,
                # and the city named after it is one of its parts (广东省佛山市 would name the city itself)
                return province
            # (在肇庆市高要区第二届人民代表大会…: the district the city name leads to)
            return self.part_named_after(region, m.end) or region
        if province is not None and (worded := self._worded_in_title(province, title_end)) is not None:
            return worded
        # a province named in the head is the document's own only when nothing smaller is and the text speaks of
        # the whole province (a provincial work report); otherwise it is just the dateline of a city's speech
        if province is not None and self._speaks_of_whole_province(province):
            return province
        # (a round-up's title that names several regions of its level, 县域“十强”…：昆山稳居榜首，晋江增速领先: the
        # one named most is no more the text's own than the others)
        in_title = {
            m.surface
            for m in self.mentions
            if m.start < title_end and (r := self._resolve(m.surface, None)) is not None and r.level in among
        }
        found = (
            self._outlet_region(head)
            or (None if len(in_title) >= 2 else self._most_named())
            or self._outlet_region(head, whole_text=True)
        )
        if found is None and (zone := _zone_title().search(head)) is not None:
            # 大亚湾区召开2026年工作会议 (惠州日报讯)：…大亚湾经济技术开发区召开2026年工作会议: a zone's own meeting,
            # in the region of the paper that reports it
            self._head_zone = zone.group(1)
            found = self._outlet_region(head, level="city")
        return found

    def _province_named_before(self, venue: RegionMention, start: int) -> Region | None:
        """The province that holds the venue named at `venue`, when text[start:venue.start] names it (in full or by
        its short name), else None."""
        before = self.text[start : venue.start]
        for region in self.idx.candidates(venue.surface):
            province = self.idx.by_code(self.idx.province_code(region))
            if province is not None and any(name in before for name in (province.name, *province.short_names)):
                return province
        return None

    def _worded_in_title(self, province: Region, title_end: int) -> Region | None:
        """数读2025｜南海这一年，答卷来了！ … 广东: a county-level short name that is also a word (南海), in the title,
        when it is a unit of the province the head names and the text names it again: that unit, not the province."""
        common = self.idx.common_short_names()
        for m in self.mentions:
            if m.start >= title_end:
                break
            if m.surface not in common or (region := self._resolve(m.surface, province)) is None:
                continue
            if region.level == "district" and sum(s == m.surface for _, s in self._names_in_text()) >= 3:
                return region
        return None

    def _elsewhere_than_the_head(self, region: Region, mention: RegionMention, head_end: int) -> bool:
        """Whether a county-level unit, named short, lies in another province than a city or province the head
        names too (松山湖召开…会议 … 东莞松山湖高新区: the lake of a 东莞 zone, not 赤峰市松山区)."""
        if region.level != "district" or mention.surface == region.name:
            return False
        province = self.idx.province_code(region)
        for other in self.mentions:
            if other.start >= head_end:
                break
            found = other is not mention and self._resolve(other.surface, None)
            if found and found.level in ("province", "city") and self.idx.province_code(found) != province:
                return True
        return False

    def _proven_city(self) -> str:
        """The city whose districts or counties a text that redacts its own city (**市) names, two or more, while it
        names at most one of any other city; '' if none."""
        if "**市" not in self.text[:_HEAD] and self._whole_kind() != "市":
            return ""
        named: dict[str, set[str]] = {}  # parent city code -> districts named
        for region in self._full_names_in_text():
            if region.level == "district" and region.parent_code:
                named.setdefault(region.parent_code, set()).add(region.code)
        if not named:
            return ""
        # (a name in passing elsewhere, 滨海新区 or 海城市 inside 滨海城市, does not outweigh a city's several)
        ranked = sorted(named.items(), key=lambda kv: len(kv[1]), reverse=True)
        code, districts = ranked[0]
        if len(ranked) > 1 and len(ranked[1][1]) > 1:
            return ""
        city = self.idx.by_code(code)
        return city.name if city is not None and city.level == "city" and len(districts) >= 2 else ""

    def _redacted_kind(self) -> str | None:
        """区 or 县: the kind of county-level unit a text redacts as its own (**区召开…大会, or a speech on 全区 with
        ** for its name), None if it redacts no such unit."""
        head = self.text[:_HEAD]
        if (m := _REDACTED_COUNTY.search(head)) is not None:
            return m.group(0)[-1]
        kind = self._whole_kind()
        return kind if kind in ("区", "县") and "**市" not in head else None

    def _proven_county(self) -> tuple[str, str]:
        """(code, reason) of the district or county a text that redacts its own is proven to be, or ("", ""):
        - by its towns: two or more townships named in the text lie in it, more than in any other unit of its kind
          (within the cities the text names; three or more when it names none);
        - by elimination: the text names one city and at least two of its districts or counties of the redacted
          kind, and exactly one of that kind is left unnamed.
        Both proofs must agree when both are found."""
        kind = self._redacted_kind()
        if kind is None:
            return "", ""
        regions = self._full_names_in_text()
        named = {region.code for region in regions}
        cities = {region.code for region in regions if region.level == "city"}

        def fits(region: Region | None) -> bool:
            return (
                region is not None
                and region.level == "district"
                and region.name.endswith(kind)
                and region.code not in named
                and (not cities or region.parent_code in cities)
            )

        votes: dict[str, set[str]] = {}
        for town in self._towns_in_text():
            for code in town_parents()[town]:
                if fits(self.idx.by_code(code)):
                    votes.setdefault(code, set()).add(town)
        ranked = sorted((len(towns), code) for code, towns in votes.items())
        by_towns = ""
        if ranked and ranked[-1][0] >= (2 if cities else 3) and (len(ranked) == 1 or ranked[-2][0] < ranked[-1][0]):
            by_towns = ranked[-1][1]
        by_elimination, city_name = "", ""
        if len(cities) == 1 and (city := self.idx.by_code(next(iter(cities)))) is not None:
            kin = [r for r in self.idx.children(city) if r.name.endswith(kind)]
            left = [r for r in kin if r.code not in named]
            if len(left) == 1 and len(kin) - 1 >= 2:
                by_elimination, city_name = left[0].code, city.name
        if by_towns and by_elimination and by_towns != by_elimination:
            return "", ""
        if by_towns:
            return by_towns, "the towns it names"
        if by_elimination:
            return by_elimination, f"elimination (every other {kind} of {city_name} is named)"
        return "", ""

    def _towns_in_text(self) -> list[str]:
        """Township names of the gazetteer (镇, 乡, 街道, 苏木) found in the text, longest name at each ending."""
        text, parents, out = self.text, town_parents(), []
        for m in _TOWN_SUFFIX.finditer(text):
            end = m.end()
            for k in range(min(_MAX_TOWN, end), len(m.group(0)) + 1, -1):
                if (name := text[end - k : end]) in parents:
                    out.append(name)
                    break
        return out

    @functools.cache  # noqa: B019 - one DocumentRegions per document, freed with it
    def _names_in_text(self) -> tuple[tuple[int, str], ...]:
        """(offset, longest name) of every region name in the whole text: the scan behind the whole-text calls."""
        text = self.text
        starts = _name_starts()
        return tuple(
            (p, surface)
            for p in range(len(text) - 1)
            if text[p : p + 2] in starts and (surface := self.surface_starting_at(p)) is not None
        )

    @functools.cache  # noqa: B019 - one DocumentRegions per document, freed with it
    def _full_names_in_text(self) -> tuple[Region, ...]:
        """The regions the text names in full (…区, …县, …市, three characters or more), in order, with repeats: the
        names the proofs of a redacted region count on (short ones are too often words)."""
        resolved = (
            self._resolve(surface, None)
            for _, surface in self._names_in_text()
            if surface[-1] in "区县市" and len(surface) >= 3
        )
        return tuple(region for region in resolved if region is not None)

    @functools.cache  # noqa: B019 - one DocumentRegions per document, freed with it
    def _whole_kind(self) -> str | None:
        """县, 区, 市 or 省: the kind of whole (全县, 全区, 全市, 全省) the text speaks of most often, None if none."""
        wholes = Counter(m.group(0)[1] for m in WHOLE.finditer(self.text))
        return wholes.most_common(1)[0][0] if wholes else None

    def _most_named(self) -> Region | None:
        """在全县高质量发展大会上的讲话 … 推动翁源高质量发展: the region the text names most often of the kind its whole
        (全县, 全区, 全市) is, when its head names none (a whole-text scan, so only then)."""
        kind = self._whole_kind()
        if kind is None or self.redacted_doc:
            return None  # (a text that redacts its region, "**区", names others only in passing)
        if kind == "省":
            # (a text on provinces that names none in its head is most often a round-up of several; but 在全省民营经济
            # 高质量发展大会上的讲话 … 民营经济是浙江的最大特色: a speech that names one province twice, and nothing
            # outside it, is that province's)
            return self._only_province()
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        surnames = lexicon().cue_words("surname")
        outlet = self._outlet_code
        for p, surface in self._names_in_text():
            if surface[-1] not in "省市区县旗州" and p > 0 and self.text[p - 1] in surnames:
                continue  # 刘卫东指出: a person's given name, not 卫东区
            region = self._resolve(surface, None)
            if (
                region is None
                and p < _HEAD
                and len(cands := self.idx.candidates(surface)) == 1
                # (吉隆镇… in 惠州日报: the town named short, not 吉隆县 in another province than the paper's)
                and (not outlet or self.idx.province_code(cands[0]) == outlet)
                # (东湖高新区召开…: the zone of that name, not 东湖区)
                and not self.text.startswith((*lexicon().cue_words("zone_suffix"), "新技术", "高新"), p + len(surface))
            ):
                # 开门红！南海一季度经济成绩单来了→ … 全区: a short name that is also a word (南海), the only region
                # of that name, in the head of a text on the whole of a region of its kind
                region = cands[0]
            if (
                region is not None
                and kind == "市"
                and region.level == "district"
                and surface == region.name
                and not _fits_whole(region, kind)
            ):
                # 惠城区, 博罗县… in a text on 全市 (惠州日报 …分组审议…): the city of the districts it names in full,
                # which a city named in passing twice (深圳) must not outweigh
                region = self.idx.parent(region)
            if region is not None and _fits_whole(region, kind):
                counts[region.code] += 1
                first.setdefault(region.code, p)
        if not counts:
            return None
        best = max(counts, key=lambda code: (counts[code], -first[code]))
        if counts[best] < 2:
            return None  # (named twice at least)
        region = self.idx.by_code(best)
        if region is not None and region.level == "district" and (city := self._city_of_siblings(region)) is not None:
            return city
        return region

    def _only_province(self) -> Region | None:
        """The province a text names twice or more, and at least as often as the regions below it, when every region
        it names lies in that province; else None."""
        named = below = 0
        province: Region | None = None
        cities: set[str] = set()
        for p, surface in self._names_in_text():
            region = self._resolve_uncached(surface, None)
            if region is None or region.level == "district" and surface != region.name:
                continue  # (首次突破千万户大关: a county's short name is too often a word to count)
            if region.level == "district" and len(surface) == 2 and p > 0 and "\u4e00" <= self.text[p - 1] <= "\u9fff":
                continue  # (县域经济高质量发展示范县: 范县 inside a word)
            code = self.idx.province_code(region)
            if province is not None and code != province.code:
                return None
            province = province or self.idx.by_code(code)
            named += region.level == "province"
            below += region.level != "province"
            if region.level == "city":
                cities.add(region.code)
        # (珠三角9市…: a round-up names the cities of the province more often than the province itself; but a
        # speech at 全省高质量发展大会 that names three of its cities or more, and nothing outside it, is its own)
        if named >= 2 and below <= named:
            return province
        speech = "讲话" in self.text[:100] or "同志们" in self.text[:600]
        return province if speech and len(cities) >= 3 else None

    def _outlet_province(self) -> str:
        """The code of the province of the local outlet the head names (惠州日报 -> 44), '' if none or several."""
        found = set()
        for m in _outlet_name().finditer(self.text, 0, _HEAD):
            surface = self._surface_ending_at(m.end(1), m.start(1))
            if surface is not None:
                found |= {self.idx.province_code(r) for r in self.idx.candidates(surface) if r.level != "province"}
        return found.pop() if len(found) == 1 else ""

    def _city_of_siblings(self, region: Region) -> Region | None:
        """The city of a county-level `region` when the text names it and two or more other counties or districts
        of it besides (寿光市、诸城市、青州市…, in a 潍坊 text that says 全市 as a county-level city would): a text
        on one county names its towns, not its sibling counties; None otherwise."""
        city = self.idx.by_code(region.parent_code) if region.parent_code else None
        if city is None or city.level != "city":
            return None
        names = {city.name, *city.short_names}
        if not any(surface in names for _, surface in self._names_in_text()):
            return None
        siblings = {r.code for r in self._full_names_in_text() if r.parent_code == city.code}
        return city if len(siblings) >= 3 else None

    def _abbreviated_province(self, head: str) -> Region | None:
        """粤定今年增长目标 / 粤GDP…: a province abbreviated to one character at the start of the title, before any
        region named in full."""
        lead = _title_abbreviation().match(head, len(head) - len(head.lstrip()))
        if lead is None:
            return None
        cands = self.idx.candidates(lexicon().cue_words("province_abbreviation")[lead.group(1)])
        return cands[0] if len(cands) == 1 else None

    def _outlet_region(self, head: str, whole_text: bool = False, level: str = "") -> Region | None:
        """阳江日报讯 …我市召开全市高质量发展大会: a local outlet's region, when the head speaks of 我市 / 我区 / 我县
        and names no region of its own; with `whole_text`, when the text speaks of its whole as 全市 / 全区 / 全县
        most often (芜湖日报讯 …全市经济运行总体平稳, in a text that names no region often enough); with `level`,
        whatever the text speaks of."""
        if level:
            kind = "市" if level == "city" else "区"
        elif whole_text:
            whole_kind = self._whole_kind()
            if whole_kind is None or self.redacted_doc:
                return None
            kind = whole_kind
        else:
            whole = _OUR_REGION.search(head)
            if whole is None:
                return None
            kind = whole.group(0)[1]
        level = {"市": "city", "省": "province"}.get(kind, "district")  # (湖南日报讯 …全省…: the province)
        for m in _outlet_name().finditer(head):
            surface = self._surface_ending_at(m.end(1), m.start(1))  # 阳江 of 阳江日报
            if surface is not None:
                found = [
                    r
                    for r in self.idx.candidates(surface)
                    if r.level == level and not r.name.endswith("特别行政区")  # (澳门日报 …全省…: 广东省)
                ]
                if len(found) == 1:
                    return found[0]
        return None

    def _by_co_mention(self, surface: str) -> Region | None:
        """Of several regions with this name (白云区 of 广州市 and of 贵阳市), the only one whose city or province the
        text names as well; None when none or more than one is."""
        cands = self.idx.candidates(surface)
        if len(cands) < 2:
            return None
        scores = []
        for cand in cands:
            names = {n for a in self.idx.ancestors(cand) for n in (a.name, *a.short_names) if len(n) >= 2}
            scores.append(sum(1 for n in names if n in self.text))
        best = max(scores)
        return cands[scores.index(best)] if best > 0 and scores.count(best) == 1 else None

    def _ancestor(self, region: Region, kind: str) -> Region | None:
        """The province (kind 省), city (市; a county-level city itself) or the county or district itself (区, 县) that
        `region` lies in."""
        level = {"省": "province", "市": "city"}.get(kind, "district")
        if kind == "市" and region.level == "district" and region.name.endswith("市"):
            return region  # (全市 in a text on a town of 乐清市: the county-level city itself)
        return next((r for r in (region, *self.idx.ancestors(region)) if r.level == level), None)

    def _speaks_of_whole_province(self, province: Region | None = None) -> bool:
        """Whether the text says 全省 / 我省 / 本省 (全区 / 我区 of an autonomous region, 全市 of a municipality; a
        special administrative region's government named in the head): a whole-text scan, so only asked once a
        province is named."""
        if province is not None and province.name.endswith("自治区"):
            return _REGION_WIDE.search(self.text) is not None
        if province is not None and province.name.endswith("市"):
            return _CITY_WIDE.search(self.text) is not None
        if province is not None and province.name.endswith("特别行政区"):
            first_stop = self.text.find("。", 0, _HEAD)
            return _SAR_GOVERNMENT.search(self.text, 0, _HEAD if first_stop < 0 else first_stop) is not None
        return _PROVINCE_WIDE.search(self.text) is not None

    @property
    def surfaces(self) -> frozenset[str]:
        """Every full and short region name (two characters or more)."""
        return _surface_set()

    def resolve(self, surface: str, context: Region | None) -> Region | None:
        """A region name resolved inside a context region."""
        return self._resolve(surface, context)

    def town_at(self, pos: int) -> str:
        """The town whose head has the floor at `pos` ('' when none does)."""
        k = bisect.bisect_right(self._event_pos, pos) - 1
        return self._towns.get(self.events[k][0], "") if k >= 0 else ""

    def zone_at(self, pos: int) -> str:
        """The functional zone whose speaker has the floor at `pos` ('' when a region's speaker or the document's
        region does)."""
        k = bisect.bisect_right(self._event_pos, pos) - 1
        return self._zones.get(self.events[k][0], "") if k >= 0 else ""

    def context_at(self, pos: int) -> Region | None:
        """The speaker / section / document region in force at `pos`."""
        return self._context_at(pos)

    def _context_at(self, pos: int) -> Region | None:
        k = bisect.bisect_right(self._event_pos, pos) - 1
        return self.events[k][1] if k >= 0 else self.doc_region

    def _title_zone(self) -> str:
        """翠亨新区召开2026年工作会议: the functional zone a title opens with, as the subject of its meeting ('' if
        none, or if the zone is a district of the table, 南沙新区)."""
        text = self.text
        decoration = _DECORATION.match(text)
        start = decoration.end() if decoration else 0
        m = _zone_title().match(text, start)  # (🚀知识城2025年工作会议召开！)
        if m is None and (lead := _INTERVIEW_LEAD.match(text, start)) is not None:
            m = _zone_title().match(text, lead.end())  # 开局之年访园区｜专访仲恺高新区党工委书记…：
        if m is None and (opening := _zone_opening().match(text, start)) is not None:
            # 仲恺高新区吹响…集结号：… over 本报讯 …惠州仲恺高新区召开2026年高质量发展大会: a title that opens with
            # a zone whose own meeting the lead then reports
            at = text.find(opening.group(1), opening.end(), _LEAD_END)
            m = opening if at >= 0 and text.startswith(("召开", "举行"), at + len(opening.group(1))) else None
        if m is None and (visit := _SUBTITLE_VISIT.search(text, 0, _LEAD_END)) is not None:
            # 知识城：去年…\n——访中新广州知识城管委会常务副主任: an interview with a zone's head, as a subtitle says
            m = _kinds()[2].match(text, visit.end())
        if m is None:
            return self._head_zone or self._zone_named_short(start)
        if (name := m.group(1)) in self.surfaces:
            return ""
        if name.endswith("新区") and name[:-2] in self.surfaces:
            district = self._resolve(name[:-2], self.doc_region)
            if district is not None and district.level == "district":
                return ""
        return name

    def _town_named_short(self) -> str:
        """龙江这一年 (a title) … 全镇 (the text): the township a text on 全镇 names in its title without its kind, when
        the gazetteer has one of that name in the text's region (顺德区: 龙江镇); '' otherwise."""
        if self.doc_region is None or "全镇" not in self.text:
            return ""
        title_end = self.text.find("\n")
        title = self.text[: title_end if title_end > 0 else _HEAD]
        names = [m.group(0) + "镇" for m in _SHORT_TOWN_IN_TITLE.finditer(title)]
        # 📊数读长安｜上半年… 上半年，…长安镇坚持制造业当家…全镇实现: else a town the lead names in full
        lead_end = self.text.find("\n", self.text.find("。", title_end + 1, _LEAD_END) + 1)
        names += [
            m.group(1) for m in _FULL_TOWN.finditer(self.text, title_end + 1, lead_end if lead_end > 0 else _LEAD_END)
        ]
        return next((name for name in names if self.is_own_town(name)), "")

    def is_own_town(self, name: str) -> bool:
        """Whether the gazetteer (towns.csv) has a township `name` in the text's own region, or anywhere when the
        text has no region."""
        codes = town_parents().get(name, ())
        if self.doc_region is None:
            return bool(codes)
        for code in codes:
            parent = self.idx.by_code(code)
            if parent is not None and (parent == self.doc_region or self.doc_region in self.idx.ancestors(parent)):
                return True
        return False

    def _zone_named_short(self, start: int) -> str:
        """松山湖召开2026年工作会议 … 东莞松山湖高新区召开…: a title that opens with a zone's short name, which the head
        then writes in full with its kind ('' if it does not)."""
        m = _SHORT_NAME_MEETS.match(self.text, start)
        if m is None or m.group(1) in self.surfaces:
            return ""
        first_stop = self.text.find("。", m.end(), _HEAD)
        full = re.compile(re.escape(m.group(1)) + _zone_name_after().pattern)
        found = full.search(self.text, m.end(), _HEAD if first_stop < 0 else first_stop)
        return found.group(0) if found else ""

    def _find_events(self) -> None:
        text = self.text
        context = self.doc_region
        if zone := self._title_zone():
            # a zone's own meeting: its figures are the zone's, unless a region is named (a zone is no region)
            self.events.append((0, None))
            self._zones[0] = zone
            context = None
        elif (
            town := _TOWN_MEETING.search(self.text, 0, _HEAD)
            or _TOWN_INTERVIEW.search(self.text, 0, max(0, self.text.find("。", 0, _HEAD)))
            or _TOWN_REPORT_TITLE.match(self.text)
            # (奋楫扬帆勇争先\n——在乐从镇2026年高质量发展大会上的讲话: the subtitle names the town's meeting)
            or ((sub := self.text.find("\n——", 0, _HEAD)) >= 0 and _TOWN_REPORT_TITLE.match(self.text, sub + 3))
            or _TOWN_VISITED.search(self.text, 0, _HEAD)
        ) is not None and not self.redacted_doc:
            # (虎门镇党委书记：向“千亿强镇”再出发, a title over an interview with the town's secretary)
            # 北滘镇召开2025年高质量发展大会: a town's own meeting; its figures are the town's, which is no region
            self.events.append((0, None))
            self.town = town.group(1)
            context = None
        elif (short_town := self._town_named_short()) and not self.redacted_doc:
            # 年终盘点｜龙江这一年 … 顺德龙江发布 … 2025年全镇：: a town's own post, naming it without its kind
            self.events.append((0, None))
            self.town = short_town
            context = None
        dept = {m.start(): m.group(1) for m in _DEPARTMENT.finditer(text)}
        items: list[tuple[int, str, Any]] = [(m.start, "m", m) for m in self.mentions]
        items += [(p, "d", lvl) for p, lvl in dept.items()]
        # paragraphs (a line of 30 characters or more, not a headline) that open with a region's name
        items += [
            (p, "p", None)
            for p in [0, *(m.end() for m in _NEWLINE.finditer(text))]
            if self.surface_starting_at(p) is not None and text.find("\n", p, p + 30) < 0
        ]
        if self.town:
            # 塘厦镇党委书记：2025年，塘厦…: each answer of the town's secretary in an interview is the town's again
            # (after an editor's note on the city's targets)
            items += [(m.start(), "t", None) for m in _TOWN_INTERVIEW.finditer(text) if m.group(1) == self.town]
        if "——" in text or "━" in text or "---" in text:
            # ——————————: a rule line ends the section above (🔸 恩平市 …); what follows is the text's own again
            items += [(m.start(), "r", None) for m in RULE_LINE.finditer(text)]
        if "书记" in text or "镇长" in text or "主任" in text:
            items += [(m.start(), "s", m.group(1)) for m in _TOWN_SPEAKER.finditer(text) if m.group(1) != self.town]
        # 大亚湾：石化产业集群产值达3500亿元 (a sub-heading on a zone, after 龙门县：… above): the section of a region
        # ends there too; the zone's figures are the text's region's (or the zone's own, see extract.subareas)
        items += [(m.start(), "r", None) for m in _zone_section_head().finditer(text)]
        items.sort(key=lambda t: (t[0], t[1]))
        _, zones, zone_speaker = _kinds()
        revert: tuple[int, Region | None] | None = None  # (end, context) of a paragraph opened by a region below
        for pos, kind, item in items:
            if revert is not None and pos >= revert[0]:
                self.events.append(revert)
                context, revert = revert[1], None
            if kind == "p":
                line_end = text.find("\n", pos)
                line_end = len(text) if line_end < 0 else line_end
                opened = self._opens_paragraph(pos, line_end, context)
                if opened is not None:
                    # 揭阳普宁市则在消费领域发力。全年社会消费品零售总额…: a paragraph of a round-up opened by a region
                    # below the text's is about it, up to the paragraph's end
                    if revert is None:
                        revert = (line_end, context)
                    self.events.append((pos, opened))
                    context = opened
                continue
            if kind == "t":
                if context is not None:
                    self.events.append((pos, None))
                    context, revert = None, None
                continue
            if kind == "s":
                # (…镇党委书记某某说，…: the town's, up to the paragraph's end)
                line_end = text.find("\n", pos)
                if revert is None:
                    revert = (len(text) if line_end < 0 else line_end, context)
                self.events.append((pos, None))
                self._towns[pos] = item
                context = None
                continue
            if kind == "r":
                if context != self.doc_region and revert is None:
                    self.events.append((pos, self.doc_region))
                    context = self.doc_region
                continue
            if kind == "d":
                region = self._department_region(item, context)
                if region is not None:
                    self.events.append((pos, region))
                continue
            m: RegionMention = item
            if m.start < self._round_up_title_end:
                continue  # 珠三角九市…“成绩单”出炉\n深圳领跑总量: a round-up's title heads no section
            speaker = zone_speaker.match(text, m.start)
            if speaker is not None or text.startswith(zones, m.end):
                # 肇庆高新区党工委书记 某某：, 潮州港经济开发区负责人表示: a zone's speaker; what follows is the zone's,
                # not the city's nor the speaker's before (区委书记、广州开发区党工委书记: one person with two
                # titles, the region's first); 广州开发区 otherwise names no region
                if speaker is not None and text[m.start - 1 : m.start] != "、":
                    self.events.append((pos, None))
                    self._zones[pos] = speaker.group(1)
                    context = None
                continue
            if (label := _zone_opening().match(text, m.start)) is not None and text.startswith(
                ("：", ":"), label.end()
            ):
                continue  # ▪️潮州港经济开发区：引进…: a zone's line, named after its city, no section of the city
            line_start = text.rfind("\n", 0, m.start) + 1
            line_end = text.find("\n", m.end)
            line_end = len(text) if line_end < 0 else line_end
            line = text[line_start:line_end]
            # (■廣州：增速放緩 社零總額破1.1兆: a heading may open with bullets or emoji)
            is_section = (
                after_lead(text, line_start, m.start) == m.start
                or _ITEM_NUMBER_LEAD.fullmatch(text, line_start, m.start) is not None  # 1. 深圳　2025年：GDP…
            ) and (
                len(line) <= 14
                # (攸县确保工业投资增长15%以上；: an item of a list, not a heading over what follows)
                or len(line) < 80
                and "。" not in line
                and not line.rstrip().endswith("；")
                or text.startswith(("：", "方面"), m.end)
                or _OWN_STATISTICS.match(text, m.end) is not None
            )  # 广州方面，…, 澳门特区政府统计暨普查局数据显示，…: a paragraph on the region named
            is_speaker = False
            if _STRONG_TITLE.match(text, m.end):
                is_speaker = True
            elif _TITLE.match(text, m.end) and not _UNIT_BELOW.match(text, m.end):
                window = text[m.end : min(line_end, m.end + 30)]
                cut = _SENTENCE_CUT.search(window)
                window = window[: cut.start()] if cut else window
                is_speaker = bool(_speech().search(window)) or (len(line) < 45 and line.rstrip().endswith("："))
            if is_section and text.startswith(("、", "和", "与"), m.end):
                # 佛山、东莞：制造业城市各有喜忧: a heading on several regions is none's section (and ends the one
                # above: 禅城：… then 高明、三水：…)
                if len(line) <= 24 and "。" not in line and context != self.doc_region and revert is None:
                    self.events.append((pos, self.doc_region))
                    context = self.doc_region
                is_section = False
            if is_section and not is_speaker and self._subtitle[0] < m.start < self._subtitle[1]:
                is_section = False  # (深圳上半年GDP…\n南山区经济总量续居各区之首: a title's second line)
            if not (is_section or is_speaker):
                continue
            pending, revert = revert, None
            region = self._resolve(m.surface, context)
            if region is None and is_section and text.startswith(("：", ":"), m.end):
                # 昆山：“百强县之首”向新求质, in a round-up of counties across provinces: the heading names the place
                # outright, whatever the province of the text's own region
                region = self._resolve_uncached(m.surface, None)
            if region is None:
                continue
            if (
                is_section
                and not is_speaker
                and region.level == "district"
                and m.surface != region.name
                and "\u4e00" <= text[m.end : m.end + 1] <= "\u9fff"
            ):
                continue  # ■新兴产业成发展主轴: a district's short name that opens a word, no heading on it
            if is_speaker and (comma := text.find("、", m.end, m.end + 12)) > 0 and _TITLE.match(text, m.end):
                # 泉州市委常委、晋江市委书记张某出席并讲话: one person, the higher title first; the speaker speaks
                # for the region of the lower one
                if _TOWN_TITLE.match(text, comma + 1) or zone_speaker.match(text, comma + 1):
                    # 南海区委常委、狮山镇党委书记…讲话, 惠州市委常委、仲恺高新区党工委书记…: the town's secretary or
                    # the zone's head, speaking for the town or zone
                    continue
                inner = self.surface_starting_at(comma + 1)
                below = self._resolve(inner, region) if inner is not None else None
                if (
                    below is not None
                    and inner is not None
                    and region in self.idx.ancestors(below)
                    and _TITLE.match(text, comma + 1 + len(inner))
                ):
                    continue
            if is_section:
                # a headline of region names (茂名电白区): the most specific one of the chain wins (深圳今年GDP目標增長
                # 5%左右　南山寶安龍崗競逐…: not a district named further along the line)
                k = bisect.bisect_left(self._mention_starts, m.end)
                chain_end = m.end
                while k < len(self.mentions) and self.mentions[k].start == chain_end:
                    deeper = self._resolve(self.mentions[k].surface, region)
                    if deeper is not None and deeper.level != region.level:
                        region = deeper
                    chain_end = self.mentions[k].end
                    k += 1
            self.events.append((pos, region))
            context, before = region, context
            if is_section and _TABLE_ROW_REST.fullmatch(text, chain_end, line_end):
                revert = (line_end, before)  # 云浮市　1290.5　4.0　21: a row of a table, about its region alone
            elif is_speaker and text[m.start - 1 : m.start] in ("”", '"', "」"):
                # “…。”湘桥区文旅局相关负责人介绍。: the speaker of the quotation before, not of the paragraphs after
                revert = (line_end, pending[1] if pending is not None else before)
            elif (
                is_section
                and (text.startswith("方面", m.end) or _OWN_STATISTICS.match(text, m.end) is not None)
                and (heading := NUMBERED_LINE.search(text, line_end)) is not None
            ):
                # 香港方面，…。 / 澳门…统计暨普查局资料显示，… up to the next numbered heading (三、合作区2026年：…),
                # which is the text's own again
                revert = (heading.start(), self.doc_region)
        if revert is not None:
            self.events.append(revert)

    def _opens_paragraph(self, start: int, line_end: int, context: Region | None) -> Region | None:
        """The region a paragraph opens with as its subject (惠州市博罗县成为…, 揭阳普宁市则…), when it lies below the
        region in force; None otherwise (a speaker, a list of regions, a short name, the same region)."""
        if context is None or line_end - start < 30:
            return None
        text = self.text
        end, surface = start, None
        # 惠州市博罗县, 揭阳普宁市: a city's name before its county's; the county is the subject
        while (more := self.surface_starting_at(end)) is not None:
            surface, end = more, end + len(more)
        if (
            surface is None
            or surface[-1] not in "市区县旗"
            or _TITLE.match(text, end)
            or text.startswith(("、", "和", "与", "及"), end)
        ):
            return None
        region = self._resolve(surface, context)
        if region is None or region == context or context not in self.idx.ancestors(region):
            return None
        return region

    def _department_region(self, level: str, context: Region | None) -> Region | None:
        """市XX局 -> the city of the current context (a county-level city's own); 区XX局 -> the current district."""
        if context is None:
            return None
        if level == "市":
            if context.level == "city" or context.level == "district" and context.name.endswith("市"):
                return context  # (市人大 in 晋江市, a county-level city: its own)
            if context.level == "district":
                parent = self.idx.parent(context)
                return parent if parent is not None and parent.level == "city" else context
            return None
        return context if context.level == "district" else None

    def subject_region(
        self, sentence_start: int, pos: int, context: Region | None, sentence_end: int | None = None
    ) -> Region | None:
        """The nearest region named as the subject of a figure at `pos`, within its sentence.

        Only positions where a subject cue (or an indicator alias, or the figure itself) starts are looked at, and
        a region name must end exactly there: cheaper than scanning the sentence for thousands of names.
        """
        found = self._subject_cache.get(sentence_start)
        if found is None:
            # up to the sentence end: names after it are never before a figure of this sentence (and no cue crosses
            # a sentence separator, so the candidates before it are the same as with a longer scan)
            if sentence_end is None:
                end = _SENTENCE_END.search(self.text, pos)
                sentence_end = len(self.text) if end is None else end.start()
            cands = self._subject_candidates(sentence_start, sentence_end)
            found = self._subject_cache[sentence_start] = (cands, [p for p, _ in cands])
        cands, offsets = found
        for k in range(bisect.bisect_right(offsets, pos) - 1, -1, -1):
            p, surface = cands[k]
            if (p in self._openers or self._listed(p, surface)) and _SUB_START.search(self.text, p, pos):
                # a region opening an earlier part of the sentence (…；惠来县依托…；), or one of a list there
                # (推动台山、开平、恩平4个县（市）…均增长5%以上；新建高标准农田…), is that part's only
                continue
            if _is_base(self.text, p - len(surface)):
                continue  # 占广州全市的比重: the whole the share is of, not the subject
            whole = next(
                (
                    w
                    for w in WHOLE.finditer(self.text, p, pos)
                    # (成都实现地区生产总值…，占四川全省的36.3%: the whole a share is of is no subject)
                    if not self.text.endswith(_STAGE_BEFORE, 0, w.start()) and not self._share_goes_on(p, w.start())
                ),
                None,
            )
            if whole:
                if whole.start() == p and _RANKING.match(self.text, whole.end()):
                    continue  # 高于江门全市平均水平: the city as a yardstick, not as the subject
                # 慈溪市提出，今年全市…: the whole of the region just named; otherwise (…。全市…) back to the
                # speaker's region
                region = self._resolve(surface, context)
                if region is not None and region.name.endswith(whole.group(0)[1]):
                    return region
                return None
            region = self._resolve(surface, context)
            if region is not None:
                return region
        return None

    def _share_goes_on(self, end: int, whole: int) -> bool:
        """Whether the whole at `whole` is what a share of the region named ending at `end` is taken of, in a clause
        that goes on with that region (成都实现地区生产总值…，占四川全省的36.3%; not 雷州市、徐闻县要…，县域经济占全市
        比重…, whose clause has a subject of its own)."""
        text = self.text
        if not _is_base(text, whole):
            return False
        share = text.rfind("占", end, whole)
        opening = max(text.rfind("，", end, share), text.rfind("；", end, share), end - 1) + 1
        own = text[opening:share].replace("地区生产总值", "")  # (its 区 names no place)
        return len(own) <= 8 and _OWN_SUBJECT.search(own) is None

    def _listed(self, end: int, surface: str) -> bool:
        """Whether the region name ending at `end` is one of a list (台山、开平、恩平)."""
        return self.text[end : end + 1] == "、" or self.text[end - len(surface) - 1 : end - len(surface)] == "、"

    def _subject_candidates(self, start: int, end: int) -> list[tuple[int, str]]:
        """(end offset, name) of every region name in text[start:end] that is followed by a subject cue."""
        text = self.text
        out: list[tuple[int, str]] = []
        search = _subject_cue().search
        pos = max(start - 1, 0)  # the character before a cue may lie before `start`
        while (m := search(text, pos, end)) is not None:
            p = m.start(1)
            pos = m.end() - 1  # the next cue may start right after this one
            surface = self._surface_ending_at(p, start)
            if surface is None:
                continue
            if _TITLE.match(text, p) and text.startswith(("委", "人大", "政协", "党", "副", "常务"), p):
                continue
            if self._zones and m.group(1).startswith("经济") and _zone_name_after().match(text, p):
                continue  # 湛江经济技术开发区 in a zone's own text: the zone named after its region, no subject
            if (
                text[p : p + 1].isdigit()
                and surface in self.idx.common_short_names()
                and getattr(self._resolve(surface, None), "level", "district") == "district"
            ):
                continue  # 全省新建5G基站3万个: a verb, not 新建区 (but 长沙2025年…: the city)
            out.append((p, surface))
        # 惠来县依托石化基地，固定资产投资增长30%: a region that opens the sentence or a part of it after ； is its
        # subject, whatever word follows it
        opening = [start, *(m.end() for m in _SUB_START.finditer(text, start, end))]
        if "其中" in text[start:end]:
            opening += [m.end() for m in _PART_OPEN.finditer(text, start, end)]
        # …长兴县接待游客2800万人次，安吉县接待游客超过3200万人次: a region named in full opening a clause (not
        # a province's short name, which opens company names: 广东金雅新材料项目)
        clause_open = {m.end() for m in _CLAUSE_COMMA.finditer(text, start, end)}
        opening += sorted(clause_open)
        # 对于云安区，他要求…确保规上工业增加值增长12%以上: the region a sentence opens as its topic
        topics = {m.end() for a in opening if (m := _TOPIC.match(text, a)) is not None}
        opening += sorted(topics)
        # 支持桂林建设世界级旅游城市，全年接待游客…: the region a task backs, opening its sub-sentence
        backed = {a + 2 for a in opening if text.startswith(("支持", "推动"), a)}
        opening += sorted(backed)
        # (a short name too, when the task follows it: 支持桂林建设…)
        topics |= {
            a
            for a in backed
            if (sf := self.surface_starting_at(a)) is not None and _BACKED_TASK.match(text, a + len(sf))
        }
        # 地区生产总值增速最快的是蕉岭县，同比增长5.9%: the region a ranking names, after 的是
        if "的是" in text[start:end] or "的为" in text[start:end]:
            opening += [m.end() for m in _RANKED_FIRST.finditer(text, start, end)]
        # 去年南康区家具产业集群产值…, 2025年，某县…: the region after a lead naming the time
        opening += [m.end() for a in opening if (m := _TIME_LEAD.match(text, a)) is not None]
        added = False
        # 落户四会市的新型储能材料项目，计划总投资35亿元: the region a project is located in
        if "落户" in text[start:end] or "位于" in text[start:end] or "会场" in text[start:end]:
            for m in _LOCATED_IN.finditer(text, start, end):
                surface = self.surface_starting_at(m.end())
                if (
                    surface is not None
                    # (a short name only before 分会场: 在吴川分会场)
                    and (surface[-1] in "省市区县旗" or text.startswith(("分会场", "主会场"), m.end() + len(surface)))
                    and (m.end() + len(surface), surface) not in out
                ):
                    out.append((m.end() + len(surface), surface))
                    added = True
        for a in opening:
            surface = self.surface_starting_at(a)
            if (
                surface is not None
                and surface[-1] not in "省市区县旗州"
                and (inner := self.surface_starting_at(a + len(surface))) is not None
                and inner[-1] in "市区县旗"
                and (outer := self._resolve(surface, None)) is not None
                and (part := self._resolve(inner, outer)) is not None
                and part.parent_code == outer.code
            ):
                a, surface = a + len(surface), inner  # 在粤西，湛江徐闻县依托…: the county its city's name leads to
            if (
                surface is not None
                and text.startswith(("（", "("), a + len(surface))
                and (inner := self.surface_starting_at(a + len(surface) + 1)) is not None
                and text.startswith(("）", ")"), a + len(surface) + 1 + len(inner))
                # (江门（深圳）投资推介会: a place outside the region before is the venue of its event)
                and (outer := self._resolve(surface, None)) is not None
                and (part := self._resolve(inner, outer)) is not None
                and outer in self.idx.ancestors(part)
            ):
                # 广东（茂名）绿色化工和氢能产业园…: the place in brackets locates it within the region before
                a, surface = a + len(surface) + 1, inner
                if (a + len(surface), surface) not in out:
                    out.append((a + len(surface), surface))
                    self._openers.add(a + len(surface))
                    added = True
                continue
            if (
                surface is None
                # a short name may begin a longer one (新会产业园, 深圳国际低碳城, 广州国际生物岛: 广州 is no 恩施州);
                # a province's hardly ever does
                or not _full_name(surface)
                and a not in topics  # (以温州为例: a short name taken as the topic)
                # (深圳继续领跑，…: a short name before an adverb is the sentence's subject)
                and not _SUBJECT_ADVERB.match(text, a + len(surface))
                and (a in clause_open or getattr(self._resolve(surface, None), "level", "") != "province")
                # (广州云芯智造科技有限公司: a short name opening a firm's name)
                or not _full_name(surface)
                and _COMPANY_NAMED.match(text, a + len(surface)) is not None
                # (广东金融高新区集聚…: a zone's name that a province's short name opens; 英德华侨工业园 is 英德's)
                or not _full_name(surface)
                and _zone_name_after().match(text, a + len(surface)) is not None
                and getattr(self._resolve(surface, None), "level", "") == "province"
                or _TITLE.match(text, a + len(surface))
                or text.startswith("、", a + len(surface))
            ):
                continue  # no full name, a speaker or department (县委…), or a list of regions (handled as such)
            if (a + len(surface), surface) not in out:
                out.append((a + len(surface), surface))
                self._openers.add(a + len(surface))
                added = True
        first_comma = text.find("，", start, min(end, start + 15))
        if first_comma > start and (surface := self._surface_ending_at(first_comma, start)) is not None:
            lead = first_comma - len(surface)
            if (lead == start or text[lead - 1] in "省市城区县的") and (first_comma, surface) not in out:
                # 经济第一大省广东，2025年地区生产总值…: the region a descriptor names, then the sentence about it
                out.append((first_comma, surface))
                added = True
        out = [c for c in out if not self._partner(c[0], c[1])]
        return sorted(out) if added else out

    def _partner(self, end: int, surface: str) -> bool:
        """Whether the region named at text[end - len(surface):end] is a partner, not the subject: 对澳门进出口,
        为澳门青年提供…; and a special administrative region before the people or firms it qualifies (澳门中小企业,
        香港高校), in a report on the mainland."""
        text = self.text
        start = end - len(surface)
        if start > 0 and text[start - 1] in "对向赴为与同":
            return True
        if not text.startswith(_QUALIFIED, end):
            return False
        region = self._resolve(surface, None)
        return region is not None and region.code[:1] == "8"

    def _surface_ending_at(self, p: int, floor: int) -> str | None:
        """The longest region name ending at `p` and starting at or after `floor`, or None."""
        text = self.text
        if p - floor < 2 or text[p - 2 : p] not in _name_endings():
            return None  # names have two characters or more
        lengths = _lengths_by_char()[1].get(text[p - 1])
        if lengths is None:
            return None
        names = _surface_set()
        limit = p - floor
        for k in lengths:
            if k <= limit and (surface := text[p - k : p]) in names:
                return surface
        return None

    def attribute(self, sentence_start: int, pos: int) -> Attribution:
        """The region a figure at clean offset `pos` is about."""
        region = self.region_at(sentence_start, pos)
        if region is None and self.redacted_doc:
            return Attribution(None, True, self.clues())
        return Attribution(region, False, "")

    def region_at(self, sentence_start: int, pos: int, sentence_end: int | None = None) -> Region | None:
        """The region of `attribute`, without the clues of a redacted document (`sentence_end`: where the sentence
        holding `pos` ends, when the caller knows it)."""
        k = bisect.bisect_right(self._event_pos, pos) - 1
        context = self.events[k][1] if k >= 0 else self.doc_region
        found = self.subject_region(sentence_start, pos, context, sentence_end)
        if found is not None:
            return found
        if (speaker := self._speaker_after_quote(pos, context)) is not None:
            return speaker
        if "该" in self.text[sentence_start:pos] and (named := self._that_region(sentence_start, pos, context)):
            return named
        if context is None and (whole := WHOLE.search(self.text, sentence_start, pos)) is not None:
            # 据广东省统计局数据，上半年全省实现地区生产总值…, in a round-up with no region of its own: the whole of
            # the region of that level the sentence named before it
            named = self._named_whole(sentence_start, whole.start(), whole.group(0)[1])
            clause_start = max(self.text.rfind(c, sentence_start, pos) for c in "，；：、") + 1
            if (
                named is None
                and self.town
                and self.doc_region is not None
                and (own := WHOLE.search(self.text, clause_start, pos)) is not None
                and own.group(0)[1] in "省市"
                and not _RANKING.match(self.text, own.end())
            ):
                # 全市地区生产总值预期增长5.5%左右 in a town's text: the town's city (or province), when the whole opens
                # the figure's own clause
                named = self._ancestor(self.doc_region, own.group(0)[1])
            return named
        if context is None or context.level == "province":
            return context
        text = self.text
        if context.level == "district" and not context.name.endswith("市") and "全市" in text[sentence_start:pos]:
            clause_start = max(text.rfind(c, sentence_start, pos) for c in "，；：、") + 1  # the figure's clause
            parent = self.idx.by_code(context.parent_code) if context.parent_code else None
            whole_city = text.find("全市", clause_start, pos)
            if whole_city >= 0 and not _is_base(text, whole_city) and parent is not None and parent.level == "city":
                return parent  # 会议强调，确保一季度全市规上工业增加值… after a county's speaker: the city
        if "全省" not in text[sentence_start:pos]:
            return context
        wholes = [
            m
            for m in WHOLE.finditer(text, sentence_start, pos)
            if not is_yardstick(text, m.start(), m.end())
            and not _is_base(text, m.start())
            # 在全省“两个中心”建设中挑大梁, 打造全省农产品加工第一区: the province as the stage, not the subject
            and not text.endswith(_STAGE_BEFORE, 0, m.start())
        ]
        if wholes and wholes[-1].group(0) == "全省":
            # 全省地区生产总值… in a city's text: the province's figure, not the city's
            province = context
            while province.parent_code is not None and (up := self.idx.by_code(province.parent_code)):
                province = up
            return province
        return context

    def _speaker_after_quote(self, pos: int, context: Region | None) -> Region | None:
        """\n“去年我们新引进亿元以上项目41个…。”英德市有关负责人说 (or after a sentence's end: …表态。“今年全区力争…。”
        南沙区委书记某某说。): the region of the official who speaks the quotation holding `pos`, when it opens its
        paragraph or sentence and the speaker is named right after it, else None."""
        text = self.text
        open_at = text.rfind("“", max(0, pos - _QUOTE_SPAN), pos)
        if open_at < 0 or text.find("”", open_at, pos) >= 0 or text[open_at - 1 : open_at] not in _QUOTE_OPENS:
            return None  # (a quotation that opens its paragraph or sentence: one after 说： is its speaker's before)
        close = text.find("”", pos, pos + _QUOTE_SPAN)
        if close < 0 or (surface := self.surface_starting_at(close + 1)) is None:
            return None
        says = _OFFICIAL_SAYS.match(text, close + 1 + len(surface))
        # (…。“…。”荔湾区委书记表示，荔湾区要…: the next speaker's words begin, the quotation is not his)
        if says is None or text[open_at - 1 : open_at] not in ("", "\n") and not text.startswith("。", says.end()):
            return None
        return self._resolve(surface, context)

    def _that_region(self, start: int, pos: int, context: Region | None) -> Region | None:
        """该县今年…: the region of that kind named last before it (within a few sentences), else None."""
        that = max(_THAT_REGION.finditer(self.text, start, pos), key=lambda m: m.start(), default=None)
        if that is None:
            return None
        kind = that.group(1)
        k = bisect.bisect_left(self._mention_starts, that.start())
        for m in reversed(self.mentions[max(0, k - 8) : k]):
            if m.start < that.start() - 300:
                break
            region = self._resolve(m.surface, context)
            if region is not None and region.level != "province" and region.name.endswith(kind):
                return region
        return None

    def _named_whole(self, start: int, end: int, kind: str) -> Region | None:
        """The last region of the level `kind` names (省, 市, 区, 县) named in full in text[start:end], else None."""
        level = {"省": "province", "市": "city"}.get(kind, "district")
        found = None
        p = start
        while p < end:
            surface = self.surface_starting_at(p)
            if surface is None:
                p += 1
                continue
            region = self._resolve(surface, None) if _full_name(surface) else None  # (刘卫东指出: no 卫东区)
            if region is not None and region.level == level:
                found = region
            p += len(surface)
        return found

    @functools.cache  # noqa: B019 - one DocumentRegions per document, freed with it
    def clues(self) -> str:
        """Short contexts of the redacted names, so a reader can resolve them later."""
        seen: list[str] = []
        for m in re.finditer(r"[^\s，。、；：]{0,6}\*\*[^\s，。、；：]{0,6}", self.text):
            clue = m.group(0)
            if clue not in seen:
                seen.append(clue)
            if len(seen) >= 6:
                break
        named = []
        for mention in self.mentions_in(0, min(len(self.text), 1500)):
            region = self._resolve(mention.surface, None)
            # district short names are too often ordinary words (新兴, 城区); keep full names and cities
            if (
                region is None
                or region.level == "district"
                and (mention.surface != region.name or len(mention.surface) < 3)
            ):
                continue
            if region.name not in named:
                named.append(region.name)
        level = next(
            (lvl for word, lvl in (("全区", "district"), ("全县", "district"), ("全市", "city")) if word in self.text),
            "",
        )
        out = " | ".join(seen)
        if named:
            out += "; regions named in the text: " + "、".join(named[:5])
        if level:
            out += f"; level hint: {level}"
        return out
