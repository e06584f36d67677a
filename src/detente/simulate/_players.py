"""Players of the iterated prisoner's dilemma, each a small class that declares its traits.

A player decides for a whole batch of matches at once: :meth:`Player.move` receives a :class:`History` view of
the matches it takes part in (one row per match) and returns a boolean array, ``True`` for cooperate. State
that outlives one turn lives in the dictionary returned by :meth:`Player.start` (one array entry per match),
never on the instance, so one instance can play many matches at the same time and be reused.

The definitions follow the published descriptions: Axelrod (1980) "Effective choice in the prisoner's
dilemma" for the first-tournament rules, Nowak & Sigmund (1993) for win-stay-lose-shift, and Nowak & Sigmund
(1992) for generous tit-for-tat with ``q = min(1 - (T-R)/(R-S), (R-P)/(T-P)) = 1/3``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
from numpy.typing import NDArray

from detente.errors import SimulationError

__all__ = [
    "PLAYERS",
    "Cooperator",
    "Davis",
    "Defector",
    "Feld",
    "GenerousTitForTat",
    "GoByMajority",
    "Grofman",
    "Grudger",
    "History",
    "Joss",
    "Player",
    "RandomPlayer",
    "Shubik",
    "TitForTat",
    "Traits",
    "Tullock",
    "WinStayLoseShift",
    "resolve_player",
]

Bools = NDArray[np.bool_]
State = dict[str, NDArray[Any]]


@dataclass(frozen=True, slots=True)
class Traits:
    """What a strategy is, declared rather than inferred.

    ``memory``: how many past rounds it reads (``None``: all of them); ``stochastic``: whether it draws random
    numbers; ``nice``: never the first to defect or make a hostile step; ``retaliatory``: answers
    defection with
    defection; ``forgiving``: returns to cooperation after retaliating.
    """

    memory: int | None
    stochastic: bool
    nice: bool
    retaliatory: bool
    forgiving: bool


class History:
    """One player's view of the matches it is in, at turn ``t`` (0-based): the moves of turns ``0 .. t-1``.

    The arrays it returns have one entry per match and must be treated as read-only.
    """

    __slots__ = ("_coops", "_hi", "_lo", "_moves", "_partner", "t")

    def __init__(self, moves: Bools, coops: NDArray[np.int64], lo: int, hi: int, partner: NDArray[np.intp],
                 t: int):
        self._moves = moves  # (turns, seats): every seat's moves, the seats of one player contiguous
        self._coops = coops  # (seats,) cooperations so far
        self._lo, self._hi = lo, hi  # this player's seats
        self._partner = partner  # the opponents' seats, one per seat of this player
        self.t = t

    @property
    def n(self) -> int:
        """Number of matches in the view."""
        return self._hi - self._lo

    @property
    def own_last(self) -> Bools:
        """This player's previous move in each match (only meaningful when ``t > 0``)."""
        out: Bools = self._moves[self.t - 1, self._lo : self._hi]
        return out

    @property
    def opp_last(self) -> Bools:
        """The opponent's previous move in each match (only meaningful when ``t > 0``)."""
        out: Bools = self._moves[self.t - 1].take(self._partner)
        return out

    @property
    def own_cooperations(self) -> NDArray[np.int64]:
        out: NDArray[np.int64] = self._coops[self._lo : self._hi]
        return out

    @property
    def opp_cooperations(self) -> NDArray[np.int64]:
        out: NDArray[np.int64] = self._coops.take(self._partner)
        return out

    def opp_recent(self, k: int) -> Bools:
        """The opponent's last ``min(k, t)`` moves, shape ``(min(k, t), n)``, oldest first."""
        out: Bools = self._moves[max(0, self.t - k) : self.t][:, self._partner]
        return out


