"""stripper.datatrove: a local DataTrove pipeline reads a small WARC, extracts, writes JSONL."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("warcio")
pytest.importorskip("orjson")          # DataTrove's JsonlWriter
pytest.importorskip("magic")           # DataTrove's WarcReader
pytest.importorskip("cchardet")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import WarcReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from stripper.datatrove import StripperExtractor  # noqa: E402

from test_batch import page, write_warc  # noqa: E402


def run_pipeline(tmp_path, extractor):
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    write_warc(crawl / "part.warc.gz", [
        ("https://ex.com/2023/a", page("Datatrove story A", day="2023-03-01").encode(), "text/html; charset=utf-8",
         "2024-01-02T03:04:05Z"),
        ("https://ex.com/b", page("Datatrove story B", day="2023-03-02").encode(), "text/html", "2024-01-02T03:04:05Z"),
        ("https://ex.com/future", page("From the future", day="2031-01-01").encode(), "text/html",
         "2024-01-02T03:04:05Z"),
        ("https://ex.com/nothing", b"<html><body><nav>Home</nav></body></html>", "text/html", "2024-01-02T03:04:05Z"),
    ])
    out = tmp_path / "out"
    LocalPipelineExecutor(pipeline=[
        WarcReader(str(crawl), glob_pattern="*.warc.gz"),
        extractor,
        JsonlWriter(str(out), output_filename="docs.jsonl", compression=None),
    ], tasks=1, workers=1, logging_dir=str(tmp_path / "logs")).run()
    with open(out / "docs.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_pipeline_warc_to_jsonl(tmp_path):
    docs = run_pipeline(tmp_path, StripperExtractor(timeout=10))
    by_url = {d["metadata"]["url"]: d for d in docs}
    assert set(by_url) == {"https://ex.com/2023/a", "https://ex.com/b", "https://ex.com/future"}  # empty page dropped
    a = by_url["https://ex.com/2023/a"]
    assert a["metadata"]["headline"] == "Datatrove story A"
    assert a["metadata"]["publication_date"].startswith("2023-03-01")
    assert a["metadata"]["date"].startswith("2024-01-02")          # DataTrove's crawl date is kept
    assert a["text"].startswith("The council met") and "Home" not in a["text"] and "Copyright" not in a["text"]
    future = by_url["https://ex.com/future"]["metadata"]["publication_date"]
    assert future is None or future[:10] <= "2024-01-02"          # never later than the crawl


def test_keep_failed_keeps_documents_with_their_error(tmp_path):
    docs = run_pipeline(tmp_path, StripperExtractor(timeout=10, keep_failed=True))
    assert len(docs) == 4
    failed = [d for d in docs if d["metadata"]["stripper_error"]]
    assert [d["metadata"]["url"] for d in failed] == ["https://ex.com/nothing"] and not failed[0].get("text")


def test_extract_interface():
    assert StripperExtractor().extract(page("Plain call")).startswith("The council met")
