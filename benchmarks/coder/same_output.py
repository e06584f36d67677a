"""Check that a change to the coder's speed leaves its output alone: every event of the KCNA stories, field by field.

Run: uv run python benchmarks/coder/same_output.py --save before.jsonl.gz [--limit N] [--no-syntax]
     (change the coder)
     uv run python benchmarks/coder/same_output.py --against before.jsonl.gz [--limit N] [--no-syntax]

``--save`` writes one JSON line per story (its id and every field of every event, in the coder's order);
``--against`` codes the same stories again and exits 1, naming the first stories that differ, when any event
differs (a field, the order, one more or one fewer). Reads ../shared/data/korea like benchmarks/coder/run.py.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import load

from detente.coding import code_texts
from detente.model import Event


def _row(event: Event) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in dataclasses.asdict(event).items()}


def coded(years: list[int], limit: int | None, syntax: bool) -> list[str]:
    docs = load(years, limit)
    return [json.dumps({"id": doc_id, "events": [_row(e) for e in events]}, sort_keys=True)
            for doc_id, events in code_texts(docs, processes=1, syntax=syntax)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path, help="write the events to this .jsonl.gz file")
    what.add_argument("--against", type=Path, help="compare the events with this file written by --save")
    parser.add_argument("--limit", type=int, default=None, help="only the first N stories")
    parser.add_argument("--years", type=int, nargs="+", default=[2011, 2012])
    parser.add_argument("--no-syntax", action="store_true", help="the word-order coder (no parser)")
    args = parser.parse_args()
    start = time.perf_counter()
    lines = coded(args.years, args.limit, not args.no_syntax)
    events = sum(len(json.loads(line)["events"]) for line in lines)
    took = time.perf_counter() - start
    if args.save:
        with gzip.open(args.save, "wt", encoding="utf-8") as fh:
            fh.writelines(line + "\n" for line in lines)
        print(f"{args.save}: {len(lines):,} stories, {events:,} events ({took:.0f} s)")
        return 0
    with gzip.open(args.against, "rt", encoding="utf-8") as fh:
        before = [line.rstrip("\n") for line in fh]
    if len(before) != len(lines):
        print(f"DIFFERENT: {len(before):,} stories in {args.against}, {len(lines):,} coded now "
              "(give the same --limit and --years)")
        return 1
    differ = [json.loads(now)["id"] for now, then in zip(lines, before, strict=True) if now != then]
    if differ:
        print(f"DIFFERENT: {len(differ):,} of {len(lines):,} stories code differently, e.g. {', '.join(differ[:10])}")
        return 1
    print(f"same: {len(lines):,} stories, {events:,} events, every field identical to {args.against} ({took:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
