"""Fixtures for the extractor tests: predictions on the real corpus, computed once per session."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extract.evaluate import predict


@pytest.fixture(scope="session")
def gold_rows(gold_dir: Path) -> list[dict]:
    with (gold_dir / "seeds.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="session")
def corpus_predictions(corpus_dir: Path) -> tuple[list[dict], dict[str, str]]:
    """(predicted rows in CSV form, texts by file name) for ../shared/corpus."""
    return predict(corpus_dir)
