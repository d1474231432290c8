"""The one settings module: absolute paths, project-local defaults, environment overrides."""

from __future__ import annotations

import subprocess
from pathlib import Path

from warehouse.config import PROJECT_ROOT, get_settings


def test_defaults_are_project_local_and_absolute() -> None:
    settings = get_settings({})
    assert settings.speeches_dir == PROJECT_ROOT / "data" / "sample"
    assert settings.duckdb_path == PROJECT_ROOT / "data" / "mubiao.duckdb"
    assert settings.build_duckdb_path == PROJECT_ROOT / "data" / "build" / "mubiao.duckdb"
    assert settings.dagster_home == PROJECT_ROOT / "data" / "dagster_home"
    assert settings.dbt_target == "dev"


def test_environment_overrides_and_relative_paths_become_absolute(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = get_settings({"MUBIAO_DATA_DIR": "wh", "MUBIAO_SPEECHES_DIR": "in", "DAGSTER_HOME": "~/dh"})
    assert settings.data_dir == tmp_path / "wh" and settings.speeches_dir == tmp_path / "in"
    assert settings.duckdb_path == tmp_path / "wh" / "mubiao.duckdb"
    assert settings.dagster_home == Path("~/dh").expanduser()
    assert all(Path(v).is_absolute() for k, v in settings.env().items() if k != "MUBIAO_DBT_TARGET")


def test_written_data_is_ignored_by_git_but_the_sample_is_not() -> None:
    def ignored(path: str) -> bool:
        return subprocess.run(["git", "check-ignore", "-q", path], cwd=PROJECT_ROOT).returncode == 0

    assert ignored("data/mubiao.duckdb") and ignored("data/dagster_home/dagster.yaml") and ignored("data/build/x")
    assert not ignored("data/sample/2024-tianhe.txt")
