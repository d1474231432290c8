"""`python -m extract.evaluate --gold GOLD.csv --corpus DIR [--misses]`: precision / recall / F1 against a gold
file, with the matching rules of the gold README (the same numbers as ../shared/tools/score.py)."""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections import defaultdict
from pathlib import Path

from extract.corroborate import corroborate
from extract.pipeline import extract_mentions
from extract.rows import csv_row
from extract.textio import iter_files, read_text

TIER1 = frozenset(
    {
        "gdp",
        "fixed_asset_investment",
        "industrial_investment",
        "industrial_value_added",
        "industrial_output",
        "retail_sales",
        "foreign_trade",
    }
)
SCORES = (
    ("tier1_core", False, True),
    ("tier1_strict", True, True),
    ("all_core", False, False),
    ("all_strict", True, False),
)


def _num(x: str | None) -> float | None:
    try:
        return float(x) if x else None
    except ValueError:
        return None


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _norm(s: object) -> str:
    return (str(s) if s is not None else "").strip()


def _span(text: str, row: dict) -> tuple[int, int] | None:
    quote = _norm(row.get("quote"))
    start = _num(row.get("start"))
    if start is not None:
        end = _num(row.get("end"))
        return int(start), int(end) if end is not None else int(start) + len(quote)
    i = text.find(quote or "\0")
    return (i, i + len(quote)) if i >= 0 else None


def matches(g: dict, p: dict, text: str, strict: bool) -> bool:
    """Whether predicted row p matches gold row g (core, or strict: also bound, commitment, period)."""
    for k in ("region", "kind", "measure", "unit"):
        if _norm(g.get(k)) != _norm(p.get(k)):
            return False
    if _norm(g.get("year")) != _norm(p.get("year")).split(".")[0]:
        return False
    if not _close(_num(g.get("value")), _num(p.get("value"))):
        return False
    if not _close(_num(g.get("value_high")), _num(p.get("value_high"))):
        return False
    if _norm(g.get("indicator")) in TIER1:
        if _norm(g.get("indicator")) != _norm(p.get("indicator")):
            return False
    else:
        gs, ps = _span(text, g), _span(text, p)
        if not gs or not ps or ps[1] <= gs[0] or gs[1] <= ps[0]:
            return False
    return not strict or all(_norm(g.get(k)) == _norm(p.get(k)) for k in ("bound", "commitment", "period"))


def score(gold: list[dict], pred: list[dict], texts: dict[str, str], strict: bool, tier1_only: bool) -> dict:
    """One score line: counts, precision, recall, F1 (rounded to 4 places) and the missed / spurious rows."""
    gsel = [g for g in gold if not tier1_only or _norm(g.get("indicator")) in TIER1]
    psel = [p for p in pred if not tier1_only or _norm(p.get("indicator")) in TIER1]
    by_doc_g: dict[str, list[dict]] = defaultdict(list)
    by_doc_p: dict[str, list[dict]] = defaultdict(list)
    for g in gsel:
        by_doc_g[_norm(g["doc"])].append(g)
    for p in psel:
        by_doc_p[Path(_norm(p.get("doc"))).name].append(p)
    tp, missed, spurious = 0, [], []
    for doc in sorted(set(by_doc_g) | set(by_doc_p)):
        text = texts.get(doc, "")
        left = list(by_doc_p.get(doc, []))
        for g in by_doc_g.get(doc, []):
            hit = next((p for p in left if matches(g, p, text, strict)), None)
            if hit is None:
                missed.append(g)
            else:
                left.remove(hit)
                tp += 1
        spurious += left
    precision = tp / len(psel) if psel else 0.0
    recall = tp / len(gsel) if gsel else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": len(gsel),
        "pred": len(psel),
        "tp": tp,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "missed": missed,
        "spurious": spurious,
    }


def evaluate(gold_rows: list[dict], pred_rows: list[dict], texts: dict[str, str]) -> dict:
    """The four score lines (tier1_core, tier1_strict, all_core, all_strict) keyed by name."""
    return {name: score(gold_rows, pred_rows, texts, strict, t1) for name, strict, t1 in SCORES}


def predict(corpus: Path) -> tuple[list[dict], dict[str, str]]:
    """Extract every *.txt of a corpus folder: the predicted rows (CSV form) and the texts by file name."""
    texts: dict[str, str] = {}
    mentions: dict[str, list] = {}
    for path in iter_files([str(corpus)]):
        text = read_text(path)
        texts[path.name] = text
        mentions[path.name] = extract_mentions(text, path.name)
    return [csv_row(m) for doc_mentions in corroborate(mentions).values() for m in doc_mentions], texts


def format_line(name: str, v: dict) -> str:
    """One line of output, in score.py's format."""
    return (
        f"{name:13s} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f} "
        f"(gold {v['gold']}, pred {v['pred']}, tp {v['tp']})"
    )


def main(argv: list[str] | None = None) -> int:
    """Print the four score lines; with --misses also the missed and spurious rows of all_strict."""
    parser = argparse.ArgumentParser(prog="python -m extract.evaluate", description=__doc__)
    parser.add_argument("--gold", required=True, type=Path)
    parser.add_argument("--corpus", required=True, type=Path)
    parser.add_argument("--misses", action="store_true", help="list missed and spurious rows (all rows, strict)")
    parser.add_argument("--pred-out", type=Path, help="also write the predictions to this CSV")
    args = parser.parse_args(argv)
    with args.gold.open(encoding="utf-8", newline="") as f:
        gold = list(csv.DictReader(f))
    pred, texts = predict(args.corpus)
    if args.pred_out:
        with args.pred_out.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(pred[0]) if pred else ["doc"], lineterminator="\n")
            w.writeheader()
            w.writerows(pred)
    result = evaluate(gold, pred, texts)
    for name, _, _ in SCORES:
        print(format_line(name, result[name]))
    if args.misses:
        cols = (
            "doc",
            "start",
            "quote",
            "region",
            "year",
            "period",
            "kind",
            "indicator",
            "measure",
            "value",
            "value_high",
            "unit",
            "bound",
            "commitment",
        )
        for tag, rows in (("MISS", result["all_strict"]["missed"]), ("SPUR", result["all_strict"]["spurious"])):
            for r in rows:
                print(tag, " | ".join(_norm(r.get(c)).replace("\n", "⏎") for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
