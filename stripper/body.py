"""The located blocks -> the body: chrome lines out, table cells into rows, the headline and the
lines above it out."""
from __future__ import annotations

import re
from collections.abc import Iterator

from .article import HEADING, PARAGRAPH, PREFORMATTED, TABLE_ROW, WIDE_CHAR, Block, Removal
from .blocks import CELL, RawBlock, is_cell
from .chrome import describe
from .options import Options
from .rules import BUILTIN, Compiled

__all__ = ["assemble", "byline_zone", "jsonld_blocks"]

HEADING_SECTION_MAX_LINES = 30   # how many lines a "Trending" heading may take with it
TEASER_MAX_CHARS = 150           # a line after such a heading longer than this is article text again,
SECTION_PLAIN_LINE_CHARS = 60    # ... and so is one this long without a single link,
BOX_SLACK_CHARS = 10             # ... or one outside the heading's box (its first ancestor with this much more text)
# favor: how much of a body block may be link text before it goes, and how long a line must be to
# count as a paragraph when favor="precision" trims the edges. Measured on aeb / readability:
# precision 0.970 / 0.973 body precision, recall 0.988 / 0.935 body recall, balanced best F1.
LINK_DENSITY_BY_FAVOR = {"precision": 0.3, "balanced": 0.65, "recall": 0.9}
PRECISION_EDGE_CHARS = 40
LAYOUT_CELL_CHARS = 400          # a table cell of several lines and this much text lays out the page: not a data cell
TEASER_TITLE_MIN_LINK_SHARE = 0.9  # share of a heading's characters in links that makes it a teaser title
PROSE_LIST_MAX_LINK_SHARE = 0.5  # a link-only item stays when its list (nested lists included) is at most
                                 # this much links, or when it is nested under an item of a list with a
                                 # story-length line of plain text
HEADLINE_SEARCH_LINES = 40       # the headline is looked for among this many first lines of the body ...
HEADLINE_AS_TEXT_MAX_INDEX = 5   # ... and, printed in a plain <div> rather than a heading, among this many
ABOVE_HEADLINE_MAX_CHARS = 400   # ... and the lines above it go with it, unless they hold more story paragraphs than this
STORY_PARAGRAPH_CHARS = 80       # ... (counting lines this long)
AUTHOR_LINE_MAX_CHARS = 60       # a line this short that is only the metadata's author name is a byline
AUTHOR_BIO_TAIL_LINES = 3        # among this many last lines, one opening "<author> is a ..." is the bio
AUTHOR_BIO_MAX_CHARS = 400       # ... when it is no longer than this
KICKER_MAX_WORDS = 4             # a heading that is the headline after this many words of topic label prints it
BYLINE_ZONE_MAX_LINES = 6        # the lines under the printed headline read for a byline date ...
BYLINE_ZONE_MAX_CHARS = 160      # ... up to the first one this long (the story has begun); a CJK character
                                 # counts twice (a 113-character Japanese sentence is a paragraph, not a byline)
BYLINE_ZONE_ABOVE_LINES = 2      # ... then this many short lines right above the headline (a dateline over the title),
BYLINE_ZONE_ABOVE_LEVELS = 2     # ... in the box this many levels above it


def _match(block: RawBlock, rules: Compiled, options: Options):
    if block.kind == PREFORMATTED:
        return None     # a line of code or of a terminal ("-    image: postgres:15", "Share") is the author's
    n, low = len(block.text), None
    for rule, regex in rules.text:
        if n > rule.max_chars:
            continue
        if rule.needles:
            low = block.text.lower() if low is None else low
            if not any(map(low.__contains__, rule.needles)):    # (map: no Python frame per needle)
                continue
        if regex.search(block.text):
            if (options.include_captions and rule.concept == "captions") or \
                    (options.include_comments and rule.concept == "comments") or \
                    (rule.concept == "byline" and block.owner.tag == "dt"):   # a timeline's date labels its entry
                continue
            return rule
    return None


