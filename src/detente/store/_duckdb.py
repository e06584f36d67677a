"""The embedded DuckDB store: the only place detente writes SQL against its own tables."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from detente.errors import IngestError, SchemaError, StoreError, StoreLocked
from detente.model import Dyad, Event, Milestone
from detente.store._parquet import (
    CATALOG,
    CLUSTER_ORDER,
    ArchiveLayout,
    connect_archive,
    is_archive_path,
    is_remote,
)
from detente.store._schema import EVENT_ARROW_SCHEMA, EVENT_FIELDS, KEY_SQL, MIGRATIONS, SCHEMA_VERSION, SQL_TYPES

log = logging.getLogger(__name__)

__all__ = ["EventQuery", "IngestRun", "QuarantinedRow", "Store", "monthly_summary", "rollback"]


@dataclass(frozen=True, slots=True)
class QuarantinedRow:
    """A row the ingester could not use: its line number, raw text and the reason."""

    line: int | None
    raw: str
    reason: str


#: datasets whose rows repeat events of another dataset (a GDELT Mentions row names its event again): queries
#: leave them out unless they are named in ``datasets``, so counts and indices do not count an event twice
LINKED_DATASETS: tuple[str, ...] = ("gdelt-mentions",)
#: shipped datasets that tell the curated record's history a second time from other material (``kcna``, machine-
#: coded from KCNA): loaded into every store, and like the linked ones read only when named, so the default index
#: and verdict rest on the curated record and the second source is compared with it, not added to it
SECOND_SOURCES: tuple[str, ...] = ("kcna",)
#: every dataset a query leaves out unless it names it
NAMED_ONLY: tuple[str, ...] = LINKED_DATASETS + SECOND_SOURCES


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for reading events. ``dyad`` matches both directions; ``datasets`` empty means every dataset
    except the linked ones and the second sources (:data:`NAMED_ONLY`)."""

    dyad: Dyad | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    datasets: tuple[str, ...] = ()
    tracks: tuple[str, ...] = ()
    limit: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.dyad is not None:
            clauses.append(
                "((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))"
            )
            params += [self.dyad.a, self.dyad.b, self.dyad.b, self.dyad.a]
        if self.start is not None:
            clauses.append("date >= ?")
            params.append(self.start)
        if self.end is not None:
            clauses.append("date <= ?")
            params.append(self.end)
        if self.datasets:
            clauses.append(f"dataset IN ({', '.join('?' for _ in self.datasets)})")
            params += list(self.datasets)
        else:  # datasets that repeat another's events (GDELT Mentions, KCNA) only when asked for by name
            clauses.append(f"dataset NOT IN ({', '.join('?' for _ in NAMED_ONLY)})")
            params += list(NAMED_ONLY)
        if self.tracks:
            clauses.append(f"track IN ({', '.join('?' for _ in self.tracks)})")
            params += list(self.tracks)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def events_to_arrow(events: Iterable[Event]) -> pa.Table:
    """Events as an Arrow table in the store's schema."""
    rows = [{name: getattr(e, name) for name in EVENT_FIELDS} for e in events]
    return pa.Table.from_pylist(rows, schema=EVENT_ARROW_SCHEMA)


def arrow_to_events(table: pa.Table) -> list[Event]:
    """Rows of an Arrow table with the event columns as :class:`Event` objects."""
    out: list[Event] = []
    for row in table.select(list(EVENT_FIELDS)).to_pylist():
        if row["goldstein"] is not None:
            row["goldstein"] = round(float(row["goldstein"]), 4)
        if row["tone"] is not None:
            row["tone"] = round(float(row["tone"]), 4)
        out.append(Event(**row))
    return out


