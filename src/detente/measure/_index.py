"""The coexistence index (CXI) of a dyad per period, with its five components.

For the events e between the two countries in period t, with weight w_e = log(1 + sources_e) (a missing
``sources``, or one below 1, counts as one source, so w = log 2; option ``unit``: w = 1) and Goldstein weight
g_e:

- cooperation balance ``B = Σ w·g / Σ w·|g|`` in [-1, 1] (0 when every event is neutral, g = 0);
- material-conflict share ``M = Σ w [QuadClass 4] / Σ w``;
- material-cooperation share ``K = Σ w [QuadClass 2] / Σ w``;
- channel status ``C`` in 0..4 (:mod:`detente.measure._channel`);
- military pressure ``X`` in 0..1: the days in t with a force-posture event (CAMEO root 15: missile and
  nuclear tests, exercises, alerts) by either party, min-max scaled over the reference decade.

``CXI = 100 × [wB·(B+1)/2 + wM·(1−M) + wK·K + wC·C/4 + wX·(1−X)]`` with the weights of
:class:`~detente.measure.IndexWeights`. A period without events has no B, M, K and no CXI (NaN, shown as
null); C and X are still given, since the ledger and the absence of tests say something.

B, M and K enter the CXI estimated with their evidence (:mod:`detente.measure._evidence`): each raw share is
shrunk toward the dyad's as-of-safe baseline with the pseudo-count n0, every period gets an interval
(``cxi_low``, ``cxi_high``) from a seeded bootstrap over its event-days, and periods with few events are
flagged ``thin``.

Both ways of computing the index, this module's numpy path over events and the SQL path of
:mod:`detente.measure._sql`, reduce the events to per-day sums (:class:`DaySums`) and finish in
:func:`series_from_days`, so they share one definition.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from detente.errors import MeasureError
from detente.measure._channel import channel_series
from detente.measure._evidence import (
    NEUTRAL,
    SHARES,
    Baseline,
    Draws,
    baselines,
    bootstrap,
    interval,
    resolve_n0,
    shrink,
)
from detente.measure._frame import EventFrame, filter_events
from detente.measure._options import IndexOptions
from detente.measure._periods import (
    Freq,
    months_to_periods,
    period_end,
    period_label,
    period_range,
    period_start,
    to_date,
)
from detente.model import Dyad, Event, Milestone

__all__ = ["SUM_COLUMNS", "SUM_DECIMALS", "DaySums", "IndexSeries", "as_frame", "coexistence_index", "event_impacts",
           "series_from_days", "settle_sums"]

F64 = npt.NDArray[np.float64]
#: the per-day (and per-period) sums of the index: events kept, events with a Goldstein weight, Σw·g, Σw·|g|,
#: Σw over events with a QuadClass, over QuadClass 4 and over QuadClass 2, Σw over events with a Goldstein
#: weight (the balance's mass), Σw over all kept events (the event mass)
SUM_COLUMNS: tuple[str, ...] = ("n", "ng", "wg", "wabs", "wq", "w4", "w2", "wn", "w")
#: decimals each day's sums are rounded to before the index uses them. Two engines summing the same events give
#: sums that differ in their last bits (another order of addition; the JVM's logarithm and DuckDB's differ by one
#: unit in the last place for some weights), and on a near tie those bits can move a change point; rounded, the
#: day rows are the same unless a difference straddles a rounding boundary (about 1e-14 in 1e-9 of the values)
SUM_DECIMALS = 9


def settle_sums(values: F64) -> F64:
    """A day-sum column rounded to :data:`SUM_DECIMALS` decimals (the index's inputs in every path)."""
    return np.asarray(np.round(values, SUM_DECIMALS), dtype=np.float64)
#: the components that get intervals (the shares; channel and pressure are records, held fixed), in row order
BOUNDED: tuple[str, ...] = SHARES


def as_frame(events: EventFrame | pa.Table | Iterable[Event]) -> EventFrame:
    """Any accepted form of events as an :class:`EventFrame`."""
    if isinstance(events, EventFrame):
        return events
    if isinstance(events, pa.Table):
        return EventFrame.from_arrow(events)
    return EventFrame.from_events(events)


def _opt(x: float) -> float | None:
    return None if np.isnan(x) else round(float(x), 6)


@dataclass(frozen=True)
class IndexSeries:
    """The CXI and its components per period (NaN where a value does not exist).

    ``balance``, ``material_conflict`` and ``material_cooperation`` are the evidence-weighted shares the CXI is
    built from (``raw`` holds the unshrunk ones, ``baseline`` the baseline each was shrunk toward); ``cxi_low``
    and ``cxi_high`` bound the CXI (``bounds`` the components), ``thin`` flags periods with few events.
    ``frame`` holds the events that were used (after the dyad, ``as_of`` and de-duplication filters) and
    ``event_period`` the position of each one's period in this series (-1: outside the series).
    """

    dyad: str
    options: IndexOptions
    start: npt.NDArray[np.datetime64]
    cxi: F64
    balance: F64
    material_conflict: F64
    material_cooperation: F64
    channel: F64
    pressure: F64
    events: npt.NDArray[np.int64]
    pressure_days: npt.NDArray[np.int64]
    reference: tuple[dt.date, dt.date]
    pressure_range: tuple[float, float]
    channel_source: str
    merged: int
    frame: EventFrame
    event_period: npt.NDArray[np.intp]
    as_of: dt.date | None = None
    _sums: dict[str, F64] = field(default_factory=dict, repr=False)
    #: mean Σw·|g| per period over the reference window: the dyad's typical activity (intensities divide by it)
    activity_baseline: float = float("nan")
    cxi_low: F64 = field(default_factory=lambda: np.zeros(0))
    cxi_high: F64 = field(default_factory=lambda: np.zeros(0))
    thin: npt.NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, dtype=bool))
    raw: dict[str, F64] = field(default_factory=dict, repr=False)
    baseline: dict[str, F64] = field(default_factory=dict, repr=False)
    bounds: dict[str, tuple[F64, F64]] = field(default_factory=dict, repr=False)
    #: the pseudo-count the shares were shrunk with
    n0: float = 0.0
    #: the bootstrap draws of the observed periods (positions in this series), for regime intervals
    draws: Draws | None = field(default=None, repr=False)
    #: Σw·|g| per unit of event weight: the balance's mass is Σw·|g| over it
    intensity_unit: float = 1.0

    @property
    def cooperation_intensity(self) -> F64:
        """Σw·g over the period's cooperative events (g > 0), in units of the dyad's typical period activity."""
        return _intensity(self._sums, self.activity_baseline, sign=1.0)

    @property
    def conflict_intensity(self) -> F64:
        """Σw·|g| over the period's conflictual events (g < 0), in units of the dyad's typical period activity."""
        return _intensity(self._sums, self.activity_baseline, sign=-1.0)

    @property
    def freq(self) -> Freq:
        return self.options.freq

    def __len__(self) -> int:
        return int(self.start.shape[0])

    @property
    def period(self) -> list[str]:
        return [period_label(s, self.freq) for s in self.start]

    @property
    def end(self) -> npt.NDArray[np.datetime64]:
        return period_end(self.start, self.freq)

    def position(self, day: dt.date) -> int:
        """The index of the period that holds ``day`` (-1 if none)."""
        p = period_start(np.array([np.datetime64(day, "D")]), self.freq)[0]
        i = int(np.searchsorted(self.start, p))
        return i if i < len(self) and self.start[i] == p else -1

    def rows(self) -> list[dict[str, Any]]:
        """One dict per period: ``period``, ``start``, ``end``, ``cxi`` with ``cxi_low``/``cxi_high``, ``thin``,
        the components with their bounds, ``events`` and the intensities (None = no value)."""
        labels = self.period
        ends = self.end
        coop, conf = self.cooperation_intensity, self.conflict_intensity
        out = []
        for i in range(len(self)):
            row: dict[str, Any] = {
                "period": labels[i],
                "start": str(self.start[i]),
                "end": str(ends[i]),
                "cxi": _opt(self.cxi[i]),
                "cxi_low": _opt(self.cxi_low[i]),
                "cxi_high": _opt(self.cxi_high[i]),
                "thin": bool(self.thin[i]),
                "balance": _opt(self.balance[i]),
                "material_conflict": _opt(self.material_conflict[i]),
                "material_cooperation": _opt(self.material_cooperation[i]),
                "channel": _opt(self.channel[i]),
                "pressure": _opt(self.pressure[i]),
                "events": int(self.events[i]),
                "cooperation_intensity": _opt(coop[i]),
                "conflict_intensity": _opt(conf[i]),
            }
            for name in BOUNDED:
                lo, hi = self.bounds[name]
                row[f"{name}_low"], row[f"{name}_high"] = _opt(lo[i]), _opt(hi[i])
            out.append(row)
        return out

    def to_arrow(self) -> pa.Table:
        """The rows as an Arrow table (nulls where a value does not exist)."""
        rows = self.rows()
        types = {"period": pa.string(), "start": pa.string(), "end": pa.string(), "thin": pa.bool_(),
                 "events": pa.int64()}
        names = list(rows[0]) if rows else ["period", "start", "end", "cxi", "cxi_low", "cxi_high", "thin"]
        schema = pa.schema([(n, types.get(n, pa.float64())) for n in names])
        return pa.Table.from_pylist(rows, schema=schema)

    def meta(self) -> dict[str, Any]:
        """How the series was made: options, reference decade, channel source, merged duplicates, evidence."""
        ev = self.options.evidence
        return {
            "dyad": self.dyad,
            "options": self.options.to_dict(),
            "pressure_reference": [self.reference[0].isoformat(), self.reference[1].isoformat()],
            "pressure_days_range": list(self.pressure_range),
            "channel_source": self.channel_source,
            "activity_baseline": None if not np.isfinite(self.activity_baseline) else round(self.activity_baseline, 6),
            "duplicates_merged": self.merged,
            "as_of": None if self.as_of is None else self.as_of.isoformat(),
            "evidence": {
                "n0": round(self.n0, 6),
                "intensity_unit": round(self.intensity_unit, 6),
                "n0_rule": "given" if ev.n0 is not None else "median event mass of the periods with events",
                "n0_factor": ev.n0_factor,
                "baseline_years": ev.baseline_years,
                "thin_events": ev.thin_events,
                "interval": ev.level,
                "resamples": ev.resamples,
                "seed": ev.seed,
                "method": "shares shrunk toward the as-of-safe baseline, (n·s + n0·s0)/(n + n0); intervals from "
                          "a Bayesian bootstrap over event-days with the baseline as a pseudo-day of mass n0",
            },
        }


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _cxi(options: IndexOptions, b: F64, m: F64, k: F64, c: F64, x: F64) -> F64:
    wb, wm, wk, wc, wx = options.weights.as_tuple()
    value = 100.0 * (wb * (b + 1.0) / 2.0 + wm * (1.0 - m) + wk * k + wc * c / 4.0 + wx * (1.0 - x))
    return np.where(np.isnan(b) | np.isnan(m) | np.isnan(k), np.nan, value)


