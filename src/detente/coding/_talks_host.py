"""The host of talks named only by their place: "The US envoy held talks in Pyongyang", "his three days of talks in
Beijing", "South Korean envoys held talks in North Korea on Wednesday". A visitor who holds talks in another state's
capital, or in that state, and names no one he held them with held them with that state's government, as a visitor
who "arrived in Moscow" visits Russia (:mod:`detente.coding.places` keeps that place as the visit's host). The
reading finds no target: "in" names a place, never a party.

Limits: only when the talks have no other party at all, their doers are of one state (no "and" joins a second,
unknown, doer: "Trump and Kim held talks in Hanoi" on a day Trump held no office) and the place is another
state's; talks "in the Sri Lankan capital" (a noun of place after the name) are left to
:func:`detente.coding.places.located`; the capitals that seat the bodies and mediators others meet at (Vienna,
Brussels, Doha, ...) name no host.

>>> from detente.coding.mentions import Mention
>>> from detente.coding.roles import Candidate
>>> low = "the us envoy held talks in pyongyang on friday .".split()
>>> cand = Candidate(3, 5, "040", None, False, sources=[Mention(1, 2, "USAGOV")])
>>> [m.code for m in talks_host(cand, low, [Mention(1, 2, "USAGOV"), Mention(6, 7, "PRKGOV")])]
['PRKGOV']
>>> low = "the iranian delegation held talks in vienna .".split()
>>> cand = Candidate(3, 5, "040", None, False, sources=[Mention(1, 2, "IRNGOV")])
>>> talks_host(cand, low, [Mention(1, 2, "IRNGOV"), Mention(6, 7, "AUTGOV")])
[]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from detente.actors import countries
from detente.coding.lexicon import phrase_tokens
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["talks_host"]

#: nouns of talks held somewhere ("held talks in Beijing", "consultations in Seoul")
_HELD_TALKS = frozenset(["talks", "negotiations", "discussions", "consultations"])
#: how far after the act's word its noun of talks may stand ("held three days of talks in")
_REACH = 5
#: words that may stand between the act's word and the noun of talks
_BETWEEN = frozenset(["a", "an", "the", "his", "her", "their", "its", "of", "days", "day", "rounds", "round",
                      "two", "three", "four", "five", "several", "further", "more", "new", "fresh", "direct",
                      "bilateral", "high-level", "official", "formal", "two-day", "three-day", "four-day",
                      "one-day", "private", "closed-door", "lengthy", "hours"])
#: capitals where states meet bodies seated there or third parties mediating: no host of the talks
_FORUMS = frozenset(["vienna", "brussels", "doha", "muscat", "oslo", "addis ababa", "nairobi", "jakarta"])
#: consultation (04) and the intent to meet (036); a visit (042) and hosting (043) take their place already
_ROOTS = frozenset(["04"])
#: nouns of a place inside the state after its name
_PLACE_NOUNS = frozenset(["city", "province", "hotel", "airport", "'s", "region", "district", "suburb", "outskirts"])
_CODES = frozenset(["036"])
_VISITS = frozenset(["042", "043"])


@lru_cache(maxsize=1)
def _seats() -> dict[tuple[str, ...], str]:
    """The capitals and other seats of government of the states in the country table ("pyongyang", "peking"), as
    lowercase words, with the code of their government. The mention finder reads a capital after "in" as a place,
    so the talks' host is looked up here."""
    return {phrase_tokens(seat.lower()): f"{c.code}GOV" for c in countries() if c.kind == "state"
            for seat in (*c.metonyms, *([c.capital] if c.capital else [])) if seat}


def _place(low: Sequence[str], at: int, mentions: Sequence[Mention]) -> Mention | None:
    """The actor of a state named at ``at``: a mention the finder kept ("North Korea"), else a seat of government
    ("Pyongyang")."""
    found = next((m for m in mentions if m.start == at), None)
    if found is not None:
        return found
    for size in (3, 2, 1):
        code = _seats().get(tuple(low[at:at + size]))
        if code is not None and at + size <= len(low):
            return Mention(at, at + size, code)
    return None


def _talks_noun(cand: Candidate, low: Sequence[str]) -> int | None:
    """The noun of talks the act is ("talks in ...") or holds ("held talks in ...")."""
    for q in range(cand.verb, min(len(low), cand.verb + _REACH)):
        if low[q] in _HELD_TALKS:
            return q
        if q > cand.verb and low[q] not in _BETWEEN:
            return None
    return None


def talks_host(cand: Candidate, low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """The state whose capital (or name) follows "in" right after the talks an act of one state's doers holds,
    with no target of its own, as that act's target; empty otherwise."""
    if cand.targets or cand.compound or not cand.sources or cand.code in _VISITS \
            or (cand.code[:2] not in _ROOTS and cand.code not in _CODES):
        return []
    own = {m.code[:3] for m in cand.sources}
    if len(own) != 1 or not all(m.has_country for m in cand.sources) or "---" in own:
        return []
    first = min(m.start for m in cand.sources)
    while first > 0 and low[first - 1] in ("the", "a", "an"):
        first -= 1
    if first < cand.verb and "and" in low[max(0, first - 1):cand.verb]:
        return []  # "Trump and Kim held talks in Hanoi": a second doer the lexicon does not know
    noun = _talks_noun(cand, low)
    if noun is None or low[noun + 1:noun + 2] != ["in"]:
        return []
    place = _place(low, noun + 2, mentions)
    if place is None or not place.has_country or place.person or place.code[:3] in own or place.code[:3] == "---":
        return []
    if " ".join(low[place.start:place.end]) in _FORUMS:
        return []
    if low[place.end:place.end + 1] and low[place.end] in _PLACE_NOUNS:
        return []  # "talks in Pyongyang city", "in Beijing's Great Hall": a place inside, read as such
    return [place]
