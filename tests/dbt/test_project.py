"""The dbt project builds and documents itself without the shared corpus: empty raw tables, real lookups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import conftest as shared_tests
from tests.dbt import helpers
from tests.dbt.helpers import run_dbt

pytestmark = pytest.mark.slow


def test_build_passes_on_empty_raw_tables(empty_warehouse: Path, tmp_path: Path) -> None:
    run = run_dbt(["build"], empty_warehouse, tmp_path)
    run.check()
    assert "ERROR=0" in run.output


@pytest.fixture(scope="module")
def docs(empty_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    """`dbt docs generate` after building the models: the manifest and the catalog."""
    work_dir = tmp_path_factory.mktemp("dbt_docs")
    run_dbt(["build", "--exclude", "resource_type:test", "resource_type:unit_test"], empty_warehouse, work_dir).check()
    run_dbt(["docs", "generate"], empty_warehouse, work_dir).check()
    target = work_dir / "target"
    assert (target / "index.html").is_file()
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    return manifest, catalog


def test_docs_generate_succeeds(docs: tuple[dict, dict]) -> None:
    manifest, catalog = docs
    models = [uid for uid in manifest["nodes"] if uid.startswith("model.mubiao.")]
    assert models, "the manifest lists no models"
    assert set(models) <= set(catalog["nodes"]), "some models are missing from the catalog"


def test_every_model_and_column_is_described(docs: tuple[dict, dict]) -> None:
    manifest, catalog = docs
    undescribed = []
    for section in ("nodes", "sources"):
        for uid, entry in catalog[section].items():
            node = manifest[section][uid]
            if not node.get("description", "").strip():
                undescribed.append(uid)
            described = {name.lower() for name, column in node["columns"].items() if column.get("description")}
            undescribed += [f"{uid}.{column}" for column in entry["columns"] if column.lower() not in described]
    assert undescribed == []


def test_every_mart_states_its_grain(docs: tuple[dict, dict]) -> None:
    manifest, _ = docs
    marts = {
        uid: node
        for uid, node in manifest["nodes"].items()
        if node["resource_type"] == "model" and node["fqn"][1:2] == ["marts"]
    }
    assert marts
    assert [uid for uid, node in marts.items() if "one row per" not in node["description"].lower()] == []


def test_missing_shared_skips_locally_and_fails_under_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shared_tests, "SHARED", tmp_path / "shared")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="is absent"):
        helpers.shared_path("corpus")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        helpers.shared_path("corpus")
