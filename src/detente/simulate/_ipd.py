"""The iterated prisoner's dilemma: matches and round-robin tournaments, vectorised over matches.

All matches of a tournament advance turn by turn together; each player decides for every match it is in with
one numpy call. Noise flips a move with probability ``noise`` after it is chosen (both players then see the
flipped move). Matches are cut into fixed blocks with their own seeded generators (see ``_rng``), so the
result depends on the seed only, not on the number of worker processes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from detente.errors import SimulationError
from detente.simulate._players import History, Player, resolve_player
from detente.simulate._rng import bernoulli_mask, block_generator, check_probability, check_seed, run_blocks

__all__ = [
    "Game",
    "MatchResult",
    "TournamentResult",
    "grim_trigger_threshold",
    "match",
    "pure_equilibria",
    "tournament",
]

Matrix = tuple[tuple[float, float], tuple[float, float]]
BLOCK_MATCHES = 512


@dataclass(frozen=True, slots=True)
class Game:
    """Two 2x2 payoff matrices, one per player, each indexed ``[own move][other's move]`` with 0 = cooperate
    and 1 = defect. They may differ (asymmetric payoffs)."""

    first: Matrix = ((3.0, 0.0), (5.0, 1.0))
    second: Matrix = ((3.0, 0.0), (5.0, 1.0))

    @classmethod
    def prisoners_dilemma(cls, r: float = 3, s: float = 0, t: float = 5, p: float = 1) -> Game:
        """The symmetric prisoner's dilemma with reward, sucker, temptation and punishment payoffs."""
        m: Matrix = ((float(r), float(s)), (float(t), float(p)))
        return cls(m, m)

    def matrices(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        return np.asarray(self.first, dtype=np.float64), np.asarray(self.second, dtype=np.float64)


def pure_equilibria(game: Game) -> list[tuple[int, int]]:
    """Pure-strategy Nash equilibria of the one-shot game as ``(first's move, second's move)``, 0 =
    cooperate."""
    a, b = game.matrices()
    found = []
    for i in range(2):
        for j in range(2):
            if a[i, j] >= a[1 - i, j] and b[j, i] >= b[1 - j, i]:
                found.append((i, j))
    return found


def grim_trigger_threshold(game: Game) -> float:
    """The smallest continuation probability δ at which grim trigger sustains mutual cooperation for the first
    player: cooperating for ever (R / (1-δ)) beats defecting once and being punished (T + δ P / (1-δ)), i.e.
    δ ≥ (T - R) / (T - P)."""
    a, _ = game.matrices()
    r, t, p = a[0, 0], a[1, 0], a[1, 1]
    if t <= p:
        raise SimulationError("grim trigger threshold needs temptation T above punishment P")
    return float(max(0.0, (t - r) / (t - p)))


@dataclass(frozen=True, slots=True)
class _Batch:
    players: tuple[Player, ...]
    pairs: NDArray[np.intp]  # (matches, 2) indices into players
    turns: int
    noise: float
    game: Game
    seed: int
    block: int


@dataclass(frozen=True, slots=True)
class _BatchOut:
    scores: NDArray[np.float64]  # (matches, 2)
    coops: NDArray[np.int64]  # (matches, 2)
    per_turn: NDArray[np.float64]  # (turns, 2) payoff summed over the batch's matches


def _play(batch: _Batch) -> _BatchOut:
    """Play a block of matches. Each match has two seats; seats are sorted by player so that a player's seats
    are one contiguous slice (its own moves are views, its opponents' moves one gather)."""
    rng = block_generator(batch.seed, 0, batch.block)
    m, turns = batch.pairs.shape[0], batch.turns
    owner = batch.pairs.reshape(-1)  # seat 2i: first player of match i, seat 2i + 1: second
    order = np.argsort(owner, kind="stable")
    position = np.empty_like(order)
    position[order] = np.arange(order.shape[0])
    partner = position[order ^ 1]  # sorted position of each sorted seat's opponent
    bounds = np.searchsorted(owner[order], np.arange(len(batch.players) + 1))
    groups = []
    for k, player in enumerate(batch.players):
        lo, hi = int(bounds[k]), int(bounds[k + 1])
        if hi > lo:
            groups.append((player, lo, hi, partner[lo:hi], player.start(hi - lo)))
    seats = 2 * m
    moves = np.zeros((turns, seats), dtype=np.bool_)
    coops = np.zeros(seats, dtype=np.int64)
    for t in range(turns):
        acts = moves[t]
        for player, lo, hi, opp, state in groups:
            chosen = player.move(History(moves, coops, lo, hi, opp, t), state, rng)
            if not isinstance(chosen, np.ndarray) or chosen.shape != (hi - lo,):
                raise SimulationError(
                    f"player {player.name!r} returned moves of shape {getattr(chosen, 'shape', None)} for "
                    f"{hi - lo} matches; return one boolean per match, e.g. np.ones(history.n, dtype=bool)"
                )
            acts[lo:hi] = chosen
        if batch.noise > 0.0:
            acts ^= bernoulli_mask(rng, seats, batch.noise)
        coops += acts
    a, b = batch.game.matrices()
    own = (~moves).view(np.int8)
    other = own[:, partner]
    first_seat = (order % 2 == 0)[None, :]
    pay = np.where(first_seat, a[own, other], b[own, other])  # (turns, seats)
    back = pay[:, position]  # original seat order: match i at columns 2i, 2i + 1
    per_seat = back.sum(axis=0).reshape(m, 2)
    per_turn = back.reshape(turns, m, 2).sum(axis=1)
    return _BatchOut(per_seat, coops[position].reshape(m, 2), per_turn)


def _run(players: tuple[Player, ...], pairs: NDArray[np.intp], *, turns: int, noise: float, game: Game,
         seed: int, workers: int) -> list[_BatchOut]:
    batches = [
        _Batch(players, pairs[start : start + BLOCK_MATCHES], turns, noise, game, seed, b)
        for b, start in enumerate(range(0, pairs.shape[0], BLOCK_MATCHES))
    ]
    return run_blocks(_play, batches, workers=workers)


def _check(turns: int, repetitions: int, noise: float, seed: int) -> None:
    if turns < 1:
        raise SimulationError(f"turns must be at least 1, not {turns}; pass e.g. --turns 200")
    if repetitions < 1:
        raise SimulationError(f"repetitions must be at least 1, not {repetitions}")
    check_probability(noise, "noise")
    check_seed(seed)


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Two players over ``repetitions`` matches of ``turns`` turns."""

    players: tuple[str, str]
    turns: int
    repetitions: int
    noise: float
    seed: int
    scores: tuple[tuple[float, float], ...]  # total per repetition
    cooperations: tuple[tuple[int, int], ...]  # number of cooperative moves per repetition
    payoff_per_turn: tuple[tuple[float, float], ...] = field(repr=False)  # mean over repetitions

    @property
    def mean_payoff(self) -> tuple[float, float]:
        """Mean payoff per turn of each player."""
        s = np.asarray(self.scores).mean(axis=0) / self.turns
        return float(s[0]), float(s[1])

    @property
    def cooperation_rate(self) -> tuple[float, float]:
        """Share of turns on which each player cooperated (after noise)."""
        c = np.asarray(self.cooperations).mean(axis=0) / self.turns
        return float(c[0]), float(c[1])

    def to_dict(self) -> dict[str, Any]:
        return {
            "players": [
                {"name": name, "mean_payoff": pay, "cooperation_rate": coop}
                for name, pay, coop in zip(self.players, self.mean_payoff, self.cooperation_rate, strict=True)
            ],
            "turns": self.turns, "repetitions": self.repetitions, "noise": self.noise, "seed": self.seed,
        }


def match(first: str | Player, second: str | Player, *, turns: int, noise: float = 0.0, seed: int = 0,
          repetitions: int = 1, game: Game | None = None, workers: int = 1) -> MatchResult:
    """Play ``repetitions`` matches between two players.

    >>> match("tit-for-tat", "defector", turns=10).scores
    ((9.0, 14.0),)
    """
    _check(turns, repetitions, noise, seed)
    a, b = resolve_player(first), resolve_player(second)
    pairs = np.tile(np.array([[0, 1]], dtype=np.intp), (repetitions, 1))
    outs = _run((a, b), pairs, turns=turns, noise=noise, game=game or Game(), seed=seed, workers=workers)
    scores = np.concatenate([o.scores for o in outs])
    coops = np.concatenate([o.coops for o in outs])
    per_turn = sum((o.per_turn for o in outs), np.zeros((turns, 2))) / repetitions
    return MatchResult(
        players=(a.name, b.name), turns=turns, repetitions=repetitions, noise=noise, seed=seed,
        scores=tuple((float(x), float(y)) for x, y in scores),
        cooperations=tuple((int(x), int(y)) for x, y in coops),
        payoff_per_turn=tuple((float(x), float(y)) for x, y in per_turn),
    )


@dataclass(frozen=True, slots=True)
class TournamentResult:
    """A round robin: ``scores[i]`` holds player ``i``'s total over all its matches, one per repetition."""

    players: tuple[str, ...]
    turns: int
    repetitions: int
    noise: float
    seed: int
    self_play: bool
    scores: tuple[tuple[float, ...], ...]

    @property
    def total(self) -> tuple[float, ...]:
        """Each player's total score, averaged over repetitions (the total itself when there is one)."""
        return tuple(float(np.mean(s)) for s in self.scores)

    def ranking(self) -> list[tuple[str, float]]:
        """Players and totals, best first (ties keep the order given)."""
        order = sorted(range(len(self.players)), key=lambda i: -self.total[i])
        return [(self.players[i], self.total[i]) for i in order]

    def to_dict(self) -> dict[str, Any]:
        return {
            "players": [
                {"name": name, "score": total, "scores": list(s)}
                for name, total, s in zip(self.players, self.total, self.scores, strict=True)
            ],
            "turns": self.turns, "repetitions": self.repetitions, "noise": self.noise, "seed": self.seed,
            "self_play": self.self_play,
        }


def tournament(players: Sequence[str | Player], *, turns: int, repetitions: int = 1, noise: float = 0.0,
               seed: int = 0, self_play: bool = False, game: Game | None = None,
               workers: int = 1) -> TournamentResult:
    """Round robin of every pair of ``players`` (each pair once; with itself too when ``self_play``).

    >>> tournament(["cooperator", "tit-for-tat", "defector"], turns=10).total
    (30.0, 39.0, 64.0)
    """
    _check(turns, repetitions, noise, seed)
    if len(players) < 2:
        raise SimulationError("a tournament needs at least two players; list them like tit-for-tat,defector")
    resolved = tuple(resolve_player(p) for p in players)
    n = len(resolved)
    pair_list = [(i, j) for i in range(n) for j in range(i, n) if i != j or self_play]
    replay = [
        repetitions
        if noise > 0.0 or resolved[i].traits.stochastic or resolved[j].traits.stochastic
        else 1  # a deterministic pair without noise plays the same match every time
        for i, j in pair_list
    ]
    pairs = np.array([p for p, r in zip(pair_list, replay, strict=True) for _ in range(r)], dtype=np.intp)
    outs = _run(resolved, pairs, turns=turns, noise=noise, game=game or Game(), seed=seed, workers=workers)
    scores = np.concatenate([o.scores for o in outs])
    totals = np.zeros((n, repetitions))
    row = 0
    for (i, j), r in zip(pair_list, replay, strict=True):
        block = scores[row : row + r]
        row += r
        first = np.broadcast_to(block[:, 0], (repetitions,))
        second = np.broadcast_to(block[:, 1], (repetitions,))
        totals[i] += first
        if i != j:
            totals[j] += second
    return TournamentResult(
        players=tuple(p.name for p in resolved), turns=turns, repetitions=repetitions, noise=noise, seed=seed,
        self_play=self_play, scores=tuple(tuple(float(x) for x in t) for t in totals),
    )
