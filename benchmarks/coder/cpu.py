"""CPU seconds the coder takes on the first N KCNA stories of 2011-2012, one process with syntax: an A/B check.

Run: uv run python benchmarks/coder/cpu.py [N=3000] [R=2]

Codes the stories (read as ``benchmarks/coder/run.py`` reads them, from ../shared/data/korea) after a warm-up of
200, R times, and prints the best CPU time of this process (``time.process_time``), the sentences and events, and
sentences per CPU-second. CPU time, unlike the wall clock, is little moved by other work on a shared machine, so two
trees can be compared one after the other (``PYTHONPATH=TREE/src``): a change's cost is the difference, read
against the spread of repeated runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import load

import detente
from detente.coding import code_texts, split_sentences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=3000, help="how many stories (default 3000)")
    parser.add_argument("r", nargs="?", type=int, default=2, help="how many timed runs; the best is kept")
    args = parser.parse_args()
    docs = load([2011, 2012], args.n)
    sentences = sum(len(split_sentences(d.text)) for d in docs)
    list(code_texts(docs[:200], processes=1, syntax=True))
    best: float | None = None
    events = 0
    for _ in range(max(1, args.r)):
        start = time.process_time()
        events = sum(len(found) for _, found in code_texts(docs, processes=1, chunksize=64, syntax=True))
        took = time.process_time() - start
        best = took if best is None else min(best, took)
    assert best is not None
    print(f"{detente.__file__}: {len(docs)} stories, {sentences} sentences, {events} events, "
          f"best CPU {best:.2f} s, {sentences / best:,.0f} sentences per CPU-second")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
