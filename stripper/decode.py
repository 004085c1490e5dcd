"""bytes -> str: byte-order mark, valid UTF-8, HTTP charset, declared meta charset, detection.

A page saved as UTF-8 often keeps the legacy charset its server declared, and servers default to
ISO-8859-1 in headers; since legacy text is almost never valid UTF-8 by chance, bytes that decode
as UTF-8 are read as UTF-8 before any declaration is believed. The declaration is found by
beautifulsoup4's EncodingDetector.find_declared_encoding, and detection is done by
charset-normalizer (the library bs4's UnicodeDammit calls): no hand-written sniffer.

Hostile input is bounded here: the declaration is searched in the first DECLARATION_BYTES only
(bs4's meta pattern backtracks quadratically over a long run of "<meta"), detection looks at a
DETECT_BYTES sample, and a declared encoding is used only when it is a real text encoding
(never idna, punycode, unicode_escape, utf-7 or a bytes-to-bytes codec such as zlib or base64).
Nothing here logs or prints.
"""
from __future__ import annotations

import codecs
import re

from bs4.dammit import EncodingDetector

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
BINARY_CONTROL_SHARE = 0.02       # above this share of control bytes in the start, it is binary
DECLARATION_BYTES = 4096          # where a <meta charset> or <?xml encoding?> is looked for
DETECT_BYTES = 256 * 1024         # the sample charset detection sees
MOSTLY_UTF8_RATIO = 1             # valid non-ASCII characters per invalid sequence of "UTF-8 with damage"
CP1252_PREFERENCE = 0.05         # cp1252 wins a detection when its chaos is at most this much worse
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# Codecs that decode bytes but are not a page's character encoding: a declaration naming one is
# ignored (they either fail in surprising ways or turn markup into something else).
_NOT_PAGE_CODECS = frozenset((
    "idna", "punycode", "unicode_escape", "raw_unicode_escape", "escape_codec", "utf-7",
    "undefined", "mbcs", "oem", "charmap", "palmos"))
# WHATWG Encoding Standard: browsers read these labels as the superset encoding; so do we.
_SUPERSET = {"iso8859-1": "cp1252", "ascii": "cp1252", "latin-1": "cp1252", "iso8859-9": "cp1254",
             "iso8859-11": "cp874", "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
             "euc-kr": "cp949", "shift-jis": "cp932", "big5": "big5hkscs"}
# A declared UTF-16/32 without a BOM or the NUL pattern is a lie (WHATWG: read it as UTF-8).
_WIDE = frozenset(("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"))


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


def _codec(encoding) -> str | None:
    """The Python codec name for a declared encoding, or None if it is not a page encoding."""
    if not encoding or not isinstance(encoding, str) or len(encoding) > 40 or "\x00" in encoding:
        return None
    try:
        info = codecs.lookup(encoding.strip())
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True):   # zlib, base64, hex, rot13, ...
        return None
    name = info.name.replace("_", "-")
    if name.replace("-", "_") in _NOT_PAGE_CODECS or name in _NOT_PAGE_CODECS:
        return None
    return _SUPERSET.get(name, name)


def _try(data: bytes, encoding: str | None, errors: str = "strict") -> str | None:
    codec = _codec(encoding)
    if codec is None:
        return None
    try:
        return data.decode(codec, errors)
    except (UnicodeError, LookupError, ValueError, TypeError):   # UnicodeError: idna-style failures too
        return None


def _utf8_with_damage(data: bytes) -> str | None:
    """UTF-8 cut off inside its last character, or with a few stray invalid bytes: the page is
    still UTF-8 (a legacy page would show invalid sequences at nearly every non-ASCII letter)."""
    for cut in (1, 2, 3):   # a page cut off at a random byte may end inside a character
        if len(data) > cut:
            text = _try(data[:-cut], "utf-8")
            if text is not None:
                return text
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")   # non-ASCII, in C
    return text if bad > 0 and good > 0 and good >= MOSTLY_UTF8_RATIO * bad else None


def _declared(data: bytes) -> str | None:
    try:
        return EncodingDetector.find_declared_encoding(data[:DECLARATION_BYTES], is_html=True)
    except Exception:   # a third-party helper on hostile bytes: no declaration then
        return None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best guess from a sample of the page."""
    from charset_normalizer import from_bytes
    sample = data[:DETECT_BYTES]
    try:
        matches = list(from_bytes(sample))
    except Exception:   # detection is a guess; a failing guess is no guess
        return None
    if not matches:
        return None
    best = matches[0]
    # Latin text fits cp1250, mac_latin2 and cp1252 alike; browsers default to windows-1252.
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + CP1252_PREFERENCE:
            return "cp1252"
    return best.encoding


def decode(data: bytes, http_charset: str | None = None) -> str:
    """Decode a saved page. Raises EmptyInputError, NotHTMLError (binary formats) or DecodeError."""
    if not data.strip():
        raise EmptyInputError("the input is empty (no bytes, or only whitespace)")
    head = data[:SNIFF_BYTES]
    for bom, encoding in BOMS:
        if head.startswith(bom):
            text = _try(data[len(bom):], encoding)
            if text is None and encoding == "utf-8":
                text = _utf8_with_damage(data[len(bom):])
            elif text is None and len(data) > 64:   # cut off inside a character: drop the partial one
                width = 4 if "32" in encoding else 2
                text = _try(data[len(bom):len(data) - (len(data) - len(bom)) % width], encoding)
            if text is None:
                raise DecodeError(f"the input starts with a {encoding} byte-order mark but is not {encoding}")
            return text
    binary = sniff_binary(head)
    if binary:
        raise NotHTMLError(f"the input is {binary} data, not HTML")
    utf16 = _utf16_without_bom(head)
    if utf16:
        text = _try(data[:len(data) - len(data) % 2], utf16)
        if text is not None:
            return text
    sans_nul = head.replace(b"\x00", b"")
    if len(_CONTROL.findall(sans_nul)) > BINARY_CONTROL_SHARE * max(len(sans_nul), 1):
        raise NotHTMLError("the input looks like binary data (control bytes), not HTML")
    if data.isascii():
        return data.decode("ascii")
    text = _try(data, "utf-8")
    if text is not None:
        return text
    for declared in (http_charset, _declared(data)):
        codec = _codec(declared)
        if codec is None or codec in _WIDE:
            continue
        if codec == "utf-8":
            text = _utf8_with_damage(data)
        else:
            text = _try(data, codec)
        if text is not None:
            return text
    text = _utf8_with_damage(data)
    if text is not None:
        return text
    detected = _codec(_detect(data))
    if detected and detected not in _WIDE:
        text = _try(data, detected) or _try(data, detected, "replace")
        if text is not None:
            return text
    text = _try(data, "cp1252")   # the web's default for undeclared legacy pages
    if text is not None:
        return text
    text = data.decode("cp1252", "replace")
    if text.count("\ufffd") > 0.01 * len(text):
        raise DecodeError("no encoding decodes the input: neither UTF-8, the declared charset nor a detected one")
    return text
