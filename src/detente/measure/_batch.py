"""The index of many dyads at once, from their per-day sums: :func:`~detente.measure._index.series_from_days`
computed for every dyad in one pass of array operations instead of one call per dyad.

Each step of the one-dyad definition runs here over a matrix with one row per dyad and one column per period of a
grid common to all of them; a dyad's own grid (from ten years before its last event, or its first event if
earlier, to its last event or ``as_of``) is a span of that row, zeros elsewhere, so every sum, baseline and scale
is taken over exactly the periods the one-dyad path takes it over. The bootstrap draws each period's weights
from the period's own stream (:func:`~detente.measure._evidence.period_draws`), so dyads that share a period
share its draws: they are drawn once per period. ``tests/monitor/test_monitor_batch.py`` checks every dyad's
values against :func:`series_from_days` on the same sums.

Dyads with a milestone ledger take their channel status from it; the batch covers dyads without one (the
caller computes the few with a ledger the one-dyad way).
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from detente.errors import MeasureError
from detente.measure._evidence import (
    NEUTRAL,
    SHARES,
    PeriodDraws,
    baselines,
    period_draws,
    shrink,
)
from detente.measure._frame import EventFrame
from detente.measure._index import (
    SUM_COLUMNS,
    SUM_DECIMALS,
    IndexSeries,
    _add_years,
    _components,
    _cxi,
    _scale,
    settle_sums,
)
from detente.measure._options import IndexOptions
from detente.measure._periods import Freq, months_to_periods, period_start

__all__ = ["DRAW_THREADS", "MASK_BITS", "PERIOD_MASKS", "PERIOD_SUMS", "SeriesBatch", "batch_from_periods",
           "batch_series", "column_draws", "days_of_rows", "draw_pool", "each_block", "impact_series",
           "one_blas_thread", "ordinal", "ordinal_start", "period_rows", "row_quantiles", "rows_of_days",
           "small_pages"]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
#: dyads per block of the bootstrap (bounds its memory: block × columns × draws floats)
BLOCK = 256
#: threads that draw blocks side by side (:func:`draw_pool`), at most
DRAW_THREADS = 4


def ordinal(days: npt.NDArray[np.datetime64], freq: Freq) -> I64:
    """A period number for each day: consecutive periods have consecutive numbers. Many days are numbered
    through a table of the days between the first and the last (numpy's calendar conversion of every day costs
    far more than a lookup)."""
    d = np.asarray(days, dtype="datetime64[D]")
    if d.size > 4096:
        first, last = d.min(), d.max()
        span = int((last - first).astype(np.int64)) + 1
        if span < d.size:
            table = _ordinal(first + np.arange(span, dtype=np.int64), freq)
            out: I64 = table[(d - first).astype(np.int64)]
            return out
    return _ordinal(d, freq)


def _ordinal(days: npt.NDArray[np.datetime64], freq: Freq) -> I64:
    start = period_start(days, freq)
    if freq == "week":
        return np.asarray((start.astype(np.int64) + 3) // 7, dtype=np.int64)
    months = start.astype("datetime64[M]").astype(np.int64)
    return np.asarray(months // 3 if freq == "quarter" else months, dtype=np.int64)


def ordinal_start(numbers: I64, freq: Freq) -> npt.NDArray[np.datetime64]:
    """The first day of each numbered period (the inverse of :func:`ordinal`)."""
    if freq == "week":
        return np.asarray(numbers * 7 - 3, dtype=np.int64).astype("datetime64[D]")
    months = numbers * 3 if freq == "quarter" else numbers
    return np.asarray(months, dtype=np.int64).astype("datetime64[M]").astype("datetime64[D]")


@dataclass(frozen=True)
class SeriesBatch:
    """The index of ``len(dyads)`` dyads over the common grid ``start`` (periods × columns); each dyad's series is
    the span ``first[i]..last[i]`` of its row (the window asked for), NaN where a value does not exist.
    ``day_*`` hold the event-days (row order: dyad, then day) the sums came from, for the bootstrap."""

    dyads: list[tuple[str, str]]
    options: IndexOptions
    start: npt.NDArray[np.datetime64]
    first: I64
    last: I64
    cxi: F64
    cxi_low: F64
    cxi_high: F64
    material_conflict: F64
    events: F64
    sums: dict[str, F64]
    reference: tuple[npt.NDArray[np.datetime64], npt.NDArray[np.datetime64]]
    channel: F64
    pressure: F64
    n0: F64
    unit: F64
    base_share: dict[str, F64]
    base_se: dict[str, F64]
    day_dyad: I64
    day_col: I64
    #: the four terms of each event-day that the draws reweight (:func:`_day_terms`), one row each
    day_terms: F64
    #: days with a force-posture event per period, and the range of that count that the pressure is scaled over
    pressure_days: F64
    pressure_range: tuple[F64, F64]
    #: what later steps reuse: each event-day's cell and terms (``cell``, ``terms``), and the window's summed draws
    #: (``window_draws``)
    cache: dict[str, npt.NDArray[Any]] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.dyads)

    def draws(self, rows: I64, col: int) -> F64:
        """The CXI draws of the dyads ``rows`` (sorted) in grid column ``col`` (one row per dyad, one column per
        draw); every dyad named must have a CXI there."""
        out = np.empty((rows.size, self.options.evidence.resamples))
        for who, draws in column_draws(self, rows, col):
            out[np.searchsorted(rows, who)] = draws
        return out


def _days(column: pa.ChunkedArray) -> npt.NDArray[np.datetime64]:
    """A date column as ``datetime64[D]`` (through its day numbers: no Python object per row)."""
    numbers = np.asarray(_array(column.cast(pa.int32())).to_numpy(zero_copy_only=False), dtype=np.int64)
    out: npt.NDArray[np.datetime64] = numbers.view("datetime64[D]")
    return out


def _codes(column: pa.ChunkedArray) -> tuple[I64, list[str]]:
    """Integer codes of a text column and the texts they stand for (no Python object per row)."""
    encoded = pc.dictionary_encode(_array(column))
    codes = np.asarray(encoded.indices.to_numpy(zero_copy_only=False), dtype=np.int64)
    return codes, [str(x) for x in encoded.dictionary.to_pylist()]


def _column(table: pa.Table, name: str, dtype: type | str) -> npt.NDArray[np.float64]:
    out: npt.NDArray[np.float64] = np.asarray(_array(table.column(name)).to_numpy(zero_copy_only=False), dtype=dtype)
    return out


def _array(column: pa.ChunkedArray) -> pa.Array:
    """One array (a chunked column's ``to_numpy`` goes through pandas)."""
    return column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()


def batch_series(rows: pa.Table, *, options: IndexOptions | None = None, start: dt.date | None = None,
                 end: dt.date | None = None, as_of: dt.date | None = None) -> SeriesBatch:
    """The index of every dyad in ``rows`` (the per-day sums with columns ``a``, ``b``, ``day`` and the sums,
    sorted by dyad and day), as :func:`series_from_days` computes it for a dyad without a ledger. Dyads without
    an event in the data (by ``as_of``) are left out."""
    opts = options or IndexOptions()
    freq = opts.freq
    # every array here has one value per day row (millions): each is made once, and changed in place after
    day = _days(rows.column("day"))
    n_all = _column(rows, "n", np.float64)
    live = n_all > 0
    if as_of is not None:
        live &= day <= np.datetime64(as_of, "D")
    every = bool(live.all())

    def kept(values: npt.NDArray[Any]) -> npt.NDArray[Any]:
        return values if every else values[live]

    a_codes, a_names = _codes(rows.column("a"))
    b_codes, b_names = _codes(rows.column("b"))
    a, b = kept(a_codes), kept(b_codes)
    day = kept(day)
    col = {c: kept(_column(rows, c, np.float64)) for c in ("pressure", "channel")}
    col.update({c: _settled(kept(n_all if c == "n" else _column(rows, c, np.float64))) for c in SUM_COLUMNS})
    n_rows = day.size
    if n_rows == 0:
        return _empty(opts)
    new = np.ones(n_rows, dtype=bool)
    if n_rows:
        np.not_equal(a[1:], a[:-1], out=new[1:])
        new[1:] |= b[1:] != b[:-1]
    heads = np.flatnonzero(new)
    dyad_of = np.cumsum(new, dtype=np.int64)
    dyad_of -= 1
    dyads = [(a_names[i], b_names[j]) for i, j in zip(a[heads].tolist(), b[heads].tolist(), strict=True)]
    tails = np.append(heads[1:], n_rows)[: heads.size] - 1
    g = _grid(day[heads], day[tails], opts, start=start, end=end, as_of=as_of)
    day_col = ordinal(day, freq)
    day_col -= g.base
    flat = dyad_of * g.n_cols
    flat += day_col
    size = g.n_dyads * g.n_cols

    def binned(values: F64) -> F64:
        return np.bincount(flat, weights=values, minlength=size).astype(np.float64).reshape(g.n_dyads, g.n_cols)

    sums = {k: binned(col[k]) for k in SUM_COLUMNS}
    # pressure: days with a force-posture event
    pdays = np.bincount(flat[col["pressure"] > 0], minlength=size).astype(np.float64).reshape(g.n_dyads, g.n_cols)
    channel = _channel_from_days(day, col["channel"], day_col, dyad_of, g.hi, g.n_cols, g.base, freq, opts)
    return _finish(dyads, g, sums, pdays, channel, opts, start=start, end=end, as_of=as_of, day_dyad=dyad_of,
                   day_col=day_col, day_terms=_day_terms(col, opts), day_cell=flat)


def _settled(values: F64) -> F64:
    """:func:`~detente.measure._index.settle_sums` of a column, in place when the array is this call's own."""
    if values.flags.writeable and values.flags.owndata:
        return np.round(values, SUM_DECIMALS, out=values)
    return settle_sums(values)


def _day_terms(col: dict[str, F64], opts: IndexOptions) -> F64:
    """The four terms of each event-day that the draws reweight (see :func:`column_draws`): 50·wB·Σw·g, Σw·|g|,
    100·(wK·Σw₂ − wM·Σw₄) and Σw over events with a QuadClass, one row each."""
    wb, wm, wk, _, _ = opts.weights.as_tuple()
    terms = np.empty((4, col["wg"].size))
    np.multiply(col["wg"], 50.0 * wb, out=terms[0])
    terms[1] = col["wabs"]
    np.multiply(col["w2"], 100.0 * wk, out=terms[2])
    terms[2] -= col["w4"] * (100.0 * wm)
    terms[3] = col["wq"]
    return terms


#: the columns of period rows (:func:`period_rows`): per dyad (``a`` < ``b``) and period (its first day), the
#: first and the last day with events, the sums of its days (``s_``: the rounded day sums added in day order, as
#: :func:`batch_series` adds them), the count of its pressure days (``pdays``) and the latest day of each meeting
#: level (``ch1``, ``ch2``); and the days themselves, as bit masks (:data:`PERIOD_MASKS`) and each day's rounded
#: sums in day order (``u_``, lists), so that an update can put a day in a period, replace it or take it out, on
#: any day of the period (a late report), from the period row alone, and add the period's days again in day order
PERIOD_SUMS: tuple[str, ...] = tuple(f"s_{c}" for c in SUM_COLUMNS)
#: the period's days as bit masks, bit ``i`` for the period's day ``i`` (0 its first): with events, with a
#: pressure event, opening meeting level 1, level 2; each in two int64 columns (``_0``: days 0 to 62, ``_1``:
#: 63 to 125; a quarter has 92)
PERIOD_MASKS: tuple[str, ...] = ("days", "pressure", "ch1", "ch2")
MASK_BITS = 63


def period_rows(rows: pa.Table, freq: Freq) -> pa.Table:
    """The period rows (see :data:`PERIOD_SUMS`) of day rows sorted by dyad and day (columns ``a``, ``b``,
    ``day``, the sums, ``pressure`` and ``channel``): the days with events (``n`` > 0) of each dyad and period."""
    live = _column(rows, "n", np.float64) > 0
    a_all, b_all = (_array(rows.column(c)).filter(pa.array(live)) for c in ("a", "b"))
    return rows_of_days(a_all, b_all, _days(rows.column("day"))[live],
                        {c: settle_sums(_column(rows, c, np.float64)[live]) for c in SUM_COLUMNS},
                        _column(rows, "pressure", np.float64)[live] > 0,
                        _levels(_column(rows, "channel", np.float64)[live]), freq)


def rows_of_days(a_all: pa.Array, b_all: pa.Array, day: npt.NDArray[np.datetime64], units: dict[str, F64],
                 pressure: npt.NDArray[np.bool_], lv: F64, freq: Freq) -> pa.Table:
    """The period rows of days with events, given as arrays sorted by dyad and day: the dyad, the day, each
    day's rounded sums (:func:`~detente.measure._index.settle_sums`), whether it has a pressure event and its
    meeting level (:func:`_levels`)."""
    a_codes, _ = _codes(pa.chunked_array([a_all], type=a_all.type))
    b_codes, _ = _codes(pa.chunked_array([b_all], type=b_all.type))
    n = day.size
    period = ordinal(day, freq)
    new = np.ones(n, dtype=bool)
    if n:
        new[1:] = (a_codes[1:] != a_codes[:-1]) | (b_codes[1:] != b_codes[:-1]) | (period[1:] != period[:-1])
    heads = np.flatnonzero(new)
    tails = np.append(heads[1:], n)[: heads.size] - 1
    cell = (np.cumsum(new) - 1).astype(np.int64)
    m = heads.size
    start = ordinal_start(period, freq)
    out: dict[str, Any] = {"a": a_all.take(pa.array(heads)), "b": b_all.take(pa.array(heads)),
                           "period": pa.array(start[heads], pa.date32()),
                           "first": pa.array(day[heads], pa.date32()), "last": pa.array(day[tails], pa.date32())}
    for c in SUM_COLUMNS:  # in day order from 0.0, as batch_series adds a period's days
        out[f"s_{c}"] = np.bincount(cell, weights=units[c], minlength=m).astype(np.float64)
    out["pdays"] = np.bincount(cell[pressure], minlength=m).astype(np.int64)
    for value in (1, 2):
        at = np.flatnonzero(lv == value)
        latest = np.full(m, np.iinfo(np.int64).min)
        np.maximum.at(latest, cell[at], day[at].astype(np.int64))
        out[f"ch{value}"] = _maybe_days(latest)
    offset = (day - start).astype(np.int64)
    for name, on in (("days", np.ones(n, dtype=bool)), ("pressure", pressure), ("ch1", lv == 1), ("ch2", lv == 2)):
        for k in (0, 1):
            bit = offset - MASK_BITS * k
            inside = on & (bit >= 0) & (bit < MASK_BITS)
            out[f"m_{name}_{k}"] = _bits(cell[inside], bit[inside], m)
    edges = pa.array(np.append(heads, n).astype(np.int32))
    for c in SUM_COLUMNS:
        out[f"u_{c}"] = pa.ListArray.from_arrays(edges, pa.array(units[c], pa.float64()))
    return pa.table(out)


def _bits(cell: I64, bit: I64, m: int) -> I64:
    """Per cell the union of the bits given (each bit at most once in its cell)."""
    out = np.zeros(m, dtype=np.int64)
    np.bitwise_or.at(out, cell, np.left_shift(np.int64(1), bit))
    return out


def days_of_rows(periods: pa.Table) -> tuple[pa.Array, pa.Array, npt.NDArray[np.datetime64], dict[str, F64],
                                               npt.NDArray[np.bool_], F64]:
    """The days of period rows (the arguments of :func:`rows_of_days` that give them back), in row order and
    day order within each row."""
    if periods.num_rows == 0:
        empty = pa.array([], pa.string())
        return (empty, empty, np.array([], dtype="datetime64[D]"), {c: np.zeros(0) for c in SUM_COLUMNS},
                np.zeros(0, dtype=bool), np.zeros(0))

    def bits(name: str) -> npt.NDArray[np.bool_]:
        parts = [np.unpackbits(np.ascontiguousarray(
            np.asarray(periods.column(f"m_{name}_{k}").to_numpy(zero_copy_only=False), dtype="<i8"))
            .view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")[:, :MASK_BITS] for k in (0, 1)]
        return np.concatenate(parts, axis=1).astype(bool)

    row, offset = np.nonzero(bits("days"))  # row by row, each row's days in order: the order of its lists
    start = _days(periods.column("period"))
    day = start[row] + offset.astype("timedelta64[D]")
    units = {c: np.asarray(pc.list_flatten(_array(periods.column(f"u_{c}"))).to_numpy(zero_copy_only=False),
                           dtype=np.float64) for c in SUM_COLUMNS}
    if units["n"].size != row.size:
        raise MeasureError("period rows whose days' sums do not match their days")
    pressure = bits("pressure")[row, offset]
    lv = np.where(bits("ch2")[row, offset], 2.0, np.where(bits("ch1")[row, offset], 1.0, 0.0))
    take = pa.array(row)
    return (_array(periods.column("a")).take(take), _array(periods.column("b")).take(take), day, units, pressure,
            lv)


def _levels(channel: F64) -> F64:
    """The meeting level a day opens: 2 for a 04x day, 1 for other verbal cooperation, 0 for none."""
    return np.asarray(np.where(channel == 2, 2.0, np.where(channel > 0, 1.0, 0.0)), dtype=np.float64)


def _maybe_days(numbers: I64) -> pa.Array:
    """Day numbers as dates, null where there is none (the int64 minimum)."""
    missing = numbers == np.iinfo(np.int64).min
    return pa.array(np.where(missing, 0, numbers).astype(np.int32), pa.int32(),
                    mask=missing).cast(pa.date32())


def batch_from_periods(rows: pa.Table, *, options: IndexOptions | None = None,
                       as_of: dt.date | None = None) -> SeriesBatch:
    """The batch :func:`batch_series` computes from the day rows of these dyads, from their period rows
    (:func:`period_rows`, sorted by dyad and period) instead: the same numbers to the last bit, without the
    bootstrap (the event-days its draws reweight are not in period rows: ``resamples`` must be 0). Every day
    must be on or before ``as_of`` (dyads with a later day are measured from their day rows)."""
    opts = options or IndexOptions()
    if opts.evidence.resamples > 0:
        raise MeasureError("period rows carry no event-days for the bootstrap: measure with resamples=0")
    freq = opts.freq
    if rows.num_rows == 0:
        return _empty(opts)
    first = _days(rows.column("first"))
    last = _days(rows.column("last"))
    if as_of is not None and bool((last > np.datetime64(as_of, "D")).any()):
        raise MeasureError(f"period rows with days after {as_of}: measure those dyads from their day rows")
    a_codes, a_names = _codes(rows.column("a"))
    b_codes, b_names = _codes(rows.column("b"))
    n_rows = rows.num_rows
    new = np.ones(n_rows, dtype=bool)
    new[1:] = (a_codes[1:] != a_codes[:-1]) | (b_codes[1:] != b_codes[:-1])
    heads = np.flatnonzero(new)
    dyad_of = (np.cumsum(new) - 1).astype(np.int64)
    dyads = [(a_names[i], b_names[j])
             for i, j in zip(a_codes[heads].tolist(), b_codes[heads].tolist(), strict=True)]
    tails = np.append(heads[1:], n_rows)[: heads.size] - 1
    g = _grid(first[heads], last[tails], opts, as_of=as_of)
    period_col = ordinal(_days(rows.column("period")), freq) - g.base
    flat = dyad_of * g.n_cols + period_col
    size = g.n_dyads * g.n_cols

    def placed(values: F64) -> F64:
        out = np.zeros(size)
        out[flat] = values
        return out.reshape(g.n_dyads, g.n_cols)

    sums = {c: placed(_column(rows, f"s_{c}", np.float64)) for c in SUM_COLUMNS}
    pdays = placed(_column(rows, "pdays", np.float64))
    channel = np.zeros(size)
    if opts.channel_from != "ledger":
        for value in (1.0, 2.0):  # level 1's cells set, then level 2's (the maximum over zeros)
            column = rows.column(f"ch{int(value)}")
            latest = np.where(np.asarray(column.is_null().to_numpy(zero_copy_only=False)), np.iinfo(np.int64).min,
                              np.asarray(column.cast(pa.int32()).fill_null(0).to_numpy(zero_copy_only=False),
                                         dtype=np.int64))
            at = np.flatnonzero(latest > np.iinfo(np.int64).min)
            _spread(channel, flat[at], period_col[at], dyad_of[at], latest[at].astype("datetime64[D]"), value,
                    g.hi, g.base, freq, opts)
    return _finish(dyads, g, sums, pdays, channel.reshape(g.n_dyads, g.n_cols), opts, as_of=as_of)


@dataclass(frozen=True)
class _Grid:
    """The common grid of a batch and each dyad's span of it (its reference decade, or the one given)."""

    n_dyads: int
    first_day: npt.NDArray[np.datetime64]
    last_day: npt.NDArray[np.datetime64]
    ref0: npt.NDArray[np.datetime64]
    ref1: npt.NDArray[np.datetime64]
    base: int
    n_cols: int
    start: npt.NDArray[np.datetime64]
    lo: I64
    hi: I64
    inside: npt.NDArray[np.bool_]


def _grid(first_day: npt.NDArray[np.datetime64], last_day: npt.NDArray[np.datetime64], opts: IndexOptions, *,
          start: dt.date | None = None, end: dt.date | None = None, as_of: dt.date | None = None) -> _Grid:
    freq = opts.freq
    n_dyads = first_day.size
    # the reference decade of each dyad (or the one given), and each dyad's grid as a span of the common one
    ref0: npt.NDArray[np.datetime64]
    ref1: npt.NDArray[np.datetime64]
    if opts.pressure_reference is not None:
        ref0 = np.full(n_dyads, np.datetime64(opts.pressure_reference[0], "D"))
        ref1 = np.full(n_dyads, np.datetime64(opts.pressure_reference[1], "D"))
    else:
        ref1 = last_day
        back = {d: np.datetime64(_add_years(dt.date.fromisoformat(str(d)), -opts.reference_years)
                                 + dt.timedelta(days=1), "D") for d in np.unique(last_day).tolist()}
        ref0 = np.array([back[d] for d in last_day.tolist()], dtype="datetime64[D]")
    lo_day = np.minimum(first_day, ref0)
    if start is not None:
        lo_day = np.minimum(lo_day, np.datetime64(start, "D"))
    hi_day = np.maximum(last_day, ref1)
    for extra in (as_of, end):
        if extra is not None:
            hi_day = np.maximum(hi_day, np.datetime64(extra, "D"))
    lo_o, hi_o = ordinal(lo_day, freq), ordinal(hi_day, freq)
    # the common grid starts at the first period with data (or --from): the periods of each dyad's reference
    # decade before it are empty for every dyad, so they add nothing to a sum or a baseline (only the pressure
    # scale's floor, below)
    base = int(ordinal(first_day, freq).min())
    if start is not None:
        base = min(base, int(ordinal(np.array([np.datetime64(start, "D")]), freq)[0]))
    n_cols = int(hi_o.max()) - base + 1
    grid = ordinal_start(np.arange(base, base + n_cols, dtype=np.int64), freq)
    g_lo, g_hi = lo_o - base, hi_o - base
    inside = (np.arange(n_cols)[None, :] >= g_lo[:, None]) & (np.arange(n_cols)[None, :] <= g_hi[:, None])
    return _Grid(n_dyads=n_dyads, first_day=first_day, last_day=last_day, ref0=ref0, ref1=ref1, base=base,
                 n_cols=n_cols, start=grid, lo=g_lo, hi=g_hi, inside=inside)


def _finish(dyads: list[tuple[str, str]], g: _Grid, sums: dict[str, F64], pdays: F64, channel: F64,
            opts: IndexOptions, *, start: dt.date | None = None, end: dt.date | None = None,
            as_of: dt.date | None = None, day_dyad: I64 | None = None, day_col: I64 | None = None,
            day_terms: F64 | None = None, day_cell: I64 | None = None) -> SeriesBatch:
    """The batch from each dyad's period sums, pressure days and channel status on the grid ``g``."""
    freq = opts.freq
    n_dyads, n_cols, inside, grid = g.n_dyads, g.n_cols, g.inside, g.start
    raw_b, raw_m, raw_k = _components(sums)

    # pressure: days with a force-posture event, scaled over each dyad's reference periods
    ref_lo = ordinal(g.ref0, freq) - g.base
    cols = np.arange(n_cols)[None, :]
    in_ref = inside & (cols >= ref_lo[:, None]) & (grid[None, :] <= g.ref1[:, None])
    before = ref_lo < 0  # reference periods before the common grid: empty, so no pressure day
    use = np.where(np.asarray(in_ref.any(axis=1) | before)[:, None], in_ref, inside)
    p_lo = np.where(before, 0.0, np.where(use, pdays, np.inf).min(axis=1))
    p_hi = np.maximum(np.where(use, pdays, -np.inf).max(axis=1), np.where(before, 0.0, -np.inf))
    pressure = _scale(pdays, p_lo[:, None], p_hi[:, None])

    # evidence: each share shrunk toward its as-of-safe baseline, with the dyad's pseudo-count
    unit_total, unit_count = sums["wabs"].sum(axis=1), sums["wn"].sum(axis=1)
    unit = np.where((unit_total > 0) & (unit_count > 0), unit_total / np.where(unit_count > 0, unit_count, 1.0), 1.0)
    raw = {"balance": raw_b, "material_conflict": raw_m, "material_cooperation": raw_k}
    mass = {"balance": sums["wabs"] / unit[:, None], "material_conflict": sums["wq"],
            "material_cooperation": sums["wq"]}
    ev = opts.evidence
    if ev.n0 is not None:
        n0 = np.full(n_dyads, float(ev.n0) * ev.n0_factor)
    else:
        observed_w = np.where(sums["n"] > 0, sums["w"], np.nan)
        with np.errstate(all="ignore"):
            med = np.nanmedian(observed_w, axis=1) if n_cols else np.zeros(n_dyads)
        n0 = np.where(np.isnan(med), 0.0, med) * ev.n0_factor
    window = months_to_periods(12 * ev.baseline_years, freq)
    base_share: dict[str, F64] = {}
    base_se: dict[str, F64] = {}
    shrunk: dict[str, F64] = {}
    for c in SHARES:
        bl = baselines(raw[c], mass[c], neutral=NEUTRAL[c], n0=n0[:, None], window=window)
        base_share[c], base_se[c] = bl.share, bl.se
        shrunk[c] = shrink(raw[c], mass[c], bl.share, n0[:, None])
    cxi = _cxi(opts, shrunk["balance"], shrunk["material_conflict"], shrunk["material_cooperation"], channel,
               pressure)
    cxi = np.where(inside, cxi, np.nan)

    # the window each dyad's series shows
    out_lo = ordinal(np.full(n_dyads, np.datetime64(start, "D")) if start is not None else g.first_day,
                     freq) - g.base
    if end is not None:
        out_hi = np.full(n_dyads, int(ordinal(np.array([np.datetime64(end, "D")]), freq)[0]) - g.base)
    else:
        top = np.maximum(g.last_day, np.datetime64(as_of, "D")) if as_of is not None else g.last_day
        out_hi = ordinal(top, freq) - g.base
    no_days = np.zeros(0, dtype=np.int64)
    batch = SeriesBatch(
        dyads=dyads, options=opts, start=grid, first=np.maximum(out_lo, g.lo), last=np.minimum(out_hi, g.hi),
        cxi=cxi, cxi_low=np.full_like(cxi, np.nan), cxi_high=np.full_like(cxi, np.nan),
        material_conflict=np.where(inside, shrunk["material_conflict"], np.nan), events=sums["n"], sums=sums,
        reference=(g.ref0, g.ref1), channel=channel, pressure=pressure, n0=n0, unit=unit, base_share=base_share,
        base_se=base_se, day_dyad=no_days if day_dyad is None else day_dyad,
        day_col=no_days if day_col is None else day_col,
        day_terms=np.zeros((4, 0)) if day_terms is None else day_terms,
        pressure_days=pdays, pressure_range=(p_lo, p_hi),
    )
    if day_cell is not None:
        batch.cache["day_cell"] = day_cell  # each event-day's cell, as _cells would compute it again
    if ev.resamples > 0:
        _intervals(batch)
    return batch


def impact_series(batch: SeriesBatch, row: int) -> IndexSeries:
    """Dyad ``row``'s series over its window, as far as :func:`~detente.measure.event_impacts` reads it: the CXI,
    channel, pressure and its scale, the sums, baselines, pseudo-count and intensity unit of every period (equal
    to :func:`series_from_days`' up to rounding). The shares it does not read (balance, cooperation) are NaN and
    it holds no events: it serves only to weigh a period's events (``period_impacts``)."""
    lo, hi = int(batch.first[row]), int(batch.last[row]) + 1
    if hi <= lo:
        raise MeasureError(f"dyad {row} of the batch has no period in its window")
    w = slice(lo, hi)
    none = np.full(hi - lo, np.nan)
    sums = {k: v[row, w] for k, v in batch.sums.items()}
    a, b = batch.dyads[row]
    ref0, ref1 = batch.reference
    return IndexSeries(
        dyad=f"{a}-{b}", options=batch.options, start=batch.start[w], cxi=batch.cxi[row, w], balance=none,
        material_conflict=batch.material_conflict[row, w], material_cooperation=none,
        channel=batch.channel[row, w], pressure=batch.pressure[row, w],
        events=np.rint(sums["n"]).astype(np.int64), pressure_days=batch.pressure_days[row, w].astype(np.int64),
        reference=(dt.date.fromisoformat(str(ref0[row])), dt.date.fromisoformat(str(ref1[row]))),
        pressure_range=(float(batch.pressure_range[0][row]), float(batch.pressure_range[1][row])),
        channel_source="events", merged=0, frame=EventFrame.from_columns({"date": []}),
        event_period=np.zeros(0, dtype=np.intp), _sums=sums | {"pdays": batch.pressure_days[row, w]},
        baseline={c: v[row, w] for c, v in batch.base_share.items()}, n0=float(batch.n0[row]),
        intensity_unit=float(batch.unit[row]))


def _empty(opts: IndexOptions) -> SeriesBatch:
    none = np.zeros((0, 0))
    no_days = np.zeros(0, dtype="datetime64[D]")
    idx = np.zeros(0, dtype=np.int64)
    return SeriesBatch(dyads=[], options=opts, start=no_days, first=idx, last=idx, cxi=none, cxi_low=none,
                       cxi_high=none, material_conflict=none, events=none, sums={}, reference=(no_days, no_days),
                       channel=none, pressure=none, n0=np.zeros(0), unit=np.zeros(0), base_share={}, base_se={},
                       day_dyad=idx, day_col=idx, day_terms=np.zeros((4, 0)), pressure_days=none,
                       pressure_range=(np.zeros(0), np.zeros(0)))


def _channel_from_days(day: npt.NDArray[np.datetime64], level: F64, day_col: I64, dyad_of: I64, g_hi: I64,
                       n_cols: int, base: int, freq: Freq, opts: IndexOptions) -> F64:
    """Channel status from meeting days (as ``channel_from_events``: a 04x day opens level 2, other verbal
    cooperation level 1, for ``working_days`` days), or 0 when the ledger is asked for (these dyads have none)."""
    n_dyads = g_hi.size
    out = np.zeros(n_dyads * n_cols, dtype=np.float64)
    if opts.channel_from == "ledger" or not day.size:
        return out.reshape(n_dyads, n_cols)
    # a day covers its period and the following ones up to its last working day; of a dyad's days of one level in
    # one period (a run of rows, sorted by dyad and day), the latest covers the most, so it alone decides which
    # periods that level reaches
    two = level == 2
    for value in (1.0, 2.0):  # the maximum of the levels over zeros: level 1's cells set, then level 2's
        # the days of each level (_levels: 2 for a 04x day, 1 for other verbal cooperation), as masks
        at = np.flatnonzero(two if value == 2.0 else (level > 0) & ~two)
        if not at.size:
            continue
        cell = dyad_of[at] * n_cols + day_col[at]
        heads = np.flatnonzero(np.r_[True, cell[1:] != cell[:-1]])
        latest: npt.NDArray[np.datetime64] = np.maximum.reduceat(day[at], heads)
        at, cell = at[heads], cell[heads]
        _spread(out, cell, day_col[at], dyad_of[at], latest, value, g_hi, base, freq, opts)
    return out.reshape(n_dyads, n_cols)


def _spread(out: F64, cell: I64, first_col: I64, rows: I64, latest: npt.NDArray[np.datetime64], value: float,
            g_hi: I64, base: int, freq: Freq, opts: IndexOptions) -> None:
    """Set ``value`` in each cell (dyad × column, flat) and the following columns its latest meeting day
    ``latest`` reaches (its last working day), up to the dyad's last column."""
    if not cell.size:
        return
    span_days = np.timedelta64(opts.working_days - 1, "D")
    last_col = np.minimum(ordinal(latest + span_days, freq) - base, g_hi[rows])
    span = int((last_col - first_col).max()) + 1
    for k in range(span):
        ok = first_col + k <= last_col
        out[cell[ok] + k] = value


def _intervals(batch: SeriesBatch, workers: int | None = None) -> None:
    """Fill ``cxi_low`` and ``cxi_high`` for every observed period of each dyad's window (``first..last``), and
    keep, per dyad, the sum of the CXI draws over those periods (``window_draws``, with their count): the draws of
    a regime that spans the whole window, without drawing them again. Periods outside the window get no interval
    (nothing reads them). The blocks of a column are drawn by ``workers`` threads (:func:`draw_pool`)."""
    level = batch.options.evidence.level
    n_cols = batch.cxi.shape[1]
    cols = np.arange(n_cols)[None, :]
    observed = ~np.isnan(batch.cxi) & (cols >= batch.first[:, None]) & (cols <= batch.last[:, None])
    total = np.zeros((len(batch), batch.options.evidence.resamples))
    count = np.zeros(len(batch), dtype=np.int64)
    with draw_pool(workers) as pool:
        for col in np.flatnonzero(observed.any(axis=0)).tolist():
            rows = np.flatnonzero(observed[:, col])

            def use(block: I64, draws: F64, col: int = col) -> None:
                q_lo, q_hi = row_quantiles(draws, level)
                point = batch.cxi[block, col]
                batch.cxi_low[block, col] = np.minimum(q_lo, point)
                batch.cxi_high[block, col] = np.maximum(q_hi, point)
                total[block] += draws  # a column's blocks hold distinct dyads; columns are added in order

            each_block(batch, rows, col, use, pool)
            count[rows] += 1
    batch.cache["window_draws"] = total
    batch.cache["window_count"] = count


_PAGES_LOCK = threading.Lock()
_PAGES_USERS = [0, True]  # contexts open, numpy's setting before the first


@contextmanager
def small_pages() -> Iterator[None]:
    """A context in which numpy does not ask the kernel for huge pages (``madvise(MADV_HUGEPAGE)``, numpy's
    default on Linux for arrays of 4 MB or more). Where the kernel compacts memory to serve that advice (its
    ``defrag`` setting ``madvise``, this machine's), each new large array can wait on the compaction: the
    table's arrays of one value per day row (millions) are made and freed dozens of times, and on the 50M-event
    store the kernel's share of a warm table's CPU time was 12 s of 20 s with huge pages asked for, 3 s of 11 s
    without (``benchmarks/monitor/run.py --table-only``, docs/scale.md). Contexts may nest and overlap across
    threads: numpy's setting is restored when the last one closes. Without numpy's switch it does nothing."""
    try:
        switch = getattr(importlib.import_module("numpy._core.multiarray"), "_set_madvise_hugepage", None)
    except ImportError:
        switch = None
    if switch is None:  # another numpy: its own default
        yield
        return
    with _PAGES_LOCK:
        if _PAGES_USERS[0] == 0:
            _PAGES_USERS[1] = bool(switch(False))
        _PAGES_USERS[0] += 1
    try:
        yield
    finally:
        with _PAGES_LOCK:
            _PAGES_USERS[0] -= 1
            if _PAGES_USERS[0] == 0:
                switch(bool(_PAGES_USERS[1]))


def one_blas_thread() -> Any:
    """A context in which BLAS runs on one thread: the draws' matrix products are many small ones (a few dozen
    event-days deep), which BLAS's threads make slower, not faster (at 50M events: 7.6 s against 12.8 s, and
    half the CPU time, on this project's two-core machine under load)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def row_quantiles(draws: F64, level: float) -> tuple[F64, F64]:
    """The central ``level`` quantiles of each row, as ``np.quantile(draws, [(1 - level) / 2, (1 + level) / 2],
    axis=1)`` computes them (linear interpolation between the two order statistics around each), from the sorted
    rows (numpy's vectorised sort of a row of a few hundred values costs less than a partial sort at two ranks)."""
    n = draws.shape[1]
    if n == 0 or draws.shape[0] == 0:
        return np.zeros(draws.shape[0]), np.zeros(draws.shape[0])
    ordered = np.sort(draws, axis=1)
    out = []
    for q in ((1.0 - level) / 2.0, (1.0 + level) / 2.0):
        h = q * (n - 1)
        below = math.floor(h)
        above = min(below + 1, n - 1)
        t = h - below
        a, b = ordered[:, below], ordered[:, above]
        diff = b - a
        out.append(np.asarray(b - diff * (1.0 - t) if t >= 0.5 else a + diff * t, dtype=np.float64))
    return out[0], out[1]


def _cells(batch: SeriesBatch) -> tuple[I64, F64]:
    """Each event-day's cell (dyad × grid column, ``dyad * columns + column``), non-decreasing, and the four day
    terms the draws reweight (see :func:`column_draws`), in the same order; once per batch. The event-days come
    sorted by dyad and day, so the days of one dyad in one column are a run of consecutive rows, found by a
    binary search (no reordering by column); rows that do not come in that order are sorted by cell first."""
    if "cell" not in batch.cache:
        cell = batch.cache.pop("day_cell", None)
        if cell is None:
            cell = batch.day_dyad * batch.cxi.shape[1] + batch.day_col
        terms = batch.day_terms
        if cell.size > 1 and bool((cell[1:] < cell[:-1]).any()):
            order = np.argsort(cell, kind="stable")
            cell, terms = cell[order], terms[:, order]
        batch.cache["cell"] = cell
        batch.cache["terms"] = terms
    return batch.cache["cell"], batch.cache["terms"]


def column_draws(batch: SeriesBatch, rows: I64, col: int, *, block: int = BLOCK) -> Iterator[tuple[I64, F64]]:
    """The CXI draws of the dyads ``rows`` in grid column ``col`` (each must have a CXI there), in blocks: pairs
    of (dyads, draws) with one row per dyad and one column per draw.

    A draw reweights the dyad's event-days in the period with the period's Exp(1) weights (the first n rows of
    :func:`~detente.measure._evidence.period_draws` for n event-days) and adds the baseline as a pseudo-day of
    mass n0 with its own weight and share draws, as :func:`~detente.measure._evidence.draw_shares` and the CXI
    formula do. Everything linear in the weights is one matrix product per block: the balance's numerator
    Σw·g + u·n0·B0 and denominator Σw·|g| + u·n0, and the QuadClass part's numerator wK·(Σw₂ + n0·K0) −
    wM·(Σw₄ + n0·M0) and denominator Σw·[QuadClass] + n0, where a baseline share s0 + se·z enters as two terms
    (s0 times the weight, se times the weight times z); a baseline share that the draw takes out of its range
    (B in [-1, 1], M and K in [0, 1]) is clipped afterwards, only in the dyads where that can happen. Dyads are
    blocked by their count of event-days, so a block pads few of them. Equal to the one-dyad path up to
    rounding."""
    plan = _column_plan(batch, rows, col)
    for k in range(0, rows.size, block):
        yield _block_draws(batch, plan, k, block)


def each_block(batch: SeriesBatch, rows: I64, col: int, use: Callable[[I64, F64], None],
               pool: ThreadPoolExecutor | None = None, *, block: int = BLOCK) -> None:
    """``use(dyads, draws)`` on every block of :func:`column_draws` (the same blocks, the same draws), the blocks
    drawn by ``pool``'s threads when one is given (:func:`draw_pool`), every block of the column done on return.
    ``use`` may run in several threads at once: it must write only where its block's dyads are."""
    plan = _column_plan(batch, rows, col)

    def run(k: int) -> None:
        use(*_block_draws(batch, plan, k, block))

    if pool is None or rows.size <= block:
        for k in range(0, rows.size, block):
            run(k)
        return
    for _ in pool.map(run, range(0, rows.size, block)):
        pass


@contextmanager
def draw_pool(workers: int | None = None) -> Iterator[ThreadPoolExecutor | None]:
    """BLAS on one thread (:func:`one_blas_thread`) and a pool of ``workers`` threads that draw blocks of dyads
    side by side (None: one per core, at most :data:`DRAW_THREADS`; 1: no pool). numpy's matrix products and
    sorts release Python's lock, so the blocks of a column are drawn in parallel; each block's draws are what
    one thread draws (the same blocks, the same products), so the results do not depend on the threads."""
    n = workers if workers is not None else min(DRAW_THREADS, os.cpu_count() or 1)
    with one_blas_thread():
        if n <= 1:
            yield None
            return
        with ThreadPoolExecutor(max_workers=n, thread_name_prefix="detente-draws") as pool:
            yield pool


@dataclass(frozen=True)
class _Plan:
    """What every block of one column's draws shares (:func:`_column_plan`)."""

    col: int
    rows: I64
    start: I64
    n_days: I64
    draws: PeriodDraws
    rhs: F64
    positive: bool
    z_lo: F64
    z_hi: F64
    by_days: I64


def _column_plan(batch: SeriesBatch, rows: I64, col: int) -> _Plan:
    """The event-days of each dyad of ``rows`` in column ``col`` (first row and count), the period's draws as the
    right-hand side of the blocks' matrix products, and the dyads in order of their count of event-days."""
    ev = batch.options.evidence
    cell, _ = _cells(batch)
    wanted = rows * batch.cxi.shape[1] + col
    start = np.searchsorted(cell, wanted, side="left").astype(np.int64)
    n_days = np.searchsorted(cell, wanted, side="right").astype(np.int64) - start
    n_max = int(n_days.max()) if rows.size else 0
    d = period_draws(ev.seed, batch.start[col], n_max, ev.resamples)
    # the right-hand side: the four pseudo-day terms (weight, and weight times each share's z), then the days
    rhs = np.empty((4 + n_max, ev.resamples))
    rhs[0] = d.prior
    np.multiply(d.prior, d.z, out=rhs[1:4])
    rhs[4:] = d.days
    positive = bool(d.prior.size == 0 or d.prior.min() > 0)
    z_lo, z_hi = (d.z.min(axis=1), d.z.max(axis=1)) if ev.resamples else (np.zeros(3), np.zeros(3))
    return _Plan(col=col, rows=rows, start=start, n_days=n_days, draws=d, rhs=rhs, positive=positive, z_lo=z_lo,
                 z_hi=z_hi, by_days=np.argsort(n_days, kind="stable"))


def _block_draws(batch: SeriesBatch, plan: _Plan, k: int, block: int) -> tuple[I64, F64]:
    """The CXI draws of the dyads ``plan.by_days[k:k + block]`` (see :func:`column_draws`)."""
    opts = batch.options
    ev = opts.evidence
    wb, wm, wk, wc, wx = opts.weights.as_tuple()
    _, terms = _cells(batch)
    col, d, rhs, z_lo, z_hi = plan.col, plan.draws, plan.rhs, plan.z_lo, plan.z_hi
    pick = plan.by_days[k:k + block]
    who = plan.rows[pick]
    r = who.size
    m = int(plan.n_days[pick].max())
    n0 = batch.n0[who]
    n0u = n0 * batch.unit[who]
    s0 = {c: batch.base_share[c][who, col] for c in SHARES}
    se = {c: batch.base_se[c][who, col] for c in SHARES}
    lhs = np.zeros((4, r, 4 + m))
    lhs[0, :, 0] = 50.0 * wb * n0u * s0["balance"]
    lhs[0, :, 1] = 50.0 * wb * n0u * se["balance"]
    lhs[1, :, 0] = n0u
    lhs[2, :, 0] = 100.0 * n0 * (wk * s0["material_cooperation"] - wm * s0["material_conflict"])
    lhs[2, :, 2] = -100.0 * wm * n0 * se["material_conflict"]
    lhs[2, :, 3] = 100.0 * wk * n0 * se["material_cooperation"]
    lhs[3, :, 0] = n0
    n = plan.n_days[pick]
    at = np.repeat(np.arange(r), n)
    within = np.arange(at.size) - np.repeat(np.cumsum(n) - n, n)
    lhs[:, at, 4 + within] = terms[:, np.repeat(plan.start[pick], n) + within]
    out = (lhs.reshape(4 * r, 4 + m) @ rhs[:4 + m]).reshape(4, r, ev.resamples)
    for i, (c, lo_c, hi_c, scale) in enumerate((("balance", -1.0, 1.0, 50.0 * wb * n0u),
                                                ("material_conflict", 0.0, 1.0, -100.0 * wm * n0),
                                                ("material_cooperation", 0.0, 1.0, 100.0 * wk * n0))):
        clip = (s0[c] + se[c] * z_lo[i] < lo_c) | (s0[c] + se[c] * z_hi[i] > hi_c)
        if clip.any():  # the baseline share drawn out of its range: add what clipping changes
            sub = np.flatnonzero(clip)
            x = np.multiply.outer(se[c][sub], d.z[i])
            x += s0[c][sub][:, None]
            fix = np.clip(x, lo_c, hi_c)
            fix -= x
            fix *= d.prior
            fix *= scale[sub][:, None]
            out[0 if c == "balance" else 2, sub] += fix
    num_b, den_b, num_k, den_k = out
    if plan.positive and bool((n0u > 0).all()):
        num_b /= den_b
    else:  # B is 0 when the draw gives it no mass
        np.divide(num_b, den_b, out=num_b, where=den_b > 0)
        num_b[den_b <= 0] = 0.0
    with np.errstate(invalid="ignore", divide="ignore"):
        num_k /= den_k
    num_b += num_k
    num_b += (100.0 * (wb / 2.0 + wm + wc * batch.channel[who, col] / 4.0
                       + wx * (1.0 - batch.pressure[who, col])))[:, None]
    return who, num_b
