"""Throughput of extract_mentions vs jieba's plain full-text segmentation (and JioNLP's money extraction when it
is installed), on the real corpus repeated to at least 20 MB. A script, not a test:
`python benchmarks/bench_extract.py [--mb 20]`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from warehouse.config import PROJECT_ROOT  # noqa: E402

CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


def _corpus_text(target_mb: float) -> tuple[list[str], int]:
    docs = [p.read_text(encoding="utf-8-sig") for p in sorted(CORPUS.glob("*.txt"))]
    size = sum(len(d.encode()) for d in docs)
    reps = max(1, int(target_mb * 1e6 // size) + 1)
    return docs * reps, size * reps


def _measure(fn: Callable[[], object], n_bytes: int) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return n_bytes / 1e6 / max(cpu, 1e-9), wall


def main(argv: list[str] | None = None) -> int:
    """Run the three measurements and print a table with the ratio to jieba."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=20.0, help="size of the repeated corpus in MB (default 20)")
    parser.add_argument(
        "--jionlp-mb", type=float, default=2.0, help="JioNLP (much slower) runs on this many MB of it (default 2)"
    )
    args = parser.parse_args(argv)
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.txt")):
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    import jieba

    from extract.pipeline import EXTRACTOR_VERSION, extract_mentions

    docs, n_bytes = _corpus_text(args.mb)
    jieba.setLogLevel(60)
    jieba.initialize()
    for d in docs[:5]:  # load the tables (and the lazily read word lists) once, outside the timing
        extract_mentions(d, "warmup")
    rows: list[tuple[str, float, float, str]] = []
    count = [0]

    def run_extract() -> None:
        count[0] = sum(len(extract_mentions(d, f"doc{i}")) for i, d in enumerate(docs))

    mbps, wall = _measure(run_extract, n_bytes)
    rows.append(("extract_mentions", mbps, wall, f"{count[0]} rows"))
    mbps_j, wall = _measure(lambda: [jieba.lcut(d) for d in docs], n_bytes)
    rows.append(("jieba.lcut", mbps_j, wall, "segmentation only"))
    try:
        import jionlp  # type: ignore[import-not-found]
    except ImportError:
        rows.append(("jionlp money", float("nan"), float("nan"), "not installed"))
    else:
        jio_docs, jio_bytes = _corpus_text(args.jionlp_mb)
        mbps_n, wall = _measure(lambda: [jionlp.ner.extract_money(d) for d in jio_docs], jio_bytes)
        rows.append(("jionlp money", mbps_n, wall, f"ner.extract_money on {jio_bytes / 1e6:.1f} MB"))
    print(
        f"corpus: {len(docs)} documents, {n_bytes / 1e6:.1f} MB; extractor {EXTRACTOR_VERSION}; "
        f"cpu count {os.cpu_count()} (single process)"
    )
    print(f"{'method':18s} {'MB/s/core':>10s} {'wall s':>8s}  note")
    for name, speed, wall, note in rows:
        print(f"{name:18s} {speed:10.2f} {wall:8.1f}  {note}")
    print(f"ratio extract / jieba: {mbps / mbps_j:.1f}x (goal >= 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
