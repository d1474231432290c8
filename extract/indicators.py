"""Find the indicator a figure is about: a known alias near it, else the noun phrase before (or, for counts,
after) the number, coded by keyword."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from extract.lexicon import alternation, lexicon, read_table


class IndicatorHit(NamedTuple):
    """The indicator of a figure: its code, the words that name it and where they are (a named tuple)."""

    code: str
    text: str
    start: int  # clean offsets of the indicator phrase
    end: int
    tier: int
    known: bool  # an alias from indicators.csv (else a phrase coded by keyword)


# 在实际工作中力争增长6.5%: the setting of a clause is no part of the indicator phrase
_SETTING_LEAD = r"在[\u4e00-\u9fff]{1,8}?中"
# 9月当月, 1-2月份, 3月底前: a part of the year is no part of the indicator phrase
_MONTH_LEAD = r"\d{1,2}(?:-\d{1,2})?月(?:份|末|底|初|中旬|上旬|下旬)?前?|当月|单月"
_HORIZON_LEAD = r"(?:到|至)\d{4}年(?:底|末)?"  # 到2030年水步镇、大江镇…分别…: the horizon before a list


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    lead = [
        *lex.cue_words("lead_skip"),
        *lex.cue_words("commitment"),
        *lex.cue_words("breaker"),
        *lex.cue_words("connector"),
    ]
    tail = [
        *lex.cue_words("tail_skip"),  # 实际增长6.0% after a target: 实际 names no indicator (实际利用外资 does)
        *lex.cue_words("connector"),
        *lex.cue_words("bound_prefix"),
        *lex.cue_words("growth_verb"),
        *lex.cue_words("estimate"),
        *lex.cue_words("commitment"),
    ]
    return {
        "alias": re.compile(alternation(lex.alias_to_code)),
        "lead": re.compile(
            f"^(?:{alternation(lead)}|{_MONTH_LEAD}|{_HORIZON_LEAD}|{_SETTING_LEAD}|[“”\"'《》()\\s\\-—])+"
        ),
        "tail": re.compile(f"(?:{alternation(tail)}|[“”\"'()\\s])+$"),
        "count_lead": re.compile(f'(?:{alternation(lex.cue_words("bound_suffix"))}|的|[“”"\\s])+'),
        "keyword": re.compile(alternation(_keywords())),
        "content": re.compile(r"[\u4e00-\u9fffA-Za-z]"),
        "next_item": re.compile(r"以及|\d|[，。；、]"),
        "embedded_amount": re.compile(rf"[\d.,]+(?:{alternation(lex.units)})?(?:以上|以下)?的?"),
        "gap_ok": re.compile(
            alternation(
                [
                    *lex.cue_words("gap_word"),
                    *lex.cue_words("connector"),
                    *lex.cue_words("growth_rate_word"),
                    *lex.cue_words("growth_verb"),
                    *lex.cue_words("lead_skip"),
                    *lex.cue_words("commitment"),
                    *lex.cue_words("bound_prefix"),
                    *lex.cue_words("bound_suffix"),
                    *lex.units,
                ]
            )
            + r"|[\d.,%]"
        ),
    }


_BRACKETED = re.compile(r"\([^()]{0,12}\)")


@functools.cache
def _keywords() -> dict[str, str]:
    return {r["keyword"]: r["code"] for r in read_table("indicator_keywords")}


# the last character of a branch of industry named with 工业 (燃料加工业, 轻工业, 手工业)
_BRANCH_OF_INDUSTRY = frozenset("加轻重手")


def find_alias(text: str, start: int, end: int, percent: bool) -> IndicatorHit | None:
    """The last known indicator alias in text[start:end] (经济 alone only for a percentage)."""
    last = None
    for m in _patterns()["alias"].finditer(text, start, end):
        if m.group() == "经济" and (not percent or text[m.end() : m.end() + 1] in "区带圈体"):
            continue  # (川南经济区增长8.1%: a zone's name, not the economy)
        if m.group().startswith("工业") and text[m.start() - 1 : m.start()] in _BRANCH_OF_INDUSTRY:
            continue  # (农副食品加工业增加值增长9.6%: a branch of industry, not the whole)
        last = m
    if last is None:
        return None
    word = last.group()
    code, tier = _alias_codes()[word]
    return IndicatorHit(code, word, last.start(), last.end(), tier, True)


@functools.cache
def _alias_codes() -> dict[str, tuple[str, int]]:
    """Alias -> (code, tier)."""
    lex = lexicon()
    return {alias: (code, lex.tier(code)) for alias, code in lex.alias_to_code.items()}


def strip_phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim leading verbs / markers / time words and trailing connectors off text[start:end]."""
    pats = _patterns()
    seg = text[start:end]
    m = pats["lead"].match(seg)
    if m:
        start += m.end()
        seg = seg[m.end() :]
    m = pats["tail"].search(seg)
    if m:
        end -= len(seg) - m.start()
    return start, max(start, end)


def modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (between an indicator and its number) holds a noun of its own (能耗, 比重); a
    bracketed qualifier (固定资产投资（不含农户）) is not one."""
    gap = text[start:end]
    if "(" in gap:
        gap = _BRACKETED.sub("", gap)
        a, b = strip_phrase(gap, 0, len(gap))
        rest = _patterns()["gap_ok"].sub("", gap[a:b])
    else:
        return names_something(text, *strip_phrase(text, start, end))
    return has_content(rest, 0, len(rest))  # one character left (目标定为 stripped to 定, 额) names no noun


def names_something(text: str, start: int, end: int) -> bool:
    """has_content once the words that may stand between an indicator and its figure are removed: 今年目标定为
    (before 增长5.5%) names nothing."""
    rest = _patterns()["gap_ok"].sub("", text[start:end])
    return has_content(rest, 0, len(rest))


def has_content(text: str, start: int, end: int) -> bool:
    """At least two letters / CJK characters: a phrase that can name an indicator."""
    search = _patterns()["content"].search
    first = search(text, start, end)
    return first is not None and search(text, first.end(), end) is not None


# a region's growth target named by nothing else: the economy's (a round-up: 南京、宁波均将增速目标定在5%左右)
_GROWTH_GOAL = re.compile(
    r"(?:(?:经济)?(?:增速|增长|成长|增长速度)(?:预期)?目标|经济(?:增速|增长速度|成长率?))"
    r"(?:分别|均)?(?:设?定在|设?定为|订在|订为|为|是)?"  # (成长目标分别为5%、5.5%: Taiwan usage)
)


def phrase_hit(text: str, start: int, end: int, measure: str) -> IndicatorHit | None:
    """A tier-2 indicator from a free phrase, coded by its last keyword (other_* when none)."""
    if not has_content(text, start, end):
        return None
    phrase = text[start:end]
    if measure == "growth" and _GROWTH_GOAL.fullmatch(phrase):
        return IndicatorHit("gdp", phrase, start, end, 1, True)  # 南京、宁波均将增速目标定在5%左右: the economy's
    code = "other"
    last = None
    for m in _patterns()["keyword"].finditer(phrase):
        last = m
    if last is not None:
        code = _keywords()[last.group(0)]
    if measure == "count" and not code.endswith("_count"):
        code += "_count"
    return IndicatorHit(code, phrase, start, end, 2, False)


def count_phrase_after(text: str, q_end: int, clause_end: int) -> tuple[int, int]:
    """The noun phrase after a count (8个百亿级大项目 -> 百亿级大项目), trimmed."""
    pats = _patterns()
    m = pats["count_lead"].match(text, q_end, clause_end)
    start = m.end() if m else q_end
    if start < clause_end and text[start] in "（(":
        return start, start  # 2000亿元以上（1480亿元）: a bracketed aside, no noun
    stop = pats["next_item"].search(text, start, clause_end)
    if stop is not None and stop.group(0)[0].isdigit():
        # 97项总投资1047亿元的重点项目 / 133个投资10亿元以上制造业项目: the counted noun follows the embedded amount
        amount = pats["embedded_amount"].match(text, stop.start(), clause_end)
        if amount is not None and amount.end() < clause_end:
            rest = pats["next_item"].search(text, amount.end(), clause_end)
            end = rest.start() if rest else clause_end
            if has_content(text, amount.end(), end):
                return amount.end(), end
        if has_content(text, start, stop.start()):
            return start, stop.start()
        return start, clause_end
    return start, stop.start() if stop else clause_end


def resolve_item(item: str, list_context: bool) -> str | None:
    """The code of a list item (汽车产值, 投资): exact alias, list alias, or an alias inside it."""
    lex = lexicon()
    item = item.strip("“”\"' ")
    if item in lex.alias_to_code:
        return lex.alias_to_code[item]
    if list_context and item in lex.list_aliases:
        return lex.list_aliases[item]
    hit = find_alias(item, 0, len(item), True)
    if hit is not None and hit.text != "经济":
        return hit.code
    return None
