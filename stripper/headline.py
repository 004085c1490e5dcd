"""The headline, from a written-down precedence:

1. a visible heading that agrees with what the page's metadata calls its title (JSON-LD
   headline, Dublin Core, og:title, <title>, twitter:title): the headline as printed. Tried in
   this order: an <h1> near the article's container, any <h1>, an <h2> near it, any <h2>, an
   <h3> near it. A heading that is only the site-name part of the title does not agree, and one
   that is only a short segment of a title beside longer ones agrees after all the others; a
   heading of a kicker span and a headline span, under a title "Kicker: Headline", gives the
   headline span;
2. the only <h1> in the article's surroundings (a few levels above the body container) that is
   not the site's name, when it shares half its words with a metadata title, or has the words of
   a sentence (an SEO or social title rewritten for search), or when every metadata title is only
   the site's name (a <title> that never changes from page to page); with no such <h1>, the
   first element there whose class names the entry's title (h2.entry-title, div.post-title),
   when it has the words of a sentence or agrees with a metadata title;
3. the metadata title, without a site-name segment;
4. the first plausible <h1>.
"""
from __future__ import annotations

import re
import unicodedata

from .signals import Signals

__all__ = ["pick_headline", "strip_site_name"]

# Each alternative may start only where a whitespace run starts, so a long run costs linear time.
_SEPARATORS = re.compile(r"(?<!\s)\s+(?:\||-|–|—|::|·|»|/|•|~)\s+|(?<!\s)\s*\|\s*")
MIN_HEADLINE_CHARS = 8       # shorter headings are labels or logos
MAX_HEADLINE_CHARS = 300     # longer "headings" are paragraphs in heading tags
HEADLINE_ANCESTOR_LEVELS = 3 # an <h1> under this many levels above the article's container heads it
MIN_WORD_OVERLAP = 0.5       # ... when it shares this share of its words with a metadata title
MAIN_CLAUSE_MIN_WORDS = 4    # ... or its part before a colon does, when that part has this many words
SITE_NAME_MAX_WORDS = 3      # a heading this short may be the site's name when the title says so
SITE_SEGMENT_MAX_WORDS = 5   # a trailing title segment this short may be the site's name
REWRITTEN_TITLE_MIN_WORDS = 5  # a lone <h1> this long over the story is its printed headline, though
                               # the metadata title (written for search) shares few of its words


META_TITLE_KEYS = ("dc:title", "dcterm:title", "dcterms:title", "dc.title", "og:title", "weibo:article:title",
                   "weibo:webpage:title", "title", "twitter:title", "parsely-title", "sailthru.title", "headline")


