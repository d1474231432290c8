"""mubiao's extractor: transcript text in, quantitative mention rows out (no DuckDB, no Dagster)."""
