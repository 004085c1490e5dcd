"""stripper on Ray Data: the same code on a laptop (`ray.init()`) and on a cluster
(`ray.init(address="auto")`). Install with `pip install 'stripper[ray]'`.

    import ray, stripper.ray
    ray.init()
    stripper.ray.run(["crawl/"], "out/", output_format="parquet")      # WARC, JSONL, HTML files

    # or step by step, with your own dataset:
    ds = stripper.ray.read_inputs(["crawl/part-00000.warc.gz"])      # one row per HTML response
    ds = ds.map_batches(stripper.ray.Extract, batch_format="pyarrow", batch_size=64,
                        compute=ray.data.ActorPoolStrategy(size=4))
    ds.write_parquet("out/")

Rows carry the same fields as `stripper batch` output (stripper.records.OUTPUT_FIELDS): id,
source, url, headline, date, body, error ("" on success), warc_record_id, warc_date. A page
that fails is a row with its error: rows in == rows out. Ray does not keep the input order
unless DataContext.execution_options.preserve_order is set.

Paths are read by Ray workers, so on a cluster they must be visible on every node (a shared
file system); a directory is listed on the driver.
"""
from __future__ import annotations

from typing import Iterable

from .batch import process_record
from .options import Options
from .records import (DEFAULT_GLOBS, DEFAULT_MAX_BYTES, OUTPUT_FIELDS, InputRecord, expand_paths,
                      read_file_bytes)
from .records import read_inputs as _read_records

__all__ = ["Extract", "extract_dataset", "read_inputs", "run"]

INPUT_COLUMNS = ("id", "source", "url", "html", "http_charset", "reference_date", "warc_record_id",
                 "warc_date", "error")
CONSUMED_COLUMNS = ("html", "path", "http_charset", "reference_date")   # not passed on to the output
DEFAULT_BATCH_ROWS = 64


def _rows_of_path(row: dict, globs=DEFAULT_GLOBS, html_field="html", url_field="url", id_field="id",
                  date_field=None, max_bytes=DEFAULT_MAX_BYTES):
    """The input rows of one path (flat_map): every column always present, the page as bytes."""
    path = row["path"]
    for record in _read_records([path], globs, html_field=html_field, url_field=url_field,
                                id_field=id_field, date_field=date_field, max_bytes=max_bytes):
        if record.path is not None and record.html is None and not record.error:
            try:
                record.html = read_file_bytes(record.path, max_bytes)
            except Exception as error:         # a file that cannot be read is a row with its error
                record.error = f"ReadError: {error}"
        if isinstance(record.html, str):       # one column type (binary) for every input kind
            record.html, record.http_charset = record.html.encode("utf-8", "surrogatepass"), "utf-8"
        out = record.to_row()
        del out["path"]
        yield out


def read_inputs(paths: str | Iterable[str], *, globs: Iterable[str] = DEFAULT_GLOBS, html_field: str = "html",
                url_field: str = "url", id_field: str = "id", date_field: str | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, read_cpus: float = 0):
    """A Ray Dataset with one row per input record of `paths` (WARC / ARC, JSON Lines, HTML files,
    directories of them), read in parallel, one task per file, as `stripper batch` reads them."""
    import ray.data
    if isinstance(paths, str):
        paths = [paths]
    files = list(expand_paths(paths, tuple(globs)))
    if not files:
        raise ValueError(f"no input files in {list(paths)!r}")
    items = [{"path": path} for path in files]
    ds = ray.data.from_items(items, override_num_blocks=len(items))
    # Reading is light next to extraction, and reading tasks must not wait for a CPU that the
    # Extract actors hold (with every CPU in the actor pool, they would wait for ever): 0 CPUs.
    return ds.flat_map(_rows_of_path, num_cpus=read_cpus,
                       fn_kwargs=dict(globs=tuple(globs), html_field=html_field, url_field=url_field,
                                      id_field=id_field, date_field=date_field, max_bytes=max_bytes))


def _text(value):
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, float) and value != value:    # pandas' NaN for a missing value
        return None
    return str(value)


