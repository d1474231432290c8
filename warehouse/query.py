"""Read-only SQL against the published warehouse, for analysts and scripts."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal

import duckdb

from warehouse.access import open_published
from warehouse.config import Settings

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}


class RefusedQuery(ValueError):
    """A statement the read-only entry point does not run."""


def check_read_only(sql: str) -> None:
    """Refuse anything but SELECT / EXPLAIN statements, naming the offending statement type."""
    try:
        statements = duckdb.connect().extract_statements(sql)
    except duckdb.Error as exc:
        raise RefusedQuery(f"the SQL does not parse: {exc}") from exc
    if not statements:
        raise RefusedQuery("no SQL statement given")
    for statement in statements:
        if statement.type not in ALLOWED:
            kind = statement.type.name
            raise RefusedQuery(
                f"{kind} statements are refused: the warehouse is read-only here (only SELECT queries run)"
            )


def run_query(sql: str, settings: Settings) -> tuple[list[str], list[tuple]]:
    """Run read-only SQL; returns column names and rows of the last statement."""
    check_read_only(sql)
    con = open_published(settings)
    try:
        try:
            relation = None
            for statement in con.extract_statements(sql):
                relation = con.execute(statement.query)
        except duckdb.PermissionException as exc:
            raise RefusedQuery(f"refused: the query tries to reach outside the warehouse ({exc})") from exc
        columns = [d[0] for d in relation.description]
        return columns, relation.fetchall()
    finally:
        con.close()


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def format_rows(columns: list[str], rows: list[tuple], fmt: str = "table") -> str:
    """Render rows as an aligned text table, CSV (with header) or JSON (a list of objects)."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if v is None else _plain(v) for v in row] for row in rows])
        return out.getvalue()
    if fmt == "json":
        return (
            json.dumps(
                [dict(zip(columns, map(_plain, row), strict=True)) for row in rows],
                ensure_ascii=False,
                indent=1,
                default=str,
            )
            + "\n"
        )
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [" | ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)), "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(_pad(v, w) for v, w in zip(r, widths, strict=True)) for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.4f}".rstrip("0").rstrip(".") if not value.is_integer() else f"{int(value)}"
    text = str(_plain(value)).replace("\n", " ")
    return text if len(text) <= 60 else text[:59] + "…"


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
