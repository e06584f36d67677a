"""The entries of a chronology or timeline, dated by the date that opens them.

A chronology writes each entry as a line (or paragraph) that opens with its time: a full date ("3 Apr 1991 Iraq
accepts ...", "July 15, 2006: U.N. Security Council adopts ..."), a month and a year ("August 1998: Test fires
..."), or a year ("1993: North Korea refuses ..."); a year on a line of its own ("1993:") heads the entries under
it. The sentences of an entry tell of that time, not of the day the page was published: a sentence with no date
of its own takes the entry's day when the entry gives one, and is left undated when the entry gives only a month
or a year (a month is vague: ``evals/real_prose/GUIDE.md`` section 6) -- never the page's day. A month in the
entry's sentence ("In May" under "1993:") is of the entry's year, so it is still no day of the page's year.

A text is read as a chronology only when at least two of its lines open that way; a news story's dateline
("BERLIN, March 3, 2015 --"), its "On Monday, ..." or "In 2018, the two leaders met" open with no entry's date.

>>> import datetime as dt
>>> text = "1993:\\nNorth Korea says it will leave the NPT.\\n10 Apr 1991 Iraq accepts it. Iraq agrees."
>>> [(e.opens, e.day, e.year) for e in entries(text.split("\\n"))]
[(True, None, 1993), (False, None, 1993), (True, datetime.date(1991, 4, 10), 1991)]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from detente.coding._one_event import UNDATED
from detente.coding._text import split_sentences
from detente.coding.dates import parse_date
from detente.model import Event

__all__ = ["Entry", "declared_at", "entries", "timeline_dates", "year_headings"]

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
#: a colon or a dash, spaced ("3 Apr 1991 - Iraq", "Oct 9, 2006 -- The") or a dash straight before the entry's
#: first capitalised word ("January 6, 2016\u2014North Korea conducts ...", as CRS chronologies write it)
_SEP = r"\s*(?:--|[:\u2014\u2013-])\s+|\s*:$|\s*[\u2014\u2013](?=[A-Z\"\u201c])"
_BULLET = r"^[\s\u2022\u00b7*\u25aa\u2013-]*"
#: a full date opening the line, with a separator or straight before the entry's first (capitalised) word
_DAY = re.compile(_BULLET + rf"(\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}},? \d{{4}}|\d{{4}}-\d\d-\d\d)"
                  rf"(?:{_SEP}|\s+(?=[A-Z\"\u201c]))")
#: a month and a year, a month and a day (of the heading's year), or a year or a decade, then a separator
_MONTH_YEAR = re.compile(_BULLET + rf"{_MONTH},? (\d{{4}})(?:{_SEP})")
_MONTH_DAY = re.compile(_BULLET + rf"({_MONTH} \d{{1,2}})(?:{_SEP})")
_YEAR = re.compile(_BULLET + r"(\d{4})s?(?:[-\u2013/](?:\d{4}|\d{2})(?!\d))?(?:" + _SEP + ")")  # "1998-99 -"
#: a year heading on a line of its own
_HEADING = re.compile(_BULLET + r"(\d{4}):?$")
#: a cheap test that a text may hold an entry at all
_MAYBE = re.compile(r"(?m)^[\s\u2022\u00b7*\u25aa\u2013-]*(?:\d|" + _MONTH + ")")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
#: a line that says a chronology follows: a heading naming one ("Timeline", "UNSCOM: CHRONOLOGY OF MAIN EVENTS",
#: "Kosovo Conflict Chronology: September 1998-March 1999") or a line that introduces one ("Key dates in ...:",
#: "Here is a brief timeline of ...:"); not a story's "agree on a timeline of withdrawal"
_KIND = r"(?:timeline|chronology|key dates|key events)"
_DECLARES = re.compile(rf"(?i)(?:^|:\s*(?:(?:a|an|the)\s+)?|(?:here is|here's|below is|the following is)\s+"
                       rf"(?:(?:a|an|the)\s+)?)(?:(?:brief|short|partial|detailed)\s+)?{_KIND}(?:\s+(?:of|in|from)\b|\s*:|$)"
                       rf"|\b{_KIND}\s*(?::[^:.]*\d{{4}}[^:.]*)?$")
_KIND_WORDS = ("timeline", "chronolog", "key dates", "key events")
#: a sentence that places its act on the day of the page itself
_NOW = re.compile(r"(?i)\b(?:today|tonight|this (?:morning|afternoon|evening|week)|(?:mon|tues|wednes|thurs|fri|satur"
                  r"|sun)day)\b")


@dataclasses.dataclass(frozen=True)
class Entry:
    """What a line's time is: ``opens`` whether the line opens with it (or is a heading); ``day`` the entry's day
    (``None``: a month or a year only); ``year`` the entry's year (``None``: the line is no entry)."""

    opens: bool
    day: dt.date | None
    year: int | None


_NONE = Entry(False, None, None)


