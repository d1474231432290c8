"""An incremental `dbt build` after documents arrive, change and leave equals a full rebuild of the same raw tables.

The mention models are incremental by document and int_targets_merged by fact (macros/documents_incremental.sql).
Each change below hits one of their paths: a new document that restates other documents' facts with other values
(re-merges those facts), a retired document (its rows and its facts leave), a document re-extracted by a newer
extractor with one row fewer, and a metadata change (conference year) with the same text.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.dbt.helpers import run_dbt
from warehouse.summary import table_hashes

pytestmark = pytest.mark.slow

MODELS = "table_schema in ('intermediate', 'marts')"


def _change_raw_tables(path: Path) -> dict[str, int]:
    """Apply the four changes to raw.*; returns what each touched, so the test can check it was not a no-op."""
    with duckdb.connect(str(path)) as con:
        docs = [row[0] for row in con.execute("select doc_id from raw.speeches order by file_name").fetchall()]
        assert len(docs) >= 4, "the gold corpus has at least four documents"
        new_doc, retired, reextracted, redated = "f" * 64, docs[0], docs[1], docs[2]
        con.execute(
            "insert into raw.speeches by name select * replace (? as doc_id, 'new speech.txt' as file_name) "
            "from raw.speeches where doc_id = ?",
            [new_doc, docs[3]],
        )
        con.execute(  # the new document restates docs[3]'s figures, every third one with another value
            "insert into raw.target_mentions by name "
            "select * replace (?::varchar as doc_id, 'new speech.txt' as doc, "
            "case when start % 3 = 0 then value * 2 else value end as value) "
            "from raw.target_mentions where doc_id = ?",
            [new_doc, docs[3]],
        )
        con.execute("update raw.speeches set is_current = false where doc_id = ?", [retired])
        dropped = con.execute(
            "select min(start) from raw.target_mentions where doc_id = ? and region is not null", [reextracted]
        ).fetchone()[0]
        con.execute("update raw.target_mentions set extractor_version = 'gold-2' where doc_id = ?", [reextracted])
        con.execute("delete from raw.target_mentions where doc_id = ? and start = ?", [reextracted, dropped])
        con.execute("update raw.speeches set conference_year = conference_year + 1 where doc_id = ?", [redated])
        return {
            "new rows": con.execute("select count(*) from raw.target_mentions where doc_id = ?", [new_doc]).fetchone()[
                0
            ],
            "retired rows": con.execute(
                "select count(*) from raw.target_mentions where doc_id = ?", [retired]
            ).fetchone()[0],
        }


def test_incremental_build_equals_full_rebuild(dbt_build: object, gold_warehouse: Path, tmp_path: Path) -> None:
    incremental = tmp_path / "incremental.duckdb"
    shutil.copyfile(gold_warehouse, incremental)  # built once already: the next build is incremental
    touched = _change_raw_tables(incremental)
    assert touched["new rows"] > 0 and touched["retired rows"] > 0

    full = tmp_path / "full.duckdb"
    shutil.copyfile(incremental, full)
    run_dbt(["build"], incremental, tmp_path / "incremental").check()
    run_dbt(["build", "--full-refresh"], full, tmp_path / "full").check()

    with duckdb.connect(str(incremental), read_only=True) as con:
        after_incremental = table_hashes(con, MODELS)
        merged = con.execute("select count(*) from intermediate.int_targets_merged").fetchone()[0]
    with duckdb.connect(str(full), read_only=True) as con:
        after_full = table_hashes(con, MODELS)
    with duckdb.connect(str(gold_warehouse), read_only=True) as con:
        before = table_hashes(con, MODELS)

    assert merged > 0
    differing = {
        t: (after_incremental[t], after_full.get(t))
        for t in after_incremental
        if after_incremental[t] != after_full.get(t)
    }
    assert not differing, f"incremental and full builds differ: {differing}"
    assert after_incremental["marts.fct_targets"] != before["marts.fct_targets"], "the changes must change the facts"
