"""DuckDB access for mubiao: settings, loading raw/lookup tables, publishing, read-only queries."""
