"""The iterated prisoner's dilemma: published reference results, theory, and the memory-one Markov chain."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import SimulationError
from detente.simulate import Game, grim_trigger_threshold, match, pure_equilibria, tournament

# METHOD §6: 10 turns, one repetition, self-play excluded (published reference results)
REFERENCE = [
    ({"cooperator": 0, "defector": 50}),
    ({"tit-for-tat": 9, "defector": 14}),
    ({"cooperator": 30, "tit-for-tat": 39, "defector": 64}),
    ({"cooperator": 60, "tit-for-tat": 69, "defector": 78, "grudger": 69}),
    ({"cooperator": 90, "defector": 92, "grudger": 99, "go-by-majority": 99, "tit-for-tat": 99}),
]


@pytest.mark.parametrize("expected", REFERENCE, ids=lambda e: ",".join(e))
def test_reference_tournament_scores(expected: dict[str, int]) -> None:
    result = tournament(list(expected), turns=10, repetitions=1, seed=0)
    assert dict(zip(result.players, result.total, strict=True)) == expected


def test_reference_scores_do_not_depend_on_order_or_repetitions() -> None:
    names = ["tit-for-tat", "go-by-majority", "grudger", "defector", "cooperator"]
    result = tournament(names, turns=10, repetitions=3, seed=5)
    assert dict(zip(result.players, result.total, strict=True)) == REFERENCE[-1]
    assert all(len(set(s)) == 1 for s in result.scores)


def test_self_play_adds_the_match_against_itself() -> None:
    without = tournament(["cooperator", "defector"], turns=10)
    with_self = tournament(["cooperator", "defector"], turns=10, self_play=True)
    assert with_self.total == (without.total[0] + 30, without.total[1] + 10)


def test_match_reports_mean_payoff_and_cooperation() -> None:
    result = match("tit-for-tat", "defector", turns=10)
    assert result.mean_payoff == (0.9, 1.4)
    assert result.cooperation_rate == (0.1, 0.0)
    assert result.to_dict()["players"][0] == {"name": "tit-for-tat", "mean_payoff": 0.9, "cooperation_rate": 0.1}


def test_one_shot_prisoners_dilemma_has_mutual_defection_as_only_equilibrium() -> None:
    assert pure_equilibria(Game.prisoners_dilemma()) == [(1, 1)]


def test_equilibria_of_an_asymmetric_coordination_game() -> None:
    stag_hunt = Game(((4.0, 0.0), (3.0, 3.0)), ((5.0, 0.0), (1.0, 1.0)))
    assert pure_equilibria(stag_hunt) == [(0, 0), (1, 1)]


def test_grim_trigger_threshold_is_one_half() -> None:
    assert grim_trigger_threshold(Game.prisoners_dilemma()) == 0.5


def _discounted(payoffs: tuple[tuple[float, float], ...], delta: float) -> float:
    return float(sum(p[1] * delta**t for t, p in enumerate(payoffs)))


@settings(max_examples=25, deadline=None)
@given(delta=st.floats(0.02, 0.95).filter(lambda d: abs(d - 0.5) > 0.005))
def test_grim_trigger_sustains_cooperation_iff_delta_at_least_one_half(delta: float) -> None:
    # against grim trigger (grudger), compare the discounted payoff of cooperating for ever with the best
    # deviation (defect at once and keep defecting), both played out by the engine
    stay = match("grudger", "cooperator", turns=500).payoff_per_turn
    deviate = match("grudger", "defector", turns=500).payoff_per_turn
    assert (_discounted(stay, delta) >= _discounted(deviate, delta)) == (delta >= 0.5)


# --------------------------------------------------------------------------- memory-one Markov chain with noise

MEMORY_ONE = {  # P(cooperate | own last, opponent's last) for CC, CD, DC, DD (published definitions)
    "tit-for-tat": (1.0, 0.0, 1.0, 0.0),
    "generous-tit-for-tat": (1.0, 1 / 3, 1.0, 1 / 3),
    "win-stay-lose-shift": (1.0, 0.0, 0.0, 1.0),
}


def stationary_cooperation(p: tuple[float, ...], q: tuple[float, ...], noise: float) -> tuple[float, float]:
    """Exact long-run cooperation rates of two memory-one players whose moves flip with probability noise."""
    pe = [x * (1 - noise) + (1 - x) * noise for x in p]
    qe = [x * (1 - noise) + (1 - x) * noise for x in q]
    swap = [0, 2, 1, 3]  # the second player sees CD as DC
    matrix = np.zeros((4, 4))
    for state in range(4):
        a, b = pe[state], qe[swap[state]]
        matrix[state] = [a * b, a * (1 - b), (1 - a) * b, (1 - a) * (1 - b)]
    system = np.vstack([matrix.T - np.eye(4), np.ones(4)])
    pi = np.linalg.lstsq(system, np.r_[np.zeros(4), 1.0], rcond=None)[0]
    return float(pi[0] + pi[1]), float(pi[0] + pi[2])


PAIRS = [("tit-for-tat", "tit-for-tat"), ("generous-tit-for-tat", "generous-tit-for-tat"),
         ("win-stay-lose-shift", "win-stay-lose-shift"), ("tit-for-tat", "generous-tit-for-tat"),
         ("tit-for-tat", "win-stay-lose-shift"), ("generous-tit-for-tat", "win-stay-lose-shift")]


@pytest.mark.parametrize("noise", [0.01, 0.05, 0.1])
@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_long_noisy_match_agrees_with_markov_chain(first: str, second: str, noise: float) -> None:
    exact = stationary_cooperation(MEMORY_ONE[first], MEMORY_ONE[second], noise)
    result = match(first, second, turns=8_000, repetitions=48, noise=noise, seed=11)
    assert result.cooperation_rate == pytest.approx(exact, abs=0.02)


def test_generous_reciprocity_survives_noise_where_tit_for_tat_decays() -> None:
    generous = match("generous-tit-for-tat", "generous-tit-for-tat", turns=5_000, repetitions=32, noise=0.05,
                     seed=3)
    strict = match("tit-for-tat", "tit-for-tat", turns=5_000, repetitions=32, noise=0.05, seed=3)
    assert min(generous.cooperation_rate) >= 0.8
    assert strict.cooperation_rate == pytest.approx((0.5, 0.5), abs=0.03)


# --------------------------------------------------------------------------------- determinism, seeds, workers


def test_same_seed_same_result_and_seed_recorded() -> None:
    players = ["random", "joss", "tit-for-tat", "generous-tit-for-tat"]
    a = tournament(players, turns=50, repetitions=4, noise=0.05, seed=9)
    b = tournament(players, turns=50, repetitions=4, noise=0.05, seed=9)
    c = tournament(players, turns=50, repetitions=4, noise=0.05, seed=10)
    assert a == b
    assert a.seed == 9
    assert a.scores != c.scores


def test_parallel_equals_serial() -> None:
    players = ["random", "joss", "tit-for-tat", "grofman", "feld", "tullock", "shubik", "davis"]
    # 28 pairs x 40 repetitions = 1,120 matches: three blocks
    serial = tournament(players, turns=30, repetitions=40, noise=0.02, seed=4, workers=1)
    parallel = tournament(players, turns=30, repetitions=40, noise=0.02, seed=4, workers=2)
    assert serial == parallel


@settings(max_examples=20, deadline=None)
@given(
    names=st.lists(st.sampled_from(["cooperator", "defector", "tit-for-tat", "grudger", "go-by-majority",
                                    "win-stay-lose-shift", "random", "shubik", "davis"]), min_size=2, max_size=6),
    turns=st.integers(1, 60),
    noise=st.sampled_from([0.0, 0.1]),
    seed=st.integers(0, 2**32),
)
def test_scores_stay_within_the_payoff_bounds(names: list[str], turns: int, noise: float, seed: int) -> None:
    result = tournament(names, turns=turns, noise=noise, seed=seed)
    pairs = len(names) * (len(names) - 1) // 2
    total = sum(result.total)
    # every turn hands out between 2 (mutual defection) and 6 (mutual cooperation) points in all
    assert 2 * turns * pairs <= total <= 6 * turns * pairs
    assert all(0 <= s <= 5 * turns * (len(names) - 1) for s in result.total)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"turns": 0}, "turns must be at least 1"),
        ({"turns": 5, "noise": 1.5}, "noise must lie between 0 and 1"),
        ({"turns": 5, "seed": -1}, "seed must be a non-negative integer"),
        ({"turns": 5, "repetitions": 0}, "repetitions must be at least 1"),
    ],
)
def test_bad_parameters_raise_simulation_error(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(SimulationError, match=message):
        tournament(["cooperator", "defector"], **kwargs)  # type: ignore[arg-type]


def test_a_tournament_needs_two_players() -> None:
    with pytest.raises(SimulationError, match="at least two players"):
        tournament(["cooperator"], turns=5)
