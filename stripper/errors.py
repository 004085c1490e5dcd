"""Typed errors: everything the library raises on bad input derives from StripperError.

    StripperError                  base: catch this to catch every refusal
    ├── EmptyInputError            nothing but whitespace (or nothing at all) was given
    ├── NotHTMLError               the input is readable but is not an HTML page (PDF, PNG, JSON, ...)
    ├── DecodeError                bytes that no candidate encoding turns into text
    ├── InputTooLargeError         over Options.max_input_bytes, max_tree_nodes or max_depth_levels
    ├── TimeLimitError             over Options.time_limit_s (checked between and inside stages)
    ├── UnsupportedInputError      not bytes, str, an lxml element or a BeautifulSoup object
    │                              (also a TypeError, so `except TypeError` keeps working)
    └── ExtractionError            an unexpected failure inside stripper on this page: a bug to
                                   report, raised instead of a bare RecursionError, lxml error, ...

Only the command line turns these into messages and exit codes; the library never prints.
"""
from __future__ import annotations

__all__ = [
    "DecodeError",
    "EmptyInputError",
    "ExtractionError",
    "InputTooLargeError",
    "NotHTMLError",
    "StripperError",
    "TimeLimitError",
    "UnsupportedInputError",
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


class UnsupportedInputError(StripperError, TypeError):
    """extract() was given something that is not a page: not bytes, str, an lxml element or tree,
    or a BeautifulSoup object."""


class ExtractionError(StripperError):
    """An unexpected internal failure while extracting from this page. Never raised on purpose:
    the public functions turn any other exception into this one (the original is its __cause__),
    so that callers only ever see StripperError. Each occurrence is a bug worth a test."""
