"""Fixtures for the dbt tests: a temporary warehouse filled from the gold annotations, built by dbt."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.dbt.helpers import DbtRun, Warehouse, fill_from_gold, run_dbt, shared_path
from warehouse.load import ensure_schema, lexicon_tables, load_lookup


@pytest.fixture(scope="session")
def gold_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB file with raw.* and lookup.* filled from ../shared (corpus + gold), before dbt runs."""
    corpus_dir = shared_path("corpus")
    gold_csv = shared_path("gold") / "seeds.csv"
    path = tmp_path_factory.mktemp("gold_warehouse") / "mubiao.duckdb"
    with duckdb.connect(str(path)) as con:
        fill_from_gold(con, corpus_dir, gold_csv)
    return path


@pytest.fixture(scope="session")
def dbt_build(gold_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> DbtRun:
    """`dbt build` (seeds, models, tests, unit tests) on the gold warehouse."""
    run = run_dbt(["build"], gold_warehouse, tmp_path_factory.mktemp("dbt_build"))
    run.check()
    return run


@pytest.fixture(scope="session")
def marts(dbt_build: DbtRun, gold_warehouse: Path) -> Warehouse:
    """The built gold warehouse, for read-only queries."""
    return Warehouse(gold_warehouse)


@pytest.fixture(scope="session")
def empty_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB file with the raw tables empty and the lookup tables loaded: what a first run sees."""
    path = tmp_path_factory.mktemp("empty_warehouse") / "mubiao.duckdb"
    with duckdb.connect(str(path)) as con:
        ensure_schema(con)
        for table, csv_path in lexicon_tables().items():
            load_lookup(con, table, csv_path)
    return path
