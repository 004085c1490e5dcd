"""The date precedence of stripper/dates.py, one source at a time."""
from __future__ import annotations

from datetime import date

import pytest

import stripper
from stripper.dates import normalize_date

LATER = stripper.Options(reference_date="2030-01-01", use_htmldate_fallback=False)
STORY = "".join(f"<p>Line {i} of a story about the harbour, long enough to be a paragraph of text.</p>" for i in range(4))


def page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body><article><h1>Harbour story</h1>{body}{STORY}</article></body></html>"


@pytest.mark.parametrize("value, expected", [
    ("2024-03-05", "2024-03-05"),
    ("2024-03-05T09:30:00+01:00", "2024-03-05T09:30:00+01:00"),
    ("2024-03-05T09:30:00Z", "2024-03-05T09:30:00+00:00"),
    ("2024-03-05T23:15:0Z", "2024-03-05T23:15:00+00:00"),
    ("20240305T09:30:00Z", "2024-03-05T09:30:00+00:00"),
    ("2024-03-05 09:30:00", "2024-03-05"),
    ("Tue Mar 05 2024 09:30:00 GMT+0100", "2024-03-05T09:30:00+01:00"),
    ("March 5, 2024", "2024-03-05"),
    ("5 March 2024", "2024-03-05"),
    ("12 апреля 2024", "2024-04-12"),
    ("14 de noviembre de 2025", "2025-11-14"), ("14 de noviembre 2025 | 09:45 PM", "2025-11-14"),
    ("12 de maio de 2025", "2025-05-12"), ("3 d'agost de 2024", "2024-08-03"), ("5 de xuño de 2024", "2024-06-05"),
    ("14 ago 2024", "2024-08-14"), ("2 out. 2023", "2023-10-02"), ("15. Jänner 2025", "2025-01-15"),
    ("7 juil. 2024", "2024-07-07"),
    ("الثلاثاء 5 آذار 2024 - 23:40", "2024-03-05"), ("12 آب 2023", "2023-08-12"), ("3 تشرين الأول 2022", "2022-10-03"),
    ("5 مارس 2024", "2024-03-05"), ("Objavljeno: 5. ožujka 2024. u 23:58", "2024-03-05"),
    ("פורסם: 5 במרץ 2024, 22:47", "2024-03-05"), ("2024. március 5. 23:48", "2024-03-05"),
    ("Thứ ba, ngày 5 tháng 3 năm 2024, 22:40 (GMT+7)", "2024-03-05"), ("12. septembra 2024", "2024-09-12"),
    ("2 prill 2024", "2024-04-02"), ("22. јануар 2024.", "2024-01-22"), ("2024. gada 14. februāris, 23:41", "2024-02-14"),
    ("2023 m. lapkričio 7 d.", "2023-11-07"), ("12 दिसंबर 2023", "2023-12-12"), ("১৯ নভেম্বর ২০২৩, ২৩: ৪৫", "2023-11-19"),
    ("2024ko martxoaren 5a, 22:10", "2024-03-05"), ("5 Mawrth 2024", "2024-03-05"), ("5 наурыз 2024", "2024-03-05"),
    ("5 մարտի 2024, 00:12", "2024-03-05"), ("2024 оны 3 сарын 5, 06:50", "2024-03-05"),
    ("شائع 14 دسمبر 2023 09:25pm", "2023-12-14"), ("29 ก.พ. 2567 08:15 น.", "2024-02-29"), ("٥ مارس ٢٠٢٤", "2024-03-05"),
    ("2024年3月5日", "2024-03-05"), ("2023년 11월 5일", "2023-11-05"),
    ("令和5年3月2日（木） 5:00", "2023-03-02"), ("平成31年4月30日", "2019-04-30"), ("令和元年5月1日", "2019-05-01"),
    ("12 Mei 2025 @ 7:05am", "2025-05-12"), ("12 maja 2025", "2025-05-12"), ("Ijumaa, Machi 08, 2024", "2024-03-08"), ("5 ekim 2024", "2024-10-05"),
    ("12 травня 2025, 14:30", "2025-05-12"), ("12 Μαΐου 2025", "2025-05-12"),
    ("3 people 2025 and 4 March 2024", "2024-03-04"), ("15-MAY-2024", "2024-05-15"), ("9-Oct-2024", "2024-10-09"),
    ("2024 මැයි 21 10:15", "2024-05-21"), ("21 අප්\u200dරේල් 2024", "2024-04-21"), ("2024 May 21", "2024-05-21"),
    ("2024 Olympics 12 May 2024", "2024-05-12"),
])
def test_normalize(value, expected):
    assert normalize_date(value)[1] == expected


def test_not_a_date():
    assert normalize_date("next Tuesday") is None
    assert normalize_date("2024-02-30") is None


