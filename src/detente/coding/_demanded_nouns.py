"""What a headline says is demanded is not done: "Halt to US Nuclear Threat to DPRK Urged", "U.S. Troop Pullout
from S. Korea Urged", "End to U.S. Occupation of South Korea Demanded", "Withdrawal of Foreign Troops Called For".

KCNA and other agencies write thousands of headlines as one noun phrase followed by a passive verb of demanding.
The noun phrase is what is asked for; the act nouns in it were read as acts done (a US withdrawal from South Korea,
087; the US occupation of South Korea, 192) or, for "threat", as a threat made. The demand itself is coded from
its verb as before ("--- USA 020"); the act nouns inside the phrase it governs are dropped. The phrase is the
sentence's opening up to the demanding verb, with no finite verb before it (a bare "was" or "were" right before
the participle aside: "Withdrawal of the troops was demanded").

>>> demanded_noun("halt to us nuclear threat to dprk urged".split(), 4)
True
>>> demanded_noun("us troops pulled out of the base , officials urged".split(), 2)
False
>>> demanded_noun("russia attacked ukraine and urged calm".split(), 1)
False
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["demanded_noun"]

#: the participles of demanding that close such a headline ("called" and "asked" only with "for")
_DEMANDED = frozenset(["urged", "demanded", "requested", "sought"])
_FOR_DEMANDED = frozenset(["called", "asked"])
#: words that show a finite verb or a clause before the participle: the noun phrase is no demand's object
_CLAUSE_MARKS = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been", "said",
                           "says", "say", ",", ";", ":", "that", "which", "who", "did", "does", "do", "can",
                           "could", "should", "must", "may", "might", "shall"])


#: what may follow a passive participle that closes a headline ("... Urged by Students", "... Demanded in Japan")
_CLOSERS = frozenset([".", "!", "by", "in", "at", "from", "on", "during", "abroad", "again"])


def _demanding(low: Sequence[str], k: int) -> bool:
    """Whether ``k`` is a passive participle of demanding with nothing but a closer after it (an active "urged calm"
    has its object after it)."""
    if low[k] in _DEMANDED:
        after = k + 1
    elif low[k] in _FOR_DEMANDED and low[k + 1:k + 2] == ["for"]:
        after = k + 2
    else:
        return False
    return after >= len(low) or low[after] in _CLOSERS


def demanded_noun(low: Sequence[str], noun: int) -> bool:
    """Whether the act word at ``noun`` (lower-cased tokens ``low``) lies in a noun phrase that opens the sentence
    and that a passive verb of demanding right after it governs (see the module)."""
    end = next((k for k in range(noun + 1, len(low)) if _demanding(low, k)), None)
    if end is None:
        return False
    before = end - 1 if end > 1 and low[end - 1] in ("was", "were", "is", "are") else end
    return not any(w in _CLAUSE_MARKS for w in low[:before])
