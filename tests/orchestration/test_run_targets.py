"""dagster-dbt leaves one target folder per run; the dbt step keeps the newest few and any that may be running."""

from __future__ import annotations

import os
import time
from pathlib import Path

from orchestration.defs.dbt import prune_run_targets


def _folder(root: Path, name: str, age_s: float) -> Path:
    path = root / name
    path.mkdir()
    (path / "run_results.json").write_text("{}")
    stamp = time.time() - age_s
    os.utime(path, (stamp, stamp))
    return path


def test_old_run_folders_are_removed_but_the_newest_and_the_young(tmp_path: Path) -> None:
    old = [_folder(tmp_path, f"mubiao_dbt_models-run{k}-abc", 3600 * (k + 1)) for k in range(6)]
    young = _folder(tmp_path, "mubiao_dbt_models-young-abc", 5)
    other = _folder(tmp_path, "compiled", 99_999)  # dbt's own folders are not run folders
    removed = prune_run_targets(tmp_path, "mubiao_dbt_models-", keep=3, grace_s=600)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert removed == 4
    assert left == sorted([young.name, old[0].name, old[1].name, other.name])


def test_nothing_younger_than_the_grace_period_is_removed(tmp_path: Path) -> None:
    for k in range(5):
        _folder(tmp_path, f"mubiao_dbt_models-run{k}-abc", 10 + k)
    assert prune_run_targets(tmp_path, "mubiao_dbt_models-", keep=1, grace_s=600) == 0
    assert len(list(tmp_path.iterdir())) == 5