# A line that is only a web address prints where to look (a source, a download): the author put it there.
_PRINTED_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _rows(blocks: list[RawBlock]) -> list[RawBlock]:
    """Join consecutive cells of one table row into a row block, cells split by a tab and the
    lines of one cell (split by <br>) by a space. A cell that holds the page's text (several
    lines and much text), or the only cell of its row, is layout: its lines are paragraphs."""
    lines: dict = {}     # cell -> [lines, characters, the only cell of its row]
    for block in blocks:
        if block.kind == CELL:
            seen = lines.get(block.owner)
            if seen is None:
                row = block.owner.getparent()
                seen = lines[block.owner] = [0, 0, row is not None and sum(map(is_cell, row)) == 1]
            seen[0] += 1
            seen[1] += block.chars
    out: list[RawBlock] = []
    previous = None      # the cell of the block before, when that block was a cell's
    for block in blocks:
        cell, row = (block.owner, block.owner.getparent()) if block.kind == CELL else (None, None)
        if cell is not None and (lines[cell][0] > 1 and lines[cell][1] >= LAYOUT_CELL_CHARS or lines[cell][2]):
            block = RawBlock(block.text, PARAGRAPH, 0, block.owner, block.link_chars, block.chars)
        elif cell is not None:
            last = out[-1] if out else None
            if last is not None and last.kind == TABLE_ROW and last.owner is row:
                last.text += (" " if cell is previous else "\t") + block.text
                last.chars += block.chars
                last.link_chars += block.link_chars
                previous = cell
                continue
            block = RawBlock(block.text, TABLE_ROW, 0, row, block.link_chars, block.chars)
        previous = cell
        out.append(block)
    return out


def assemble(blocks: list[RawBlock], headline: str | None, options: Options,
             rules: Compiled = BUILTIN, record: list | None = None, author: str | None = None) -> list[Block]:
    def drop(block, rule, why=None):
        if record is not None:
            record.append(Removal(rule.concept if rule else "scrap", rule.name if rule else why,
                                  rule.reason if rule else why, describe(block.owner), block.text[:80]))

    blocks = _rows(blocks)
    if not options.include_tables:
        blocks = [b for b in blocks if b.kind != TABLE_ROW]
    # The headline and anything above it (category label, kicker) are not body.
    found = _headline_at(blocks[:HEADLINE_SEARCH_LINES], headline, HEADLINE_AS_TEXT_MAX_INDEX)
    if found is not None:
        at, end = found
        above = sum(b.chars for b in blocks[:at] if b.kind != HEADING and b.chars >= STORY_PARAGRAPH_CHARS)
        if above <= ABOVE_HEADLINE_MAX_CHARS and not (above and _printed_before(blocks[at].owner, headline)):
            for gone in blocks[:end]:
                drop(gone, None, "headline and lines above it")
            blocks = blocks[end:]
        else:   # the story is above, or the headline was printed before it: this is the headline
                # repeated (a recipe card's title), only it goes
            for gone in blocks[at:end]:
                drop(gone, None, "the headline repeated in the body")
            blocks = blocks[:at] + blocks[end:]
    kept: list[RawBlock] = []
    link_limit = LINK_DENSITY_BY_FAVOR[options.favor]
    section_left, box, card = 0, None, None
    tops = [_outer_list(block.owner) for block in blocks]
    lists: dict = {}      # outermost list -> [characters, link characters, longest plain text] of its items
    for block, top in zip(blocks, tops):
        if top is not None:
            total = lists.setdefault(top, [0, 0, 0])
            total[0] += block.chars
            total[1] += block.link_chars
            total[2] = max(total[2], block.chars - block.link_chars)
    authors = _author_names(author)
    for block, top in zip(blocks, tops):
        if authors and block.kind != HEADING and len(block.text) <= AUTHOR_LINE_MAX_CHARS \
                and _bare_name(block.text) in authors:
            drop(block, None, "the author's name alone on a line (a byline or sign-off)")
            continue
        rule = _match(block, rules, options)
        if rule is not None:
            drop(block, rule)
            if rule.kind == "heading":
                section_left, box = HEADING_SECTION_MAX_LINES, _box_of(block)
            elif section_left and box is not None and box in block.owner.iterancestors():
                section_left -= 1   # a teaser's date or label, inside the heading's box: the list goes on
            else:
                section_left, box = 0, None
            continue
        if section_left:
            # inside the heading's box, a heading that is all link is one more story's title, and
            # a line in that title's card is its excerpt, however long
            teaser_card = _teaser_card(block)
            listed = teaser_card is not None or (box is not None and block.link_density >= TEASER_TITLE_MIN_LINK_SHARE)
            ancestors = set(block.owner.iterancestors())
            if (block.kind == HEADING and not listed) or (box is not None and box not in ancestors) \
                    or (block.link_density < 0.5 and card not in ancestors and (
                    block.chars > TEASER_MAX_CHARS or (block.chars >= SECTION_PLAIN_LINE_CHARS and not block.link_chars))):
                section_left = 0
            else:
                section_left -= 1
                if teaser_card is not None:
                    card = teaser_card
                drop(block, None, "line of a list under a chrome heading")
                continue
        in_prose_list = top is not None and (lists[top][1] <= PROSE_LIST_MAX_LINK_SHARE * lists[top][0] or (
            block.owner.getparent() is not top and lists[top][2] >= STORY_PARAGRAPH_CHARS))
        if block.link_density > link_limit and block.kind != HEADING and not in_prose_list \
                and not _PRINTED_URL.fullmatch(block.text) and not _data_row_name(block):
            drop(block, None, "mostly link text")
            continue
        kept.append(block)
    if authors:
        for block in kept[1:][-AUTHOR_BIO_TAIL_LINES:]:     # never the story's first line
            if block.kind != HEADING and len(block.text) <= AUTHOR_BIO_MAX_CHARS and _is_bio(block.text, authors):
                drop(block, None, "the author's bio under the story")
                kept.remove(block)
    if any(block.kind != HEADING for block in kept):   # (a page of headings alone keeps them)
        while kept[-1].kind == HEADING:     # a heading with nothing under it: its section was chrome
            drop(kept.pop(), None, "heading at the end, with nothing under it")
    if options.favor == "precision":
        kept = _trim_edges(kept, drop)
    return [Block(b.kind if b.kind != CELL else PARAGRAPH, b.text, b.level) for b in kept]


