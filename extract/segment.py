"""Sentence, sub-sentence (；) and clause boundaries of the normalised text, looked up by bisection."""

from __future__ import annotations

import bisect
import re

_PARAGRAPH = re.compile(r"\n")
_SENTENCE = re.compile(r"[。！？!?\n]")
_SUB = re.compile(r"[。！？!?\n；;]")
_CLAUSE = re.compile(r"[。！？!?\n；;，,、：: ]")
CLAUSE_CHARS = "。！？!?\n；;，,、：: "


class Segments:
    """Boundary positions of one text; each level is a sorted list of separator offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends = {
            "paragraph": [m.start() for m in _PARAGRAPH.finditer(text)],
            "sentence": [m.start() for m in _SENTENCE.finditer(text)],
            "sub": [m.start() for m in _SUB.finditer(text)],
            "clause": [m.start() for m in _CLAUSE.finditer(text)],
        }

    def bounds(self, level: str, pos: int) -> tuple[int, int]:
        """[start, end) of the unit of `level` (paragraph | sentence | sub | clause) holding offset `pos`."""
        ends = self._ends[level]
        k = bisect.bisect_left(ends, pos)
        start = ends[k - 1] + 1 if k > 0 else 0
        end = ends[k] if k < len(ends) else len(self.text)
        return start, end

    def clauses(self, start: int, end: int) -> list[tuple[int, int]]:
        """The clauses inside [start, end), in order."""
        ends = self._ends["clause"]
        out: list[tuple[int, int]] = []
        k = bisect.bisect_left(ends, start)
        s = start
        while k < len(ends) and ends[k] < end:
            if ends[k] > s:
                out.append((s, ends[k]))
            s = ends[k] + 1
            k += 1
        if s < end:
            out.append((s, end))
        return out

    def separator_before(self, pos: int) -> str:
        """The clause separator just before the clause holding `pos` ('' at the start of the text)."""
        start, _ = self.bounds("clause", pos)
        return self.text[start - 1] if start > 0 else ""
