"""stripper.ray on a local Ray with 2 CPUs: the callable class and read -> extract -> write."""
from __future__ import annotations

import glob
import json
import os

import pytest

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")
pytest.importorskip("pyarrow")
pytest.importorskip("warcio")

import stripper.ray as sray  # noqa: E402

from test_batch import page, write_warc  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    os.environ.setdefault("RAY_DEDUP_LOGS", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    yield ray
    ray.shutdown()


def test_callable_class_in_map_batches(local_ray):
    rows = [{"id": f"r{i}", "html": page(f"Ray story {i}"), "url": f"https://ex.com/{i}", "lang": "en"}
            for i in range(6)]
    rows.append({"id": "bad", "html": "", "url": None, "lang": "en"})
    ds = ray.data.from_items(rows).map_batches(sray.Extract, batch_format="numpy", batch_size=3,
                                               compute=ray.data.ActorPoolStrategy(size=2))
    out = sorted(ds.take_all(), key=lambda r: r["id"])
    assert len(out) == 7
    by_id = {r["id"]: r for r in out}
    assert by_id["r3"]["headline"] == "Ray story 3" and by_id["r3"]["error"] == ""
    assert by_id["r3"]["date"].startswith("2023-05-04") and by_id["r3"]["lang"] == "en"
    assert "html" not in by_id["r3"]
    assert by_id["bad"]["error"].startswith("EmptyInputError")


def test_run_reads_warc_and_jsonl_and_writes_jsonl_and_parquet(local_ray, tmp_path):
    import pyarrow.parquet as pq
    warc = tmp_path / "in" / "crawl.warc.gz"
    warc.parent.mkdir()
    write_warc(warc, [(f"https://ex.com/w{i}", page(f"Warc story {i}").encode(), "text/html; charset=utf-8",
                       "2024-01-02T03:04:05Z") for i in range(5)]
               + [("https://ex.com/empty", b"", "text/html", "2024-01-02T03:04:05Z")])
    jsonl = tmp_path / "in" / "pages.jsonl"
    jsonl.write_text("".join(json.dumps({"id": f"j{i}", "html": page(f"Json story {i}")}) + "\n" for i in range(3)))
    out_dir = tmp_path / "out_jsonl"
    sray.run([str(warc), str(jsonl)], str(out_dir), concurrency=2, batch_size=4)
    rows = []
    for path in sorted(glob.glob(str(out_dir / "*.json*"))):
        with open(path, encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    assert len(rows) == 9
    warc_rows = [r for r in rows if r["source"] == str(warc)]
    assert len(warc_rows) == 6
    assert all(r["warc_date"] == "2024-01-02T03:04:05Z" and r["id"] == r["warc_record_id"] for r in warc_rows)
    assert sorted(r["headline"] for r in warc_rows if not r["error"]) == [f"Warc story {i}" for i in range(5)]
    assert [r["error"][:15] for r in warc_rows if r["error"]] == ["EmptyInputError"]
    assert sorted(r["id"] for r in rows if r["source"] == str(jsonl)) == ["j0", "j1", "j2"]

    out_pq = tmp_path / "out.parquet"
    sray.run([str(tmp_path / "in")], str(out_pq), concurrency=2, globs=("*.warc.gz", "*.jsonl"))
    table = pq.read_table(str(out_pq))
    assert table.num_rows == 9
    assert set(table.column_names) >= set(sray.OUTPUT_FIELDS)
