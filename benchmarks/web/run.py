"""Load on the dashboard: the overview and the events API over a store of 5M events, from a local client.

Run: uv run python benchmarks/web/run.py [--events 5000000] [--requests 2000] [--concurrency 50]

The store is generated into a temp folder with DuckDB SQL from the bundled record's distributions: each synthetic
event copies a bundled event (actors, code, QuadClass, Goldstein, track, text) and moves its date by up to a month,
so the mix of dyads, tracks and codes, and the events per month, keep the record's shape at 5M rows.
``detente serve`` then runs in its own process on 127.0.0.1, and an asyncio client on the same machine sends a
bounded number of requests (each phase also stops after ``--seconds``) with ``--concurrency`` in flight:

- overview: ``GET /`` (the verdict and charts of USA-PRK);
- events API: ``GET /events.json`` over a mix of searches and filters (pages, tracks, codes, actors, text);
- events API, first sight: each request a search the server has not answered before (no cache can help);
- world: ``GET /world`` and ``/world.json`` over a mix of sorts, country filters and pages (the ranked table of
  every dyad), and the same with filters the server has not answered before;
- peer: ``GET /static/style.css``, the framework's own floor under the same load.

Prints p50, p95, p99 and max latency, requests per second, errors and 5xx for each; goal: p99 < 250 ms at 50
concurrent requests on 2 cores, zero 5xx. Only loopback addresses are used.

``--world`` measures the world view alone on the world monitor's store instead: a generated year of GDELT-like
events over every country pair (``benchmarks/monitor/generate.py``, ``--events`` of them; it needs
``../shared/data/formats``) with its per-dyad day sums made, as ``detente dyads`` leaves them. Phases: the peer,
the world mix, first-sight world views, then the world mix again while another process ingests 3,000 events
(one 15-minute file's worth) into the store, from the ingest's start until 5 s after ``/world.json`` shows it (so
the ingest, the new snapshot and the table's recomputation all happen under the load), and how long that took.
The load average (1 minute) is printed before and after each phase.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import importlib.util
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

HOST = "127.0.0.1"
HERE = Path(__file__).resolve()


def build_store(path: Path, events: int) -> float:
    """The bundled record, then synthetic events drawn from it until the store holds ``events``."""
    from detente._api import open_store
    from detente.config import load_settings

    t0 = time.perf_counter()
    with open_store(load_settings(store=path, environ={})) as store:
        con = store.con
        base = int(con.execute("SELECT count(*) FROM events").fetchall()[0][0])
        copies = max(0, -(-(events - base) // base))
        cols = [r[0] for r in con.execute("DESCRIBE events").fetchall()]
        picked = {c: f"b.{c}" for c in cols}
        picked.update({
            "key": "'syn-' || r.range || '-' || b.key",
            "event_id": "'syn-' || r.range || '-' || b.key",
            "dataset": "'synthetic'",
            "run_id": "NULL",
            "date": "(b.date + CAST(floor(random() * 61) - 30 AS INTEGER))",
            "prov_file": "'synthetic'",
            "prov_row": "r.range",
        })
        select = ", ".join(picked[c] for c in cols)
        con.execute("SELECT setseed(0.42)").fetchall()
        con.execute(
            f"INSERT INTO events ({', '.join(cols)}) SELECT {select} FROM (SELECT * FROM events "
            f"WHERE dataset = 'bundled') b CROSS JOIN range(?) r LIMIT ?",
            [copies, events - base],
        ).fetchall()
        con.execute("CHECKPOINT").fetchall()
        total = int(con.execute("SELECT count(*) FROM events").fetchall()[0][0])
    print(f"store: {total:,} events, {path.stat().st_size / 1e9:.2f} GB, built in {time.perf_counter() - t0:.0f} s")
    return time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def start_server(store: Path, port: int, timeout: float) -> tuple[subprocess.Popen[bytes], float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "detente", "serve", "--store", str(store), "--host", HOST, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise SystemExit(f"the server stopped: {err[-2000:]}")
        try:
            if httpx.get(f"http://{HOST}:{port}/status.json", timeout=5).status_code == 200:
                return proc, time.perf_counter() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.terminate()
    raise SystemExit(f"the server did not answer within {timeout:.0f} s")


def event_searches() -> list[str]:
    """A mix of what people ask the events API."""
    out = ["/events.json", "/events.json?page=2", "/events.json?page=20", "/events.json?size=200"]
    out += [f"/events.json?track={t}" for t in ("peace", "denuclearization", "tension", "other")]
    out += [f"/events.json?code={c}" for c in ("04", "036", "19", "15", "112")]
    out += [f"/events.json?actor={a}" for a in ("USAGOV", "PRKMIL", "Trump", "Kim Jong Un")]
    out += [f"/events.json?q={q}" for q in ("summit", "missile launch", "sanctions", "Singapore")]
    out += ["/events.json?dyad=USA-PRK&from=2018-01-01&to=2018-12-31", "/events.json?dyad=KOR-PRK",
            "/events.json?dataset=bundled", "/events.json?track=peace&code=04&from=2000-01-01",
            "/events.json?q=summit&track=peace&page=3"]
    return out


def first_sight_searches(n: int) -> list[str]:
    """Searches no one asked before: distinct periods and pages, so no cached answer exists."""
    out = []
    for i in range(n):
        year = 1991 + i % 35
        month = 1 + (i * 7) % 12
        kind = i % 4
        if kind == 0:
            out.append(f"/events.json?from={year}-{month:02d}-01&to={year}-{month:02d}-28&page={1 + i % 3}")
        elif kind == 1:
            out.append(f"/events.json?track=tension&from={year}-01-01&page={1 + i % 5}")
        elif kind == 2:
            out.append(f"/events.json?code=0{i % 10}&from={year}-{month:02d}-01")
        else:
            out.append(f"/events.json?dyad=USA-PRK&from={year}-{month:02d}-01&to={year + 1}-{month:02d}-01")
    return out


def world_views() -> list[str]:
    """A mix of what people ask the world view: sorts, a country, a floor on events, pages."""
    out = ["/world", "/world.json", "/world?sort=cxi", "/world?sort=events", "/world?sort=name&page=3",
           "/world.json?sort=cxi&size=500", "/world?country=PRK", "/world.json?country=USA&sort=events",
           "/world?country=CHN&sort=cxi", "/world.json?min_events=100", "/world?min_events=1000&sort=name&page=2"]
    return out


def first_sight_world(codes: list[str], n: int) -> list[str]:
    """World views no one asked before: each a country with a sort, a floor on events and a page not seen."""
    sorts = ("change", "cxi", "events", "name")
    out = []
    for i in range(n):
        path = "/world.json" if i % 2 else "/world"
        out.append(f"{path}?country={codes[i % len(codes)]}&sort={sorts[(i // len(codes)) % 4]}"
                   f"&min_events={1 + i // (4 * len(codes))}")
    return out


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str,
               path: str) -> tuple[int, bool]:
    """One HTTP/1.1 GET on a kept-alive connection; reads the whole body (Content-Length or chunked)."""
    path = quote(path, safe="/?=&:")
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\n\r\n".encode("ascii"))
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    status = int(head[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in head[1:] if line)}
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status, headers.get("connection", "").lower() != "close"


async def load(base: str, urls: list[str], *, requests: int, concurrency: int, seconds: float,
               stop: threading.Event | None = None) -> dict[str, float]:
    """``requests`` GETs cycling through ``urls`` with ``concurrency`` in flight; stops after ``seconds`` (or
    once ``stop`` is set).

    The client speaks HTTP/1.1 over asyncio streams, one kept-alive connection per worker. It costs well under a
    millisecond of CPU per request; a general-purpose async client (httpx with a 50-connection pool) cost about
    6 ms per request here in an ad-hoc check, so on 2 shared cores it, not the server, set the latencies it
    reported (docs/web.md).
    """
    host, port = base.removeprefix("http://").rsplit(":", 1)
    latencies: list[float] = []
    errors = server_errors = 0
    issued = 0
    deadline = time.monotonic() + seconds

    async def worker() -> None:
        nonlocal issued, errors, server_errors
        conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        while issued < requests and time.monotonic() < deadline and not (stop is not None and stop.is_set()):
            url = urls[issued % len(urls)]
            issued += 1
            t0 = time.perf_counter()
            try:
                if conn is None:
                    conn = await asyncio.open_connection(host, int(port))
                status, keep = await asyncio.wait_for(_get(*conn, f"{host}:{port}", url), timeout=30)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                errors += 1
                if conn is not None:
                    conn[1].close()
                conn = None
                continue
            latencies.append(time.perf_counter() - t0)
            if not keep:
                conn[1].close()
                conn = None
            if status >= 500:
                server_errors += 1
            if status != 200:
                errors += 1
        if conn is not None:
            conn[1].close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else float("nan")

    return {"n": len(latencies), "p50": pct(0.50), "p95": pct(0.95), "p99": pct(0.99),
            "max": 1000 * max(latencies, default=0),
            "rps": len(latencies) / wall if wall else 0.0, "errors": errors, "5xx": server_errors,
            "mean": 1000 * statistics.fmean(latencies) if latencies else float("nan")}


def show(name: str, r: dict[str, float], peer: dict[str, float] | None = None) -> None:
    ratio = f"  p99 {r['p99'] / peer['p99']:.1f}x the peer" if peer and peer["p99"] else ""
    print(f"{name:<28} n={r['n']:>5.0f}  p50 {r['p50']:7.1f} ms  p95 {r['p95']:7.1f} ms  p99 {r['p99']:7.1f} ms  "
          f"max {r['max']:7.1f} ms  "
          f"{r['rps']:6.0f} req/s  errors {r['errors']:.0f}  5xx {r['5xx']:.0f}{ratio}")


def build_world_store(path: Path, events: int) -> None:
    """The world monitor's generated store (every country pair) with its per-dyad day sums up to date."""
    from detente.judge import world_from_store
    from detente.store import Store

    spec = importlib.util.spec_from_file_location("monitor_generate", HERE.parents[1] / "monitor" / "generate.py")
    if spec is None or spec.loader is None:
        raise SystemExit("benchmarks/monitor/generate.py is missing")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    t0 = time.perf_counter()
    made = generator.generate(path, events)
    with Store.open(path) as s:
        world_from_store(s, top=1)  # brings the store's dyad_days up to date, as `detente dyads` does
    print(f"store: {made['events']:,} generated events, {made['dyads']:,} dyads, {path.stat().st_size / 1e9:.2f} GB, "
          f"built with its day sums in {time.perf_counter() - t0:.0f} s")


