# mubiao: `make run` builds the warehouse from the sample corpus, `make test` runs every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SPEECHES ?=
export MUBIAO_SPEECHES_DIR := $(if $(SPEECHES),$(abspath $(SPEECHES)),$(MUBIAO_SPEECHES_DIR))

.PHONY: run test ui query docs bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m warehouse build

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

ui: $(STAMP)
	$(BIN)/python -m warehouse ui

query: $(STAMP)
	$(BIN)/python -m warehouse query "$(Q)"

docs: $(STAMP)
	$(BIN)/python -m warehouse dbt docs generate

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) data/build data/mubiao.duckdb data/dagster_home dbt_project/target
