"""The public surface: exports, the Article's formats, errors, inputs, threads."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from lxml import html as lxml_html

import stripper

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "wordpress-amp-seed" / "page.html"
PAGE = ("<html><head><title>Harbour plan | News</title></head><body><article><h1>Harbour plan</h1>"
        + "".join(f"<p>Paragraph {i} about the harbour plan and the budget it needs this year.</p>" for i in range(3))
        + "<h2>What next</h2><ul><li>Survey the pier</li><li>Hire a contractor</li></ul>"
        "<blockquote><p>We will finish by spring, said the engineer.</p></blockquote>"
        "</article></body></html>")


def test_all_is_complete_and_sorted():
    public = {name for name in dir(stripper) if not name.startswith("_")}
    modules = {"article", "blocks", "body", "chrome", "cli", "dates", "decode", "errors", "headline",
               "locate", "options", "parse", "pipeline", "rules", "signals", "batch", "records", "ray",
               "datatrove"}
    assert set(stripper.__all__) == public - modules
    assert stripper.__all__ == sorted(stripper.__all__)


def test_errors_share_one_base():
    for name in ("EmptyInputError", "NotHTMLError", "DecodeError", "InputTooLargeError", "TimeLimitError"):
        assert issubclass(getattr(stripper, name), stripper.StripperError)
    with pytest.raises(stripper.EmptyInputError):
        stripper.extract(b"   ")
    with pytest.raises(stripper.NotHTMLError):
        stripper.extract(b"%PDF-1.7 binary")


def test_formats():
    article = stripper.extract(PAGE)
    assert article.body.split("\n\n")[-3:] == ["What next", "Survey the pier\nHire a contractor",
                                              "We will finish by spring, said the engineer."]
    data = json.loads(article.to_json())
    assert data["headline"] == "Harbour plan" and data["body"] == article.body
    markdown = article.to_markdown()
    assert markdown.startswith("# Harbour plan\n")
    assert "## What next" in markdown and "- Survey the pier\n- Hire a contractor" in markdown
    assert "> We will finish by spring" in markdown
    assert article.to_text().startswith("Harbour plan\n\n")


def test_inputs_of_every_kind_agree():
    expected = stripper.extract(PAGE.encode("utf-8"))
    assert stripper.extract(PAGE) == expected
    tree = lxml_html.fromstring(PAGE)
    before = lxml_html.tostring(tree)
    assert stripper.extract(tree) == expected
    assert lxml_html.tostring(tree) == before, "the caller's tree must not change"
    assert stripper.extract(BeautifulSoup(PAGE, "html.parser")) == expected


@pytest.mark.parametrize("page", [
    # React's streamed rendering: the story's last part waits in a hidden segment at the end
    "<html><body><article><h1>Harbour plan</h1>"
    + "".join(f"<p>Paragraph {i} about the harbour plan and the budget it needs this year.</p>" for i in range(3))
    + '<template id="B:0"></template></article><footer><p>Footer line of the site.</p></footer>'
    '<div hidden id="S:0"><p>The late paragraph about the harbour plan that the stream sent last.</p></div>'
    '<script>$RC("B:0","S:0")</script></body></html>',
    # a frameset page: its text is the markup inside <noframes>
    "<html><head><title>Harbour plan</title></head><frameset><frame src='nav.html'><noframes><body><h1>Harbour plan</h1>"
    + "".join(f"<p>Paragraph {i} about the harbour plan and the budget it needs this year.</p>" for i in range(3))
    + "</body></noframes></frameset></html>",
])
def test_a_tree_the_caller_parsed_is_read_like_the_markup(page):
    """The parse-time repairs (React's streamed segments, <noframes>) apply to an lxml tree too."""
    expected = stripper.extract(page)
    assert "Paragraph 2" in expected.body
    tree = lxml_html.fromstring(page)
    before = lxml_html.tostring(tree)
    assert stripper.extract(tree).body == expected.body
    assert lxml_html.tostring(tree) == before, "the caller's tree must not change"


def test_threads_get_the_same_answers():
    data = SEED.read_bytes()
    expected = stripper.extract(data)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: stripper.extract(data), range(32)))
    assert all(r == expected for r in results)


def test_explain_lists_removals_with_reasons():
    article, removals = stripper.explain(SEED.read_bytes())
    concepts = {r.concept for r in removals}
    assert {"ads", "comments", "amp", "survey"} <= concepts
    assert all(r.reason and r.rule for r in removals)
    assert article == stripper.extract(SEED.read_bytes())


def test_explain_keeps_the_text_of_every_removal_and_extract_reads_only_the_bylines():
    """extract() records the text of removed bylines only (the date picker reads them); explain()
    shows the start of every removed block's text."""
    from stripper.chrome import remove_chrome
    from stripper.dates import DATE_CONCEPTS
    from stripper.parse import to_tree
    _, removals = stripper.explain(SEED.read_bytes())
    assert sum(bool(r.text) for r in removals if r.concept not in DATE_CONCEPTS) >= 10
    html = ("<html><body><div class='byline'>By Jo Quill, 3 March 2024</div><div class='share-bar'>"
            "<a href='#'>Facebook</a> <a href='#'>Email</a></div>" + "<p>The ferry runs twice a day from the harbour.</p>" * 30
            + "</body></html>")
    record: list = []
    remove_chrome(to_tree(html, stripper.Options()), stripper.Options(), record=record, texts_of=DATE_CONCEPTS)
    texts = {r.concept: r.text for r in record}
    assert texts == {"byline": "By Jo Quill, 3 March 2024", "share": ""}


