"""The SQL entry point: read-only, sandboxed, readable output, clear refusals."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from warehouse.config import PROJECT_ROOT, get_settings
from warehouse.query import RefusedQuery, format_rows, run_query


@pytest.fixture()
def settings(tmp_path: Path):
    settings = get_settings({"MUBIAO_DATA_DIR": str(tmp_path)})
    settings.duckdb_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(settings.duckdb_path))
    con.execute("create schema marts")
    con.execute(
        "create table marts.fct_targets as select * from (values ('广州市', 2024, 5.0), ('天河区', 2024, 5.5))"
        " t(region_name, year, value)"
    )
    con.close()
    return settings


def test_select_returns_rows(settings) -> None:
    columns, rows = run_query("select region_name, value from marts.fct_targets order by value", settings)
    assert columns == ["region_name", "value"] and rows == [("广州市", 5.0), ("天河区", 5.5)]


@pytest.mark.parametrize(
    "sql",
    [
        "insert into marts.fct_targets values ('x', 1, 1)",
        "update marts.fct_targets set value = 0",
        "delete from marts.fct_targets",
        "drop table marts.fct_targets",
        "create table t as select 1",
        "copy marts.fct_targets to '/tmp/out.csv'",
        "attach '/tmp/other.duckdb' as other",
        "install httpfs",
        "load httpfs",
        "set threads = 1",
        "pragma enable_profiling",
        "select 1; drop table marts.fct_targets",
    ],
)
def test_writes_and_escapes_are_refused(settings, sql: str) -> None:
    with pytest.raises(RefusedQuery, match="refused"):
        run_query(sql, settings)


@pytest.mark.parametrize(
    "sql",
    [
        "select * from read_csv('/etc/passwd')",
        "select * from read_text('/etc/hostname')",
        "select * from read_parquet('/tmp/x.parquet')",
        "select * from glob('/*')",
    ],
)
def test_file_reading_functions_are_refused(settings, sql: str) -> None:
    with pytest.raises(RefusedQuery, match="outside the warehouse"):
        run_query(sql, settings)


def test_csv_has_header_and_json_is_objects() -> None:
    columns, rows = ["region", "value"], [("广州市", 5.0), ("天河区", None)]
    assert list(csv.reader(io.StringIO(format_rows(columns, rows, "csv")))) == [
        ["region", "value"],
        ["广州市", "5.0"],
        ["天河区", ""],
    ]
    assert json.loads(format_rows(columns, rows, "json")) == [
        {"region": "广州市", "value": 5.0},
        {"region": "天河区", "value": None},
    ]


def test_table_aligns_wide_characters() -> None:
    lines = format_rows(["region", "v"], [("广州市", 1), ("x", 22)]).splitlines()
    assert lines[0] == "region | v " and lines[2] == "广州市 | 1 " and lines[3] == "x      | 22"
    assert lines[-1] == "(2 rows)"


def _cli(settings, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", **settings.env()}
    return subprocess.run(
        [sys.executable, "-m", "warehouse", "query", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=PROJECT_ROOT,
        timeout=60,
    )


def test_cli_prints_csv_and_refuses_writes_with_nonzero_exit(settings) -> None:
    ok = _cli(settings, "select region_name from marts.fct_targets order by value", "--format", "csv")
    assert ok.returncode == 0 and ok.stdout == "region_name\n广州市\n天河区\n"
    refused = _cli(settings, "drop table marts.fct_targets")
    assert refused.returncode == 2 and "DROP statements are refused" in refused.stderr
    assert duckdb.connect(str(settings.duckdb_path), read_only=True).execute(
        "select count(*) from marts.fct_targets"
    ).fetchone() == (2,)


def test_cli_says_when_the_warehouse_is_not_built(tmp_path: Path) -> None:
    result = _cli(get_settings({"MUBIAO_DATA_DIR": str(tmp_path / "empty")}), "select 1")
    assert result.returncode == 2 and "make run" in result.stderr
