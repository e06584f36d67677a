"""Dates: when a sentence says something happened, resolved against the article's date.

A sentence names a time with a phrase: "on Tuesday", "last month", "back in September 2021", "two weeks ago",
"within the past year", "June 12, 2018". :func:`find_when` finds the phrases and reads each as a :class:`When`:
the day the event is dated to (or none), the span it lies in, and how precise the phrase is. :func:`resolve_date`
gives the one date the coder records for a sentence.

Reading a written date ("Thursday March 23rd 2017", "Feb. 28, 2019 at 3:04 p.m. EST", "3 days ago", "last
Friday", "next month") is the dateparser library's job. This module finds the phrase, picks the direction from
the sentence's tense, and decides the precision. It reads these phrases itself, because dateparser's reading
does not fit news (tests/coding/test_dates.py shows both readings):

- a bare weekday is the latest such day on or before the article's date ("on Friday" in a Friday story is that
  day, where dateparser goes back a week), or in a sentence about the future the next one on or after it;
- a month and day without a year ("Feb. 28") is this year's unless that is more than a month after the article
  (then last year's); in a sentence about the future, the next such day when it lies within half a year (further
  off, the future word belongs to another clause: "said on Sept. 26 that talks would resume");
- "this week/month/year", "today", "tonight", "earlier this week": the article's own date;
- a phrase that names no day: "within the past year", "in recent weeks", "in 2018" (a year alone) gives a span and
  no day: the event is undated (:data:`UNDATED`) rather than put on a day the text does not say.

Without an article date only a full written date ("June 12, 2018") dates a sentence.

>>> import datetime as dt
>>> resolve_date("Kim met Trump last month.", dt.date(2019, 3, 15))
datetime.date(2019, 2, 15)
>>> resolve_date("The envoy arrived in Hanoi on Tuesday.", dt.date(2019, 2, 22))
datetime.date(2019, 2, 19)
>>> resolve_date("They met on June 12, 2018.", dt.date(2019, 1, 1))
datetime.date(2018, 6, 12)
>>> resolve_date("The talks resumed back in September 2021.", dt.date(2022, 3, 1))
datetime.date(2021, 9, 1)
>>> resolve_date("Pyongyang fired missiles within the past year.", dt.date(2019, 2, 22)) == UNDATED
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

__all__ = ["UNDATED", "When", "find_when", "parse_date", "resolve_date", "shift_months"]

#: the date of an event whose day the text does not give (the coder's UNDATED; shown as null)
UNDATED = dt.date.min

Precision = Literal["day", "week", "month", "year", "span"]
_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3, "span": 4}

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "couple": 2}

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(_WEEKDAYS)
_COUNT = r"(?:\d{1,3}|a\s+couple\s+of|(?:a\s+)?few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|" \
         r"twelve|several)"
_UNIT = r"(?:day|week|month|year|decade)s?"
_ORD = r"(?:st|nd|rd|th)?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?"

#: (kind, pattern); every pattern is tried, the most precise phrase of a sentence wins, then the first
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b"),
    ("full", rf"\b(?:(?:{_WEEKDAY}),?\s+)?(?:{_MONTH})\.?\s+\d{{1,2}}{_ORD},?\s+\d{{4}}\b{_TIME}"),
    ("full", rf"\b(?:(?:{_WEEKDAY}),?\s+)?\d{{1,2}}{_ORD}\s+(?:of\s+)?(?:{_MONTH})\.?,?\s+\d{{4}}\b{_TIME}"),
    ("ago", rf"\b{_COUNT}\s+{_UNIT}\s+(?:ago|earlier|before\s+now)\b"),
    ("ahead", rf"\b(?:{_COUNT}\s+{_UNIT}\s+(?:from\s+now|away|later|hence)|"
              rf"in\s+{_COUNT}\s+{_UNIT}(?!\s+(?:ago|of)))\b"),
    ("span", rf"\b(?:within|in|over|during|for|throughout)\s+the\s+(?:past|last|previous|coming|next)\s+"
             rf"(?:{_COUNT}\s+)?{_UNIT}\b"),
    ("span", rf"\bin\s+recent\s+{_UNIT}\b|\bso\s+far\s+this\s+(?:week|month|year)\b|\bin\s+the\s+coming\s+{_UNIT}\b"),
    ("oneday", r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|"
               r"tomorrow)\b"),
    ("relative", r"\b(?:earlier|later)\s+this\s+(?:week|month|year)\b"),
    ("relative", r"\b(?:last|this|next|past|coming|previous)\s+(?:week|weekend|month|year)\b"),
    ("weekday", rf"\b(?:(?:last|next|this(?:\s+(?:past|coming))?|on|since|by|until|before|after)\s+)?"
                rf"(?:{_WEEKDAY})\b(?:\s+(?:morning|afternoon|evening|night))?"),
    ("monthyear", rf"(?:\b(?:back\s+)?(?:in|since|during|until|by|from|of|early|late)\s+|\bmid-?)?\b(?:{_MONTH})\.?,?"
                  rf"\s+\d{{4}}\b"),
    ("monthday", rf"\b(?:{_MONTH})\.?\s+\d{{1,2}}{_ORD}\b(?!,?\s+\d{{4}})(?!:)"),
    ("monthday", rf"\b\d{{1,2}}{_ORD}\s+(?:of\s+)?(?:{_MONTH})\b\.?(?!,?\s+\d{{4}})"),
    ("month", rf"(?:\b(?:last|this|next|in|since|during|until|by|early|late)\s+|\bmid-?)(?:{_MONTH})\b(?!\.?\s+\d)"),
    ("year", r"\b(?:in|since|during|until|by|throughout)\s+(?:early\s+|late\s+|mid-?)?(?:1[89]|20)\d{2}\b"),
)
_FINDERS = tuple((kind, re.compile(pattern, re.I)) for kind, pattern in _PATTERNS)
#: words that put a sentence in the future: a bare weekday or month-day is then the next one ("may" and "might"
#: only in lower case, so the month of May is no modal)
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|'ll|going\s+to|plans?\s+to|planned\s+to|plans\s+for|is\s+to|are\s+to|scheduled|"
    r"expected\s+to|set\s+to|due\s+to|to\s+be\s+held|upcoming|would|(?-i:may|might)|intends?\s+to|aims?\s+to)\b",
    re.I,
)
#: month and weekday names, which count only when written with a capital ("may", "march" are verbs)
_NAMES = re.compile(rf"\b(?:{_MONTH}|{_WEEKDAY})\b", re.I)


@dataclass(frozen=True, slots=True)
class When:
    """A time phrase of a sentence read against the article's date.

    ``day`` is the date an event of the sentence is recorded on, ``None`` when the phrase names no day (a year
    alone, "within the past year"); ``start``..``end`` is the span the phrase covers; ``at`` the phrase's
    character offsets in the sentence.
    """

    phrase: str
    day: dt.date | None
    start: dt.date
    end: dt.date
    precision: Precision
    at: tuple[int, int] = (0, 0)


def shift_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's length and to the calendar's first/last month."""
    index = min(max(day.year * 12 + day.month - 1 + months, 12), 9999 * 12 + 11)
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# -- written dates -------------------------------------------------------------------------------------------------

