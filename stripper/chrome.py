"""Remove chrome subtrees from the tree by tag, ARIA role and class/id rules, recording why.

Guards: the page's root, <body>, <article> and <main>, elements that hold the article's content
marker (itemprop=articleBody, class entry-content and the like), and an element holding most of
the page's text are never removed by a class/id rule: WordPress and many themes put tokens such
as "category-news" or "has-sidebar" on the very wrapper of the story.
"""
from __future__ import annotations

import re
from urllib.parse import unquote

from lxml import etree

from .article import WIDE_CHAR, Removal
from .options import Options
from .parse import drop
from .rules import BUILTIN, INLINE_CONCEPTS, Compiled

__all__ = ["apply_site_rules", "remove_chrome", "remove_concept", "describe"]

PROTECTED_TAGS = frozenset({"html", "body", "article", "main"})
# Content markers: an element with one of these, and its ancestors, are never chrome. A BEM element
# of a content block ("article-content__tags") is a part of it, named by what follows the "__".
_CONTENT_MARKER = re.compile(
    r"(?<![a-z0-9])(?:(?:entry|post|article|story|td[-_]post|single[-_]post|blog[-_]post|main|page|news)[-_]*(?:content|body|text|inner|entry)"
    r"|articlebody|article[-_]?text|hentry|h[-_]entry|body[-_]?text|instapaper[-_]body|rich[-_]?text|(?<!not-)prose|storycontent"
    r"|field[-_]+name[-_]+body|node[-_]+content)(?![a-z0-9]|__)")
# An <aside> so named is a fact box or an author's callout or note ("Fakta om Skarvøy"; a docs theme's
# "Caution", "Tip" or "Danger" callout, as GitHub's alerts name them too), not a sidebar.
# (a wiki's portable-infobox is data beside the article, not the story's fact box)
_FACT_BOX = re.compile(r"(?<![a-z0-9])(?:facts?|fact[-_]?box|fakta|faktaboks|fakten|faktenbox|key[-_]facts|callout"
                       r"|admonition|note|msg|message|warning|caution|tip|danger|important|hint"
                       r"|(?<!portable-)info[-_]?box|infokasten|claves|encadre)"
                       r"(?![a-z0-9])")
MOST_OF_PAGE_SHARE = 0.5   # an element with this share of the words in the page's <p> is not chrome
HIDDEN_STORY_SHARE = 0.75  # an element hidden by its style with this share of the characters in the page's <p>
                           # (more than a hidden copy's half; characters, as Chinese has no spaces to count words by) ...
HIDDEN_STORY_MIN_CHARS = 250   # ... of a page with this many (six short Chinese paragraphs), is the story a script was to show
FEW_PARAGRAPH_WORDS = 150  # a page with fewer words in <p> writes its text between <br>s: count its unlinked text
CAPTION_PROSE_MIN_WORDS = 60    # a "gallery" or "caption" element with this many words of plain paragraphs is prose
ACCORDION_PROSE_MIN_WORDS = 40  # a role="tablist" with this many words of paragraphs is an FAQ accordion, not tabs
CONTINUATION_MIN_WORDS = 40     # a block this long in paragraphs, under a "Story continues" button, is the story's rest
FIGURE_CAPTION_MAX_WORDS = 60   # a figure with an image and at most this many words is a photo with its caption and credit
TEASER_ARTICLE_MAX_SHARE = 0.1   # an <article> under this share of them is a teaser card, not the story
OTHER_TEXT_BOXES = ("related", "trending", "comments")   # boxes of teaser cards and of readers' comments
CONTENT_BLOCKS_MIN = 2     # elements of one class rule that can hold the story between them
CONTENT_BLOCKS_LEAVE_SHARE = 0.1   # ... when taking them all would leave under this share of the page's <p> words
SIGNUP_BOX_MAX_CHARS = 300  # the box around an email field, up to this much text (a CJK character counts
                            # twice; a form's own text not at all), is a sign-up or comment form
REMOVED_TEXT_CHARS = 80    # how much of a removed block's text the explain listing keeps


def describe(el) -> str:
    tag = el.tag if isinstance(el.tag, str) else "?"
    ident = el.get("id")
    classes = (el.get("class") or "").split()
    return tag + (f"#{ident}" if ident else "") + "".join(f".{c}" for c in classes[:3])


