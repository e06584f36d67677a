"""The index and the scorecard as SQL written once, run by any engine (DuckDB in place, or Spark).

The numpy path (:func:`~detente.measure.coexistence_index`) reads every event of the dyad into memory. This
path sends one aggregate query instead and finishes in numpy on a few thousand rows, reusing the numpy path's
own period, component, channel and pressure functions, so both give the same :class:`IndexSeries` (to 1e-9).

The index query (:func:`day_sums_sql`) returns one row per day with events of the dyad: the rows read, the rows
kept after de-duplication (``exact``: the first row, in store order, of each date, source, target, code and
location; ``min-sources``: also dropping rows with fewer than two sources) and, over the kept rows, with
``w = ln(1 + max(coalesce(sources, 1), 1))`` (or 1): count, count with a Goldstein weight, Σw·g, Σw·|g|, Σw
over rows with a QuadClass, Σw over QuadClass 4 and over QuadClass 2, whether a force-posture event happened
that day, and the channel level meeting events open. Days group into weeks, months or quarters in numpy, so
the calendar is the numpy path's own. The SQL uses only what DuckDB and Spark SQL share; the one dialect
switch quotes the ledger's ``end`` column.

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
from detente.measure._channel import channel_series
from detente.measure._frame import EventFrame
from detente.measure._index import (
    F64,
    IndexSeries,
    _add_years,
    _bin,
    _components,
    _cxi,
    _scale,
    activity_baseline,
)
from detente.measure._options import IndexOptions
from detente.measure._periods import period_end, period_range, period_start, to_date
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

__all__ = ["Dialect", "day_sums_sql", "events_on", "index_from_day_sums", "index_on", "run_events", "run_index",
           "run_scorecard", "scorecard_on", "scorecard_sql"]

Dialect: TypeAlias = Literal["duckdb", "spark"]
SUM_COLUMNS: tuple[str, ...] = ("n", "ng", "wg", "wabs", "wq", "w4", "w2")

_ROOT = "CASE WHEN root IS NULL OR root = '' THEN substr(coalesce(code, ''), 1, 2) ELSE root END"
_DEDUP_KEY = "date, coalesce(source, ''), coalesce(target, ''), coalesce(code, ''), coalesce(location, '')"


def _in_list(values: Sequence[str]) -> str:
    return ", ".join(sql_literal(v) for v in values) if values else "NULL"


def day_sums_sql(dyad: Dyad, *, options: IndexOptions, datasets: Sequence[str] = (),
                 until: dt.date | None = None) -> str:
    """The per-day sums of the index over the ``events`` relation (both directions of ``dyad``)."""
    where, params = EventQuery(dyad=dyad, end=until, datasets=tuple(datasets)).where()
    where = inline(where, params)
    first = "1" if options.dedup == "none" else f"row_number() OVER (PARTITION BY {_DEDUP_KEY} ORDER BY dataset, key)"
    keep = "rn = 1" + (" AND (sources IS NULL OR sources >= 2)" if options.dedup == "min-sources" else "")
    # the numpy path's weight: a missing sources figure, or one below 1, counts as one source
    w = "ln(1.0 + greatest(CAST(coalesce(sources, 1) AS DOUBLE), 1.0))" if options.source_weighting == "log" else "1.0"
    roots = _in_list(options.pressure_roots)
    return f"""
WITH base AS (
    SELECT date, quad_class, sources, CAST(goldstein AS DOUBLE) AS g, {_ROOT} AS root2, {first} AS rn
    FROM events{where}
), kept AS (
    SELECT date, quad_class, g, root2, CASE WHEN {keep} THEN 1 ELSE 0 END AS k, {w} AS w FROM base
)
SELECT date AS day,
    count(*) AS raw,
    sum(k) AS n,
    sum(CASE WHEN k = 1 AND g IS NOT NULL THEN 1 ELSE 0 END) AS ng,
    sum(CASE WHEN k = 1 THEN w * coalesce(g, 0.0) ELSE 0.0 END) AS wg,
    sum(CASE WHEN k = 1 THEN w * abs(coalesce(g, 0.0)) ELSE 0.0 END) AS wabs,
    sum(CASE WHEN k = 1 AND quad_class > 0 THEN w ELSE 0.0 END) AS wq,
    sum(CASE WHEN k = 1 AND quad_class = 4 THEN w ELSE 0.0 END) AS w4,
    sum(CASE WHEN k = 1 AND quad_class = 2 THEN w ELSE 0.0 END) AS w2,
    max(CASE WHEN k = 1 AND root2 IN ({roots}) THEN 1 ELSE 0 END) AS pressure,
    max(CASE WHEN k = 1 AND root2 = '04' THEN 2 WHEN k = 1 AND root2 IN ('01', '02', '03') THEN 1 ELSE 0 END)
        AS channel
