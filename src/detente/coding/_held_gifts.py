"""Support that the subject holds: "Georgia has the full support of the United States" is the United States' support.

The lexicon keeps "support of" as no act, for the phrases where "support of" names what an act is done for ("marched
in support of the strikers", "with the support of several western allies"). When the noun is the object of a verb by
which its subject holds what another gives ("has", "enjoys", "received", "will continue to have"), the noun is an
act after all: the giver is the actor of its "of" phrase and the receiver is the subject, which the role finder reads
for every such noun (``_event_nouns.NounRoles._given``). A few words may stand between the verb and the noun: an
article, a possessive, adjectives and adverbs ("enjoys the strong and unwavering support of").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from detente.coding._clause_words import RECEIVING
from detente.coding._words import BOUNDARIES, CLAUSE_WORDS, DETERMINERS, PREPOSITIONS
from detente.coding.mentions import Mention

__all__ = ["held_gift"]

#: how many words may stand between the verb of holding and the noun ("has the full and unwavering support of")
_BETWEEN = 4
#: words between the holder and its verb ("Peru will continue to have", "Chile still enjoys")
_AUXILIARIES = frozenset(["will", "would", "shall", "continue", "continues", "continued", "to", "still", "also",
                          "has", "have", "had", "always", "already", "now", "clearly", "certainly"])


def held_gift(low: Sequence[str], noun: int, starts: Mapping[int, Mention],
              ends: Mapping[int, Mention]) -> tuple[Mention, Mention | None] | None:
    """(giver, holder) of the noun at ``noun`` ("support", followed by "of"), when a verb of :data:`RECEIVING` a
    few words before it holds it, with nothing between but an article, a possessive, adjectives, adverbs and "and".
    The giver is the actor of a country right after "of" (past an article); the holder the actor of a country that
    ends right before the verb and its auxiliaries ("Peru will continue to have"), None when there is none (a
    pronoun, a noun: the role finder reads the subject). None when the noun is not so held."""
    after = noun + 2 + (noun + 2 < len(low) and low[noun + 2] in DETERMINERS)
    giver = starts.get(after)
    if giver is None or not giver.has_country:
        return None
    for j in range(noun - 1, max(-1, noun - 2 - _BETWEEN), -1):
        word = low[j]
        if word in RECEIVING:
            while j > 0 and low[j - 1] in _AUXILIARIES:
                j -= 1
            holder = ends.get(j)
            return giver, holder if holder is not None and holder.has_country \
                and holder.code[:3] != giver.code[:3] else None
        if word in BOUNDARIES or word in PREPOSITIONS or (word in CLAUSE_WORDS and word not in DETERMINERS) \
                or not word.replace("-", "").isalpha():
            return None
    return None
