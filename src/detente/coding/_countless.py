"""An interval told with no count: "days after", "just weeks after", "months before".

"Japan lodged a protest with China on Thursday, days after Chinese ships entered Japanese waters": the entry is some
days before Thursday, on no day the text says. Only a counted interval ("two days after") was read, so the
clause's act took the day the sentence names for its main clause (the entry dated on Thursday, the day of the
protest). :data:`COUNTLESS_INTERVAL` finds the phrase as an interval of :mod:`detente.coding.dates` (so that it
dates the act of the clause it opens, :mod:`detente.coding.event_dates`) and :func:`countless_reach` gives the
span it covers, read with no day: the act is undated. "Hours after" is within the day and is not such a phrase;
"a few days after" keeps the count it was read with.

>>> import datetime as dt
>>> countless_reach("days after", dt.date(2023, 11, 23), sign=-1)
(datetime.date(2023, 11, 10), datetime.date(2023, 11, 22))
>>> countless_reach("two days after", dt.date(2023, 11, 23), sign=-1) is None
True
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["COUNTLESS_INTERVAL", "countless_reach"]

#: a plural unit with no count before "after" or "before", a word after it ("just days after Tokyo renewed ...")
COUNTLESS_INTERVAL = (r"(?<!\bfor\s)\b(?:(?:just|only|mere|barely|some)\s+)?"
                      r"(?:days|weeks|months|years|decades)\s+(?:after|before)(?=\s+[A-Za-z])")
#: the span each unit reaches from the day of the clause (in days): at most two weeks for "days", and so on
_REACH = {"days": (1, 13), "weeks": (7, 62), "months": (28, 730), "years": (365, 36500), "decades": (3650, 36500)}
_HEAD = re.compile(r"(?:(?:just|only|mere|barely|some)\s+)?(days|weeks|months|years|decades)\s+(after|before)$")


def countless_reach(phrase: str, anchor: dt.date, *, sign: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day a countless interval ``phrase`` reaches from ``anchor`` (``sign`` -1: "after", the
    act is before the anchor; +1: "before", after it); ``None`` for a phrase with a count."""
    head = _HEAD.fullmatch(" ".join(phrase.lower().split()))
    if head is None:
        return None
    near, far = _REACH[head.group(1)]
    try:
        ends = sorted((anchor + dt.timedelta(days=sign * near), anchor + dt.timedelta(days=sign * far)))
    except OverflowError:
        return None
    return ends[0], ends[1]