def test_jsonld_wins_over_meta():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05"}</script>'
            '<meta property="article:published_time" content="2024-03-09">')
    assert stripper.extract(page(head), options=LATER).date == "2024-03-05"


def test_jsonld_in_cdata():
    head = '<script type="application/ld+json"><![CDATA[{"@type": "NewsArticle", "datePublished": "2024-03-05"}]]></script>'
    assert stripper.extract(page(head), options=LATER).date == "2024-03-05"


def test_published_meta_not_modified():
    head = ('<meta property="article:modified_time" content="2024-06-01">'
            '<meta property="article:published_time" content="2024-03-05">')
    assert stripper.extract(page(head), options=LATER).date == "2024-03-05"


def test_marked_time_element():
    body = '<time class="entry-date published" datetime="2024-03-05T08:00:00+00:00">5 March</time>'
    assert stripper.extract(page(body=body), options=LATER).date == "2024-03-05T08:00:00+00:00"


def test_published_on_line_gives_the_date_and_leaves_the_body():
    article = stripper.extract(page(body="<p>Published on March 5, 2024</p>"), options=LATER)
    assert article.date == "2024-03-05"
    assert "Published on" not in article.body


def test_url_date():
    assert stripper.extract(page(), url="https://example.com/2024/03/05/story", options=LATER).date == "2024-03-05"
    assert stripper.extract(page(), url="https://example.com/2024/mar/05/story", options=LATER).date == "2024-03-05"


def test_no_date_from_the_future():
    head = '<meta property="article:published_time" content="2031-01-01">'
    assert stripper.extract(page(head), options=LATER).date is None


def test_no_date_at_all_is_none():
    assert stripper.extract(page(), options=LATER).date is None


def test_reference_day_defaults_to_today():
    from stripper.dates import reference_day
    assert reference_day(None) >= date(2024, 1, 1)


def test_a_day_without_offset_takes_the_instant_of_a_time_element_that_day():
    head = '<meta itemprop="datePublished" content="2024-03-05 02:24:00">'
    body = '<time class="stamp" datetime="2024-03-05 02:24:00 UTC">Mar 4, 2024, 9:24 PM ET</time>'
    # the same instant, in the offset of the clock the page prints (9:24 PM ET, the day before)
    assert stripper.extract(page(head, body), options=LATER).date == "2024-03-04T21:24:00-05:00"


def test_a_utc_instant_is_given_in_the_publishers_offset_when_the_page_has_it():
    """22:10 UTC on the 12th is 01:10 on the 13th where the paper is: its local day is the 13th."""
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-05-12T22:10:00Z"}</script>'
            '<meta property="article:published_time" content="2025-05-13T01:10:00+03:00">')
    assert stripper.extract(page(head), options=LATER).date == "2025-05-13T01:10:00+03:00"
    other = head.replace("01:10:00+03:00", "09:00:00+03:00")     # another instant: not the same publication
    assert stripper.extract(page(other), options=LATER).date == "2025-05-12T22:10:00+00:00"


def test_a_utc_instant_takes_the_offset_of_the_same_clock_time_given_without_one():
    """A theme's JSON-LD gives the local clock time to the second and no offset; the SEO plugin's
    gives the UTC instant. Two hours apart to the second: the paper is at +02:00, on the 15th."""
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-14T22:30:41+00:00"}</script>'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-15 00:30:41"}</script>')
    assert stripper.extract(page(head), options=LATER).date == "2025-03-15T00:30:41+02:00"
    odd = head.replace("00:30:41", "00:31:07")     # not a whole number of quarter hours away: not the same clock
    assert stripper.extract(page(odd), options=LATER).date == "2025-03-14T22:30:41+00:00"


def test_a_local_clock_mislabelled_utc_by_an_old_theme_gives_the_offset():
    """Twenty Twelve prints the local clock with '+00:00' on a site set to a fixed offset; the
    meta tag has the true UTC instant. Ten hours apart to the second: the blog is at +10:00."""
    head = '<meta property="article:published_time" content="2013-04-13T14:20:31+00:00">'
    footer = "<footer class='entry-meta'>Posted on <time class='entry-date' datetime='2013-04-14T00:20:31+00:00'>April 14, 2013</time></footer>"
    assert stripper.extract(page(head, footer), options=LATER).date == "2013-04-14T00:20:31+10:00"
    comment = footer.replace("00:20:31", "03:47:12")     # another clock (a comment's): not the same publication
    assert stripper.extract(page(head, comment), options=LATER).date == "2013-04-13T14:20:31+00:00"


