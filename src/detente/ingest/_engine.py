"""Stream native event files into the store: open, detect the layout, normalise in DuckDB, upsert in batches.

One input (a file, or one member of a zip archive) is one ingest run and one transaction: either everything it
yields is stored (good rows upserted, bad rows quarantined with their raw text and reason) or, when the file
turns out to be truncated or corrupt, nothing is.
"""

from __future__ import annotations

import gzip
import logging
import re
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detente.errors import ConfigError, FormatError, IngestError, is_interrupt
from detente.ingest._inputs import check_inputs, column_positions, expand_paths, first_line, plain_inputs
from detente.ingest._layouts import Layout, detect_layout
from detente.ingest._lines import (
    LINE_LIMIT,
    Plain,
    Scan,
    ScanCancelled,
    invalid_utf8_reason,
    line_batches,
    long_line_reason,
    open_plain,
    physical_lines,
    scan_lines,
)
from detente.ingest._normalise import (
    NUCLEAR_PATTERN,
    WRONG_COUNT,
    install_macros,
    normalise_sql,
    raw_columns,
)
from detente.ingest._small import SmallFile, batches, read_small, rows_sql
from detente.reference import ReferenceTables, reference_tables
from detente.store import ENGINES, EVENT_FIELDS, IngestRun, Store, ingest_files

log = logging.getLogger(__name__)

__all__ = ["IngestProgress", "IngestResult", "ProgressFn", "expand_paths", "ingest_paths"]

#: rows per batch handed to the store (memory stays flat: at most one batch is held at a time)
BATCH_ROWS = 250_000
MENTIONS_DATASET = "gdelt-mentions"
#: DuckDB's memory cap while it reads a file into the store: small, since it spills what does not fit; with it
#: the ingest of 5M GDELT rows peaks within 1.1x the peak at 1M (benchmarks/ingest, docs/ingest.md)
INGEST_MEMORY_LIMIT = "128MB"


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """Where one input stands: rows read so far, and whether it is finished."""

    input: str
    rows: int
    seconds: float
    done: bool = False
    phase: str = "read"  # "read": rows read (estimated while a file is counted); "store": rows being stored

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0


ProgressFn = Callable[[IngestProgress], None]


@dataclass(frozen=True, slots=True)
class IngestResult:
    """The record of one ingested input: its layout and the conservation counts of its run."""

    input: str
    dataset: str
    layout: str
    run_id: int
    rows_read: int
    stored: int
    duplicate: int
    quarantined: int
    seconds: float
    #: the input's data lines counted from its bytes (every one is stored, a duplicate or quarantined)
    data_lines: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in self.__slots__}


#: bad rows whose raw text is fetched from the file in one pass; more than this triggers a pass mid-file
PENDING_LIMIT = 50_000


def _quarantine_pending(run: IngestRun, plain: Plain, pending: list[tuple[int, str]], n_fields: int) -> None:
    """Quarantine the rows the SQL refused, with their raw text read back from the file by line number (bad
    rows are rare, so the reader never materialises raw text for every row). Clears ``pending``."""
    if not pending:
        return
    wanted = dict(pending)
    last = max(wanted)
    with open_plain(plain) as fh:
        for number, data, _ in physical_lines(fh):
            if number in wanted:
                raw = data.rstrip(b"\r").decode("utf-8", errors="backslashreplace")
                reason = wanted[number]
                if reason == WRONG_COUNT:
                    reason = f"{WRONG_COUNT}: {raw.count(chr(9)) + 1} tab-separated fields, expected {n_fields}"
                run.reject(number, raw, reason)
            if number >= last:
                break
    pending.clear()


def _line_numbers(k: np.ndarray, first_row_line: int, skipped: np.ndarray) -> np.ndarray:
    """Physical line numbers of the rows the reader returned as its ``k``-th (0-based), given the sorted
    data-line indexes (0-based from the first data line) of the lines it skipped."""
    if skipped.size:
        k = k + np.searchsorted(skipped - np.arange(skipped.size), k, side="right")
    return k + first_row_line


