"""Change points of many series at once equal the one-series functions (ruptures' PELT and BOCPD) row by row."""

from __future__ import annotations

import numpy as np
import pytest

from detente.measure import bocpd, noise_variance, pelt
from detente.measure._changebatch import bocpd_many, noise_variance_many, pelt_many


def _series(rng: np.random.Generator, g: int, n: int) -> np.ndarray:  # type: ignore[type-arg]
    """Rows with level shifts, outliers and exact repeats (ties), like CXI series of sparse dyads."""
    out = rng.normal(50, 8, size=(g, n))
    for i in range(g):
        for cut in rng.integers(1, max(2, n), size=rng.integers(0, 3)):
            out[i, cut:] += rng.choice([-25.0, 20.0, 35.0])
        if rng.random() < 0.2:
            out[i, rng.integers(0, n)] += 60.0
        if rng.random() < 0.15:
            out[i] = np.round(out[i] / 10) * 10  # repeated values
    return out


@pytest.mark.parametrize("n", [1, 2, 3, 5, 6, 7, 9, 12, 13, 20, 31])
@pytest.mark.parametrize("cost", ["l1", "l2"])
def test_pelt_many_equals_pelt_row_by_row(n: int, cost: str) -> None:
    rng = np.random.default_rng(n * 7 + len(cost))
    y = _series(rng, 60, n)
    floor = rng.choice([0.0, 2.0, 9.0], size=60)
    for min_size in (1, 2, 3):
        found, beta = pelt_many(y, min_size=min_size, cost=cost, noise_floor=floor)
        for i in range(y.shape[0]):
            one, pen = pelt(y[i], min_size=min_size, cost=cost, noise_floor=float(floor[i]))
            assert found[i] == one, (n, cost, min_size, i)
            assert beta[i] == pytest.approx(pen, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 8, 13, 40])
def test_bocpd_many_equals_bocpd_row_by_row(n: int) -> None:
    rng = np.random.default_rng(100 + n)
    y = _series(rng, 40, n)
    for hazard, recent, flag in ((24.0, 3, 0.5), (6.0, 1, 0.3)):
        prob, raised, run = bocpd_many(y, hazard_periods=hazard, recent=recent, flag_probability=flag)
        for i in range(y.shape[0]):
            one = bocpd(y[i], hazard_periods=hazard, recent=recent, flag_probability=flag)
            assert prob[i] == pytest.approx(one.recent_probability, rel=1e-9, abs=1e-12)
            assert bool(raised[i]) == one.flag and int(run[i]) == int(one.map_run_length[-1])


def test_noise_variance_many_equals_noise_variance() -> None:
    rng = np.random.default_rng(3)
    for n in (1, 2, 3, 4, 10):
        y = _series(rng, 20, n)
        np.testing.assert_allclose(noise_variance_many(y), [noise_variance(row) for row in y], rtol=1e-12)
