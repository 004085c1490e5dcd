"""Any accepted input -> one lxml HTML tree that the pipeline may change freely.

Accepted: bytes (decoded here), str, an lxml element or tree (copied, never changed), or a
BeautifulSoup object (serialized and parsed again, so a scraper's soup goes in as it is)."""
from __future__ import annotations

import copy
import json
import re
import unicodedata

from lxml import etree, html as lxml_html

from .decode import decode
from .errors import EmptyInputError, InputTooLargeError, NotHTMLError, UnsupportedInputError
from .options import Options

__all__ = ["to_tree", "source_text", "drop"]

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TAG = re.compile(r"<\s*(!doctype\s+html|html|head|body|div|p|article|main|section|span|table|h[1-6]|a|meta|title|br|li|ul|font|center|b|i|img|form|frame|iframe)\b", re.IGNORECASE)
# Documents that are markup but not web pages: feeds, vector images, other XML.
_NOT_PAGE_ROOT = re.compile(r"<(rss|feed|svg|rdf:RDF|urlset|sitemapindex|kml|gpx)\b", re.IGNORECASE)
# (?<!\s) and [^<>]: linear under search() too (a run of spaces or of "<?" is scanned once).
_PROLOG_ITEM = re.compile(r"(?<!\s)\s*(?:<\?[^<>]*>|<!--|<!doctype[^<>]*>)", re.IGNORECASE)
SNIFF_CHARS = 65536   # how far into the text the tag and root checks look
_NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_START_TAG = re.compile("<[A-Za-z]")
# Numeric character references to code points lxml refuses (C0 controls but tab, LF and CR;
# surrogates; U+FFFE, U+FFFF). Only those match, so a page of valid references costs one scan.
_CHAR_REF = re.compile(
    r"&#(?:[xX]0*([0-8bcefBCEF]|1[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF])(?![0-9a-fA-F])"
    r"|0*([0-8]|1[1-24-9]|2[0-9]|3[01]|55(?:29[6-9]|[3-9][0-9]{2})|56[0-9]{3}|57(?:[0-2][0-9]{2}|3[0-3][0-9]|34[0-3])"
    r"|6553[45])(?![0-9]));?")
# React's script calls that move a streamed segment into place: $RC("B:0","S:0"), $RS("S:1","P:1")
_STREAM_MOVE = re.compile(r'\$R([CS])\("([A-Z]:[0-9]+)","([A-Z]:[0-9]+)"\)')
JSON_PARSE_CHARS = 1024 * 1024   # text that starts like JSON is parsed as JSON up to this size
EMOJI_ALT_MAX_CHARS = 16     # an <img> whose alt is this short and all pictographs is an emoji drawn as an image
MAX_ATTRIBUTE_CHARS = 16384   # longer attribute values are cut to this (see _cap_attributes)
TAG_SLACK = 2             # start tags allowed per element of max_tree_nodes before parsing
LIBXML_MAX_DEPTH = 2047   # libxml2's own nesting cap with huge_tree (256 without): it stops there


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


def _xml_compatible(text: str) -> str:
    """Drop what lxml refuses in a text node (NUL, C0 controls, lone surrogates, U+FFFE/U+FFFF):
    the parser keeps some of them in the tree, and the stages that edit the tree then fail to
    write such text back (a ValueError from lxml). Form feed and vertical tab become spaces.
    Numeric character references to them (&#x10;, &#xFFFE;) become U+FFFD, as in HTML5."""
    if _NOT_XML_CHAR.search(text) is not None:
        text = _NOT_XML_CHAR.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", text)
    if "&#" in text:
        text = _CHAR_REF.sub(_safe_char_ref, text)
    return text


def _safe_char_ref(match) -> str:
    hex_digits, digits = match.group(1), match.group(2)
    code = int(hex_digits, 16) if hex_digits else int(digits)
    return " " if code in (0x0B, 0x0C) else "\ufffd"


