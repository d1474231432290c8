"""Model: the dbt project as Dagster assets; dbt tests show as asset checks. Publishes the warehouse after a build."""

import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets

from orchestration.defs.resources import WarehouseResource
from warehouse.access import build_lock, publish
from warehouse.config import DBT_PROJECT_DIR

DBT_PROJECT = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
# the parse state dagster-dbt seeds every run's own target folder with
PARTIAL_PARSE = DBT_PROJECT.project_dir / DBT_PROJECT.target_path / "partial_parse.msgpack"


class MubiaoDbtTranslator(DagsterDbtTranslator):
    """dbt nodes keep dagster-dbt's default keys (sources → [source, table]); groups follow the model folders."""

    def get_group_name(self, dbt_resource_props: dict[str, Any]) -> str | None:
        fqn = dbt_resource_props.get("fqn", [])
        if dbt_resource_props.get("resource_type") == "model" and len(fqn) > 2:
            return f"dbt_{fqn[1]}"
        return "dbt_seeds" if dbt_resource_props.get("resource_type") == "seed" else "dbt"


TRANSLATOR = MubiaoDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))


def ensure_manifest() -> None:
    """Parse the dbt project when its manifest is missing, older than any project file, or parsed from elsewhere.

    A manifest parsed by hand with a relative ``--project-dir`` records relative seed paths that break later runs
    started from another folder, so its ``root_path`` must be this project's absolute path.
    """
    manifest = DBT_PROJECT.manifest_path
    sources = [
        p
        for p in DBT_PROJECT_DIR.rglob("*")
        if p.is_file()
        and "target" not in p.relative_to(DBT_PROJECT_DIR).parts[:1]
        and p.suffix in {".sql", ".yml", ".yaml", ".csv", ".md"}
    ]
    if manifest.exists() and all(p.stat().st_mtime <= manifest.stat().st_mtime for p in sources):
        nodes = json.loads(manifest.read_text(encoding="utf-8")).get("nodes", {})
        if all(node.get("root_path") in (None, str(DBT_PROJECT_DIR)) for node in nodes.values()):
            return
    PARTIAL_PARSE.unlink(missing_ok=True)
    dbt_resource().cli(["parse", "--quiet"], target_path=DBT_PROJECT.target_path).wait()


class DbtBuildConfig(dg.Config):
    """Run config of the dbt step (the Launchpad in the UI, or `python -m warehouse build --full-refresh`)."""

    full_refresh: bool = False
    """Rebuild the incremental models from scratch instead of re-processing only changed documents and facts."""


def build_dbt_assets() -> dg.AssetsDefinition:
    """The @dbt_assets definition over the whole project; call after :func:`ensure_manifest`."""

    @dbt_assets(manifest=DBT_PROJECT.manifest_path, project=DBT_PROJECT, dagster_dbt_translator=TRANSLATOR)
    def mubiao_dbt_models(
        context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource, config: DbtBuildConfig
    ) -> Iterator:
        """`dbt build` the selected models (tests included), then publish the warehouse for readers."""
        settings = warehouse.settings()
        args = ["build", "--full-refresh"] if config.full_refresh else ["build"]
        with build_lock(settings):
            invocation = dbt.cli(args, context=context)
            yield from invocation.stream()
            published = publish(settings)
        keep_partial_parse(invocation.target_path)
        removed = prune_run_targets(invocation.target_path.parent, f"{context.op_execution_context.op.name}-")
        context.log.info(f"published the warehouse to {published}; removed {removed} old dbt run folders")

    return mubiao_dbt_models


def keep_partial_parse(run_target: Path) -> None:
    """Make this run's parse state the one the next run starts from.

    dagster-dbt gives each run its own target folder, seeded with the project's ``target/partial_parse.msgpack``.
    That file is only written by ``dbt parse``, so it goes stale (dbt then re-parses the whole project, about 2.5 s)
    as soon as the settings differ from those it was parsed with. Copying the run's file back, atomically, lets the
    next run with the same settings parse only what changed.
    """
    source = run_target / "partial_parse.msgpack"
    if not source.is_file():
        return
    staging = PARTIAL_PARSE.with_name(f".{PARTIAL_PARSE.name}.{os.getpid()}")
    shutil.copyfile(source, staging)
    os.replace(staging, PARTIAL_PARSE)


RUN_TARGETS_KEPT = 10  # dbt run folders kept for inspection (logs, compiled SQL, run_results.json)
RUN_TARGET_GRACE_S = 600  # a folder younger than this may belong to a run still going: never removed


def prune_run_targets(
    target_dir: Path, prefix: str, keep: int = RUN_TARGETS_KEPT, grace_s: float = RUN_TARGET_GRACE_S
) -> int:
    """Remove the run folders dagster-dbt leaves in ``target_dir`` (``<op name>-<run id>-<uuid>``, one per run, about
    8 MB each; ``prefix`` is ``<op name>-``), but the newest ``keep`` and any younger than ``grace_s`` seconds;
    returns how many were removed.

    Without this, a sensor that builds every new speech fills the disk over the months.
    """
    runs = sorted(
        (p for p in target_dir.glob(f"{prefix}*") if p.is_dir()),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    now = time.time()
    removed = 0
    for folder in runs[keep:]:
        if now - folder.stat().st_mtime >= grace_s:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def dbt_resource() -> DbtCliResource:
    """dbt from this interpreter's environment, whether or not the virtualenv is on PATH."""
    return DbtCliResource(project_dir=DBT_PROJECT, dbt_executable=str(Path(sys.executable).parent / "dbt"))
