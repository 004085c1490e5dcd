"""The headline precedence of stripper/headline.py."""
from __future__ import annotations

import stripper
from stripper.headline import strip_site_name

STORY = "".join(f"<p>Line {i} of a story about the harbour, long enough to be a paragraph of text.</p>" for i in range(4))


def extract(head: str, top: str = "", heading: str = "") -> stripper.Article:
    return stripper.extract(f"<html><head>{head}</head><body><header>{top}</header>"
                            f"<article>{heading}{STORY}</article></body></html>")


def test_visible_h1_beats_title_with_site_name():
    a = extract("<title>Pier repair backed by board | Harbour News</title>", heading="<h1>Pier repair backed by board</h1>")
    assert a.headline == "Pier repair backed by board"
    assert "Pier repair backed" not in a.body


def test_site_name_h1_is_not_the_headline():
    a = extract("<title>Crumble bars for a crowd | Granny's Feast</title>",
                top="<h1>Granny's Feast</h1>", heading="<h3 class='post-title'>Crumble bars for a crowd</h3>")
    assert a.headline == "Crumble bars for a crowd"


def test_site_colon_headline_title():
    a = extract("<title>Granny's Feast: Crumble bars for a crowd</title>",
                top="<h1>Granny's Feast</h1>", heading="<h3 class='post-title'>Crumble bars for a crowd</h3>")
    assert a.headline == "Crumble bars for a crowd"


def test_kicker_inside_the_h1_is_not_the_headline():
    heading = ("<h1 class='b-headline'><span class='b-headline__kicker'>Harbour</span><span>:</span> "
               "Pier repair backed by board</h1>")
    a = extract("<title>Harbour: Pier repair backed by board | Harbour News</title>"
                "<meta property='og:title' content='Pier repair backed by board'>", heading=heading)
    assert a.headline == "Pier repair backed by board"
    assert "Pier repair backed" not in a.body and not a.body.startswith("Harbour")


def test_lone_h1_in_a_script_without_spaces_is_matched_by_its_characters():
    """Chinese has no spaces between words: the printed <h1> shares most of its characters with the
    title, though not one whole "word"."""
    a = extract("<title>市议会通过新渡轮码头重建计划 | 港口日报</title>",
                heading="<h1>市议会通过渡轮码头重建计划 明年春季动工</h1>")
    assert a.headline == "市议会通过渡轮码头重建计划 明年春季动工"


def test_diacritics_do_not_split_words_when_the_h1_is_matched():
    """The printed Arabic headline vowels a word (يُفرغ) that the title leaves bare (يفرغ)."""
    a = extract("<title>الجفاف يفرغ واحات الجنوب من شبابها | أخبار الواحة</title>",
                heading='<h1>الجفاف يُفرغ واحات الجنوب من شبابها.. "لم يعد هنا ما نسقيه"</h1>')
    assert a.headline == 'الجفاف يُفرغ واحات الجنوب من شبابها.. "لم يعد هنا ما نسقيه"'


def test_an_h1_with_a_quote_after_its_colon_is_matched_by_its_main_clause():
    a = extract("<title>Farmers flood their fields to slow the sinking of the peat | Harbour News</title>",
                heading="<h1>Farmers flood their own fields: 'We have to do something, or it all sinks'</h1>")
    assert a.headline == "Farmers flood their own fields: 'We have to do something, or it all sinks'"


def test_the_blog_name_in_a_page_top_h1_is_not_the_headline():
    a = extract("<title>the quiet acre — Starting seeds on a windowsill</title>"
                "<meta property='og:site_name' content='the quiet acre'>"
                "<meta property='og:title' content='Starting seeds on a windowsill'>",
                top="<h1 id='blog-title'><a href='/'>the quiet acre</a></h1>",
                heading="<h2 class='title'><a href='/post/1'>Starting seeds on a windowsill</a></h2>")
    assert a.headline == "Starting seeds on a windowsill"