def _check_text(text: str) -> str:
    if not text.strip():
        raise EmptyInputError("the input is empty (no text, or only whitespace)")
    text = _xml_compatible(text.lstrip("\ufeff"))
    if not text.strip():
        raise EmptyInputError("the input is empty (only NUL or control characters)")
    head = text[:SNIFF_CHARS]
    stripped = head.lstrip()
    if stripped[:1] in ("{", "[") and (not _TAG.search(head[:2048]) or _is_json(text)):
        raise NotHTMLError("the input looks like JSON, not HTML")
    root = _NOT_PAGE_ROOT.match(head, _first_tag_at(head))
    if root:
        raise NotHTMLError(f"the input is an XML document with root <{root.group(1)}>, not an HTML page")
    if not _TAG.search(head):
        raise NotHTMLError("the input has no HTML tags")
    return _XML_DECLARATION.sub("", text, count=1)


def _is_json(text: str) -> bool:
    """JSON that carries markup in its strings ({"body": "<p>...</p>"}) is still JSON. Parsed up
    to JSON_PARSE_CHARS (16 million {} would take gigabytes); longer text that starts with { or [
    is JSON when it ends like JSON."""
    if len(text) > JSON_PARSE_CHARS:
        return text.rstrip()[-1:] in ("}", "]")
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _parser(html_elements: bool = False) -> etree.HTMLParser:
    # One parser per call: lxml parsers hold state and are not to be shared between threads.
    # A plain etree parser, not lxml.html's: its HtmlElement class lookup runs Python code for
    # every element the stages touch (a tenth of the whole extraction time), and no stage needs
    # the HtmlElement methods.
    # huge_tree: libxml2's default caps (nesting 256, one text node or attribute 10 MB) make it
    # stop at the cap and silently drop the rest of the page; 400 unclosed <font> tags on an old
    # page reach 256. The input is bounded by max_input_bytes and the nesting is checked after
    # the parse. The HTML parser reads no DTD and expands no entities; no_network anyway.
    kind = lxml_html.HTMLParser if html_elements else etree.HTMLParser
    return kind(remove_comments=True, remove_pis=True, no_network=True, default_doctype=False, huge_tree=True)


def to_tree(source, options: Options, http_charset: str | None = None, html_elements: bool = False):
    """Return the root <html> element of a fresh tree built from `source`. With html_elements,
    the tree is made of lxml.html's HtmlElement (for a library that needs its methods)."""
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
        return _clean_copy(source.getroot(), options)
    elif isinstance(source, etree._Element):
        return _clean_copy(source.getroottree().getroot(), options)
    elif hasattr(source, "decode") and hasattr(source, "find_all"):   # BeautifulSoup or a Tag
        text = str(source)
        if len(text) > options.max_input_bytes:
            raise InputTooLargeError(f"the soup is {len(text)} characters, over the limit of {options.max_input_bytes}")
    else:
        raise UnsupportedInputError(
            f"extract() takes bytes, str, an lxml element or a BeautifulSoup object, not {type(source).__name__}")
    text = _check_text(text)
    _check_tags(text, options)
    parser = _parser(html_elements)
    try:
        root = etree.fromstring(text, parser=parser)
    except (etree.LxmlError, ValueError) as exc:
        raise NotHTMLError(f"the input could not be parsed as HTML: {str(exc)[:200]}") from None
    if root is None:
        raise NotHTMLError("the input could not be parsed as HTML")
    _cap_attributes(root)
    _noframes_as_body(root)
    _place_streamed_segments(root)
    _render_inline_text(root)
    _check_size(root, parser, options, "page")
    return root


