#!/usr/bin/env python3
"""Median time per page: stripper.extract against trafilatura.bare_extraction, same pages, same
process, interleaved page by page so both see the same machine load.

usage: python benchmarks/speed.py [CORPUS_DIR] [--rounds 3]
Prints both medians and the ratio stripper / trafilatura (below 1.0: stripper is faster)."""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=HERE.parent.parent / "shared" / "data" / "aeb")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the corpus; the median of each page's times is used")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    import stripper
    import trafilatura

    pages = [p.read_bytes() for p in sorted((args.corpus / "pages").glob("*.html"))]
    systems = {
        "stripper.extract": lambda data: stripper.extract(data),
        "trafilatura.bare_extraction": lambda data: trafilatura.bare_extraction(data, with_metadata=True),
    }
    for fn in systems.values():        # warm up imports and caches
        fn(pages[0])
    per_page = {name: [[] for _ in pages] for name in systems}
    for _ in range(args.rounds):
        for i, data in enumerate(pages):
            for name, fn in systems.items():
                start = time.perf_counter()
                try:
                    fn(data)
                except Exception:
                    pass
                per_page[name][i].append(time.perf_counter() - start)
    medians = {name: 1000 * statistics.median(statistics.median(t) for t in times) for name, times in per_page.items()}
    print(f"| system | median ms/page ({len(pages)} pages of {args.corpus.name}, {args.rounds} rounds) |")
    print("|---|---|")
    for name, ms in medians.items():
        print(f"| {name} | {ms:.2f} |")
    ratio = medians["stripper.extract"] / medians["trafilatura.bare_extraction"]
    print(f"\nratio stripper / trafilatura: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
