#!/usr/bin/env python3
"""Crash soak: kill ``detente ingest`` with SIGKILL at random moments, then check the store and rerun.

For each trial: a fresh store; ``detente ingest gdelt DIR --store S`` started as a subprocess and killed with
SIGKILL after a random delay; then

1. the store as the kill left it must pass ``check_store`` (schema, conservation per run, no orphan rows...);
2. the same command run again to completion must converge to the counts of an uninterrupted run: the same
   events (a fingerprint of every event's dataset and key), the same quarantined rows, and a clean check.

The inputs are synthetic native GDELT 1.0 daily files (good rows, duplicates across files, bad rows of several
kinds, one gzip file) written from the layout detente documents. The delays are drawn from the span of an
uninterrupted run from when the command opens the store (seen in /proc/PID/fd) to when it exits, counted from
when it opens the store in the trial. Odd trials start from a new store (kills land in the schema and
bundled-record build), even ones from a store that already holds the bundled record (kills land between inputs,
inside an ingest transaction and during commit).

Usage:
    uv run python scripts/soak_ingest.py --trials 20 --seed 1
    uv run python scripts/soak_ingest.py --trials 3 --rows 5000 --files 3   # a quick run

Prints one line per trial and the figures at the end (also as JSON with --json FILE).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

CODES = ("010", "036", "040", "042", "057", "061", "111", "130", "138", "172", "190")
COUNTRIES = ("USA", "PRK", "KOR", "CHN", "JPN", "RUS")


def gdelt_daily_line(event_id: int, day: dt.date, code: str, a: str, b: str) -> str:
    """One native GDELT 1.0 daily row (58 tab-separated columns), from the layout detente documents."""
    from detente.ingest import LAYOUTS

    layout = next(x for x in LAYOUTS if x.name == "gdelt1-daily")
    values = dict.fromkeys(layout.columns, "")
    values.update({
        "GLOBALEVENTID": str(event_id), "SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"),
        "Year": str(day.year), "FractionDate": f"{day.year}.5", "Actor1Code": a + "GOV", "Actor1Name": a,
        "Actor1CountryCode": a, "Actor1Type1Code": "GOV", "Actor2Code": b + "GOV", "Actor2Name": b,
        "Actor2CountryCode": b, "Actor2Type1Code": "GOV", "IsRootEvent": "1", "EventCode": code,
        "EventBaseCode": code, "EventRootCode": code[:2], "NumMentions": "2", "NumSources": "1",
        "NumArticles": "2", "AvgTone": "-1.0", "ActionGeo_FullName": "Panmunjom",
        "DATEADDED": day.strftime("%Y%m%d"), "SOURCEURL": f"https://example.org/{event_id}",
    })
    return "\t".join(values[c] for c in layout.columns)


def make_inputs(folder: Path, *, files: int, rows: int, seed: int) -> dict[str, int]:
    """Write ``files`` GDELT daily files of ``rows`` data lines each into ``folder`` (the last one gzipped).

    About 10% of each file repeats rows of the file before it (duplicates) and about 1% are bad (bad date,
    unknown code, wrong column count, invalid UTF-8). Returns the counts the inputs hold.
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    start = dt.date(2017, 1, 1)
    previous: list[str] = []
    next_id = 1
    lines_total = bad_total = 0
    for f in range(files):
        lines: list[bytes] = []
        for _ in range(rows):
            roll = rng.random()
            if previous and roll < 0.10:
                lines.append(rng.choice(previous).encode())
                continue
            a, b = rng.sample(COUNTRIES, 2)
            line = gdelt_daily_line(next_id, start + dt.timedelta(days=rng.randrange(1500)), rng.choice(CODES), a, b)
            next_id += 1
            if roll > 0.99:
                bad_total += 1
                kind = rng.randrange(4)
                if kind == 0:
                    line = line.replace(line.split("\t")[1], "20181345", 1)
                elif kind == 1:
                    line = "\t".join(x if i != 26 else "999" for i, x in enumerate(line.split("\t")))
                elif kind == 2:
                    line = line + "\textra"
                else:
                    lines.append(line.encode().replace(b"Panmunjom", b"Panmunj\xf6m"))
                    continue
            lines.append(line.encode())
        previous = [x.decode("utf-8", "replace") for x in lines if b"\xf6" not in x][: rows // 2]
        data = b"\n".join(lines) + b"\n"
        name = f"{20180101 + f}.export.CSV"
        if f == files - 1 and files > 1:
            (folder / (name + ".gz")).write_bytes(gzip.compress(data, compresslevel=1))
        else:
            (folder / name).write_bytes(data)
        lines_total += len(lines)
    return {"files": files, "data_lines": lines_total, "bad_rows_made": bad_total}


def fingerprint(store_path: Path) -> dict[str, Any]:
    """What a converged store must hold: ingested events per dataset, a digest of their keys, quarantined rows,
    and whether check_store passes (with the failing checks when it does not)."""
    from detente.errors import SchemaError
    from detente.store import Store
    from detente.store._check import check_path, check_store

    try:
        store = Store.open(store_path, read_only=True)
    except SchemaError:  # killed before the schema was committed: check_path says whether it is just empty
        report = check_path(store_path)
        return {"events": 0, "per_dataset": {}, "keys": hashlib.sha256(b"").hexdigest()[:16], "quarantined": 0,
                "ok_runs": 0, "failed_runs": 0, "check_ok": report.ok,
                "check_failed": [f"{c.name}: {c.detail}" for c in report.failed]}
    with store:
        report = check_store(store)
        # the bundled record is rebuilt whenever the shipped files change (they may, in a working tree, between
        # two runs): only the ingested datasets are compared; check_store covers the bundled one
        rows = store.con.execute(
            "SELECT dataset, key FROM events WHERE dataset != 'bundled' ORDER BY dataset, key").fetchall()
        digest = hashlib.sha256("\n".join(f"{d}\t{k}" for d, k in rows).encode()).hexdigest()[:16]
        per_dataset: dict[str, int] = {}
        for d, _ in rows:
            per_dataset[d] = per_dataset.get(d, 0) + 1
        runs = store.ingest_runs()
        return {
            "events": len(rows),
            "per_dataset": per_dataset,
            "keys": digest,
            "quarantined": store.quarantine_count(),
            "ok_runs": sum(1 for r in runs if r["status"] == "ok"),
            "failed_runs": sum(1 for r in runs if r["status"] == "failed"),
            "check_ok": report.ok,
            "check_failed": [f"{c.name}: {c.detail}" for c in report.failed],
        }


def command(store: Path, inputs: Path) -> list[str]:
    return [sys.executable, "-m", "detente", "ingest", "gdelt", str(inputs), "--store", str(store), "--json"]


def _env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DETENTE_")}
    env["DETENTE_CACHE_DIR"] = str(work / "cache")
    return env


def _has_open(pid: int, store: Path) -> bool:
    """Whether process ``pid`` holds the store file open (Linux: /proc/PID/fd), i.e. has started writing."""
    target = str(store.resolve())
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):
                if os.readlink(f"/proc/{pid}/fd/{fd}") == target:
                    return True
    except OSError:
        return False
    return False


