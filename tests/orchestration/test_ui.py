"""`make ui`: dagster dev serves the same definitions, and a run launched through it materialises everything."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from dagster_graphql import DagsterGraphQLClient

from warehouse.config import PROJECT_ROOT, Settings
from warehouse.summary import mart_hashes

pytestmark = pytest.mark.slow

ASSET_KEYS = "{ assetNodes { assetKey { path } } }"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def ui(temp_settings: Settings) -> Iterator[DagsterGraphQLClient]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MUBIAO_", "DAGSTER_"))} | temp_settings.env()
    temp_settings.data_dir.mkdir(parents=True, exist_ok=True)
    log = open(temp_settings.data_dir / "dagster-dev.log", "w")  # noqa: SIM115 - closed below
    # dagster dev ignores a lone SIGTERM: it runs in its own process group, and the whole group is ended.
    proc = subprocess.Popen(
        [sys.executable, "-m", "warehouse", "ui", "--port", str(port)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        client = DagsterGraphQLClient("127.0.0.1", port_number=port)
        deadline = time.monotonic() + 180
        while True:
            try:
                client._execute(ASSET_KEYS)
                break
            except Exception:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(
                        "dagster dev did not come up:\n"
                        + (temp_settings.data_dir / "dagster-dev.log").read_text()[-4000:]
                    )
                time.sleep(1)
        yield client
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def test_ui_shows_the_graph_and_materialises_everything(ui: DagsterGraphQLClient, temp_settings: Settings) -> None:
    keys = {"/".join(node["assetKey"]["path"]) for node in ui._execute(ASSET_KEYS)["assetNodes"]}
    assert {"raw/speeches", "raw/target_mentions", "lookup/regions", "marts/fct_targets"} <= keys
    run_id = ui.submit_job_execution("refresh_warehouse_job")
    deadline = time.monotonic() + 600
    while (status := ui.get_run_status(run_id).value) not in ("SUCCESS", "FAILURE", "CANCELED"):
        assert time.monotonic() < deadline, f"run {run_id} still {status} after 600 s"
        time.sleep(2)
    assert status == "SUCCESS"
    assert mart_hashes(temp_settings)["marts.fct_targets"].split(":")[0] != "0"