def _place_streamed_segments(root) -> None:
    """React's streamed rendering sends late parts of a page at the end of <body>, in
    <div hidden id="S:0">, with a script call $RC("B:0","S:0") that moves them to where
    <template id="B:0"> stands ($RS("S:1","P:1") moves a segment to <template id="P:1">). A saved
    page never ran the script: the move is made here, so the story's last paragraphs stand in the
    story and not in a hidden element at the page's end. (The fallback the script would remove,
    a skeleton or "Loading…", stays: its end is marked by a comment, and the parser drops those.)"""
    moves = [(a, b) if call == "C" else (b, a) for script in root.iter("script")
             if script.text and "$R" in script.text for call, a, b in _STREAM_MOVE.findall(script.text)]
    if not moves:
        return
    by_id = {el.get("id"): el for el in root.iter("template", "div") if el.get("id")}
    for target, segment in moves:
        place, content = by_id.get(target), by_id.get(segment)
        if place is None or content is None or place.tag != "template" or "hidden" not in content.attrib:
            continue
        parent = place.getparent()
        if parent is None or any(content is a for a in place.iterancestors()):
            continue        # a placeholder inside its own segment: nothing to move
        index = parent.index(place)
        if content.text and content.text.strip():
            place.tail = content.text + (place.tail or "")
        for child in reversed(list(content)):
            parent.insert(index + 1, child)          # moves the child with its tail
        content.getparent().remove(content)


def _render_inline_text(root) -> None:
    """Text as a browser draws it, where the markup alone says otherwise: a ruby annotation's
    reading (<rt>) and its fallback brackets (<rp>) go, leaving the base text ("東京", not
    "東とう京きょう"); an emoji set as an image (WordPress's img.emoji, alt="🍅") is its alt text; a <q>
    gets the quotation marks a browser adds (“…”, and ‘…’ inside another); a MathML formula is its
    TeX source when it carries one (KaTeX's annotation), else its symbols run together ("Var(X+Y)",
    not "V a r ( X + Y )")."""
    for el in list(root.iter("rt", "rp", "img", "q", "math")):
        tag = el.tag
        if tag == "math":
            if el.getparent() is not None:
                tex = next((a for a in el.iter("annotation") if "tex" in (a.get("encoding") or "").lower()), None)
                source = "".join(tex.itertext()) if tex is not None else "".join(el.itertext())
                drop(el, " ".join(source.split()))
        elif tag == "q":
            nested = any(a.tag == "q" for a in el.iterancestors())
            opening, closing = ("\u2018", "\u2019") if nested else ("\u201c", "\u201d")
            el.text = opening + (el.text or "")
            if len(el):
                el[-1].tail = (el[-1].tail or "") + closing
            else:
                el.text += closing
        elif tag == "img":
            alt = (el.get("alt") or "").strip()
            if alt and len(alt) <= EMOJI_ALT_MAX_CHARS and _pictographs(alt):
                drop(el, alt)
        else:
            drop(el)


def _pictographs(text: str) -> bool:
    """Whether the text is emoji only: symbols ("So"), with their joiners, variation selectors and
    skin-tone or flag parts, and no letter, digit or punctuation."""
    return any(unicodedata.category(c) == "So" for c in text) and all(
        unicodedata.category(c) in ("So", "Sk", "Mn", "Me", "Cf") for c in text)    # U+FE0F is Mn, U+200D Cf


def drop(el, text: str = "") -> None:
    """Remove el and its subtree, leaving `text` (what it reads as, if anything) and its tail text
    where it stood."""
    parent = el.getparent()
    if parent is None:
        return
    joined = text + (el.tail or "")
    if joined:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + joined
        else:
            parent.text = (parent.text or "") + joined
    parent.remove(el)


def _noframes_as_body(root) -> None:
    """A frameset page has no <body>: its readable text is the markup inside <noframes>, which
    libxml2 keeps as raw text. That markup becomes the page's <body> (the frames' own pages are
    other documents, never fetched)."""
    if root.find("body") is not None:
        return
    for noframes in root.iter("noframes"):
        markup = noframes.text or ""
        if "<" not in markup:
            continue
        try:   # a whole document, not a fragment: lxml's fragment parser asserts on two <body>s
            body = lxml_html.document_fromstring(_xml_compatible(markup), parser=_parser()).find("body")
        except (etree.LxmlError, ValueError):
            continue
        if body is None:
            continue
        after = [el for el in body.itersiblings() if el.tag != "head"]   # "</body>more<body>..."
        if (body.tail or "").strip():
            etree.SubElement(body, "div").text = body.tail
        body.tail = None
        for el in after:
            if el.tag == "body":
                el.tag = "div"
            body.append(el)          # moves the element with its tail
        root.append(body)
        return