@dataclass
class IngestRun:
    """One input being loaded: add batches and quarantined rows; counts are kept for the ingest-run record.

    Obtain with :meth:`Store.ingest`; everything it adds is committed together when the ``with`` block ends
    without error, and none of it otherwise.
    """

    store: Store
    run_id: int
    dataset: str
    input: str
    rows_read: int = 0
    stored: int = 0
    duplicate: int = 0
    quarantined: int = 0
    replace: bool = False
    #: the input's checksum, when it is known only once the run is under way (else the one given to ingest)
    checksum: str | None = None
    #: the input's data lines counted from its bytes, when it is a file of lines (:meth:`expect_lines`)
    data_lines: int | None = None
    _quarantine_buffer: list[QuarantinedRow] = field(default_factory=list)

    def count_read(self, n: int) -> None:
        """Tell the run that ``n`` more input rows were read (stored, duplicate or quarantined)."""
        self.rows_read += n

    def expect_lines(self, n: int) -> None:
        """Tell the run that its input has ``n`` data lines, counted independently of the reader: the run is
        refused when it ends unless it read exactly that many rows, and the count is recorded with it."""
        self.data_lines = n

    def add(self, batch: pa.Table | pa.RecordBatch | Sequence[Event]) -> int:
        """Upsert a batch of events; returns how many were new. Duplicates (by dataset and key) are counted."""
        if isinstance(batch, pa.RecordBatch):
            table = pa.Table.from_batches([batch])
        elif isinstance(batch, pa.Table):
            table = batch
        else:
            table = events_to_arrow(batch)
        if table.num_rows == 0:
            return 0
        table = _conform(table, self.dataset)
        ids = table.column("event_id")
        unique = ids.null_count == 0 and pc.count_distinct(ids).as_py() == table.num_rows
        low, high = pc.min_max(ids).values() if unique else (pa.scalar(None), pa.scalar(None))
        con = self.store.con
        con.register("_batch", table)
        try:
            new = self._insert("_batch", unique=unique, low=low.as_py(), high=high.as_py())
        finally:  # an aborted transaction (Ctrl+C) refuses it until the rollback
            with suppress(duckdb.Error):
                con.unregister("_batch")
        self.stored += new
        self.duplicate += table.num_rows - new
        return new

    def add_query(self, query: str, *, rows: int, unique: bool, low: str | None = None,
                  high: str | None = None) -> int:
        """Upsert the ``rows`` rows of ``query``, a SELECT run on the store's own connection (so a file read by
        DuckDB streams into the store without passing through Python). Its columns are event fields; missing
        ones get the same defaults as :meth:`add`. ``unique`` says every row has an ``event_id``; ``low`` and ``high``
        are then the smallest and largest id, and rows repeating an id within the query are all inserted (call
        :meth:`drop_repeated_keys` afterwards). Returns how many were new."""
        if rows == 0:
            return 0
        picked = event_select(set(self.store.con.sql(query).columns), self.dataset)
        new = self._insert(f"(SELECT {picked} FROM ({query}) q)", unique=unique, low=low, high=high)
        self.stored += new
        self.duplicate += rows - new
        return new

    def withdraw(self) -> None:
        """Take back everything this run added so far (rows and quarantine) and zero its counts, inside its
        transaction, so the input can be loaded again another way in the same run."""
        con = self.store.con
        target = "events" if self.store.archive is None else "_pending"
        con.execute(f"DELETE FROM {target} WHERE run_id = ?", [self.run_id]).fetchall()
        con.execute("DELETE FROM quarantine WHERE run_id = ?", [self.run_id]).fetchall()
        self._quarantine_buffer.clear()
        self.rows_read = self.stored = self.duplicate = self.quarantined = 0

    def drop_repeated_keys(self) -> int:
        """Keep only the first row (in insertion order) of each key this run stored more than once; for rows
        added with ``unique=True`` whose ids were not checked beforehand. Returns how many rows went (counted
        as duplicates from then on)."""
        if self.store.archive is not None:
            return 0  # an archive's rows go through _pending with the in-batch de-duplication instead
        con = self.store.con
        repeated = _one(con, "SELECT count(*) FROM (SELECT key FROM events WHERE run_id = ? GROUP BY key "
                             "HAVING count(*) > 1)", [self.run_id])
        if not repeated or not repeated[0]:
            return 0
        con.execute("DELETE FROM events WHERE run_id = ? AND rowid NOT IN "
                    "(SELECT min(rowid) FROM events WHERE run_id = ? GROUP BY key)", [self.run_id, self.run_id])
        gone = _rowcount(con)
        self.stored -= gone
        self.duplicate += gone
        return gone

    def _insert(self, source: str, *, unique: bool, low: str | None, high: str | None) -> int:
        """INSERT the rows of ``source`` (a relation with the event fields) whose key the dataset lacks.

        One statement and no temporary table: inside the run's transaction a dropped table's storage is kept
        until commit, so a staging table per batch made memory grow with the input."""
        con = self.store.con
        cols = ", ".join(EVENT_FIELDS)
        # rows sharing a key keep the first (GDELT and ICEWS ids are unique within a file, so the common case
        # skips this step)
        staged = f"SELECT {KEY_SQL} AS key, {cols} FROM {source}" if unique else (
            f"SELECT {KEY_SQL} AS key, {cols} FROM (SELECT *, row_number() OVER () AS _pos FROM {source}) "
            "QUALIFY row_number() OVER (PARTITION BY key ORDER BY _pos) = 1")
        # an archive collects the run's new rows in a temp table, written as Parquet when the run commits
        target = "events" if self.store.archive is None else "_pending"
        if unique:
            # keys are the ids: only stored keys inside the ids' range can match (zone maps skip the rest)
            existing = "SELECT key FROM events WHERE dataset = ? AND key BETWEEN ? AND ?"
            bound: list[Any] = [self.dataset, low, high]
        else:
            existing, bound = "SELECT key FROM events WHERE dataset = ?", [self.dataset]
        if self.store.archive is not None:
            pending = "SELECT key FROM _pending"
            existing, bound = (pending, []) if self.replace else (f"{existing} UNION ALL {pending}", bound)
        con.execute(
            f"""
            INSERT INTO {target} (key, run_id, {cols})
            SELECT s.key, ?, {", ".join("s." + c for c in EVENT_FIELDS)} FROM ({staged}) s
            ANTI JOIN ({existing}) e ON s.key = e.key
            """,
            [self.run_id, *bound],
        )
        return _rowcount(con)

    def reject(self, line: int | None, raw: str, reason: str) -> None:
        """Quarantine one input row with its raw text and the reason it was refused."""
        self._quarantine_buffer.append(QuarantinedRow(line, raw, reason))
        self.quarantined += 1
        if len(self._quarantine_buffer) >= 10_000:
            self._flush_quarantine()

    def _flush_quarantine(self) -> None:
        if not self._quarantine_buffer:
            return
        rows = [
            (self.dataset, self.input, q.line, q.raw, q.reason,
             hashlib.md5(f"{q.line}\x1f{q.raw}".encode("utf-8", "surrogateescape"),
                         usedforsecurity=False).hexdigest(), self.run_id)
            for q in self._quarantine_buffer
        ]
        table = pa.table(
            {
                "dataset": [r[0] for r in rows],
                "input": [r[1] for r in rows],
                "line": pa.array([r[2] for r in rows], pa.int64()),
                "raw": [r[3].encode("utf-8", "replace").decode("utf-8") for r in rows],
                "reason": [r[4] for r in rows],
                "raw_hash": [r[5] for r in rows],
                "run_id": pa.array([r[6] for r in rows], pa.int32()),
            }
        )
        con = self.store.con
        con.register("_q", table)
        try:
            # a row quarantined before (same dataset, input name, line and text) is not stored twice
            con.execute(
                """
                INSERT INTO quarantine SELECT q.* FROM _q q
                ANTI JOIN quarantine o ON o.dataset = q.dataset AND o.input = q.input AND o.raw_hash = q.raw_hash
                """
            )
        finally:  # an aborted transaction (Ctrl+C) refuses it until the rollback
            with suppress(duckdb.Error):
                con.unregister("_q")
        self._quarantine_buffer.clear()


