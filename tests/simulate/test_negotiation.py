"""The negotiation model: determinism, accounting, and the theory of METHOD §6."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import detente.simulate._negotiation as negotiation
from detente.errors import SimulationError
from detente.simulate import (
    ActionForAction,
    CvidFirst,
    Dynamics,
    Moves,
    Observation,
    Payoffs,
    Policy,
    Reciprocator,
    Start,
    Traits,
    simulate,
    simulate_pairings,
)

ARRAYS = ("reached", "time_to", "persistence", "deal", "final_level", "crises", "length", "alive",
          "state_counts", "move_counts", "trust_counts")


def _same(a: negotiation.NegotiationResult, b: negotiation.NegotiationResult) -> bool:
    return all(np.array_equal(getattr(a, k), getattr(b, k)) for k in ARRAYS)


def test_same_seed_same_result_and_seed_recorded() -> None:
    a = simulate("grit", "hedger", runs=300, rounds=60, seed=5)
    b = simulate("grit", "hedger", runs=300, rounds=60, seed=5)
    c = simulate("grit", "hedger", runs=300, rounds=60, seed=6)
    assert a.seed == 5
    assert _same(a, b)
    assert not _same(a, c)


def test_parallel_equals_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(negotiation, "BLOCK_RUNS", 250)  # four blocks
    serial = simulate("action-for-action", "hedger", runs=1000, rounds=40, continuation=0.97, seed=3, workers=1)
    parallel = simulate("action-for-action", "hedger", runs=1000, rounds=40, continuation=0.97, seed=3,
                        workers=2)
    assert _same(serial, parallel)


def test_pairings_draw_from_their_own_streams() -> None:
    alone = simulate("grit", "hedger", runs=200, rounds=30, seed=2)
    both = simulate_pairings(["cvid-first", "grit"], ["hedger"], runs=200, rounds=30, seed=2)
    assert [(r.us, r.dprk) for r in both] == [("cvid-first", "hedger"), ("grit", "hedger")]
    assert _same(both[1], alone)


@settings(max_examples=15, deadline=None)
@given(
    us=st.sampled_from(["cvid-first", "action-for-action", "grit", "max-pressure"]),
    dprk=st.sampled_from(["reciprocator", "hedger", "hardliner"]),
    noise=st.floats(0.0, 0.3),
    continuation=st.floats(0.8, 1.0),
    seed=st.integers(0, 2**32),
)
def test_accounting_is_consistent(us: str, dprk: str, noise: float, continuation: float, seed: int) -> None:
    r = simulate(us, dprk, runs=150, rounds=40, continuation=continuation, seed=seed,
                 dynamics=Dynamics(noise=noise))
    # every round's counts cover exactly the runs still going
    assert r.alive[0] == r.runs
    assert np.array_equal(r.alive, [(r.length > t).sum() for t in range(r.rounds)])
    for counts in (r.state_counts, r.move_counts, r.trust_counts):
        assert np.array_equal(counts.reshape(r.rounds, -1).sum(axis=1), r.alive)
    assert np.all((r.length >= 1) & (r.length <= r.rounds))
    assert np.all((r.final_level >= 0) & (r.final_level <= 4))
    assert np.all(r.reached == (r.time_to > 0))
    assert np.all(r.time_to <= r.length)
    assert np.all((r.persistence >= 0) & (r.persistence <= 1))
    assert np.all(r.persistence[r.reached] > 0)
    assert np.all(r.crises <= r.length)
    path = r.cooperation_path
    assert np.all((path >= 0) & (path <= 1))


def test_summary_intervals_bracket_their_values() -> None:
    s = simulate("grit", "reciprocator", runs=2000, seed=1).summary()
    for key in ("coexistence", "deal", "median_time", "persistence", "crisis_rate"):
        assert s[key]["low"] <= s[key]["value"] <= s[key]["high"], key
    assert sum(v["value"] for v in s["denuclearization"].values()) == pytest.approx(1.0)
    assert s["seed"] == 1 and s["runs"] == 2000


def test_without_noise_deterministic_policies_play_every_run_alike() -> None:
    r = simulate("action-for-action", "reciprocator", runs=50, rounds=80, continuation=1.0, seed=8,
                 dynamics=Dynamics(noise=0.0))
    for values in (r.time_to, r.final_level, r.crises, r.deal):
        assert len(np.unique(values)) == 1
    assert r.deal.all()


# ------------------------------------------------------------------------------------------ theory (METHOD §6)


@settings(max_examples=12, deadline=None)
@given(
    commitment=st.integers(1, 3),
    level=st.integers(0, 3),
    noise=st.floats(0.0, 0.1),
    seed=st.integers(0, 2**32),
)
def test_commitment_problem(commitment: int, level: int, noise: float, seed: int) -> None:
    shift = 4 - level
    start = Start(frozen=level > 0, dismantled=max(0, level - 1))
    options = {"runs": 200, "rounds": 240, "continuation": 1.0, "seed": seed, "start": start,
               "dynamics": Dynamics(noise=noise)}
    up_front = simulate(CvidFirst(), Reciprocator(commitment=commitment), **options)  # type: ignore[arg-type]
    installments = simulate(ActionForAction(installment=1), Reciprocator(commitment=commitment),
                            **options)  # type: ignore[arg-type]
    assert installments.deal.sum() > 0
    if shift > commitment:
        assert up_front.deal.sum() == 0  # never a deal when the up-front shift exceeds the threshold
        assert up_front.reached.sum() == 0
    else:
        assert up_front.deal.sum() > 0  # at or below the threshold the same demand can succeed


def test_installments_rise_to_a_plateau_below_the_one_shot_optimum() -> None:
    noisy = simulate("action-for-action", "reciprocator", runs=3000, rounds=200, continuation=1.0, seed=2,
                     dynamics=Dynamics(noise=0.05)).cooperation_path
    clean = simulate("action-for-action", "reciprocator", runs=50, rounds=200, continuation=1.0, seed=2,
                     dynamics=Dynamics(noise=0.0)).cooperation_path
    early, middle = noisy[:10].mean(), noisy[50:100].mean()
    late1, late2 = noisy[150:175].mean(), noisy[175:].mean()
    assert np.all(np.diff(noisy[:12]) > 0)  # it rises step by step
    assert middle > early
    assert abs(late2 - late1) < 0.03  # and levels off
    assert late2 < 0.9  # below the one-shot optimum (the complete deal, index 1)
    assert clean[-1] == pytest.approx(1.0)  # which installments reach when nothing is misread


def test_generous_peace_track_keeps_trust_under_noise() -> None:
    # action-for-action forgives hostility once it trusts; tit-for-tat-like max-pressure never does
    generous = simulate("action-for-action", "reciprocator", runs=2000, rounds=120, continuation=1.0, seed=4)
    pressure = simulate("max-pressure", "reciprocator", runs=2000, rounds=120, continuation=1.0, seed=4)
    assert generous.summary()["crisis_rate"]["value"] < pressure.summary()["crisis_rate"]["value"]
    assert generous.reached.mean() > 0.3
    assert pressure.reached.sum() == 0


def test_generous_reciprocity_keeps_talks_going_where_strict_reciprocity_does_not() -> None:
    noise = Dynamics(noise=0.05)
    options = {"runs": 1500, "rounds": 200, "continuation": 1.0, "seed": 3, "dynamics": noise}
    # generous: both let a hostile act pass once their trust is 0.3; strict: neither ever does
    generous = simulate(ActionForAction(trust_to_engage=0.3), Reciprocator(trust_to_step=0.3),
                        **options)  # type: ignore[arg-type]
    strict = simulate(ActionForAction(trust_to_engage=1.01), Reciprocator(trust_to_step=1.01),
                      **options)  # type: ignore[arg-type]
    assert generous.talk_path[100:].mean() >= 0.8  # mutual conciliation in most months
    assert strict.talk_path[100:].mean() < 0.5


def test_one_shot_optimum_of_the_default_payoffs() -> None:
    p = Payoffs()
    up, ut, dp, dt = p.arrays()
    # the best single round: both conciliatory, US relief against a DPRK step
    assert p.one_shot_optimum() == up[2, 2] + ut[2, 2] + dp[2, 2] + dt[2, 2]


# ------------------------------------------------------------------------------------------- user policies


class Dove(Policy):
    """Conciliatory and relieving every round, whatever it sees."""

    name = "dove"
    side = "us"
    traits = Traits(memory=0, stochastic=False, nice=True, retaliatory=False, forgiving=True)

    def act(self, obs: Observation, memory: dict[str, np.ndarray], rng: np.random.Generator) -> Moves:
        ones = np.ones(obs.n, dtype=np.int8)
        return Moves(ones, ones, ones)


def test_a_user_policy_plays_without_touching_the_package() -> None:
    r = simulate(Dove(), "reciprocator", runs=200, rounds=60, seed=1, dynamics=Dynamics(noise=0.0))
    assert r.us == "dove"
    assert r.level_counts[2, -1, 0] == r.alive[-1]  # sanctions fully relieved in every run


def test_policy_from_import_path() -> None:
    r = simulate("detente.simulate._policies:Grit", "hedger", runs=20, rounds=10, seed=1)
    assert r.us == "grit"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: simulate("reciprocator", "hedger"), "plays for the DPRK, not the US; pass it with --dprk"),
        (lambda: simulate("nobody", "hedger"), "'nobody' is not a known policy for the US; choose from cvid-first"),
        (lambda: simulate("grit", "hedger", runs=0), "runs and rounds must be at least 1"),
        (lambda: simulate("grit", "hedger", continuation=1.5), "continuation must lie between 0 and 1"),
        (lambda: simulate("grit", "hedger", dynamics=Dynamics(noise=0.9)), "noise must lie between"),
        (lambda: simulate("grit", "hedger", seed=-3), "seed must be a non-negative integer"),
        (lambda: ActionForAction(installment=0), "installment must be 1..4"),
    ],
)
def test_bad_parameters_raise_simulation_error(call: object, message: str) -> None:
    with pytest.raises(SimulationError, match=message):
        call()  # type: ignore[operator]
