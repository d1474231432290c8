"""Fixtures that point every setting at a temporary folder, so tests never touch data/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from warehouse.config import PROJECT_ROOT, Settings, get_settings

SAMPLE = PROJECT_ROOT / "data" / "sample"


@pytest.fixture()
def temp_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings on a copy of the sample corpus in tmp_path, exported to this process's environment."""
    speeches = tmp_path / "speeches"
    shutil.copytree(SAMPLE, speeches)
    settings = get_settings({"MUBIAO_DATA_DIR": str(tmp_path / "data"), "MUBIAO_SPEECHES_DIR": str(speeches)})
    for key, value in settings.env().items():
        monkeypatch.setenv(key, value)
    return settings
