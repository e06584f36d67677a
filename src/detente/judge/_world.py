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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Any, Literal, TypeAlias

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from detente.errors import InputError, MeasureError
from detente.judge._options import JudgeOptions
from detente.judge._regimes import NEUTRAL_CONFLICT, find_regimes, periods_per_year
from detente.measure import IndexSeries, months_to_periods
from detente.measure._batch import (
    SeriesBatch,
    _array,
    batch_series,
    draw_pool,
    each_block,
    ordinal,
    ordinal_start,
    row_quantiles,
    small_pages,
)
from detente.measure._changebatch import bocpd_many, pelt_many_ties
from detente.measure._index import SUM_COLUMNS, DaySums, series_from_days
from detente.measure._periods import Freq, period_end, period_label, to_date
from detente.measure._world import (
    day_table_current,
    dyad_day_sums_sql,
    read_day_rows,
    refresh_day_table,
)
from detente.model import Dyad, Milestone
from detente.store import DuckDBEngine, Engine, EventQuery, Store
from detente.store._engine import inline, sql_literal

__all__ = ["SORTS", "TOP_FIELDS", "DyadRow", "DyadTable", "Sort", "add_top_events", "ledgers_of", "select_rows",
           "series_row", "span_groups", "top_event_rows_sql", "world_from_store", "world_on", "world_table"]

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

    def weight(self) -> int:
        """An estimate of the bytes the table holds in memory (a row and its top event about 1.5 KB, and 32 bytes a
        sparkline period), for caches bounded in bytes."""
        return 4096 + sum(1536 + 32 * len(r.sparkline) for r in self.rows)

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
                top: int | None = None, spark_periods: int | None = None,
                heads: npt.NDArray[np.int64] | None = None) -> DyadTable:
    """The world table from the per-day sums of every dyad (``rows``: columns ``a``, ``b``, ``day`` and the sums,
    sorted by dyad and day; :func:`~detente.measure._world.dyad_day_sums_sql`) and the ledgers (``milestones``:
    dyad ``A-B`` with A < B -> its milestones). Rows are filtered (``country``, ``min_events``), sorted and cut
    to ``top``. ``spark_periods`` keeps only the last so many periods of each sparkline (None: the window's).

    Dyads are measured in groups of similar span (:func:`span_groups`), so that a dyad with a long record does not
    make every other dyad's arrays as long; each dyad's values do not depend on the group it is measured in.
    ``heads``: each dyad's first row in ``rows`` (:func:`_dyad_heads`), when the caller has them."""
    opts = options or JudgeOptions()
    _refuse_bad_input(start, end, sort=sort, min_events=min_events, country=country, top=top)
    ledgers = {k: list(v) for k, v in (milestones or {}).items() if v}
    given = rows
    if as_of is not None:  # what was known by then (--from and --to only trim what is shown, as for the index)
        rows = rows.filter(pa.compute.less_equal(rows.column("day"), pa.scalar(as_of, pa.date32())))
    plain = rows
    with_ledger = []
    if ledgers:
        keys = pc.binary_join_element_wise(rows.column("a"), rows.column("b"), "-")
        is_ledger = pc.is_in(keys, value_set=pa.array(sorted(ledgers), pa.string()))
        plain = rows.filter(pc.invert(is_ledger))
        for key in sorted(ledgers):
            mine = rows.filter(pc.equal(keys, key))
            if mine.num_rows:
                found = _ledger_series(mine, key, ledgers[key], opts, start, end, as_of)
                if found is not None:
                    with_ledger.append(found)
    # the groups copy only what the index reads (not the top events' keys)
    needed = [c for c in ("a", "b", "day", "pressure", "channel", *SUM_COLUMNS) if c in plain.column_names]
    if plain is not given or heads is None:  # each dyad's first row, found once
        heads = _dyad_heads(plain) if plain.num_rows else None
    batches = [batch_series(part, options=opts.index, start=start, end=end, as_of=as_of)
               for part in span_groups(plain.select(needed), opts.index.freq, heads=heads)]
    window = _window(batches, with_ledger, opts, start, end, as_of)
    shown = window if spark_periods is None else window[max(0, window.size - spark_periods):]
    ties: set[str] = set()
    out = [row for batch in batches for row in _batch_rows(batch, opts, shown, ties)]
    if ties:  # a near tie in the change points: the dyad's own series decides, as for one dyad
        again = {r.dyad: r for r in _one_by_one(plain, ties, opts, shown, start, end, as_of, heads=heads)}
        out = [again.get(r.dyad, r) for r in out]
    out += [series_row(x, opts, shown) for x in with_ledger]
    total = len(out)
    out = select_rows(out, sort=sort, min_events=min_events, country=country, top=top)
    labels = [period_label(s, opts.index.freq) for s in ordinal_start(shown, opts.index.freq)]
    return DyadTable(rows=out, periods=labels, options=opts, start=start, end=end, as_of=as_of, dyads_total=total)


