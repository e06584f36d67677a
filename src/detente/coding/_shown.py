""""Demonstrate" with an object shows a quality; it is no demonstration in the streets.

"This launch ... demonstrates the threat the DPRK's programs pose", "the army and people will continue
demonstrating the dignity and might of the country", "has demonstrated to the whole world the dignity of the
nation": the verb "demonstrate" with a direct object means "show", and the lexicon's reading of it as a protest
demonstration (141) made a protest out of a judgment or a praise. A demonstration is told without an object
("demonstrated Tuesday in Gaza", "demonstrated against the war", "demonstrated outside the embassy", "demonstrated
to protest the raids"): those stay.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["shown_quality"]

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