def _scale(days: F64, lo: float | F64, hi: float | F64) -> F64:
    """Min-max scaling to 0..1 (1 for any day above ``lo`` when the range is empty); ``lo`` and ``hi`` may be
    arrays broadcast against ``days`` (one range per series)."""
    span = np.asarray(hi) - np.asarray(lo)
    with np.errstate(invalid="ignore", divide="ignore"):
        scaled = np.clip((days - lo) / np.where(span > 0, span, 1.0), 0.0, 1.0)
    return np.asarray(np.where(span > 0, scaled, np.where(days > lo, 1.0, 0.0)), dtype=np.float64)


@dataclass(frozen=True)
class DaySums:
    """The index's inputs per day with kept events, sorted by day: the sums of :data:`SUM_COLUMNS` over the
    day's events, ``pressure`` (1: a force-posture event that day), ``channel`` (the level meeting events open:
    2 for a 04x meeting, 1 for other verbal cooperation 01-03, 0 none) and ``raw``, the rows read before
    de-duplication."""

    day: npt.NDArray[np.datetime64]
    sums: dict[str, F64]
    pressure: F64
    channel: F64
    raw: int


def day_sums(frame: EventFrame, options: IndexOptions, *, merged: int = 0) -> DaySums:
    """Reduce the kept events of ``frame`` to :class:`DaySums` (``merged``: rows de-duplication removed)."""
    terms = _event_terms(frame, options)
    day, inverse = np.unique(frame.date, return_inverse=True)
    n = day.size
    sums = {k: np.bincount(inverse, weights=v, minlength=n).astype(np.float64) for k, v in terms.items()}
    is_p = np.isin(frame.root, list(options.pressure_roots)).astype(np.float64)
    pressure = (np.bincount(inverse, weights=is_p, minlength=n) > 0).astype(np.float64)
    level = np.where(frame.root == "04", 2.0, np.where(np.isin(frame.root, ["01", "02", "03"]), 1.0, 0.0))
    channel = np.zeros(n)
    np.maximum.at(channel, inverse, level)
    return DaySums(day=day.astype("datetime64[D]"), sums=sums, pressure=pressure, channel=channel,
                   raw=len(frame) + merged)


