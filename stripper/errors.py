"""Typed errors: everything the library raises on bad input derives from StripperError.

    StripperError                  base: catch this to catch every refusal
    ├── EmptyInputError            nothing but whitespace (or nothing at all) was given
    ├── NotHTMLError               the input is readable but is not an HTML page (PDF, PNG, JSON, ...)
    ├── DecodeError                bytes that no candidate encoding turns into text
    ├── InputTooLargeError         over Options.max_input_bytes or Options.max_tree_nodes
    └── TimeLimitError             over Options.time_limit_s (checked between and inside stages)

Only the command line turns these into messages and exit codes; the library never prints.
"""
from __future__ import annotations

__all__ = [
    "DecodeError",
    "EmptyInputError",
    "InputTooLargeError",
    "NotHTMLError",
    "StripperError",
    "TimeLimitError",
]


class StripperError(Exception):
    """Base class of every error that stripper raises for input it cannot extract from."""


class EmptyInputError(StripperError):
    """The input is empty or whitespace only."""


class NotHTMLError(StripperError):
    """The input is not an HTML page (a binary format, JSON, plain text, a feed, ...)."""


class DecodeError(StripperError):
    """The bytes could not be decoded to text."""


class InputTooLargeError(StripperError):
    """The input is larger than the options allow (bytes or element count)."""


class TimeLimitError(StripperError):
    """Extraction took longer than Options.time_limit_s."""
