"""World monitor benchmark: the all-dyad table over a generated year of GDELT-like events, the same rows on Spark,
and the watch ingesting 15-minute files with its dyads and alerts updated.

Run: uv run python benchmarks/monitor/run.py [--events 50M] [--spark-events 5M] [--files 30] [--file-rows 3000]
                                             [--dir DIR] [--keep] [--json FILE] [--store FILE]
     uv run python benchmarks/monitor/run.py --table-only --store FILE     (step 2's table alone, in place)
     uv run python benchmarks/monitor/run.py --spark-only --store FILE     (step 3 alone, on FILE read-only in place)

1. A store of ``--events`` events of 2018 (benchmarks/monitor/generate.py: values sampled from real ICEWS and GDELT
   rows, two countries drawn with Zipf weights: at 50M about 20,000+ dyads).
2. In a fresh process: the per-dyad day sums built in one pass over the events (``dyad_days``, cold); in
   another: the world table of every dyad (``detente dyads``) timed warm (median of ``--repeat`` after a first
   call), with that process's peak memory. Peer, in the same process: the one-dyad path (``series_from_days`` +
   ``find_regimes``, what ``detente index``/``judge`` run per dyad) on a random sample of 300 dyads, extrapolated
   to all of them.
3. Spark local[2] on a store of ``--spark-events`` (the same generator and seed): the table from one Spark query over
   the events, against DuckDB's one pass over the same store; the two tables must be equal.
4. The watch: ``--files`` 15-minute intervals, each an export file of ``--file-rows`` rows sampled from the
   generated events (new ids, the interval's day) and its mentions file, served by a local transport with the
   last-update list moving on each cycle; each cycle (download, size and MD5 check, ingest, day sums updated,
   touched dyads re-measured, alerts) is timed (wall clock and the process's CPU time), and the resident memory
   and DuckDB's own after each is recorded, with their means over the first, middle and last third of the files
   and the slopes between them (KB a file): flat memory means slopes near 0 over a long run (200+ files).
   The watch part alone, on a store whose day sums are built (DuckDB's memory limit for the watch: its default
   384MB, or a size, or ``none`` for DuckDB's own):
   uv run python benchmarks/monitor/run.py --child watch STORE FILES ROWS CACHE [LIMIT] [BACKDATED] [SEED]
   BACKDATED (default 0) is the share of each file's events dated 1 to 7 days before the interval's day (seeded), as
   GDELT 2.0 files carry events reported late: a period that already holds a later day is then folded again from
   its day rows, the watch's slower path. SEED (default 20261204) draws the files' events from the store and their
   late dates: the same store and arguments give the same files, events and alerts in every run.

Figures are printed with the load average, since the machine is shared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))

def _size(text: str) -> int:
    """A count of events: ``50M``, ``300k`` or a plain number (``300000``)."""
    scale = {"m": 1_000_000, "k": 1_000}.get(text[-1:].lower(), 1)
    try:
        return int(float(text[:-1] if scale > 1 else text) * scale)
    except ValueError:
        raise SystemExit(f"not a count of events: {text!r} (write 50M, 300k or 300000)") from None


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


# -- 2. the world table on DuckDB, and the one-dyad peer ------------------------------------------------------------
def measure_build(path: str) -> dict[str, Any]:
    """The per-dyad day sums built in one pass (cold), in a process of its own: its peak memory is DuckDB's."""
    from detente.judge import JudgeOptions
    from detente.measure._world import refresh_day_table
    from detente.store import Store

    with Store.open(path, threads=2) as s:
        t = time.perf_counter()
        built = refresh_day_table(s, options=JudgeOptions().index, rebuild=True)
        return {"day_sums_build_s": round(time.perf_counter() - t, 2), "day_rows": built.rows,
                "build_peak_rss_mb": round(peak_mb(), 1)}


