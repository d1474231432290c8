"""Tables written as text: a row per line, its cells apart by blanks, the indicator in the first cell.

    指标 单位 绝对数 比上年增长(%)              (a header row)
    地区生产总值 亿元 3450.18 5.3
    主要指标一览(2025年预计值／2030年目标值)：  (or a caption naming the columns)
    地区生产总值(亿元) 14000 18000以上

A cell that holds a bare number (no unit of its own) is a figure only through its row and its column: the unit
from the unit column or the label's brackets, growth from a header of growth, the year and target or result from a
header or caption that names them. Cells with a unit of their own (398.6亿元, 增长7.2%) are ordinary quantities and
are left to the main pass.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from extract.lexicon import lexicon
from extract.locate import clean_value

_BLANKS = re.compile(r"[ \t]+")
_BARE = re.compile(r"(-?\d+(?:\.\d+)?)(以上|左右|以内|以下)?")
_LABEL_UNIT = re.compile(r"[(（]([^()（）]{1,6})[)）]$")  # 地区生产总值(亿元), 研发经费投入强度(%)
_GROWTH_HEADER = re.compile(r"增长|增速|增幅|比上年|同比")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_TARGET_HEADER = re.compile(r"目标|预期|计划|规划")
_ESTIMATE_HEADER = re.compile(r"预计")
_ACTUAL_HEADER = re.compile(r"基数|基期|实际|实绩|完成|现状")
_ORDINAL = re.compile(r"\d{1,2}[.、]?|[(（]\d{1,2}[)）]")
_CAPTION_COLUMNS = re.compile(r"[(（]([^()（）]*\d{4}年[^()（）]*)[)）][：:]?\s*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MONTHS = re.compile(r"\d{1,2}(?:[-—–~至]\d{1,2})?月(?:份|末)?")  # a header of months: 1-9月, 9月末
_DIGIT = re.compile(r"\d")


class Column(NamedTuple):
    """What a column of numbers holds."""

    growth: bool = False
    unit_column: bool = False
    year: int | None = None
    kind: str = ""  # target | actual | '' (from the text around)
    estimate: bool = False
    start: int = -1  # offsets of the header cell in the text, when a header row names the column
    end: int = -1


class Cell(NamedTuple):
    """A bare number of a table row, with what its row and column say of it."""

    start: int  # offsets of the number (and its bound word) in the text
    end: int
    label_start: int  # the first cell: the indicator
    label_end: int
    value: float  # in base units
    unit: str  # percent | CNY | m2 | t | count | other:...
    measure: str  # growth | level | count, or '' for a percent the row's label tells (share or growth)
    bound: str  # min | max | approx | exact
    year: int | None
    kind: str
    estimate: bool
    column: Column  # the column's header, when a header row names it (县区 地区生产总值（亿元） 比上年增长（%）)


@functools.cache
def _units() -> dict[str, tuple[str, float, str]]:
    lex = lexicon()
    return {text: (u.unit, u.factor, u.measure) for text, u in lex.units.items()}


def _column(header: str) -> Column:
    """The meaning of a header cell (or of one part of a caption that names the columns)."""
    if "单位" in header:
        return Column(unit_column=True)
    year = _YEAR.search(header)
    kind = "target" if _TARGET_HEADER.search(header) else ""
    estimate = bool(_ESTIMATE_HEADER.search(header))
    if not kind and (estimate or _ACTUAL_HEADER.search(header)):
        kind = "actual"
    growth = bool(_GROWTH_HEADER.search(header))
    return Column(growth, False, int(year.group(1)) if year else None, kind, estimate)


def _header(columns: list[Column]) -> list[Column]:
    """The columns of a header row; a growth column right after a column of a year (2025年完成 增长(%)) is that
    year's growth."""
    out = list(columns)
    for k in range(1, len(out)):
        if out[k].growth and out[k].year is None and out[k - 1].year is not None:
            out[k] = out[k]._replace(year=out[k - 1].year, kind=out[k].kind or out[k - 1].kind)
    return out


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset in the line, text) of the cells of a line."""
    out = []
    pos = 0
    for part in _BLANKS.split(line):
        at = line.index(part, pos) if part else pos
        if part:
            out.append((at, part))
        pos = at + len(part)
    return out


def _is_number(cell: str) -> bool:
    return _BARE.fullmatch(cell) is not None


class Mark(NamedTuple):
    """A cell with a unit of its own (增长6%左右, 5.5%左右) in a column with a header (2026年目标, GDP增速)."""

    start: int
    end: int
    column: Column


_CAPTION_UNIT = re.compile(r"单位[：:]\s*([^）)，,\s]{1,4})")


def _caption_unit(line: str) -> str:
    """重点产业发展目标（单位：亿元）: the unit a caption gives the numbers of its table; else ''."""
    m = _CAPTION_UNIT.search(line) if "单位" in line else None
    return m.group(1) if m is not None else ""


def _caption_columns(line: str) -> list[Column] | None:
    """主要指标一览（2025年预计值／2030年目标值）：: the columns of numbers a caption names, in order; else None."""
    if "年" not in line or not line.rstrip().endswith(("：", ":", ")", "）")):
        return None  # (the caption's brackets close the line, before an optional colon)
    caption = _CAPTION_COLUMNS.search(line)
    return [_column(part) for part in re.split(r"[／/、]", caption.group(1))] if caption else None


# 地区生产总值（亿元）：2025年（预计）612；2030年目标850以上；属性：预期性。 (a plan's indicator written as a line)
_LABELLED_LINE = re.compile(
    r"^[ \t]*([^\n：:，。；\d]{2,20}?[(（][^()（）\n]{1,6}[)）])[：:]([^\n]*\d[^\n]*)$", re.MULTILINE
)
_LABELLED_VALUE = re.compile(
    r"((?:19|20)\d{2})年\s*[(（]?(预计|目标|预期|实际|完成|基数)?[)）]?(目标|预期)?(?:值|为)?\s*"
    r"(-?\d+(?:\.\d+)?)(以上|左右|以内|以下)?(?=\s*(?:[；;。，,]|$))"
)


def _labelled_lines(text: str) -> list[Cell]:
    """The values of lines that name an indicator with its unit, then its value in each year (see _LABELLED_LINE):
    the unit from the label's brackets, the year and target or result from the words before each value."""
    out: list[Cell] = []
    bounds = lexicon().cue_words("bound_suffix")
    for line in _LABELLED_LINE.finditer(text):
        unit_text = _LABEL_UNIT.search(line.group(1)).group(1)  # type: ignore[union-attr]
        unit = _units().get(unit_text) if unit_text not in ("%", "％") else ("percent", 1.0, "")
        if unit is None:
            continue
        u, factor, measure = unit
        for m in _LABELLED_VALUE.finditer(text, line.start(2), line.end(2)):
            word = m.group(2) or m.group(3) or ""
            col = _column(m.group(1) + "年" + word)
            out.append(
                Cell(
                    m.start(4),
                    m.end(5) if m.group(5) else m.end(4),
                    line.start(1),
                    line.end(1),
                    clean_value(float(m.group(4)) * factor),
                    u,
                    measure if u != "percent" else "",
                    bounds.get(m.group(5), "exact") if m.group(5) else "exact",
                    col.year,
                    col.kind,
                    col.estimate,
                    col,
                )
            )
    return out


