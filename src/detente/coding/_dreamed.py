"""An act named by a noun and judged unreal: "Israeli Attack On Iran Is Sheer Fantasy", "U.S. Blockade of Cuba Is
a Daydream".

A headline of judgment (KCNA writes many: "... Is Daydream", "... Is Pipe Dream") names an act as its subject and
says it will never be; the act was coded as done (190 occurred). :func:`dreamed` finds such a noun: after it, in
the same clause (no comma, no clause word, at most :data:`_REACH` words), a copula and, past a few words of degree
("mere", "sheer", "nothing but", "a"), a word of unreality ("dream", "fantasy", "illusion", "bluff", ...). The act
is then hypothetical and nobody's threat, as "an Israeli attack on Iran would be a disaster" is.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["dreamed"]

#: words that say a thing named will not be
_UNREAL = frozenset(["dream", "daydream", "pipedream", "pipe-dream", "fantasy", "illusion", "delusion", "myth",
                     "fiction", "bluff", "chimera", "mirage", "pie-in-the-sky", "impossible", "unthinkable",
                     "unimaginable", "unrealizable", "unattainable", "fantasies", "illusions", "dreams",
                     "daydreams", "bluffs", "myths", "delusions"])
#: copulas before the judgment
_COPULAS = frozenset(["is", "are", "was", "were", "remains", "remain"])
#: words between the copula and the judgment ("is a mere", "is nothing but a wild", "is just a pipe")
_DEGREE = frozenset(["a", "an", "the", "mere", "sheer", "pure", "just", "only", "nothing", "but", "wild", "pipe",
                     "day", "empty", "vain", "foolish", "absurd", "utter", "an", "idle", "still", "no", "more",
                     "than", "all", "simply"])
#: words that end the noun's clause before a copula would be its own
_STOPS = frozenset([",", ";", ":", ".", "that", "which", "who", "while", "as", "if", "said", "says"])
#: how far after the noun its copula may stand ("attack on the DPRK by the U.S. is ...")
_REACH = 10


def dreamed(low: Sequence[str], noun: int) -> bool:
    """Whether the act named by the noun at ``noun`` is the subject of a judgment that it is unreal.

    >>> dreamed("israeli attack on iran is sheer fantasy".split(), 1)
    True
    >>> dreamed("israeli attack on iran kills twelve".split(), 1)
    False
    """
    for k in range(noun + 1, min(len(low), noun + 1 + _REACH)):
        word = low[k]
        if word in _STOPS:
            return False
        if word in _COPULAS:
            q = k + 1
            while q < len(low) and low[q] in _DEGREE and q - k <= 4:
                q += 1
            return q < len(low) and low[q] in _UNREAL
    return False
