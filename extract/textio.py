"""Reading transcripts: UTF-8 (with or without BOM), else GB18030 (a superset of GBK)."""

from __future__ import annotations

from pathlib import Path


class UnreadableFile(Exception):
    """A file that cannot be read or decoded as text."""


def not_text(data: bytes) -> str:
    """Why the bytes of a file cannot be a transcript (empty, or binary with NUL bytes), else '' (the warehouse's
    ingestion and the command line reject the same files with the same words). A file that opens with a byte-order
    mark is left to the decoder (UTF-16 text holds NUL bytes of its own)."""
    if not data.strip():
        return "the file is empty"
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data[:4096]:
        return "the file is binary (it holds NUL bytes), not a text transcript"
    return ""


def read_text(path: Path) -> str:
    """Decode a transcript file; raises UnreadableFile with a message naming the file."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise UnreadableFile(f"{path}: cannot read file ({e.strerror or e})") from e
    if reason := not_text(data):
        raise UnreadableFile(f"{path}: {reason}")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(f"{path}: not UTF-8 or GBK/GB18030 text")


def iter_files(paths: list[str]) -> list[Path]:
    """Files named on the command line; folders give their *.txt files, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*.txt") if f.is_file()))
        else:
            out.append(p)
    return out
