"""The world table: one row per unordered dyad, each judged as ``detente judge`` judges one dyad.

A row summarises the dyad's current regime over the window asked for: its mean CXI with the interval of that
mean (``cxi``, ``cxi_low``, ``cxi_high``), its trend, whether it is coexistent (``None`` with ``evidence``
"insufficient" when it rests on too little), the day it began when a change point opened it
(``last_change_point``), and the online detector's live flag (``alert``) with its probability; beside them the
latest period with a CXI, its change from the one before, the event of that period with the most weight in the
cooperation balance (``top_event``), and the CXI of every period of the window (``sparkline``). ``alert`` is the
live flag of ``detente judge`` on a series with at least ``min_periods`` periods with a CXI (the watch's rule: a
series of one or two values has no run to break); ``change_probability`` is the detector's probability as it is.

Every dyad's numbers are those of :func:`~detente.judge.find_regimes` on its :class:`IndexSeries`: the index of
all dyads comes from :func:`~detente.measure._batch.batch_series` (one pass of array operations, equal to the
one-dyad definition) and the regimes from the many-series change-point functions, equal to the one-series ones;
dyads with a milestone ledger are computed the one-dyad way. ``tests/monitor/test_monitor_world.py`` checks that
each row equals ``detente judge`` on the same dyad.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Any, Literal, TypeAlias

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from detente.errors import InputError, MeasureError
from detente.judge._options import JudgeOptions
from detente.judge._regimes import find_regimes, periods_per_year
from detente.measure import IndexSeries, months_to_periods
from detente.measure._batch import SeriesBatch, batch_series, ordinal, ordinal_start
from detente.measure._changebatch import bocpd_many, pelt_many
from detente.measure._index import SUM_COLUMNS, DaySums, series_from_days
from detente.measure._periods import period_end, period_label, to_date
from detente.measure._world import (
    day_table_current,
    dyad_day_sums_sql,
    read_day_rows,
    refresh_day_table,
    top_events_sql,
)
from detente.model import Dyad, Milestone
from detente.store import DuckDBEngine, Engine, Store

__all__ = ["SORTS", "DyadRow", "DyadTable", "Sort", "add_top_events", "ledgers_of", "select_rows", "series_row",
           "world_from_store", "world_on", "world_table"]

Sort: TypeAlias = Literal["change", "cxi", "events", "name"]
SORTS: tuple[str, ...] = ("change", "cxi", "events", "name")
F64 = npt.NDArray[np.float64]


def _r(x: float | None, digits: int = 3) -> float | None:
    return None if x is None or not np.isfinite(x) else round(float(x), digits)


@dataclass(frozen=True)
class DyadRow:
    """One dyad of the world table (see the module docstring for each field)."""

    dyad: str
    events: int
    cxi: float | None
    cxi_low: float | None
    cxi_high: float | None
    trend: str
    coexistent: bool | None
    evidence: str
    last_change_point: dt.date | None
    alert: bool
    change_probability: float
    regime_start: dt.date | None
    period: str | None
    latest_cxi: float | None
    change: float | None
    sparkline: list[float | None] = field(default_factory=list)
    top_event: dict[str, Any] | None = None

    @property
    def countries(self) -> tuple[str, str]:
        a, b = self.dyad.split("-")
        return a, b

    def to_dict(self) -> dict[str, Any]:
        return {
            "dyad": self.dyad, "events": self.events, "cxi": _r(self.cxi), "cxi_low": _r(self.cxi_low),
            "cxi_high": _r(self.cxi_high), "trend": self.trend, "coexistent": self.coexistent,
            "evidence": self.evidence,
            "last_change_point": None if self.last_change_point is None else self.last_change_point.isoformat(),
            "alert": self.alert, "change_probability": _r(self.change_probability, 4),
            "regime_start": None if self.regime_start is None else self.regime_start.isoformat(),
            "period": self.period, "latest_cxi": _r(self.latest_cxi), "change": _r(self.change),
            "top_event": self.top_event, "sparkline": [_r(v, 1) for v in self.sparkline],
        }


@dataclass(frozen=True)
class DyadTable:
    """The world table: its rows (sorted), the window's periods (the sparklines' x axis) and how it was made."""

    rows: list[DyadRow]
    periods: list[str]
    options: JudgeOptions
    start: dt.date | None
    end: dt.date | None
    as_of: dt.date | None
    dyads_total: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "freq": self.options.index.freq, "from": None if self.start is None else self.start.isoformat(),
            "to": None if self.end is None else self.end.isoformat(),
            "as_of": None if self.as_of is None else self.as_of.isoformat(), "dyads_total": self.dyads_total,
            "dyads_shown": len(self.rows), "periods": self.periods, "dyads": [r.to_dict() for r in self.rows],
        }


def world_table(rows: pa.Table, *, options: JudgeOptions | None = None, milestones: Mapping[str, Sequence[Milestone]]
                | None = None, start: dt.date | None = None, end: dt.date | None = None, as_of: dt.date | None = None,
                sort: str = "change", min_events: int = 0, country: str | None = None,
                top: int | None = None) -> DyadTable:
    """The world table from the per-day sums of every dyad (``rows``: columns ``a``, ``b``, ``day`` and the sums,
    sorted by dyad and day; :func:`~detente.measure._world.dyad_day_sums_sql`) and the ledgers (``milestones``:
    dyad ``A-B`` with A < B -> its milestones). Rows are filtered (``country``, ``min_events``), sorted and cut
    to ``top``."""
    opts = options or JudgeOptions()
    select_rows([], sort=sort, min_events=min_events, country=country, top=top)  # refuse bad filters first
    if start is not None and end is not None and end < start:
        raise InputError(f"--to {end} is before --from {start}; swap them")
    ledgers = {k: list(v) for k, v in (milestones or {}).items() if v}
    if as_of is not None:  # what was known by then (--from and --to only trim what is shown, as for the index)
        rows = rows.filter(pa.compute.less_equal(rows.column("day"), pa.scalar(as_of, pa.date32())))
    keys = [f"{a}-{b}" for a, b in zip(rows.column("a").to_pylist(), rows.column("b").to_pylist(), strict=True)]
    is_ledger = pa.array([k in ledgers for k in keys], pa.bool_())
    plain = rows.filter(pa.compute.invert(is_ledger)) if ledgers else rows
    batch = batch_series(plain, options=opts.index, start=start, end=end, as_of=as_of)
    with_ledger = []
    for key in sorted(ledgers):
        mine = rows.filter(pa.array([k == key for k in keys], pa.bool_()))
        if mine.num_rows:
            found = _ledger_series(mine, key, ledgers[key], opts, start, end, as_of)
            if found is not None:
                with_ledger.append(found)
    window = _window(batch, with_ledger, opts, start, end, as_of)
    out = _batch_rows(batch, opts, window) + [series_row(x, opts, window) for x in with_ledger]
    total = len(out)
    out = select_rows(out, sort=sort, min_events=min_events, country=country, top=top)
    labels = [period_label(s, opts.index.freq) for s in ordinal_start(window, opts.index.freq)]
    return DyadTable(rows=out, periods=labels, options=opts, start=start, end=end, as_of=as_of, dyads_total=total)


def select_rows(rows: Sequence[DyadRow], *, sort: str = "change", min_events: int = 0, country: str | None = None,
                top: int | None = None) -> list[DyadRow]:
    """The rows of one country (ISO3), with at least ``min_events`` events, sorted (``change``: alerts first, then
    the largest move of the latest period, then the busiest; ``cxi``: highest first; ``events``; ``name``), the
    first ``top``."""
    if sort not in SORTS:
        raise InputError(f"sort {sort!r} is not one of: {', '.join(SORTS)}")
    if min_events < 0:
        raise InputError(f"--min-events {min_events} must not be negative")
    if top is not None and top < 1:
        raise InputError(f"--top {top} must be at least 1")
    out = list(rows)
    if country is not None and country.strip():
        code = country.strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise InputError(f"--country {country!r} is not a three-letter country code, e.g. PRK")
        out = [r for r in out if code in r.countries]
    out = [r for r in out if r.events >= min_events]
    out.sort(key=_sort_key(sort))
    return out if top is None else out[:top]


def _sort_key(sort: str) -> Any:
    def key(r: DyadRow) -> tuple[Any, ...]:
        if sort == "name":
            return (r.dyad,)
        if sort == "cxi":
            return (r.cxi is None, -(r.cxi or 0.0), r.dyad)
        if sort == "events":
            return (-r.events, r.dyad)
        # change: an alert first, then the largest move of the latest period, then the busiest
        return (not r.alert, -(abs(r.change) if r.change is not None else -1.0), -r.events, r.dyad)

    return key


def _window(batch: SeriesBatch, others: Sequence[IndexSeries], opts: JudgeOptions, start: dt.date | None,
            end: dt.date | None, as_of: dt.date | None) -> npt.NDArray[np.int64]:
    """The period numbers of the table's window: from --from (or the earliest series) to --to (or the latest)."""
    freq = opts.index.freq
    base = int(ordinal(batch.start[:1], freq)[0]) if len(batch.start) else 0
    firsts = [int(batch.first.min()) + base] if len(batch) else []
    lasts = [int(batch.last.max()) + base] if len(batch) else []
    for series in others:
        numbers = ordinal(series.start, freq)
        firsts.append(int(numbers[0]))
        lasts.append(int(numbers[-1]))
    lo = min(firsts) if firsts else None
    hi = max(lasts) if lasts else None
    if start is not None:
        lo = int(ordinal(np.array([np.datetime64(start, "D")]), freq)[0])
    last_day = end or as_of
    if last_day is not None:
        hi = int(ordinal(np.array([np.datetime64(last_day, "D")]), freq)[0])
    if lo is None or hi is None or hi < lo:
        return np.zeros(0, dtype=np.int64)
    return np.arange(lo, hi + 1, dtype=np.int64)