_STRPTIME = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y")


def _strptime(phrase: str) -> dt.date | None:
    """A written date in one of the common forms, read by the standard library: the weekday, ordinal suffixes,
    "of", dots, commas and a trailing time are dropped first ("Thursday, March 23rd, 2017 at 10:00" ->
    "March 23 2017")."""
    text = re.sub(rf"^(?:{_WEEKDAY}),?\s+", "", phrase.strip(), flags=re.I)
    text = re.sub(r"(\d{4})\b.*$", r"\1", text)
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"\bof\s+|[.,]", " ", text)
    text = " ".join(text.split()).replace("Sept ", "Sep ").replace("sept ", "sep ")
    for form in _STRPTIME:
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


@lru_cache(maxsize=1024)
def _dateparser(phrase: str) -> dt.date | None:
    """dateparser's reading of a written date with day, month and year (English); None when it reads none.

    Used for the forms the standard library does not read; imported on first use (it takes about half a second to
    import and to compile its time-zone patterns, see docs/coder.md)."""
    import dateparser

    settings: dict[str, Any] = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                                "PREFER_DAY_OF_MONTH": "first"}
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError, AttributeError, KeyError, IndexError):
        return None
    return parsed.date() if parsed is not None else None


def parse_date(text: str) -> dt.date | None:
    """The first calendar date written in full in ``text`` ("June 12, 2018", "12 June 2018", "Thursday March 23rd
    2017", ISO), or ``None``. Never raises."""
    found = [w for w in _scan(text, None, future=False) if w.precision == "day"]
    return found[0].day if found else None


