"""An act's noun inside a short quotation is a label the text holds at a distance, not the act.

"Japan's fiction about "threat from North Korea"", "the "abduction issue" racket", "fuss about "provocation"":
state media and commentators put another side's words for an act in quotation marks to deny it. A word of the
lexicon inside a quotation of a few words that stands where a noun stands (after a preposition, an article or a
possessive: "about "threat ..."", "the "talks"") names no act of its own; a verb outside the quotation ("accused Peru
of "aggression"") still codes its act, and a quoted verb ("vowed to "crush" the rebels") is not touched.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import QUOTE_MARKS
from detente.coding.roles import Candidate

__all__ = ["scare_quoted"]

#: the most words a quotation holding only a label has
_SHORT = 5
#: words after which a quotation stands where a noun stands
_NOUN_SLOT = frozenset(["about", "of", "on", "over", "against", "the", "a", "an", "its", "their", "his", "her",
                        "'s", "so-called", "alleged"])


def scare_quoted(low: Sequence[str], cand: Candidate) -> bool:
    """Whether the word of ``cand`` stands inside a quotation of at most five words that opens where a noun stands
    ("about "threat from North Korea"", "the "human rights" racket")."""
    v = cand.verb
    start = next((q for q in range(v - 1, max(-1, v - _SHORT - 1), -1) if low[q] in QUOTE_MARKS), None)
    if start is None or start == 0 or low[start - 1] not in _NOUN_SLOT:
        return False
    end = next((q for q in range(v + 1, min(len(low), start + _SHORT + 2)) if low[q] in QUOTE_MARKS), None)
    if end is None or end - start - 1 > _SHORT:
        return False
    return sum(1 for w in low[:start] if w in QUOTE_MARKS) % 2 == 0  # else the mark before it closes a quotation