def _sparkline(numbers: npt.NDArray[np.int64], values: F64, window: npt.NDArray[np.int64]) -> list[float | None]:
    if window.size == 0:
        return []
    out: list[float | None] = [None] * int(window.size)
    pos = numbers - window[0]
    for p, v in zip(pos.tolist(), values.tolist(), strict=True):
        if 0 <= p < window.size and np.isfinite(v):
            out[p] = float(v)
    return out


def _batch_rows(batch: SeriesBatch, opts: JudgeOptions, window: npt.NDArray[np.int64]) -> list[DyadRow]:
    """Every dyad of the batch judged: change points, the current regime, the live flag."""
    freq = opts.index.freq
    z = NormalDist().inv_cdf((1.0 + opts.index.evidence.level) / 2.0)
    base = int(ordinal(batch.start[:1], freq)[0]) if len(batch.start) else 0
    spans = [(i, int(batch.first[i]), int(batch.last[i])) for i in range(len(batch)) if batch.first[i] <= batch.last[i]]
    observed = {i: np.flatnonzero(~np.isnan(batch.cxi[i, f:last + 1])) + f for i, f, last in spans}
    by_n: dict[int, list[int]] = {}
    for i, _, _ in spans:
        by_n.setdefault(int(observed[i].size), []).append(i)
    min_size = months_to_periods(opts.change.min_months, freq)
    cps: dict[int, list[int]] = {}
    online: dict[int, tuple[float, bool]] = {}
    for n, members in by_n.items():
        if n == 0:
            for i in members:
                cps[i], online[i] = [], (0.0, False)
            continue
        values = np.stack([batch.cxi[i, observed[i]] for i in members])
        noise = np.array([_noise(batch, i, z) for i in members])
        found, _ = pelt_many(values, min_size=min_size, penalty_factor=opts.change.penalty_factor,
                             cost=opts.change.cost, noise_floor=noise)
        prob, flag, _ = bocpd_many(values, hazard_periods=opts.change.hazard_periods, recent=opts.change.recent,
                                   flag_probability=opts.change.flag_probability)
        for j, i in enumerate(members):
            cps[i] = [int(observed[i][b]) for b in found[j]]
            online[i] = (float(prob[j]), bool(flag[j]))
    regime = {i: (cps[i][-1] if cps[i] else f, last) for i, f, last in spans}
    bounds = _regime_bounds(batch, regime)
    return [_row(batch, i, f, last, observed[i], cps[i], online[i], bounds.get(i), opts, base, window)
            for i, f, last in spans]


