"""bytes -> str: byte-order mark, valid UTF-8, HTTP charset, declared meta charset, detection.

A page saved as UTF-8 often keeps the legacy charset its server declared, and servers default to
ISO-8859-1 in headers; since legacy text is almost never valid UTF-8 by chance, bytes that decode
as UTF-8 are read as UTF-8 before any declaration is believed. The declaration is found, and detection done, by beautifulsoup4's
EncodingDetector and UnicodeDammit (which call charset-normalizer): no hand-written sniffer.
"""
from __future__ import annotations

import codecs
import re

from bs4.dammit import EncodingDetector, UnicodeDammit

from .errors import DecodeError, EmptyInputError, NotHTMLError

__all__ = ["decode", "sniff_binary"]

# Magic numbers of formats that are never HTML, with the name used in the error message.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "ZIP"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"(\xb5/\xfd", "zstd"),
    (b"RIFF", "RIFF (WebP, WAV, AVI)"),
    (b"\x00\x00\x01\x00", "ICO"),
    (b"OggS", "Ogg"),
    (b"ID3", "MP3"),
    (b"\x7fELF", "ELF"),
    (b"wOFF", "WOFF"),
    (b"wOF2", "WOFF2"),
    (b"\xd0\xcf\x11\xe0", "MS Office"),
)
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),   # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SNIFF_BYTES = 4096                # how much of the start is looked at for signatures and NULs
BINARY_CONTROL_SHARE = 0.10       # above this share of control bytes in the start, it is binary
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def sniff_binary(head: bytes) -> str | None:
    """Name of the binary format `head` starts with, or None."""
    for magic, name in BINARY_SIGNATURES:
        if head.startswith(magic):
            return name
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM shows a NUL in every other byte of its ASCII markup."""
    sample = head[:512]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _try(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes, http_charset: str | None = None) -> str:
    """Decode a saved page. Raises EmptyInputError, NotHTMLError (binary formats) or DecodeError."""
    if not data.strip():
        raise EmptyInputError("the input is empty")
    head = data[:SNIFF_BYTES]
    for bom, encoding in BOMS:
        if head.startswith(bom):
            text = _try(data[len(bom):], encoding)
            if text is None:
                raise DecodeError(f"the input starts with a {encoding} byte-order mark but is not {encoding}")
            return text
    binary = sniff_binary(head)
    if binary:
        raise NotHTMLError(f"the input is {binary} data, not HTML")
    utf16 = _utf16_without_bom(head)
    if utf16:
        text = _try(data, utf16)
        if text is not None:
            return text
    if len(_CONTROL.findall(head.replace(b"\x00", b""))) > BINARY_CONTROL_SHARE * len(head):
        raise NotHTMLError("the input looks like binary data, not HTML")
    if not data.isascii():
        text = _try(data, "utf-8")
        if text is not None:
            return text
    text = _try(data, http_charset)
    if text is not None:
        return text
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    text = _try(data, declared)
    if text is not None:
        return text
    if data.isascii():
        return data.decode("ascii")
    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is None:
        raise DecodeError("no encoding decodes the input")
    return dammit.unicode_markup
