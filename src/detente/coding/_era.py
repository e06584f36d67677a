"""A story that tells an era: a war history, a biography, an anniversary piece.

A press agency's piece on a battle of a war decades back ("It was conducted ... from August 31 to September 1,
1950. At that time the U.S. forces were driven to Pusan ...") or on a patriot whose birth anniversary the day
marks ("August 19, 2012 marks the 141st birth anniversary of ...") names one or two years long past, or none
besides the day it marks, fewer than a narrative of the past (:class:`detente.coding.narrative.Narrative`) must
name; what it tells in the past is of that era all the same, not of the day it was published. :func:`era_years`
tells such a story from news that names a year long past as background.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from detente.coding.dates import find_when

__all__ = ["ANNIVERSARY_FRAME", "ERA_YEARS", "NAMES_TIME", "NEAR_DAYS", "NEAR_TIME", "era_years"]

#: how many years before the article's date every year a story of an era that names fewer years lies at least
ERA_YEARS = 20
#: how many days from the article's date a day without its year tells news of the article's own days
NEAR_DAYS = 31
#: a time of the article's own days: a story that names one tells news, not an era
NEAR_TIME = re.compile(
    r"\b(?:today|yesterday|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:this|last|next|past|coming)\s+(?:week|month|year)|(?:days?|weeks?|months?)\s+ago|recent(?:ly)?)\b", re.I)
#: a first sentence opening with the day it marks an anniversary: "August 19, 2012 marks the 141st birth anniversary
#: of ...", "Today marks the 70th anniversary of ..."
ANNIVERSARY_FRAME = re.compile(
    r"^\W*(?:today|this\s+year|[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s+marks?\s+the\s+\d+\w*\s+"
    r"(?:birth\s+)?anniversary\b", re.I)
#: a sentence that may name a time (a figure, a month or weekday name, a word of time)
NAMES_TIME = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
                         r"|\b(?:yesterday|today|tonight|tomorrow|day|week|month|year|ago|later|earlier)\b", re.I)
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d{2}\b")


def era_years(sentences: Sequence[str], anchor: dt.date | None, named: list[tuple[int, int, bool]], lead: int
              ) -> list[tuple[int, int, bool]] | None:
    """The years a story that tells an era names (``named``: each time phrase naming a year, as (sentence, year,
    whether a day or month goes with it)), fewer than a narrative's, or None when the text is no such story;
    ``lead`` is the number of its lead sentence. A story of an era names no time of the article's own days
    (:data:`NEAR_TIME`: "on Monday", "last week", "recently"; nor a day within :data:`NEAR_DAYS` of the article's
    date in a sentence naming no year: "The paper on July 3 said ..."), and either opens by setting its time long
    past (its lead, the first sentence after a headline, is the first to name a time, and names a year
    :data:`ERA_YEARS` or more before the article's date, every year the text names lying so far back: "It was
    fought from August 31 to September 1, 1950.") or its lead opens with the day it marks the anniversary of a
    life or an event (:data:`ANNIVERSARY_FRAME`: "August 19, 2012 marks the 141st birth anniversary of ..."), the
    years named after that lying so far back. A story that tells its news first and names a year long past later
    ("Kim Jong Il gave field guidance to the farm. ... The President visited it on November 30, 1971", "The
    bureau published a stamp to mark the 150th anniversary of the map. The map was completed in 1861.") is no
    such story."""
    if anchor is None or not sentences:
        return None
    framed = lead < len(sentences) and bool(ANNIVERSARY_FRAME.match(sentences[lead]))
    if framed:
        named = [n for n in named if n[0] != lead]
    oldest = anchor.year - ERA_YEARS
    if not (named or framed) or any(year > oldest for _, year, _ in named):
        return None
    first = None
    for k, sentence in enumerate(sentences):
        if framed and k == lead:
            continue
        if NEAR_TIME.search(sentence):
            return None
        if not NAMES_TIME.search(sentence):
            continue
        try:
            found = find_when(sentence, anchor)
        except (ValueError, OverflowError):
            return None
        if not _YEAR.search(sentence) and any(w.precision == "day" and w.day is not None
                                              and abs((anchor - w.day).days) <= NEAR_DAYS for w in found):
            return None  # "The Indian paper on July 3 said ...": the news of a day
        if first is None and (found or _YEAR.search(sentence)):
            first = k
    if not framed and (first is None or first > lead
                       or not any(int(y) <= oldest for y in _YEAR.findall(sentences[first]))):
        return None
    return named
