"""Golden tests: every fixtures/<case>/ holds a saved page (page.html, raw bytes in the page's own
encoding) and the true answer (expected.json: url, headline, date, body).

Run `pytest tests/test_goldens.py --update-goldens` to rewrite expected.json from the current
output instead of comparing (known gaps keep their hand-written truth); review the change with
`git diff fixtures/` before committing it."""
from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

import stripper

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIELDS = ("headline", "date", "body")
MIN_FIXTURES = 30


# Known gaps: the expectation is the truth and the extractor does not reach it yet. Each entry is
# strict: the day a fix makes the case pass, the test fails until the entry is deleted here.
KNOWN_GAPS: dict = {}


def _cases() -> list:
    if not FIXTURES.is_dir():
        return []
    return [pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_GAPS[p.name], strict=True))
            if p.name in KNOWN_GAPS else p
            for p in sorted(p for p in FIXTURES.iterdir() if (p / "page.html").is_file())]


def _lines(value) -> list[str]:
    if value is None:
        return ["<None>"]
    return str(value).splitlines() or [""]


def _diff(field: str, expected, actual) -> str:
    return "\n".join(difflib.unified_diff(
        _lines(expected), _lines(actual),
        fromfile=f"expected {field}", tofile=f"actual {field}", lineterm=""))


def test_enough_fixtures():
    cases = [p for p in FIXTURES.iterdir() if (p / "page.html").is_file()]
    assert len(cases) >= MIN_FIXTURES, f"only {len(cases)} golden fixtures in {FIXTURES}"


def test_known_gaps_name_real_fixtures():
    assert set(KNOWN_GAPS) <= {p.name for p in FIXTURES.iterdir()}


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_golden(case: Path, request):
    expected_path = case / "expected.json"
    data = (case / "page.html").read_bytes()
    expected = json.loads(expected_path.read_text(encoding="utf-8")) if expected_path.is_file() else {}
    url = expected.get("url")
    article = stripper.extract(data, url=url)

    if request.config.getoption("--update-goldens"):
        if case.name in KNOWN_GAPS:   # a known gap's expected.json is the hand-written truth
            pytest.skip(f"{case.name} is a known gap: its expected.json is not rewritten")
        out = {"url": url, "headline": article.headline, "date": article.date, "body": article.body}
        expected_path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.skip(f"updated {expected_path}; review with `git diff fixtures/`")

    problems = []
    for field in FIELDS:
        want, got = expected.get(field), getattr(article, field)
        if want != got:
            problems.append(f"--- {field} differs:\n{_diff(field, want, got)}")
    if problems:
        pytest.fail(f"golden mismatch in {expected_path}\n" + "\n".join(problems), pytrace=False)
