"""Every dyad at once: the index's per-day sums of all dyads in one pass, kept up to date as files arrive.

The index of one dyad is finished in numpy from its per-day sums (:func:`~detente.measure._sql.day_sums_sql`).
:func:`dyad_day_sums_sql` is that query for every dyad at once: the same sums, grouped by the unordered pair of
countries (``a`` < ``b``) and the day, over the events whose two countries are known and differ. A dyad's rows of
it equal the single-dyad query's rows (the de-duplication key gains the pair, which a single dyad's rows share).

The sums of all dyads can be kept in the store as the derived table ``dyad_days``
(:func:`refresh_day_table`): built in one pass the first time, then updated from the ingest runs that came after
it by adding their events to the sums of the (dyad, day) pairs they touched (:func:`fold_day_rows`). Its
definition (this module's SQL for the options given) is recorded with it; another definition, or a store changed
other than by ingest runs, rebuilds it.

:func:`dyad_series` finishes one dyad's series from its rows; :func:`online_flag` runs the Bayesian online
change-point detector on it; :func:`period_impacts` says which events of a period moved its CXI.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections.abc import Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from detente.errors import MeasureError
from detente.measure._changepoints import ChangeOptions, Online, bocpd
from detente.measure._frame import EventFrame, filter_events
from detente.measure._index import SUM_COLUMNS, IndexSeries, event_impacts
from detente.measure._options import IndexOptions
from detente.measure._periods import Freq
from detente.measure._sql import (
    _ROOT,
    first_rows_sums_sql,
    index_from_day_sums,
    kept_sql,
    sums_sql,
)
from detente.model import Dyad, Milestone
from detente.store import EVENT_FIELDS, EventQuery, Store
from detente.store._engine import inline, sql_literal
from detente.store._monitor import (
    DAY_TABLE,
    DayTableState,
    day_table_state,
    replace_day_rows,
    set_day_table_state,
)

__all__ = [
    "IMPACT_FIELDS",
    "PERIOD_TABLE",
    "DayFold",
    "DayRefresh",
    "DyadDays",
    "PeriodFoldError",
    "day_table_current",
    "day_table_definition",
    "dyad_day_sums_sql",
    "dyad_series",
    "fold_day_rows",
    "fold_period_rows",
    "in_dyad_day_order",
    "iter_dyads",
    "online_flag",
    "period_impacts",
    "read_day_rows",
    "read_dyads_events",
    "read_event_rows",
    "read_period_rows",
    "refresh_day_table",
    "refresh_period_table",
    "runs_dyads",
    "update_day_sums_sql",
]

_PAIR = ("least(source_country, target_country) AS a, greatest(source_country, target_country) AS b")
#: CAMEO's codes for organisations rather than countries (international, non-governmental, multinational): an
#: event of the UN (``IGOUNO``, country ``IGO``) is no event of a pair of countries
_NOT_COUNTRIES = ("IGO", "NGO", "MNC")
_HAS_PAIR = ("source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> '' "
             "AND target_country <> '' AND source_country <> target_country"
             + "".join(f" AND source_country <> '{c}' AND target_country <> '{c}'" for c in _NOT_COUNTRIES))


def dyad_day_sums_sql(*, options: IndexOptions, datasets: Sequence[str] = (), start: dt.date | None = None,
                      until: dt.date | None = None, keys: str | None = None) -> str:
    """Per dyad (``a`` < ``b``) and day: the sums of :func:`~detente.measure._sql.day_sums_sql`. ``keys`` names a
    relation of (a, b, day) rows to restrict the answer to (the pairs an update recomputes)."""
    where, params = EventQuery(start=start, end=until, datasets=tuple(datasets)).where()
    where = inline(where, params)
    where = (where + " AND " if where else " WHERE ") + _HAS_PAIR
    rows = f"SELECT {_PAIR}, * FROM events{where}"
    if keys is not None:
        rows = f"SELECT p.* FROM ({rows}) p SEMI JOIN ({keys}) k ON p.a = k.a AND p.b = k.b AND p.date = k.day"
    sums = sums_sql("SELECT * FROM r", options=options, by=("a", "b"))
    first, keep, w = kept_sql(options, by=("a", "b"))
    # each day's heaviest kept event in the cooperation balance (w·|g|; ties: the first key), which makes the
    # top event of any period a choice among its day rows
    tops = f"""
