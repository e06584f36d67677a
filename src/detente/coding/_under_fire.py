"""Criticism told as "under fire": "U.S. Plan for Preemptive Attack on DPRK under Fire", "Park's Anti-DPRK Remarks
under Fire in Peru", "the Japanese government is under fire over its whaling".

KCNA writes some two thousand of its headlines this way, and papers write "is under fire for" or "came under fire
over" of governments criticised: the actors named before "under fire" are criticised (111), by whoever tells it,
or by the people of the place an "in" phrase after it names ("under Fire in Peru", as "Denounced in Peru",
:mod:`~detente.coding._place_voices`). An actor inside a phrase aimed at another ("Attack on DPRK", "Moves against
China"), or named by an "of" after the criticised ("Russian Blockade of Georgia"), is what the criticised act is
aimed at, not the one criticised; an "of" with no actor before it names the owner ("Confab of U.S. and Japan").

"came under fire from Taliban fighters", "under heavy fire", "under fire by rebels" are fire from armed men, no
criticism: the phrase is then no act here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.coding.mentions import Mention

__all__ = ["criticised_now", "criticised_under_fire", "literal_fire"]

#: words that open a clause: the criticised stand after the last one before "under fire"
_CLAUSE_OPENERS = frozenset([",", ";", ":", "that", "said", "says", "say", "while", "as", "but", "and", "--"])
#: prepositions that aim an act at another: the actor after one is no one criticised ("Attack on DPRK")
_AIMED = frozenset(["on", "against", "toward", "towards", "into", "at", "to", "over", "about", "with", "from", "by",
                    "for"])
#: the words after "under fire" that tell real fire: its shooters, or the shots' weight
_SHOT = frozenset(["from", "by", "heavy", "intense", "sustained", "enemy", "mortar", "rocket", "artillery", "sniper"])


def literal_fire(low: Sequence[str], verb: int) -> bool:
    """Whether "under ... fire" at ``verb`` is fire from armed men ("came under fire from rebels", "under heavy
    fire")."""
    return low[verb + 1:verb + 2] != ["fire"] or low[verb + 2:verb + 3] in (["from"], ["by"]) \
        or any(w in _SHOT for w in low[verb + 1:verb + 2])


def criticised_under_fire(low: Sequence[str], mentions: Sequence[Mention], verb: int) -> list[Mention]:
    """The actors "under fire" at ``verb`` (its "under") names as criticised: those of its clause before it, but
    for the ones an aiming preposition governs."""
    start = max((k + 1 for k in range(verb) if low[k] in _CLAUSE_OPENERS and not _listed(low, mentions, k)),
                default=0)
    criticised: list[Mention] = []
    for m in mentions:
        if start <= m.start and m.end <= verb and m.has_country:
            # "Russian Blockade of Georgia": after an actor, an "of" names the act's object, not its owner
            aimed = any(low[k] in _AIMED or (low[k] == "of" and criticised) for k in range(start, m.start))
            if not aimed or _listed_after_criticised(criticised, low, m):
                criticised.append(m)
    return criticised


def _listed(low: Sequence[str], mentions: Sequence[Mention], k: int) -> bool:
    """Whether the comma or "and" at ``k`` joins two actors of a list ("of U.S., Japan and S. Korea")."""
    return low[k] in (",", "and") and any(m.end == k for m in mentions) and any(m.start == k + 1 for m in mentions)


def _listed_after_criticised(criticised: Sequence[Mention], low: Sequence[str], m: Mention) -> bool:
    """Whether ``m`` continues a list whose first actor is criticised ("U.S., Japan and S. Korea")."""
    return bool(criticised) and criticised[-1].end < m.start and all(
        w in (",", "and") for w in low[criticised[-1].end:m.start])


#: words just before "under fire" that leave it to the usual reading ("could come under fire", "never under fire")
_OPEN_MODALS = frozenset(["could", "might", "may", "would", "will", "not", "never", "if", "unless", "should"])


def criticised_now(low: Sequence[str], verb: int) -> bool:
    """Whether "under fire" at ``verb`` tells criticism that happened, whatever its subject's nouns say ("Japan's
    Moves for Nuclear Arming under Fire": the moves are aimed, the criticism is told); not after a modal or a
    negation within the three words before it."""
    return low[verb] == "under" and low[verb + 1:verb + 2] == ["fire"] \
        and _OPEN_MODALS.isdisjoint(low[max(0, verb - 3):verb])
