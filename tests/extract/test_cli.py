"""`python -m extract`: CSV / JSONL output, encodings, unreadable files."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from extract.rows import OUTPUT_COLUMNS
from warehouse.config import PROJECT_ROOT

SPEECH = "广州市委书记 张三：\n\n确保今年地区生产总值增长6%以上，工业投资突破1800亿元。\n"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120
    )


def test_csv_output(tmp_path: Path) -> None:
    f = tmp_path / "speech.txt"
    f.write_text(SPEECH, encoding="utf-8")
    out = _run(str(f))
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert list(rows[0]) == list(OUTPUT_COLUMNS)
    assert [r["value"] for r in rows] == ["6", "180000000000"]
    assert all(r["doc"] == "speech.txt" and SPEECH[int(r["start"]) : int(r["end"])] == r["quote"] for r in rows)


def test_jsonl_output_and_encodings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + SPEECH.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(SPEECH.encode("gbk"))
    out = _run("--format", "jsonl", str(tmp_path))
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert {r["doc"] for r in rows} == {"a.txt", "b.txt"}
    assert [r["value"] for r in rows if r["doc"] == "a.txt"] == [r["value"] for r in rows if r["doc"] == "b.txt"]
    assert rows[0]["value"] == 6 and isinstance(rows[0]["value"], int)


def test_windows_line_breaks_and_utf16_give_the_offsets_of_the_text_as_python_reads_it(tmp_path: Path) -> None:
    (tmp_path / "lf.txt").write_bytes(SPEECH.encode("utf-8"))
    (tmp_path / "crlf.txt").write_bytes(SPEECH.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "utf16.txt").write_bytes(SPEECH.replace("\n", "\r\n").encode("utf-16"))
    out = _run("--format", "jsonl", str(tmp_path))
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    by_doc = {d: [(r["start"], r["end"], r["quote"]) for r in rows if r["doc"] == d] for d in ("lf.txt", "crlf.txt")}
    assert by_doc["lf.txt"] and by_doc["lf.txt"] == by_doc["crlf.txt"]
    assert [r["value"] for r in rows if r["doc"] == "utf16.txt"] == [6, 180000000000]
    # the offsets of the file as Python's text mode (and the reference scorer) reads it
    crlf = (tmp_path / "crlf.txt").read_text(encoding="utf-8")
    assert all(crlf[s:e] == q for s, e, q in by_doc["crlf.txt"])


def test_unreadable_file_is_reported_and_others_go_through(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SPEECH, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8 broken \x81")
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"abc\x00def")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    out = _run(str(bad), str(missing), str(binary), str(empty), str(good))
    assert out.returncode == 1
    assert "bad.txt" in out.stderr and "missing.txt" in out.stderr
    assert "binary.txt: the file is binary" in out.stderr and "empty.txt: the file is empty" in out.stderr
    assert "good.txt" in out.stdout