def _cap_attributes(root) -> None:
    """Cut attribute values longer than MAX_ATTRIBUTE_CHARS (a 10 MB class took the class/id
    patterns of the later stages 8 s). No stage reads that far into an attribute: the long ones
    are data: URIs and serialized props, never a class name, a date or a title."""
    for value in root.xpath(f"//*/@*[string-length() > {MAX_ATTRIBUTE_CHARS}]"):   # (faster than //@*)
        owner = value.getparent()
        if owner is not None and value.attrname is not None:
            owner.set(value.attrname, str(value)[:MAX_ATTRIBUTE_CHARS])


def _check_tags(text: str, options: Options) -> None:
    """Refuse, before parsing, text with far more start tags than max_tree_nodes elements: lxml
    would build the whole tree first (60 MB of "<p>x" took 27 s and 4.3 GB, and then XPath's
    count() failed on its 15 million nodes). Start tags bound the elements from above, within a
    few implied ones (html, head, body, tbody), so TAG_SLACK times the limit only refuses pages
    that the exact count after parsing would refuse too, unless their scripts hold the tags."""
    limit = TAG_SLACK * options.max_tree_nodes
    if text.count("<") <= limit:    # one pass in C; most pages stop here
        return
    for tags, _ in enumerate(_START_TAG.finditer(text), start=1):
        if tags > limit:            # stop counting there: 0.3 s for the default limit
            raise InputTooLargeError(f"the page has more than {limit} start tags, over {TAG_SLACK} times "
                                     f"the limit of {options.max_tree_nodes} elements (max_tree_nodes)")


def _check_size(root, parser, options: Options, noun: str, always: bool = False) -> None:
    """Refuse a tree of more than max_tree_nodes elements, or nested too deep."""
    nodes = int(root.xpath("count(//*)")) if isinstance(root.tag, str) else 0
    if nodes > options.max_tree_nodes:
        raise InputTooLargeError(f"the {noun} has {nodes} elements, over the limit of {options.max_tree_nodes} (max_tree_nodes)")
    _check_depth(root, parser, options, nodes, always)


def _check_depth(root, parser, options: Options, nodes: int, always: bool = False) -> None:
    """Refuse a page nested deeper than max_depth_levels (libxml2 itself stops at
    LIBXML_MAX_DEPTH and drops the rest of the page: that is reported, never returned). A tree of
    `nodes` elements is at most that deep: most pages have fewer elements than the limit, and
    skip the walk."""
    limit = min(options.max_depth_levels, LIBXML_MAX_DEPTH)
    if parser is not None and any("Excessive depth" in entry.message for entry in parser.error_log
                                  if entry.level_name == "FATAL"):
        raise InputTooLargeError(f"the page nests elements more than {LIBXML_MAX_DEPTH} levels deep, "
                                 f"over the limit of {limit} (max_depth_levels)")
    if nodes > limit and (always or limit < LIBXML_MAX_DEPTH):
        depth = deepest = 0
        for event, _ in etree.iterwalk(root, events=("start", "end")):
            depth += 1 if event == "start" else -1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    raise InputTooLargeError(f"the page nests elements more than {limit} levels deep "
                                             f"(max_depth_levels)")


def _clean_copy(root, options: Options):
    """A copy of a caller's tree that the stages may edit: text and tails made XML-compatible,
    and the repairs to_tree makes after parsing markup (<noframes>, React's streamed segments,
    inline text as a browser draws it).
    The limits are checked before copying (a tree built in code has no parser to cap it)."""
    if root is None:
        raise EmptyInputError("the input is an empty lxml tree")
    _check_size(root, None, options, "tree", always=True)
    root = copy.deepcopy(root)
    for el in root.iter():
        for name in ("text", "tail"):
            value = getattr(el, name)
            if value and _NOT_XML_CHAR.search(value):
                try:
                    setattr(el, name, _xml_compatible(value))
                except ValueError:
                    setattr(el, name, None)
    _noframes_as_body(root)              # the parse-time repairs, as for markup
    _place_streamed_segments(root)
    _render_inline_text(root)
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
