"""Scale benchmark: the dyad index over 1M, 10M and 50M events, in the DuckDB store and in the Parquet archive,
and Spark local[2] against DuckDB on the same 10M; each warm figure beside the same index without its intervals.

Run: uv run python benchmarks/scale/run.py [--sizes 1M,10M,50M] [--spark-size 10M] [--dir DIR] [--json FILE]

Events are generated in DuckDB SQL from the bundled US-DPRK record: each generated row copies the code, root,
QuadClass, Goldstein weight, evidence counts and date (moved by up to 60 days either way) of a random real row.
A share of rows (``--dyad-share``, default 0.5%) keep their real USA-PRK actors; the others get two countries
drawn from the project's country table with Zipf weights (the United States first). They go on disk in a temporary
folder, are measured, and the folder is deleted (``--keep`` keeps it). Each measurement runs in a fresh process
(its peak RSS is the memory figure): the first query after opening the store (cold), then the median of
``--repeat`` more (warm). The store is measured as generated (date order, as ingests append), then after
``Store.cluster()`` (dyad order); the archive is exported from it (written in dyad order within each partition).
Figures are printed as ratios against their peer measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SIZES = {"1M": 1_000_000, "10M": 10_000_000, "50M": 50_000_000}
HERE = Path(__file__).resolve()


def _size(text: str) -> int:
    return SIZES.get(text, 0) or int(float(text.rstrip("M")) * 1_000_000)


def build_template(folder: Path) -> Path:
    """A store holding the bundled record: the real rows the generator draws from."""
    from detente.ingest.bundled import ensure_bundled
    from detente.store import Store

    path = folder / "template.duckdb"
    with Store.open(path) as s:
        ensure_bundled(s)
    return path


def generate(template: Path, path: Path, n: int, *, dyad_share: float, seed: int) -> dict[str, Any]:
    """A DuckDB store with ``n`` generated events (and the bundled ledger), inserted in date order."""
    from detente.actors import countries
    from detente.store import Store

    codes = ["USA"] + [c for c in dict.fromkeys(c.code for c in countries() if c.kind == "state") if c and c != "USA"]
    weights = [1.0 / (rank + 1) for rank in range(len(codes))]
    total = sum(weights)
    slots: list[str] = []
    for code, w in zip(codes, weights, strict=True):
        slots += [code] * max(1, round(10_000 * w / total))
    started = time.perf_counter()
    with Store.open(path, threads=2) as s:
        con = s.con
        con.execute("SET memory_limit = '10GB'")
        con.execute(f"SET temp_directory = '{path.parent / 'spill'}'")
        con.execute(f"ATTACH '{template}' AS tpl (READ_ONLY)")
        con.execute("CREATE TEMP TABLE rows_ AS SELECT row_number() OVER (ORDER BY key) - 1 AS i, * "
                    "FROM tpl.events WHERE source_country IN ('USA', 'PRK') AND target_country IN ('USA', 'PRK')")
        n_tpl = con.execute("SELECT count(*) FROM rows_").fetchall()[0][0]
        con.execute("CREATE TEMP TABLE slots AS SELECT (row_number() OVER () - 1) AS slot, code "
                    "FROM (SELECT unnest(?) AS code)", [slots])
        n_slots = len(slots)
        share = int(dyad_share * 1_000_000)
        con.execute(f"""
            INSERT INTO events (key, run_id, date, source, target, code, dataset, event_id, source_country,
                                target_country, root, quad_class, goldstein, track, mentions, sources, articles,
                                tone, location, modality)
            SELECT 'g' || g.r, 0, t.date + CAST(hash(g.r, {seed} + 1) % 121 AS INTEGER) - 60,
                   CASE WHEN g.dy THEN t.source ELSE a.code || 'GOV' END,
                   CASE WHEN g.dy THEN t.target ELSE b.code || 'GOV' END,
                   t.code, 'gdelt', CAST(g.r AS VARCHAR),
                   CASE WHEN g.dy THEN t.source_country ELSE a.code END,
                   CASE WHEN g.dy THEN t.target_country ELSE b.code END,
                   t.root, t.quad_class, t.goldstein, t.track, t.mentions,
                   coalesce(t.sources, CAST(1 + hash(g.r, {seed} + 2) % 12 AS INTEGER)), t.articles, t.tone,
                   t.location, 'occurred'
            FROM (SELECT range AS r, hash(range, {seed}) % 1000000 < {share} AS dy,
                         hash(range, {seed} + 3) % {n_tpl} AS ti, hash(range, {seed} + 4) % {n_slots} AS sa,
                         hash(range, {seed} + 5) % {n_slots} AS sb
                  FROM range({n})) g
            JOIN rows_ t ON t.i = g.ti JOIN slots a ON a.slot = g.sa JOIN slots b ON b.slot = g.sb
            ORDER BY 3, 1
        """)
        con.execute("INSERT INTO milestones SELECT * FROM tpl.milestones")
        con.execute("DETACH tpl")
        con.execute("CHECKPOINT")
        dyad = con.execute("SELECT count(*) FROM events WHERE (source_country = 'USA' AND target_country = 'PRK') "
                           "OR (source_country = 'PRK' AND target_country = 'USA')").fetchall()[0][0]
    shutil.rmtree(path.parent / "spill", ignore_errors=True)
    return {"rows": n, "dyad_rows": int(dyad), "seconds": round(time.perf_counter() - started, 1),
            "bytes": path.stat().st_size}


def folder_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def peak_rss_mb() -> float:
    """This process's peak resident memory. Linux keeps ``ru_maxrss`` across exec (a child would report its
    parent's peak), so read the high-water mark of this process's own memory map instead."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(store_path: str, engine: str, repeat: int) -> dict[str, Any]:
    """One engine over one store, in this (fresh) process: open, cold query, warm median, peak RSS."""
    from detente.judge import index_from_store
    from detente.measure import EvidenceOptions, IndexOptions
    from detente.measure._sql import run_index
    from detente.model import Dyad
    from detente.store import Store, engine_for

    dyad = Dyad.parse("USA-PRK")
    t0 = time.perf_counter()
    store = Store.open(store_path, read_only=True, threads=2)
    eng = None if engine == "numpy" else engine_for(engine, store)
    opened = time.perf_counter() - t0

    bare = IndexOptions(evidence=EvidenceOptions(resamples=0))  # the peer: the same index without its intervals

    def once(options: IndexOptions | None = None) -> float:
        t = time.perf_counter()
        series = index_from_store(store, dyad, options=options) if eng is None else run_index(eng, dyad,
                                                                                              options=options)
        assert len(series) > 0
        return time.perf_counter() - t

    cold = once()
    warm, without = [], []
    for _ in range(repeat):  # alternate, so that both see the same load
        warm.append(once())
        without.append(once(bare))
    rss = peak_rss_mb()
    if eng is not None:
        eng.close()
    store.close()
    return {"engine": engine, "open_s": round(opened, 3), "cold_s": round(cold, 4),
            "warm_s": round(statistics.median(warm), 4), "warm_min_s": round(min(warm), 4),
            "warm_without_intervals_s": round(statistics.median(without), 4),
            "peak_rss_mb": round(rss, 1)}


