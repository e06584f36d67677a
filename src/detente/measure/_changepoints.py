"""Change points of an index series: PELT offline (``ruptures``) and Bayesian online detection (BOCPD).

Both run on the observed values only: periods without a value (no events) are skipped, not filled, and the
positions found are mapped back to the series by the caller.

- PELT (Killick, Fearnhead & Eckley 2012) with a minimum segment length ``min_size`` and a BIC-type penalty.
  The default cost is ``l1`` (absolute deviations from the segment median): a shift in level, robust to
  single-period outliers, so that one extreme month (a summit, a salvo of tests) cannot by itself make a
  regime (Fearnhead & Rigaill 2019 on change points in the presence of outliers). Its penalty is
  ``beta = penalty_factor / 2 × b × log n`` with b = σ √(2/π), the mean absolute deviation of the noise.
  The ``l2`` cost (shifts in the mean) uses ``beta = penalty_factor × σ² × log n``. σ² is the noise variance
  estimated robustly from first differences (σ = MAD(Δy) / (0.6745 √2)); with ``penalty_factor`` 2 both are
  the BIC penalty of one change (a location and a position) in the units of their cost (Yao 1988). σ is never
  taken below ``noise_floor``, the measurement error of the values when the caller knows it (the index passes
  the typical width of its periods' intervals), so that a series smoother than its own evidence allows is not
  cut at every wiggle.
- BOCPD (Adams & MacKay 2007) with a Normal model of unknown mean and variance (Normal-Gamma prior centred on
  the series mean with the robust σ²) and a constant hazard 1/``hazard_periods``. The live flag is raised when
  the posterior probability that the current run began within the last ``recent`` periods exceeds
  ``flag_probability``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from detente.errors import ConfigError

__all__ = ["COSTS", "ChangeOptions", "Online", "bocpd", "noise_variance", "pelt"]

F64 = npt.NDArray[np.float64]
#: PELT costs: ``l1`` (level shifts, robust to outliers; the default) and ``l2`` (mean shifts)
COSTS: tuple[str, ...] = ("l1", "l2")


@dataclass(frozen=True, slots=True)
class ChangeOptions:
    """Parameters of change-point detection (in periods of the series' frequency, except ``min_months``).

    ``min_months`` is the shortest regime PELT may cut (converted to periods of the series); ``cost`` is the
    PELT cost (l1 or l2); ``penalty_factor`` scales the PELT penalty; ``hazard_periods`` is the prior expected
    regime length of BOCPD; the live flag is raised when P(a new run began in the last ``recent`` periods)
    exceeds ``flag_probability``.
    """

    min_months: int = 3
    cost: str = "l1"
    penalty_factor: float = 2.0
    hazard_periods: float = 24.0
    recent: int = 3
    flag_probability: float = 0.5

    def __post_init__(self) -> None:
        if self.min_months < 1 or self.penalty_factor <= 0 or self.hazard_periods <= 1 or self.recent < 1:
            raise ConfigError("min_months ≥ 1, penalty_factor > 0, hazard_periods > 1 and recent ≥ 1 are required")
        if self.cost not in COSTS:
            raise ConfigError(f"change-point cost {self.cost!r} is not known; use one of {', '.join(COSTS)}")
        if not 0 < self.flag_probability < 1:
            raise ConfigError("flag_probability must lie strictly between 0 and 1")

    def with_(self, **changes: Any) -> ChangeOptions:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {"min_months": self.min_months, "cost": self.cost, "penalty_factor": self.penalty_factor,
                "hazard_periods": self.hazard_periods, "recent": self.recent,
                "flag_probability": self.flag_probability}


def noise_variance(values: F64) -> float:
    """A robust estimate of the noise variance: (MAD of first differences / 0.6745)² / 2 (floored > 0)."""
    y = np.asarray(values, dtype=np.float64)
    if y.size < 3:
        return max(float(np.var(y)), 1e-6)
    d = np.diff(y)
    mad = float(np.median(np.abs(d - np.median(d))))
    sigma = mad / 0.6745 / math.sqrt(2.0)
    if sigma <= 0:
        sigma = float(np.std(d)) / math.sqrt(2.0)
    return max(sigma * sigma, 1e-6)


def pelt(values: F64, *, min_size: int, penalty_factor: float = 2.0, cost: str = "l1",
         noise_floor: float = 0.0) -> tuple[list[int], float]:
    """Positions where a new segment begins (0 < i < n), and the penalty used. ``noise_floor`` is the smallest
    noise standard deviation the penalty assumes (the measurement error of the values, when it is known)."""
    y = np.asarray(values, dtype=np.float64)
    n = y.size
    if cost not in COSTS:
        raise ConfigError(f"change-point cost {cost!r} is not known; use one of {', '.join(COSTS)}")
    if n < 2 * min_size:
        return [], 0.0
    var = max(noise_variance(y), noise_floor * noise_floor)
    if cost == "l2":
        beta = penalty_factor * var * math.log(n)
    else:
        beta = penalty_factor / 2.0 * math.sqrt(var) * math.sqrt(2.0 / math.pi) * math.log(n)
    import ruptures as rpt  # imported here: it is slow to import and only change points need it

    algo = rpt.Pelt(model=cost, min_size=min_size, jump=1).fit(y.reshape(-1, 1))
    bkps = [int(b) for b in algo.predict(pen=beta)]
    return [b for b in bkps if 0 < b < n], beta


@dataclass(frozen=True)
class Online:
    """BOCPD result: per observation, P(run length 0) and the most probable run length; the live flag."""

    change_probability: F64
    map_run_length: npt.NDArray[np.int64]
    recent_probability: float
    flag: bool

    def to_dict(self) -> dict[str, Any]:
        return {"recent_change_probability": round(self.recent_probability, 6), "flag": self.flag,
                "current_run_length": int(self.map_run_length[-1]) if self.map_run_length.size else 0}


def bocpd(values: F64, *, hazard_periods: float = 24.0, recent: int = 3, flag_probability: float = 0.5) -> Online:
    """Bayesian online change-point detection over ``values`` (exact recursion, O(n²), deterministic)."""
    y = np.asarray(values, dtype=np.float64)
    n = y.size
    if n == 0:
        return Online(np.zeros(0), np.zeros(0, dtype=np.int64), 0.0, False)
    var = noise_variance(y)
    mu0, kappa0, alpha0, beta0 = float(np.mean(y)), 1.0, 1.0, var
    h = 1.0 / hazard_periods
    lg = np.array([math.lgamma(alpha0 + r / 2.0) for r in range(n + 2)])
    lg_half = np.array([math.lgamma(alpha0 + (r + 1) / 2.0) for r in range(n + 2)])
    mu = np.array([mu0])
    kappa = np.array([kappa0])
    alpha = np.array([alpha0])
    beta = np.array([beta0])
    run = np.array([1.0])  # P(r_0 = 0) = 1
    cp = np.zeros(n)
    map_r = np.zeros(n, dtype=np.int64)
    for t in range(n):
        x = y[t]
        r_idx = np.arange(run.size)
        scale2 = beta * (kappa + 1.0) / (alpha * kappa)
        nu = 2.0 * alpha
        logpdf = (lg_half[r_idx] - lg[r_idx] - 0.5 * np.log(np.pi * nu * scale2)
                  - (nu + 1.0) / 2.0 * np.log1p((x - mu) ** 2 / (nu * scale2)))
        pred = np.exp(logpdf - logpdf.max())
        growth = run * pred * (1.0 - h)
        change = float(np.sum(run * pred * h))
        new = np.concatenate(([change], growth))
        new /= new.sum()
        cp[t] = new[0]
        map_r[t] = int(np.argmax(new))
        run = new
        mu_new = (kappa * mu + x) / (kappa + 1.0)
        beta_new = beta + kappa * (x - mu) ** 2 / (2.0 * (kappa + 1.0))
        mu = np.concatenate(([mu0], mu_new))
        kappa = np.concatenate(([kappa0], kappa + 1.0))
        alpha = np.concatenate(([alpha0], alpha + 0.5))
        beta = np.concatenate(([beta0], beta_new))
    recent_p = float(run[: recent + 1].sum())  # run length r ≤ recent: the run began in the last `recent` periods
    return Online(cp, map_r, recent_p, recent_p > flag_probability)
