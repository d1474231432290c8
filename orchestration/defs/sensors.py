"""Automation: a sensor that notices new, changed or deleted speeches, and a daily catch-up schedule."""

import hashlib

import dagster as dg

from warehouse.config import get_settings
from warehouse.ingest import iter_candidate_files, sidecar_paths

refresh_warehouse_job = dg.define_asset_job(
    "refresh_warehouse_job",
    selection=dg.AssetSelection.all(),
    description="Ingest the speeches folder, extract new documents, rebuild the dbt models, publish.",
)


def folder_fingerprint() -> str:
    """A digest of every transcript's name, size and modification time (and of their sidecars)."""
    folder = get_settings().speeches_dir
    digest = hashlib.sha256(str(folder).encode())
    if folder.is_dir():
        for path in iter_candidate_files(folder):
            for candidate in (path, *sidecar_paths(path)):
                try:
                    stat = candidate.stat()
                except OSError:
                    continue
                digest.update(f"{candidate.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@dg.sensor(
    job=refresh_warehouse_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Starts a refresh when a transcript is added, changed or deleted in the speeches folder.",
)
def new_speeches_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult:
    """Request one refresh run per distinct state of the speeches folder."""
    fingerprint = folder_fingerprint()
    if fingerprint == context.cursor:
        return dg.SensorResult(skip_reason="no transcript added, changed or deleted")
    return dg.SensorResult(run_requests=[dg.RunRequest(run_key=fingerprint)], cursor=fingerprint)


daily_refresh_schedule = dg.ScheduleDefinition(
    name="daily_refresh_schedule",
    job=refresh_warehouse_job,
    cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Daily catch-up refresh, in case the sensor missed a change.",
)
