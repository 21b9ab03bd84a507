"""Reading articles: encodings are decoded or refused with a message naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from textkg.errors import InputError
from textkg.sources import read_article

TEXT = "De Belgische brouwer AB InBev koopt SABMiller voor €100 miljard, zegt ’t bedrijf."


@pytest.mark.parametrize(
    "encoding, notice",
    [("utf-8", ""), ("utf-8-sig", ""), ("utf-16", "utf-16"), ("cp1252", "cp1252")],
)
def test_encodings(tmp_path: Path, encoding: str, notice: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode(encoding))
    article = read_article(path)
    assert article.text == TEXT
    assert (notice in article.notice) if notice else article.notice == ""


def test_latin1_fallback(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Café \x81".encode("latin-1"))  # 0x81 is undefined in cp1252
    article = read_article(path)
    assert article.text == "Café \x81" and "latin-1" in article.notice


def test_crlf_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Een.\r\nTwee.\r\n")
    assert read_article(path).text == "Een.\nTwee.\n"


@pytest.mark.parametrize(
    "data, message",
    [(b"", "empty file"), (b"\n \t\n", "empty file"), (b"abc\x00def", "binary file"), (b"\x7fELF\x02\x01\x01\x00", "binary file")],
)
def test_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.bin"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as caught:
        read_article(path)
    assert str(path) in str(caught.value)


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)
