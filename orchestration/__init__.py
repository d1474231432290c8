"""Dagster definitions for mubiao: ingest → extract → lookup → dbt, with a sensor and a schedule."""