def test_a_store_clock_labelled_utc_in_json_ld_is_told_by_the_time_element_that_prints_its_day():
    """Shopify's Dawn writes the store's clock with a literal 'Z' in its JSON-LD (18:40 on the 7th)
    and the true UTC instant in <time> (02:40 on the 8th), which prints 'March 7, 2024': the store
    is at -08:00, on the 7th. A <time> printing its own day is the local clock (the old theme's case)."""
    head = '<script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2024-03-07T18:40:11Z"}</script>'
    byline = "<span class='circle-divider'><time datetime='2024-03-08T02:40:11Z'>March 7, 2024</time></span>"
    assert stripper.extract(page(head, byline), options=LATER).date == "2024-03-07T18:40:11-08:00"
    own_day = byline.replace("March 7, 2024", "March 8, 2024")
    assert stripper.extract(page(head, own_day), options=LATER).date == "2024-03-08T02:40:11+08:00"


def test_a_comments_time_is_no_local_clock_at_a_distance_no_zone_has():
    """A reader's comment at 11:30:00 UTC, to the second like the story's 06:45:00: 4 h 45 min is no
    zone's offset, so it is not the publisher's clock (and one 17 h 45 min after would give +12:30
    and the next day)."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-07T06:45:00Z"}</script>'
    for clock in ("11:30", "19:15"):
        comment = f"<div class='comment'><time class='comment__date' datetime='2024-03-07T{clock}:00Z'>07.03.2024</time></div>"
        assert stripper.extract(page(head, comment), options=LATER).date == "2024-03-07T06:45:00+00:00"


def test_a_webmentions_published_time_is_not_the_posts():
    """A reply from another site (IndieWeb's h-cite) marks its <time> dt-published like a post: the
    post's own date, in its metadata list, is the one."""
    meta = "<ul class='post-metadata'><li><time datetime='2024-05-12'>12 May 2024</time></li></ul>"
    reply = ("<section class='webmentions'><ol><li class='webmention h-cite'><a class='u-url' href='https://x.example/1'>"
             "<time class='dt-published' datetime='2024-05-13T08:14:00Z'>13 May 2024</time></a><p>Nice post.</p></li></ol></section>")
    html = page(body=meta).replace("</article>", "</article>" + reply)
    assert stripper.extract(html, options=LATER).date[:10] == "2024-05-12"


def test_a_byline_box_that_prints_its_updated_day_first_gives_the_published_one():
    """The author's name, then 'Updated: Fri, 08 March 2024', then 'Published: Thu, 07 March 2024'
    in one box that goes as a byline (its record holds only its first words): the 7th."""
    box = ("<div class='author-date-box'><div class='author-info'><span class='author-name'>District News Agency, "
           "Northfield Bureau</span></div><div class='date-info'><span class='updated-date'>Updated: Fri, 08 March 2024 "
           "09:10 AM (IST)</span> | <span class='published-date'>Published: Thu, 07 March 2024 11:45 AM (IST)</span></div></div>")
    assert stripper.extract(page(body=box), options=LATER).date == "2024-03-07"


def test_a_time_element_that_prints_the_next_day_of_its_utc_instant_gives_that_day():
    """<time datetime="2024-07-13T23:31:04.000Z">14 July 2024</time>: 00:31 in British summer time,
    on the 14th; the clock is not printed, so the day is given alone. A day no offset reaches stays."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-07-13T23:31:04.000Z"}</script>'
    byline = "<div class='byline'><time datetime='2024-07-13T23:31:04.000Z'>14 July 2024</time></div>"
    assert stripper.extract(page(head, byline), options=LATER).date == "2024-07-14"
    morning = head.replace("23:31", "03:31")
    early = byline.replace("23:31", "03:31")         # 03:31 UTC: no offset makes it the 14th
    assert stripper.extract(page(morning, early), options=LATER).date == "2024-07-13T03:31:04+00:00"


def test_a_line_classed_published_gives_its_printed_clock_whatever_removed_its_box():
    """JSON-LD in UTC only (05:32 on the 6th); the credit box under the headline (which goes as a
    credit, not as a byline) prints 'Published: 11:32 PM CST March 5, 2024' in a div.article__published:
    the class names a date though it says neither 'date' nor 'time', so its clock gives -06:00."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-06T05:32:00Z"}</script>'
    credit = ("<div class='article__credit'><div class='article__author'>Author: <a href='/author/ka'>Kim Ash</a></div>"
              "<div class='article__published'>Published: 11:32 PM CST March 5, 2024</div>"
              "<div class='article__updated'>Updated: 7:10 AM CST March 6, 2024</div></div>")
    assert stripper.extract(page(head, credit), options=LATER).date == "2024-03-05T23:32:00-06:00"