#: the value an event field takes when a batch or query lacks it (others are NULL)
FIELD_DEFAULTS: dict[str, str] = {"modality": "occurred", "track": "other"}


def event_select(present: set[str], dataset: str, alias: str = "q") -> str:
    """The select list giving a relation ``alias`` with the columns ``present`` exactly the store's event columns
    and types: missing ones get the defaults of :data:`FIELD_DEFAULTS` or NULL, and ``dataset`` is ``dataset``."""
    defaults = {"dataset": dataset, **FIELD_DEFAULTS}
    return ", ".join(
        f"CAST({alias}.{f.name} AS {SQL_TYPES[f.type]}) AS {f.name}" if f.name in present and f.name != "dataset"
        else f"CAST({_sql_literal(defaults[f.name]) if f.name in defaults else 'NULL'} AS {SQL_TYPES[f.type]}) "
             f"AS {f.name}"
        for f in EVENT_ARROW_SCHEMA
    )


def _conform(table: pa.Table, dataset: str) -> pa.Table:
    """Give a batch exactly the store's columns and types; missing columns become nulls."""
    n = table.num_rows
    arrays = []
    for f in EVENT_ARROW_SCHEMA:
        if f.name == "dataset":
            arrays.append(pa.array([dataset] * n, pa.string()))
        elif f.name in table.column_names:
            col = table.column(f.name)
            arrays.append(col if col.type == f.type else col.cast(f.type))
        elif f.name in FIELD_DEFAULTS:
            arrays.append(pa.array([FIELD_DEFAULTS[f.name]] * n, pa.string()))
        else:
            arrays.append(pa.nulls(n, f.type))
    return pa.Table.from_arrays(arrays, schema=EVENT_ARROW_SCHEMA)


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def rollback(con: duckdb.DuckDBPyConnection) -> bool:
    """Roll back the transaction under way on ``con``; whether there was one. There is none when the statement
    that failed was the COMMIT itself: a Ctrl+C during COMMIT is reported ("Query interrupted") after DuckDB has
    committed, and a COMMIT that fails ends the transaction; the caller tells the two apart by what is stored."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException as err:
        if "no transaction is active" not in str(err):
            raise
        return False
    return True


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> tuple[Any, ...] | None:
    """The first row of a query, fetching the whole result (DuckDB refuses new work on a half-read result)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0] if rows else None


