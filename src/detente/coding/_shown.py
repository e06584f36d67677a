""""Demonstrate" with an object shows a quality, and "visiting" before the visitor describes it: neither is an act.

"This launch ... demonstrates the threat the DPRK's programs pose", "the army and people will continue
demonstrating the dignity and might of the country", "has demonstrated to the whole world the dignity of the
nation": the verb "demonstrate" with a direct object means "show", and the lexicon's reading of it as a protest
demonstration (141) made a protest out of a judgment or a praise. A demonstration is told without an object
("demonstrated Tuesday in Gaza", "demonstrated against the war", "demonstrated outside the embassy", "demonstrated
to protest the raids"): those stay.

"Visiting" before the one visiting ("the visiting delegation of the Communist Party of Vietnam", "a meeting between
visiting Indian Foreign Minister Sushma Swaraj and Pakistan's adviser") is an adjective: the visit is told as the
visitor's description, and read as a verb it gave a visit with no visitor, or the host as the visitor ("Kim Jong Il
was presented with a gift by the visiting delegation" gave PRKGOV -> IDNGOV 042), and hid the meeting told around
it. "Visiting" with a place after it ("by visiting China twice") is the act.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._depicted import depicted
from detente.coding._released import freed_from_rule
from detente.coding.mentions import Mention

__all__ = ["not_an_act", "shown_quality"]

#: words that open a direct object right after the verb ("demonstrates the threat", "demonstrated its resolve")
_OBJECT_OPENERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these",
                             "that", "those", "such", "how", "what", "no", "great", "strong", "full", "clear",
                             "once", "again", "anew", "vividly", "clearly", "fully", "convincingly", "eloquently"])
#: the verb's forms (the nouns "demonstration", "demonstrators" are no verb)
_FORMS = frozenset(["demonstrate", "demonstrates", "demonstrated", "demonstrating"])


def shown_quality(low: Sequence[str], verb: int) -> bool:
    """Whether the verb at ``verb`` is "demonstrate" with a direct object, or with "to" and a determiner before it
    ("demonstrated to the whole world the dignity ..."): a showing, no protest."""
    if low[verb] not in _FORMS or verb + 1 >= len(low):
        return False
    after = low[verb + 1]
    if after == "to":
        return verb + 2 < len(low) and low[verb + 2] in ("the", "all", "everyone", "us", "them", "him", "her")
    return after in _OBJECT_OPENERS


#: words before "visiting" that make it an adjective of the noun after it ("the visiting delegation")
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"])
_PRONOUNS = frozenset(["it", "them", "him", "her", "us", "you", "me"])
#: words after which "visiting" before an official describes the official met ("met visiting Chinese Foreign Minister
#: Wang Yi", "a meeting between visiting Indian Foreign Minister X and ..."), not a gerund ("after visiting X")
_MEETING_BEFORE = frozenset(["between", "with", "and", "met", "meets", "received", "receives", "welcomed",
                             "welcomes", "hosted", "hosts", "greeted", "greets"])


def visitor_described(low: Sequence[str], verb: int, mentions: Sequence[Mention]) -> bool:
    """Whether "visiting" at ``verb`` describes the noun after it: after a determiner ("the visiting delegation"),
    or, after a word of meeting ("between", "with", "met", "received"), right before an official named with a
    country ("between visiting Indian Foreign Minister X"); not as a gerund ("after visiting Peru's president"),
    nor before a country, a capital or a pronoun ("by visiting China", "before visiting Pyongyang")."""
    if low[verb] != "visiting":
        return False
    if verb > 0 and low[verb - 1] in _DETERMINERS:
        return True
    if verb == 0 or low[verb - 1] not in _MEETING_BEFORE:
        return False  # "after visiting Peru's president", "by visiting China": a gerund, the visit told
    return any(m.start == verb + 1 and m.has_country and m.person and low[verb + 1] not in _PRONOUNS
               for m in mentions)


def not_an_act(low: Sequence[str], verb: int, mentions: Sequence[Mention]) -> bool:
    """Whether the verb at ``verb`` tells no act: a quality shown (:func:`shown_quality`), a visitor described
    (:func:`visitor_described`), a people freed from a rule (:func:`~detente.coding._released.freed_from_rule`) or
    an act a picture shows (:func:`~detente.coding._depicted.depicted`)."""
    return shown_quality(low, verb) or visitor_described(low, verb, mentions) or freed_from_rule(low, verb) \
        or depicted(low, verb)  # "pictures of the premier meeting the king": no act told (_depicted)
