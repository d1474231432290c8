"""`python -m extract FILE_OR_DIR… [--format csv|jsonl]`: print mention rows (gold columns plus `end`)."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from extract.corroborate import corroborate
from extract.pipeline import extract_mentions
from extract.rows import OUTPUT_COLUMNS, csv_row
from extract.textio import UnreadableFile, iter_files, read_text


def main(argv: list[str] | None = None) -> int:
    """Extract every file and print its rows; unreadable files are reported on stderr (exit code 1)."""
    parser = argparse.ArgumentParser(prog="python -m extract", description=__doc__)
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    args = parser.parse_args(argv)
    out = sys.stdout
    writer = csv.DictWriter(out, fieldnames=list(OUTPUT_COLUMNS), lineterminator="\n")
    if args.format == "csv":
        writer.writeheader()
    failed = 0
    mentions = {}
    for path in iter_files(args.paths):
        try:
            text = read_text(path)
        except UnreadableFile as e:
            print(f"error: {e}", file=sys.stderr)
            failed += 1
            continue
        mentions[path.name] = extract_mentions(text, path.name)
    try:
        for doc_mentions in corroborate(mentions).values():  # redacted regions, proven by the other files
            for m in doc_mentions:
                if args.format == "csv":
                    writer.writerow(csv_row(m))
                else:
                    out.write(json.dumps(_json_row(m.as_dict()), ensure_ascii=False) + "\n")
    except BrokenPipeError:  # the reader (head, less) stopped early
        pass
    return 1 if failed else 0


def _json_row(row: dict) -> dict:
    """Integral values as JSON integers (like the CSV output), in the output column order."""
    out = {}
    for col in OUTPUT_COLUMNS:
        v = row[col]
        out[col] = int(v) if isinstance(v, float) and v.is_integer() else v
    return out


if __name__ == "__main__":
    sys.exit(main())
