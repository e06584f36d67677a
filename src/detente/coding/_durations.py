"""Acts told over a stretch of years: "The US has sold arms to Taiwan for years", "the two countries have
cooperated over the past six decades", "the peoples of the two countries have supported each other in the
struggle"; acts told as a habit ("are staging joint military exercises every year"); and acts someone remembers
("recalled that the President received him on his visit").

An act done for years or decades, or one two states have done to each other in the present perfect, is a relation
told, not one act: it has no day, so it is not put on the article's day (the coder leaves it undated unless the
sentence names a time of its own). A stretch of days, weeks or months ("have negotiated for months") may end on the
article's day and is left alone, as is an intent ("will cooperate for years": said on its own day).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import SAY, past
from detente.coding.narrative import ATTRIBUTING

__all__ = ["bygone", "habitual", "over_years", "remembered"]

#: nouns of a stretch of the past a "when" clause tells of ("the days when ...", "gone is the era when ...")
_BYGONE = frozenset(["days", "era", "times", "years", "age", "decades", "period"])
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


#: words that may stand between "have" and the last of a list of participles it governs ("have understood,
#: supported and helped each other")
_LISTED = frozenset([",", "and", "or", "also", "long", "always", "mutually", "jointly", "closely", "actively"])


def _perfect(low: Sequence[str], verb: int) -> bool:
    """Whether the verb at ``verb`` is a present perfect ("have supported", "has long helped", "have understood,
    supported and helped")."""
    if any(low[q] in ("has", "have") for q in range(max(0, verb - 3), verb)):
        return True
    q = verb - 1
    while q > 0 and verb - q <= 10 and (low[q] in _LISTED or _participle(low[q])):
        q -= 1
    return q < verb - 1 and low[q] in ("has", "have") and low[q + 1] not in _LISTED


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
    if not _perfect(low, verb):
        return False
    last = verb  # "have consulted, supported and helped each other": the list's last participle tells whom
    while last + 2 < len(low) and low[last + 1] in _LISTED and _participle(low[last + 2]):
        last += 2
    if last != verb:
        first, end = _stretch(low, last)
        words = low[first:end + 1]
    return any(tuple(words[q:q + 2]) == pair for pair in _EACH_OTHER for q in range(len(words) - 1))


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en", "ood", "ught"))


def bygone(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is told in the past tense in a clause of "the days when", "the era when" ("recalled
    the days when he was received by Kim Jong Il", "the era when the U.S. threatened the DPRK with the atomic bomb
    has gone by", "gone are the times when ..."): a time long past recalled, not an act of the article's day. Only
    the first clause after "when" (up to a clause boundary), and only a verb in the simple past ("the time when
    relations are growing" tells the present; "the day when" may be the article's own)."""
    if not past(low[verb]):
        return False
    q = verb - 1
    while q > 1 and verb - q <= 10 and low[q] not in _ENDS and low[q] != "when":
        q -= 1
    return low[q] == "when" and low[q - 1] in _BYGONE and low[q - 2] in ("the", "those", "these")


#: the units of a repeated act's rhythm ("every year", "each spring")
_RHYTHMS = frozenset(["year", "month", "week", "spring", "summer", "autumn", "fall", "winter", "season"])
#: adverbs of the same
_RHYTHM_ADVERBS = frozenset(["annually", "yearly", "monthly", "biannually"])
#: words between the verb and its rhythm that open another act the rhythm belongs to ("praised the workers for
#: hitting the target every year": the praise is of one day)
_ANOTHER_ACT = frozenset(["for", "by", "to", "that", "which", "who", "as"])


def habitual(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is told as a habit within its stretch of the sentence ("are staging large-scale
    joint military exercises every year", "hold talks each spring", "meet annually", "year after year"): a repeated
    act, no act of one day. A rhythm after another act the verb governs is that act's ("praised the workers for
    hitting the target every year"), and a verb of saying is said on its day."""
    if low[verb] in SAY or low[verb] in ATTRIBUTING:
        return False
    first, last = _stretch(low, verb)
    for q in range(first, last + 1):
        w = low[q]
        if (w in ("every", "each") and low[q + 1:q + 2] != [] and low[q + 1] in _RHYTHMS) \
                or w in _RHYTHM_ADVERBS or tuple(low[q:q + 3]) == ("year", "after", "year"):
            between = low[verb + 1:q] if q > verb else low[q + 2:verb]
            return not any(x in _ANOTHER_ACT or (x.endswith("ing") and len(x) > 4) for x in between)
    return False


#: verbs of remembering, whose "that" clause tells an act of the past the rememberer looks back on
_REMEMBERING = frozenset(["recalled", "recalls", "recalling", "recollected", "recollects", "recollecting",
                          "remembered", "remembers", "remembering", "reminisced", "reminisces", "reminiscing"])


def remembered(low: Sequence[str], verb: int, *, nominal: bool = False) -> bool:
    """Whether the act at ``verb`` is told in the simple past in the "that" clause of a verb of remembering
    ("recollected with deep emotion that the President received the Guinean president", "recalled that China sent
    aid in the hard days"): an act the teller looks back on, no act of the day the remembering is told. The verb of
    remembering stands at most six words before "that" with no clause boundary between ("recalled its ambassador"
    names no memory); a present or future act ("recalled that Peru is ready to talk") is left alone. An event noun
    (``nominal``) is remembered when a verb of the clause before it is in the past ("received him on a visit"), or
    when it is what is remembered ("recalled the talks with Kerry")."""
    if nominal and any(low[k] in _REMEMBERING for k in range(max(0, verb - 4), verb)) \
            and all(w not in _ENDS and w != "that" for w in low[max(0, verb - 3):verb]):
        return True  # "recalled the talks with Kerry", "remembered his first visit": the act looked back on
    q = verb - 1
    while q > 0 and verb - q <= 12 and low[q] != "that" and low[q] not in _ENDS:
        q -= 1
    if q <= 0 or low[q] != "that":
        return False
    if not (past(low[verb]) or (nominal and any(past(w) for w in low[q + 1:verb]))):
        return False
    for k in range(q - 1, max(-1, q - 7), -1):
        if low[k] in _REMEMBERING:
            return True
        if low[k] in _ENDS or low[k] in (".", "and"):
            return False
    return False
