"""Batch extraction: many pages through worker processes, in order, with flat memory.

    stripper batch INPUT... -o OUTPUT [--jobs N] [--resume] [--timeout S]

    >>> for row in stripper.extract_many(["<html>...</html>", {"html": ..., "url": ...}], jobs=2):
    ...     row["headline"], row["date"], row["body"], row["error"]

N records in, N records out, in input order: a page that fails (unreadable, not HTML, over the
time limit, or one that kills its worker) is an output record with its `error`, never a gap.

How: the parent reads the inputs (stripper.records), hands them to worker processes in small
chunks, and emits the results in input order. At most `max_pending` records are in the air at
any time, so memory does not depend on the size of the input. Each worker arms a SIGALRM timer
per page (the time limit), and the parent kills and replaces a worker that stays silent well
past it (a stall inside C code, where no signal handler runs), turning that page into an error
record and handing the rest of the worker's chunk to another worker.
"""
from __future__ import annotations

import argparse
import codecs
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from multiprocessing.connection import wait as wait_connections
from typing import Iterable, Iterator

from .errors import StripperError
from .options import Options
from .records import (DEFAULT_GLOBS, DEFAULT_MAX_BYTES, InputRecord, ResumeError, _Skipper,
                      empty_output, input_kind, open_writer, output_format, prepare_resume, read_file_bytes,
                      read_inputs)

__all__ = ["extract_many", "main", "process_record", "read_inputs"]

PROG = "stripper batch"
DEFAULT_CHUNK_RECORDS = 8        # records handed to a worker at once
PENDING_PER_JOB = 32             # records in the air (read, not yet written) per worker
KILL_GRACE_S = 2.0               # a worker silent this long past the time limit is killed
KILL_GRACE_SHARE = 0.5           # ... or this share of the time limit, if longer
POLL_S = 0.25                    # how often the parent looks for stalled workers


class _PageAlarm(BaseException):
    """Raised by SIGALRM inside a worker. A BaseException, so that no `except Exception` in the
    extraction code (or a library it calls) can swallow it and carry on past the limit."""


def _on_alarm(signum, frame):
    raise _PageAlarm()


def _alarm_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _decode_with_charset(data: bytes, charset: str) -> str | bytes:
    """The page as text when the HTTP charset applies, by the library's own rules (BOM, then valid
    UTF-8, then this charset, then the page's meta); the bytes unchanged if it does not."""
    try:
        if codecs.lookup(charset).name.startswith(("utf-16", "utf-32")):
            return data           # only a BOM or the byte pattern (which decode() sees) can say so
    except LookupError:
        return data               # an unknown charset name: let the page's own declaration speak
    try:
        from .decode import decode
        return decode(data, charset)
    except StripperError:
        return data               # extract() raises the same error, with the same message
    except Exception:
        try:
            return data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            return data


def process_record(record: InputRecord, options: Options = Options(), timeout_s: float | None = None,
                   max_bytes: int | None = None) -> dict:
    """Extract one input record into its output record (never raises for a bad page)."""
    from .pipeline import extract
    out = empty_output(record)
    if record.error:
        return out
    limit = options.time_limit_s if timeout_s is None else timeout_s
    use_alarm = bool(limit) and _alarm_usable()
    previous = None
    try:
        if use_alarm:
            previous = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, limit)
        html = record.html
        if html is None:
            if record.path is None:
                raise ValueError("the record has neither html nor path")
            html = read_file_bytes(record.path, max_bytes or options.max_input_bytes)
        if isinstance(html, (bytes, bytearray)) and record.http_charset:
            html = _decode_with_charset(bytes(html), record.http_charset)
        opts = options
        if record.reference_date and record.reference_date != options.reference_date:
            opts = options.replace(reference_date=record.reference_date)
        article = extract(html, url=record.url, options=opts)
        out["headline"], out["date"], out["body"] = article.headline, article.date, article.body
    except _PageAlarm:
        out["error"] = f"TimeLimitError: over the per-page time limit of {limit} s"
    except StripperError as error:
        out["error"] = f"{type(error).__name__}: {error}"
    except OSError as error:
        out["error"] = f"ReadError: {error}"
    except Exception as error:            # a bug must cost one page, not the run
        out["error"] = f"InternalError: {type(error).__name__}: {error}"
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
    return out