def test_a_printed_day_with_a_two_digit_year_gives_the_local_clock():
    """An Israeli site prints '06.03.24 | 00:40' in its date span; every machine date is UTC (22:40
    on the 5th): the printed clock is +02:00, on the 6th."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05T22:40:00.000Z"}</script>'
    byline = ("<div class='authors'><span class='DateDisplay'><time class='DateDisplay' datetime='2024-03-05T22:40:00.000Z'>"
              "06.03.24 | 00:40</time></span></div>")
    assert stripper.extract(page(head, byline), options=LATER).date == "2024-03-06T00:40:00+02:00"


def test_a_readers_comment_is_not_the_lone_time_of_the_page():
    """No metadata date; the only <time datetime> is a comment's (the 20th); the byline prints
    'Published: March 18, 2024': the 18th."""
    byline = ("<div class='entry-meta'><span class='byline'>Ana Lima/Staff Reporter</span><br><span class='updated'>Updated: "
              "March 19, 2024 8:15 AM</span> <span class='published'>Published: March 18, 2024 5:40 PM</span></div>")
    comments = ("<div id='comments' class='comments-area'><ol class='comment-list'><li class='comment'><div class='comment-meta'>"
                "<b class='fn'>Reader</b> <time datetime='2024-03-20T09:00:00'>20th March 2024 at 9:00 am</time></div>"
                "<p>Well done to the volunteers.</p></li></ol></div>")
    html = f"<html><body><article><h1>Harbour story</h1>{byline}{STORY}</article>{comments}</body></html>"
    assert stripper.extract(html, options=LATER).date == "2024-03-18"


def test_a_time_that_prints_another_day_keeps_a_teasers_time_from_being_lone():
    """No metadata date; the only <time datetime> is a related card's in the story (2023-11-02); the
    page's own <time> prints '11:00, 27 апреля 2024' without a datetime: the card's is not the page's."""
    own = "<div class='MaterialMeta'><time class='Timestamp-module_root'>11:00, 27 апреля 2024</time></div>"
    card = ("<div class='RelatedRichBlock-module_root'><a href='/feature/2023/11/02/old-town'><h2>Старая Рига пустеет</h2>"
            "<time class='Timestamp-module_root' datetime='2023-11-02T09:00:00.000Z'>2 ноября 2023</time></a></div>")
    html = f"<html><body><article><h1>Harbour story</h1>{own}{STORY}{card}{STORY}</article></body></html>"
    assert stripper.extract(html, options=LATER).date == "2024-04-27"


def test_the_printed_updated_clock_gives_the_offset_of_the_published_instant():
    """Both instants in UTC; the page prints only 'Updated 11:48 PM EST, Mon January 20, 2025', which
    reads the modified instant (04:48 UTC on the 21st) at -05:00: published at 02:10 UTC is 21:10 on
    the 20th there."""
    head = ('<script type="application/ld+json">{"@type": "LiveBlogPosting", "datePublished": "2025-01-21T02:10:00Z", '
            '"dateModified": "2025-01-21T04:48:00Z"}</script>')
    byline = "<div class='timestamp'>Updated 11:48 PM EST, Mon January 20, 2025</div>"
    assert stripper.extract(page(head, byline), options=LATER).date == "2025-01-20T21:10:00-05:00"


def test_a_clock_printed_in_utc_keeps_the_utc_day_over_the_urls():
    """Published at 23:30 UTC on the 6th, printed 'March 6, 2025 at 11:30 p.m. GMT'; the URL names the
    7th (the print edition's day): the page's day is the one it prints."""
    head = '<meta property="article:published_time" content="2025-03-06T23:30:00Z">'
    byline = ("<div class='b-date'><time class='c-date' datetime='2025-03-06T23:30:00Z'>March 6, 2025 at 11:30 p.m. GMT"
              "</time> <span class='c-date--updated'>Updated March 7, 2025 at 8:05 a.m. GMT</span></div>")
    url = "https://example.com/opinion/letters/2025/03/07/letters-bridge-lanes/"
    assert stripper.extract(page(head, byline), url=url, options=LATER).date == "2025-03-06T23:30:00+00:00"


def test_a_labelled_numeric_day_is_read_but_a_bare_one_beside_a_teaser_is_not():
    """No metadata: the byline's 'Publikováno: 18. 3. 2024' (a space after each dot) is the day; a
    teaser's bare '09.08.2020 u 10:52' in a date-classed box beside the story is no label of the page's day."""
    byline = "<div class='datum'>Publikováno: 18. 3. 2024 &nbsp;|&nbsp; Autor: Petra Nováková</div>"
    assert stripper.extract(page("", byline), options=LATER).date == "2024-03-18"
    teaser = ("<aside><div class='teaser'><a href='/x'>Another story</a><div class='article-date-time'><span>09.08.2020 u 10:52"
              "</span></div></div></aside>")
    html = f"<html><body><article><h1>Harbour story</h1>{STORY}</article>{teaser}</body></html>"
    assert stripper.extract(html, options=LATER).date is None