SLUG_ID_MIN_WORDS = 4      # an id of this many hyphenated words, one a stop word, is a heading's anchor
INLINE_TAGS = frozenset("a span em strong b i u small abbr cite code mark q s sub sup font label".split())
DATELINE_LEAD_IN_CHARS = 80  # a byline-class span followed by this much paragraph text opens the story: kept
INLINE_ONLY_CONCEPTS = frozenset(("permalink",))                # rules for marks inside headings
LANDMARK_CONCEPTS = frozenset(("sidebar", "navigation", "footer"))  # what <aside>, <nav>, <footer> rules name
_SLUG_SPLIT = re.compile(r"[-_]+")
_STYLING_CLASS = re.compile(r"(?<!\S)has-\S+")
# Tailwind's "hidden md:block" and Bootstrap's "d-none d-md-block" show the element on wider screens.
_SHOWN_ON_WIDE_SCREENS = re.compile(
    r"(?<!\S)(?:(?:sm|md|lg|xl|2xl):(?:block|flex|inline|inline-block|inline-flex|grid|table|contents)"
    r"|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|inline-flex|grid|table))(?!\S)")
_HIDDEN_ON_NARROW = re.compile(r"(?<!\S)(?:hidden|d-none)(?!\S)")
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_EMPHASIS_TAGS = frozenset(("b", "strong", "i", "em", "br", "span", "mark", "u", "s", "sub", "sup"))
_SLUG_STOP_WORDS = frozenset("a an the of with and or to in on for from by at is are how why what".split())


_COMPONENT_ATTRS = frozenset(("data-component", "data-hook", "data-testid", "data-qa", "data-area", "aria-label",
                              "aria-labelledby"))


def _component(el) -> str | None:
    """What names a block besides its class and id: data-component, data-hook, the test hooks of
    component frameworks (data-testid, data-qa: class names there are hashes such as "css-1lvf0tz"),
    else aria-label, else the id of the heading that labels it (aria-labelledby="recommendations-heading")."""
    if _COMPONENT_ATTRS.isdisjoint(el.keys()):     # most elements: one test instead of six lookups
        return None
    return el.get("data-component") or el.get("data-hook") or el.get("data-testid") or el.get("data-qa") \
        or el.get("data-area") or el.get("aria-label") or el.get("aria-labelledby")


def _attr_string(el, bem_as_one: bool = True) -> str:
    """The "class id component" string the class rules read; `data-component` and `data-hook` name
    a block the way a class does on pages built from components (data-component="byline-block"),
    and so does an `aria-label` where neither is set (aria-label="Newsletter signup" on a box whose
    classes are abbreviations).
    The block editor's styling classes ("has-medium-font-size", "has-text-align-center") say how a
    block looks, not what it is: they are left out. BEM's "__" reads as one separator ("article__info"
    as "article_info") unless `bem_as_one` is false."""
    cls, ident = el.get("class"), el.get("id")
    component = _component(el)
    if cls is None and ident is None and component is None:
        return ""
    if cls and "has-" in cls:
        cls = _STYLING_CLASS.sub(" ", cls)
    if cls and _SHOWN_ON_WIDE_SCREENS.search(cls):
        cls = _HIDDEN_ON_NARROW.sub(" ", cls)   # "hidden md:block": hidden only on a phone
    if ident and "%" in ident:
        ident = unquote(ident)   # id="1.-%E6%AF%8E…": a heading's text escaped as an anchor; the bytes name nothing ("%AD")
    if ident:
        words = _SLUG_SPLIT.split(ident.lower())
        if len(words) >= SLUG_ID_MIN_WORDS and (_SLUG_STOP_WORDS.intersection(words) or el.tag in _HEADING_TAGS):
            ident = None      # id="sharing-with-a-single-developer" names a section, it is not a share bar;
                              # a heading's long id is its own text as an anchor, in any language
        elif el.tag in _HEADING_TAGS \
                and set(words) <= set(re.findall(r"\w+", " ".join(el.itertext()).lower())):
            ident = None      # <h2 id="try-it-today">Try it today</h2>: its own words, not the site's clock;
                              # <h2 id="recommendations">Recommendations</h2>: a report's section, not a box
    attrs = f"{cls or ''} {ident or ''} {component or ''}".lower()
    return attrs.replace("__", "_") if bem_as_one else attrs


