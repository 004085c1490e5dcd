"""Find the article's container: the element whose subtree holds the most paragraph text and the
least link and scrap text (a maximum-weight subtree over the blocks)."""
from __future__ import annotations

from .article import HEADING
from .blocks import RawBlock
from .options import Options

__all__ = ["Located", "locate"]

# Weights per character of a block's text, calibrated as a set on the development corpora.
LINK_TEXT_PENALTY = 1.0      # link-heavy blocks (menus, teaser lists) count against a container
SHORT_TEXT_PENALTY = 0.3     # short lines (labels, bylines, captions) count a little against it


class Located:
    __slots__ = ("container", "blocks", "good_chars")

    def __init__(self, container, blocks, good_chars):
        self.container, self.blocks, self.good_chars = container, blocks, good_chars


def is_good(block: RawBlock, options: Options) -> bool:
    return (block.chars >= options.min_paragraph_chars and block.kind != HEADING
            and block.link_density <= options.max_link_density_ratio)


def block_weight(block: RawBlock, options: Options) -> float:
    if block.kind == HEADING:
        return 0.0
    if block.link_density > options.max_link_density_ratio:
        return -LINK_TEXT_PENALTY * block.chars
    if block.chars < options.min_paragraph_chars:
        return -SHORT_TEXT_PENALTY * block.chars
    return block.chars - block.link_chars


def locate(blocks: list[RawBlock], root, options: Options) -> Located:
    """The best container and the blocks inside it, in order."""
    scores: dict = {}
    chains: dict = {}
    for block in blocks:
        owner = block.owner
        chain = chains.get(owner)
        if chain is None:
            chain = chains[owner] = (owner, *owner.iterancestors())
        weight = block_weight(block, options)
        for el in chain:
            scores[el] = scores.get(el, 0.0) + weight
    if not scores:
        return Located(root, [], 0)
    top = max(scores.values())
    tied = [el for el, score in scores.items() if score >= top]
    best = max(tied, key=lambda el: sum(1 for _ in el.iterancestors()))   # the deepest of equals
    inside = [b for b in blocks if best in chains[b.owner]]
    good = sum(b.chars for b in inside if is_good(b, options))
    return Located(best, inside, good)
