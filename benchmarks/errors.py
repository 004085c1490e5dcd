#!/usr/bin/env python3
"""Where are the errors? Per corpus: the pages with the lowest body F1 (with the lines we added
and the lines we lost), and every headline and date miss with what we said and what was expected.

usage: python benchmarks/errors.py [CORPUS ...] [--data ../shared/data] [--worst 15] [--lines 6]
       [--only body|headline|date]

It imports ../shared/bench/score.py for the metrics, so the numbers are the scorer's own."""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_scorer(data: Path):
    spec = importlib.util.spec_from_file_location("score", data.parent / "bench" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def line_diff(truth: str, pred: str, words) -> tuple[list, list]:
    """Lines of the prediction not in the truth (added) and lines of the truth we lost."""
    t_text, p_text = " ".join(words(truth)), " ".join(words(pred))
    added = [ln for ln in pred.splitlines() if ln.strip() and " ".join(words(ln)) not in t_text]
    lost = [ln for ln in truth.splitlines() if ln.strip() and " ".join(words(ln)) not in p_text]
    return added, lost


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", default=["aeb", "readability", "dates"])
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--worst", type=int, default=15)
    ap.add_argument("--lines", type=int, default=6)
    ap.add_argument("--only", choices=["body", "headline", "date"])
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    import stripper
    score = load_scorer(args.data)
    for name in args.corpora:
        corpus = args.data / name
        recs = [json.loads(line) for line in open(corpus / "truth.jsonl", encoding="utf-8")]
        rows = []
        for rec in recs:
            data = (corpus / rec["file"]).read_bytes()
            try:
                art = stripper.extract(data, rec.get("url"))
                pred = {"headline": art.headline, "date": art.date, "body": art.body}
            except stripper.StripperError as exc:
                pred = {"headline": None, "date": None, "body": "", "error": str(exc)}
            rows.append((rec, pred))
        print(f"# {name}")
        if args.only in (None, "body"):
            scored = []
            for rec, pred in rows:
                if "body" in rec:
                    p, r = score.body_scores(rec["body"], pred["body"])
                    p, r = p or 0.0, r or 0.0
                    scored.append((2 * p * r / (p + r) if p + r else 0.0, p, r, rec, pred))
            scored.sort(key=lambda row: row[0])
            for f1, p, r, rec, pred in scored[:args.worst]:
                added, lost = line_diff(rec["body"], pred["body"], score.words)
                print(f"\n## body {rec['id']} f1={f1:.3f} p={p:.3f} r={r:.3f} {rec.get('url', '')}")
                for line in added[:args.lines]:
                    print(f"  + {line[:160]}")
                for line in lost[:args.lines]:
                    print(f"  - {line[:160]}")
        if args.only in (None, "headline"):
            for rec, pred in rows:
                if rec.get("title") and not score.headline_ok(rec["title"], pred["headline"] or ""):
                    print(f"\n## headline {rec['id']}\n  expected {rec['title']!r}\n  got      {pred['headline']!r}")
        if args.only in (None, "date"):
            for rec, pred in rows:
                if rec.get("date") and isinstance(rec["date"], str) and not score.date_ok(rec["date"], pred["date"]):
                    print(f"\n## date {rec['id']} expected {rec['date']} got {pred['date']} {rec.get('url', '')}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
