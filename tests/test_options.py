"""Options change what comes out, each in the direction its name says."""
from __future__ import annotations

import dataclasses
import pathlib

import pytest

import stripper

PARAS = "".join(
    f"<p>Paragraph {i} of the report on the river crossing describes the works planned for "
    f"the coming year, the budget set aside and the delays the contractors expect.</p>" for i in range(6))
PAGE = ("<html><body><article><h1>Crossing report</h1><p>Filed from the quay.</p>" + PARAS +
        "<p>Also: <a href='/a'>the old bridge plans</a> and <a href='/b'>the ferry timetable for May</a></p>"
        "<table><tr><td>Cost</td><td>4m</td></tr><tr><td>Length</td><td>300m</td></tr></table>"
        "</article></body></html>")


def test_options_are_frozen_and_validated():
    options = stripper.Options()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.favor = "recall"
    with pytest.raises(ValueError):
        stripper.Options(favor="everything")
    assert options.replace(favor="recall").favor == "recall"


def test_precision_trims_short_edge_lines_that_balanced_keeps():
    balanced = stripper.extract(PAGE).body
    precise = stripper.extract(PAGE, options=stripper.Options(favor="precision")).body
    assert "Filed from the quay." in balanced
    assert "Filed from the quay." not in precise
    assert "Paragraph 0" in precise and "Paragraph 5" in precise


def test_recall_keeps_a_link_heavy_line_that_balanced_drops():
    balanced = stripper.extract(PAGE).body
    loose = stripper.extract(PAGE, options=stripper.Options(favor="recall")).body
    assert "the ferry timetable" not in balanced
    assert "the ferry timetable" in loose


def test_tables_can_be_left_out():
    assert "Cost\t4m" in stripper.extract(PAGE).body
    assert "Cost" not in stripper.extract(PAGE, options=stripper.Options(include_tables=False)).body


def test_a_paragraph_alone_in_a_cell_is_the_cell():
    """Press-release tables wrap each cell's text in <p>: the row is still one line of cells, and
    it goes with the table when tables are left out."""
    table = ("<table><tr><td><p>Cost</p></td><td><p class='x'><span>4m</span></p></td></tr>"
             "<tr><td><p>Length</p></td><td><p>300m</p></td></tr></table>")
    page = PAGE.replace("<table><tr><td>Cost</td><td>4m</td></tr><tr><td>Length</td><td>300m</td></tr></table>", table)
    assert "Cost\t4m\nLength\t300m" in stripper.extract(page).body
    assert "Cost" not in stripper.extract(page, options=stripper.Options(include_tables=False)).body


def test_a_table_of_divs_with_aria_roles_comes_out_as_rows():
    table = ("<div role='table'><div role='row'><div role='columnheader'><p>Cost</p></div>"
             "<div role='columnheader'><p>4m</p></div></div><div role='row'><div role='cell'>Length</div>"
             "<div role='cell'><p>300m</p></div></div></div>")
    page = PAGE.replace("<table><tr><td>Cost</td><td>4m</td></tr><tr><td>Length</td><td>300m</td></tr></table>", table)
    assert "Cost\t4m\nLength\t300m" in stripper.extract(page).body
    assert "Cost" not in stripper.extract(page, options=stripper.Options(include_tables=False)).body


def test_a_page_laid_out_in_a_table_keeps_its_story_when_tables_are_left_out():
    """A 1990s page sets the whole story in one layout cell, paragraphs split by <br><br>: those
    lines are paragraphs, not cells of one row, and leaving tables out leaves them in."""
    page = (pathlib.Path(__file__).parent.parent / "fixtures" / "cause-table-layout-br-paragraphs" / "page.html").read_bytes()
    body = stripper.extract(page, options=stripper.Options(include_tables=False)).body
    assert body.startswith("The harbour ferry will run a new timetable")
    assert "\t" not in body and "Old time" not in body
    assert body.endswith("the mooring charges for private boats.")


def test_a_cell_of_a_dash_keeps_its_column():
    """'—' in a cell is a value (none, not applicable): without it the row's cells slide left."""
    table = "<table><tr><td>Cost</td><td>—</td><td>4m</td></tr><tr><td>Length</td><td>-</td><td>300m</td></tr></table>"
    page = PAGE.replace("<table><tr><td>Cost</td><td>4m</td></tr><tr><td>Length</td><td>300m</td></tr></table>", table)
    assert "Cost\t—\t4m\nLength\t-\t300m" in stripper.extract(page).body


def test_lines_of_one_cell_are_one_value_and_a_rows_only_cell_is_layout():
    """'4m<br>(estimate)' is one cell's value: a space joins its lines, a tab only joins cells. A
    row of one cell (an old portal's story title over its standfirst) is layout: its lines are
    lines of their own."""
    table = ("<table><tr><td>Cost</td><td>4m<br>(estimate)</td></tr><tr><td>Length</td><td>300m</td></tr></table>"
             "<table><tr><td><b>Crossing works start in May</b><br>Two of the three lanes close for the summer</td></tr></table>")
    page = PAGE.replace("<table><tr><td>Cost</td><td>4m</td></tr><tr><td>Length</td><td>300m</td></tr></table>", table)
    body = stripper.extract(page).body
    assert "Cost\t4m (estimate)\nLength\t300m" in body
    assert "Crossing works start in May\n\nTwo of the three lanes close" in body


def test_reference_date_refuses_later_dates():
    page = PAGE.replace("<html>", "<html><head><meta property='article:published_time' content='2024-05-02'></head>")
    assert stripper.extract(page).date == "2024-05-02"
    assert stripper.extract(page, options=stripper.Options(reference_date="2024-05-01")).date != "2024-05-02"


def test_site_rules_remove_what_the_user_names():
    rule = stripper.SiteRule(host="example.com", xpath="//p[contains(., 'Paragraph 3')]")
    options = stripper.Options(site_rules=(rule,))
    assert "Paragraph 3" not in stripper.extract(PAGE, url="https://www.example.com/x", options=options).body
    assert "Paragraph 3" in stripper.extract(PAGE, url="https://other.org/x", options=options).body


def test_broken_site_rules_are_refused_when_made():
    with pytest.raises(ValueError):
        stripper.SiteRule(xpath="//div[")
    with pytest.raises(ValueError):
        stripper.SiteRule(attr_pattern="(unclosed")
    with pytest.raises(ValueError):
        stripper.SiteRule(host="example.com")
