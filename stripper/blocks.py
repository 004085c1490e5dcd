"""Tree -> text blocks, in one walk. Every block remembers the element that owns it, how much of
its text is link text, and what kind of line it is (paragraph, heading, list item, quote, row)."""
from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from .article import HEADING, LIST_ITEM, PARAGRAPH, PREFORMATTED, QUOTE
from .signals import visible

__all__ = ["RawBlock", "walk_blocks", "CELL", "is_cell"]

CELL = "cell"   # a table cell; cells of one row are joined into a row later
BLOCK_TAGS = frozenset((
    "html body p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 li ul ol dl dt dd "
    "blockquote pre table thead tbody tfoot tr td th caption figure figcaption form fieldset legend "
    "address center details summary hr br dialog hgroup picture").split())
HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LIST_TAGS = frozenset(("li", "dt", "dd"))
CELL_TAGS = frozenset(("td", "th"))
DASH_CELL_MAX_CHARS = 3   # a cell of no more punctuation than this ("—", "-", "–", "*") is a value: none
ARIA_CELLS = frozenset(("cell", "gridcell", "columnheader", "rowheader"))   # <div role="cell">: a table built of divs
# Inline elements that may sit inside a word ("<b>W</b>ord"): no space is added where they end.
WORD_INLINE_TAGS = frozenset("span b i em strong font sup sub small u abbr cite code mark q s time label bdi wbr "
                             "tt kbd samp var dfn ins del strike big nobr data bdo ruby rb".split())

CLOSING_PUNCTUATION = frozenset(".,;:!?)]}»”’…、。，")


class RawBlock:
    __slots__ = ("text", "kind", "level", "owner", "link_chars", "chars")

    def __init__(self, text, kind, level, owner, link_chars, chars):
        self.text, self.kind, self.level, self.owner = text, kind, level, owner
        self.link_chars, self.chars = link_chars, chars

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    def __repr__(self) -> str:
        return f"RawBlock({self.kind}, {self.text[:40]!r})"


def is_cell(el) -> bool:
    return el.tag in CELL_TAGS or el.get("role") in ARIA_CELLS


def _kind(owner, quote_depth: int) -> tuple[str, int]:
    tag = owner.tag
    level = HEADING_LEVEL.get(tag)
    if level:
        return HEADING, level
    if tag in LIST_TAGS:
        return LIST_ITEM, 0
    if tag == "pre":
        return PREFORMATTED, 0
    if is_cell(owner):
        return CELL, 0
    if quote_depth:
        return QUOTE, 0
    return PARAGRAPH, 0


_WORD = re.compile(r"\w")
PSEUDO_LINK_SCAN_NODES = 200   # how far into a javascript: link to look for a block element (bounded work)


def _leads_somewhere(a) -> bool:
    """False for a javascript: pseudo-link wrapped around paragraphs (a click handler over the
    content): its text is the page's own, not link text. Short ones (share buttons) stay links."""
    if not (a.get("href") or "").lstrip()[:11].lower().startswith("javascript:"):
        return True
    return not any(el.tag in BLOCK_TAGS for el in islice(a.iterdescendants(), PSEUDO_LINK_SCAN_NODES))


def walk_blocks(root) -> list[RawBlock]:
    """The text blocks of `root` in document order."""
    blocks: list[RawBlock] = []
    parts: list[str] = []
    link_chars = 0
    stack = [root]
    link_depth = quote_depth = pre_depth = 0

    def flush(owner) -> None:
        nonlocal link_chars
        if parts:
            raw = "".join(parts)
            parts.clear()
            if pre_depth:
                text = raw.strip("\n").rstrip()
            else:
                text = " ".join(visible(raw).split())
            # "* * *" or a zero-width space alone is no text; but a table cell's "—" holds its column
            if text and (pre_depth or _WORD.search(text) or (len(text) <= DASH_CELL_MAX_CHARS and is_cell(owner))):
                cell = owner.getparent()
                if cell is not None and is_cell(cell) and len(cell) == 1:
                    owner = cell      # <td><p>Revenue</p></td>: the paragraph is the cell's text
                kind, level = _kind(owner, quote_depth)
                blocks.append(RawBlock(text, kind, level, owner, min(link_chars, len(raw)), len(raw.strip()) or 1))
        link_chars = 0

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag in BLOCK_TAGS:
                flush(stack[-1])
                stack.append(el)
                if tag == "blockquote":
                    quote_depth += 1
                elif tag == "pre":
                    pre_depth += 1
            elif tag == "a" and _leads_somewhere(el):
                link_depth += 1
            text = el.text
            if text:
                parts.append(text)
                if link_depth:
                    link_chars += len(text.strip())
        else:
            if tag in BLOCK_TAGS:
                flush(el)
                stack.pop()
                if tag == "blockquote":
                    quote_depth -= 1
                elif tag == "pre":
                    pre_depth -= 1
            elif tag == "a" and _leads_somewhere(el):
                link_depth -= 1
            elif tag not in WORD_INLINE_TAGS:
                if parts and not parts[-1].endswith(" ") and not (el.tail and el.tail[0] in CLOSING_PUNCTUATION):
                    parts.append(" ")     # images, inputs and unknown elements still separate words
                                          # (not from the comma after them: "<figref>FIG. 1</figref>, a cable")
            tail = el.tail
            if tail and el is not root:
                parts.append(tail)
                if link_depth:
                    link_chars += len(tail.strip())
    flush(root)
    return blocks
