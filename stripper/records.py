"""Batch input and output: readers that stream records out of files, directories, JSON Lines and
WARC files, and writers of JSON Lines and Parquet. Nothing here extracts; see stripper.batch.

Every reader yields InputRecord objects one at a time and never holds more than one page in
memory. Every input record gives exactly one output record (OUTPUT_FIELDS), whose `error` is ""
on success: a page that cannot be read or extracted is a record with its error, never a gap.

    inputs                                    one input record per
    page.html, DIR/ (recursive, --glob)       file (id = path; read by the worker)
    pages.jsonl[.gz], -  (stdin)              non-blank line (id = the id field, else PATH:LINE)
    crawl.warc[.gz], .arc[.gz]                response (or resource) record with an HTML content
                                              type (id = WARC-Record-ID; url = WARC-Target-URI;
                                              the HTTP charset; WARC-Date as the reference date)
"""
from __future__ import annotations

import fnmatch
import gzip
import json
import os
import sys
from dataclasses import dataclass
from typing import IO, Iterable, Iterator

__all__ = [
    "DEFAULT_GLOBS",
    "HTML_TYPES",
    "InputRecord",
    "JsonlWriter",
    "OUTPUT_FIELDS",
    "ParquetWriter",
    "ResumeError",
    "input_kind",
    "open_writer",
    "output_format",
    "prepare_resume",
    "read_file_bytes",
    "read_inputs",
    "read_jsonl",
    "read_warc",
]

