"""Countries named as places: where an act happened, not whom it was done to.

A country's name or adjective inside a phrase of place is no party to the act: "shelled villages near the Turkish
border", "attacked a tanker off the coast of Oman", "the ministers met in the Bolivian capital", "talks in a
Beijing hotel". Places are actors only as metonyms ("Ankara protested"). Two kinds of phrase:

- **near**: "near", "off", "along", "outside", "beside" before the country, or before "the coast/border/shore of"
  it ("near the Turkish border", "off the coast of Japan"): a place beside the country, never a target;
- **in**: "in", "at", "inside", "within" before the country's adjective or name and a noun of place ("in the Sri
  Lankan capital", "at a Beijing hotel", "in the Turkish border town"): where the act happened. An attack there
  is an attack on the country ("shells landed in the Turkish border town": CAMEO codes strikes on a state's
  territory as aimed at it), so force (15, 18, 19, 20) keeps it as its target, and so does a visit (042, 043:
  "the envoy arrived in the Iranian capital" is a visit to Iran); a meeting, a statement or an agreement does
  not.

A place phrase that names the target of an act is read as before: "fired missiles toward Japan", "shelled Syrian
territory", "violated Syrian airspace", "strikes on targets in Syria".

>>> from detente.coding.mentions import Mention
>>> low = "syrian forces shelled villages near the turkish border .".split()
>>> located(low, Mention(6, 7, "TUR"), "194")
True
>>> low = "the ministers met in the bolivian capital .".split()
>>> located(low, Mention(5, 6, "BOL"), "044"), located(low, Mention(5, 6, "BOL"), "190")
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["located"]

#: prepositions of a place beside another: what they name is no party to the act
_NEAR = frozenset(["near", "off", "along", "outside", "beside", "alongside", "nearby"])
#: prepositions of standing side by side, with a person as well as at a place
_SIDE_BY_SIDE = frozenset(["beside", "alongside"])
#: prepositions of a place inside another
_IN = frozenset(["in", "at", "inside", "within"])
#: nouns of the edge of a country ("off the coast of Japan", "near the Turkish border")
_EDGES = frozenset(["coast", "coasts", "coastline", "shore", "shores", "border", "borders", "frontier", "frontiers",
                    "boundary"])
#: nouns of a place inside a country ("in the Bolivian capital", "at a Beijing hotel")
_PLACES = frozenset(["capital", "city", "town", "village", "villages", "port", "hotel", "province", "region",
                     "resort", "island", "islands", "base", "border", "coast", "countryside", "state"])
_DETERMINERS = frozenset(["the", "a", "an"])
#: roots of force: what they hit in a country they do to it
_FORCE = frozenset(["15", "18", "19", "20"])
#: a visit (042) and hosting one (043): the country of the place visited is the other party
_VISITS = frozenset(["042", "043"])


def _before(low: Sequence[str], start: int) -> int:
    """The position of the word before ``start``, articles skipped."""
    q = start - 1
    while q >= 0 and low[q] in _DETERMINERS:
        q -= 1
    return q


def located(low: Sequence[str], mention: Mention, code: str) -> bool:
    """The actor names where an act of ``code`` happened, not whom it was done to (see the module)."""
    q = _before(low, mention.start)
    if q < 0:
        return False
    after = low[mention.end] if mention.end < len(low) else ""
    if low[q] in _NEAR:
        # "near Turkey", "near the Turkish border", "off Japan"; a person one meets beside is no place ("spoke
        # alongside Israeli Prime Minister Netanyahu": coding._alongside)
        return not (mention.person and low[q] in _SIDE_BY_SIDE and code[:2] == "04")
    if low[q] == "of" and q > 0 and low[q - 1] in _EDGES:
        edge = _before(low, q - 1)
        if edge >= 0 and low[edge] in _NEAR:
            return True  # "off the coast of Japan", "along the border of Chad"
    if low[q] in _IN and (after in _PLACES or (after in _EDGES and low[mention.start - 1] in _DETERMINERS)):
        # "met in the Bolivian capital"; "shells landed in the Turkish border town"; "the envoy arrived in the
        # Iranian capital": the place a visitor comes to is the host of the visit
        return code[:2] not in _FORCE and code[:3] not in _VISITS
    return False