class Player:
    """Base class of a prisoner's-dilemma strategy. Subclasses set ``name`` and ``traits`` and define
    ``move``.

    ``move`` must use only ``history`` and ``state`` (and ``rng`` when the strategy is stochastic), so that
    the same seed gives the same play.
    """

    name: ClassVar[str] = "player"
    traits: ClassVar[Traits] = Traits(memory=None, stochastic=False, nice=False, retaliatory=False,
                                      forgiving=False)

    def start(self, n: int) -> State:
        """Fresh state for ``n`` matches (default: none)."""
        return {}

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def _all(n: int, value: bool) -> Bools:
    return np.full(n, value, dtype=np.bool_)


class Cooperator(Player):
    """Always cooperates."""

    name = "cooperator"
    traits = Traits(memory=0, stochastic=False, nice=True, retaliatory=False, forgiving=True)

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        return _all(history.n, True)


class Defector(Player):
    """Always defects."""

    name = "defector"
    traits = Traits(memory=0, stochastic=False, nice=False, retaliatory=False, forgiving=False)

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        return _all(history.n, False)


class TitForTat(Player):
    """Cooperates first, then repeats the opponent's previous move (Rapoport)."""

    name = "tit-for-tat"
    traits = Traits(memory=1, stochastic=False, nice=True, retaliatory=True, forgiving=True)

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        return _all(history.n, True) if history.t == 0 else history.opp_last.copy()


class Grudger(Player):
    """Cooperates until the opponent defects once, then defects for ever (Friedman)."""

    name = "grudger"
    traits = Traits(memory=None, stochastic=False, nice=True, retaliatory=True, forgiving=False)

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        out: Bools = history.opp_cooperations == history.t
        return out


class GoByMajority(Player):
    """Cooperates while the opponent has cooperated at least as often as it has defected (ties: cooperate)."""

    name = "go-by-majority"
    traits = Traits(memory=None, stochastic=False, nice=True, retaliatory=True, forgiving=True)

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        coops = history.opp_cooperations
        return 2 * coops >= history.t


class GenerousTitForTat(Player):
    """Tit-for-tat that forgives a defection with probability ``q`` (default 1/3, Nowak & Sigmund 1992)."""

    name = "generous-tit-for-tat"
    traits = Traits(memory=1, stochastic=True, nice=True, retaliatory=True, forgiving=True)

    def __init__(self, q: float = 1 / 3) -> None:
        if not 0.0 <= q <= 1.0:
            raise SimulationError(f"generous-tit-for-tat: q must lie in [0, 1], not {q}")
        self.q = q

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        if history.t == 0:
            return _all(history.n, True)
        return history.opp_last | (rng.random(history.n) < self.q)

    def __repr__(self) -> str:
        return f"GenerousTitForTat(q={self.q!r})"


class WinStayLoseShift(Player):
    """Pavlov: cooperates first, then cooperates when both players made the same move last turn."""

    name = "win-stay-lose-shift"
    traits = Traits(memory=1, stochastic=False, nice=True, retaliatory=True, forgiving=True)

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        if history.t == 0:
            return _all(history.n, True)
        out: Bools = history.own_last == history.opp_last
        return out


class RandomPlayer(Player):
    """Cooperates with probability ``p`` (default 1/2) each turn."""

    name = "random"
    traits = Traits(memory=0, stochastic=True, nice=False, retaliatory=False, forgiving=True)

    def __init__(self, p: float = 0.5) -> None:
        if not 0.0 <= p <= 1.0:
            raise SimulationError(f"random: p must lie in [0, 1], not {p}")
        self.p = p

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        return rng.random(history.n) < self.p

    def __repr__(self) -> str:
        return f"RandomPlayer(p={self.p!r})"


class Davis(Player):
    """First tournament (Davis): cooperates on the first ten moves, then defects for ever once the
    opponent has
    defected at least once."""

    name = "davis"
    traits = Traits(memory=None, stochastic=False, nice=True, retaliatory=True, forgiving=False)

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        if history.t < 10:
            return _all(history.n, True)
        out: Bools = history.opp_cooperations == history.t
        return out


