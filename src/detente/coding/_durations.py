"""Acts told over a stretch of years: "The US has sold arms to Taiwan for years", "the two countries have
cooperated over the past six decades", "the peoples of the two countries have supported each other in the
struggle".

An act done for years or decades, or one two states have done to each other in the present perfect, is a relation
told, not one act: it has no day, so it is not put on the article's day (the coder leaves it undated unless the
sentence names a time of its own). A stretch of days, weeks or months ("have negotiated for months") may end on the
article's day and is left alone, as is an intent ("will cooperate for years": said on its own day).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import SAY
from detente.coding.narrative import ATTRIBUTING

__all__ = ["over_years"]

#: units of time long enough that an act told over them is a relation, not an act of one day
_LONG_UNITS = frozenset(["years", "decades", "generations", "centuries", "century", "decade"])
#: words that may stand between "for" or "over the" and the unit ("for many years", "over the past six decades",
#: "for more than half a century")
_AMOUNTS = frozenset(["many", "several", "some", "a", "few", "more", "than", "nearly", "almost", "over", "about",
                      "past", "last", "half", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      "ten", "long", "all", "these", "those", "recent", "previous"])
#: words that end the stretch of the sentence a phrase of time tells of
_ENDS = frozenset([",", ";", ":", "(", ")", "--", "which", "who", "whom", "whose", "but", "while", "whereas",
                   "because", "after", "before", "when", "although", "though", "until", '"', "'"])
#: how many words before or after its verb a phrase of time is read
_REACH = 12
#: the words of two doing something to each other
_EACH_OTHER = (("each", "other"), ("one", "another"))


def _stretch(low: Sequence[str], verb: int) -> tuple[int, int]:
    first = verb
    while first > 0 and verb - first < _REACH and low[first - 1] not in _ENDS:
        first -= 1
    last = verb
    while last + 1 < len(low) and last - verb < _REACH and low[last + 1] not in _ENDS and low[last + 1] != "that":
        last += 1
    return first, last


def _long_span(words: Sequence[str]) -> bool:
    """Whether ``words`` hold "for", "over", "through" or "throughout" followed, after words of amount only, by a
    unit of years ("for years", "over the past six decades", "for more than half a century"), or "for so long"."""
    for q, w in enumerate(words):
        if w not in ("for", "over", "through", "throughout"):
            continue
        k = q + 1
        while k < len(words) and (words[k] in _AMOUNTS or words[k].isdigit()) and k - q <= 6:
            k += 1
        if k < len(words) and words[k] in _LONG_UNITS and (k + 1 == len(words) or words[k + 1] != "of"):
            return True  # "for years", not "for years of harassment" (what is condemned)
        if w == "for" and tuple(words[q + 1:q + 3]) in (("so", "long"), ("a", "long")) and (
                q + 3 >= len(words) or words[q + 3] in ("time", ".", *_ENDS)):
            return True
    return False


def _perfect(low: Sequence[str], verb: int) -> bool:
    """Whether the verb at ``verb`` is a present perfect ("have supported", "has long helped")."""
    return any(low[q] in ("has", "have") for q in range(max(0, verb - 3), verb))


def over_years(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is told over a stretch of years ("have sold arms for years", "have cooperated
    over the past six decades") or, in the present perfect, as done by two states to each other ("have supported
    each other"): a relation, not an act of one day. ``low``: the sentence's words in lower case. A verb of saying
    is said on its day, whatever stretch its words tell of ("said for six decades the two countries have ...")."""
    if low[verb] in SAY or low[verb] in ATTRIBUTING:
        return False
    first, last = _stretch(low, verb)
    words = low[first:last + 1]
    if _long_span(words):
        return True
    return _perfect(low, verb) and any(
        tuple(words[q:q + 2]) == pair for pair in _EACH_OTHER for q in range(len(words) - 1))
