"""People of one nation living in another are not that other state: "Koreans in China", "Korean residents in Japan".

"Koreans in China Refutes S. Korea of Traitors' Mud-slinging at DPRK" (KCNA headline, 16 January 2013) was coded as
China's act, and "the General Association of Young Koreans in China sent a message of sympathy" (KCNA, 8 April
2011) as China's: the only country the phrase names is where the people live. A plural nationality word ("Koreans",
"Filipinos", "Chinese") or a people noun after a nationality word ("Korean residents", "Japanese nationals", "the
Lebanese community") before "in" and a country says where a diaspora lives; the country after "in" is a place,
not an actor. The people keep their own nation when the lexicon knows the word ("Japanese residents" stays
Japan's); "Korean", which names two states, names neither, so such a body has no country and gives no event.

People to be protected or rescued there ("to protect Russians in Ukraine") keep the place: it is where a threat
would be carried out (coding._protected).

Officials, forces, embassies and bodies "in" a country are other readings, left to the actor lexicon ("officials
in Seoul" speak for Seoul; "troops in South Korea" are whoever's they are).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding._words import PROTECTING

if TYPE_CHECKING:
    from detente.coding.mentions import Mention

__all__ = ["abroad"]

#: nouns of people who live in a country not their own (after a nationality word)
_PEOPLE = frozenset(["residents", "nationals", "citizens", "compatriots", "expatriates", "expats", "emigres",
                     "émigrés", "immigrants", "migrants", "community", "communities", "diaspora", "youth", "people",
                     "students", "workers"])
#: how plural nationality words end ("Koreans", "Israelis", "Chinese", "Filipinos")
_PLURAL_ENDS = ("ans", "ese", "is", "os", "ians")
#: how nationality adjectives end ("Korean", "Japanese", "Israeli", "British", "French")
_ADJECTIVE_ENDS = ("an", "ese", "i", "ish", "ch")


def _protected(low: Sequence[str], q: int) -> bool:
    """The people ending at ``q`` are whom an act would protect ("to protect Russians in Ukraine")."""
    return any(w in PROTECTING for w in low[max(0, q - 4):q])


def _nation_word(token: str, ends: tuple[str, ...]) -> bool:
    return len(token) > 3 and token[:1].isupper() and token[1:].islower() and token.lower().endswith(ends)


def _diaspora(tokens: Sequence[str], low: Sequence[str], q: int) -> bool:
    """The words ending at ``q`` name a people abroad: a plural nationality word, or a people noun after a
    nationality adjective."""
    if q < 0:
        return False
    if _nation_word(tokens[q], _PLURAL_ENDS) and low[q] not in _PEOPLE:
        return True
    return low[q] in _PEOPLE and q > 0 and _nation_word(tokens[q - 1], _ADJECTIVE_ENDS)


def abroad(tokens: Sequence[str], low: Sequence[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the countries named as where a people abroad lives."""
    kept: list[Mention] = []
    for m in mentions:
        if m.start > 1 and low[m.start - 1] == "in" and _diaspora(tokens, low, m.start - 2) \
                and not _protected(low, m.start - 2):
            continue  # "Koreans in China": China is where they live
        if "in" in low[m.start:m.end]:
            q = m.start + low[m.start:m.end].index("in") - 1
            if low[q] in _PEOPLE and q > 0 and _nation_word(tokens[q - 1], _ADJECTIVE_ENDS) and not _protected(low, q):
                continue  # "Korean Residents in Japan", read as one phrase of Japan's residents
        kept.append(m)
    return kept
