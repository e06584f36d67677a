"""Two times joined by "and": an act told on each of them, and a year the two share.

"Peru and Chile held talks on April 3 and April 20" tells of two rounds of talks, "Chile fired rockets at the
border posts on Monday and again on Thursday" of two salvos; the coder read the first time only and dated the act
by it, so the second act was lost. When the time that dates an act is joined by "and" (with "again", "on", "in"
or a comma between, nothing else) to a second time of the same kind, the act is told once more on the second:

- two days at least two days apart (consecutive days, "on Monday and Tuesday", "23 and 24 May", are one act over
  two days, which its first day dates within the day's tolerance), neither after the article's day;
- two months ("in July and October, 2011", "in March and April"): the act of each month is undated, as an act told
  by a month is, and keeps its own month for a chronology to date it (:mod:`detente.coding.anchors`).

A year written after the second time only is the first's too: "in July and October, 2011" is July 2011, "on
December 28 and January 4, 2019" December 2018, however far the article is from them.

Left alone: a span ("between May 3 and May 9", "from ... to ..."), a second time followed by a verb of its own
("recalled its envoy on Monday and on Thursday expelled two diplomats": Thursday dates the expulsion), two times
with words between ("in Lima on Monday and again in Santiago on Thursday"), and acts to come (a day after the
article's).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence

from detente.coding._month_nouns import NOUN_TIMES
from detente.coding._one_event import UNDATED
from detente.coding.dates import When
from detente.coding.event_dates import Placed
from detente.model import Event

__all__ = ["joined_times"]

#: the words that may join two times ("on May 3 and May 17", "on Monday and again on Thursday", "in July and in
#: October")
_JOINS = frozenset(["and", "again", "on", "in", ","])
#: words before the first time that make the two a span's ends, not two times
_SPAN_WORDS = frozenset(["between", "from", "through", "until", "till"])
#: what may follow the second time (the clause closes, or a place or a party follows): no verb of its own
_CLOSES = frozenset([".", ",", ";", ":", "!", "?", "in", "at", "with", "respectively", "and", "'", '"', "''",
                     "near", "along", "over", "during", "after", "before", "when", "as", "amid"])
#: how far apart two days must lie to be two acts (consecutive days are one act over both)
_APART = dt.timedelta(days=2)
#: the stops that close the clause of the times (a verb after them is the sentence's: "The talks, held in July
#: and October, 2011, offered ...")
_STOPS = frozenset([".", ",", ";", ":", "!", "?"])
_MONTH_NAMES = {name.lower(): k for k, name in enumerate(calendar.month_name) if name}
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d{2}\b")


def _told(phrase: str, start: dt.date, end: dt.date) -> str:
    """The summary an act told by a month keeps (as ``_one_event.told_span`` writes it)."""
    return f"told as {phrase!r}: {start.isoformat()} to {end.isoformat()}"


def _in_year(day: dt.date, year: int, before: dt.date) -> dt.date:
    """``day`` moved to ``year``, or to the year before when it would then fall after ``before``."""
    moved = dt.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))
    return moved if moved <= before else _in_year(day, year - 1, dt.date(9999, 1, 1))


def _bare_month(low: Sequence[str], at: int, first: When, cased: Sequence[str]) -> When | None:
    """A month named alone after "and" ("in March and April"; the reader reads a month only after "in"), in the
    year of the first month, or the next when it comes before it in the calendar."""
    month = _MONTH_NAMES.get(low[at]) if at < len(low) else None
    if month is None or not cased[at][:1].isupper():
        return None
    year = first.start.year + (1 if month < first.start.month else 0)
    start = dt.date(year, month, 1)
    return When(cased[at], None, start, dt.date(year, month, calendar.monthrange(year, month)[1]), "month")


def _chains(placed: Sequence[Placed], low: Sequence[str], cased: Sequence[str]) -> list[tuple[Placed, list[When], int]]:
    """The times joined to the one before them, a list closed by "and" ("on May 3 and May 17", "on May 3, May 10
    and May 17"): (the first, the readings of the others, the token after the last)."""
    out: list[tuple[Placed, list[When], int]] = []
    times = [p for p in placed if not p.noun and p.when.kind not in NOUN_TIMES]
    k = 0
    while k < len(times):
        first = times[k]
        k += 1
        if first.first > 0 and low[first.first - 1] in _SPAN_WORDS:
            continue
        if first.when.kind == "range" and " and " in first.when.phrase and first.when.day is not None:
            out.append((first, [When(first.when.phrase, first.when.end, first.when.end, first.when.end, "day")],
                        first.last))  # "on April 3 and 20"
            continue
        others: list[When] = []
        end, closed = first.last, False
        while not closed:
            gap = end
            while gap < len(low) and low[gap] in _JOINS:
                gap += 1
            if gap == end:
                break
            closed = "and" in low[end:gap]
            if k < len(times) and end <= times[k].first <= gap:  # "on Monday" holds its "on"
                others.append(times[k].when)
                end = times[k].last
                k += 1
            elif closed and first.when.precision == "month" and (
                    bare := _bare_month(low, gap, first.when, cased)) is not None:
                others.append(bare)
                end = gap + 1
            else:
                break
        if others and closed:
            out.append((first, others, end))
    return out


def _shared_year(first: When, second: When) -> When:
    """The first time in the year the second writes when the first writes none ("in July and October, 2011")."""
    if _YEAR.search(first.phrase) or not _YEAR.search(second.phrase):
        return first
    start = _in_year(first.start, second.start.year, second.start)
    if start == first.start:
        return first
    end = start + (first.end - first.start) if first.precision == "day" else \
        dt.date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return dataclasses.replace(first, day=start if first.day is not None else None, start=start, end=end)


def joined_times(events: list[Event], verbs: list[int], low: Sequence[str], cased: Sequence[str],
                 placed: Sequence[Placed], date: dt.date | None) -> None:
    """Each act of ``events`` dated by a time joined by "and" to a second told again on the second, and the first
    time given the second's year (see the module docstring); ``verbs`` (the events' words) kept in step."""
    for first, others, after in _chains(placed, low, cased):
        if after < len(low) and low[after] not in _CLOSES:
            continue  # "on Monday and on Thursday expelled two diplomats": the last time is another act's
        if after < len(low) and low[after] not in _STOPS and any(after <= v <= after + 1 for v in verbs):
            continue  # "on Monday and Thursday in Lima expelled ...": a verb right after a word that closes nothing
        one = _shared_year(first.when, others[-1])
        times = [one, *others]
        month = all(w.precision == "month" for w in times)
        days = [w.day for w in times if w.precision == "day" and w.day is not None]
        day = len(days) == len(times) and all(b - a >= _APART for a, b in itertools.pairwise(days)) \
            and (date is None or days[-1] <= date)
        if not (day or month):
            continue
        old = _told(first.when.phrase, first.when.start, first.when.end)
        for n, (event, verb) in enumerate(list(zip(events, verbs, strict=True))):
            if day and event.date == first.when.day:
                events[n] = dataclasses.replace(event, date=days[0])
                events.extend(dataclasses.replace(event, date=d) for d in days[1:])
            elif month and event.date == UNDATED and event.summary == old:
                events[n] = dataclasses.replace(event, summary=_told(one.phrase, one.start, one.end))
                events.extend(dataclasses.replace(event, summary=_told(w.phrase, w.start, w.end)) for w in others)
            else:
                continue
            verbs.extend([verb] * len(others))
