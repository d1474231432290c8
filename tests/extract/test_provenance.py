"""The package holds no text of the development corpus: rules and tests are written in their own words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warehouse.config import PROJECT_ROOT

RUN = 24  # characters (whitespace ignored) that no project file may share with the corpus


def _squash(text: str) -> str:
    return re.sub(r"\s", "", text)


@pytest.mark.corpus
def test_no_corpus_sentence_in_extractor_files(corpus_dir: Path) -> None:
    corpus = "".join(_squash(p.read_text(encoding="utf-8-sig")) for p in sorted(corpus_dir.glob("*.txt")))
    runs = {corpus[i : i + RUN] for i in range(len(corpus) - RUN + 1)}
    files = [
        *PROJECT_ROOT.glob("extract/**/*.py"),
        *PROJECT_ROOT.glob("extract/data/*.csv"),
        *PROJECT_ROOT.glob("tests/extract/*.py"),
        *PROJECT_ROOT.glob("tests/extract/probe_set/texts/*.txt"),
        PROJECT_ROOT / "benchmarks" / "bench_extract.py",
    ]
    offenders = []
    for path in files:
        text = _squash(path.read_text(encoding="utf-8"))
        if any(text[i : i + RUN] in runs for i in range(len(text) - RUN + 1)):
            offenders.append(path.relative_to(PROJECT_ROOT).as_posix())
    assert not offenders, f"files sharing a {RUN}-character run with the corpus: {offenders}"
