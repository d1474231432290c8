"""mubiao's extractor: transcript text in, quantitative mention rows out (no DuckDB, no Dagster).

Steps, one module each, composed by `pipeline.extract_mentions`: `normalise` (traditional -> simplified, full-width
-> ASCII, page-layout line breaks joined, with an offset map back to the original), `segment` (sentences, clauses),
`locate` (numbers + units, via `numerals`), `scope` (dates, names, class labels are not figures), `indicators`,
`cues` (bound, commitment), `timeframe` (year, target / actual, period), `attribute` (region, via `regions`).
Vocabulary lives in `data/*.csv`, loaded once by `lexicon`.
"""

from pathlib import Path

# the package folder, whose data/ holds the vocabulary tables (set here, where __file__ is always defined: a module
# compiled by mypyc, as benchmarks/bench_mypyc.py does, has none)
PACKAGE_DIR = Path(__file__).resolve().parent
