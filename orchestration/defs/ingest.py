"""Ingest: the speeches folder → raw.speeches (one row per document) and raw.rejected_files."""

import dagster as dg

from extract.pipeline import infer_document_year
from orchestration.defs.resources import WarehouseResource
from warehouse.ingest import scan_folder
from warehouse.load import known_files, write_scan


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", "speeches"], description="One row per transcript (doc_id = sha256 of its bytes)."),
        dg.AssetSpec(["raw", "rejected_files"], description="Files of the speeches folder that could not be read."),
    ],
    group_name="ingest",
)
def raw_speeches(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Scan the speeches folder; new documents are added, vanished ones marked not current, bad files rejected."""
    settings = warehouse.settings()
    with warehouse.write() as con:
        scan = scan_folder(settings.speeches_dir, known_files(con))
        stats = write_scan(con, scan, infer_document_year)
    for rejection in stats.rejected:
        context.log.warning(f"rejected {rejection.file_name}: {rejection.reason}")
    for name in stats.undated:
        context.log.warning(
            f"{name}: no conference year found; its 今年/去年 figures stay unresolved until a date "
            f'line or a sidecar {name}.meta.json with "date" gives one'
        )
    yield dg.MaterializeResult(
        asset_key=["raw", "speeches"],
        metadata={
            "speeches_dir": dg.MetadataValue.path(str(settings.speeches_dir)),
            "documents": stats.documents,
            "new_documents": stats.new_documents,
            "retired_documents": stats.retired_documents,
            "undated_documents": len(stats.undated),
        },
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "rejected_files"],
        metadata={
            "rejected": len(stats.rejected),
            "warnings": dg.MetadataValue.md(
                "\n".join(f"- `{r.file_name}`: {r.reason}" for r in stats.rejected) or "none"
            ),
        },
    )