def table_cells(text: str) -> tuple[list[Cell], list[Mark]]:
    """The bare-number cells of every table of `text` (the normalised text: blanks folded to spaces), and the other
    cells with numbers whose column names their year or kind; and the values of indicators written one to a line
    with their years (see _labelled_lines)."""
    labelled = _labelled_lines(text) if "年" in text and ("：" in text or ":" in text) else []
    if " " not in text and "\t" not in text:
        return labelled, []
    out: list[Cell] = labelled
    marks: list[Mark] = []
    header: list[Column] | None = None  # the columns of the table being read, from its header row (all cells)
    named: list[Column] | None = None  # or from its caption (the columns of numbers, in order)
    caption_unit = ""  # 重点产业发展目标（单位：亿元）: the unit of the table below the caption
    p = 0
    n = len(text)
    bounds = lexicon().cue_words("bound_suffix")
    while p < n:
        end = text.find("\n", p)
        end = n if end < 0 else end
        line = text[p:end]
        if " " not in line.strip() and "\t" not in line:
            # a line of one cell (nearly every line): no row, but maybe a caption naming the columns
            named, header = _caption_columns(line), None
            caption_unit = _caption_unit(line)
            p = end + 1
            continue
        cells = _cells(line)
        if (
            len(cells) >= 3
            and _ORDINAL.fullmatch(cells[0][1])
            and _CJK.search(cells[1][1])
            or (cells and cells[0][1] in ("序号", "编号"))
        ):
            cells = cells[1:]  # 1 地区生产总值增速 % 4.6 6左右, under 序号 指标 单位 …: the row's number is no column
        numbers = [k for k, (_, c) in enumerate(cells) if k and _is_number(c)]
        # (a header may name years: 2025年完成 2026年目标; a data cell has digits beyond them)
        # (nor do months: 1-9月, 上年同期)
        with_digits = [k for k, (_, c) in enumerate(cells) if k and _DIGIT.search(_MONTHS.sub("", _YEAR.sub("", c)))]
        if len(cells) >= 2 and not with_digits and all(_CJK.search(c) for _, c in cells) and len(line) <= 80:
            # 指标 单位 绝对数 比上年增长(%) / 省份 GDP增速 固定资产投资 (a header row, whose cells may name indicators)
            header = _header([_column(c)._replace(start=p + at, end=p + at + len(c)) for at, c in cells])
            named = None
        elif with_digits and _CJK.search(cells[0][1]) and not any(ch in line for ch in "，。；"):
            label_start, label = cells[0]
            cols = header if header is not None and len(header) == len(cells) else None
            if cols is not None:
                marks.extend(
                    Mark(p + at, p + at + len(c), cols[k])
                    for k, (at, c) in enumerate(cells)
                    if k in with_digits and k not in numbers
                )
            unit_text = ""
            if cols is not None:
                unit_text = next((c for k, (_, c) in enumerate(cells) if cols[k].unit_column), "")
            if not unit_text and (m := _LABEL_UNIT.search(label)):
                unit_text = m.group(1)
            unit_text = unit_text or caption_unit
            unit = _units().get(unit_text) if unit_text not in ("%", "％") else ("percent", 1.0, "")
            for idx, k in enumerate(numbers):
                if cols is not None:
                    col = cols[k]
                elif named is not None and idx < len(named):
                    col = named[idx]
                else:
                    col = Column()
                if col.unit_column:
                    continue
                if col.growth:
                    u, factor, measure = "percent", 1.0, "growth"
                elif unit is not None:
                    u, factor, measure = unit
                elif (
                    col.end > col.start
                    and (m := _LABEL_UNIT.search(text, col.start, col.end)) is not None
                    and (column_unit := _units().get(m.group(1)))
                ):
                    u, factor, measure = column_unit  # 地区生产总值（亿元） heading the column
                else:
                    continue  # no unit known for the number: not a figure that can be normalised
                at, cell = cells[k]
                m = _BARE.fullmatch(cell)
                assert m is not None
                value = clean_value(float(m.group(1)) * factor)
                bound = bounds.get(m.group(2), "exact") if m.group(2) else "exact"
                out.append(
                    Cell(
                        p + at,
                        p + at + len(cell),
                        p + label_start,
                        p + label_start + len(label),
                        value,
                        u,
                        measure,
                        bound,
                        col.year,
                        col.kind,
                        col.estimate,
                        col,
                    )
                )
        else:
            named, header = _caption_columns(line), None
            caption_unit = _caption_unit(line)
        p = end + 1
    return out, marks
