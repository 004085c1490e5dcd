"""Find the article's container among the elements that hold its paragraphs.

Each paragraph-like block votes for the elements above it (its parent fully, its grandparent by
half, then less with each level), so the element that directly holds most of the long, unlinked
paragraphs wins, not a page-wide wrapper that also holds teaser cards. The votes are discounted
by the element's share of link text. Then: near-equal candidates elsewhere lift the winner to
their common ancestor (an article cut into steps); the winner widens over wrappers and sibling
sections that add unlinked paragraph text; siblings that hold good text of their own (an article
split by an ad slot or a figure) join it, and so do the winner's sibling components when an editor
sets each paragraph group in one (Naver's se-component, Quintype's story-element)."""
from __future__ import annotations

import re
from typing import NamedTuple

from .article import HEADING
from .blocks import RawBlock
from .options import Options

__all__ = ["Located", "locate"]

# Calibrated as a set on the development corpora.
VOTE_LEVELS = 4                 # a block votes for this many elements above it (itself counted when it is a div)
CHARS_PER_POINT = 100           # a block gets a point per this many characters ...
MAX_LENGTH_POINTS = 3           # ... up to this many; and a point per comma, up to one per
CHARS_PER_COMMA = 40            # ... this many characters (a reference's "Lind, S., Okafor, T., and" is no prose)
SIBLING_SHARE = 0.2             # a sibling scoring this share of the winner joins it
SIBLING_MIN_SCORE = 3.0         # ... and at least this much (one real paragraph)
SIBLING_PARAGRAPH_CHARS = 80    # a lone sibling paragraph this long with few links joins too
SIBLING_LINK_DENSITY = 0.25
COMPONENT_SIBLINGS = 2          # siblings of the winner's component class with good text: this many make a stream that joins
FACT_BOX_MAX_SHARE = 0.3        # the element after the story, without a link, this small beside it, ...
FACT_BOX_MIN_LINES = 3          # ... and with this many lines of text (a one-line notice does not), joins
ALTERNATIVE_SHARE = 0.5         # candidates scoring this share of the winner are its near-equals ...
SAME_CLASS_SHARE = 0.25         # ... or this share, for elements of the winner's own tag and class when the winner
                                # is no teaser (a paper's sections, each in its own c-article-section__content)
ALTERNATIVES_TO_CLIMB = 3       # ... and when this many of them share an ancestor, the article is that ancestor
SAME_CLASS_TO_CLIMB = 2         # ... or this many of the winner's own tag and class
CLIMB_MAX_LEVELS = 3            # ... no more than this many levels above the winner,
CLIMB_TEASER_CHARS = 500        # ... unless the winner has less paragraph text than this: a teaser, not an article
WIDEN_MAX_LEVELS = 3            # how many levels that add text the container may widen over (bare wrappers are free)
WIDEN_MIN_SHARE = 0.15          # ... each step must add this share of the paragraph text it has
WIDEN_MAX_LINK_DENSITY = 0.2    # ... with at most this much link text in what it adds
WIDEN_MIN_GOOD_SHARE = 0.7      # ... and most of what it adds must be paragraphs
CLASS_WEIGHT = 25.0             # votes an element gains (or loses) when its class/id names content (or chrome),
                                # at most as many as it has: a name alone cannot make a container