def test_a_permalink_mark_inside_the_h1_is_not_the_headline():
    a = extract("<title>Resumable imports - Docs</title>",
                heading="<h1 id='resumable'>Resumable imports<a class='headerlink' href='#resumable'>¶</a></h1>")
    assert a.headline == "Resumable imports" and not a.body.startswith("Resumable")


def test_a_title_that_is_only_the_site_name_gives_way_to_the_h1():
    # An app or a hand-made blog whose <title> never changes: it names the site, as the og:site_name
    # or the logo's link to the front page says, and the one <h1> over the story is the headline.
    heading = "<h1>Ferry timetable changes</h1>"
    for head, top in (("<title>Harbour Notes</title><meta property='og:site_name' content='Harbour Notes'>", ""),
                      ("<title>Harbour Notes</title>", "<a href='https://harbour.example/'>Harbour Notes</a>"),
                      ("<title>Harbour Notes</title>", "<a href='/'>Harbour Notes</a>")):
        a = extract(head, top=top, heading=heading)
        assert a.headline == "Ferry timetable changes", head + top
        assert "Ferry timetable" not in a.body
    # A title that names something else than the site still beats a short h1 sharing none of its words.
    a = extract("<title>Harbour Notes</title>", top="<a href='/about'>Harbour Notes</a>", heading=heading)
    assert a.headline == "Harbour Notes"


def test_a_lone_h1_with_the_words_of_a_sentence_beats_a_title_rewritten_for_search():
    """Editors print one headline and give search engines and social cards another, sharing few
    of its words. The one <h1> over the story, a sentence long, is what the reader sees."""
    a = extract("<title>Ferry fares 2026: what changes for commuters | Harbour News</title>"
                "<meta property='og:title' content='Ferry fares 2026: what changes for commuters'>",
                heading="<h1>The crossing that costs a day's wage</h1>")
    assert a.headline == "The crossing that costs a day's wage"
    assert "The crossing that costs" not in a.body
    # A short label in the <h1> is not taken for a rewritten headline.
    a = extract("<title>Ferry fares 2026: what changes for commuters | Harbour News</title>",
                heading="<h1>Top stories</h1>")
    assert a.headline == "Ferry fares 2026: what changes for commuters"


def test_metadata_title_without_site_when_no_heading():
    a = extract("<title>Pier repair backed by board - Harbour News</title>")
    assert a.headline == "Pier repair backed by board"


def test_a_title_that_opens_with_the_sites_name_and_a_colon_loses_it():
    """A 1990s page prints no <h1>; its <title> is 'Site: Headline', and the logo's alt text
    names the site."""
    a = extract("<title>The Harbour Courier Online: Council backs pier plan</title>",
                top="<a href='/'><img src='/flag.gif' alt='The Harbour Courier Online'></a>",
                heading="<font size='+2'><b>Council backs pier plan</b></font>")
    assert a.headline == "Council backs pier plan"
    # a colon inside a headline whose first part is not the site's name stays
    a = extract("<title>Ferry fares: what changes for commuters</title>",
                top="<a href='/'><img src='/flag.gif' alt='The Harbour Courier Online'></a>")
    assert a.headline == "Ferry fares: what changes for commuters"


def test_strip_site_name():
    assert strip_site_name("Headline with several words | Site", ["Site"]) == "Headline with several words"
    assert strip_site_name("Site — Headline with several words", []) == "Headline with several words"
    assert strip_site_name("A short one", []) == "A short one"


def test_a_hero_h1_printed_over_the_photo_is_the_headline_though_the_caption_goes():
    """A long read prints its headline inside the hero figure's caption, over the photo. The
    figure goes out with the captions; the <h1> still stood over the story."""
    hero = ("<figure class='feature-hero'><img src='cliff.jpg' alt=''><figcaption class='feature-hero__text'>"
            "<span class='kicker'>Long read</span><h1>The sea comes closer with every storm</h1>"
            "<p>Three families spent a year at the edge of the cliff.</p></figcaption></figure>")
    a = stripper.extract("<html><head><title>Coastal erosion: homeowners must move | Harbour News</title>"
                         "<meta property='og:title' content='Coastal erosion: homeowners must move'></head>"
                         f"<body><main><article>{hero}<div class='article-body'>{STORY}</div></article></main></body></html>")
    assert a.headline == "The sea comes closer with every storm"
    assert "Three families" not in a.body and "Long read" not in a.body