def _opening(line: str, heading: int | None) -> Entry | None:
    match = _DAY.match(line)
    if match is not None:
        day = parse_date(match.group(1))
        if day is not None:
            return Entry(True, day, day.year)
    match = _MONTH_YEAR.match(line)
    if match is not None:
        return Entry(True, None, int(match.group(1)))
    match = _MONTH_DAY.match(line)
    if match is not None and heading is not None:
        day = parse_date(f"{match.group(1)} {heading}")
        return Entry(True, day, heading)
    match = _YEAR.match(line) or _HEADING.match(line)
    if match is not None:
        return Entry(True, None, int(match.group(1)))
    return None


def entries(lines: Sequence[str]) -> list[Entry]:
    """Each line's entry: the date it opens with, else the year of the heading above it (a line under a year
    heading is one of its entries), else none. All none unless two lines at least open with an entry's time."""
    out: list[Entry] = []
    heading: int | None = None
    opened = 0
    for line in lines:
        text = line.strip()
        if not text:
            out.append(_NONE)
            continue
        found = _opening(text, heading)
        if found is not None:
            opened += 1
            if _HEADING.match(text):
                heading = found.year
            out.append(found)
        else:
            out.append(Entry(False, None, heading) if heading is not None else _NONE)
    return out if opened >= 2 else [_NONE] * len(out)


def year_headings(lines: Sequence[str]) -> set[int]:
    """The lines of a chronology that are a year on a line of their own ("1993:"): the intake keeps them, short
    as they are, for the entries under them (:func:`timeline_dates`)."""
    if not any(_HEADING.match(line.strip()) for line in lines):
        return set()
    found = entries(lines)
    return {i for i, (line, entry) in enumerate(zip(lines, found, strict=True))
            if entry.opens and _HEADING.match(line.strip())}


def _names_kind(text: str) -> bool:
    """A cheap test that ``text`` may say it is a chronology (a lower-cased text and four substrings: an
    alternation of a case-insensitive regex costs ten times as much on a long story)."""
    low = text.lower()
    return any(word in low for word in _KIND_WORDS)


def declared_at(lines: Sequence[str]) -> int | None:
    """The first line that says a chronology follows, a heading or an introduction ending with a colon, else
    ``None``: "Here is a brief timeline of important events ...:" over entries whose headings were lost."""
    for i, line in enumerate(lines):
        text = line.strip()
        if text and _names_kind(text) and _DECLARES.search(text) \
                and (text.endswith(":") or text[-1] not in ".?!\"\u201d"):
            return i
    return None


def timeline_dates(coded: Sequence[Sequence[Event]], sentences: Sequence[str], text: str,
                   day: dt.date | None, header: Sequence[str] = ()) -> list[list[Event]]:
    """The events of each sentence of ``text`` (split as :func:`~detente.coding._text.split_sentences` splits it),
    those of a chronology's entries dated by the entry: an event the coder placed on the page's ``day`` (no date
    of its own) takes the entry's day, or none (:data:`UNDATED`) when the entry gives a month or a year only; an
    event placed in another year than the entry's by a sentence that writes no year ("In May" read in the page's
    year) is undated. Under a line that says a chronology follows (:func:`declared_at`; or when the ``header``, the
    title and the lines the intake took off above the text, says so) a sentence that opens no entry and names no
    day of its own ("North Korea rejects inspections ..." where the page lost its year headings) tells of a time
    the page no longer gives: its events on the page's day are undated. Any other text's events are returned as
    they are."""
    out = [list(found) for found in coded]
    maybe, lines = _MAYBE.search(text), text.split("\n")
    declared = declared_at(lines) if _names_kind(text) else None
    if declared_at(header) is not None:  # the title or a heading the intake took off the text says so
        declared = -1
    if not maybe and declared is None:
        return out
    found = entries(lines) if maybe else [_NONE] * len(lines)
    if all(e.year is None for e in found) and declared is None:
        return out
    of_line: list[Entry] = []
    told: list[bool] = []  # the sentence is one of the chronology, after the line that says one follows
    for i, (line, entry) in enumerate(zip(lines, found, strict=True)):
        n = len(split_sentences(line))
        of_line.extend([entry] * n)
        told.extend([declared is not None and i > declared] * n)
    if len(of_line) != len(sentences):
        return out  # the text is not split line by line as it was coded: leave it
    for k, (events, entry) in enumerate(zip(out, of_line, strict=True)):
        if entry.year is None and told[k] and day is not None and not _NOW.search(sentences[k]):
            # an act of a chronology told with no time of its own ("North Korea rejects inspections ...") is of
            # a time its lost heading gave, never of the day the page was published
            out[k] = [dataclasses.replace(e, date=UNDATED) if e.date == day else e for e in events]
            continue
        if entry.year is None or not events:
            continue
        writes_year = _WRITTEN_YEAR.search(sentences[k]) is not None
        for i, event in enumerate(events):
            if event.date == UNDATED:
                continue
            if event.date is None or event.date == day:
                new = entry.day or UNDATED
            elif event.date.year != entry.year and not writes_year:
                new = UNDATED
            else:
                continue
            events[i] = dataclasses.replace(event, date=new)
    return out