def _norm(text: str) -> str:
    """For comparing headings with titles: case, quotes, dashes and diacritics (Arabic harakat,
    accents) do not count; an h1 may vowel a word its title leaves bare."""
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\u2018\u2019\u201a\u201b`´]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\u201f]", '"', text)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return " ".join(text.split())


def _agree(heading: str, title: str) -> bool:
    h, t = _norm(heading), _norm(title)
    if not h or not t:
        return False
    if h == t:
        return True
    if t.startswith(h):     # "Headline | Site", or a heading cut short; but in "Site: Headline" the
        return not t[len(h):].lstrip().startswith(":")     # part before the colon is not the headline
    if t.endswith(h):       # "Site: Headline" agrees; in "Headline | Site" the shorter end is the site
        return len(t) - len(h) < len(h)
    if h.startswith(t):      # a shortened social or SEO title
        return True
    hw, tw = set(re.findall(r"\w+", h)), set(re.findall(r"\w+", t))
    return bool(hw) and len(hw & tw) >= 0.8 * max(len(hw), 1) and len(hw & tw) >= 0.6 * len(tw)


def _names_site(heading: str, titles, site_names) -> bool:
    """The heading is the site's name: og:site_name, or a short segment of a title beside a longer one."""
    h = _norm(heading)
    if any(h == _norm(n) for n in site_names if n):
        return True
    for title in titles:
        parts = [_norm(p) for p in _SEPARATORS.split(title) if p.strip()]
        if len(parts) > 1 and h in parts and len(h) < max(len(p) for p in parts) \
                and len(h.split()) <= SITE_NAME_MAX_WORDS:
            return True
    return False


# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Chinese, Japanese).
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _terms(text: str) -> set:
    """Words; for a script without spaces, pairs of adjacent characters stand in for words."""
    text = _norm(text)
    if _UNSPACED.search(text):
        chars = [c for c in text if c.isalnum()]
        return {a + b for a, b in zip(chars, chars[1:])}
    return set(re.findall(r"\w+", text))


def _overlap(a: str, b: str) -> float:
    """Share of the terms of `a` that `b` has too."""
    aw, bw = _terms(a), _terms(b)
    return len(aw & bw) / len(aw) if aw else 0.0


def _and_its_main_clause(heading: str) -> tuple:
    """The heading, and its part before a colon when a quote or tag line follows it ("Farmers flood
    their land: 'We have to do something'"): metadata titles often keep only that part."""
    head, colon, _ = heading.partition(": ")
    return (heading, head) if colon and len(head.split()) >= MAIN_CLAUSE_MIN_WORDS else (heading,)


def strip_site_name(title: str, site_names=()) -> str:
    """'Headline | Site' -> 'Headline'. A segment goes when it names the site, or when it is a
    short end segment beside a much longer one. 'Site: Headline' loses the site's name too."""
    names = {_norm(n) for n in site_names if n}
    site, colon, rest = title.partition(": ")
    if colon and rest.strip() and _norm(site) in names:
        title = rest
    parts = _SEPARATORS.split(title)
    if len(parts) == 1:
        return title.strip()
    kept = [p for p in parts if _norm(p) not in names and p.strip()]
    if kept and len(kept) < len(parts):
        if len(kept) == 1:
            return kept[0].strip()
        parts = kept
    # Otherwise drop short first/last segments if the remaining one is clearly the headline.
    longest = max(parts, key=len)
    others = [p for p in parts if p is not longest]
    if all(len(p.split()) <= SITE_SEGMENT_MAX_WORDS for p in others) and len(longest.split()) >= 4:
        if parts[0] is longest or parts[-1] is longest:
            return longest.strip()
    return title.strip()


def _after_kicker_child(el, titles) -> str | None:
    """<h2><span>Sleep researcher</span><span>'Waking at night is normal'</span></h2> under a title
    "Sleep researcher: 'Waking at night is normal'": the first child is a kicker, printed on a line of
    its own over the headline, the rest is the headline."""
    children = [child for child in el if isinstance(child.tag, str)]
    if len(children) < 2 or (el.text or "").strip():
        return None
    kicker = _norm("".join(children[0].itertext()))
    rest = " ".join("".join("".join(child.itertext()) + (child.tail or "") for child in children[1:]).split())
    for title in titles:
        head, colon, tail = strip_site_name(title).partition(": ")
        if colon and kicker and _norm(head) == kicker and _norm(tail) == _norm(rest):
            return rest
    return None


def _plausible(el, text: str, ancestors) -> bool:
    """Not a label or a paragraph; not in a menu, footer or sidebar; not in a copy hidden from
    screen readers (aria-hidden: the sticky bar that repeats a short title while one scrolls)."""
    if not MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS or el.get("aria-hidden") == "true":
        return False
    for a in ancestors:
        if a.tag in ("nav", "footer", "aside") or a.get("aria-hidden") == "true":
            return False
    return True


def pick_headline(sig: Signals, container=None) -> str | None:
    article = next((j for j in sig.jsonld if j.headline and j.type != "webpage"), None)
    meta_titles = [t for t in (
        article.headline if article else None,
        *(sig.meta.get(key) for key in META_TITLE_KEYS), sig.title) if t]
    site_names = [sig.meta.get("og:site_name"), sig.meta.get("application-name"),
                  article.publisher if article else None]
    site_keys = {_norm(name) for name in site_names if name}
    candidates = [h for h in sig.headings if _plausible(h[0], h[2], h[3])]
    near = set()        # the container and the few levels above it: what stands under them is close
    if container is not None:
        near = {a for _, a in zip(range(HEADLINE_ANCESTOR_LEVELS), container.iterancestors())}
        near.add(container)
    # Where the heading stood as parsed: a feature's hero <h1>, printed over its photo, went out
    # with the photo's caption.
    close = [h for h in candidates if not near.isdisjoint(h[3])]
    # The article's own heading first (a blog's name may stand in a page-top <h1>), then any.
    # A heading that is only a short segment of a title beside a longer one ("News Flash" in "News
    # Flash • Brookhaven • CivicEngage": a module's name over the story's <h3>) agrees last.
    for segments_too in (False, True):
        for pool, wanted_level in ((close, 1), (candidates, 1), (close, 2), (candidates, 2), (close, 3)):
            for el, level, text, _ in pool:
                if level == wanted_level and any(_agree(text, t) for t in meta_titles) \
                        and _norm(text) not in site_keys \
                        and (segments_too or not _names_site(text, meta_titles, ())):
                    return _after_kicker_child(el, meta_titles) or text     # (site_keys: the blog's name
                                                                             # in "Blog — Post title")
    h1s = [text for el, level, text, _ in candidates if level == 1]
    if container is not None:
        above = [text for el, level, text, _ in close
                 if level == 1 and not _names_site(text, meta_titles, site_names)]
        site_texts = site_keys | {_norm(text) for text in sig.home_link_texts}
        if len(set(above)) == 1 and (
                len(_terms(above[0])) >= REWRITTEN_TITLE_MIN_WORDS
                or all(_norm(t) in site_texts for t in meta_titles)
                or any(_overlap(part, t) >= MIN_WORD_OVERLAP
                       for t in meta_titles for part in _and_its_main_clause(above[0]))):
            return above[0]
        if not above:     # no <h1> over the story but the site's: what the theme names the entry's title
            named = [(el, text) for el, text, anc in sig.entry_titles
                     if not near.isdisjoint(anc) and _plausible(el, text, anc)]
            if named and not _names_site(named[0][1], meta_titles, site_names) and (
                    len(_terms(named[0][1])) >= REWRITTEN_TITLE_MIN_WORDS
                    or any(_agree(named[0][1], t) for t in meta_titles)):
                return named[0][1]
    for title in meta_titles:
        cleaned = strip_site_name(title, [*site_names, *sig.home_link_texts])
        if cleaned:
            return cleaned
    return h1s[0] if h1s else None
