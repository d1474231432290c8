"""Bound (min / max / approx / exact / range) and commitment (ensure / strive / plan) of a figure."""

from __future__ import annotations

import functools
import re

from extract.lexicon import alternation, lexicon
from extract.locate import Quantity


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    return {
        "prefix": re.compile(f"(?:{alternation(lex.cue_words('bound_prefix'))})$"),
        "suffix": re.compile(alternation(lex.cue_words("bound_suffix"))),
        "estimate": re.compile(f"(?:{alternation(lex.cue_words('estimate'))})(?!寿命)"),  # (人均预期寿命: a noun)
        "commitment": re.compile(alternation(lex.cue_words("commitment"))),
        "breaker": re.compile(alternation(lex.cue_words("breaker"))),
        "not_breaker": re.compile(alternation(lex.cue_words("not_breaker"))),
        "lead": re.compile(f"(?:{alternation(lex.cue_words('lead_skip'))}|[“”\"'《》()\\s])+"),
    }


@functools.cache
def _currencies() -> tuple[str, ...]:
    """The currency names of cues.csv (role currency), in its order: looked up once, not per figure."""
    return tuple(lexicon().cue_words("currency"))


def bound_of(text: str, q: Quantity, window_start: int, clause_start: int | None = None) -> str:
    """The bound of quantity q from the cue words right before and after it (预计 anywhere in its clause)."""
    if q.value_high is not None:
        return "range"
    if q.word == "两位数":
        return "min"
    pats = _patterns()
    firsts, lasts = _bound_word_edges()
    end = q.end + 3 if text.startswith("人民币", q.end) else q.end  # 1兆元人民币以上 (a Taiwan or HK report)
    if text[end : end + 1] in "”」』" and text[q.start - 1 : q.start] in "“「『":
        end += 1  # 增长“5%”左右: the figure quoted for emphasis, its bound word after the closing quote
    if text[end : end + 1] in firsts and (m := pats["suffix"].match(text, end)):
        return lexicon().cue_words("bound_suffix")[m.group()]
    if q.more:
        return "min"
    start = q.start
    for currency in _currencies():
        if text.endswith(currency, 0, start):
            start -= len(currency)  # 约人民币618亿元, 约新台币18亿元: the word before the currency
            window_start = min(window_start, max(0, start - 2))  # (which a phrase may have taken as its gap word)
            break
    # a prefix word ends right before the number (or before a line break there: the pattern ends with $): test that
    # character before the search
    lo = max(window_start, start - 4)
    if (
        lo < start
        and (text[start - 1] in lasts or text[start - 1] == "\n")
        and (m := pats["prefix"].search(text[lo:start]))
    ):
        if not (m.group() == "近" and text.startswith(("近年", "近几"), start - 1)):
            return lexicon().cue_words("bound_prefix")[m.group()]
    if pats["estimate"].search(text, window_start if clause_start is None else clause_start, start):
        return "approx"
    if text[start - 1 : start] == "的":
        if start - window_start > 4 and (m := _OF_THE_PLAN.search(text, window_start, start)) is not None:
            # 完成投资不低于年度计划的50%: the bound word before the plan the share is of
            return lexicon().cue_words("bound_prefix").get(m.group(1), "exact")
        if _ABOUT_A_SHARE_OF.search(text, min(window_start, start if clause_start is None else clause_start), start):
            return "approx"  # 研发经费支出约占地区生产总值的3.6%: about that share of the whole
    return "exact"


_ABOUT_A_SHARE_OF = re.compile(r"约占[^，。；,;]{1,16}的$")
_OF_THE_PLAN = re.compile(r"(不低于|不少于|超过|高于|不超过|低于|约|近)(?:年度|全年)?(?:投资)?(?:计划|目标|任务)的$")


@functools.cache
def _bound_word_edges() -> tuple[frozenset[str], frozenset[str]]:
    """First characters of the bound suffixes (以上), last characters of the bound prefixes (超过)."""
    lex = lexicon()
    return (
        frozenset(w[0] for w in lex.cue_words("bound_suffix") if w),
        frozenset(w[-1] for w in lex.cue_words("bound_prefix") if w),
    )


