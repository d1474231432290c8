"""The marts, built by dbt from the gold annotations as if extraction were perfect, reproduce issue 4's hand
computations (items 4 and 5)."""

from __future__ import annotations

import pytest

from tests.dbt.helpers import DbtRun, Warehouse

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

RECONCILIATION = """
    select *
    from marts.fct_city_district_reconciliation
    where city_name = ? and year = ? and indicator = ? and measure = ?
"""

YOY = """
    select *
    from marts.fct_targets_yoy
    where region_name = ? and parent_code = '440100' and indicator = 'fixed_asset_investment'
        and measure = 'level' and year = ?
"""


def test_dbt_build_passes(dbt_build: DbtRun) -> None:
    assert "ERROR=0" in dbt_build.output, dbt_build.output


def test_guangzhou_2024_fixed_asset_investment_level(marts: Warehouse) -> None:
    row = marts.one(RECONCILIATION, ["广州市", 2024, "fixed_asset_investment", "level"])
    assert row["districts_with_target"] == 10
    assert row["districts_total"] == 11
    assert row["display_unit"] == "亿元"
    assert row["district_sum_display"] == pytest.approx(9050)
    assert row["district_sum"] == pytest.approx(905_000_000_000)


def test_guangzhou_2024_gdp_growth(marts: Warehouse) -> None:
    row = marts.one(RECONCILIATION, ["广州市", 2024, "gdp", "growth"])
    assert (row["districts_with_target"], row["districts_total"]) == (11, 11)
    assert row["coverage"] == pytest.approx(1.0)
    assert row["district_median"] == pytest.approx(5)
    assert round(row["district_mean"], 2) == pytest.approx(5.41)


def test_guangzhou_2023_gdp_growth(marts: Warehouse) -> None:
    row = marts.one(RECONCILIATION, ["广州市", 2023, "gdp", "growth"])
    assert row["city_value"] == pytest.approx(6)
    assert row["districts_with_target"] == 5
    assert row["district_median"] == pytest.approx(7)
    assert (row["n_above_city"], row["n_equal_city"], row["n_below_city"]) == (4, 0, 1)


def test_jiangmen_2023_gdp_growth(marts: Warehouse) -> None:
    row = marts.one(RECONCILIATION, ["江门市", 2023, "gdp", "growth"])
    assert row["city_value"] == pytest.approx(6)
    assert row["city_stretch_value"] == pytest.approx(7)
    assert (row["districts_with_target"], row["districts_total"]) == (3, 7)
    assert row["district_median"] == pytest.approx(7.5)


@pytest.mark.parametrize(
    ("district", "prior_target", "implied_actual", "attainment_pct"),
    [
        pytest.param("黄埔区", 2500, 2000.0, 80.0, id="huangpu"),
        pytest.param("越秀区", 115, 115.4, 100.3, id="yuexiu"),
        pytest.param("天河区", 730, 703.4, 96.4, id="tianhe"),
        pytest.param("海珠区", 535, 534.5, 99.9, id="haizhu"),
    ],
)
def test_fixed_asset_investment_2023_attainment_implied_by_2024_targets(
    marts: Warehouse, district: str, prior_target: float, implied_actual: float, attainment_pct: float
) -> None:
    row = marts.one(YOY, [district, 2024])
    assert row["prior_year"] == 2023
    assert row["display_unit"] == "亿元"
    assert row["prior_display_value"] == pytest.approx(prior_target)
    assert round(row["implied_prior_actual_display"], 1) == pytest.approx(implied_actual)
    assert round(100 * row["prior_attainment"], 1) == pytest.approx(attainment_pct)


def test_every_gold_mention_is_a_fact_or_listed_unresolved(marts: Warehouse) -> None:
    counts = marts.one(
        """
        select
            (select count(*) from raw.target_mentions) as n_raw,
            (select sum(n_mentions) from marts.fct_targets) as n_in_facts,
            (select count(*) from intermediate.int_mentions_unresolved) as n_unresolved
        """
    )
    assert counts["n_raw"] == counts["n_in_facts"] + counts["n_unresolved"]


def test_repeated_mentions_merge_into_one_fact_with_their_quotes(marts: Warehouse) -> None:
    # 南沙区's 2023 GDP growth target (力争增长10%) is stated in three documents, once without 以上.
    row = marts.one(
        """
        select * from marts.fct_targets
        where region_name = '南沙区' and year = 2023 and kind = 'target' and indicator = 'gdp'
            and measure = 'growth' and commitment = 'strive'
        """
    )
    assert (row["n_mentions"], row["n_documents"]) == (3, 3)
    assert row["value"] == pytest.approx(10)
    assert row["has_conflict"] is True
    assert row["quotes"].count(" | ") == 2
