"""Figures about no region of the table: a town or street (镇, 乡, 街道; below the county level), a functional zone
(开发区, 合作区, 新区 …; not an administrative region) or a total over several regions. Such a figure is not the
figure of the region around it (the county, the city, the speaker's region); the rows say what it is about in `note`
and leave the region empty, so that it is never merged with the region's own facts."""

from __future__ import annotations

import bisect
import functools
import re

from extract.attribute import WHOLE, DocumentRegions, is_yardstick
from extract.indicators import IndicatorHit, find_alias, strip_phrase
from extract.lexicon import alternation, lexicon
from extract.regions import town_parents
from extract.rows import GROUP_TOTAL_NOTE, TOWN_NOTE, ZONE_NOTE
from extract.segment import BULLETS, EMOJI, HEADING_LEAD, KEYCAP, RULE_LINE, Segments, after_lead

_FIGURE_HINT = re.compile(r"\d|两位数|倍增|翻番|翻一番")  # a figure in the clause, for a cheap first test
# what may stand between a town or zone opening its sentence and the indicator of its figure (…全年完成固定资产投资…)
_LEAD_GAP = re.compile(r"(?:今年|全年|明年|要|将|力争|确保|争取|计划|完成|实现|的)*")
_ASPECT = re.compile(r"在[\u4e00-\u9fff]{1,10}方面")  # 在镇域发展方面，…: the topic, not the subject
_TOPIC_CLAUSE = re.compile(r"[\u4e00-\u9fff]{2,8}[，,](?=[\u4e00-\u9fff]{2,12}、)")  # 北部生态发展区，…、
_WHEN_CLAUSE = re.compile(r"(?:今年|明年|全年|下半年|\d{4}年)[，,]")  # a clause that only says when
_BASED_ON = "依托|立足|围绕|聚焦|紧扣|发挥"  # 蓝塘镇依托产业转移工业园，…: what the town builds on, as its subject
# a part of the year between a town or zone and its indicator (新塘镇上半年规上工业产值…)
_PART_OF_YEAR = r"上半年|下半年|[一二三四]季度|前三季度|\d{1,2}(?:[-—至]\d{1,2})?月(?:份)?"
_PLAN_SPAN = r"[“\"]?十[一二三四五六七八九]五[”\"]?(?:期间|时期)?"  # 东湖高新区“十五五”期间地区生产总值…
# 一、 / 2. / （三） / ③ before the subject of a list item (not 一、二产业: a list of numbers)
_ITEM_MARK = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[）)]|[①-⑳])(?![一二三四五六七八九十])"
)
# 长安：冲刺GDP千亿镇, 松山湖：科创引擎加速跑: a sub-heading on a place named short, over a section on it
_SECTION_HEAD = re.compile("^" + HEADING_LEAD + r"([\u4e00-\u9fff]{2,4})[：:][^\n。]{2,20}$", re.MULTILINE)
# 📍小榄镇 / ■火炬开发区 on a line of its own: a heading over the place's figures, up to the next such line or rule
_PLACE_LINE = re.compile(r"^[ \t\u3000" + BULLETS + EMOJI + r"]*([\u4e00-\u9fff]{2,12})[ \t\u3000]*$", re.MULTILINE)
# 北滘镇：…, 📍红旗镇：… (a line labelled with its town)
_LABEL_LEAD = r"(?:[ \t\u3000" + BULLETS + EMOJI + r"\-—·•]|" + KEYCAP + r")*"  # what opens a labelled line
_ZONE_LABEL = re.compile(_LABEL_LEAD + r"([\u4e00-\u9fff]{2,14})[：:]")  # 🔹前山商务区：… (a zone's line)
_TOWN_LABEL = re.compile(_LABEL_LEAD + r"([\u4e00-\u9fff]{2,4}(?:镇|街道|乡))[：:]")  # (1️⃣拱北街道：…)
# 平湖两个街道, 勒流三个镇街: the last of the places listed, their count and their kind
_COUNTED_TOWNS = re.compile(
    r"[\u4e00-\u9fff]{0,3}?(?P<count>[两二三四五六七八九十](?:个[\u4e00-\u9fff]{0,4}?大?)?)(镇街|镇|街道|乡)"
)  # (福海四个工业大街道: what kind of town, between 个 and the kind)
_VIEW_LEAD = re.compile(r"(?:分|从)[\u4e00-\u9fff]{1,6}(?:看|来看)[，,]")  # 分镇街看，, 从园区来看，
_ZONE_NAME_BREAK = re.compile(
    r"去年|今年|明年|上年|年内|上半年|下半年|前三季度|[一二三四]季度|计划|作为|用于|支持|继续|推动|助力|要求|提出|表示|另据|据"
    r"|记者从|向|在|对|与|和|及|是"
)  # words no zone name holds
_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}年(?:全年|上半年|前三季度|一季度)?[，,]?")
_DATELINE = re.compile(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:讯|电)?")
_SPEECH_END = re.compile(r"(?:提出|表示|指出|强调|要求|说|显示|明确)$")  # a clause that introduces what is said
# a number of regions: 珠三角9市, 10个县（市、区）, 三区
_REGION_COUNT = (
    r"(?:\d+|[两三四五六七八九十]+)个?(?:万亿|千亿|GDP万亿|经济大)?"  # (四个万亿城市…合计)
    r"(?:地级市|城市|省份|省|市|城|县（市、区）|县\(市、区\)|县区|区县|县|区|镇|街道|地)"
)
_GROUP_OF_REGIONS = re.compile(r"[\u4e00-\u9fff]{0,8}?" + _REGION_COUNT)  # …合计: a total over that many
_DONE_VERB = re.compile(r"(?:全年)?(?:完成|实现)")
_MACRO_VERB = re.compile(r"(?:安排|完成|实现|新增|引进|签约|开工|共有|拥有)")
_BARE_GROWTH = re.compile(r"(?:比上年|同比)?(?:增长|下降)$")
_GROUP_LEAD = re.compile(
    r"^[\u4e00-\u9fff]*(?:年|其中|推动|支持|带动|从|的|和|与)(?=[\u4e00-\u9fff]*?(?:\d|[两三四五六七八九十]))"
)
# 三区工业投资总额…, 两区…均…, 大湾区内地九市去年经济总量…: regions counted as the subject
_COUNTED_GROUP = re.compile(r"((?:[\u4e00-\u9fff]{2,6}?)?" + _REGION_COUNT + r")(?:去年|今年|全年|上年|已经|已)*")