def coexistence_index(
    events: EventFrame | pa.Table | Iterable[Event],
    *,
    dyad: Dyad,
    milestones: Sequence[Milestone] = (),
    options: IndexOptions | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    as_of: dt.date | None = None,
) -> IndexSeries:
    """The CXI of ``dyad`` per period from ``events`` (other dyads' events are ignored) and the ledger.

    ``as_of`` keeps only what was known by that day: events dated after it and ledger entries after it are
    ignored, and the series runs to the period holding it. ``start``/``end`` trim the output only; the
    pressure scale, the baselines and the draws are always taken over the whole known record.
    """
    opts = options or IndexOptions()
    frame = as_frame(events)
    frame = frame.take(frame.in_dyad(dyad))
    if as_of is not None:
        frame = frame.until(as_of)
    frame, merged = filter_events(frame, opts.dedup)
    return series_from_days(day_sums(frame, opts, merged=merged), dyad=dyad, milestones=milestones, options=opts,
                            start=start, end=end, as_of=as_of, frame=frame)


def _no_events(dyad: Dyad, as_of: dt.date | None) -> MeasureError:
    known = f" by {as_of}" if as_of is not None else ""
    return MeasureError(
        f"no {dyad} events{known} in the data given; ingest a dataset that covers the dyad "
        "(e.g. 'detente ingest icews') or pick another --dyad"
    )


