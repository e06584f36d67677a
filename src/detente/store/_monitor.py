"""What the world monitor keeps in the store: the files of a live feed, the alerts, and the per-dyad day sums.

- ``feed_files``: one row per feed file (``name`` is the key): its interval stamp, kind, URL, published size and
  MD5, and where it stands (``ok``: ingested; ``failed``: the last attempt failed, with the error; ``absent``: the
  feed never listed it). A file is ingested at most once as ``ok``; a failed one is tried again.
- ``alerts``: one row per dyad, frequency and period in which the online change-point flag was raised (``id`` is
  ``DYAD|freq|period``, so a repeated file or a rerun adds nothing), with the probability, the CXI before and at
  the alert, the events that moved it (JSON), what triggered it and the day the series was known to.
- ``dyad_days``: a derived table, not part of the schema: the index's per-day sums of every dyad (rebuilt from the
  events at any time). Its definition (the SQL that made it) and what it covers (the last ingest run folded in,
  the event count) are kept in ``meta`` under ``dyad_days``; :func:`day_table_state` reads them back.

>>> from detente.store import Store
>>> with Store.open(":memory:") as s:
...     alerts(s)
[]
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from detente.errors import InputError
from detente.model import Dyad
from detente.store._duckdb import Store, rollback

__all__ = ["DAY_TABLE", "AlertRecord", "DayTableState", "FeedRecord", "add_alerts", "alerts", "day_table_state",
           "feed_files", "feed_last_stamp", "record_feed_file", "replace_day_rows", "set_day_table_state"]

DAY_TABLE = "dyad_days"
_FEED_COLUMNS = ("name", "feed", "stamp", "kind", "url", "size", "md5", "status", "attempts", "error", "run_id",
                 "rows_read", "stored", "updated")
_ALERT_COLUMNS = ("id", "dyad", "freq", "period", "period_start", "probability", "cxi", "previous_cxi", "events",
                  "trigger", "as_of", "created")


@dataclass(frozen=True, slots=True)
class FeedRecord:
    """Where one feed file stands."""

    name: str
    feed: str
    stamp: dt.datetime
    kind: str
    url: str
    size: int | None
    md5: str | None
    status: str
    attempts: int = 0
    error: str | None = None
    run_id: int | None = None
    rows_read: int | None = None
    stored: int | None = None
    updated: dt.datetime = field(default_factory=dt.datetime.now)

    def to_dict(self) -> dict[str, Any]:
        return {c: getattr(self, c) for c in _FEED_COLUMNS}


def record_feed_file(store: Store, record: FeedRecord) -> None:
    """Insert or replace the row of ``record.name`` (one statement: committed at once)."""
    store._writable("record a feed file")
    store.con.execute(f"INSERT OR REPLACE INTO feed_files ({', '.join(_FEED_COLUMNS)}) VALUES "
                      f"({', '.join('?' for _ in _FEED_COLUMNS)})", [getattr(record, c) for c in _FEED_COLUMNS]
                      ).fetchall()


def feed_files(store: Store, *, feed: str | None = None, status: str | None = None,
               since: dt.datetime | None = None) -> list[FeedRecord]:
    """Feed files by stamp and name, optionally of one feed, one status, from a stamp on."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("feed", feed), ("status", status)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if since is not None:
        clauses.append("stamp >= ?")
        params.append(since)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store.con.execute(f"SELECT {', '.join(_FEED_COLUMNS)} FROM feed_files{where} ORDER BY stamp, name",
                             params).fetchall()
    return [FeedRecord(**dict(zip(_FEED_COLUMNS, r, strict=True))) for r in rows]


def feed_last_stamp(store: Store, feed: str) -> dt.datetime | None:
    """The newest interval of ``feed`` whose files are all settled (ingested, or never listed)."""
    row = store.con.execute(
        "SELECT max(stamp) FROM feed_files WHERE feed = ? AND status IN ('ok', 'absent')", [feed]).fetchall()
    value = row[0][0] if row else None
    return value if isinstance(value, dt.datetime) else None


@dataclass(frozen=True, slots=True)
class AlertRecord:
    """An alert: the online change-point flag raised for a dyad in a period."""

    dyad: str
    freq: str
    period: str
    period_start: dt.date
    probability: float
    cxi: float | None
    previous_cxi: float | None
    events: list[dict[str, Any]]
    trigger: str | None = None
    as_of: dt.datetime | None = None
    created: dt.datetime = field(default_factory=dt.datetime.now)

    @property
    def id(self) -> str:
        return f"{self.dyad}|{self.freq}|{self.period}"

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(float(x), 3)
        return {"dyad": self.dyad, "freq": self.freq, "period": self.period,
                "period_start": self.period_start.isoformat(), "probability": round(self.probability, 4),
                "cxi": r(self.cxi), "previous_cxi": r(self.previous_cxi), "events": self.events,
                "trigger": self.trigger, "as_of": None if self.as_of is None else self.as_of.isoformat(),
                "created": self.created.isoformat(timespec="seconds")}


