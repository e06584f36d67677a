"""Where a watch cycle's time goes: run.py's watch child (``--child watch``) with each step of a cycle timed, wall
clock and the process's CPU time, summed over the files and divided by their number.

Run: uv run python benchmarks/monitor/steps.py COPY.duckdb FILES ROWS CACHE [--tree TREE] [--share 0.3]

``--tree`` runs another checkout's benchmark (its ``benchmarks/monitor/run.py``) on that checkout's code, given
with ``PYTHONPATH=TREE/src``: the way two versions are compared, alternately, each on a fresh copy of the store.
Prints one JSON line: the medians of run.py and ``steps_per_file`` (wall and CPU seconds a file, and calls).
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from memory import watch_arguments

STEPS = ("ingest_paths", "refresh_day_table", "refresh_period_table", "read_period_rows", "read_day_rows",
         "_flagged", "_with_moving_events", "add_alerts", "_checkpoint", "_dyads_with_ledger", "_recent_alerts",
         "runs_dyads", "update_dyads", "_intervals_to_do", "_record", "feed_files")


def main(argv: list[str]) -> int:
    ap = watch_arguments(__doc__)
    ap.add_argument("--tree", default=str(Path(__file__).resolve().parents[2]))
    ap.add_argument("--share", type=float, default=0.0, help="the share of each file's events dated 1 to 7 days "
                    "before it (run.py's watch child's last argument)")
    args = ap.parse_args(argv)
    sys.path.insert(0, f"{args.tree}/benchmarks/monitor")
    import detente._monitor as monitor

    wall: dict[str, float] = defaultdict(float)
    cpu: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def inner(*a: Any, **k: Any) -> Any:
            t, c = time.perf_counter(), time.process_time()
            try:
                return fn(*a, **k)
            finally:
                wall[name] += time.perf_counter() - t
                cpu[name] += time.process_time() - c
                calls[name] += 1
        return inner

    for name in STEPS:  # the names the watch cycle calls through its module (those this version has)
        if hasattr(monitor, name):
            setattr(monitor, name, timed(name, getattr(monitor, name)))
    import run  # type: ignore[import-not-found]

    out = run.measure_watch(args.store, args.files, args.rows, args.cache, None, args.share)
    n = len(out["cycles"])
    print(json.dumps({"median_s": out["median_s"], "cpu_median_s": out["cpu_median_s"], "load": out["load"],
                      "steps_per_file": {k: {"wall": round(wall[k] / n, 3), "cpu": round(cpu[k] / n, 3),
                                             "calls": calls[k]} for k in sorted(wall, key=lambda k: -cpu[k])}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