def run_to_end(store: Path, inputs: Path, work: Path, *, timeout: float = 600) -> tuple[float, float | None]:
    """Run the ingest uninterrupted; returns (seconds to exit, seconds until it opened the store)."""
    started = time.monotonic()
    proc = subprocess.Popen(command(store, inputs), env=_env(work), cwd=work, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    appeared: float | None = None
    while proc.poll() is None:
        if appeared is None and _has_open(proc.pid, store):
            appeared = time.monotonic() - started
        time.sleep(0.02)
        if time.monotonic() - started > timeout:
            proc.kill()
            raise RuntimeError("the ingest did not finish in time")
    if proc.returncode != 0:
        raise RuntimeError(f"ingest failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    return time.monotonic() - started, appeared


def kill_after(store: Path, inputs: Path, work: Path, delay: float, appeared: float) -> tuple[bool, float, float]:
    """Start the ingest; once the store file appears (the CLI has started), SIGKILL it after ``delay`` more
    seconds, scaled by how much slower than in the uninterrupted run (``appeared`` s) the CLI started this time
    (the machine's load varies). Returns whether it was still running when killed, the seconds from start to
    the kill, and the delay used."""
    started = time.monotonic()
    proc = subprocess.Popen(command(store, inputs), env=_env(work), cwd=work, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    while not _has_open(proc.pid, store) and proc.poll() is None:
        time.sleep(0.005)
    delay *= max(0.5, min(2.0, (time.monotonic() - started) / max(appeared, 0.1)))
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.005)
    alive = proc.poll() is None
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return alive, time.monotonic() - started, delay


@dataclass
class Trial:
    number: int
    delay: float  # seconds after the store file appeared
    at: float  # seconds after the command started
    killed: bool
    store_existed: bool
    after_kill_ok: bool
    after_kill_runs: int
    after_kill_events: int
    converged: bool
    rows_lost: int
    problems: list[str]


def trial(number: int, delay: float, appeared: float, inputs: Path, work: Path, reference: dict[str, Any],
          base: Path | None = None) -> Trial:
    store = work / f"trial-{number}.duckdb"
    if base is not None:
        shutil.copyfile(base, store)
    killed, at, delay = kill_after(store, inputs, work, delay, appeared)
    problems: list[str] = []
    existed = store.exists()
    after: dict[str, Any] = {"check_ok": True, "ok_runs": 0, "events": 0}
    if existed:
        try:
            after = fingerprint(store)
        except Exception as err:  # the store as the kill left it must open
            problems.append(f"store unreadable after the kill: {type(err).__name__}: {err}")
            after = {"check_ok": False, "ok_runs": -1, "events": -1}
        if not after["check_ok"]:
            problems += [f"after kill: {p}" for p in after.get("check_failed", [])]
    run_to_end(store, inputs, work)
    final = fingerprint(store)
    for key in ("events", "per_dataset", "keys", "quarantined", "check_ok"):
        if final[key] != reference[key]:
            problems.append(f"rerun {key}: {final[key]!r}, uninterrupted run {reference[key]!r}")
    lost = max(0, reference["events"] - final["events"]) + max(0, reference["quarantined"] - final["quarantined"])
    for suffix in ("", ".wal"):
        Path(str(store) + suffix).unlink(missing_ok=True)
    return Trial(number, round(delay, 3), round(at, 2), killed, existed, bool(after["check_ok"]), int(after["ok_runs"]),
                 int(after["events"]), not problems, lost, problems)


def soak(*, trials: int, files: int, rows: int, seed: int, work: Path) -> dict[str, Any]:
    inputs = work / "inputs"
    held = make_inputs(inputs, files=files, rows=rows, seed=seed)
    ref_store = work / "reference.duckdb"
    seconds, appeared = run_to_end(ref_store, inputs, work)
    reference = fingerprint(ref_store)
    if not reference["check_ok"]:
        raise RuntimeError(f"the uninterrupted run fails its check: {reference['check_failed']}")
    base = work / "base.duckdb"  # a store with the bundled record only: kills there land inside the inputs
    build = ("import sys; from detente import load_settings, open_store; "
             "open_store(load_settings(store=sys.argv[1])).close()")
    subprocess.run([sys.executable, "-c", build, str(base)], env=_env(work), cwd=work,  # read commands make none
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    shutil.copyfile(base, work / "reference-base.duckdb")
    seconds_b, appeared_b = run_to_end(work / "reference-base.duckdb", inputs, work)
    rng = random.Random(seed)
    span = seconds - (appeared or 0.0)  # from the command opening the store to its exit
    span_b = seconds_b - (appeared_b or 0.0)
    results: list[Trial] = []
    print(f"inputs: {held}; uninterrupted run: {seconds:.1f} s (store opened after {appeared or 0:.1f} s; "
          f"into a store holding the bundled record: {seconds_b:.1f} s), "
          f"{reference['events']} events, {reference['quarantined']} quarantined", flush=True)
    for n in range(1, trials + 1):
        prebuilt = n % 2 == 0
        delay = rng.uniform(0.0, (span_b if prebuilt else span) * 0.9)  # a kill after the exit tests nothing
        t = trial(n, delay, (appeared_b if prebuilt else appeared) or 0.0, inputs, work, reference,
                  base if prebuilt else None)
        results.append(t)
        print(f"trial {n:3d} ({'bundled record already in the store' if prebuilt else 'new store'}): kill "
              f"{t.delay:5.2f} s after it opened the store ({t.at:5.1f} s after start; "
              f"{'killed' if t.killed else 'it had finished'}); "
              f"after kill: {t.after_kill_runs} ok runs, {t.after_kill_events} events, check "
              f"{'ok' if t.after_kill_ok else 'FAILED'}; rerun {'converged' if t.converged else 'DIVERGED'}"
              + (f" {t.problems}" if t.problems else ""), flush=True)
    killed = [t for t in results if t.killed]
    figures = {
        "command": "uv run python scripts/soak_ingest.py " + " ".join(sys.argv[1:]),
        "inputs": held,
        "uninterrupted_seconds": round(seconds, 2),
        "reference": {k: reference[k] for k in ("events", "per_dataset", "quarantined", "ok_runs")},
        "trials": len(results),
        "killed_while_running": len(killed),
        "killed_before_anything_committed": sum(1 for t in killed if t.after_kill_runs == 0),
        "killed_after_the_bundled_record_committed": sum(1 for t in killed if t.after_kill_runs == 1),
        "killed_after_an_input_committed": sum(1 for t in killed if t.after_kill_runs > 1),
        "store_consistent_after_kill": sum(1 for t in results if t.after_kill_ok),
        "rerun_converged": sum(1 for t in results if t.converged),
        "rows_lost": sum(t.rows_lost for t in results),
        "failures": [asdict(t) for t in results if not t.converged or not t.after_kill_ok],
    }
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--rows", type=int, default=40_000, help="data lines per file")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="detente-soak-"))
    try:
        figures = soak(trials=args.trials, files=args.files, rows=args.rows, seed=args.seed, work=work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    ok = figures["rerun_converged"] == figures["trials"] == figures["store_consistent_after_kill"]
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
