"""Shared fixtures: where ../shared lives, and skipping (or, under CI, failing) when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from warehouse.config import PROJECT_ROOT

SHARED = PROJECT_ROOT.parent / "shared"


def require_shared(sub: str) -> Path:
    """The folder ../shared/<sub>; skip the test when it is absent, fail instead under CI=true."""
    path = SHARED / sub
    if not path.is_dir():
        message = f"{path} is absent: the real transcripts and gold annotations sit beside the checkout"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (CI=true requires them)")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return require_shared("corpus")


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return require_shared("gold")
