"""The Mention row type and its enums, exactly the columns of the gold schema (plus `end`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from enum import StrEnum


class Kind(StrEnum):
    TARGET = "target"
    ACTUAL = "actual"


class Measure(StrEnum):
    GROWTH = "growth"
    LEVEL = "level"
    SHARE = "share"
    COUNT = "count"


class Bound(StrEnum):
    MIN = "min"
    MAX = "max"
    APPROX = "approx"
    EXACT = "exact"
    RANGE = "range"


class Commitment(StrEnum):
    ENSURE = "ensure"
    STRIVE = "strive"
    PLAN = "plan"
    NONE = ""  # actuals carry no commitment


class Level(StrEnum):
    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"


GROUP_TOTAL_NOTE = "total of"  # note of a figure totalled over several regions (no region of its own)
TOWN_NOTE = "town"  # note of a figure about a town or street, below the region table (no region of its own)
ZONE_NOTE = "zone"  # note of a figure about a functional zone (开发区, 合作区 …), not an administrative region


@dataclass(frozen=True, slots=True)
class Mention:
    """One quantitative statement, traceable to `text[start:end] == quote` of its document."""

    doc: str
    start: int
    end: int
    quote: str
    region: str  # full official name, or "" when the text redacts it
    parent_region: str
    level: str  # Level value, or "" when unresolved
    year: int | None
    period: str
    kind: str  # Kind
    indicator: str
    indicator_text: str
    measure: str  # Measure
    value: float
    value_high: float | None
    unit: str  # percent | CNY | m2 | t | count | other:<name>
    bound: str  # Bound
    commitment: str  # Commitment
    tier: int
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


_FIELD_SETTERS = tuple(Mention.__dict__[f.name].__set__ for f in fields(Mention))


def mention(*values: object) -> Mention:
    """Mention(*values), built field by field without the frozen dataclass's object.__setattr__ calls (twice as fast;
    the extractor builds one per figure)."""
    row = object.__new__(Mention)
    for set_field, value in zip(_FIELD_SETTERS, values):  # noqa: B905 - the extractor passes every field
        set_field(row, value)
    return row


# Column order of the gold CSV (../shared/gold/SCHEMA.md) followed by `end`.
GOLD_COLUMNS: tuple[str, ...] = (
    "doc",
    "start",
    "quote",
    "region",
    "parent_region",
    "level",
    "year",
    "period",
    "kind",
    "indicator",
    "indicator_text",
    "measure",
    "value",
    "value_high",
    "unit",
    "bound",
    "commitment",
    "tier",
    "note",
)
OUTPUT_COLUMNS: tuple[str, ...] = GOLD_COLUMNS + ("end",)
assert set(OUTPUT_COLUMNS) == {f.name for f in fields(Mention)}


def format_number(value: float | None) -> str:
    """Write a number as the gold does: integers without exponent or separators, else shortest decimal."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def csv_row(mention: Mention) -> dict[str, str]:
    """The mention as the gold CSV writes it: every column as text, numbers via `format_number`."""
    d = mention.as_dict()
    out: dict[str, str] = {}
    for col in OUTPUT_COLUMNS:
        v = d[col]
        if col in ("value", "value_high"):
            out[col] = format_number(v)
        elif v is None:
            out[col] = ""
        else:
            out[col] = str(v)
    return out