SELECT a, b, date AS day, key AS top_key, mass AS top_mass FROM (
    SELECT a, b, date, key, mass, row_number() OVER (PARTITION BY a, b, date ORDER BY mass DESC, key) AS top
    FROM (
        SELECT a, b, date, key, sources, {first} AS rn,
            {w} * abs(coalesce(CAST(goldstein AS DOUBLE), 0.0)) AS mass
        FROM r
    ) e WHERE {keep}
) t WHERE top = 1"""
    return (f"WITH r AS ({rows}), s AS ({sums}), t AS ({tops.strip()})\n"
            "SELECT s.*, t.top_key, t.top_mass FROM s LEFT JOIN t ON s.a = t.a AND s.b = t.b AND s.day = t.day")


def update_day_sums_sql(*, options: IndexOptions, keys: str, datasets: Sequence[str] = (),
                        start: dt.date | None = None, until: dt.date | None = None) -> str:
    """The rows of :func:`dyad_day_sums_sql` for the (a, b, day) rows of the relation ``keys``, as an update of
    the stored table computes them: the same values (the sums up to the order they are added in), with each set
    of duplicates grouped and its first row taken (:func:`~detente.measure._sql.first_rows_sums_sql`) instead of
    the rows of each set numbered twice in a window (for the sums and for the top event): on the days that a
    15-minute file touches, a third of the CPU time. Without de-duplication it is :func:`dyad_day_sums_sql`."""
    if options.dedup == "none":
        return dyad_day_sums_sql(options=options, datasets=datasets, start=start, until=until, keys=keys)
    where, params = EventQuery(start=start, end=until, datasets=tuple(datasets)).where()
    where = inline(where, params)
    where = (where + " AND " if where else " WHERE ") + _HAS_PAIR
    rows = (f"SELECT p.* FROM (SELECT {_PAIR}, * FROM events{where}) p "
            f"SEMI JOIN ({keys}) k ON p.a = k.a AND p.b = k.b AND p.date = k.day")
    mass = "w * abs(coalesce(g, 0.0))"
    # each day's heaviest kept event (ties: the first key), as dyad_day_sums_sql chooses it
    return (f"WITH {first_rows_sums_sql(rows, options=options, by=('a', 'b'))}\n"
            f"SELECT s.*, t.top_key, t.top_mass FROM sums s LEFT JOIN (\n"
            f"    SELECT a, b, date AS day, arg_min(key, struct_pack(m := -({mass}), k := key)) AS top_key,\n"
            f"        max({mass}) AS top_mass FROM kept WHERE k = 1 GROUP BY a, b, date\n"
            ") t ON s.a = t.a AND s.b = t.b AND s.day = t.day")


#: the de-duplication key's columns beside the pair and the day (as :func:`~detente.measure._sql.kept_sql` groups)
_GROUP_COLUMNS = ("coalesce(source, '') AS s, coalesce(target, '') AS t, coalesce(code, '') AS c, "
                  "coalesce(location, '') AS l")
_GROUP = "a, b, date, s, t, c, l"
#: what the fold reads of an event: its pair, day, de-duplication key, order among duplicates and sums' terms
_TERMS = (f"{_PAIR}, date, {_GROUP_COLUMNS}, dataset, key, sources, quad_class, CAST(goldstein AS DOUBLE) AS g, "
          f"{_ROOT} AS root2")
_ROW = "struct_pack(key := key, sources := sources, quad_class := quad_class, g := g, root2 := root2)"
_ORDER = "struct_pack(d := dataset, k := key)"


@dataclass(frozen=True, slots=True)
class DayFold:
    """What :func:`fold_day_rows` found: the (a, b, day) keys of the runs' events (``keys``, whatever their
    dataset), the day rows after them (``rows``, the columns and types of ``dyad_days``) and the stored rows
    they replace (``held``, their row ids in ``dyad_days``)."""

    keys: pa.Table
    rows: pa.Table
    held: pa.Table


def fold_day_rows(store: Store, *, options: IndexOptions, runs: Sequence[int],
                  datasets: Sequence[str] = ()) -> DayFold:
    """The rows of :func:`dyad_day_sums_sql` over the store now for the (a, b, day) keys of the events of the
    ingest ``runs``: the rows ``dyad_days`` holds for those keys (the sums of the events stored before the runs)
    with the runs' own events' contributions added, instead of every event of each touched day read and summed
    again (one late event touches a day of a hundred thousand).

    With de-duplication the runs' events are grouped by the de-duplication key (pair, day, actors, code,
    location), and each group looked up among the events stored before (on the touched days; the key columns
    first, then the few rows found, whole). A group the store lacks adds its count and its first row (by
    dataset, then key); a group whose stored first row stays first adds its count alone (its events are
    duplicates of a kept one); a group whose new first row comes before the stored one adds its count and its
    first row and takes the stored first row's terms out. Sums are added and taken out; the day's pressure,
    channel level and top event are maxima, which a row taken out can lower only when it held one: the days where
    a row taken out held a maximum that the new rows do not reach again are recomputed from their events
    (:func:`update_day_sums_sql`). Counts, ``pressure``, ``channel`` and the top event are then a recompute's
    exactly, the weighted sums the same up to the order of addition."""
    con = store.con
    run_list = ", ".join(str(int(r)) for r in runs) or "NULL"
    where, params = EventQuery(datasets=tuple(datasets)).where()
    chosen = inline(where, params).removeprefix(" WHERE ") or "true"
    held_schema = con.sql(f"SELECT * FROM {DAY_TABLE} LIMIT 0").to_arrow_table().schema
    new = con.sql(f"SELECT {_TERMS}, {chosen} AS inside FROM events WHERE run_id IN ({run_list}) "
                  f"AND {_HAS_PAIR}").to_arrow_table()
    keys = new.group_by(["a", "b", "date"]).aggregate([]).rename_columns(["a", "b", "day"])
    new = new.filter(pc.fill_null(new.column("inside"), False)).drop_columns(["inside"])
    if new.num_rows == 0:
        return DayFold(keys, held_schema.empty_table(), pa.table({"_r": pa.array([], pa.int64())}))
    names = {k: f"_fold_{k}_{id(new)}" for k in ("new", "groups", "keys", "held", "redo")}
    con.register(names["new"], new)
    try:
        if options.dedup == "none":  # every event is kept: each one its own group, none stored before
            groups = con.sql(f"SELECT {_GROUP}, 1 AS cnt, {_ROW} AS f, CAST(NULL AS {_ROW_TYPE}) AS sf, "
                             f"false AS displaced, false AS stored FROM {names['new']}").to_arrow_table()
        else:
            groups = _with_stored_firsts(con, names["new"], new, chosen, run_list)
        touched = new.group_by(["a", "b", "date"]).aggregate([]).rename_columns(["a", "b", "day"])
        con.register(names["keys"], touched)
        # the held rows of the touched days: found by the three key columns, then read whole by row id (reading
        # every column of the table to join on three cost ten times more); both steps bounded by the touched days'
        # range, which the scan tests on the day column before it reads the pair's (a third less CPU on the
        # 50M-event benchmark store, whose rows lie in dyad order)
        days = touched.column("day")
        lo, hi = sql_literal(pc.min(days).as_py()), sql_literal(pc.max(days).as_py())
        held = con.sql(f"SELECT rowid AS _r, * FROM {DAY_TABLE} WHERE day >= {lo} AND day <= {hi} AND rowid IN "
                       f"(SELECT t.rowid FROM {DAY_TABLE} t SEMI JOIN {names['keys']} k ON t.a = k.a AND t.b = k.b "
                       f"AND t.day = k.day WHERE t.day >= {lo} AND t.day <= {hi})").to_arrow_table()
    finally:
        con.unregister(names["new"])
        with suppress(KeyError, duckdb.Error):
            con.unregister(names["keys"])
    con.register(names["groups"], groups)
    con.register(names["held"], held)
    try:
        folded = con.sql(_fold_sql(options, names["groups"], names["held"])).to_arrow_table()
        redo = folded.filter(folded.column("redo")).select(["a", "b", "day"])
        parts = [folded.filter(pc.invert(folded.column("redo"))).select(held_schema.names).cast(held_schema)]
        if redo.num_rows:
            days = redo.column("day")
            con.register(names["redo"], redo)
            try:
                again = con.sql(update_day_sums_sql(options=options, datasets=datasets,
                                                    keys=f"SELECT a, b, day FROM {names['redo']}",
                                                    start=pc.min(days).as_py(), until=pc.max(days).as_py()))
                parts.append(again.to_arrow_table().select(held_schema.names).cast(held_schema))
            finally:
                con.unregister(names["redo"])
    finally:
        con.unregister(names["groups"])
        con.unregister(names["held"])
    return DayFold(keys, pa.concat_tables(parts), held.select(["_r"]))


_ROW_TYPE = "STRUCT(key VARCHAR, sources INTEGER, quad_class TINYINT, g DOUBLE, root2 VARCHAR)"


def _with_stored_firsts(con: duckdb.DuckDBPyConnection, name: str, new: pa.Table, chosen: str,
                        run_list: str) -> pa.Table:
    """The new events (the relation ``name``) grouped by the de-duplication key: per group its count (``cnt``),
    its first row (``f``), the first row of the events stored before in the group (``sf``, NULL when there are
    none), whether there are (``stored``) and whether the new first row comes before the stored one
    (``displaced``)."""
    firsts = con.sql(f"SELECT {_GROUP}, count(*) AS cnt, min({_ORDER}) AS fk, arg_min({_ROW}, {_ORDER}) AS f "
                     f"FROM {name} GROUP BY {_GROUP}").to_arrow_table()
    days = pc.unique(new.column("date")).sort()
    span = (f"date >= {sql_literal(days[0].as_py())} AND date <= {sql_literal(days[-1].as_py())} AND date IN "
            f"({', '.join(sql_literal(d) for d in days.to_pylist())})")
    fname, rname = f"{name}_firsts", f"{name}_rows"
    con.register(fname, firsts)
    try:
        # the stored events of the groups: found by the key's own columns on the touched days (the events lie in
        # date order, so the days' range skips the rest of the table), then the few found read whole by row id
        found = con.sql(f"SELECT e.rowid AS r FROM events e SEMI JOIN (SELECT DISTINCT date, s, t, c, l FROM "
                        f"{fname}) g ON e.date = g.date AND coalesce(e.source, '') = g.s AND coalesce(e.target, '') "
                        f"= g.t AND coalesce(e.code, '') = g.c AND coalesce(e.location, '') = g.l "
                        f"WHERE {span} AND (e.run_id IS NULL OR e.run_id NOT IN ({run_list}))").to_arrow_table()
        con.register(rname, found)
        return con.sql(f"""