def test_a_utc_instant_is_moved_to_the_printed_local_clock_of_the_next_day():
    """Only JSON-LD, in UTC (23:05 on the 11th); the byline prints '12 Mei 2025 @ 7:05am': +08:00."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-05-11T23:05:00Z"}</script>'
    byline = "<div class='created'>12 Mei 2025 @ 7:05am</div>"
    assert stripper.extract(page(head, byline), options=LATER).date == "2025-05-12T07:05:00+08:00"
    no_clock = "<div class='created'>12 Mei 2025</div>"       # a day alone may be another date
    assert stripper.extract(page(head, no_clock), options=LATER).date == "2025-05-11T23:05:00+00:00"


def test_a_printed_clock_in_another_scripts_digits_gives_the_local_day():
    """A Bengali paper prints '১২ মার্চ ২০২৪, ০১: ১৫' (01:15, a space after the colon) beside a
    UTC <time> of 19:15 the evening before: published at 01:15 on the 12th, +06:00."""
    line = "<div class='publish-time'><span>প্রকাশ: </span><time datetime='2024-03-11T19:15:00Z'>১২ মার্চ ২০২৪, ০১: ১৫</time></div>"
    assert stripper.extract(page(body=line), options=LATER).date == "2024-03-12T01:15:00+06:00"


def test_a_tickers_day_above_the_story_does_not_stop_the_search_for_the_printed_clock():
    """A news ticker above the story dates a teaser '14 februarie 2024' (no clock); the byline prints
    '15 februarie 2024, 01:10' over a UTC instant of 23:10 on the 14th: +02:00, on the 15th."""
    head = '<meta property="article:published_time" content="2024-02-14T23:10:00+00:00">'
    ticker = "<div class='ticker'><a href='/x'>Derby won in extra time</a><span class='jeg_meta_date'>14 februarie 2024</span></div>"
    byline = "<div class='jeg_meta_date'><a href='/y'>15 februarie 2024, 01:10</a></div>"
    html = page(head, byline).replace("<body>", "<body>" + ticker)
    assert stripper.extract(html, options=LATER).date == "2024-02-15T01:10:00+02:00"


def test_a_numeric_printed_day_is_read_in_the_pages_order_for_the_local_clock():
    """An American byline prints '9/5/2024, 11:20 PM' beside a UTC <time>: September 5th, at -04:00."""
    byline = ("<p class='byline'><a rel='author' href='/a/'>Elsa Brand</a> - <time class='date' "
              "datetime='2024-09-06T03:20:14+00:00'>9/5/2024, 11:20 PM</time></p>")
    american = page(body=byline).replace("<html>", "<html lang='en-us'>")
    assert stripper.extract(american, options=LATER).date == "2024-09-05T23:20:14-04:00"
    elsewhere = page(body=byline).replace("<html>", "<html lang='en-gb'>")   # 9 May: another day, no clock taken
    assert stripper.extract(elsewhere, options=LATER).date == "2024-09-06T03:20:14+00:00"


def test_the_published_part_of_a_published_and_updated_line_gives_the_local_clock():
    """'Published 9:47 p.m. CT June 11, 2025 Updated 6:15 a.m. CT June 12, 2025' in one element,
    over a UTC instant of 02:47 on the 12th: published at 21:47 on the 11th, -05:00."""
    head = '<meta property="article:published_time" content="2025-06-12T02:47:18Z">'
    line = ("<div class='gnt_ar_dt'>Published 9:47 p.m. CT June 11, 2025"
            "<span class='gnt_ar_dt_u'>Updated 6:15 a.m. CT June 12, 2025</span></div>")
    assert stripper.extract(page(head, line), options=LATER).date == "2025-06-11T21:47:18-05:00"


def test_a_utc_instant_takes_the_local_day_of_its_permalink():
    """The CMS writes its permalink's date in the publisher's time: 02:34 UTC on the 19th under
    /2019/11/18/ was the evening of the 18th in America; 21:15 UTC under the next day's URL was
    the morning after east of Europe. A saved page names its address in <link rel=canonical>."""
    head = '<meta property="article:published_time" content="2019-11-19T02:34:30Z">'
    url = "https://news.example/2019/11/18/pier-repair/"
    assert stripper.extract(page(head), url=url, options=LATER).date == "2019-11-18"
    canonical = f'<link rel="canonical" href="{url}">'
    assert stripper.extract(page(head + canonical), options=LATER).date == "2019-11-18"
    late = '<meta property="article:published_time" content="2024-03-11T21:15:48Z">'
    assert stripper.extract(page(late), url="https://news.example/2024/03/12/a/", options=LATER).date == "2024-03-12"
    # 10:04 UTC is the day before only ten hours west of Greenwich: a URL made from a draft, not the day.
    morning = '<meta property="article:published_time" content="2020-07-09T10:04:04Z">'
    assert stripper.extract(page(morning), url="https://news.example/2020/07/08/a/", options=LATER).date \
        == "2020-07-09T10:04:04+00:00"


def test_a_numeric_byline_date_is_read_in_the_pages_order():
    """'10/7/2023' under the headline is the 7th of October on an American page, the 10th of July
    on a German one; a number over 12 is the day either way, and dots put the day first."""
    def dated(lang, line):
        html = (f"<html lang='{lang}'><body><article><h1>Harbour story</h1><p class='blog-date'>{line}</p>"
                f"{STORY}</article></body></html>")
        return stripper.extract(html, options=LATER).date
    assert dated("en", "10/7/2023") == "2023-10-07"
    assert dated("de", "10/7/2023") == "2023-07-10"
    assert dated("en", "25/7/2023") == "2023-07-25"
    assert dated("en-US", "10.07.2023") == "2023-07-10"


def test_the_site_clock_in_the_header_is_not_the_articles_date():
    """A top bar prints the day of the visit in a span named for a date; on a page with no date
    but its byline's, that span came first and won."""
    html = ("<html lang='hi'><body><header><span class='top-header__date'>बुधवार, 13 दिसंबर 2023</span></header>"
            "<article><h1>Harbour story</h1><h2 class='story__summary'>The ferry will run twice a day.</h2>"
            "<div class='story__byline'><div class='story__author'><span>न्यूज डेस्क, बंदरगाह समाचार, लखनऊ</span> "
            "<span>द्वारा प्रकाशित: <a href='/author/1'>राहुल मिश्रा</a></span></div><div class='story__dates'>"
            "<span class='story__date'>प्रकाशित: मंगलवार, 12 दिसंबर 2023, 07:40 PM</span><span class='story__date "
            f"story__date--updated'>अपडेटेड: 13 दिसंबर 2023, 08:10 AM</span></div></div>{STORY}</article></body></html>")
    assert stripper.extract(html, options=LATER).date == "2023-12-12"


