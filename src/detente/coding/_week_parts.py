"""A part of a week that holds at most three days: its middle day is within a day of each of them.

"Peru and Chile held talks late last week" names no day, and the coder left the act undated, as it leaves every act
told by a span. But a span of three days or fewer holds no day more than a day from its middle one, so that day
dates the act within the day's tolerance whichever of them it fell on (as "in the past two days" is dated on the
day before the article's: :data:`detente.coding.dates.SHORT_SPAN`):

- "late last week": the last working days of the week before the article's, Thursday to Saturday: its Friday;
- "early last week": Monday to Wednesday of that week: its Tuesday;
- "earlier this week": Monday of the article's week up to the day before the article's, when that is one to three
  days (an article of Tuesday to Thursday): its middle day (Monday; Tuesday of a Wednesday's or a Thursday's
  article). In an article of Friday or later it holds four days or more and names no day.

A longer span ("last week", "earlier this month", "in recent days") still names no day, and a time to come ("early
next week", "late this week") is none of these.

>>> import datetime as dt
>>> from detente.coding.dates import find_when
>>> thursday = dt.date(2023, 5, 11)
>>> [str(week_part_day(w, thursday)) for w in find_when("late last week; early last week", thursday)]
['2023-05-05', '2023-05-02']
>>> [str(week_part_day(w, d)) for d in (thursday, thursday + dt.timedelta(days=1))
...  for w in find_when("They met earlier this week.", d)]
['2023-05-09', 'None']
"""

from __future__ import annotations

import datetime as dt
import re

from detente.coding.dates import When

__all__ = ["week_part_day"]

_LAST_WEEK = re.compile(r"^(late|early)\s+last\s+week$", re.I)
_THIS_WEEK = re.compile(r"^earlier\s+this\s+week$", re.I)
#: the day of last week each part is dated on (Monday 0): Friday for late, Tuesday for early
_PART_DAY = {"late": 4, "early": 1}
#: the most days a span may hold for its middle day to be within a day of each
_MOST = 3


def week_part_day(when: When | None, date: dt.date | None) -> dt.date | None:
    """The day an act told by ``when`` is dated on when the phrase is a part of a week of at most three days
    before the article's ``date`` (see the module docstring); ``None`` for any other phrase."""
    if when is None or date is None or when.day is not None:
        return None
    phrase = " ".join(when.phrase.split())
    monday = date - dt.timedelta(days=date.weekday())
    if (last := _LAST_WEEK.match(phrase)) is not None:
        return monday - dt.timedelta(days=7 - _PART_DAY[last.group(1).lower()])
    if _THIS_WEEK.match(phrase) is not None and 1 <= (days := (date - monday).days) <= _MOST:
        return monday + dt.timedelta(days=days // 2)
    return None