def series_from_days(days: DaySums, *, dyad: Dyad, milestones: Sequence[Milestone] = (),
                     options: IndexOptions | None = None, start: dt.date | None = None, end: dt.date | None = None,
                     as_of: dt.date | None = None, frame: EventFrame | None = None) -> IndexSeries:
    """The :class:`IndexSeries` from per-day sums: the one definition of the index that both the numpy path and
    the SQL path end in. ``frame``, when given, holds the events the sums came from (for impacts and citations);
    the SQL path passes none."""
    opts = options or IndexOptions()
    freq = opts.freq
    if as_of is not None:
        milestones = [m for m in milestones if m.date <= as_of]
    live = days.sums["n"] > 0
    day = days.day[live]
    col = {k: settle_sums(v[live]) for k, v in days.sums.items()}
    if day.size == 0:
        raise _no_events(dyad, as_of)
    merged = days.raw - round(float(col["n"].sum()))
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
    day_pos = np.searchsorted(grid, period_start(day, freq)).astype(np.intp)
    sums: dict[str, F64] = {k: _bin(day_pos, col[k], n) for k in SUM_COLUMNS}
    raw_b, raw_m, raw_k = _components(sums)

    pressure_flag = days.pressure[live]
    pdays = np.bincount(day_pos[pressure_flag > 0], minlength=n).astype(np.float64)
    in_ref = (grid >= period_start(np.array([np.datetime64(ref[0], "D")]), freq)[0]) & (
        grid <= np.datetime64(ref[1], "D"))
    ref_days = pdays[in_ref] if in_ref.any() else pdays
    p_lo, p_hi = float(ref_days.min()), float(ref_days.max())
    pressure = _scale(pdays, p_lo, p_hi)

    level = days.channel[live]
    meets = level > 0
    meeting_days = EventFrame.from_columns({
        "date": list(day[meets]), "root": ["04" if c == 2 else "01" for c in level[meets]]})
    channel, ch_source = channel_series(meeting_days, milestones, grid, freq, source=opts.channel_from,
                                        as_of=as_of, working_days=opts.working_days, leader_days=opts.leader_days)

    # evidence: shrink each share toward its baseline, then the CXI and its bootstrap interval
    ev = opts.evidence
    raw = {"balance": raw_b, "material_conflict": raw_m, "material_cooperation": raw_k}
    unit = intensity_unit(sums)
    mass = {"balance": sums["wabs"] / unit, "material_conflict": sums["wq"], "material_cooperation": sums["wq"]}
    n0 = resolve_n0(sums["w"], sums["n"] > 0, ev)
    window = months_to_periods(12 * ev.baseline_years, freq)
    base: dict[str, Baseline] = {c: baselines(raw[c], mass[c], neutral=NEUTRAL[c], n0=n0, window=window)
                                 for c in SHARES}
    shrunk = {c: shrink(raw[c], mass[c], base[c].share, n0) for c in SHARES}
    cxi = _cxi(opts, shrunk["balance"], shrunk["material_conflict"], shrunk["material_cooperation"], channel,
               pressure)

    def finish(b: F64, m: F64, k: F64, rows: npt.NDArray[np.intp]) -> F64:
        return _cxi(opts, b, m, k, channel[rows][:, None], pressure[rows][:, None])

    observed = np.flatnonzero(~np.isnan(cxi)).astype(np.intp)
    units = {c: col[c] for c in ("wg", "wabs", "wq", "w4", "w2")}
    draws = bootstrap(units, day_pos, observed, base=base, n0=n0, unit=unit, options=ev, finish=finish,
                      starts=grid) if ev.resamples > 0 else None
    low, high = interval(cxi, draws, None if draws is None else draws.cxi, ev.level)
    bounds = {c: interval(shrunk[c], draws, None if draws is None else draws.components[c], ev.level)
              for c in BOUNDED}

    out_lo = period_start(np.array([np.datetime64(start or to_date(first_day), "D")]), freq)[0]
    out_hi_day = np.datetime64(end, "D") if end is not None else max(
        last_day, np.datetime64(as_of, "D") if as_of is not None else last_day)
    keep = (grid >= out_lo) & (grid <= out_hi_day)
    if not keep.any():
        raise MeasureError(f"the window {start}..{end} holds no period; check --from and --to")
    idx = np.flatnonzero(keep)
    shift, last_i = int(idx[0]), int(idx[-1])
    if frame is not None and len(frame):
        pos = np.searchsorted(grid, period_start(frame.date, freq)).astype(np.intp)
        event_period = np.where((pos >= shift) & (pos <= last_i), pos - shift, -1).astype(np.intp)
    else:
        frame = EventFrame.from_columns({"date": []})
        event_period = np.zeros(0, dtype=np.intp)
    if draws is not None:
        inside = (draws.rows >= shift) & (draws.rows <= last_i)
        draws = Draws(rows=(draws.rows[inside] - shift).astype(np.intp), cxi=draws.cxi[inside],
                      components={c: v[inside] for c, v in draws.components.items()})
    return IndexSeries(
        dyad=str(dyad), options=opts, start=grid[keep], cxi=cxi[keep], balance=shrunk["balance"][keep],
        material_conflict=shrunk["material_conflict"][keep],
        material_cooperation=shrunk["material_cooperation"][keep], channel=channel[keep],
        pressure=pressure[keep], events=np.rint(sums["n"][keep]).astype(np.int64),
        pressure_days=pdays[keep].astype(np.int64), reference=ref, pressure_range=(p_lo, p_hi),
        channel_source=ch_source, merged=merged, frame=frame, event_period=event_period, as_of=as_of,
        _sums={k: v[keep] for k, v in sums.items()} | {"pdays": pdays[keep]},
        activity_baseline=activity_baseline(sums["wabs"], grid, ref, freq),
        cxi_low=low[keep], cxi_high=high[keep], thin=sums["n"][keep] < ev.thin_events,
        raw={c: v[keep] for c, v in raw.items()}, baseline={c: base[c].share[keep] for c in SHARES},
        bounds={c: (lo[keep], hi[keep]) for c, (lo, hi) in bounds.items()}, n0=n0, draws=draws,
        intensity_unit=unit,
    )