@pytest.mark.parametrize("lang, label, printed, day", [
    ("cs", "span class='datum'", "6. března 2006 23:48", "2006-03-06"),
    ("es", "div class='fecha'", "lunes, 4 de marzo de 2024", "2024-03-04"),
    ("tr", "span class='haber-tarih'", "5 Mart 2024 10:15", "2024-03-05"),
    ("id", "span class='tanggal'", "Selasa, 5 Maret 2024 08:30 WIB", "2024-03-05"),
])
def test_a_class_that_names_the_date_in_the_sites_language_is_a_date_label(lang, label, printed, day):
    """span.datum, div.fecha, span.tarih, span.tanggal: 'date' in Czech, Spanish, Turkish and
    Indonesian; above the headline, it is the page's only date but the header clock (id="datum")."""
    tag = label.split()[0]
    html = (f"<html lang='{lang}'><body><div id='datum'>Úterý 7. března 2006</div><article>"
            f"<div class='info'><{label}>{printed}</{tag}></div><h1>Harbour story</h1>{STORY}</article></body></html>")
    assert stripper.extract(html, options=LATER).date[:10] == day


def test_an_empty_published_time_that_a_script_fills_from_an_epoch_gives_that_instant():
    """<time itemprop="datePublished" data-timestamp="1718127000000"></time>: the page's only date is
    the epoch a script formats (milliseconds here, or seconds); an image path's day is not the date."""
    def dated(attrs):
        html = ("<html lang='pt-BR'><head><meta property='og:image' content='/uploads/2024/06/10/bus.jpg'></head>"
                f"<body><article><h1>Harbour story</h1><p><time {attrs}></time></p>{STORY}</article></body></html>")
        return stripper.extract(html, options=LATER).date
    assert dated("itemprop='datePublished' data-timestamp='1718127000000'") == "2024-06-11T17:30:00+00:00"
    assert dated("class='published' data-time='1718127000'") == "2024-06-11T17:30:00+00:00"
    assert dated("class='published' data-time='17181270'") is None      # not an epoch


def test_an_updated_line_in_the_byline_zone_is_skipped_in_a_verb_final_language_too():
    """'16 February 2020 edited' (Bengali puts the verb last) is an edit's date; a line with a date
    on each side of its 'Updated' gives the first (two spans run together)."""
    def dated(line):
        html = f"<html><body><article><h1>Harbour story</h1><div class='meta'>{line}</div>{STORY}</article></body></html>"
        return stripper.extract(html, options=LATER).date
    assert dated("১৬:২০, ১৬ ফেব্রুয়ারি ২০২০ তারিখে সম্পাদিত সর্বশেষ সংস্করণ") is None
    assert dated("<span>פורסם: 5 במרץ 2024, 22:47</span><span>עודכן: 6 במרץ 2024, 08:15</span>") == "2024-03-05"


