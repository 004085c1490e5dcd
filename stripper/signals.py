"""Read what the page says about itself before chrome removal: <meta> tags, JSON-LD, <title>,
headings, <time> elements. Plain data out; headline.py and dates.py choose from it."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

from lxml import etree

from .rules import ALL_RULES, attr_regex

__all__ = ["Signals", "collect_signals"]

ARTICLE_TYPES = frozenset((
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
    "techarticle", "socialmediaposting", "liveblogposting", "posting", "report", "review",
    "creativework", "medicalwebpage", "webpage", "itempage", "howto", "recipe", "videoobject",
    "discussionforumposting", "satiricalarticle", "advertisercontentarticle", "askpublicnewsarticle",
    "claimreview", "criticreview"))
_JSON_CONTROL = re.compile(r"[\x00-\x1f]")
_OTHER_DATE_WORDS = ("datum", "fecha", "tarih", "tanggal")     # 'date' in cs/de/nl/sv, es, tr, id
_DATE_CLASS = re.compile(r"(?<![a-z0-9])(?:date|time|datetime|timestamp|pubdate|published|post-date|entry-date|"
                         + "|".join(_OTHER_DATE_WORDS) + r")(?![a-z0-9])", re.I)
# The site's clock in its header or top bar (span.top-header__date, div.header_date, .topbar-today-date):
# the day of the visit. An article's own header date (article-header__date) is not one.
_SITE_CLOCK = re.compile(r"(?<![a-z0-9])(?<!article-)(?<!story-)(?<!post-)(?<!entry-)"
                         r"(?:today|current[-_]?date|top[-_]*(?:header|bar|strip|nav)?[-_]*date"
                         r"|(?:header|masthead|topbar)[-_]*(?:top[-_]*)?date)", re.I)
_LIST_OR_ASIDE = frozenset(("li", "aside", "nav", "footer"))

_LEADING_SEPARATORS = re.compile(r"^[\s:|/·•\-\u2013\u2014]+")
# Parts of a heading that are not the headline: a kicker, the topic label printed inside the
# headline's element (<h1><span class="headline__kicker">Harbour:</span> Ferry fares rise</h1>), a
# repository's field label (<h1><span class="descriptor">Title:</span>…</h1>), and
# what the heading-permalinks row names (a '¶' mark, a wiki's '[edit]' link).
_NOT_HEADLINE = re.compile(attr_regex(
    "kicker|overline|eyebrow|dachzeile|topline|roofline|supertitle|pretitle|descriptor|"
    + next(rule.pattern for rule in ALL_RULES if rule.name == "heading-permalinks") + "|"
    + next(rule.pattern for rule in ALL_RULES if rule.name == "hidden-helpers")))   # a hidden span: no reader sees it
DATE_LABEL_MIN_CHARS = 6     # a date label is short, but shorter text holds no full date ...
DATE_LABEL_MAX_CHARS = 60    # ... "2020年07月12日", "March 3, 2024 at 10:15"


@dataclass
class JsonLdArticle:
    type: str
    headline: str | None = None
    date_published: str | None = None
    date_created: str | None = None
    date_modified: str | None = None
    body: str | None = None
    author: str | None = None
    publisher: str | None = None
    in_language: str | None = None


@dataclass
class Signals:
    meta: dict = field(default_factory=dict)          # lower-cased name/property/itemprop -> first content
    jsonld: list = field(default_factory=list)        # JsonLdArticle, page order
    title: str | None = None                          # <title>
    headings: list = field(default_factory=list)      # (element, level, text, the elements above it as
                                                      # parsed, before chrome removal) of h1 to h3, page order
    times: list = field(default_factory=list)         # (element, datetime or text)
    date_labels: list = field(default_factory=list)   # short texts of elements whose class or id names a date
    entry_titles: list = field(default_factory=list)  # (element, text, the elements above it) of elements
                                                      # whose class names the entry's title (h2.entry-title)
    home_link_texts: list = field(default_factory=list)   # texts of links to the site's front page
    canonical: str | None = None                      # <link rel="canonical">: the page's own address
    lang: str | None = None

    def first_article(self) -> JsonLdArticle | None:
        """The JSON-LD object that describes the article (not the web page around it)."""
        return next((j for j in self.jsonld if j.type != "webpage"), None) or (self.jsonld[0] if self.jsonld else None)

    def language(self) -> str | None:
        article = self.first_article()
        value = self.lang or self.meta.get("og:locale") or self.meta.get("content-language") \
            or self.meta.get("language") or (article.in_language if article else None)
        return value.replace("_", "-").split(",")[0].strip() or None if value else None

    def site_name(self) -> str | None:
        article = self.first_article()
        return self.meta.get("og:site_name") or (article.publisher if article else None) \
            or self.meta.get("application-name")


# The class a theme gives the post's own title, whatever the tag: h2.entry-title under a site-name
# <h1>, div.entry-title, h1.article__headline, Joomla's td.contentheading; not a teaser card's
# 'article-card__title'.
_ENTRY_TITLE_CLASS = re.compile(r"(?:^|\s)(?:(?:entry|post|article|story)(?:-|_|__)(?:title|headline)|contentheading)(?:\s|$)")


# Marks a reader never sees: a soft hyphen (&shy;, where a long word may break), a zero-width
# space (the same, for a slash or a URL), a word joiner and a stray byte-order mark.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def visible(text: str) -> str:
    """The text without those marks (a regex: str.translate is five times slower on non-ASCII text)."""
    return _INVISIBLE.sub("", text)


def _text(el) -> str:
    return " ".join(visible("".join(el.itertext())).split())


def _heading_text(el) -> str:
    """A heading's text without its kicker ('Harbour:' in a span inside the <h1>) or its permalink
    mark ('¶'): the headline as printed is what remains. A line break is a space ('La dernière
    saison<br>des bergers')."""
    if el.find(".//br") is None and \
            not any(isinstance(d.tag, str) and _NOT_HEADLINE.search(_attrs(d)) for d in el.iterdescendants()):
        return _text(el)
    parts, skipping = [], None
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if skipping is None and node is not el and isinstance(node.tag, str) and _NOT_HEADLINE.search(_attrs(node)):
                skipping = node
            elif skipping is None and node.tag == "br":
                parts.append(" ")
            elif skipping is None and isinstance(node.tag, str) and node.text:
                parts.append(node.text)
        else:
            if node is skipping:
                skipping = None
            if skipping is None and node is not el and node.tail:
                parts.append(node.tail)
    return _LEADING_SEPARATORS.sub("", " ".join(visible("".join(parts)).split()))   # "Kicker: Headline" leaves ": Headline"


_EPOCH_ATTRS = ("data-timestamp", "data-published-at", "data-time", "data-epoch", "data-unix-time", "data-date")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")


def _epoch(el) -> str | None:
    """An empty <time> or datePublished element that a script fills from an epoch it carries
    (data-timestamp="1718127000000", in milliseconds, or in seconds): that instant, in UTC."""
    for name in _EPOCH_ATTRS:
        value = (el.get(name) or "").strip()
        if _EPOCH.fullmatch(value):
            seconds = int(value) / (1000 if len(value) == 13 else 1)
            return datetime.fromtimestamp(seconds, timezone.utc).isoformat()
    return None


def _names_other_date_word(cls: str) -> bool:
    """The cheap first test for those words: substrings of the lowered class (a regex search on
    every element's class cost 0.6 ms a page)."""
    low = cls.lower()
    return any(word in low for word in _OTHER_DATE_WORDS)


def _attrs(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _in_list_or_aside(el) -> bool:
    """Under a list item, aside, menu or footer; but a <footer> inside the <article> is the
    article's own meta line (Drupal's footer.node__meta: 'By X, 5 March 2024')."""
    ancestors = list(el.iterancestors())
    for i, a in enumerate(ancestors):
        if a.tag in _LIST_OR_ASIDE and not (a.tag == "footer" and any(b.tag == "article" for b in ancestors[i + 1:])):
            return True
    return False


def _name(value) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    return _unicode(value.strip()) if isinstance(value, str) and value.strip() else None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _unicode(text: str) -> str:
    """JSON escapes such as \\ud800 decode to lone surrogates, which no UTF-8 writer accepts."""
    return _SURROGATE.sub("\ufffd", text)


def _str(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return _unicode(value.strip()) if isinstance(value, str) and value.strip() else None


def _objects(data):
    """Every JSON object in a JSON-LD document, @graph and nesting included."""
    todo = [data]
    seen = 0
    while todo and seen < 500:
        item = todo.pop(0)
        seen += 1
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            yield item
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
                value = item.get(key)
                if isinstance(value, (list, dict)):
                    todo.append(value)


_WRAPPERS = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")


def _jsonld(script_text: str) -> list[JsonLdArticle]:
    script_text = _WRAPPERS.sub("", script_text)     # CMSs wrap JSON-LD in CDATA or comments
    try:
        data = json.loads(script_text)
    except RecursionError:       # nested thousands deep: no article metadata is that deep
        return []
    except ValueError:
        try:
            data = json.loads(_JSON_CONTROL.sub(" ", script_text))
        except (ValueError, RecursionError):
            return []
    found = []
    for obj in _objects(data):
        types = obj.get("@type")
        types = types if isinstance(types, list) else [types]
        kinds = [t.lower() for t in types if isinstance(t, str)]
        kind = next((k for k in kinds if k in ARTICLE_TYPES), None)
        if kind is None:
            continue
        found.append(JsonLdArticle(
            type=kind, headline=_str(obj.get("headline")) or (_str(obj.get("name")) if kind != "webpage" else None),
            date_published=_str(obj.get("datePublished")), date_created=_str(obj.get("dateCreated")),
            date_modified=_str(obj.get("dateModified")), body=_str(obj.get("articleBody")),
            author=_name(obj.get("author")), publisher=_name(obj.get("publisher")),
            in_language=_str(obj.get("inLanguage"))))
    return found


def _logo_alt(link) -> str:
    """The site's name on a logo link with no text: its image's alt text."""
    img = link.find(".//img")
    return " ".join((img.get("alt") or "").split()) if img is not None else ""


def _to_front_page(href: str | None) -> bool:
    """A link to the site's front page: "/", "./", "https://host/" (the logo, "Home")."""
    return bool(href) and (href in ("/", "./") or (
        href.startswith("http") and href.count("/") <= 3 and (href.endswith("/") or href.count("/") == 2)))


def collect_signals(root) -> Signals:
    sig = Signals(lang=root.get("lang") or root.get("xml:lang"))     # xml:lang on an XHTML page
    meta = sig.meta
    for el in root.iter("meta", "title", "script", "h1", "h2", "h3", "time", "link", "a"):
        tag = el.tag
        if tag == "a":
            if _to_front_page(el.get("href")):
                text = _text(el) or _logo_alt(el)
                if text:
                    sig.home_link_texts.append(text)
        elif tag == "link":
            if sig.canonical is None and "canonical" in (el.get("rel") or "").lower().split():
                sig.canonical = (el.get("href") or "").strip() or None
        elif tag == "meta":
            keys = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
            content = el.get("content")
            if keys and content and content.strip():
                for key in keys.lower().split():      # property="dc:title og:title" names two
                    meta.setdefault(key, visible(content).strip())
        elif tag == "title":
            if sig.title is None:
                sig.title = _text(el) or None
        elif tag == "script":
            if (el.get("type") or "").strip().lower() == "application/ld+json" and el.text:
                sig.jsonld.extend(_jsonld(el.text))
        elif tag == "time":
            value = el.get("datetime") or el.get("content") or _text(el) or _epoch(el)
            if value:
                sig.times.append((el, value.strip()))
        else:
            text = _heading_text(el)
            if text:
                sig.headings.append((el, int(tag[1]), text, tuple(el.iterancestors())))
    for el in root.iter(etree.Element):     # one walk in Python: a third of the time of XPath's contains()
        cls, ident = el.get("class"), el.get("id")
        if cls is not None and ("title" in cls or "headline" in cls or "contentheading" in cls) \
                and _ENTRY_TITLE_CLASS.search(cls):
            text = _heading_text(el)
            if text:
                sig.entry_titles.append((el, text, tuple(el.iterancestors())))
        if (cls is not None and ("date" in cls or "time" in cls or "Date" in cls or "ublish" in cls
                                 or _names_other_date_word(cls))) \
                or (ident is not None and "date" in ident):
            names = f"{cls or ''} {ident or ''}"
            if _DATE_CLASS.search(names) and "comment" not in names.lower() and not _SITE_CLOCK.search(names) \
                    and not _in_list_or_aside(el):     # span.comment_date: a reader's
                text = _text(el)
                if DATE_LABEL_MIN_CHARS <= len(text) <= DATE_LABEL_MAX_CHARS:
                    sig.date_labels.append(text)
        prop = el.get("itemprop")     # the <meta> tags were all read above, so they come first
        if prop in ("datePublished", "dateCreated", "headline", "dateModified") and el.tag != "meta":
            value = el.get("content") or el.get("datetime") or (el.get("title") if el.tag == "abbr" else None) \
                or _text(el) or (_epoch(el) if prop != "headline" else None)
            if value:
                meta.setdefault(prop.lower(), value.strip())
    return sig
