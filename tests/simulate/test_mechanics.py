"""The rules of one round, checked with scripted policies; the horizon; the intervals; asymmetric games."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.simulate import Dynamics, Game, Moves, Observation, Policy, Traits, match, simulate, tournament
from detente.simulate._stats import mean_interval, median_interval, wilson_interval

TRAITS = Traits(memory=0, stochastic=False, nice=True, retaliatory=False, forgiving=True)


class Script(Policy):
    """Plays a fixed list of (peace, track) moves, one per round, then holds; records what it observed."""

    name = "script"
    traits = TRAITS

    def __init__(self, moves: list[tuple[int, int]]) -> None:
        self.moves = moves
        self.seen: list[Observation] = []

    def act(self, obs: Observation, memory: dict[str, np.ndarray], rng: np.random.Generator) -> Moves:
        self.seen.append(obs)
        peace, track = self.moves[obs.round] if obs.round < len(self.moves) else (0, 0)
        demand = np.ones(obs.n, dtype=np.int8) if self.side == "us" else None
        return Moves(np.full(obs.n, peace, dtype=np.int8), np.full(obs.n, track, dtype=np.int8), demand)


class UsScript(Script):
    side = "us"


class DprkScript(Script):
    side = "dprk"


def play(us: list[tuple[int, int]], dprk: list[tuple[int, int]], rounds: int, **kw: object) -> tuple:  # type: ignore[type-arg]
    u, d = UsScript(us), DprkScript(dprk)
    result = simulate(u, d, runs=3, rounds=rounds, continuation=1.0, seed=0,  # type: ignore[arg-type]
                      dynamics=kw.pop("dynamics", Dynamics(noise=0.0)), **kw)  # type: ignore[arg-type]
    return result, u, d


def state_after(result, t: int) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """(peace, denuclearization level, sanctions) after round t, the same in every run."""
    counts = result.state_counts[t]
    (peace,), (level,), (sanctions,) = (np.nonzero(counts.sum(axis=axes))[0] for axes in ((1, 2), (0, 2), (0, 1)))
    return int(peace), int(level), int(sanctions)


def test_peace_rises_only_when_both_conciliate_and_falls_when_either_is_hostile() -> None:
    us = [(1, 0), (1, 0), (1, 0), (0, 0), (-1, 0), (1, 0)]
    dprk = [(1, 0), (1, 0), (0, 0), (0, 0), (1, 0), (-1, 0)]
    result, _, _ = play(us, dprk, 6)
    assert [state_after(result, t)[0] for t in range(6)] == [1, 2, 2, 2, 1, 0]


def test_freeze_then_dismantlement_and_a_test_ends_only_the_freeze() -> None:
    dprk = [(0, 2), (0, 1), (0, -1), (0, 1), (0, 3)]
    result, _, _ = play([], dprk, 5)
    levels = [state_after(result, t)[1] for t in range(5)]
    # step 2: freeze + 1 dismantled; step 1: 2 dismantled; test: freeze lost, dismantlement kept;
    # step 1: freeze again; step 3: dismantlement capped at 3
    assert levels == [2, 3, 2, 3, 4]
    assert result.final_level.tolist() == [4, 4, 4]
    assert result.crises.tolist() == [1, 1, 1]


def test_sanctions_relief_and_tightening_stay_within_bounds() -> None:
    us = [(0, -1), (0, 2), (0, 1), (0, 3), (0, -1)]
    result, _, _ = play(us, [], 5)
    assert [state_after(result, t)[2] for t in range(5)] == [4, 2, 1, 0, 1]


def test_deal_and_coexistence_are_recorded_when_reached() -> None:
    us = [(1, 0)] * 3 + [(1, 4)]
    dprk = [(1, 4)] + [(1, 0)] * 3
    result, _, _ = play(us, dprk, 6)
    assert result.deal.all()
    assert result.time_to.tolist() == [3, 3, 3]  # peace 3 with the freeze in force after round 3
    assert result.persistence.tolist() == [1.0, 1.0, 1.0]


def test_each_side_sees_the_others_last_moves_and_trust_follows_the_rule() -> None:
    dyn = Dynamics(noise=0.0, trust_gain=0.2, trust_loss=0.5, trust_drift=0.1, trust_us=0.4, trust_dprk=0.4)
    _, us, dprk = play([(1, 0), (-1, -1)], [(0, 1), (1, 0)], 3, dynamics=dyn)
    first, second, third = (obs for obs in dprk.seen)
    assert first.seen_peace.tolist() == [0, 0, 0] and first.trust.tolist() == pytest.approx([0.4] * 3)
    assert second.seen_peace.tolist() == [1, 1, 1] and second.seen_track.tolist() == [0, 0, 0]
    # one conciliatory move seen: 0.4 + 0.2 * 0.6 = 0.52, then the drift: 0.52 + 0.1 * 0.48
    assert second.trust[0] == pytest.approx(0.52 + 0.1 * 0.48, rel=1e-5)
    # two hostile moves seen: halved twice, no drift
    assert third.trust[0] == pytest.approx((0.52 + 0.1 * 0.48) * 0.25, rel=1e-5)
    assert us.seen[1].seen_track.tolist() == [1, 1, 1]
    assert us.seen[1].demand.tolist() == [0, 0, 0]  # the US reads no demand
    assert dprk.seen[1].demand.tolist() == [1, 1, 1]  # the DPRK reads the US demand


def test_policies_cannot_read_the_horizon() -> None:
    names = {f.name for f in dataclasses.fields(Observation)}
    assert not names & {"rounds", "continuation", "length", "remaining", "horizon"}


@settings(max_examples=8, deadline=None)
@given(continuation=st.floats(0.5, 0.99), seed=st.integers(0, 2**32))
def test_run_lengths_follow_the_continuation_probability(continuation: float, seed: int) -> None:
    rounds = 60
    r = simulate("grit", "hedger", runs=4000, rounds=rounds, continuation=continuation, seed=seed)
    expected = (1 - continuation**rounds) / (1 - continuation)  # mean of min(geometric, rounds)
    sd = math.sqrt(continuation) / (1 - continuation) / math.sqrt(r.runs)
    assert abs(r.length.mean() - expected) < 5 * sd
    assert r.length.min() >= 1 and r.length.max() <= rounds


# --------------------------------------------------------------------------------------------- intervals


@settings(max_examples=50, deadline=None)
@given(n=st.integers(1, 5000), data=st.data())
def test_wilson_interval_brackets_the_proportion_and_is_symmetric(n: int, data: st.DataObject) -> None:
    k = data.draw(st.integers(0, n))
    est, mirror = wilson_interval(k, n), wilson_interval(n - k, n)
    assert 0 <= est["low"] <= est["value"] <= est["high"] <= 1  # type: ignore[operator]
    assert est["low"] == pytest.approx(1 - mirror["high"])  # type: ignore[operator]


def test_intervals_cover_the_truth_about_95_percent_of_the_time() -> None:
    rng = np.random.default_rng(0)
    hits = {"wilson": 0, "mean": 0, "median": 0}
    trials = 400
    for _ in range(trials):
        sample = rng.exponential(1.0, size=200)
        hits["wilson"] += bool(wilson_interval(int((sample < 0.2).sum()), 200)["low"]  # type: ignore[operator]
                              <= 1 - math.exp(-0.2) <= wilson_interval(int((sample < 0.2).sum()), 200)["high"])
        m = mean_interval(sample)
        hits["mean"] += bool(m["low"] <= 1.0 <= m["high"])  # type: ignore[operator]
        med = median_interval(sample)
        hits["median"] += bool(med["low"] <= math.log(2) <= med["high"])  # type: ignore[operator]
    for name, count in hits.items():
        assert 0.90 <= count / trials <= 0.99, name


def test_empty_samples_have_no_estimate() -> None:
    for est in (wilson_interval(0, 0), mean_interval(np.array([])), median_interval(np.array([]))):
        assert est["value"] is None and est["n"] == 0


# ------------------------------------------------------------------------------------------ asymmetric games


@pytest.mark.parametrize("order", [("cooperator", "defector"), ("defector", "cooperator")])
def test_each_seat_is_paid_from_its_own_matrix(order: tuple[str, str]) -> None:
    first = ((3.0, 0.0), (5.0, 1.0))
    second = ((4.0, -1.0), (6.0, 2.0))
    game = Game(first, second)
    result = match(*order, turns=7, game=game)
    move = {"cooperator": 0, "defector": 1}
    a, b = move[order[0]], move[order[1]]
    assert result.scores[0] == (7 * first[a][b], 7 * second[b][a])


def test_tournament_seats_keep_their_roles_when_players_repeat() -> None:
    first = ((3.0, 0.0), (5.0, 1.0))
    second = ((2.0, -2.0), (7.0, 0.5))
    game = Game(first, second)
    names = ["defector", "cooperator", "tit-for-tat"]
    result = tournament(names, turns=5, game=game, self_play=True)
    for i, name in enumerate(names):
        expected = 0.0
        for j, other in enumerate(names):
            if j < i:  # name sits second against earlier players
                expected += match(other, name, turns=5, game=game).scores[0][1]
            else:
                expected += match(name, other, turns=5, game=game).scores[0][0]
        assert result.total[i] == pytest.approx(expected)


class Sloppy(Policy):
    """Returns a single move instead of one per run."""

    name = "sloppy"
    side = "us"
    traits = TRAITS

    def act(self, obs: Observation, memory: dict[str, np.ndarray], rng: np.random.Generator) -> Moves:
        return Moves(np.zeros(1, dtype=np.int8), np.zeros(obs.n, dtype=np.int8))


def test_a_policy_returning_the_wrong_shape_gets_a_clear_error() -> None:
    from detente.errors import SimulationError

    with pytest.raises(SimulationError, match="policy 'sloppy' returned peace moves of shape \\(1,\\) for 10 runs"):
        simulate(Sloppy(), "hedger", runs=10, rounds=5)