def measure_table(path: str, repeat: int) -> dict[str, Any]:
    import numpy as np

    from detente.judge import JudgeOptions, find_regimes, world_from_store
    from detente.measure._index import SUM_COLUMNS, DaySums, series_from_days
    from detente.measure._world import iter_dyads, read_day_rows
    from detente.store import Store

    out: dict[str, Any] = {}
    with Store.open(path, read_only=True, threads=2) as s:
        t = time.perf_counter()
        table = world_from_store(s)
        out["first_s"] = round(time.perf_counter() - t, 2)
        times = []
        cpu = []
        for _ in range(repeat):
            t, c = time.perf_counter(), time.process_time()
            table = world_from_store(s)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        out["warm_s"] = round(statistics.median(times), 2)
        out["warm_cpu_s"] = round(statistics.median(cpu), 2)  # CPU seconds of the process (all its threads)
        out["load"] = [round(x, 1) for x in os.getloadavg()]
        out["warm_min_s"] = round(min(times), 2)
        out["dyads"] = table.dyads_total
        out["alerts"] = sum(1 for r in table.rows if r.alert)
        out["peak_rss_mb"] = round(peak_mb(), 1)
        # the peer: one dyad at a time, as detente index + judge compute it
        rows = read_day_rows(s)
        every = list(iter_dyads(rows))
        sample = random.Random(1).sample(every, min(300, len(every)))
        opts = JudgeOptions()
        t = time.perf_counter()
        for d in sample:
            def col(name: str, dtype: Any, table: Any = d.rows) -> Any:
                return np.asarray(table.column(name).to_numpy(zero_copy_only=False), dtype=dtype)
            days = DaySums(day=col("day", "datetime64[D]"), sums={c: col(c, np.float64) for c in SUM_COLUMNS},
                           pressure=col("pressure", np.float64), channel=col("channel", np.float64),
                           raw=int(col("raw", np.int64).sum()))
            find_regimes(series_from_days(days, dyad=d.dyad, options=opts.index), opts)
        per = (time.perf_counter() - t) / len(sample)
        out["one_dyad_ms"] = round(per * 1000, 2)
        out["one_dyad_all_s"] = round(per * len(every), 1)
    return out


