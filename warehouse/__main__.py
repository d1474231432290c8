"""mubiao's command line: `python -m warehouse build | query SQL | summary | ui`."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import redirect_stdout

from warehouse.config import PROJECT_ROOT, Settings, get_settings

# Step-by-step logs stay in the Dagster instance (see them with `make ui`); the terminal gets warnings only.
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def build_run_config(full_refresh: bool = False) -> dict:
    """Run config of refresh_warehouse_job for the command line: quiet console, optionally a dbt full refresh."""
    config: dict = dict(QUIET)
    if full_refresh:
        config["ops"] = {"mubiao_dbt_models": {"config": {"full_refresh": True}}}
    return config


def cmd_build(settings: Settings, full_refresh: bool = False) -> int:
    """Materialise every asset on the speeches folder, then print the summary."""
    from warehouse.dagster_home import ensure_dagster_home

    ensure_dagster_home(settings)
    os.environ.update(settings.env())
    import dagster as dg

    from orchestration.definitions import build_definitions

    defs = build_definitions()
    print(f"mubiao: building the warehouse from {settings.speeches_dir}", flush=True)
    log_path = settings.data_dir / "logs" / "build.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with dg.DagsterInstance.get() as instance, open(log_path, "w", encoding="utf-8") as log, redirect_stdout(log):
        result = defs.resolve_job_def("refresh_warehouse_job").execute_in_process(
            instance=instance, raise_on_error=False, run_config=build_run_config(full_refresh)
        )
    if not result.success:
        for event in result.all_events:
            if event.is_step_failure:
                print(f"step {event.step_key} failed: {event.step_failure_data.error.message}", file=sys.stderr)
        print(f"the full log of this build is in {log_path}", file=sys.stderr)
        return 1
    return cmd_summary(settings)


def cmd_summary(settings: Settings) -> int:
    """Print documents, mentions, facts and one line per mart with its row count."""
    from warehouse.summary import summary_lines

    for line in summary_lines(settings):
        print(line)
    return 0


def cmd_query(settings: Settings, sql: str, fmt: str) -> int:
    from warehouse.access import WarehouseNotBuilt
    from warehouse.query import RefusedQuery, format_rows, run_query

    try:
        columns, rows = run_query(sql, settings)
    except (RefusedQuery, WarehouseNotBuilt) as exc:
        print(f"mubiao query: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a SQL error from DuckDB: show its own words
        print(f"mubiao query: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(format_rows(columns, rows, fmt))
    return 0


def cmd_ui(settings: Settings, port: int) -> int:
    """Start `dagster dev` on the same definitions and settings (replaces this process)."""
    from warehouse.dagster_home import ensure_dagster_home

    ensure_dagster_home(settings)
    env = {**os.environ, **settings.env()}
    dagster = os.path.join(os.path.dirname(sys.executable), "dagster")
    args = [dagster, "dev", "-m", "orchestration.definitions", "-h", "127.0.0.1", "-p", str(port)]
    os.chdir(PROJECT_ROOT)
    os.execve(dagster, args, env)
    return 0  # not reached


def cmd_dbt(settings: Settings, args: list[str]) -> int:
    """Run dbt on the build file with this project's settings (e.g. `dbt docs generate`); returns dbt's exit code."""
    import subprocess

    from warehouse.config import DBT_PROJECT_DIR

    dbt = os.path.join(os.path.dirname(sys.executable), "dbt")
    env = {**os.environ, **settings.env()}
    dirs = ["--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR)]
    return subprocess.run([dbt, *args, *dirs], env=env, cwd=DBT_PROJECT_DIR).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warehouse", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="materialise every asset and print a summary")
    build.add_argument("--full-refresh", action="store_true", help="rebuild the incremental dbt models from scratch")
    sub.add_parser("summary", help="print what the published warehouse holds")
    query = sub.add_parser("query", help="run read-only SQL against the published warehouse")
    query.add_argument("sql")
    query.add_argument("--format", choices=["table", "csv", "json"], default="table")
    dbt = sub.add_parser("dbt", help="run dbt with the project's settings, e.g. `dbt docs generate`")
    dbt.add_argument("dbt_args", nargs=argparse.REMAINDER)
    ui = sub.add_parser("ui", help="start the Dagster UI (dagster dev)")
    ui.add_argument("--port", type=int, default=int(os.environ.get("MUBIAO_UI_PORT", "3000")))
    args = parser.parse_args(argv)
    settings = get_settings()
    if args.command == "build":
        return cmd_build(settings, args.full_refresh)
    if args.command == "summary":
        return cmd_summary(settings)
    if args.command == "query":
        return cmd_query(settings, args.sql, args.format)
    if args.command == "dbt":
        return cmd_dbt(settings, args.dbt_args)
    return cmd_ui(settings, args.port)


if __name__ == "__main__":
    sys.exit(main())
