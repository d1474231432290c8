"""The resource through which every asset reaches mubiao's settings and warehouse files."""

from collections.abc import Iterator
from contextlib import contextmanager

import dagster as dg
import duckdb

from warehouse.access import build_lock, open_build
from warehouse.config import Settings, get_settings


class WarehouseResource(dg.ConfigurableResource):
    """Settings from warehouse.config, and the locked read-write connection to the build file."""

    def settings(self) -> Settings:
        return get_settings()

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Exclusive read-write access to the build file for the duration of the block."""
        settings = self.settings()
        with build_lock(settings), open_build(settings) as con:
            yield con