SELECT f.a, f.b, f.date, f.s, f.t, f.c, f.l, f.cnt, f.f, x.sf, x.sk IS NOT NULL AS stored,
    coalesce(f.fk < x.sk, false) AS displaced
FROM {fname} f LEFT JOIN (
    SELECT {_GROUP}, min({_ORDER}) AS sk, arg_min({_ROW}, {_ORDER}) AS sf FROM (
        SELECT {_TERMS} FROM events
        WHERE rowid IN (SELECT r FROM {rname}) AND {span} AND (run_id IS NULL OR run_id NOT IN ({run_list}))
            AND {chosen} AND {_HAS_PAIR}
    ) e SEMI JOIN {fname} g USING ({_GROUP})
    GROUP BY {_GROUP}
) x USING ({_GROUP})""").to_arrow_table()
    finally:
        con.unregister(fname)
        with suppress(KeyError, duckdb.Error):
            con.unregister(rname)


def _fold_sql(options: IndexOptions, groups: str, held: str) -> str:
    """The day rows after the fold (see :func:`fold_day_rows`) from the groups of new events (``groups``, from
    :func:`_with_stored_firsts`) and the held rows of their days (``held``), each with ``redo``: a maximum
    (pressure, channel level, top event) a row taken out held, which the new rows do not reach again."""
    _, keep, w = kept_sql(options)
    roots = ", ".join(sql_literal(r) for r in options.pressure_roots) or "NULL"
    level = "CASE WHEN root2 = '04' THEN 2 WHEN root2 IN ('01', '02', '03') THEN 1 ELSE 0 END"
    mass = "w * abs(coalesce(g, 0.0))"
    terms = {"wg": "w * coalesce(g, 0.0)", "wabs": mass, "wq": "CASE WHEN quad_class > 0 THEN w ELSE 0.0 END",
             "w4": "CASE WHEN quad_class = 4 THEN w ELSE 0.0 END", "w2": "CASE WHEN quad_class = 2 THEN w ELSE 0.0 END",
             "wn": "CASE WHEN g IS NOT NULL THEN w ELSE 0.0 END", "w": "w"}
    floats = ",\n    ".join(f"sum(CASE WHEN k = 1 THEN sg * ({e}) ELSE 0.0 END) AS {c}" for c, e in terms.items())
    plus, minus = "sg = 1 AND k = 1", "sg = -1 AND k = 1"
    beats = "struct_pack(m := -d.new_mass, k := d.new_key) < struct_pack(m := -o.top_mass, k := o.top_key)"
    sums = ", ".join(f"coalesce(o.{c}, 0) + d.{c} AS {c}" for c in ("raw", *SUM_COLUMNS))
    return f"""