def _reader_sql(plain: Plain, layout: Layout, n_fields: int) -> str:
    """DuckDB's reader of ``plain``: a relation of the fields of each row it returns (:func:`raw_columns`) and
    ``line``, the row's 0-based index among the rows it returns. Rows over :data:`LINE_LIMIT` and lines that are
    not UTF-8 or are empty are not returned, and a carriage return inside a line splits it: the byte scan tells
    when (:attr:`Scan.needs_line_reader`, :meth:`Scan.skipped`)."""
    compression = "gzip" if plain.gzipped else "none"
    path_sql = "'" + str(plain.path).replace("'", "''") + "'"
    columns = ", ".join(f"'{c}': 'VARCHAR'" for c in raw_columns(n_fields))
    options = (
        f"delim = chr(9), header = false, columns = {{{columns}}}, quote = '', escape = '', "
        "auto_detect = false, ignore_errors = true, strict_mode = false, null_padding = true, "
        f"nullstr = chr(2), max_line_size = {LINE_LIMIT}, compression = '{compression}'"
        + (", skip = 1" if layout.header else "")
    )
    return f"(SELECT *, row_number() OVER () - 1 AS line FROM read_csv({path_sql}, {options}))"


def _read_sql(plain: Plain, layout: Layout, positions: dict[str, int], n_fields: int) -> str:
    """DuckDB SQL reading ``plain`` and normalising its rows (``prov_row``: the reader's 0-based row index)."""
    return normalise_sql(layout, positions, _reader_sql(plain, layout, n_fields), n_fields=n_fields,
                         prov_file=plain.name)


def _split_sql(n_fields: int, table: str) -> str:
    """A relation of the fields of each line of ``table`` (columns ``line`` and ``l``), split on tabs as the
    reader splits them: empty fields '', missing ones NULL."""
    parts = ", ".join(f"_p[{i + 1}] AS {c}" for i, c in enumerate(raw_columns(n_fields)))
    return f"(SELECT {parts}, line FROM (SELECT string_split(l, chr(9)) AS _p, line FROM {table}))"


T = TypeVar("T")


