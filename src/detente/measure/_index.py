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
from detente.measure._frame import EventFrame, filter_events
from detente.measure._options import IndexOptions
from detente.measure._periods import Freq, period_end, period_label, period_range, period_start, to_date
from detente.model import Dyad, Event, Milestone

__all__ = ["IndexSeries", "as_frame", "coexistence_index", "event_impacts"]

F64 = npt.NDArray[np.float64]


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
        """One dict per period: ``period``, ``start``, ``end``, ``cxi`` and the components (None = no value)."""
        labels = self.period
        ends = self.end
        coop, conf = self.cooperation_intensity, self.conflict_intensity
        return [
            {
                "period": labels[i],
                "start": str(self.start[i]),
                "end": str(ends[i]),
                "cxi": _opt(self.cxi[i]),
                "balance": _opt(self.balance[i]),
                "material_conflict": _opt(self.material_conflict[i]),
                "material_cooperation": _opt(self.material_cooperation[i]),
                "channel": _opt(self.channel[i]),
                "pressure": _opt(self.pressure[i]),
                "events": int(self.events[i]),
                "cooperation_intensity": _opt(coop[i]),
                "conflict_intensity": _opt(conf[i]),
            }
            for i in range(len(self))
        ]

    def to_arrow(self) -> pa.Table:
        """The rows as an Arrow table (nulls where a value does not exist)."""
        rows = self.rows()
        schema = pa.schema([("period", pa.string()), ("start", pa.string()), ("end", pa.string()),
                            ("cxi", pa.float64()), ("balance", pa.float64()),
                            ("material_conflict", pa.float64()), ("material_cooperation", pa.float64()),
                            ("channel", pa.float64()), ("pressure", pa.float64()), ("events", pa.int64()),
                            ("cooperation_intensity", pa.float64()), ("conflict_intensity", pa.float64())])
        return pa.Table.from_pylist(rows, schema=schema)

    def meta(self) -> dict[str, Any]:
        """How the series was made: options, reference decade, channel source, merged duplicates."""
        return {
            "dyad": self.dyad,
            "options": self.options.to_dict(),
            "pressure_reference": [self.reference[0].isoformat(), self.reference[1].isoformat()],
            "pressure_days_range": list(self.pressure_range),
            "channel_source": self.channel_source,
            "activity_baseline": None if not np.isfinite(self.activity_baseline) else round(self.activity_baseline, 6),
            "duplicates_merged": self.merged,
            "as_of": None if self.as_of is None else self.as_of.isoformat(),
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


def _scale(days: F64, lo: float, hi: float) -> F64:
    if hi > lo:
        return np.clip((days - lo) / (hi - lo), 0.0, 1.0)
    return np.where(days > lo, 1.0, 0.0)


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
    pressure scale is always taken over the reference decade.
    """
    opts = options or IndexOptions()
    freq = opts.freq
    frame = as_frame(events)
    frame = frame.take(frame.in_dyad(dyad))
    if as_of is not None:
        frame = frame.until(as_of)
        milestones = [m for m in milestones if m.date <= as_of]
    frame, merged = filter_events(frame, opts.dedup)
    if len(frame) == 0:
        known = f" by {as_of}" if as_of is not None else ""
        raise MeasureError(
            f"no {dyad} events{known} in the data given; ingest a dataset that covers the dyad "
            "(e.g. 'detente ingest icews') or pick another --dyad"
        )
    first_day, last_day = frame.date.min(), frame.date.max()
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
    pos = np.searchsorted(grid, period_start(frame.date, freq)).astype(np.intp)

    terms = _event_terms(frame, opts)
    sums: dict[str, F64] = {k: _bin(pos, v, n) for k, v in terms.items()}
    balance, mshare, kshare = _components(sums)

    is_p = np.isin(frame.root, list(opts.pressure_roots))
    day_keys = np.unique(frame.date[is_p])
    pdays = np.bincount(np.searchsorted(grid, period_start(day_keys, freq)), minlength=n).astype(np.float64)
    in_ref = (grid >= period_start(np.array([np.datetime64(ref[0], "D")]), freq)[0]) & (
        grid <= np.datetime64(ref[1], "D"))
    ref_days = pdays[in_ref] if in_ref.any() else pdays
    p_lo, p_hi = float(ref_days.min()), float(ref_days.max())
    pressure = _scale(pdays, p_lo, p_hi)

    channel, ch_source = channel_series(frame, milestones, grid, freq, source=opts.channel_from, as_of=as_of,
                                        working_days=opts.working_days, leader_days=opts.leader_days)
    cxi = _cxi(opts, balance, mshare, kshare, channel, pressure)

    out_lo = period_start(np.array([np.datetime64(start or to_date(first_day), "D")]), freq)[0]
    out_hi_day = np.datetime64(end, "D") if end is not None else max(
        last_day, np.datetime64(as_of, "D") if as_of is not None else last_day)
    keep = (grid >= out_lo) & (grid <= out_hi_day)
    if not keep.any():
        raise MeasureError(f"the window {start}..{end} holds no period; check --from and --to")
    idx = np.flatnonzero(keep)
    shift = int(idx[0])
    event_period = np.where((pos >= shift) & (pos <= idx[-1]), pos - shift, -1).astype(np.intp)
    return IndexSeries(
        dyad=str(dyad), options=opts, start=grid[keep], cxi=cxi[keep], balance=balance[keep],
        material_conflict=mshare[keep], material_cooperation=kshare[keep], channel=channel[keep],
        pressure=pressure[keep], events=sums["n"][keep].astype(np.int64),
        pressure_days=pdays[keep].astype(np.int64), reference=ref, pressure_range=(p_lo, p_hi),
        channel_source=ch_source, merged=merged, frame=frame, event_period=event_period, as_of=as_of,
        _sums={k: v[keep] for k, v in sums.items()} | {"pdays": pdays[keep]},
        activity_baseline=activity_baseline(sums["wabs"], grid, ref, freq),
    )


def _event_terms(frame: EventFrame, opts: IndexOptions) -> dict[str, F64]:
    """What each event adds to its period's sums: count, count with a Goldstein weight, Σw·g, Σw·|g|,
    Σw over events with a QuadClass, Σw over QuadClass 4 and over QuadClass 2."""
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

    When an event is the only one in its period, the period without it has no CXI; its impact is then
    measured against the mean CXI of the series. The channel status is held fixed (it comes from the ledger;
    when it is inferred from meeting events, removing one meeting does not close the channel here). Events
    outside the series get NaN.
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