# --- worker processes ---------------------------------------------------------------------

def _worker_main(conn, options: Options, timeout_s: float | None, max_bytes: int | None,
                 close_fds: tuple[int, ...] = ()) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # the parent decides when to stop
    for fd in close_fds:       # forked copies of the parent's pipe ends: without closing them, a
        try:                   # worker would never see the parent go (no EOF) and outlive it
            os.close(fd)
        except OSError:
            pass
    # A thread takes chunks off the pipe as soon as they come, so that the parent can queue the
    # next chunk while this one is being extracted (never blocking on a full pipe).
    chunks: queue.SimpleQueue = queue.SimpleQueue()

    def receive() -> None:
        while True:
            try:
                chunk = conn.recv()
            except (EOFError, OSError):
                chunk = None
            chunks.put(chunk)
            if chunk is None:
                return

    threading.Thread(target=receive, daemon=True, name="stripper-batch-receiver").start()
    while True:
        chunk = chunks.get()
        if chunk is None:
            return
        for seq, record in chunk:
            try:
                out = process_record(record, options, timeout_s, max_bytes)
            except _PageAlarm:            # the timer went off just as the page finished
                out = empty_output(record)
                out["error"] = f"TimeLimitError: over the per-page time limit of {timeout_s} s"
            try:
                conn.send((seq, out))
            except (BrokenPipeError, OSError):
                return


class _Worker:
    def __init__(self, ctx, options, timeout_s, max_bytes, others: Iterable["_Worker"] = ()):
        parent_end, child_end = ctx.Pipe(duplex=True)
        close_fds: tuple[int, ...] = ()
        if ctx.get_start_method() == "fork":
            close_fds = (parent_end.fileno(), *(w.conn.fileno() for w in others if not w.conn.closed))
        self.process = ctx.Process(target=_worker_main,
                                   args=(child_end, options, timeout_s, max_bytes, close_fds),
                                   daemon=True, name="stripper-batch-worker")
        self.process.start()
        child_end.close()
        self.conn = parent_end
        self.pending: deque = deque()      # (seq, record) sent and not yet answered, in order
        self.last_heard = time.monotonic()

    def send(self, chunk: list) -> None:
        if not self.pending:          # the clock of a busy worker runs from its last answer
            self.last_heard = time.monotonic()
        self.pending.extend(chunk)
        self.conn.send(chunk)

    def stop(self, wait_s: float = 2.0) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(wait_s)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


def _mp_context(name: str | None = None):
    if name:
        return multiprocessing.get_context(name)
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")   # fast start; the worker code is already loaded
    return multiprocessing.get_context("spawn")


