"""Corpus step: give a redacted document the region whose figures, stated in other documents, agree with its own.

A transcript may redact its own region ("**区"); the extractor then leaves `region` empty and keeps clues in `note`.
When other documents of the same corpus state the same figures for one region — the same year, indicator, measure
and value, at least MIN_AGREEMENTS times, in at least MIN_SOURCES other documents, and more often than for any other
region — that region is proven by corroboration, provided it is of the kind the redacted name shows (**区, **县, **市)
when the clues show one. Rows say so in `note`, with the documents that agree. Otherwise the rows stay unresolved.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from extract.rows import GROUP_TOTAL_NOTE, TOWN_NOTE, ZONE_NOTE, Mention

REDACTED_NOTE = "redacted in text"  # the note of a row whose document redacts its own region (extract.pipeline)

MIN_AGREEMENTS = 2
# …stated for that region by at least this many other documents: districts often copy their city's round targets
# (6.5%, 8%), so one other text that shares a few of them proves nothing
MIN_SOURCES = 2
# the kind of unit the redacted name was (**区, **县, **市, in the clues of the note): the proven region must be one
_REDACTED_KIND = re.compile(r"\*\*([区县市])")

Key = tuple[int | None, str, str, str, str, float, float | None]


def _key(m: Mention) -> Key:
    return (m.year, m.kind, m.indicator, m.measure, m.unit, m.value, m.value_high)


def _evidence(m: Mention) -> bool:
    """Figures specific enough to identify a region: not about a single company or project, with a year."""
    return m.year is not None and not m.indicator.startswith(("company_", "project_", "other_"))


def _open(m: Mention) -> bool:
    """A row whose region is redacted and still to find: empty, noted "redacted in text", and not a total over several
    regions, a town's or a zone's figure (which have none in the region table). A round-up or a commentary that names
    no region of its own is no redaction: its region-less figures are not anyone's to corroborate."""
    own = (GROUP_TOTAL_NOTE, f"{TOWN_NOTE} ", f"{ZONE_NOTE} ")
    # (the note's parts are joined by "; ": 分别 distribution over regions (1 of 3); town 小榄镇)
    return not m.region and REDACTED_NOTE in m.note and not any(part.startswith(own) for part in m.note.split("; "))


def corroborate(mentions_by_doc: Mapping[str, list[Mention]]) -> dict[str, list[Mention]]:
    """Resolve the redacted rows of each document by agreement with the other documents; others pass unchanged."""
    stated: dict[Key, dict[tuple[str, str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, mentions in mentions_by_doc.items():
        for m in mentions:
            if m.region and _evidence(m):
                stated[_key(m)][(m.region, m.parent_region, m.level)].add(doc)
    out: dict[str, list[Mention]] = {}
    for doc, mentions in mentions_by_doc.items():
        unresolved = [m for m in mentions if _open(m) and _evidence(m)]
        region = _agreeing_region(doc, unresolved, stated) if unresolved else None
        if region is None:
            out[doc] = list(mentions)
            continue
        (name, parent, level), n, docs = region
        note = f"region corroborated: {n} figures agree with {name} in {', '.join(sorted(docs))}"
        out[doc] = [
            replace(m, region=name, parent_region=parent, level=level, note="; ".join(filter(None, (m.note, note))))
            if _open(m)
            else m
            for m in mentions
        ]
    return out


def _agreeing_region(doc: str, unresolved: list[Mention], stated) -> tuple | None:
    votes: dict[tuple[str, str, str], set[Key]] = defaultdict(set)
    sources: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for m in unresolved:
        for region, docs in stated.get(_key(m), {}).items():
            others = docs - {doc}
            if others:
                votes[region].add(_key(m))
                sources[region] |= others
    kinds = {k for m in unresolved for k in _REDACTED_KIND.findall(m.note)}
    if kinds:
        # “**区委书记”: a 区, so not 江阴市 however many round figures they share
        votes = {region: keys for region, keys in votes.items() if region[0][-1:] in kinds}
    ranked = sorted(((len(keys), region) for region, keys in votes.items()), reverse=True)
    if not ranked or ranked[0][0] < MIN_AGREEMENTS or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    n, region = ranked[0]
    if len(sources[region]) < MIN_SOURCES:
        return None
    return region, n, sources[region]
