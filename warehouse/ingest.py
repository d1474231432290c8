"""Read a folder of transcripts: decode each file, or say in words why it is refused.

Pure file handling, no DuckDB: :func:`scan_folder` returns documents and rejections that
:mod:`warehouse.load` writes to ``raw.speeches`` and ``raw.rejected_files``.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extract import textio

META_SUFFIX = ".meta.json"
MAX_FILE_BYTES = 200 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ""}
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.IGNORECASE)
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]+>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"</?(p|div|br|h[1-6]|li|tr|section|article|title)\b[^>]*>", re.IGNORECASE)


class RejectedFile(Exception):
    """A file that cannot be ingested; the message says why in words a user understands."""


@dataclass(frozen=True)
class Document:
    doc_id: str
    file_name: str
    size_bytes: int
    text: str
    encoding: str
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Rejection:
    file_name: str
    reason: str
    sha256: str | None = None
    size_bytes: int | None = None


@dataclass(frozen=True)
class FileStat:
    """What a scan remembers of a transcript file, so an unchanged file need not be read again."""

    file_name: str
    size_bytes: int
    mtime_ns: int
    doc_id: str


@dataclass
class Scan:
    documents: list[Document] = field(default_factory=list)  # files read in this scan (new or changed)
    rejections: list[Rejection] = field(default_factory=list)
    # every file name that holds a document, by doc_id (the same bytes under two names are one document)
    names: dict[str, list[str]] = field(default_factory=dict)
    files: list[FileStat] = field(default_factory=list)  # every transcript file now in the folder


def decode(data: bytes) -> tuple[str, str]:
    """Decode transcript bytes to (text, encoding) with the extractor's own decoder (extract.textio.decode), so the
    warehouse's offsets are the command line's; raises RejectedFile with the reason."""
    try:
        return textio.decode(data)
    except textio.UnreadableFile as exc:
        raise RejectedFile(str(exc)) from exc


def html_to_text(text: str) -> str:
    """Plain text of an HTML page: scripts, styles and tags dropped, block tags become line breaks."""
    text = _BLOCK_TAG.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    """Where a transcript's sidecar may be: ``speech.txt.meta.json`` or ``speech.meta.json``."""
    return path.with_name(path.name + META_SUFFIX), path.with_name(path.stem + META_SUFFIX)


def read_meta(path: Path) -> dict:
    """The optional sidecar of a transcript (title, date, source, region, year); {} when absent."""
    meta_path = next((p for p in sidecar_paths(path) if p.exists()), None)
    if meta_path is None:
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RejectedFile(f"its metadata file {meta_path.name} is not valid UTF-8 JSON ({exc})") from exc
    if not isinstance(meta, dict):
        raise RejectedFile(f"its metadata file {meta_path.name} must hold a JSON object")
    unknown = set(meta) - {"title", "date", "source", "region", "year"}
    if unknown:
        raise RejectedFile(f"its metadata file {meta_path.name} has unknown keys: {', '.join(sorted(unknown))}")
    if meta.get("date"):
        try:
            date.fromisoformat(str(meta["date"]))
        except ValueError as exc:
            raise RejectedFile(f"its metadata file {meta_path.name} has a date that is not YYYY-MM-DD") from exc
    return meta


def iter_candidate_files(folder: Path) -> Iterator[Path]:
    """Every file under ``folder`` that could be a transcript, in a stable order (sidecars and hidden files skipped)."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or path.name.endswith(META_SUFFIX):
            continue
        if path.is_dir():
            continue
        yield path


def read_document(folder: Path, path: Path) -> Document:
    """Read and decode one transcript, or raise :class:`RejectedFile` saying why."""
    resolved = path.resolve()
    if not resolved.is_relative_to(folder.resolve()):
        raise RejectedFile("it is a link that points outside the speeches folder")
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise RejectedFile(f"files ending in {path.suffix} are not transcripts (use .txt, .md or .html)")
    size = resolved.stat().st_size
    if size > MAX_FILE_BYTES:
        raise RejectedFile(f"the file is {size / 2**20:.0f} MB, over the {MAX_FILE_BYTES // 2**20} MB limit")
    data = resolved.read_bytes()
    text, encoding = decode(data)
    if path.suffix.lower() in {".html", ".htm"} or _HTML_SNIFF.match(data[:512]):
        text = html_to_text(text)
        encoding += "+html"
    return Document(
        doc_id=hashlib.sha256(data).hexdigest(),
        file_name=path.relative_to(folder).as_posix(),
        size_bytes=size,
        text=text,
        encoding=encoding,
        meta=read_meta(path),
    )


def scan_folder(folder: Path, known: Mapping[str, FileStat] | None = None) -> Scan:
    """Read every transcript under ``folder``; one bad file becomes a rejection and never stops the others.

    ``known`` is the previous scan's files by name: a file whose size and modification time are unchanged keeps
    its doc_id without being read again, so a scan costs what changed, not the size of the folder.
    """
    scan = Scan()
    known = known or {}
    if not folder.is_dir():
        raise FileNotFoundError(f"speeches folder {folder} does not exist (set MUBIAO_SPEECHES_DIR or SPEECHES=)")
    for path in iter_candidate_files(folder):
        name = path.relative_to(folder).as_posix()
        try:
            stat = path.stat()
            before = known.get(name)
            if (
                before
                and (before.size_bytes, before.mtime_ns) == (stat.st_size, stat.st_mtime_ns)
                and path.resolve().is_relative_to(folder.resolve())
            ):
                scan.files.append(before)
                scan.names.setdefault(before.doc_id, []).append(name)
                continue
            doc = read_document(folder, path)
        except RejectedFile as exc:
            scan.rejections.append(_rejection(path, name, str(exc)))
            continue
        except OSError as exc:
            scan.rejections.append(Rejection(name, f"the file cannot be read ({exc.strerror or exc})"))
            continue
        scan.files.append(FileStat(name, stat.st_size, stat.st_mtime_ns, doc.doc_id))
        if doc.doc_id in scan.names:
            scan.names[doc.doc_id].append(name)
            continue
        scan.names[doc.doc_id] = [name]
        scan.documents.append(doc)
    for names in scan.names.values():
        names.sort()
    return scan


def _rejection(path: Path, name: str, reason: str) -> Rejection:
    try:
        if path.resolve().is_relative_to(path.parent.resolve()) and path.stat().st_size <= MAX_FILE_BYTES:
            data = path.read_bytes()
            return Rejection(name, reason, hashlib.sha256(data).hexdigest(), len(data))
    except OSError:
        pass
    return Rejection(name, reason)
