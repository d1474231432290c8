"""Extract: raw.speeches → raw.target_mentions, only for documents new since the last extraction."""

import os

import dagster as dg

from extract.pipeline import EXTRACTOR_VERSION, extract_mentions
from orchestration.defs.resources import WarehouseResource
from warehouse.load import extract_pending


def _extract(text: str, doc: str, year: int | None, region: str | None) -> list:
    return extract_mentions(text, doc, doc_year=year, doc_region=region)


@dg.asset(
    key=["raw", "target_mentions"],
    deps=[dg.AssetKey(["raw", "speeches"])],
    group_name="extract",
    code_version=EXTRACTOR_VERSION,
    description="One row per quantitative statement (columns of the gold schema, plus doc_id, end, extractor_version).",
)
def raw_target_mentions(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Run the extractor on every current document not yet extracted with this extractor version."""
    with warehouse.write() as con:
        stats = extract_pending(con, _extract, EXTRACTOR_VERSION, workers=min(4, os.cpu_count() or 1))
    for file_name, error in stats.failures.items():
        context.log.warning(f"extraction failed for {file_name}: {error}")
    return dg.MaterializeResult(
        metadata={
            "extractor_version": EXTRACTOR_VERSION,
            "extracted_documents": stats.extracted_documents,
            "unchanged_documents": stats.skipped_documents,
            "new_mentions": stats.mentions,
            "failed_documents": len(stats.failures),
        }
    )