FROM kept
GROUP BY date
ORDER BY day
""".strip()


def index_from_day_sums(days: pa.Table, *, dyad: Dyad, milestones: Sequence[Milestone] = (),
                        options: IndexOptions | None = None, start: dt.date | None = None,
                        end: dt.date | None = None, as_of: dt.date | None = None) -> IndexSeries:
    """The :class:`IndexSeries` from the per-day sums (the answer to :func:`day_sums_sql`), computed as
    :func:`~detente.measure.coexistence_index` does. The series holds no events (``frame`` is empty), so
    :func:`~detente.measure.event_impacts` gives nothing for it."""
    opts = options or IndexOptions()
    freq = opts.freq
    if as_of is not None:
        milestones = [m for m in milestones if m.date <= as_of]
    n_kept = np.asarray(days.column("n").to_numpy(zero_copy_only=False), dtype=np.float64)
    raw = int(np.asarray(days.column("raw").to_numpy(zero_copy_only=False), dtype=np.int64).sum())
    live = n_kept > 0
    day = np.asarray(days.column("day").to_numpy(zero_copy_only=False), dtype="datetime64[D]")[live]
    col = {c: np.asarray(days.column(c).to_numpy(zero_copy_only=False), dtype=np.float64)[live]
           for c in (*SUM_COLUMNS, "pressure", "channel")}
    merged = raw - int(col["n"].sum())
    if day.size == 0:
        known = f" by {as_of}" if as_of is not None else ""
        raise MeasureError(
            f"no {dyad} events{known} in the data given; ingest a dataset that covers the dyad "
            "(e.g. 'detente ingest icews') or pick another --dyad"
        )
    first_day, last_day = day.min(), day.max()
    if opts.pressure_reference is not None:
        ref = opts.pressure_reference
    else:
        last = to_date(last_day)
        ref = (_add_years(last, -opts.reference_years) + dt.timedelta(days=1), last)
    lo_day = min(first_day, np.datetime64(ref[0], "D"))
    hi_candidates = [last_day, np.datetime64(ref[1], "D")]
    if as_of is not None:
        hi_candidates.append(np.datetime64(as_of, "D"))
    if end is not None:
        hi_candidates.append(np.datetime64(end, "D"))
    if start is not None:
        lo_day = min(lo_day, np.datetime64(start, "D"))
    grid = period_range(lo_day, max(hi_candidates), freq)
    n = len(grid)
    pos = np.searchsorted(grid, period_start(day, freq)).astype(np.intp)
    sums: dict[str, F64] = {k: _bin(pos, col[k], n) for k in SUM_COLUMNS}
    balance, mshare, kshare = _components(sums)

    pdays = np.bincount(pos[col["pressure"] > 0], minlength=n).astype(np.float64)
    in_ref = (grid >= period_start(np.array([np.datetime64(ref[0], "D")]), freq)[0]) & (
        grid <= np.datetime64(ref[1], "D"))
    ref_days = pdays[in_ref] if in_ref.any() else pdays
    p_lo, p_hi = float(ref_days.min()), float(ref_days.max())
    pressure = _scale(pdays, p_lo, p_hi)

    meets = col["channel"] > 0
    meeting_days = EventFrame.from_columns({
        "date": list(day[meets]), "root": ["04" if c == 2 else "01" for c in col["channel"][meets]]})
    channel, ch_source = channel_series(meeting_days, milestones, grid, freq, source=opts.channel_from,
                                        as_of=as_of, working_days=opts.working_days, leader_days=opts.leader_days)
    cxi = _cxi(opts, balance, mshare, kshare, channel, pressure)

    out_lo = period_start(np.array([np.datetime64(start or to_date(first_day), "D")]), freq)[0]
    out_hi_day = np.datetime64(end, "D") if end is not None else max(
        last_day, np.datetime64(as_of, "D") if as_of is not None else last_day)
    keep = (grid >= out_lo) & (grid <= out_hi_day)
    if not keep.any():
        raise MeasureError(f"the window {start}..{end} holds no period; check --from and --to")
    empty = EventFrame.from_columns({"date": []})
    return IndexSeries(
        dyad=str(dyad), options=opts, start=grid[keep], cxi=cxi[keep], balance=balance[keep],
        material_conflict=mshare[keep], material_cooperation=kshare[keep], channel=channel[keep],
        pressure=pressure[keep], events=np.rint(sums["n"][keep]).astype(np.int64),
        pressure_days=pdays[keep].astype(np.int64), reference=ref, pressure_range=(p_lo, p_hi),
        channel_source=ch_source, merged=merged, frame=empty, event_period=np.zeros(0, dtype=np.intp),
        as_of=as_of, _sums={k: v[keep] for k, v in sums.items()} | {"pdays": pdays[keep]},
        activity_baseline=activity_baseline(sums["wabs"], grid, ref, freq),
    )


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
