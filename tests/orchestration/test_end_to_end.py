"""End to end: `python -m warehouse build` materialises every asset into a temporary warehouse."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from warehouse.config import PROJECT_ROOT, Settings, get_settings
from warehouse.query import run_query
from warehouse.summary import mart_hashes

pytestmark = pytest.mark.slow


def build(settings: Settings, home: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MUBIAO_", "DAGSTER_"))} | settings.env()
    if home is not None:
        env["HOME"] = str(home)
    result = subprocess.run([sys.executable, "-m", "warehouse", "build"], capture_output=True, text=True, env=env,
                            cwd=PROJECT_ROOT, timeout=900)
    assert result.returncode == 0, f"build failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    return result


def test_sample_build_fills_every_mart_and_is_idempotent(temp_settings: Settings, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    first = build(temp_settings, home)
    lines = first.stdout.splitlines()
    assert any(line.startswith("documents: ") and int(line.split()[1]) >= 4 for line in lines), first.stdout
    mart_lines = [line.split() for line in lines if line.startswith("  ")]
    assert {"dim_regions", "dim_indicators", "fct_targets", "fct_city_district_reconciliation",
            "fct_targets_yoy"} <= {parts[0] for parts in mart_lines}
    empty = [parts[0] for parts in mart_lines if parts[1] == "0" and parts[0] != "fct_target_attainment"]
    assert empty == [], f"marts left empty by the sample corpus: {empty}"
    hashes = mart_hashes(temp_settings)
    build(temp_settings)
    assert mart_hashes(temp_settings) == hashes
    assert not temp_settings.build_duckdb_path.with_suffix(".duckdb.wal").exists()
    assert not (home / ".duckdb").exists(), "the build downloaded or installed DuckDB extensions"


def test_real_corpus_has_every_district_gdp_growth_target(tmp_path: Path, corpus_dir: Path, gold_dir: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    settings = get_settings({"MUBIAO_DATA_DIR": str(tmp_path), "MUBIAO_SPEECHES_DIR": str(corpus_dir)})
    for key, value in settings.env().items():
        monkeypatch.setenv(key, value)
    build(settings)
    with open(gold_dir / "seeds.csv", encoding="utf-8", newline="") as handle:
        expected = {
            (row["region"], int(row["year"]), float(row["value"]))
            for row in csv.DictReader(handle)
            if row["parent_region"] == "广州市" and row["indicator"] == "gdp" and row["measure"] == "growth"
            and row["kind"] == "target" and row["period"] == ""
        }
    assert {year for _, year, _ in expected} == {2023, 2024}
    _, rows = run_query(
        "select region_name, year, value from marts.fct_targets where indicator = 'gdp' and measure = 'growth' "
        "and kind = 'target' and parent_code = '440100'",
        settings,
    )
    missing = expected - {(name, year, float(value)) for name, year, value in rows}
    assert missing == set(), f"district GDP growth targets not in fct_targets: {sorted(missing)}"
