"""Corroboration: a redacted document takes the region whose figures other documents state, and only then."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract.corroborate import corroborate
from extract.rows import Mention

BASE = Mention(
    doc="",
    start=0,
    end=1,
    quote="x",
    region="",
    parent_region="",
    level="",
    year=2024,
    period="",
    kind="target",
    indicator="gdp",
    indicator_text="地区生产总值",
    measure="growth",
    value=6.0,
    value_high=None,
    unit="percent",
    bound="min",
    commitment="plan",
    tier=1,
    note="",
)
A = ("南沙区", "广州市", "district")
B = ("黄埔区", "广州市", "district")


def row(doc: str, region: tuple[str, str, str] | None, indicator: str, value: float, **kw) -> Mention:
    name, parent, level = region or ("", "", "")
    if region is None:
        kw.setdefault("note", "redacted in text (clues: **高质量发展大会)")
    return replace(
        BASE, doc=doc, region=name, parent_region=parent, level=level, indicator=indicator, value=value, **kw
    )


CASES = [
    pytest.param(
        {
            "r": [row("r", None, "gdp", 10), row("r", None, "fixed_asset_investment", 30)],
            "o": [row("o", A, "gdp", 10), row("o", A, "fixed_asset_investment", 30), row("o", B, "gdp", 10)],
            "q": [row("q", A, "gdp", 10)],
        },
        "南沙区",
        id="two-agreements-in-two-documents-win",
    ),
    pytest.param(
        {
            "r": [row("r", None, "gdp", 10), row("r", None, "fixed_asset_investment", 30)],
            "o": [row("o", A, "gdp", 10), row("o", A, "fixed_asset_investment", 30)],
        },
        "",
        id="one-other-document-is-not-proof",
    ),
    pytest.param(
        {
            "r": [row("r", None, "gdp", 10), row("r", None, "fixed_asset_investment", 30)],
            "o": [row("o", A, "gdp", 10), row("o", B, "fixed_asset_investment", 30)],
        },
        "",
        id="one-agreement-each-is-a-tie",
    ),
    pytest.param(
        {"r": [row("r", None, "gdp", 10), row("r", None, "fixed_asset_investment", 30)], "o": [row("o", A, "gdp", 10)]},
        "",
        id="a-single-agreement-is-not-proof",
    ),
    pytest.param(
        {
            "r": [
                row("r", None, "gdp", 10),
                row("r", None, "fixed_asset_investment", 30),
                row("r", A, "gdp", 10),
                row("r", A, "fixed_asset_investment", 30),
            ]
        },
        "",
        id="the-document-cannot-prove-itself",
    ),
    pytest.param(
        {
            "r": [row("r", None, "gdp", 10), row("r", None, "fixed_asset_investment", 30, year=2023)],
            "o": [row("o", A, "gdp", 10), row("o", A, "fixed_asset_investment", 30)],
        },
        "",
        id="years-must-agree",
    ),
    pytest.param(
        {
            "r": [
                row("r", None, "project_capacity", 10, measure="count", unit="count"),
                row("r", None, "company_output", 30, measure="count", unit="count"),
            ],
            "o": [
                row("o", A, "project_capacity", 10, measure="count", unit="count"),
                row("o", A, "company_output", 30, measure="count", unit="count"),
            ],
        },
        "",
        id="company-and-project-figures-are-not-evidence",
    ),
]


@pytest.mark.parametrize(("docs", "expected"), CASES)
def test_redacted_region_resolved_only_by_agreement(docs: dict, expected: str) -> None:
    result = corroborate(docs)
    redacted = [m for m, before in zip(result["r"], docs["r"], strict=True) if not before.region]
    assert {m.region for m in redacted} == {expected}
    if expected:
        assert all("region corroborated: 2 figures agree with 南沙区 in o, q" in m.note for m in redacted)
        assert all(m.parent_region == "广州市" and m.level == "district" for m in redacted)
    assert result.get("o", []) == docs.get("o", [])


@pytest.mark.parametrize(
    "note",
    [
        "total of 南沙区、黄埔区",
        "town 南沙街道",
        "zone 广州南沙经济技术开发区",
        "分别 distribution over regions (1 of 2); town 南沙街道; redacted in text (clues: **区)",
    ],
)
def test_a_figure_with_no_region_of_its_own_is_never_corroborated(note: str) -> None:
    """A total over several regions, a town's and a zone's figure keep their empty region."""
    own = row("r", None, "gdp", 10, note=note)
    docs = {
        "r": [row("r", None, "gdp", 10), row("r", None, "fixed_asset_investment", 30), own],
        "o": [row("o", A, "gdp", 10), row("o", A, "fixed_asset_investment", 30)],
        "q": [row("q", A, "fixed_asset_investment", 30)],
    }
    result = corroborate(docs)
    assert [m.region for m in result["r"]] == ["南沙区", "南沙区", ""]
    assert result["r"][2] == own


def test_the_kind_of_the_redacted_name_must_match() -> None:
    """Clues showing a redacted **县 rule out a 区, however many figures agree."""
    clue = "redacted in text (clues: **县委书记 | **县2023年)"
    docs = {
        "r": [row("r", None, "gdp", 10, note=clue), row("r", None, "fixed_asset_investment", 30, note=clue)],
        "o": [row("o", A, "gdp", 10), row("o", A, "fixed_asset_investment", 30)],
        "q": [row("q", A, "gdp", 10)],
    }
    assert [m.region for m in corroborate(docs)["r"]] == ["", ""]
    district_clue = "redacted in text (clues: **区委书记)"
    docs["r"] = [replace(m, note=district_clue) for m in docs["r"]]
    assert [m.region for m in corroborate(docs)["r"]] == ["南沙区", "南沙区"]


def test_a_document_that_redacts_nothing_is_never_corroborated() -> None:
    """A round-up or a commentary that names no region of its own has region-less rows, but no redaction."""
    docs = {
        "r": [row("r", None, "gdp", 10, note=""), row("r", None, "fixed_asset_investment", 30, note="")],
        "o": [row("o", A, "gdp", 10), row("o", A, "fixed_asset_investment", 30)],
        "q": [row("q", A, "gdp", 10), row("q", A, "fixed_asset_investment", 30)],
    }
    assert corroborate(docs)["r"] == docs["r"]
