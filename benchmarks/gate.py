#!/usr/bin/env python3
"""Quality gate: score stripper on the development corpora with ../shared/bench/score.py and fail
when any figure falls below its floor. Floors only move up (raise one when a change earns it).

usage: python benchmarks/gate.py [--data ../shared/data]"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# corpus -> {(metric, field): floor}. Measured figures at the time each floor was set are in the
# README's results table; floors sit a little below them so run-to-run noise cannot flake CI.
FLOORS = {
    "aeb": {("body", "f1"): 0.981, ("body", "precision"): 0.975, ("body", "recall"): 0.98,
            ("headline", "accuracy"): 0.98, ("date", "accuracy"): 0.985, ("date", "precision"): 0.985},
    "readability": {("body", "f1"): 0.963, ("headline", "accuracy"): 0.86, ("date", "accuracy"): 0.97,
                    ("date", "precision"): 0.97},
    "dates": {("date", "accuracy"): 0.93, ("date", "precision"): 0.97},
}
MAX_PAGES_WITH_CHROME = 0.0
MAX_ERRORS = 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    args = ap.parse_args(argv)
    spec = importlib.util.spec_from_file_location("score", args.data.parent / "bench" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    failures = []
    for corpus, floors in FLOORS.items():
        path = args.data / corpus
        recs = score.load(path, None)
        preds, _, errors = score.run_system(path, recs, "stripper:extract")
        result = score.score(recs, preds)
        for (metric, field), floor in floors.items():
            value = result[metric][field]
            ok = value >= floor
            print(f"{corpus:12} {metric}.{field:10} {value:.4f}  floor {floor:.3f}  {'ok' if ok else 'BELOW'}")
            if not ok:
                failures.append(f"{corpus} {metric}.{field} {value:.4f} < {floor}")
        chrome = result["chrome"]["pages_with_chrome"]
        print(f"{corpus:12} chrome pages  {chrome:.4f}  max {MAX_PAGES_WITH_CHROME}  {result['chrome']['examples'][:3]}")
        if chrome > MAX_PAGES_WITH_CHROME:
            failures.append(f"{corpus} chrome on {chrome:.3f} of pages: {result['chrome']['examples'][:5]}")
        print(f"{corpus:12} errors        {len(errors)}  {errors[:3]}")
        if len(errors) > MAX_ERRORS:
            failures.append(f"{corpus} {len(errors)} errors: {errors[:3]}")
    if failures:
        print("quality gate FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("quality gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
