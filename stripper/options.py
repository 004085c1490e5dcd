"""One frozen Options object: every threshold is named with its unit."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

__all__ = ["Options", "SiteRule"]


@dataclass(frozen=True)
class SiteRule:
    """A user-supplied chrome rule: remove elements matching `xpath` (or whose class/id
    matches `attr_pattern`) on pages whose URL host ends with `host` (empty: every page)."""

    host: str = ""
    xpath: str = ""
    attr_pattern: str = ""
    reason: str = "user rule"

    def __post_init__(self) -> None:
        """A broken rule is refused when it is made, not on the first page it meets."""
        if not (self.xpath or self.attr_pattern):
            raise ValueError("a SiteRule needs an xpath or an attr_pattern")
        if self.xpath:
            from lxml import etree
            try:
                etree.XPath(self.xpath)
            except etree.XPathSyntaxError as exc:
                raise ValueError(f"SiteRule xpath {self.xpath!r} does not compile: {exc}") from None
        if self.attr_pattern:
            import re
            try:
                re.compile(self.attr_pattern)
            except re.error as exc:
                raise ValueError(f"SiteRule attr_pattern {self.attr_pattern!r} does not compile: {exc}") from None


@dataclass(frozen=True)
class Options:
    """How extraction behaves. Build one, pass it to extract(); use .replace(...) to vary it.

    favor: "balanced" (default), "precision" (drop doubtful blocks) or "recall" (keep them).
    The thresholds were tuned together on the development corpora (see benchmarks/)."""

    favor: str = "balanced"
    include_tables: bool = True
    include_comments: bool = False
    include_captions: bool = False
    # Content selection thresholds.
    min_paragraph_chars: int = 25          # a text block shorter than this does not vote for its container
    max_link_density_ratio: float = 0.5    # a block with more link text than this share does not vote for its container
    min_body_chars: int = 200              # a body shorter than this gives way to the page's JSON-LD articleBody
    # Safety limits, enforced in the library (InputTooLargeError, TimeLimitError); fuzz/README.md
    # has the measured cost of each hazard. Real pages stay far below every one of them.
    max_input_bytes: int = 64 * 1024 * 1024  # bytes (characters for str input), checked before decoding
    max_tree_nodes: int = 250_000          # elements; real pages have up to ~50,000, and 250,000 take ~10 s
                                           # (text with over twice as many start tags is refused unparsed)
    max_depth_levels: int = 2_000          # element nesting; libxml2 stops at 2,047 whatever this says
    time_limit_s: float | None = 20.0      # seconds per page, checked after each stage; None: no limit
    # Dates: nothing later than this (ISO date) is accepted as a publication date; None: today (UTC).
    reference_date: str | None = None
    use_htmldate_fallback: bool = True
    site_rules: tuple[SiteRule, ...] = field(default_factory=tuple)

    def replace(self, **changes) -> "Options":
        return replace(self, **changes)

    def __post_init__(self) -> None:
        if self.favor not in ("balanced", "precision", "recall"):
            raise ValueError(f"favor must be balanced, precision or recall, not {self.favor!r}")