WITH parts AS (
    -- what each group adds: its count, and its first row when that row is the group's first now
    SELECT a, b, date, cnt AS c, 1 AS sg, NOT stored OR displaced AS counts, f.key AS key, f.sources AS sources,
        f.quad_class AS quad_class, f.g AS g, f.root2 AS root2 FROM {groups}
    UNION ALL
    -- and what it takes out: the stored first row it displaces
    SELECT a, b, date, 0 AS c, -1 AS sg, true AS counts, sf.key, sf.sources, sf.quad_class, sf.g, sf.root2
    FROM {groups} WHERE displaced
), kept AS (
    SELECT a, b, date, c, sg, key, quad_class, g, root2, CASE WHEN counts AND {keep} THEN 1 ELSE 0 END AS k,
        {w} AS w
    FROM (SELECT *, 1 AS rn FROM parts)
), d AS (
    SELECT x.a, x.b, x.date AS day,
        CAST(sum(c) AS BIGINT) AS raw,
        CAST(sum(sg * k) AS BIGINT) AS n,
        CAST(sum(CASE WHEN k = 1 AND g IS NOT NULL THEN sg ELSE 0 END) AS BIGINT) AS ng,
        {floats},
        max(CASE WHEN {plus} AND root2 IN ({roots}) THEN 1 ELSE 0 END) AS new_pressure,
        max(CASE WHEN {plus} THEN {level} ELSE 0 END) AS new_channel,
        arg_min(key, struct_pack(m := -({mass}), k := key)) FILTER (WHERE {plus}) AS new_key,
        max({mass}) FILTER (WHERE {plus}) AS new_mass,
        bool_or({minus} AND root2 IN ({roots})) AS lost_pressure,
        bool_or({minus} AND {level} > 0 AND {level} = h_channel) AS lost_channel,
        bool_or({minus} AND key = h_top_key) AS lost_top
    FROM kept x LEFT JOIN (SELECT a AS ha, b AS hb, day AS hday, channel AS h_channel, top_key AS h_top_key
                           FROM {held}) h ON x.a = h.ha AND x.b = h.hb AND x.date = h.hday
    GROUP BY x.a, x.b, x.date
)
SELECT d.a, d.b, d.day, {sums},
    greatest(coalesce(o.pressure, 0), d.new_pressure) AS pressure,
    greatest(coalesce(o.channel, 0), d.new_channel) AS channel,
    CASE WHEN d.new_key IS NULL THEN o.top_key WHEN o.top_key IS NULL OR {beats} THEN d.new_key
        ELSE o.top_key END AS top_key,
    CASE WHEN d.new_key IS NULL THEN o.top_mass WHEN o.top_key IS NULL OR {beats} THEN d.new_mass
        ELSE o.top_mass END AS top_mass,
    coalesce((d.lost_pressure AND d.new_pressure = 0) OR (d.lost_channel AND d.new_channel < o.channel)
             OR (d.lost_top AND NOT coalesce({beats}, false)), false)
        OR (o.a IS NULL AND (d.lost_pressure OR d.lost_channel OR d.lost_top OR d.n < 0)) AS redo
FROM d LEFT JOIN {held} o ON o.a = d.a AND o.b = d.b AND o.day = d.day"""


def day_table_definition(options: IndexOptions, datasets: Sequence[str] = ()) -> str:
    """A fingerprint of the day sums' definition for these options (what a stored ``dyad_days`` was made by)."""
    text = dyad_day_sums_sql(options=options, datasets=datasets)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class DayRefresh:
    """What a refresh of ``dyad_days`` did: rebuilt it whole or updated it, the runs folded in, and the (dyad,
    day) keys it recomputed (all of them after a rebuild: ``keys`` is None then)."""

    rebuilt: bool
    runs: tuple[int, ...]
    keys: pa.Table | None
    rows: int
    state: DayTableState
    #: the rows an update wrote (those of the recomputed keys; None after a rebuild or when nothing was folded)
    fresh: pa.Table | None = None

    def dyads(self) -> list[Dyad]:
        """The dyads whose sums changed (None after a rebuild: every dyad)."""
        if self.keys is None:
            return []
        pairs = self.keys.select(["a", "b"]).group_by(["a", "b"]).aggregate([])
        return [Dyad(str(a), str(b)) for a, b in zip(pairs.column("a").to_pylist(),
                                                     pairs.column("b").to_pylist(), strict=True)]


