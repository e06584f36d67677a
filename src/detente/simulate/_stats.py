"""Intervals for Monte Carlo summaries (95% by default), in numpy only."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["Estimate", "mean_interval", "median_interval", "wilson_interval"]

Z95 = 1.959963984540054

Estimate = dict[str, float | int | None]


def wilson_interval(successes: int, n: int, *, z: float = Z95) -> Estimate:
    """A proportion with its Wilson score interval: ``{"value", "low", "high", "n"}``."""
    if n == 0:
        return {"value": None, "low": None, "high": None, "n": 0}
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low, high = max(0.0, centre - half), min(1.0, centre + half)
    return {"value": p, "low": min(low, p), "high": max(high, p), "n": n}  # exact ends at k = 0 and k = n


def mean_interval(values: NDArray[Any], *, z: float = Z95) -> Estimate:
    """A mean with its normal-approximation interval."""
    n = int(values.shape[0])
    if n == 0:
        return {"value": None, "low": None, "high": None, "n": 0}
    mean = float(values.mean(dtype=np.float64))
    half = z * float(values.std(dtype=np.float64, ddof=1)) / math.sqrt(n) if n > 1 else 0.0
    return {"value": mean, "low": mean - half, "high": mean + half, "n": n}


def median_interval(values: NDArray[Any], *, z: float = Z95) -> Estimate:
    """A median with its distribution-free interval from order statistics (binomial ranks)."""
    n = int(values.shape[0])
    if n == 0:
        return {"value": None, "low": None, "high": None, "n": 0}
    ordered = np.sort(values)
    lo = max(0, math.floor(n / 2 - z * math.sqrt(n) / 2) - 1)
    hi = min(n - 1, math.ceil(n / 2 + z * math.sqrt(n) / 2))
    return {"value": float(np.median(ordered)), "low": float(ordered[lo]), "high": float(ordered[hi]), "n": n}