def add_alerts(store: Store, records: Sequence[AlertRecord]) -> int:
    """Store the alerts whose (dyad, frequency, period) has none yet; returns how many were new."""
    if not records:
        return 0
    store._writable("record alerts")
    before = _count(store)
    values = [[a.id, a.dyad, a.freq, a.period, a.period_start, a.probability, a.cxi, a.previous_cxi,
               json.dumps(a.events, ensure_ascii=False, default=str), a.trigger, a.as_of, a.created]
              for a in {r.id: r for r in reversed(records)}.values()]  # the first record of an id, as row by row
    # one statement (a prepared insert per row is slow in DuckDB)
    placeholders = ", ".join("(" + ", ".join("?" for _ in _ALERT_COLUMNS) + ")" for _ in values)
    store.con.execute(f"INSERT OR IGNORE INTO alerts ({', '.join(_ALERT_COLUMNS)}) VALUES {placeholders}",
                      [v for row in values for v in row])
    return _count(store) - before


def _count(store: Store) -> int:
    rows = store.con.execute("SELECT count(*) FROM alerts").fetchall()
    return int(rows[0][0]) if rows else 0


def alerts(store: Store, *, since: dt.date | None = None, dyad: Dyad | None = None,
           limit: int | None = None) -> list[AlertRecord]:
    """Alerts, newest period first: those whose period ends on or after ``since``, of ``dyad`` (either order)."""
    clauses: list[str] = []
    params: list[Any] = []
    if dyad is not None:
        a, b = sorted(dyad.countries)
        clauses.append("dyad = ?")
        params.append(f"{a}-{b}")
    if since is not None:
        clauses.append("CASE freq WHEN 'week' THEN period_start + 6 WHEN 'quarter' THEN "
                       "CAST(period_start + INTERVAL 3 MONTH AS DATE) - 1 ELSE "
                       "CAST(period_start + INTERVAL 1 MONTH AS DATE) - 1 END >= ?")
        params.append(since)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (f"SELECT {', '.join(_ALERT_COLUMNS[1:])} FROM alerts{where} "
           "ORDER BY period_start DESC, probability DESC, dyad")
    if limit is not None:
        if limit < 1:
            raise InputError(f"limit {limit} must be at least 1")
        sql += f" LIMIT {int(limit)}"
    out = []
    for row in store.con.execute(sql, params).fetchall():
        values = dict(zip(_ALERT_COLUMNS[1:], row, strict=True))
        values["events"] = json.loads(values["events"])
        out.append(AlertRecord(**values))
    return out


@dataclass(frozen=True, slots=True)
class DayTableState:
    """What ``dyad_days`` holds: the definition it was built with, the last ingest run folded in, and the count
    of events the store held then."""

    definition: str
    last_run: int
    events: int

    def to_json(self) -> str:
        return json.dumps({"definition": self.definition, "last_run": self.last_run, "events": self.events})


def day_table_state(store: Store) -> DayTableState | None:
    """The state of ``dyad_days``, or None when the store has no such table (or it was never finished)."""
    text = store.meta(DAY_TABLE)
    if text is None:
        return None
    present = store.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND "
                                "database_name = current_database()", [DAY_TABLE]).fetchall()
    if not present or not present[0][0]:
        return None
    try:
        data = json.loads(text)
        return DayTableState(str(data["definition"]), int(data["last_run"]), int(data["events"]))
    except (ValueError, KeyError, TypeError):
        return None


def set_day_table_state(store: Store, state: DayTableState) -> None:
    store.set_meta(DAY_TABLE, state.to_json())


def replace_day_rows(store: Store, select_sql: str, *, keys_sql: str | None, state: DayTableState,
                     rowids_sql: str | None = None) -> int:
    """Replace rows of ``dyad_days`` with those of ``select_sql`` (columns ``a``, ``b``, ``day`` and the sums), in
    one transaction with the new ``state``. ``keys_sql`` selects the (a, b, day) keys being replaced, or
    ``rowids_sql`` the row ids of the rows being replaced (found before: no scan of the table); neither rebuilds
    the whole table. Returns the number of rows written."""
    store._writable("update the dyad day sums")
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        if rowids_sql is not None and day_table_state(store) is not None:
            con.execute(f"DELETE FROM {DAY_TABLE} WHERE rowid IN ({rowids_sql})").fetchall()
            con.execute(f"INSERT INTO {DAY_TABLE} {select_sql}")
            rows = con.fetchall()
        elif keys_sql is None or day_table_state(store) is None:
            con.execute(f"CREATE OR REPLACE TABLE {DAY_TABLE} AS {select_sql} ORDER BY a, b, day")
            rows = con.execute(f"SELECT count(*) FROM {DAY_TABLE}").fetchall()
        else:
            con.execute(f"CREATE OR REPLACE TEMP TABLE _day_keys AS {keys_sql}")
            con.execute(f"DELETE FROM {DAY_TABLE} t USING _day_keys k WHERE t.a = k.a AND t.b = k.b "
                        "AND t.day = k.day").fetchall()
            con.execute(f"INSERT INTO {DAY_TABLE} {select_sql}")
            rows = con.fetchall()
            con.execute("DROP TABLE _day_keys")
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [DAY_TABLE, state.to_json()])
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise
    return int(rows[0][0]) if rows else 0
