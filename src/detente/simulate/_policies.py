"""Negotiation policies: small classes that declare their traits and act on a batch of runs at once.

Each round a policy sees an :class:`Observation` (arrays with one entry per run) and returns :class:`Moves`:

* ``peace``: -1 hostile step, 0 hold, +1 conciliatory step;
* ``track`` (denuclearization track): for the US -1 tighten sanctions, 0 hold, ``k > 0`` relieve ``k`` levels;
  for the DPRK -1 test, 0 hold, ``k > 0`` a step of ``k`` levels (the first level is a freeze, the next ones
  dismantlement);
* ``demand`` (US only): the size of the step the US asks for before it reciprocates (the up-front shift).

The other side's moves arrive as perceived (misread with probability ε). The horizon is not in the
observation: a policy knows how many rounds have passed, never how many remain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal, NamedTuple

import numpy as np
from numpy.typing import NDArray

from detente.errors import SimulationError
from detente.simulate._players import Traits, _import_object
from detente.simulate._rng import bernoulli_mask

__all__ = [
    "DPRK_POLICIES",
    "US_POLICIES",
    "ActionForAction",
    "CvidFirst",
    "Grit",
    "Hardliner",
    "Hedger",
    "MaxPressure",
    "Moves",
    "Observation",
    "Policy",
    "Reciprocator",
    "resolve_policy",
]

Side = Literal["us", "dprk"]
I8 = NDArray[np.int8]
Memory = dict[str, NDArray[Any]]
FULL = 4  # the top level of each track


@dataclass(frozen=True, slots=True)
class Observation:
    """What one side knows at the start of a round, one entry per run.

    ``peace``, ``level`` (denuclearization 0..4: freeze + dismantlement), ``frozen`` and ``sanctions`` are
    public; ``seen_peace`` and ``seen_track`` are the other side's last moves as perceived (-1, 0, +1);
    ``own_peace`` and ``own_track`` this side's own last moves; ``trust`` this side's trust in the other
    (0..1);
    ``demand`` the up-front shift the US asks for (what the DPRK reads; zero for the US itself).
    """

    round: int
    peace: I8
    level: I8
    frozen: NDArray[np.bool_]
    sanctions: I8
    trust: NDArray[np.float32]
    seen_peace: I8
    seen_track: I8
    own_peace: I8
    own_track: I8
    demand: I8

    @property
    def n(self) -> int:
        return int(self.peace.shape[0])


class Moves(NamedTuple):
    peace: I8
    track: I8
    demand: I8 | None = None


class Policy:
    """Base class of a negotiation policy. Subclasses set ``name``, ``side`` and ``traits`` and define
    ``act``.

    State that must outlive a round goes into the dictionary returned by :meth:`start`, one array per run.
    """

    name: ClassVar[str] = "policy"
    side: ClassVar[Side] = "us"
    traits: ClassVar[Traits] = Traits(memory=1, stochastic=False, nice=False, retaliatory=False, forgiving=False)

    def start(self, n: int) -> Memory:
        return {}

    def act(self, obs: Observation, memory: Memory, rng: np.random.Generator) -> Moves:
        raise NotImplementedError

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


NEG, ZERO, POS = np.int8(-1), np.int8(0), np.int8(1)


def pick(cond: NDArray[np.bool_] | bool, yes: I8 | np.int8 | int, no: I8 | np.int8 | int) -> I8:
    """``np.where(cond, yes, no)`` for small ``int8`` values, by arithmetic (many times faster)."""
    y, o = np.asarray(yes, dtype=np.int8), np.asarray(no, dtype=np.int8)
    out: I8 = o + np.asarray(cond, dtype=np.bool_).view(np.int8) * (y - o)
    return out


def _i8(x: NDArray[Any] | int, n: int) -> I8:
    """``x`` as an ``int8`` array of length ``n`` (a scalar is repeated; a fitting array is used as it is)."""
    if isinstance(x, np.ndarray) and x.dtype == np.int8 and x.shape == (n,):
        return x
    return np.broadcast_to(np.asarray(x, dtype=np.int8), (n,)).copy()


# ---------------------------------------------------------------------------------------------------- US side


class CvidFirst(Policy):
    """No peace step and no relief before complete, verified denuclearization; answers a test with tightening
    and a hostile step. Demands the whole remaining shift up front."""

    name = "cvid-first"
    side = "us"
    traits = Traits(memory=1, stochastic=False, nice=True, retaliatory=True, forgiving=False)

    def act(self, obs: Observation, memory: Memory, rng: np.random.Generator) -> Moves:
        complete = obs.level >= FULL
        provoked = (obs.seen_track < 0) | (obs.seen_peace < 0)
        peace = pick(complete, POS, pick(provoked, NEG, ZERO))
        track = pick(complete, obs.sanctions, self._pressure(obs))
        return Moves(_i8(peace, obs.n), _i8(track, obs.n), _i8(FULL - obs.level, obs.n))

    def _pressure(self, obs: Observation) -> I8:
        """The track move before complete denuclearization: tighten after a test seen, else hold."""
        return _i8(pick(obs.seen_track < 0, NEG, ZERO), obs.n)


class ActionForAction(Policy):
    """Commitment for commitment, in installments: relieves ``installment`` levels for each step seen and
    tightens for each test seen; on the peace track it opens with a conciliatory step, answers conciliation in
    kind, and answers hostility in kind only while its trust is below ``trust_to_engage`` (above it, it stays
    conciliatory: generous reciprocity)."""

    name = "action-for-action"
    side = "us"
    traits = Traits(memory=1, stochastic=False, nice=True, retaliatory=True, forgiving=True)

    def __init__(self, installment: int = 1, trust_to_engage: float = 0.5) -> None:
        if not 1 <= installment <= FULL:
            raise SimulationError(f"action-for-action: installment must be 1..{FULL}, not {installment}")
        self.installment = installment
        self.trust_to_engage = trust_to_engage

    def act(self, obs: Observation, memory: Memory, rng: np.random.Generator) -> Moves:
        step, test = obs.seen_track > 0, obs.seen_track < 0
        complete = obs.level >= FULL
        relief = pick(complete, obs.sanctions, pick(step, np.int8(self.installment), ZERO))
        track = pick(test, NEG, relief)
        engaged = obs.trust >= self.trust_to_engage
        retaliate = ((obs.seen_peace < 0) | test) & ~engaged
        friendly = (obs.seen_peace > 0) | step | engaged | (obs.round == 0)
        peace = pick(retaliate, NEG, pick(friendly, POS, ZERO))
        return Moves(_i8(peace, obs.n), _i8(track, obs.n), _i8(self.installment, obs.n))


class Grit(Policy):
    """Graduated reciprocation in tension reduction (Osgood): announced unilateral conciliatory steps and an
    opening relief step, continued for ``patience`` rounds without reciprocity; a hostile act seen is
    answered by one proportionate hostile step, after which the unilateral steps resume."""

    name = "grit"
    side = "us"
    traits = Traits(memory=None, stochastic=False, nice=True, retaliatory=True, forgiving=True)

    def __init__(self, patience: int = 6) -> None:
        self.patience = patience

    def start(self, n: int) -> Memory:
        return {"unanswered": np.zeros(n, dtype=np.int16)}

    def act(self, obs: Observation, memory: Memory, rng: np.random.Generator) -> Moves:
        unanswered = memory["unanswered"]
        answered = (obs.seen_peace > 0) | (obs.seen_track > 0)
        unanswered[:] = (unanswered + (obs.round > 0)) * ~answered
        hostile = (obs.seen_peace < 0) | (obs.seen_track < 0)
        patient = unanswered < self.patience
        peace = pick(hostile, NEG, pick(patient | answered, POS, ZERO))
        opening = obs.round == 0
        relief = pick(obs.level >= FULL, obs.sanctions, pick(obs.seen_track > 0, POS, ZERO))
        track = pick(obs.seen_track < 0, NEG, pick(opening, POS, relief))
        return Moves(_i8(peace, obs.n), _i8(track, obs.n), _i8(1, obs.n))


class MaxPressure(CvidFirst):
    """Maximum pressure: CVID-first that also tightens every round, not only after a test, until
    denuclearization is complete."""

    name = "max-pressure"
    side = "us"
    traits = Traits(memory=1, stochastic=False, nice=False, retaliatory=True, forgiving=False)

    def _pressure(self, obs: Observation) -> I8:
        return _i8(-1, obs.n)


# -------------------------------------------------------------------------------------------------- DPRK side


class Reciprocator(Policy):
    """Answers peace moves in kind and a tightening with a test, except that once its trust has reached
    ``trust_to_step`` it lets a hostile act pass; takes the step the US asks for when the step is no larger
    than its ``commitment`` threshold, its trust has reached ``trust_to_step`` and its previous step has been
    reciprocated (commitment for commitment)."""

    name = "reciprocator"
    side = "dprk"
    traits = Traits(memory=None, stochastic=False, nice=True, retaliatory=True, forgiving=True)

    def __init__(self, commitment: int = 2, trust_to_step: float = 0.5, ceiling: int = FULL) -> None:
        if not 0 <= commitment <= FULL:
            raise SimulationError(f"{self.name}: commitment must be 0..{FULL}, not {commitment}")
        self.commitment = commitment
        self.trust_to_step = trust_to_step
        self.ceiling = ceiling

    def start(self, n: int) -> Memory:
        return {"owed": np.zeros(n, dtype=np.bool_)}

    def _step(self, obs: Observation, memory: Memory) -> I8:
        owed = memory["owed"]
        owed &= ~(obs.seen_track > 0)
        demand = np.maximum(obs.demand, 1)
        ok = (
            (demand <= self.commitment) & (obs.level + demand <= self.ceiling) & (obs.level < FULL)
            & (obs.trust >= self.trust_to_step) & ~owed
        )
        owed |= ok
        return pick(ok, demand, ZERO)

    def _peace(self, obs: Observation) -> I8:
        trusting = obs.trust >= self.trust_to_step
        return _i8(pick(trusting, np.maximum(obs.seen_peace, ZERO), obs.seen_peace), obs.n)

    def act(self, obs: Observation, memory: Memory, rng: np.random.Generator) -> Moves:
        step = self._step(obs, memory)
        track = pick((obs.seen_track < 0) & (obs.trust < self.trust_to_step), NEG, step)
        return Moves(self._peace(obs), _i8(track, obs.n))


class Hedger(Reciprocator):
    """A reciprocator that keeps a deterrent (steps only up to ``ceiling``), steps one level at a time, and
    tests now and then (probability ``test_rate`` a round) while its trust is below one half."""

    name = "hedger"
    traits = Traits(memory=None, stochastic=True, nice=False, retaliatory=True, forgiving=True)

    def __init__(self, commitment: int = 1, trust_to_step: float = 0.5, ceiling: int = 2,
                 test_rate: float = 0.05) -> None:
        super().__init__(commitment, trust_to_step, ceiling)
        self.test_rate = test_rate

    def act(self, obs: Observation, memory: Memory, rng: np.random.Generator) -> Moves:
        step = self._step(obs, memory)
        whim = bernoulli_mask(rng, obs.n, self.test_rate) & (obs.trust < 0.5)
        track = pick(((obs.seen_track < 0) & (obs.trust < self.trust_to_step)) | whim, NEG, step)
        return Moves(self._peace(obs), _i8(track, obs.n))


class Hardliner(Policy):
    """Opens hostile, answers only sustained warmth (trust at least ``warm``) with a conciliatory step, never
    gives up a level, and tests with probability ``test_rate`` a round and after every tightening seen."""

    name = "hardliner"
    side = "dprk"
    traits = Traits(memory=1, stochastic=True, nice=False, retaliatory=True, forgiving=False)

    def __init__(self, test_rate: float = 0.2, warm: float = 0.7) -> None:
        self.test_rate = test_rate
        self.warm = warm

    def act(self, obs: Observation, memory: Memory, rng: np.random.Generator) -> Moves:
        warm = (obs.seen_peace > 0) & (obs.trust >= self.warm)
        peace = pick(obs.round == 0, NEG, pick(warm, POS, pick(obs.seen_peace < 0, NEG, ZERO)))
        test = (obs.seen_track < 0) | bernoulli_mask(rng, obs.n, self.test_rate)
        return Moves(_i8(peace, obs.n), _i8(pick(test, NEG, ZERO), obs.n))


US_POLICIES: dict[str, type[Policy]] = {c.name: c for c in (CvidFirst, ActionForAction, Grit, MaxPressure)}
DPRK_POLICIES: dict[str, type[Policy]] = {c.name: c for c in (Reciprocator, Hedger, Hardliner)}


def resolve_policy(spec: str | Policy, side: Side) -> Policy:
    """A policy from an instance, a built-in name (``"grit"``) or ``"module:Class"``, checked for ``side``."""
    known = US_POLICIES if side == "us" else DPRK_POLICIES
    if isinstance(spec, Policy):
        policy = spec
    elif ":" in spec:
        obj = _import_object(spec.strip())
        policy = obj() if isinstance(obj, type) else obj
        if not isinstance(policy, Policy):
            raise SimulationError(f"{spec} is not a detente.simulate.Policy; subclass Policy and define act()")
    else:
        key = spec.strip().lower()
        both = {**US_POLICIES, **DPRK_POLICIES}
        if key in both:
            policy = both[key]()
        else:
            raise SimulationError(
                f"{spec!r} is not a known policy for {_label(side)}; choose from {', '.join(known)} "
                "or name your own as module:Class"
            )
    if policy.side != side:
        flag = "--us" if policy.side == "us" else "--dprk"
        raise SimulationError(
            f"policy {policy.name!r} plays for {_label(policy.side)}, not {_label(side)}; pass it with {flag}"
        )
    return policy


def _label(side: Side) -> str:
    return "the US" if side == "us" else "the DPRK"
