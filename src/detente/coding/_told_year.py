"""People of a sentence that dates its own act years back: the office holders of that time.

The class: a sentence outside a narrative of the past (a short historical note, an encyclopedia's line, a news
story recalling one episode) that says when its act happened by a date whose year lies
:data:`~detente.coding.narrative.PAST_YEARS` or more before the article's day: "Vice President George H. W. Bush met
Deng Xiaoping in Beijing in May 1982", "On December 8, 1987, Gorbachev and Reagan signed the INF Treaty", "In
October 1994 Secretary Albright ...". A narrative of the past (three years named or more) already reads its people
in the year it tells of (:func:`~detente.coding.narrative.told_days`); a text naming one or two past dates was read
on the day of publication, when Bush, Gorbachev and Albright hold no office and name nobody.

Such a sentence's people are read on the day it names (a day), or in the middle of the month or year it names
(:func:`sentence_day`). Only when the sentence tells of that time alone: every phrase naming a year lies that far
back, no phrase names the present ("on Tuesday", "today", "last week"), and the first phrase naming a year is not
inside a relative clause ("Kim Jong Un, who took power in 2011, warned ...": the warning is the article's) nor a
span running to now ("since 1994").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from detente.coding.dates import When, find_when
from detente.coding.narrative import PAST_YEARS

__all__ = ["sentence_day", "sentence_days"]

_YEAR = re.compile(r"\b(?:1[6-9]|20)\d{2}\b")
#: kinds of phrase with no year of their own that are read from the day told before ("the same day", "two days
#: later", "on October 22"): they do not tell of the present
_CARRIED = frozenset(["sameday", "counted", "interval", "monthday", "month", "monthpart"])
#: words before a phrase that put it in a clause of its own ("who took power in 2011", "which began in 1950")
_RELATIVE = frozenset(["who", "whom", "whose", "which"])
#: words opening a phrase that runs to now
_TO_NOW = ("since", "until now")


def _tells_then(sentence: str, phrase: When) -> bool:
    if phrase.phrase.lower().startswith(_TO_NOW):
        return False
    before = re.findall(r"[a-z]+", sentence[:phrase.at[0]].lower())
    return _RELATIVE.isdisjoint(before)


def sentence_day(sentence: str, day: dt.date) -> dt.date:
    """The day ``sentence``'s people are read on: ``day`` (the article's), or the past time the sentence tells of.

    >>> sentence_day("Vice President Bush met Deng Xiaoping in Beijing in May 1982.", dt.date(2025, 1, 15))
    datetime.date(1982, 5, 16)
    >>> sentence_day("On April 12, 1990, the senators met Saddam Hussein.", dt.date(2025, 1, 15))
    datetime.date(1990, 4, 12)
    >>> sentence_day("Kim Jong Un, who took power in 2011, warned Seoul.", dt.date(2025, 1, 15))
    datetime.date(2025, 1, 15)
    >>> sentence_day("On Tuesday Trump recalled the summit of June 2018.", dt.date(2025, 1, 15))
    datetime.date(2025, 1, 15)
    """
    if _YEAR.search(sentence) is None:
        return day
    try:
        found = find_when(sentence, day)
    except (ValueError, OverflowError):
        return day
    latest = day.year - PAST_YEARS
    yeared = [w for w in found if _YEAR.search(w.phrase)]
    if not yeared or any(w.start.year > latest or w.end.year > latest for w in yeared):
        return day
    if any(w.kind not in _CARRIED for w in found if not _YEAR.search(w.phrase)):
        return day  # "on Tuesday", "today", "last week": the sentence tells of the present too
    first = yeared[0]
    if not _tells_then(sentence, first):
        return day
    if first.precision == "day" and first.day is not None:
        return first.day
    return first.start + (first.end - first.start) / 2


def sentence_days(sentences: Sequence[str], days: Sequence[dt.date | None],
                  article: dt.date | None) -> list[dt.date | None]:
    """``days`` (the day each sentence's people are read on) with each sentence still read on the ``article``'s day
    read on the past time it tells of itself (:func:`sentence_day`)."""
    if article is None:
        return list(days)
    return [sentence_day(s, d) if d == article else d for s, d in zip(sentences, days, strict=True)]