def run_measure(store_path: Path | str, engine: str, repeat: int) -> dict[str, Any]:
    env = dict(os.environ, SPARK_LOCAL_IP=os.environ.get("SPARK_LOCAL_IP", "127.0.0.1"))
    out = subprocess.run([sys.executable, str(HERE), "--measure", str(store_path), "--engine", engine,
                          "--repeat", str(repeat)], check=True, capture_output=True, text=True, env=env)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "-"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1M,10M,50M")
    ap.add_argument("--spark-size", default="10M", help="size at which Spark is compared ('' to skip)")
    ap.add_argument("--numpy-size", default="1M", help="size at which the numpy path is compared ('' to skip)")
    ap.add_argument("--dyad-share", type=float, default=0.005)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", default=None, help="parent of the temporary folder (default: the system's)")
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--measure", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="duckdb", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.engine, args.repeat)))
        return 0

    from detente.store import Store, export_archive

    sizes = [s for s in args.sizes.split(",") if s]
    work = Path(tempfile.mkdtemp(prefix="detente-scale-", dir=args.dir))
    results: list[dict[str, Any]] = []
    try:
        template = build_template(work)
        for label in sizes:
            n = _size(label)
            folder = work / label
            folder.mkdir()
            gen = generate(template, folder / "store.duckdb", n, dyad_share=args.dyad_share, seed=args.seed)
            row: dict[str, Any] = {"size": label, **gen}
            row["duckdb_ingest_order"] = run_measure(folder / "store.duckdb", "duckdb", args.repeat)
            t = time.perf_counter()
            with Store.open(folder / "store.duckdb", threads=2) as s:
                s.cluster()
            row["cluster_s"] = round(time.perf_counter() - t, 1)
            t = time.perf_counter()
            with Store.open(folder / "store.duckdb", read_only=True, threads=2) as s:
                export_archive(s, folder / "archive")
            row["export_s"] = round(time.perf_counter() - t, 1)
            row["archive_bytes"] = folder_bytes(folder / "archive")
            row["duckdb_store"] = run_measure(folder / "store.duckdb", "duckdb", args.repeat)
            row["parquet_archive"] = run_measure(folder / "archive", "duckdb", args.repeat)
            if label == args.numpy_size:
                row["numpy_store"] = run_measure(folder / "store.duckdb", "numpy", max(1, args.repeat // 2))
            if label == args.spark_size:
                row["spark_archive"] = run_measure(folder / "archive", "spark", 3)
            results.append(row)
            print(json.dumps(row), flush=True)
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'size':>5} {'dyad rows':>10} {'store MB':>9} {'parquet MB':>10} {'ingest-order':>12} {'clustered':>10} "
          f"{'parquet':>9} {'parquet/clustered':>17} {'RSS MB':>7}")
    for r in results:
        o, d, p = r["duckdb_ingest_order"], r["duckdb_store"], r["parquet_archive"]
        print(f"{r['size']:>5} {r['dyad_rows']:>10} {r['bytes'] / 1e6:>9.0f} {r['archive_bytes'] / 1e6:>10.0f} "
              f"{o['warm_s']:>11.3f}s {d['warm_s']:>9.3f}s {p['warm_s']:>8.3f}s "
              f"{ratio(p['warm_s'], d['warm_s']):>17} {d['peak_rss_mb']:>7.0f}")
        print(f"      clustering in dyad order: {ratio(o['warm_s'], d['warm_s'])} faster than ingest order")
        if "warm_without_intervals_s" in d:
            bare = d["warm_without_intervals_s"]
            print(f"      clustered, the index's intervals (500 draws): {d['warm_s']:.3f}s with, {bare:.3f}s without "
                  f"({d['warm_s'] - bare:+.3f}s)")
        if "numpy_store" in r:
            print(f"      numpy path (all dyad events into memory) warm {r['numpy_store']['warm_s']:.3f}s = "
                  f"{ratio(r['numpy_store']['warm_s'], d['warm_s'])} the SQL path")
        if "spark_archive" in r:
            sp = r["spark_archive"]
            print(f"      spark local[2] on the archive: start {sp['open_s']:.1f}s, cold {sp['cold_s']:.2f}s, warm "
                  f"{sp['warm_s']:.2f}s = {ratio(sp['warm_s'], p['warm_s'])} DuckDB on the same archive")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
