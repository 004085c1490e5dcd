#!/usr/bin/env python3
"""Batch numbers: `stripper batch` throughput with --jobs 1 and --jobs 2, peak memory of the whole
process tree for 1,000 and 5,000 WARC records, and single-process throughput of stripper against
trafilatura on the same pages, side by side. Prints a Markdown table.

usage: python benchmarks/batch_bench.py [--corpus DIR] [--records 5000] [--small 1000] [--out DIR]

The WARCs are built from CORPUS/pages/*.html (repeated, gzipped, one HTTP response per page with
the page's URL from truth.jsonl) under --out (default benchmarks/out/, git-ignored). Memory is
sampled every 20 ms from /proc (psutil): the sum of RSS over the `stripper batch` process and
all its children, and the sum of PSS (shared pages counted once). Wall-clock rates depend on the
machine's load: the CPU seconds per page (user+sys of the whole tree) are printed as well.
"""
from __future__ import annotations

import argparse
import glob
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = Path("/work/shared/data/aeb")
SAMPLE_S = 0.02


def build_warc(path: Path, corpus: Path, count: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    pages = sorted(glob.glob(str(corpus / "pages" / "*.html")))
    urls = {}
    truth = corpus / "truth.jsonl"
    if truth.exists():
        for line in truth.open(encoding="utf-8"):
            row = json.loads(line)
            urls[os.path.basename(row.get("file", ""))] = row.get("url")
    datas = [(Path(p).read_bytes(), urls.get(os.path.basename(p)) or f"https://example.com/{Path(p).stem}")
             for p in pages]
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i in range(count):
            data, url = datas[i % len(datas)]
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(data)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"{url}?copy={i // len(datas)}" if i >= len(datas) else url, "response",
                payload=io.BytesIO(data), http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-06-01T00:00:00Z"}))
    os.replace(tmp, path)


def tree_memory(root) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) in bytes over `root` and its descendants."""
    import psutil
    rss = pss = 0
    try:
        procs = [root] + root.children(recursive=True)
    except psutil.Error:
        return 0, 0
    for proc in procs:
        try:
            rss += proc.memory_info().rss
            try:
                with open(f"/proc/{proc.pid}/smaps_rollup") as handle:
                    for line in handle:
                        if line.startswith("Pss:"):
                            pss += int(line.split()[1]) * 1024
                            break
            except OSError:
                pass
        except psutil.Error:
            pass
    return rss, pss


def run_batch(warc: Path, out: Path, jobs: int) -> dict:
    import psutil
    cmd = [sys.executable, "-m", "stripper", "batch", str(warc), "-o", str(out), "--jobs", str(jobs), "-q"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd)
    root = psutil.Process(proc.pid)
    peak_rss = peak_pss = 0
    parent_cpu = 0.0
    while proc.poll() is None:
        rss, pss = tree_memory(root)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        try:
            times = root.cpu_times()
            parent_cpu = times.user + times.system       # the parent's own CPU (not its workers')
        except psutil.Error:
            pass
        time.sleep(SAMPLE_S)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited with {proc.returncode}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    with open(out, "rb") as handle:
        lines = errors = 0
        for line in handle:
            lines += 1
            errors += bool(json.loads(line)["error"])
    return {"jobs": jobs, "records": lines, "errors": errors, "seconds": elapsed, "pages_s": lines / elapsed,
            "cpu_ms_page": 1000 * cpu / lines, "parent_cpu_ms_page": 1000 * parent_cpu / lines,
            "cores_used": cpu / elapsed, "peak_rss_mb": peak_rss / 2**20, "peak_pss_mb": peak_pss / 2**20}


def idle_rate(run: dict, cores: int) -> float:
    """Pages/s the run's CPU costs allow on `cores` idle cores: the workers' CPU spread over
    min(jobs, cores) cores, the parent's running beside them (its own core when one is free)."""
    total = run["cpu_ms_page"]
    parent = run["parent_cpu_ms_page"]
    workers = total - parent
    if run["jobs"] + 1 <= cores:
        per_page = max(workers / run["jobs"], parent)
    else:
        per_page = max(total / cores, workers / min(run["jobs"], cores))
    return 1000 / per_page


