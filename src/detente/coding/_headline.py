"""A headline's passive read with the parse: "Japan Urged to Stop Whaling" leaves out the auxiliary
(:func:`detente.coding.roles.elided_passive`), but a sentence whose verb takes its object after a phrase of manner or
time ("The Council condemned in the strongest terms the attack on ...", "Japan welcomed on Monday the decision")
is active: the determiner of a noun phrase after the phrase's noun starts the verb's object.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.roles import elided_passive
from detente.coding.syntax import Parse

__all__ = ["headline_passive"]

#: how many words after the verb's preposition its object may begin
_REACH = 7
#: determiners that open a noun phrase (not "that", "which", which open clauses)
_OPENERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "all", "any"])


def object_after_phrase(parse: Parse, low: Sequence[str], verb: int) -> bool:
    """Whether a preposition's phrase right after ``verb`` is followed by a noun phrase, the verb's object:
    "condemned in the strongest terms the attack" (a noun, then a determiner), not "Killed in Mali" or
    "Expelled from Britain" (the phrase ends the headline)."""
    if verb + 1 >= len(low) or parse.tags[verb + 1] != "IN":
        return False
    noun = common = False
    for q in range(verb + 2, min(len(low), verb + 2 + _REACH)):
        tag = parse.tags[q]
        if tag.startswith("NNP") and common:
            return True  # "in the strongest terms Togo's shelling"
        if tag.startswith("NN") or tag == "CD":
            noun = True
            # an initial's letter ("S. Korea" is read "S . Korea") names as a proper noun does
            common = common or not (tag.startswith("NNP") or (len(low[q]) == 1 and low[q].isalpha()))
        elif (low[q] in _OPENERS or low[q] == "that") and noun:
            return True  # "in the strongest terms the attack", "on Monday the decision", "on Monday that ..."
        elif tag.startswith("VB") or tag in (",", ".", ":"):
            return False
    return False


def headline_passive(parse: Parse, low: Sequence[str], verb: int) -> bool:
    """``verb`` is a headline's participle with its auxiliary left out ("Japan Urged to Stop Whaling"), not a verb
    whose object follows a phrase of manner or time ("condemned in the strongest terms the attack"). The "of"
    phrase of "Accused of" is the charge, whatever nouns it holds ("Japan Accused of Arms Buildup against China"), and
    the "as" phrase of "Branded as ... by" what the subject was called."""
    return elided_passive(low, verb) and (low[verb + 1:verb + 2] in (["of"], ["as"])
                                          or not object_after_phrase(parse, low, verb))
