"""The command line: the only place in stripper that prints or exits.

    stripper PAGE.html                      headline, date and body as plain text
    stripper --format json PAGE.html        one JSON object
    stripper DIR/ a.html b.htm              JSON Lines, one object per page
    stripper -o OUT/ DIR/                   one file per page in OUT/
    cat page.html | stripper -              read the page from stdin
    stripper batch ...                      the batch runner (stripper.batch)

Exit status: 0 when every page was extracted, 1 when at least one failed (each failure is
reported on stderr as "stripper: PATH: message" and the other pages still go on), 2 for a
usage error.
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import re
import sys
import tempfile
from datetime import date
from typing import Iterable

from . import __version__
from .errors import StripperError
from .options import Options
from .pipeline import explain, extract
from .records import read_file_bytes, walk_directory

__all__ = ["main"]

PROG = "stripper"
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
STDIN = "-"
EXTENSIONS = {"text": ".txt", "json": ".json", "markdown": ".md"}
MAX_STEM_CHARS = 150
EXPLAIN_TEXT_CHARS = 80
# Device names that Windows refuses as file names, whatever the extension.
_RESERVED_STEMS = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                   *(f"lpt{i}" for i in range(1, 10))}


class _UsageError(Exception):
    """A usage problem found after argparse (reported like argparse does, exit code 2)."""


# --- arguments -------------------------------------------------------------------------

def _iso_day(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, not {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: {error}") from None
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Print the headline, the publication date and the body of saved "
                    "publication pages (news articles, blog posts), without the site chrome.",
        epilog="Several inputs, or a directory (searched recursively for *.html, *.htm and "
               "*.xhtml, in sorted order), give JSON Lines on stdout: one object per page with "
               "its \"path\", the article fields and \"error\": null; a page that fails gives no "
               "line but a message on stderr. `stripper batch --help` runs the batch tool. "
               "Exit status: 0 all pages extracted, 1 some page failed, 2 usage error.")
    parser.add_argument("inputs", nargs="+", metavar="PAGE",
                        help="an HTML file, a directory of them, or - for stdin")
    parser.add_argument("-f", "--format", choices=("text", "json", "markdown"), default="text",
                        help="output format of one page, and of the files written with -o "
                             "(default: text); several pages on stdout are always JSON Lines")
    parser.add_argument("-o", "--output-dir", metavar="DIR",
                        help="write one file per page into DIR (.txt, .json or .md) instead of stdout")
    parser.add_argument("--url", help="the URL the page was saved from (one input only)")
    parser.add_argument("--explain", action="store_true",
                        help="also list every block that was removed, with its concept, rule and reason")
    parser.add_argument("--favor", choices=("balanced", "precision", "recall"), default="balanced",
                        help="drop doubtful blocks (precision) or keep them (recall); default: balanced")
    parser.add_argument("--no-tables", action="store_true", help="leave tables out of the body")
    parser.add_argument("--comments", action="store_true", help="keep reader comments in the body")
    parser.add_argument("--date-reference", type=_iso_day, metavar="YYYY-MM-DD",
                        help="no date later than this is taken as the publication date (default: today)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _options(args: argparse.Namespace) -> Options:
    """The one Options object for the whole run."""
    return Options(favor=args.favor, include_tables=not args.no_tables,
                   include_comments=args.comments, reference_date=args.date_reference)


# --- inputs ----------------------------------------------------------------------------

def _pages_in(directory: str) -> list[str]:
    """HTML files under `directory`, recursively, sorted (the batch runner's walk)."""
    return list(walk_directory(directory, tuple("*" + suffix for suffix in PAGE_SUFFIXES)))


def _expand(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """(pages, directories without pages), in the order given."""
    pages: list[str] = []
    empty_dirs: list[str] = []
    for item in inputs:
        if item != STDIN and os.path.isdir(item):
            inside = _pages_in(item)
            pages.extend(inside)
            if not inside:
                empty_dirs.append(item)
        else:
            pages.append(item)
    return pages, empty_dirs


def _read(path: str, max_bytes: int) -> bytes:
    """The page's bytes; a file over max_bytes is refused without being read whole."""
    if path == STDIN:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is not None:
            return stream.read()
        return sys.stdin.read().encode("utf-8", "surrogateescape")
    return read_file_bytes(path, max_bytes)


# --- output file names -----------------------------------------------------------------

def _stem(path: str) -> str:
    """A safe file name stem for `path`: only [A-Za-z0-9._-], never empty, never a dot first."""
    if path == STDIN:
        return "stdin"
    name = re.split(r"[\\/]", path.rstrip("/\\"))[-1]
    stem, ext = os.path.splitext(name)
    if ext.lower() not in PAGE_SUFFIXES:
        stem = name
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", stem).lstrip(".")[:MAX_STEM_CHARS]
    if not stem:
        return "page"
    if stem.split(".")[0].lower() in _RESERVED_STEMS:
        stem = "_" + stem
    return stem


class _Names:
    """Unique file names in one output directory: name, name-2, name-3, ..."""

    def __init__(self, extension: str):
        self.extension, self.taken = extension, set()

    def take(self, path: str) -> str:
        stem = _stem(path)
        candidate, n = stem, 1
        while (candidate + self.extension).lower() in self.taken:   # case-insensitive file systems
            n += 1
            candidate = f"{stem}-{n}"
        name = candidate + self.extension
        self.taken.add(name.lower())
        return name


def _file_mode() -> int:
    """The mode a new file gets under the current umask (mkstemp would give 0600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _write_file(directory: str, name: str, data: bytes, mode: int) -> None:
    """Write DIR/name through a temporary file and a rename, so that an existing symlink
    (or hard link) named `name` is replaced rather than written through, out of DIR."""
    assert os.sep not in name and "/" not in name and not name.startswith(".")
    fd, temporary = tempfile.mkstemp(dir=directory, prefix=".stripper-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, os.path.join(directory, name))
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


# --- rendering -------------------------------------------------------------------------

def _shorten(text: str, limit: int = EXPLAIN_TEXT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _removed_section(removals) -> str:
    lines = ["Removed:"]
    for r in removals:
        lines.append(f"- [{r.concept}/{r.rule}] {r.where}: {_shorten(r.text)} ({r.reason})")
    if not removals:
        lines.append("(nothing)")
    return "\n".join(lines) + "\n"


def _record(path: str, article, removals) -> dict:
    record = {"path": path, **article.to_dict(), "error": None}
    if removals is not None:
        record["removed"] = [dataclasses.asdict(r) for r in removals]
    return record


def _render(fmt: str, path: str, article, removals, *, indent: int | None) -> str:
    if fmt == "json":
        return json.dumps(_record(path, article, removals), ensure_ascii=False, indent=indent) + "\n"
    text = article.to_markdown() if fmt == "markdown" else article.to_text()
    if removals is not None:
        text += "\n" + _removed_section(removals)
    return text


# --- streams ---------------------------------------------------------------------------

class _Out:
    """stdout as UTF-8 whatever the locale (written to the byte buffer when there is one)."""

    def __init__(self, stream):
        self.stream = stream
        self.buffer = getattr(stream, "buffer", None)

    def write(self, text: str) -> None:
        if self.buffer is not None:
            self.stream.flush()
            self.buffer.write(text.encode("utf-8", "replace"))
            self.buffer.flush()
        else:
            self.stream.write(text)
            self.stream.flush()


class _Progress:
    """A tqdm bar on stderr when there are many pages and stderr is a terminal."""

    def __init__(self, total: int):
        self.bar = None
        if total > 1 and _isatty(sys.stderr):
            from tqdm import tqdm
            self.bar = tqdm(total=total, file=sys.stderr, unit="page", dynamic_ncols=True)

    def step(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def message(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


class _PageError(Exception):
    """One page could not be extracted or written; reported, and the run goes on."""


# --- main ------------------------------------------------------------------------------

def _batch(argv: list[str]) -> int:
    try:
        batch = importlib.import_module(f"{__package__}.batch")
    except ModuleNotFoundError as error:
        if error.name != f"{__package__}.batch":   # the module exists but lacks a dependency
            raise
        print(f"{PROG}: batch: the batch command is not available in this installation "
              "(no module stripper.batch)", file=sys.stderr)
        return 2
    try:
        return _exit_code(batch.main(argv))
    except SystemExit as stop:   # e.g. its argparse on a usage error or --help
        return _exit_code(stop.code)


def _exit_code(code) -> int:
    if code is None:
        return 0
    if isinstance(code, bool):
        return int(code)
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some page failed, 2 usage)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "batch":
        return _batch(argv[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:   # usage error (2), --help or --version (0)
        return _exit_code(stop.code)
    try:
        return _run(args)
    except _UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    try:
        options = _options(args)
    except ValueError as error:
        raise _UsageError(str(error)) from None
    pages, empty_dirs = _expand(args.inputs)
    # Several inputs or a directory: many pages (JSON Lines on stdout), even if few were found.
    many = len(args.inputs) > 1 or len(pages) != 1 or bool(empty_dirs) \
        or any(item != STDIN and os.path.isdir(item) for item in args.inputs)
    if args.url is not None and many:
        raise _UsageError("--url applies to a single page, not to several or to a directory")

    out_dir = args.output_dir
    names = None
    if out_dir is not None:
        try:
            os.makedirs(out_dir, exist_ok=True)
        except OSError as error:
            raise _UsageError(f"cannot use {out_dir} as the output directory: {_describe(error)}") from None
        if not os.path.isdir(out_dir):
            raise _UsageError(f"{out_dir} is not a directory")
        names, mode = _Names(EXTENSIONS[args.format]), _file_mode()

    failures = 0
    progress = _Progress(len(pages))
    for directory in empty_dirs:
        failures += 1
        progress.message(f"{PROG}: {directory}: no {', '.join('*' + s for s in PAGE_SUFFIXES)} files in this directory")

    out = _Out(sys.stdout)
    # Several pages on stdout: JSON Lines. One page, or files in a directory: the chosen format.
    fmt = "json" if (many and out_dir is None) else args.format
    indent = None if (many and out_dir is None) else 2   # JSON Lines need one line per page
    try:
        for path in pages:
            try:
                try:
                    data = _read(path, options.max_input_bytes)
                except (OSError, StripperError) as error:
                    raise _PageError(_describe(error)) from None
                try:
                    if args.explain:
                        article, removals = explain(data, url=args.url, options=options)
                    else:
                        article, removals = extract(data, url=args.url, options=options), None
                except StripperError as error:
                    raise _PageError(_describe(error)) from None
                except RecursionError:
                    raise _PageError("the page is nested too deeply to read") from None
                except Exception as error:   # a library bug must not stop the other pages
                    raise _PageError(f"internal error: {type(error).__name__}: {error}") from None
                rendered = _render(fmt, path, article, removals, indent=indent)
                if names is not None:
                    name = names.take(path)
                    try:
                        _write_file(out_dir, name, rendered.encode("utf-8", "replace"), mode)
                    except OSError as error:
                        raise _PageError(f"cannot write {os.path.join(out_dir, name)}: {_describe(error)}") from None
                else:
                    out.write(rendered)
            except _PageError as error:
                failures += 1
                progress.message(f"{PROG}: {path}: {error}")
            progress.step()
    except BrokenPipeError:
        # The reader went away (`stripper dir/ | head`): stop quietly.
        _silence_stdout()
        return 1
    finally:
        progress.close()
    return 1 if failures else 0


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so that the interpreter's final flush
    does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
