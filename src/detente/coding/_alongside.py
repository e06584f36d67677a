"""Whom one speaks or appears alongside: the other party of a meeting.

A leader "speaking alongside Israeli Prime Minister Benjamin Netanyahu in Jerusalem" or who "appeared beside"
another at a news conference has met them (CAMEO 04; the lexicon's "speak alongside", "appear alongside"). The
parser reads "alongside" after a participle as an adverb and hangs the name elsewhere (a parataxis of the
participle), so the verb found no party. Read in word order: the party is the actor right after "alongside" or
"beside" (only a determiner or a describing word between), when it is not the speaker's own state.

Only for the lexicon's acts of meeting: standing alongside a state is backing it ("we stand alongside Ukraine"),
and fighting alongside it is an alliance (:mod:`detente.coding._foes`), neither of which the lexicon codes as 04.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import DETERMINERS, MODIFIERS
from detente.coding.mentions import Mention

__all__ = ["met_alongside"]

#: prepositions of standing together with someone
_SIDE_BY_SIDE = frozenset(["alongside", "beside"])
#: how many words may stand between the preposition and the actor ("alongside his French counterpart")
_REACH = 3


def met_alongside(low: Sequence[str], mentions: Sequence[Mention], verb: int, own: frozenset[str]) -> list[Mention]:
    """The actor right after "alongside"/"beside" following the act of meeting at ``verb``; none of ``own``'s."""
    at = verb + 1
    if at >= len(low) or low[at] not in _SIDE_BY_SIDE:
        return []
    found = next((m for m in mentions if at < m.start <= at + _REACH), None)
    if found is None or not found.has_country or found.code[:3] in own \
            or any(w not in DETERMINERS and w not in MODIFIERS for w in low[at + 1:found.start]):
        return []
    return [found]
