"""Ingest: every kind of bad input either loads correctly or is rejected with a clear reason; nothing else is lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from warehouse.ingest import decode, scan_folder

SPEECH = "今年，全市地区生产总值确保增长6%以上，固定资产投资增长8%左右。\n"


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoding", "prefix", "expected"),
    [
        pytest.param("utf-8", b"", "utf-8", id="utf-8"),
        pytest.param("utf-8", b"\xef\xbb\xbf", "utf-8-sig", id="utf-8-with-bom"),
        pytest.param("gbk", b"", "gbk", id="gbk"),
        pytest.param("utf-16", b"", "utf-16", id="utf-16-with-bom"),
    ],
)
def test_text_encodings_load_decoded(tmp_path: Path, encoding: str, prefix: bytes, expected: str) -> None:
    _write(tmp_path, "speech.txt", prefix + SPEECH.encode(encoding))
    scan = scan_folder(tmp_path)
    assert scan.rejections == []
    assert [(d.text, d.encoding) for d in scan.documents] == [(SPEECH, expected)]


def test_gb18030_only_characters_load(tmp_path: Path) -> None:
    text = "㐀" + SPEECH  # U+3400 is outside GBK, inside GB18030
    _write(tmp_path, "speech.txt", text.encode("gb18030"))
    [doc] = scan_folder(tmp_path).documents
    assert (doc.text, doc.encoding) == (text, "gb18030")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\n ", "empty", id="only-white-space"),
        pytest.param(bytes(range(256)) * 8, "binary", id="binary"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(200), "binary", id="png-bytes"),
    ],
)
def test_unreadable_files_are_rejected_with_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    _write(tmp_path, "bad.txt", data)
    _write(tmp_path, "good.txt", SPEECH.encode())
    scan = scan_folder(tmp_path)
    assert [d.file_name for d in scan.documents] == ["good.txt"]
    [rejection] = scan.rejections
    assert rejection.file_name == "bad.txt" and reason in rejection.reason


def test_html_page_loads_as_its_text(tmp_path: Path) -> None:
    page = f"<!DOCTYPE html><html><head><style>p{{x:1}}</style></head><body><p>{SPEECH}</p></body></html>"
    _write(tmp_path, "page.html", page.encode())
    [doc] = scan_folder(tmp_path).documents
    assert doc.text.strip() == SPEECH.strip() and doc.encoding == "utf-8+html"


def test_same_content_under_two_names_is_one_document(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", SPEECH.encode())
    _write(tmp_path, "b.txt", SPEECH.encode())
    scan = scan_folder(tmp_path)
    assert len(scan.documents) == 1
    assert scan.names[scan.documents[0].doc_id] == ["a.txt", "b.txt"]


def test_name_with_spaces_and_chinese_characters(tmp_path: Path) -> None:
    _write(tmp_path, "2024 广州 高质量发展大会.txt", SPEECH.encode())
    [doc] = scan_folder(tmp_path).documents
    assert doc.file_name == "2024 广州 高质量发展大会.txt"


def test_symlink_outside_the_folder_is_refused(tmp_path: Path) -> None:
    outside = _write(tmp_path, "secret.txt", SPEECH.encode())
    folder = tmp_path / "speeches"
    folder.mkdir()
    os.symlink(outside, folder / "link.txt")
    scan = scan_folder(folder)
    assert scan.documents == []
    assert [(r.file_name, "outside" in r.reason) for r in scan.rejections] == [("link.txt", True)]


def test_sidecar_metadata_is_read_and_bad_sidecar_rejects_only_its_file(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", SPEECH.encode())
    _write(tmp_path, "a.txt.meta.json", '{"title": "会议", "date": "2024-02-19", "region": "广州市"}'.encode())
    _write(tmp_path, "b.txt", ("明年" + SPEECH).encode())
    _write(tmp_path, "b.txt.meta.json", b'{"date": "19/02/2024"}')
    scan = scan_folder(tmp_path)
    assert [(d.file_name, d.meta.get("region")) for d in scan.documents] == [("a.txt", "广州市")]
    assert [r.file_name for r in scan.rejections] == ["b.txt"] and "YYYY-MM-DD" in scan.rejections[0].reason


def test_large_file_loads(tmp_path: Path) -> None:
    body = (SPEECH * (50 * 2**20 // len(SPEECH.encode()) + 1)).encode()
    _write(tmp_path, "big.txt", body)
    [doc] = scan_folder(tmp_path).documents
    assert doc.size_bytes == len(body) >= 50 * 2**20


def test_decode_reports_crlf_as_newlines() -> None:
    assert decode("一\r\n二\r三".encode()) == ("一\n二\n三", "utf-8")


def test_missing_folder_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nowhere"):
        scan_folder(tmp_path / "nowhere")
