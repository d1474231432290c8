"""Region attribution: the region a figure is about (subject in its sentence, else the speaker / section, else the
document's region), with short names resolved inside the current context."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from extract.lexicon import alternation, lexicon
from extract.regions import Region, RegionIndex

# after a region name: a title that makes the mention a speaker / department introduction
_TITLE = re.compile(
    r"(?:委|人大|政协|政府|人民政府|党|常务|副?[省市区县州旗]长|[\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室))"
)
_STRONG_TITLE = re.compile(r"(?:[省市区县州旗]?委(?:副)?书记|(?:副|常务副)?[省市区县州旗]长)")
_SPEECH = re.compile(r"表示|指出|介绍|强调|透露|提到|提出|认为|讲话|说|：")
# after a region name: words that make it the subject of the figure that follows
_SUBJECT = re.compile(r"(?:今年|全年|全区|全市|全县|将|要|实现|经济|地区|力争|确保|争取|以|的经济|上半年|一季度|\d)")
# after a region name: it is part of a place or thing name, not the region
_NAME_PART = re.compile(r"[路街港站湾桥]|大道|机场|CBD|片区|新区|新城|产业|方案")
_WHOLE = re.compile(r"全[省市区县]")
_HEADLINE = re.compile(r"^[^\n。]{1,80}$", re.MULTILINE)
_INTRO = re.compile(r"(?:委(?:副)?书记|[省市区县州旗]长|局|委员会|委|政府|人大|政协)[^\n。]{0,30}?"
                    r"(?:表示|指出|介绍|强调|透露|提到|提出|认为|讲话|说|：)")
_DEPARTMENT = re.compile(r"(?:^|(?<=[\n，,、 ]))([市区县])[\u4e00-\u9fff]{1,8}?(?:局|委)(?!员)")
REDACTION = "**"


@dataclass(frozen=True, slots=True)
class Attribution:
    region: Region | None
    redacted: bool
    clues: str


def _trie_regex(words: list[str]) -> str:
    """A regex for a set of literal words that the regex engine walks as a trie (fast for thousands of words)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


@functools.cache
def _surface_pattern() -> re.Pattern[str]:
    idx = RegionIndex.load()
    surfaces = [s for s in idx.surfaces() if len(s) >= 2]
    return re.compile(_trie_regex(surfaces))


@functools.cache
def _surface_set() -> frozenset[str]:
    return frozenset(s for s in RegionIndex.load().surfaces() if len(s) >= 2)


_MAX_SURFACE = 12


@functools.cache
def _surface_last_chars() -> frozenset[str]:
    return frozenset(s[-1] for s in _surface_set())


@functools.cache
def _subject_cue() -> re.Pattern[str]:
    """Where a subject region may end: before a subject word or an indicator alias."""
    return re.compile(f"(?:{_SUBJECT.pattern}|{alternation(lexicon().alias_to_code)})")


@dataclass(frozen=True, slots=True)
class RegionMention:
    start: int
    end: int
    surface: str


