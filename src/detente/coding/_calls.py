"""Whether "called" is a telephone call: "Xi called Putin on Friday" (041), never "called North Korea a threat",
"called Seoul's proposal insincere" or "called off the talks".

A bare "call" codes only in the past or the headline present ("called", "calls"), with its subject before it (not
"was called X", "a man, called X"), and where the one called stands alone after the verb: an actor (its determiner
and the word "counterpart" aside, and the name that follows a title) followed by a time, a place, another callee,
the end of the clause or the purpose of a call ("to discuss", "to congratulate"). Anything else after the callee
(an article, an adjective, a quotation, a possessive, "as") is the complement of a verb of naming or judging, and
"called X to resume talks" is an appeal.
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
    "tonight", "this", "twice", "again", "after", "before", "from", "over", "about", "by", "during", "amid",
    "for", "following", "ahead", "shortly", "--", "\u2014", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
])
_COUNTERPARTS = frozenset(["counterpart", "counterparts"])
#: the purposes of a telephone call ("called Putin to congratulate him"); "called Israel to stop" is an appeal
_PURPOSES = frozenset(["discuss", "congratulate", "express", "offer", "convey", "thank", "exchange", "brief",
                       "inform", "extend", "share", "review", "consult", "coordinate", "wish", "assure", "reassure",
                       "reaffirm", "voice", "welcome", "explain", "update", "apologize", "apologise"])
#: the forms of "call" a call is told in
_TOLD = frozenset(["called", "calls"])
#: words before "called" that make it a name ("was called", "a man, called")
_NAMING = frozenset(["is", "are", "was", "were", "be", "been", "being", "so", "-", ","])


def telephoned(cand: Candidate, tokens: Sequence[str], low: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """Whether the bare "call" of ``cand`` is a telephone call to the actor right after it (see the module)."""
    if cand.nominal or low[cand.verb] not in _TOLD or (cand.verb > 0 and low[cand.verb - 1] in _NAMING):
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
    if q + 1 < len(low) and low[q] == "to":
        return low[q + 1] in _PURPOSES
    return q >= len(low) or low[q] in _AFTER_CALLEE
