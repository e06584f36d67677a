"""A year of GDELT-like events for the world monitor's benchmark, generated in DuckDB SQL.

Each generated event copies the CAMEO code (and its QuadClass and Goldstein weight from the pinned table) of a
random real ICEWS row of ``../shared/data/formats/icews_events_2018_sample.tab`` and the mentions, sources,
articles and tone of a random real GDELT row of ``gdelt1_georgia_apr2012_reexported.csv``; its day is drawn
uniformly over 2018, its two countries from the project's country table (its 197 states and 5 territories, as
GDELT codes Hong Kong or Puerto Rico apart) with Zipf weights (rank r weighs 1/(r+1), the United States first;
from 5M events on, every one of the 20,301 pairs appears), each actor a country plus a role, and a place from the
ICEWS rows. Rows are inserted in date order, as a feed appends them.

Run: uv run python benchmarks/monitor/generate.py OUT.duckdb [--events 50000000] [--seed 1]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
SHARED = HERE.parents[2].parent / "shared" / "data" / "formats"
ROLES = ("GOV", "MIL", "BUS", "MED", "CVL", "OPP", "")


def _templates() -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    from detente.reference import reference_tables

    tables = reference_tables()
    codes: list[tuple[Any, ...]] = []
    with (SHARED / "icews_events_2018_sample.tab").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            entry = tables.cameo.get(r["CAMEO Code"])
            if entry is not None:
                place = r["City"] if r["City"] not in ("", "NA") else None
                codes.append((entry.code, entry.root, entry.quad_class, entry.goldstein, place))
    counts: list[tuple[Any, ...]] = []
    with (SHARED / "gdelt1_georgia_apr2012_reexported.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            counts.append((int(r["NumMentions"]), int(r["NumSources"]), int(r["NumArticles"]),
                           float(r["AvgTone"])))
    return codes, counts


def generate(path: Path, n: int, *, seed: int = 1, threads: int = 2) -> dict[str, Any]:
    """A store at ``path`` with ``n`` generated events of 2018 (and nothing else)."""
    from detente.actors import countries
    from detente.store import Store

    if not SHARED.is_dir():
        raise SystemExit(f"the benchmark samples real rows from {SHARED}; it is missing")
    codes, counts = _templates()
    states = ["USA"] + [c for c in dict.fromkeys(c.code for c in countries() if c.kind in ("state", "territory"))
                        if c and c != "USA"]
    weights = [1.0 / (rank + 1) for rank in range(len(states))]
    total = sum(weights)
    slots: list[str] = []
    for code, w in zip(states, weights, strict=True):
        slots += [code] * max(1, round(20_000 * w / total))
    started = time.perf_counter()
    with Store.open(path, threads=threads) as s:
        con = s.con
        con.execute(f"SET temp_directory = '{path.parent / 'spill'}'")
        con.execute("CREATE TEMP TABLE codes (i INTEGER, code VARCHAR, root VARCHAR, quad_class TINYINT, "
                    "goldstein FLOAT, place VARCHAR)")
        con.executemany("INSERT INTO codes VALUES (?, ?, ?, ?, ?, ?)", [(i, *c) for i, c in enumerate(codes)])
        con.execute("CREATE TEMP TABLE counts (i INTEGER, mentions INTEGER, sources INTEGER, articles INTEGER, "
                    "tone FLOAT)")
        con.executemany("INSERT INTO counts VALUES (?, ?, ?, ?, ?)", [(i, *c) for i, c in enumerate(counts)])
        con.execute("CREATE TEMP TABLE slots AS SELECT (row_number() OVER () - 1) AS slot, code "
                    "FROM (SELECT unnest(?) AS code)", [slots])
        con.execute("CREATE TEMP TABLE roles AS SELECT (row_number() OVER () - 1) AS r, role "
                    "FROM (SELECT unnest(?) AS role)", [list(ROLES)])
        n_codes, n_counts, n_slots, n_roles = len(codes), len(counts), len(slots), len(ROLES)
        con.execute("INSERT INTO ingest_runs (run_id, input, dataset, rows_read, stored, started, finished, status) "
                    f"VALUES (nextval('ingest_run_seq'), 'generated', 'gdelt', {n}, {n}, now(), now(), 'ok')")
        run = con.execute("SELECT max(run_id) FROM ingest_runs").fetchall()[0][0]
        con.execute(f"""
            INSERT INTO events (key, run_id, date, source, target, code, dataset, event_id, source_country,
                                target_country, root, quad_class, goldstein, track, mentions, sources, articles,
                                tone, location, modality)
            SELECT 'g' || g.r, {run}, DATE '2018-01-01' + CAST(hash(g.r, {seed}) % 365 AS INTEGER),
                   a.code || ra.role, b.code || rb.role, c.code, 'gdelt', CAST(g.r AS VARCHAR), a.code, b.code,
                   c.root, c.quad_class, c.goldstein,
                   CASE WHEN c.quad_class IN (3, 4) THEN 'tension' ELSE 'peace' END,
                   k.mentions, k.sources, k.articles, k.tone, c.place, 'occurred'
            FROM (SELECT range AS r, hash(range, {seed} + 1) % {n_codes} AS ci,
                         hash(range, {seed} + 2) % {n_counts} AS ki, hash(range, {seed} + 3) % {n_slots} AS sa,
                         hash(range, {seed} + 4) % {n_slots} AS sb, hash(range, {seed} + 5) % {n_roles} AS qa,
                         hash(range, {seed} + 6) % {n_roles} AS qb
                  FROM range({n})) g
            JOIN codes c ON c.i = g.ci JOIN counts k ON k.i = g.ki
            JOIN slots a ON a.slot = g.sa JOIN slots b ON b.slot = g.sb
            JOIN roles ra ON ra.r = g.qa JOIN roles rb ON rb.r = g.qb
            ORDER BY 3, 1
        """)
        con.execute("CHECKPOINT")
        dyads = con.execute("SELECT count(*) FROM (SELECT DISTINCT least(source_country, target_country), "
                            "greatest(source_country, target_country) FROM events "
                            "WHERE source_country <> target_country)").fetchall()[0][0]
    return {"events": n, "dyads": int(dyads), "seconds": round(time.perf_counter() - started, 1),
            "bytes": path.stat().st_size}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--events", type=float, default=50e6)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    print(generate(args.out, int(args.events), seed=args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
