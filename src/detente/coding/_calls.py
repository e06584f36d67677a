"""Whether "called" is a telephone call: "Xi called Putin on Friday" (041), never "called North Korea a threat",
"called Seoul's proposal insincere" or "called off the talks".

A bare "call" codes only where the one called stands alone after the verb: an actor (its determiner and the word
"counterpart" aside, and the name that follows a title) followed by a time, a place, a purpose, another callee or
the end of the clause. Anything else after the callee (an article, an adjective, a quotation, a possessive) is the
complement of a verb of naming or judging.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import DETERMINERS
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["CALL_FORMS", "telephoned"]

#: the forms of the verb "call"
CALL_FORMS = frozenset(["call", "calls", "called", "calling"])
#: words that may follow the one called: when, where, why, and who else
_AFTER_CALLEE = frozenset([
    ".", ",", ";", "on", "to", "and", "in", "at", "late", "early", "earlier", "last", "yesterday", "today",
    "tonight", "this", "twice", "again", "after", "before", "from", "over", "about", "by", "during", "amid", "as",
    "for", "following", "ahead", "shortly", "--", "\u2014", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
])
_COUNTERPARTS = frozenset(["counterpart", "counterparts"])


def telephoned(cand: Candidate, tokens: Sequence[str], low: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """Whether the bare "call" of ``cand`` is a telephone call to the actor right after it (see the module)."""
    if cand.nominal:
        return False
    q = cand.verb + 1
    while q < len(low) and low[q] in DETERMINERS:
        q += 1
    callee = next((m for m in mentions if m.start == q), None)
    if callee is None:
        return False
    q = callee.end
    while q < len(low) and (low[q] in _COUNTERPARTS or (tokens[q][:1].isupper() and tokens[q].isalpha()
                                                          and low[q] not in _AFTER_CALLEE)):
        q += 1  # "his South Korean counterpart", "President Lee", "Prime Minister Shinzo Abe"
    return q >= len(low) or low[q] in _AFTER_CALLEE
