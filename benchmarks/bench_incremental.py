"""Benchmark: cold build time for N synthetic speeches, and the time to add one speech afterwards.

    python benchmarks/bench_incremental.py [N ...]      (default: 100 1000 10000)

Each N gets its own temporary warehouse; adding one speech is timed three times (the median is printed). Prints one
row per N and the ratio add-one(largest) / add-one(smallest);
the goal is a ratio ≤ 1.5 (cost follows the change, not the corpus) and a cold build of 10,000 speeches ≤ 3 min.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from synth import add_one, generate  # noqa: E402

from warehouse.config import PROJECT_ROOT, get_settings  # noqa: E402

REPEATS = 3


def timed_build(env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "warehouse", "build"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return elapsed


def main(sizes: list[int]) -> None:
    print(f"{'speeches':>9} {'MB':>7} {'cold build s':>13} {'add one s (median of 3)':>24} {'mentions':>9}")
    add_times: dict[int, float] = {}
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix=f"mubiao-bench-{n}-") as tmp:
            speeches = Path(tmp) / "speeches"
            generate(n, speeches, seed=n)
            size_mb = sum(p.stat().st_size for p in speeches.iterdir()) / 2**20
            settings = get_settings({"MUBIAO_DATA_DIR": str(Path(tmp) / "data"), "MUBIAO_SPEECHES_DIR": str(speeches)})
            env = {k: v for k, v in os.environ.items() if not k.startswith(("MUBIAO_", "DAGSTER_"))} | settings.env()
            cold = timed_build(env)
            samples = []
            for extra in range(REPEATS):  # one more speech each time; the median damps a noisy machine
                add_one(speeches, n + extra, seed=n)
                samples.append(timed_build(env))
            add_times[n] = statistics.median(samples)
            import duckdb

            con = duckdb.connect(str(settings.duckdb_path), read_only=True)
            mentions = con.execute("select count(*) from raw.target_mentions").fetchone()[0]
            con.close()
            print(f"{n:>9,} {size_mb:>7.1f} {cold:>13.1f} {add_times[n]:>24.1f} {mentions:>9,}", flush=True)
    if len(add_times) > 1:
        lo, hi = min(add_times), max(add_times)
        print(f"ratio add-one({hi:,}) / add-one({lo:,}) = {add_times[hi] / add_times[lo]:.2f}  (goal ≤ 1.5)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000, 10000])
