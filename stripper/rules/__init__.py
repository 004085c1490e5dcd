"""Chrome rules as data. Each row names its concept, what it matches, why it exists, and an
HTML snippet it must remove and one it must keep (tests/test_rules.py runs every row).

Kinds of rule:
  tag      the element names listed in `pattern` (space separated) are removed with their subtree
  attr     a regex over the element's "class id" string, lower-cased; `-` and `_` count as word
           boundaries, so `share` matches class="post-share_bar" but not "sharepoint-doc"
  style    a regex over the inline style attribute, lower-cased (display: none)
  flag     the element carries one of the attributes listed in `pattern` (hidden)
  role     the ARIA role attribute equals one of the words in `pattern`
  text     a regex searched in the whole text of a body block no longer than `max_chars`; when the
           row names `needles` (lower-case strings), only in a block that holds one of them: a
           cheap test first, since a regex with unanchored alternatives costs a scan of every block
           (every alternative of such a row needs a needle; its examples are tested through it)
  heading  like text, for a heading or short label: the block goes, and so do the link lists
           and short lines that follow it up to the next real paragraph (a "Trending" box)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .table import RULES

__all__ = ["ALL_RULES", "BUILTIN", "Compiled", "INLINE_CONCEPTS", "Rule", "attr_regex", "compile_rules"]

ATTR_GROUP_SIZE = 5     # rules: the rule that names an element is found by testing runs of this many at once
INLINE_CONCEPTS = frozenset(("hidden", "captions", "byline", "permalink", "linenumbers"))   # what class rules may take out of running text


@dataclass(frozen=True)
class Rule:
    name: str
    concept: str
    kind: str
    pattern: str
    reason: str
    removes: str
    keeps: str
    max_chars: int = 200
    needles: tuple = ()


_B, _E = r"(?<![a-z0-9])", r"(?![a-z0-9])"


def attr_regex(pattern: str) -> str:
    """Wrap an alternation of class/id tokens in the hyphen-aware word boundaries."""
    return f"{_B}(?:{pattern}){_E}"


@dataclass(frozen=True)
class Compiled:
    tags: dict            # tag -> Rule
    roles: dict           # role -> Rule
    attr_any: re.Pattern  # one alternation of every attr rule, for the fast first test
    attr: tuple           # (Rule, regex) per attr rule, to name the rule that matched
    attr_groups: tuple    # (alternation, its (Rule, regex) pairs) per run of ATTR_GROUP_SIZE attr rules
    inline_any: re.Pattern  # the alternation of the attr rules of INLINE_CONCEPTS ...
    inline: tuple         # ... and those rules, as in `attr`
    text: tuple           # (Rule, regex) per text or heading rule
    style: tuple          # (Rule, regex) per style rule
    flags: tuple          # (attribute, Rule) per flag rule


class _Split:
    """A text rule's alternation searched as two: the alternatives anchored at the start (one try,
    at position 0) before the others (a try at every position). Same matches as the whole."""
    __slots__ = ("anchored", "floating")

    def __init__(self, anchored: re.Pattern, floating: re.Pattern):
        self.anchored, self.floating = anchored, floating

    def search(self, text: str):
        return self.anchored.search(text) or self.floating.search(text)


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regex: its '|' outside groups, classes and escapes."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]" or pattern[i - 1] == "["
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _by_first_letter(branches) -> str:
    """Alternatives that open with a plain letter or digit, grouped under it: "a(?:d|ds)|b(?:ox)|…".
    Python's regex engine skips a branch whose first op is a literal the text does not hold there, so
    at each position it tries the few alternatives of one letter, not all of them (about twice as
    fast over a page's class strings). Matches the same texts as the plain alternation."""
    grouped: dict = {}
    rest = []
    for branch in branches:
        if branch[:1].isalnum() and branch[:1].isascii() and branch[1:2] not in ("*", "+", "?", "{"):
            grouped.setdefault(branch[0], []).append(branch[1:])
        else:
            rest.append(branch)
    return "|".join([f"{first}(?:{'|'.join(tails)})" for first, tails in grouped.items()] + rest)


def _text_regex(pattern: str):
    """Python's search tries an unanchored alternation at every position: a row whose alternatives
    are mostly '^…' costs a scan of the block for the few that are not. Searched apart, the
    anchored ones fail at once (about 25 times faster on a 250-character block)."""
    branches = _branches(pattern)
    anchored = [b for b in branches if b.startswith("^")]
    if not anchored or len(anchored) == len(branches):
        return re.compile(pattern, re.IGNORECASE)
    floating = [b for b in branches if not b.startswith("^")]
    return _Split(re.compile("|".join(anchored), re.IGNORECASE), re.compile("|".join(floating), re.IGNORECASE))


def compile_rules(rules) -> Compiled:
    tags, roles, attr, text, style, flags = {}, {}, [], [], [], []
    for rule in rules:
        if not rule.pattern.strip():
            raise ValueError(f"rule {rule.name} has an empty pattern")
        if rule.kind == "tag":
            tags.update((tag, rule) for tag in rule.pattern.split())
        elif rule.kind == "role":
            roles.update((role, rule) for role in rule.pattern.split())
        elif rule.kind == "attr":
            attr.append((rule, re.compile(attr_regex(rule.pattern))))
        elif rule.kind == "flag":
            flags.extend((name, rule) for name in rule.pattern.split())
        elif rule.kind == "style":
            style.append((rule, re.compile(rule.pattern)))
        elif rule.kind in ("text", "heading"):
            text.append((rule, _text_regex(rule.pattern)))
        else:
            raise ValueError(f"rule {rule.name} has an unknown kind {rule.kind!r}")

    def alternation(pairs) -> re.Pattern:
        # One pair of boundaries around every alternative: the same matches as OR-ing the wrapped
        # rules, and about three times faster than testing each alternative's boundaries on its own.
        if not pairs:
            return re.compile("(?!)")
        return re.compile(attr_regex(_by_first_letter(b for rule, _ in pairs for b in _branches(rule.pattern))))

    attr_any = alternation(attr)
    groups = tuple((alternation(attr[i:i + ATTR_GROUP_SIZE]), tuple(attr[i:i + ATTR_GROUP_SIZE]))
                   for i in range(0, len(attr), ATTR_GROUP_SIZE))
    inline = tuple((rule, regex) for rule, regex in attr if rule.concept in INLINE_CONCEPTS)
    inline_any = alternation(inline)
    return Compiled(tags, roles, attr_any, tuple(attr), groups, inline_any, inline, tuple(text), tuple(style), tuple(flags))


ALL_RULES: tuple[Rule, ...] = tuple(Rule(*row) for row in RULES)
# Compiled once at import; immutable, so every thread shares it safely.
BUILTIN: Compiled = compile_rules(ALL_RULES)
