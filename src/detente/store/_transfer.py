"""Moving a store's contents between a DuckDB file and a Parquet archive, and reading canonical event files.

- :func:`export_archive`: every event as Parquet partitions (dataset/year/month) and the run metadata and
  ledger in the archive's catalog: the result opens with ``Store.open(folder)``.
- :func:`import_archive`: an archive folder, or one Parquet/CSV file of canonical events (for example the
  answer of ``detente sql gdelt-bigquery`` downloaded from BigQuery), upserted into a store by dataset and key,
  one ingest run per dataset.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

from detente.errors import SourceNotFound, StoreError
from detente.store._duckdb import IngestRun, Store, rollback
from detente.store._parquet import CATALOG, is_remote
from detente.store._schema import EVENT_ARROW_SCHEMA, EVENT_FIELDS

log = logging.getLogger(__name__)

__all__ = ["export_archive", "import_archive"]

_CATALOG_TABLES = ("ingest_runs", "quarantine", "milestones", "policy_periods")
_DUCK_TYPES = {"date32[day]": "DATE", "string": "VARCHAR", "int8": "TINYINT", "int32": "INTEGER",
               "int64": "BIGINT", "float": "FLOAT"}


def _quote(path: str) -> str:
    return "'" + path.replace("'", "''") + "'"


def export_archive(store: Store, dest: str | Path) -> dict[str, Any]:
    """Write ``store`` as a new archive at ``dest`` (absent or empty); returns what was written."""
    target = Path(dest)
    if is_remote(str(dest)):
        raise StoreError(f"cannot export to {dest}: export to a local folder, then upload it (e.g. aws s3 sync)")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise StoreError(f"{target} exists and is not an empty folder; export into a new folder")
    target.mkdir(parents=True, exist_ok=True)
    try:
        with Store.open(target, archive=True) as out:
            layout = out.archive
            assert layout is not None
            for table in _CATALOG_TABLES:
                rows = store.con.sql(f"SELECT * FROM {table}").to_arrow_table()
                if rows.num_rows:
                    out.con.register("_rows", rows)
                    try:
                        out.con.execute(f"INSERT INTO {table} SELECT * FROM _rows")
                    finally:
                        out.con.unregister("_rows")
            run_max = out.con.execute("SELECT coalesce(max(run_id), 0) FROM ingest_runs").fetchall()[0][0]
            # later ingests into the archive continue the run numbers
            out.con.execute(f"CREATE OR REPLACE SEQUENCE ingest_run_seq START {int(run_max) + 1}")
            staged = layout.write(store.con, f"SELECT key, run_id, {', '.join(EVENT_FIELDS)} FROM events",
                                  tag="export")
            files = layout.publish(staged, tag="export")
            layout.refresh_view(out.con)
            events = out.count_all()  # every dataset's rows, those read only when named too
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    log.info("exported %d events in %d files to %s", events, files, target)
    return {"archive": str(target), "events": events, "files": files}


def _event_file_sql(path: Path) -> str:
    """A relation with the canonical event columns (absent ones null) read from a Parquet or CSV file."""
    name = path.name.lower()
    if name.endswith(".parquet"):
        reader = f"read_parquet({_quote(str(path))})"
    elif name.endswith((".csv", ".csv.gz", ".tsv")):
        reader = f"read_csv({_quote(str(path))}, header = true, all_varchar = true)"
    else:
        raise StoreError(f"{path}: give an archive folder, a .parquet or a .csv file of canonical events")
    return reader


def import_archive(store: Store, source: str | Path, *, dataset: str | None = None,
                   batch_rows: int = 100_000) -> list[IngestRun]:
    """Upsert the events (and, from an archive, the ledger) of ``source`` into ``store``; one run per dataset."""
    src = Path(source)
    if not src.exists():
        raise SourceNotFound(f"no archive or file at {src}; pass an archive folder or a .parquet/.csv file")
    if src.is_dir():
        if not (src / CATALOG).exists():
            raise StoreError(f"{src} is not an archive (no {CATALOG}); make one with 'detente archive export'")
        with Store.open(src, read_only=True, archive=True) as archive:
            runs = _import_relation(store, archive.con, "SELECT * FROM events", str(src), dataset, batch_rows)
            _import_ledger(store, archive)
        return runs
    con = store.con.cursor()
    try:
        reader = _event_file_sql(src)
        present = {str(r[0]) for r in con.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()}
        cols = []
        for f in EVENT_ARROW_SCHEMA:
            kind = _DUCK_TYPES[str(f.type)]
            cols.append(f"TRY_CAST({f.name} AS {kind}) AS {f.name}" if f.name in present
                        else f"CAST(NULL AS {kind}) AS {f.name}")
        relation = f"SELECT {', '.join(cols)} FROM {reader}"
        return _import_relation(store, con, relation, str(src), dataset, batch_rows)
    finally:
        con.close()


def _import_relation(store: Store, con: Any, relation: str, input_name: str, dataset: str | None,
                     batch_rows: int) -> list[IngestRun]:
    if dataset is not None:
        names = [dataset]
        relation = f"SELECT * EXCLUDE (dataset), {_quote(dataset)} AS dataset FROM ({relation})"
    else:
        names = [str(r[0]) for r in con.execute(
            f"SELECT DISTINCT dataset FROM ({relation}) WHERE dataset IS NOT NULL ORDER BY 1").fetchall()]
        missing = con.execute(f"SELECT count(*) FROM ({relation}) WHERE dataset IS NULL").fetchall()[0][0]
        if missing:
            raise StoreError(f"{input_name}: {missing} rows have no dataset; pass --dataset NAME")
    runs: list[IngestRun] = []
    for name in names:
        reader = con.sql(f"SELECT {', '.join(EVENT_FIELDS)} FROM ({relation}) WHERE dataset = "
                             f"{_quote(name)}").to_arrow_reader(batch_rows)
        with store.ingest(input=input_name, dataset=name) as run:
            for batch in reader:
                run.count_read(batch.num_rows)
                run.add(batch)
        runs.append(run)
    return runs


def _import_ledger(store: Store, archive: Store) -> None:
    for table, key in (("milestones", "dataset"), ("policy_periods", None)):
        rows = archive.con.sql(f"SELECT * FROM {table}").to_arrow_table()
        if rows.num_rows == 0:
            continue
        store.con.register("_rows", rows)
        try:
            store.con.execute("BEGIN TRANSACTION")
            if key is not None:
                store.con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT DISTINCT {key} FROM _rows)")
            store.con.execute(f"INSERT OR REPLACE INTO {table} SELECT * FROM _rows")
            store.con.execute("COMMIT")
        except BaseException:
            rollback(store.con)
            raise
        finally:
            store.con.unregister("_rows")
