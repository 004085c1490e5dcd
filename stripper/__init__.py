"""stripper: the headline, the publication date and the body of a saved publication page.

    >>> import stripper
    >>> article = stripper.extract(html_bytes, url="https://example.com/2024/05/01/story")
    >>> article.headline, article.date, article.body
"""
from .article import Article, Block, Removal
from .errors import (DecodeError, EmptyInputError, ExtractionError, InputTooLargeError, NotHTMLError,
                     StripperError, TimeLimitError, UnsupportedInputError)
from .options import Options, SiteRule
from .pipeline import explain, extract
from .batch import extract_many

__version__ = "0.1.0"
__all__ = [
    "Article",
    "Block",
    "DecodeError",
    "EmptyInputError",
    "ExtractionError",
    "InputTooLargeError",
    "NotHTMLError",
    "Options",
    "Removal",
    "SiteRule",
    "StripperError",
    "TimeLimitError",
    "UnsupportedInputError",
    "explain",
    "extract",
    "extract_many",
]
