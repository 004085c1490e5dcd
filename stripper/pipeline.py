"""extract(): every stage, in order, on one screen.

bytes -> text -> tree -> signals read -> chrome removed -> blocks -> body located -> body
assembled -> headline and date picked -> Article."""
from __future__ import annotations

import time

from .article import Article, join_blocks
from .blocks import walk_blocks
from .body import assemble, byline_zone, jsonld_blocks
from .chrome import remove_chrome, remove_concept, apply_site_rules
from .dates import DATE_CONCEPTS, pick_date, reference_day
from .errors import ExtractionError, InputTooLargeError, StripperError, TimeLimitError
from .headline import pick_headline
from .locate import locate
from .options import Options
from .parse import to_tree, source_text
from .signals import collect_signals

__all__ = ["extract", "explain"]

DEFAULT_OPTIONS = Options()
HTMLDATE_MAX_CHARS = 2 * 1024 * 1024   # htmldate reads this much of the page: 50 MB took it 23 s and 500 MB


class _Clock:
    def __init__(self, limit_s: float | None):
        self.limit_s, self.start = limit_s, time.monotonic()

    def check(self, stage: str) -> None:
        if self.limit_s is not None and time.monotonic() - self.start > self.limit_s:
            raise TimeLimitError(f"over the time limit of {self.limit_s} s after {stage}")


def _run(source, url, options: Options, record: list | None, clock: _Clock | None = None,
         keep_noscript: bool = False) -> Article:
    clock = clock or _Clock(options.time_limit_s)
    texts_of = None if record is not None else DATE_CONCEPTS    # explain() shows every removal's text
    record = [] if record is None else record      # removals: --explain, and bylines for the date
    root = to_tree(source, options)                                   # bytes -> text -> tree
    if keep_noscript:
        for el in root.iter("noscript"):
            el.tag = "div"          # read like any other block by chrome removal
    clock.check("parsing")
    signals = collect_signals(root)                                   # metadata before chrome goes
    clock.check("reading metadata")
    apply_site_rules(root, url, options, record)
    remove_chrome(root, options, record=record, texts_of=texts_of)    # chrome removed
    clock.check("chrome removal")
    body_root = root.find("body")
    raw = walk_blocks(body_root if body_root is not None else root)   # text blocks
    clock.check("splitting the page into text blocks")
    located = locate(raw, root, options)                              # body located
    clock.check("scoring the containers")
    headline = pick_headline(signals, located.container)              # headline picked
    article = signals.first_article()
    author = (article.author if article else None) or signals.meta.get("author")
    blocks = assemble(located.blocks, headline, options, record=record, author=author)
    if _short(blocks, options):
        blocks = jsonld_blocks(signals, options) or blocks            # structured body as fallback
    if _short(blocks, options) and not keep_noscript and _noscript_text(to_tree(source, options)):
        retry: list = []                                              # a page that writes its story with a
        fallback = _run(source, url, options, retry, clock, keep_noscript=True)   # script, and in <noscript>
        if len(fallback.body) > len(join_blocks(blocks)):
            record[:] = retry
            return fallback
    if _short(blocks, options) and not options.include_captions:      # a photo gallery: its captions
        retry = []                                                    # are all the text it has
        gallery = _run(source, url, options.replace(include_captions=True), retry, clock, keep_noscript)
        if len(gallery.body) > len(join_blocks(blocks)):
            record[:] = retry
            return gallery
    clock.check("locating the body")
    date = pick_date(signals, url, reference_day(options.reference_date), record,
                     fallback=(lambda: _htmldate(source, url, options)) if options.use_htmldate_fallback else None,
                     byline_zone=byline_zone(raw, headline))
    clock.check("picking the date")
    return Article(
        headline=headline, date=date, body=join_blocks(blocks), url=url, author=author,
        language=signals.language(), site_name=signals.site_name(), blocks=tuple(blocks))


def _noscript_text(root) -> bool:
    """Whether a <noscript> of the page as parsed holds text. Asked of a fresh parse, and only of a
    page whose body came out short: chrome removal has taken the <noscript> elements out of the first."""
    return any("".join(el.itertext()).strip() for el in root.iter("noscript"))


def _short(blocks, options: Options) -> bool:
    return not blocks or sum(len(b.text) for b in blocks) < options.min_body_chars


def _htmldate(source, url, options: Options) -> str | None:
    text = source_text(source)
    if text is None:
        return None
    try:
        found = _htmldate_search(text, url, options, extensive=True)
        # htmldate's search of the text answers the 1st when all it found was a month ("/2024/05/"
        # in an image's path): a day on the 1st counts only when its markup search finds it too.
        if found and found.endswith("-01") and not found.endswith("-01-01") \
                and _htmldate_search(text, url, options, extensive=False) != found:
            return None
    except Exception:   # a last-resort guess from a third party must never fail the page
        return None
    # htmldate answers January 1st when all it found was a year (a copyright line): no date is
    # better than a wrong one.
    return None if found and found.endswith("-01-01") else found


def _htmldate_search(text: str, url, options: Options, extensive: bool) -> str | None:
    from htmldate import find_date   # imported on first need: most pages never get this far
    # A tree, not text: given a str that starts with "http", htmldate downloads it.
    tree = to_tree(text[:HTMLDATE_MAX_CHARS], options, html_elements=True)   # htmldate wants HtmlElement
    remove_concept(tree, "clock")   # a header's today's-date display is the one date htmldate must not see
    return find_date(tree, url=url, extensive_search=extensive, original_date=True, outputformat="%Y-%m-%d",
                     max_date=reference_day(options.reference_date).isoformat())


def extract(html, url: str | None = None, options: Options = DEFAULT_OPTIONS) -> Article:
    """The headline, date and body of a saved page. Raises a StripperError subclass when the
    input is not a page that can be read (empty, not HTML, undecodable, too large, too slow)."""
    return _guarded(html, url, options, None)


def explain(html, url: str | None = None, options: Options = DEFAULT_OPTIONS):
    """Like extract(), and also the list of Removal records: every block that went, and why."""
    record: list = []
    article = _guarded(html, url, options, record)
    return article, record


def _guarded(source, url, options: Options, record: list | None) -> Article:
    """_run, with the promise kept: nothing but StripperError comes out (an internal failure is
    wrapped in ExtractionError, the original exception chained as its __cause__)."""
    try:
        return _run(source, url, options, record)
    except StripperError:
        raise
    except MemoryError as exc:
        raise InputTooLargeError("the page needs more memory than is available") from exc
    except RecursionError as exc:
        raise ExtractionError("the page is nested too deeply to process (RecursionError)") from exc
    except Exception as exc:
        raise ExtractionError(f"internal error on this page, please report it: {type(exc).__name__}: "
                              f"{str(exc)[:200]}") from exc
