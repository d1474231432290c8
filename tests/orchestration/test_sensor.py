"""New speeches arrive: the sensor notices a new, changed or deleted file and its run refreshes the marts."""

from __future__ import annotations

import os

import dagster as dg
import pytest

from orchestration.definitions import build_definitions
from warehouse.config import Settings
from warehouse.dagster_home import ensure_dagster_home
from warehouse.query import run_query

pytestmark = pytest.mark.slow

FACTS_OF = "select count(*) from marts.fct_targets where region_name = '{}'"
SPEECH = "2024年2月20日\n越秀区委书记：今年，全区地区生产总值确保增长5%以上，固定资产投资完成150亿元、增长6%左右。\n"


def _evaluate(defs: dg.Definitions, instance: dg.DagsterInstance, cursor: str | None) -> dg.SensorResult:
    sensor = defs.resolve_sensor_def("new_speeches_sensor")
    return sensor.evaluate_tick(dg.build_sensor_context(instance=instance, cursor=cursor, definitions=defs))


def _run_requested(defs: dg.Definitions, instance: dg.DagsterInstance, result) -> None:
    [request] = result.run_requests
    job = defs.resolve_job_def(request.job_name or "refresh_warehouse_job")
    assert job.execute_in_process(instance=instance, tags=request.tags).success


def test_sensor_picks_up_new_changed_and_deleted_speeches(temp_settings: Settings) -> None:
    ensure_dagster_home(temp_settings)
    defs = build_definitions()
    with dg.DagsterInstance.from_config(str(temp_settings.dagster_home)) as instance:
        first = _evaluate(defs, instance, None)
        _run_requested(defs, instance, first)
        assert run_query(FACTS_OF.format("越秀区"), temp_settings)[1] == [(0,)]
        quiet = _evaluate(defs, instance, first.cursor)
        assert quiet.run_requests == [] and quiet.skip_message

        new_file = temp_settings.speeches_dir / "2024 越秀 会议.txt"
        new_file.write_text(SPEECH, encoding="utf-8")
        added = _evaluate(defs, instance, first.cursor)
        _run_requested(defs, instance, added)
        facts = run_query(FACTS_OF.format("越秀区"), temp_settings)[1][0][0]
        assert facts >= 2

        new_file.write_text(SPEECH.replace("5%以上", "5.5%以上"), encoding="utf-8")
        os.utime(new_file, ns=(1, 1))  # a change the fingerprint must see even with an old timestamp
        changed = _evaluate(defs, instance, added.cursor)
        _run_requested(defs, instance, changed)
        values = run_query(
            "select value from marts.fct_targets where region_name = '越秀区' and indicator = 'gdp' "
            "and measure = 'growth'",
            temp_settings,
        )[1]
        assert values == [(5.5,)]

        new_file.unlink()
        deleted = _evaluate(defs, instance, changed.cursor)
        _run_requested(defs, instance, deleted)
        assert run_query(FACTS_OF.format("越秀区"), temp_settings)[1] == [(0,)]
        history = run_query(
            "select count(*), count(*) filter (where is_current) from raw.speeches where file_name like '%越秀%'",
            temp_settings,
        )[1]
        assert history == [(2, 0)]
