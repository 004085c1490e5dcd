"""Any accepted input -> one lxml HTML tree that the pipeline may change freely.

Accepted: bytes (decoded here), str, an lxml element or tree (copied, never changed), or a
BeautifulSoup object (serialized and parsed again, so a scraper's soup goes in as it is)."""
from __future__ import annotations

import copy
import re

from lxml import etree, html as lxml_html

from .decode import decode
from .errors import EmptyInputError, InputTooLargeError, NotHTMLError
from .options import Options

__all__ = ["to_tree", "source_text"]

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TAG = re.compile(r"<\s*(!doctype\s+html|html|head|body|div|p|article|main|section|span|table|h[1-6]|a|meta|title|br|li|ul|font|center|b|i|img|form|frame|iframe)\b", re.IGNORECASE)
# Documents that are markup but not web pages: feeds, vector images, other XML.
_NOT_PAGE_ROOT = re.compile(r"<(rss|feed|svg|rdf:RDF|urlset|sitemapindex|kml|gpx)\b", re.IGNORECASE)
_PROLOG_ITEM = re.compile(r"\s*(?:<\?[^>]*>|<!--|<!doctype[^>]*>)", re.IGNORECASE)
SNIFF_CHARS = 65536   # how far into the text the tag and root checks look


def _first_tag_at(head: str) -> int:
    """Index of the first tag after the XML declaration, doctype and comments (linear time)."""
    pos = 0
    while True:
        item = _PROLOG_ITEM.match(head, pos)
        if not item:
            return len(head) - len(head[pos:].lstrip())
        if item.group().endswith("<!--"):
            end = head.find("-->", item.end())
            if end < 0:
                return len(head)
            pos = end + 3
        else:
            pos = item.end()


def _check_text(text: str) -> str:
    if not text.strip():
        raise EmptyInputError("the input is empty")
    if "\x00" in text:
        text = text.replace("\x00", "")
    head = text[:SNIFF_CHARS]
    stripped = head.lstrip()
    if stripped[:1] in ("{", "[") and not _TAG.search(head[:2048]):
        raise NotHTMLError("the input looks like JSON, not HTML")
    root = _NOT_PAGE_ROOT.match(head, _first_tag_at(head))
    if root:
        raise NotHTMLError(f"the input is an XML document with root <{root.group(1)}>, not an HTML page")
    if not _TAG.search(head):
        raise NotHTMLError("the input has no HTML tags")
    return _XML_DECLARATION.sub("", text, count=1)


def _parser() -> lxml_html.HTMLParser:
    # One parser per call: lxml parsers hold state and are not to be shared between threads.
    return lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                default_doctype=False, huge_tree=False)


def to_tree(source, options: Options, http_charset: str | None = None):
    """Return the root <html> element of a fresh tree built from `source`."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > options.max_input_bytes:
            raise InputTooLargeError(f"the input is {len(data)} bytes, over the limit of {options.max_input_bytes}")
        text = decode(data, http_charset)
    elif isinstance(source, str):
        if len(source) > options.max_input_bytes:
            raise InputTooLargeError(f"the input is {len(source)} characters, over the limit of {options.max_input_bytes}")
        text = source
    elif isinstance(source, etree._ElementTree):
        return copy.deepcopy(source.getroot())
    elif isinstance(source, etree._Element):
        return copy.deepcopy(source.getroottree().getroot())
    elif hasattr(source, "decode") and hasattr(source, "find_all"):   # BeautifulSoup or a Tag
        text = str(source)
    else:
        raise TypeError(f"extract() takes bytes, str, an lxml element or a BeautifulSoup object, not {type(source).__name__}")
    text = _check_text(text)
    try:
        root = lxml_html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise NotHTMLError(f"the input could not be parsed as HTML: {exc}") from None
    if root is None:
        raise NotHTMLError("the input could not be parsed as HTML")
    return root


def source_text(source) -> str | None:
    """The input as markup text again, for a library that wants to parse the page itself."""
    if isinstance(source, str):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        try:
            return decode(bytes(source))
        except Exception:       # already decoded once by to_tree; never fatal here
            return None
    if isinstance(source, etree._ElementTree):
        source = source.getroot()
    if isinstance(source, etree._Element):
        return etree.tostring(source, encoding="unicode", method="html")
    return str(source)