def _regime_bounds(batch: SeriesBatch, regime: dict[int, tuple[int, int]]) -> dict[int, tuple[float, float]]:
    """The interval of each current regime's mean CXI: per draw, the mean of the CXI draws of its observed
    periods (``regime_interval``), the draws of a period drawn once for all the dyads that have it."""
    if batch.options.evidence.resamples == 0 or not regime:
        return {}
    level = batch.options.evidence.level
    dyads = np.array(sorted(regime), dtype=np.int64)
    lo = np.array([regime[int(i)][0] for i in dyads])
    hi = np.array([regime[int(i)][1] for i in dyads])
    acc = np.zeros((dyads.size, batch.options.evidence.resamples))
    count = np.zeros(dyads.size, dtype=np.int64)
    observed = ~np.isnan(batch.cxi[dyads])
    for col in range(batch.cxi.shape[1]):
        member = observed[:, col] & (lo <= col) & (hi >= col)
        if not member.any():
            continue
        where = np.flatnonzero(member)
        acc[where] += batch.draws(dyads[where], col)
        count[where] += 1
    out: dict[int, tuple[float, float]] = {}
    has = np.flatnonzero(count > 0)
    if has.size:
        means = acc[has] / count[has][:, None]
        q_lo, q_hi = np.quantile(means, [(1.0 - level) / 2.0, (1.0 + level) / 2.0], axis=1)
        for k, j in enumerate(has.tolist()):
            i = int(dyads[j])
            first, last = regime[i]
            point = float(np.nanmean(batch.cxi[i, first:last + 1]))
            out[i] = (min(float(q_lo[k]), point), max(float(q_hi[k]), point))
    return out


