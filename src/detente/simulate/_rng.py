"""Seeds and random draws. No module-level generator: every stream is built from an explicit seed.

A simulation is cut into blocks whose boundaries do not depend on the number of worker processes; block ``b``
of stream ``s`` draws from ``SeedSequence(seed, spawn_key=(s, b))``. Serial and parallel runs therefore
play the same blocks with the same generators and return the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

import numpy as np
from numpy.typing import NDArray

from detente.errors import SimulationError

__all__ = ["bernoulli_mask", "block_generator", "check_probability", "check_seed", "run_blocks"]

T = TypeVar("T")
R = TypeVar("R")


def check_seed(seed: int) -> int:
    """Refuse a seed numpy cannot use (negative or not an integer)."""
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise SimulationError(f"seed must be a non-negative integer, not {seed!r}; pass e.g. --seed 1")
    return int(seed)


def check_probability(value: float, name: str, *, upper: float = 1.0) -> float:
    """Refuse a probability outside ``[0, upper]`` with a message naming the option."""
    if not 0.0 <= float(value) <= upper:
        raise SimulationError(f"{name} must lie between 0 and {upper:g}, not {value!r}")
    return float(value)


def block_generator(seed: int, stream: int, block: int) -> np.random.Generator:
    """The generator of block ``block`` in stream ``stream`` (a pairing, a match batch) for ``seed``."""
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed, spawn_key=(stream, block))))


def bernoulli_mask(rng: np.random.Generator, n: int, p: float) -> NDArray[np.bool_]:
    """``n`` independent Bernoulli(``p``) draws as a boolean mask.

    For small ``p`` it draws the number of successes (binomial) and then which positions they hold (a uniform
    subset): the same distribution with ``O(n p)`` random numbers instead of ``n``.
    """
    if p <= 0.0 or n == 0:
        return np.zeros(n, dtype=np.bool_)
    if p >= 1.0:
        return np.ones(n, dtype=np.bool_)
    if p > 0.02:
        # 8 random bits per draw decide every draw except those landing exactly on the integer part of
        # 256 p; those get a second, fractional draw, so the probability stays exactly p
        scaled = p * 256.0
        whole = int(scaled)
        bits = np.frombuffer(rng.bytes(n), dtype=np.uint8)
        out: NDArray[np.bool_] = bits < whole
        edge = np.flatnonzero(bits == whole)
        if edge.size:
            out[edge] = rng.random(edge.size) < scaled - whole
        return out
    mask = np.zeros(n, dtype=np.bool_)
    k = int(rng.binomial(n, p))
    if k:
        mask[rng.choice(n, size=k, replace=False)] = True
    return mask


def run_blocks(func: Callable[[T], R], tasks: Sequence[T], *, workers: int = 1) -> list[R]:
    """``[func(task) for task in tasks]``, in order, on ``workers`` processes when ``workers > 1``."""
    if workers < 1:
        raise SimulationError(f"workers must be at least 1, not {workers}")
    if workers == 1 or len(tasks) <= 1:
        return [func(task) for task in tasks]
    with ProcessPoolExecutor(max_workers=min(workers, len(tasks))) as pool:
        results: Iterable[R] = pool.map(func, tasks)
        return list(results)
