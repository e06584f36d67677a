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
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from detente.measure._evidence import (
    NEUTRAL,
    SHARES,
    UNIT_COLUMNS,
    baselines,
    period_draws,
    shrink,
)
from detente.measure._index import SUM_COLUMNS, _add_years, _components, _cxi, _scale, settle_sums
from detente.measure._options import IndexOptions
from detente.measure._periods import Freq, months_to_periods, period_start

__all__ = ["SeriesBatch", "batch_series", "ordinal", "ordinal_start"]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
#: dyads per block of the bootstrap (bounds its memory: block × columns × draws floats)
BLOCK = 512


def ordinal(days: npt.NDArray[np.datetime64], freq: Freq) -> I64:
    """A period number for each day: consecutive periods have consecutive numbers."""
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
    day_values: F64
    #: what later steps reuse: the event-days by period column, and the window's summed draws (``window_draws``)
    cache: dict[str, npt.NDArray[Any]] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.dyads)

    def draws(self, rows: I64, col: int) -> F64:
        """The CXI draws of the dyads ``rows`` (sorted) in grid column ``col`` (one row per dyad, one column per
        draw); every dyad named must have a CXI there."""
        return _period_cxi_draws(self, rows, col)


def _days(column: pa.ChunkedArray) -> npt.NDArray[np.datetime64]:
    """A date column as ``datetime64[D]`` (through its day numbers: no Python object per row)."""
    numbers = np.asarray(_array(column.cast(pa.int32())).to_numpy(zero_copy_only=False), dtype=np.int64)
    out: npt.NDArray[np.datetime64] = numbers.astype("datetime64[D]")
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
    day = _days(rows.column("day"))
    live = _column(rows, "n", np.float64) > 0
    if as_of is not None:
        live &= day <= np.datetime64(as_of, "D")
    a_codes, a_names = _codes(rows.column("a"))
    b_codes, b_names = _codes(rows.column("b"))
    a, b = a_codes[live], b_codes[live]
    day = day[live]
    col = {c: _column(rows, c, np.float64)[live] for c in ("pressure", "channel")}
    col.update({c: settle_sums(_column(rows, c, np.float64)[live]) for c in SUM_COLUMNS})
    n_rows = day.size
    if n_rows == 0:
        return _empty(opts)
    new = np.ones(n_rows, dtype=bool)
    if n_rows:
        new[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    heads = np.flatnonzero(new)
    dyad_of = (np.cumsum(new) - 1).astype(np.int64)
    n_dyads = heads.size
    dyads = [(a_names[i], b_names[j]) for i, j in zip(a[heads].tolist(), b[heads].tolist(), strict=True)]
    tails = np.append(heads[1:], n_rows)[: heads.size] - 1
    first_day, last_day = day[heads], day[tails]

    # the reference decade of each dyad (or the one given), and each dyad's grid as a span of the common one
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
    day_col = ordinal(day, freq) - base
    flat = dyad_of * n_cols + day_col
    size = n_dyads * n_cols

    def binned(values: F64) -> F64:
        return np.bincount(flat, weights=values, minlength=size).astype(np.float64).reshape(n_dyads, n_cols)

    sums = {k: binned(col[k]) for k in SUM_COLUMNS}
    raw_b, raw_m, raw_k = _components(sums)

    # pressure: days with a force-posture event, scaled over each dyad's reference periods
    pdays = np.bincount(flat[col["pressure"] > 0], minlength=size).astype(np.float64).reshape(n_dyads, n_cols)
    ref_lo = ordinal(ref0, freq) - base
    cols = np.arange(n_cols)[None, :]
    in_ref = inside & (cols >= ref_lo[:, None]) & (grid[None, :] <= ref1[:, None])
    before = ref_lo < 0  # reference periods before the common grid: empty, so no pressure day
    use = np.where(np.asarray(in_ref.any(axis=1) | before)[:, None], in_ref, inside)
    p_lo = np.where(before, 0.0, np.where(use, pdays, np.inf).min(axis=1))
    p_hi = np.maximum(np.where(use, pdays, -np.inf).max(axis=1), np.where(before, 0.0, -np.inf))
    pressure = _scale(pdays, p_lo[:, None], p_hi[:, None])

    channel = _channel_from_days(day, col["channel"], day_col, dyad_of, g_hi, n_cols, base, freq, opts)

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
    out_lo = ordinal(np.full(n_dyads, np.datetime64(start, "D")) if start is not None else first_day, freq) - base
    if end is not None:
        out_hi = np.full(n_dyads, int(ordinal(np.array([np.datetime64(end, "D")]), freq)[0]) - base)
    else:
        top = np.maximum(last_day, np.datetime64(as_of, "D")) if as_of is not None else last_day
        out_hi = ordinal(top, freq) - base
    batch = SeriesBatch(
        dyads=dyads, options=opts, start=grid, first=np.maximum(out_lo, g_lo), last=np.minimum(out_hi, g_hi),
        cxi=cxi, cxi_low=np.full_like(cxi, np.nan), cxi_high=np.full_like(cxi, np.nan),
        material_conflict=np.where(inside, shrunk["material_conflict"], np.nan), events=sums["n"], sums=sums,
        reference=(ref0, ref1), channel=channel, pressure=pressure, n0=n0, unit=unit, base_share=base_share,
        base_se=base_se, day_dyad=dyad_of, day_col=day_col,
        day_values=np.stack([col[c] for c in UNIT_COLUMNS]) if n_rows else np.zeros((len(UNIT_COLUMNS), 0)),
    )
    if ev.resamples > 0:
        _intervals(batch)
    return batch


def _empty(opts: IndexOptions) -> SeriesBatch:
    none = np.zeros((0, 0))
    no_days = np.zeros(0, dtype="datetime64[D]")
    idx = np.zeros(0, dtype=np.int64)
    return SeriesBatch(dyads=[], options=opts, start=no_days, first=idx, last=idx, cxi=none, cxi_low=none,
                       cxi_high=none, material_conflict=none, events=none, sums={}, reference=(no_days, no_days),
                       channel=none, pressure=none, n0=np.zeros(0), unit=np.zeros(0), base_share={}, base_se={},
                       day_dyad=idx, day_col=idx, day_values=np.zeros((len(UNIT_COLUMNS), 0)))


def _channel_from_days(day: npt.NDArray[np.datetime64], level: F64, day_col: I64, dyad_of: I64, g_hi: I64,
                       n_cols: int, base: int, freq: Freq, opts: IndexOptions) -> F64:
    """Channel status from meeting days (as ``channel_from_events``: a 04x day opens level 2, other verbal
    cooperation level 1, for ``working_days`` days), or 0 when the ledger is asked for (these dyads have none)."""
    n_dyads = g_hi.size
    out = np.zeros(n_dyads * n_cols, dtype=np.float64)
    if opts.channel_from == "ledger" or not day.size:
        return out.reshape(n_dyads, n_cols)
    meets = level > 0
    lv = np.where(level[meets] == 2, 2.0, 1.0)
    rows, first_col = dyad_of[meets], day_col[meets]
    last_day = day[meets] + np.timedelta64(opts.working_days - 1, "D")
    last_col = np.minimum(ordinal(last_day, freq) - base, g_hi[rows])
    span = int((last_col - first_col).max()) + 1 if first_col.size else 0
    for k in range(span):
        ok = first_col + k <= last_col
        np.maximum.at(out, rows[ok] * n_cols + first_col[ok] + k, lv[ok])
    return out.reshape(n_dyads, n_cols)


def _intervals(batch: SeriesBatch) -> None:
    """Fill ``cxi_low`` and ``cxi_high`` for every observed period of each dyad's window (``first..last``), and
    keep, per dyad, the sum of the CXI draws over those periods (``window_draws``, with their count): the draws of
    a regime that spans the whole window, without drawing them again. Periods outside the window get no interval
    (nothing reads them)."""
    level = batch.options.evidence.level
    n_cols = batch.cxi.shape[1]
    cols = np.arange(n_cols)[None, :]
    observed = ~np.isnan(batch.cxi) & (cols >= batch.first[:, None]) & (cols <= batch.last[:, None])
    total = np.zeros((len(batch), batch.options.evidence.resamples))
    count = np.zeros(len(batch), dtype=np.int64)
    for col in np.flatnonzero(observed.any(axis=0)):
        rows = np.flatnonzero(observed[:, col])
        for lo in range(0, rows.size, BLOCK):
            block = rows[lo:lo + BLOCK]
            draws = _period_cxi_draws(batch, block, int(col))
            q_lo, q_hi = row_quantiles(draws, level)
            point = batch.cxi[block, col]
            batch.cxi_low[block, col] = np.minimum(q_lo, point)
            batch.cxi_high[block, col] = np.maximum(q_hi, point)
            total[block] += draws
            count[block] += 1
    batch.cache["window_draws"] = total
    batch.cache["window_count"] = count


def row_quantiles(draws: F64, level: float) -> tuple[F64, F64]:
    """The central ``level`` quantiles of each row, as ``np.quantile(draws, [(1 - level) / 2, (1 + level) / 2],
    axis=1)`` computes them (linear interpolation), from one partial sort of the row."""
    n = draws.shape[1]
    if n == 0 or draws.shape[0] == 0:
        return np.zeros(draws.shape[0]), np.zeros(draws.shape[0])
    spots = []
    kth: list[int] = []
    for q in ((1.0 - level) / 2.0, (1.0 + level) / 2.0):
        h = q * (n - 1)
        below = math.floor(h)
        above = min(below + 1, n - 1)
        spots.append((below, above, h - below))
        kth += [below, above]
    part = np.partition(draws, sorted(set(kth)), axis=1)
    out = []
    for below, above, t in spots:
        a, b = part[:, below], part[:, above]
        diff = b - a
        out.append(np.asarray(b - diff * (1.0 - t) if t >= 0.5 else a + diff * t, dtype=np.float64))
    return out[0], out[1]


def _period_cxi_draws(batch: SeriesBatch, rows: I64, col: int) -> F64:
    """CXI draws of the dyads ``rows`` in grid column ``col``: their event-days in the period reweighted with the
    period's Exp(1) draws (the first n rows for a dyad with n event-days), the baseline as a pseudo-day."""
    opts = batch.options
    ev = opts.evidence
    if "order" not in batch.cache:  # the event-days by column, once per batch
        batch.cache["order"] = np.argsort(batch.day_col, kind="stable")
        batch.cache["bounds"] = np.searchsorted(batch.day_col[batch.cache["order"]],
                                                np.arange(batch.cxi.shape[1] + 1))
    lo, hi = batch.cache["bounds"][col], batch.cache["bounds"][col + 1]
    in_col = batch.cache["order"][lo:hi]
    slot = np.full(len(batch), -1, dtype=np.int64)
    slot[rows] = np.arange(rows.size)
    in_col = in_col[slot[batch.day_dyad[in_col]] >= 0]
    owner = batch.day_dyad[in_col]
    order = slot[owner]
    counts = np.bincount(order, minlength=rows.size)
    offsets = np.concatenate(([0], np.cumsum(counts)))
    within = np.arange(in_col.size) - offsets[order]
    n_max = int(counts.max()) if counts.size else 0
    dense = np.zeros((rows.size, len(UNIT_COLUMNS), n_max))
    dense[order, :, within] = batch.day_values[:, in_col].T
    d = period_draws(ev.seed, batch.start[col], n_max, ev.resamples)
    reweighted = dense @ d.days
    return _cxi_draws(batch, rows, col, {c: reweighted[:, j, :] for j, c in enumerate(UNIT_COLUMNS)}, d.prior,
                      d.z)


def _cxi_draws(batch: SeriesBatch, rows: I64, col: int, sums: dict[str, F64], prior: F64, z: F64) -> F64:
    """The CXI of each draw: :func:`~detente.measure._evidence.draw_shares` and the CXI formula written out for
    many dyads at once, in place over the reweighted sums (equal to them up to rounding)."""
    wb, wm, wk, wc, wx = batch.options.weights.as_tuple()

    def base(c: str, i: int, lo: float, hi: float) -> F64:
        out: F64 = np.multiply.outer(batch.base_se[c][rows, col], z[i])
        out += batch.base_share[c][rows, col][:, None]
        np.maximum(out, lo, out=out)
        np.minimum(out, hi, out=out)
        return out

    pseudo = np.multiply.outer(batch.n0[rows], prior)
    # the balance: (Σw·g + u·n0·B0) / (Σw·|g| + u·n0), 0 when both are 0
    prior_b = pseudo * batch.unit[rows][:, None]
    den = sums["wabs"]
    den += prior_b
    num = base("balance", 0, -1.0, 1.0)
    num *= prior_b
    num += sums["wg"]
    b = np.zeros_like(num)
    np.divide(num, den, out=b, where=den > 0)
    # wK·K − wM·M over the shared denominator Σw·[QuadClass] + n0
    m0 = base("material_conflict", 1, 0.0, 1.0)
    k0 = base("material_cooperation", 2, 0.0, 1.0)
    k0 *= wk
    m0 *= wm
    k0 -= m0
    k0 *= pseudo
    w2, w4 = sums["w2"], sums["w4"]
    w2 *= wk
    w4 *= wm
    k0 += w2
    k0 -= w4
    wq = sums["wq"]
    wq += pseudo
    with np.errstate(invalid="ignore", divide="ignore"):
        k0 /= wq
    b *= 100.0 * wb / 2.0
    k0 *= 100.0
    b += k0
    c = batch.channel[rows, col]
    x = batch.pressure[rows, col]
    b += (100.0 * (wb / 2.0 + wm + wc * c / 4.0 + wx * (1.0 - x)))[:, None]
    return b