def _noise(batch: SeriesBatch, i: int, z: float) -> float:
    """``measurement_noise`` of one batch series (its window's observed periods)."""
    f, last = int(batch.first[i]), int(batch.last[i])
    lo, hi, c = batch.cxi_low[i, f:last + 1], batch.cxi_high[i, f:last + 1], batch.cxi[i, f:last + 1]
    ok = ~np.isnan(c) & ~np.isnan(lo) & ~np.isnan(hi)
    return float(np.median(hi[ok] - lo[ok])) / (2.0 * z) if ok.any() else 0.0


def _conflict_median(batch: SeriesBatch, i: int, f: int, last: int) -> float | None:
    starts = batch.start[f:last + 1]
    ends = period_end(starts, batch.options.freq)
    mc = batch.material_conflict[i, f:last + 1]
    in_ref = (ends >= batch.reference[0][i]) & (starts <= batch.reference[1][i]) & ~np.isnan(mc)
    values = mc[in_ref]
    if values.size == 0:
        values = mc[~np.isnan(mc)]
    return float(np.median(values)) if values.size else None


def _row(batch: SeriesBatch, i: int, f: int, last: int, obs: npt.NDArray[np.int64], cps: list[int],
         online: tuple[float, bool], bounds: tuple[float, float] | None, opts: JudgeOptions, base: int,
         window: npt.NDArray[np.int64]) -> DyadRow:
    """One dyad's row: the current regime (from its last change point to the end of the window) judged by the
    rule of :func:`~detente.judge._regimes._regime`."""
    freq = opts.index.freq
    first = cps[-1] if cps else f
    cxi = batch.cxi[i, first:last + 1]
    ok = ~np.isnan(cxi)
    n_obs = int(ok.sum())
    events = int(np.rint(batch.events[i, first:last + 1]).sum())
    mean_cxi = float(cxi[ok].mean()) if n_obs else None
    mean_m = float(batch.material_conflict[i, first:last + 1][ok].mean()) if n_obs else None
    trend = "undetermined"
    if n_obs >= 3:
        x = np.flatnonzero(ok).astype(np.float64)
        slope = float(np.polyfit(x, cxi[ok], 1)[0]) * periods_per_year(freq)
        trend = "rising" if slope > opts.trend_per_year else "falling" if slope < -opts.trend_per_year else "flat"
    low, high = bounds if bounds is not None else (mean_cxi, mean_cxi)
    periods = last - first + 1
    need = months_to_periods(opts.min_months, freq)
    enough = events >= opts.min_events and n_obs >= opts.min_periods
    median_m = _conflict_median(batch, i, f, last)
    calm = mean_m is not None and median_m is not None and mean_m < median_m
    coexistent: bool | None
    if periods < need:
        coexistent = False
    elif not enough:
        coexistent = False if high is not None and high < opts.threshold else None
    else:
        coexistent = bool(low is not None and low >= opts.threshold and calm)
    numbers = np.arange(f, last + 1) + base
    latest = obs[-1] if obs.size else None
    before = obs[-2] if obs.size > 1 else None
    a, b = batch.dyads[i]
    return DyadRow(
        dyad=f"{a}-{b}", events=int(np.rint(batch.events[i, f:last + 1]).sum()), cxi=mean_cxi, cxi_low=low,
        cxi_high=high, trend=trend, coexistent=coexistent, evidence="sufficient" if enough else "insufficient",
        last_change_point=to_date(batch.start[cps[-1]]) if cps else None,
        alert=online[1] and obs.size >= opts.min_periods,
        change_probability=online[0], regime_start=to_date(batch.start[first]),
        period=None if latest is None else period_label(batch.start[latest], freq),
        latest_cxi=None if latest is None else float(batch.cxi[i, latest]),
        change=None if latest is None or before is None else float(batch.cxi[i, latest] - batch.cxi[i, before]),
        sparkline=_sparkline(numbers, batch.cxi[i, f:last + 1], window),
    )


