"""Time `detente report` on a fresh store (the first run builds the store from the bundled record).

Run: uv run python benchmarks/report/run.py [--repeat 3]
Goal: under 30 s on 2 cores. The peer is a warm run on the already-built store, measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _timed(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    ns = parser.parse_args()
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(ns.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            store, out = Path(tmp) / "s.duckdb", Path(tmp) / "r.html"
            cmd = [sys.executable, "-m", "detente", "report", "--store", str(store), "--out", str(out)]
            cold.append(_timed(cmd))
            warm.append(_timed(cmd))
    c, w = statistics.median(cold), statistics.median(warm)
    print(f"detente report, fresh store: median {c:.2f} s over {ns.repeat} runs (goal < 30 s: "
          f"{c / 30:.2f}x of the budget)")
    print(f"detente report, built store: median {w:.2f} s; first-run overhead {c / w:.2f}x the warm run")


if __name__ == "__main__":
    main()
