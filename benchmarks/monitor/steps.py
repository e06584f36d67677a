"""Where a watch cycle's time goes: run.py's watch child (``--child watch``) with each step of a cycle timed, wall
clock and the process's CPU time, summed over the files and divided by their number.

Run: uv run python benchmarks/monitor/steps.py COPY.duckdb FILES ROWS CACHE [--tree TREE] [--share 0.3]
                                                [--seed N] [--per-file OUT.json]

``--tree`` runs another checkout's benchmark (its ``benchmarks/monitor/run.py``) on that checkout's code, given
with ``PYTHONPATH=TREE/src``: the way two versions are compared, alternately, each on a fresh copy of the store.
Prints one JSON line: the medians of run.py and ``steps_per_file`` (wall and CPU seconds a file, and calls).
``--per-file`` writes each file's own step times as well (``files``: a list, one dict of step -> [wall, CPU] a
file, beside its cycle's figures): the way to see which step's cost changes as the watch goes on (file 10 against
file 200 of one run), without a second run. The steps of the day and period fold (``INNER``, in
``detente.measure._world``) are timed inside ``refresh_period_table``.
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
         "runs_dyads", "update_dyads", "_intervals_to_do", "_record", "feed_files", "_ingest_file")
#: steps inside the fold of the day and period sums (module ``detente.measure._world``)
INNER = ("refresh_day_table", "fold_day_rows", "_with_stored_firsts", "replace_day_rows", "_fold_periods",
         "fold_period_rows", "update_day_sums_sql", "day_table_state", "_period_state")


def main(argv: list[str]) -> int:
    ap = watch_arguments(__doc__)
    ap.add_argument("--tree", default=str(Path(__file__).resolve().parents[2]))
    ap.add_argument("--per-file", default=None, help="write each file's step times to this JSON file")
    ap.add_argument("--seed", type=int, default=None, help="the seed of the files' sample (run.py's)")
    ap.add_argument("--share", type=float, default=0.0, help="the share of each file's events dated 1 to 7 days "
                    "before it (run.py's watch child's last argument)")
    args = ap.parse_args(argv)
    sys.path.insert(0, f"{args.tree}/benchmarks/monitor")
    import detente._monitor as monitor
    import detente.measure._world as world

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
    for name in INNER:
        if hasattr(world, name):
            setattr(world, name, timed(f"world.{name}", getattr(world, name)))
    import run  # type: ignore[import-not-found]

    import detente

    per_file: list[dict[str, list[float]]] = []
    original = detente.watch_cycle

    def cycle(*a: Any, **k: Any) -> Any:
        before = {n: (wall[n], cpu[n]) for n in wall}
        try:
            return original(*a, **k)
        finally:
            per_file.append({n: [round(wall[n] - before.get(n, (0.0, 0.0))[0], 4),
                                 round(cpu[n] - before.get(n, (0.0, 0.0))[1], 4)] for n in wall})

    detente.watch_cycle = cycle  # type: ignore[assignment]
    kw = {} if args.seed is None else {"seed": args.seed}
    out = run.measure_watch(args.store, args.files, args.rows, args.cache, None, args.share, **kw)
    if args.per_file:
        Path(args.per_file).write_text(json.dumps({"cycles": out["cycles"], "files": per_file, "load": out["load"]}))
    n = len(out["cycles"])
    print(json.dumps({"median_s": out["median_s"], "cpu_median_s": out["cpu_median_s"], "load": out["load"],
                      "steps_per_file": {k: {"wall": round(wall[k] / n, 3), "cpu": round(cpu[k] / n, 3),
                                             "calls": calls[k]} for k in sorted(wall, key=lambda k: -cpu[k])}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