def _ledger_series(rows: pa.Table, key: str, milestones: Sequence[Milestone], opts: JudgeOptions,
                   start: dt.date | None, end: dt.date | None, as_of: dt.date | None) -> IndexSeries | None:
    """The series of a dyad with a ledger, the one-dyad way (``series_from_days``)."""
    def col(name: str, dtype: type | str) -> np.ndarray:  # type: ignore[type-arg]
        return np.asarray(rows.column(name).to_numpy(zero_copy_only=False), dtype=dtype)

    days = DaySums(day=col("day", "datetime64[D]"), sums={c: col(c, np.float64) for c in SUM_COLUMNS},
                   pressure=col("pressure", np.float64), channel=col("channel", np.float64),
                   raw=int(col("raw", np.int64).sum()))
    a, b = key.split("-")
    try:
        return series_from_days(days, dyad=Dyad(a, b), milestones=milestones, options=opts.index, start=start,
                                end=end, as_of=as_of)
    except MeasureError:
        return None


def series_row(series: IndexSeries, opts: JudgeOptions, window: npt.NDArray[np.int64] | None = None) -> DyadRow:
    """The world-table row of one dyad's series (``find_regimes`` on it): what ``detente judge`` says."""
    found = find_regimes(series, opts)
    cur = found.current
    obs = np.flatnonzero(~np.isnan(series.cxi))
    latest = obs[-1] if obs.size else None
    before = obs[-2] if obs.size > 1 else None
    numbers = ordinal(series.start, series.freq)
    a, b = sorted(series.dyad.split("-"))
    return DyadRow(
        dyad=f"{a}-{b}", events=int(series.events.sum()), cxi=cur.mean_cxi,
        cxi_low=cur.cxi_low if cur.cxi_low is not None else cur.mean_cxi,
        cxi_high=cur.cxi_high if cur.cxi_high is not None else cur.mean_cxi, trend=cur.trend,
        coexistent=cur.coexistent, evidence=cur.evidence,
        last_change_point=to_date(series.start[found.change_points[-1]]) if found.change_points else None,
        alert=found.online.flag and obs.size >= opts.min_periods,
        change_probability=found.online.recent_probability, regime_start=cur.start,
        period=None if latest is None else period_label(series.start[latest], series.freq),
        latest_cxi=None if latest is None else float(series.cxi[latest]),
        change=None if latest is None or before is None else float(series.cxi[latest] - series.cxi[before]),
        sparkline=_sparkline(numbers, series.cxi, window if window is not None else numbers),
    )


def _rows_of(table: pa.Table) -> list[dict[str, Any]]:
    return [dict(zip(table.column_names, values, strict=True))
            for values in zip(*(table.column(c).to_pylist() for c in table.column_names), strict=True)]


