"""Benchmark the event coder on the KCNA stories of 2011-2012: raw text to events, one process vs two.

Run: uv run python benchmarks/coder/run.py [--limit N] [--years 2011 2012] [--no-syntax]
Reads ../shared/data/korea/kcna_stories_<year>.jsonl (never copied into the repository). Prints sentences/s for
one process and for two, events found, the two-process speed-up, and the word-order coder (no parser) in the same
run as the peer. Beside each wall-clock rate it prints the sentences coded per CPU-second of the processes that
coded them (this process's time.process_time; with two processes, the workers' CPU time as well): on a machine
shared with other work the wall clock counts the time other work took the cores, the CPU figure does not. It
prints the load average at the start and at the end. Goal: >= 2,000 sentences/s in one process with syntax on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import sys
import time
from pathlib import Path

from detente.coding import code_texts, split_sentences
from detente.ingest.news import Document

ROOT = Path(__file__).resolve().parents[2]
KOREA = ROOT / ".." / "shared" / "data" / "korea"
GOAL = 2_000


def load(years: list[int], limit: int | None) -> list[Document]:
    docs: list[Document] = []
    for year in years:
        path = KOREA / f"kcna_stories_{year}.jsonl"
        if not path.exists():
            sys.exit(f"missing {path}: the benchmark reads the KCNA stories from ../shared/data/korea")
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh):
                row = json.loads(line)
                text = f"{row.get('title') or ''}.\n{row.get('story') or ''}"
                day = dt.date.fromisoformat(row["date"][:10]) if row.get("date") else None
                docs.append(Document(f"{year}-{number}", text, day, row.get("index_link")))
                if limit and len(docs) >= limit:
                    return docs
    return docs


def _children_cpu() -> float:
    """CPU seconds of this process's ended child processes (the workers, once their pool has closed)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(docs: list[Document], processes: int, *, syntax: bool = True) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of this process and of its worker processes, events found."""
    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    events = sum(len(found) for _, found in code_texts(docs, processes=processes, chunksize=64, syntax=syntax))
    took = time.perf_counter() - start
    return took, time.process_time() - cpu + _children_cpu() - children, events


def load_average() -> str:
    if not hasattr(os, "getloadavg"):
        return "unknown"
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N stories")
    parser.add_argument("--years", type=int, nargs="+", default=[2011, 2012])
    parser.add_argument("--no-syntax", action="store_true", help="time the word-order coder only")
    args = parser.parse_args()
    docs = load(args.years, args.limit)
    sentences = sum(len(split_sentences(d.text)) for d in docs)
    print(f"corpus: {len(docs):,} KCNA stories {'-'.join(map(str, args.years))}, {sentences:,} sentences")
    print(f"machine: {os.cpu_count()} cores, load average {load_average()} (1, 5, 15 min) at the start")
    syntax = not args.no_syntax
    run(docs[:200], 1, syntax=syntax)  # warm-up: dictionaries and the parser loaded, caches filled
    one, cpu_one, events_one = run(docs, 1, syntax=syntax)
    rate_one = sentences / one
    label = "with syntax" if syntax else "word order "
    print(f"1 process  , {label}: {one:7.2f} s  {rate_one:9,.0f} sentences/s  ({events_one:,} events; "
          f"{sentences / cpu_one:,.0f} sentences per CPU-second)", flush=True)
    two, cpu_two, events_two = run(docs, 2, syntax=syntax)
    assert events_one == events_two, "two processes must find what one finds"
    rate_two = sentences / two
    print(f"2 processes, {label}: {two:7.2f} s  {rate_two:9,.0f} sentences/s  ({rate_two / rate_one:.2f}x one process; "
          f"{sentences / cpu_two:,.0f} sentences per CPU-second of the workers and this process)", flush=True)
    if syntax:
        bare, cpu_bare, events_bare = run(docs, 1, syntax=False)
        print(f"1 process  , word order : {bare:7.2f} s  {sentences / bare:9,.0f} sentences/s  "
              f"({events_bare:,} events; {sentences / cpu_bare:,.0f} sentences per CPU-second; "
              f"syntax costs {one / bare:.1f}x wall-clock, {cpu_one / cpu_bare:.1f}x CPU)")
    print(f"machine: load average {load_average()} at the end (other work slows the wall-clock figures, "
          "not the CPU figures)")
    rate_cpu = sentences / cpu_one
    print(f"goal: >= {GOAL:,} sentences/s in one process {label.strip()}: wall-clock "
          f"{'met' if rate_one >= GOAL else 'NOT met'} ({rate_one / GOAL:.2f}x the goal); per CPU-second "
          f"{'met' if rate_cpu >= GOAL else 'NOT met'} ({rate_cpu / GOAL:.2f}x the goal)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
