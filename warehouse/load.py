"""Write the raw.* and lookup.* tables that the dbt sources read."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

import duckdb
import polars as pl

from extract.rows import OUTPUT_COLUMNS
from warehouse.ingest import FileStat, Rejection, Scan
from warehouse.schema import RAW_DDL

LEXICON_DIR = Path(__file__).resolve().parent.parent / "extract" / "data"


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the raw and lookup schemas and the raw tables if they are missing."""
    for statement in RAW_DDL:
        con.execute(statement)


def lexicon_tables(lexicon_dir: Path = LEXICON_DIR) -> dict[str, Path]:
    """The extractor's vocabulary tables, by lookup table name (the CSV's stem)."""
    return {path.stem: path for path in sorted(lexicon_dir.glob("*.csv"))}


def load_lookup(con: duckdb.DuckDBPyConnection, table: str, csv_path: Path) -> int:
    """Replace ``lookup.<table>`` with the rows of one vocabulary CSV (all columns as text); returns the row count."""
    con.execute("create schema if not exists lookup")
    con.execute(
        f'create or replace table lookup."{table}" as '
        "select * from read_csv(?, header = true, all_varchar = true, delim = ',', quote = '\"')",
        [str(csv_path)],
    )
    return con.execute(f'select count(*) from lookup."{table}"').fetchall()[0][0]