def _refuse_bad_input(start: dt.date | None, end: dt.date | None, **filters: Any) -> None:
    select_rows([], **filters)  # refuse bad filters first
    if start is not None and end is not None and end < start:
        raise InputError(f"--to {end} is before --from {start}; swap them")


def _one_by_one(rows: pa.Table, names: set[str], opts: JudgeOptions, window: npt.NDArray[np.int64],
                start: dt.date | None, end: dt.date | None, as_of: dt.date | None, *,
                heads: npt.NDArray[np.int64] | None = None) -> list[DyadRow]:
    """The rows of the dyads ``names`` (``A-B``, no ledger) computed the one-dyad way, from their day rows
    (``heads``: each dyad's first row, when the caller has them)."""
    if rows.num_rows == 0:
        return []
    # each dyad's span of the sorted rows, named from its first row (naming every row costs more than the rest)
    if heads is None:
        heads = _dyad_heads(rows)
    bounds = np.append(heads, rows.num_rows)
    at = pa.array(heads)
    keys = pc.binary_join_element_wise(rows.column("a").take(at), rows.column("b").take(at), "-").to_pylist()
    out = []
    for k, key in enumerate(keys):
        if key in names:
            days = rows.slice(int(bounds[k]), int(bounds[k + 1] - bounds[k]))
            series = _ledger_series(days, key, [], opts, start, end, as_of)
            if series is not None:
                out.append(series_row(series, opts, window))
    return out


def _dyad_heads(rows: pa.Table) -> npt.NDArray[np.int64]:
    """The first row of each dyad in rows sorted by dyad (``a``, ``b``)."""
    a = rows.column("a").combine_chunks()
    b = rows.column("b").combine_chunks()
    new = np.ones(rows.num_rows, dtype=bool)
    if rows.num_rows > 1:
        new[1:] = (pc.not_equal(a[1:], a[:-1]).to_numpy(zero_copy_only=False)
                   | pc.not_equal(b[1:], b[:-1]).to_numpy(zero_copy_only=False))
    return np.flatnonzero(new).astype(np.int64)


def span_groups(rows: pa.Table, freq: str, *, waste: float = 0.25, column: str = "day",
                heads: npt.NDArray[np.int64] | None = None) -> list[pa.Table]:
    """The day rows (sorted by dyad and day) cut into groups of whole dyads whose first periods lie close
    together: dyads in order of their first day, a group closed when the next dyad starts more than ``waste`` of
    the group's width (its first period to the last period of any dyad) after the group's first. Each group's
    grid then wastes at most that share on dyads that begin later. Period rows (sorted by dyad and period) are
    cut into the same groups with ``column="period"``. ``heads``: each dyad's first row, when the caller has
    them (:func:`_dyad_heads`)."""
    if rows.num_rows == 0:
        return [rows]
    if heads is None:
        heads = _dyad_heads(rows)
    day = np.asarray(rows.column(column).cast(pa.int32()).to_numpy(zero_copy_only=False), dtype=np.int64)
    numbers = ordinal(day.astype("datetime64[D]"), freq)  # type: ignore[arg-type]
    first = np.minimum.reduceat(numbers, heads)
    hi = int(numbers.max())
    order = np.argsort(first, kind="stable")
    cuts: list[int] = [0]
    lo = int(first[order[0]])
    for k, f in enumerate(first[order].tolist()):
        if f - lo > waste * (hi - lo + 1):
            cuts.append(k)
            lo = f
    if len(cuts) == 1:
        return [rows]
    bounds = np.append(heads, rows.num_rows)
    out = []
    for lo_k, hi_k in zip(cuts, [*cuts[1:], len(order)], strict=True):
        members = np.sort(order[lo_k:hi_k])
        take = np.concatenate([np.arange(bounds[i], bounds[i + 1]) for i in members.tolist()])
        out.append(rows.take(pa.array(take)))
    return out


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


