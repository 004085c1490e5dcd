"""Coverage-guided fuzzing of stripper.extract() with atheris (libFuzzer for Python).

The contract under test: extract() returns an Article or raises a StripperError subclass other
than ExtractionError (ExtractionError is the safety net's wrapper around an unexpected internal
exception, so it counts as a crash too), within the time limit. Every input is tried as bytes
and, when it is valid UTF-8, as str as well.

By default a crash does not stop the run: the input and its traceback are written to
fuzz/crashes/<signature>-<sha1>.{bin,txt} (one file per distinct signature) and the run goes on,
so that one long run collects every distinct crash. FUZZ_STOP_ON_CRASH=1 stops at the first one,
as libFuzzer normally does. Inputs slower than FUZZ_SLOW_S seconds (default 5) are kept as
fuzz/crashes/slow-*.bin. See fuzz/README.md for the command.
"""
from __future__ import annotations

import hashlib
import os
import sys
import time
import traceback
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
CRASHES = HERE / "crashes"
STOP_ON_CRASH = os.environ.get("FUZZ_STOP_ON_CRASH") == "1"
SLOW_S = float(os.environ.get("FUZZ_SLOW_S", "5"))

with atheris.instrument_imports():
    import stripper
    from stripper.errors import ExtractionError, StripperError

OPTIONS = stripper.Options(reference_date="2026-01-01")
_seen: set[str] = set()
_stats = {"inputs": 0, "crashes": 0, "slow": 0, "start": time.monotonic()}


def _signature(exc: BaseException) -> str:
    """Exception type plus the innermost stripper frame: one file per distinct bug."""
    cause = exc.__cause__ if isinstance(exc, ExtractionError) and exc.__cause__ else exc
    frames = traceback.extract_tb(cause.__traceback__)
    ours = [f for f in frames if "stripper" in f.filename] or frames
    where = f"{Path(ours[-1].filename).stem}:{ours[-1].lineno}" if ours else "?"
    return f"{type(cause).__name__}@{where}"


def _keep(kind: str, data: bytes, text: str) -> None:
    CRASHES.mkdir(exist_ok=True)
    name = f"{kind}-{hashlib.sha1(data).hexdigest()[:12]}"
    safe = "".join(c if c.isalnum() or c in "-_@:." else "_" for c in name).replace(":", "_")
    (CRASHES / f"{safe}.bin").write_bytes(data)
    (CRASHES / f"{safe}.txt").write_text(text)


def _one(data, as_bytes: bytes) -> None:
    started = time.monotonic()
    try:
        stripper.extract(data, url="https://example.com/2024/05/01/story", options=OPTIONS)
    except ExtractionError as exc:
        _crash(exc, as_bytes)
    except StripperError:
        pass
    except Exception as exc:  # noqa: BLE001 - the point of the harness
        _crash(exc, as_bytes)
    elapsed = time.monotonic() - started
    if elapsed > SLOW_S:
        _stats["slow"] += 1
        _keep(f"slow{int(elapsed)}s", as_bytes, f"{elapsed:.1f} s for {len(as_bytes)} bytes ({type(data).__name__})\n")


def _crash(exc: BaseException, data: bytes) -> None:
    sig = _signature(exc)
    _stats["crashes"] += 1
    if sig not in _seen:
        _seen.add(sig)
        _keep(sig, data, "".join(traceback.format_exception(exc)))
        print(f"\n=== NEW CRASH {sig} ({len(data)} bytes) ===", file=sys.stderr, flush=True)
    if STOP_ON_CRASH:
        raise exc


def TestOneInput(data: bytes) -> None:
    _stats["inputs"] += 1
    if _stats["inputs"] % 5000 == 0:
        _report()
    _one(data, data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    _one(text, data)


def _seed_corpus(corpus: Path) -> None:
    """Copy fixture pages into the working corpus, so the run starts from real pages."""
    corpus.mkdir(exist_ok=True)
    fixtures = HERE.parent / "fixtures"
    for page in sorted(fixtures.glob("*/page.html"))[:200]:
        data = page.read_bytes()
        if len(data) <= 256 * 1024:
            target = corpus / f"fixture-{page.parent.name}.html"
            if not target.exists():
                target.write_bytes(data)


def _report() -> None:
    print(f"fuzz_extract: {_stats['inputs']} inputs in {time.monotonic() - _stats['start']:.0f} s, "
          f"{_stats['crashes']} crashing ({len(_seen)} distinct), {_stats['slow']} slow", file=sys.stderr, flush=True)


if __name__ == "__main__":
    _seed_corpus(HERE / "corpus")
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
