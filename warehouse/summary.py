"""A short account of what the published warehouse holds."""

from __future__ import annotations

import duckdb

from warehouse.access import open_published
from warehouse.config import Settings

CURRENT_MENTIONS = "select count(*) from raw.target_mentions m join raw.speeches s using (doc_id) where s.is_current"


UNRESOLVED = "select count(*) from intermediate.int_mentions_unresolved"


def _has_table(con, schema: str, table: str) -> bool:
    return (
        con.execute(
            "select count(*) from information_schema.tables where table_schema = ? and table_name = ?", [schema, table]
        ).fetchone()[0]
        > 0
    )


def summary_lines(settings: Settings) -> list[str]:
    """Documents, rejected files, mentions, facts, then one line per mart with its row count."""
    con = open_published(settings)
    try:

        def count(sql: str) -> int:
            return con.execute(sql).fetchone()[0]

        marts = con.execute(
            """
            select table_schema, table_name from information_schema.tables
            where table_name like 'dim\\_%' escape '\\' or table_name like 'fct\\_%' escape '\\'
            order by table_name
            """
        ).fetchall()
        facts = next((f"{s}.{t}" for s, t in marts if t == "fct_targets"), None)
        lines = [
            f"warehouse: {settings.duckdb_path}",
            f"documents: {count('select count(*) from raw.speeches where is_current')}"
            f" (rejected files: {count('select count(*) from raw.rejected_files')})",
            f"mentions:  {count(CURRENT_MENTIONS)} (region or year unresolved: "
            f"{count(UNRESOLVED) if _has_table(con, 'intermediate', 'int_mentions_unresolved') else 0},"
            " see intermediate.int_mentions_unresolved)",
            f"facts:     {count(f'select count(*) from {facts}') if facts else 0}",
            "marts:",
        ]
        width = max((len(t) for _, t in marts), default=0)
        lines += [f"  {t.ljust(width)}  {count(f'select count(*) from {s}.{t}'):>7,} rows" for s, t in marts]
        return lines
    finally:
        con.close()


def mart_hashes(settings: Settings) -> dict[str, str]:
    """An order-independent content hash of every mart (dim_* and fct_*), to compare two builds."""
    con = open_published(settings)
    try:
        return table_hashes(con, "table_name like 'dim\\_%' escape '\\' or table_name like 'fct\\_%' escape '\\'")
    finally:
        con.close()


def table_hashes(con: duckdb.DuckDBPyConnection, where: str) -> dict[str, str]:
    """Row count and order-independent content hash of every table in information_schema.tables matching ``where``."""
    tables = con.execute(
        f"select table_schema, table_name from information_schema.tables where {where} order by 1, 2"
    ).fetchall()
    return {
        f"{schema}.{table}": con.execute(
            f"select count(*) || ':' || coalesce(md5(string_agg(h, ',' order by h)), '') "
            f"from (select md5(cast(t as varchar)) as h from {schema}.{table} as t)"
        ).fetchone()[0]
        for schema, table in tables
    }
