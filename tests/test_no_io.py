"""No network and no file access in the library, ever.

Every fixture page (read beforehand) and a set of inline pages built to tempt a parser or a date
library into I/O (external entities, a text that starts with a URL, frames, remote stylesheets,
<base>, meta refresh) go through extract() and explain() while
  * socket.socket, socket.create_connection, socket.getaddrinfo, builtins.open, io.open, os.open
    and urllib.request.urlopen are replaced by functions that record the call and raise, and
  * an audit hook records every "open", "socket.*", "urllib.Request" and "subprocess.Popen" event.
A recorded call fails the test even when the library swallowed the exception (htmldate's
fallback is called under `except Exception`). File reads inside libxml2 do not pass through
Python, so the external-entity pages also check that the file's content never reaches the output.
"""
from __future__ import annotations

import builtins
import contextlib
import io
import os
import socket
import sys
import urllib.request
from pathlib import Path

import pytest

import stripper

ROOT = Path(__file__).resolve().parent.parent
SECRET = "NO-IO-SECRET-4f1c9a"

_armed = False
_events: list[str] = []
_WATCHED = ("open", "socket.", "urllib.Request", "subprocess.Popen", "os.system", "http.client.connect")


def _is_import(event, args) -> bool:
    """The interpreter reading a module's code for a lazy import (htmldate imports dateparser on
    first use) is not the library reading a file: .py, .pyc and extension files under sys.path."""
    if event != "open" or not args or not isinstance(args[0], (str, bytes, os.PathLike)):
        return False
    path = os.fsdecode(args[0])
    return path.endswith((".py", ".pyc", ".so")) and any(
        path.startswith(p) for p in sys.path if p and os.path.isabs(p))


def _audit(event, args):
    if _armed and event.startswith(_WATCHED) and not _is_import(event, args):
        _events.append(f"{event} {args[:1]!r}")


sys.addaudithook(_audit)   # cannot be removed; it does nothing unless a test arms it


def _fixture_pages() -> list[tuple[str, bytes]]:
    return [(p.parent.name, p.read_bytes()) for p in sorted((ROOT / "fixtures").glob("*/page.html"))]


def _inline_pages(secret_file: Path) -> list[tuple[str, object]]:
    uri = secret_file.as_uri()
    story = "<p>" + "The committee met for the third time this spring to settle the budget. " * 5 + "</p>"
    return [
        ("xxe-xhtml", f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "{uri}">]>'
                      f'<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Budget</h1>{story}<p>&xxe;</p></body></html>'.encode()),
        ("xxe-parameter", f'<!DOCTYPE html [<!ENTITY % p SYSTEM "{uri}"> %p;]><html><body>{story}</body></html>'.encode()),
        ("external-dtd", f'<!DOCTYPE html SYSTEM "{uri}"><html><body>{story}</body></html>'.encode()),
        ("xinclude", f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>{story}<xi:include href="{uri}" parse="text"/></body></html>'.encode()),
        ("starts-with-url", f"https://example.com/story<html><body>{story}</body></html>"),
        ("url-only-str", "http://127.0.0.1:9/<p>" + "x" * 300),
        ("frames", f'<html><frameset><frame src="{uri}"><frame src="http://127.0.0.1:9/a"></frameset>'
                   f'<noframes><body>{story}</body></noframes></html>'.encode()),
        ("remote-everything", f'<html><head><base href="http://127.0.0.1:9/"><link rel="stylesheet" href="http://127.0.0.1:9/s.css">'
                              f'<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/"><script src="{uri}"></script></head>'
                              f'<body><iframe src="{uri}"></iframe><img src="{uri}">{story}</body></html>'.encode()),
        ("no-date-htmldate", f"<html><head><title>A title with no date anywhere</title></head><body>{story}</body></html>".encode()),
        ("canonical-url", f'<html><head><link rel="canonical" href="http://127.0.0.1:9/2024/01/02/x"></head><body>{story}</body></html>'.encode()),
    ]


@contextlib.contextmanager
def traps(monkeypatch):
    """Arm the traps; yield the list of recorded attempts (filled in on exit with audit events)."""
    global _armed
    calls: list[str] = []

    def trap(name):
        def refuse(*args, **kwargs):
            calls.append(f"{name}{args[:1]!r}")
            raise OSError(f"I/O attempted in the library: {name}")
        return refuse

    monkeypatch.setattr(socket, "socket", trap("socket.socket"))
    monkeypatch.setattr(socket, "create_connection", trap("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", trap("socket.getaddrinfo"))
    monkeypatch.setattr(builtins, "open", trap("open"))
    monkeypatch.setattr(io, "open", trap("io.open"))
    monkeypatch.setattr(os, "open", trap("os.open"))
    monkeypatch.setattr(urllib.request, "urlopen", trap("urlopen"))
    _events.clear()
    _armed = True
    try:
        yield calls
    finally:
        _armed = False
        monkeypatch.undo()
        calls.extend(_events)


def _warm_up():
    """Import everything the library imports lazily (htmldate, charset-normalizer), so that the
    interpreter's own imports are not mistaken for the library's I/O."""
    page = b"<html><head><title>Warm up page title</title></head><body><p>" + b"x\xe9 text " * 40 + b"</p></body></html>"
    stripper.extract(page)
    stripper.extract(page.replace(b"x\xe9", "\u00e9".encode("utf-8")))
    import htmldate  # noqa: F401


def test_no_io_on_every_page(tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    pages = _fixture_pages() + _inline_pages(secret)
    _warm_up()
    outputs = []
    with traps(monkeypatch) as calls:
        for name, page in pages:
            for run in (stripper.extract, lambda p: stripper.explain(p)[0]):
                try:
                    article = run(page)
                    outputs.append((name, article.to_json()))
                except stripper.StripperError as exc:
                    outputs.append((name, str(exc)))
    assert calls == [], f"the library attempted I/O: {calls[:10]}"
    leaks = [name for name, out in outputs if SECRET in out]
    assert leaks == [], f"a local file's content reached the output of {leaks}"
    assert len(outputs) == 2 * len(pages)


def test_the_traps_work(monkeypatch, tmp_path):
    """The traps record a call even when the caller swallows the exception."""
    data = tmp_path / "data.txt"
    data.write_text("x")
    with traps(monkeypatch) as calls:
        try:
            open(data)
        except OSError:
            pass
        try:
            socket.create_connection(("127.0.0.1", 9))
        except OSError:
            pass
        try:
            io.FileIO(data).close()      # not trapped by a patch: the audit hook sees it
        except OSError:
            pass
    assert any(c.startswith("open") for c in calls)
    assert any("create_connection" in c for c in calls)
    assert any(c.startswith("open ") and "data.txt" in c for c in calls)