_NAME_JOINS = re.compile(r",|;|(?<!\s)\s+(?:and|&|und|et|y|e|и)\s+", re.IGNORECASE)


def _bare_name(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s.'-]", " ", text).casefold().split()).strip(" .-")


_BIO_VERB = re.compile(r"(?:is|was|has been) (?:a|an|the|\S+['’]s)\s"     # other languages need no article:
                       r"|(?:ist|est|es|è|je|jest|er|är|é|ir|yra) \w")   # 'Jan Novák je redaktor …'


def _is_bio(text: str, authors: frozenset) -> bool:
    """'Dana Reed is a reporter covering ...': a line that opens with the author's name and a verb."""
    head = text[:80].casefold()
    return any(head.startswith(name + " ") and _BIO_VERB.match(head, len(name) + 1) for name in authors)


def _author_names(author: str | None) -> frozenset:
    """The metadata's author names, each as a line of the body would print it alone."""
    if not author:
        return frozenset()
    return frozenset(name for name in (_bare_name(part) for part in _NAME_JOINS.split(author)) if len(name) > 2)


def _printed_before(owner, headline: str) -> bool:
    """An <h1> before this heading, outside it, prints the headline: the heading repeats it (a recipe
    card's title under the post's own <h1>, with the post's paragraphs between them)."""
    wanted = _norm(headline)
    inside = set(owner.iterancestors())
    for el in owner.getroottree().iter():      # document order, up to this heading
        if el is owner:
            return False
        if el.tag == "h1" and el not in inside and _norm("".join(el.itertext())) == wanted:
            return True
    return False


def _box_of(heading: RawBlock):
    """The element that holds a chrome heading and what it labels: the first ancestor with more text
    than the heading. The heading's section ends where a line stands outside it (a related box
    closes, and the story's own bold subheading follows)."""
    size = len(heading.text)
    for ancestor in heading.owner.iterancestors():
        if len("".join(ancestor.itertext()).strip()) > size + BOX_SLACK_CHARS:
            return ancestor
    return None


def _teaser_card(block: RawBlock):
    """A heading that is one link inside a list item or a card is a teaser's title in a list of other
    stories (<li><h4><a href=...>Other story</a></h4></li>, <article><h2><a>), not a section of this
    one: that list item or card (through a wrapping link), else None."""
    if block.kind != HEADING or block.link_density < TEASER_TITLE_MIN_LINK_SHARE:
        return None
    parent = block.owner.getparent()
    if parent is not None and parent.tag == "a":
        parent = parent.getparent()
    return parent if parent is not None and parent.tag in ("li", "article") else None


def _data_row_name(block: RawBlock) -> bool:
    """A row of a table with a header row, whose linked name stands beside cells of unlinked text
    (a rate table's "<a>Bank</a> | 5.15% | $0"): the table's data, not a list of links."""
    row = block.owner
    if row.tag != "tr":
        return False
    table = next(row.iterancestors("table"), None)
    return table is not None and next(table.iter("th"), None) is not None and any(
        cell.tag == "td" and cell.find(".//a") is None and "".join(cell.itertext()).strip() for cell in row)


def _outer_list(el):
    """The outermost list of a list item (lists nested in its items count as one list)."""
    if el.tag != "li":
        return None
    top = None
    for ancestor in el.iterancestors():
        if ancestor.tag in ("ul", "ol"):
            top = ancestor
        elif ancestor.tag != "li":
            break
    return top


def _trim_edges(blocks: list[RawBlock], drop) -> list[RawBlock]:
    """favor="precision": short lines before the first and after the last real paragraph go
    (kickers, bylines, sign-offs and labels no rule names)."""
    def real(block):
        return block.kind != HEADING and block.chars >= PRECISION_EDGE_CHARS
    first = next((i for i, b in enumerate(blocks) if real(b)), len(blocks))
    last = next((i for i in range(len(blocks) - 1, -1, -1) if real(blocks[i])), -1)
    for block in blocks[:first] + blocks[last + 1:]:
        drop(block, None, "short line at the edge of the body (favor=precision)")
    return blocks[first:last + 1]


def _headline_at(blocks: list[RawBlock], headline: str | None, as_text_within: int = 0) -> tuple | None:
    """(start, end) of the blocks that print the headline: a heading, whose <br> may break it into
    lines ('La dernière saison<br>des bergers'), or any block among the first `as_text_within`
    (a headline printed in a plain <div>)."""
    if not headline:
        return None
    wanted = _norm(headline)
    for i, block in enumerate(blocks):
        end = i + 1
        if block.kind == HEADING:
            while end < len(blocks) and blocks[end].owner is block.owner and blocks[end].kind == HEADING:
                end += 1
        text = _norm(" ".join(b.text for b in blocks[i:end]))
        if (block.kind == HEADING or i < as_text_within) and text == wanted:
            return i, end
        if block.kind == HEADING and (text.endswith(" " + wanted) or text.endswith(":" + wanted)) and \
                len(text[:-len(wanted)].split()) <= KICKER_MAX_WORDS:
            return i, end    # "Harbour: Ferry fares rise": the headline with its kicker ("Title:Sparse …", a label)
    return None


def byline_zone(blocks: list[RawBlock], headline: str | None) -> Iterator[str]:
    """The short lines right under the printed headline, before the story's first paragraph, then
    the two right above it in its own box: where bylines and datelines stand. A generator: the
    search runs only if the date picker gets this far down its precedence (most pages have their
    date from metadata)."""
    found = _headline_at(blocks, headline)
    if found is None:      # an old page prints its headline in a <font> or a <b>, not a heading
        found = _headline_at(blocks, headline, as_text_within=len(blocks))
    if found is None:
        return
    start, end = found
    for after in blocks[end:end + BYLINE_ZONE_MAX_LINES]:
        if _too_long_for_byline(after):
            break
        yield after.text
    # then the few lines right above it in its box, nearest first: "Posted on: March 11, 2024" over
    # the title (not the site's clock in the top bar)
    levels = [a for _, a in zip(range(BYLINE_ZONE_ABOVE_LEVELS), blocks[start].owner.iterancestors())]
    box = levels[-1] if len(levels) == BYLINE_ZONE_ABOVE_LEVELS else None
    if box is None or box.tag in ("body", "html"):
        return          # the headline's box is the page: what stands above it is the site's
    for before in reversed(blocks[max(0, start - BYLINE_ZONE_ABOVE_LINES):start]):
        if _too_long_for_byline(before) or box not in before.owner.iterancestors():
            return
        yield before.text


def _too_long_for_byline(block: RawBlock) -> bool:
    """A line of the story, not of a byline: over BYLINE_ZONE_MAX_CHARS, a CJK character counting twice."""
    return block.chars + len(WIDE_CHAR.findall(block.text)) > BYLINE_ZONE_MAX_CHARS


def jsonld_blocks(signals, options: Options) -> list[Block]:
    """Paragraphs of the page's JSON-LD articleBody, for pages whose visible body is missing."""
    article = signals.first_article()
    text = article.body if article else None
    if not text or len(text) < options.min_body_chars:
        return []
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    return [Block(PARAGRAPH, line) for line in lines if line]