def test_a_date_label_in_the_articles_own_footer_is_read():
    """Drupal's node template puts 'By X, 5 March 2024' in a <footer> inside the <article>; a page
    footer's dates are still not read."""
    html = ("<html lang='cy'><body><p class='dyddiad-heddiw'>Dydd Iau, 7 Mawrth 2024</p><article><h1>Harbour story</h1>"
            f"<footer class='node__meta'><div class='node__submitted'>Gan <a href='/awdur/1'>Sam Lens</a> <span "
            f"class='node__date'>5 Mawrth 2024</span></div></footer>{STORY}</article><footer><span class='footer-date'>"
            "1 Ebrill 2024</span></footer></body></html>")
    assert stripper.extract(html, options=LATER).date == "2024-03-05"


def test_an_xhtml_pages_xml_lang_gives_the_order_of_a_numeric_day():
    """Drupal 7 writes XHTML+RDFa: the language is in xml:lang, and its byline reads
    'Submitted by … on Mon, 10/09/2023 - 21:14', month first."""
    html = ("<html xmlns='http://www.w3.org/1999/xhtml' xml:lang='en'><body><article><h1>Harbour story</h1>"
            "<div class='meta submitted'>Submitted by harbourmaster on Mon, 10/09/2023 - 21:14</div>"
            f"{STORY}</article></body></html>")
    assert stripper.extract(html, options=LATER).date == "2023-10-09"


def test_a_removed_byline_whose_label_and_date_are_separate_elements_gives_the_date():
    byline = "<div class='post-meta'><span>Published</span><span>April 2, 2025</span></div>"
    assert stripper.extract(page("", byline), options=LATER).date == "2025-04-02"


def test_a_time_element_of_another_day_does_not_replace_the_day():
    head = '<meta property="article:published_time" content="2024-03-05">'
    body = '<time datetime="2024-02-01T10:00:00Z">Feb 1</time>'
    assert stripper.extract(page(head, body), options=LATER).date == "2024-03-05"


def test_claim_review_date():
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ClaimReview", '
            '"datePublished": "2024-03-05T10:15:00+00:00", "claimReviewed": "The pier will close"}</script>')
    body = "<p>On Feb. 27, 2024, a post claimed that the pier would close for good.</p>"
    assert stripper.extract(page(head, body), options=LATER).date == "2024-03-05T10:15:00+00:00"


def test_byline_zone_under_the_headline_gives_the_date():
    html = ("<html><body><div class='story'><h1>Harbour story</h1><div class='info'>Ivan Petrov, 12 April 2024</div>"
            f"<div class='text'>{STORY}</div></div></body></html>")
    assert stripper.extract(html, options=LATER).date == "2024-04-12"


def test_byline_zone_under_a_headline_printed_in_a_font_gives_the_date():
    """An old table-layout page prints its headline in <font size=5> and its byline in a <font>
    under it; the page's only other dates are a 'Last modified' footer and a copyright range."""
    html = ("<html><head><title>Harbour story</title></head><body><table><tr><td><font size='5'><b>Harbour story</b>"
            "</font><br><font size='1'>By Sam Lens, Chief Reporter<br>Tuesday, 14 April 2009</font>"
            f"<p>{STORY}</p></td></tr></table><font size='1'>Copyright 1998-2011. Last modified: 03/02/2011 "
            "11:23:45</font></body></html>")
    assert stripper.extract(html, options=LATER).date == "2009-04-14"


def test_a_naive_clock_time_that_is_the_utc_of_the_offset_instant_gives_the_instant():
    """A theme's JSON-LD writes the server's UTC clock with no offset ("2025-02-10 23:20:00"); the
    article:published_time meta gives the same moment with the publisher's offset: the local day."""
    head = ('<meta property="article:published_time" content="2025-02-11T00:20:00+01:00">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"datePublished": "2025-02-10 23:20:00"}</script>')
    assert stripper.extract(page(head, f"<p>{STORY}</p>"), options=LATER).date == "2025-02-11T00:20:00+01:00"


LONG_STORY = "".join(f"<p>Paragraph {i} of the story: the harbour board met on the quay to decide how the new pier "
                     "will be paid for, and the fishermen asked for a say in where the boats will moor.</p>" for i in range(4))


