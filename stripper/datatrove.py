"""stripper as a Hugging Face DataTrove extractor. Install with `pip install 'stripper[datatrove]'`.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from stripper.datatrove import StripperExtractor

    LocalPipelineExecutor(pipeline=[
        WarcReader("crawl/", glob_pattern="*.warc.gz"),
        StripperExtractor(),
        JsonlWriter("out/"),
    ], tasks=4, workers=2).run()

Each document's text becomes the article body. The headline and the publication date go into
the document's metadata as "headline" and "publication_date" (DataTrove's own "date" is the
crawl date, WARC-Date, and stays as it is; it is also used as the latest date a publication
date may have). Like DataTrove's own extractors, a document that cannot be extracted (not HTML,
over the time limit, no body) is dropped and counted in the step's stats; keep_failed=True
keeps it instead, with an empty text and the error in metadata["stripper_error"].
"""
from __future__ import annotations

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
from datatrove.utils.typeshelper import StatHints

from .errors import StripperError
from .options import Options

__all__ = ["StripperExtractor"]

_WARMUP = ("<html><head><title>Warm up</title></head><body><article><h1>Warm up</h1>"
           "<p>A short paragraph that loads every part of the extractor once.</p></article></body></html>")


def _extract_fields(html: str, url: str | None, reference_date: str | None, options: Options) -> dict:
    """Runs in DataTrove's sandbox process: never raises for a bad page (the sandbox's warm-up
    would count a raise as a broken process), returns the fields or the error."""
    from .pipeline import extract
    try:
        if reference_date and reference_date != options.reference_date:
            options = options.replace(reference_date=reference_date)
        article = extract(html, url=url, options=options)
    except StripperError as error:
        return {"error": f"{type(error).__name__}: {error}"}
    return {"error": "", "headline": article.headline, "date": article.date, "body": article.body}


def _day(value) -> str | None:
    """YYYY-MM-DD from a WARC-Date like 2024-01-02T03:04:05Z (or a datetime)."""
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" else None


class StripperExtractor(BaseExtractor):
    """DataTrove extractor: text = the article body; metadata[headline_key] = the headline,
    metadata[date_key] = the publication date (ISO 8601) or None.

    Args:
        timeout: per-document time limit in seconds (DataTrove's sandbox stops the extraction
            process when it is over; stripper's own time limit is set to the same value).
        options: stripper.Options for every document.
        headline_key, date_key: metadata keys (the default date key does not clash with
            DataTrove's crawl "date").
        use_crawl_date: no publication date later than the document's metadata["date"].
        keep_failed: keep documents that fail, with text "" and metadata[error_key].
    """

    name = "✂ stripper"
    _requires_dependencies = ["lxml"]

    def __init__(self, timeout: float = 5.0, options: Options | None = None, headline_key: str = "headline",
                 date_key: str = "publication_date", use_crawl_date: bool = True, keep_failed: bool = False,
                 error_key: str = "stripper_error"):
        super().__init__(timeout)
        self.options = (options or Options()).replace(time_limit_s=timeout)
        self.headline_key, self.date_key, self.error_key = headline_key, date_key, error_key
        self.use_crawl_date, self.keep_failed = use_crawl_date, keep_failed

    def extract(self, text: str) -> str:
        """The body of one page (the BaseExtractor interface); raises StripperError on failure."""
        from .pipeline import extract
        return extract(text, options=self.options).body

    def _fail(self, doc, stat: str, message: str):
        self.stat_update(stat)
        if self.keep_failed:
            doc.text = ""
            doc.metadata[self.error_key] = message
            return doc
        self.stat_update(StatHints.dropped)
        return None

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        warmup = (_WARMUP, None, None, self.options)
        with ExtractorSandbox(timeout=self.timeout, warmup_text=warmup) as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                out = None
                with self.track_time():
                    metadata = doc.metadata
                    url = metadata.get("url")
                    reference = _day(metadata.get("date")) if self.use_crawl_date else None
                    try:
                        result = sandbox.process_document((doc.text, url, reference, self.options), _extract_fields)
                    except TimeoutError:
                        out = self._fail(doc, "timeout", f"TimeLimitError: over the time limit of {self.timeout} s")
                    except EOFError:
                        out = self._fail(doc, "broken_process", "WorkerDied: the extraction process died")
                    except Exception as error:
                        out = self._fail(doc, "clean_error", f"InternalError: {type(error).__name__}: {error}")
                    else:
                        if result["error"]:
                            out = self._fail(doc, "clean_error", result["error"])
                        elif not result["body"]:
                            out = self._fail(doc, "empty_body", "EmptyBody: no body found")
                        else:
                            self.stat_update("extracted")
                            doc.text = result["body"]
                            metadata[self.headline_key] = result["headline"]
                            metadata[self.date_key] = result["date"]
                            if self.keep_failed:
                                metadata[self.error_key] = ""
                            out = doc
                if out is not None:
                    if out.text:
                        self.stat_update(StatHints.forwarded)
                        self.update_doc_stats(out)
                    yield out
