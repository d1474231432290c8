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
        "estimate": re.compile(alternation(lex.cue_words("estimate"))),
        "commitment": re.compile(alternation(lex.cue_words("commitment"))),
        "breaker": re.compile(alternation(lex.cue_words("breaker"))),
        "not_breaker": re.compile(alternation(lex.cue_words("not_breaker"))),
        "lead": re.compile(f"(?:{alternation(lex.cue_words('lead_skip'))}|[“”\"'《》()\\s])+"),
    }


def bound_of(text: str, q: Quantity, window_start: int, clause_start: int | None = None) -> str:
    """The bound of quantity q from the cue words right before and after it (预计 anywhere in its clause)."""
    if q.value_high is not None:
        return "range"
    if q.word == "两位数":
        return "min"
    pats = _patterns()
    m = pats["suffix"].match(text, q.end)
    if m:
        return lexicon().cue_words("bound_suffix")[m.group()]
    if q.more:
        return "min"
    start = q.start
    m = pats["prefix"].search(text[max(window_start, start - 4) : start])
    if m and not (m.group() == "近" and text.startswith(("近年", "近几"), start - 1)):
        return lexicon().cue_words("bound_prefix")[m.group()]
    if pats["estimate"].search(text, window_start if clause_start is None else clause_start, start):
        return "approx"
    return "exact"


def opens_with_breaker(clause: str) -> bool:
    """Whether a clause opens (after intensifiers, time words and subjects) with a new main verb or plan word."""
    return _opens_with_breaker(clause, 0, len(clause))


def _opens_with_breaker(text: str, start: int, end: int) -> bool:
    """opens_with_breaker(text[start:end]) without the copy (the patterns have no look-around)."""
    pats = _patterns()
    m = pats["lead"].match(text, start, end)
    rest = m.end() if m else start
    if text[rest : rest + 1] not in _breaker_starts():
        return False  # no breaker word starts here: spare the two matches
    return bool(pats["breaker"].match(text, rest, end)) and not pats["not_breaker"].match(text, rest, end)


@functools.cache
def _breaker_starts() -> frozenset[str]:
    return frozenset(w[0] for w in lexicon().cue_words("breaker") if w)


def commitment_of(
    text: str, clauses: list[tuple[int, int]], pos: int, memo: dict[tuple[int, int], tuple[str, bool]] | None = None
) -> str:
    """ensure / strive / plan for a target at `pos`, given the clauses of its sub-sentence (SCHEMA.md scope rules).

    `memo` (one dict per text) keeps what a whole clause says (its last commitment word, whether it opens with a
    breaker) for the next figure of the same sub-sentence.
    """
    memo = {} if memo is None else memo
    k = len(clauses) - 1
    for i, (s, e) in enumerate(clauses):
        if s <= pos <= e:
            k = i
            break
    words = lexicon().cue_words("commitment")
    for j in range(k, -1, -1):
        span = clauses[j]
        found = memo.get(span)
        if found is None:
            found = memo[span] = (_last_commitment(text, *span), _opens_with_breaker(text, *span))
        word, breaks = found
        if j == k and word:
            # the figure's own clause counts up to the figure only; a clause without a commitment word has none
            # before the figure either
            word = _last_commitment(text, span[0], pos)
        if word:
            return words[word]
        if breaks:
            return "plan"
    return "plan"


def _last_commitment(text: str, start: int, end: int) -> str:
    """The last commitment word in text[start:end], or ''."""
    pattern = _patterns()["commitment"]
    if pattern.search(text, start, end) is None:
        return ""  # most clauses: one search instead of an iterator
    last = ""
    for m in pattern.finditer(text, start, end):
        last = m.group(0)
    return last
