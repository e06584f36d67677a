"""The random draws the simulator builds itself: exact Bernoulli masks, seeded blocks."""

from __future__ import annotations

import math

import numpy as np
import pytest

from detente.errors import SimulationError
from detente.simulate._rng import bernoulli_mask, block_generator, check_seed, run_blocks


@pytest.mark.parametrize("p", [0.0, 1e-6, 0.003, 0.0199, 0.0201, 0.05, 0.3, 1 / 3, 0.5, 0.97, 1.0])
def test_bernoulli_mask_has_probability_p(p: float) -> None:
    rng = np.random.default_rng(12)
    n = 400_000
    draws = np.concatenate([bernoulli_mask(rng, n, p) for _ in range(5)])
    sd = math.sqrt(p * (1 - p) / draws.size)
    assert abs(draws.mean() - p) <= 5 * sd + 1e-12


def test_bernoulli_mask_draws_are_independent_of_position() -> None:
    rng = np.random.default_rng(1)
    draws = np.stack([bernoulli_mask(rng, 1000, 0.05) for _ in range(2000)])
    per_position = draws.mean(axis=0)
    assert abs(per_position.mean() - 0.05) < 0.002
    assert per_position.std() < 3 * math.sqrt(0.05 * 0.95 / 2000)


def test_blocks_have_their_own_reproducible_streams() -> None:
    a = block_generator(5, 0, 1).random(4)
    assert np.array_equal(a, block_generator(5, 0, 1).random(4))
    assert not np.array_equal(a, block_generator(5, 0, 2).random(4))
    assert not np.array_equal(a, block_generator(5, 1, 1).random(4))


def test_run_blocks_keeps_order_and_refuses_zero_workers() -> None:
    assert run_blocks(abs, [-3, 2, -1], workers=2) == [3, 2, 1]
    with pytest.raises(SimulationError, match="workers must be at least 1"):
        run_blocks(abs, [1], workers=0)


@pytest.mark.parametrize("seed", [-1, 1.5, True, "7"])
def test_bad_seeds_are_refused(seed: object) -> None:
    with pytest.raises(SimulationError, match="seed must be a non-negative integer"):
        check_seed(seed)  # type: ignore[arg-type]
