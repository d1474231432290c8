"""Opening the warehouse: the build file (one writer at a time) and the published file (read-only, never blocked).

Pipeline runs write to ``Settings.build_duckdb_path`` while holding an exclusive file lock. When a run's dbt
build has finished, :func:`publish` copies the closed build file next to the published path and renames it into
place (an atomic ``rename``), so analysts reading ``Settings.duckdb_path`` always see the last complete state and
never contend with DuckDB's single-writer lock.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from warehouse.config import Settings

READ_ONLY_CONFIG = {
    "enable_external_access": False,  # no files, no ATTACH, no COPY, no extension downloads
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,  # SET cannot undo the above
}


class WarehouseNotBuilt(FileNotFoundError):
    """The published warehouse file does not exist yet."""


@contextmanager
def build_lock(settings: Settings, timeout_s: float = 600.0) -> Iterator[None]:
    """Hold the exclusive lock on the build file, waiting up to ``timeout_s`` for another run to finish."""
    settings.build_duckdb_path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = settings.build_duckdb_path.with_suffix(".lock")
    with open(lock_path, "a+") as handle:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"another pipeline run still holds {lock_path} after {timeout_s:.0f}s") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def open_build(settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to the build file; the caller should hold :func:`build_lock`."""
    settings.build_duckdb_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(settings.build_duckdb_path), config={"autoinstall_known_extensions": False})
    try:
        yield con
    finally:
        con.close()


def publish(settings: Settings) -> Path:
    """Copy the (closed) build file to the published path atomically; returns the published path."""
    build, target = settings.build_duckdb_path, settings.duckdb_path
    con = duckdb.connect(str(build))  # fold any write-ahead log into the file before copying it
    con.execute("checkpoint")
    con.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(build, staging)
    with open(staging, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(staging, target)
    return target


def open_published(settings: Settings) -> duckdb.DuckDBPyConnection:
    """A sandboxed read-only connection to the published warehouse."""
    if not settings.duckdb_path.exists():
        raise WarehouseNotBuilt(
            f"no warehouse at {settings.duckdb_path} yet: run `make run` (or materialise the assets in the UI) first"
        )
    return duckdb.connect(str(settings.duckdb_path), read_only=True, config=READ_ONLY_CONFIG)