def refresh_day_table(store: Store, *, options: IndexOptions, datasets: Sequence[str] = (),
                      rebuild: bool = False) -> DayRefresh:
    """Bring ``dyad_days`` up to date with the store: fold in the ingest runs that came after it (their events
    added to the sums of the dyad-days they touched, :func:`fold_day_rows`), or build it in one pass when it is
    missing, was made by another definition, or the store changed other than by those runs (``rebuild`` forces it)."""
    definition = day_table_definition(options, datasets)
    con = store.con
    runs_now = con.execute("SELECT coalesce(max(run_id), 0) FROM ingest_runs").fetchall()[0][0]
    events_now = int(con.execute("SELECT count(*) FROM events").fetchall()[0][0])
    state = day_table_state(store)
    new_state = DayTableState(definition, int(runs_now), events_now)
    if not rebuild and state is not None and state.definition == definition:
        new = con.execute("SELECT run_id, stored FROM ingest_runs WHERE run_id > ? AND status = 'ok' ORDER BY run_id",
                          [state.last_run]).fetchall()
        runs = tuple(int(r[0]) for r in new)
        if state.events + sum(int(r[1]) for r in new) == events_now:
            if not runs:
                if state != new_state:
                    set_day_table_state(store, new_state)
                return DayRefresh(False, (), _no_keys(), 0, new_state)
            # the runs' events added to the held sums of the days they touched (fold_day_rows); the new rows are
            # kept (the period table folds them in, refresh_period_table)
            fold = fold_day_rows(store, options=options, runs=runs, datasets=datasets)
            keys, fresh = fold.keys, fold.rows
            if fresh.num_rows == 0:  # no pair of countries, or none of the datasets summed
                set_day_table_state(store, new_state)
                return DayRefresh(False, runs, keys, 0, new_state)
            con.register("_day_fresh_now", fresh)
            con.register("_day_held_now", fold.held)
            try:
                rows = replace_day_rows(store, "SELECT * FROM _day_fresh_now", keys_sql=None,
                                        rowids_sql="SELECT _r FROM _day_held_now", state=new_state)
            finally:
                con.unregister("_day_fresh_now")
                con.unregister("_day_held_now")
            return DayRefresh(False, runs, keys, rows, new_state, fresh)
    rows = replace_day_rows(store, dyad_day_sums_sql(options=options, datasets=datasets), keys_sql=None,
                            state=new_state)
    return DayRefresh(True, (), None, rows, new_state)


def runs_dyads(store: Store, runs: Sequence[int]) -> list[Dyad]:
    """The dyads (``a`` < ``b``) of the events the ingest ``runs`` stored."""
    if not runs:
        return []
    rows = store.con.sql(f"SELECT DISTINCT {_PAIR} FROM events WHERE run_id IN "
                         f"({', '.join(str(int(r)) for r in runs)}) AND {_HAS_PAIR} ORDER BY a, b").fetchall()
    return [Dyad(str(a), str(b)) for a, b in rows]


def _no_keys() -> pa.Table:
    return pa.table({"a": pa.array([], pa.string()), "b": pa.array([], pa.string()),
                     "day": pa.array([], pa.date32())})


def day_table_current(store: Store, *, options: IndexOptions, datasets: Sequence[str] = ()) -> bool:
    """Whether the store's ``dyad_days`` was made by this definition and holds every event the store holds now
    (no ingest run since, and the same count of events)."""
    state = day_table_state(store)
    if state is None or state.definition != day_table_definition(options, datasets):
        return False
    runs = store.con.execute("SELECT coalesce(max(run_id), 0), (SELECT count(*) FROM events) "
                             "FROM ingest_runs").fetchall()[0]
    return state.last_run == int(runs[0]) and state.events == int(runs[1])


def read_day_rows(store: Store, *, dyads: Sequence[Dyad] | None = None, until: dt.date | None = None,
                  tops: bool = True) -> pa.Table:
    """Rows of ``dyad_days`` (all dyads, or those named), ordered by dyad and day; ``tops=False`` leaves out each
    day's top event (``top_key``, ``top_mass``), which the index itself does not use."""
    clauses: list[str] = []
    if until is not None:
        clauses.append(f"day <= {sql_literal(until)}")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    columns = "*" if tops else "* EXCLUDE (top_key, top_mass)"
    if dyads is None:
        # the table is written in this order, and a scan keeps it: sorting 5M rows again costs DuckDB more than
        # the read, so the rows are sorted only when they do not come in order (after updates, which append)
        rows = store.con.sql(f"SELECT {columns} FROM {DAY_TABLE}{where}").to_arrow_table()
        if in_dyad_day_order(rows):
            return rows
        return rows.sort_by([("a", "ascending"), ("b", "ascending"), ("day", "ascending")])
    if not dyads:
        return store.con.sql(f"SELECT {columns} FROM {DAY_TABLE} LIMIT 0").to_arrow_table()
    wanted = pa.table({"a": [min(d.a, d.b) for d in dyads], "b": [max(d.a, d.b) for d in dyads]})
    name = f"_wanted_{id(wanted)}"
    store.con.register(name, wanted)
    try:
        return store.con.sql(f"SELECT t.{columns} FROM {DAY_TABLE} t SEMI JOIN {name} w ON t.a = w.a AND t.b = w.b"
                             f"{where} ORDER BY a, b, day").to_arrow_table()
    finally:
        store.con.unregister(name)


def in_dyad_day_order(rows: pa.Table) -> bool:
    """Whether day rows are sorted by dyad (``a``, ``b``) and day, each (dyad, day) once."""
    if rows.num_rows < 2:
        return True
    a, b, day = (rows.column(c).combine_chunks() for c in ("a", "b", "day"))
    a0, a1, b0, b1, d0, d1 = a[:-1], a[1:], b[:-1], b[1:], day[:-1], day[1:]
    later_day = pc.and_(pc.equal(b0, b1), pc.less(d0, d1))
    later_b = pc.or_(pc.less(b0, b1), later_day)
    ok = pc.or_(pc.less(a0, a1), pc.and_(pc.equal(a0, a1), later_b))
    return bool(pc.all(ok).as_py())


#: the event columns that an event's impact on its period's CXI depends on (its sums' terms, its posture day and
#: the de-duplication key), with its key and dataset (store order); ``_row`` names the stored row
IMPACT_FIELDS: tuple[str, ...] = ("key", "date", "dataset", "source", "target", "code", "root", "location",
                                  "goldstein", "quad_class", "sources")