def intensity_unit(sums: dict[str, F64]) -> float:
    """The dyad's mean Goldstein intensity per unit of event weight, Σw·|g| / Σw over events with a Goldstein
    weight: the balance's mass Σw·|g| divided by it is in units of typical events, like the other masses
    (1 when the data hold no intensity at all)."""
    total, count = float(sums["wabs"].sum()), float(sums["wn"].sum())
    return total / count if total > 0 and count > 0 else 1.0
def _event_terms(frame: EventFrame, opts: IndexOptions) -> dict[str, F64]:
    """What each event adds to its period's sums (:data:`SUM_COLUMNS`)."""
    if opts.source_weighting == "log":
        w = np.log1p(np.where(np.isnan(frame.sources), 1.0, np.maximum(frame.sources, 1.0)))
    else:
        w = np.ones(len(frame))
    has_g = ~np.isnan(frame.goldstein)
    gz = np.where(has_g, np.nan_to_num(frame.goldstein), 0.0)
    return {
        "n": np.ones(len(frame)),
        "ng": has_g.astype(np.float64),
        "wg": w * gz,
        "wabs": w * np.abs(gz),
        "wq": np.where(frame.quad_class > 0, w, 0.0),
        "w4": np.where(frame.quad_class == 4, w, 0.0),
        "w2": np.where(frame.quad_class == 2, w, 0.0),
        "wn": np.where(has_g, w, 0.0),
        "w": w,
    }