def _alone_in_block(el) -> bool:
    """An inline element that is a block of its own, no running text around it: <div class="code-top">
    <span class="code-lang">rust</span></div> before a code block, not a word inside a paragraph."""
    parent = el.getparent()
    if parent is None or parent.tag in INLINE_TAGS or parent.tag in ("p", "li", "td", "th", "dd", "dt", "blockquote") \
            or (parent.text or "").strip() or (el.tail or "").strip():
        return False
    for sib in parent:
        if sib is not el and isinstance(sib.tag, str) and (sib.tag in INLINE_TAGS or sib.tag == "br"):
            return False    # words beside it on the same line
        if (sib.tail or "").strip():
            return False
    return True


def _bare_text_aside(el) -> bool:
    """<aside>The first batch goes online on March 15.</aside>: no attribute, no link, nothing but
    text and inline emphasis."""
    return not el.attrib and (el.text or "").strip() != "" \
        and all(child.tag in _EMPHASIS_TAGS for child in el.iterdescendants())


_PERMALINK_MARKS = frozenset(("#", "¶", "§", "🔗", "⚓", "⚓︎", "#️⃣"))


def _permalink_mark(el) -> bool:
    """<h2 id="x"><a href="#x">#</a>Setup</h2>: a link to a place on the page whose text is only a
    permalink mark, inside a heading, is the heading's permalink, whatever its class."""
    href = el.get("href")
    return href is not None and href.startswith("#") and len(el) == 0 and (el.text or "").strip() in _PERMALINK_MARKS \
        and next(el.iterancestors(*_HEADING_TAGS), None) is not None


def _line_numbers(pre) -> bool:
    """<td class="gutter"><pre>1<br>2<br>3</pre></td>: a block of code's line numbers, 1 to n, set
    beside it in a <pre> of their own (Hexo, Jekyll, many highlighters' tables)."""
    numbers = " ".join(pre.itertext()).split()
    return len(numbers) >= 2 and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def _whole_heading(el) -> bool:
    """el holds all of the text of the heading it sits in (VuePress wraps a heading's words in its
    anchor), more than a mark such as '#' or '¶'."""
    text = "".join(el.itertext()).strip()
    if len(text) <= 1:
        return False
    for level, ancestor in enumerate(el.iterancestors()):
        if ancestor.tag in _HEADING_TAGS:
            return "".join(ancestor.itertext()).strip() == text
        if level >= 2:
            return False
    return False


def _opens_paragraph(el, lengths: dict) -> bool:
    """A dateline span that leads into a paragraph's running text ("CAIRO — Gunmen opened fire ...").
    `lengths` memoizes each paragraph's text length, so a paragraph of many spans is read once."""
    parent = el.getparent()
    if parent is None or parent.tag != "p":
        return False
    total = lengths.get(parent)
    if total is None:
        total = lengths[parent] = sum(map(len, parent.itertext()))
    return total - sum(map(len, el.itertext())) >= DATELINE_LEAD_IN_CHARS


def _is_comment(el, rule) -> bool:
    """Reader comments are marked up like small articles (<article class="comment-body"
    itemtype="https://schema.org/Comment">, <div itemprop="text">): no content marker there.
    `rule` is the class/id rule that names el, if any."""
    if rule is not None and rule.concept == "comments":
        return True
    for scope in (el, *el.iterancestors()):
        if scope.get("itemscope") is not None:
            return "Comment" in (scope.get("itemtype") or "")
    return False


