"""Locate quantities (number + unit, ranges, 多/余, percentages, 两位数 / 倍增) in the normalised text."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from extract.lexicon import alternation, lexicon
from extract.numerals import ARABIC_NUMBER, CN_DIGITS, CN_NUMBER, parse_number, share_words, word_values

RANGE_SEP = "-—–~至到"
_NOT_YUAN_AFTER = "欧美港日英韩枝株棵羽尾瓶片粒块册本袋盒箱包罐颗双度方"  # after a bare 亿: another unit


class Quantity(NamedTuple):
    """A number with its unit at clean offsets [start, end) (a named tuple: cheap to build)."""

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
def _currency_before() -> re.Pattern[str]:
    """A foreign currency named right before an amount in 元 (约新台币18亿元)."""
    foreign = [w for w, code in lexicon().cue_words("currency").items() if code != "CNY"]
    return re.compile(f"(?:{alternation(foreign)})$")


@functools.cache
def _pattern() -> re.Pattern[str]:
    lex = lexicon()
    units = alternation([*lex.units, *lex.cue_words("not_a_row")])
    num = f"(?:{ARABIC_NUMBER}|{CN_NUMBER})"
    words = alternation(word_values())
    return re.compile(
        # 3兆6802亿元 (Taiwan and Hong Kong reports): 兆 is 万亿, and the 亿 after it are added to it
        rf"(?P<tz1>\d{{1,3}})兆(?P<tz2>\d[\d,]*(?:\.\d+)?)(?P<tzu>{units})"
        rf"|(?P<n1>{num})"
        rf"(?:(?P<u1>{units}|[万亿])?(?P<sep>[{RANGE_SEP}])(?P<n2>{num}))?(?P<more>多|余)?(?P<unit>{units})"
        # a bare 亿 is yuan, unless a unit the table does not know follows (200亿枝, 100亿日元): no figure then
        rf"|(?P<bare>(?<![\d.]){num}[亿])(?![\d元{_NOT_YUAN_AFTER}])"
        rf"|(?P<bare_tz>(?<![\d.]){ARABIC_NUMBER}兆)(?![\d元{_NOT_YUAN_AFTER}瓦赫字帕焦比位])"  # 社零总额破1.1兆
        rf"|百分之(?P<pct>{ARABIC_NUMBER}|[零〇一二两三四五六七八九十百点]+)"
        rf"|(?P<word>{words})"
    )


@functools.cache
def _start_pattern() -> re.Pattern[str]:
    """Offsets where `_pattern` can match: fast to scan for (one character class first), so the full pattern is
    tried only there instead of at every offset of the text.

    A quantity starts with a digit or Chinese numeral, 百分之, or a conventional word (两位数, 倍增, 翻番). A number
    is followed, after more number characters, by a unit, a range separator or 多 / 余; a numeral without one
    (一是, 统一, 2023年) is no candidate. Every offset `_pattern` matches at is a candidate.
    """
    lex = lexicon()
    always = re.escape("".join(sorted({w[0] for w in word_values()} | {"百"})))  # 百分之, 两位数, 倍增, 翻番
    follow = re.escape(
        "".join(sorted({u[0] for u in [*lex.units, *lex.cue_words("not_a_row")]} | set(RANGE_SEP) | {"多", "余"}))
    )
    digits = rf"\d{re.escape(CN_DIGITS)}"
    # a start character, then either it is one that always starts a candidate, or number characters and a follower
    return re.compile(rf"[{digits}{always}](?:(?<=[{always}])|(?=[{digits},. \u2009\u202f]*[{follow}]))")


def _matches(text: str) -> list[re.Match[str]]:
    """`_pattern().finditer(text)`, trying the full pattern only at the candidate offsets of `_start_pattern`."""
    out: list[re.Match[str]] = []
    search, match = _start_pattern().search, _pattern().match
    pos = 0
    while (c := search(text, pos)) is not None:
        m = match(text, c.start())
        if m is None:
            pos = c.start() + 1
        else:
            out.append(m)
            pos = m.end()  # never empty: every alternative of _pattern consumes a character
    return out


@functools.cache
def _group_numbers() -> tuple[int, ...]:
    """Numbers of the groups word, pct, bare, unit, n1, n2, u1, more of `_pattern` (faster to fetch than names)."""
    index = _pattern().groupindex
    return tuple(index[name] for name in ("word", "pct", "bare", "unit", "n1", "n2", "u1", "more", "tzu", "bare_tz"))


def _trillions(trillions: str, rest: str) -> float | None:
    """3兆6802亿 -> 36802 (in 亿): the 亿 after 兆 are fewer than 10,000, else None (no such number)."""
    below = parse_number(rest.replace(",", ""))
    if below is None or below >= 10000:
        return None
    return int(trillions) * 10000 + below


def _cn_ok(text: str) -> bool:
    """A Chinese numeral that can stand for a value: has a digit character, or is 万亿 / 千亿 / 百亿."""
    return any(c in "零〇一二两三四五六七八九十百千" for c in text) or text in ("万亿",)


def _rises_before(text: str, start: int) -> bool:
    """A rising growth verb (增长, 提高, 增长了) ends right before `start`."""
    head = text[max(0, start - 6) : start]
    for prefix in ("近", "约", "超", "逾", "了"):  # 增长近一倍, 增长了一倍
        head = head.removesuffix(prefix)
    if head.endswith(("增加", "扩大")):
        return True  # 数量增加一倍以上, 规模扩大一倍: a multiple of the growth verbs of levels too
    return any(head.endswith(w) for w, sign in lexicon().cue_words("growth_verb").items() if sign == "1")


def find_quantities(text: str) -> list[Quantity]:
    """All quantities in `text`, in order."""
    lex = lexicon()
    units, not_a_row = lex.units, lex.cue_words("not_a_row")
    out: list[Quantity] = []
    groups = _group_numbers()
    for m in _matches(text):
        word, pct, raw, unit_text, n1, n2, u1, more, tz_unit, bare_tz = m.group(*groups)
        if bare_tz:
            n = parse_number(bare_tz[:-1])
            if n is not None:
                out.append(
                    Quantity(m.start(), m.end(), clean_value(n * 1e12), None, "CNY", "level", False, "", False, bare_tz)
                )
            continue
        if tz_unit:
            if tz_unit.startswith("亿") and (whole := _trillions(m.group("tz1"), m.group("tz2"))) is not None:
                unit = units[tz_unit]
                out.append(
                    Quantity(
                        m.start(),
                        m.end(),
                        clean_value(whole * unit.factor),
                        None,
                        unit.unit,
                        unit.measure,
                        False,
                        "",
                        False,
                        m.group(0),
                    )
                )
            continue
        if word:
            share = word in share_words()
            after = text[m.end() : m.end() + 1]
            if share and "\u4e00" <= after <= "\u9fff" and after not in "以左上多余的":
                continue  # 一半企业: a share of a count of things, not a figure
            measure = "share" if share else "growth"
            out.append(
                Quantity(m.start(), m.end(), word_values()[word], None, "percent", measure, False, word, True, word)
            )
            continue
        if pct:
            v = parse_number(pct)
            if v is not None:
                out.append(Quantity(m.start(), m.end(), v, None, "percent", "growth", False, "", True, m.group(0)))
            continue
        if raw:
            n = parse_number(raw)
            if n is None or (not raw[0].isdigit() and not (_cn_ok(raw[:-1]) or raw == "万亿")):
                continue
            out.append(Quantity(m.start(), m.end(), n, None, "CNY", "level", False, "", not raw[0].isdigit(), raw))
            continue
        if unit_text in not_a_row:
            continue  # 提高1.7个百分点: a change of a rate, not a figure
        if unit_text == "倍" and not _rises_before(text, m.start()):
            continue  # 是2020年的1.8倍: a multiple, not a growth (增长1.4倍 is +140 %)
        after = text[m.end() : m.end() + 1]
        tenth = _TENTH_AFTER.match(text, m.end()) if unit_text == "成" and after in _CN_TENTHS + "半" else None
        if unit_text == "成" and tenth is None and "\u4e00" <= after <= "\u9fff" and after not in "以左上多余":
            continue  # 七成企业, 八成城市的目标: a share of a count of things, not a figure (一成不变: no number)
        chinese = not n1[0].isdigit()
        if chinese and not (_cn_ok(n1) or n1 == "万" and unit_text.startswith("亿")):  # 万亿元 = 1 万亿
            continue
        unit = units[unit_text]
        end, factor = m.end(), unit.factor
        if unit_text[-1] == "亿" and end < len(text) and text[end] not in "元，。；、,;）)":
            # 1.2亿头: a magnitude before a unit of the table that has no 亿 form of its own; 200亿枝: before one it
            # does not know, not yuan (no figure)
            follow = next((text[end : end + n] for n in (3, 2, 1) if text[end : end + n] in units), None)
            if follow is not None and units[follow].unit != "CNY":
                unit, factor, end = units[follow], factor * units[follow].factor, end + len(follow)
            elif text[end] in _NOT_YUAN_AFTER:
                continue
        v1 = parse_number(n1)
        if v1 is None:
            continue
        if u1 and u1 != unit_text and not (u1 in ("万", "亿") and unit_text.startswith(u1)):
            # 100亿4个: the first unit belongs to a different quantity; restart after it (but 2万至2.5万户: the
            # magnitude of the unit after the range, written on both ends)
            continue
        v2 = parse_number(n2) if n2 else None
        if n2 and v2 is None:
            continue
        start = m.start()
        sign = 1.0
        if (
            start > 0
            and text[start - 1] == "-"
            and not (start > 1 and (text[start - 2].isdigit() or text[start - 2] in "%.亿万元个"))
        ):
            sign, start = -1.0, start - 1
        value = sign * v1 * factor
        high = v2 * factor if v2 is not None else None
        if tenth is not None and v2 is None:
            # 四成二: 42%; 八成半: 85%
            value, end = value + (5 if tenth.group(1) == "半" else _CN_TENTHS.index(tenth.group(1)) + 1), tenth.end()
        unit_code = unit.unit
        if (
            unit_code == "CNY"
            and start >= 2
            and (currency := _currency_before().search(text, max(0, start - 4), start))
        ):
            # 约新台币18亿元, 港币5亿元: the currency named before the number (cues.csv role currency)
            unit_code = lexicon().cue_words("currency")[currency.group(0)]
        out.append(
            Quantity(
                start,
                end,
                clean_value(value),
                clean_value(high) if high is not None else None,
                unit_code,
                unit.measure,
                bool(more),
                "",
                chinese,
                text[m.start() : end],
            )
        )
    zeros = _zeros(text)
    shared = _sharing_the_unit(text, out) if "分别" in text or "依次" in text else []
    return sorted([*out, *zeros, *shared], key=lambda q: q.start) if zeros or shared else out


# 分别为16、17、17微克/立方米, 分别增长5、6%: bare numbers listed before the one that carries their unit
_BARE_LIST = re.compile(r"(?:分别|依次)(?:为|是|达到?|增长|下降|提高|占)?((?:\d+(?:\.\d+)?、)+)$")


def _sharing_the_unit(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The bare numbers of a 分别 list that share the unit of the quantity ending it, as quantities of their own."""
    out: list[Quantity] = []
    for q in quantities:
        if q.value_high is not None or q.word or q.chinese or not q.text[:1].isdigit():
            continue
        m = _BARE_LIST.search(text, max(0, q.start - 40), q.start)
        if m is None:
            continue
        first = parse_number(_LEADING_NUMBER.match(q.text).group(0))  # type: ignore[union-attr]
        if not first:
            continue
        factor = q.value / first
        a = m.start(1)
        for number in m.group(1).split("、")[:-1]:
            v = parse_number(number)
            if v is not None:
                out.append(q._replace(start=a, end=a + len(number), value=clean_value(v * factor), text=number))
            a += len(number) + 1
    return out


_LEADING_NUMBER = re.compile(r"\d+(?:\.\d+)?")


_CN_TENTHS = "一二三四五六七八九"
_TENTH_AFTER = re.compile(r"([一二三四五六七八九半])(?![\u4e00-\u9fff]|%)")  # 四成二 (42%), but not 四成二手车
# 贫困发生率由8.9%降至0: a zero reached, written bare after a change of a rate
_ZERO_REACHED = re.compile(r"(?<=%)[^，。；\d]{0,3}?(?:降至|降到|下降至|下降到|减少至|减少到|降为)(0)(?![\d.%])")


def _zeros(text: str) -> list[Quantity]:
    """The bare zeros a rate falls to (降至0), as percentages."""
    if "0" not in text or "%" not in text:
        return []
    return [
        Quantity(m.start(1), m.end(1), 0.0, None, "percent", "growth", False, "", False, "0")
        for m in _ZERO_REACHED.finditer(text)
    ]


def clean_value(x: float) -> float:
    """Round away binary noise from unit factors (亩 = 666.67 m2)."""
    if x.is_integer():
        return float(int(x))  # what the rounding below gives, without its slow decimal conversion
    r = round(x, 2)
    return float(int(r)) if r.is_integer() else r