TABLE_PARTS = frozenset(("tbody", "thead", "tfoot", "tr"))
_COMPONENT_CLASS = re.compile(r"(?:component|element|body[-_]?part)$", re.I)
_POSITIVE = re.compile(r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|markdown", re.I)
_NEGATIVE = re.compile(r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|card|rail|recirc|more", re.I)


class Located(NamedTuple):
    container: object     # the winning element (its joined siblings are in `blocks` too)
    blocks: list          # the RawBlocks inside the container and its joined siblings, in order


def is_good(block: RawBlock, options: Options) -> bool:
    return (block.chars >= options.min_paragraph_chars and block.kind != HEADING
            and block.link_density <= options.max_link_density_ratio)


def _class_weight(el) -> float:
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    if not attrs.strip():
        return 0.0
    return CLASS_WEIGHT * (bool(_POSITIVE.search(attrs)) - bool(_NEGATIVE.search(attrs)))


def _paragraph_div(el) -> bool:
    """<div class="html-p">text</div> beside a <div> of the same class: a page that sets each
    paragraph in a div of its own (MDPI's html-p); such a div is a paragraph, not a container."""
    if el.tag != "div":
        return False
    cls = el.get("class")
    if not cls:
        return False
    for sibling in (el.getprevious(), el.getnext()):
        if sibling is not None and sibling.tag == "div" and sibling.get("class") == cls:
            return True
    return False


def _family(el) -> str | None:
    """The first class of a <div> or <section> that names an editor's component: an editor that sets
    each paragraph group in a component of its own gives them all the same one ("se-component se-text",
    "story-element story-element-text"). Layout classes ("row", "block", "field") do not count."""
    if el.tag not in ("div", "section"):
        return None
    classes = (el.get("class") or "").split()
    return f"{el.tag}.{classes[0]}" if classes and _COMPONENT_CLASS.search(classes[0]) else None


def _climb(best, scores: dict, good: dict):
    """An article cut into sections (steps, chapters) scores several near-equal candidates:
    their common ancestor is the article. The climb is short (the next stories preloaded under
    an article are near-equals too), except from a teaser: on a section front, the stream of
    teasers is what the page has."""
    top = scores[best]
    above = set(best.iterancestors())
    kind = (best.tag, best.get("class")) if best.get("class") and good.get(best, 0) >= CLIMB_TEASER_CHARS else None
    near = [el for el, score in scores.items()
            if (score >= ALTERNATIVE_SHARE * top or (kind and score >= SAME_CLASS_SHARE * top
                                                     and (el.tag, el.get("class")) == kind))
            and el is not best and el not in above
            and best not in el.iterancestors()]     # near-equals elsewhere, not the winner's own wrappers
    same_class = [el for el in near if kind and (el.tag, el.get("class")) == kind]
    if len(near) >= ALTERNATIVES_TO_CLIMB:
        found = _shared_ancestor(best, near, ALTERNATIVES_TO_CLIMB, good)
        if found is not best:
            return found
    if len(same_class) >= SAME_CLASS_TO_CLIMB:     # a story in three chapters, each in the winner's own tag and class
        found = _shared_ancestor(best, same_class, SAME_CLASS_TO_CLIMB, good)
        if found is not best and len(found.findall(".//h1")) > 1:
            return best     # stories preloaded one under another (infinite scroll), each with its <h1>
        return found
    return best


def _shared_ancestor(best, near: list, needed: int, good: dict):
    """The winner's nearest ancestor, within the climb's reach, above `needed` of the near-equals."""
    near_chains = [set(el.iterancestors()) for el in near]
    for level, ancestor in enumerate(best.iterancestors(), 1):
        if ancestor.tag in ("body", "html") or (level > CLIMB_MAX_LEVELS and good.get(best, 0) >= CLIMB_TEASER_CHARS):
            break
        if sum(ancestor in chain for chain in near_chains) >= needed:
            return ancestor
    return best


def _widen(best, good: dict, chars: dict, links: dict, headings: list, first_good: dict):
    """Climb while the parent adds substantial unlinked paragraph text: the article's other
    sections sit beside the winner's wrapper, one level further up. Unlinked headings that come
    after the winner's start count as such text (a listicle's items are a heading each, with a
    line or two under it); those above it are the page's headline and standfirst."""
    steps = 0
    while steps < WIDEN_MAX_LEVELS:
        parent = best.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        extra_good = good.get(parent, 0) - good.get(best, 0)
        if good.get(best, 0) < CLIMB_TEASER_CHARS:     # an intro, not an article: its items may follow
            start = first_good.get(best, 0)
            extra_good += sum(n for i, n, chain in headings if i > start and parent in chain and best not in chain)
        extra_chars = chars.get(parent, 0) - chars.get(best, 0)
        extra_links = links.get(parent, 0) - links.get(best, 0)
        if extra_chars == 0 or (not extra_links and _story_part(parent, extra_chars, headings, good)):
            best = parent   # a bare wrapper, or one part of the story that adds only its subheading: look further up
            continue
        steps += 1
        if extra_good < WIDEN_MIN_SHARE * good.get(best, 0) or extra_links > WIDEN_MAX_LINK_DENSITY * max(extra_chars, 1) \
                or extra_good < WIDEN_MIN_GOOD_SHARE * extra_chars:
            break
        best = parent
    return best


def _story_part(parent, extra_chars: int, headings: list, good: dict) -> bool:
    """A <section> or <div> that opens with a subheading (h2-h6), adds nothing else to the winner in it,
    and has a sibling of its own class with text: one of the parts the story is set in (each a
    "content--body" or a "cmp-text" with its subheading), not the post's wrapper under its title."""
    first = next(iter(parent), None)
    if parent.tag not in ("section", "div") or first is None or first.tag not in ("h2", "h3", "h4", "h5", "h6") \
            or extra_chars != sum(n for _, n, chain in headings if chain[0] is first):
        return False
    cls, grand = parent.get("class"), parent.getparent()
    return bool(cls) and grand is not None and any(el is not parent and el.get("class") == cls and good.get(el, 0)
                                                   for el in grand)


def _text_siblings(best, good: dict, links: dict, chars: dict, alike) -> list:
    """The winner's siblings that hold good text with few links and are `alike` it."""
    return [el for el in best.getparent() if el is not best and good.get(el, 0) and alike(el)
            and links[el] < SIBLING_LINK_DENSITY * chars[el]]


def _continues(best, components: list, links: dict) -> bool:
    """One block of the winner's kind after it, with nothing linked between them (a table or a figure
    the builder set in a block of its own): the story's last part, not a widget beside it."""
    if len(components) != 1:
        return False
    for sibling in best.itersiblings():
        if sibling is components[0]:
            return True
        if links.get(sibling, 0):
            return False
    return False


def locate(blocks: list[RawBlock], root, options: Options) -> Located:
    """The best container (with the siblings that join it) and the blocks inside, in order."""
    votes: dict = {}
    good: dict = {}
    chars: dict = {}
    links: dict = {}
    chains: dict = {}
    headings: list = []     # (position, chars, the elements above) of each unlinked heading
    first_good: dict = {}   # each element's first good block's position
    for position, block in enumerate(blocks):
        owner = block.owner
        chain = chains.get(owner)
        if chain is None:
            chain = chains[owner] = (owner, *owner.iterancestors())
        for el in chain:
            chars[el] = chars.get(el, 0) + block.chars
            links[el] = links.get(el, 0) + block.link_chars
        if block.kind == HEADING and not block.link_chars:
            headings.append((position, block.chars, chain))
        if not is_good(block, options):
            continue
        for el in chain:
            good[el] = good.get(el, 0) + block.chars
            first_good.setdefault(el, position)
        commas = block.text.count(",") + block.text.count("，") + block.text.count("、")
        points = 1 + min(commas, block.chars // CHARS_PER_COMMA) \
            + min(block.chars // CHARS_PER_POINT, MAX_LENGTH_POINTS)
        # A <p> votes for its parent; text directly in a <div> votes for that div.
        start = 1 if owner.tag in ("p", "li", "blockquote", "pre", "td", "dd") or _paragraph_div(owner) else 0
        for level, el in enumerate(chain[start:start + VOTE_LEVELS]):
            votes[el] = votes.get(el, 0.0) + points / (1 if level == 0 else 2 if level == 1 else level * 3)
    if not votes:   # no paragraph anywhere: a tiny page, all of it is the body
        return Located(root, list(blocks))
    scores = {el: (vote + _class_weight(el) * min(1.0, vote / CLASS_WEIGHT)) * (1 - links[el] / max(chars[el], 1))
              for el, vote in votes.items()}
    best = max(scores, key=scores.get)
    top = scores[best]
    best = _climb(best, scores, good)
    while best.tag in TABLE_PARTS and best.getparent() is not None:
        best = best.getparent()     # a table body or row is part of a table, never the whole article
    best = _widen(best, good, chars, links, headings, first_good)
    members = [best]
    parent = best.getparent()
    if parent is not None and best.tag not in ("body", "html"):
        threshold = max(SIBLING_MIN_SCORE, scores.get(best, top) * SIBLING_SHARE)
        family = _family(best)
        components = _text_siblings(best, good, links, chars, lambda el: _family(el) == family) if family else []
        if not components and best.get("class"):
            # a builder's page of blocks of one kind (Mobirise's section.content5), each a part of the
            # story; a sibling with a headline of its own (<h1>) is the next story, not a part
            kind = (best.tag, best.get("class"))
            components = _text_siblings(best, good, links, chars, lambda el: (el.tag, el.get("class")) == kind
                                        and next(el.iter("h1"), None) is None)
        if len(components) < COMPONENT_SIBLINGS and not _continues(best, components, links):
            components = []     # one widget beside the story (a page builder's excerpt) is not a stream of them
        members = []
        for sibling in parent:
            if sibling is best:
                members.append(sibling)
                continue
            score = scores.get(sibling)
            if score is not None and score >= threshold:
                members.append(sibling)
            elif sibling in components:
                members.append(sibling)     # one more of the editor's components (Naver's se-component)
            elif sibling in chars and sibling.tag == "p":
                n, density = chars[sibling], links[sibling] / max(chars[sibling], 1)
                if n >= SIBLING_PARAGRAPH_CHARS and density < SIBLING_LINK_DENSITY:
                    members.append(sibling)
        # What lies between two joined siblings (a subheading, a figure, a short line) joins too.
        order = list(parent)
        joined_set = set(members)
        joined = [i for i, el in enumerate(order) if el in joined_set]
        if len(joined) > 1:
            members = [el for el in order[joined[0]:joined[-1] + 1]
                       if el in joined_set or links.get(el, 0) <= 0.5 * chars.get(el, 0)]
        # A box of unlinked facts right after the story (the event's date, place and price) joins.
        after = order[joined[-1] + 1] if joined and joined[-1] + 1 < len(order) else None
        if after is not None and after in chars and not links.get(after, 0) \
                and chars[after] <= FACT_BOX_MAX_SHARE * chars.get(best, 0) \
                and sum(1 for b in blocks if after in chains[b.owner] and is_good(b, options)) >= FACT_BOX_MIN_LINES:
            members.append(after)
    member_set = set(members)
    inside = [b for b in blocks if any(el in member_set for el in chains[b.owner])]
    return Located(best, inside)
