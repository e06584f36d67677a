"""Aid a state depends on, relies on or faces the loss of is a state of affairs, no aid given.

"Both countries depend heavily on foreign aid but the sanctions had hit Pakistan the hardest" and "The Pakistani
government ... faced a suspension of nearly all U.S. aid and loans" (VOA wire, 1998) gave aid (070, 071) from one
state to another: the aid noun was read as an act, its holder ("U.S. aid") or the subject as the giver and the
next state named as the receiver. What a state depends on, relies on or faces is its situation: nobody gives
anything in the sentence. The suspension of aid by a donor told as an act ("the United States suspended aid to
Pakistan", 16) is a verb of its own and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import CLAUSE_WORDS, CONTRAST_WORDS

__all__ = ["aid_undergone"]

#: verbs whose subject undergoes what their object names
_UNDERGOING = frozenset(["face", "faces", "faced", "facing", "depend", "depends", "depended", "depending",
                         "rely", "relies", "relied", "relying", "dependent", "reliant"])
#: verbs (and adjectives) of the list above that take their object after "on" or "upon"
_ON_VERBS = frozenset(["depend", "depends", "depended", "depending", "rely", "relies", "relied", "relying",
                       "dependent", "reliant"])
#: how many words the object may run from the verb to the aid noun ("faced a suspension of nearly all U.S. aid and
#: loans from American and international lending agencies")
_REACH = 15
#: words that end the object before the aid noun
_STOPS = frozenset([",", ";", ":", ".", "to", "after", "before", "when", "as", "because", "if"])


def aid_undergone(low: Sequence[str], noun: int) -> bool:
    """Whether the aid noun at ``noun`` stands in the object of a verb of undergoing: "depend heavily on foreign
    aid", "relies on American aid", "faced a suspension of nearly all U.S. aid" (adverbs and the noun's own words
    between; no clause word, contrast or stop)."""
    for q in range(noun - 1, max(-1, noun - _REACH - 1), -1):
        word = low[q]
        if word in _STOPS or word in CLAUSE_WORDS or word in CONTRAST_WORDS:
            return False
        if word in _UNDERGOING:
            if word in _ON_VERBS:
                return any(w in ("on", "upon") for w in low[q + 1:noun])
            return True
    return False