def _protected(classified: list, page_words: int, classify) -> tuple:
    """Elements that hold the article's content marker, and all their ancestors; and the marked
    elements themselves. An <article> with a sliver of the page's paragraph text is a teaser card
    in a related box: it marks nothing; nor does a card, excerpt or comment classed like the story
    (Astra's article.hentry and p.entry-content, a guest book's p.EntryText) inside a box a related,
    trending or comments rule names, unless it holds half the page's paragraph words.
    `classified` holds (element, its classification or None for a comment node), in tree order."""
    keep, marks = set(), []
    for el, found in classified:
        if found is None or el in keep:
            continue
        if el.tag == "article" or el.get("role") == "article":
            marked = _paragraph_words(el) >= TEASER_ARTICLE_MAX_SHARE * page_words \
                and not _teaser_excerpt(el, page_words, classify)
        else:
            marked = el.tag == "main" or el.get("itemprop") in ("articleBody", "text") \
                or el.get("role") == "main" or (found[0] and not _teaser_excerpt(el, page_words, classify))
        if marked and not _is_comment(el, found[1]):
            keep.add(el)
            keep.update(el.iterancestors())
            marks.append(el)
    return keep, marks


def _teaser_excerpt(el, page_words: int, classify) -> bool:
    """A card, excerpt or comment with less than half of the page's paragraph words, in a box of
    teasers or comments."""
    for ancestor in el.iterancestors():
        rule = classify(ancestor)[1]
        if rule is not None and rule.concept in OTHER_TEXT_BOXES:
            return _paragraph_words(el) < MOST_OF_PAGE_SHARE * page_words
    return False


def _hidden_copy(el, marks: list) -> bool:
    """<div lang="fr" hidden> around the story's other language, or the mobile copy of the page:
    a hidden element with a content marker in it, while another marker stands outside it."""
    return "hidden" in el.attrib and any(
        m is not el and el not in m.iterancestors() and m not in el.iterancestors() for m in marks)


def _classifier(rules: Compiled):
    """classify(el) -> (holds a content marker, the first class/id rule that matches or None, the
    first one of a concept that may be taken out of running text or None), memoized per
    (class, id, component or aria-label, whether a heading), what _attr_string reads: a page
    repeats the same few class strings many times."""
    memo: dict = {}
    unnamed = (False, None, None)

    def classify(el):
        names = el.keys()
        if not names:           # no attributes at all (a third of a page's elements): nothing names it
            return unnamed
        component = None if _COMPONENT_ATTRS.isdisjoint(names) else _component(el)
        key = (el.get("class"), el.get("id"), component, el.tag in _HEADING_TAGS)
        found = memo.get(key)
        if found is None:
            raw = _attr_string(el, bem_as_one=False)
            attrs = raw.replace("__", "_")
            marker = bool(raw) and _CONTENT_MARKER.search(raw) is not None
            rule = inline = None
            if attrs and rules.attr_any.search(attrs):
                rule = next(r for group, members in rules.attr_groups if group.search(attrs)
                            for r, regex in members if regex.search(attrs))
                inline = rule if rule.concept in INLINE_CONCEPTS else next(
                    (r for r, regex in rules.inline if regex.search(attrs)), None) if rules.inline_any.search(attrs) else None
            found = memo[key] = (marker, rule, inline)
        return found
    return classify


def _removal(el, concept: str, name: str, reason: str, texts_of: frozenset | None = None) -> Removal:
    """The record of a removed subtree, with the start of its text when `texts_of` is None or holds
    the concept: its pieces joined by spaces ("Published" "April 2": not glued), read only as far as
    the record keeps (a removed menu can hold thousands of words)."""
    if texts_of is not None and concept not in texts_of:
        return Removal(concept, name, reason, describe(el), "")
    words: list = []
    size = 0
    for piece in el.itertext():
        for word in piece.split():
            words.append(word)
            size += len(word) + 1
        if size > REMOVED_TEXT_CHARS:
            break
    return Removal(concept, name, reason, describe(el), " ".join(words)[:REMOVED_TEXT_CHARS])


def _paragraph_words(el) -> int:
    """Words in the <p> elements under el: a cheap measure of how much article-like text it holds."""
    if el is None:
        return 0
    return sum(len("".join(p.itertext()).split()) for p in el.iter("p"))


def _paragraph_chars(el) -> int:
    return sum(len("".join(p.itertext()).strip()) for p in el.iter("p"))


def _unlinked_words(el) -> int:
    """Words of the text under el outside links: the measure of a page that sets its story between
    <br>s, where <p> hold next to nothing."""
    return _unlinked(el, lambda text: len(text.split()))


def _unlinked_chars(el) -> int:
    """Characters of the text under el outside links, spaces left out."""
    return _unlinked(el, lambda text: len("".join(text.split())))


