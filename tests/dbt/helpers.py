"""Helpers for the dbt tests: fill a warehouse from the gold annotations, run dbt, query the result."""

from __future__ import annotations

import csv
import hashlib
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from extract.rows import GOLD_COLUMNS
from tests.conftest import require_shared
from warehouse.config import DBT_PROJECT_DIR
from warehouse.load import ensure_schema, lexicon_tables, load_lookup

GOLD_EXTRACTOR_VERSION = "gold"


shared_path = require_shared  # ../shared/<sub>; skip when absent, fail instead under CI=true


@dataclass(frozen=True)
class DbtRun:
    """One finished dbt invocation: its command line, exit code and everything it printed."""

    args: list[str]
    returncode: int
    output: str

    def check(self) -> None:
        """Fail the test with dbt's own output when the command did not succeed."""
        if self.returncode != 0:
            command = " ".join(self.args)
            pytest.fail(f"`dbt {command}` exited {self.returncode}; dbt said:\n{self.output}", pytrace=False)


def run_dbt(args: list[str], duckdb_path: Path, work_dir: Path) -> DbtRun:
    """Run dbt on the project against ``duckdb_path``, keeping target/ and logs/ in ``work_dir``."""
    dbt = Path(sys.executable).parent / "dbt"
    env = {**os.environ, "MUBIAO_BUILD_DUCKDB_PATH": str(duckdb_path), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    command = [
        str(dbt),
        *args,
        "--project-dir",
        str(DBT_PROJECT_DIR),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
        "--target-path",
        str(work_dir / "target"),
        "--log-path",
        str(work_dir / "logs"),
    ]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, cwd=DBT_PROJECT_DIR, check=False)
    return DbtRun(args=args, returncode=completed.returncode, output=completed.stdout + completed.stderr)


def _empty_to_none(value: str | None) -> str | None:
    return None if value is None or value == "" else value


def fill_from_gold(con: duckdb.DuckDBPyConnection, corpus_dir: Path, gold_csv: Path) -> None:
    """Fill raw.speeches from the corpus files and raw.target_mentions from the gold rows (a perfect extraction)."""
    ensure_schema(con)
    for table, csv_path in lexicon_tables().items():
        load_lookup(con, table, csv_path)

    with gold_csv.open(encoding="utf-8", newline="") as handle:
        gold = list(csv.DictReader(handle))

    target_years: dict[str, Counter[int]] = {}
    for row in gold:
        if row["kind"] == "target" and row["year"]:
            target_years.setdefault(row["doc"], Counter())[int(row["year"])] += 1

    doc_ids: dict[str, str] = {}
    now = datetime.now()
    for path in sorted(corpus_dir.glob("*.txt")):
        data = path.read_bytes()
        doc_id = hashlib.sha256(data).hexdigest()
        doc_ids[path.name] = doc_id
        years = target_years.get(path.name)
        conference_year = years.most_common(1)[0][0] if years else None
        con.execute(
            "insert into raw.speeches (doc_id, file_name, size_bytes, text, encoding, conference_year, is_current, "
            "ingested_at) values (?, ?, ?, ?, 'utf-8', ?, true, ?)",
            [doc_id, path.name, len(data), data.decode("utf-8"), conference_year, now],
        )

    columns = list(GOLD_COLUMNS)
    rows = []
    for row in gold:
        if row["doc"] not in doc_ids:
            raise AssertionError(f"{gold_csv}: gold row names {row['doc']}, which is not in {corpus_dir}")
        values = [_empty_to_none(row[column]) for column in columns]
        rows.append([*values, doc_ids[row["doc"]], int(row["start"]) + len(row["quote"]), GOLD_EXTRACTOR_VERSION])
    placeholders = ", ".join("?" * (len(columns) + 3))
    quoted = ", ".join(f'"{column}"' for column in [*columns, "doc_id", "end", "extractor_version"])
    con.executemany(f"insert into raw.target_mentions ({quoted}) values ({placeholders})", rows)


class Warehouse:
    """Read-only queries against a built DuckDB file; each query opens and closes its own connection."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def rows(self, sql: str, params: list | None = None) -> list[dict]:
        """The result of ``sql`` as a list of dicts keyed by column name."""
        with duckdb.connect(str(self.path), read_only=True) as con:
            cursor = con.execute(sql, params or [])
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def one(self, sql: str, params: list | None = None) -> dict:
        """The single row ``sql`` returns; fails the test when there is not exactly one."""
        rows = self.rows(sql, params)
        if len(rows) != 1:
            pytest.fail(f"expected one row, got {len(rows)} from:\n{sql}\nparams={params}\nrows={rows}")
        return rows[0]
