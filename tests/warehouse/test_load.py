"""Loading raw tables: re-ingesting is idempotent, changed files replace their facts, failures stay isolated."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from extract.pipeline import EXTRACTOR_VERSION, extract_mentions, infer_document_year
from warehouse import ingest
from warehouse.ingest import scan_folder
from warehouse.load import extract_pending, known_files, lexicon_tables, load_lookup, transaction, write_scan

SPEECH = "2024年2月20日\n今年，全市地区生产总值确保增长5%以上，固定资产投资增长8%左右。\n"


def _extract(text: str, doc: str, year: int | None, region: str | None) -> list:
    return extract_mentions(text, doc, doc_year=year, doc_region=region)


def _sync(con: duckdb.DuckDBPyConnection, folder: Path, extract=_extract, version: str = EXTRACTOR_VERSION):
    stats = write_scan(con, scan_folder(folder, known_files(con)), infer_document_year)
    return stats, extract_pending(con, extract, version)


def _table(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


@pytest.fixture()
def con() -> duckdb.DuckDBPyConnection:
    return duckdb.connect()


def test_reingesting_the_same_files_changes_nothing(con, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    first, extracted = _sync(con, tmp_path)
    assert (first.new_documents, extracted.extracted_documents) == (1, 1) and extracted.mentions >= 2
    snapshot = _table(con, "select * exclude (extractor_version) from raw.target_mentions order by start, measure")
    again, extracted_again = _sync(con, tmp_path)
    assert (again.new_documents, extracted_again.extracted_documents, extracted_again.skipped_documents) == (0, 0, 1)
    assert (
        _table(con, "select * exclude (extractor_version) from raw.target_mentions order by start, measure") == snapshot
    )


def test_changed_file_replaces_old_version_and_keeps_its_history(con, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SPEECH, encoding="utf-8")
    _sync(con, tmp_path)
    path.write_text(SPEECH.replace("5%以上", "6%以上"), encoding="utf-8")
    stats, _ = _sync(con, tmp_path)
    assert (stats.new_documents, stats.retired_documents) == (1, 1)
    assert _table(con, "select count(*), count(*) filter (where is_current) from raw.speeches") == [(2, 1)]
    current = _table(
        con,
        "select m.value from raw.target_mentions m join raw.speeches s using (doc_id) "
        "where s.is_current and m.indicator = 'gdp'",
    )
    assert current == [(6.0,)]


def test_same_content_under_two_names_is_one_document(con, tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "a copy.txt").write_text(SPEECH, encoding="utf-8")
    _sync(con, tmp_path)
    assert _table(con, "select file_name from raw.speeches") == [("a copy.txt",)]
    assert _table(con, "select distinct doc from raw.target_mentions") == [("a copy.txt",)]


def test_text_without_figures_loads_with_no_mentions(con, tmp_path: Path) -> None:
    words = "2024年2月20日\n会议强调，要坚定信心、真抓实干，推动高质量发展。\n"
    (tmp_path / "words.txt").write_text(words, encoding="utf-8")
    stats, extracted = _sync(con, tmp_path)
    assert (stats.documents, extracted.extracted_documents, extracted.mentions) == (1, 1, 0)
    assert _table(con, "select n_mentions, error from raw.extractions") == [(0, None)]


def test_rejections_are_recorded_and_replaced_on_the_next_scan(con, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    _sync(con, tmp_path)
    assert _table(con, "select file_name, reason from raw.rejected_files") == [("empty.txt", "the file is empty")]
    (tmp_path / "empty.txt").unlink()
    _sync(con, tmp_path)
    assert _table(con, "select count(*) from raw.rejected_files") == [(0,)]


def test_one_failing_extraction_does_not_stop_the_others(con, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SPEECH.replace("全市", "全区"), encoding="utf-8")

    def fragile(text: str, doc: str, year: int | None, region: str | None) -> list:
        if doc == "a.txt":
            raise ValueError("unreadable table")
        return _extract(text, doc, year, region)

    _, stats = _sync(con, tmp_path, extract=fragile)
    assert stats.failures == {"a.txt": "ValueError: unreadable table"} and stats.extracted_documents == 1
    assert _table(con, "select distinct doc from raw.target_mentions") == [("b.txt",)]
    _, retry = _sync(con, tmp_path)  # the failed document is retried on the next run
    assert retry.extracted_documents == 1
    assert _table(con, "select count(distinct doc) from raw.target_mentions") == [(2,)]


def test_new_extractor_version_reextracts_every_document(con, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    _sync(con, tmp_path)
    _, stats = _sync(con, tmp_path, version="next-version")
    assert stats.extracted_documents == 1
    assert _table(con, "select distinct extractor_version from raw.target_mentions") == [("next-version",)]


def test_every_vocabulary_table_loads(con) -> None:
    counts = {name: load_lookup(con, name, path) for name, path in lexicon_tables().items()}
    assert {"regions", "indicators", "units"} <= set(counts) and all(n > 0 for n in counts.values())
    assert counts["regions"] == sum(1 for _ in open(lexicon_tables()["regions"], encoding="utf-8")) - 1


def test_unchanged_files_are_not_read_again(con, tmp_path: Path, monkeypatch) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SPEECH.replace("全市", name), encoding="utf-8")
    _sync(con, tmp_path)
    reads: list[str] = []
    original = ingest.read_document
    monkeypatch.setattr(ingest, "read_document", lambda folder, path: reads.append(path.name) or original(folder, path))
    stats, _ = _sync(con, tmp_path)
    assert reads == [] and stats.documents == 2
    (tmp_path / "b.txt").write_text(SPEECH.replace("全市", "b.tx"), encoding="utf-8")  # same size, new mtime
    stats, extracted = _sync(con, tmp_path)
    assert reads == ["b.txt"] and (stats.new_documents, stats.retired_documents) == (1, 1)
    assert extracted.extracted_documents == 1


def test_a_failed_write_leaves_the_tables_as_they_were(con, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    _sync(con, tmp_path)
    before = _table(con, "select count(*) from raw.target_mentions")
    with pytest.raises(RuntimeError), transaction(con):
        con.execute("delete from raw.target_mentions")
        raise RuntimeError("disk full")
    assert _table(con, "select count(*) from raw.target_mentions") == before != [(0,)]
