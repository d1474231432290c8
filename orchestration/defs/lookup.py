"""Lookup: the extractor's vocabulary CSVs → lookup.* tables, so Python and SQL share one vocabulary."""

import hashlib

import dagster as dg

from orchestration.defs.resources import WarehouseResource
from warehouse.load import lexicon_tables, load_lookup

TABLES = lexicon_tables()


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["lookup", name],
            description=f"The extractor's vocabulary table extract/data/{path.name}.",
            code_version=hashlib.sha256(path.read_bytes()).hexdigest()[:12],
        )
        for name, path in TABLES.items()
    ],
    group_name="lookup",
    can_subset=True,
)
def lookup_tables(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Load each selected vocabulary CSV into its lookup table."""
    with warehouse.write() as con:
        for key in sorted(context.selected_asset_keys, key=lambda k: k.path):
            rows = load_lookup(con, key.path[-1], TABLES[key.path[-1]])
            yield dg.MaterializeResult(asset_key=key, metadata={"rows": rows})
