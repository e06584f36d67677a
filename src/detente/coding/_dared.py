""""Challenge" as a dare: challenging another to act is a demand of it (10), and only that shape is.

"Colombia's foreign minister challenged Venezuela to let independent observers inspect the camps": the one
challenged is named right after the verb and "to" with a verb follows it; what it is dared to do is no act (the
lexicon's ``100 challenge ... to``, the complement read as any demand's is). Elsewhere "challenge" is a noun or
another sense: "the biggest challenge to peace", "poses a challenge to the region", "challenged China's claim to
the islands", "will challenge the DPRK to the end" (no infinitive after "to"): no demand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from detente.coding._words import DETERMINERS
from detente.coding.mentions import Mention

__all__ = ["undared"]

#: the verb's forms
_FORMS = frozenset(["challenge", "challenges", "challenged", "challenging"])
#: words after "to" that open a noun phrase, not an infinitive ("challenged the DPRK to a duel", "to the end")
_NOT_INFINITIVE = frozenset([*DETERMINERS, "'s", "my", "your", "no", "every", "all", "each", "one", "two", "death"])


def undared(code: str, low: Sequence[str], verb: int, starts: Mapping[int, Mention]) -> bool:
    """Whether the demand (10) read from "challenge" at ``verb`` is no dare: no actor right after the verb ("the"
    aside), or no "to" and an infinitive right after the actor ("challenged Venezuela to let observers in" is one;
    "a challenge to peace", "challenged China's claim to the islands", "challenge the DPRK to the end" are not)."""
    if low[verb] not in _FORMS or code[:2] != "10":
        return False
    q = verb + 1
    if q < len(low) and low[q] == "the":
        q += 1
    actor = starts.get(q)
    if actor is None or not actor.has_country:
        return True
    to = actor.end
    return not (to + 1 < len(low) and low[to] == "to" and low[to + 1].isalpha()
                and low[to + 1] not in _NOT_INFINITIVE)
