"""People of one nation living in another are not that other state: "Koreans in China", "Korean residents in Japan",
"Korean in U.S. Praises ...", "Overseas Koreans in the U.S.".

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


#: countries whose names end as nationality words do ("Iran in Syria" is no Iranian abroad)
_COUNTRIES_LIKE_NATIONS = frozenset([
    "afghanistan", "azerbaijan", "bhutan", "brunei", "burundi", "djibouti", "eswatini", "fiji", "haiti", "iran",
    "japan", "jordan", "kazakhstan", "kiribati", "kyrgyzstan", "malawi", "mali", "oman", "pakistan", "sudan",
    "taiwan", "tajikistan", "turkmenistan", "uzbekistan",
])
#: the words before one person named by nationality ("a Korean in Japan", "slammed by Korean in Russia")
_ONE_BEFORE = frozenset(["", "a", "an", "one", "the", "by", "of", "from", ",", ":", "and", "overseas"])


def _diaspora(tokens: Sequence[str], low: Sequence[str], q: int) -> bool:
    """The words ending at ``q`` name a people abroad: a plural nationality word, a people noun after a
    nationality adjective, or one person named by the adjective ("Korean in U.S. Praises ...", "a Russian in
    Ukraine")."""
    if q < 0:
        return False
    if _nation_word(tokens[q], _PLURAL_ENDS) and low[q] not in _PEOPLE:
        return True
    if _nation_word(tokens[q], _ADJECTIVE_ENDS) and low[q] not in _COUNTRIES_LIKE_NATIONS \
            and (low[q - 1] if q > 0 else "") in _ONE_BEFORE:
        return True
    return low[q] in _PEOPLE and q > 0 and _nation_word(tokens[q - 1], _ADJECTIVE_ENDS)


def abroad(tokens: Sequence[str], low: Sequence[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the countries named as where a people abroad lives."""
    kept: list[Mention] = []
    for m in mentions:
        at = m.start - 2 if m.start > 2 and low[m.start - 1] == "the" else m.start - 1  # "Koreans in the U.S."
        if at > 0 and low[at] == "in" and _diaspora(tokens, low, at - 1) and not _protected(low, at - 1):
            continue  # "Koreans in China": China is where they live
        if "in" in low[m.start:m.end]:
            q = m.start + low[m.start:m.end].index("in") - 1
            if low[q] in _PEOPLE and q > 0 and _nation_word(tokens[q - 1], _ADJECTIVE_ENDS) and not _protected(low, q):
                continue  # "Korean Residents in Japan", read as one phrase of Japan's residents
        kept.append(m)
    return kept
