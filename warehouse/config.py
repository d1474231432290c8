"""The one place that resolves mubiao's paths and settings.

Every path is absolute. Environment variables override the project-local defaults:

- ``MUBIAO_SPEECHES_DIR``: folder of transcripts to ingest (default: the bundled ``data/sample``).
- ``MUBIAO_DATA_DIR``: where the warehouse files live (default: ``data/``).
- ``MUBIAO_DUCKDB_PATH``: the published, read-only warehouse analysts query (default: ``data/mubiao.duckdb``).
- ``MUBIAO_BUILD_DUCKDB_PATH``: where pipeline runs write before publishing
  (default: ``data/build/mubiao.duckdb``).
- ``DAGSTER_HOME``: Dagster's instance folder (default: ``data/dagster_home``).
- ``MUBIAO_DBT_TARGET``: the dbt target of ``dbt_project/profiles.yml`` (default: ``dev``, the local build file).

Nothing is read at import time: call :func:`get_settings` when the value is needed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"


@dataclass(frozen=True)
class Settings:
    speeches_dir: Path
    data_dir: Path
    duckdb_path: Path
    build_duckdb_path: Path
    dagster_home: Path
    dbt_target: str = "dev"

    def env(self) -> dict[str, str]:
        """The settings as environment variables, for subprocesses (dbt, dagster) that must agree."""
        return {
            "MUBIAO_SPEECHES_DIR": str(self.speeches_dir),
            "MUBIAO_DATA_DIR": str(self.data_dir),
            "MUBIAO_DUCKDB_PATH": str(self.duckdb_path),
            "MUBIAO_BUILD_DUCKDB_PATH": str(self.build_duckdb_path),
            "DAGSTER_HOME": str(self.dagster_home),
            "MUBIAO_DBT_TARGET": self.dbt_target,
        }


def _path(value: str | None, default: Path) -> Path:
    return Path(value).expanduser().resolve() if value else default.resolve()


def get_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Resolve settings from ``environ`` (default: the process environment)."""
    env = os.environ if environ is None else environ
    data_dir = _path(env.get("MUBIAO_DATA_DIR"), PROJECT_ROOT / "data")
    return Settings(
        speeches_dir=_path(env.get("MUBIAO_SPEECHES_DIR"), PROJECT_ROOT / "data" / "sample"),
        data_dir=data_dir,
        duckdb_path=_path(env.get("MUBIAO_DUCKDB_PATH"), data_dir / "mubiao.duckdb"),
        build_duckdb_path=_path(env.get("MUBIAO_BUILD_DUCKDB_PATH"), data_dir / "build" / "mubiao.duckdb"),
        dagster_home=_path(env.get("DAGSTER_HOME"), data_dir / "dagster_home"),
        dbt_target=env.get("MUBIAO_DBT_TARGET") or "dev",
    )