def add_top_events(table: DyadTable, engine: Engine, *, datasets: Sequence[str] = ()) -> DyadTable:
    """The table with each row's top event: the kept event of its latest period with the most weight in the
    cooperation balance (read in one query over that period's events)."""
    from dataclasses import replace

    labelled = [r for r in table.rows if r.period is not None]
    if not labelled:
        return table
    freq = table.options.index.freq
    starts = [np.datetime64(_period_first_day(r.period, freq), "D") for r in labelled if r.period]
    since = to_date(min(starts))
    until = min((d for d in (table.end, table.as_of) if d is not None), default=None)
    found = engine.query(top_events_sql(options=table.options.index, since=since, until=until, datasets=datasets))
    by_dyad = {f"{e['a']}-{e['b']}": e for e in _rows_of(found)}
    rows = []
    for r in table.rows:
        e = by_dyad.get(r.dyad)
        if e is not None and r.period is not None and period_label(np.datetime64(e["date"], "D"), freq) == r.period:
            top = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in e.items() if k not in ("a", "b")}
            rows.append(replace(r, top_event=top))
        else:
            rows.append(r)
    return replace(table, rows=rows)


def _period_first_day(label: str, freq: str) -> dt.date:
    if freq == "week":
        year, week = label.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    if freq == "quarter":
        year, q = label.split("-Q")
        return dt.date(int(year), 3 * (int(q) - 1) + 1, 1)
    return dt.date.fromisoformat(label + "-01")


def ledgers_of(engine: Engine) -> dict[str, list[Milestone]]:
    """Every dyad's milestones, keyed ``A-B`` with A < B."""
    out: dict[str, list[Milestone]] = {}
    for m in engine.milestones():
        parts = str(m.dyad).split("-")
        if len(parts) == 2:
            out.setdefault("-".join(sorted(parts)), []).append(m)
    return out


def world_on(engine: Engine, *, options: JudgeOptions | None = None, datasets: Sequence[str] = (),
             start: dt.date | None = None, end: dt.date | None = None, as_of: dt.date | None = None,
             day_rows: pa.Table | None = None, sort: str = "change", min_events: int = 0,
             country: str | None = None, top: int | None = None) -> DyadTable:
    """The world table computed by ``engine`` (DuckDB or Spark): the per-day sums of every dyad in one query (or
    ``day_rows`` when the caller has them, e.g. the store's up-to-date ``dyad_days``), finished in numpy, then the
    shown rows' top events in one more query."""
    opts = options or JudgeOptions()
    if day_rows is None:
        day_rows = engine.query(dyad_day_sums_sql(options=opts.index, datasets=datasets, until=as_of)
                                + "\nORDER BY a, b, day")
    table = world_table(day_rows, options=opts, milestones=ledgers_of(engine), start=start, end=end, as_of=as_of,
                        sort=sort, min_events=min_events, country=country, top=top)
    return add_top_events(table, engine, datasets=datasets)


def world_from_store(store: Store, *, options: JudgeOptions | None = None, datasets: Sequence[str] = (),
                     start: dt.date | None = None, end: dt.date | None = None, as_of: dt.date | None = None,
                     refresh: bool = True, sort: str = "change", min_events: int = 0, country: str | None = None,
                     top: int | None = None) -> DyadTable:
    """The world table of a DuckDB store. Over every dataset (the default), the per-day sums come from the
    store's ``dyad_days`` table, brought up to date first when the store is writable (``refresh``; only the
    dyad-days new ingest runs touched are recomputed), else read as it is when it is up to date; otherwise, and
    for a choice of datasets, from one query over the events."""
    opts = options or JudgeOptions()
    rows: pa.Table | None = None
    if not datasets:
        if refresh and not store.read_only:
            refresh_day_table(store, options=opts.index)
        if day_table_current(store, options=opts.index):
            rows = read_day_rows(store, until=as_of)
    return world_on(DuckDBEngine(store), options=opts, datasets=datasets, start=start, end=end, as_of=as_of,
                    day_rows=rows, sort=sort, min_events=min_events, country=country, top=top)
