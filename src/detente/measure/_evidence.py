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

Each period draws from its own random stream, seeded by ``seed`` and the period's first day
(:func:`period_draws`): the baseline's weights and shares first, then the event-days' weights, day by day. So a
period's interval depends only on its own events and its baseline (adding events to another period, or reading
the series over a longer window, leaves it as it was), and two dyads' periods with the same first day and the
same number of event-days draw the same weights: a computation over many dyads (the world table) draws them once.

A period is **thin** when it holds fewer than ``thin_events`` events (periods without events are thin).
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from detente.errors import ConfigError

__all__ = ["NEUTRAL", "SHARES", "Baseline", "EvidenceOptions", "PeriodDraws", "baselines", "draw_shares",
           "period_draws", "resolve_n0", "shrink"]

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
    """Σ of ``values`` over the ``window`` positions strictly before each position (along the last axis: one
    series, or one row per series)."""
    c = np.concatenate((np.zeros((*values.shape[:-1], 1)), np.cumsum(values, axis=-1)), axis=-1)
    idx = np.arange(values.shape[-1])
    return np.asarray(c[..., idx] - c[..., np.maximum(0, idx - window)], dtype=np.float64)


def baselines(share: F64, mass: F64, *, neutral: float, n0: float | F64, window: int) -> Baseline:
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


def shrink(share: F64, mass: F64, s0: F64, n0: float | F64) -> F64:
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
#: added to a period's first day (days since 1970) to make a non-negative seed key for periods back to 1700
_KEY_OFFSET = 100_000


@dataclass(frozen=True)
class PeriodDraws:
    """The random draws of one period: the baseline pseudo-day's Exp(1) weights (``prior``, one per draw), the
    standard normal draws of the three baseline shares (``z``, 3 × draws), and Exp(1) weights for event-days
    (``days``, one row per event-day in day order; the rows for n days are the first n rows for more days)."""

    prior: F64
    z: F64
    days: F64


def period_draws(seed: int, start: np.datetime64, n_days: int, resamples: int) -> PeriodDraws:
    """The draws of the period that begins on ``start`` with ``n_days`` event-days: a stream of its own, seeded
    by ``seed`` and the first day. The draws are read-only: the periods drawn last are kept (up to
    :data:`DRAW_CACHE_BYTES` of draws), each with the most event-days asked for, and a request for fewer days
    gets the first rows of those (the same numbers the stream gives for fewer days): the one-dyad path of many
    dyads draws the same periods again and again."""
    key = int(np.asarray(start, dtype="datetime64[D]").astype(np.int64)) + _KEY_OFFSET
    name = (int(seed), key, int(resamples))
    with _DRAWS_LOCK:
        held = _DRAWS.get(name)
        if held is not None and held.days.shape[0] >= n_days:
            _DRAWS.move_to_end(name)
            return held if held.days.shape[0] == n_days else replace(held, days=held.days[:n_days])
    rng = np.random.default_rng([seed, key])
    prior = rng.standard_exponential(resamples)
    z = rng.standard_normal((len(SHARES), resamples))
    out = PeriodDraws(prior=prior, z=z, days=rng.standard_exponential((n_days, resamples)))
    for a in (out.prior, out.z, out.days):
        a.flags.writeable = False
    with _DRAWS_LOCK:
        _DRAWS[name] = out
        _DRAWS.move_to_end(name)
        while len(_DRAWS) > 1 and sum(d.days.nbytes for d in _DRAWS.values()) > DRAW_CACHE_BYTES:
            _DRAWS.popitem(last=False)
    return out


#: the bytes of event-day draws :func:`period_draws` keeps (a month of daily events at 500 draws: 0.12 MB)
DRAW_CACHE_BYTES = 48 << 20
_DRAWS: OrderedDict[tuple[int, int, int], PeriodDraws] = OrderedDict()
_DRAWS_LOCK = threading.Lock()


def draw_shares(sums: dict[str, F64], prior: F64, z: F64, *, s0: dict[str, F64], se: dict[str, F64], n0: F64 | float,
                unit: F64 | float) -> dict[str, F64]:
    """B, M and K of each draw from the reweighted sums (``sums[c]``: periods × draws), the baseline pseudo-day
    weights ``prior`` and share draws ``z`` (shares × periods × draws or shares × draws), with each period's
    baseline share ``s0`` and its standard error ``se`` (periods × 1), pseudo-count ``n0`` and intensity
    ``unit``."""
    pseudo = prior * n0
    base_draw = {c: np.clip(s0[c] + se[c] * z[i], *RANGE[c]) for i, c in enumerate(SHARES)}
    with np.errstate(invalid="ignore", divide="ignore"):
        # B = (Σw·g + u·n0·B0) / (Σw·|g| + u·n0): the balance's mass is Σw·|g| in units u of a typical event
        prior_b = pseudo * unit
        b = np.where(sums["wabs"] + prior_b > 0, (sums["wg"] + prior_b * base_draw["balance"])
                     / np.where(sums["wabs"] + prior_b > 0, sums["wabs"] + prior_b, 1.0), 0.0)
        m = (sums["w4"] + pseudo * base_draw["material_conflict"]) / (sums["wq"] + pseudo)
        k = (sums["w2"] + pseudo * base_draw["material_cooperation"]) / (sums["wq"] + pseudo)
    return {"balance": b, "material_conflict": m, "material_cooperation": k}


def bootstrap(units: dict[str, F64], unit_period: npt.NDArray[np.intp], rows: npt.NDArray[np.intp], *,
              base: dict[str, Baseline], n0: float, unit: float, options: EvidenceOptions,
              finish: Any, starts: npt.NDArray[np.datetime64]) -> Draws:
    """Draws of B, M and K for the grid periods ``rows`` (sorted), reweighting the event-days ``units`` (sorted by
    period and day; ``unit_period`` their grid positions) with Exp(1) weights and the baseline as a pseudo-day of
    mass ``n0``; ``starts`` are the grid's period starts (each period's stream is seeded by its first day);
    ``finish(b, m, k, rows)`` turns them into CXI draws."""
    r_total = options.resamples
    keep = np.isin(unit_period, rows)
    pos = unit_period[keep]
    cols = np.stack([np.asarray(units[c], dtype=np.float64)[keep] for c in UNIT_COLUMNS])
    p = rows.size
    if p == 0 or r_total == 0:
        empty = np.zeros((p, 0))
        return Draws(rows=rows, cxi=empty, components={c: empty for c in SHARES})
    first = np.searchsorted(pos, rows)
    last = np.searchsorted(pos, rows, side="right")
    sums = {c: np.empty((p, r_total)) for c in UNIT_COLUMNS}
    prior = np.empty((p, r_total))
    z = np.empty((len(SHARES), p, r_total))
    for i, row in enumerate(rows):
        d = period_draws(options.seed, starts[row], int(last[i] - first[i]), r_total)
        reweighted = cols[:, first[i]:last[i]] @ d.days
        for j, c in enumerate(UNIT_COLUMNS):
            sums[c][i] = reweighted[j]
        prior[i] = d.prior
        z[:, i] = d.z
    out = draw_shares(sums, prior, z, s0={c: base[c].share[rows][:, None] for c in SHARES},
                      se={c: base[c].se[rows][:, None] for c in SHARES}, n0=n0, unit=unit)
    cxi = finish(out["balance"], out["material_conflict"], out["material_cooperation"], rows)
    return Draws(rows=rows, cxi=cxi, components=out)
