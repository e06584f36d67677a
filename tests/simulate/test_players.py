"""Every built-in player and policy, checked by the same rules: declared traits, determinism, reuse."""

from __future__ import annotations

import numpy as np
import pytest

from detente.errors import SimulationError
from detente.simulate import DPRK_POLICIES, PLAYERS, US_POLICIES, Player, Traits, match, resolve_player, tournament
from detente.simulate._players import History


def moves_against(name: str, opponent: str, turns: int, seed: int = 0) -> str:
    """The player's moves as a string of C and D, read from per-turn payoffs against a fixed opponent."""
    result = match(name, opponent, turns=turns, seed=seed)
    own = []
    for mine, theirs in result.payoff_per_turn:
        own.append("C" if (mine, theirs) in ((3.0, 3.0), (0.0, 5.0)) else "D")
    return "".join(own)


@pytest.mark.parametrize("name", list(PLAYERS))
def test_player_declares_itself(name: str) -> None:
    player = resolve_player(name)
    assert player.name == name
    assert isinstance(type(player).traits, Traits)
    assert type(player).__doc__


@pytest.mark.parametrize("name", list(PLAYERS))
def test_stochastic_trait_is_honest(name: str) -> None:
    player = resolve_player(name)
    varies = any(
        len({match(player, opp, turns=60, seed=seed).scores for seed in range(4)}) > 1
        for opp in ("cooperator", "defector")
    )
    assert varies == player.traits.stochastic


@pytest.mark.parametrize("name", list(PLAYERS))
def test_one_instance_serves_many_matches(name: str) -> None:
    player = resolve_player(name)
    first = tournament([player, "tit-for-tat", "random"], turns=40, seed=3)
    again = tournament([player, "tit-for-tat", "random"], turns=40, seed=3)
    assert first == again  # no state left on the instance


@pytest.mark.parametrize("name", [n for n, c in PLAYERS.items() if c.traits.nice])
def test_nice_players_never_defect_first(name: str) -> None:
    assert "D" not in moves_against(name, "cooperator", 100)


def test_tit_for_tat_against_a_defector() -> None:
    assert moves_against("tit-for-tat", "defector", 5) == "CDDDD"


def test_win_stay_lose_shift_alternates_against_a_defector() -> None:
    assert moves_against("win-stay-lose-shift", "defector", 6) == "CDCDCD"


def test_davis_cooperates_ten_moves_then_holds_a_grudge() -> None:
    assert moves_against("davis", "defector", 13) == "C" * 10 + "DDD"


def test_tullock_cooperates_eleven_moves_then_never_against_a_defector() -> None:
    assert moves_against("tullock", "defector", 20) == "C" * 11 + "D" * 9


def test_shubik_lengthens_its_retaliation() -> None:
    # against a defector: C, then retaliations of 1, 2, 3 ... separated by one cooperation
    assert moves_against("shubik", "defector", 10) == "CDCDDCDDDC"


def test_go_by_majority_breaks_ties_towards_cooperation() -> None:
    # alternating opponent (WSLS against a defector starts C, D, C, D...): ties at every even turn
    assert moves_against("go-by-majority", "win-stay-lose-shift", 4)[:1] == "C"


class AlternateFromDefect(Player):
    """Defects first, then alternates."""

    name = "alternator"
    traits = Traits(memory=1, stochastic=False, nice=False, retaliatory=False, forgiving=True)

    def move(self, history: History, state: dict[str, np.ndarray], rng: np.random.Generator) -> np.ndarray:
        if history.t == 0:
            return np.zeros(history.n, dtype=np.bool_)
        return ~history.own_last


def test_a_user_player_joins_a_tournament() -> None:
    result = tournament([AlternateFromDefect(), "cooperator"], turns=4)
    # alternator D C D C against cooperator: 5 + 3 + 5 + 3 = 16; cooperator 0 + 3 + 0 + 3 = 6
    assert result.total == (16.0, 6.0)


def test_player_from_import_path_and_unknown_names() -> None:
    assert resolve_player("detente.simulate._players:Grudger").name == "grudger"
    with pytest.raises(SimulationError, match="unknown player 'nobody'; choose from cooperator"):
        resolve_player("nobody")
    with pytest.raises(SimulationError, match="cannot import"):
        resolve_player("no_such_module:Thing")


@pytest.mark.parametrize("cls", [*US_POLICIES.values(), *DPRK_POLICIES.values()])
def test_policy_declares_itself(cls: type) -> None:
    assert isinstance(cls.traits, Traits)
    assert cls.side in ("us", "dprk")
    assert cls.__doc__


def _outcome(us: object, dprk: object, seed: int) -> tuple[bytes, bytes]:
    from detente.simulate import Dynamics, simulate

    r = simulate(us, dprk, runs=60, rounds=50, continuation=1.0, seed=seed,  # type: ignore[arg-type]
                 dynamics=Dynamics(noise=0.0))
    return r.state_counts.tobytes(), r.move_counts.tobytes()


@pytest.mark.parametrize("name", list(US_POLICIES))
def test_us_policy_stochastic_trait_is_honest_and_instances_are_reusable(name: str) -> None:
    policy = US_POLICIES[name]()
    varies = len({_outcome(policy, "reciprocator", seed) for seed in range(3)}) > 1
    assert varies == policy.traits.stochastic
    assert _outcome(policy, "reciprocator", 7) == _outcome(policy, "reciprocator", 7)


@pytest.mark.parametrize("name", list(DPRK_POLICIES))
def test_dprk_policy_stochastic_trait_is_honest_and_instances_are_reusable(name: str) -> None:
    policy = DPRK_POLICIES[name]()
    varies = len({_outcome("action-for-action", policy, seed) for seed in range(3)}) > 1
    assert varies == policy.traits.stochastic
    assert _outcome("action-for-action", policy, 7) == _outcome("action-for-action", policy, 7)


class Lazy(Player):
    """Returns one move whatever the number of matches."""

    name = "lazy"
    traits = Traits(memory=0, stochastic=False, nice=True, retaliatory=False, forgiving=True)

    def move(self, history: History, state: dict[str, np.ndarray], rng: np.random.Generator) -> np.ndarray:
        return np.ones(1, dtype=np.bool_)


def test_a_player_returning_the_wrong_shape_gets_a_clear_error() -> None:
    with pytest.raises(SimulationError, match="player 'lazy' returned moves of shape \\(1,\\) for 3 matches"):
        match(Lazy(), "defector", turns=5, repetitions=3, noise=0.1)
