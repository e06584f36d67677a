"""Regimes: the segments of an index series between change points, each judged by the persistence rule.

A regime is coexistent when it lasts at least ``min_months``, its mean CXI reaches ``threshold``, and its mean
material-conflict share stays below the median share over the reference decade.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from detente.judge._options import JudgeOptions
from detente.measure import IndexSeries, Online, bocpd, months_to_periods, pelt
from detente.measure._periods import to_date

__all__ = ["Regime", "Regimes", "find_regimes", "periods_per_year"]


def periods_per_year(freq: str) -> float:
    return {"week": 52.0, "month": 12.0, "quarter": 4.0}[freq]


@dataclass(frozen=True)
class Regime:
    """One segment of the series, inclusive of its first and last period."""

    start: dt.date
    end: dt.date
    first: int
    last: int
    periods: int
    observed: int
    mean_cxi: float | None
    mean_material_conflict: float | None
    trend_per_year: float | None
    trend: str
    coexistent: bool
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 3)
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "periods": self.periods,
            "periods_with_events": self.observed,
            "mean_cxi": r(self.mean_cxi),
            "mean_material_conflict": r(self.mean_material_conflict),
            "trend": self.trend,
            "trend_per_year": r(self.trend_per_year),
            "coexistent": self.coexistent,
            "why": list(self.reasons),
        }


@dataclass(frozen=True)
class Regimes:
    """Change points (as period positions), the regimes, the online detector and the rule's reference."""

    change_points: tuple[int, ...]
    regimes: tuple[Regime, ...]
    online: Online
    penalty: float
    conflict_median: float | None

    @property
    def current(self) -> Regime:
        return self.regimes[-1]


def _regime(series: IndexSeries, first: int, last: int, opts: JudgeOptions, median_m: float | None) -> Regime:
    cxi = series.cxi[first:last + 1]
    mm = series.material_conflict[first:last + 1]
    ok = ~np.isnan(cxi)
    observed = int(ok.sum())
    mean_cxi = float(cxi[ok].mean()) if observed else None
    mean_m = float(mm[ok].mean()) if observed else None
    slope: float | None = None
    trend = "undetermined"
    if observed >= 3:
        x = np.flatnonzero(ok).astype(np.float64)
        slope = float(np.polyfit(x, cxi[ok], 1)[0]) * periods_per_year(series.freq)
        trend = "rising" if slope > opts.trend_per_year else "falling" if slope < -opts.trend_per_year else "flat"
    periods = last - first + 1
    need = months_to_periods(opts.min_months, series.freq)
    reasons: list[str] = []
    long_enough = periods >= need
    reasons.append(f"lasts {periods} of the {need} periods required" if not long_enough
                   else f"lasts {periods} periods (at least {need} required)")
    high = mean_cxi is not None and mean_cxi >= opts.threshold
    reasons.append("no events" if mean_cxi is None else
                   f"mean CXI {mean_cxi:.1f} {'reaches' if high else 'stays below'} the threshold {opts.threshold:g}")
    calm = mean_m is not None and median_m is not None and mean_m < median_m
    if mean_m is not None and median_m is not None:
        reasons.append(f"material conflict {mean_m:.2f} {'below' if calm else 'not below'} its reference median "
                       f"{median_m:.2f}")
    ends = series.end
    return Regime(
        start=to_date(series.start[first]), end=to_date(ends[last]), first=first, last=last, periods=periods,
        observed=observed, mean_cxi=mean_cxi, mean_material_conflict=mean_m, trend_per_year=slope, trend=trend,
        coexistent=bool(long_enough and high and calm), reasons=tuple(reasons),
    )


def conflict_median(series: IndexSeries) -> float | None:
    """Median material-conflict share over the periods of the reference decade that have events."""
    lo, hi = np.datetime64(series.reference[0], "D"), np.datetime64(series.reference[1], "D")
    in_ref = (series.end >= lo) & (series.start <= hi) & ~np.isnan(series.material_conflict)
    values = series.material_conflict[in_ref]
    if values.size == 0:
        values = series.material_conflict[~np.isnan(series.material_conflict)]
    return float(np.median(values)) if values.size else None


def find_regimes(series: IndexSeries, options: JudgeOptions | None = None) -> Regimes:
    """Cut the series at PELT change points; judge each regime; run BOCPD for the live flag."""
    opts = options or JudgeOptions()
    obs = np.flatnonzero(~np.isnan(series.cxi))
    values = series.cxi[obs]
    min_size = months_to_periods(opts.change.min_months, series.freq)
    bkps, penalty = pelt(values, min_size=min_size, penalty_factor=opts.change.penalty_factor,
                         cost=opts.change.cost)
    cps = tuple(int(obs[b]) for b in bkps)
    bounds = [0, *cps, len(series)]
    median_m = conflict_median(series)
    regimes = tuple(_regime(series, bounds[i], bounds[i + 1] - 1, opts, median_m) for i in range(len(bounds) - 1))
    online = bocpd(values, hazard_periods=opts.change.hazard_periods, recent=opts.change.recent,
                   flag_probability=opts.change.flag_probability)
    return Regimes(change_points=cps, regimes=regimes, online=online, penalty=penalty, conflict_median=median_m)