class DocumentRegions:
    """Region mentions and speaker / section events of one document."""

    def __init__(self, text: str, doc_region: str | None) -> None:
        self.idx = RegionIndex.load()
        self.text = text
        self.redacted_doc = REDACTION in text
        # region names are looked up only where they matter (headlines, speaker introductions, the sentence
        # before a figure): scanning the whole text for ~6000 names would dominate the run time
        self.mentions = self._candidate_mentions()
        self.doc_region = self._doc_region(doc_region)
        self.events: list[tuple[int, Region | None]] = []
        self._find_events()
        self._event_pos = [p for p, _ in self.events]
        self._subject_cache: dict[int, list[tuple[int, str]]] = {}

    def mentions_in(self, start: int, end: int) -> list[RegionMention]:
        """Region name mentions inside text[start:end]."""
        found = _surface_pattern().finditer(self.text, start, end)
        return [RegionMention(m.start(), m.end(), m.group(0)) for m in found]

    def _candidate_mentions(self) -> list[RegionMention]:
        text = self.text
        windows: list[tuple[int, int]] = [(0, min(len(text), 200))]
        for m in _HEADLINE.finditer(text):
            windows.append((m.start(), m.end()))
        for m in _INTRO.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            windows.append((max(line_start, m.start() - 40), m.end()))
        for m in _STRONG_TITLE.finditer(text):
            windows.append((max(0, m.start() - _MAX_SURFACE), m.end()))
        windows.sort()
        merged: list[tuple[int, int]] = []
        for a, b in windows:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        out: list[RegionMention] = []
        for a, b in merged:
            out.extend(self.mentions_in(a, b))
        return out

    def _resolve(self, surface: str, context: Region | None) -> Region | None:
        region = self.idx.resolve(surface, within=context)
        if region is None and context is None:
            cands = self.idx.candidates(surface)
            guangdong = [r for r in cands if r.code.startswith("44")]
            region = guangdong[0] if len(guangdong) == 1 else None
        return region

    def _doc_region(self, given: str | None) -> Region | None:
        if given:
            cands = self.idx.candidates(given)
            return cands[0] if cands else None
        head = self.text[:200]
        for m in self.mentions:
            if m.start >= len(head):
                break
            if self.text.startswith(("委", "省委"), m.end):
                continue
            region = self._resolve(m.surface, None)
            if region is not None and region.level != "province":
                return region
        return None

    def _context_at(self, pos: int) -> Region | None:
        k = bisect.bisect_right(self._event_pos, pos) - 1
        return self.events[k][1] if k >= 0 else self.doc_region

    def _find_events(self) -> None:
        text = self.text
        context = self.doc_region
        dept = {m.start(): m.group(1) for m in _DEPARTMENT.finditer(text)}
        items: list[tuple[int, str, object]] = [(m.start, "m", m) for m in self.mentions]
        items += [(p, "d", lvl) for p, lvl in dept.items()]
        items.sort(key=lambda t: (t[0], t[1]))
        for pos, kind, item in items:
            if kind == "d":
                region = self._department_region(item, context)
                if region is not None:
                    self.events.append((pos, region))
                continue
            m: RegionMention = item
            line_start = text.rfind("\n", 0, m.start) + 1
            line_end = text.find("\n", m.end)
            line_end = len(text) if line_end < 0 else line_end
            line = text[line_start:line_end]
            is_section = m.start == line_start and (len(line) <= 14 or len(line) < 80 and "。" not in line)
            is_speaker = False
            if _STRONG_TITLE.match(text, m.end):
                is_speaker = True
            elif _TITLE.match(text, m.end):
                window = text[m.end : min(line_end, m.end + 30)]
                cut = re.search(r"[。；]", window)
                window = window[: cut.start()] if cut else window
                is_speaker = bool(_SPEECH.search(window)) or (len(line) < 45 and line.rstrip().endswith("："))
            if not (is_section or is_speaker):
                continue
            region = self._resolve(m.surface, context)
            if region is None:
                continue
            if is_section:
                # a headline of region names (茂名电白区): the most specific one wins
                for other in self.mentions:
                    if m.end <= other.start < line_end:
                        deeper = self._resolve(other.surface, region)
                        if deeper is not None and deeper.level != region.level:
                            region = deeper
            self.events.append((pos, region))
            context = region

    def _department_region(self, level: str, context: Region | None) -> Region | None:
        """市XX局 -> the city of the current context; 区XX局 -> the current district."""
        if context is None:
            return None
        if level == "市":
            if context.level == "city":
                return context
            if context.level == "district":
                parent = self.idx.parent(context)
                return parent if parent is not None and parent.level == "city" else context
            return None
        return context if context.level == "district" else None

    def subject_region(self, sentence_start: int, pos: int, context: Region | None) -> Region | None:
        """The nearest region named as the subject of a figure at `pos`, within its sentence.

        Only positions where a subject cue (or an indicator alias, or the figure itself) starts are looked at, and
        a region name must end exactly there: cheaper than scanning the sentence for thousands of names.
        """
        cands = self._subject_cache.get(sentence_start)
        if cands is None:
            end = self.text.find("\n", pos)
            cands = self._subject_candidates(sentence_start, len(self.text) if end < 0 else end)
            self._subject_cache[sentence_start] = cands
        for p, surface in reversed(cands):
            if p > pos:
                continue
            if _WHOLE.search(self.text, p, pos):
                return None  # 全市 / 全区 between the name and the figure: back to the speaker's region
            region = self._resolve(surface, context)
            if region is not None:
                return region
        return None

    def _subject_candidates(self, start: int, end: int) -> list[tuple[int, str]]:
        """(end offset, name) of every region name in text[start:end] that is followed by a subject cue."""
        text = self.text
        out: list[tuple[int, str]] = []
        for m in _subject_cue().finditer(text, start, end):
            p = m.start()
            surface = self._surface_ending_at(p, start)
            if surface is None:
                continue
            if _TITLE.match(text, p) and text.startswith(("委", "人大", "政协", "党", "副", "常务"), p):
                continue
            out.append((p, surface))
        return out

    def _surface_ending_at(self, p: int, floor: int) -> str | None:
        if p <= floor or self.text[p - 1] not in _surface_last_chars():
            return None
        names = _surface_set()
        for k in range(min(_MAX_SURFACE, p - floor), 1, -1):
            if self.text[p - k : p] in names:
                return self.text[p - k : p]
        return None

    def attribute(self, sentence_start: int, pos: int) -> Attribution:
        """The region a figure at clean offset `pos` is about."""
        context = self._context_at(pos)
        subject = self.subject_region(sentence_start, pos, context)
        region = subject or context
        if region is None and self.redacted_doc:
            return Attribution(None, True, self.clues())
        return Attribution(region, False, "")

    @functools.cache  # noqa: B019 - one DocumentRegions per document, freed with it
    def clues(self) -> str:
        """Short contexts of the redacted names, so a reader can resolve them later."""
        seen: list[str] = []
        for m in re.finditer(r"[^\s，。、；：]{0,6}\*\*[^\s，。、；：]{0,6}", self.text):
            clue = m.group(0)
            if clue not in seen:
                seen.append(clue)
            if len(seen) >= 6:
                break
        return " | ".join(seen)
