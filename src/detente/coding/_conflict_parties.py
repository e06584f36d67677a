"""The party of a conflict that is the object of talk is not the one talked with: "Obama and Merkel discussed the
standoff with Russia" (the two leaders talked; Russia is the standoff's other side), "the ministers discussed the
border dispute with China", "they reviewed their trade war with the United States". A "with" phrase right after a
noun of conflict that the verb of consulting takes as its object belongs to the noun, so its actor is no target of
the consultation; several subjects then consult each other, as "Obama and Merkel discussed the situation" does. A
neutral noun keeps the phrase on the verb ("Japan discussed the issue with China": talks with China), and so does a
noun of conflict reached through a preposition ("held talks on the dispute with China": the talks may be with
China).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import PREPOSITIONS
from detente.coding.roles import Candidate

__all__ = ["conflict_party_dropped", "conflict_phrase"]

#: nouns of a conflict between two sides, whose "with" phrase names the other side
_CONFLICT_NOUNS = frozenset([
    "standoff", "stand-off", "standoffs", "dispute", "disputes", "conflict", "conflicts", "war", "wars", "row",
    "rows", "confrontation", "confrontations", "tension", "tensions", "feud", "feuds", "rift", "rifts", "spat",
    "quarrel", "quarrels", "clash", "clashes", "hostilities", "fighting", "impasse", "deadlock", "showdown",
    "crisis", "antagonism", "enmity", "rivalry",
])
#: the articles that may stand between "with" and the party it names ("the standoff with the United States")
_ARTICLES = frozenset(["the", "a", "an"])
#: how many words (determiners, adjectives, nouns) may stand between the verb and the noun of conflict
_REACH = 5


def _conflict_object(low: Sequence[str], verb_end: int, with_at: int) -> bool:
    """Whether the word before the "with" at ``with_at`` is a noun of conflict the verb ending at ``verb_end``
    takes as its object, no preposition, comma or clause word between them ("discussed the ongoing border standoff
    with")."""
    noun = with_at - 1
    if noun < verb_end or low[noun] not in _CONFLICT_NOUNS or noun - verb_end > _REACH:
        return False
    return all(w.replace("-", "").replace("'", "").isalpha() and w not in PREPOSITIONS and w not in ("and", "or")
               for w in low[verb_end:noun])


def conflict_phrase(cand: Candidate, low: Sequence[str], with_at: int) -> bool:
    """Whether the "with" at ``with_at`` opens the phrase of a noun of conflict that ``cand``, an act of consulting
    (root 04) told by a verb, takes as its object: the phrase names the conflict's other side, not the one talked
    with."""
    return cand.code[:2] == "04" and not cand.nominal and low[with_at] == "with" \
        and _conflict_object(low, cand.end, with_at)


def conflict_party_dropped(cand: Candidate, low: Sequence[str]) -> Candidate:
    """``cand`` without the targets named only by such a phrase (:func:`conflict_phrase`); a person stays ("discussed
    the dispute with China's foreign minister": talks with him)."""
    if cand.code[:2] != "04" or cand.nominal or not cand.targets:
        return cand
    kept = []
    for t in cand.targets:
        at = t.start - 1
        while at > cand.end and low[at] in _ARTICLES:
            at -= 1
        if t.person or not (at >= cand.end and low[at] == "with" and _conflict_object(low, cand.end, at)):
            kept.append(t)  # the candidate's own checks of conflict_phrase are made above
    cand.targets = kept
    return cand