DEFAULT_GLOBS = ("*.html", "*.htm", "*.xhtml")
HTML_TYPES = ("text/html", "application/xhtml+xml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
STDIN = "-"
# Fields of an output record, in order. warc_record_id and warc_date are only present (in JSON
# Lines) for records read from WARC files; Parquet always has the columns (null otherwise).
OUTPUT_FIELDS = ("id", "source", "url", "headline", "date", "body", "error", "warc_record_id", "warc_date")
WARC_FIELDS = ("warc_record_id", "warc_date")
DEFAULT_MAX_BYTES = 64 * 1024 * 1024      # matches Options.max_input_bytes
PARQUET_ROW_GROUP_ROWS = 1000             # rows buffered before a row group is written


@dataclass
class InputRecord:
    """One page to extract. `html` (bytes or str) or `path` (a file the worker reads) carries
    the page; `error`, when set, is a reading failure that becomes the output record's error."""

    id: str
    source: str | None = None
    url: str | None = None
    html: bytes | str | None = None
    path: str | None = None
    http_charset: str | None = None
    reference_date: str | None = None     # YYYY-MM-DD: no publication date later than this
    warc_record_id: str | None = None
    warc_date: str | None = None
    error: str | None = None

    def to_row(self) -> dict:
        """A plain dict (for engines such as Ray that move rows, not objects)."""
        return {"id": self.id, "source": self.source, "url": self.url, "html": self.html,
                "path": self.path, "http_charset": self.http_charset,
                "reference_date": self.reference_date, "warc_record_id": self.warc_record_id,
                "warc_date": self.warc_date, "error": self.error}


def empty_output(record: InputRecord) -> dict:
    """The output record of `record` before extraction: every field, nothing extracted."""
    out = {"id": record.id, "source": record.source, "url": record.url,
           "headline": None, "date": None, "body": "", "error": record.error or ""}
    if record.warc_record_id is not None or record.warc_date is not None:
        out["warc_record_id"] = record.warc_record_id
        out["warc_date"] = record.warc_date
    return out


# --- readers ----------------------------------------------------------------------------

def input_kind(path: str) -> str:
    """"warc", "jsonl" or "file", from the name."""
    if path == STDIN:
        return "jsonl"
    name = os.path.basename(path).lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "file"


def walk_directory(directory: str, globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[str]:
    """Files under `directory` whose name matches one of `globs` (ignoring case: PAGE.HTML is a
    page too), recursively, in sorted order (the order must not change between runs: --resume
    relies on it). Symlinked directories are not followed."""
    globs = tuple(pattern.lower() for pattern in globs)
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if any(fnmatch.fnmatchcase(name.lower(), pattern) for pattern in globs):
                yield os.path.join(root, name)


def expand_paths(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[str]:
    """Inputs with directories replaced by the matching files inside them."""
    globs = tuple(globs)
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            yield from walk_directory(path, globs)
        else:
            yield path


class _Skipper:
    """Counts down the records to skip on --resume, remembering the id of the last one skipped."""

    def __init__(self, count: int):
        self.left, self.last_id = count, None

    def take(self) -> bool:
        """True when the next record is to be skipped (the caller sets last_id if it was the last)."""
        if self.left > 0:
            self.left -= 1
            return True
        return False


def read_inputs(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS, *,
                html_field: str = "html", url_field: str = "url", id_field: str = "id",
                date_field: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                skipper: _Skipper | None = None) -> Iterator[InputRecord]:
    """Every input record of `paths` (files, directories, JSON Lines, WARC), streamed in order."""
    for path in expand_paths(paths, globs):
        kind = input_kind(path)
        if kind == "warc":
            yield from read_warc(path, max_bytes=max_bytes, skipper=skipper)
        elif kind == "jsonl":
            yield from read_jsonl(path, html_field=html_field, url_field=url_field,
                                  id_field=id_field, date_field=date_field, skipper=skipper)
        else:
            if skipper is not None and skipper.take():
                if skipper.left == 0:
                    skipper.last_id = path
                continue
            yield InputRecord(id=path, source=path, path=path)


def read_file_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A page file's bytes; InputTooLargeError past max_bytes (without reading it all)."""
    from .errors import InputTooLargeError
    with open(path, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(f"the file is over the limit of {max_bytes} bytes")
    return data


def _open_binary(path: str) -> IO[bytes]:
    if path == STDIN:
        return sys.stdin.buffer
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _text_or_none(value) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def read_jsonl(path: str, *, html_field: str = "html", url_field: str = "url", id_field: str = "id",
               date_field: str | None = None, skipper: _Skipper | None = None) -> Iterator[InputRecord]:
    """One record per non-blank line of a JSON Lines file (`-`: stdin). A line that is not a JSON
    object with a string `html_field` is an error record. id: the `id_field`, else PATH:LINE."""
    source = "<stdin>" if path == STDIN else path
    handle = _open_binary(path)
    try:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            fallback_id = f"{source}:{number}"
            if skipper is not None and skipper.take():
                if skipper.left == 0:          # the last record skipped: its id checks the resume
                    try:
                        obj = json.loads(line)
                    except ValueError:
                        obj = None
                    given = _text_or_none(obj.get(id_field)) if isinstance(obj, dict) else None
                    skipper.last_id = given or fallback_id
                continue
            try:
                obj = json.loads(line)
            except ValueError as error:
                yield InputRecord(id=fallback_id, source=source, error=f"BadInputLine: not JSON: {error}")
                continue
            if not isinstance(obj, dict):
                yield InputRecord(id=fallback_id, source=source, error="BadInputLine: not a JSON object")
                continue
            record_id = _text_or_none(obj.get(id_field)) or fallback_id
            url = _text_or_none(obj.get(url_field))
            html = obj.get(html_field)
            reference = _text_or_none(obj.get(date_field))[:10] if date_field and obj.get(date_field) else None
            if not isinstance(html, str):
                yield InputRecord(id=record_id, source=source, url=url,
                                  error=f"BadInputLine: no string field {html_field!r}")
                continue
            yield InputRecord(id=record_id, source=source, url=url, html=html, reference_date=reference)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _media_type_and_charset(content_type: str | None) -> tuple[str | None, str | None]:
    if not content_type:
        return None, None
    parts = content_type.split(";")
    media = parts[0].strip().lower() or None
    charset = None
    for part in parts[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'").strip() or None
    return media, charset


def read_warc(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
              skipper: _Skipper | None = None) -> Iterator[InputRecord]:
    """One record per HTML response of a WARC (or ARC) file, gzipped or not (needs warcio).

    Response records whose HTTP Content-Type is text/html or application/xhtml+xml, and
    resource records whose WARC Content-Type is; other records are not pages and are passed
    over. A file that ends mid-record gives one error record (id PATH#truncated) for the rest."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as error:   # pragma: no cover - warcio is a declared dependency of [warc]
        raise ImportError("reading WARC files needs warcio: pip install 'stripper[warc]'") from error
    with open(path, "rb") as handle:
        iterator = iter(ArchiveIterator(handle, arc2warc=True))
        while True:
            try:
                record = next(iterator)
            except StopIteration:
                return
            except Exception as error:   # a damaged or truncated file: say so, then stop reading it
                yield InputRecord(id=f"{path}#truncated", source=path,
                                  error=f"BadWarc: cannot read past this point: {type(error).__name__}: {error}")
                return
            if record.rec_type == "response":
                if record.http_headers is None:
                    continue
                media, charset = _media_type_and_charset(record.http_headers.get_header("Content-Type"))
            elif record.rec_type == "resource":
                media, charset = _media_type_and_charset(record.rec_headers.get_header("Content-Type"))
            else:
                continue
            if media not in HTML_TYPES:
                continue
            headers = record.rec_headers
            record_id = headers.get_header("WARC-Record-ID")
            warc_date = headers.get_header("WARC-Date")
            if skipper is not None and skipper.take():
                if skipper.left == 0:
                    skipper.last_id = record_id
                continue
            out = InputRecord(id=record_id, source=path, url=headers.get_header("WARC-Target-URI"),
                              http_charset=charset, warc_record_id=record_id, warc_date=warc_date,
                              reference_date=warc_date[:10] if warc_date and len(warc_date) >= 10 else None)
            try:
                data = record.content_stream().read(max_bytes + 1)
            except Exception as error:   # bad chunking or content encoding in this record only
                out.error = f"BadWarc: cannot read the payload: {type(error).__name__}: {error}"
                yield out
                continue
            if len(data) > max_bytes:
                out.error = f"InputTooLargeError: the payload is over the limit of {max_bytes} bytes"
            elif getattr(record.raw_stream, "limit", 0):     # the file ends inside this record
                out.error = "BadWarc: the record is truncated (the file ends before its Content-Length)"
            else:
                out.html = data
            yield out


# --- writers ----------------------------------------------------------------------------

class ResumeError(Exception):
    """The output cannot be resumed (a usage error: the message says why)."""


def output_format(path: str) -> str:
    """"jsonl" or "parquet" from the output's suffix (`-`: JSON Lines on stdout)."""
    lower = path.lower()
    if path == "-" or lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith((".parquet", ".pq")):
        return "parquet"
    raise ValueError(f"cannot tell the output format of {path!r}: name it .jsonl or .parquet (or - for stdout)")


def _dumps(record: dict) -> bytes:
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


class JsonlWriter:
    """One JSON object per line. Each line goes to the file in one unbuffered write, so a run
    killed at any moment leaves whole lines, plus at most one torn last line (that
    prepare_resume removes)."""

    def __init__(self, path: str, append: bool = False):
        self.path = path
        if path == "-":
            self._fd = sys.stdout.fileno()
            sys.stdout.flush()
            self._close_fd = False
        else:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            self._fd = os.open(path, flags, 0o644)
            self._close_fd = True

    def write(self, record: dict) -> None:
        data = memoryview(_dumps(record))
        while data:
            written = os.write(self._fd, data)
            data = data[written:]

    def close(self) -> None:
        if self._close_fd and self._fd >= 0:
            os.close(self._fd)
        self._fd = -1

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def parquet_schema():
    import pyarrow as pa
    return pa.schema([(name, pa.string()) for name in OUTPUT_FIELDS])


class ParquetWriter:
    """Parquet (needs pyarrow: pip install 'stripper[parquet]'). Rows are buffered into row groups
    of PARQUET_ROW_GROUP_ROWS; the file is written as OUTPUT.partial and renamed to OUTPUT when
    complete, so an interrupted run never leaves a file that looks whole. Not resumable."""

    def __init__(self, path: str, row_group_rows: int = PARQUET_ROW_GROUP_ROWS):
        try:
            import pyarrow.parquet as pq
        except ImportError as error:
            raise ImportError("Parquet output needs pyarrow: pip install 'stripper[parquet]'") from error
        self.path, self.partial = path, path + ".partial"
        self.row_group_rows = row_group_rows
        self._schema = parquet_schema()
        self._writer = pq.ParquetWriter(self.partial, self._schema, compression="zstd")
        self._rows: list[dict] = []

    def write(self, record: dict) -> None:
        self._rows.append(record)
        if len(self._rows) >= self.row_group_rows:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        if self._rows:
            columns = {name: [row.get(name) for row in self._rows] for name in OUTPUT_FIELDS}
            self._writer.write_table(pa.table(columns, schema=self._schema))
            self._rows = []

    def close(self, complete: bool = True) -> None:
        if self._writer is None:
            return
        self._flush()
        self._writer.close()
        self._writer = None
        if complete:
            os.replace(self.partial, self.path)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *exc):
        self.close(complete=exc_type is None)


def open_writer(path: str, append: bool = False):
    fmt = output_format(path)
    if fmt == "parquet":
        return ParquetWriter(path)
    return JsonlWriter(path, append=append)


def prepare_resume(path: str, chunk_bytes: int = 1 << 20) -> tuple[int, str | None]:
    """For --resume: the number of whole records already in the JSON Lines output at `path`
    and the id of the last one; a torn last line (a run killed mid-write) is cut off. Reads the
    file in chunks: memory does not grow with its size."""
    if path == "-":
        raise ResumeError("--resume needs an output file, not stdout")
    if output_format(path) != "jsonl":
        raise ResumeError("--resume works with JSON Lines output only (.jsonl): a Parquet file "
                          "is only readable once complete; rerun without --resume")
    if not os.path.exists(path):
        return 0, None
    count, last_newline, previous_newline = 0, -1, -1
    offset = 0
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(chunk_bytes)
            if not chunk:
                break
            start = 0
            while True:
                found = chunk.find(b"\n", start)
                if found < 0:
                    break
                count += 1
                previous_newline, last_newline = last_newline, offset + found
                start = found + 1
            offset += len(chunk)
    size = offset
    if last_newline + 1 != size:          # a torn last line: cut it off
        with open(path, "r+b") as handle:
            handle.truncate(last_newline + 1)
    if count == 0:
        return 0, None
    with open(path, "rb") as handle:
        handle.seek(previous_newline + 1)
        line = handle.read(last_newline - previous_newline)
    try:
        last = json.loads(line)
    except ValueError as error:
        raise ResumeError(f"the last line of {path} is not JSON ({error}); is it an output of stripper batch?")
    if not isinstance(last, dict) or "id" not in last:
        raise ResumeError(f"the last line of {path} has no id; is it an output of stripper batch?")
    return count, last.get("id")