def _unlinked(el, size) -> int:
    """`size` of the text under el, less that of the text in its links."""
    return size("".join(el.itertext())) - sum(size("".join(a.itertext())) for a in el.iter("a"))


def _italic_line_under_image(p) -> bool:
    """<p><em>The south patch on Monday.</em></p> right under a paragraph that holds only an image:
    the caption a Markdown post writes, since Markdown has no <figcaption> (Hive's Markdown sets it
    as <center><sub>…</sub></center> under <center><img></center>)."""
    if len(p) != 1 or p[0].tag not in ("em", "i", "sub", "small") or (p.text or "").strip() or (p[0].tail or "").strip():
        return False
    above = p.getprevious()
    if above is None or (above.tail or "").strip():
        return False
    if above.tag in ("p", "center") and not "".join(above.itertext()).strip():
        above = next(above.iter("img", "picture"), None)
    return above is not None and above.tag in ("img", "picture", "figure")


def _photo_figure(figure) -> bool:
    """<figure><img><p>Getty Images</p><figcaption>…</figcaption></figure>: a figure that holds an
    image and a few words but no quotation, table, code or list; all its text is caption or credit."""
    if next(figure.iter("img", "picture"), None) is None \
            or next(figure.iter("blockquote", "table", "pre", "ul", "ol"), None) is not None:
        return False
    return len(" ".join(figure.itertext()).split()) <= FIGURE_CAPTION_MAX_WORDS


_CONTINUE_BUTTON = re.compile(
    r"\b(?:story continues|continue reading|read (?:the )?(?:full|whole|rest of the) (?:story|article)|read more"
    r"|show (?:the )?(?:full|whole) (?:story|article)|weiterlesen|lire la suite|leer más|seguir leyendo"
    r"|continua a leggere|continuar a ler|leia mais)\b", re.I)


def _continuation(el) -> bool:
    """<button>Story continues</button><div class="read-more-wrapper" style="display:none"><p>…:
    the story's second half, folded under a button a reader clicks, not a related list or a
    hidden widget."""
    button = el.getprevious()
    if button is None or not (button.tag == "button" or button.get("role") == "button"):
        return False
    label = f"{button.get('aria-label') or ''} {''.join(button.itertext())}"
    return _CONTINUE_BUTTON.search(label) is not None and _prose_words(el) >= CONTINUATION_MIN_WORDS


def _quote_figure(figure) -> bool:
    """<figure><blockquote>…</blockquote><figcaption>— Source</figcaption></figure>, with no image."""
    return figure is not None and figure.tag == "figure" and figure.find(".//blockquote") is not None \
        and next(figure.iter("img", "picture", "video", "iframe", "svg", "canvas"), None) is None


def _prose_words(el) -> int:
    """Words in the <p> elements under el that stand outside any figure, caption or list item: a
    caption is written beside its photo, the story's paragraphs are not."""
    count = 0
    for p in el.iterdescendants("p"):      # a caption <p> itself is a caption, however long
        if not any(a.tag in ("figure", "figcaption", "li") for a in _between(p, el)):
            count += len("".join(p.itertext()).split())
    return count


def _remove_signup_boxes(fields, root, record: list | None, texts_of: frozenset | None) -> set:
    """An email field asks the reader to sign up (a newsletter box, a comment form): the widest box
    around it of at most SIGNUP_BOX_MAX_CHARS characters goes, with its heading and prompt ("Get
    the next field note. About once a month."), whatever its classes say (a builder's "container
    style2"). Returns the boxes removed."""
    reason = "a short box around an email field is a sign-up or comment form, not the story"
    boxes = set()
    for field in fields:
        box = None
        for ancestor in field.iterancestors():
            if ancestor.tag in PROTECTED_TAGS or _more_text_than(ancestor, SIGNUP_BOX_MAX_CHARS):
                break
            box = ancestor
        if box is None or box.getparent() is None or not any(a is root for a in box.iterancestors()):
            continue        # no box, or gone already with another field's box
        if record is not None:      # a comment form is the one with a box to write in
            concept = "comments" if next(box.iter("textarea"), None) is not None else "newsletter"
            record.append(_removal(box, concept, "email-sign-up-box", reason, texts_of))
        drop(box)
        boxes.add(box)
    return boxes


