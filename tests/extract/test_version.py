"""Determinism and the extractor version."""

from __future__ import annotations

import re

from extract.pipeline import EXTRACTOR_VERSION, _version, extract_mentions

TEXT = "广州市委书记 张三：\n\n确保今年经济总量突破3万亿、增长6%以上，力争南沙经济总量增长10%。\n"


def test_version_shape() -> None:
    assert re.fullmatch(r"[\w.]+\+[0-9a-f]{12}", EXTRACTOR_VERSION)
    assert _version() == EXTRACTOR_VERSION


def test_version_changes_with_tables_and_rules(tmp_path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cues.csv").write_text("cue,role,value\n", encoding="utf-8")
    (tmp_path / "pipeline.py").write_text("", encoding="utf-8")
    before = _version(tmp_path)
    (tmp_path / "data" / "cues.csv").write_text("cue,role,value\n超,bound_prefix,min\n", encoding="utf-8")
    after_table = _version(tmp_path)
    (tmp_path / "pipeline.py").write_text("RULE = 1\n", encoding="utf-8")
    assert len({before, after_table, _version(tmp_path)}) == 3


def test_same_input_same_rows() -> None:
    first = extract_mentions(TEXT, "a.txt", 2023)
    assert first
    for _ in range(3):
        assert extract_mentions(TEXT, "a.txt", 2023) == first


def test_offsets_index_the_given_text() -> None:
    for m in extract_mentions(TEXT, "a.txt", 2023):
        assert TEXT[m.start : m.end] == m.quote


def test_empty_and_numberless_text() -> None:
    assert extract_mentions("", "a.txt") == []
    assert extract_mentions("没有数字的一段话。", "a.txt") == []
