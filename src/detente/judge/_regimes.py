"""Regimes: the segments of an index series between change points, each judged by the persistence rule.

Change points are found on the evidence-weighted CXI (the shares shrunk toward the dyad's baseline). A regime is
**coexistent** when it lasts at least ``min_months``, the lower bound of its CXI (the ``level`` interval of the
regime's mean CXI, from the index's bootstrap draws) is at or above ``threshold``, its mean material-conflict
share stays below the median share over the rest of the reference decade (its periods outside the regime), and
it rests on enough evidence: at least ``min_events`` events in at least ``min_periods`` periods. A regime that is
too short, or whose CXI interval lies wholly below the threshold, is not coexistent whatever its evidence;
otherwise a regime with too little evidence gets no answer (``coexistent`` None, ``evidence`` "insufficient"),
never a guess.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from statistics import NormalDist
from typing import Any

import numpy as np

from detente.judge._options import JudgeOptions
from detente.measure import IndexSeries, Online, bocpd, months_to_periods, pelt
from detente.measure._evidence import NEUTRAL
from detente.measure._periods import to_date

#: the material-conflict reference of a regime with no other period to compare with (every QuadClass equally likely)
NEUTRAL_CONFLICT = NEUTRAL["material_conflict"]

__all__ = ["Regime", "Regimes", "find_regimes", "periods_per_year", "pooled_balance", "regime_interval"]


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
    coexistent: bool | None
    reasons: tuple[str, ...]
    events: int = 0
    cxi_low: float | None = None
    cxi_high: float | None = None
    evidence: str = "insufficient"
    balance: float | None = None
    #: periods with events that are thin (fewer than the index's ``thin_events``)
    thin: int = 0

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 3)
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "periods": self.periods,
            "periods_with_events": self.observed,
            "thin_periods": self.thin,
            "events": self.events,
            "evidence": self.evidence,
            "mean_cxi": r(self.mean_cxi),
            "cxi_low": r(self.cxi_low),
            "cxi_high": r(self.cxi_high),
            "mean_material_conflict": r(self.mean_material_conflict),
            "balance": r(self.balance),
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


def regime_interval(series: IndexSeries, first: int, last: int, level: float) -> tuple[float, float] | None:
    """The ``level`` interval of the mean CXI over the observed periods ``first..last``: each bootstrap draw of
    the index averaged over those periods, widened if need be to hold the mean itself. None when the series has
    no draws or the periods no CXI."""
    draws = series.draws
    if draws is None or draws.resamples == 0:
        return None
    inside = (draws.rows >= first) & (draws.rows <= last)
    if not inside.any():
        return None
    means = draws.cxi[inside].mean(axis=0)
    lo, hi = np.quantile(means, [(1.0 - level) / 2.0, (1.0 + level) / 2.0])
    point = float(np.nanmean(series.cxi[first:last + 1]))
    return min(float(lo), point), max(float(hi), point)


def pooled_balance(series: IndexSeries, first: int, last: int) -> float | None:
    """The cooperation balance of periods ``first..last`` taken together: their events pooled and shrunk once
    toward the baseline of the first period, (Σw·g + u·n0·B0) / (Σw·|g| + u·n0). Averaging the periods' shrunk
    balances instead would count the baseline once per period. None when the periods hold no Goldstein weight."""
    sums = series._sums
    if not sums or not float(sums["ng"][first:last + 1].sum()):
        return None
    prior = series.n0 * series.intensity_unit
    b0 = float(series.baseline["balance"][first]) if series.baseline else 0.0
    num = float(sums["wg"][first:last + 1].sum()) + prior * b0
    den = float(sums["wabs"][first:last + 1].sum()) + prior
    return num / den if den > 0 else 0.0


def bound_below(x: float) -> str:
    """A lower bound to one decimal, rounded down: a bound shown never crosses the threshold it was compared with."""
    return f"{math.floor(x * 10) / 10:.1f}"


def bound_above(x: float) -> str:
    """An upper bound to one decimal, rounded up (see :func:`bound_below`)."""
    return f"{math.ceil(x * 10) / 10:.1f}"


def _regime(series: IndexSeries, first: int, last: int, opts: JudgeOptions, median_m: float | None) -> Regime:
    cxi = series.cxi[first:last + 1]
    mm = series.material_conflict[first:last + 1]
    ok = ~np.isnan(cxi)
    observed = int(ok.sum())
    n = series.events[first:last + 1]
    events = int(n.sum())
    mean_cxi = float(cxi[ok].mean()) if observed else None
    mean_m = float(mm[ok].mean()) if observed else None
    slope: float | None = None
    trend = "undetermined"
    if observed >= 3:
        x = np.flatnonzero(ok).astype(np.float64)
        slope = float(np.polyfit(x, cxi[ok], 1)[0]) * periods_per_year(series.freq)
        trend = "rising" if slope > opts.trend_per_year else "falling" if slope < -opts.trend_per_year else "flat"
    bounds = regime_interval(series, first, last, series.options.evidence.level)
    low, high = bounds if bounds is not None else (mean_cxi, mean_cxi)
    periods = last - first + 1
    need = months_to_periods(opts.min_months, series.freq)
    enough = events >= opts.min_events and observed >= opts.min_periods
    reasons: list[str] = []
    long_enough = periods >= need
    reasons.append(f"lasts {periods} of the {need} periods required" if not long_enough
                   else f"lasts {periods} periods (at least {need} required)")
    if mean_cxi is None or low is None or high is None:
        reasons.append("no events")
    else:
        # the bounds rounded outward, so that a printed bound never crosses the threshold the rule compared it with
        band = "" if bounds is None else (f" ({series.options.evidence.level:.0%} interval "
                                          f"{bound_below(low)}-{bound_above(high)})")
        verb = ("its lower bound reaches" if low >= opts.threshold else
                "its upper bound stays below" if high < opts.threshold else "its lower bound stays below")
        reasons.append(f"mean CXI {mean_cxi:.1f}{band}: {verb} the threshold {opts.threshold:g}")
    calm = mean_m is not None and median_m is not None and mean_m < median_m
    if mean_m is not None and median_m is not None:
        reasons.append(f"material conflict {mean_m:.2f} {'below' if calm else 'not below'} its reference median "
                       f"{median_m:.2f}")
    reasons.append(f"rests on {events} event(s) in {observed} period(s) "
                   + (f"(at least {opts.min_events} in {opts.min_periods} needed)" if not enough else
                      f"(enough: at least {opts.min_events} in {opts.min_periods})"))
    coexistent: bool | None
    if not long_enough:
        coexistent = False
    elif not enough:
        coexistent = False if high is not None and high < opts.threshold else None
    else:
        coexistent = bool(low is not None and low >= opts.threshold and calm)
    ends = series.end
    return Regime(
        start=to_date(series.start[first]), end=to_date(ends[last]), first=first, last=last, periods=periods,
        observed=observed, mean_cxi=mean_cxi, mean_material_conflict=mean_m, trend_per_year=slope, trend=trend,
        coexistent=coexistent, reasons=tuple(reasons), events=events,
        cxi_low=None if bounds is None else bounds[0], cxi_high=None if bounds is None else bounds[1],
        evidence="sufficient" if enough else "insufficient", balance=pooled_balance(series, first, last),
        thin=int(((n > 0) & (n < series.options.evidence.thin_events)).sum()),
    )


def conflict_median(series: IndexSeries, first: int | None = None, last: int | None = None) -> float | None:
    """Median material-conflict share over the periods of the reference decade that have events, leaving out the
    periods ``first``..``last`` of the regime being judged: a regime is calm when its deeds of conflict are rarer
    than in the rest of the dyad's recent history, not than in itself (a long regime that fills its own reference
    decade would otherwise be compared with its own median, which a skewed share's mean exceeds). Without such
    periods in the decade: every other period with events; without any: the neutral share 1/4 (every QuadClass
    equally likely, the baseline's neutral value). Without bounds: the whole reference decade."""
    m = series.material_conflict
    lo, hi = np.datetime64(series.reference[0], "D"), np.datetime64(series.reference[1], "D")
    valued = ~np.isnan(m)
    if first is not None and last is not None:
        valued &= (np.arange(m.size) < first) | (np.arange(m.size) > last)
    values = m[valued & (series.end >= lo) & (series.start <= hi)]
    if values.size == 0:
        values = m[valued]
    if values.size == 0:
        return NEUTRAL_CONFLICT if first is not None and (~np.isnan(m)).any() else None
    return float(np.median(values))


def measurement_noise(series: IndexSeries) -> float:
    """The typical measurement error of the CXI: the median half-width of the periods' intervals over the
    normal quantile of their level (0 without intervals)."""
    ok = ~np.isnan(series.cxi) & ~np.isnan(series.cxi_low) & ~np.isnan(series.cxi_high)
    if not ok.any():
        return 0.0
    z = NormalDist().inv_cdf((1.0 + series.options.evidence.level) / 2.0)
    return float(np.median(series.cxi_high[ok] - series.cxi_low[ok])) / (2.0 * z)


def find_regimes(series: IndexSeries, options: JudgeOptions | None = None) -> Regimes:
    """Cut the evidence-weighted series at PELT change points (the noise assumed never below the series' own
    measurement error); judge each regime; run BOCPD for the live flag."""
    opts = options or JudgeOptions()
    obs = np.flatnonzero(~np.isnan(series.cxi))
    values = series.cxi[obs]
    min_size = months_to_periods(opts.change.min_months, series.freq)
    bkps, penalty = pelt(values, min_size=min_size, penalty_factor=opts.change.penalty_factor,
                         cost=opts.change.cost, noise_floor=measurement_noise(series))
    cps = tuple(int(obs[b]) for b in bkps)
    bounds = [0, *cps, len(series)]
    median_m = conflict_median(series)
    regimes = tuple(_regime(series, bounds[i], bounds[i + 1] - 1, opts,
                            conflict_median(series, bounds[i], bounds[i + 1] - 1))
                    for i in range(len(bounds) - 1))
    online = bocpd(values, hazard_periods=opts.change.hazard_periods, recent=opts.change.recent,
                   flag_probability=opts.change.flag_probability)
    return Regimes(change_points=cps, regimes=regimes, online=online, penalty=penalty, conflict_median=median_m)
