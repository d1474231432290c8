"""Text normalisation with an offset map back to the original: traditional -> simplified, full-width -> ASCII,
page-layout line breaks joined (a break that does not end a sentence or a headline is not a boundary)."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

SENTENCE_END = "。！？；：!?;:"
SHORT_LINE = 45  # lines shorter than this are headlines / speaker headers, not page-broken paragraphs

_FOLD = {0xFF10 + i: ord("0") + i for i in range(10)}
_FOLD.update({0xFF21 + i: ord("A") + i for i in range(26)})
_FOLD.update({0xFF41 + i: ord("a") + i for i in range(26)})
_FOLD.update({ord(a): ord(b) for a, b in zip("％．（）＋－～／＂＇\u3000\r\t\u00a0", "%.()+-~/\"' \n  ", strict=True)})
_FOLD.update({ord(a): ord(b) for a, b in zip("「」『』", "“”“”", strict=True)})  # corner quotes (Hong Kong, Taiwan)
_FOLD[ord("∶")] = ord(":")  # the ratio sign of 三次产业结构为8.1∶42.0∶49.9
_FOLD[ord("○")] = ord("〇")  # 二○二四年: a circle written for the zero of a Chinese numeral
_FOLD[ord("◯")] = ord("〇")
_FOLD[ord("｜")] = _FOLD[ord("|")] = ord(" ")  # 上海｜53926.7｜5.0%: the cells of a table written with bars
_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")
# a line break with the blanks around it, i.e. [ \t\u3000\u00a0]*\n\s* written to start with one character class (a
# break, or blanks then a break) so that the regex engine skips fast to the candidates
_BREAK_RUN = re.compile(r"[ \t\u3000\u00a0\n](?:(?<=\n)|[ \t\u3000\u00a0]*\n)\s*")


@functools.cache
def _converter():  # noqa: ANN202 - opencc has no type hints
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified Chinese, guaranteed to keep the length (so offsets stay valid)."""
    if not text:
        return text
    out = _converter().convert(text)
    if len(out) == len(text):
        return out
    conv = _converter().convert
    return "".join(c2 if len(c2 := conv(c)) == 1 else c for c in text)


