"""A story told of a vague past time: the acts told after it, with no time phrase of their own, are of that time.

"Last week, Mr. Uribe said he ended President Chavez's mediation ... Colombia had conditionally offered to permit a
meeting" (VOA, 2007): the offer has no time phrase; :func:`detente.coding.narrative.story_day` found no day to go on
with ("last week" names none), so it took the article's own day. A story told of a past month ("When Peru tested
missiles last May, ... In response, Brazil put both countries under sanctions") already left such acts undated;
"last week", or a part of a month ("at the beginning of October" in a story of late October), that ends before
the article's own news is such a time too. "Earlier this month" is not: its span reaches the article's day.

>>> import datetime as dt
>>> from detente.coding.dates import find_when
>>> day = dt.date(2002, 10, 16)
>>> [of_no_day(w, day) for w in find_when("Last week the envoys met; at the beginning of October they met.", day)]
[True, True]
>>> [of_no_day(w, day) for w in find_when("Earlier this month they met; in recent weeks; in March last year.", day)]
[False, False, False]
"""

from __future__ import annotations

import datetime as dt

from detente.coding._since_spans import reaches_now
from detente.coding.dates import When

__all__ = ["of_no_day"]

#: the days of the article's own news: a span that reaches into them may be today's ("in recent weeks")
_NEWS = dt.timedelta(days=2)


def of_no_day(when: When, day: dt.date, sentence: str = "") -> bool:
    """Whether the time phrase ``when`` of a story told before the article's ``day`` names a past time and no day
    of it: a past month or year (not one counted from the article's, "in March last year": docs/coder.md), or
    "last week" and a part of a month that end before the article's news ("the past week", "earlier this month"
    and "in recent weeks" reach to the article's day: none of them). A past time after "since" in the present
    perfect of ``sentence`` ("has been held since ... in December 2018") opens a span to the article's day: none
    either (:mod:`detente.coding._since_spans`)."""
    if when.day is not None or when.kind == "yearword" or (sentence and reaches_now(sentence, when.at[0])):
        return False
    if when.precision in ("month", "year") and when.end < day.replace(day=1):
        return True
    # "last week" (not "the past week", which reaches to now), "at the beginning of October" late in October;
    # "earlier this month" is no such time: its span reaches the article's day (test_narrative_dates.py)
    return (when.phrase.lower().startswith("last") or when.kind == "monthpart") and when.end < day - _NEWS
