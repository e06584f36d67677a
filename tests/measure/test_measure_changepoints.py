"""PELT and BOCPD on series with known structure."""

from __future__ import annotations

import numpy as np
import pytest

from detente.errors import ConfigError
from detente.measure import COSTS, bocpd, noise_variance, pelt


def _steps(levels: list[float], length: int, noise: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.concatenate([np.full(length, lv) for lv in levels]) + rng.normal(0, noise, length * len(levels))


@pytest.mark.parametrize("cost", COSTS)
def test_pelt_finds_level_shifts_and_ignores_noise(cost: str) -> None:
    y = _steps([30.0, 65.0, 40.0], 24, 4.0, seed=1)
    bkps, penalty = pelt(y, min_size=3, cost=cost)
    assert penalty > 0
    assert len(bkps) == 2
    assert abs(bkps[0] - 24) <= 1 and abs(bkps[1] - 48) <= 1
    flat, _ = pelt(_steps([50.0], 72, 4.0, seed=2), min_size=3, cost=cost)
    assert flat == []


def test_l1_pelt_does_not_make_a_regime_of_a_single_period_spike() -> None:
    y = _steps([40.0], 36, 3.0, seed=3)
    y[18] = 85.0
    assert pelt(y, min_size=3, cost="l1")[0] == []
    # the squared-error cost does cut such an outlier out: why l1 is the default
    assert pelt(y, min_size=3, cost="l2")[0] != []
    with pytest.raises(ConfigError):
        pelt(y, min_size=3, cost="rbf")


def test_noise_variance_is_robust_to_shifts() -> None:
    y = _steps([0.0, 100.0], 50, 2.0, seed=4)
    assert 2.0 < noise_variance(y) < 8.0  # about 2² despite the jump of 100


def test_bocpd_flags_a_recent_shift_and_is_deterministic() -> None:
    calm = _steps([50.0], 40, 3.0, seed=5)
    shifted = np.concatenate([calm, np.full(3, 15.0)])
    a = bocpd(shifted, hazard_periods=24, recent=3)
    b = bocpd(shifted, hazard_periods=24, recent=3)
    np.testing.assert_array_equal(a.change_probability, b.change_probability)
    assert a.flag and a.recent_probability > 0.5
    quiet = bocpd(calm, hazard_periods=24, recent=3)
    assert not quiet.flag
    assert int(quiet.map_run_length[-1]) >= 30
    assert bocpd(np.array([])).flag is False
