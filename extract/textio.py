"""Reading transcripts: UTF-8 (with or without BOM), UTF-16 with BOM, else GBK / GB18030."""

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


def decode(data: bytes) -> tuple[str, str]:
    """The text of transcript bytes and the encoding that decoded them: UTF-8 with or without BOM, UTF-16 with BOM,
    GBK, GB18030. Line breaks become \\n, as Python's text mode reads them (CRLF and CR files give the offsets a
    reader of the file with `open()` sees). Raises UnreadableFile with the reason, in words a user understands; the
    command line and the warehouse's ingestion both decode with it, so their offsets agree."""
    if reason := not_text(data):
        raise UnreadableFile(reason)
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8"), "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"the file starts with a UTF-16 mark but is not valid UTF-16 ({exc.reason})") from exc
    for encoding in ("utf-8", "gbk", "gb18030"):
        try:
            return _checked(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("the text is neither UTF-8, UTF-16 nor GBK/GB18030; save it as UTF-8 and add it again")


def _checked(text: str, encoding: str) -> tuple[str, str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > max(8, len(text[:20000]) // 100):
        raise UnreadableFile("the file is binary (too many control characters), not a text transcript")
    if not text.strip():
        raise UnreadableFile("the file holds only white space")
    return text, encoding


def read_text(path: Path) -> str:
    """Decode a transcript file (:func:`decode`); raises UnreadableFile with a message naming the file."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise UnreadableFile(f"{path}: cannot read file ({e.strerror or e})") from e
    try:
        return decode(data)[0]
    except UnreadableFile as e:
        raise UnreadableFile(f"{path}: {e}") from e


def iter_files(paths: list[str]) -> list[Path]:
    """Files named on the command line; folders give their *.txt files, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*.txt") if f.is_file()))
        else:
            out.append(p)
    return out
