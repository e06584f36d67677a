"""Clauses of hypothesis opened without "if": an inversion ("Were China to invade Taiwan, ...", "Had Iraq invaded
Saudi Arabia, ...") or a concession ("no matter how many weapons Washington provides to Taipei", "whatever
sanctions the EU imposes on Moscow", "however many drones Iran sells to Russia").

Op-eds and official statements weigh acts that may never happen in these shapes as often as with "if": "Were
Russia to attack Latvia, the alliance would respond", "Beijing said no matter how many weapons Washington provides
to Taipei, reunification will come". Read alone, the act in such a clause was coded as done (070, 190, 163) or, under
"were ... to", as the doer's threat (138). Each opens a condition clause of :mod:`detente.coding._conditional`, which
runs to the next comma: what it tells is hypothetical and nobody's threat. A fronted inversion governs its main clause
as "if" does; a concession governs none (:data:`CONCESSIVE`): "However many drones Iran sells to Russia, Ukraine will
keep fighting" is no threat of Ukraine's to Iran.

- an inversion: "were" + a subject + "to" (within :data:`_TO_REACH` words, before any comma), or "had" + a subject
  + a past participle, opening the sentence or a clause (after a comma, "and", "but", a quotation mark, or after
  "that" when a "would", "could" or "might" follows: "said that had the accord been kept, it would have helped"),
  the sentence no question;
- a concession: "no matter" (+ how, what, who, which, where, when, whether), "whatever", "whichever", "whoever"
  (+ a noun or a verb: not "whatever the case"), "however" + many, much, often, hard, strongly.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["CONCESSIVE", "UNREAL_CUES", "unreal_opener", "unreal_past"]

#: words one of which a sentence with such a clause holds: a cheap test before the scan
UNREAL_CUES = frozenset(["were", "had", "matter", "whatever", "whichever", "whoever", "however"])
#: the words that open a concession: its main clause holds whatever the clause tells, and answers none of it
CONCESSIVE = frozenset(["matter", "whatever", "whichever", "whoever", "however"])
#: words before an inversion that open a clause
_CLAUSE_OPEN = frozenset([",", ";", ":", '"', "``", "''", "and", "but"])
#: subject words after an inverted "were" or "had" ("were it to", "had they known", "were the talks to fail")
_SUBJECTS = frozenset(["it", "they", "he", "she", "we", "you", "the", "such", "any", "its", "their"])
#: how many words after "were" its "to" may stand ("Were the Chinese navy to blockade ...")
_TO_REACH = 8
#: the words after "no matter" that open the concession
_QUESTION_WORDS = frozenset(["how", "what", "who", "whom", "which", "where", "when", "whether"])
#: the words after "however" that make it a concession ("however many troops", not "However, Peru said")
_DEGREES = frozenset(["many", "much", "often", "hard", "strongly", "long", "far", "large", "big"])
#: the modals of the main clause an inversion after "that" needs ("that had X been kept, Y would have ...")
_UNREAL_MODALS = frozenset(["would", "could", "might"])
#: "whatever the case", "whatever happens": set phrases that tell no act of a party
_SET_PHRASES = frozenset(["the", "happens", "happened", "it"])


def _subject(low: Sequence[str], tokens: Sequence[str], q: int, starts: frozenset[int]) -> bool:
    """A subject begins at ``q``: an actor's mention, a capitalised name or a subject pronoun or determiner."""
    return q < len(low) and (q in starts or low[q] in _SUBJECTS or tokens[q][:1].isupper())


def _after_that(low: Sequence[str], q: int) -> bool:
    """"said that had the accord been kept, talks would have resumed": an inversion after "that", told by the
    "would" (or "could", "might") of its main clause; "the troops that had invaded" has no subject after "had"."""
    return q > 0 and low[q - 1] == "that" and not _UNREAL_MODALS.isdisjoint(low[q + 2:])


def _inverted(low: Sequence[str], tokens: Sequence[str], q: int, starts: frozenset[int]) -> bool:
    """"Were China to invade Taiwan", "Had Iraq invaded Kuwait": an inversion opening a clause."""
    if "?" in low or not (q == 0 or low[q - 1] in _CLAUSE_OPEN or _after_that(low, q)) \
            or not _subject(low, tokens, q + 1, starts):
        return False
    ahead = []
    for w in low[q + 1:q + 1 + _TO_REACH]:
        if w in (",", ";", ":", "."):
            break
        ahead.append(w)
    if low[q] == "were":
        return "to" in ahead[1:]
    return any(w.endswith(("ed", "en")) or w in ("made", "sent", "sold", "struck", "fought", "met", "held", "led",
                                                     "built", "won", "lost", "shot", "hit", "begun", "done", "gone")
               for w in ahead[1:])


def unreal_opener(low: Sequence[str], tokens: Sequence[str], q: int, starts: frozenset[int]) -> bool:
    """Whether the word at ``q`` opens a clause of hypothesis without "if" (see the module); ``starts``: where the
    sentence's actors' mentions begin.

    >>> low = "were china to invade taiwan , japan would be drawn in .".split()
    >>> unreal_opener(low, "Were China to invade Taiwan , Japan would be drawn in .".split(), 0, frozenset([1]))
    True
    >>> low = "the talks were held in lima .".split()
    >>> unreal_opener(low, "The talks were held in Lima .".split(), 2, frozenset())
    False
    >>> low = "no matter how many ships peru sends , chile will hold .".split()
    >>> unreal_opener(low, low, 1, frozenset())
    True
    """
    word = low[q]
    if word in ("were", "had"):
        return _inverted(low, tokens, q, starts)
    if word == "matter":
        return q > 0 and low[q - 1] == "no" and low[q + 1:q + 2] != [] and low[q + 1] in _QUESTION_WORDS
    if word in ("whatever", "whichever", "whoever"):
        return q + 1 < len(low) and low[q + 1] not in _SET_PHRASES and low[q + 1] not in (",", ".", ";")
    if word == "however":
        return q + 1 < len(low) and low[q + 1] in _DEGREES
    return False


#: adverbs that may stand inside "would have" ("would surely have sent", "would have already signed")
_INNER_ADVERBS = frozenset(["also", "then", "already", "still", "even", "long", "never", "certainly", "surely",
                            "probably", "likely"])


def unreal_past(window: Sequence[str]) -> bool:
    """Whether the words before a verb end in "would have" (or "would have been"): an unreal past, the main clause of
    a counterfactual ("had Seoul kept the accord, the North would have sent aid"), no intent; "would have to
    withdraw" is an obligation and ends in "to".

    >>> unreal_past("the north would have".split()), unreal_past("argentina would surely have been".split())
    (True, True)
    >>> unreal_past("peru would".split())
    False
    """
    words = [w for w in window[-5:] if w not in _INNER_ADVERBS]
    return words[-2:] == ["would", "have"] or words[-3:] == ["would", "have", "been"]
