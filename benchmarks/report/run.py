"""Time `detente report` on a fresh store (the first run builds the store from the bundled record), and the
intervals of the index for US-DPRK over the whole record (1990-2026).

Run: uv run python benchmarks/report/run.py [--repeat 3] [--intervals-only]
Goals: the report under 30 s on 2 cores (peer: a warm run on the already-built store, measured in the same run);
the index with its intervals and the verdict's regime intervals at most 2 s (peer: the same index without draws).
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


def _intervals(store: Path, repeat: int) -> None:
    """The SQL-path index of USA-PRK with its bootstrap intervals (500 draws) against the same index without them,
    and the intervals of its regimes' mean CXI, in this process on the built store: median of ``repeat``. The
    change points themselves (PELT, BOCPD) are not part of the intervals and are not timed here."""
    from detente import load_settings, open_store
    from detente.judge import JudgeOptions, find_regimes
    from detente.judge._regimes import regime_interval
    from detente.measure import EvidenceOptions, IndexOptions
    from detente.measure._sql import index_on
    from detente.model import Dyad

    dyad = Dyad.parse("USA-PRK")
    with open_store(load_settings(store=store, environ={}), read_only=True) as st:
        series = index_on(st, dyad)  # warms the store's caches
        regimes = find_regimes(series, JudgeOptions()).regimes
        bare, full, spans = [], [], []
        for _ in range(repeat):
            t0 = time.perf_counter()
            index_on(st, dyad, options=IndexOptions(evidence=EvidenceOptions(resamples=0)))
            t1 = time.perf_counter()
            series = index_on(st, dyad)
            t2 = time.perf_counter()
            for r in regimes:
                regime_interval(series, r.first, r.last, 0.8)
            t3 = time.perf_counter()
            bare.append(t1 - t0)
            full.append(t2 - t1)
            spans.append(t3 - t2)
    b, f, g = statistics.median(bare), statistics.median(full), statistics.median(spans)
    total = f + g
    print(f"index intervals, USA-PRK {series.period[0]}..{series.period[-1]} ({len(series)} months, 500 draws): "
          f"median {f:.3f} s for the index with its intervals against {b:.3f} s without ({f / b:.2f}x), "
          f"{g:.3f} s more for the {len(regimes)} regimes' intervals; {total:.3f} s in all (goal <= 2 s: "
          f"{total / 2:.2f}x of the budget)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--intervals-only", action="store_true", help="time the index's intervals only")
    ns = parser.parse_args()
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(0 if ns.intervals_only else ns.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            store, out = Path(tmp) / "s.duckdb", Path(tmp) / "r.html"
            cmd = [sys.executable, "-m", "detente", "report", "--store", str(store), "--out", str(out)]
            cold.append(_timed(cmd))
            warm.append(_timed(cmd))
    with tempfile.TemporaryDirectory() as tmp:
        from detente import load_settings, open_store

        store = Path(tmp) / "s.duckdb"
        with open_store(load_settings(store=store, environ={})):  # builds the bundled record into it
            pass
        _intervals(store, max(ns.repeat, 5))
    if ns.intervals_only:
        return
    c, w = statistics.median(cold), statistics.median(warm)
    print(f"detente report, fresh store: median {c:.2f} s over {ns.repeat} runs (goal < 30 s: "
          f"{c / 30:.2f}x of the budget)")
    print(f"detente report, built store: median {w:.2f} s; first-run overhead {c / w:.2f}x the warm run")


if __name__ == "__main__":
    main()
