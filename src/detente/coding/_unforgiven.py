"""A refusal to forgive told for what is to come is a warning: "The army and people of the DPRK will never pardon
the Japanese reactionaries if they keep to the wrong road" (KCNA, 12 October 2012), "would never pardon anyone
hurting its dignity". Forgiveness denied by "will" or "would" on a condition threatens what the one not forgiven
is to suffer (130, a threat not specified), where "did not forgive" or "refused to pardon" tells a rejection (12)
of what was asked, and a pardon refused to people held is a release refused.

>>> warned_unforgiven("they will never pardon the japanese reactionaries if they go on".split(), 3)
True
>>> warned_unforgiven("tokyo did not forgive seoul".split(), 3)
False
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._detainees import HOLDING_WORDS
from detente.coding._words import NEGATORS

__all__ = ["warned_unforgiven"]

#: the verbs of forgiving (the lexicon's 056 forms)
_FORGIVING = frozenset(["pardon", "forgive", "condone", "excuse"])
#: the modals that tell the refusal for what is to come
_TO_COME = frozenset(["will", "would", "shall", "'ll"])
#: words after the verb that make the refusal hang on what the other is to do: a condition, or anyone who acts
_CONDITIONS = frozenset(["if", "unless", "should", "anyone", "whoever", "any", "those"])


def warned_unforgiven(low: Sequence[str], verb: int) -> bool:
    """Whether the verb of forgiving at ``verb`` is denied after "will" or "would" ("will never pardon", "would
    not forgive", "will by no means pardon"), the modal within four words before it, and made to hang on what the
    other is to do ("if they keep to the wrong road", "anyone who hurts its dignity"); not a pardon refused to
    people held ("will not pardon the detained captain": a release refused, the lexicon's reading). "will never
    forgive the United States for the blockade" tells a grievance and is left a rejection."""
    if low[verb] not in _FORGIVING or not HOLDING_WORDS.isdisjoint(low[verb + 1:verb + 6]):
        return False
    window = low[max(0, verb - 4):verb]
    rest = list(low[verb + 1:])
    rest = rest[:rest.index(";")] if ";" in rest else rest
    return any(w in _TO_COME for w in window) and any(w in NEGATORS for w in window) \
        and not _CONDITIONS.isdisjoint(rest)