# -- 3. Spark against DuckDB on the same store ----------------------------------------------------------------------
def measure_spark(path: str) -> dict[str, Any]:
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from detente.judge import world_on
    from detente.store import Store, engine_for

    out: dict[str, Any] = {}
    with Store.open(path, read_only=True, threads=2) as s:
        with engine_for("duckdb", s) as duck:
            t = time.perf_counter()
            mine = world_on(duck).to_dict()
            out["duckdb_one_pass_s"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        with engine_for("spark", s) as sp:
            out["spark_start_s"] = round(time.perf_counter() - t, 1)
            out["driver_memory"] = sp.spark.sparkContext.getConf().get("spark.driver.memory", None)
            t = time.perf_counter()
            theirs = world_on(sp).to_dict()
            out["spark_s"] = round(time.perf_counter() - t, 2)
    out["dyads"] = len(mine["dyads"])
    out["equal"] = mine == theirs
    return out


# -- 4. the watch, file after file ----------------------------------------------------------------------------------
#: the seed of the files' sample of stored events and of their late dates (``--child watch``'s SEED)
SEED = 20261204


def sample_rows(path: str, count: int, seed: int = SEED) -> list[tuple[Any, ...]]:
    """``count`` events of the store drawn without replacement, in the order drawn, the same ones for the same
    store and ``seed`` (numpy's generator picks their row numbers; DuckDB's ``USING SAMPLE`` gave another sample
    each run, so the alerts of two runs differed)."""
    import numpy as np
    import pyarrow as pa

    from detente.store import Store

    with Store.open(path, read_only=True) as s:
        total, top = s.con.execute("SELECT count(*), coalesce(max(rowid) + 1, 0) FROM events").fetchall()[0]
        if int(total) != int(top):  # rows deleted: the row ids have gaps, and a drawn number may name none
            raise SystemExit(f"{path}: the events' row ids have gaps (a store generate.py made has none)")
        picks = np.random.default_rng(seed).choice(int(total), size=min(count, int(total)), replace=False)
        wanted = pa.table({"r": pa.array(picks, pa.int64()), "k": pa.array(np.arange(picks.size), pa.int64())})
        s.con.register("_sample_picks", wanted)
        try:
            return s.con.execute(
                "SELECT source, target, source_country, target_country, code, root, quad_class, goldstein, "
                "mentions, sources, articles, tone FROM events e JOIN _sample_picks p ON e.rowid = p.r "
                "ORDER BY p.k").fetchall()
        finally:
            s.con.unregister("_sample_picks")


def _files(path: str, n_files: int, rows: int, backdated: float = 0.0,
           seed: int = SEED) -> list[tuple[str, bytes, bytes]]:
    """``n_files`` consecutive intervals from the first of the last day of 2018, the store's newest day (the 96
    intervals of that day, then those of the days after it when there are more files): an export zip of ``rows``
    rows sampled from the store's generated events (:func:`sample_rows`, seeded), dated the interval's day (GDELT
    2.0 layout; a share ``backdated`` of them 1 to 7 days before it, drawn with the same seed), and a mentions zip
    naming each event once. The same store, arguments and ``seed`` give the same files.

    The intervals go forward from the store's newest day, as a watch's files do: no file is dated before a day the
    store holds. (They ended on that day before, so that more files began days earlier, before days the store
    held: every dyad with events on a later day took the watch's path for an earlier interval caught up, its day
    rows read (0.27 to 0.29 CPU-s a file), and the cost of a file seemed to grow with the files watched.)"""
    import random

    from detente.ingest._layouts import GDELT2_EXPORT, GDELT2_MENTIONS

    sample = sample_rows(path, rows * n_files, seed)
    out = []
    rng = random.Random(seed)
    first = dt.datetime(2018, 12, 31)
    for k in range(n_files):
        when = first + dt.timedelta(minutes=15 * k)
        stamp, day = when.strftime("%Y%m%d%H%M%S"), when.strftime("%Y%m%d")
        lines, ment = [], []
        for j, r in enumerate(sample[k * rows:(k + 1) * rows]):
            event_id = str(900_000_000 + k * rows + j)
            row = dict.fromkeys(GDELT2_EXPORT, "")
            a_role, b_role = r[0][3:], r[1][3:]
            late = rng.random() < backdated
            told = (when - dt.timedelta(days=rng.randint(1, 7))).strftime("%Y%m%d") if late else day
            row.update({"GLOBALEVENTID": event_id, "SQLDATE": told, "MonthYear": told[:6], "Year": told[:4],
                        "FractionDate": _fraction(told), "Actor1Code": r[0], "Actor1CountryCode": r[2],
                        "Actor1Type1Code": a_role, "Actor2Code": r[1], "Actor2CountryCode": r[3],
                        "Actor2Type1Code": b_role, "IsRootEvent": "1", "EventCode": r[4], "EventBaseCode": r[4][:3],
                        "EventRootCode": r[5], "QuadClass": str(r[6]), "GoldsteinScale": f"{r[7]:g}",
                        "NumMentions": str(r[8] or 1), "NumSources": str(r[9] or 1), "NumArticles": str(r[10] or 1),
                        "AvgTone": f"{r[11]:.3f}" if r[11] is not None else "", "DATEADDED": stamp,
                        "SOURCEURL": f"https://example.org/{event_id}"})
            lines.append("\t".join(row[c] for c in GDELT2_EXPORT))
            m = dict.fromkeys(GDELT2_MENTIONS, "")
            m.update({"GLOBALEVENTID": event_id, "EventTimeDate": stamp, "MentionTimeDate": stamp,
                      "MentionType": "1", "MentionSourceName": "example.org",
                      "MentionIdentifier": f"https://example.org/{event_id}", "SentenceID": "1", "Confidence": "100"})
            ment.append("\t".join(m[c] for c in GDELT2_MENTIONS))
        out.append((stamp, _zip(f"{stamp}.export.CSV", lines), _zip(f"{stamp}.mentions.CSV", ment)))
    return out


def _fraction(day: str) -> str:
    """GDELT's ``FractionDate`` of a ``YYYYMMDD`` day: the year and the share of it gone (2018.9973)."""
    d = dt.date(int(day[:4]), int(day[4:6]), int(day[6:]))
    return f"{d.year + (d.timetuple().tm_yday - 0.5) / 365:.4f}"


def _zip(name: str, lines: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        # a fixed time in the member's header: the same lines make the same bytes (and MD5) in every run
        zf.writestr(zipfile.ZipInfo(name, date_time=(2018, 12, 31, 0, 0, 0)), "\n".join(lines) + "\n",
                    compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def measure_watch(path: str, n_files: int, rows: int, cache: str, memory_limit: str | None = None,
                  backdated: float = 0.0, seed: int = SEED) -> dict[str, Any]:
    import httpx

    from detente import WatchOptions, watch_cycle
    from detente.ingest import Downloader, GdeltFeed
    from detente.measure._world import refresh_period_table
    from detente.store import Store

    base = "http://data.gdeltproject.org/gdeltv2/"
    files = _files(path, n_files, rows, backdated, seed)
    bodies = {f"{base}{stamp}.{kind}.CSV.zip": body for stamp, e, m in files
              for kind, body in (("export", e), ("mentions", m))}
    current = {"k": 0}

    def line(url: str) -> str:
        body = bodies[url]
        return f"{len(body)} {hashlib.md5(body).hexdigest()} {url}"

    def serve(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        if url.endswith("lastupdate.txt"):
            stamp = files[current["k"]][0]
            return httpx.Response(200, text="\n".join(line(f"{base}{stamp}.{k}.CSV.zip")
                                                      for k in ("export", "mentions")))
        if url in bodies:
            return httpx.Response(200, content=bodies[url])
        return httpx.Response(404)

    client = httpx.Client(transport=httpx.MockTransport(serve))
    feed = GdeltFeed(client, Path(cache), downloader=Downloader(client, Path(cache) / "downloads"))
    cycles = []
    options = WatchOptions() if memory_limit is None else WatchOptions(
        memory_limit=None if memory_limit == "none" else memory_limit)
    with Store.open(path, threads=2) as s:
        t = time.perf_counter()
        refresh_period_table(s, options=WatchOptions().index)  # the store as the watch keeps it (day and period sums)
        prepared_s = round(time.perf_counter() - t, 1)
        for k in range(n_files):
            current["k"] = k
            t, cpu = time.perf_counter(), time.process_time()
            summary = watch_cycle(s, feed, options=options)
            cycles.append({"seconds": round(time.perf_counter() - t, 3),
                           "cpu_s": round(time.process_time() - cpu, 3), "stored": summary.stored,
                           "dyads": summary.dyads, "alerts": len(summary.alerts), "rss_mb": round(rss_mb(), 1),
                           # what DuckDB itself holds, and the Python objects alive: where a change in RSS lies
                           "duckdb_mb": round(s.con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()")
                                              .fetchall()[0][0] / 2**20, 1),
                           "objects": len(gc.get_objects()),
                           # the write-ahead log after the cycle (the watch checkpoints once it passes
                           # WatchOptions.checkpoint_log)
                           "wal_mb": round(_wal_bytes(path) / 2**20, 2)})
    secs = [c["seconds"] for c in cycles]
    tenth = max(1, n_files // 10)
    return {"cycles": cycles, "memory_limit": options.memory_limit, "backdated": backdated, "seed": seed,
            "prepared_s": prepared_s, "alerts_total": sum(c["alerts"] for c in cycles),
            "median_s": round(statistics.median(secs), 3), "max_s": round(max(secs), 3),
            "cpu_median_s": round(statistics.median(c["cpu_s"] for c in cycles), 3),
            "load": [round(x, 1) for x in os.getloadavg()],
            "dyads_median": statistics.median(c["dyads"] for c in cycles),
            "rss_first_mb": round(statistics.mean(c["rss_mb"] for c in cycles[:tenth]), 1),
            "rss_last_mb": round(statistics.mean(c["rss_mb"] for c in cycles[-tenth:]), 1),
            **memory_slope(cycles)}


def _wal_bytes(path: str) -> int:
    wal = Path(path + ".wal")
    return wal.stat().st_size if wal.exists() else 0


def memory_slope(cycles: list[dict[str, Any]]) -> dict[str, Any]:
    """Whether memory is flat in the number of files: the mean resident memory (and DuckDB's own) over the first,
    the middle and the last third of the files, and the slopes in KB a file from the first third to the last
    (the difference of the two means over the files between the thirds' middles) and from the middle third to the
    last (whether it has levelled off after the first files warmed the caches). A slope near 0 over a long run
    (200+ files) is flat memory; a leak of even a few hundred KB a file shows as a slope of that size."""
    third = len(cycles) // 3
    if third < 1:
        return {}
    first, middle, last = cycles[:third], cycles[third:2 * third], cycles[-third:]
    apart = len(cycles) - third  # files between the middles of the first and the last third
    out: dict[str, Any] = {"files_per_third": third}
    for key, name in (("rss_mb", "rss"), ("duckdb_mb", "duckdb")):
        lo, mid, hi = (statistics.mean(c[key] for c in part) for part in (first, middle, last))
        out[f"{name}_first_third_mb"] = round(lo, 1)
        out[f"{name}_middle_third_mb"] = round(mid, 1)
        out[f"{name}_last_third_mb"] = round(hi, 1)
        out[f"{name}_slope_kb_per_file"] = round((hi - lo) * 1024 / apart, 1)
        out[f"{name}_late_slope_kb_per_file"] = round((hi - mid) * 1024 / third, 1)
    return out


def _described(path: Path) -> dict[str, Any]:
    """What a store made by generate.py holds (events and dyads), as generate() reports it."""
    from detente.store import Store

    with Store.open(path, read_only=True) as s:
        events, dyads = s.con.execute(
            "SELECT count(*), (SELECT count(*) FROM (SELECT DISTINCT least(source_country, target_country), "
            "greatest(source_country, target_country) FROM events WHERE source_country <> target_country)) "
            "FROM events").fetchall()[0]
    return {"events": int(events), "dyads": int(dyads), "seconds": 0.0, "bytes": path.stat().st_size,
            "reused": True}


def _child(kind: str, *args: str) -> dict[str, Any]:
    env = dict(os.environ, SPARK_LOCAL_IP=os.environ.get("SPARK_LOCAL_IP", "127.0.0.1"))
    done = subprocess.run([sys.executable, str(HERE), "--child", kind, *args], check=True, capture_output=True,
                          text=True, env=env)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _print_spark(sp: dict[str, Any], what: str) -> None:
    print(f"spark local[2], {what}, {sp['dyads']:,} dyads: {sp['spark_s']} s (start {sp['spark_start_s']} s; "
          f"driver memory {sp.get('driver_memory') or 'Spark default'}) vs DuckDB one pass "
          f"{sp['duckdb_one_pass_s']} s = {sp['spark_s'] / max(sp['duckdb_one_pass_s'], 1e-9):.1f}x; "
          f"tables equal: {sp['equal']}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", default="50M")
    ap.add_argument("--spark-events", default="5M", help="size of the Spark comparison ('' to skip)")
    ap.add_argument("--files", type=int, default=30)
    ap.add_argument("--file-rows", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dir", default=None)
    ap.add_argument("--store", default=None, help="a store generate.py made before (copied, never changed), instead "
                    "of generating --events anew")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--json", default=None)
    ap.add_argument("--table-only", action="store_true", help="only the world table, on --store opened read-only "
                    "in place (no copy; its day sums must be built: refresh_day_table, or one run without this)")
    ap.add_argument("--spark-only", action="store_true", help="only the Spark comparison, on --store opened "
                    "read-only in place (a store generate.py made, e.g. of 5M events)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "build":
            print(json.dumps(measure_build(rest[0])))
        elif kind == "table":
            print(json.dumps(measure_table(rest[0], int(rest[1]))))
        elif kind == "spark":
            print(json.dumps(measure_spark(rest[0])))
        else:
            limit = rest[4] if len(rest) > 4 else None
            backdated = float(rest[5]) if len(rest) > 5 else 0.0
            seed = int(rest[6]) if len(rest) > 6 else SEED
            print(json.dumps(measure_watch(rest[0], int(rest[1]), int(rest[2]), rest[3], limit, backdated, seed)))
        return 0

    if args.spark_only:
        if not args.store:
            raise SystemExit("--spark-only needs --store STORE.duckdb (e.g. generate.py STORE.duckdb --events 5e6)")
        sp = _child("spark", args.store)
        load = os.getloadavg()
        print(json.dumps(sp))
        print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores")
        _print_spark(sp, args.store)
        if args.json:
            Path(args.json).write_text(json.dumps({"spark": sp}, indent=2) + "\n", encoding="utf-8")
        return 0

    if args.table_only:
        if not args.store:
            raise SystemExit("--table-only needs --store STORE.duckdb (a store whose day sums are built)")
        t = _child("table", args.store, str(args.repeat))
        load = os.getloadavg()
        print(json.dumps(t))
        print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores")
        print(f"world table: {t['dyads']:,} dyads: warm {t['warm_s']} s (best {t['warm_min_s']} s; CPU "
              f"{t['warm_cpu_s']} s; first call {t['first_s']} s; goal <= 10 s); peak RSS {t['peak_rss_mb']:.0f} MB")
        print(f"  peer, one dyad at a time ({t['one_dyad_ms']} ms a dyad): {t['one_dyad_all_s']} s for all = "
              f"{t['one_dyad_all_s'] / max(t['warm_s'], 1e-9):.1f}x the table")
        if args.json:
            Path(args.json).write_text(json.dumps({"table": t}, indent=2) + "\n", encoding="utf-8")
        return 0

    from generate import generate

    work = Path(tempfile.mkdtemp(prefix="detente-monitor-", dir=args.dir))
    report: dict[str, Any] = {}
    try:
        big = work / "year.duckdb"
        if args.store:
            shutil.copyfile(args.store, big)
            report["generate"] = _described(big)
        else:
            report["generate"] = generate(big, _size(args.events))
        print("generated", json.dumps(report["generate"]), flush=True)
        report["table"] = _child("build", str(big)) | _child("table", str(big), str(args.repeat))
        print("table", json.dumps(report["table"]), flush=True)
        report["watch"] = _child("watch", str(big), str(args.files), str(args.file_rows), str(work / "cache"))
        print("watch", json.dumps({k: v for k, v in report["watch"].items() if k != "cycles"}), flush=True)
        if args.spark_events:
            small = work / "spark.duckdb"
            if _size(args.spark_events) == report["generate"]["events"]:
                shutil.copyfile(big, small)
            else:
                generate(small, _size(args.spark_events))
            report["spark"] = _child("spark", str(small))
            print("spark", json.dumps(report["spark"]), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    load = os.getloadavg()
    t, w = report["table"], report["watch"]
    print()
    print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores")
    print(f"world table: {report['generate']['events']:,} events, {t['dyads']:,} dyads: warm {t['warm_s']} s "
          f"(goal <= 10 s; first call {t['first_s']} s; day sums built in one pass in {t['day_sums_build_s']} s); "
          f"peak RSS {t['peak_rss_mb']:.0f} MB (the build's process: {t['build_peak_rss_mb']:.0f} MB)")
    print(f"  peer, one dyad at a time ({t['one_dyad_ms']} ms a dyad): {t['one_dyad_all_s']} s for all = "
          f"{t['one_dyad_all_s'] / max(t['warm_s'], 1e-9):.1f}x the table")
    print(f"watch: {args.files} files of {args.file_rows} rows: median {w['median_s']} s, max {w['max_s']} s a file "
          f"(goal <= 1 s), CPU median {w['cpu_median_s']} s a file (the process's CPU time, both its threads), "
          f"{w['dyads_median']:.0f} dyads re-measured a file; RSS {w['rss_first_mb']} MB over the "
          f"first tenth of the files, {w['rss_last_mb']} MB over the last tenth")
    if "rss_slope_kb_per_file" in w:
        print(f"  memory by thirds of the files (flat: slopes near 0 KB a file; DuckDB's limit {w['memory_limit']}): "
              f"resident {w['rss_first_third_mb']} / {w['rss_middle_third_mb']} / {w['rss_last_third_mb']} MB, "
              f"{w['rss_slope_kb_per_file']} KB a file from the first third to the last, "
              f"{w['rss_late_slope_kb_per_file']} KB from the middle one; DuckDB's own {w['duckdb_first_third_mb']} / "
              f"{w['duckdb_middle_third_mb']} / {w['duckdb_last_third_mb']} MB, {w['duckdb_slope_kb_per_file']} "
              f"and {w['duckdb_late_slope_kb_per_file']} KB a file")
    print(f"  seconds a file: {[c['seconds'] for c in w['cycles']]}")
    print(f"  resident MB after each file: {[c['rss_mb'] for c in w['cycles']]}")
    print(f"  of which DuckDB's own, MB: {[c['duckdb_mb'] for c in w['cycles']]}")
    print(f"  Python objects alive: {[c['objects'] for c in w['cycles']]}")
    if "spark" in report:
        _print_spark(report["spark"], f"{args.spark_events} events")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