def _window(batches: Sequence[SeriesBatch], others: Sequence[IndexSeries], opts: JudgeOptions,
            start: dt.date | None, end: dt.date | None, as_of: dt.date | None) -> npt.NDArray[np.int64]:
    """The period numbers of the table's window: from --from (or the earliest series) to --to (or the latest)."""
    freq = opts.index.freq
    firsts: list[int] = []
    lasts: list[int] = []
    for batch in batches:
        if len(batch) and len(batch.start):
            base = int(ordinal(batch.start[:1], freq)[0])
            firsts.append(int(batch.first.min()) + base)
            lasts.append(int(batch.last.max()) + base)
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


def _compact(mask: npt.NDArray[np.bool_]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """For each row, the columns where ``mask`` holds, left-aligned (padding: the last column), and their count."""
    order = np.argsort(~mask, axis=1, kind="stable")
    return order.astype(np.int64), mask.sum(axis=1).astype(np.int64)


def _batch_rows(batch: SeriesBatch, opts: JudgeOptions, window: npt.NDArray[np.int64],
                ties: set[str] | None = None) -> list[DyadRow]:
    """Every dyad of the batch judged at once: change points, the current regime by the rule of
    :func:`~detente.judge._regimes._regime`, the live flag; array operations over the dyads. The dyads whose
    change points rest on a near tie (:func:`~detente.measure._changebatch.pelt_many_ties`) are added to
    ``ties``."""
    freq = opts.index.freq
    n_dyads, n_cols = batch.cxi.shape
    if n_dyads == 0:
        return []
    z = NormalDist().inv_cdf((1.0 + opts.index.evidence.level) / 2.0)
    base = int(ordinal(batch.start[:1], freq)[0])
    cols = np.arange(n_cols)[None, :]
    f, last = batch.first[:, None], batch.last[:, None]
    in_win = (cols >= f) & (cols <= last)
    cxi = batch.cxi
    observed = in_win & ~np.isnan(cxi)
    order, n_obs_all = _compact(observed)
    # measurement_noise: the median half-width of the window's intervals
    width = np.where(observed & ~np.isnan(batch.cxi_low) & ~np.isnan(batch.cxi_high), batch.cxi_high - batch.cxi_low,
                     np.nan)
    noise = _row_median(width) / (2.0 * z)
    noise = np.where(np.isnan(noise), 0.0, noise)
    min_size = months_to_periods(opts.change.min_months, freq)
    first_regime = batch.first.copy()
    has_cp = np.zeros(n_dyads, dtype=bool)
    prob = np.zeros(n_dyads)
    flag = np.zeros(n_dyads, dtype=bool)
    near_tie = np.zeros(n_dyads, dtype=bool)
    for n in np.unique(n_obs_all).tolist():
        members = np.flatnonzero((n_obs_all == n) & (batch.first <= batch.last))
        if n == 0 or members.size == 0:
            continue
        where = order[members, :n]
        values = np.take_along_axis(cxi[members], where, axis=1)
        found, _, tied = pelt_many_ties(values, min_size=min_size, penalty_factor=opts.change.penalty_factor,
                                        cost=opts.change.cost, noise_floor=noise[members])
        near_tie[members] = tied
        p, fl, _ = bocpd_many(values, hazard_periods=opts.change.hazard_periods, recent=opts.change.recent,
                              flag_probability=opts.change.flag_probability)
        prob[members], flag[members] = p, fl
        for j, i in enumerate(members.tolist()):
            if found[j]:
                first_regime[i] = int(where[j, found[j][-1]])
                has_cp[i] = True
    # the current regime: from its first period to the end of the window
    regime = (cols >= first_regime[:, None]) & (cols <= last)
    ok = regime & ~np.isnan(cxi)
    n_obs = ok.sum(axis=1)
    events = np.where(regime, np.rint(batch.events), 0.0).sum(axis=1).astype(np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_cxi = np.where(ok, cxi, 0.0).sum(axis=1) / n_obs
        mean_m = np.where(ok, batch.material_conflict, 0.0).sum(axis=1) / n_obs
        x = np.where(ok, cols - first_regime[:, None], 0.0)
        xm = x.sum(axis=1) / n_obs
        ym = mean_cxi
        sxy = np.where(ok, (x - xm[:, None]) * (np.nan_to_num(cxi) - ym[:, None]), 0.0).sum(axis=1)
        sxx = np.where(ok, (x - xm[:, None]) ** 2, 0.0).sum(axis=1)
        slope = sxy / sxx * periods_per_year(freq)
    bounds = _regime_bounds(batch, np.arange(n_dyads), first_regime, batch.last, mean_cxi)
    # the material-conflict median over the reference decade outside the current regime (as conflict_median):
    # else over every other period of the window with events; else the neutral share
    starts = batch.start[None, :]
    ends = period_end(batch.start, freq)[None, :]
    mc = np.where(in_win, batch.material_conflict, np.nan)
    other = ~np.isnan(mc) & ~regime
    in_ref = (ends >= batch.reference[0][:, None]) & (starts <= batch.reference[1][:, None]) & other
    fallback = np.where(other.any(axis=1), _row_median(np.where(other, mc, np.nan)),
                        np.where((~np.isnan(mc)).any(axis=1), NEUTRAL_CONFLICT, np.nan))
    median_m = np.where(in_ref.any(axis=1), _row_median(np.where(in_ref, mc, np.nan)), fallback)
    need = months_to_periods(opts.min_months, freq)
    periods = batch.last - first_regime + 1
    latest = np.take_along_axis(order, np.maximum(n_obs_all - 1, 0)[:, None], axis=1)[:, 0]
    before = np.take_along_axis(order, np.maximum(n_obs_all - 2, 0)[:, None], axis=1)[:, 0]
    spark = _spark_matrix(cxi, in_win, window - base)
    if ties is not None:
        ties.update(f"{batch.dyads[i][0]}-{batch.dyads[i][1]}" for i in np.flatnonzero(near_tie).tolist())
    # each grid column's first day and label, once (not once per dyad)
    day_of = [to_date(x) for x in batch.start]
    label_of = [period_label(x, freq) for x in batch.start]
    # each dyad's numbers as Python values, once (not a numpy scalar per row and field)
    shown_events = np.where(in_win, np.rint(batch.events), 0.0).sum(axis=1)  # whole numbers: exact in any order
    last_cxi = np.take_along_axis(cxi, latest[:, None], axis=1)[:, 0]
    moved = last_cxi - np.take_along_axis(cxi, before[:, None], axis=1)[:, 0]
    firsts, lasts = batch.first.tolist(), batch.last.tolist()
    n_list, mean_list, slope_list = n_obs.tolist(), mean_cxi.tolist(), slope.tolist()
    events_list, periods_list, k_list = events.tolist(), periods.tolist(), n_obs_all.tolist()
    med_list, mean_m_list = median_m.tolist(), mean_m.tolist()
    regime_list, cp_list, flag_list, prob_list = first_regime.tolist(), has_cp.tolist(), flag.tolist(), prob.tolist()
    latest_list, shown_list = latest.tolist(), shown_events.tolist()
    last_list, moved_list = last_cxi.tolist(), moved.tolist()
    out: list[DyadRow] = []
    for i in range(n_dyads):
        if firsts[i] > lasts[i]:
            continue
        n = n_list[i]
        mean = mean_list[i] if n else None
        trend = "undetermined"
        if n >= 3:
            s_ = slope_list[i]
            trend = "rising" if s_ > opts.trend_per_year else "falling" if s_ < -opts.trend_per_year else "flat"
        low, high = bounds.get(i, (mean, mean))
        enough = bool(events_list[i] >= opts.min_events and n >= opts.min_periods)
        med = None if np.isnan(med_list[i]) else med_list[i]
        calm = n > 0 and med is not None and mean_m_list[i] < med
        coexistent: bool | None
        if periods_list[i] < need:
            coexistent = False
        elif not enough:
            coexistent = False if high is not None and high < opts.threshold else None
        else:
            coexistent = bool(low is not None and low >= opts.threshold and calm)
        k = k_list[i]
        a, b = batch.dyads[i]
        out.append(DyadRow(
            dyad=f"{a}-{b}", events=int(shown_list[i]), cxi=mean,
            cxi_low=low, cxi_high=high, trend=trend, coexistent=coexistent,
            evidence="sufficient" if enough else "insufficient",
            last_change_point=day_of[regime_list[i]] if cp_list[i] else None,
            alert=bool(flag_list[i]) and k >= opts.min_periods, change_probability=prob_list[i],
            regime_start=day_of[regime_list[i]],
            period=label_of[latest_list[i]] if k else None,
            latest_cxi=last_list[i] if k else None,
            change=moved_list[i] if k > 1 else None,
            sparkline=spark[i],
        ))
    return out


def _row_median(values: F64) -> F64:
    """The median of each row's non-NaN values (NaN for a row without any), as ``np.median`` of those values."""
    if values.size == 0:
        return np.full(values.shape[0], np.nan)
    ordered = np.sort(values, axis=1)  # NaN last
    count = (~np.isnan(values)).sum(axis=1)
    lo = np.take_along_axis(ordered, np.maximum((count - 1) // 2, 0)[:, None], axis=1)[:, 0]
    hi = np.take_along_axis(ordered, np.maximum(count // 2, 0)[:, None], axis=1)[:, 0]
    out: F64 = np.where(count > 0, (lo + hi) / 2.0, np.nan)
    return out


def _spark_matrix(cxi: F64, in_win: npt.NDArray[np.bool_], cols: npt.NDArray[np.int64]) -> list[list[float | None]]:
    """Each dyad's CXI on the table's periods (``cols``: their columns in the batch; outside it, None)."""
    if cols.size == 0:
        return [[] for _ in range(cxi.shape[0])]
    inside = (cols >= 0) & (cols < cxi.shape[1])
    grid = np.full((cxi.shape[0], cols.size), np.nan)
    grid[:, inside] = np.where(in_win, cxi, np.nan)[:, cols[inside]]
    values = grid.astype(object)
    values[np.isnan(grid)] = None
    out: list[list[float | None]] = values.tolist()
    return out


def _regime_bounds(batch: SeriesBatch, dyads: npt.NDArray[np.int64], lo: npt.NDArray[np.int64],
                   hi: npt.NDArray[np.int64], point: F64) -> dict[int, tuple[float, float]]:
    """The interval of each current regime's mean CXI: per draw, the mean of the CXI draws of its observed
    periods (``regime_interval``), the draws of a period drawn once for all the dyads that have it."""
    if batch.options.evidence.resamples == 0 or dyads.size == 0:
        return {}
    level = batch.options.evidence.level
    acc = np.zeros((dyads.size, batch.options.evidence.resamples))
    count = np.zeros(dyads.size, dtype=np.int64)
    observed = ~np.isnan(batch.cxi[dyads])
    # a regime that spans its window: the sums the intervals' pass kept; the others are drawn again
    whole = (lo == batch.first[dyads]) & (hi == batch.last[dyads]) & ("window_draws" in batch.cache)
    if whole.any():
        acc[whole] = batch.cache["window_draws"][dyads[whole]]
        count[whole] = batch.cache["window_count"][dyads[whole]]
    with draw_pool() as pool:
        for col in range(batch.cxi.shape[1]):
            member = ~whole & observed[:, col] & (lo <= col) & (hi >= col)
            if not member.any():
                continue
            where = np.flatnonzero(member)
            slot = np.full(len(batch), -1, dtype=np.int64)
            slot[dyads[where]] = where

            def use(who: npt.NDArray[np.int64], draws: F64, slot: npt.NDArray[np.int64] = slot) -> None:
                acc[slot[who]] += draws  # a column's blocks hold distinct dyads; columns are added in order

            each_block(batch, dyads[where], col, use, pool)
            count[where] += 1
    out: dict[int, tuple[float, float]] = {}
    has = np.flatnonzero(count > 0)
    if has.size:
        means = acc[has] / count[has][:, None]
        q_lo, q_hi = row_quantiles(means, level)
        for k, j in enumerate(has.tolist()):
            p = float(point[j])
            out[int(dyads[j])] = (min(float(q_lo[k]), p), max(float(q_hi[k]), p))
    return out


def _ledger_series(rows: pa.Table, key: str, milestones: Sequence[Milestone], opts: JudgeOptions,
                   start: dt.date | None, end: dt.date | None, as_of: dt.date | None) -> IndexSeries | None:
    """The series of a dyad with a ledger (or none), the one-dyad way (``series_from_days``)."""
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


#: what a row's top event says (the event's own columns)
TOP_FIELDS = ("key", "date", "source", "target", "code", "quad_class", "goldstein", "sources", "summary", "url",
              "dataset", "citation")


def add_top_events(table: DyadTable, engine: Engine, day_rows: pa.Table, *,
                   datasets: Sequence[str] = ()) -> DyadTable:
    """The table with each row's top event: the kept event of its latest period (the period of its last event)
    with the most weight in the cooperation balance (w·|g|; ties: the first key). The day rows name each day's
    heaviest kept event (``top_key``, ``top_mass``), so the choice is made on them; the chosen events are then
    read in one query by key."""
    labelled = {r.dyad for r in table.rows if r.period is not None}
    if not labelled:
        return table
    until = _until(table.end, table.as_of)
    chosen = _top_candidates(day_rows, table.options.index.freq, until)
    if chosen is None:
        return table
    keys, since = chosen
    wanted = {k: n for k, n in keys.items() if n in labelled}
    if not wanted:
        return table
    return _with_top_events(table, _top_event_rows(engine, sorted(wanted), since=since, until=until,
                                                   datasets=datasets), wanted)


def _until(end: dt.date | None, as_of: dt.date | None) -> dt.date | None:
    return min((d for d in (end, as_of) if d is not None), default=None)


def _top_candidates(day_rows: pa.Table, freq: Freq, until: dt.date | None, *,
                    heads: npt.NDArray[np.int64] | None = None) -> tuple[dict[str, str], dt.date] | None:
    """Each dyad's top event (key -> dyad ``A-B``) among the day rows of its latest period with an event (by
    ``until``), and the first day of those rows; None when there is none. ``heads``: each dyad's first row, when
    the caller has them."""
    if "top_key" not in day_rows.column_names or day_rows.num_rows == 0:
        return None
    # the day rows kept (an event by then) found with numpy, and only the candidates taken from the table
    day = np.asarray(_array(day_rows.column("day").cast(pa.int32())).to_numpy(zero_copy_only=False), dtype=np.int64)
    kept = np.asarray(_array(day_rows.column("raw")).to_numpy(zero_copy_only=False)) > 0
    if until is not None:
        kept &= day <= (until - dt.date(1970, 1, 1)).days
    at = np.flatnonzero(kept)
    if at.size == 0:
        return None
    heads_all = _dyad_heads(day_rows.select(["a", "b"])) if heads is None else heads
    marker = np.zeros(day_rows.num_rows, dtype=np.int64)
    marker[heads_all] = 1
    dyad_all = np.cumsum(marker) - 1
    dyad_of = dyad_all[at]  # the dyad of each kept row
    new = np.r_[True, dyad_of[1:] != dyad_of[:-1]]
    tails = np.append(np.flatnonzero(new)[1:], at.size) - 1
    number = ordinal(day[at].astype("datetime64[D]"), freq)  # type: ignore[arg-type]
    latest = number[tails][np.cumsum(new) - 1]  # each dyad's latest period with an event
    has_top = np.asarray(day_rows.column("top_key").is_valid().to_numpy(zero_copy_only=False))[at]
    pick = at[(number == latest) & has_top]
    taken = pa.array(pick)
    cand = pa.table({"d": pa.array(dyad_all[pick]),
                     "mass": day_rows.column("top_mass").take(taken), "key": day_rows.column("top_key").take(taken)})
    cand = cand.sort_by([("d", "ascending"), ("mass", "descending"), ("key", "ascending")])
    d = cand.column("d").to_numpy()
    first = np.flatnonzero(np.r_[True, d[1:] != d[:-1]]) if d.size else np.zeros(0, dtype=np.int64)
    owners = pa.array(heads_all[d[first]])
    names = pc.binary_join_element_wise(day_rows.column("a").take(owners), day_rows.column("b").take(owners),
                                        "-").to_pylist()
    keys = cand.column("key").take(pa.array(first)).to_pylist()
    since = to_date(np.datetime64(int(day[pick].min()), "D"))
    return dict(zip(keys, names, strict=True)), since


def _with_top_events(table: DyadTable, found: pa.Table, wanted: Mapping[str, str]) -> DyadTable:
    """The table with the events ``found`` (read by key) as the top events of the dyads ``wanted`` names (key ->
    dyad), each kept only when it falls in the row's latest period."""
    from dataclasses import replace

    freq = table.options.index.freq
    columns = [_plain_values(found.column(c)) for c in TOP_FIELDS]
    by_dyad: dict[str, dict[str, Any]] = {}
    for values in zip(*columns, strict=True):
        name = wanted.get(values[0])
        if name is not None and name not in by_dyad:
            by_dyad[name] = dict(zip(TOP_FIELDS, values, strict=True))
    label_of: dict[str, str] = {}  # each event day's period, once a day
    out = []
    for r in table.rows:
        e = by_dyad.get(r.dyad)
        if e is not None and r.period is not None:
            label = label_of.get(e["date"])
            if label is None:
                label = label_of[e["date"]] = period_label(np.datetime64(e["date"], "D"), freq)
            if label == r.period:
                out.append(_with_top(r, e))
                continue
        out.append(r)
    return replace(table, rows=out)


def _with_top(row: DyadRow, event: dict[str, Any]) -> DyadRow:
    """``dataclasses.replace(row, top_event=event)`` without its checks of every field (a world table has tens of
    thousands of rows; the row is a plain frozen dataclass, its other fields taken as they are)."""
    out = object.__new__(DyadRow)
    out.__dict__.update(row.__dict__)
    out.__dict__["top_event"] = event
    return out


def _plain_values(column: pa.ChunkedArray) -> list[Any]:
    """A column's values as JSON values: dates as ISO text (a date column cast in one step)."""
    if pa.types.is_date(column.type):
        out: list[Any] = column.cast(pa.string()).to_pylist()
        return out
    return [x.isoformat() if isinstance(x, dt.date) else x for x in column.to_pylist()]


def top_event_rows_sql(keys: Sequence[str] | str, *, since: dt.date, until: dt.date | None,
                       datasets: Sequence[str] = ()) -> str:
    """The events with these keys (between ``since`` and ``until``, of ``datasets``), with what they say.
    ``keys`` is the keys themselves, or the name of a relation with a column ``key`` that holds them."""
    where, params = EventQuery(start=since, end=until, datasets=tuple(datasets)).where()
    where = inline(where, params)
    fields = ", ".join(TOP_FIELDS)
    if isinstance(keys, str):
        return f"SELECT {', '.join(f'e.{f}' for f in TOP_FIELDS)} FROM events e SEMI JOIN {keys} k ON e.key = k.key" \
               f"{where} ORDER BY e.dataset, e.key"
    listed = ", ".join(sql_literal(k) for k in keys)
    where = (where + " AND " if where else " WHERE ") + f"key IN ({listed})"
    return f"SELECT {fields} FROM events{where} ORDER BY dataset, key"


def _top_event_rows(engine: Engine, keys: Sequence[str], *, since: dt.date, until: dt.date | None,
                    datasets: Sequence[str]) -> pa.Table:
    """The top events read by key: on DuckDB a semi-join against the keys as a registered Arrow table (a list
    of 20,000 literals costs DuckDB more to parse and match), elsewhere the list in the query."""
    if not isinstance(engine, DuckDBEngine):
        return engine.query(top_event_rows_sql(keys, since=since, until=until, datasets=datasets))
    wanted = pa.table({"key": pa.array(keys, pa.string())})
    name = f"_top_keys_{id(wanted)}"
    con = engine.store.con
    con.register(name, wanted)
    try:
        return engine.query(top_event_rows_sql(name, since=since, until=until, datasets=datasets))
    finally:
        con.unregister(name)


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
             country: str | None = None, top: int | None = None, spark_periods: int | None = None) -> DyadTable:
    """The world table computed by ``engine`` (DuckDB or Spark): the per-day sums of every dyad in one query (or
    ``day_rows`` when the caller has them, e.g. the store's up-to-date ``dyad_days``), finished in numpy, then the
    shown rows' top events in one more query. That query runs in a thread of its own while numpy computes the
    table (the engine's work does not hold Python's lock); it reads the top event of every dyad with one, and the
    table keeps those of its rows."""
    opts = options or JudgeOptions()
    _refuse_bad_input(start, end, sort=sort, min_events=min_events, country=country, top=top)
    if day_rows is None:
        day_rows = engine.query(dyad_day_sums_sql(options=opts.index, datasets=datasets, until=as_of)
                                + "\nORDER BY a, b, day")
    ledgers = ledgers_of(engine)  # before the thread: the engine answers one query at a time
    until = _until(end, as_of)

    heads = _dyad_heads(day_rows) if day_rows.num_rows else None  # each dyad's first row, for both

    def top_events() -> tuple[pa.Table, dict[str, str]] | None:
        chosen = _top_candidates(day_rows, opts.index.freq, until, heads=heads)
        if chosen is None:
            return None
        keys, since = chosen
        return _top_event_rows(engine, sorted(keys), since=since, until=until, datasets=datasets), keys

    with small_pages(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="detente-tops") as pool:
        early = pool.submit(top_events)
        table = world_table(day_rows, options=opts, milestones=ledgers, start=start, end=end, as_of=as_of,
                            sort=sort, min_events=min_events, country=country, top=top,
                            spark_periods=spark_periods, heads=heads)
        found = early.result()
    if found is None:
        return table
    labelled = {r.dyad for r in table.rows if r.period is not None}
    wanted = {k: n for k, n in found[1].items() if n in labelled}
    return _with_top_events(table, found[0], wanted) if wanted else table


def world_from_store(store: Store, *, options: JudgeOptions | None = None, datasets: Sequence[str] = (),
                     start: dt.date | None = None, end: dt.date | None = None, as_of: dt.date | None = None,
                     refresh: bool = True, sort: str = "change", min_events: int = 0, country: str | None = None,
                     top: int | None = None, spark_periods: int | None = None) -> DyadTable:
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
                    day_rows=rows, sort=sort, min_events=min_events, country=country, top=top,
                    spark_periods=spark_periods)