class Shubik(Player):
    """First tournament (Shubik): cooperates until the opponent defects, then defects once; each later
    departure from mutual cooperation (the opponent defects while this rule cooperated) lengthens the
    retaliation by one."""

    name = "shubik"
    traits = Traits(memory=None, stochastic=False, nice=True, retaliatory=True, forgiving=True)

    def start(self, n: int) -> State:
        return {"length": np.zeros(n, dtype=np.int64), "left": np.zeros(n, dtype=np.int64)}

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        left, length = state["left"], state["length"]
        if history.t == 0:
            return _all(history.n, True)
        retaliating = left > 0
        provoked = ~retaliating & history.own_last & ~history.opp_last
        length[provoked] += 1
        left[provoked] = length[provoked]
        defect = left > 0
        left[defect] -= 1
        return ~defect


class Joss(Player):
    """First tournament (Joss): tit-for-tat that, after the opponent cooperated, defects with probability
    10%."""

    name = "joss"
    traits = Traits(memory=1, stochastic=True, nice=False, retaliatory=True, forgiving=True)

    def __init__(self, p: float = 0.9) -> None:
        self.p = p

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        if history.t == 0:
            return _all(history.n, True)
        return history.opp_last & (rng.random(history.n) < self.p)


class Grofman(Player):
    """First tournament (Grofman): cooperates when both players made the same move last turn, otherwise
    cooperates with probability 2/7; cooperates on the first move."""

    name = "grofman"
    traits = Traits(memory=1, stochastic=True, nice=True, retaliatory=True, forgiving=True)

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        if history.t == 0:
            return _all(history.n, True)
        out: Bools = (history.own_last == history.opp_last) | (rng.random(history.n) < 2 / 7)
        return out


class Feld(Player):
    """First tournament (Feld): tit-for-tat whose probability of answering cooperation with cooperation falls
    linearly from 1 to 0.5 over 200 moves and stays at 0.5 after that."""

    name = "feld"
    traits = Traits(memory=1, stochastic=True, nice=False, retaliatory=True, forgiving=True)

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        if history.t == 0:
            return _all(history.n, True)
        p = max(0.5, 1.0 - 0.5 * history.t / 200)
        return history.opp_last & (rng.random(history.n) < p)


class Tullock(Player):
    """First tournament (Tullock): cooperates on the first eleven moves, then cooperates with probability 10
    percentage points below the opponent's cooperation rate over the previous ten moves."""

    name = "tullock"
    traits = Traits(memory=10, stochastic=True, nice=False, retaliatory=True, forgiving=True)

    def move(self, history: History, state: State, rng: np.random.Generator) -> Bools:
        if history.t < 11:
            return _all(history.n, True)
        rate = history.opp_recent(10).mean(axis=0)
        out: Bools = rng.random(history.n) < np.maximum(0.0, rate - 0.1)
        return out


#: the built-in players by name (read-only use; pass your own :class:`Player` instances to extend)
PLAYERS: dict[str, type[Player]] = {
    cls.name: cls
    for cls in (
        Cooperator, Defector, TitForTat, Grudger, GoByMajority, GenerousTitForTat, WinStayLoseShift,
        RandomPlayer, Davis, Shubik, Joss, Grofman, Feld, Tullock,
    )
}


def resolve_player(spec: str | Player) -> Player:
    """A :class:`Player` from an instance, a built-in name (``"tit-for-tat"``) or ``"module:Class"``."""
    if isinstance(spec, Player):
        return spec
    key = spec.strip()
    if ":" in key:
        obj = _import_object(key)
        inst = obj() if isinstance(obj, type) else obj
        if not isinstance(inst, Player):
            raise SimulationError(f"{key} is not a detente.simulate.Player; subclass Player and define move()")
        return inst
    try:
        return PLAYERS[key.lower()]()
    except KeyError:
        raise SimulationError(
            f"unknown player {key!r}; choose from {', '.join(PLAYERS)} or name your own as module:Class"
        ) from None


def _import_object(path: str) -> Any:
    module_name, _, attr = path.partition(":")
    try:
        module = importlib.import_module(module_name)
        return getattr(module, attr)
    except (ImportError, AttributeError) as err:
        raise SimulationError(f"cannot import {path!r} ({err}); check the module is importable and the name") \
            from None