@dataclass(frozen=True)
class Normalised:
    """The matching view of a document and the map from its offsets back to the original text."""

    original: str
    text: str
    _clean_starts: tuple[int, ...]
    _orig_starts: tuple[int, ...]

    def to_original(self, i: int) -> int:
        """Original offset of the character at clean offset i."""
        k = bisect.bisect_right(self._clean_starts, i) - 1
        return self._orig_starts[k] + (i - self._clean_starts[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the clean span [start, end)."""
        clean, orig = self._clean_starts, self._orig_starts
        k = bisect.bisect_right(clean, start) - 1
        first = orig[k] + (start - clean[k])
        if end <= start:
            return first, first
        k = bisect.bisect_right(clean, end - 1) - 1
        return first, orig[k] + (end - 1 - clean[k]) + 1


_NUMBERED_HEADING = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．])")


def short_line_length(folded: str) -> int:
    """Below this length a line is a headline, not a wrapped line: SHORT_LINE, or less for hard-wrapped text.

    Text wrapped at a fixed width (PDF extractions) has many unpunctuated lines of one common length; a line well
    short of that width is then a headline even if it is shorter than SHORT_LINE.
    """
    lengths = [
        len(ln)
        for ln in (raw.strip() for raw in folded.split("\n"))
        if ln and ln[-1] not in SENTENCE_END and not table_like(ln)  # table rows are padded to one width, not wrapped
    ]
    if len(lengths) < 8:
        return SHORT_LINE
    width, _ = Counter(lengths).most_common(1)[0]
    near = sum(1 for n in lengths if width - 2 <= n <= width)
    if width >= 16 and near >= max(8, 0.4 * len(lengths)) and width * 0.7 < SHORT_LINE:
        return int(width * 0.7)
    return SHORT_LINE


def table_like(line: str) -> bool:
    """Whether a line (stripped) is a row of a table: cells padded with two blanks or more, or three cells or more
    apart by single blanks with no clause punctuation (地区生产总值 2020年基数：3100.2亿元 2025年目标：4500亿元)."""
    return "  " in line or line.count(" ") >= 2 and not any(c in line for c in "，。；,;")


# a headline with one comma: a time or a topic, then a phrase of six characters or more with no figure
# (📊 2024年，塘厦交出亮眼“成绩单”: a year may open it)
_COMMA_HEADLINE = re.compile(r"(?:[^\d，,。；;]|(?:19|20)\d\d年){2,8}[，,][^\d，,。；;：:]{6,16}")
# label：value (地区生产总值：4012.6亿元，增长4.8%; 固定资产投资：下降2.3%), also told by extract.timeframe
VALUE_LABEL_ROW = re.compile(r"[ \t\u3000]*[^，。；：:\n\d]{2,16}[：:](?:\d|增长|下降|同比)[^\n。]*")
# rows of a table or list, each on its line: two lines of one kind in a row are apart, not one wrapped line
_ROWS = (
    re.compile(r"[ \t\u3000]*[^，。；：:\n]{2,20}[：:][^\n。]*；[^\n。]*"),  # label：cell；cell
    # 常住人口城镇化率（%）：2025年72.3，2030年75: an indicator with its unit in brackets, then its values
    re.compile(r"[ \t\u3000]*[^，。；：:\n\d]{2,20}[(（][^()（）\n]{1,6}[)）][：:][^\n。]*\d[^\n。]*"),
    VALUE_LABEL_ROW,
)
# a line that is only a label (规上工业增加值), and a line that opens with a figure (8960亿元，增长6.2% / 增长5.9%)
# (“南海好物”直播带货销售额, 民生支出占一般公共预算支出比重: a label may quote a name, and a share's label is long)
_LABEL_LINE = re.compile(
    r"[ \t\u3000]*(?:“[^\d\s“”]{2,8}”)?[^\d\s，,。；;：:！!？?【】\[\]()（）“”\"]{2,16}[ \t\u3000]*"
)
# (突破1500亿元, 完成136.8亿元, 确保增长15%: the figure's verb may open its line)
_FIGURE_LINE = re.compile(
    r"[ \t\u3000]*(?:确保|力争)?(?:完成|达到|突破|实现)?(?:约|近|超|同比)?"
    r"(?:\d[\d.,]*(?:万亿|亿|万|千)?(?:元|%|个|家|项|人|吨|亩|套|辆|件|公里|座|所)|(?:增长|下降)\d)"
)
# a line that is only a figure (152.3亿元, 增长6.5%以上), with at most a bound after it
_FIGURE_ONLY = re.compile(r"(?:[\d.,%]|以上|左右|以内)*")
_BULLET_GAP = re.compile(r"\ufe0f?[ \t\u3000]*")
# (6,800家; 湖北：增速跑赢目标，外贸成最大亮点: commas inside, but not at its end)
_TOPIC_LINE = re.compile(r"[ \t\u3000]*[^\n，,。；;：:]{1,8}[：:](?:[^\n。；;]|(?<=\d),(?=\d)){1,29}[^\n，,。；;、]")
_BULLETS = frozenset("•·●■◆◇□▪▶►▷◎○※√→★☆")


def bullet_at(folded: str, pos: int) -> bool:
    """Whether a list bullet (✅, 📌, ▶, •, a keycap digit 1️⃣) starts the line at `pos`."""
    ch = folded[pos]
    if ch in _BULLETS or ord(ch) >= 0x2600 and unicodedata.category(ch) == "So":
        return True
    return ch.isdigit() and folded.startswith("\ufe0f", pos + 1)


def _is_boundary(folded: str, run_start: int, run_end: int, short: int = SHORT_LINE) -> bool:
    """Whether a line break run is a real boundary (sentence end, headline) rather than a page-layout break."""
    if run_start == 0 or run_end >= len(folded):
        return True
    if folded[run_start - 1] in SENTENCE_END:
        return True
    if folded[run_start - 1] in '”」』"' and folded[run_start - 2 : run_start - 1] in SENTENCE_END:
        return True  # …增长16%以上。”\n\n荔湾区委书记…: a quotation that ends its sentence ends the line too
    line_start = folded.rfind("\n", 0, run_start) + 1
    nxt = folded.find("\n", run_end)
    nxt = len(folded) if nxt < 0 else nxt
    if bullet_at(folded, run_end):
        return True  # ✅ 规上工业增加值增长11.2%\n✅ 固定资产投资…, ▶ …, 1️⃣ …: an item of a list starts on each line
    if table_like(folded[line_start:run_start].strip()) or table_like(folded[run_end:nxt].strip()):
        return True  # 地区生产总值    398.6亿元   增长7.2%: a row of a table (its columns apart by blanks) is a line
    if any(row.fullmatch(folded, line_start, run_start) and row.fullmatch(folded, run_end, nxt) for row in _ROWS):
        # 地区生产总值：2025年4060亿元；2030年5500亿元 (cells apart by ；), 地区生产总值（亿元）：2025年3420，…
        # (each with its unit), 地区生产总值：4012.6亿元，增长4.8% (labelled values): rows, one to a line
        return True
    if (
        _NUMBERED_HEADING.match(folded, line_start)
        and run_start - line_start <= 40
        and not any(c in folded[line_start : run_start - 1] for c in "，；,;。")
    ):
        return True  # 一、2024年：在爬坡过坎中稳中有进: a numbered heading, however long the wrapped lines are
    if folded.count("\n", run_start, run_end) >= 2 and _TOPIC_LINE.fullmatch(folded, line_start, run_start):
        return True  # 横琴：澳资企业达6,800家 (a sub-heading naming its topic, then a blank line) is a line of its own
    if folded.count("\n", run_start, run_end) == 1 and _FIGURE_LINE.match(folded, run_end):
        # (✅ 规上工业总产值\n突破1500亿元: a bullet may open the label's line)
        bullet = _BULLET_GAP.match(folded, line_start + 1) if bullet_at(folded, line_start) else None
        if _LABEL_LINE.fullmatch(folded, line_start if bullet is None else bullet.end(), run_start):
            return False  # 地区生产总值\n4012.6亿元，同比增长5.4% (a 数读 post): the indicator, its figure below
        figure = _FIGURE_LINE.match(folded, line_start, run_start)
        if figure is not None and _FIGURE_ONLY.fullmatch(folded, figure.end(), run_start):
            return False  # 社会消费品零售总额\n152.3亿元\n增长4.2%: the figures of one label, a line each
    if run_start - line_start < short:
        before = folded[line_start:run_start].strip()
        numbered = _NUMBERED_HEADING.match(before) is not None
        if (
            _COMMA_HEADLINE.fullmatch(before)
            and folded.count("\n", run_start, run_end) >= 2
            and (line_start < 2 or folded[line_start - 2 : line_start] == "\n\n")
        ):
            return True  # 过去一年，交出了一份沉甸甸的答卷 (a short line standing alone, with no figure): a headline
        # a short line without inner commas, or a numbered one (二、锚定目标，奋力…): a headline (a short wrapped line
        # with commas is a clause that goes on below; so is one that ends in a comma: 从化区要确保…10%以上，\n\n…)
        if numbered or not any(c in before[:-1] for c in "，；,;") and before[-1:] not in ("，", ",", "、"):
            return True
    line = folded[run_end:nxt].rstrip()
    if any(c in line[:-1] for c in "，；,;"):
        return False  # 210家，规上工业企业…: a clause goes on after a wrapped line; a headline has no inner commas
    return len(line) < short and (not line or line[-1] not in SENTENCE_END + '”"')


_CHINESE_YEAR = re.compile(r"((?:一九|二[〇○零])[〇○零一二三四五六七八九]{2})年")
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def fold(text: str) -> str:
    """Simplified script with ASCII digits and punctuation, same length as `text` (no line joining)."""
    folded = to_simplified(text)
    # str.translate looks every character up; the few foldable characters of a document are replaced faster one
    # by one (same result: every replacement is a single character that is not itself foldable)
    for ch in set(_FOLDABLE.findall(folded)):
        folded = folded.replace(ch, chr(_FOLD[ord(ch)]))
    if "〇" in folded or "○" in folded or "零" in folded:
        # 二○二五年 -> 2025年: a year in Chinese numerals, in digits like any other (four characters for four)
        folded = _CHINESE_YEAR.sub(lambda m: m.group(1).translate(_YEAR_DIGITS) + "年", folded)
    return folded


# a page footer on a line of its own (— 2 —, -3-, 第4页): page furniture, blanked so that the lines around it join
_PAGE_FOOTER = re.compile(
    r"^[ \t]*(?:[—\-–]\s*\d{1,3}\s*[—\-–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)[ \t]*$", re.M
)


def normalise(text: str) -> Normalised:
    """Build the matching view of `text` (see module docstring)."""
    folded = fold(text)
    if "页" in folded or "—" in folded or "-" in folded:
        folded = _PAGE_FOOTER.sub(lambda m: " " * len(m.group(0)), folded)
    short = short_line_length(folded) if folded.count("\n") >= 8 else SHORT_LINE
    pieces: list[str] = []
    clean_starts: list[int] = [0]
    orig_starts: list[int] = [0]
    pos = 0
    clean_len = 0
    for m in _BREAK_RUN.finditer(folded):
        start, end = m.span()
        pieces.append(folded[pos:start])
        clean_len += start - pos
        # a break after a sentence end is a boundary: _is_boundary's most common case, tested without the call
        if folded[start - 1 : start] in SENTENCE_END and start > 0 or _is_boundary(folded, start, end, short):
            pieces.append("\n")
            clean_starts.append(clean_len)
            orig_starts.append(start)
            clean_len += 1
        clean_starts.append(clean_len)
        orig_starts.append(end)
        pos = end
    pieces.append(folded[pos:])
    return Normalised(text, "".join(pieces), tuple(clean_starts), tuple(orig_starts))
