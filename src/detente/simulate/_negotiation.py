"""The negotiation model: two players, two tracks, perception noise, trust and an unknown horizon.

One round is one month. Each round both sides move at the same time on the peace track and on the
denuclearization track (see ``_policies``). Then:

* peace level (0..4) rises by one when both make a conciliatory step and falls by one when either makes a
  hostile step;
* a DPRK step of ``k`` levels first restores the freeze, the rest is dismantlement (0..3, irreversible); a
  test ends the freeze (dismantlement stays); the denuclearization level is freeze + dismantlement (0..4);
* US relief lowers sanctions (4 = maximal) by ``k`` levels, tightening raises them by one;
* each side perceives each of the other's two moves; with probability ε a move is misread as one of the other
  two kinds;
* trust (0..1) rises by ``trust_gain * (1 - trust)`` for each perceived conciliatory move, falls by the factor
  ``1 - trust_loss`` for each perceived hostile move, and drifts up by ``trust_drift * (1 - trust)`` in a
  round with nothing hostile perceived;
* a run ends after each round with probability ``1 - continuation`` (and at ``rounds`` at the latest); the
  policies never see when.

Outcomes: coexistence holds in a round when the peace level is at least 3 and the freeze is in force; a deal
is complete denuclearization (level 4) with sanctions fully relieved; a crisis is a round with a test or with
hostile steps by both sides; talks are rounds in which both sides make a conciliatory step.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np
from numpy.typing import NDArray

from detente.errors import SimulationError
from detente.simulate._policies import FULL, Moves, Observation, Policy, pick, resolve_policy
from detente.simulate._rng import bernoulli_mask, block_generator, check_probability, check_seed, run_blocks
from detente.simulate._stats import mean_interval, median_interval, wilson_interval

__all__ = ["TRUST_BINS", "Dynamics", "NegotiationResult", "Payoffs", "Start", "simulate", "simulate_pairings"]

TRUST_BINS = 20
BLOCK_RUNS = 50_000
COEXISTENCE_PEACE = 3

Matrix3 = tuple[tuple[float, float, float], tuple[float, float, float], tuple[float, float, float]]


@dataclass(frozen=True, slots=True)
class Payoffs:
    """Per-round payoffs, two matrices per side (peace track, denuclearization track), each indexed
    ``[own move + 1][other's move + 1]`` with moves -1 (hostile / tighten / test), 0 (hold), +1
    (conciliatory /
    relief / step). The sides value the same outcomes differently (asymmetric payoffs)."""

    us_peace: Matrix3 = ((-2.0, 0.0, 1.0), (-3.0, 0.0, 0.5), (-4.0, -0.5, 2.0))
    us_track: Matrix3 = ((-3.0, 0.0, 1.0), (-4.0, 0.0, 2.0), (-5.0, -1.0, 3.0))
    dprk_peace: Matrix3 = ((-2.0, 0.0, 2.0), (-3.0, 0.0, 1.0), (-4.0, -1.0, 2.5))
    dprk_track: Matrix3 = ((-1.0, 1.0, 2.0), (-2.0, 0.0, 1.0), (-4.0, -2.0, 2.0))

    def arrays(self) -> tuple[NDArray[np.float64], ...]:
        return tuple(np.asarray(getattr(self, f.name), dtype=np.float64) for f in fields(self))

    def one_shot_optimum(self) -> float:
        """The largest joint payoff of one round over all move combinations (what one perfect round
        yields)."""
        up, ut, dp, dt = self.arrays()
        best = -np.inf
        for a in range(3):
            for b in range(3):
                for c in range(3):
                    for d in range(3):
                        best = max(best, up[a, c] + ut[b, d] + dp[c, a] + dt[d, b])
        return float(best)


@dataclass(frozen=True, slots=True)
class Dynamics:
    """Perception noise and trust parameters (what ``detente simulate --calibrate`` fits)."""

    noise: float = 0.05
    trust_gain: float = 0.15
    trust_loss: float = 0.3
    trust_drift: float = 0.02
    trust_us: float = 0.2
    trust_dprk: float = 0.2

    def __post_init__(self) -> None:
        check_probability(self.noise, "noise", upper=2 / 3)
        for name in ("trust_gain", "trust_loss", "trust_drift", "trust_us", "trust_dprk"):
            check_probability(getattr(self, name), name)


@dataclass(frozen=True, slots=True)
class Start:
    """The state in the first round: peace level, freeze, dismantlement and sanctions."""

    peace: int = 0
    frozen: bool = False
    dismantled: int = 0
    sanctions: int = FULL

    def __post_init__(self) -> None:
        if not (0 <= self.peace <= FULL and 0 <= self.dismantled <= FULL - 1 and 0 <= self.sanctions <= FULL):
            raise SimulationError("start: peace and sanctions must be 0..4 and dismantled 0..3")

    @property
    def level(self) -> int:
        return int(self.frozen) + self.dismantled


@dataclass(frozen=True, slots=True)
class _Task:
    us: Policy
    dprk: Policy
    runs: int
    rounds: int
    continuation: float
    dynamics: Dynamics
    start: Start
    payoffs: Payoffs
    seed: int
    stream: int
    block: int


@dataclass(slots=True)
class _Out:
    reached: NDArray[np.bool_]
    time_to: NDArray[np.int32]
    persistence: NDArray[np.float32]
    deal: NDArray[np.bool_]
    final_level: NDArray[np.int8]
    crises: NDArray[np.int32]
    length: NDArray[np.int32]
    alive: NDArray[np.int64]  # (rounds,) runs still going
    states: NDArray[np.int64]  # (rounds, 125) counts of (peace, level, sanctions) after the round
    moves: NDArray[np.int64]  # (rounds, 81) counts of (US peace, US track, DPRK peace, DPRK track) signs
    trust: NDArray[np.int64]  # (rounds, 400) counts of (US trust bin, DPRK trust bin)


def _misread(rng: np.random.Generator, moves: list[NDArray[np.int8]], noise: float) -> list[NDArray[np.int8]]:
    """The other side's moves as perceived: each misread with probability ``noise`` as one of the other two."""
    n = moves[0].shape[0]
    seen = np.sign(np.concatenate(moves))
    if noise > 0.0:
        idx = np.flatnonzero(bernoulli_mask(rng, seen.shape[0], noise))
        if idx.size:
            shift = rng.integers(1, 3, size=idx.size, dtype=np.int8)
            seen[idx] = (seen[idx] + 1 + shift) % 3 - 1
    return [seen[k * n : (k + 1) * n] for k in range(len(moves))]


def _trust_tables(dyn: Dynamics) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Trust after a round is affine in trust before it: ``a[code] + b[code] * trust`` with
    ``code = 3 * friendly + hostile`` (numbers of perceived conciliatory and hostile moves, 0..2 each)."""
    a = np.zeros(9, dtype=np.float32)
    b = np.zeros(9, dtype=np.float32)
    for friendly in range(3):
        for hostile in range(3):
            lo, hi = 0.0, 1.0  # images of trust 0 and trust 1
            for _ in range(friendly):
                lo, hi = lo + dyn.trust_gain * (1 - lo), hi + dyn.trust_gain * (1 - hi)
            lo, hi = lo * (1 - dyn.trust_loss) ** hostile, hi * (1 - dyn.trust_loss) ** hostile
            if hostile == 0:
                lo, hi = lo + dyn.trust_drift * (1 - lo), hi + dyn.trust_drift * (1 - hi)
            a[3 * friendly + hostile], b[3 * friendly + hostile] = lo, hi - lo
    return a, b


def _trust_code(seen: list[NDArray[np.int8]]) -> NDArray[np.intp]:
    peace, track = seen
    friendly = (peace > 0).view(np.int8) + (track > 0).view(np.int8)
    hostile = (peace < 0).view(np.int8) + (track < 0).view(np.int8)
    return (3 * friendly + hostile).astype(np.intp)


def _checked(policy: Policy, moves: Moves, n: int) -> Moves:
    """Refuse moves that do not give one integer move per run still going."""
    for name, arr in (("peace", moves.peace), ("track", moves.track), ("demand", moves.demand)):
        if arr is None and name == "demand":
            continue
        if not isinstance(arr, np.ndarray) or arr.shape != (n,) or arr.dtype.kind not in "iu":
            shape = getattr(arr, "shape", None)
            raise SimulationError(
                f"policy {policy.name!r} returned {name} moves of shape {shape} for {n} runs; return one integer "
                "per run, e.g. np.zeros(obs.n, dtype=np.int8)"
            )
    return moves


def _lengths(rng: np.random.Generator, n: int, rounds: int, continuation: float) -> NDArray[np.int32]:
    """Rounds each run plays, longest first (runs still going at round ``t`` are then a prefix)."""
    if continuation >= 1.0:
        return np.full(n, rounds, dtype=np.int32)
    drawn = np.minimum(rng.geometric(1 - continuation, size=n), rounds).astype(np.int32)
    return np.sort(drawn)[::-1].copy()


def _simulate_block(task: _Task) -> _Out:
    rng = block_generator(task.seed, task.stream, task.block)
    n, rounds, dyn, st = task.runs, task.rounds, task.dynamics, task.start
    length = _lengths(rng, n, rounds, task.continuation)
    going = np.searchsorted(-length, -np.arange(rounds + 1), side="left")  # runs with length > t
    peace = np.full(n, st.peace, dtype=np.int8)
    frozen = np.full(n, st.frozen, dtype=np.bool_)
    dismantled = np.full(n, st.dismantled, dtype=np.int8)
    sanctions = np.full(n, st.sanctions, dtype=np.int8)
    trust = [np.full(n, dyn.trust_us, dtype=np.float32), np.full(n, dyn.trust_dprk, dtype=np.float32)]
    zeros = np.zeros(n, dtype=np.int8)
    last = [[zeros, zeros], [zeros, zeros]]  # own moves [side][track]
    seen = [[zeros, zeros], [zeros, zeros]]  # the other's moves as this side perceived them
    demand = np.full(n, FULL - st.level, dtype=np.int8)
    memory = [task.us.start(n), task.dprk.start(n)]
    table_a, table_b = _trust_tables(dyn)
    out = _Out(
        reached=np.zeros(n, np.bool_), time_to=np.full(n, -1, np.int32), persistence=np.zeros(n, np.float32),
        deal=np.zeros(n, np.bool_), final_level=np.zeros(n, np.int8), crises=np.zeros(n, np.int32),
        length=length, alive=going[:rounds].astype(np.int64), states=np.zeros((rounds, 125), np.int64),
        moves=np.zeros((rounds, 81), np.int64), trust=np.zeros((rounds, TRUST_BINS**2), np.int64),
    )
    held = np.zeros(n, np.int32)
    for t in range(rounds):
        m = int(going[t])
        if m == 0:
            break
        if m < peace.shape[0]:  # drop the runs that have ended (a suffix, as runs are sorted by length)
            peace, dismantled, sanctions, demand, zeros = (
                x[:m] for x in (peace, dismantled, sanctions, demand, zeros))
            frozen = frozen[:m]
            trust = [x[:m] for x in trust]
            last = [[x[:m] for x in pair] for pair in last]
            seen = [[x[:m] for x in pair] for pair in seen]
            memory = [{k: v[:m] for k, v in mem.items()} for mem in memory]
        level = frozen.view(np.int8) + dismantled
        obs = [
            Observation(t, peace, level, frozen, sanctions, trust[s], seen[s][0], seen[s][1], last[s][0],
                        last[s][1], demand if s == 1 else zeros)
            for s in (0, 1)
        ]
        us = _checked(task.us, task.us.act(obs[0], memory[0], rng), m)
        dp = _checked(task.dprk, task.dprk.act(obs[1], memory[1], rng), m)
        if us.demand is not None:
            demand = us.demand
        # state transition
        sign = [np.sign(us.peace), np.sign(us.track), np.sign(dp.peace), np.sign(dp.track)]
        both = (sign[0] > 0) & (sign[2] > 0)
        hostile = (sign[0] < 0) | (sign[2] < 0)
        peace = np.maximum(np.minimum(peace + both.view(np.int8), FULL) - hostile.view(np.int8), 0).astype(np.int8)
        step, test = sign[3] > 0, sign[3] < 0
        gained = pick(step, dp.track - (step & ~frozen).view(np.int8), 0)
        dismantled = np.minimum(dismantled + gained, FULL - 1).astype(np.int8)
        frozen = (frozen | step) & ~test
        relief = np.maximum(us.track, 0)
        sanctions = np.minimum(np.maximum(sanctions - relief, 0) + (sign[1] < 0).view(np.int8), FULL).astype(np.int8)
        level = frozen.view(np.int8) + dismantled
        # perception and trust
        seen = [_misread(rng, [dp.peace, dp.track], dyn.noise), _misread(rng, [us.peace, us.track], dyn.noise)]
        for s in (0, 1):
            code = _trust_code(seen[s])
            trust[s] = table_a[code] + table_b[code] * trust[s]
        last = [[us.peace, us.track], [dp.peace, dp.track]]
        # outcomes of the runs going on
        coexist = (peace >= COEXISTENCE_PEACE) & frozen
        reached = out.reached[:m]
        first = coexist & ~reached
        out.time_to[:m][first] = t + 1
        reached |= first
        held[:m] += coexist
        out.deal[:m] |= (level >= FULL) & (sanctions == 0)
        out.crises[:m] += test | ((sign[0] < 0) & (sign[2] < 0))
        ending = int(going[t + 1])
        out.final_level[ending:m] = level[ending:m]
        # paths
        # the codes fit in int8 (0..124, 0..80) and int16 (0..399), which keeps these passes cheap
        out.states[t] = np.bincount(25 * peace + 5 * level + sanctions, minlength=125)
        out.moves[t] = np.bincount(27 * sign[0] + 9 * sign[1] + 3 * sign[2] + sign[3] + 40, minlength=81)
        bins = [np.minimum((x * np.float32(TRUST_BINS)).astype(np.int16), TRUST_BINS - 1) for x in trust]
        out.trust[t] = np.bincount(TRUST_BINS * bins[0] + bins[1], minlength=TRUST_BINS**2)
    span = length - out.time_to + 1
    out.persistence = np.where(out.reached, held / np.maximum(span, 1), 0).astype(np.float32)
    return out


@dataclass(frozen=True, slots=True)
class NegotiationResult:
    """The runs of one pairing: per-run outcomes (arrays, one entry per run) and per-round counts over the runs
    still going (``alive``), from which the paths are derived."""

    us: str
    dprk: str
    runs: int
    rounds: int
    continuation: float
    seed: int
    dynamics: Dynamics
    start: Start
    payoffs: Payoffs
    reached: NDArray[np.bool_] = field(repr=False)
    time_to: NDArray[np.int32] = field(repr=False)
    persistence: NDArray[np.float32] = field(repr=False)
    deal: NDArray[np.bool_] = field(repr=False)
    final_level: NDArray[np.int8] = field(repr=False)
    crises: NDArray[np.int32] = field(repr=False)
    length: NDArray[np.int32] = field(repr=False)
    alive: NDArray[np.int64] = field(repr=False)
    state_counts: NDArray[np.int64] = field(repr=False)  # (rounds, 5, 5, 5): peace, level, sanctions
    move_counts: NDArray[np.int64] = field(repr=False)  # (rounds, 3, 3, 3, 3): US peace, US track, DPRK ...
    trust_counts: NDArray[np.int64] = field(repr=False)  # (rounds, TRUST_BINS, TRUST_BINS): US, DPRK

    @property
    def noise(self) -> float:
        return self.dynamics.noise

    def _per_run(self, totals: NDArray[Any]) -> NDArray[np.float64]:
        return np.asarray(totals, dtype=np.float64) / np.maximum(self.alive, 1)

    @property
    def level_counts(self) -> NDArray[np.int64]:
        """``(3, rounds, 5)``: runs at each peace level, denuclearization level and sanctions level per round."""
        c = self.state_counts
        return np.stack([c.sum(axis=(2, 3)), c.sum(axis=(1, 3)), c.sum(axis=(1, 2))])

    @property
    def trust_hist(self) -> NDArray[np.int64]:
        """``(2, rounds, TRUST_BINS)``: runs per trust bin (width 1/TRUST_BINS) per round, US then DPRK."""
        c = self.trust_counts
        return np.stack([c.sum(axis=2), c.sum(axis=1)])

    @property
    def cooperation_path(self) -> NDArray[np.float64]:
        """Mean cooperation index per round: peace level, denuclearization level and sanctions relieved, each
        over 4, averaged (1 is the complete deal, what one perfect one-shot agreement would give)."""
        levels = np.arange(FULL + 1)
        index = (levels[:, None, None] + levels[None, :, None] + (FULL - levels)[None, None, :]) / (3 * FULL)
        return self._per_run((self.state_counts * index).sum(axis=(1, 2, 3)))

    @property
    def joint_payoff_path(self) -> NDArray[np.float64]:
        """Mean joint (US + DPRK) payoff per round."""
        up, ut, dp, dt = self.payoffs.arrays()
        # axes: US peace, US track, DPRK peace, DPRK track
        joint = (up[:, None, :, None] + ut[None, :, None, :] + dp.T[:, None, :, None] + dt.T[None, :, None, :])
        return self._per_run((self.move_counts * joint).sum(axis=(1, 2, 3, 4)))

    @property
    def test_path(self) -> NDArray[np.float64]:
        """Share of runs with a DPRK test, per round."""
        return self._per_run(self.move_counts[:, :, :, :, 0].sum(axis=(1, 2, 3)))

    @property
    def talk_path(self) -> NDArray[np.float64]:
        """Share of runs with talks (both sides conciliatory on the peace track), per round."""
        return self._per_run(self.move_counts[:, 2, :, 2, :].sum(axis=(1, 2)))

    def rates_per_year(self) -> dict[str, float]:
        """Base rates comparable with the record: months with a test, and with talks, per year (12 rounds)."""
        months = float(self.alive.sum())
        tests = float(self.move_counts[:, :, :, :, 0].sum())
        talks = float(self.move_counts[:, 2, :, 2, :].sum())
        return {"tests": 12 * tests / months, "talks": 12 * talks / months}

    def summary(self) -> dict[str, Any]:
        """The figures ``detente simulate`` prints, each with a 95% interval."""
        n = self.runs
        return {
            "us": self.us, "dprk": self.dprk, "runs": n, "seed": self.seed, "rounds": self.rounds,
            "continuation": self.continuation, "noise": self.noise,
            "coexistence": wilson_interval(int(self.reached.sum()), n),
            "median_time": median_interval(self.time_to[self.reached]),
            "persistence": mean_interval(self.persistence[self.reached]),
            "deal": wilson_interval(int(self.deal.sum()), n),
            "denuclearization": {
                str(level): wilson_interval(int((self.final_level == level).sum()), n) for level in range(FULL + 1)
            },
            "crisis_rate": mean_interval(12 * self.crises / np.maximum(self.length, 1)),
            "rates_per_year": self.rates_per_year(),
        }


def _stream(us: Policy, dprk: Policy) -> int:
    return zlib.crc32(f"{us!r}|{dprk!r}".encode())


def simulate(us: str | Policy, dprk: str | Policy, *, runs: int = 10_000, rounds: int = 120,
             continuation: float = 0.99, seed: int = 0, dynamics: Dynamics | None = None,
             start: Start | None = None, payoffs: Payoffs | None = None, workers: int = 1) -> NegotiationResult:
    """Monte Carlo of one pairing: ``runs`` runs of at most ``rounds`` rounds, each continuing after a round
    with probability ``continuation``. The same ``seed`` gives the same result for any ``workers``.

    >>> simulate("action-for-action", "reciprocator", runs=200, seed=1).seed
    1
    """
    check_seed(seed)
    check_probability(continuation, "continuation")
    if continuation == 0.0:
        raise SimulationError("continuation must be above 0 (each run plays at least one round)")
    if runs < 1 or rounds < 1:
        raise SimulationError(f"runs and rounds must be at least 1 (got runs={runs}, rounds={rounds})")
    u, d = resolve_policy(us, "us"), resolve_policy(dprk, "dprk")
    dyn, st, pay = dynamics or Dynamics(), start or Start(), payoffs or Payoffs()
    stream = _stream(u, d)
    tasks = [
        _Task(u, d, min(BLOCK_RUNS, runs - b0), rounds, continuation, dyn, st, pay, seed, stream, b)
        for b, b0 in enumerate(range(0, runs, BLOCK_RUNS))
    ]
    outs = run_blocks(_simulate_block, tasks, workers=workers)

    def cat(name: str) -> Any:
        return np.concatenate([getattr(o, name) for o in outs])

    def add(name: str) -> Any:
        return sum(getattr(o, name) for o in outs[1:]) + getattr(outs[0], name)

    return NegotiationResult(
        us=u.name, dprk=d.name, runs=runs, rounds=rounds, continuation=continuation, seed=seed, dynamics=dyn,
        start=st, payoffs=pay, reached=cat("reached"), time_to=cat("time_to"), persistence=cat("persistence"),
        deal=cat("deal"), final_level=cat("final_level"), crises=cat("crises"), length=cat("length"),
        alive=add("alive"), state_counts=add("states").reshape(rounds, 5, 5, 5),
        move_counts=add("moves").reshape(rounds, 3, 3, 3, 3),
        trust_counts=add("trust").reshape(rounds, TRUST_BINS, TRUST_BINS),
    )


def simulate_pairings(
    us: Sequence[str | Policy], dprk: Sequence[str | Policy], **options: Any
) -> list[NegotiationResult]:
    """:func:`simulate` for every (US, DPRK) pairing, with the same options. Each pairing draws from its own
    stream, so adding a pairing does not change the others."""
    return [simulate(u, d, **options) for u in us for d in dprk]
