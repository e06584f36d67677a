"""Change points of many series at once equal the one-series functions (ruptures' PELT and BOCPD) row by row."""

from __future__ import annotations

import numpy as np
import pytest

from detente.measure import bocpd, noise_variance, pelt
from detente.measure._changebatch import bocpd_many, noise_variance_many, pelt_many, pelt_many_ties


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


def test_near_ties_are_flagged() -> None:
    """A CXI series of a real generated dyad (GTM-ZAF at 50M events, rounded) on which the l1 cost ties exactly
    between a cut at 4 and a cut at 6 (the two values between them fall on the same side of both segments'
    medians): flagged; clear steps are not, and no perturbation of their last bits moves their cut."""
    tie = np.array([63.63, 64.385, 64.335, 63.397, 60.061, 63.935, 61.22, 61.171, 58.26, 61.744, 62.613, 60.501])
    rng = np.random.default_rng(5)
    steps = np.concatenate([np.full((20, 6), 40.0), np.full((20, 6), 70.0)], axis=1) + rng.normal(0, 1, (20, 12))
    y = np.vstack([tie, steps])
    floor = np.full(y.shape[0], 3.38)
    found, _, tied = pelt_many_ties(y, min_size=3, noise_floor=floor)
    assert tied[0] and found[0] in ([4], [6])
    assert not tied[1:].any()
    for eps in (-1e-12, 1e-12):
        moved, _, _ = pelt_many_ties(y[1:] + eps * rng.standard_normal(y[1:].shape), min_size=3,
                                     noise_floor=floor[1:])
        assert moved == found[1:]
    assert pelt_many(y, min_size=3, noise_floor=floor)[0] == found
