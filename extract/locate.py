"""Locate quantities (number + unit, ranges, 多/余, percentages, 两位数 / 倍增) in the normalised text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extract.lexicon import alternation, lexicon
from extract.numerals import ARABIC_NUMBER, CN_NUMBER, parse_number, word_values

RANGE_SEP = "-—–~至到"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit at clean offsets [start, end)."""

    start: int
    end: int
    value: float
    value_high: float | None
    unit: str
    measure: str  # growth (any percent, refined later) | level | count
    more: bool  # 多 / 余 after the number: at least
    word: str  # 两位数 / 倍增 ... when the quantity is a conventional phrase, else ""
    chinese: bool  # written in Chinese numerals
    text: str


@functools.cache
def _pattern() -> re.Pattern[str]:
    lex = lexicon()
    units = alternation([*lex.units, *lex.cue_words("not_a_row")])
    num = f"(?:{ARABIC_NUMBER}|{CN_NUMBER})"
    words = alternation(word_values())
    return re.compile(
        rf"(?P<n1>{num})"
        rf"(?:(?P<u1>{units})?(?P<sep>[{RANGE_SEP}])(?P<n2>{num}))?(?P<more>多|余)?(?P<unit>{units})"
        rf"|(?P<bare>(?<![\d.]){num}[亿])(?![\d元])"
        rf"|百分之(?P<pct>{ARABIC_NUMBER}|[零〇一二两三四五六七八九十百点]+)"
        rf"|(?P<word>{words})"
    )


def _cn_ok(text: str) -> bool:
    """A Chinese numeral that can stand for a value: has a digit character, or is 万亿 / 千亿 / 百亿."""
    return any(c in "零〇一二两三四五六七八九十百千" for c in text) or text in ("万亿",)


def find_quantities(text: str) -> list[Quantity]:
    """All quantities in `text`, in order."""
    lex = lexicon()
    out: list[Quantity] = []
    for m in _pattern().finditer(text):
        if m.group("word"):
            word = m.group("word")
            out.append(Quantity(m.start(), m.end(), word_values()[word], None, "percent", "growth", False, word,
                                True, word))
            continue
        if m.group("pct"):
            v = parse_number(m.group("pct"))
            if v is not None:
                out.append(Quantity(m.start(), m.end(), v, None, "percent", "growth", False, "", True, m.group(0)))
            continue
        if m.group("bare"):
            raw = m.group("bare")
            n = parse_number(raw)
            if n is None or (not raw[0].isdigit() and not (_cn_ok(raw[:-1]) or raw == "万亿")):
                continue
            out.append(Quantity(m.start(), m.end(), n, None, "CNY", "level", False, "", not raw[0].isdigit(), raw))
            continue
        unit_text = m.group("unit")
        if unit_text in lex.cue_words("not_a_row"):
            continue  # 提高1.7个百分点: a change of a rate, not a figure
        n1, n2 = m.group("n1"), m.group("n2")
        chinese = not n1[0].isdigit()
        if chinese and not (_cn_ok(n1) or n1 == "万" and unit_text.startswith("亿")):  # 万亿元 = 1 万亿
            continue
        unit = lex.units[unit_text]
        v1 = parse_number(n1)
        if v1 is None:
            continue
        u1 = m.group("u1")
        if u1 and u1 != unit_text:
            # 100亿4个: the first unit belongs to a different quantity; restart after it
            continue
        v2 = parse_number(n2) if n2 else None
        if n2 and v2 is None:
            continue
        start = m.start()
        sign = 1.0
        if start > 0 and text[start - 1] == "-" and not (start > 1 and (text[start - 2].isdigit() or text[start - 2] in
                                                                         "%.亿万元个")):
            sign, start = -1.0, start - 1
        value = sign * v1 * unit.factor
        high = v2 * unit.factor if v2 is not None else None
        out.append(Quantity(start, m.end(), _clean(value), _clean(high) if high is not None else None, unit.unit,
                            unit.measure, bool(m.group("more")), "", chinese, m.group(0)))
    return out


def _clean(x: float) -> float:
    """Round away binary noise from unit factors (亩 = 666.67 m2)."""
    r = round(x, 2)
    return float(int(r)) if r.is_integer() else r
