"""Property-based tests: mutated pages never break the contract.

Hypothesis takes a real page (every fixtures/*/page.html, the fuzz seeds, and an inline page
when neither exists) and mutates it: truncation at a random byte, deleted, duplicated and
shuffled byte ranges, inserted tags (open, close, unclosed, misnested), flipped bytes, NUL bytes,
random bytes, a re-encoding (UTF-16/32, legacy code pages, a lying <meta charset>), and str
instead of bytes. For every mutant, extract() returns an Article or raises a StripperError that
is not the ExtractionError safety net, in bounded time.

Bounded for CI: 200 + 100 + 60 examples, no per-example deadline (the machine is shared), but
every example must finish within EXAMPLE_BUDGET_S.
"""
from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

import stripper
from stripper import Article, Options, StripperError
from stripper.errors import ExtractionError

ROOT = Path(__file__).resolve().parent.parent
OPTIONS = Options(reference_date="2026-01-01")
EXAMPLE_BUDGET_S = 10.0
INLINE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Council approves the bridge | News</title>"
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Council approves the bridge\","
    "\"datePublished\":\"2024-05-01\"}</script></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>Council approves the bridge</h1><p>The council voted on Tuesday to approve the new bridge, "
    "ending years of debate.</p><div class='share'>Share</div><p>Construction begins next spring and lasts "
    "two years, officials said.</p><ul><li>Cost: 12m</li><li>Length: 300 m</li></ul></article>"
    "<footer>© 2024 News</footer></body></html>").encode("utf-8")


def _pages() -> list[bytes]:
    pages = [p.read_bytes() for p in sorted((ROOT / "fixtures").glob("*/page.html"))]
    pages += [p.read_bytes() for p in sorted((ROOT / "fuzz" / "seeds").glob("*")) if p.is_file()]
    return pages or [INLINE]


PAGES = _pages()
TAGS = ["div", "p", "span", "article", "main", "section", "table", "tr", "td", "li", "ul", "h1", "h2", "a",
        "script", "style", "noscript", "template", "iframe", "frameset", "frame", "noframes", "svg", "math",
        "title", "head", "body", "html", "meta", "br", "pre", "blockquote", "time", "font", "b", "form",
        "textarea", "select", "option", "plaintext", "xmp", "nav", "aside", "footer"]
ATTRS = ["", ' class="share-bar"', ' class="entry-content"', ' id="comments"', ' style="display:none"',
         ' role="navigation"', ' itemprop="articleBody"', ' hidden', ' datetime="2024-05-01"',
         ' content="2024-13-45"', ' charset="utf-16"', ' class="' + "ad-" * 50 + '"', " x='<div>'"]
ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "cp1251", "shift_jis",
             "gb18030", "koi8-r", "iso-8859-7"]


@st.composite
def tags(draw) -> bytes:
    tag = draw(st.sampled_from(TAGS))
    kind = draw(st.sampled_from(["open", "close", "pair", "selfclose", "broken"]))
    attrs = draw(st.sampled_from(ATTRS))
    text = draw(st.text(max_size=40))
    markup = {"open": f"<{tag}{attrs}>", "close": f"</{tag}>", "pair": f"<{tag}{attrs}>{text}</{tag}>",
              "selfclose": f"<{tag}{attrs}/>", "broken": f"<{tag}{attrs}"}[kind]
    return markup.encode("utf-8", "surrogatepass")


@st.composite
def mutations(draw, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        n = len(data)
        at = draw(st.integers(0, n))
        end = draw(st.integers(at, min(n, at + 4096)))
        op = draw(st.sampled_from(["truncate", "delete", "duplicate", "tag", "tags", "flip", "nul", "random",
                                   "move", "repeat"]))
        if op == "truncate":
            data = data[:at]
        elif op == "delete":
            del data[at:end]
        elif op == "duplicate":
            data[at:at] = data[at:end]
        elif op == "tag":
            data[at:at] = draw(tags())
        elif op == "tags":
            data[at:at] = b"".join(draw(st.lists(tags(), min_size=1, max_size=30)))
        elif op == "flip":
            for i in draw(st.lists(st.integers(0, max(n - 1, 0)), max_size=20)):
                if i < len(data):
                    data[i] ^= draw(st.integers(1, 255))
        elif op == "nul":
            data[at:at] = b"\x00" * draw(st.integers(1, 64))
        elif op == "random":
            data[at:at] = draw(st.binary(max_size=512))
        elif op == "move":
            chunk = data[at:end]
            del data[at:end]
            to = draw(st.integers(0, len(data)))
            data[to:to] = chunk
        elif op == "repeat":
            data[at:at] = draw(st.sampled_from([b"<div>", b"<b>", b"<table>", b"<!--", b"<![CDATA[", b"</p>", b"&#x"]
                                               )) * draw(st.integers(100, 3000))
    return bytes(data)


def check(source) -> None:
    started = time.monotonic()
    try:
        result = stripper.extract(source, url="https://example.com/2024/05/01/story", options=OPTIONS)
    except ExtractionError as exc:
        raise AssertionError(f"internal failure {exc.__cause__!r}") from exc
    except StripperError as exc:
        assert str(exc)
    else:
        assert isinstance(result, Article)
        assert isinstance(result.body, str) and "\x00" not in result.body
        result.to_json().encode("utf-8")          # valid Unicode: no lone surrogates
        result.to_markdown().encode("utf-8")
    assert time.monotonic() - started < EXAMPLE_BUDGET_S


COMMON = dict(deadline=None, derandomize=False, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@settings(max_examples=200, **COMMON)
@given(st.data())
def test_mutated_bytes(data):
    page = data.draw(st.sampled_from(PAGES), label="page")
    check(data.draw(mutations(page), label="mutant"))


@settings(max_examples=100, **COMMON)
@given(st.data())
def test_mutated_str(data):
    page = data.draw(st.sampled_from(PAGES), label="page")
    mutant = data.draw(mutations(page), label="mutant")
    check(mutant.decode(data.draw(st.sampled_from(["utf-8", "latin-1", "utf-16-le"])), "replace"))


@settings(max_examples=60, **COMMON)
@given(st.data())
def test_reencoded(data):
    page = data.draw(st.sampled_from(PAGES), label="page")
    text = page.decode("utf-8", "replace")
    if data.draw(st.booleans(), label="lying meta"):
        text = text.replace("<head>", f'<head><meta charset="{data.draw(st.sampled_from(ENCODINGS))}">', 1)
    encoded = text.encode(data.draw(st.sampled_from(ENCODINGS), label="encoding"), "replace")
    if data.draw(st.booleans(), label="truncate"):
        encoded = encoded[:data.draw(st.integers(0, len(encoded)))]
    check(encoded)
