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
    result = subprocess.run(
        [sys.executable, "-m", "warehouse", "build"],
        capture_output=True,
        text=True,
        env=env,
        cwd=PROJECT_ROOT,
        timeout=900,
    )
    assert result.returncode == 0, f"build failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    return result


def test_sample_build_fills_every_mart_and_is_idempotent(temp_settings: Settings, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    first = build(temp_settings, home)
    lines = first.stdout.splitlines()
    assert any(line.startswith("documents: ") and int(line.split()[1]) >= 4 for line in lines), first.stdout
    mart_lines = [line.split() for line in lines if line.startswith("  ")]
    assert {"dim_regions", "dim_indicators", "fct_targets", "fct_city_district_reconciliation", "fct_targets_yoy"} <= {
        parts[0] for parts in mart_lines
    }
    empty = [parts[0] for parts in mart_lines if parts[1] == "0" and parts[0] != "fct_target_attainment"]
    assert empty == [], f"marts left empty by the sample corpus: {empty}"
    hashes = mart_hashes(temp_settings)
    build(temp_settings)
    assert mart_hashes(temp_settings) == hashes
    assert not temp_settings.build_duckdb_path.with_suffix(".duckdb.wal").exists()
    assert not (home / ".duckdb").exists(), "the build downloaded or installed DuckDB extensions"


@pytest.fixture(scope="module")
def real_corpus_build(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Settings:
    """One build of the real transcripts (../shared/corpus) into a temporary warehouse, shared by the tests below."""
    settings = get_settings(
        {"MUBIAO_DATA_DIR": str(tmp_path_factory.mktemp("real")), "MUBIAO_SPEECHES_DIR": str(corpus_dir)}
    )
    build(settings)
    return settings


def test_real_corpus_has_every_district_gdp_growth_target(real_corpus_build: Settings, gold_dir: Path) -> None:
    settings = real_corpus_build
    with open(gold_dir / "seeds.csv", encoding="utf-8", newline="") as handle:
        expected = {
            (row["region"], int(row["year"]), float(row["value"]))
            for row in csv.DictReader(handle)
            if row["parent_region"] == "广州市"
            and row["indicator"] == "gdp"
            and row["measure"] == "growth"
            and row["kind"] == "target"
            and row["period"] == ""
        }
    assert {year for _, year, _ in expected} == {2023, 2024}
    _, rows = run_query(
        "select region_name, year, value from marts.fct_targets where indicator = 'gdp' and measure = 'growth' "
        "and kind = 'target' and parent_code = '440100'",
        settings,
    )
    missing = expected - {(name, year, float(value)) for name, year, value in rows}
    assert missing == set(), f"district GDP growth targets not in fct_targets: {sorted(missing)}"


def test_real_corpus_reproduces_the_hand_computations(real_corpus_build: Settings) -> None:
    """Issue 4's hand computations, from the real extractor's rows (tests/dbt checks them from the gold rows)."""
    _, rows = run_query(
        "select city_name, year, indicator, measure, city_value, districts_with_target, districts_total, "
        "district_sum / 1e8, district_median, round(district_mean, 2), n_above_city, n_below_city "
        "from marts.fct_city_district_reconciliation where indicator in ('gdp', 'fixed_asset_investment')",
        real_corpus_build,
    )
    got = {row[:4]: row[4:] for row in rows}
    assert got[("广州市", 2024, "fixed_asset_investment", "level")][1] == 10
    assert got[("广州市", 2024, "fixed_asset_investment", "level")][3] == pytest.approx(9050)
    assert got[("广州市", 2024, "gdp", "growth")][1:3] == (11, 11)
    assert got[("广州市", 2024, "gdp", "growth")][4:6] == (5, 5.41)
    assert got[("广州市", 2023, "gdp", "growth")] == (6, 5, 11, None, 7, 7.0, 4, 1)
    assert got[("江门市", 2023, "gdp", "growth")][:3] == (6, 3, 7) and got[("江门市", 2023, "gdp", "growth")][4] == 7.5
    _, yoy = run_query(
        "select region_name, prior_value / 1e8, round(implied_prior_actual / 1e8, 1), round(prior_attainment * 100, 1) "
        "from marts.fct_targets_yoy where indicator = 'fixed_asset_investment' and measure = 'level' and year = 2024 "
        "and region_level = 'district' and prior_attainment is not null",
        real_corpus_build,
    )
    assert {row[0]: row[1:] for row in yoy} == {
        "黄埔区": (2500, 2000.0, 80.0),
        "越秀区": (115, 115.4, 100.3),
        "天河区": (730, 703.4, 96.4),
        "海珠区": (535, 534.5, 99.9),
    }