#: the pair the ingest during the world phase adds events to (both countries are in the generated store)
APPEND_PAIR = ("FRA", "NZL")


def append_events(path: Path, n: int) -> None:
    """One ingest run of ``n`` events between APPEND_PAIR over the last month of the generated year (run in a
    process of its own while the server serves the store)."""
    from detente.model import Event
    from detente.store import Store

    a, b = APPEND_PAIR
    stamp = time.time_ns()
    codes = [("043", 1, 2.8, "peace"), ("036", 1, 4.0, "peace"), ("057", 2, 8.0, "peace"),
             ("112", 3, -2.0, "tension"), ("173", 4, -5.0, "tension")]
    rows = [Event(dt.date(2018, 12, 1 + i % 31), f"{a}GOV", f"{b}GOV", code, dataset="gdelt",
                  event_id=f"bench-{stamp}-{i}", quad_class=quad, goldstein=weight, track=track,
                  summary=f"benchmark event {i}")
            for i, (code, quad, weight, track) in ((i, codes[i // 31 % len(codes)]) for i in range(n))]
    with Store.open(path) as s:
        s.write_events(rows, dataset="gdelt", input=f"bench-append-{stamp}")
        s.con.execute("CHECKPOINT").fetchall()


def pair_events(base: str) -> int:
    a, b = APPEND_PAIR
    data = httpx.get(f"{base}/world.json?country={a}&sort=name&size=500", timeout=60).json()
    return sum(int(d["events"]) for d in data["dyads"] if set(d["dyad"].split("-")) == {a, b})


def loadavg() -> str:
    return f"{os.getloadavg()[0]:.2f}"


def world_phases(base: str, args: argparse.Namespace, store: Path) -> bool:
    """The world view alone: the peer, the mix, first sight, and the mix while the store changes."""
    opts = {"requests": args.requests, "concurrency": args.concurrency, "seconds": args.seconds}
    asyncio.run(load(base, world_views(), requests=200, concurrency=10, seconds=args.seconds))
    results: list[tuple[str, dict[str, float], str]] = []

    def phase(name: str, urls: list[str], **kw: Any) -> dict[str, float]:
        before = loadavg()
        r = asyncio.run(load(base, urls, **(opts | kw)))
        results.append((name, r, f"load average {before} -> {loadavg()}"))
        return r

    peer = phase("peer: /static/style.css", ["/static/style.css"])
    world = phase("world (mix)", world_views())
    codes = [str(c) for c in httpx.get(f"{base}/world.json?size=1", timeout=60).json()["countries"]]
    fresh = first_sight_world(codes, min(args.requests, 400))
    cold = phase("world (first sight)", fresh, requests=len(fresh))
    seen = pair_events(base)
    stop = threading.Event()
    shown_at: list[float] = []

    def watch() -> None:  # polls /world.json until the ingest shows; the phase ends 5 s after it does
        while not stop.is_set():
            if pair_events(base) != seen:
                shown_at.append(time.perf_counter())
                time.sleep(5)
                stop.set()
                return
            time.sleep(0.5)

    t_write = time.perf_counter()
    writer = subprocess.Popen([sys.executable, str(HERE), "--append", str(store), "3000"])
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    changing = phase("world (mix), store changing", world_views(), requests=10**9, seconds=args.change_seconds,
                     stop=stop)
    writer.wait(timeout=600)
    written = time.perf_counter() - t_write
    stop.set()
    watcher.join(timeout=60)
    shown = pair_events(base)
    visible = f"{shown_at[0] - t_write:.1f} s" if shown_at else f"not within {args.change_seconds:.0f} s"
    for name, r, note in results:
        show(name, r, None if r is peer else peer)
        print(f"{'':<28} {note}")
    a, b = APPEND_PAIR
    print(f"ingest of 3,000 {a}-{b} events during the last phase: {a}-{b} went from {seen:,} to {shown:,} events "
          f"in /world.json {visible} after the ingest started (the ingest itself took {written:.1f} s); the phase "
          f"ran from the ingest's start until 5 s after the change showed")
    ok = all(r["5xx"] == 0 for _, r, _ in results) and shown != seen
    goal = world["p99"] < 250 and cold["p99"] < 250 and changing["p99"] < 250
    print(f"goal p99 < 250 ms on the world view (mix, first sight, store changing): {'met' if goal else 'NOT met'}; "
          f"5xx: {'none' if all(r['5xx'] == 0 for _, r, _ in results) else 'SOME'}")
    return ok


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=5_000_000)
    ap.add_argument("--requests", type=int, default=2000, help="requests per phase (bounded)")
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=120, help="longest time a phase may take")
    ap.add_argument("--start-timeout", type=float, default=900, help="longest wait for the server's first answer")
    ap.add_argument("--keep", type=Path, default=None, help="keep the generated store at this path and reuse it")
    ap.add_argument("--world", action="store_true", help="the world view alone, on the world monitor's store")
    ap.add_argument("--change-seconds", type=float, default=600,
                    help="--world: longest time the phase during an ingest may take")
    ap.add_argument("--append", nargs=2, metavar=("STORE", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.append:
        append_events(Path(args.append[0]), int(args.append[1]))
        return 0
    work = Path(tempfile.mkdtemp(prefix="detente-web-bench-"))
    store = args.keep or work / "store.duckdb"
    proc = None
    try:
        if not store.exists():
            (build_world_store if args.world else build_store)(store, args.events)
        port = free_port()
        proc, started = start_server(store, port, args.start_timeout)
        base = f"http://{HOST}:{port}"
        print(f"server: first answer after {started:.1f} s (snapshot copy and warm-up); {os.cpu_count()} cores; "
              f"{args.concurrency} concurrent, at most {args.requests} requests or {args.seconds:.0f} s per phase")
        if args.world:
            return 0 if world_phases(base, args, store) else 1
        asyncio.run(load(base, ["/", *event_searches(), *world_views()], requests=200, concurrency=10,
                         seconds=args.seconds))
        opts = {"requests": args.requests, "concurrency": args.concurrency, "seconds": args.seconds}
        peer = asyncio.run(load(base, ["/static/style.css"], **opts))
        overview = asyncio.run(load(base, ["/"], **opts))
        events = asyncio.run(load(base, event_searches(), **opts))
        fresh = first_sight_searches(min(args.requests, 400))
        cold = asyncio.run(load(base, fresh, requests=len(fresh), concurrency=args.concurrency,
                                seconds=args.seconds))
        cold_one = asyncio.run(load(base, first_sight_searches(460)[400:], requests=60, concurrency=1,
                                    seconds=args.seconds))
        world = asyncio.run(load(base, world_views(), **opts))
        codes = [str(c) for c in httpx.get(f"{base}/world.json?size=1", timeout=60).json()["countries"]]
        world_fresh = first_sight_world(codes, min(args.requests, 400))
        world_cold = asyncio.run(load(base, world_fresh, requests=len(world_fresh), concurrency=args.concurrency,
                                      seconds=args.seconds))
        show("peer: /static/style.css", peer)
        show("overview: /", overview, peer)
        show("events API (mix)", events, peer)
        show("events API (first sight)", cold, peer)
        show("  same, one at a time", cold_one, peer)
        show("world (mix)", world, peer)
        show("world (first sight)", world_cold, peer)
        ok = all(r["5xx"] == 0 for r in (overview, events, cold, cold_one, world, world_cold))
        goal = overview["p99"] < 250 and events["p99"] < 250 and world["p99"] < 250
        print(f"goal p99 < 250 ms on the overview, the events API (mix) and the world view (mix): "
              f"{'met' if goal else 'NOT met'}; 5xx: {'none' if ok else 'SOME'}")
        return 0 if ok else 1
    finally:
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
