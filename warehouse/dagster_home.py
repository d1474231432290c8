"""Prepare the project-local Dagster home (instance settings) before any Dagster process starts."""

from __future__ import annotations

from warehouse.config import Settings

DAGSTER_YAML = """\
# Written by mubiao (warehouse/dagster_home.py). Runs share one DuckDB build file: one run at a time.
run_queue:
  max_concurrent_runs: 1
telemetry:
  enabled: false
"""


def ensure_dagster_home(settings: Settings) -> None:
    """Create DAGSTER_HOME with a dagster.yaml that queues runs one at a time (kept if the user edited it)."""
    settings.dagster_home.mkdir(parents=True, exist_ok=True)
    config = settings.dagster_home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML, encoding="utf-8")
