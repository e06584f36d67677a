"""The paradigm simulator: a seeded negotiation model and its classic special case, the iterated prisoner's
dilemma.

>>> from detente.simulate import simulate, tournament
>>> tournament(["cooperator", "tit-for-tat", "defector"], turns=10).total
(30.0, 39.0, 64.0)
>>> result = simulate("action-for-action", "reciprocator", runs=500, seed=7)
>>> result.seed, result.runs
(7, 500)

Depends on :mod:`detente.model` only. Policies and players are small classes that declare their
:class:`Traits`; write your own by subclassing :class:`Policy` or :class:`Player` (see ``docs/simulate.md``).
"""

from __future__ import annotations

from detente._callable import make_callable
from detente.simulate._calibrate import Calibration, base_rates, calibrate
from detente.simulate._ipd import (
    Game,
    MatchResult,
    TournamentResult,
    grim_trigger_threshold,
    match,
    pure_equilibria,
    tournament,
)
from detente.simulate._negotiation import (
    Dynamics,
    NegotiationResult,
    Payoffs,
    Start,
    simulate,
    simulate_pairings,
)
from detente.simulate._players import PLAYERS, History, Player, Traits, resolve_player
from detente.simulate._policies import (
    DPRK_POLICIES,
    US_POLICIES,
    ActionForAction,
    CvidFirst,
    Grit,
    Hardliner,
    Hedger,
    MaxPressure,
    Moves,
    Observation,
    Policy,
    Reciprocator,
    resolve_policy,
)

__all__ = [
    "DPRK_POLICIES",
    "PLAYERS",
    "US_POLICIES",
    "ActionForAction",
    "Calibration",
    "CvidFirst",
    "Dynamics",
    "Game",
    "Grit",
    "Hardliner",
    "Hedger",
    "History",
    "MatchResult",
    "MaxPressure",
    "Moves",
    "NegotiationResult",
    "Observation",
    "Payoffs",
    "Player",
    "Policy",
    "Reciprocator",
    "Start",
    "TournamentResult",
    "Traits",
    "base_rates",
    "calibrate",
    "grim_trigger_threshold",
    "match",
    "pure_equilibria",
    "resolve_player",
    "resolve_policy",
    "simulate",
    "simulate_pairings",
    "tournament",
]

make_callable(__name__)  # detente.simulate(...) is the top-level function (detente._callable)
