"""Sentence, sub-sentence (；) and clause boundaries of the normalised text, looked up by bisection."""

from __future__ import annotations

import bisect
import re

_CLAUSE = re.compile(r"[。！？!?\n；;，,、：: ]")
CLAUSE_CHARS = "。！？!?\n；;，,、：: "
_SUB_CHARS = "。！？!?\n；;"  # sub-sentence separators
_SENTENCE_CHARS = "。！？!?\n"  # sentence separators; a paragraph ends at a line break

Span = tuple[int, int]

# What may open a heading line before its words, as character-class contents: bullets, and emoji (📈 回眸2023：…)
BULLETS = "■●◆▶★▲△►◇□☆•※◎○▪▫▸◾◽"
EMOJI = r"\u2600-\u27bf\ufe0f\U0001f300-\U0001faff"
HEADING_LEAD = r"[ \t\u3000" + BULLETS + "]*"  # blanks and bullets
KEYCAP = r"\d\ufe0f?\u20e3"  # 1️⃣: a keycap digit numbering an item of a WeChat list
HEADING_LEAD_EMOJI = r"(?:[ \t\u3000" + BULLETS + EMOJI + "]|" + KEYCAP + ")*"  # blanks, bullets, emoji, keycaps
# (also a social post's topic and an opening bracket: #清远两会# 清远：确保…, #2026广东两会# 【广东：今年…】)
_HEADING_LEAD = re.compile(r"(?:[ \t\u3000" + BULLETS + EMOJI + "]|" + KEYCAP + r"|#[^#\n]{1,24}#|【)*")
# ——————————, ━━━━━━: a rule line of its own, which ends the section above it (a WeChat post's divider)
RULE_LINE = re.compile(r"^[ \t\u3000]*(?:[—━─＝=]{4,}|-{4,})[ \t\u3000]*$", re.MULTILINE)
# 一、…, 三．…: a line that opens with a top-level number (a numbered heading or item)
NUMBERED_LINE = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]+[、.．]", re.MULTILINE)


def after_lead(text: str, pos: int, end: int | None = None) -> int:
    """The offset after the blanks, bullets, emoji, topics and brackets that open text[pos:end] (pos itself when
    there are none): ■深圳：…, 📍平沙镇、南水镇：…, ✅火炬开发区2025年…, #清远两会# 清远：…"""
    m = _HEADING_LEAD.match(text, pos, len(text) if end is None else end)
    return m.end() if m is not None else pos


class Segments:
    """Boundary positions of one text; each level is a sorted list of separator offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        # each level's separators are a subset of the next finer level's: one scan, then filters
        clause = [m.start() for m in _CLAUSE.finditer(text)]
        sub = [p for p in clause if text[p] in _SUB_CHARS]
        # a line that ends with ； does not end its sentence: 主要目标是：到2030年，…；\n规上工业增加值年均增长6.5%；\n…
        sentence = [
            p for p in sub if text[p] in _SENTENCE_CHARS and not (text[p] == "\n" and p > 0 and text[p - 1] in "；;")
        ]
        self._ends = {
            "paragraph": [p for p in sentence if text[p] == "\n"],
            "sentence": sentence,
            "sub": sub,
            "clause": clause,
        }
        self._paragraph_ends, self._sentence_ends = self._ends["paragraph"], self._ends["sentence"]
        self._sub_ends, self._clause_ends = self._ends["sub"], self._ends["clause"]
        self._at: dict[int, tuple[Span, Span, Span, Span]] = {}  # clause number -> spans
        self._clauses: dict[Span, list[Span]] = {}

    def bounds(self, level: str, pos: int) -> Span:
        """[start, end) of the unit of `level` (paragraph | sentence | sub | clause) holding offset `pos`."""
        return self._span(self._ends[level], pos)

    def _span(self, ends: list[int], pos: int) -> Span:
        k = bisect.bisect_left(ends, pos)
        return ends[k - 1] + 1 if k > 0 else 0, ends[k] if k < len(ends) else len(self.text)

    def at(self, pos: int) -> tuple[Span, Span, Span, Span]:
        """(paragraph, sentence, sub, clause) bounds holding offset `pos`, computed once per clause."""
        p = self._clause_ends
        k = bisect.bisect_left(p, pos)
        found = self._at.get(k)  # offsets of one clause share the four spans
        if found is None:
            n = len(self.text)
            bisect_left = bisect.bisect_left
            clause = (p[k - 1] + 1 if k else 0, p[k] if k < len(p) else n)
            # written out: one bisection per level, no helper calls
            p = self._paragraph_ends
            k2 = bisect_left(p, pos)
            paragraph = (p[k2 - 1] + 1 if k2 else 0, p[k2] if k2 < len(p) else n)
            p = self._sentence_ends
            k2 = bisect_left(p, pos)
            sentence = (p[k2 - 1] + 1 if k2 else 0, p[k2] if k2 < len(p) else n)
            p = self._sub_ends
            k2 = bisect_left(p, pos)
            found = self._at[k] = (
                paragraph,
                sentence,
                (p[k2 - 1] + 1 if k2 else 0, p[k2] if k2 < len(p) else n),
                clause,
            )
        return found

    def clauses(self, start: int, end: int) -> list[Span]:
        """The clauses inside [start, end), in order (cached: the caller must not modify the list)."""
        found = self._clauses.get((start, end))
        if found is not None:
            return found
        ends = self._ends["clause"]
        out: list[Span] = []
        k = bisect.bisect_left(ends, start)
        s = start
        while k < len(ends) and ends[k] < end:
            if ends[k] > s:
                out.append((s, ends[k]))
            s = ends[k] + 1
            k += 1
        if s < end:
            out.append((s, end))
        self._clauses[(start, end)] = out
        return out
