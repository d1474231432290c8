"""`extract.evaluate` agrees with the reference scorer ../shared/tools/score.py on the same predictions."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.evaluate import SCORES, evaluate, main
from tests.conftest import require_shared

KEYS = ("gold", "pred", "tp", "precision", "recall", "f1")


@pytest.mark.corpus
def test_agrees_with_score_py(tmp_path: Path, gold_dir: Path, corpus_dir: Path, gold_rows, corpus_predictions) -> None:
    pred, texts = corpus_predictions
    pred_csv = tmp_path / "pred.csv"
    with pred_csv.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(pred[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(pred)
    score_py = require_shared("tools") / "score.py"
    out = subprocess.run(
        [sys.executable, str(score_py), str(gold_dir / "seeds.csv"), str(pred_csv), str(corpus_dir), "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    reference = json.loads(out.stdout)
    ours = evaluate(gold_rows, pred, texts)
    for name, _, _ in SCORES:
        assert {k: ours[name][k] for k in KEYS} == reference[name], name


def test_scoring_rules_on_hand_made_rows() -> None:
    text = "力争地区生产总值增长6%，新建学校5所。"
    gold = [
        dict(
            doc="d.txt",
            start="2",
            quote="地区生产总值增长6%",
            region="广州市",
            year="2023",
            kind="target",
            indicator="gdp",
            measure="growth",
            value="6",
            value_high="",
            unit="percent",
            bound="exact",
            commitment="strive",
            period="",
        ),
        dict(
            doc="d.txt",
            start="15",
            quote="学校5所",
            region="广州市",
            year="2023",
            kind="target",
            indicator="new_schools_count",
            measure="count",
            value="5",
            value_high="",
            unit="count",
            bound="exact",
            commitment="plan",
            period="",
        ),
    ]
    pred = [dict(gold[0], commitment="plan"), dict(gold[1], indicator="whatever", start="16", quote="校5所")]
    r = evaluate(gold, pred, {"d.txt": text})
    assert (r["all_core"]["tp"], r["all_strict"]["tp"], r["tier1_strict"]["tp"]) == (2, 1, 0)
    moved = [gold[0], dict(gold[1], start="0", quote="力争")]
    assert evaluate(gold, moved, {"d.txt": text})["all_core"]["tp"] == 1


@pytest.mark.corpus
def test_cli_prints_four_lines(gold_dir: Path, corpus_dir: Path, capsys) -> None:
    assert main(["--gold", str(gold_dir / "seeds.csv"), "--corpus", str(corpus_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [name for name, _, _ in SCORES]