def _register(con: duckdb.DuckDBPyConnection, **frames: pl.DataFrame) -> None:
    """Make data frames queryable by name in this connection's SQL (replacing earlier ones of the same name)."""
    for name, frame in frames.items():
        con.register(name, frame)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run the block as one transaction: committed when it ends, rolled back if it raises."""
    con.execute("begin transaction")
    try:
        yield
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class IngestStats:
    documents: int
    new_documents: int
    retired_documents: int
    rejected: list[Rejection]
    undated: list[str]  # new documents whose conference year neither a sidecar nor the text gives


def known_files(con: duckdb.DuckDBPyConnection) -> dict[str, FileStat]:
    """The files of the last recorded scan, by name, for :func:`warehouse.ingest.scan_folder`."""
    ensure_schema(con)
    rows = con.execute("select file_name, size_bytes, mtime_ns, doc_id from raw.speech_files").fetchall()
    return {row[0]: FileStat(*row) for row in rows}


def write_scan(con: duckdb.DuckDBPyConnection, scan: Scan, year_of: Callable[[str], int | None]) -> IngestStats:
    """Record a folder scan in ``raw.speeches`` / ``raw.rejected_files``, in one transaction.

    New documents are inserted, documents no longer in the folder (deleted, or changed in place) are kept but
    marked ``is_current = false``, so their history stays while their facts leave the marts. ``year_of`` infers
    the conference year from a text when the sidecar gives none.
    """
    ensure_schema(con)
    now = _now()
    known = {row[0] for row in con.execute("select doc_id from raw.speeches").fetchall()}
    new_rows = []
    for doc in scan.documents:
        if doc.doc_id in known:
            continue
        meta = doc.meta
        year = meta.get("year") or (int(str(meta["date"])[:4]) if meta.get("date") else None) or year_of(doc.text)
        new_rows.append(
            (
                doc.doc_id,
                doc.file_name,
                doc.size_bytes,
                doc.text,
                doc.encoding,
                year,
                meta.get("title"),
                date.fromisoformat(str(meta["date"])) if meta.get("date") else None,
                meta.get("source"),
                meta.get("region"),
                True,
                now,
            )
        )
    new_speeches = pl.DataFrame(new_rows, schema=SPEECH_SCHEMA, orient="row")
    # the current name of every document in the folder (renamed, or listed first of its copies)
    current = pl.DataFrame(
        {"doc_id": list(scan.names), "file_name": [names[0] for names in scan.names.values()]},
        schema={"doc_id": pl.String, "file_name": pl.String},
    )
    files = pl.DataFrame(
        [(f.file_name, f.size_bytes, f.mtime_ns, f.doc_id) for f in scan.files],
        orient="row",
        schema={"file_name": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64, "doc_id": pl.String},
    )
    rejected = pl.DataFrame(
        [(r.file_name, r.sha256, r.size_bytes, r.reason, now) for r in scan.rejections],
        schema={
            "file_name": pl.String,
            "sha256": pl.String,
            "size_bytes": pl.Int64,
            "reason": pl.String,
            "rejected_at": pl.Datetime("us"),
        },
        orient="row",
    )
    _register(con, new_speeches=new_speeches, current=current, files=files, rejected=rejected)
    with transaction(con):
        con.execute("insert into raw.speeches select * from new_speeches")
        retired = con.execute(
            """
            update raw.speeches set is_current = not is_current
            where is_current <> (doc_id in (select doc_id from current))
            returning doc_id, is_current
            """
        ).fetchall()
        con.execute(
            """
            update raw.speeches set file_name = current.file_name
            from current
            where raw.speeches.doc_id = current.doc_id and raw.speeches.file_name <> current.file_name
            """
        )
        con.execute("delete from raw.speech_files")
        con.execute("insert into raw.speech_files select * from files")
        con.execute("delete from raw.rejected_files")
        con.execute("insert into raw.rejected_files select * from rejected")
    return IngestStats(
        documents=len(scan.names),
        new_documents=len(new_rows),
        retired_documents=sum(1 for _, is_current in retired if not is_current),
        rejected=list(scan.rejections),
        undated=[row[1] for row in new_rows if row[5] is None],
    )


@dataclass(frozen=True)
class ExtractStats:
    extracted_documents: int
    mentions: int
    skipped_documents: int
    failures: dict[str, str]


ExtractFn = Callable[[str, str, int | None, str | None], list]


def _extract_one(extract: ExtractFn, job: tuple) -> tuple[str, list[dict] | None, str | None]:
    doc_id, file_name, text, year, region = job
    try:
        return doc_id, [m.as_dict() for m in extract(text, Path(file_name).name, year, region)], None
    except Exception as exc:  # one broken transcript must not stop the others
        return doc_id, None, f"{type(exc).__name__}: {exc}"


def extract_pending(con: duckdb.DuckDBPyConnection, extract: ExtractFn, version: str, workers: int = 1) -> ExtractStats:
    """Extract mentions of every current document not yet extracted with ``version``; replace its older rows.

    Only new or changed documents cost work. A document whose extraction raises is reported in ``failures``
    (and recorded in ``raw.extractions.error``); the others still go through. The write is one transaction.
    """
    ensure_schema(con)
    pending = con.execute(
        """
        select s.doc_id, s.file_name, s.text, s.conference_year, s.region
        from raw.speeches s
        where s.is_current and s.doc_id not in (
            select doc_id from raw.extractions where extractor_version = ? and error is null
        )
        order by s.file_name
        """,
        [version],
    ).fetchall()
    skipped = con.execute("select count(*) from raw.speeches where is_current").fetchall()[0][0] - len(pending)
    if workers > 1 and len(pending) > 1:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(partial(_extract_one, extract), pending, chunksize=max(1, len(pending) // 64)))
    else:
        results = [_extract_one(extract, job) for job in pending]
    names = {job[0]: job[1] for job in pending}
    now = _now()
    rows: list[dict] = []
    bookkeeping = []
    failures: dict[str, str] = {}
    for doc_id, mentions, error in results:
        if error is not None:
            failures[names[doc_id]] = error
            bookkeeping.append((doc_id, version, 0, now, error))
            continue
        rows.extend({**m, "doc_id": doc_id, "extractor_version": version} for m in mentions)
        bookkeeping.append((doc_id, version, len(mentions), now, None))
    frame = pl.DataFrame(rows, schema=MENTION_SCHEMA)
    done = [doc_id for doc_id, _, error in results if error is None]
    extractions = pl.DataFrame(
        bookkeeping,
        orient="row",
        schema={
            "doc_id": pl.String,
            "extractor_version": pl.String,
            "n_mentions": pl.Int32,
            "extracted_at": pl.Datetime("us"),
            "error": pl.String,
        },
    )
    _register(con, frame=frame, extractions=extractions)
    with transaction(con):
        con.execute(
            "delete from raw.target_mentions where doc_id in (select doc_id from extractions where error is null)"
        )
        con.execute("insert into raw.target_mentions by name select * from frame")
        con.execute("delete from raw.extractions where doc_id in (select doc_id from extractions)")
        con.execute("insert into raw.extractions select * from extractions")
    return ExtractStats(len(done), len(rows), skipped, failures)


SPEECH_SCHEMA: dict[str, pl.DataType] = {
    "doc_id": pl.String,
    "file_name": pl.String,
    "size_bytes": pl.Int64,
    "text": pl.String,
    "encoding": pl.String,
    "conference_year": pl.Int32,
    "title": pl.String,
    "speech_date": pl.Date,
    "source": pl.String,
    "region": pl.String,
    "is_current": pl.Boolean,
    "ingested_at": pl.Datetime("us"),
}

MENTION_SCHEMA: dict[str, pl.DataType] = {
    **{c: pl.String for c in OUTPUT_COLUMNS},
    "start": pl.Int64,
    "end": pl.Int64,
    "year": pl.Int64,
    "tier": pl.Int64,
    "value": pl.Float64,
    "value_high": pl.Float64,
    "doc_id": pl.String,
    "extractor_version": pl.String,
}