def _full_date(phrase: str) -> dt.date | None:
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", phrase)
    if iso:
        return _safe(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    return _strptime(phrase) or _dateparser(" ".join(phrase.split()))


def _shift(anchor: dt.date, count: int, unit: str) -> dt.date:
    """``anchor`` moved by ``count`` days, weeks, months or years (months and years keep the day of the month,
    clamped to the month's length): dateparser's reading of "3 weeks ago", "in 2 months", "last year", checked
    against it in tests/coding/test_dates.py."""
    if unit == "day":
        return anchor + dt.timedelta(days=count)
    if unit == "week":
        return anchor + dt.timedelta(days=7 * count)
    months = count if unit == "month" else 12 * count
    target = anchor.year * 12 + anchor.month - 1 + months
    if not 12 <= target <= 9999 * 12 + 11:
        raise OverflowError("off the calendar")
    return shift_months(anchor, months)


# -- phrases ------------------------------------------------------------------------------------------------------

def find_when(sentence: str, anchor: dt.date | None) -> list[When]:
    """Every time phrase of ``sentence`` read against ``anchor`` (the article's date), in sentence order.

    Without ``anchor`` only full written dates are read. A phrase that would fall off the calendar is left out.
    """
    return _scan(sentence, anchor, future=bool(_FUTURE.search(sentence)))


_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
                    "weekend"})
_ONE_DAY = frozenset({"yesterday", "today", "tonight", "tomorrow"})


def _kinds(sentence: str) -> set[str]:
    """The kinds of phrase a sentence can hold, from its words (a cheap test before the patterns)."""
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    digits = any(ch.isdigit() for ch in sentence)
    kinds: set[str] = set()
    if not words.isdisjoint(_MONTHS):
        kinds.update(("full", "monthyear", "monthday", "month"))
    if not words.isdisjoint(_WEEKDAYS):
        kinds.update(("full", "weekday"))
    if not words.isdisjoint(_UNITS):
        kinds.update(("ago", "ahead", "span", "relative"))
    if not words.isdisjoint(_ONE_DAY):
        kinds.add("oneday")
    if digits:
        kinds.update(("iso", "year"))
    return kinds


def _scan(sentence: str, anchor: dt.date | None, *, future: bool) -> list[When]:
    taken: list[tuple[int, int]] = []
    found: list[When] = []
    possible = _kinds(sentence)
    for kind, finder in _FINDERS:
        if kind not in possible:
            continue
        for match in finder.finditer(sentence):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            phrase = match.group(0)
            if any(name.group(0)[0].islower() for name in _NAMES.finditer(phrase)):
                continue  # "may", "march", "mar" in lower case are verbs; names of months and days are capitalized
            try:
                when = _read(kind, phrase, anchor, future)
            except (ValueError, OverflowError):
                when = None
            if when is None:
                continue
            taken.append((start, end))
            found.append(When(when.phrase, when.day, when.start, when.end, when.precision, (start, end)))
    return sorted(found, key=lambda w: w.at)


