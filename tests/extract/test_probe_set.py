"""Accuracy floors on the project's own probe set (tests/extract/probe_set): texts of genres beyond the development
corpus, annotated by hand. The floors sit just under the figures reached; see the set's README for what they mean."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extract.evaluate import evaluate, predict

PROBE_SET = Path(__file__).resolve().parent / "probe_set"
FLOORS = {"tier1_core": 0.953, "tier1_strict": 0.937, "all_core": 0.942, "all_strict": 0.920}


@pytest.fixture(scope="module")
def scores() -> dict:
    with (PROBE_SET / "gold.csv").open(encoding="utf-8", newline="") as f:
        gold = list(csv.DictReader(f))
    pred, texts = predict(PROBE_SET / "texts")
    return evaluate(gold, pred, texts)


@pytest.mark.parametrize("name", list(FLOORS))
def test_probe_set_floor(name: str, scores: dict) -> None:
    assert scores[name]["f1"] >= FLOORS[name], f"{name}: F1 {scores[name]['f1']:.3f} < floor {FLOORS[name]}"


def test_probe_set_gold_quotes_are_verbatim() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in (PROBE_SET / "texts").glob("*.txt")}
    with (PROBE_SET / "gold.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 1200 and {r["doc"] for r in rows} <= set(texts)
    for r in rows:
        start = int(r["start"])
        assert texts[r["doc"]][start : start + len(r["quote"])] == r["quote"], r
