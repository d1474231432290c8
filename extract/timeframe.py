"""Time: the document's conference year, and per figure its year, kind (target / actual) and period."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from extract.lexicon import alternation, lexicon

ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪"
ZODIAC_BASE = 2020  # 鼠年
_YEAR = re.compile(r"(?<![\d.])(19[89]\d|20[0-5]\d)年(?!代)|([〇零一二三四五六七八九]{4})年")
_ZODIAC_YEAR = re.compile(rf"([{ZODIAC}])年")
_DAY_RANGE = re.compile(r"(\d{1,2})月(\d{1,2})日?[-—–~至到](?:(\d{1,2})月)?(\d{1,2})日")
_MONTH_RANGE = re.compile(r"(\d{1,2})[-—–~至到](\d{1,2})月")
_AS_OF_DAY = re.compile(r"截至(?:\d{4}年)?(\d{1,2})月(\d{1,2})日")
_AS_OF_MONTH = re.compile(r"截至(?:\d{4}年)?(\d{1,2})月(?:末|底)")
_DATE_AFTER = re.compile(r"\d{1,2}月")


def _year_value(m: re.Match[str]) -> int | None:
    if m.group(1):
        return int(m.group(1))
    digits = m.group(2).replace("〇", "零")
    txt = "".join("0123456789"["零一二三四五六七八九".index(c)] for c in digits)
    return int(txt)


def infer_document_year(text: str) -> int | None:
    """The year of the conference a document reports: explicit years (title weighted), 兔年-style zodiac years."""
    votes: Counter[int] = Counter()
    head = len(text) if len(text) < 200 else 200
    for m in _YEAR.finditer(text):
        y = _year_value(m)
        if y is not None:
            votes[y] += 3 if m.start() < head else 1
    for m in _ZODIAC_YEAR.finditer(text):
        y = ZODIAC_BASE + ZODIAC.index(m.group(1))
        # a zodiac name fixes the year only up to 12; take the cycle nearest the explicit years
        if votes:
            ref = votes.most_common(1)[0][0]
            y += 12 * round((ref - y) / 12)
        votes[y] += 3
    if not votes:
        return None
    best = max(votes.values())
    return max(y for y, v in votes.items() if v == best)


@dataclass(frozen=True, slots=True)
class TimeInfo:
    year: int | None
    kind: str
    period: str
    estimate: bool  # 预计 / 有望 about a past year: an approximate actual
    note: str


@functools.cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    return {role: re.compile(alternation(lex.cue_words(role)))
            for role in ("time", "actual", "target", "period", "plan_period", "estimate")}


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for m in pattern.finditer(text):
        last = m
    return last


def period_of(sentence_before: str) -> str:
    """The part-of-year period stated before a figure in its sentence ('' for the whole year)."""
    lex = lexicon()
    best_pos, best = -1, ""
    for m in _DAY_RANGE.finditer(sentence_before):
        m1, d1, m2, d2 = int(m.group(1)), int(m.group(2)), int(m.group(3) or m.group(1)), int(m.group(4))
        best_pos, best = m.start(), f"M{m1:02d}D{d1:02d}-M{m2:02d}D{d2:02d}"
    for m in _AS_OF_DAY.finditer(sentence_before):
        if m.start() > best_pos:
            best_pos, best = m.start(), f"M01D01-M{int(m.group(1)):02d}D{int(m.group(2)):02d}"
    for m in _MONTH_RANGE.finditer(sentence_before):
        if m.start() > best_pos:
            best_pos, best = m.start(), f"M{int(m.group(1)):02d}-M{int(m.group(2)):02d}"
    for m in _AS_OF_MONTH.finditer(sentence_before):
        if m.start() > best_pos:
            best_pos, best = m.start(), f"M01-M{int(m.group(1)):02d}"
    for m in _cue_patterns()["period"].finditer(sentence_before):
        if m.start() >= best_pos:
            best_pos, best = m.start(), lex.cue_words("period")[m.group(0)]
    return best


def time_of(paragraph_before: str, sentence_before: str, clause: str, doc_year: int | None) -> TimeInfo:
    """Year, kind and period of a figure from the text before it (paragraph, sentence) and its own clause."""
    pats = _cue_patterns()
    lex = lexicon()
    offset = len(paragraph_before) - len(sentence_before)  # sentence offsets -> paragraph offsets
    # (position in paragraph_before, year, kind or "", note); the latest cue before the figure wins
    cues: list[tuple[int, int | None, str, str]] = []
    for m in pats["time"].finditer(paragraph_before):
        if _DATE_AFTER.match(paragraph_before, m.end()):
            continue  # 去年12月27日 is a date, not the period of the figure
        value = lex.cue_words("time")[m.group(0)]
        year = doc_year + int(value.rstrip("a")) if doc_year is not None else None
        kind = "actual" if value.endswith("a") or value.startswith("-") else ""
        note = f"{m.group(0)} = {year}" if value.startswith("-") else ""
        cues.append((m.start(), year, kind, note))
    for m in _YEAR.finditer(sentence_before):
        if sentence_before.startswith(("“", "第"), m.end()):
            continue
        year = _year_value(m)
        kind = "actual" if doc_year is not None and year is not None and year < doc_year else ""
        cues.append((offset + m.start(), year, kind, ""))
    period = period_of(sentence_before)
    plan_year: tuple[int, str] | None = None
    for m in pats["plan_period"].finditer(sentence_before):
        span = lex.cue_words("plan_period")[m.group(0)]
        cues.append((offset + m.start(), int(span[-4:]), "", ""))
        plan_year = (offset + m.start(), span)
    year, kind, note = doc_year, "", ""
    if cues:
        pos, year, kind, note = max(cues, key=lambda c: c[0])
        if plan_year is not None and plan_year[0] == pos and ("年均" in sentence_before[pos - offset :]
                                                              or "年均" in clause):
            period = plan_year[1]
    if not kind:
        kind = "target"
        if pats["actual"].search(sentence_before) and not pats["target"].search(sentence_before):
            kind = "actual"
    estimate = bool(pats["estimate"].search(clause)) and kind == "actual"
    return TimeInfo(year, kind, period, estimate, note)