def _past_lead_and_year(text: str, start: int, end: int) -> int:
    """Where text[start:end] goes on after its lead (bullets, topics) and a year that opens it (2025年，…)."""
    a = after_lead(text, start, end)
    year = _YEAR_FIRST.match(text, a, end)
    return year.end() if year is not None else a


def _not_town(text: str, start: int, end: int) -> bool:
    """Whether the town-like name ending at `end` is a word of the not_town cues (城镇, 全镇, 特色镇 …), unless a
    township has that very name (新城镇, extract/data/towns.csv), or the 乡 of 乡村."""
    if text[end - 1 : end] == "乡" and text.startswith("村", end):
        return True  # 创建乡村振兴示范村42个: 乡村 (the countryside), no township 创建乡
    m = _patterns()["not_town"].search(text, start, end)
    if m is None:
        return False
    towns = town_parents()
    return not any(text[end - k : end] in towns for k in (3, 4) if end - k >= start and k > len(m.group(0)))


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    # a zone's kind (开发区, 合作区 …) ends its name; a few well-known zones go by a short name (前海, 横琴), which is
    # the zone only where no name ending in a kind is (前海合作区 whole)
    kinds, names = alternation(lex.cue_words("zone_suffix")), alternation(lex.cue_words("zone_name"))
    zone_ends = f"{kinds}|{names}"
    # (广州花都（佛冈）产业转移工业园: a bracketed place inside the name)
    inner = r"[(（][\u4e00-\u9fff]{2,4}[)）]"
    zone = rf"(?:(?:[\u4e00-\u9fff]|{inner}){{0,12}}?(?:{kinds})|[\u4e00-\u9fff]{{0,12}}?(?:{names}))"
    return {
        "group_total": re.compile(alternation(lex.cue_words("group_total"))),
        # 珠三角核心区, 粤东地区, 苏北: a part of a province or of the country made of several regions (cues.csv)
        "macro_region": re.compile(
            rf"({alternation(lex.cue_words('macro_region'))})(?:地区(?!生产总值)|各市)?(?:今年|去年|全年|上年|的)*"
        ),
        # 狮山镇地区生产总值: a town or street right before the indicator (time words and markers may come between)
        "town": re.compile(
            rf"[\u4e00-\u9fff]{{2,3}}(?:{alternation(lex.cue_words('town_suffix'))})"
            rf"(?=(?:今年|全年|明年|去年|上年|\d{{4}}年|{_PART_OF_YEAR}|要|将|的|则|也|还|提出|实现|完成|"
            rf"{alternation(lex.cue_words('commitment'))})*$)"
        ),  # (小榄镇2025年地区生产总值…: a year between the town and its indicator)
        # a sentence that opens with a town or zone and a verb of what it is to do (要, 作为, 将 …)
        "subject_kind": re.compile(f"{alternation(lex.cue_words('town_suffix'))}|{zone_ends}"),
        "town_subject_opening": re.compile(
            rf"([\u4e00-\u9fff]{{2,3}}?(?:{alternation(lex.cue_words('town_suffix'))}))(?:今年|全年)?(?:要|作为|将|必须|务必|是|以|{_BASED_ON})"
        ),
        # 广海湾经济开发区是主战场，要…; 佛山高新区南海园要… (a park of the zone, named after it)
        "zone_subject_opening": re.compile(
            rf"({zone}(?:[\u4e00-\u9fff]{{2}}园区?)?)"
            rf"(?:今年|全年)?(?:要|作为|将|必须|务必|是|{_BASED_ON})"
        ),
        "town_lead": re.compile(rf"([\u4e00-\u9fff]{{2,3}}?(?:{alternation(lex.cue_words('town_suffix'))}))"),
        "not_town": re.compile(f"(?:{alternation(lex.cue_words('not_town'))})$"),
        # quick tests: whether a clause names any town or zone kind at all
        "town_hint": re.compile(alternation(lex.cue_words("town_suffix"))),
        "zone_hint": re.compile(zone_ends),
        # 苏州工业园区, 前海深港现代服务业合作区: a functional zone, named as the subject before the indicator
        "zone": re.compile(rf"({zone})"),
        "zone_kind": re.compile(rf"[\u4e00-\u9fff]{{0,12}}?(?:{kinds})"),
        # the zone as the subject: only time words, markers and verbs between it and the indicator
        "zone_opener": re.compile(rf"{zone}(?=(?:还|则|也)?(?:提出|表示|明确|方面|定位|以))"),
        "zone_subject": re.compile(
            rf"{zone}(?:[\u4e00-\u9fff]{{2}}园区?)?"
            rf"(?=(?:今年|去年|全年|明年|\d{{4}}年|{_PART_OF_YEAR}|要|将|也|则|的|计划|实现|完成|达到|提出|表示|明确|的?目标[是为]|"
            rf"{_PLAN_SPAN}|"
            rf"{alternation(lex.cue_words('commitment'))})*$)"
        ),
    }


