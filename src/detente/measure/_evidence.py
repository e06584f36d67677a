"""How much a period's value can be trusted: shares shrunk toward the dyad's baseline, intervals, thin periods.

A share computed from one or two events is not a measurement. Each of the three shares of the index (the
cooperation balance B, the material-conflict share M, the material-cooperation share K) is estimated with its
evidence (METHOD §2.1):

    s̃_t = (n_t · s_t + n0 · s0_t) / (n_t + n0)

- ``s_t`` is the period's raw share and ``n_t`` its weighted event mass: for M and K, Σw over the period's events
  with a QuadClass; for B, which weighs each event by w·|g|, its own weight Σw·|g| divided by the dyad's mean
  intensity per event (Σw·|g| / Σw over every event with a Goldstein weight), so that an event of typical
  intensity counts as one event and a summit counts for more than a note. Equivalently
  B̃ = (Σw·g + u·n0·B0) / (Σw·|g| + u·n0) with u that mean intensity.
- ``s0_t`` is the dyad's **baseline**, computed only from the periods *before* t (as-of safe): the mass-weighted
  mean of the raw shares of the periods in the ``baseline_years`` before t, with the neutral value (B 0,
  M and K 1/4: no lean, every QuadClass equally likely) counted as ``n0`` of mass, so that a dyad's first
  period is shrunk toward the neutral value and a long history outweighs it.
- ``n0`` is a pseudo-count: by default the dyad's median event mass over the periods with events (a typical
  period moves halfway from the baseline toward its raw share; a period with ten times the typical mass moves
  10/11 of the way), times ``n0_factor`` (0.5 and 2 in the sensitivity check). ``n0 = 0`` gives the raw shares.

A period with no events still has no value. Channel status C comes from the ledger and military pressure X
counts days; neither is a share, so neither is shrunk.

**Intervals** (``cxi_low``, ``cxi_high``; ``level`` = 80% by default) come from a seeded Bayesian bootstrap
(Rubin 1981) over the period's *event-days*: each day with events gets a weight drawn from Exp(1) (all of a
day's events move together, so a salvo or a summit day counts as one unit of evidence), and the baseline enters
as one more pseudo-day of mass ``n0`` with its own Exp(1) weight and a share drawn from its sampling
distribution (normal with the ratio-estimator standard error over the baseline window, clipped to the share's
range). Each draw recomputes B, M and K and the CXI; channel status and pressure are held at their values (the
ledger and the count of test days are records, not samples of the relationship). The interval is the central
``level`` quantile range of ``resamples`` draws, widened if need be to hold the point value. One event-day
against the baseline gives a wide interval, many days a narrow one. The same draws give the shares' intervals
and, averaged over a regime's periods, the interval of a regime's mean CXI.

A period is **thin** when it holds fewer than ``thin_events`` events (periods without events are thin).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from detente.errors import ConfigError

__all__ = ["NEUTRAL", "SHARES", "Baseline", "EvidenceOptions", "baselines", "resolve_n0", "shrink"]

F64 = npt.NDArray[np.float64]

#: the shrunk shares: name -> (numerator sum, mass sum, range); B's numerator is mass × raw balance
SHARES: tuple[str, ...] = ("balance", "material_conflict", "material_cooperation")
#: the value a share takes when nothing is known: no lean (B), every QuadClass equally likely (M, K)
NEUTRAL: dict[str, float] = {"balance": 0.0, "material_conflict": 0.25, "material_cooperation": 0.25}
RANGE: dict[str, tuple[float, float]] = {"balance": (-1.0, 1.0), "material_conflict": (0.0, 1.0),
                                         "material_cooperation": (0.0, 1.0)}


@dataclass(frozen=True, slots=True)
class EvidenceOptions:
    """How evidence enters the index (see the module docstring for the formula).

    - ``n0``: the pseudo-count (in units of event mass); ``None``: the dyad's median event mass over the
      periods with events; 0: raw shares, no shrinkage;
    - ``n0_factor``: multiplies ``n0`` (the sensitivity check uses 0.5 and 2);
    - ``baseline_years``: how far back the baseline looks (the same decade as the pressure scale);
    - ``thin_events``: a period with fewer events is flagged thin;
    - ``level``: the coverage of the intervals (0.8: the 10% and 90% quantiles);
    - ``resamples``: bootstrap draws (0: no intervals); ``seed``: the draws' seed (same seed, same intervals).
    """

    n0: float | None = None
    n0_factor: float = 1.0
    baseline_years: int = 10
    thin_events: int = 3
    level: float = 0.8
    resamples: int = 500
    seed: int = 0

    def __post_init__(self) -> None:
        if self.n0 is not None and (not math.isfinite(self.n0) or self.n0 < 0):
            raise ConfigError(f"n0 {self.n0} must be a non-negative number (0: raw shares); leave it unset for "
                              "the dyad's median event mass")
        if not math.isfinite(self.n0_factor) or self.n0_factor < 0:
            raise ConfigError(f"n0_factor {self.n0_factor} must be a non-negative number, e.g. 0.5 or 2")
        if self.baseline_years < 1 or self.thin_events < 0 or self.resamples < 0:
            raise ConfigError("baseline_years must be at least 1, thin_events and resamples not negative")
        if not 0 < self.level < 1:
            raise ConfigError(f"interval level {self.level} must lie strictly between 0 and 1, e.g. 0.8")

    def with_(self, **changes: Any) -> EvidenceOptions:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {"n0": self.n0, "n0_factor": self.n0_factor, "baseline_years": self.baseline_years,
                "thin_events": self.thin_events, "level": self.level, "resamples": self.resamples,
                "seed": self.seed}


def resolve_n0(mass: F64, observed: npt.NDArray[np.bool_], options: EvidenceOptions) -> float:
    """The pseudo-count used: ``options.n0`` or the median event mass over the observed periods, times the
    factor (0 when nothing is observed)."""
    if options.n0 is not None:
        return float(options.n0) * options.n0_factor
    values = mass[observed]
    return float(np.median(values)) * options.n0_factor if values.size else 0.0


@dataclass(frozen=True)
class Baseline:
    """Per period: the baseline share ``s0`` from the periods before it, its standard error, and the mass of
    history behind it (without the neutral prior)."""

    share: F64
    se: F64
    mass: F64


def _trailing(values: F64, window: int) -> F64:
    """Σ of ``values`` over the ``window`` positions strictly before each position."""
    c = np.concatenate(([0.0], np.cumsum(values)))
    idx = np.arange(values.size)
    return np.asarray(c[idx] - c[np.maximum(0, idx - window)], dtype=np.float64)


def baselines(share: F64, mass: F64, *, neutral: float, n0: float, window: int) -> Baseline:
    """The as-of-safe baseline of a share: the mass-weighted mean of the raw shares of the ``window`` periods
    before each period, with ``neutral`` counted as ``n0`` of mass; and its ratio-estimator standard error
    sqrt(Σ (m_u (s_u − s0))²) / (Σ m_u + n0). Periods without the share (NaN) carry no mass."""
    ok = ~np.isnan(share) & (mass > 0)
    m = np.where(ok, mass, 0.0)
    a = np.where(ok, mass * np.nan_to_num(share), 0.0)
    sm, sa = _trailing(m, window), _trailing(a, window)
    saa, sam, smm = _trailing(a * a, window), _trailing(a * m, window), _trailing(m * m, window)
    den = sm + n0
    with np.errstate(invalid="ignore", divide="ignore"):
        s0 = np.where(den > 0, (sa + n0 * neutral) / den, neutral)
        resid = np.maximum(saa - 2.0 * s0 * sam + s0 * s0 * smm, 0.0)
        se = np.where(den > 0, np.sqrt(resid) / den, 0.0)
    return Baseline(share=s0, se=se, mass=sm)


def shrink(share: F64, mass: F64, s0: F64, n0: float) -> F64:
    """(n·s + n0·s0)/(n + n0) where the raw share exists, NaN where it does not."""
    with np.errstate(invalid="ignore", divide="ignore"):
        den = mass + n0
        out = np.where(den > 0, (mass * np.nan_to_num(share) + n0 * s0) / np.where(den > 0, den, 1.0),
                       np.nan_to_num(share))
    return np.where(np.isnan(share), np.nan, out)


@dataclass(frozen=True)
class Draws:
    """Bootstrap draws of the observed periods: ``rows`` are the positions of those periods in the grid and each
    array holds one row per such period and one column per draw."""

    rows: npt.NDArray[np.intp]
    cxi: F64
    components: dict[str, F64]

    @property
    def resamples(self) -> int:
        return int(self.cxi.shape[1]) if self.cxi.ndim == 2 else 0


def _quantiles(draws: F64, level: float) -> tuple[F64, F64]:
    if draws.size == 0:
        return np.zeros(draws.shape[0]), np.zeros(draws.shape[0])
    lo, hi = np.quantile(draws, [(1.0 - level) / 2.0, (1.0 + level) / 2.0], axis=1)
    return np.asarray(lo, dtype=np.float64), np.asarray(hi, dtype=np.float64)


def interval(point: F64, draws: Draws | None, values: F64 | None, level: float) -> tuple[F64, F64]:
    """The ``level`` interval around ``point`` (one per grid period) from the draws of the observed periods,
    widened to hold the point; NaN where a period has no draws."""
    low = np.full(point.shape, np.nan)
    high = np.full(point.shape, np.nan)
    if draws is None or values is None or draws.resamples == 0:
        return low, high
    lo, hi = _quantiles(values, level)
    p = point[draws.rows]
    low[draws.rows] = np.minimum(lo, p)
    high[draws.rows] = np.maximum(hi, p)
    return low, high


#: the per-day sums a draw reweights
UNIT_COLUMNS: tuple[str, ...] = ("wg", "wabs", "wq", "w4", "w2")


def bootstrap(units: dict[str, F64], unit_period: npt.NDArray[np.intp], rows: npt.NDArray[np.intp], *,
              base: dict[str, Baseline], n0: float, unit: float, options: EvidenceOptions,
              finish: Any) -> Draws:
    """Draws of B, M and K for the grid periods ``rows`` (sorted), reweighting the event-days ``units`` (sorted by
    period; ``unit_period`` their grid positions) with Exp(1) weights and the baseline as a pseudo-day of mass
    ``n0``; ``finish(b, m, k, rows)`` turns them into CXI draws.

    The draws are made period by period, the event-days' weights, the baseline's weights and its shares each from
    a stream of their own (all from ``options.seed``), so a period's draws depend only on its own days and on the
    periods before it: data added after it leaves them as they were."""
    resamples = options.resamples
    p = rows.size
    if p == 0 or resamples == 0:
        empty = np.zeros((p, 0))
        return Draws(rows=rows, cxi=empty, components={c: empty for c in SHARES})
    keep = np.isin(unit_period, rows)
    pos = unit_period[keep]
    cols = np.stack([np.asarray(units[c], dtype=np.float64)[keep] for c in UNIT_COLUMNS])
    first = np.searchsorted(pos, rows)
    last = np.searchsorted(pos, rows, side="right")
    days_rng, weight_rng, share_rng = (np.random.default_rng(s) for s in np.random.SeedSequence(options.seed).spawn(3))
    sums = np.empty((len(UNIT_COLUMNS), p, resamples))
    for i in range(p):  # one small matrix product a period: (columns x days) @ (days x draws)
        e = days_rng.standard_exponential((int(last[i] - first[i]), resamples))
        sums[:, i, :] = cols[:, first[i]:last[i]] @ e
    wg, wabs, wq, w4, w2 = sums
    # the baseline's weights and shares, a period a row, each from its own stream: a later period leaves them alone
    prior = weight_rng.standard_exponential((p, resamples)) * n0
    z = share_rng.standard_normal((p, len(SHARES), resamples))
    base_draw = {c: np.clip(base[c].share[rows][:, None] + base[c].se[rows][:, None] * z[:, i, :], *RANGE[c])
                 for i, c in enumerate(SHARES)}
    with np.errstate(invalid="ignore", divide="ignore"):
        # B = (Σw·g + u·n0·B0) / (Σw·|g| + u·n0): the balance's mass is Σw·|g| in units u of a typical event
        prior_b = prior * unit
        den_b = wabs + prior_b
        b = np.where(den_b > 0, (wg + prior_b * base_draw["balance"]) / np.where(den_b > 0, den_b, 1.0), 0.0)
        m = (w4 + prior * base_draw["material_conflict"]) / (wq + prior)
        k = (w2 + prior * base_draw["material_cooperation"]) / (wq + prior)
    cxi = finish(b, m, k, rows)
    return Draws(rows=rows, cxi=cxi, components={"balance": b, "material_conflict": m, "material_cooperation": k})
