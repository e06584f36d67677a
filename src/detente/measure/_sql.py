"""The index and the scorecard as SQL written once, run by any engine (DuckDB in place, or Spark).

The numpy path (:func:`~detente.measure.coexistence_index`) reads every event of the dyad into memory. This
path sends one aggregate query instead and finishes in numpy on a few thousand rows, reusing the numpy path's
own tail (:func:`~detente.measure._index.series_from_days`), so both give the same :class:`IndexSeries` (to 1e-9).

The index query (:func:`day_sums_sql`) returns one row per day with events of the dyad: the rows read, the rows
kept after de-duplication (``exact``: the first row, in store order, of each date, source, target, code and
location; ``min-sources``: also dropping rows with fewer than two sources) and, over the kept rows, with
``w = ln(1 + max(coalesce(sources, 1), 1))`` (or 1): count, count with a Goldstein weight, Σw·g, Σw·|g|, Σw
over rows with a QuadClass, Σw over QuadClass 4 and over QuadClass 2, Σw over rows with a Goldstein weight,
Σw, whether a force-posture event happened that day, and the channel level meeting events open. Days group
into weeks, months or quarters in numpy, so the calendar is the numpy path's own; the evidence weighting and
the bootstrap work on these day rows, so they too are the numpy path's own. The SQL uses only what DuckDB and
Spark SQL share; the one dialect switch quotes the ledger's ``end`` column.

The scorecard query (:func:`scorecard_sql`) joins the ledger with the period grid and returns per period and
track the highest level in force, the highest grade-A level in force and the steps taken.

>>> import datetime as dt
>>> from detente.model import Dyad
>>> "GROUP BY date" in day_sums_sql(Dyad.parse("USA-PRK"), options=IndexOptions())
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal, TypeAlias

import numpy as np
import pyarrow as pa

from detente.errors import MeasureError
from detente.measure._index import SUM_COLUMNS, DaySums, IndexSeries, series_from_days
from detente.measure._options import IndexOptions
from detente.measure._periods import period_end, period_range, to_date
from detente.measure._scorecard import (
    TRACK_NAMES,
    ScorecardOptions,
    TrackSeries,
    lead_lag,
    reciprocity,
)
from detente.model import Dyad, Milestone
from detente.store import Engine, EventQuery, Store, engine_for
from detente.store._engine import inline, sql_literal

__all__ = [
    "Dialect",
    "day_sums_sql",
    "events_on",
    "first_rows_sums_sql",
    "index_from_day_sums",
    "index_on",
    "kept_sql",
    "run_events",
    "run_index",
    "run_scorecard",
    "scorecard_on",
    "scorecard_sql",
    "sums_sql",
]

Dialect: TypeAlias = Literal["duckdb", "spark"]

_ROOT = "CASE WHEN root IS NULL OR root = '' THEN substr(coalesce(code, ''), 1, 2) ELSE root END"
_DEDUP_KEY = "date, coalesce(source, ''), coalesce(target, ''), coalesce(code, ''), coalesce(location, '')"


def _in_list(values: Sequence[str]) -> str:
    return ", ".join(sql_literal(v) for v in values) if values else "NULL"


def day_sums_sql(dyad: Dyad, *, options: IndexOptions, datasets: Sequence[str] = (),
                 until: dt.date | None = None) -> str:
    """The per-day sums of the index over the ``events`` relation (both directions of ``dyad``)."""
    where, params = EventQuery(dyad=dyad, end=until, datasets=tuple(datasets)).where()
    return sums_sql(f"SELECT * FROM events{inline(where, params)}", options=options) + "\nORDER BY day"


def kept_sql(options: IndexOptions, *, by: Sequence[str] = ()) -> tuple[str, str, str]:
    """The SQL of the de-duplication and the weight: ``rn`` (the row's rank among its duplicates), the condition
    that keeps a row (given ``rn``), and its weight ``w``, with the de-duplication key widened by ``by``."""
    group = "".join(f"{c}, " for c in by)
    first = ("1" if options.dedup == "none" else
             f"row_number() OVER (PARTITION BY {group}{_DEDUP_KEY} ORDER BY dataset, key)")
    keep = "rn = 1" + (" AND (sources IS NULL OR sources >= 2)" if options.dedup == "min-sources" else "")
    # the numpy path's weight: a missing sources figure, or one below 1, counts as one source
    w = "ln(1.0 + greatest(CAST(coalesce(sources, 1) AS DOUBLE), 1.0))" if options.source_weighting == "log" else "1.0"
    return first, keep, w


def sums_sql(rows: str, *, options: IndexOptions, by: Sequence[str] = ()) -> str:
    """The index's per-day sums over the relation ``rows`` (a SELECT with the event columns), grouped by the
    columns ``by`` (say the two countries of a dyad; none: one dyad's rows) and the day. The de-duplication key
    gains the ``by`` columns, which the rows of one group share."""
    group = "".join(f"{c}, " for c in by)
    first, keep, w = kept_sql(options, by=by)
    return f"""
WITH base AS (
    SELECT {group}date, quad_class, sources, CAST(goldstein AS DOUBLE) AS g, {_ROOT} AS root2, {first} AS rn
    FROM ({rows}) r
), kept AS (
    SELECT {group}date, quad_class, g, root2, CASE WHEN {keep} THEN 1 ELSE 0 END AS k, {w} AS w FROM base
)
{_day_aggregates(options, group, "count(*)")}
""".strip()


def first_rows_sums_sql(rows: str, *, options: IndexOptions, by: Sequence[str]) -> str:
    """:func:`sums_sql` (with ``dedup`` ``exact`` or ``min-sources``) computed another way, and the kept rows
    beside it: each set of duplicates grouped and its first row (by dataset, then key: the row that
    :func:`kept_sql`'s ``row_number()`` ranks first) taken with ``arg_min``, instead of numbering every row of
    each set in a window. The same sums (up to the order DuckDB adds them in), in a fraction of the time. Returns
    the SQL of two relations for a ``WITH``: ``kept`` (columns ``by``, ``date``, ``key``, ``quad_class``,
    ``g``, ``root2``, ``k`` = 1 when the row is kept, ``w``) and ``sums`` (:func:`sums_sql`'s columns)."""
    if options.dedup == "none":
        raise MeasureError("first_rows_sums_sql needs a de-duplication (dedup exact or min-sources)")
    group = "".join(f"{c}, " for c in by)
    _, keep, w = kept_sql(options)
    first = f"""
    SELECT {group}date, count(*) AS c,
        arg_min(struct_pack(key := key, sources := sources, quad_class := quad_class,
                            g := CAST(goldstein AS DOUBLE), root2 := {_ROOT}), struct_pack(d := dataset, k := key)) AS f
    FROM ({rows}) r
    GROUP BY {group}{_DEDUP_KEY}"""
    return f"""
first AS ({first}
), kept AS (
    SELECT {group}date, c, key, quad_class, g, root2, CASE WHEN {keep} THEN 1 ELSE 0 END AS k, {w} AS w
    FROM (SELECT {group}date, c, 1 AS rn, f.key AS key, f.sources AS sources, f.quad_class AS quad_class, f.g AS g,
                 f.root2 AS root2 FROM first)
), sums AS (
{_day_aggregates(options, group, "CAST(sum(c) AS BIGINT)")}
)""".strip()


def _day_aggregates(options: IndexOptions, group: str, raw: str) -> str:
    """The aggregate of the per-day sums over the relation ``kept`` (``raw`` counts the rows read)."""
    roots = _in_list(options.pressure_roots)
    return f"""SELECT {group}date AS day,
    {raw} AS raw,
    CAST(sum(k) AS BIGINT) AS n,
    CAST(sum(CASE WHEN k = 1 AND g IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS ng,
    sum(CASE WHEN k = 1 THEN w * coalesce(g, 0.0) ELSE 0.0 END) AS wg,
    sum(CASE WHEN k = 1 THEN w * abs(coalesce(g, 0.0)) ELSE 0.0 END) AS wabs,
    sum(CASE WHEN k = 1 AND quad_class > 0 THEN w ELSE 0.0 END) AS wq,
    sum(CASE WHEN k = 1 AND quad_class = 4 THEN w ELSE 0.0 END) AS w4,
    sum(CASE WHEN k = 1 AND quad_class = 2 THEN w ELSE 0.0 END) AS w2,
    sum(CASE WHEN k = 1 AND g IS NOT NULL THEN w ELSE 0.0 END) AS wn,
    sum(CASE WHEN k = 1 THEN w ELSE 0.0 END) AS w,
    max(CASE WHEN k = 1 AND root2 IN ({roots}) THEN 1 ELSE 0 END) AS pressure,
    max(CASE WHEN k = 1 AND root2 = '04' THEN 2 WHEN k = 1 AND root2 IN ('01', '02', '03') THEN 1 ELSE 0 END)
        AS channel
FROM kept
GROUP BY {group}date"""


def index_from_day_sums(days: pa.Table, *, dyad: Dyad, milestones: Sequence[Milestone] = (),
                        options: IndexOptions | None = None, start: dt.date | None = None,
                        end: dt.date | None = None, as_of: dt.date | None = None) -> IndexSeries:
    """The :class:`IndexSeries` from the per-day sums (the answer to :func:`day_sums_sql`), finished by the same
    :func:`~detente.measure._index.series_from_days` as the numpy path. The series holds no events (``frame``
    is empty), so :func:`~detente.measure.event_impacts` gives nothing for it."""
    def column(name: str, dtype: type) -> np.ndarray:  # type: ignore[type-arg]
        return np.asarray(days.column(name).to_numpy(zero_copy_only=False), dtype=dtype)

    sums = DaySums(
        day=column("day", "datetime64[D]"),  # type: ignore[arg-type]
        sums={c: column(c, np.float64) for c in SUM_COLUMNS},
        pressure=column("pressure", np.float64), channel=column("channel", np.float64),
        raw=int(column("raw", np.int64).sum()),
    )
    return series_from_days(sums, dyad=dyad, milestones=milestones, options=options, start=start, end=end,
                            as_of=as_of)


def run_index(engine: Engine, dyad: Dyad, *, options: IndexOptions | None = None, datasets: Sequence[str] = (),
              start: dt.date | None = None, end: dt.date | None = None,
              as_of: dt.date | None = None) -> IndexSeries:
    """The CXI of ``dyad`` computed by ``engine`` (the arguments of ``judge.index_from_store``)."""
    opts = options or IndexOptions()
    days = engine.query(day_sums_sql(dyad, options=opts, datasets=datasets, until=as_of))
    return index_from_day_sums(days, dyad=dyad, milestones=engine.milestones(dyad=dyad), options=opts,
                               start=start, end=end, as_of=as_of)


def scorecard_sql(dyad: Dyad, grid_start: Sequence[dt.date], grid_end: Sequence[dt.date], *,
                  options: ScorecardOptions, as_of: dt.date | None = None, dialect: Dialect = "duckdb") -> str:
    """Per period (its position ``i`` in the grid) and track: the highest level in force, the highest grade-A
    level in force, and the steps dated in the period, over the ``milestones`` relation."""
    end_col = '"end"' if dialect == "duckdb" else "`end`"
    periods = ", ".join(f"({i}, {sql_literal(a)}, {sql_literal(b)})"
                        for i, (a, b) in enumerate(zip(grid_start, grid_end, strict=True)))
    one_off = " OR ".join(f"instr(lower(kind), {sql_literal(k.lower())}) > 0" for k in options.one_off_kinds)
    cutoff = "" if as_of is None else f" AND date <= {sql_literal(as_of)}"
    end_known = "" if as_of is None else f" OR m.end_day > {sql_literal(as_of)}"
    return f"""
WITH p AS (
    SELECT * FROM (VALUES {periods}) AS grid(i, first_day, last_day)
), m AS (
    SELECT date, {end_col} AS end_day, track, CAST(level AS INT) AS level, grade,
        CASE WHEN {one_off or "FALSE"} THEN 1 ELSE 0 END AS one_off
    FROM milestones
    WHERE dyad IN ({sql_literal(str(dyad))}, {sql_literal(f"{dyad.b}-{dyad.a}")})
        AND track IN ({_in_list(TRACK_NAMES)}){cutoff}
), f AS (
    SELECT p.i, m.track, m.level, m.grade,
        CASE WHEN m.date > p.last_day THEN 0
             WHEN m.end_day IS NOT NULL THEN CASE WHEN m.end_day >= p.first_day{end_known} THEN 1 ELSE 0 END
             WHEN m.one_off = 1 THEN CASE WHEN m.date + {int(options.memory_days) - 1} >= p.first_day
                                          THEN 1 ELSE 0 END
             ELSE 1 END AS live,
        CASE WHEN m.date >= p.first_day AND m.date <= p.last_day THEN 1 ELSE 0 END AS step
    FROM p CROSS JOIN m
)
SELECT i, track,
    max(CASE WHEN live = 1 THEN level ELSE 0 END) AS level,
    max(CASE WHEN live = 1 AND grade = 'A' THEN level ELSE 0 END) AS grade_a,
    sum(step) AS steps
FROM f
GROUP BY i, track
ORDER BY i, track
""".strip()


def run_scorecard(engine: Engine, dyad: Dyad, *, options: ScorecardOptions | None = None,
                  start: dt.date | None = None, end: dt.date | None = None,
                  as_of: dt.date | None = None) -> TrackSeries:
    """Both tracks of ``dyad`` per period computed by ``engine``, with the window defaults and the result of
    ``judge.scorecard_from_store``; the diagnostics come from the per-period levels as there."""
    opts = options or ScorecardOptions()
    ms = [m for m in engine.milestones(dyad=dyad) if as_of is None or m.date <= as_of]
    if not ms and (start is None or end is None):
        raise MeasureError(f"the store has no milestone ledger for {dyad}; the scorecard needs one "
                           "(the bundled record ships the US-DPRK ledger)")
    first = start or ms[0].date
    last = end or as_of or max(max(m.date for m in ms), max((m.end for m in ms if m.end), default=ms[0].date))
    if last < first:
        raise MeasureError(f"scorecard window {first}..{last} ends before it starts; swap --from and --to")
    grid = period_range(np.datetime64(first, "D"), np.datetime64(last, "D"), opts.freq)
    ends = period_end(grid, opts.freq)
    level = {t: np.zeros(len(grid)) for t in TRACK_NAMES}
    grade_a = {t: np.zeros(len(grid)) for t in TRACK_NAMES}
    steps = {t: np.zeros(len(grid), dtype=np.int64) for t in TRACK_NAMES}
    dialect: Dialect = "spark" if engine.name == "spark" else "duckdb"
    sql = scorecard_sql(dyad, [to_date(s) for s in grid], [to_date(e) for e in ends], options=opts, as_of=as_of,
                        dialect=dialect)
    for row in engine.query(sql).to_pylist() if len(grid) else []:
        i, t = int(row["i"]), str(row["track"])
        level[t][i], grade_a[t][i], steps[t][i] = float(row["level"]), float(row["grade_a"]), int(row["steps"])
    balance = np.cumsum(steps["peace"]) - np.cumsum(steps["denuclearization"])
    window_end = min(last, as_of) if as_of is not None else last
    tracked = [m for m in ms if m.track in TRACK_NAMES]
    dates = {t: [m.date for m in tracked if m.track == t and first <= m.date <= window_end] for t in TRACK_NAMES}
    diagnostics = {
        "lead_lag": lead_lag(level["peace"], level["denuclearization"], opts.max_lag),
        "reciprocity": {
            "denuclearization_after_peace": reciprocity(dates["peace"], dates["denuclearization"], first,
                                                        window_end, opts.reciprocity_days),
            "peace_after_denuclearization": reciprocity(dates["denuclearization"], dates["peace"], first,
                                                        window_end, opts.reciprocity_days),
        },
        "action_for_action": {
            "peace_steps": len(dates["peace"]),
            "denuclearization_steps": len(dates["denuclearization"]),
            "final": int(balance[-1]) if balance.size else 0,
            "max_abs": int(np.abs(balance).max()) if balance.size else 0,
        },
    }
    return TrackSeries(dyad=str(dyad), options=opts, start=grid, level=level, grade_a_level=grade_a, steps=steps,
                       balance=balance, diagnostics=diagnostics)


def run_events(engine: Engine, query: EventQuery) -> pa.Table:
    """The events matching ``query`` as ``Store.events_arrow`` gives them, read by ``engine``."""
    return engine.events_arrow(query)


def index_on(store: Store, dyad: Dyad, *, engine: str = "duckdb", options: IndexOptions | None = None,
             datasets: Sequence[str] = (), start: dt.date | None = None, end: dt.date | None = None,
             as_of: dt.date | None = None) -> IndexSeries:
    """``judge.index_from_store`` computed by the engine called ``engine`` (``duckdb`` or ``spark``)."""
    with engine_for(engine, store) as eng:
        return run_index(eng, dyad, options=options, datasets=datasets, start=start, end=end, as_of=as_of)


def scorecard_on(store: Store, dyad: Dyad, *, engine: str = "duckdb", options: ScorecardOptions | None = None,
                 start: dt.date | None = None, end: dt.date | None = None,
                 as_of: dt.date | None = None) -> TrackSeries:
    """``judge.scorecard_from_store`` computed by the engine called ``engine``."""
    with engine_for(engine, store) as eng:
        return run_scorecard(eng, dyad, options=options, start=start, end=end, as_of=as_of)


def events_on(store: Store, query: EventQuery, *, engine: str = "duckdb") -> pa.Table:
    """``store.events_arrow(query)`` read by the engine called ``engine``."""
    with engine_for(engine, store) as eng:
        return run_events(eng, query)