class Extract:
    """A callable class for `Dataset.map_batches`: extracts the page in `html_column` of each row.

    Accepts batches as pyarrow Tables (batch_format="pyarrow", the cheapest), pandas DataFrames
    or dicts of numpy arrays, and returns a pyarrow Table: OUTPUT_FIELDS (strings) first, then
    the other input columns unchanged (less the page itself). Optional columns: url, id,
    reference_date (no publication date later than it), http_charset, error (a reading error).
    A bad page is a row with its error, never an exception."""

    def __init__(self, html_column: str = "html", url_column: str = "url", id_column: str = "id",
                 reference_date_column: str = "reference_date", charset_column: str = "http_charset",
                 options: Options | None = None, timeout_s: float | None = None):
        self.html_column, self.url_column, self.id_column = html_column, url_column, id_column
        self.reference_date_column, self.charset_column = reference_date_column, charset_column
        self.options = options or Options()
        self.timeout_s = self.options.time_limit_s if timeout_s is None else (timeout_s or None)
        if self.timeout_s != self.options.time_limit_s:
            self.options = self.options.replace(time_limit_s=self.timeout_s)

    def _columns(self, batch) -> tuple[dict, int, object]:
        """Python lists of the columns we read, the row count, and the batch as an arrow Table."""
        import pyarrow as pa
        if isinstance(batch, pa.Table):
            table = batch
        elif hasattr(batch, "to_dict") and hasattr(batch, "columns"):          # pandas
            table = pa.Table.from_pandas(batch, preserve_index=False)
        else:                                                                  # dict of numpy arrays
            table = pa.table({name: pa.array(list(values)) for name, values in batch.items()})
        wanted = {self.html_column, self.url_column, self.id_column, self.reference_date_column,
                  self.charset_column, "error", "source", "warc_record_id", "warc_date"}
        columns = {name: table.column(name).to_pylist() for name in table.column_names if name in wanted}
        return columns, table.num_rows, table

    def __call__(self, batch):
        import pyarrow as pa
        columns, rows, table = self._columns(batch)
        none = [None] * rows
        html = columns.get(self.html_column, none)
        ids, urls = columns.get(self.id_column, none), columns.get(self.url_column, none)
        outputs = []
        for i in range(rows):
            url = _text(urls[i])
            given_id = _text(ids[i])
            page = html[i]
            reading_error = _text(columns.get("error", none)[i])
            record = InputRecord(
                id=given_id if given_id is not None else (url or ""), source=_text(columns.get("source", none)[i]),
                url=url, html=page if isinstance(page, (str, bytes)) else None,
                http_charset=_text(columns.get(self.charset_column, none)[i]),
                reference_date=(_text(columns.get(self.reference_date_column, none)[i]) or "")[:10] or None,
                warc_record_id=_text(columns.get("warc_record_id", none)[i]),
                warc_date=_text(columns.get("warc_date", none)[i]),
                error=reading_error or (None if isinstance(page, (str, bytes)) else
                                        f"BadInput: no page in column {self.html_column!r}"))
            outputs.append(process_record(record, self.options, self.timeout_s))
        data = {name: pa.array([out.get(name) for out in outputs], pa.string()) for name in OUTPUT_FIELDS}
        for name in table.column_names:       # the caller's other columns, unchanged
            if name not in data and name not in CONSUMED_COLUMNS and name != self.html_column:
                data[name] = table.column(name)
        return pa.table(data)


def extract_dataset(ds, *, concurrency: int | None = None, batch_size: int = DEFAULT_BATCH_ROWS,
                    num_cpus: float = 1, **extract_kwargs):
    """`ds` with every row extracted by an actor pool of Extract (`concurrency` actors; None: an
    autoscaling pool up to the cluster's CPUs). extract_kwargs go to Extract()."""
    import ray
    import ray.data
    if concurrency:
        compute = ray.data.ActorPoolStrategy(size=concurrency)
    else:
        cpus = int(ray.cluster_resources().get("CPU", 1)) if ray.is_initialized() else 1
        compute = ray.data.ActorPoolStrategy(min_size=1, max_size=max(1, int(cpus / max(num_cpus, 0.01))))
    return ds.map_batches(Extract, fn_constructor_kwargs=extract_kwargs, batch_format="pyarrow",
                          batch_size=batch_size, compute=compute, num_cpus=num_cpus)


def run(inputs: str | Iterable[str], output: str, *, output_format: str | None = None,
        concurrency: int | None = None, batch_size: int = DEFAULT_BATCH_ROWS, options: Options | None = None,
        timeout_s: float | None = None, **reader_kwargs) -> None:
    """Read `inputs` (WARC, JSON Lines, HTML files, directories), extract every page, and write
    the rows to the directory `output` as JSON Lines files ("jsonl", Ray's write_json) or
    Parquet files ("parquet"; the default when `output` ends in .parquet)."""
    if output_format is None:
        output_format = "parquet" if output.rstrip("/").lower().endswith((".parquet", ".pq")) else "jsonl"
    if output_format not in ("jsonl", "parquet"):
        raise ValueError(f"output_format must be jsonl or parquet, not {output_format!r}")
    ds = read_inputs(inputs, **reader_kwargs)
    ds = extract_dataset(ds, concurrency=concurrency, batch_size=batch_size, options=options, timeout_s=timeout_s)
    if output_format == "parquet":
        ds.write_parquet(output)
    else:
        ds.write_json(output)
