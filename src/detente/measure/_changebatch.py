"""Change points of many series of equal length at once: :func:`~detente.measure.pelt` and
:func:`~detente.measure.bocpd` over the rows of a matrix, as array operations.

- :func:`pelt_many` finds, for each row, the segmentation that minimises the total segment cost plus the penalty
  per segment, each segment at least ``min_size`` long: the optimum PELT finds (PELT's pruning only skips
  candidates that cannot be optimal), by exact dynamic programming over every admissible split, with PELT's
  rule for ties (the earliest split). The costs and penalties are those of :func:`pelt`.
- :func:`bocpd_many` runs the Bayesian online change-point recursion of :func:`bocpd` on every row.

``tests/monitor/test_monitor_changebatch.py`` compares both with the one-series functions on random series.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from detente.errors import ConfigError
from detente.measure._changepoints import COSTS

__all__ = ["TIE", "bocpd_many", "noise_variance_many", "pelt_many", "pelt_many_ties"]

F64 = npt.NDArray[np.float64]


def noise_variance_many(values: F64) -> F64:
    """:func:`~detente.measure.noise_variance` of each row."""
    y = np.asarray(values, dtype=np.float64)
    n = y.shape[1]
    if n < 3:
        low: F64 = np.maximum(np.var(y, axis=1), 1e-6)
        return low
    d = np.diff(y, axis=1)
    mad = np.median(np.abs(d - np.median(d, axis=1, keepdims=True)), axis=1)
    sigma = mad / 0.6745 / math.sqrt(2.0)
    sigma = np.where(sigma <= 0, np.std(d, axis=1) / math.sqrt(2.0), sigma)
    return np.maximum(sigma * sigma, 1e-6)


def _segment_costs(y: F64, cost: str) -> dict[tuple[int, int], F64]:
    """The cost of every segment [t, s) of every row (as ruptures' l1 and l2 costs compute it)."""
    n = y.shape[1]
    out: dict[tuple[int, int], F64] = {}
    for t in range(n):
        for s in range(t + 1, n + 1):
            seg = y[:, t:s]
            if cost == "l1":
                out[(t, s)] = np.abs(seg - np.median(seg, axis=1, keepdims=True)).sum(axis=1)
            else:
                out[(t, s)] = seg.var(axis=1) * (s - t)
    return out


def pelt_many(values: F64, *, min_size: int, penalty_factor: float = 2.0, cost: str = "l1",
              noise_floor: F64 | None = None) -> tuple[list[list[int]], F64]:
    """For each row: the positions where a new segment begins (0 < i < n), and the penalty used, as
    :func:`~detente.measure.pelt` finds them: ruptures' PELT (jump 1) step by step, its admissible set kept per
    row as a mask, including the way it pairs admissible points with candidate partitions when it prunes."""
    found, beta, _ = pelt_many_ties(values, min_size=min_size, penalty_factor=penalty_factor, cost=cost,
                                    noise_floor=noise_floor)
    return found, beta


#: two totals of PELT closer than this (relative to their size) are a tie that rounding decides
TIE = 1e-9


def pelt_many_ties(values: F64, *, min_size: int, penalty_factor: float = 2.0, cost: str = "l1",
                   noise_floor: F64 | None = None) -> tuple[list[list[int]], F64, npt.NDArray[np.bool_]]:
    """:func:`pelt_many`, and for each row whether one of PELT's decisions was a near tie (two candidate totals,
    or a total and the pruning bound, within :data:`TIE` of each other, relatively). The l1 cost has exact ties
    (moving a split across values that fall on the same side of both segments' medians leaves the total as it
    is), which the last bits of the values, of their noise floor and of the order of addition decide: on such
    a row two computations of the same series, equal up to rounding, can cut it at different places."""
    y = np.asarray(values, dtype=np.float64)
    g, n = y.shape
    if cost not in COSTS:
        raise ConfigError(f"change-point cost {cost!r} is not known; use one of {', '.join(COSTS)}")
    tied = np.zeros(g, dtype=bool)
    if n < 2 * min_size or g == 0:
        return [[] for _ in range(g)], np.zeros(g), tied
    var = noise_variance_many(y)
    if noise_floor is not None:
        var = np.maximum(var, noise_floor * noise_floor)
    if cost == "l2":
        beta = penalty_factor * var * math.log(n)
    else:
        beta = penalty_factor / 2.0 * np.sqrt(var) * math.sqrt(2.0 / math.pi) * math.log(n)
    size = max(min_size, 2 if cost == "l1" else 1)  # ruptures never cuts below its cost's own minimum
    costs = _segment_costs(y, cost)
    rows = np.arange(g)
    known = np.zeros(n + 1, dtype=bool)  # t with an optimal partition of 0..t
    known[0] = True
    total = np.full((g, n + 1), np.inf)  # the value of that partition
    total[:, 0] = 0.0
    back = np.zeros((g, n + 1), dtype=np.int64)
    close = np.zeros((g, n + 1), dtype=bool)  # the choice of the best partition of 0..t was a near tie
    admissible = np.zeros((g, n + 1), dtype=bool)
    # the admissible points another computation, equal up to rounding, may keep: pruned only beyond the tolerance
    wide = np.zeros((g, n + 1), dtype=bool)
    for bkp in [k for k in range(n) if k >= size] + [n]:
        admissible[:, bkp - size] = True
        wide[:, bkp - size] = True
        seg = np.stack([_cost_or_inf(costs, t, bkp, g) for t in range(n + 1)], axis=1)
        with np.errstate(invalid="ignore"):
            reach = total + (seg + beta[:, None])
        # the candidates: admissible points with a partition, in increasing order
        cand = admissible & known[None, :]
        value = np.where(cand, reach, np.inf)
        pick = np.argmin(value, axis=1)  # the first minimum, as min() over the candidates in order
        best = value[rows, pick]
        tol = TIE * (np.abs(best) + beta)
        cand_wide = wide & known[None, :]
        others = np.where(cand_wide, reach, np.inf)
        with np.errstate(invalid="ignore"):
            close[:, bkp] = np.isfinite(best) & ((others <= (best + tol)[:, None]).sum(axis=1) > 1)
        total[:, bkp] = best
        back[:, bkp] = pick
        known[bkp] = True
        admissible &= _kept(admissible, cand, value, best + beta, n)
        wide &= _kept(wide, cand_wide, others, best + beta + tol, n)
    out: list[list[int]] = []
    for i in range(g):
        cps: list[int] = []
        s = n
        while s > 0:
            tied[i] |= close[i, s]
            t = int(back[i, s])
            if t > 0:
                cps.append(t)
            s = t
        out.append(sorted(cps))
    return out, beta, tied


def _kept(admissible: npt.NDArray[np.bool_], cand: npt.NDArray[np.bool_], value: F64, bound: F64,
          n: int) -> npt.NDArray[np.bool_]:
    """Which admissible points survive PELT's pruning (a candidate whose value exceeds ``bound`` is dropped),
    pairing the k-th admissible point with the k-th candidate as ruptures zips the two lists."""
    order = np.argsort(np.where(cand, np.arange(n + 1)[None, :], n + 1), axis=1, kind="stable")
    ranked = np.take_along_axis(value, order, axis=1)
    n_cand = cand.sum(axis=1)
    keep_k = (np.arange(n + 1)[None, :] < n_cand[:, None]) & (ranked <= bound[:, None])
    rank = np.cumsum(admissible, axis=1) - 1
    out: npt.NDArray[np.bool_] = np.take_along_axis(keep_k, np.clip(rank, 0, n), axis=1)
    return out


def _cost_or_inf(costs: dict[tuple[int, int], F64], t: int, s: int, g: int) -> F64:
    return costs.get((t, s), np.full(g, np.inf))


def bocpd_many(values: F64, *, hazard_periods: float = 24.0, recent: int = 3,
               flag_probability: float = 0.5) -> tuple[F64, npt.NDArray[np.bool_], npt.NDArray[np.int64]]:
    """For each row: the posterior probability that the current run began within the last ``recent`` periods,
    whether it exceeds ``flag_probability``, and the most probable current run length."""
    y = np.asarray(values, dtype=np.float64)
    g, n = y.shape
    if n == 0:
        return np.zeros(g), np.zeros(g, dtype=bool), np.zeros(g, dtype=np.int64)
    var = noise_variance_many(y)
    mu0 = np.mean(y, axis=1)
    kappa0, alpha0 = 1.0, 1.0
    beta0 = var
    h = 1.0 / hazard_periods
    lg = np.array([math.lgamma(alpha0 + r / 2.0) for r in range(n + 2)])
    lg_half = np.array([math.lgamma(alpha0 + (r + 1) / 2.0) for r in range(n + 2)])
    mu = mu0[:, None].copy()
    kappa = np.full((g, 1), kappa0)
    alpha = np.full((g, 1), alpha0)
    beta = beta0[:, None].copy()
    run = np.ones((g, 1))
    map_r = np.zeros(g, dtype=np.int64)
    for t in range(n):
        x = y[:, t:t + 1]
        r_idx = np.arange(run.shape[1])
        scale2 = beta * (kappa + 1.0) / (alpha * kappa)
        nu = 2.0 * alpha
        logpdf = (lg_half[r_idx] - lg[r_idx] - 0.5 * np.log(np.pi * nu * scale2)
                  - (nu + 1.0) / 2.0 * np.log1p((x - mu) ** 2 / (nu * scale2)))
        pred = np.exp(logpdf - logpdf.max(axis=1, keepdims=True))
        growth = run * pred * (1.0 - h)
        change = np.sum(run * pred * h, axis=1, keepdims=True)
        new = np.concatenate((change, growth), axis=1)
        new /= new.sum(axis=1, keepdims=True)
        map_r = np.argmax(new, axis=1).astype(np.int64)
        run = new
        mu_new = (kappa * mu + x) / (kappa + 1.0)
        beta_new = beta + kappa * (x - mu) ** 2 / (2.0 * (kappa + 1.0))
        mu = np.concatenate((mu0[:, None], mu_new), axis=1)
        kappa = np.concatenate((np.full((g, 1), kappa0), kappa + 1.0), axis=1)
        alpha = np.concatenate((np.full((g, 1), alpha0), alpha + 0.5), axis=1)
        beta = np.concatenate((beta0[:, None], beta_new), axis=1)
    recent_p = run[:, : recent + 1].sum(axis=1)
    return recent_p, recent_p > flag_probability, map_r
