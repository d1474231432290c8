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
    from extract.normalise import fold

    return year_of_clean_text(fold(text))


def year_of_clean_text(text: str) -> int | None:
    """infer_document_year for text already in the matching view (simplified, ASCII digits)."""
    votes: Counter[int] = Counter()  # weights may be fractional
    first = text.lstrip()
    offset = len(text) - len(first)
    line_end = first.find("\n")
    head = offset + line_end if 0 <= line_end < 100 else 0  # a title line, when the text has one
    for m in _YEAR.finditer(text):
        y = _year_value(m)
        if y is not None:
            horizon = m.start() > 0 and text[m.start() - 1] in "到至"  # 到2027年: a target horizon, not the year
            votes[y] += (3 if m.start() < head else 1) * (0.5 if horizon else 1)
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
    """When a figure applies (year, part of year) and whether it is a target or an actual result."""

    year: int | None
    kind: str
    period: str
    estimate: bool  # 预计 / 有望 about a past year: an approximate actual
    note: str


@functools.cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    return {role: re.compile(alternation(lex.cue_words(role)))
            for role in ("time", "actual", "target", "period", "plan_period", "estimate", "actual_genre", "plan_cue",
                                 "strong_actual", "past_span")}


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for m in pattern.finditer(text):
        last = m
    return last


def _period_cues(sentence: str) -> list[tuple[int, str]]:
    """(offset, period) of every part-of-year expression in a sentence; '' marks a whole-year reset (全年)."""
    lex = lexicon()
    found: list[tuple[int, str]] = []
    for m in _DAY_RANGE.finditer(sentence):
        m1, d1, m2, d2 = int(m.group(1)), int(m.group(2)), int(m.group(3) or m.group(1)), int(m.group(4))
        found.append((m.start(), f"M{m1:02d}D{d1:02d}-M{m2:02d}D{d2:02d}"))
    for m in _AS_OF_DAY.finditer(sentence):
        found.append((m.start(), f"M01D01-M{int(m.group(1)):02d}D{int(m.group(2)):02d}"))
    for m in _MONTH_RANGE.finditer(sentence):
        found.append((m.start(), f"M{int(m.group(1)):02d}-M{int(m.group(2)):02d}"))
    for m in _AS_OF_MONTH.finditer(sentence):
        found.append((m.start(), f"M01-M{int(m.group(1)):02d}"))
    for m in _cue_patterns()["period"].finditer(sentence):
        found.append((m.start(), lex.cue_words("period")[m.group(0)]))
    found.sort(key=lambda c: c[0])
    return found


class DocumentTime:
    """Time cues of one document, found once per paragraph / sentence and looked up per figure."""

    def __init__(self, text: str, doc_year: int | None) -> None:
        self.text = text
        self.doc_year = doc_year
        # a statistics release reports results: its figures are actuals unless a sentence plans or aims
        self.reports_actuals = bool(_cue_patterns()["actual_genre"].search(text, 0, 150))
        self._para: dict[int, list[tuple[int, int | None, str, str, str]]] = {}
        self._sent: dict[int, tuple[list, ...]] = {}

    def _paragraph_cues(self, start: int, end: int) -> list[tuple[int, int | None, str, str, str]]:
        cues = self._para.get(start)
        if cues is None:
            lex = lexicon()
            cues = []
            for m in _cue_patterns()["time"].finditer(self.text, start, end):
                if _DATE_AFTER.match(self.text, m.end()):
                    continue  # 去年12月27日 is a date, not the period of the figure
                if m.start() > 0 and self.text[m.start() - 1] in "比较同":
                    continue  # 比上年增长: last year is the comparison base, not the period
                value = lex.cue_words("time")[m.group(0)]
                year = self.doc_year + int(value.rstrip("a")) if self.doc_year is not None else None
                kind = "actual" if value.endswith("a") or value.startswith("-") else ""
                note = f"{m.group(0)} = {year}" if value.startswith("-") and year is not None else ""
                cues.append((m.start(), year, kind, note, ""))
            for m in _cue_patterns()["past_span"].finditer(self.text, start, end):
                # 过去五年…年均增长6%: results of the years up to last year; an average spans them
                span = int(lex.cue_words("past_span")[m.group(0)])
                year = self.doc_year - 1 if self.doc_year is not None else None
                period = f"{year - span + 1}-{year}" if year is not None else ""
                cues.append((m.start(), year, "actual", f"{m.group(0)} = {period}", period))
            cues.sort(key=lambda c: c[0])
            self._para[start] = cues
        return cues

    def _sentence_cues(self, start: int, end: int) -> tuple[list, ...]:
        found = self._sent.get(start)
        if found is None:
            text, pats, lex = self.text, _cue_patterns(), lexicon()
            years = []
            for m in _YEAR.finditer(text, start, end):
                if text.startswith(("“", "第"), m.end()):
                    continue
                year = _year_value(m)
                kind = "actual" if self.doc_year is not None and year is not None and year < self.doc_year else ""
                years.append((m.start(), year, kind, ""))
            plans = [(m.start(), lex.cue_words("plan_period")[m.group(0)])
                     for m in pats["plan_period"].finditer(text, start, end)]
            periods = [(start + o, p) for o, p in _period_cues(text[start:end])]
            actual = [m.start() for m in pats["actual"].finditer(text, start, end)]
            target = [m.start() for m in pats["target"].finditer(text, start, end)]
            plan = [m.start() for m in pats["plan_cue"].finditer(text, start, end)]
            found = (years, plans, periods, actual, target, plan)
            self._sent[start] = found
        return found

    def at(self, para: tuple[int, int], sentence: tuple[int, int], clause: tuple[int, int], pos: int,
           sub: tuple[int, int] | None = None) -> TimeInfo:
        """Year, kind and period of a figure at `pos` (the latest time cue before it wins).

        同比 / 比上年 / 截至 anywhere in the figure's sub-sentence make it a result, as in 5亿元，同比增长12%.
        """
        years, plans, periods, actual, target, plan = self._sentence_cues(*sentence)
        cues = [c for c in self._paragraph_cues(*para) if c[0] < pos]
        cues += [(*c, "") for c in years if c[0] < pos]
        plan_cues = [p for p in plans if p[0] < pos]
        cues += [(o, int(span[-4:]), "", "", span) for o, span in plan_cues]
        before = [p for o, p in periods if o < pos]
        period = before[-1] if before else ""
        year, kind, note = self.doc_year, "", ""
        text = self.text
        if cues:
            at, year, kind, note, span = max(cues, key=lambda c: c[0])
            if span and ("年均" in text[at:pos] or "年均" in text[clause[0] : clause[1]]):
                period = span
        if not kind:
            kind = "target"
            if self.reports_actuals and not any(o < pos for o in plan):
                kind = "actual"
            elif _cue_patterns()["strong_actual"].search(text, clause[0], clause[1]) and not any(
                    clause[0] <= o < pos for o in target):
                kind = "actual"  # 同比增长9%: a result, whatever the sentence plans elsewhere
            elif not any(o < pos for o in target) and (
                    any(o < pos for o in actual)
                    or sub is not None and _cue_patterns()["strong_actual"].search(text, sub[0], sub[1])):
                kind = "actual"
        estimate = (kind == "actual" and (year is None or self.doc_year is None or year < self.doc_year)
                    and bool(_cue_patterns()["estimate"].search(text, clause[0], clause[1])))
        return TimeInfo(year, kind, period, estimate, note)