class _Background:
    """``work()`` run in a daemon thread (:meth:`start`); its result, or the error it raised, handed back.

    Built for Ctrl+C, which Python raises in the main thread at any moment: waiting is done on events, never
    with ``Thread.join`` (a Ctrl+C inside ``join`` makes Python 3.11 mark a running thread as stopped, so a
    later ``join`` returns while it still runs, and DuckDB, still busy on the connection, refuses the rollback
    or aborts the process at exit); and a Ctrl+C that lands while the thread is being started is safe too:
    :meth:`stop` either sees that the work began (then :meth:`settle` waits for it) or keeps it from beginning.
    """

    def __init__(self, work: Callable[[], Any], name: str) -> None:
        self._result: list[Any] = []
        self._error: list[BaseException] = []
        self._began = threading.Event()
        self._cancelled = threading.Event()
        self._done = threading.Event()

        def run() -> None:
            self._began.set()
            try:
                if not self._cancelled.is_set():
                    self._result.append(work())
            except BaseException as err:  # handed back to the calling thread
                self._error.append(err)
            finally:
                self._done.set()

        self.thread = threading.Thread(target=run, name=name, daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> bool:
        """Keep the work from beginning if it has not; whether it began (and must be settled)."""
        self._cancelled.set()
        return self._began.is_set()

    def wait(self, timeout: float) -> bool:
        """Wait at most ``timeout`` seconds; whether ``work`` has finished."""
        return self._done.wait(timeout)

    def settle(self, nudge: Callable[[], None] | None = None) -> None:
        """Wait until ``work`` has finished, calling ``nudge`` (which asks it to end) five times a second;
        a further Ctrl+C meanwhile is raised once it has."""
        interrupted: BaseException | None = None
        while not self._done.is_set():
            try:
                if nudge is not None:
                    nudge()
                self._done.wait(0.2)
            except KeyboardInterrupt as err:
                interrupted = interrupted or err
        if interrupted is not None:
            raise interrupted

    def error(self) -> BaseException | None:
        """The error ``work`` raised, if it has finished with one."""
        return self._error[0] if self._error else None

    def result(self) -> Any:
        """Wait for ``work``; its result, or its error raised here."""
        self.settle()
        if self._error:
            raise self._error[0]
        return self._result[0]


def _watched(con: duckdb.DuckDBPyConnection, work: Callable[[], T], on_percent: Callable[[float], None] | None,
             abort: Callable[[], BaseException | None] | None = None) -> T:
    """Run ``work`` (one statement on ``con``) in a worker thread while this thread reports DuckDB's progress
    of it (percent) to ``on_percent`` twice a second; Ctrl+C interrupts the statement, and so does ``abort``
    returning an error (which is then raised). Either way no statement runs on ``con`` when this returns."""
    if on_percent is None and abort is None:
        return work()
    worker = _Background(work, "detente-ingest")
    try:
        con.execute("SET enable_progress_bar = true")
        con.execute("SET enable_progress_bar_print = false")
        worker.start()
        while not worker.wait(0.5):
            stop = None if abort is None else abort()
            if stop is not None:
                raise stop
            if on_percent is not None:
                percent = con.query_progress()
                if percent >= 0:
                    on_percent(min(percent, 100.0))
    except BaseException:
        if worker.stop():
            worker.settle(con.interrupt)
        raise
    finally:
        with suppress(duckdb.Error):  # an interrupted statement leaves the transaction aborted until rollback
            con.execute("SET enable_progress_bar = false")
    result: T = worker.result()
    return result


def _estimated_rows(plain: Plain) -> int:
    """Rows in ``plain`` estimated from its size and the length of its first lines (for progress only)."""
    try:
        size = plain.path.stat().st_size
        with (gzip.open if plain.path.name.lower().endswith(".gz") else open)(plain.path, "rb") as fh:
            head: bytes = fh.read(1 << 16)
    except (OSError, EOFError, zlib.error):
        return 0
    if plain.path.name.lower().endswith(".gz"):
        size *= 8  # a typical ratio for event files
    lines = head.count(b"\n")
    return int(size / (len(head) / lines)) if lines else 0


def _one_value(con: duckdb.DuckDBPyConnection, sql: str) -> Any:
    rows = con.execute(sql).fetchall()
    return rows[0][0] if rows else None


def _finished(run: IngestRun, plain: Plain, layout: Layout, run_dataset: str, started: float,
              progress: ProgressFn | None) -> IngestResult:
    """Report a committed run: the last progress call, a log line, and its result."""
    seconds = time.perf_counter() - started
    if progress is not None:
        progress(IngestProgress(plain.name, run.rows_read, seconds, done=True))
    log.info("%s: %s rows read, %s stored, %s duplicate, %s quarantined (%s)", plain.name, run.rows_read,
             run.stored, run.duplicate, run.quarantined, layout.name)
    return IngestResult(plain.name, run_dataset, layout.name, run.run_id, run.rows_read, run.stored,
                        run.duplicate, run.quarantined, seconds, run.data_lines)


class _Ingester:
    """Holds the parsing connection (in memory, separate from the store) for a series of inputs."""

    #: plain files are read by the store's own connection (the batch path serves the rest)
    reads_in_store = True
    #: consecutive small files of a folder are loaded in one transaction (not into a Parquet archive)
    loads_small_together = True

    def __init__(self, store: Store, *, tables: ReferenceTables, threads: int, batch_rows: int,
                 memory_limit: str | None = None) -> None:
        self.store = store
        self.memory_limit = memory_limit
        self.tables = tables
        self._store_ready = False
        self.batch_rows = batch_rows
        self._threads = threads
        self._con: duckdb.DuckDBPyConnection | None = None

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The parsing connection, with the reference tables, when first used (an input the store's own
        connection reads whole never needs it): this thread's one for the thread count (:func:`_parser`)."""
        if self._con is None:
            self._con = _parser(self._threads, self.tables)
        return self._con

    def close(self) -> None:
        """Done with the inputs: the parsing connection stays open for the next ingest of this thread."""
        self._con = None

    def ingest_small(self, files: list[SmallFile], dataset: str, progress: ProgressFn | None) -> list[IngestResult]:
        """Load small files together (:mod:`detente.ingest._small`): one statement, one transaction, a run each."""
        started = time.perf_counter()
        try:
            table = read_small(files)
        except BaseException:  # a file that turns out broken (or Ctrl+C): the batch fails as one
            with suppress(Exception):
                for small in files:
                    self.store.record_failed_run(input=small.name, dataset=dataset)
            raise
        con = self.store.con
        if not self._store_ready:
            install_macros(con, self.tables)
            self._store_ready = True
        con.register("_small_lines", table)
        try:
            runs = ingest_files(self.store, dataset=dataset, rows=rows_sql(files, "_small_lines"),
                                files=[f.data for f in files])
        finally:
            con.unregister("_small_lines")
        seconds = time.perf_counter() - started
        results = []
        for small, run in zip(files, runs, strict=True):
            if progress is not None:
                progress(IngestProgress(small.name, run.rows_read, seconds, done=True))
            results.append(IngestResult(small.name, dataset, small.layout.name, run.run_id, run.rows_read,
                                        run.stored, run.duplicate, run.quarantined, seconds / len(files),
                                        run.data_lines))
        log.info("%d small files: %d rows read, %d stored", len(files), sum(r.rows_read for r in results),
                 sum(r.stored for r in results))
        return results

    def ingest(self, plain: Plain, dataset: str, progress: ProgressFn | None) -> IngestResult:
        started = time.perf_counter()
        first = first_line(plain, dataset)
        layout = detect_layout(first, dataset, where=plain.name)
        columns = column_positions(layout, first, where=plain.name)
        n_fields = columns.pop("__n__")
        run_dataset = MENTIONS_DATASET if layout.name == "gdelt2-mentions" else dataset
        if self.reads_in_store and layout.name != "gdelt2-mentions":
            return self._ingest_in_store(plain, layout, columns, run_dataset, n_fields, started, progress)
        scan = scan_lines(plain)
        with self.store.ingest(input=plain.name, dataset=run_dataset, checksum=plain.checksum or scan.sha256) as run:
            self._load_batches(run, plain, layout, columns, n_fields, scan, started, progress)
        return _finished(run, plain, layout, run_dataset, started, progress)

    def _load_batches(self, run: IngestRun, plain: Plain, layout: Layout, positions: dict[str, int],
                      n_fields: int, scan: Scan, started: float, progress: ProgressFn | None) -> None:
        """Load ``plain`` through the batch path and hold the run to the scan's count of data lines: a reader
        that returned another number of rows is set aside and the file read again line by line (the scan's own
        rule); should even that disagree, the store refuses the run when it ends."""
        expected = scan.data_lines(layout.first_row_line)
        lines = self._line_reader(scan)
        self._ingest_batches(run, plain, layout, positions, n_fields, scan, started, progress, lines=lines)
        if run.rows_read != expected and not lines:
            log.warning("%s: the reader returned %d rows for %d data lines; reading it line by line instead",
                        plain.name, run.rows_read, expected)
            run.withdraw()
            self._ingest_batches(run, plain, layout, positions, n_fields, scan, started, progress, lines=True)
        run.expect_lines(expected)

    def _line_reader(self, scan: Scan) -> bool:
        """Whether to read the file line by line instead of with DuckDB's reader (which splits a line at a lone
        carriage return and drops lines over its size limit)."""
        return scan.needs_line_reader

    def _ingest_batches(self, run: IngestRun, plain: Plain, layout: Layout, positions: dict[str, int],
                        n_fields: int, scan: Scan, started: float, progress: ProgressFn | None, *,
                        lines: bool = False) -> None:
        """Load ``plain`` into ``run`` batch by batch through Python (Arrow), with the invalid UTF-8 lines and the
        lines over the size limit quarantined and every row's physical line number kept whatever lines the
        reader skips. ``lines``: read the file line by line (:func:`line_batches`) instead of with the reader."""
        first_row_line = layout.first_row_line
        for number, raw in [(n, raw) for n, raw in scan.bad if n >= first_row_line]:
            run.count_read(1)
            run.reject(number, raw.decode("utf-8", errors="backslashreplace"), invalid_utf8_reason(raw))
        for number, head, length in [g for g in scan.long if g[0] >= first_row_line]:
            run.count_read(1)
            run.reject(number, head.decode("utf-8", errors="backslashreplace"), long_line_reason(length))
        pending: list[tuple[int, str]] = []
        batches = (self._line_rows(plain, layout, positions, n_fields, scan) if lines
                   else self._batches(plain, layout, positions, n_fields, scan))
        for table in batches:
            self._take(run, table, layout, pending)
            if len(pending) >= PENDING_LIMIT:
                _quarantine_pending(run, plain, pending, n_fields)
            if progress is not None:
                progress(IngestProgress(plain.name, run.rows_read, time.perf_counter() - started))
        _quarantine_pending(run, plain, pending, n_fields)

    def _batches(self, plain: Plain, layout: Layout, positions: dict[str, int], n_fields: int,
                 scan: Scan) -> Iterator[pa.Table]:
        """The normalised rows of the file's valid, non-empty data lines, in file order, in batches; the
        column ``prov_row`` holds each row's physical line number."""
        sql = _read_sql(plain, layout, positions, n_fields)
        first_row_line = layout.first_row_line
        skipped = np.array([n - first_row_line for n in scan.skipped(first_row_line)], dtype=np.int64)
        with self._duckdb_errors(plain):
            for batch in self.con.sql(sql).to_arrow_reader(self.batch_rows):
                table = pa.Table.from_batches([batch])
                k = table.column("prov_row").to_numpy()
                lines = pa.array(_line_numbers(k, first_row_line, skipped))
                yield table.set_column(table.schema.get_field_index("prov_row"), "prov_row", lines)

    def _line_rows(self, plain: Plain, layout: Layout, positions: dict[str, int], n_fields: int,
                   scan: Scan) -> Iterator[pa.Table]:
        """:meth:`_batches` from the file read line by line (:func:`line_batches`): a carriage return inside a
        field stays in it, and ``prov_row`` is the physical line number."""
        sql = normalise_sql(layout, positions, _split_sql(n_fields, "_lines"), n_fields=n_fields,
                            prov_file=plain.name)
        skip = {n for n, _ in scan.bad}
        try:
            for table in line_batches(plain, first_row_line=layout.first_row_line, skip=skip,
                                      rows=self.batch_rows):
                self.con.register("_lines", table)
                try:
                    yield self.con.sql(sql).to_arrow_table()
                finally:  # an aborted transaction (Ctrl+C) refuses it until the rollback
                    with suppress(duckdb.Error):
                        self.con.unregister("_lines")
        except (OSError, EOFError, zlib.error) as err:
            raise FormatError(f"{plain.name}: the file is truncated or corrupt ({err}); nothing from it was "
                              "stored; download it again") from err

    def _rows_sql(self, plain: Plain, layout: Layout, positions: dict[str, int], n_fields: int) -> str:
        con = self.store.con
        if not self._store_ready:
            install_macros(con, self.tables)
            self._store_ready = True
        first_row_line = layout.first_row_line
        return (f"SELECT * REPLACE (prov_row + {first_row_line} AS prov_row) "
                f"FROM ({_read_sql(plain, layout, positions, n_fields)})")

    @contextmanager
    def _store_settings(self) -> Iterator[None]:
        """The store connection's settings for reading a file: the join build side fixed, and memory capped."""
        con = self.store.con
        # the reader's row estimate is tiny: without this DuckDB would build its join hash tables on the
        # file's rows (holding the whole file) instead of on the 312-row CAMEO table or the stored keys
        con.execute("SET disabled_optimizers = 'build_side_probe_side'")
        # DuckDB caches what it may; capped, it spills its hash tables to disk instead, and the process's
        # memory no longer grows with the file (the cap is lifted again afterwards)
        limit = _one_value(con, "SELECT current_setting('memory_limit')")
        if self.memory_limit:
            con.execute(f"SET memory_limit = '{self.memory_limit}'")
        try:
            yield
        finally:
            with suppress(duckdb.Error):  # an aborted transaction refuses settings until its rollback
                con.execute("RESET disabled_optimizers")
                con.execute("RESET memory_limit")  # exact when the default was in force
                if _one_value(con, "SELECT current_setting('memory_limit')") != limit:
                    con.execute(f"SET memory_limit = '{limit}'")

    @contextmanager
    def _duckdb_errors(self, plain: Plain) -> Iterator[None]:
        """DuckDB's errors on reading ``plain`` as detente's."""
        try:
            yield
        except (duckdb.IOException, duckdb.InvalidInputException) as err:
            raise FormatError(
                f"{plain.name}: the file is truncated or corrupt ({str(err).splitlines()[0]}); nothing "
                "from it was stored; download it again"
            ) from err
        except duckdb.OutOfMemoryException as err:
            raise IngestError(
                f"{plain.name}: the ingest ran out of its memory cap ({self.memory_limit}): "
                f"{str(err).splitlines()[0]}; nothing from it was stored; pass a larger memory_limit"
            ) from err

    def _ingest_in_store(self, plain: Plain, layout: Layout, positions: dict[str, int], run_dataset: str,
                         n_fields: int, started: float, progress: ProgressFn | None) -> IngestResult:
        """Load ``plain`` on the store's own connection, straight from the file: a counting pass, then one
        INSERT of the good rows the store lacks. The rows never cross into Python, and DuckDB writes a large
        insert to disk as it goes, so memory stays flat whatever the file's size.

        Meanwhile a thread scans the file's bytes (checksum, invalid UTF-8, empty lines): the insert keeps one
        core busy, the scan takes the other. Should the scan find lines the reader skips (rare), the run takes
        back what it added and loads the file through the batch path, which numbers such files' lines right."""
        con = self.store.con
        rows = self._rows_sql(plain, layout, positions, n_fields)
        first_row_line = layout.first_row_line
        cancel = threading.Event()
        scanner = _Background(lambda: scan_lines(plain, cancel=cancel), "detente-scan")
        # a broken file (or a bomb) found by the scan stops DuckDB's reader at once
        scan_error = scanner.error
        estimate = _estimated_rows(plain) if progress is not None else 0

        try:
            scanner.start()
            with self.store.ingest(input=plain.name, dataset=run_dataset, checksum=plain.checksum) as run:
                with self._store_settings(), self._duckdb_errors(plain):
                    total, good, ids, low, high, bad = _watched(con, lambda: con.execute(
                        f"""SELECT count(*), count(*) FILTER (_reason IS NULL),
                            count(event_id) FILTER (_reason IS NULL),
                            min(event_id) FILTER (_reason IS NULL), max(event_id) FILTER (_reason IS NULL),
                            count(*) FILTER (_reason IS NOT NULL)
                        FROM ({rows})"""
                    ).fetchall()[0], None if progress is None else lambda pct: progress(IngestProgress(
                        plain.name, int(estimate * pct / 100), time.perf_counter() - started)), scan_error)
                    run.count_read(int(total))
                    # every good row has an id: insert them as unique and drop the repeats afterwards
                    # (checking first would hold every id in memory; the check on the stored rows spills)
                    ids_only = ids == good and self.store.archive is None
                    _watched(con, lambda: run.add_query(
                        f"SELECT * EXCLUDE (_reason, _link) FROM ({rows}) WHERE _reason IS NULL", rows=int(good),
                        unique=ids_only, low=low, high=high,
                    ), None if progress is None else lambda pct: progress(IngestProgress(
                        plain.name, int(total * pct / 100), time.perf_counter() - started, phase="store")),
                        scan_error)
                    if ids_only:
                        run.drop_repeated_keys()
                    found: Scan = scanner.result()
                    run.checksum = plain.checksum or found.sha256
                    # the reader's rows must be the file's data lines; should it have skipped, split or lost
                    # lines (rare), the batch path loads the file again, numbering every line right
                    skipped = bool(found.skipped(first_row_line)) or found.needs_line_reader or (
                        int(total) != found.data_lines(first_row_line))
                    if skipped:
                        run.withdraw()
                    else:
                        run.expect_lines(found.data_lines(first_row_line))
                        # the refused rows (rare): their line numbers and reasons, then their raw text
                        pending: list[tuple[int, str]] = [
                            (int(line), str(reason)) for line, reason in con.execute(
                                f"SELECT prov_row, _reason FROM ({rows}) WHERE _reason IS NOT NULL").fetchall()
                        ] if bad else []
                if skipped:
                    self._load_batches(run, plain, layout, positions, n_fields, found, started, progress)
                else:
                    _quarantine_pending(run, plain, pending, n_fields)
        except BaseException as err:
            cancel.set()
            if scanner.stop():
                scanner.settle()
            failed = scanner.error()
            if failed is not None and not is_interrupt(err) and not isinstance(failed, ScanCancelled):
                raise failed from None  # the scan's error says more than DuckDB's reader about a broken file
            raise
        return _finished(run, plain, layout, run_dataset, started, progress)

    def _take(self, run: IngestRun, table: pa.Table, layout: Layout, pending: list[tuple[int, str]]) -> None:
        run.count_read(table.num_rows)
        self._store(run, table, layout, pending)

    def _store(self, run: IngestRun, part: pa.Table, layout: Layout, pending: list[tuple[int, str]]) -> None:
        bad_mask = pc.is_valid(part.column("_reason"))
        if pc.any(bad_mask).as_py():
            bad = part.filter(bad_mask).select(["prov_row", "_reason"])
            pending.extend(zip(bad.column(0).to_pylist(), bad.column(1).to_pylist(), strict=True))
            part = part.filter(pc.invert(bad_mask))
        if part.num_rows == 0:
            return
        if layout.name == "gdelt2-mentions":
            part = self._link_mentions(part, pending)
            if part.num_rows == 0:
                return
        run.add(part.select([c for c in EVENT_FIELDS if c in part.column_names and c != "dataset"]))

    def _link_mentions(self, part: pa.Table, pending: list[tuple[int, str]]) -> pa.Table:
        """Give each mention the date, actors and code of the GDELT event it mentions (read from the store);
        a mention of an event the store does not hold is queued in ``pending`` for quarantine (its raw line is
        read back from the file)."""
        event_cols = ("date", "source", "target", "code", "source_country", "target_country", "source_name",
                      "target_name", "root", "quad_class", "goldstein", "plover_event", "plover_mode",
                      "plover_context", "track", "location")
        keep = [c for c in part.column_names if c not in event_cols]
        con = self.store.con
        events = _linked_events(con, part.column("_link"), event_cols)
        con.register("_mentions", part.select(keep))
        con.register("_mentioned", events)
        try:
            linked = con.sql(
                f"SELECT m.*, e.event_id IS NOT NULL AS _found, {', '.join('e.' + c for c in event_cols)} "
                "FROM _mentions m LEFT JOIN _mentioned e ON e.event_id = m._link"
            ).to_arrow_table()
        finally:  # an aborted transaction (Ctrl+C) refuses it until the rollback
            with suppress(duckdb.Error):
                con.unregister("_mentions")
                con.unregister("_mentioned")
        found = linked.column("_found")
        if not pc.all(found).as_py():
            for row in linked.filter(pc.invert(found)).select(["prov_row", "_link"]).to_pylist():
                pending.append((row["prov_row"], f"mention of GDELT event {row['_link']}, which is not in the "
                                                 "store: ingest its events file first"))
            linked = linked.filter(found)
        nuclear = pc.fill_null(pc.match_substring_regex(linked.column("url"), NUCLEAR_PATTERN, ignore_case=True),
                               False)
        track = pc.if_else(nuclear, pa.scalar("denuclearization"), linked.column("track"))
        return linked.set_column(linked.schema.get_field_index("track"), "track", track)


#: how many stored rows of the newest ingest runs a Mentions file's links are looked for in first (see
#: :func:`_linked_events`): about three days of the GDELT 2.0 feed
RECENT_ROWS = 1_000_000


def _linked_events(con: duckdb.DuckDBPyConnection, links: pa.ChunkedArray, columns: Sequence[str]) -> pa.Table:
    """The stored GDELT events (``event_id`` and ``columns``) whose ids are among ``links``.

    A Mentions file names mostly events published in the same or recent intervals, whose rows the store holds
    together at the end of its table (each run's rows are appended), so the ids are looked for first among the
    rows of the newest runs that stored at most :data:`RECENT_ROWS` rows together: DuckDB skips every older row
    group by its ``run_id`` range instead of reading the event ids of the whole store. Only the ids not found
    there are looked for among the other stored events (a scan of every GDELT event id). The answer is the same
    as one search of all of them."""
    ids = pc.unique(pc.drop_null(links).combine_chunks())
    select = (f"SELECT e.event_id, {', '.join('e.' + c for c in columns)} FROM events e "
              "SEMI JOIN _link_ids i ON e.event_id = i.id WHERE e.dataset = 'gdelt' AND ")
    # the newest runs whose rows add up to at most RECENT_ROWS (none when the newest run alone holds more)
    floor = int(_one_value(con, f"""
        SELECT coalesce(min(run_id), (SELECT coalesce(max(run_id), 0) FROM ingest_runs) + 1) - 1 FROM (
            SELECT run_id, sum(stored) OVER (ORDER BY run_id DESC) AS upto FROM ingest_runs WHERE status = 'ok'
        ) WHERE upto <= {int(RECENT_ROWS)}"""))
    parts: list[pa.Table] = []
    for where in (f"e.run_id > {floor}", f"(e.run_id <= {floor} OR e.run_id IS NULL)"):
        if parts and len(ids) == 0:
            break
        con.register("_link_ids", pa.table({"id": ids}))
        try:
            found = con.sql(select + where).to_arrow_table()
        finally:  # an aborted transaction (Ctrl+C) refuses it until the rollback
            with suppress(duckdb.Error):
                con.unregister("_link_ids")
        parts.append(found)
        ids = pc.filter(ids, pc.invert(pc.is_in(ids, value_set=found.column("event_id").combine_chunks())))
    return pa.concat_tables(parts)


#: this thread's parsing connections by thread count (:func:`_parser`)
_PARSERS = threading.local()


def _parser(threads: int, tables: ReferenceTables) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection that parses files, with the reference ``tables`` and the lookups: one per
    thread and thread count, kept from one ingest to the next (opening one and giving it the tables and the
    lookups costs about 35 ms, which the watch paid for every mentions file). It holds nothing between ingests
    but the reference tables: each input's lines are registered and unregistered around its statement."""
    held: dict[int, duckdb.DuckDBPyConnection] | None = getattr(_PARSERS, "by_threads", None)
    if held is None:
        held = _PARSERS.by_threads = {}
    con = held.get(threads)
    if con is None:
        config: dict[str, str | bool | int | float | list[str]] = {"threads": threads} if threads else {}
        con = duckdb.connect(":memory:", config=config)
        con.execute("SET preserve_insertion_order = true")
        # the reader's row estimate is tiny, so DuckDB would build its join hash table on the file's rows
        # (holding the whole file) instead of on the 312-row CAMEO table; keep the written order
        con.execute("SET disabled_optimizers = 'build_side_probe_side'")
        held[threads] = con
    install_macros(con, tables)  # nothing to do when it holds these tables already
    return con


def ingest_paths(
    store: Store,
    dataset: str,
    paths: Sequence[str | Path],
    *,
    progress: ProgressFn | None = None,
    tables: ReferenceTables | None = None,
    threads: int = 0,
    batch_rows: int = BATCH_ROWS,
    engine: str = "duckdb",
    session: Any = None,
    memory_limit: str | None = INGEST_MEMORY_LIMIT,
    together: bool = True,
) -> list[IngestResult]:
    """Ingest every file named by ``paths`` (files, folders, globs; .zip and .gz read in place) as ``dataset``
    (``gdelt``, ``icews`` or ``polecat``); one ingest run per input, in order. GDELT Mentions files go to the
    ``gdelt-mentions`` dataset, linked to GDELT events already in the store.

    Every input is checked before the first is stored (:func:`check_inputs`): one that matches no layout or
    cannot be read raises :class:`InputError` and nothing is stored. One found truncated or corrupt while it is
    read raises :class:`FormatError`; nothing of it is stored (inputs before it stay stored).

    ``engine="spark"`` normalises on Spark (``session``, or a local one started for it); the rows stored and
    quarantined are the same as with ``duckdb``.

    ``memory_limit`` caps DuckDB's memory while it reads a file into the store (a DuckDB size such as
    ``"128MB"``; ``None``: DuckDB's default of 80% of RAM), so that memory stays flat whatever the file's size;
    what does not fit spills to a temporary folder beside the store.

    ``together``: consecutive small files (up to 256 KB) of one folder that share a layout are loaded in one
    transaction, one run each (:mod:`detente.ingest._small`; 10,000 one-row files in seconds instead of
    minutes); ``False`` loads every file on its own (the comparison in ``benchmarks/ingest/small_files.py``).
    """
    if memory_limit is not None and not re.fullmatch(r"\d+(\.\d+)?\s*[KMGT]i?B", memory_limit.strip(), re.I):
        raise ConfigError(f"memory_limit {memory_limit!r} is not a size; write it like 128MB or 2GB")
    if engine not in ENGINES:
        raise ConfigError(f"engine {engine!r} is not known; use one of: {', '.join(ENGINES)}")
    files = expand_paths(paths)
    firsts = check_inputs(files, dataset)
    ingester: _Ingester
    if engine == "spark":
        from detente.ingest._spark import SparkIngester

        ingester = SparkIngester(store, tables=tables or reference_tables(), session=session, threads=threads,
                                 batch_rows=batch_rows)
    else:
        ingester = _Ingester(store, tables=tables or reference_tables(), threads=threads, batch_rows=batch_rows,
                             memory_limit=memory_limit)
    results: list[IngestResult] = []
    current: str | None = None  # the input under way, until its run is recorded
    try:
        together = together and ingester.loads_small_together and store.archive is None
        for item in batches(files, dataset, firsts) if together else files:
            if isinstance(item, list):  # small files of one folder: one transaction, one run each
                current = item[-1].name
                results += ingester.ingest_small(item, dataset, progress)
                current = None
                continue
            path = item
            current = str(path)
            with plain_inputs(path) as plains:
                for plain in plains:
                    current = plain.name
                    results.append(ingester.ingest(plain, dataset, progress))
            current = None
    except BaseException as err:
        if not is_interrupt(err):
            raise
        # Ctrl+C before the input's run began (a zip member being extracted, the layout being read): the
        # input is recorded as a failed run all the same (its run, once begun, records itself)
        if current is not None and store.last_run_input != current:
            with suppress(Exception):
                store.record_failed_run(input=current, dataset=dataset)
        if not isinstance(err, KeyboardInterrupt):  # DuckDB's word for a Ctrl+C during one of its statements
            raise KeyboardInterrupt from err
        raise
    finally:
        ingester.close()
    return results
