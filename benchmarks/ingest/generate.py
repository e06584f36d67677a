"""Generate native GDELT 2.0 export files (61 tab-separated columns, no header) whose values are sampled from
real GDELT rows.

The real rows are the 200 GDELT 1.0 events of ``../shared/data/formats/gdelt1_georgia_apr2012_reexported.csv``
(April 2012), put into the 2.0 layout (empty ADM2 codes, DATEADDED as YYYYMMDDHHMMSS). Each generated row takes
its date fields from one real row, each actor's fields from another, the event fields (code, QuadClass,
Goldstein, counts, tone) from a third and each geography from others, chosen by a seeded hash of the row
number; GLOBALEVENTID is unique. DuckDB writes the file, so generating 5M rows takes seconds.

    uv run python benchmarks/ingest/generate.py --rows 1000000 --out /tmp/gdelt2_1m.export.CSV
"""

from __future__ import annotations

import argparse
from pathlib import Path

import duckdb

from detente.ingest._layouts import GDELT2_EXPORT

SAMPLE = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "formats"
REAL_ROWS = SAMPLE / "gdelt1_georgia_apr2012_reexported.csv"

#: columns sampled together from one real row (so a code keeps its QuadClass and Goldstein weight)
GROUPS: tuple[tuple[str, ...], ...] = (
    ("SQLDATE", "MonthYear", "Year", "FractionDate"),
    tuple(c for c in GDELT2_EXPORT if c.startswith("Actor1") and "Geo" not in c),
    tuple(c for c in GDELT2_EXPORT if c.startswith("Actor2") and "Geo" not in c),
    ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
     "NumMentions", "NumSources", "NumArticles", "AvgTone"),
    tuple(c for c in GDELT2_EXPORT if c.startswith("Actor1Geo")),
    tuple(c for c in GDELT2_EXPORT if c.startswith("Actor2Geo")),
    tuple(c for c in GDELT2_EXPORT if c.startswith("ActionGeo")),
    ("DATEADDED", "SOURCEURL"),
)


def generate(rows: int, out: Path, *, seed: int = 1, source: Path = REAL_ROWS) -> Path:
    """Write ``rows`` GDELT 2.0 export rows to ``out``; returns ``out``."""
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = true")
    con.execute(
        "CREATE TABLE real AS SELECT row_number() OVER () - 1 AS i, * FROM read_csv(?, header = true, "
        "all_varchar = true, nullstr = 'NA')",
        [str(source)],
    )
    have = {r[0] for r in con.execute("DESCRIBE real").fetchall()}
    n_real = con.execute("SELECT count(*) FROM real").fetchone()[0]  # type: ignore[index]
    selects: list[str] = []
    joins: list[str] = []
    for g, cols in enumerate(GROUPS):
        joins.append(f"JOIN real r{g} ON r{g}.i = hash(n, {seed * 101 + g}) % {n_real}")
        for c in cols:
            if c == "DATEADDED":
                selects.append(f"coalesce(r{g}.DATEADDED, '20130203') || '000000'")
            elif c in have:
                selects.append(f"coalesce(r{g}.\"{c}\", '')")
            else:  # the ADM2 codes, which GDELT 1.0 lacks
                selects.append("''")
    columns = ", ".join(f"{s} AS c{k}" for k, s in enumerate(selects, start=1))
    sql = (
        f"SELECT (1000000000 + n)::VARCHAR AS c0, {columns} FROM range({rows}) t(n) "
        + " ".join(joins)
        + " ORDER BY n"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(out.name + ".part")
    con.execute(f"COPY ({sql}) TO '{part}' (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '', ESCAPE '')")
    con.close()
    part.replace(out)  # a generation that was stopped leaves no file that looks complete
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.rows, args.out, seed=args.seed)


if __name__ == "__main__":
    main()
