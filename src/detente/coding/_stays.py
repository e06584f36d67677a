"""A state's official "in" another state on a day is there on a visit (042): "Abiy was in Eritrea last week", "the
U.S. envoy was still in Pyongyang as of Friday morning", "Kim Yong Chol was last in Washington in June".

The lexicon reads "be in" as a visit (``042 be in``); this module keeps that reading only where it is one. The place
is a country or a capital standing alone right after "in" (not "in China's interest", "in Chinese hands", "in
exile", "in office", "in the region"); only a few adverbs stand between the verb and "in" ("was still in", "was
last in"; "was not in" is no visit refused); the one there is an official of a state, a body of one ("a Chinese
delegation") or of an international body, from another country than the place (a minister "in" his own capital,
a businessman, a private citizen or a state's troops make no visit); and the stay is not for a gathering of many
states that the sentence names no host for ("was in Paris for the climate conference"). "Will be in Beijing next
week" is read as an intended visit (036) by the coder's modality, as "will visit" is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from detente.coding._words import PREPOSITIONS

if TYPE_CHECKING:
    from detente.coding.mentions import Mention
    from detente.coding.roles import Candidate

__all__ = ["STAY_FORMS", "stay_place", "stay_roles"]

#: forms of "be" a stay is told with
STAY_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am"])
#: adverbs that may stand between "be" and "in" in a stay ("was still in", "was last in", "is already in")
_STAY_ADVERBS = frozenset(["still", "also", "already", "last", "again", "recently", "then", "briefly", "once",
                           "just", "now", "first", "twice", "only", "even", "himself", "herself", "personally"])
#: what may follow the place of a stay: a time, a purpose, a clause ("in Eritrea last week", "in Beijing for
#: talks", "in Moscow when ..."); a noun after it makes the place an adjective or a possessor ("in Chinese hands")
_AFTER_PLACE = frozenset([
    *PREPOSITIONS, "and", "or", "but", "when", "while", "where", "as", "since", "until", "till", "because", "last",
    "this", "earlier", "yesterday", "today", "tonight", "again", "too", "then", "now", "recently", "early", "late",
    "next", "that", "who", "which", "ahead", "twice", "once", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "to"])
#: roles of a state whose people visit ("GOV": ministers, envoys, delegations; "LEG": lawmakers)
_VISITING_ROLES = frozenset(["GOV", "LEG"])
#: the last word of a state's body that travels as one ("a Chinese delegation was in Pyongyang")
_BODIES = frozenset(["delegation", "delegations", "envoy", "envoys", "mission", "emissary", "emissaries"])
#: gatherings of many states: a stay for one is no visit to the state it is held in
_GATHERINGS = frozenset(["conference", "conferences", "assembly", "forum", "session", "sessions", "congress",
                         "games", "olympics", "olympic", "championship", "championships", "expo", "exhibition",
                         "fair", "festival", "convention", "symposium", "ministerial", "plenary"])
#: words that open what a stay is for ("in Paris for the climate conference", "to attend the assembly")
_FOR = frozenset(["for", "attend", "attending", "at"])


def stay_place(low: Sequence[str], at: int, starts: Mapping[int, Mention] | None = None) -> bool:
    """Whether "in" at ``at`` tells where someone is: a form of "be" before it, with only the adverbs of a stay
    between ("was in", "was still in", "has been in"); with the sentence's actors by where they start
    (``starts``), an actor of a country right after it ("was in Eritrea", "was in the United States")."""
    if at < 1 or low[at] != "in":
        return False
    k = at - 1
    while k > 0 and at - k <= 2 and low[k] in _STAY_ADVERBS:
        k -= 1
    if low[k] not in STAY_FORMS:
        return False
    if starts is None:
        return True
    place = starts.get(at + 2 if low[at + 1:at + 2] == ["the"] else at + 1)
    return place is not None and place.has_country


def _visitor(low: Sequence[str], m: Mention) -> bool:
    """A state's official or body, or an international body's ("the U.S. envoy", "a Chinese delegation", "Abiy",
    "the UN chief"), not a state itself, its troops, its businessmen or its citizens."""
    if not m.has_country:
        return False
    if m.code.startswith("IGO"):
        return m.person or low[m.end - 1] in _BODIES
    return m.code[3:6] in _VISITING_ROLES and (m.person or low[m.end - 1] in _BODIES)


def _for_gathering(low: Sequence[str], start: int) -> bool:
    """Whether the words after a stay's place tell it is for a gathering of many states, with no one named to
    hold it with ("for the climate conference", "to attend the UN General Assembly", not "for a summit with
    Putin")."""
    end = next((k for k in range(start, len(low)) if low[k] in (";", ".", ":")), len(low))
    words = low[start:end]
    if _FOR.isdisjoint(words):
        return False
    first = min(k for k, w in enumerate(words) if w in _FOR)
    rest = words[first:first + 10]
    return not _GATHERINGS.isdisjoint(rest) and "with" not in rest


def stay_roles(low: Sequence[str], cand: Candidate, mentions: Sequence[Mention]) \
        -> tuple[list[Mention], list[Mention]] | None:
    """(visitors, host) of a stay read by the lexicon's "be in" at ``cand``; None when it is no visit (see the
    module). The visitors are those the coder found as the verb's subject."""
    at = next((k for k in range(cand.verb + 1, min(cand.verb + 4, len(low))) if low[k] == "in"), -1)
    if at < 0 or not stay_place(low, at) or at + 1 >= len(low):
        return None
    first = at + 2 if low[at + 1:at + 2] == ["the"] else at + 1
    place = next((m for m in mentions if m.start == first), None)
    if place is None or not place.has_country or place.person or place.role_only or place.code.startswith("IGO"):
        return None
    after = low[place.end] if place.end < len(low) else "."
    if after == "'s" or (after.isalpha() and after not in _AFTER_PLACE) or _for_gathering(low, place.end):
        return None  # "in China's interest", "in Chinese hands", "in Paris for the climate conference"
    visitors = [m for m in cand.sources if _visitor(low, m) and m.code[:3] != place.code[:3]]
    if not visitors:
        return None
    return visitors, [place]
