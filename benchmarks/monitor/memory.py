"""Memory over a long watch run: run.py's watch child with, after each cycle, the process's anonymous and
file-backed resident memory (``/proc/self/status``), pyarrow's allocated bytes, DuckDB's memory by tag, the rows of
``dyad_days`` and the store's blocks; their means by thirds of the files. ``--trim`` calls glibc's
``malloc_trim(0)`` after each cycle (what the C allocator keeps of freed memory); ``--trace`` takes ``tracemalloc``
snapshots at two thirds and at the end and prints the largest differences (Python's own allocations).

Run: uv run python benchmarks/monitor/memory.py COPY.duckdb FILES ROWS CACHE OUT.json [--trim] [--trace]
                                                 [--share 0.3] [--seed N]
(``--share`` and ``--seed``: run.py's watch child's BACKDATED and SEED.)
"""

from __future__ import annotations

import argparse
import ctypes
import json
import statistics
import sys
import tracemalloc
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))


def _status() -> dict[str, float]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon", "RssFile"):
            out[key] = int(value.split()[0]) / 1024
    return out


def watch_arguments(doc: str | None) -> argparse.ArgumentParser:
    """The arguments of run.py's watch child: a copy of the store, the files, their rows, the cache."""
    ap = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("files", type=int)
    ap.add_argument("rows", type=int)
    ap.add_argument("cache")
    return ap


def main(argv: list[str]) -> int:
    ap = watch_arguments(__doc__)
    ap.add_argument("out")
    ap.add_argument("--trim", action="store_true")
    ap.add_argument("--trace", action="store_true")
    ap.add_argument("--share", type=float, default=0.0, help="the share of each file's events dated days back")
    ap.add_argument("--seed", type=int, default=None, help="the seed of the files' sample (run.py's SEED)")
    args = ap.parse_args(argv)
    import pyarrow as pa
    import run  # type: ignore[import-not-found]

    import detente

    n_files = args.files
    libc = ctypes.CDLL("libc.so.6") if args.trim else None
    extra: list[dict[str, Any]] = []
    snaps: dict[int, tracemalloc.Snapshot] = {}
    original = detente.watch_cycle

    def wrapped(store: Any, feed: Any, **kw: Any) -> Any:
        k = len(extra)
        if args.trace and k == n_files // 3:
            tracemalloc.start(5)
        summary = original(store, feed, **kw)
        if libc is not None:
            libc.malloc_trim(0)
        tags = {str(t): round(b / 2**20, 1) for t, b in store.con.execute(
            "SELECT tag, memory_usage_bytes FROM duckdb_memory() WHERE memory_usage_bytes > 0").fetchall()}
        rows = store.con.execute("SELECT count(*) FROM dyad_days").fetchall()[0][0]
        blocks = store.con.execute("SELECT total_blocks, used_blocks, free_blocks FROM pragma_database_size()"
                                   ).fetchall()[0]
        extra.append({**_status(), "arrow_mb": round(pa.total_allocated_bytes() / 2**20, 1), "duckdb_tags": tags,
                      "day_rows": rows, "blocks": list(blocks)})
        if args.trace and k + 1 in (2 * n_files // 3, n_files):
            snaps[k + 1] = tracemalloc.take_snapshot()
        return summary

    detente.watch_cycle = wrapped  # type: ignore[assignment]
    kw = {} if args.seed is None else {"seed": args.seed}
    out = run.measure_watch(args.store, n_files, args.rows, args.cache, None, args.share, **kw)
    third = n_files // 3

    def thirds(key: str) -> list[float]:
        parts = [extra[:third], extra[third:2 * third], extra[-third:]]
        return [round(statistics.mean(e[key] for e in p), 1) for p in parts]

    report = {k: v for k, v in out.items() if k != "cycles"}
    report.update({"trim": args.trim, "trace": args.trace, "pool": pa.default_memory_pool().backend_name,
                   "anon_thirds_mb": thirds("RssAnon"), "file_thirds_mb": thirds("RssFile"),
                   "arrow_thirds_mb": thirds("arrow_mb"), "first": extra[0], "last": extra[-1]})
    if len(snaps) == 2:
        mid, end = snaps[2 * n_files // 3], snaps[n_files]
        report["tracemalloc_mb"] = [round(sum(s.size for s in x.statistics("filename")) / 2**20, 2) for x in (mid, end)]
        report["tracemalloc_top_diff"] = [str(s) for s in end.compare_to(mid, "lineno")[:12]]
    Path(args.out).write_text(json.dumps({"report": report, "cycles": out["cycles"], "extra": extra}, indent=1))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
