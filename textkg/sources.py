"""Reading articles from files or stdin: refuse what is not text, decode what is, say which.

A news article arrives as bytes of unknown origin. UTF-8 (with or without BOM) and UTF-16 with a
BOM are read as such; other text is decoded as Windows-1252 or Latin-1 with a notice naming the
encoding, since that is what older Dutch news archives use. Missing files, directories, empty and
binary files raise :class:`~textkg.errors.InputError` naming the file.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

__all__ = ["Article", "read_article"]

_SNIFF = 8192
# Control characters that never occur in text (tab, newline, carriage return, form feed are fine).
_CONTROL = set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}


@dataclass(frozen=True)
class Article:
    """An article's text, where it came from, and a notice if it needed a fallback decoding."""

    text: str
    source: str  # the path as given, or "-" for stdin
    notice: str = ""


def read_article(source: str | Path) -> Article:
    """Read one article from a path, or from stdin when ``source`` is "-"."""
    name = str(source)
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{name}: no such file")
        if path.is_dir():
            raise InputError(f"{name}: is a directory, not a text file (pass the files in it instead)")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"{name}: cannot read ({error.strerror})") from error
    text, encoding = _decode(data, name)
    if not text.strip():
        raise InputError(f"{name}: empty file, no text to read")
    notice = f"{name}: not UTF-8, decoded as {encoding}" if encoding not in ("utf-8", "utf-8-sig") else ""
    return Article(text=text.replace("\r\n", "\n"), source=name, notice=notice)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise InputError(f"{name}: invalid UTF-16 at byte {error.start}") from error
    head = data[:_SNIFF]
    binary_at = next((i for i, byte in enumerate(head) if byte in _CONTROL), None)
    if binary_at is not None:
        raise InputError(f"{name}: binary file (control byte 0x{head[binary_at]:02x} at offset {binary_at}), not text")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover
