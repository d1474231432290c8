"""The extractor's vocabulary: every CSV table of extract/data, loaded once."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract import PACKAGE_DIR

if TYPE_CHECKING:
    import jieba

DATA_DIR = PACKAGE_DIR / "data"


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit word (亿元, 平方公里) with its base unit, factor to the base unit and default measure."""

    text: str
    unit: str  # percent | CNY | m2 | t | count | other:<name>
    factor: float
    measure: str


@dataclass(frozen=True, slots=True)
class Indicator:
    """An indicator code with its tier and the aliases that name it in text."""

    code: str
    tier: int
    name_zh: str
    name_en: str
    aliases: tuple[str, ...]


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of extract/data/<name>.csv as dicts (UTF-8, header row)."""
    with (DATA_DIR / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words that matches the longest word first (then shorter ones on backtracking).

    Written as a trie (汽车|汽油 -> 汽(?:车|油)) so that the regex engine tests each character once instead of every
    word in turn; it matches the same words in the same order as the words sorted longest first.
    """
    trie: dict = {}
    for word in set(words):
        if word:
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    """Top-level alternation of a trie node's continuations; a word ending at the node is the last (empty) choice."""
    branches = [re.escape(ch) + _group(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        branches.append("")
    return "|".join(branches)


def _group(node: dict) -> str:
    """The continuations of a trie node as a pattern that can follow a literal character."""
    if not node or list(node) == [""]:
        return ""  # the word ends here
    if len(node) == 1:
        ((ch, child),) = node.items()
        return re.escape(ch) + _group(child)
    return f"(?:{_trie_pattern(node)})"


class Lexicon:
    """All vocabulary tables with the lookups the pipeline needs."""

    def __init__(self) -> None:
        self.units: dict[str, Unit] = {
            r["unit_text"]: Unit(r["unit_text"], r["unit"], float(r["factor"]), r["measure"])
            for r in read_table("units")
        }
        self.indicators: dict[str, Indicator] = {}
        self.alias_to_code: dict[str, str] = {}
        for r in read_table("indicators"):
            aliases = tuple(a for a in r["aliases"].split("|") if a)
            ind = Indicator(r["code"], int(r["tier"]), r["name_zh"], r["name_en"], aliases)
            self.indicators[ind.code] = ind
            for a in aliases:
                self.alias_to_code.setdefault(a, ind.code)
        self.list_aliases: dict[str, str] = {r["alias"]: r["code"] for r in read_table("list_aliases")}
        self.compounds: dict[str, tuple[str, ...]] = {
            r["compound"]: tuple(r["parts"].split("|")) for r in read_table("compounds")
        }
        self.cues: dict[str, dict[str, str]] = {}
        for r in read_table("cues"):
            self.cues.setdefault(r["role"], {})[r["cue"]] = r["value"]

    def cue_words(self, role: str) -> dict[str, str]:
        """Cue word -> value for one role of cues.csv (empty dict for an unknown role)."""
        return self.cues.get(role, {})

    def tier(self, code: str) -> int:
        """Tier of an indicator code: 1 for the seven headline codes, else 2."""
        ind = self.indicators.get(code)
        return ind.tier if ind else 2


@functools.cache
def lexicon() -> Lexicon:
    """The shared, read-once lexicon."""
    return Lexicon()


def tokenizer() -> jieba.Tokenizer:
    """A private jieba Tokenizer whose user words come from the indicator, unit and region tables."""
    import jieba

    from extract.regions import RegionIndex

    tok = jieba.Tokenizer()
    lex = lexicon()
    for word in [*lex.alias_to_code, *lex.list_aliases, *lex.units, *RegionIndex.load().surfaces()]:
        if len(word) > 1:
            tok.add_word(word, freq=100000)
    return tok