def test_byline_zone_reads_a_dateline_right_above_the_headline_in_its_box():
    """A news module prints 'Posted on: March 11, 2024' in a heading over the story's title, the
    teasers below have their own days; a top bar's clock far above the headline is not read."""
    html = ("<html><head><title>Harbour story</title></head><body><div class='module'><h1>News Flash</h1>"
            "<div class='single'><div class='intro'><h3>Posted on: March 11, 2024</h3></div><h3>Harbour story</h3>"
            f"<div class='detail'>{LONG_STORY}</div></div><div class='other'><h3>Other News</h3><ul><li><a href='/2'>Street "
            "sweeping starts</a> Posted on: March 1, 2024</li></ul></div></div></body></html>")
    assert stripper.extract(html, options=LATER).date == "2024-03-11"
    clock = ("<html><body><header><div class='bar'><span>Saturday, 9 March 2024</span> <a href='/e'>E-paper</a></div>"
             f"</header><main><div class='story'><h1>Harbour story</h1><div class='text'>{LONG_STORY}</div></div></main></body></html>")
    assert stripper.extract(clock, options=LATER).date is None


def test_byline_zone_skips_updated_lines():
    html = ("<html><body><div class='story'><h1>Harbour story</h1><div class='info'>Updated 20 May 2024</div>"
            f"<div class='text'>{STORY}</div></div></body></html>")
    assert stripper.extract(html, options=LATER).date is None


@pytest.mark.parametrize("joined", ["Registriert: Mi 12. Aug 2009, 18:20", "Joined: Wed Aug 12, 2009 6:20 pm",
                                    "Member since 12 August 2009", "Inscrit le : 12 août 2009"])
def test_byline_zone_skips_a_posters_sign_up_day(joined):
    """A forum post's profile column (phpBB's dd.profile-joined) stands between the title and the
    post: the day its poster signed up is not the post's."""
    html = (f"<html><body><div class='post'><h1>Harbour story</h1><dl class='postprofile'><dd>Posts: 6214</dd>"
            f"<dd>{joined}</dd></dl><div class='text'>{STORY}</div></div></body></html>")
    assert stripper.extract(html, options=LATER).date is None


def test_a_date_label_named_by_its_id_counts_and_a_comments_date_does_not():
    """cnblogs-style: the post's own date is span#post-date under the story; a reader's comment
    below it carries span.comment_date, a later day, which is not the article's."""
    footer = ("<div class='postDesc'><span id='post-date'>2025-03-04 21:37</span> <a href='/u'>Mei Lin</a> "
              "阅读(1532) 评论(7) <a href='/e'>编辑</a> <a href='#'>收藏</a></div>"
              "<div class='feedbackItem'><span class='comment_date'>2025-03-05 09:12</span> Great post</div>")
    lead = "<p>" + "The ferry board met on Tuesday to decide the winter timetable for the harbour line. " * 3 + "</p>"
    html = f"<html><body><div class='post'><h1>Harbour story</h1>{lead}{STORY}{footer}</div></body></html>"
    assert stripper.extract(html, options=LATER).date == "2025-03-04"


HTMLDATE = stripper.Options(reference_date="2030-01-01")


def test_htmldate_does_not_give_the_modified_date_for_the_published_one():
    """A page whose only date is its modified time (the visible date is in a calendar nobody
    parses): htmldate answers with that day, which is when the page changed, not when it was
    published."""
    head = ("<meta property='og:updated_time' content='2024-11-25T10:15:33+03:00'>"
            "<meta property='article:modified_time' content='2024-11-25T10:15:33+03:00'>")
    assert stripper.extract(page(head, "<p class='meta'>ኅዳር 13 ቀን 2017 ዓ.ም</p>"), options=HTMLDATE).date is None


def test_htmldate_does_not_make_a_day_of_a_month_in_an_image_path():
    """'/uploads/2024/05/' in an image's address gives htmldate a month; it answers the 1st."""
    images = "".join(f"<p><img src='https://harbour.example/wp-content/uploads/2024/05/pier-{i}.jpg' alt=''></p>"
                     for i in range(3))
    assert stripper.extract(page("", images), options=HTMLDATE).date is None


def test_a_japanese_first_paragraph_ends_the_byline_zone():
    """A hundred-character Japanese sentence is the story's first paragraph, though shorter than
    the zone's limit in characters: the event's date on a short line under it is no byline."""
    lead = ("<p>市では、粗大ごみの収集申し込みをより便利にするため、令和6年12月1日（日曜日）から、インターネットによる受付を"
            "開始します。これまでの電話受付に加えて、二十四時間いつでも申し込みができるようになり、手数料の支払いも画面上で済みます。</p>")
    body = lead + "<h3>受付開始日</h3><p>令和6年12月1日（日曜日）午前9時から</p>"
    assert stripper.extract(page("", body), options=LATER).date is None
