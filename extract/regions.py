"""China's administrative regions (province / city / district) with GB/T 2260 codes, and name resolution."""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extract import PACKAGE_DIR

DEFAULT_PATH = PACKAGE_DIR / "data" / "regions.csv"
TOWNS_PATH = DEFAULT_PATH.with_name("towns.csv")  # townships (镇, 乡, 街道, 苏木) and their county-level unit
LEVELS = ("province", "city", "district")
# a county-level name that jieba's dictionary counts at least this often is an ordinary word too (新建 1000, 港口
# 2904, 矿区 372, 天河 655) unless a context says otherwise; rarer ones are place names (南沙 132, 台山 86, 顺德 111)
COMMON_WORD_FREQ = 300


@functools.cache
def _common_dictionary_words() -> frozenset[str]:
    """The words that jieba's general dictionary counts COMMON_WORD_FREQ times or more (read once)."""
    import jieba

    found: set[str] = set()
    with (Path(jieba.__file__).resolve().parent / "dict.txt").open(encoding="utf-8") as f:
        for line in f:
            word, _, rest = line.partition(" ")
            if int(rest.split(" ", 1)[0]) >= COMMON_WORD_FREQ:
                found.add(word)
    return frozenset(found)


@functools.cache
def common_words(candidates: frozenset[str]) -> frozenset[str]:
    """The candidates that jieba's general dictionary counts COMMON_WORD_FREQ times or more."""
    return candidates & _common_dictionary_words()