def activity_baseline(wabs: F64, grid: npt.NDArray[np.datetime64], ref: tuple[dt.date, dt.date], freq: Freq) -> float:
    """The dyad's typical activity: mean Σw·|g| per period over the periods of the reference window (periods
    without events count as zero), taken on the whole grid before any --from/--to trimming."""
    lo = period_start(np.array([np.datetime64(ref[0], "D")]), freq)[0]
    inside = (grid >= lo) & (grid <= np.datetime64(ref[1], "D"))
    values = wabs[inside] if inside.any() else wabs
    return float(values.mean()) if values.size else float("nan")


def _intensity(sums: dict[str, F64], baseline: float, *, sign: float) -> F64:
    """Σw·g⁺ (sign +1) or Σw·g⁻ (sign −1) per period over the baseline; NaN for periods without events."""
    if not sums or not np.isfinite(baseline) or baseline <= 0:
        n = len(next(iter(sums.values()))) if sums else 0
        return np.full(n, np.nan)
    part = (sums["wabs"] + sign * sums["wg"]) / 2.0
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(sums["n"] > 0, np.maximum(part, 0.0) / baseline, np.nan)


def _bin(pos: npt.NDArray[np.intp], weights: F64, n: int) -> F64:
    return np.bincount(pos, weights=weights, minlength=n).astype(np.float64)


def _components(sums: dict[str, F64]) -> tuple[F64, F64, F64]:
    with np.errstate(invalid="ignore", divide="ignore"):
        balance = np.where(sums["wabs"] > 0, sums["wg"] / sums["wabs"], np.where(sums["ng"] > 0, 0.0, np.nan))
        mshare = np.where(sums["wq"] > 0, sums["w4"] / sums["wq"], np.nan)
        kshare = np.where(sums["wq"] > 0, sums["w2"] / sums["wq"], np.nan)
    return balance, mshare, kshare


def event_impacts(series: IndexSeries) -> F64:
    """How much each event of ``series.frame`` moved the CXI of its period: CXI with it minus CXI without it.

    Without the event, the period's shares are shrunk toward the same baseline with the same n0 (the baseline
    comes from earlier periods, so the event does not enter it). When an event is the only one in its period,
    the period without it has no CXI; its impact is then measured against the mean CXI of the series. The
    channel status is held fixed (it comes from the ledger; when it is inferred from meeting events, removing
    one meeting does not close the channel here). Events outside the series get NaN.
    """
    frame, opts = series.frame, series.options
    pos = series.event_period
    inside = pos >= 0
    p = np.where(inside, pos, 0)
    s = series._sums
    terms = _event_terms(frame, opts)
    loo = {k: s[k][p] - v for k, v in terms.items()}
    clean: dict[str, F64] = {
        key: np.where(np.abs(v) < 1e-12, 0.0, np.asarray(v, dtype=np.float64)) for key, v in loo.items()
    }
    b, m, k = _components(clean)
    base = series.baseline
    if base:
        b = shrink(b, clean["wabs"] / series.intensity_unit, base["balance"][p], series.n0)
        m = shrink(m, clean["wq"], base["material_conflict"][p], series.n0)
        k = shrink(k, clean["wq"], base["material_cooperation"][p], series.n0)
    # pressure without the event: one day fewer when it was the only posture event on its day
    is_p = np.isin(frame.root, list(opts.pressure_roots))
    _, inverse = np.unique(frame.date, return_inverse=True)
    p_per_day = np.bincount(inverse, weights=is_p.astype(np.float64))
    alone = is_p & (p_per_day[inverse] == 1)
    lo, hi = series.pressure_range
    x = _scale(s["pdays"][p] - alone, lo, hi)
    without = _cxi(opts, b, m, k, series.channel[p], x)
    observed = series.cxi[~np.isnan(series.cxi)]
    baseline = float(observed.mean()) if observed.size else np.nan
    without = np.where(np.isnan(without), baseline, without)
    impact = series.cxi[p] - without
    return np.where(inside, impact, np.nan)
