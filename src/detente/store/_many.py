"""Many small inputs in one transaction: the rows of every input upserted by one statement, one ingest run
recorded per input.

A folder of 10,000 one-row files took twelve minutes as 10,000 transactions (each reading its file with its own
statements and committing). Here the ingester normalises all their rows at once and hands them over as one
relation; each input still gets its own run with its own counts (rows read = stored + duplicate +
quarantined, and its data lines), exactly as if it had been loaded alone, in the given order. Either every
input of the call is stored, or none is and each is recorded as a failed run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from detente.errors import IngestError
from detente.store._duckdb import IngestRun, Store, event_select, rollback
from detente.store._schema import EVENT_FIELDS, KEY_SQL

__all__ = ["FileInput", "ingest_files"]


@dataclass
class FileInput:
    """One input of :func:`ingest_files`: its name, checksum and data lines, and the lines the ingester refused
    before the SQL saw them (line, raw text, reason)."""

    input: str
    checksum: str | None
    data_lines: int
    rejected: list[tuple[int, str, str]] = field(default_factory=list)


def ingest_files(store: Store, *, dataset: str, rows: str, files: Sequence[FileInput]) -> list[IngestRun]:
    """Upsert the rows of ``rows`` (a SELECT on the store's connection with the event fields, ``prov_file`` (an
    input's name), ``prov_row``, ``_reason`` (NULL for a good row) and ``_raw`` (the raw text of a refused row))
    as one ingest run per input of ``files``, in one transaction; returns the runs, in the order of ``files``.

    A key repeated across inputs is stored from the first input that has it (then its first line); the others
    count it as a duplicate, as consecutive single ingests would."""
    if store.read_only:
        raise IngestError(f"the store {store.path} was opened read-only; open it for writing to ingest")
    if store.archive is not None:
        raise IngestError("ingest_files writes DuckDB store files; ingest an archive's inputs one by one")
    con = store.con
    started = dt.datetime.now()
    ids = [int(r[0]) for r in con.execute("SELECT nextval('ingest_run_seq') FROM range(?)", [len(files)]).fetchall()]
    runs = [IngestRun(store, run_id, dataset, f.input, checksum=f.checksum, data_lines=f.data_lines)
            for run_id, f in zip(ids, files, strict=True)]
    con.register("_files", pa.table({"input": [f.input for f in files], "run_id": pa.array(ids, pa.int32()),
                                     "ord": pa.array(range(len(files)), pa.int32())}))
    rejected = [(f.input, line, raw, reason) for f in files for line, raw, reason in f.rejected]
    con.register("_rejected", pa.table({
        "input": pa.array([r[0] for r in rejected], pa.string()), "line": pa.array([r[1] for r in rejected],
                                                                                     pa.int64()),
        "raw": pa.array([r[2] for r in rejected], pa.string()), "reason": pa.array([r[3] for r in rejected],
                                                                                    pa.string())}))
    con.execute("BEGIN TRANSACTION")
    try:
        _load(con, dataset, rows, runs)
        for run in runs:
            if run.rows_read != run.stored + run.duplicate + run.quarantined or run.rows_read != run.data_lines:
                raise IngestError(f"{run.input}: {run.data_lines} data lines, {run.rows_read} rows read but "
                                  f"{run.stored} stored + {run.duplicate} duplicate + {run.quarantined} quarantined; "
                                  "nothing was stored; run the same command with --debug and report its output")
        _record(con, runs, started, "ok")
        con.execute("COMMIT")
    except BaseException:
        if not rollback(con) and runs and store._run_status(runs[0].run_id) == "ok":
            store.last_run_input = runs[-1].input  # a Ctrl+C during COMMIT, after it committed: the runs stand
            raise
        for run in runs:
            run.stored = run.duplicate = run.quarantined = 0
        with suppress(duckdb.Error):  # the connection itself may be gone
            _record(con, runs, started, "failed")
        if runs:
            store.last_run_input = runs[-1].input
        raise
    finally:  # each on its own: an aborted transaction (Ctrl+C) refuses them until the rollback
        with suppress(duckdb.Error):
            con.execute("DROP TABLE IF EXISTS _many")
        for view in ("_files", "_rejected"):
            with suppress(duckdb.Error):
                con.unregister(view)
    store.last_run_input = runs[-1].input if runs else store.last_run_input
    return runs


def _load(con: duckdb.DuckDBPyConnection, dataset: str, rows: str, runs: list[IngestRun]) -> None:
    by_id = {run.run_id: run for run in runs}
    con.execute(f"CREATE OR REPLACE TEMP TABLE _many AS SELECT r.*, f.run_id, f.ord FROM ({rows}) r "
                "JOIN _files f ON f.input = r.prov_file")
    present = {str(r[0]) for r in con.execute("DESCRIBE _many").fetchall()}
    cols = ", ".join(EVENT_FIELDS)
    good = (f"SELECT {event_select(present, dataset)}, q.run_id, q.ord FROM _many q WHERE q._reason IS NULL")
    inserted = con.execute(
        f"""
        INSERT INTO events (key, run_id, {cols})
        SELECT s.key, s.run_id, {", ".join("s." + c for c in EVENT_FIELDS)}
        FROM (SELECT {KEY_SQL} AS key, * FROM ({good})
              QUALIFY row_number() OVER (PARTITION BY key ORDER BY ord, prov_row) = 1) s
        ANTI JOIN (SELECT key FROM events WHERE dataset = ?) e ON s.key = e.key
        RETURNING run_id
        """, [dataset]).fetchall()
    for (run_id,) in inserted:
        by_id[int(run_id)].stored += 1
    counts = con.execute("SELECT run_id, count(*) FILTER (_reason IS NULL), count(*) FILTER (_reason IS NOT NULL) "
                         "FROM _many GROUP BY run_id").fetchall()
    for run_id, n_good, n_bad in counts:
        run = by_id[int(run_id)]
        run.duplicate = int(n_good) - run.stored
        run.quarantined = int(n_bad)
    before = con.execute("SELECT f.run_id, count(*) FROM _rejected r JOIN _files f ON f.input = r.input "
                         "GROUP BY ALL").fetchall()
    for run_id, n in before:
        by_id[int(run_id)].quarantined += int(n)
    for run in runs:
        run.rows_read = run.stored + run.duplicate + run.quarantined
    # a row quarantined before (same dataset, input, line and text) is not stored twice
    con.execute(
        """
        INSERT INTO quarantine
        SELECT q.* FROM (
            SELECT ? AS dataset, input, line, raw, reason, md5(CAST(line AS VARCHAR) || chr(31) || raw) AS raw_hash,
                   run_id
            FROM (SELECT prov_file AS input, prov_row AS line, _raw AS raw, _reason AS reason, run_id FROM _many
                  WHERE _reason IS NOT NULL
                  UNION ALL
                  SELECT r.input, r.line, r.raw, r.reason, f.run_id FROM _rejected r JOIN _files f ON f.input = r.input)
        ) q ANTI JOIN quarantine o ON o.dataset = q.dataset AND o.input = q.input AND o.raw_hash = q.raw_hash
        """, [dataset])


def _record(con: duckdb.DuckDBPyConnection, runs: list[IngestRun], started: dt.datetime, status: str) -> None:
    finished = dt.datetime.now()
    table = pa.table({
        "run_id": pa.array([r.run_id for r in runs], pa.int32()),
        "input": [r.input for r in runs], "dataset": [r.dataset for r in runs],
        "checksum": pa.array([r.checksum for r in runs], pa.string()),
        "rows_read": pa.array([r.rows_read for r in runs], pa.int64()),
        "stored": pa.array([r.stored for r in runs], pa.int64()),
        "duplicate": pa.array([r.duplicate for r in runs], pa.int64()),
        "quarantined": pa.array([r.quarantined for r in runs], pa.int64()),
        "started": pa.array([started] * len(runs), pa.timestamp("us")),
        "finished": pa.array([finished] * len(runs), pa.timestamp("us")),
        "status": [status] * len(runs),
        "data_lines": pa.array([r.data_lines for r in runs], pa.int64()),
    })
    con.register("_runs", table)
    try:
        con.execute("INSERT INTO ingest_runs (run_id, input, dataset, checksum, rows_read, stored, duplicate, "
                    "quarantined, started, finished, status, data_lines) SELECT * FROM _runs")
    finally:
        with suppress(duckdb.Error):
            con.unregister("_runs")
