"""A part of a named month: "at the end of July", "in mid-June", "the beginning of March 2009", "early May".

:func:`detente.coding.dates.find_when` reads a month named alone ("in July", "last March") as the whole month and
no day. A phrase naming a part of it was not read at all ("held at the end of July", "the middle of August") or,
joined to the month by a hyphen ("in mid-July"), never looked for: the act took the article's day, months after it
happened. Such a phrase names no day either; it narrows the month to its first, middle or last ten days, so that a
record (:mod:`detente.coding.anchors`) dates the act only by an episode in that part ("early July" is not the
talks of July 28).

>>> import datetime as dt
>>> month_part("at the end of july", dt.date(2011, 7, 1), dt.date(2011, 7, 31))
(datetime.date(2011, 7, 21), datetime.date(2011, 7, 31))
>>> month_part("in mid-june", dt.date(2011, 6, 1), dt.date(2011, 6, 30))
(datetime.date(2011, 6, 11), datetime.date(2011, 6, 20))
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["MID_MONTHS", "MONTH_PART", "month_part"]

_NAMES = "|".join(sorted({n.lower() for n in calendar.month_name if n} | {"sept"}
                         | {n.lower() for n in calendar.month_abbr if n}, key=len, reverse=True))
_PART_NOUN = r"(?:very\s+)?(?:end|beginning|start|middle|close)"
#: the phrase (read in any case; a month in lower case is dropped by the caller): "at the end of July", "by the
#: beginning of March 2009", "toward the close of May", "in mid-June", "mid-July", "early September", "late May 2010"
#: (a day after the month is a month-day, not a part: "late May 27" is none)
MONTH_PART = (rf"(?:\b(?:at|by|until|till|toward|towards|near|around|from|since|in|before|after|during)\s+)?"
              rf"\bthe\s+{_PART_NOUN}\s+of\s+(?:{_NAMES})\b(?:\.?,?\s+\d{{4}}\b)?"
              rf"|(?:\b(?:in|since|during|until|by|from)\s+)?\b(?:(?:early|late|mid)\s+|mid-)(?:{_NAMES})\b"
              rf"(?!\.?\s+\d{{1,2}}\b(?!\d))(?:\.?,?\s+\d{{4}}\b)?")
#: the single tokens "mid-July", "mid-june" (the tokenizer keeps a hyphened word whole), by which a sentence is
#: known to hold a time phrase before it is read
MID_MONTHS = frozenset(f"mid-{name.lower()}" for name in calendar.month_name if name)

#: the last day of the first part of a month, and of its middle
_FIRST, _MIDDLE = 10, 20
_EARLY = re.compile(r"\b(?:beginning|start|early)\b")
_LATE = re.compile(r"\b(?:end|close|late)\b")


def month_part(low: str, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The part of the month ``first``..``last`` the phrase ``low`` (lower case) names: its first ten days ("the
    beginning of", "early"), its last days ("the end of", "late") or the ten between ("the middle of", "mid-")."""
    if _EARLY.search(low):
        return first, first.replace(day=_FIRST)
    if _LATE.search(low):
        return first.replace(day=_MIDDLE + 1), last
    return first.replace(day=_FIRST + 1), first.replace(day=_MIDDLE)