@pytest.mark.parametrize("markup", [
    "as <figref>FIG. 1</figref>, shows",                           # a patent's own element
    "said <st1:personname>Karen Voss</st1:personname>, the agent",  # Word's smart tag
    "the <x-term data-id='7'>ferry board</x-term>; it",             # a custom element
])
def test_an_unknown_element_adds_no_space_before_the_punctuation_after_it(markup):
    """Browsers set unknown elements inline: the comma after one follows its last word."""
    paras = "".join(f"<p>Paragraph {i} of the story about the ferry and the harbour board, long enough.</p>"
                    for i in range(3))
    html = f"<html><body><article><h1>Ferry story</h1>{paras}<p>Then {markup} more text follows here.</p></article></body></html>"
    body = stripper.extract(html).body
    assert " ," not in body and " ;" not in body
    assert any(word in body for word in ("FIG. 1, shows", "Karen Voss, the", "ferry board; it"))


def test_lines_without_a_word_character_are_not_body_lines():
    paras = "".join(f"<p>Paragraph {i} of the story about the ferry and the harbour board, long enough.</p>"
                    for i in range(4))
    html = f"<html><body><article><h1>Ferry story</h1>{paras}<p>\u200b</p><p>* * *</p>{paras}</article></body></html>"
    lines = stripper.extract(html).body.split("\n\n")
    assert "\u200b" not in lines and "* * *" not in lines
    assert len(lines) == 8


@pytest.mark.parametrize("tag", ["b", "code", "tt", "kbd", "var", "del"])
def test_inline_elements_add_no_space_before_punctuation(tag):
    paras = "".join(f"<p>Paragraph {i} of the story about the ferry and the harbour board, long enough.</p>"
                    for i in range(3))
    html = (f"<html><body><article><h1>Ferry story</h1>{paras}"
            f"<p>Run <{tag}>make</{tag}>, then <{tag}>make</{tag}> <{tag}>test</{tag}>; the board approved it.</p></article></body></html>")
    assert "Run make, then make test; the board approved it." in stripper.extract(html).body


@pytest.mark.parametrize("headline, markup, expected", [
    # a ruby annotation's reading and its fallback brackets are not the text
    ("<ruby>東<rt>とう</rt>京<rt>きょう</rt></ruby>の<ruby>桜<rp>(</rp><rt>さくら</rt><rp>)</rp></ruby>は3月20日ごろ咲く予想",
     "<ruby><rb>気象</rb><rt>きしょう</rt></ruby>の<ruby>会社<rt>がいしゃ</rt></ruby>が発表しました",
     ("東京の桜は3月20日ごろ咲く予想", "気象の会社が発表しました")),
    # an emoji drawn as an image is its alt text; a photo's alt is not text
    ('Balcony tomatoes <img class="emoji" alt="🍅" src="/e/1f345.svg">',
     'the first fruit <img class="emoji" alt="🍅" src="/e/1f345.svg"><img alt="❤️" src="/e/2764.svg">, and '
     '<img alt="A tomato plant" src="/p.jpg">then the flag <img alt="🇵🇹" src="/e/flag.svg">',
     ("Balcony tomatoes 🍅", "the first fruit 🍅❤️, and then the flag 🇵🇹")),
    # a <q> is drawn with its quotation marks
    ("Council votes", 'she called it <q>the best plan, <q>by far,</q> we have</q> and left',
     ("Council votes", "she called it “the best plan, ‘by far,’ we have” and left")),
    # MathML is its TeX source when KaTeX gives one, else its symbols run together (MathJax's copy)
    ("Variance", 'divide by <span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>n</mi><mo>−</mo>'
     '<mn>1</mn></mrow><annotation encoding="application/x-tex">n - 1</annotation></semantics></math></span></span> '
     'so <mjx-container class="MathJax"><mjx-math aria-hidden="true"><mjx-c></mjx-c></mjx-math><mjx-assistive-mml>'
     '<math><mi>V</mi><mi>a</mi><mi>r</mi><mo>(</mo><mi>X</mi><mo>)</mo></math></mjx-assistive-mml></mjx-container> grows',
     ("Variance", "divide by n - 1 so Var(X) grows")),
])
def test_inline_text_reads_as_a_browser_draws_it(headline, markup, expected):
    paras = "".join(f"<p>Paragraph {i} of the story about the ferry and the harbour board, long enough.</p>"
                    for i in range(3))
    html = f"<html><body><article><h1>{headline}</h1>{paras}<p>Then {markup}.</p></article></body></html>"
    article = stripper.extract(html)
    assert article.headline == expected[0]
    assert f"Then {expected[1]}." in article.body
    assert stripper.extract(lxml_html.fromstring(html)).body == article.body