def default_jobs() -> int:
    """The cores this process may run on (its CPU affinity, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _as_record(item, index: int) -> InputRecord:
    if isinstance(item, InputRecord):
        return item
    if isinstance(item, (bytes, bytearray, str)):
        return InputRecord(id=str(index), html=item)
    if isinstance(item, os.PathLike):
        path = os.fspath(item)
        return InputRecord(id=path, source=path, path=path)
    if isinstance(item, dict):
        html, path = item.get("html"), item.get("path")
        record_id = item.get("id")
        reference = item.get("reference_date")
        return InputRecord(
            id=str(record_id if record_id is not None else (path or index)),
            source=item.get("source", path), url=item.get("url"), html=html, path=path,
            http_charset=item.get("http_charset") or item.get("charset"),
            reference_date=str(reference)[:10] if reference else None,
            warc_record_id=item.get("warc_record_id"), warc_date=item.get("warc_date"),
            error=item.get("error") or (None if html is not None or path else "BadInput: no html or path"))
    return InputRecord(id=str(index), error=f"BadInput: cannot extract from a {type(item).__name__}")


def _run_in_process(records: Iterator[InputRecord], options, timeout_s, max_bytes) -> Iterator[dict]:
    for record in records:
        yield process_record(record, options, timeout_s, max_bytes)


def _run_pool(records: Iterator[InputRecord], jobs: int, options: Options, timeout_s: float | None,
              max_bytes: int | None, chunk_records: int, max_pending: int, mp_context) -> Iterator[dict]:
    ctx = _mp_context(mp_context) if not hasattr(mp_context, "Process") else mp_context
    kill_after = None if not timeout_s else timeout_s + max(KILL_GRACE_S, KILL_GRACE_SHARE * timeout_s)
    workers: list[_Worker] = []
    for _ in range(jobs):
        workers.append(_Worker(ctx, options, timeout_s, max_bytes, workers))
    retry: deque = deque()            # (seq, record) taken back from a killed worker
    results: dict[int, dict] = {}     # finished out of order, waiting for their turn
    next_in = next_out = 0
    exhausted = False

    def fail_worker(worker: _Worker, message: str) -> _Worker:
        """Kill `worker`: its current page becomes an error record, the rest of its chunk
        goes back to be done by another worker."""
        worker.kill()
        if worker.pending:
            seq, record = worker.pending.popleft()
            out = empty_output(record)
            out["error"] = message
            results[seq] = out
            retry.extendleft(reversed(worker.pending))
            worker.pending.clear()
        return _Worker(ctx, options, timeout_s, max_bytes, [w for w in workers if w is not worker])

    try:
        while True:
            for worker in workers:         # feed the workers: one chunk at work, one queued
                if len(worker.pending) >= chunk_records:
                    continue
                chunk = []
                while len(chunk) < chunk_records:
                    if retry:
                        chunk.append(retry.popleft())
                        continue
                    if exhausted or next_in - next_out >= max_pending:
                        break
                    try:
                        record = next(records)
                    except StopIteration:
                        exhausted = True
                        break
                    chunk.append((next_in, record))
                    next_in += 1
                if chunk:
                    worker.send(chunk)
            while next_out in results:                              # emit in input order
                yield results.pop(next_out)
                next_out += 1
            busy = [worker for worker in workers if worker.pending]
            if not busy:
                if exhausted and not retry and next_out == next_in:
                    return
                continue
            ready = wait_connections([worker.conn for worker in busy], timeout=POLL_S)
            now = time.monotonic()
            for index, worker in enumerate(workers):
                if not worker.pending:
                    continue
                if worker.conn in ready:
                    try:
                        while worker.pending and worker.conn.poll():
                            seq, out = worker.conn.recv()
                            expected, _ = worker.pending.popleft()
                            if seq != expected:             # cannot happen: a worker answers in order
                                raise RuntimeError(f"worker answered {seq} for {expected}")
                            results[seq] = out
                            worker.last_heard = now
                    except (EOFError, OSError):
                        code = worker.process.exitcode
                        if code is None:
                            worker.process.join(1)
                            code = worker.process.exitcode
                        workers[index] = fail_worker(
                            worker, f"WorkerDied: the worker process died while extracting this page "
                                    f"(exit code {code})")
                        continue
                if kill_after is not None and worker.pending and now - worker.last_heard > kill_after:
                    workers[index] = fail_worker(
                        worker, f"TimeLimitError: over the per-page time limit of {timeout_s} s "
                                f"(the worker was stopped)")
    finally:
        for worker in workers:
            if worker.pending:
                worker.kill()
            else:
                worker.stop()


def extract_many(records: Iterable, jobs: int | None = None, options: Options = Options(), *,
                 timeout_s: float | None = None, chunk_records: int = DEFAULT_CHUNK_RECORDS,
                 max_pending: int | None = None, max_bytes: int | None = None,
                 mp_context=None) -> Iterator[dict]:
    """Extract many pages; a generator of output records, one per input record, in input order.

    records: page markup (str or bytes), paths (pathlib.Path: the worker reads the file),
    dicts with "html" (or "path") and optionally "url", "id", "reference_date", "http_charset",
    or stripper.records.InputRecord objects (as read by stripper.records.read_inputs).
    jobs: worker processes (None: one per core; 0: extract in this process, no workers).
    options.time_limit_s (or timeout_s) bounds each page; a page over it is an error record.

    Each output record is a dict: id, source, url, headline, date, body, error ("" on success),
    and warc_record_id / warc_date for WARC records. Stopping the generator stops the workers."""
    if jobs is None:
        jobs = default_jobs()
    if jobs < 0:
        raise ValueError(f"jobs must be 0 or more, not {jobs}")
    if timeout_s is None:
        timeout_s = options.time_limit_s
    elif timeout_s != options.time_limit_s:
        options = options.replace(time_limit_s=timeout_s or None)
    timeout_s = timeout_s or None
    if max_pending is None:
        max_pending = PENDING_PER_JOB * max(jobs, 1)
    max_pending = max(max_pending, chunk_records)
    inputs = (_as_record(item, index) for index, item in enumerate(records))
    if jobs == 0:
        return _run_in_process(inputs, options, timeout_s, max_bytes)
    return _run_pool(inputs, jobs, options, timeout_s, max_bytes, max(1, chunk_records), max_pending, mp_context)


# --- command line -------------------------------------------------------------------------

def _positive_float(value: str) -> float:
    number = float(value)
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract the headline, date and body of many pages into JSON Lines or Parquet: "
                    "one output record per input record, in input order, with an \"error\" field "
                    "that is empty on success.",
        epilog="Inputs: HTML files; directories (recursive, files matching --glob, sorted); JSON Lines "
               "(.jsonl, .jsonl.gz, .ndjson; - for stdin) with the page in --html-field; WARC files "
               "(.warc, .warc.gz, .arc, .arc.gz): every response record with an HTML content type, "
               "decoded with its HTTP charset, its WARC-Target-URI as the URL and its WARC-Date as the "
               "latest possible publication date. Exit status: 0 done (failed pages are records with "
               "an error), 1 the run failed, 2 usage error.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, .jsonl, .warc(.gz), or -")
    parser.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                        help="output file: .jsonl (JSON Lines) or .parquet (needs pyarrow); - for JSON Lines on stdout")
    parser.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                        help="worker processes (default: one per core; 0: no workers, extract in this process)")
    parser.add_argument("--resume", action="store_true",
                        help="continue an interrupted run: keep the records already in OUTPUT (a torn last "
                             "line is cut off), skip as many input records, append the rest (JSON Lines only)")
    parser.add_argument("--timeout", type=_positive_float, default=None, metavar="S",
                        help=f"per-page time limit in seconds; a page over it is an error record "
                             f"(default: {Options().time_limit_s}; 0: none)")
    parser.add_argument("--glob", action="append", metavar="PATTERN",
                        help=f"file names to take from directories (repeatable; default: {' '.join(DEFAULT_GLOBS)})")
    parser.add_argument("--html-field", default="html", metavar="NAME", help="JSON Lines: field with the HTML (default: html)")
    parser.add_argument("--url-field", default="url", metavar="NAME", help="JSON Lines: field with the URL (default: url)")
    parser.add_argument("--id-field", default="id", metavar="NAME",
                        help="JSON Lines: field with the record id (default: id; missing: PATH:LINE)")
    parser.add_argument("--date-field", default=None, metavar="NAME",
                        help="JSON Lines: field with the crawl date; no publication date later than it is accepted")
    parser.add_argument("--favor", choices=("balanced", "precision", "recall"), default="balanced")
    parser.add_argument("--chunk", type=int, default=DEFAULT_CHUNK_RECORDS, metavar="N",
                        help=f"records handed to a worker at a time (default: {DEFAULT_CHUNK_RECORDS})")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None,
                          help="show the progress bar (default: when stderr is a terminal)")
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    return parser


def _fail(message: str, code: int = 2) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    """`stripper batch ...` (argv without the word batch). Returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        fmt = output_format(args.output)
    except ValueError as error:
        return _fail(str(error))
    if args.jobs is not None and args.jobs < 0:
        return _fail("--jobs must be 0 or more")
    if args.chunk < 1:
        return _fail("--chunk must be 1 or more")
    for path in args.inputs:
        if path != "-" and not os.path.exists(path):
            return _fail(f"{path}: no such file or directory")
    if args.inputs.count("-") > 1:
        return _fail("stdin (-) can be read only once")
    if any(input_kind(path) == "warc" for path in args.inputs):
        try:
            import warcio  # noqa: F401
        except ImportError:
            return _fail("reading WARC files needs warcio: pip install 'stripper[warc]'")
    if fmt == "parquet":
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            return _fail("Parquet output needs pyarrow: pip install 'stripper[parquet]'")
    options = Options(favor=args.favor)
    timeout_s = options.time_limit_s if args.timeout is None else (args.timeout or None)
    options = options.replace(time_limit_s=timeout_s)

    done, skipper = 0, None
    if args.resume:
        try:
            done, last_id = prepare_resume(args.output)
        except ResumeError as error:
            return _fail(str(error))
        skipper = _Skipper(done)
    records = read_inputs(args.inputs, args.glob or DEFAULT_GLOBS, html_field=args.html_field,
                          url_field=args.url_field, id_field=args.id_field, date_field=args.date_field,
                          max_bytes=options.max_input_bytes or DEFAULT_MAX_BYTES, skipper=skipper)
    if skipper is not None and done:
        records = _checked_resume(records, skipper, done, last_id, args.output)

    show_progress = (not args.quiet) and (args.progress if args.progress is not None else sys.stderr.isatty())
    bar = None
    if show_progress:
        from tqdm import tqdm
        tqdm.monitor_interval = 0          # no monitor thread: workers are forked from this process
        bar = tqdm(unit=" pages", file=sys.stderr, dynamic_ncols=True, smoothing=0.1, mininterval=0.5,
                   initial=done, desc="stripper batch")
        bar.set_postfix_str("errors=0", refresh=False)
    started, written, errors = time.monotonic(), 0, 0
    try:
        writer = open_writer(args.output, append=args.resume)
    except (OSError, ImportError) as error:
        return _fail(f"{args.output}: {error}", 1)
    results = extract_many(records, jobs=args.jobs, options=options, timeout_s=timeout_s,
                           chunk_records=args.chunk)
    complete = False
    try:
        for out in results:
            writer.write(out)
            written += 1
            if out["error"]:
                errors += 1
                if bar is not None:
                    bar.set_postfix_str(f"errors={errors}", refresh=False)
            if bar is not None:
                bar.update(1)
        complete = True
    except _ResumeMismatch as error:
        return _fail(str(error))
    except ImportError as error:          # e.g. a WARC file found in a directory, without warcio
        return _fail(str(error), 1)
    except KeyboardInterrupt:
        return _fail(f"interrupted after {written} records; run again with --resume to continue", 130)
    except BrokenPipeError:
        return 1
    except OSError as error:
        return _fail(f"{args.output}: {error}", 1)
    finally:
        results.close()
        if hasattr(writer, "close"):
            if fmt == "parquet":
                writer.close(complete=complete)
            else:
                writer.close()
        if bar is not None:
            bar.close()
    elapsed = time.monotonic() - started
    if not args.quiet:
        skipped = f" ({done} already done)" if done else ""
        print(f"{PROG}: {written} records{skipped}, {errors} with an error, "
              f"{written / elapsed if elapsed > 0 else 0:.1f} pages/s in {elapsed:.1f} s -> {args.output}",
              file=sys.stderr)
    return 0


class _ResumeMismatch(Exception):
    pass


def _checked_resume(records: Iterator[InputRecord], skipper: _Skipper, done: int, last_id, output: str):
    """The records after the skipped ones, once it is sure that the output's last record is the
    input record it should be (else the output belongs to other inputs and resuming would mix)."""
    first = next(records, None)           # reading the first one runs the skipping
    if skipper.left:
        raise _ResumeMismatch(f"{output} has {done} records but the inputs have only {done - skipper.left}; "
                              "refusing to resume")
    if skipper.last_id != last_id:
        raise _ResumeMismatch(f"{output} does not match these inputs: its record {done} is {last_id!r}, "
                              f"the inputs' is {skipper.last_id!r}; refusing to resume")
    if first is not None:
        yield first
        yield from records


if __name__ == "__main__":     # pragma: no cover
    sys.exit(main())
