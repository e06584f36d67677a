"""A participle opening its sentence is told at its main clause's time.

"Expressing deep condolences once again, the governor went on: ...", "Noting that the talks were useful, the
spokesman said ...": the act of the participle ("expressing") has no tense of its own; it was done when the main
clause's teller spoke, and that clause is in the past. Such an act goes on with the story told before it (the day
a sentence before named: "The governor said this on Feb. 23 when meeting the ambassador."), as an act in the past
tense does, rather than taking the article's day.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.narrative import ATTRIBUTING

__all__ = ["opened_in_past"]

#: past verbs of telling that a main clause after an opening participle may have ("..., the governor went on:"):
#: those that close a quotation, and a few more
_TOLD = ATTRIBUTING | frozenset(["remarked", "pointed", "urged", "called", "expressed", "went", "concluded",
                                 "recalled"])
#: words that may open a sentence before its participle ("Also expressing ...", "While noting ...")
_OPENERS = frozenset(["also", "while", "further", "again", "then", "and"])
#: how many words of the main clause's subject may stand between its comma and its verb ("..., the governor-general
#: of Australia went on")
_SUBJECT_REACH = 7


def opened_in_past(low: Sequence[str], verb: int) -> bool:
    """Whether the word at ``verb`` is a participle opening its sentence whose main clause, after a comma, tells
    in the past ("Expressing deep condolences ..., the governor went on:")."""
    if not low[verb].endswith("ing") or len(low[verb]) < 6 or any(w not in _OPENERS for w in low[:verb]):
        return False
    for q in range(verb + 1, len(low)):
        if low[q] != ",":
            continue
        for k in range(q + 1, min(len(low), q + 2 + _SUBJECT_REACH)):
            word = low[k]
            if word in (",", ";", ":", ".") or word.endswith("ing"):
                break
            if word in _TOLD and (word != "went" or low[k + 1:k + 2] == ["on"]):
                return True
    return False