def kinds_of(shared: str) -> tuple[str, ...]:
    """The town kinds a shared suffix stands for: 镇街 (勒流三个镇街) is either; '' is none."""
    return ("镇", "街道") if shared == "镇街" else (shared,) if shared else ()


class SubAreas:
    """Towns, zones and groups of regions in one document (its normalised text, segments and regions)."""

    def __init__(self, text: str, seg: Segments, regions: DocumentRegions) -> None:
        self.t = text
        self.seg = seg
        self.regions = regions
        self._kinds: dict[int, bool] = {}  # _opens_with_kind's memo
        self._sections: list[tuple[int, int, str]] | None = None  # see section_place
        self._counted_kind: dict[int, tuple[int, str]] = {}  # see shared_town_suffix

    def no_region_of_its_own(self, sentence_start: int, clause_start: int, pos: int, hit: IndicatorHit) -> str:
        """The note of a figure that has no region of its own in the region table, else '': a total over several
        regions ('total of A、B'), a town's or street's figure ('town X'), a functional zone's headline figure
        ('zone X'; a park's land or projects are given to the region it lies in, as the gold annotations do)."""
        # the clause that names the indicator, when the figure takes it from an earlier clause of its sentence
        # (珠三角核心区地区生产总值115260亿元，增长3.4%: the growth of the level's subject; but …合计突破2000亿元，
        # 全市增长5% names a subject of its own)
        hs = self.seg.at(hit.start)[3][0] if sentence_start <= hit.start < clause_start else clause_start
        if hs < clause_start and (
            WHOLE.search(self.t, clause_start, pos) or self.regions.mentions_in(clause_start, pos)
        ):
            hs = clause_start
        if group := self._region_group(sentence_start, hs, pos):
            return f"{GROUP_TOTAL_NOTE} {group}"
        if hs > sentence_start and self.t.startswith("占", hs):
            # 珠三角9市制造业投资合计增长5.2%，占全省制造业投资的比重为73.8%: the share of the total just told
            before = self.seg.bounds("clause", hs - 2)[0]
            if group := self._region_group(sentence_start, before, hs - 1):
                return f"{GROUP_TOTAL_NOTE} {group}"
        if (macro := self._macro_subject(hs, pos)) is not None:
            # 珠三角核心区地区生产总值占全省比重为80.6%, 粤东西北地区生产总值增长4.8%: a part of a province made of
            # several cities (cues.csv role macro_region), no region of its own
            return f"{GROUP_TOTAL_NOTE} {macro}"
        if hs <= hit.start < pos and hit.start - hs >= 2:
            a, _ = strip_phrase(self.t, hs, hit.start)
            if (counted := _COUNTED_GROUP.fullmatch(self.t, a, hit.start)) is not None:
                return f"{GROUP_TOTAL_NOTE} {counted.group(1)}"
        line_start = self.t.rfind("\n", 0, pos) + 1
        if (label := _TOWN_LABEL.match(self.t, line_start, pos)) is not None:
            return f"{TOWN_NOTE} {label.group(1)}"  # 北滘镇：地区生产总值增长6%，…; (a line labelled with its town)
        if (
            hit.tier == 1
            and (label := _ZONE_LABEL.match(self.t, line_start, pos)) is not None
            and self.is_zone(label.group(1))
            and label.group(1) not in self.regions.surfaces
        ):
            return f"{ZONE_NOTE} {label.group(1)}"  # 🔹南屏科技工业园：规上工业总产值增长10%以上 (a zone's line)
        if town := self._town(hs, pos, hit):
            return f"{TOWN_NOTE} {town}"
        zone = self._zone(hs, pos, hit, sentence_start) if hit.tier == 1 else ""
        sub_start = self.seg.at(pos)[2][0]
        if not zone and hs > sub_start and self._opens_with_kind(sub_start):
            subject = self._sentence_subject(sub_start, hs, pos, hit.tier)
            if not subject.startswith(f"{ZONE_NOTE} "):
                return subject
            zone = subject.removeprefix(f"{ZONE_NOTE} ")
            if (cut := _ZONE_NAME_BREAK.split(zone)[-1]) in lexicon().cue_words("zone_suffix"):
                zone = cut  # 去年合作区…: the zone named by its kind after a time word
        if zone and zone in lexicon().cue_words("zone_suffix"):
            # 开发区将…: the zone whose head has the floor, or the last one named in full before (横琴粤澳深度合作区…。
            # 合作区地区生产总值…), by its name
            zone = self.regions.zone_at(pos) or self._named_before(zone, hs) or zone
        return f"{ZONE_NOTE} {zone}" if zone else ""

    def _macro_subject(self, clause_start: int, pos: int) -> str | None:
        """The part of a province or country (珠三角核心区, 粤东西北) that opens the clause at `clause_start`, right
        before a known indicator, else None."""
        t = self.t
        a, _ = strip_phrase(t, clause_start, pos)
        m = _patterns()["macro_region"].match(t, a, pos)
        if m is None:
            return None
        alias = find_alias(t, m.end(), min(pos, m.end() + 12), True)
        if alias is not None and alias.start == m.end():
            return m.group(1)
        # (…，中部地区增长6.6%: a bare growth, of the indicator before; 关中地区安排项目392个: what the part did)
        return m.group(1) if _BARE_GROWTH.match(t, m.end(), pos) or _MACRO_VERB.match(t, m.end(), pos) else None

    def _named_before(self, kind: str, pos: int) -> str:
        """The last zone of this kind (合作区) named in full before offset `pos` (the clause that names it bare),
        within a few paragraphs, else ''."""
        t = self.t
        at = t.rfind(kind, max(0, pos - 1500), pos)
        while at >= 0:
            clause_start = self.seg.at(at)[3][0]
            a = max(clause_start, at - 12, t.rfind("的", 0, at) + 1)  # 社会各界关注的横琴粤澳深度合作区: after 的
            a, b = strip_phrase(t, a, at + len(kind))
            a = _past_lead_and_year(t, a, b)  # (2025年横琴粤澳深度合作区实现…: after the year)
            if b == at + len(kind) and (found := _patterns()["zone"].match(t, a, b)) and found.end() == b:
                # (…基金年内计划向合作区, 去年合作区: the name starts after the last such word, if it is one)
                name = _ZONE_NAME_BREAK.split(found.group(0))[-1]
                if len(name) > len(kind) and self.is_zone(name):
                    return name
            at = t.rfind(kind, max(0, pos - 1500), at)
        return ""

    def _full_name_before(self, short: str, pos: int) -> str:
        """The full name (ending in a zone kind) of the zone named `short` that the text gave within a few
        paragraphs before offset `pos` (松山湖高新区 for 松山湖), else `short`."""
        t = self.t
        at = t.rfind(short, max(0, pos - 1500), pos)
        while at >= 0:
            if (m := _patterns()["zone_kind"].match(t, at)) is not None and not _ZONE_NAME_BREAK.search(m.group()):
                return m.group()
            at = t.rfind(short, max(0, pos - 1500), at)
        return short

    def opening_places(self, clause_start: int) -> list[tuple[int, int]]:
        """The spans of the places (regions or towns) listed at the opening of the sub-sentence holding the clause at
        `clause_start`, before it: 共和镇、址山镇要… / 光明、坪山两区要…; [] when it does not open with two or more."""
        t = self.t
        sub_start = self.seg.at(clause_start)[2][0]
        first_start, _ = self._opening_clause(sub_start)
        first_start = after_lead(t, first_start, clause_start)  # (📍平沙镇、…)
        if (mark := _ITEM_MARK.match(t, first_start, clause_start)) is not None:
            first_start = mark.end()  # （二）司前镇、大泽镇要…: the number of a list item
        if (view := _VIEW_LEAD.match(t, first_start, clause_start)) is not None:
            first_start = view.end()  # 分镇街看，永和街道、云埔街道作为工业大街，…分别…: the angle, then the places
        if (when := _WHEN_CLAUSE.match(t, first_start, clause_start)) is not None:
            first_start = when.end()  # 今年，赤坎区、霞山区要…: the year, then the places
        elif (topic := _TOPIC_CLAUSE.match(t, first_start, clause_start)) is not None and "、" not in topic.group():
            first_start = topic.end()  # 北部生态发展区，乐昌、仁化两地…: the part of the province, then the places
        comma = t.find("，", first_start, clause_start)
        end = comma if comma >= 0 else clause_start - 1
        if end <= first_start or "、" not in t[first_start:end]:
            return []
        spans: list[tuple[int, int]] = []
        a = first_start
        for part in t[first_start:end].split("、"):
            spans.append((a, a + len(part)))
            a += len(part) + 1
        x, y = spans[0]
        if (city := self.regions.surface_starting_at(x)) is not None and x + len(city) < y:
            inner = self.regions.surface_starting_at(x + len(city))
            if inner is not None and x + len(city) + len(inner) == y:
                spans[0] = (x + len(city), y)  # 韶关市乐昌、仁化两地: the city, then its counties listed
        shared = self.shared_town_suffix(spans)
        spans = self.cut_counted(spans)

        def place(name: str) -> bool:
            return self.is_place(name) or any(self.is_place(name + kind) for kind in kinds_of(shared))

        # the places listed, up to the part that goes on after a place's name (司前镇、大泽镇要做强五金、不锈钢产业:
        # the list ends with 大泽镇)
        k = next((k for k, (x, y) in enumerate(spans) if not place(t[x:y])), len(spans) - 1)
        if k == 0:
            return []
        spans = spans[: k + 1]
        x, y = spans[-1]
        n = next((n for n in range(min(y - x, 12), 1, -1) if place(t[x : x + n])), 0)
        if not n:
            return []
        spans[-1] = (x, x + n)
        return spans

    def _opening_clause(self, sentence_start: int) -> tuple[int, int]:
        """The clause that opens the (sub-)sentence at `sentence_start`, after a dateline and a speech introduction
        (2029年1月8日，茂名市政府工作报告提出，…)."""
        start, end = self.seg.at(sentence_start)[3]
        for _ in range(3):
            if not (
                _SPEECH_END.search(self.t, start, end)
                or _DATELINE.fullmatch(self.t, start, end)
                or _ASPECT.fullmatch(self.t, start, end)
                or _ITEM_MARK.fullmatch(self.t, start, end + 1)  # 一、会城街道要…: the number of a list item
            ):
                break
            if end + 1 >= len(self.t) or self.t[end] in "。；;!?！？\n":
                break
            start, end = self.seg.at(end + 1)[3]
        return start, end

    def _opens_with_kind(self, sentence_start: int) -> bool:
        """Whether the opening clause of the (sub-)sentence at `sentence_start` names a town or zone kind (镇, 街道,
        开发区 …; rare), memoised per sentence."""
        found = self._kinds.get(sentence_start)
        if found is None:
            first_start, first_end = self._opening_clause(sentence_start)
            found = self._kinds[sentence_start] = bool(
                _patterns()["subject_kind"].search(self.t, first_start, first_end)
            )
        return found

    def _sentence_subject(self, sentence_start: int, clause_start: int, pos: int, tier: int) -> str:
        """'town X' / 'zone X' when the (sub-)sentence starting at `sentence_start` opens with a town or zone as its
        subject (广州开发区要扛起…重任，规上工业总产值…) and names no region before the figure; else ''."""
        t = self.t
        pats = _patterns()
        first_start, first_end = self._opening_clause(sentence_start)
        if first_end >= clause_start or not pats["subject_kind"].search(t, first_start, first_end):
            return ""  # the first clause names no town or zone (nearly always)
        a, _ = strip_phrase(t, first_start, first_end)
        if (mark := _ITEM_MARK.match(t, a, first_end)) is not None:
            a, _ = strip_phrase(t, mark.end(), first_end)  # 一、会城街道要…: an item of a numbered list
        zone = pats["zone_subject_opening"].match(t, a, first_end)
        town = None if zone else pats["town_subject_opening"].match(t, a, first_end)
        if zone is None and town is None and _FIGURE_HINT.search(t, a, first_end):
            # 狮山镇规上工业总产值确保突破3000亿元，工业投资增长20%以上: a town or zone whose figure opens the
            # sentence, its indicator right after its name, is the subject of the clauses after it too
            zone = pats["zone"].match(t, a, first_end)
            town = None if zone else pats["town_lead"].match(t, a, first_end)
            opening = zone or town
            if opening is not None and (hit_after := find_alias(t, opening.end(1), first_end, True)) is not None:
                if not _LEAD_GAP.fullmatch(t, opening.end(1), hit_after.start):
                    zone = town = None  # something else comes between the name and the indicator
            else:
                zone = town = None
        if zone is None and town is None and not _FIGURE_HINT.search(t, a, first_end):
            # 丹霞街道做旺文旅产业，…接待游客…, 工业重镇董塘镇依托…，…: a town of the text's region in the gazetteer
            # that opens the sentence is its subject, whatever it does (after a word for what kind of town it is)
            for lead in (a, *(k + 1 for k in range(a + 1, min(a + 5, first_end)) if t[k] == "镇")):
                if (
                    (named := pats["town_lead"].match(t, lead, first_end)) is not None
                    and self.regions.is_own_town(named.group(1))
                    and not t.startswith(("一家", "某", "的"), named.end(1))  # (白花镇一家电子企业负责人…: a company's)
                ):
                    town = named
                    break
        found = zone or town
        if found is None or (zone and tier != 1) or _not_town(t, a, found.end(1)):
            return ""
        if any(t[w.start() - 1] != "占" for w in WHOLE.finditer(t, first_end, pos)) or any(
            t[k.start() - 1] != "全" or not found.group(1).endswith(k.group())
            for k in pats["subject_kind"].finditer(t, first_end, pos)
        ):
            # …，全市地区生产总值… or another town or zone later in the sentence: a subject of its own (but 龙窝镇要…，
            # 全镇茶园面积…: the whole of the same town)
            return ""
        if self.regions.subject_region(found.end(1), pos, self.regions.context_at(pos)) is not None:
            return ""  # a region named as the subject later in the sentence (惠阳 of 惠阳经济开发区 is not one)
        name = found.group(1)
        if zone and self._local_region(name, pos):
            return ""  # 清新区要…: a district whose name ends like a zone's (新区) is a region of the table
        return f"{ZONE_NOTE} {name}" if zone else f"{TOWN_NOTE} {name}"

    def _region_group(self, sentence_start: int, clause_start: int, pos: int) -> str:
        """'A、B、C' when the figure at `pos` is a total (合计, 共计, 总计, in its clause) over regions listed before it
        in its sentence, else ''."""
        total = _patterns()["group_total"].search(self.t, clause_start, pos)
        if total is None:
            return ""
        names: list[str] = []
        for m in self.regions.mentions_in(sentence_start, total.start()):
            region = self.regions.resolve(m.surface, self.regions.context_at(m.start))
            if region is not None and region.name not in names:
                names.append(region.name)
        if len(names) >= 2:
            return "、".join(names)
        # 珠三角9市…合计增长5%以上: a group counted rather than listed, the last before the total (珠三角9市合计…，
        # …粤东、粤西、粤北12市合计…: the second's is 粤北12市), without the words before its name (上半年珠三角九市,
        # 推动珠三角九市, 记者日前从三地)
        groups = _GROUP_OF_REGIONS.findall(self.t, sentence_start, total.start())
        return _GROUP_LEAD.sub("", groups[-1]) if groups else ""

    def _town(self, clause_start: int, pos: int, hit: IndicatorHit) -> str:
        """The town or street (镇, 乡, 街道; below the region table) that the figure at `pos` is about, named right
        before its indicator in its clause, else ''."""
        t = self.t
        end = hit.start if clause_start <= hit.start < pos else pos
        pats = _patterns()
        if not pats["town_hint"].search(t, clause_start, max(end, hit.end)):
            return ""  # no 镇 / 乡 / 街道 in the clause (nearly always): skip the costlier test
        m = pats["town"].search(t, clause_start, end)
        if m is None and not hit.known and clause_start <= hit.start < pos:
            # 望埠镇新增茶园5000亩: a free phrase that opens with the town
            a, _ = strip_phrase(t, hit.start, hit.end)
            m = pats["town_lead"].match(t, a, hit.end)
        if m is None or _not_town(t, clause_start, m.end()):
            return ""
        name = m.group(0).lstrip("省市区县")
        if name[0] in "镇乡" and pats["town_lead"].fullmatch(name[1:]):
            name = name[1:]  # 工业重镇董塘镇: the town after a word ending in 镇 (but 镇隆镇 is a town's own name)
        return name

    def _zone(self, clause_start: int, pos: int, hit: IndicatorHit, sentence_start: int) -> str:
        """The functional zone (开发区, 合作区, 工业园区 …) that the figure at `pos` is about, named alone before its
        indicator in its clause (after lead words), else ''."""
        t = self.t
        pats = _patterns()
        if not pats["zone_hint"].search(t, min(sentence_start, clause_start), max(pos, hit.end)):
            return ""  # no zone word in the sentence (nearly always): skip the costlier test
        sub_start = self.seg.at(pos)[2][0]
        end = hit.start if clause_start <= hit.start < pos else pos
        a, b = strip_phrase(t, clause_start, end)
        # (✅火炬开发区2025年…; 2025年合作区实现地区生产总值…: the year, then the zone)
        a = _past_lead_and_year(t, a, max(a, b))
        zone_pat = pats["zone"]
        if b - a < 4 and not hit.known and clause_start <= hit.start < pos:
            # 前海合作区今年实现增加值…: a free phrase that opens with the zone
            a, b = strip_phrase(t, hit.start, hit.end)
            m = zone_pat.match(t, a, b)
        else:
            m = pats["zone_subject"].match(t, a, end)
        if m is None:
            # 大南海石化工业区提出，规上工业产值确保突破1300亿元，…: the zone that opens the sub-sentence with what it
            # sets out, for the clauses after it
            if sub_start < clause_start:
                a, _ = strip_phrase(t, sub_start, clause_start)
                m = pats["zone_opener"].match(t, a, clause_start)
        if m is None and sentence_start < sub_start and self._opens_with_indicator(sub_start, pos):
            # 获悉，2024年，三龙湾规上工业总产值达到2688亿元…；固定资产投资完成412亿元: the zone that opens a clause
            # of the sentence's first parts, for its later parts, while no region or whole is named between
            c = sentence_start
            while c < sub_start and m is None:
                c_end = self.seg.at(c)[3][1]
                a = _past_lead_and_year(t, c, c_end)
                if (named := find_alias(t, a, c_end, False)) is not None:
                    m = pats["zone_subject"].match(t, a, named.start)  # (the zone right before an indicator)
                c = c_end + 1
            if m is not None and (
                any(not is_yardstick(t, w.start(), w.end()) for w in WHOLE.finditer(t, m.end(), pos))
                or self.regions.mentions_in(m.end(), pos)
            ):
                # (…；全市规上工业总产值…, …；佛山规上工业…: the whole region, or another; not 高于全市平均水平)
                m = None
        if m is None or t[a] in "全各本我该" or (zone := m.group(0)) in self.regions.surfaces:
            return ""  # 全市开发区 (all of them), or a zone that is a region of the table
        short_names = lexicon().cue_words("zone_name")
        if len(cut := _ZONE_NAME_BREAK.split(zone)[-1]) > 2 or cut in short_names:
            zone = cut  # 报告并要求松山湖高新区…, 去年横琴…: the zone's name starts after the verb or time word
        if len(zone) <= 2 and zone not in short_names:
            # 新区 alone: the new area named in full before (翠亨新区召开…。新区地区生产总值…), else none
            if zone != "新区" or not (zone := self._named_before(zone, clause_start)):
                return ""
        if zone in short_names:
            zone = self._full_name_before(zone, clause_start)  # 松山湖高新区今年…。去年，松山湖…: the name in full
        if zone.endswith("新区") and zone[:-2] in self.regions.surfaces:
            district = self.regions.resolve(zone[:-2], self.regions.context_at(pos))
            if district is not None and district.level == "district":
                return ""  # 南沙新区: the district itself (肇庆新区 is a zone of its city)
        return zone

    def _opens_with_indicator(self, start: int, pos: int) -> bool:
        """Whether the part of a sentence at `start` opens with the indicator of a figure at `pos` (固定资产投资完成…;
        not 惠东县地区生产总值…, which names its own subject)."""
        t = self.t
        a = _past_lead_and_year(t, start, pos)
        if (verb := _DONE_VERB.match(t, a, pos)) is not None:
            a = verb.end()  # (；完成规上工业总产值4826亿元)
        named = find_alias(t, a, pos, False)
        return named is not None and named.start == a

    def shared_town_suffix(self, spans: list[tuple[int, int]]) -> str:
        """'街道' for 沙井、松岗、燕罗街道…: the town kind the last item names, when the items before it are bare
        two- or three-character names that are no region; else ''."""
        if len(spans) < 2:
            return ""
        t = self.t
        pats = _patterns()
        short = all(2 <= b - a <= 3 for a, b in spans[:-1])
        bare = short and all(t[a:b] not in self.regions.surfaces for a, b in spans[:-1])
        # (a count and a kind after the list name its places' kind, even of names that are regions elsewhere:
        # 新安、西乡两个街道 in 宝安)
        if short and (counted := _COUNTED_TOWNS.match(t, *spans[-1])) is not None:
            # 坂田、平湖两个街道…: the kind after the count of the places listed (kept for the list's last name,
            # which the caller then cuts before the count)
            self._counted_kind[spans[-1][0]] = (counted.start("count"), counted.group(2))
            return counted.group(2)
        if spans[-1][0] in self._counted_kind:
            return self._counted_kind[spans[-1][0]][1]
        last = pats["town_lead"].match(t, *spans[-1])
        if last is None or _not_town(last.group(0), 0, len(last.group(0))):
            return ""
        suffix = pats["town_hint"].search(last.group(0), 2)
        if suffix is None:
            return ""
        bare = all(2 <= b - a <= 3 and t[a:b] not in self.regions.surfaces for a, b in spans[:-1])
        return suffix.group(0) if bare else ""

    def cut_counted(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans with the last one cut before the count that shared_town_suffix found after it (平湖两个街道:
        平湖)."""
        if spans and spans[-1][0] in self._counted_kind:
            return [*spans[:-1], (spans[-1][0], self._counted_kind[spans[-1][0]][0])]
        return spans

    def section_place(self, pos: int) -> str:
        """'town X镇' / 'zone X' when `pos` lies under a sub-heading that names a town or zone by its short name
        (长安：冲刺GDP千亿镇, then 长安镇去年… below), up to the next such sub-heading; else ''."""
        if self._sections is None:
            self._sections = self._find_sections()
        for start, end, note in self._sections:
            if start <= pos < end:
                return note
        return ""

    def _find_sections(self) -> list[tuple[int, int, str]]:
        """(start, end, note) of each section under a 'short name：headline' sub-heading whose place the section
        names in full (长安 -> 长安镇, 松山湖 -> 松山湖高新区)."""
        t = self.t
        heads = list(_SECTION_HEAD.finditer(t))
        out: list[tuple[int, int, str]] = []
        for k, m in enumerate(heads):
            end = heads[k + 1].start() if k + 1 < len(heads) else len(t)
            short = m.group(1)
            if short in self.regions.surfaces and self._local_region(short, m.start()):
                continue  # 广州：… in a text on 广东: a region's section (handled by the regions)
            name = ""
            for cand in re.finditer(re.escape(short) + r"[\u4e00-\u9fff]{0,10}", t[m.end() : end]):
                text = cand.group(0)
                town = _patterns()["town_lead"].match(text)
                if town is not None and town.group(1).startswith(short):
                    name = f"{TOWN_NOTE} {town.group(1)}"
                    break
                zone = _patterns()["zone"].match(text)
                if zone is not None and self.is_zone(zone.group(0)):
                    name = f"{ZONE_NOTE} {zone.group(0)}"
                    break
            if name:
                out.append((m.end(), end, name))
        if _PLACE_LINE.search(t) is not None:
            out.extend(self._place_lines())
            out.sort()
        return out

    def _place_lines(self) -> list[tuple[int, int, str]]:
        """(start, end, note) of each section under a line that names one town or zone alone (📍小榄镇), up to the
        next such line, a rule line (━━━) or the text's end; at least two such lines, as in a list of places."""
        t = self.t
        heads = []
        for m in _PLACE_LINE.finditer(t):
            name = m.group(1)
            if self.is_town(name) and not _not_town(name, 0, len(name)):
                heads.append((m, f"{TOWN_NOTE} {name}"))
            elif self.is_zone(name) and name not in self.regions.surfaces:
                heads.append((m, f"{ZONE_NOTE} {name}"))
            elif name not in self.regions.surfaces and len(name) > 4:
                continue  # a short heading on something else (🏙️ 先看全市): it ends no section
            else:
                heads.append((m, ""))  # a region's line, or a short one: it ends the section above
        if sum(1 for _, note in heads if note) < 2:
            return []
        stops = sorted([m.start() for m, _ in heads] + [m.start() for m in RULE_LINE.finditer(t)] + [len(t)])
        out = []
        for m, note in heads:
            if note:
                end = stops[bisect.bisect_right(stops, m.start())]
                out.append((m.end(), end, note))
        return out

    def is_town(self, name: str) -> bool:
        """Whether `name` is a town's or street's name (狮山镇, 永和街道)."""
        return _patterns()["town"].fullmatch(name) is not None and _COUNTED_TOWNS.fullmatch(name) is None

    def town_part(self, name: str) -> str:
        """The town of a name that a region prefixes (潮阳区谷饶镇 -> 谷饶镇), or '' when `name` is no such thing."""
        for k in range(min(len(name) - 3, 8), 1, -1):
            if name[:k] in self.regions.surfaces and self.is_town(name[k:]):
                return "" if _not_town(name, k, len(name)) else name[k:]
        return ""

    def is_zone(self, name: str) -> bool:
        """Whether `name` is a functional zone's name (红海湾经济开发区, 华侨管理区), not a bare kind (开发区)."""
        m = _patterns()["zone"].fullmatch(name)
        return m is not None and name not in lexicon().cue_words("zone_suffix") and name[0] not in "全各本我该"

    def _local_region(self, name: str, pos: int) -> bool:
        """Whether `name` is a region of the table in the region in force at `pos` or next to it (清新区 in a text on
        清远市; not 滨海新区, a district of 天津市, in a text on 茂名市, where it is a zone)."""
        context = self.regions.context_at(pos)
        if name not in self.regions.surfaces or context is None:
            return False
        region = self.regions.resolve(name, context)
        return region is not None and (
            region.code == context.code or region.parent_code in (context.code, context.parent_code)
        )

    def is_macro(self, name: str) -> bool:
        """Whether `name` names a part of a province or country made of several regions (粤东, 珠三角核心区)."""
        return name in lexicon().cue_words("macro_region")

    def is_place(self, name: str) -> bool:
        """Whether `name` names a region of the table, a town (镇, 乡, 街道), a functional zone or a part of a
        province made of several regions (粤东、粤西、粤北…分别)."""
        return (
            name in self.regions.surfaces
            or self.is_macro(name)
            or (self.is_town(name) and not _not_town(name, 0, len(name)))
            or self.is_zone(name)
            or bool(self.town_part(name))  # 潮阳区谷饶镇
        )
