"""Integrity of the vocabulary tables in extract/data (a typo in a table fails here)."""

from __future__ import annotations

import csv

import pytest

from extract.lexicon import DATA_DIR, lexicon, tokenizer

TIER1 = {
    "gdp",
    "fixed_asset_investment",
    "industrial_investment",
    "industrial_value_added",
    "industrial_output",
    "retail_sales",
    "foreign_trade",
}
HEADERS = {
    "indicators": ["code", "tier", "name_zh", "name_en", "aliases"],
    "units": ["unit_text", "unit", "factor", "measure"],
    "cues": ["cue", "role", "value"],
    "list_aliases": ["alias", "code"],
    "compounds": ["compound", "parts"],
    "indicator_keywords": ["keyword", "code"],
}


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.csv")), ids=lambda p: p.name)
def test_every_table_is_rectangular(path) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows, f"{path.name} is empty"
    width = len(rows[0])
    bad = [i + 1 for i, r in enumerate(rows) if len(r) != width]
    assert not bad, f"{path.name}: rows {bad[:5]} do not have {width} columns"
    if path.stem in HEADERS:
        assert rows[0] == HEADERS[path.stem]


def test_indicator_codes_and_tiers() -> None:
    lex = lexicon()
    assert {c for c, i in lex.indicators.items() if i.tier == 1} == TIER1
    for code in lex.indicators:
        assert code.isascii() and code == code.lower() and " " not in code, code


def test_aliases_are_unambiguous() -> None:
    seen: dict[str, str] = {}
    for ind in lexicon().indicators.values():
        for alias in ind.aliases:
            assert seen.setdefault(alias, ind.code) == ind.code, f"alias {alias} is used by two indicators"


def test_units_are_valid() -> None:
    for unit in lexicon().units.values():
        assert unit.unit in {"percent", "CNY", "m2", "t", "count"} or unit.unit.startswith("other:"), unit
        assert unit.measure in {"growth", "level", "count"}
        assert unit.factor > 0


def test_cue_roles_have_valid_values() -> None:
    lex = lexicon()
    assert set(lex.cue_words("bound_prefix").values()) <= {"min", "max", "approx"}
    assert set(lex.cue_words("bound_suffix").values()) <= {"min", "max", "approx"}
    assert set(lex.cue_words("commitment").values()) == {"ensure", "strive"}
    for code in lex.list_aliases.values():
        assert code in lex.indicators


def test_private_jieba_tokenizer_knows_table_words() -> None:
    import jieba

    tok = tokenizer()
    assert tok is not jieba.dt
    assert "规上工业增加值" in tok.lcut("今年规上工业增加值增长8%")


ROLES = {
    "bound_prefix",
    "bound_suffix",
    "estimate",
    "commitment",
    "breaker",
    "not_breaker",
    "lead_skip",
    "tail_skip",
    "time",
    "past_span",
    "actual",
    "strong_actual",
    "actual_genre",
    "target",
    "plan_cue",
    "period",
    "plan_period",
    "share_word",
    "growth_verb",
    "growth_rate_word",
    "not_a_row",
    "class_suffix",
    "threshold_noun",
    "connector",
    "gap_word",
    "admin_noun",
    "org_noun",
    "policy_noun",
    "change_to",
    "countable_noun",
    "company_word",
    "entity_attribute",
    "speech_verb",
    "subject_cue",
    "reference",
    "distribution",
    "word_value",
    "share_word_value",
    "currency",
    "macro_region",
    "project_word",
    "existing_verb",
    "group_total",
    "town_suffix",
    "not_town",
    "zone_suffix",
    "zone_name",
    "generic_company",
    "news_outlet",
    "province_abbreviation",
    "surname",
}


def test_cue_table_has_every_role_and_no_duplicates() -> None:
    with (DATA_DIR / "cues.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    pairs = [(r["cue"], r["role"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "a cue is listed twice under the same role"
    assert {r["role"] for r in rows} == ROLES