def _email_field(field) -> bool:
    """<input type="email">, or a text field named for one (Brevo's name="EMAIL", Flodesk's name="email")."""
    kind = (field.get("type") or "text").lower()
    return kind == "email" or (kind == "text" and "email" in (field.get("name") or field.get("id") or "").lower())


def _more_text_than(el, limit: int) -> bool:
    """Whether el's text outside its <form> elements is longer than `limit` characters (a CJK one
    counts twice), reading no further than that: a form's labels, consent text and success
    messages are the form's own, however long (a GDPR notice), and the story is never inside one."""
    count = 0
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node.tag == "form":
                walker.skip_subtree()       # no "end" event comes for a skipped element
                pieces = (node.tail,)
            else:
                pieces = (node.text,)
        else:
            pieces = (node.tail,) if node is not el else ()
        for piece in pieces:
            if piece and not piece.isspace():
                count += len(piece.strip()) + len(WIDE_CHAR.findall(piece))
                if count > limit:
                    return True
    return False


def _content_blocks(taken: dict, page_words: int) -> frozenset:
    """The class rules whose elements together would take all but a tenth of the page's paragraph
    words, none of them most of it alone: a page builder that names every text box of the story a
    widget ("rmwidget widget-text") lays the story out in them, where a sidebar's widgets sit
    beside it. `taken` holds each rule's [words, elements], as the first choice counted them."""
    if page_words < FEW_PARAGRAPH_WORDS:
        return frozenset()
    return frozenset(name for name, (words, count) in taken.items()
                     if words >= (1 - CONTENT_BLOCKS_LEAVE_SHARE) * page_words and count >= CONTENT_BLOCKS_MIN)


def _between(el, top):
    for ancestor in el.iterancestors():
        if ancestor is top:
            return
        yield ancestor


class _PageText:
    """How much text the page has, for the guards that keep the story: its paragraph words, its
    unlinked words (a page written between <br>s), the elements that hold content markers, and its
    paragraph characters, counted on first need."""
    __slots__ = ("words", "loose_words", "protected", "top", "_chars")

    def __init__(self, words: int, loose_words: int, protected, top):
        self.words, self.loose_words, self.protected, self.top, self._chars = words, loose_words, protected, top, None

    @property
    def chars(self) -> int:
        if self._chars is None:
            self._chars = _paragraph_chars(self.top)
        return self._chars


def _choose(doomed, boxes: set, spared: frozenset, page: _PageText):
    """What goes, in document order, with the guards that keep the story; and the paragraph words
    each class rule would take ([their sum, the elements]). `spared` names class rules whose
    elements hold the story between them (_content_blocks)."""
    removed, chosen, taken = set(boxes), [], {}
    for el, rule in doomed:
        if rule is None or any(a in removed for a in el.iterancestors()):
            continue    # a comment (gone already), or gone with an ancestor
        if rule.kind == "attr" and rule.concept not in ("comments", "captions") and (page.words or page.loose_words):
            if rule.name in spared:
                continue
            words = _paragraph_words(el)
            if (words >= MOST_OF_PAGE_SHARE * page.words if page.words >= FEW_PARAGRAPH_WORDS
                    else _unlinked_words(el) >= MOST_OF_PAGE_SHARE * page.loose_words):
                continue
            total = taken.setdefault(rule.name, [0, 0])
            total[0] += words
            total[1] += 1
        if rule.kind == "style":
            # most hidden things are small: the page is counted only for a big one. Its text is its <p> or,
            # when it sets the story in <section>s and <span>s, its unlinked text; the page's is then its
            # <p> elsewhere with that text
            in_p = _paragraph_chars(el)
            chars = max(in_p, _unlinked_chars(el)) if in_p < HIDDEN_STORY_MIN_CHARS else in_p
            page_chars = page.chars - in_p + chars
            if chars >= HIDDEN_STORY_SHARE * HIDDEN_STORY_MIN_CHARS \
                    and page_chars >= HIDDEN_STORY_MIN_CHARS and chars >= HIDDEN_STORY_SHARE * page_chars:
                continue    # WeChat's div#js_content style="visibility: hidden" until its script runs: the story
        if rule.kind == "tag" and rule.concept in LANDMARK_CONCEPTS and el in page.protected and page.words \
                and _paragraph_words(el) >= MOST_OF_PAGE_SHARE * page.words:
            continue    # <aside class="main__left-column"> around the page's <main>: a layout column
        if rule.kind == "attr" and rule.concept == "captions" and _prose_words(el) >= CAPTION_PROSE_MIN_WORDS:
            continue    # div.gallery__intro: the story's paragraphs in a container named for its photos
        removed.add(el)
        chosen.append((el, rule))
    return chosen, taken


