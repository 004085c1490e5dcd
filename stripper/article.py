"""The result: a frozen Article and its output formats."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

__all__ = ["Article", "Block", "Removal"]

# Block kinds: what a line of the body was in the page. Markdown output depends on them.
PARAGRAPH, HEADING, LIST_ITEM, QUOTE, TABLE_ROW, PREFORMATTED = "p", "h", "li", "quote", "row", "pre"

# Kana, CJK ideographs and hangul: the stages that measure text by its length count such a
# character twice (it says about as much as two Latin letters, and its script has no spaces).
WIDE_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True)
class Block:
    kind: str        # one of p, h, li, quote, row, pre
    text: str
    level: int = 0   # heading level (2 for h2), 0 otherwise


@dataclass(frozen=True)
class Removal:
    """One block that chrome removal took out, and why (the --explain listing)."""

    concept: str     # e.g. "ads", "comments", "share"
    rule: str        # the rule's name
    reason: str      # why the rule exists
    where: str       # tag with class/id, e.g. div.share-bar
    text: str        # the start of the removed text


def join_blocks(blocks, render=lambda block: block.text) -> str:
    """Body text: blocks separated by a blank line, except that consecutive list items and
    table rows stay on adjacent lines. `render` turns one block into its line(s)."""
    out: list[str] = []
    previous = None
    for block in blocks:
        if out:
            tight = block.kind == previous and block.kind in (LIST_ITEM, TABLE_ROW)
            out.append("\n" if tight else "\n\n")
        out.append(render(block))
        previous = block.kind
    return "".join(out)


def _markdown_line(block: Block) -> str:
    if block.kind == HEADING:
        return "#" * max(2, min(block.level or 2, 6)) + " " + block.text
    if block.kind == LIST_ITEM:
        return "- " + block.text
    if block.kind == QUOTE:
        return "\n".join("> " + line for line in block.text.splitlines())
    if block.kind == TABLE_ROW:
        return "| " + block.text.replace("\t", " | ") + " |"
    if block.kind == PREFORMATTED:
        return "```\n" + block.text + "\n```"
    return block.text


@dataclass(frozen=True)
class Article:
    """What a reader came for. `body` is plain text, one block per paragraph, separated by a
    blank line. `date` is ISO 8601: YYYY-MM-DD, or a full timestamp with offset when the page
    gives one. `blocks` keeps the kind of each body line for Markdown output."""

    headline: str | None
    date: str | None
    body: str
    url: str | None = None
    author: str | None = None
    language: str | None = None
    site_name: str | None = None
    blocks: tuple[Block, ...] = field(default=(), compare=False, repr=False)

    def to_dict(self) -> dict:
        return {"headline": self.headline, "date": self.date, "body": self.body, "url": self.url,
                "author": self.author, "language": self.language, "site_name": self.site_name}

    def to_json(self, **kwargs) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    def to_text(self) -> str:
        head = [line for line in (self.headline, self.date) if line]
        return "\n\n".join(head + ([self.body] if self.body else [])) + "\n"

    def to_markdown(self) -> str:
        parts = []
        if self.headline:
            parts.append(f"# {self.headline}")
        if self.date:
            parts.append(f"*{self.date}*")
        if self.blocks:
            parts.append(join_blocks(self.blocks, _markdown_line))
        elif self.body:
            parts.append(self.body)
        return "\n\n".join(parts) + "\n"
