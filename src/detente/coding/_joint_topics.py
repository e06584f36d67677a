"""A third state named inside the topic of a joint act is no party to it.

Two states that sign or issue a text together act on each other ("Chile and Peru signed an agreement": each
with the other). Its topic may name a third state deeper inside a phrase: "the United States and China issued a
joint communique on arms sales to Taiwan" read Taiwan, after "to", as the party both signed with, though the
communique is between the two and Taiwan is only what it is about. An actor is the topic of such an act when the
nearest word before it that governs a party ("with", "between", "to", ...) sits inside a phrase of "on",
"about", "over", "regarding" or "concerning" that follows the act in the same clause: "a communique on arms
sales to Taiwan", "an accord on aid to Ukraine". The two sources then act on each other as before.

Only for joint acts (sources of at least two states): one state's act keeps the party its topic names ("China
signed an agreement on arms sales to Pakistan": with Pakistan, as the parse reads it), and a party named with
"with" or "between" before the topic stays a party ("signed an agreement with Bolivia on ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import BOUNDARIES, CLAUSE_WORDS
from detente.coding.mentions import Mention

__all__ = ["joint_topic"]

#: prepositions that open the topic of a text or an agreement
_ABOUT = frozenset(["on", "about", "over", "regarding", "concerning"])
#: words naming the parties of the act itself: before the topic they end the search
_PARTIES = frozenset(["with", "between", "among", "by"])
#: how far after the act the topic's preposition may stand
_REACH = 12


def joint_topic(low: Sequence[str], m: Mention, end: int, sources: Sequence[Mention]) -> bool:
    """Whether ``m``, after the act ending at ``end`` of two or more states (``sources``), is named inside the
    act's topic ("a joint communique on arms sales to Taiwan")."""
    if len({s.code[:3] for s in sources if s.has_country}) < 2 or m.start <= end or m.start - end > _REACH:
        return False
    for w in low[end:m.start]:
        if w in BOUNDARIES or w in CLAUSE_WORDS or w in (",", ".") or w in _PARTIES:
            return False
    return any(w in _ABOUT for w in low[end:m.start])