def remove_chrome(root, options: Options, rules: Compiled = BUILTIN, record: list | None = None,
                  texts_of: frozenset | None = None) -> None:
    """Take chrome out of the tree in place. With `record`, append a Removal per subtree, with the
    start of its text when `texts_of` is None or holds the rule's concept (reading the text of every
    removed menu and footer is a twentieth of the extraction's time, and only bylines are read)."""
    body = root.find("body")
    page_words = _paragraph_words(body if body is not None else root)
    loose_words = _unlinked_words(body if body is not None else root) if page_words < FEW_PARAGRAPH_WORDS else 0
    classify = _classifier(rules)
    classified = [(el, classify(el) if isinstance(el.tag, str) else None) for el in root.iter()]
    protected, marks = _protected(classified, page_words, classify)
    paragraph_chars: dict = {}
    doomed = []
    fields = []     # email fields, for the sign-up boxes around them
    permalink = next((rule for rule, _ in rules.attr if rule.concept == "permalink"), None)
    line_numbers = next((rule for rule, _ in rules.attr if rule.concept == "linenumbers"), None)
    for el, found in classified:
        tag = el.tag
        if found is None:     # comments and processing instructions
            doomed.append((el, None))
            continue
        if tag == "input" and _email_field(el):
            fields.append(el)
        rule = rules.tags.get(tag)
        if tag == "aside" and rule is not None and (_FACT_BOX.search(_attr_string(el)) or _bare_text_aside(el)):
            rule = None     # <aside class="fact">: the story's fact box, set beside it on purpose; a bare
                            # <aside> of plain text is an editor's set-off line (telegra.ph)
        elif tag == "template" and (el.get("shadowrootmode") or el.get("shadowroot")):
            rule = None     # declarative shadow DOM: what a web component shows, read like the rest of the page
        elif tag == "figcaption" and rule is not None and _quote_figure(el.getparent()):
            rule = None     # the attribution under a quotation, not a photo's caption
        elif tag == "footer" and rule is not None and el.getparent() is not None and el.getparent().tag == "blockquote":
            rule = None     # <blockquote><p>…</p><footer>— Name</footer></blockquote>: who is quoted
        elif tag == "button" and rule is not None and _whole_heading(el):
            rule = None     # <h3><button aria-expanded="false">Question?</button></h3>: an accordion's question
        elif tag in ("p", "center") and rule is None and _italic_line_under_image(el):
            rule = rules.tags.get("figcaption")    # Markdown's caption: <p><img></p><p><em>…</em></p>
        elif tag == "figure" and rule is None and _photo_figure(el):
            rule = rules.tags.get("figcaption")    # a photo's credit line set beside its <figcaption>
        if rule is None:
            role = el.get("role")
            if role:
                rule = rules.roles.get(role)
                if role == "tablist" and rule is not None and _prose_words(el) >= ACCORDION_PROSE_MIN_WORDS:
                    rule = None     # an accordion of the story's questions and answers, not a tab bar
        if rule is None and el in protected and _hidden_copy(el, marks):
            rule = next((flag_rule for name, flag_rule in rules.flags if name == "hidden"), None)
        if rule is None and tag not in PROTECTED_TAGS and el not in protected:
            _, rule, inline = found
            if rule is not None:
                if tag in INLINE_TAGS and rule.concept not in INLINE_CONCEPTS \
                        and not (rule.concept == "tools" and tag != "a" and _alone_in_block(el)):
                    # a link or span inside running text: taking it would cut sentences, unless a rule
                    # of a concept that lives inline names it too (span.copyright is a photo credit), or
                    # it is a tool's label alone in its block (a code block's language: span.code-lang)
                    rule = inline
                elif tag not in INLINE_TAGS and rule.concept in INLINE_ONLY_CONCEPTS:
                    rule = None   # h3.header-anchor-post is the heading itself, not its permalink
                elif rule.concept in INLINE_ONLY_CONCEPTS and _whole_heading(el):
                    rule = None   # <h2><a class="header-anchor"><span>Setup</span></a></h2>: the anchor is the heading
                elif tag in INLINE_TAGS and rule.concept == "byline" and _opens_paragraph(el, paragraph_chars):
                    rule = None   # <p><span class="dateline">CAIRO —</span> Gunmen ...: the story's first words
                elif rule.concept == "byline" and next(el.iterancestors("blockquote"), None) is not None:
                    rule = None   # <blockquote>…<footer><div class="quote-author">Name</div>: who is quoted
                elif rule.concept == "survey" and tag == "table":
                    rule = None   # <table class="survey">: a survey's findings (a storm survey's tornadoes), no poll
            elif el.get("style"):
                style = el.get("style").lower()
                rule = next((r for r, regex in rules.style if regex.search(style)), None)
            if rule is None and el.attrib:
                for name, flag_rule in rules.flags:
                    if name in el.attrib and el.get(name).lower() in ("", name, "true"):
                        rule = flag_rule     # a boolean attribute; <div placeholder=" " contenteditable>
                        break                # holds an editor's text, 'until-found' shows on a search
        if rule is None and tag == "a" and _permalink_mark(el):
            rule = permalink
        elif rule is None and tag == "pre" and _line_numbers(el):
            cell = el.getparent()
            if cell is not None and cell.tag == "td" and len(cell) == 1 and not (cell.text or "").strip():
                doomed.append((cell, line_numbers))    # the gutter's cell goes too: the code is the row's one cell
                continue
            rule = line_numbers
        if rule is not None and rule.concept in ("related", "hidden") and _continuation(el):
            rule = None     # div.read-more-wrapper, hidden under its "Story continues" button (still there)
        if rule is not None and not (options.include_captions and rule.concept == "captions") \
                and not (options.include_comments and rule.concept == "comments"):
            doomed.append((el, rule))
    boxes = _remove_signup_boxes(fields, root, record, texts_of)
    for el, rule in doomed:
        if rule is None:
            drop(el)       # comments and processing instructions
    page = _PageText(page_words, loose_words, protected, body if body is not None else root)
    chosen, taken = _choose(doomed, boxes, frozenset(), page)
    spared = _content_blocks(taken, page_words)
    if spared:          # rare: the page's story set in boxes a rule names (a builder's widgets); choose again
        chosen, _ = _choose(doomed, boxes, spared, page)
    for el, rule in chosen:
        if record is not None:
            record.append(_removal(el, rule.concept, rule.name, rule.reason, texts_of))
        drop(el)