def _rowcount(con: duckdb.DuckDBPyConnection) -> int:
    """The count of rows a DML statement just changed (fetching the whole result, as DuckDB requires)."""
    rows = con.fetchall()
    return int(rows[0][0]) if rows else 0


class Store:
    """An event store in one DuckDB file.

    >>> with Store.open(":memory:") as store:
    ...     store.count()
    0
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool,
                 archive: ArchiveLayout | None = None) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        if archive is None and _names_archive(path):
            # a Store on another cursor of an archive's connection: temp views are per cursor, so define
            # the events view on this one too
            archive = ArchiveLayout(path)
            archive.refresh_view(con)
        #: the Parquet archive the events live in (None: the events are a table of the DuckDB file)
        self.archive = archive
        #: the input of the run recorded last (what an interrupted ingest checks before recording one itself)
        self.last_run_input: str | None = None

    # -- opening -----------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, threads: int = 0,
             archive: bool | None = None) -> Store:
        """Open (and create or migrate) the store at ``path``; ``":memory:"`` for a throwaway store.

        A folder (an existing archive, an empty folder, a path ending in ``/``, or ``archive=True``) or an
        object-storage URL opens a Parquet archive (:mod:`detente.store._parquet`): events partitioned by
        dataset/year/month, read and written in place.
        """
        target = str(path)
        if archive is None:
            archive = is_archive_path(target) and _archive_folder_ok(target)
        if archive:
            return cls._open_archive(target, read_only=read_only, threads=threads)
        if target != ":memory:":
            p = Path(target)
            if read_only and not p.exists():
                raise StoreError(f"no store at {p}; run 'detente report' or 'detente ingest' to create one")
            if not read_only:
                try:
                    p.parent.mkdir(parents=True, exist_ok=True)
                except OSError as err:
                    raise StoreError(f"cannot create the folder for the store {p}: {err}; pass --store PATH") from err
            if p.exists() and p.is_dir():
                raise StoreError(f"{p} is a folder, not a store file nor an archive (no {CATALOG} in it); pass "
                                 "--store with a file path or an archive folder")
        config: dict[str, Any] = {}
        if threads:
            config["threads"] = threads
        try:
            con = duckdb.connect(target, read_only=read_only, config=config)
        except duckdb.IOException as err:
            msg = str(err)
            if "lock" in msg.lower():
                raise StoreLocked(
                    f"the store {target} is being written by another process; wait for it to finish "
                    f"(DuckDB allows one writer) or use another --store"
                ) from err
            raise StoreError(
                f"cannot open the store {target} ({msg.splitlines()[0]}); pass --store with another file"
            ) from err
        except duckdb.Error as err:
            raise StoreError(
                f"{target} is not a detente store ({str(err).splitlines()[0]}); pass another --store"
            ) from err
        # the library never prints; under Jupyter without ipywidgets DuckDB has the bar off and refuses any SET of it
        if con.execute("SELECT current_setting('enable_progress_bar')").fetchone() != (False,):
            con.execute("SET enable_progress_bar = false")
        store = cls(con, target, read_only=read_only)
        store._migrate()
        return store

    @classmethod
    def _open_archive(cls, target: str, *, read_only: bool, threads: int) -> Store:
        layout = ArchiveLayout(target)
        config: dict[str, object] = {"threads": threads} if threads else {}
        try:
            con = connect_archive(layout, read_only=read_only, config=config)
        except duckdb.IOException as err:
            if "lock" in str(err).lower():
                raise StoreLocked(f"the archive {target} is being written by another process; wait for it to "
                                  "finish (one writer at a time) or use another --store") from err
            raise StoreError(f"cannot open the archive {target} ({str(err).splitlines()[0]})") from err
        except duckdb.Error as err:
            raise StoreError(f"cannot open the archive {target} ({str(err).splitlines()[0]})") from err
        con.execute("SET enable_progress_bar = false")
        store = cls(con, layout.root, read_only=read_only, archive=layout)
        try:
            store._migrate()
            layout.refresh_view(con)
        except BaseException:
            con.close()
            raise
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema ------------------------------------------------------------------------------------------
    def schema_version(self) -> int:
        try:
            row = _one(self.con, "SELECT value FROM meta WHERE key = 'schema_version'")
        except duckdb.CatalogException:
            return 0
        except duckdb.Error as err:  # a 'meta' table of another shape: some other database
            raise SchemaError(f"{self.path} is not a detente store (its 'meta' table is not ours); "
                              "pass another --store") from err
        if row is None:
            return 0
        try:
            return int(row[0])
        except (TypeError, ValueError):
            raise SchemaError(f"{self.path} has a damaged schema version {row[0]!r}; pass another --store, or "
                              "run 'detente check' on it") from None

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise SchemaError(
                f"the store {self.path} has schema version {current}, newer than this detente "
                f"({SCHEMA_VERSION}); upgrade detente"
            )
        if current == SCHEMA_VERSION:
            return
        if self.read_only:
            raise SchemaError(
                f"the store {self.path} needs a schema upgrade (v{current} -> v{SCHEMA_VERSION}); open it once "
                "for writing (e.g. 'detente info') first"
            )
        self.con.execute("BEGIN TRANSACTION")
        try:
            for version in range(current + 1, SCHEMA_VERSION + 1):
                self.con.execute(MIGRATIONS[version])
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            self.con.execute("COMMIT")
        except BaseException:
            rollback(self.con)
            raise
        log.info("store %s migrated to schema v%d", self.path, SCHEMA_VERSION)

    def meta(self, key: str) -> str | None:
        row = _one(self.con, "SELECT value FROM meta WHERE key = ?", [key])
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._writable("change its settings")
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value]).fetchall()

    # -- writing -----------------------------------------------------------------------------------------
    def _writable(self, action: str) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} was opened read-only; open it for writing to {action}")

    @contextmanager
    def ingest(self, *, input: str, dataset: str, checksum: str | None = None) -> Iterator[IngestRun]:
        """Load one input in one transaction, recorded in ``ingest_runs``.

        Conservation is checked when the block ends: rows read = stored + duplicate + quarantined. On any
        error nothing from this input is kept, and a run with status ``failed`` is recorded.
        """
        if self.read_only:
            raise StoreError(f"the store {self.path} was opened read-only; open it for writing to ingest")
        started = dt.datetime.now()
        row = _one(self.con, "SELECT nextval('ingest_run_seq')")
        assert row is not None
        run = IngestRun(self, int(row[0]), dataset, input)
        self.con.execute("BEGIN TRANSACTION")
        if self.archive is not None:
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE _pending AS SELECT key, run_id, {', '.join(EVENT_FIELDS)} "
                             "FROM main.events LIMIT 0")
        tag = f"{run.run_id}-{started:%Y%m%d%H%M%S}"
        moved: Path | None = None
        try:
            yield run
            run._flush_quarantine()
            if run.rows_read == 0:
                run.rows_read = run.stored + run.duplicate + run.quarantined
            if run.rows_read != run.stored + run.duplicate + run.quarantined:
                raise IngestError(
                    f"{input}: {run.rows_read} rows read but {run.stored} stored + {run.duplicate} duplicate + "
                    f"{run.quarantined} quarantined; nothing was stored; please report this"
                )
            if run.data_lines is not None and run.rows_read != run.data_lines:
                raise IngestError(
                    f"{input}: {run.rows_read} rows read but the file has {run.data_lines} data lines; nothing "
                    "from it was stored; run the same command with --debug and report its output"
                )
            if self.archive is not None:
                staged = self.archive.write(self.con, "SELECT * FROM _pending", tag=tag) if run.stored else []
                if run.replace:
                    moved = self.archive.set_aside(dataset, tag=tag)
                self.archive.publish(staged, tag=tag)
            self._record_run(run, run.checksum or checksum, started, "ok")
            self.con.execute("COMMIT")
        except BaseException:
            if not rollback(self.con) and self._run_status(run.run_id) == "ok":
                # a Ctrl+C during COMMIT: DuckDB committed, then reported the interrupt; the run stands
                if self.archive is not None:
                    self.archive.empty_trash(tag=tag)
                raise
            run.stored = run.duplicate = run.quarantined = 0
            if self.archive is not None:
                self.archive.discard(tag=tag)
                if moved is not None:
                    self.archive.restore(moved, dataset)
            with suppress(duckdb.Error):  # the connection itself may be gone
                self._record_run(run, run.checksum or checksum, started, "failed")
            raise
        finally:
            if self.archive is not None:
                with suppress(duckdb.Error):
                    self.con.execute("DROP TABLE IF EXISTS _pending")
                    self.archive.refresh_view(self.con)
        if self.archive is not None:
            self.archive.empty_trash(tag=tag)

    def record_failed_run(self, *, input: str, dataset: str) -> int:
        """Record a failed run for an input that stopped before its run began (interrupted while a zip member
        was extracted or its layout read): nothing of it is stored, and ``ingest_runs`` says so. Returns its id."""
        self._writable("record a run")
        row = _one(self.con, "SELECT nextval('ingest_run_seq')")
        assert row is not None
        run = IngestRun(self, int(row[0]), dataset, input)
        self._record_run(run, None, dt.datetime.now(), "failed")
        return run.run_id

    def _run_status(self, run_id: int) -> str | None:
        """The status recorded for run ``run_id`` (``None``: none is recorded)."""
        row = _one(self.con, "SELECT status FROM ingest_runs WHERE run_id = ?", [run_id])
        return None if row is None else str(row[0])

    def _record_run(self, run: IngestRun, checksum: str | None, started: dt.datetime, status: str) -> None:
        self.last_run_input = run.input
        self.con.execute(
            "INSERT INTO ingest_runs (run_id, input, dataset, checksum, rows_read, stored, duplicate, quarantined, "
            "started, finished, status, data_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run.run_id, run.input, run.dataset, checksum, run.rows_read, run.stored, run.duplicate,
             run.quarantined, started, dt.datetime.now(), status, run.data_lines],
        ).fetchall()

    def write_events(self, events: Iterable[Event], *, dataset: str, input: str) -> IngestRun:
        """Store events from one input in one transaction; returns the finished run with its counts."""
        batch = list(events)
        with self.ingest(input=input, dataset=dataset) as run:
            run.count_read(len(batch))
            run.add(batch)
        return run

    def replace_milestones(self, milestones: Iterable[Milestone], *, dataset: str = "bundled") -> int:
        """Replace the milestones of ``dataset`` with these (one transaction)."""
        self._writable("replace its milestones")
        rows = [
            (f"{dataset}:{i}", m.date, m.end, m.dyad, m.track, m.kind, m.level, m.grade, m.channel, m.summary,
             m.citation, dataset)
            for i, m in enumerate(milestones)
        ]
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM milestones WHERE dataset = ?", [dataset]).fetchall()
            if rows:
                self.con.executemany(
                    "INSERT INTO milestones VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
                )
            self.con.execute("COMMIT")
        except BaseException:
            rollback(self.con)
            raise
        return len(rows)

    def replace_dataset_events(self, events: Sequence[Event] | pa.Table, *, dataset: str, input: str) -> IngestRun:
        """Replace all events of ``dataset`` (used when a shipped dataset changes version) with ``events``
        (events, or an Arrow table with event columns)."""
        with self.ingest(input=input, dataset=dataset) as run:
            if self.archive is None:
                self.con.execute("DELETE FROM events WHERE dataset = ?", [dataset]).fetchall()
            else:  # the dataset's partitions are set aside when the run commits
                run.replace = True
            run.count_read(len(events))
            run.add(events)
        return run

    def cluster(self) -> int:
        """Rewrite the events table in dyad order (source country, target country, date), in one transaction,
        so that a dyad's queries read a few row groups instead of all (DuckDB skips row groups by their min/max).
        Nothing visible changes; an archive is written clustered already. Returns the number of event rows, of
        every dataset."""
        if self.read_only:
            raise StoreError(f"the store {self.path} was opened read-only; open it for writing to cluster it")
        if self.archive is not None:
            return self.count_all()
        cols = ", ".join(["key", "run_id", *EVENT_FIELDS])
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(f"CREATE TEMP TABLE _clustered AS SELECT {cols} FROM events ORDER BY {CLUSTER_ORDER}")
            self.con.execute("DELETE FROM events")
            self.con.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM _clustered")
            self.con.execute("DROP TABLE _clustered")
            self.con.execute("COMMIT")
        except BaseException:
            rollback(self.con)
            raise
        self.con.execute("CHECKPOINT")
        return self.count_all()

    # -- reading -----------------------------------------------------------------------------------------
    def count(self, query: EventQuery | None = None) -> int:
        """Events matching ``query`` (by default every dataset but those read only when named)."""
        where, params = (query or EventQuery()).where()
        row = _one(self.con, f"SELECT count(*) FROM events{where}", params)
        return int(row[0]) if row else 0

    def count_all(self) -> int:
        """Every stored event row, of every dataset (those read only when named too): what an export or a
        rewrite of the table carries."""
        row = _one(self.con, "SELECT count(*) FROM events")
        return int(row[0]) if row else 0

    def events_arrow(self, query: EventQuery | None = None) -> pa.Table:
        """Matching events as an Arrow table (with ``key``), ordered by date, dataset and key."""
        q = query or EventQuery()
        where, params = q.where()
        sql = f"SELECT key, {', '.join(EVENT_FIELDS)} FROM events{where} ORDER BY date, dataset, key"
        if q.limit is not None:
            sql += " LIMIT ?"
            params.append(int(q.limit))
        return self.con.sql(sql, params=params).to_arrow_table()

    def events(self, query: EventQuery | None = None) -> list[Event]:
        """Matching events as :class:`Event` objects, ordered by date."""
        return arrow_to_events(self.events_arrow(query))

    def milestones(self, *, dyad: Dyad | None = None, track: str | None = None) -> list[Milestone]:
        clauses: list[str] = []
        params: list[Any] = []
        if dyad is not None:
            clauses.append("dyad IN (?, ?)")
            params += [str(dyad), f"{dyad.b}-{dyad.a}"]
        if track is not None:
            clauses.append("track = ?")
            params.append(track)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.con.execute(
            'SELECT date, dyad, track, kind, level, grade, summary, citation, "end", channel '
            f"FROM milestones{where} ORDER BY date, id",
            params,
        ).fetchall()
        return [
            Milestone(date=r[0], dyad=r[1], track=r[2], kind=r[3], level=int(r[4]), grade=r[5], summary=r[6],
                      citation=r[7], end=r[8], channel=None if r[9] is None else int(r[9]))
            for r in rows
        ]

    def datasets(self) -> list[dict[str, Any]]:
        """Each dataset's name, event count and first and last day; ``named_only``: queries read it only when
        they name it (:data:`NAMED_ONLY`)."""
        rows = self.con.execute(
            "SELECT dataset, count(*), min(date), max(date) FROM events GROUP BY dataset ORDER BY dataset"
        ).fetchall()
        return [{"name": r[0], "events": int(r[1]), "first": r[2], "last": r[3], "named_only": r[0] in NAMED_ONLY}
                for r in rows]

    def ingest_runs(self) -> list[dict[str, Any]]:
        rows = self.con.execute(
            "SELECT run_id, input, dataset, checksum, rows_read, stored, duplicate, quarantined, started, "
            "finished, status, data_lines FROM ingest_runs ORDER BY run_id"
        ).fetchall()
        keys = ("run_id", "input", "dataset", "checksum", "rows_read", "stored", "duplicate", "quarantined",
                "started", "finished", "status", "data_lines")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def quarantine(self, *, limit: int = 100) -> list[dict[str, Any]]:
        rows = self.con.execute(
            "SELECT dataset, input, line, raw, reason FROM quarantine ORDER BY dataset, input, line LIMIT ?",
            [limit],
        ).fetchall()
        return [dict(zip(("dataset", "input", "line", "raw", "reason"), r, strict=True)) for r in rows]

    def quarantine_count(self) -> int:
        row = _one(self.con, "SELECT count(*) FROM quarantine")
        return int(row[0]) if row else 0

    def info(self) -> dict[str, Any]:
        """Datasets, counts, date range, ingest runs and quarantine counts (the ``detente info`` JSON)."""
        datasets = self.datasets()
        return {
            "store": self.path,
            "schema_version": self.schema_version(),
            "events": self.count(),
            "quarantined": self.quarantine_count(),
            "first": min((d["first"] for d in datasets), default=None),
            "last": max((d["last"] for d in datasets), default=None),
            "datasets": datasets,
            "ingest_runs": self.ingest_runs(),
            "milestones": int((_one(self.con, "SELECT count(*) FROM milestones") or (0,))[0]),
        }


def _names_archive(path: str) -> bool:
    if path == ":memory:":
        return False
    return is_remote(path) or (Path(path) / CATALOG).is_file()


def _archive_folder_ok(target: str) -> bool:
    """A folder is taken as an archive when it is one, or is empty; any other folder is refused as before."""
    p = Path(target)
    if not p.is_dir():
        return True
    return (p / CATALOG).exists() or not any(p.iterdir())


def monthly_summary(store: Store, query: EventQuery) -> list[dict[str, Any]]:
    """Per month: events, mean Goldstein, and the share of each QuadClass (for the report's overview charts)."""
    where, params = query.where()
    sql = f"""
        SELECT date_trunc('month', date)::DATE AS month, count(*) AS events,
               avg(goldstein) AS goldstein_mean,
               sum(goldstein) / nullif(sum(abs(goldstein)), 0) AS balance,
               avg((quad_class = 1)::INT) AS q1, avg((quad_class = 2)::INT) AS q2,
               avg((quad_class = 3)::INT) AS q3, avg((quad_class = 4)::INT) AS q4
        FROM events{where} GROUP BY 1 ORDER BY 1
    """
    cur = store.con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