def _one(phrase: str, day: dt.date | None, precision: Precision = "day") -> When | None:
    return None if day is None else When(phrase, day, day, day, precision)


def _read(kind: str, phrase: str, anchor: dt.date | None, future: bool) -> When | None:
    if kind in ("iso", "full"):
        return _one(phrase, _full_date(phrase))
    if anchor is None:
        return None
    low = " ".join(phrase.lower().split())
    if kind == "ago":
        return _units(phrase, low, anchor, sign=-1)
    if kind == "ahead":
        return _units(phrase, low, anchor, sign=1)
    if kind == "span":
        return _span(phrase, low, anchor)
    if kind == "oneday":
        offset = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}
        return _one(phrase, _shift(anchor, offset.get(low, 0), "day"))
    if kind == "relative":
        return _relative(phrase, low, anchor)
    if kind == "weekday":
        return _weekday(phrase, low, anchor, future)
    if kind == "monthyear":
        match = re.search(rf"({_MONTH})\.?,?\s+(\d{{4}})", low)
        assert match is not None
        first, last = _month_span(int(match.group(2)), _MONTHS[match.group(1)])
        return When(phrase, first, first, last, "month")
    if kind == "monthday":
        return _month_day(phrase, low, anchor, future)
    if kind == "month":
        return _month(phrase, low, anchor, future)
    year = int(re.findall(r"\d{4}", low)[0])
    return When(phrase, None, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _count(low: str) -> int:
    head = re.match(rf"(?:in\s+)?({_COUNT})\s", low + " ")
    word = head.group(1) if head else "1"
    word = word.replace("a couple of", "couple").replace("a few", "few")
    return int(word) if word.isdigit() else _NUMBERS.get(word, 1)


def _units(phrase: str, low: str, anchor: dt.date, *, sign: int) -> When | None:
    """"two weeks ago", "in three days", "a month away": dateparser counts from the article's date."""
    unit = re.search(r"(day|week|month|year|decade)", low)
    assert unit is not None
    count, name = _count(low), unit.group(1)
    if name == "decade":
        count, name = count * 10, "year"
    day = _shift(anchor, sign * count, name)
    precision: Precision = "day" if name == "day" else ("week" if name == "week" else
                                                       ("month" if name == "month" else "year"))
    if precision == "month":
        return When(phrase, day, *_month_span(day.year, day.month), precision)
    if precision == "year":
        return When(phrase, day, dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), precision)
    return When(phrase, day, day, day, precision)


def _span(phrase: str, low: str, anchor: dt.date) -> When:
    """"within the past year", "in recent weeks", "in the coming months": a span, no day."""
    unit = re.search(r"(day|week|month|year|decade)", low)
    assert unit is not None
    counted = re.search(rf"(?:past|last|previous|coming|next)\s+({_COUNT})\s", low)
    count = _count(counted.group(1) + " ") if counted else (3 if "recent" in low or "coming" in low else 1)
    days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}[unit.group(1)] * count
    if "so far this" in low:
        name = unit.group(1)
        begin = anchor.replace(day=1) if name == "month" else (
            anchor.replace(month=1, day=1) if name == "year" else anchor - dt.timedelta(days=anchor.weekday()))
        return When(phrase, None, begin, anchor, "span")
    if re.search(r"\b(?:coming|next)\b", low):
        return When(phrase, None, anchor, anchor + dt.timedelta(days=days), "span")
    return When(phrase, None, anchor - dt.timedelta(days=days), anchor, "span")