def remove_concept(root, concept: str, rules: Compiled = BUILTIN) -> None:
    """Drop the elements that a class/id rule of one concept names (the site clock, from the copy
    of the page that htmldate reads), with none of remove_chrome's guards."""
    regexes = [regex for rule, regex in rules.attr if rule.concept == concept]
    doomed = [el for el in root.iter() if isinstance(el.tag, str)
              and (attrs := _attr_string(el)) and any(regex.search(attrs) for regex in regexes)]
    for el in doomed:
        drop(el)


def apply_site_rules(root, url: str | None, options: Options, record: list | None = None) -> None:
    """Remove what the user's SiteRule rows name, on the pages their host matches."""
    if not options.site_rules:
        return
    from urllib.parse import urlsplit
    host = (urlsplit(url).hostname or "") if url else ""
    for rule in options.site_rules:
        if rule.host and not (host == rule.host or host.endswith("." + rule.host)):
            continue
        found = list(root.xpath(rule.xpath)) if rule.xpath else []
        if rule.attr_pattern:
            regex = re.compile(rule.attr_pattern)
            found += [el for el in root.iter() if isinstance(el.tag, str) and regex.search(_attr_string(el))]
        for el in found:
            if isinstance(el, etree._Element) and el.getparent() is not None:
                if record is not None:
                    record.append(_removal(el, "site", rule.host or "any", rule.reason))
                drop(el)
