"""Regular expressions stay linear: every pattern the library runs on page text (the chrome rules,
the date, headline, parse, decode, signals, chrome and locate patterns) is fed 100 KB of its worst
case (long runs of the characters it repeats, near-misses of its alternatives), and every search
must finish within SEARCH_BUDGET_S.

Each pattern runs in a forked child that is killed at the budget, so a catastrophic pattern fails
the test instead of hanging it; test_the_check_catches_* prove the check can fail.
"""
from __future__ import annotations

import importlib
import multiprocessing
import re
import time

import pytest

from stripper.rules import ALL_RULES, BUILTIN, attr_regex

SIZE = 100_000               # characters of adversarial input per search
SEARCH_BUDGET_S = 0.5        # per search; a linear pattern takes milliseconds
MODULES = ("stripper.dates", "stripper.headline", "stripper.parse", "stripper.decode",
           "stripper.signals", "stripper.chrome", "stripper.locate", "stripper.body",
           "stripper.blocks")
GENERIC = ("a", "-", " ", "\t", "\n", "_", ".", "0", "1", "<", ">", "/", ":", "|", "!", "x-", "a ",
           "ad-", " hid", "<meta ", "<!--", "-->", "<?", "2024-", "2024-01-", "12:", "20240101",
           "Jan 1 ", "1 Jan ", "published ", "share ", "&amp;", "<!---->", "<!-- x -->\n", "<?x?>", "&#x10;")


def _module_patterns():
    found = []
    for name in MODULES:
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{name}.{attr}", value))
    return found


def _rule_patterns():
    found = []
    for rule in ALL_RULES:
        if rule.kind == "attr":
            found.append((f"rule {rule.name}", re.compile(attr_regex(rule.pattern))))
        elif rule.kind == "style":
            found.append((f"rule {rule.name}", re.compile(rule.pattern)))
        elif rule.kind in ("text", "heading"):
            found.append((f"rule {rule.name}", re.compile(rule.pattern, re.IGNORECASE)))
    found.append(("rules BUILTIN.attr_any", BUILTIN.attr_any))
    return found


def _inline_patterns():
    """Patterns used through re.sub/re.findall calls and third-party patterns run on the input."""
    from bs4.dammit import encoding_res
    return [
        ("headline re.findall(\\w+)", re.compile(r"\w+")),
        ("bs4 meta charset (run on decode.DECLARATION_BYTES)", encoding_res[str]["html"]),
        ("bs4 xml encoding", encoding_res[str]["xml"]),
    ]


ALL_PATTERNS = _module_patterns() + _rule_patterns() + _inline_patterns()
SIZE_OF = {"bs4 meta charset (run on decode.DECLARATION_BYTES)": 4096}


def _words(pattern: str) -> list[str]:
    """Literal words of a pattern's alternatives, for near-miss inputs."""
    words = re.findall(r"[A-Za-z][A-Za-z0-9'’ ]{1,}", pattern)
    return sorted(set(w for w in words if not re.fullmatch(r"[PpdDsSwWbB]", w)), key=lambda w: (-len(w), w))


def adversarial_inputs(pattern: re.Pattern, size: int = SIZE) -> list[str]:
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    units = list(GENERIC)
    units += sorted(set(c for c in source if c.isprintable() and c not in "\\()[]{}?*+^$" + "".join(GENERIC)))[:16]
    for word in _words(source)[:6]:
        units += [word + " ", word + "-", word[:-1]]
    inputs = []
    for unit in dict.fromkeys(units):
        run = unit * (size // len(unit) + 1)
        inputs.append(run[:size])
        inputs.append(run[:size - 1] + "\x00")      # a run that fails at its very end
    return inputs


def _child(pattern, inputs, conn):
    for text in inputs:
        subject = text.encode("latin-1", "replace") if isinstance(pattern.pattern, bytes) else text
        started = time.perf_counter()
        pattern.search(subject)
        conn.send(time.perf_counter() - started)
    conn.close()


def slowest_search(pattern: re.Pattern, inputs: list[str], budget_s: float = SEARCH_BUDGET_S):
    """(seconds, input) of the slowest search of `pattern` over `inputs`. The searches run in a
    forked child; one that has not answered a second after the budget is killed and reported
    as taking forever."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(pattern, inputs, child), daemon=True)
    proc.start()
    child.close()
    worst, worst_text = 0.0, ""
    try:
        for text in inputs:
            if not parent.poll(budget_s + 1.0):
                return float("inf"), text
            seconds = parent.recv()
            if seconds > worst:
                worst, worst_text = seconds, text
        return worst, worst_text
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)


def assert_linear(name: str, pattern: re.Pattern, size: int = SIZE) -> None:
    seconds, text = slowest_search(pattern, adversarial_inputs(pattern, size))
    assert seconds <= SEARCH_BUDGET_S, (
        f"{name}: /{pattern.pattern[:120]}/ took {seconds:.2f} s on {len(text)} chars of {text[:20]!r}...")


@pytest.mark.parametrize("name,pattern", ALL_PATTERNS, ids=[n for n, _ in ALL_PATTERNS])
def test_pattern_is_linear(name, pattern):
    assert_linear(name, pattern, SIZE_OF.get(name, SIZE))


def test_every_rule_is_covered():
    names = {n for n, _ in ALL_PATTERNS}
    for rule in ALL_RULES:
        if rule.kind in ("attr", "style", "text", "heading"):
            assert f"rule {rule.name}" in names


def test_the_check_catches_an_exponential_pattern():
    """(a+)+$ backtracks exponentially on a run of a's that fails at the end."""
    catastrophic = re.compile(r"(a+)+$")
    with pytest.raises(AssertionError, match="took"):
        assert_linear("catastrophic", catastrophic)


def test_the_check_catches_a_quadratic_pattern():
    """\\s+x scans a whole run of spaces from every start: 100 KB of spaces is 5e9 steps."""
    quadratic = re.compile(r"\s+x")
    with pytest.raises(AssertionError, match="took"):
        assert_linear("quadratic", quadratic)


HISTORICAL = [   # patterns this project once shipped, each caught by this test before it was fixed
    ("parse._NOT_PAGE_ROOT, exponential on comments",
     re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(rss|feed|svg|rdf:RDF|urlset|sitemapindex|kml|gpx)\b",
                re.IGNORECASE | re.DOTALL)),
    ("parse._PROLOG_ITEM, quadratic on spaces", re.compile(r"\s*(?:<\?[^>]*>|<!--|<!doctype[^>]*>)", re.IGNORECASE)),
    ("headline._SEPARATORS, quadratic on spaces", re.compile(r"\s+(?:\||-|–|—|::|·|»|/|•|~)\s+|\s*\|\s*")),
]


@pytest.mark.parametrize("name,pattern", HISTORICAL, ids=[n for n, _ in HISTORICAL])
def test_the_check_catches_patterns_it_found(name, pattern):
    with pytest.raises(AssertionError, match="took"):
        assert_linear(name, pattern)