_PROPOSES = re.compile(r"[\u4e00-\u9fff]{2,6}?则?(?:提出|明确提出)")


def opens_with_breaker(clause: str) -> bool:
    """Whether a clause opens (after intensifiers, time words and subjects) with a new main verb or plan word."""
    return _opens_with_breaker(clause, 0, len(clause))


def _opens_with_breaker(text: str, start: int, end: int) -> bool:
    """opens_with_breaker(text[start:end]) without the copy (the patterns have no look-around)."""
    pats = _patterns()
    first = text[start : start + 1] if start < end else ""
    # the lead pattern starts with a lead word, a quote or bracket, or a blank (str.isspace is the regex's \s)
    m = pats["lead"].match(text, start, end) if first in _lead_starts() or first.isspace() else None
    rest = m.end() if m else start
    if _PROPOSES.match(text, rest, end):
        return True  # 深圳提出…: a new subject that proposes its own figure
    if text[rest : rest + 1] not in _breaker_starts():
        return False  # no breaker word starts here: spare the two matches
    return bool(pats["breaker"].match(text, rest, end)) and not pats["not_breaker"].match(text, rest, end)


@functools.cache
def _lead_starts() -> frozenset[str]:
    return frozenset([*(w[0] for w in lexicon().cue_words("lead_skip") if w), *"“”\"'《》()"])


@functools.cache
def _breaker_starts() -> frozenset[str]:
    return frozenset(w[0] for w in lexicon().cue_words("breaker") if w)


def commitment_of(
    text: str, clauses: list[tuple[int, int]], pos: int, memo: dict[tuple[int, int], list] | None = None
) -> str:
    """ensure / strive / plan for a target at `pos`, given the clauses of its sub-sentence (SCHEMA.md scope rules).

    `memo` (one dict per text) keeps, per clause, its last commitment word, whether it opens with a breaker and what
    the clauses before it say, for the next figures of the same sub-sentence.
    """
    memo = {} if memo is None else memo
    k = len(clauses) - 1
    for i, (s, e) in enumerate(clauses):
        if s <= pos <= e:
            k = i
            break
    span = clauses[k]
    word, breaks, _ = memo.get(span) or _clause_info(text, span, memo)
    # the figure's own clause counts up to the figure only; a clause without a commitment word has none before the
    # figure either
    if word and (word := _last_commitment(text, span[0], pos)):
        return lexicon().cue_words("commitment")[word]
    if breaks:
        return "plan"
    return _said_before(text, clauses, k, memo)


def _clause_info(text: str, span: tuple[int, int], memo: dict[tuple[int, int], list]) -> list:
    """[last commitment word of the whole clause, whether it opens with a breaker, None (what comes before)]."""
    info = memo[span] = [_last_commitment(text, *span), _opens_with_breaker(text, *span), None]
    return info


def _said_before(text: str, clauses: list[tuple[int, int]], k: int, memo: dict[tuple[int, int], list]) -> str:
    """The commitment the clauses before clauses[k] set: the nearest with a commitment word or a breaker wins."""
    # walk back to the nearest clause that decides (or whose own answer is known), then remember the answer on the
    # clauses walked over
    walked: list[list] = []
    answer = "plan"
    j = k
    while j > 0:
        info = memo[clauses[j]]
        if info[2] is not None:
            answer = info[2]
            break
        walked.append(info)
        prev = clauses[j - 1]
        word, breaks, _ = memo.get(prev) or _clause_info(text, prev, memo)
        if word:
            answer = lexicon().cue_words("commitment")[word]
            break
        if breaks:
            answer = "plan"
            break
        j -= 1
    for info in walked:
        info[2] = answer
    return answer


def _last_commitment(text: str, start: int, end: int) -> str:
    """The last commitment word in text[start:end], or ''."""
    pattern = _patterns()["commitment"]
    if pattern.search(text, start, end) is None:
        return ""  # most clauses: one search instead of an iterator
    last = ""
    for m in pattern.finditer(text, start, end):
        last = m.group(0)
    return last
