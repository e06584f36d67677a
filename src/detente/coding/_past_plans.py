"""A plan told in the past tense: "were set to meet next week", "was due to meet Monday with".

A schedule is the reporter's, not an act of the states in it: "is due to meet his counterpart" tells a meeting
to come (intended), but the same schedule in the past tense ("Pompeo was due to meet Merkel in Berlin but the
talks had to be rescheduled", "the foreign secretaries were set to meet next week" in a story of talks called
off, "Mr Sunak had been due to see Mr Xi") tells a plan that was dropped or that the story goes on to overtake.
It is no announced intent (03) of anybody, and no meeting: the act after it is hypothetical.

Not when a saying verb in the same sentence tells whose plan it is ("India said its foreign secretary was due
to meet ...": a backshifted announcement stays intended).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import CLAUSE_WORDS, CONTRAST_WORDS, DETERMINERS, REPORTING, SPLIT_WORDS

__all__ = ["past_plan"]

#: participles of "be" that set an act for later ("was set to", "were due to", "had been scheduled to")
_SETTING = frozenset(["set", "due", "scheduled", "slated"])
#: past copulas before them
_PAST_BE = frozenset(["was", "were"])
#: how far back from an act its plan's copula may stand ("were set to meet next week in Islamabad to discuss")
_REACH = 14
#: lower-case words after "due to" that begin a name, not a verb (KCNA writes "south Korea")
_NOT_ACTS = frozenset(["south", "north"])
#: saying verbs that make a past schedule a backshifted announcement ("said its minister was due to meet")
_TOLD = REPORTING | frozenset(["announced", "announces", "confirmed", "confirms"])
#: words that end the clause of the plan
_STOPS = frozenset([".", ";", ":", "?", "!"])


def _skipped(word: str) -> bool:
    return word in SPLIT_WORDS or (word.endswith("ly") and len(word) > 4)


def past_plan(low: Sequence[str], tokens: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` follows a schedule told in the past tense: "was/were/had been set, due,
    scheduled or slated to" (adverbs aside), with no saying verb before it in the sentence; ``verb`` may be the
    copula that opens the schedule ("was due to meet", as the lexicon reads "be due to ... meet"), the act after
    "to" ("were set to meet") or an act later in the same clause, what the plan was for ("were set to meet next
    week in Islamabad to discuss ...")."""
    for q in range(verb, max(-1, verb - _REACH), -1):
        if q < verb and (low[q] in _STOPS or low[q] in CLAUSE_WORDS or low[q] in CONTRAST_WORDS):
            return False
        if (low[q] in _PAST_BE and _copula(low, tokens, q)) or (low[q] == "been" and q > 0 and low[q - 1] == "had"
                                                         and _copula(low, tokens, q)):
            return _TOLD.isdisjoint(low[:q])
    return False


def _copula(low: Sequence[str], tokens: Sequence[str], q: int) -> bool:
    """Whether the copula at ``q`` opens a schedule ("was (also) due to")."""
    k = q + 1
    while k < len(low) and _skipped(low[k]):
        k += 1
    after = tokens[k + 2:k + 3]  # "was due to the storm", "was due to south Korea" tell a cause, no plan
    return (low[k:k + 1] != [] and low[k] in _SETTING and low[k + 1:k + 2] == ["to"] and after != []
            and after[0].isalpha() and after[0].islower() and after[0] not in DETERMINERS | _NOT_ACTS)
