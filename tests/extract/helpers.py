"""Matching extracted rows against small expected-row tables."""

from __future__ import annotations

from extract.pipeline import extract_mentions
from extract.rows import Mention


def run(text: str, year: int | None = 2023, region: str | None = None) -> list[Mention]:
    return extract_mentions(text, "case.txt", year, region)


def _agrees(m: Mention, want: dict) -> bool:
    for key, value in want.items():
        got = getattr(m, key)
        if key == "note":
            if value not in got:
                return False
        elif isinstance(value, float | int) and not isinstance(value, bool) and got is not None:
            if abs(float(got) - float(value)) > 1e-6 * max(1.0, abs(float(value))):
                return False
        elif got != value:
            return False
    return True


def assert_rows(text: str, expected: list[dict], year: int | None = 2023, region: str | None = None) -> None:
    """Exactly len(expected) rows, each expected dict agreeing with a distinct row (in offset order)."""
    rows = run(text, year, region)
    for m in rows:
        assert text[m.start : m.end] == m.quote
    shown = "\n".join(
        f"  {m.quote!r} {m.region} {m.year} {m.period} {m.kind} {m.indicator} {m.measure} {m.value} "
        f"{m.value_high} {m.unit} {m.bound} {m.commitment} {m.note}"
        for m in rows
    )
    assert len(rows) == len(expected), f"expected {len(expected)} rows, got {len(rows)}:\n{shown}"
    left = list(rows)
    for want in expected:
        hit = next((m for m in left if _agrees(m, want)), None)
        assert hit is not None, f"no row like {want}; rows:\n{shown}"
        left.remove(hit)
