"""Verify a store: schema, counts against the ingest runs, orphan rows, codes against the reference tables.

Every query here only reads. :func:`check_store` runs each check on an open :class:`~detente.store.Store` and
returns a :class:`CheckReport`; :func:`check_path` opens the file read-only first and turns a store that cannot
be opened (damaged, or of a newer schema) into a failing report instead of an exception.

What each check holds the store to:

| check | holds when |
|---|---|
| ``schema_version`` | ``meta.schema_version`` equals this detente's schema version |
| ``tables`` | the tables and event columns of that schema are all present |
| ``run_status`` | every ingest run finished as ``ok`` or ``failed`` (none left ``running``) |
| ``run_conservation`` | for every ``ok`` run: rows read = stored + duplicate + quarantined |
| ``line_count`` | for every ``ok`` run read from a file: rows read = the data lines counted from its bytes |
| ``events_against_runs`` | every ``ok`` run holds exactly the events it stored (or none, when a later run of its |
|  | dataset replaced them), all of its own dataset |
| ``failed_runs_empty`` | no event or quarantined row belongs to a ``failed`` run |
| ``orphan_events`` | every event belongs to a recorded ingest run |
| ``orphan_quarantine`` | every quarantined row belongs to a recorded run; no run holds more than it counted |
| ``unique_keys`` | no two events of a dataset share a key |
| ``required_fields`` | no event lacks its key, date, actors, code or dataset |
| ``cameo_codes`` | every event code is in the pinned CAMEO table, its root matches, its QuadClass is 1-4 |
| ``plover_codes`` | every PLOVER event type is one the shipped crosswalk knows |
| ``tracks`` | every event and milestone track is one of detente's tracks |
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from detente.errors import SchemaError, StoreError, StoreLocked
from detente.model import TRACKS
from detente.reference import ReferenceTables, reference_tables
from detente.store._duckdb import Store
from detente.store._schema import EVENT_FIELDS, SCHEMA_VERSION

log = logging.getLogger(__name__)

__all__ = ["CheckReport", "CheckResult", "check_path", "check_store"]

#: how many offending rows a detail names before it only counts the rest
_SHOW = 5
#: the store's own tables (not a temporary table of this connection)
_MAIN = "database_name = current_database() AND schema_name = 'main'"
_TABLES = ("meta", "ingest_runs", "events", "quarantine", "milestones", "policy_periods", "feed_files", "alerts")


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check: its name, whether it holds, and a one-line detail (what was found, or what to do)."""

    name: str
    ok: bool
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The checks run on one store, in order. ``ok`` when every one holds."""

    store: str
    checks: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def failed(self) -> tuple[CheckResult, ...]:
        return tuple(c for c in self.checks if not c.ok)

    def to_dict(self) -> dict[str, Any]:
        return {"store": self.store, "ok": self.ok, "checks": [c.to_dict() for c in self.checks]}

    def to_text(self, shown: Callable[[str], str] = str) -> str:
        """The report as lines of text; ``shown`` renders the store's name and each detail (which may quote
        names and values from the data) for where the text goes (the CLI makes control characters visible)."""
        width = max((len(c.name) for c in self.checks), default=0)
        lines = [f"store {shown(self.store)}"]
        lines += [f"  {'ok  ' if c.ok else 'FAIL'}  {c.name.ljust(width)}  {shown(c.detail)}" for c in self.checks]
        if self.ok:
            lines.append(f"all {len(self.checks)} checks passed")
        else:
            lines.append(
                f"{len(self.failed)} of {len(self.checks)} checks failed: "
                f"{', '.join(c.name for c in self.failed)}. The store is damaged or was written by a faulty "
                "detente: re-ingest into a new store (--store NEW), and report this with the output of "
                "'detente check --format json'"
            )
        return "\n".join(lines)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    return con.execute(sql, params or []).fetchall()


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> int:
    rows = _rows(con, sql, params)
    return int(rows[0][0]) if rows else 0


def _some(items: list[str]) -> str:
    shown = ", ".join(items[:_SHOW])
    more = len(items) - _SHOW
    return shown + (f" and {more} more" if more > 0 else "")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _schema_version(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    rows = _rows(con, "SELECT value FROM meta WHERE key = 'schema_version'")
    if not rows:
        return CheckResult("schema_version", False, "meta holds no schema_version; this is not a detente store")
    found = str(rows[0][0])
    if found != str(SCHEMA_VERSION):
        return CheckResult("schema_version", False,
                           f"schema version {found}, this detente writes {SCHEMA_VERSION}; upgrade detente")
    return CheckResult("schema_version", True, f"schema version {found}")


def _tables(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    present = {str(r[0]) for r in _rows(con, f"SELECT table_name FROM duckdb_tables() WHERE {_MAIN}")}
    missing = [t for t in _TABLES if t not in present]
    if missing:
        return CheckResult("tables", False, f"missing tables: {', '.join(missing)}")
    columns = {str(r[0]) for r in _rows(
        con, f"SELECT column_name FROM duckdb_columns() WHERE table_name = 'events' AND {_MAIN}")}
    lacking = [c for c in ("key", "run_id", *EVENT_FIELDS) if c not in columns]
    if lacking:
        return CheckResult("tables", False, f"the events table lacks columns: {_some(lacking)}")
    return CheckResult("tables", True, f"{len(_TABLES)} tables, {len(columns)} event columns")


def _run_status(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    rows = _rows(con, "SELECT run_id, status FROM ingest_runs WHERE status NOT IN ('ok', 'failed') ORDER BY run_id")
    if rows:
        return CheckResult("run_status", False,
                           f"{len(rows)} runs neither ok nor failed: {_some([f'run {r[0]} ({r[1]})' for r in rows])}")
    n = _count(con, "SELECT count(*) FROM ingest_runs")
    failed = _count(con, "SELECT count(*) FROM ingest_runs WHERE status = 'failed'")
    return CheckResult("run_status", True, f"{n} runs, {failed} failed (kept nothing)")


def _run_conservation(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    rows = _rows(
        con,
        "SELECT run_id, rows_read, stored, duplicate, quarantined FROM ingest_runs "
        "WHERE status = 'ok' AND (rows_read != stored + duplicate + quarantined "
        "OR least(rows_read, stored, duplicate, quarantined) < 0) ORDER BY run_id",
    )
    if rows:
        bad = [f"run {r[0]}: read {r[1]} != {r[2]} + {r[3]} + {r[4]}" for r in rows]
        return CheckResult("run_conservation", False, f"{len(rows)} runs break conservation: {_some(bad)}")
    total = _rows(con, "SELECT coalesce(sum(rows_read), 0), coalesce(sum(stored), 0), coalesce(sum(duplicate), 0), "
                       "coalesce(sum(quarantined), 0) FROM ingest_runs WHERE status = 'ok'")[0]
    return CheckResult("run_conservation", True,
                       f"rows read {total[0]} = stored {total[1]} + duplicate {total[2]} + quarantined {total[3]}")


def _line_count(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    rows = _rows(con, "SELECT run_id, input, rows_read, data_lines FROM ingest_runs WHERE status = 'ok' "
                      "AND data_lines IS NOT NULL AND rows_read != data_lines ORDER BY run_id")
    if rows:
        bad = [f"run {r[0]} ({r[1]}): read {r[2]} rows of {r[3]} data lines" for r in rows]
        return CheckResult("line_count", False, f"{len(rows)} runs did not read every data line: {_some(bad)}")
    counted, lines = _rows(con, "SELECT count(*), coalesce(sum(data_lines), 0) FROM ingest_runs "
                                "WHERE status = 'ok' AND data_lines IS NOT NULL")[0]
    other = _count(con, "SELECT count(*) FROM ingest_runs WHERE status = 'ok' AND data_lines IS NULL")
    detail = f"{_plural(counted, 'run')} read all {lines} data lines their files have"
    if other:
        detail += (f"; {_plural(other, 'run')} loaded otherwise (the bundled record, imports, events from Python) "
                   "or recorded before line counts")
    return CheckResult("line_count", True, detail)


def _events_against_runs(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    rows = _rows(
        con,
        """
        WITH held AS (SELECT run_id, count(*) AS n FROM events GROUP BY run_id),
        runs AS (
            SELECT r.run_id, r.dataset, r.stored, coalesce(h.n, 0) AS n,
                   EXISTS (SELECT 1 FROM ingest_runs l WHERE l.dataset = r.dataset AND l.status = 'ok'
                           AND l.run_id > r.run_id) AS replaced
            FROM ingest_runs r LEFT JOIN held h ON h.run_id = r.run_id WHERE r.status = 'ok'
        )
        SELECT run_id, dataset, stored, n, replaced FROM runs
        WHERE n != stored AND NOT (n = 0 AND replaced) ORDER BY run_id
        """,
    )
    problems = [f"run {r[0]} ({r[1]}) stored {r[2]} but holds {r[3]}" for r in rows]
    mixed = _rows(
        con,
        "SELECT e.run_id, r.dataset, e.dataset, count(*) FROM events e JOIN ingest_runs r ON r.run_id = e.run_id "
        "WHERE e.dataset != r.dataset GROUP BY ALL ORDER BY 1",
    )
    problems += [f"run {r[0]} ({r[1]}) holds {r[3]} events of dataset {r[2]}" for r in mixed]
    if problems:
        return CheckResult("events_against_runs", False, f"{len(problems)} mismatches: {_some(problems)}")
    n = _count(con, "SELECT count(*) FROM events")
    return CheckResult("events_against_runs", True, f"{n} events, each run holds what it stored")


def _failed_runs_empty(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    events = _count(con, "SELECT count(*) FROM events WHERE run_id IN "
                         "(SELECT run_id FROM ingest_runs WHERE status = 'failed')")
    quarantined = _count(con, "SELECT count(*) FROM quarantine WHERE run_id IN "
                              "(SELECT run_id FROM ingest_runs WHERE status = 'failed')")
    if events or quarantined:
        return CheckResult("failed_runs_empty", False,
                           f"failed runs hold {events} events and {quarantined} quarantined rows; they must hold none")
    return CheckResult("failed_runs_empty", True, "failed runs hold nothing")


def _orphan_events(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    rows = _rows(
        con,
        "SELECT coalesce(CAST(run_id AS VARCHAR), 'none'), dataset, count(*) FROM events "
        "WHERE run_id IS NULL OR run_id NOT IN (SELECT run_id FROM ingest_runs) GROUP BY ALL ORDER BY 1",
    )
    if rows:
        n = sum(int(r[2]) for r in rows)
        return CheckResult("orphan_events", False,
                           f"{n} events belong to no recorded ingest run: "
                           f"{_some([f'{r[2]} of {r[1]} with run {r[0]}' for r in rows])}")
    return CheckResult("orphan_events", True, "every event belongs to a recorded run")


def _orphan_quarantine(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    orphans = _count(con, "SELECT count(*) FROM quarantine WHERE run_id IS NULL "
                          "OR run_id NOT IN (SELECT run_id FROM ingest_runs)")
    over = _rows(
        con,
        "SELECT r.run_id, r.quarantined, q.n FROM ingest_runs r JOIN "
        "(SELECT run_id, count(*) AS n FROM quarantine GROUP BY run_id) q ON q.run_id = r.run_id "
        "WHERE q.n > r.quarantined ORDER BY 1",
    )
    problems: list[str] = []
    if orphans:
        problems.append(f"{orphans} quarantined rows belong to no recorded ingest run")
    problems += [f"run {r[0]} counted {r[1]} quarantined but holds {r[2]}" for r in over]
    if problems:
        return CheckResult("orphan_quarantine", False, _some(problems))
    n = _count(con, "SELECT count(*) FROM quarantine")
    return CheckResult("orphan_quarantine", True, f"{n} quarantined rows, each with its run")


def _unique_keys(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    rows = _rows(con, "SELECT dataset, key, count(*) FROM events GROUP BY dataset, key HAVING count(*) > 1 "
                      "ORDER BY 3 DESC, 1, 2 LIMIT 100")
    if rows:
        return CheckResult("unique_keys", False,
                           f"keys stored more than once: {_some([f'{r[0]}:{r[1]} x{r[2]}' for r in rows])}")
    return CheckResult("unique_keys", True, "each event key is stored once per dataset")


def _required_fields(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    fields = ("key", "date", "source", "target", "code", "dataset")
    sums = ", ".join(f"count(*) FILTER (WHERE {f} IS NULL)" for f in fields)
    row = _rows(con, f"SELECT {sums} FROM events")[0]
    missing = [f"{n} without {f}" for f, n in zip(fields, row, strict=True) if n]
    if missing:
        return CheckResult("required_fields", False, f"events lacking required fields: {', '.join(missing)}")
    return CheckResult("required_fields", True, "every event has key, date, actors, code and dataset")


def _cameo_codes(con: duckdb.DuckDBPyConnection, tables: ReferenceTables) -> CheckResult:
    rows = _rows(con, "SELECT code, root, quad_class, count(*) FROM events WHERE code IS NOT NULL GROUP BY ALL")
    problems: list[str] = []
    for code, root, quad, n in sorted(rows, key=lambda r: (str(r[0]), str(r[1]), str(r[2]))):
        entry = tables.cameo.get(str(code))
        if entry is None:
            problems.append(f"code {code!r} ({n} events) is not in the CAMEO table")
        elif root is not None and str(root) != entry.root:
            problems.append(f"code {code!r} has root {root!r}, the table says {entry.root!r} ({n} events)")
        if quad is not None and int(quad) not in (1, 2, 3, 4):
            problems.append(f"code {code!r} has QuadClass {quad} ({n} events)")
    if problems:
        return CheckResult("cameo_codes", False, f"{len(problems)} code problems: {_some(problems)}")
    return CheckResult("cameo_codes", True, f"{len(rows)} code/root/QuadClass combinations, all in the CAMEO table")


def _plover_codes(con: duckdb.DuckDBPyConnection, tables: ReferenceTables) -> CheckResult:
    known = {m.event for m in tables.plover.values()}
    rows = _rows(con, "SELECT plover_event, count(*) FROM events WHERE plover_event IS NOT NULL GROUP BY ALL "
                      "ORDER BY 1")
    unknown = [f"{r[0]!r} ({r[1]} events)" for r in rows if str(r[0]) not in known]
    if unknown:
        return CheckResult("plover_codes", False, f"PLOVER event types the crosswalk does not know: {_some(unknown)}")
    return CheckResult("plover_codes", True, f"{len(rows)} PLOVER event types, all known")


def _tracks(con: duckdb.DuckDBPyConnection, _: ReferenceTables) -> CheckResult:
    allowed = list(TRACKS)
    marks = ", ".join("?" for _ in allowed)
    rows = _rows(con, f"SELECT 'events', track, count(*) FROM events WHERE track IS NULL OR track NOT IN ({marks}) "
                      f"GROUP BY ALL UNION ALL SELECT 'milestones', track, count(*) FROM milestones "
                      f"WHERE track NOT IN ({marks}) GROUP BY ALL ORDER BY 1, 2", allowed + allowed)
    if rows:
        return CheckResult("tracks", False, f"unknown tracks: {_some([f'{r[0]} {r[1]!r} x{r[2]}' for r in rows])}")
    return CheckResult("tracks", True, f"every track is one of {', '.join(TRACKS)}")


_Check = Callable[[duckdb.DuckDBPyConnection, ReferenceTables], CheckResult]

#: the checks, in the order they run (the first two gate the rest: without the schema nothing else can be read)
CHECKS: tuple[tuple[str, _Check], ...] = (
    ("schema_version", _schema_version),
    ("tables", _tables),
    ("run_status", _run_status),
    ("run_conservation", _run_conservation),
    ("line_count", _line_count),
    ("events_against_runs", _events_against_runs),
    ("failed_runs_empty", _failed_runs_empty),
    ("orphan_events", _orphan_events),
    ("orphan_quarantine", _orphan_quarantine),
    ("unique_keys", _unique_keys),
    ("required_fields", _required_fields),
    ("cameo_codes", _cameo_codes),
    ("plover_codes", _plover_codes),
    ("tracks", _tracks),
)


def check_store(store: Store, *, tables: ReferenceTables | None = None) -> CheckReport:
    """Run every check on ``store`` (read-only queries) and return the report; never raises for what it finds."""
    ref = tables or reference_tables()
    results: list[CheckResult] = []
    for name, check in CHECKS:
        if name not in ("schema_version", "tables") and not all(r.ok for r in results[:2]):
            results.append(CheckResult(name, False, "not run: the store's schema is not readable"))
            continue
        try:
            results.append(check(store.con, ref))
        except duckdb.Error as err:
            first = str(err).splitlines()[0] if str(err) else type(err).__name__
            results.append(CheckResult(name, False, f"the query failed ({first})"))
    log.info("checked %s: %d of %d checks passed", store.path, sum(r.ok for r in results), len(results))
    return CheckReport(store.path, tuple(results))


def check_path(path: str | Path) -> CheckReport:
    """Open the store at ``path`` read-only and check it. A store that cannot be opened as a detente store
    (damaged, not DuckDB, or of a newer schema) gives a failing report; a missing file raises
    :class:`StoreError` and a store being written raises :class:`StoreLocked` (both say what to do)."""
    target = str(path)
    if target != ":memory:" and "://" not in target and not Path(target).exists():
        raise StoreError(f"no store at {target}; pass --store with the path of an existing store")
    try:
        store = Store.open(target, read_only=True)
    except StoreLocked:
        raise
    except SchemaError as err:
        if _is_empty(target):  # created, then stopped before its schema was committed: nothing to lose
            return CheckReport(target, (CheckResult(
                "schema_version", True, "an empty store: no schema yet, so nothing was ever stored (any command "
                "that writes creates the schema)"),))
        return CheckReport(target, (CheckResult("schema_version", False, str(err)),))
    except StoreError as err:
        return CheckReport(target, (CheckResult("open", False, str(err)),))
    with store:
        return check_store(store)


def _is_empty(target: str) -> bool:
    """True when the DuckDB file at ``target`` holds no table at all (read-only look)."""
    try:
        con = duckdb.connect(target, read_only=True)
    except duckdb.Error:
        return False
    try:
        return _count(con, f"SELECT count(*) FROM duckdb_tables() WHERE {_MAIN}") == 0
    except duckdb.Error:
        return False
    finally:
        con.close()
