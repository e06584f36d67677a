"""One measured method in a fresh process, so that its peak memory is its own: prints one JSON line.

    python benchmarks/ingest/_child.py detente|duckdb|pandas|floor FILE WORKDIR

Seconds (wall clock) and CPU seconds cover the work only (imports and interpreter start are left out for every
method alike); peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def _detente(path: Path, work: Path) -> int:
    from detente.ingest import ingest_paths
    from detente.store import Store

    with Store.open(work / "detente.duckdb") as store:
        [result] = ingest_paths(store, "gdelt", [path])
    return result.rows_read


def _duckdb(path: Path, work: Path) -> int:
    import duckdb

    from detente.ingest._layouts import GDELT2_EXPORT

    con = duckdb.connect(str(work / "duckdb.duckdb"))
    names = ", ".join(f"'{c}'" for c in GDELT2_EXPORT)
    con.execute(f"CREATE TABLE events AS SELECT * FROM read_csv('{path}', delim = '\t', header = false, "
                f"names = [{names}])")
    row = con.execute("SELECT count(*) FROM events").fetchone()
    con.close()
    return int(row[0]) if row else 0


def _floor(path: Path, work: Path) -> int:
    """DuckDB's reader alone: every field of every row tokenised as text, nothing converted or stored (the
    least any ingest that parses the file must spend)."""
    import duckdb

    from detente.ingest._layouts import GDELT2_EXPORT

    con = duckdb.connect()
    columns = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(len(GDELT2_EXPORT)))
    row = con.execute(f"SELECT count(*), max(length(c{len(GDELT2_EXPORT) - 1})) FROM read_csv('{path}', "
                      f"delim = '\t', header = false, quote = '', escape = '', auto_detect = false, "
                      f"columns = {{{columns}}})").fetchone()
    con.close()
    return int(row[0]) if row else 0


def _pandas(path: Path, work: Path) -> int:
    import csv

    import pandas as pd

    from detente.ingest._layouts import GDELT2_EXPORT

    frame = pd.read_csv(path, sep="\t", header=None, names=list(GDELT2_EXPORT), quoting=csv.QUOTE_NONE,
                        low_memory=False)
    a, b = "USA", "BGR"
    pair = ((frame["Actor1CountryCode"] == a) & (frame["Actor2CountryCode"] == b)) | (
        (frame["Actor1CountryCode"] == b) & (frame["Actor2CountryCode"] == a))
    dyad = frame[pair]
    (work / "pandas_dyad_rows.txt").write_text(str(len(dyad)))
    return len(frame)


METHODS = {"detente": _detente, "duckdb": _duckdb, "pandas": _pandas, "floor": _floor}


def _peak_mb() -> float:
    """This process's peak resident memory: VmHWM (Linux; reset at exec, unlike ru_maxrss, which can carry
    the parent's peak over a fork), else ru_maxrss."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    method, path, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    for old in work.glob("*.duckdb*"):
        old.unlink()
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    rows = METHODS[method](path, work)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak_mb = _peak_mb()
    print(json.dumps({"method": method, "rows": rows, "seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak_mb}))


if __name__ == "__main__":
    main()