@functools.cache
def common_pairs() -> frozenset[str]:
    """Two-character words that jieba's general dictionary counts COMMON_WORD_FREQ times or more (民生, 经济): a
    short region name whose last character opens one of them is part of a phrase (惠民生), not the region."""
    return frozenset(w for w in _common_dictionary_words() if len(w) == 2)


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative unit: 6-digit code, full name, level, parent code and rule-derived short names."""

    code: str
    name: str
    level: str
    parent_code: str | None
    short_names: tuple[str, ...]


# district names that are also words for a part of any city (城区 of 汕尾市, 阳泉市 and 晋城市): the district only
# within its own city
_CITY_PART_WORDS = frozenset({"城区", "郊区"})


class RegionIndex:
    """Lookup of regions by code and by full or short name (built from extract/data/regions.csv)."""

    def __init__(self, regions: list[Region]) -> None:
        """Index the given regions (sorted by code)."""
        self._regions = sorted(regions, key=lambda r: r.code)
        self._by_code: dict[str, Region] = {r.code: r for r in self._regions}
        self._province_of: dict[str, str] = {}  # code -> the code of its province (see province_code)
        self._children: dict[str, list[Region]] = {}
        self._full: dict[str, list[Region]] = {}
        self._short: dict[str, list[Region]] = {}
        for r in self._regions:
            if r.parent_code is not None:
                self._children.setdefault(r.parent_code, []).append(r)
            self._full.setdefault(r.name, []).append(r)
            for s in r.short_names:
                self._short.setdefault(s, []).append(r)

    @classmethod
    def load(cls, path: Path | None = None) -> RegionIndex:
        """Load the region table; the default table is read once and cached."""
        if path is None:
            return _load_default()
        return cls._read(Path(path))

    @classmethod
    def _read(cls, path: Path) -> RegionIndex:
        """Parse a regions CSV into an index."""
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            if header != ["code", "name", "level", "parent_code", "short_names"]:
                raise ValueError(f"{path}: unexpected header {header}")
            regions = [
                Region(code, name, level, parent or None, tuple(shorts.split("|")) if shorts else ())
                for code, name, level, parent, shorts in reader
            ]
        return cls(regions)

    def __len__(self) -> int:
        """Number of regions."""
        return len(self._regions)

    def __iter__(self) -> Iterator[Region]:
        """Iterate over all regions in code order."""
        return iter(self._regions)

    def all(self, level: str | None = None) -> list[Region]:
        """All regions in code order, optionally only those of one level."""
        return [r for r in self._regions if level is None or r.level == level]

    def by_code(self, code: str) -> Region | None:
        """The region with this 6-digit code, or None."""
        return self._by_code.get(code)

    def parent(self, region: Region) -> Region | None:
        """The region one level up, or None for a province."""
        return self._by_code.get(region.parent_code) if region.parent_code else None

    def ancestors(self, region: Region) -> list[Region]:
        """All regions above this one, nearest first."""
        out: list[Region] = []
        current = self.parent(region)
        while current is not None:
            out.append(current)
            current = self.parent(current)
        return out

    def children(self, region: Region) -> list[Region]:
        """The regions directly below this one, in code order."""
        return list(self._children.get(region.code, ()))

    def candidates(self, surface: str) -> list[Region]:
        """Every region whose full or short name equals surface, sorted by code."""
        found = {r.code: r for r in self._full.get(surface, ())}
        found.update((r.code, r) for r in self._short.get(surface, ()))
        return [found[c] for c in sorted(found)]

    def resolve(self, surface: str, within: Region | str | None = None) -> Region | None:
        """Full or short name -> the region, disambiguated by an optional context region (or its code).

        Full-name matches take precedence over short-name matches. With a context, the context itself, then its
        descendants, are preferred, trying the context first and then each of its ancestors (nearest first);
        a tie at the nearest context that matches gives None. Without a deciding context a unique match resolves,
        anything else gives None, and so does a county-level short name (or two-character full name) from another
        province than the context's, or without a context when it is a common word (see COMMON_WORD_FREQ).
        An unknown context code is ignored.
        """
        pool = self._full.get(surface) or self._short.get(surface) or []
        if not pool:
            return None
        context = self._by_code.get(within) if isinstance(within, str) else within
        if context is not None:
            for ctx in [context, *self.ancestors(context)]:
                if ctx.level == "province" and surface in _CITY_PART_WORDS:
                    return None  # 完成城区5条主干道改造 in 连州: the town's own urban area, not 汕尾市城区
                if ctx in pool:
                    return ctx
                inside = [r for r in pool if self._is_descendant(r, ctx)]
                if len(inside) == 1:
                    return inside[0]
                # 长沙 in 湖南省: 长沙市, not 长沙县 inside it (a county-level unit is written with its kind)
                tops = [r for r in inside if not any(r is not o and self._is_descendant(r, o) for o in inside)]
                if len(tops) == 1 and surface in tops[0].short_names:
                    return tops[0]
                if inside:
                    return None
        if len(pool) != 1:
            for level in ("province", "city"):
                # 河南, 海南 alone: the province, not the county or city of that name; 西安, 长沙 alone: the city,
                # not 西安区 or 长沙县 (a county-level unit is written with its kind)
                top = [r for r in pool if r.level == level]
                if len(top) == 1 and surface in top[0].short_names:
                    return top[0]
                if top:
                    break
            return None
        found = pool[0]
        if (
            found.level == "district"
            and surface.endswith("新区")
            and context is not None
            and self.province_code(found) != self.province_code(context)
        ):
            # 茂名…滨海新区要…: a 新区 of another province than the context's (天津市滨海新区) is a local zone of
            # the same generic name
            return None
        if found.level == "district" and (surface not in self._full or len(surface) <= 2):
            # a county-level short name (新建, 港口, 和平), or a two-character full name (矿区, 城区), is often an
            # ordinary word: from another province than the context's it is that word, not the place; without a
            # context, so is a common word
            if context is not None and self.province_code(found) != self.province_code(context):
                return None
            if context is None and surface in common_words(self._ambiguous_names()):
                return None
        return found

    def common_short_names(self) -> frozenset[str]:
        """County-level short names that are also common words (新建, 城区, 郊区; see COMMON_WORD_FREQ)."""
        return common_words(self._ambiguous_names())

    @functools.cache  # noqa: B019 - one index per process (RegionIndex.load is cached)
    def _ambiguous_names(self) -> frozenset[str]:
        """County-level short names and two-character full names: the ones that may be ordinary words."""
        return frozenset(
            name
            for r in self._regions
            if r.level == "district"
            for name in (*r.short_names, *([r.name] if len(r.name) <= 2 else []))
        )

    def province_code(self, region: Region) -> str:
        """The code of the province region lies in (its own code when it is one); asked for every region name a text
        resolves, so each answer is kept."""
        code = self._province_of.get(region.code)
        if code is None:
            top = region
            while top.parent_code is not None and (parent := self._by_code.get(top.parent_code)) is not None:
                top = parent
            code = self._province_of[region.code] = top.code
        return code

    def surfaces(self) -> list[str]:
        """Every distinct full and short name, sorted (longest-match users should sort by length themselves)."""
        return sorted(self._full.keys() | self._short.keys())

    def _is_descendant(self, region: Region, ancestor: Region) -> bool:
        """Whether ancestor is strictly above region."""
        code = region.parent_code
        while code is not None:
            if code == ancestor.code:
                return True
            parent = self._by_code.get(code)
            code = parent.parent_code if parent else None
        return False


@functools.cache
def _load_default() -> RegionIndex:
    """The index of the bundled regions.csv, read once."""
    return RegionIndex._read(DEFAULT_PATH)


@functools.cache
def town_parents(path: Path = TOWNS_PATH) -> dict[str, frozenset[str]]:
    """Township name -> codes of the county-level units (or cities without counties) that have a township of that
    name; the table is read once, on first use (only texts that redact their own region need it)."""
    out: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != ["code", "name", "parent_code"]:
            raise ValueError(f"{path}: unexpected header {header}")
        for _, name, parent in reader:
            out.setdefault(name, set()).add(parent)
    return {name: frozenset(parents) for name, parents in out.items()}
