"""Assemble mubiao's Dagster definitions: policy only; each defs module owns its objects."""

import os

import dagster as dg

from orchestration.defs import dbt, extract, ingest, lookup, sensors
from orchestration.defs.resources import WarehouseResource
from warehouse.config import get_settings


def build_definitions() -> dg.Definitions:
    """Definitions over the settings of this process (exported to dbt, which reads them from the environment)."""
    for key, value in get_settings().env().items():
        os.environ.setdefault(key, value)
    dbt.ensure_manifest()
    return dg.Definitions(
        assets=[ingest.raw_speeches, extract.raw_target_mentions, lookup.lookup_tables, dbt.build_dbt_assets()],
        jobs=[sensors.refresh_warehouse_job],
        sensors=[sensors.new_speeches_sensor],
        schedules=[sensors.daily_refresh_schedule],
        resources={"warehouse": WarehouseResource(), "dbt": dbt.dbt_resource()},
        # Runs share one DuckDB build file, which admits one writer: steps run one after another.
        executor=dg.in_process_executor,
    )


defs = build_definitions()