def test_a_headline_broken_by_br_is_one_line_and_leaves_the_body_whole():
    a = extract("<title>Along the ridge, the last season of the salaried shepherds | Harbour News</title>"
                "<meta property='og:title' content='The last season of the shepherds'>",
                heading="<h1>The last season<br>of the shepherds</h1>")
    assert a.headline == "The last season of the shepherds"
    assert "last season" not in a.body and "of the shepherds" not in a.body


def test_soft_hyphens_and_zero_width_spaces_are_not_text():
    """A German <h1> marks where its long words may break (&shy;, U+200B around a slash); a reader
    sees none of it, and a search for 'Heizungsgesetz' must find the headline and the body. A
    zero-width non-joiner is spelling (Persian) and stays."""
    a = stripper.extract(
        "<html><head><title>Heizungsgesetz: Bund kürzt Zuschüsse | Pfalz-Echo</title></head><body><article>"
        "<h1>Heizungs&shy;gesetz: Bund kürzt Zu\u00adschüsse für Gas-&#8203;/&#8203;Öl&shy;heizungen</h1>"
        f"<p>Das Heizungs&shy;gesetz gilt ab Januar.\u2060 Die Förder&shy;richtlinie folgt im März.</p>{STORY}"
        "<p>می\u200cخواهم</p></article></body></html>")
    assert a.headline == "Heizungsgesetz: Bund kürzt Zuschüsse für Gas-/Ölheizungen"
    assert "Das Heizungsgesetz gilt ab Januar. Die Förderrichtlinie folgt im März." in a.body
    assert "می\u200cخواهم" in a.body


def test_a_sticky_bar_hidden_from_screen_readers_does_not_give_the_headline():
    """The bar that slides in while one scrolls repeats a short title (the <title>'s) in an <h1> of
    its own, aria-hidden; the story's <h1> is the headline as printed."""
    top = ("<div class='sticky-header' aria-hidden='true'><h1 class='sticky-header__title'>"
           "Fire in Harbour flats: 70 evacuated</h1></div>")
    a = extract("<title>Fire in Harbour flats: 70 evacuated | Harbour News</title>"
                "<meta property='og:title' content='Seventy residents out of their homes after flat fire'>",
                top=top, heading="<h1>Seventy residents evacuated after a night fire in a Harbour tower block</h1>")
    assert a.headline == "Seventy residents evacuated after a night fire in a Harbour tower block"


def test_with_no_h1_over_the_story_the_entry_title_its_theme_names_is_the_headline():
    """A WordPress theme prints the site's name in the page's <h1> and the post's title in an
    h2.entry-title, or a plain div.entry-title; the SEO plugin writes another title for search."""
    head = ("<title>Bridge rebuild approved: what residents need to know - Harbour Ledger</title>"
            "<meta property='og:title' content='Bridge rebuild approved: what residents need to know'>")
    for tag in ("h2", "div"):
        a = extract(head, top="<h1 class='site-title'><a href='/'>Harbour Ledger</a></h1>",
                    heading=f"<header class='entry-header'><{tag} class='entry-title'>Council backs a plan to "
                            f"rebuild the Cedar Street bridge</{tag}></header><div class='entry-content'>{STORY}</div>")
        assert a.headline == "Council backs a plan to rebuild the Cedar Street bridge", tag
    # A teaser card's title is not the entry's.
    a = extract(head, heading="<div class='article-card__title'>Council backs a plan to rebuild the Cedar Street bridge</div>")
    assert a.headline == "Bridge rebuild approved: what residents need to know"


