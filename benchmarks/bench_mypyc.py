"""How much compiling the extractor's rules with mypyc would gain: a script, not a test.

`python benchmarks/bench_mypyc.py [--mb 5]` copies `extract/` to a temporary folder, compiles its rule modules there
with mypyc (about two minutes on one core; needs gcc and the Python headers), then runs `extract_mentions` on the
real corpus repeated to `--mb` MB, once from the source tree and once from the compiled copy, each in its own
process, and prints both speeds and their ratio. The project itself runs the pure-Python extractor; this measures
whether compiling it would be the road to the speed goal.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
# rows.py builds frozen dataclasses through their field descriptors, which compiled classes do not have; the
# command-line, evaluation and corroboration modules are not on the extraction path
NOT_COMPILED = {"__init__.py", "__main__.py", "rows.py", "evaluate.py", "corroborate.py"}

_MEASURE = """
import sys, time
from pathlib import Path
import extract.pipeline as p
docs = [q.read_text(encoding="utf-8-sig") for q in sorted(Path(sys.argv[1]).glob("*.txt"))]
size = sum(len(d.encode()) for d in docs)
reps = max(1, int(float(sys.argv[2]) * 1e6 // size) + 1)
for i, d in enumerate(docs):
    p.extract_mentions(d, f"warmup{i}")
t0 = time.process_time()
rows = sum(len(p.extract_mentions(d, f"doc{i}")) for _ in range(reps) for i, d in enumerate(docs))
cpu = time.process_time() - t0
print(f"{p.__file__}\\t{size * reps / 1e6 / cpu:.3f}\\t{rows}")
"""


def _measure(package_root: Path, mb: float) -> tuple[str, float, int]:
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(CORPUS), str(mb)],
        cwd=package_root,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"extraction failed in {package_root}:\n{out.stderr[-3000:]}")
    module, speed, rows = out.stdout.strip().rsplit("\n", 1)[-1].split("\t")
    return module, float(speed), int(rows)


def main(argv: list[str] | None = None) -> int:
    """Compile a copy of the extractor and print its speed beside the source tree's."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0, help="size of the repeated corpus in MB (default 5)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.txt")):
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    with tempfile.TemporaryDirectory(prefix="mubiao-mypyc-") as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "extract", work / "extract", ignore=shutil.ignore_patterns("__pycache__"))
        modules = sorted(
            str(p.relative_to(work)) for p in (work / "extract").glob("*.py") if p.name not in NOT_COMPILED
        )
        build = subprocess.run(
            [sys.executable, "-m", "mypyc", "--ignore-missing-imports", *modules],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
        )
        if build.returncode != 0:
            print(build.stdout[-3000:], build.stderr[-3000:], sep="\n")
            print("mypyc failed")
            return 1
        source = _measure(ROOT, args.mb)
        compiled = _measure(work, args.mb)
    if source[2] != compiled[2]:
        print(f"the compiled copy found {compiled[2]} rows, the source tree {source[2]}")
        return 1
    print(f"{'extractor':10s} {'MB/s/core':>10s}  module")
    for name, (module, speed, _) in (("source", source), ("mypyc", compiled)):
        print(f"{name:10s} {speed:10.2f}  {module}")
    print(f"ratio mypyc / source: {compiled[1] / source[1]:.2f}x ({source[2]} rows each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