def read_dyads_events(store: Store, dyads: Sequence[Dyad], *, since: dt.date, until: dt.date,
                      columns: Sequence[str] | None = None, split: bool = True) -> dict[str, pa.Table]:
    """The events of several dyads (both directions) dated ``since``..``until``, read in one query: per dyad
    ``A-B`` (A < B), its events as :meth:`~detente.store.Store.events_arrow` gives them (by date, dataset, key).
    ``columns`` (say :data:`IMPACT_FIELDS`) reads only those, and the stored row of each (``_row``, for
    :func:`read_event_rows`). ``split=False`` gives them in one table under the name ``*``, each with its dyad's
    name in ``_pair``."""
    if not dyads:
        return {} if split else {"*": _events_of_none(store, columns)}
    # only pairs of two countries can match (the condition of _HAS_PAIR, tested here once instead of on every
    # event of the period)
    pairs = [(min(d.a, d.b), max(d.a, d.b)) for d in dyads
             if d.a and d.b and d.a != d.b and d.a not in _NOT_COUNTRIES and d.b not in _NOT_COUNTRIES]
    # both directions, matched on the stored columns themselves
    wanted = pa.table({"s": pa.array([p[0] for p in pairs] + [p[1] for p in pairs], pa.string()),
                       "t": pa.array([p[1] for p in pairs] + [p[0] for p in pairs], pa.string())})
    name = f"_wanted_{id(wanted)}"
    where = f"date >= {sql_literal(since)} AND date <= {sql_literal(until)}"
    fields = f"key, {', '.join(EVENT_FIELDS)}" if columns is None else f"{', '.join(columns)}, rowid AS _row"
    con = store.con
    con.register(name, wanted)
    try:
        # two steps: the rows found from the few columns that select them, then only those rows read whole (one
        # step read every column of every event of the period, most of which belong to other dyads)
        rows = con.sql(f"SELECT e.rowid AS r FROM events e SEMI JOIN {name} w ON e.source_country = w.s "
                       f"AND e.target_country = w.t WHERE {where}").to_arrow_table()
        con.register(f"{name}_rows", rows)
        found = con.sql(
            f"SELECT {_PAIR}, {fields} FROM events WHERE rowid IN "
            f"(SELECT r FROM {name}_rows) AND {where} ORDER BY date, dataset, key").to_arrow_table()
    finally:
        con.unregister(name)
        con.unregister(f"{name}_rows")
    names = pc.binary_join_element_wise(found.column("a"), found.column("b"), "-")
    found = found.drop_columns(["a", "b"])
    if not split:
        return {"*": found.append_column("_pair", names)}
    return {f"{min(d.a, d.b)}-{max(d.a, d.b)}": found.filter(pc.equal(names, f"{min(d.a, d.b)}-{max(d.a, d.b)}"))
            for d in dyads}


def _events_of_none(store: Store, columns: Sequence[str] | None) -> pa.Table:
    fields = f"key, {', '.join(EVENT_FIELDS)}" if columns is None else f"{', '.join(columns)}, rowid AS _row"
    return store.con.sql(f"SELECT {fields}, '' AS _pair FROM events LIMIT 0").to_arrow_table()


def read_event_rows(store: Store, rows: Sequence[int], *, since: dt.date, until: dt.date) -> pa.Table:
    """The stored events ``rows`` (the ``_row`` of :func:`read_dyads_events`, dated ``since``..``until``), whole,
    in the order given."""
    wanted = pa.table({"_row": pa.array(rows, pa.int64()), "_at": pa.array(range(len(rows)), pa.int64())})
    name = f"_rows_{id(wanted)}"
    con = store.con
    con.register(name, wanted)
    try:
        return con.sql(f"SELECT e.key, {', '.join(f'e.{c}' for c in EVENT_FIELDS)} FROM events e JOIN {name} w "
                       f"ON e.rowid = w._row WHERE e.date >= {sql_literal(since)} AND e.date <= {sql_literal(until)} "
                       "ORDER BY w._at").to_arrow_table()
    finally:
        con.unregister(name)


@dataclass(frozen=True, slots=True)
class DyadDays:
    """One dyad's rows of the day sums."""

    dyad: Dyad
    rows: pa.Table


def iter_dyads(rows: pa.Table) -> Iterator[DyadDays]:
    """Split day rows ordered by (a, b, day) into one table per dyad."""
    if rows.num_rows == 0:
        return
    # the rows' countries as integer codes (no Python string per row), the dyads named from their first rows
    a, b = (pc.dictionary_encode(rows.column(c).combine_chunks()) for c in ("a", "b"))
    ca, cb = (np.asarray(x.indices.to_numpy(zero_copy_only=False)) for x in (a, b))
    change = np.flatnonzero((ca[1:] != ca[:-1]) | (cb[1:] != cb[:-1])) + 1
    bounds = [0, *change.tolist(), rows.num_rows]
    names_a, names_b = a.dictionary.to_pylist(), b.dictionary.to_pylist()
    for lo, hi in itertools.pairwise(bounds):
        yield DyadDays(Dyad(str(names_a[ca[lo]]), str(names_b[cb[lo]])), rows.slice(lo, hi - lo))


def dyad_series(days: DyadDays, *, options: IndexOptions, milestones: Sequence[Milestone] = (),
                start: dt.date | None = None, end: dt.date | None = None,
                as_of: dt.date | None = None) -> IndexSeries:
    """The dyad's index series from its day rows (as :func:`~detente.measure._sql.index_from_day_sums`)."""
    rows = days.rows
    if as_of is not None:
        rows = rows.filter(pc.less_equal(rows.column("day"), pa.scalar(as_of, pa.date32())))
    return index_from_day_sums(rows, dyad=days.dyad, milestones=milestones, options=options, start=start, end=end,
                               as_of=as_of)