def test_joomlas_contentheading_cell_is_the_headline():
    """Joomla 1.x prints no <h1>: the title is a td.contentheading (another one labels the comments
    below), and <title> puts the site's name first."""
    a = stripper.extract(
        "<html><head><title>Harbour Ledger - Lido reopens after two years of repairs – tickets cost more</title></head>"
        "<body><table class='contentpaneopen'><tr><td class='contentheading' width='100%'>Lido reopens after two years"
        f" of repairs – tickets cost more</td></tr></table><table class='contentpaneopen'><tr><td>{STORY}</td></tr>"
        "</table><table class='contentpaneopen'><tr><td class='contentheading'>Comments</td></tr></table></body></html>")
    assert a.headline == "Lido reopens after two years of repairs – tickets cost more"


def test_a_field_label_inside_the_h1_is_not_the_headline():
    """A preprint server labels its fields, the title too: <h1><span class="descriptor">Title:</span>…"""
    a = extract("<title>[2403.09127] Sparse retrieval heads in long-context models</title>"
                "<meta name='citation_title' content='Sparse retrieval heads in long-context models'>",
                heading="<h1 class='title mathjax'><span class='descriptor'>Title:</span>Sparse retrieval heads in "
                        "long-context models</h1>")
    assert a.headline == "Sparse retrieval heads in long-context models"
    assert "Sparse retrieval heads" not in a.body


def test_a_modules_name_in_the_h1_gives_way_to_the_heading_the_og_title_prints():
    """A city's news module prints its own name in the <h1> ("News Flash", the first segment of a
    <title> of short segments) and the story's title in an <h3> that og:title gives. A short headline
    that is a <title> segment still wins when no other heading agrees."""
    head = ("<title>News Flash • Millbrook, OR • CivicEngage</title>"
            "<meta property='og:title' content='Library parking lot closes for repaving March 18'>")
    heading = "<h1 class='headline'>News Flash</h1><h3 class='subhead1'>Library parking lot closes for repaving March 18</h3>"
    assert extract(head, heading=heading).headline == "Library parking lot closes for repaving March 18"
    short = extract("<title>Ferry strike | Millbrook Ledger</title>", heading="<h1>Ferry strike</h1>")
    assert short.headline == "Ferry strike"


def test_a_recipe_cards_title_that_repeats_the_headline_keeps_the_intro_above_it():
    """The post's <h1> stands in its header, outside the body; the recipe card in the body repeats
    it as an <h2>. The two short intro paragraphs above the card are the post's: only the repeat goes."""
    intro = ("<p>This is the soup I make when the first cold evening comes and nobody wants to cook for long.</p>"
             "<p>Serve it with toasted rye bread and a spoon of yoghurt on top.</p>")
    card = ("<div class='tasty-recipes'><h2 class='tasty-recipes-title'>Ten-minute leek soup</h2>"
            "<ul><li>2 leeks, sliced thin and washed well</li><li>1 litre of stock, hot</li></ul></div>")
    a = stripper.extract("<html><head><title>Ten-minute leek soup - Kitchen Notes</title></head><body><article>"
                         "<header class='entry-header'><h1 class='entry-title'>Ten-minute leek soup</h1></header>"
                         f"<div class='entry-content'>{intro}{card}{STORY}</div></article></body></html>")
    assert a.headline == "Ten-minute leek soup"
    assert a.body.startswith("This is the soup I make") and "Ten-minute leek soup" not in a.body


def test_a_kicker_span_before_the_headline_span_is_not_the_headline():
    """<h2><span>Sleep researcher</span><span>»Waking at night is normal«</span></h2> with no kicker
    class, and the title 'Sleep researcher: »Waking at night is normal«': the kicker stands over the
    headline; the spans are not run together."""
    a = extract("<title>Sleep researcher: »Waking at night is normal« - The Weekly</title>",
                heading="<h2><span class='font-sans'>Sleep researcher</span><span class='font-serif'>»Waking at night is "
                        "normal«</span></h2>")
    assert a.headline == "»Waking at night is normal«"


def test_a_hidden_span_inside_the_h1_is_not_printed():
    """A theme's hidden site name inside the <h1> (Bootstrap's span.hidden) is not part of the headline."""
    a = extract("", heading="<h1><span class='hidden'>Harbour News</span>Pier repair backed by board</h1>")
    assert a.headline == "Pier repair backed by board"
