"""The Dagster definitions load, and the asset graph has real lineage from Python assets into dbt."""

from __future__ import annotations

import dagster as dg
import pytest

from orchestration.definitions import build_definitions
from warehouse.__main__ import build_run_config


@pytest.fixture(scope="module")
def defs() -> dg.Definitions:
    return build_definitions()


def test_definitions_validate(defs: dg.Definitions) -> None:
    dg.Definitions.validate_loadable(defs)


def test_every_dbt_source_is_a_python_asset(defs: dg.Definitions) -> None:
    graph = defs.resolve_asset_graph()
    materializable = {key for key in graph.get_all_asset_keys() if graph.get(key).is_materializable}
    python_keys = {key for key in materializable if key.path[0] in ("raw", "lookup")}
    assert {
        dg.AssetKey(["raw", "speeches"]),
        dg.AssetKey(["raw", "target_mentions"]),
        dg.AssetKey(["lookup", "regions"]),
        dg.AssetKey(["lookup", "indicators"]),
    } <= python_keys
    orphans = sorted(key.to_user_string() for key in graph.get_all_asset_keys() if key not in materializable)
    assert orphans == [], f"asset keys with no definition (orphan dbt sources): {orphans}"
    dbt_keys = materializable - python_keys
    upstream_of_dbt = {parent for key in dbt_keys for parent in graph.get(key).parent_keys} - dbt_keys
    assert upstream_of_dbt == python_keys - {dg.AssetKey(["lookup", k]) for k in _unused_lookups(python_keys)}


def _unused_lookups(python_keys: set[dg.AssetKey]) -> set[str]:
    """Vocabulary tables the extractor reads that no dbt model needs (cue words, …)."""
    used = {"regions", "indicators", "units"}
    return {key.path[1] for key in python_keys if key.path[0] == "lookup"} - used


def test_dbt_tests_are_asset_checks(defs: dg.Definitions) -> None:
    checks = defs.resolve_asset_graph().asset_check_keys
    assert len(checks) >= 20
    assert any(check.asset_key == dg.AssetKey(["marts", "fct_targets"]) for check in checks)


def test_job_sensor_and_schedule(defs: dg.Definitions) -> None:
    job = defs.resolve_job_def("refresh_warehouse_job")
    assert job.executor_def.name == "in_process"
    assert defs.resolve_sensor_def("new_speeches_sensor").job_name == "refresh_warehouse_job"
    assert defs.resolve_schedule_def("daily_refresh_schedule").cron_schedule == "0 6 * * *"


@pytest.mark.parametrize("full_refresh", [False, True])
def test_build_run_config_is_valid_for_the_job(defs: dg.Definitions, full_refresh: bool) -> None:
    job = defs.resolve_job_def("refresh_warehouse_job")
    validated = dg.validate_run_config(job, build_run_config(full_refresh))
    assert validated["ops"]["mubiao_dbt_models"]["config"]["full_refresh"] is full_refresh