def online_flag(series: IndexSeries, change: ChangeOptions) -> Online:
    """Bayesian online change-point detection over the series' observed CXI values (as the verdict runs it)."""
    values = series.cxi[~np.isnan(series.cxi)]
    return bocpd(values, hazard_periods=change.hazard_periods, recent=change.recent,
                 flag_probability=change.flag_probability)


def period_impacts(series: IndexSeries, events: EventFrame,
                   position: int) -> tuple[EventFrame, npt.NDArray[np.float64]]:
    """How much each event of period ``position`` moved its CXI, from that period's events alone: the kept events
    (after the series' de-duplication, which only compares events of one day) and their impacts, as
    :func:`~detente.measure.event_impacts` gives them on the full series."""
    kept, _ = filter_events(events, series.options.dedup)
    probe = replace(series, frame=kept, event_period=np.full(len(kept), position, dtype=np.intp))
    return kept, event_impacts(probe)


# -- the period table: per dyad and period, the day sums folded as the batch index folds them -----------------------
#: the derived table of per-dyad, per-period sums (:func:`~detente.measure._batch.period_rows`), kept beside
#: ``dyad_days`` by :func:`refresh_period_table`
PERIOD_TABLE = "dyad_periods"
#: the columns of ``dyad_periods`` but its days' own sums (what the index reads)
_NO_UNITS = "* EXCLUDE (" + ", ".join(f"u_{c}" for c in SUM_COLUMNS) + ")"


def _period_state(store: Store) -> str | None:
    """What ``dyad_periods`` was folded from (its frequency and the state of ``dyad_days`` then), or None."""
    present = store.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND "
                                "database_name = current_database()", [PERIOD_TABLE]).fetchall()
    return store.meta(PERIOD_TABLE) if present and present[0][0] else None


#: the layout of ``dyad_periods`` (a table of another layout is folded again from the day sums)
_PERIOD_LAYOUT = 2


def _period_key(freq: str, state: DayTableState | None) -> str | None:
    return (None if state is None
            else f'{{"layout": {_PERIOD_LAYOUT}, "freq": "{freq}", "days": {state.to_json()}}}')


def refresh_period_table(store: Store, *, options: IndexOptions, datasets: Sequence[str] = ()) -> DayRefresh:
    """Bring ``dyad_days`` up to date (:func:`refresh_day_table`) and the period table ``dyad_periods`` with it:
    the new day rows folded into the periods they fall in, or the table built from ``dyad_days`` when it is
    missing, of another frequency, or not the fold of the day table's previous state. A period row holds the
    sums of its days and the days themselves (their rounded sums in day order and bit masks,
    :func:`~detente.measure._batch.period_rows`), so each recomputed day, wherever it falls in its period (after
    the last, the last again, or days back: GDELT's late reports), updates the row alone
    (:func:`fold_period_rows`), without reading day rows again."""
    before = day_table_state(store)
    refresh = refresh_day_table(store, options=options, datasets=datasets)
    want = _period_key(options.freq, refresh.state)
    held = _period_state(store)
    if held == want and not refresh.rebuilt:
        return refresh
    if (held is not None and held == _period_key(options.freq, before) and not refresh.rebuilt
            and refresh.fresh is not None):
        try:
            _fold_periods(store, refresh.fresh, options.freq, str(want))
        except PeriodFoldError:  # a table that is not the fold of the day sums it names: folded again whole
            _rebuild_periods(store, options.freq, str(want))
    elif refresh.fresh is None and not refresh.rebuilt and held is not None and held == _period_key(options.freq,
                                                                                                       before):
        store.set_meta(PERIOD_TABLE, str(want))  # runs that touched no pair of countries: nothing to fold
    else:
        _rebuild_periods(store, options.freq, str(want))
    return refresh


def _rebuild_periods(store: Store, freq: Freq, state: str) -> None:
    from detente.measure._batch import period_rows

    rows = read_day_rows(store, tops=False)
    table = period_rows(rows, freq)
    con = store.con
    con.register("_periods_now", table)
    con.execute("BEGIN TRANSACTION")
    try:
        # in period order: a cycle's update touches the latest periods, whose rows then lie together
        con.execute(f"CREATE OR REPLACE TABLE {PERIOD_TABLE} AS SELECT * FROM _periods_now ORDER BY period, a, b")
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [PERIOD_TABLE, state])
        con.execute("COMMIT")
    except BaseException:
        from detente.store._duckdb import rollback

        rollback(con)
        raise
    finally:
        con.unregister("_periods_now")


def _fold_periods(store: Store, fresh: pa.Table, freq: Freq, state: str) -> None:
    """Fold the day rows an update of the day sums wrote (``fresh``) into ``dyad_periods`` (see
    :func:`refresh_period_table`)."""
    con = store.con
    cells = _cells_of(fresh, freq)
    con.register("_period_cells", cells)
    try:
        # the range of periods lets the scan skip the rows of earlier periods (the table is in period order, and
        # an update appends the rows it folds), so only the touched periods' days are read
        lo, hi = pc.min(cells.column("period")).as_py(), pc.max(cells.column("period")).as_py()
        held = con.sql(f"SELECT p.* FROM {PERIOD_TABLE} p SEMI JOIN _period_cells c ON p.a = c.a AND p.b = c.b "
                       f"AND p.period = c.period WHERE p.period >= {sql_literal(lo)} AND p.period <= "
                       f"{sql_literal(hi)}").to_arrow_table()
    finally:
        con.unregister("_period_cells")
    table = fold_period_rows(held, fresh, freq)
    con.register("_period_cells", cells)
    con.register("_period_rows", table)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"DELETE FROM {PERIOD_TABLE} p USING _period_cells c WHERE p.a = c.a AND p.b = c.b "
                    f"AND p.period = c.period AND p.period >= {sql_literal(lo)} AND p.period <= "
                    f"{sql_literal(hi)}").fetchall()
        con.execute(f"INSERT INTO {PERIOD_TABLE} SELECT * FROM _period_rows").fetchall()
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [PERIOD_TABLE, state])
        con.execute("COMMIT")
    except BaseException:
        from detente.store._duckdb import rollback

        rollback(con)
        raise
    finally:
        con.unregister("_period_cells")
        con.unregister("_period_rows")


