"""stripper batch and stripper.extract_many: inputs, outputs, order, errors, time limits, resume."""
from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

import stripper
from stripper import batch, records

PY = sys.executable
PARAGRAPH = ("The council met on Tuesday evening to discuss the new budget for the coming year, "
             "and the debate went on well past midnight as members argued over every line. ")


def page(title: str, day: str = "2023-05-04", extra: str = "", charset_meta: str = "") -> str:
    body = "".join(f"<p>{PARAGRAPH}{title} paragraph {i}.</p>" for i in range(4))
    return (f"<!DOCTYPE html><html><head>{charset_meta}<title>{title}</title>"
            f'<meta property="article:published_time" content="{day}T10:00:00Z"></head>'
            f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{title}</h1>"
            f"{extra}{body}</article><footer>Copyright Example</footer></body></html>")


def run_main(*argv) -> int:
    return batch.main([str(a) for a in argv])


def read_jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def write_warc(path, items, gzip_it=True):
    """items: (url, payload bytes, content type, warc date) for responses; other records too."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_it)
        writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
        for url, payload, content_type, warc_date in items:
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                                                          warc_headers_dict={"WARC-Date": warc_date}))
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                          http_headers=http,
                                                          warc_headers_dict={"WARC-Date": warc_date}))


# --- inputs -----------------------------------------------------------------------------

def test_files_and_directories_with_glob(tmp_path):
    site = tmp_path / "site"
    (site / "b").mkdir(parents=True)
    (site / "a.html").write_text(page("Alpha story"), encoding="utf-8")
    (site / "b" / "c.htm").write_text(page("Gamma story"), encoding="utf-8")
    (site / "b" / "notes.txt").write_text("not a page")
    single = tmp_path / "single.html"
    single.write_text(page("Single story"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run_main(single, site, "-o", out, "--jobs", "2", "-q") == 0
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == [str(single), str(site / "a.html"), str(site / "b" / "c.htm")]
    assert [r["headline"] for r in rows] == ["Single story", "Alpha story", "Gamma story"]
    assert all(r["error"] == "" and r["date"].startswith("2023-05-04") for r in rows)
    assert all("Home" not in r["body"] and "Copyright" not in r["body"] for r in rows)
    assert "warc_record_id" not in rows[0]
    # --glob picks other names
    assert run_main(site, "-o", out, "--glob", "*.txt", "-q") == 0
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == [str(site / "b" / "notes.txt")]
    assert rows[0]["error"].startswith("NotHTMLError") or rows[0]["error"]


def test_jsonl_input_with_configurable_fields_and_bad_lines(tmp_path):
    src = tmp_path / "pages.jsonl.gz"
    lines = [json.dumps({"key": "k1", "markup": page("First"), "link": "https://ex.com/2023/05/04/first"}),
             "",
             "{not json",
             json.dumps({"key": "k3", "link": "https://ex.com/x"}),        # no html field
             json.dumps({"markup": page("Fourth"), "link": "https://ex.com/4"}),  # no id: PATH:LINE
             json.dumps(["a list"])]
    with gzip.open(src, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    assert run_main(src, "-o", out, "--html-field", "markup", "--url-field", "link", "--id-field", "key",
                    "--jobs", "1", "-q") == 0
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ["k1", f"{src}:3", "k3", f"{src}:5", f"{src}:6"]
    assert rows[0]["headline"] == "First" and rows[0]["url"] == "https://ex.com/2023/05/04/first"
    assert rows[0]["error"] == "" and rows[3]["error"] == "" and rows[3]["headline"] == "Fourth"
    assert rows[1]["error"].startswith("BadInputLine") and rows[2]["error"].startswith("BadInputLine")
    assert rows[4]["error"].startswith("BadInputLine")


def test_warc_input_charset_uri_record_id_and_reference_date(tmp_path):
    latin = page("Caf\u00e9 reopens", day="2023-02-01").encode("latin-1")
    future = page("Future dated", day="2030-01-01").encode("utf-8")
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [
        ("https://ex.com/cafe", latin, "text/html; charset=ISO-8859-1", "2024-01-02T03:04:05Z"),
        ("https://ex.com/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png", "2024-01-02T03:04:05Z"),
        ("https://ex.com/future", future, 'application/xhtml+xml; charset="utf-8"', "2024-01-02T03:04:05Z"),
        ("https://ex.com/empty", b"   ", "text/html", "2024-01-02T03:04:05Z"),
    ])
    out = tmp_path / "out.jsonl"
    assert run_main(warc, "-o", out, "-q", "--jobs", "2") == 0
    rows = read_jsonl(out)
    assert [r["url"] for r in rows] == ["https://ex.com/cafe", "https://ex.com/future", "https://ex.com/empty"]
    assert all(r["id"].startswith("<urn:uuid:") and r["id"] == r["warc_record_id"] for r in rows)
    assert all(r["warc_date"] == "2024-01-02T03:04:05Z" and r["source"] == str(warc) for r in rows)
    assert rows[0]["headline"] == "Caf\u00e9 reopens" and "Caf\u00e9" in rows[0]["body"]
    assert rows[0]["date"].startswith("2023-02-01")
    assert rows[1]["error"] == "" and (rows[1]["date"] is None or rows[1]["date"][:10] <= "2024-01-02")
    assert rows[2]["error"].startswith("EmptyInputError")


def test_truncated_warc_is_an_error_record_not_a_crash(tmp_path):
    warc = tmp_path / "cut.warc"
    write_warc(warc, [(f"https://ex.com/{i}", page(f"Story {i}").encode(), "text/html", "2024-01-02T00:00:00Z")
                      for i in range(3)], gzip_it=False)
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 700])
    out = tmp_path / "out.jsonl"
    assert run_main(warc, "-o", out, "-q", "--jobs", "0") == 0
    rows = read_jsonl(out)
    assert rows[0]["error"] == "" and rows[-1]["error"]


# --- errors, order, time limits -----------------------------------------------------------

def test_n_in_n_out_in_order_with_errors(tmp_path):
    items = []
    for i in range(40):
        if i % 7 == 3:
            items.append({"id": f"r{i}", "html": ""})                        # empty
        elif i % 7 == 5:
            items.append({"id": f"r{i}", "html": b"%PDF-1.4 binary"})        # not HTML
        else:
            items.append({"id": f"r{i}", "html": page(f"Story number {i}"), "url": f"https://ex.com/{i}"})
    rows = list(stripper.extract_many(items, jobs=2, chunk_records=3))
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(40)]
    for i, row in enumerate(rows):
        if i % 7 == 3:
            assert row["error"].startswith("EmptyInputError")
        elif i % 7 == 5:
            assert row["error"].startswith("NotHTMLError")
        else:
            assert row["error"] == "" and row["headline"] == f"Story number {i}"


def test_extract_many_accepts_strings_bytes_paths_and_runs_in_process(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(page("From a path"), encoding="utf-8")
    items = [page("From a string"), page("From bytes").encode(), path, 42]
    gen = stripper.extract_many(items, jobs=0)
    assert hasattr(gen, "__next__")
    rows = list(gen)
    assert [r["headline"] for r in rows[:3]] == ["From a string", "From bytes", "From a path"]
    assert rows[0]["id"] == "0" and rows[2]["id"] == str(path)
    assert rows[3]["error"].startswith("BadInput")


def test_extract_many_streams_without_reading_ahead():
    consumed = []

    def source():
        for i in range(10_000):
            consumed.append(i)
            yield page(f"Story {i}")

    gen = stripper.extract_many(source(), jobs=2, chunk_records=4, max_pending=16)
    first = [next(gen) for _ in range(5)]
    assert [r["headline"] for r in first] == [f"Story {i}" for i in range(5)]
    assert len(consumed) <= 5 + 16 + 2 * 4
    gen.close()


def _slow_extract(html, url=None, options=None):
    """Stands in for extract() in forked workers: 'SLEEP' pages sleep (a signal can stop them),
    'STALL' pages block SIGALRM first (like a stall inside C code), 'CRASH' pages kill the worker."""
    text = html if isinstance(html, str) else html.decode()
    if "SLEEP" in text:
        time.sleep(30)
    if "STALL" in text:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(30)
    if "CRASH" in text:
        os._exit(7)
    return stripper.Article(headline=text, date=None, body="ok", url=url)


def test_time_limit_soft_and_hard_and_dead_worker(monkeypatch):
    import stripper.pipeline
    monkeypatch.setattr(stripper.pipeline, "extract", _slow_extract)
    items = ["a", "SLEEP", "b", "STALL", "c", "CRASH", "d", "e"]
    started = time.monotonic()
    rows = list(stripper.extract_many(items, jobs=2, options=stripper.Options(time_limit_s=0.5), chunk_records=2))
    elapsed = time.monotonic() - started
    assert [r["id"] for r in rows] == [str(i) for i in range(len(items))]
    assert rows[1]["error"].startswith("TimeLimitError") and "0.5" in rows[1]["error"]
    assert rows[3]["error"].startswith("TimeLimitError") and "stopped" in rows[3]["error"]
    assert rows[5]["error"].startswith("WorkerDied")
    assert [rows[i]["headline"] for i in (0, 2, 4, 6, 7)] == ["a", "b", "c", "d", "e"]
    assert all(rows[i]["error"] == "" for i in (0, 2, 4, 6, 7))
    assert elapsed < 15


def test_timeout_option_reaches_workers(monkeypatch):
    import stripper.pipeline
    monkeypatch.setattr(stripper.pipeline, "extract", _slow_extract)
    rows = list(stripper.extract_many(["SLEEP", "x"], jobs=1, timeout_s=0.3))
    assert rows[0]["error"].startswith("TimeLimitError") and rows[1]["error"] == ""


# --- outputs ----------------------------------------------------------------------------

def test_parquet_output(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"x{i}", "html": page(f"P {i}") if i != 2 else ""})
                             for i in range(5)) + "\n")
    out = tmp_path / "out.parquet"
    assert run_main(src, "-o", out, "-q", "--jobs", "2") == 0
    table = pq.read_table(out)
    assert table.column_names == list(records.OUTPUT_FIELDS)
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == [f"x{i}" for i in range(5)]
    assert rows[2]["error"].startswith("EmptyInputError") and rows[0]["headline"] == "P 0"
    assert not os.path.exists(str(out) + ".partial")
    assert run_main(src, "-o", out, "--resume", "-q") == 2


def test_stdout_output_and_progress_bar(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"x{i}", "html": page(f"P {i}") if i else ""})
                             for i in range(3)) + "\n")
    code = "import sys; from stripper.batch import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run([PY, "-c", code, str(src), "-o", "-", "--jobs", "2", "--progress"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["x0", "x1", "x2"]
    assert "pages/s" in done.stderr and "errors=1" in done.stderr


def test_usage_errors(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("")
    assert run_main(src, "-o", tmp_path / "out.csv") == 2
    assert run_main(tmp_path / "missing.warc", "-o", tmp_path / "o.jsonl") == 2
    assert run_main(src, "-o", "-", "--resume") == 2
    assert "stripper batch" in capsys.readouterr().err


# --- resume -----------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(x) for x in handle.read().split()]
    except OSError:
        pytest.skip("needs /proc/PID/task/PID/children (Linux)")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_resume_after_sigkill_is_exactly_once(tmp_path):
    count = 1500
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as handle:
        for i in range(count):
            handle.write(json.dumps({"id": f"id{i}", "html": page(f"Story {i}")}) + "\n")
    out = tmp_path / "out.jsonl"
    code = "import sys; from stripper.batch import main; sys.exit(main(sys.argv[1:]))"
    argv = [PY, "-c", code, str(src), "-o", str(out), "--jobs", "2", "-q", "--chunk", "4"]
    proc = subprocess.Popen(argv)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if out.exists() and out.stat().st_size and out.read_bytes().count(b"\n") >= 100:
            break
        time.sleep(0.02)
    children = _children(proc.pid)
    assert children
    os.kill(proc.pid, signal.SIGKILL)         # the parent only: its workers must notice and go
    proc.wait()
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in children), "workers outlived their parent"
    lines_before = out.read_bytes().count(b"\n")
    assert 100 <= lines_before < count
    with open(out, "ab") as handle:          # as if the kill had come in the middle of a line
        handle.write(b'{"id":"torn","body":"half a rec')
    assert subprocess.run(argv + ["--resume"], timeout=120).returncode == 0
    data = out.read_bytes()
    assert data.endswith(b"\n")
    rows = [json.loads(line) for line in data.splitlines()]
    assert [r["id"] for r in rows] == [f"id{i}" for i in range(count)]
    assert all(r["error"] == "" for r in rows)
    # resuming a finished run adds nothing
    assert subprocess.run(argv + ["--resume"], timeout=60).returncode == 0
    assert out.read_bytes() == data


def test_resume_refuses_an_output_of_other_inputs(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(json.dumps({"id": f"a{i}", "html": page("A")}) + "\n" for i in range(3)))
    b.write_text("".join(json.dumps({"id": f"b{i}", "html": page("B")}) + "\n" for i in range(3)))
    out = tmp_path / "out.jsonl"
    assert run_main(a, "-o", out, "-q", "--jobs", "0") == 0
    before = out.read_bytes()
    assert run_main(b, "-o", out, "--resume", "-q", "--jobs", "0") == 2
    assert out.read_bytes() == before
    short = tmp_path / "short.jsonl"
    short.write_text("".join(json.dumps({"id": f"a{i}", "html": page("A")}) + "\n" for i in range(2)))
    assert run_main(short, "-o", out, "--resume", "-q", "--jobs", "0") == 2


def test_prepare_resume_cuts_a_torn_line(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_bytes(b'{"id":"a"}\n{"id":"b"}\n{"id":"c"')
    assert records.prepare_resume(str(out), chunk_bytes=4) == (2, "b")
    assert out.read_bytes() == b'{"id":"a"}\n{"id":"b"}\n'
    assert records.prepare_resume(str(tmp_path / "none.jsonl")) == (0, None)