def _relative(phrase: str, low: str, anchor: dt.date) -> When | None:
    """"last week", "next month", "this year", "earlier this week", "last weekend"."""
    unit = low.split()[-1]
    if low.startswith(("this", "earlier this", "later this")):
        if unit.startswith("week"):
            monday = anchor - dt.timedelta(days=anchor.weekday())
            return When(phrase, anchor, monday, monday + dt.timedelta(days=6), "week")
        if unit == "month":
            return When(phrase, anchor, *_month_span(anchor.year, anchor.month), "month")
        return When(phrase, anchor, dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31), "year")
    back = low.split()[0] in ("last", "past", "previous")
    if unit == "weekend":
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7 or 7) if back else (
            anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7 or 7))
        return When(phrase, saturday, saturday, saturday + dt.timedelta(days=1), "week")
    day = _shift(anchor, -1 if back else 1, unit)
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return When(phrase, day, monday, monday + dt.timedelta(days=6), "week")
    if unit == "month":
        return When(phrase, day, *_month_span(day.year, day.month), "month")
    return When(phrase, day, dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year")


def _weekday(phrase: str, low: str, anchor: dt.date, future: bool) -> When | None:
    name = next(w for w in _WEEKDAYS if w in low)
    target = _WEEKDAYS[name]
    if low.startswith(("last ", "this past ")):  # the one before the article's day, a week back on the same weekday
        return _one(phrase, anchor - dt.timedelta(days=(anchor.weekday() - target) % 7 or 7))
    if low.startswith(("next ", "this coming ")):
        return _one(phrase, anchor + dt.timedelta(days=(target - anchor.weekday()) % 7 or 7))
    if future:
        day = anchor + dt.timedelta(days=(target - anchor.weekday()) % 7)
    else:
        day = anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)
    return _one(phrase, day)


#: how far ahead (days) a bare month-day of a sentence about the future may lie; beyond it the day is read as past
_FUTURE_REACH = 183


def _month_day(phrase: str, low: str, anchor: dt.date, future: bool) -> When | None:
    month_name = re.search(rf"({_MONTH})", low)
    number = re.search(r"\d{1,2}", low)
    assert month_name is not None and number is not None
    month, dom = _MONTHS[month_name.group(1)], int(number.group(0))
    if _safe(2000, month, dom) is None:  # no such day in any year (Feb 29 exists in 2000)
        return None
    if future:
        for year in (anchor.year, anchor.year + 1):
            day = _safe(year, month, dom)
            if day is not None and day >= anchor - dt.timedelta(days=2):
                if (day - anchor).days <= _FUTURE_REACH:
                    return _one(phrase, day)
                break
        # the next such day is most of a year away: the future word belongs to another clause ("said on Sept. 26
        # that talks would resume"), so the day is read as in a sentence about the past
    day = _safe(anchor.year, month, dom)
    if day is None or (day - anchor).days > 31:
        day = _safe(anchor.year - 1, month, dom)
    return _one(phrase, day)


def _month(phrase: str, low: str, anchor: dt.date, future: bool) -> When | None:
    """"in September", "last March", "next June": the nearest such month in the sentence's direction."""
    name = re.search(rf"({_MONTH})\b", low)
    assert name is not None
    month = _MONTHS[name.group(1)]
    lead = low.split()[0]
    if lead == "this" or (lead not in ("last", "next") and month == anchor.month):
        year = anchor.year
    elif lead == "next" or (lead not in ("last",) and future):
        year = anchor.year + (month <= anchor.month)
    else:
        year = anchor.year - (month >= anchor.month)
    first, last = _month_span(year, month)
    return When(phrase, first, first, last, "month")


# -- the sentence's date ------------------------------------------------------------------------------------------

def resolve_date(sentence: str, anchor: dt.date | None) -> dt.date | None:
    """The date a sentence's events are recorded on: its most precise time phrase (the first of equals) read
    against ``anchor``; ``anchor`` when it names none; :data:`UNDATED` when its phrase names no day ("within the
    past year", "in 2018"). Without ``anchor``: a full written date, else ``None``. Never raises."""
    try:
        found = find_when(sentence, anchor)
    except (ValueError, OverflowError):
        return anchor
    if not found:
        return anchor
    best = min(found, key=lambda w: _RANK[w.precision])
    if best.day is None:
        return UNDATED if anchor is not None else None
    return best.day