def single_process(corpus: Path, rounds: int) -> dict:
    """Pages per second of each extractor in this process, interleaved page by page."""
    import stripper
    import trafilatura
    pages = [Path(p).read_bytes() for p in sorted(glob.glob(str(corpus / "pages" / "*.html")))]
    systems = {
        "stripper.extract": lambda data: stripper.extract(data),
        "trafilatura.bare_extraction": lambda data: trafilatura.bare_extraction(data, with_metadata=True),
    }
    for fn in systems.values():
        fn(pages[0])
    wall = {name: 0.0 for name in systems}
    cpu = {name: 0.0 for name in systems}
    for _ in range(rounds):
        for data in pages:
            for name, fn in systems.items():
                w, c = time.perf_counter(), time.process_time()
                try:
                    fn(data)
                except Exception:
                    pass
                wall[name] += time.perf_counter() - w
                cpu[name] += time.process_time() - c
    n = len(pages) * rounds
    return {name: {"pages": n, "pages_s_wall": n / wall[name], "pages_s_cpu": n / cpu[name]} for name in systems}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=2, help="passes over the corpus for the single-process numbers")
    ap.add_argument("--out", type=Path, default=HERE / "out")
    ap.add_argument("--skip-single", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    args.out.mkdir(parents=True, exist_ok=True)

    warcs = {}
    for count in (args.small, args.records):
        warcs[count] = args.out / f"aeb-{count}.warc.gz"
        if not warcs[count].exists():
            print(f"building {warcs[count]} ...", file=sys.stderr)
            build_warc(warcs[count], args.corpus, count)

    load = os.getloadavg()
    runs = []
    for count, jobs in ((args.records, 1), (args.records, 2), (args.small, 2), (args.small, 1)):
        print(f"stripper batch: {count} records, --jobs {jobs} ...", file=sys.stderr)
        result = run_batch(warcs[count], args.out / f"batch-{count}-j{jobs}.jsonl", jobs)
        result["warc_records"] = count
        runs.append(result)
        print(json.dumps(result), file=sys.stderr)
    single = None if args.skip_single else single_process(args.corpus, args.rounds)
    load_after = os.getloadavg()

    print(f"\nMachine: {os.cpu_count()} cores; load average {load[0]:.1f} before, {load_after[0]:.1f} after "
          "(shared with other work: wall-clock rates are lower bounds).\n")
    cores = os.cpu_count() or 1
    print("| run | records | errors | wall s | pages/s | cores used | CPU ms/page (all / parent) "
          "| pages/s on idle cores (from CPU) | peak RSS, all processes (MB) | peak PSS (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in runs:
        print(f"| `stripper batch --jobs {r['jobs']}` | {r['records']} | {r['errors']} | {r['seconds']:.1f} | "
              f"{r['pages_s']:.1f} | {r['cores_used']:.2f} | {r['cpu_ms_page']:.1f} / {r['parent_cpu_ms_page']:.1f} | "
              f"{idle_rate(r, cores):.0f} | {r['peak_rss_mb']:.0f} | {r['peak_pss_mb']:.0f} |")
    big = {r["jobs"]: r for r in runs if r["warc_records"] == args.records}
    print(f"\n--jobs 2 / --jobs 1 on {args.records} records: {big[2]['pages_s'] / big[1]['pages_s']:.2f} x pages/s "
          f"measured (wall clock); {idle_rate(big[2], cores) / idle_rate(big[1], cores):.2f} x from CPU time "
          f"on {cores} idle cores")
    if single:
        print("\n| single process, aeb pages | pages | pages/s (wall) | pages/s (CPU time) |")
        print("|---|---:|---:|---:|")
        for name, s in single.items():
            print(f"| `{name}` | {s['pages']} | {s['pages_s_wall']:.1f} | {s['pages_s_cpu']:.1f} |")
        names = list(single)
        print(f"\nstripper / trafilatura throughput: "
              f"{single[names[0]]['pages_s_cpu'] / single[names[1]]['pages_s_cpu']:.2f} x (CPU time), "
              f"{single[names[0]]['pages_s_wall'] / single[names[1]]['pages_s_wall']:.2f} x (wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