def _cells_of(rows: pa.Table, freq: Freq) -> pa.Table:
    """The distinct (a, b, period) cells of day rows."""
    from detente.measure._batch import ordinal, ordinal_start

    day = np.asarray(rows.column("day").cast(pa.int32()).to_numpy(zero_copy_only=False),
                     dtype=np.int64).astype("datetime64[D]")
    period = ordinal_start(ordinal(day, freq), freq)
    cells = pa.table({"a": rows.column("a"), "b": rows.column("b"), "period": pa.array(period, pa.date32())})
    return cells.group_by(["a", "b", "period"]).aggregate([])


class PeriodFoldError(MeasureError):
    """An update that writes one day of a dyad twice."""


def fold_period_rows(held: pa.Table, fresh: pa.Table, freq: Freq) -> pa.Table:
    """The period rows of the cells an update of the day sums touched, after it: ``held`` the cells' rows before
    (:func:`~detente.measure._batch.period_rows`; a cell without events has none) and ``fresh`` the day rows the
    update wrote. The held rows' days (their rounded sums in day order, ``u_``, and masks) are taken out of the
    rows, each written day takes its place among them (after the last day, on it, or before it: an event reported
    days late), replacing the day it recomputes, or leaves them when it has no events, and the days are folded into
    period rows again (:func:`~detente.measure._batch.rows_of_days`, the fold of
    :func:`~detente.measure._batch.period_rows`).
    A period's sums are its days' rounded sums added again in day order, so the result is the rows ``period_rows``
    gives from the day rows after the update, bit for bit, whatever the order the days came in (a cell left
    without a day has no row)."""
    from detente.measure._batch import _levels, days_of_rows, rows_of_days
    from detente.measure._index import settle_sums

    ha, hb, hday, hunits, hpressure, hlv = days_of_rows(held)

    def column(name: str) -> npt.NDArray[np.float64]:
        return np.asarray(fresh.column(name).to_numpy(zero_copy_only=False), dtype=np.float64)

    fday = np.asarray(fresh.column("day").cast(pa.int32()).to_numpy(zero_copy_only=False),
                      dtype=np.int64).astype("datetime64[D]")
    both = pa.table({
        "a": pa.concat_arrays([ha.cast(pa.string()), fresh.column("a").combine_chunks().cast(pa.string())]),
        "b": pa.concat_arrays([hb.cast(pa.string()), fresh.column("b").combine_chunks().cast(pa.string())]),
        "day": pa.array(np.concatenate([hday, fday]).astype(np.int64).astype(np.int32), pa.int32()),
        "fresh": pa.array(np.concatenate([np.zeros(hday.size, np.int8), np.ones(fday.size, np.int8)])),
        "i": pa.array(np.arange(hday.size + fday.size, dtype=np.int64))})
    both = both.sort_by([("a", "ascending"), ("b", "ascending"), ("day", "ascending"), ("fresh", "ascending")])
    a, b = both.column("a").combine_chunks(), both.column("b").combine_chunks()
    day = np.asarray(both.column("day").to_numpy(zero_copy_only=False), dtype=np.int64)
    src = np.asarray(both.column("fresh").to_numpy(zero_copy_only=False), dtype=np.int8)
    same_next = np.zeros(day.size, dtype=bool)
    if day.size > 1:
        same_next[:-1] = (np.asarray(pc.equal(a[:-1], a[1:]).to_numpy(zero_copy_only=False), dtype=bool)
                          & np.asarray(pc.equal(b[:-1], b[1:]).to_numpy(zero_copy_only=False), dtype=bool)
                          & (day[:-1] == day[1:]))
    if bool(np.any(same_next & (src == 1))):
        raise PeriodFoldError("the update writes a day of a dyad twice")
    order = np.asarray(both.column("i").to_numpy(zero_copy_only=False), dtype=np.int64)
    fresh_units = {c: settle_sums(column(c)) for c in hunits}
    units = {c: np.concatenate([hunits[c], fresh_units[c]])[order] for c in hunits}
    live = np.concatenate([np.ones(hday.size, dtype=bool), column("n") > 0])[order]
    pressure = np.concatenate([hpressure, column("pressure") > 0])[order]
    lv = np.concatenate([hlv, _levels(column("channel"))])[order]
    keep = live & ~same_next  # a held day the update writes again gives way to the written one
    out = rows_of_days(a.filter(pa.array(keep)), b.filter(pa.array(keep)), day[keep].astype("datetime64[D]"),
                       {c: units[c][keep] for c in units}, pressure[keep], lv[keep], freq)
    return out.select(held.column_names).cast(held.schema)


def read_period_rows(store: Store, dyads: Sequence[Dyad]) -> pa.Table:
    """Rows of ``dyad_periods`` of the dyads named, ordered by dyad and period, without their days' own sums."""
    if not dyads:
        return store.con.sql(f"SELECT {_NO_UNITS} FROM {PERIOD_TABLE} LIMIT 0").to_arrow_table()
    wanted = pa.table({"a": [min(d.a, d.b) for d in dyads], "b": [max(d.a, d.b) for d in dyads]})
    name = f"_wanted_{id(wanted)}"
    store.con.register(name, wanted)
    try:
        return store.con.sql(f"SELECT {_NO_UNITS} FROM {PERIOD_TABLE} t SEMI JOIN {name} w ON t.a = w.a "
                             "AND t.b = w.b ORDER BY a, b, period").to_arrow_table()
    finally:
        store.con.unregister(name)
