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
- "this week/month", "today", "tonight": the article's own date;
- a week or a month other than the article's ("last week", "next month", "two weeks ago", "a month later") names
  no day of it: the span it covers and no day, as the evaluation set's guide dates such acts only by the public
  record (the day "last month" counts to, a month back, is seldom the day of the act);
- an act that went on through the last days or weeks ("during the past two weeks", "over the last three days"):
  the span's first day, as a meeting of several days is dated to its first;
- an act somewhere within the last day or two ("in the past two days", "within the last day"): the day before the
  article's, within a day of every day of the span; a longer span ("in the past three days") names no day;
- a phrase that names no day: "within the past year", "in recent weeks", "some time ago", "in 2018" (a year
  alone; "last year", "this year" and "two years ago" too, though :func:`find_when` keeps their arithmetic),
  "in March", "back in September 2021" (a month named alone) gives a span and no day: the event is
  undated (:data:`UNDATED`) rather than put on a day the text does not say (the first of the month would be a
  day it never said).

Without an article date only a full written date ("June 12, 2018") dates a sentence.

>>> import datetime as dt
>>> resolve_date("Kim met Trump last month.", dt.date(2019, 3, 15)) == UNDATED
True
>>> resolve_date("Troops have shelled the border over the past two weeks.", dt.date(2019, 3, 15))
datetime.date(2019, 3, 1)
>>> resolve_date("The envoy arrived in Hanoi on Tuesday.", dt.date(2019, 2, 22))
datetime.date(2019, 2, 19)
>>> resolve_date("They met on June 12, 2018.", dt.date(2019, 1, 1))
datetime.date(2018, 6, 12)
>>> resolve_date("The talks resumed back in September 2021.", dt.date(2022, 3, 1)) == UNDATED
True
>>> resolve_date("Pyongyang fired missiles within the past year.", dt.date(2019, 2, 22)) == UNDATED
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from detente.coding._count_words import BIG_COUNT, count_value
from detente.coding._countless import COUNTLESS_INTERVAL, countless_reach
from detente.coding._led import led
from detente.coding._month_parts import MID_MONTHS, MONTH_PART, month_part
from detente.coding._words import DIGIT

__all__ = ["DAY_PARTS", "OPENING_WORDS", "UNDATED", "UNIT_WORDS", "YEAR_PHRASE", "When",
           "context_date", "find_when", "parse_date", "parse_numeric_date", "resolve_date", "shift_months",
           "year_nouns"]

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
_COUNT = rf"(?:\d{{1,3}}|{BIG_COUNT}|a\s+couple\s+of|(?:a\s+)?few|a|an|one|two|three|four|five|six|seven|eight|" \
         r"nine|ten|eleven|twelve|several)"
_UNIT = r"(?:day|week|month|year|decade)s?"
#: a part of a day, told with the day it is of ("that night", "the next evening", "this morning")
_DAY_PART = r"(?:morning|afternoon|evening|night)"
_ORD = r"(?:st|nd|rd|th)?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?"

#: a year told from the article's, after a day or a month ("March 3 last year", "in May this year")
_YEAR_WORD = r"(?:last|this)\s+year\b"
#: a year named alone: "in 2014", "since early 2018"
_YEAR_ALONE = r"\b(?:in|since|during|until|by|throughout)\s+(?:early\s+|late\s+|mid-?)?(?:1[89]|20)\d{2}\b"
#: a year naming the time of the noun after it: "the 2008 invasion of Georgia", "Russia's 2014 annexation", "its
#: 2006 test", and in a list ", 2015 intervention in Syria": after a determiner, a possessive, a comma or "and",
#: before a word that is no verb or function word, nor after another year ("the year 2012 was", "in 2011 and 2012",
#: "2011, 2012" are not)
_YEAR_NOUN = (r"(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<='s\s)|(?<=,\s)|(?<=\band\s))(?<!\d{4},\s)"
              r"(?<!\d{4}\sand\s)(?:1[89]|20)\d{2}"
              r"(?=\s+(?!(?:and|or|to|of|was|is|were|are|be|been|when|with|by|in|at|after|before|as|under|on|that|"
              r"which|for|from|he|she|it|they|we|the|a|an|will|would|has|had|have|said|says|also|through|until|"
              r"since|against|into|amid|while|but|than|not)\b)[a-z][a-z-]*\b)")

#: (kind, pattern); every pattern is tried, the most precise phrase of a sentence wins, then the first
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b"),
    # a range of days: "February 23-24", "September 7-12, 1999", "October 1st to the 3rd", "23rd and 24th of
    # February" (the event is dated to its first day)
    ("range", rf"\b(?:from\s+)?(?:{_MONTH})\.?\s+\d{{1,2}}{_ORD}\s*(?:-|to|through|until|till|and)\s*(?:the\s+)?"
              rf"\d{{1,2}}{_ORD}\b(?:,?\s+\d{{4}}\b)?"),
    ("range", rf"\b(?:from\s+)?(?:the\s+)?\d{{1,2}}{_ORD}\s*(?:-|to|through|and)\s*(?:the\s+)?\d{{1,2}}{_ORD}\s+"
              rf"(?:of\s+)?(?:{_MONTH})\b\.?(?:,?\s+\d{{4}}\b)?"),
    ("full", rf"\b(?:(?:{_WEEKDAY}),?\s+)?(?:{_MONTH})\.?\s+\d{{1,2}}{_ORD},?\s+\d{{4}}\b{_TIME}"),
    ("full", rf"\b(?:(?:{_WEEKDAY}),?\s+)?\d{{1,2}}{_ORD}\s+(?:of\s+)?(?:{_MONTH})\.?,?\s+\d{{4}}\b{_TIME}"),
    # a day or a month with its year told from the article's ("on March 3 last year", "in May this year", "15
    # June of last year"): that year's, not the nearest such day or month
    ("yearword", rf"\b(?:{_MONTH})\.?\s+\d{{1,2}}{_ORD},?\s+(?:of\s+)?{_YEAR_WORD}"),
    ("yearword", rf"\b\d{{1,2}}{_ORD}\s+(?:of\s+)?(?:{_MONTH})\b\.?,?\s+(?:of\s+)?{_YEAR_WORD}"),
    ("yearword", rf"(?:\b(?:in|since|during|until|by|from|early|late)\s+|\bmid-?)?\b(?:{_MONTH})\b\.?,?\s+"
                 rf"(?:of\s+)?{_YEAR_WORD}"),
    # told from the day the text spoke of last: "two days later", "a week earlier"
    ("counted", rf"\b{_COUNT}\s+{_UNIT}\s+(?:later|earlier)\b"),
    # an anniversary: "five years ago today", "a year ago this week", "ten years ago on this day": the day (or the
    # week) that many years or months before the one the phrase ends on
    ("anniversary", rf"\b{_COUNT}\s+(?:year|month)s?\s+ago\s+(?:today|tonight|tomorrow|yesterday|"
                    rf"this\s+(?:week|month)|(?:on\s+)?this\s+(?:very\s+)?(?:day|date))\b"),
    ("ago", rf"\b{_COUNT}\s+{_UNIT}\s+(?:ago|before\s+now)\b"),
    # a past with no measure: "some time ago", "a while ago", "not long ago" (a span, no day)
    ("vague", r"\b(?:some\s+time|a\s+(?:short\s+)?while|not\s+long|a\s+little\s+while)\s+ago\b"),
    ("ahead", rf"\b(?:{_COUNT}\s+{_UNIT}\s+(?:from\s+now|away|hence)|"
              rf"in\s+{_COUNT}\s+{_UNIT}(?!\s+(?:ago|of)))\b"),
    ("span", rf"\b(?:within|in|over|during|for|throughout)\s+the\s+(?:past|last|previous|coming|next)\s+"
             rf"(?:{_COUNT}\s+)?{_UNIT}\b"),
    ("span", rf"\bin\s+recent\s+{_UNIT}\b|\bso\s+far\s+this\s+(?:week|month|year)\b|\bin\s+the\s+coming\s+{_UNIT}\b"),
    ("oneday", r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|"
               r"tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b"),
    # a day told from the day of the sentence before: "the same day", "the next day", "a day later"; a part of it:
    # "that night", "the same evening", "the following afternoon", "the night before", "later in the day"
    ("sameday", rf"\b(?:(?:on\s+)?the\s+(?:same|next|following|previous|preceding)\s+(?:day|{_DAY_PART})|"
                rf"(?:on\s+)?that\s+(?:same\s+)?(?:day|{_DAY_PART})|"
                rf"(?:the|a)\s+(?:day|night|evening|morning)\s+(?:before|after)(?!\s+[A-Za-z])|"
                r"a\s+day\s+(?:later|earlier)|(?:earlier|later)\s+in\s+the\s+day)\b"),
    ("relative", r"\b(?:earlier|later)\s+this\s+(?:week|month|year)\b"),
    # a part of a period: "late last year", "early next month", "mid-last week"
    ("relative", r"\b(?:early|late|mid-?)\s*(?:last|this|next|past|previous|coming)\s+(?:week|month|year)\b"),
    ("relative", r"\b(?:last|this|next|past|coming|previous)\s+(?:week|weekend|month|year)\b"),
    ("weekday", rf"\b(?:(?:last|next|this(?:\s+(?:past|coming))?|on|since|by|until|before|after)\s+)?"
                rf"(?:{_WEEKDAY})\b(?:\s+(?:morning|afternoon|evening|night))?"),
    ("monthpart", MONTH_PART),  # "at the end of July", "in mid-June 2009": a part of the month (_month_parts)
    ("monthyear", rf"(?:\b(?:back\s+)?(?:in|since|during|until|by|from|of|early|late)\s+|\bmid-?)?\b(?:{_MONTH})\.?,?"
                  rf"\s+\d{{4}}\b"),
    ("monthday", rf"\b(?:{_MONTH})\.?\s+\d{{1,2}}{_ORD}\b(?!,?\s+\d{{4}})(?!:)"),
    ("monthday", rf"\b\d{{1,2}}{_ORD}\s+(?:of\s+)?(?:{_MONTH})\b\.?(?!,?\s+\d{{4}})"),
    ("month", rf"(?:\b(?:last|this|next|in|since|during|until|by|early|late)\s+|\bmid-?)(?:{_MONTH})\b(?!\.?\s+\d)"),
    ("year", _YEAR_ALONE),
    # the time between the act of the clause and the act of the clause it opens: "two days after Peru recalled its
    # envoy", "a week before the vote", "the day after the talks" (a word follows); read last, from the day the
    # sentence names before it
    ("interval", rf"\b(?:{_COUNT}|the)\s+{_UNIT}\s+(?:after|before)(?=\s+(?!(?:tomorrow|yesterday|now)\b)[A-Za-z])"),
    ("interval", COUNTLESS_INTERVAL),  # "just days after": a span with no day (_countless)
)
_FINDERS = tuple((kind, led(pattern, re.I)) for kind, pattern in _PATTERNS)
#: words that put a sentence in the future: a bare weekday or month-day is then the next one ("may" and "might"
#: only in lower case, so the month of May is no modal)
_FUTURE = led(
    r"\b(?:will|shall|won't|'ll|going\s+to|plans?\s+to|planned\s+to|plans\s+for|is\s+to|are\s+to|scheduled|"
    r"expected\s+to|set\s+to|(?:is|are|was|were)\s+due\s+to|to\s+be\s+held|upcoming|would|(?-i:may|might)|"
    r"intends?\s+to|aims?\s+to|due\s+to\s+(?:take\s+place|be\s+held|begin|start|open|resume|meet|arrive|visit)|"
    # a date set ("talks set for Wednesday", "a visit slated for May 3", "elections planned for June 12")
    r"(?:set|slated|planned|due)\s+for|slated\s+to|(?:beginning|starting|effective)(?=,?\s+(?-i:[MTWFS])[a-z]+day\b)|"
    # the present of a timetable ("the talks begin on Wednesday", "on Monday we resume", "the envoy leaves for
    # Seoul on Friday"): a finite verb in the present, not an infinitive ("agreed to begin talks on Monday"), nor a
    # plural noun ("housing starts", "the poll's returns", "his travels": those verbs only with what follows them)
    r"(?<!\bto\s)(?:begins|opens|convenes|reconvenes|arrives|departs|(?:starts|resumes)\s+(?:on|next|this|its|their)|"
    r"leaves\s+(?:for|on)|returns\s+(?:to|home|on)|travels\s+to)|"
    r"(?:(?<=\bwe\s)|(?<=\bthey\s))(?:begin|start|open|resume|convene|reconvene|arrive|depart|leave|return|travel)|"
    r"(?:(?<=\btalks\s)|(?<=\bnegotiations\s)|(?<=\bconsultations\s)|(?<=\bdiscussions\s)|(?<=\bmeetings\s))"
    r"(?:begin|start|open|resume|convene|reconvene))\b",
    re.I,
)
#: a year named alone as the time of a clause ("in 2014", "since early 2018"), which no date word of a sentence
#: announces (the coder reads a sentence's time phrases only when one is there)
YEAR_PHRASE = led(f"{_YEAR_ALONE}|{_YEAR_NOUN}", re.I)
#: the plural units of a count or span ("three days ago", "over the past two weeks"), which the coder's list of date
#: words (:data:`detente.coding._words.DATE_WORDS`, singular) does not hold
UNIT_WORDS = frozenset(["days", "weeks", "months", "years", "decades"])
#: the parts of a day ("that night", "this morning", "the same evening") and "tonight", which the coder's list of
#: date words does not hold either
DAY_PARTS = frozenset(["morning", "afternoon", "evening", "night", "tonight"])
#: the words besides the coder's date words that open a sentence's time phrases
OPENING_WORDS = UNIT_WORDS | DAY_PARTS | MID_MONTHS
#: a year written out, as a narrative names its time ("in 1962", "October 22, 1962")
_YEAR = led(r"\b(?:1[6-9]|20)\d{2}\b")
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
    #: the kind of phrase ("full", "weekday", "interval", ...: the names of the patterns)
    kind: str = ""


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


#: a date written in figures as archives and release pages head their texts: "DATE=11/6/98", "11/23/2022 07:47 PM"
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
#: a two-figure year below this is of the 2000s, else of the 1900s ("11/6/98" is 1998, "3/1/02" is 2002)
YEAR_PIVOT = 50


def parse_numeric_date(text: str) -> dt.date | None:
    """The first date written in figures in ``text`` ("11/6/98", "03/27/2002"), month first as US archives and
    release pages write it, unless the first figure cannot be a month ("23/11/2022" is day first); ``None`` when
    there is none or it is no day of the calendar. Only for header lines: in a sentence "9/11" or "1718/2006" is no
    date."""
    match = _NUMERIC.search(text)
    if match is None:
        return None
    first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if len(match.group(3)) == 2:
        year += 2000 if year < YEAR_PIVOT else 1900
    month, day = (second, first) if first > 12 else (first, second)
    return _safe(year, month, day) if month <= 12 else None


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

def find_when(sentence: str, anchor: dt.date | None, *, context: dt.date | None = None,
              year: int | None = None) -> list[When]:
    """Every time phrase of ``sentence`` read against ``anchor`` (the article's date), in sentence order.

    ``context`` is the day the text spoke of just before (the sentence before's), against which "the same day",
    "the next day" and "a day later" are read; without it they are read against ``anchor``. ``year``, in a text
    that tells of the past (:mod:`detente.coding.narrative`), is the year it tells of: a day without a year
    ("On October 22") is read in the last year the sentence names before it, else in ``year``. Without
    ``anchor`` only full written dates are read. A phrase that would fall off the calendar is left out.
    """
    return list(_found(sentence, anchor, context, year))


_YEAR_NOUN_FINDER = led(_YEAR_NOUN, re.I)


def year_nouns(sentence: str) -> list[When]:
    """The years of ``sentence`` that name the time of the noun after them ("the 2008 invasion of Georgia", "its
    2006 test"): a year and no day, of kind ``yearnoun``. They date that noun's event alone
    (:func:`detente.coding.event_dates.place_when`), and are none of :func:`find_when`'s phrases: a year of a
    document's or a festival's name ("the 2010 defense guidelines") tells nothing of when the text's acts
    happened, nor which years a narrative tells of."""
    return [When(m.group(0), None, dt.date(int(m.group(0)), 1, 1), dt.date(int(m.group(0)), 12, 31), "year",
                 m.span(), "yearnoun") for m in _YEAR_NOUN_FINDER.finditer(sentence)]


@lru_cache(maxsize=4096)
def _found(sentence: str, anchor: dt.date | None, context: dt.date | None, year: int | None) -> tuple[When, ...]:
    """:func:`find_when`'s phrases, kept for the sentences read again (a story's lead dated by the sentences after
    it, an act placed by its clause's time): the reading depends on its arguments alone."""
    return tuple(_scan(sentence, anchor, future=None, context=context, year=year))


#: verbs that report what was said or decided: a time phrase before them dates the telling, not a future act told
#: after them ("On Monday the envoy said talks will resume": Monday is past)
_TELLING = re.compile(r"\b(?:said|says|told|tells|announced|announces|stated|added|noted|reported|agreed|confirmed|"
                      r"declared|promised|pledged|vowed|decided|warned|insisted|stressed|indicated)\b", re.I)


def _looks_ahead(sentence: str, begin: int, end: int) -> bool:
    """Whether the phrase at ``begin``..``end`` speaks of the future: a future word before it in the sentence
    ("will meet on Tuesday"), or after it when the phrase opens the sentence and no telling comes between ("On
    Tuesday, the leaders will meet"; but "said on Tuesday that talks would resume" and "On Tuesday the envoy
    said talks will resume" look back)."""
    for match in _FUTURE.finditer(sentence):
        if match.start() < begin:
            return True
        if match.start() >= end:
            return _OPENING.match(sentence[:begin]) is not None and not _TELLING.search(sentence, end, match.start())
    return False


#: what may stand before a phrase that opens its sentence ("On", "And on", "Then")
#: what a speaker may say before the time phrase that opens a sentence ("As you know, on Wednesday we will
#: begin ...", "So, on Monday, the envoy will ..."): a word of the exchange, no telling
_SPOKEN_OPENER = (r"(?:as\s+(?:you|we|i)\s+(?:(?:may|might)\s+)?(?:know|are\s+aware|said|mentioned|noted|announced)|"
                  r"so|now|well|also|again|of\s+course|first|second|third|finally|meanwhile|separately|"
                  r"in\s+addition)")
_OPENING = re.compile(rf"^\W*(?:{_SPOKEN_OPENER}\W+)?(?:(?:and|but|then|on|in|at|by|early|late|the)\W+)*$", re.I)


_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
                    "weekend"})
_ONE_DAY = frozenset({"yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night"})
#: the kinds each of whose patterns holds a year's four digits (a sentence without them skips those patterns)
_WITH_YEAR, _FOUR_DIGITS = frozenset(["iso", "full", "monthyear", "year"]), re.compile(r"\d{4}")


def _kinds(sentence: str) -> set[str]:
    """The kinds of phrase a sentence can hold, from its words (a cheap test before the patterns)."""
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    digits = DIGIT.search(sentence) is not None
    kinds: set[str] = set()
    if not words.isdisjoint(_MONTHS):
        kinds.update(("full", "monthyear", "monthday", "month", "monthpart"))
        if "year" in words:
            kinds.add("yearword")
    if not words.isdisjoint(_WEEKDAYS):
        kinds.update(("full", "weekday"))
    if not words.isdisjoint(_UNITS):
        kinds.update(("ago", "ahead", "span", "relative", "counted"))
        if "after" in words or "before" in words:
            kinds.add("interval")
        if "day" in words or not words.isdisjoint(DAY_PARTS):
            kinds.add("sameday")
    elif not words.isdisjoint(DAY_PARTS):
        kinds.add("sameday")
    if digits and "full" in kinds:
        kinds.add("range")
    if "ago" in words:
        kinds.update(("vague", "anniversary"))
    if not words.isdisjoint(_ONE_DAY):
        kinds.add("oneday")
    if digits:
        kinds.update(("iso", "year"))
        if _FOUR_DIGITS.search(sentence) is None:
            kinds -= _WITH_YEAR
    else:
        kinds -= _WITH_YEAR | {"monthday"}  # a day of the month is a digit
    return kinds


def _scan(sentence: str, anchor: dt.date | None, *, future: bool | None, context: dt.date | None = None,
          year: int | None = None) -> list[When]:
    """The time phrases of ``sentence``; ``future``: whether it holds a future word (``None``: looked up on the
    first phrase found, as a sentence with none needs no look-up)."""
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
                if future is None:
                    future = _FUTURE.search(sentence) is not None
                ahead = future and _looks_ahead(sentence, start, end)
                base = context or anchor if kind in ("sameday", "counted") else anchor
                if kind == "interval":  # from the day of the clause it follows: the day named last before it
                    base = next((w.day for w in sorted(found, key=lambda w: w.at, reverse=True)
                                 if w.at[1] <= start and w.precision == "day" and w.day is not None), anchor)
                if year is not None and anchor is not None and (kind in ("monthday", "range", "monthpart") or (
                        kind == "month" and phrase.split()[0].lower() not in ("last", "this", "next"))):
                    # a text telling of the past: the day (or the month: "In July, Saddam accused Kuwait") is in the
                    # year it names last ("in 1962 ... On October 22")
                    named = [int(y.group(0)) for y in _YEAR.finditer(sentence, 0, start)]
                    base, ahead = dt.date(named[-1] if named else year, 12, 31), False
                when = _read(kind, phrase, base, ahead)
            except (ValueError, OverflowError):
                when = None
            if when is None:
                continue
            taken.append((start, end))
            found.append(When(when.phrase, when.day, when.start, when.end, when.precision, (start, end), kind))
    return sorted(found, key=lambda w: w.at)


def _one(phrase: str, day: dt.date | None, precision: Precision = "day") -> When | None:
    return None if day is None else When(phrase, day, day, day, precision)


def _read(kind: str, phrase: str, anchor: dt.date | None, future: bool) -> When | None:
    if kind in ("iso", "full"):
        return _one(phrase, _full_date(phrase))
    if kind == "range" and re.search(r"\d{4}\b", phrase):
        return _range(phrase, " ".join(phrase.lower().split()), anchor, future)
    if anchor is None:
        return None
    low = " ".join(phrase.lower().split())
    if kind == "counted":  # "two days later": a day, week or month from the day told last
        return _units(phrase, low, anchor, sign=1 if low.endswith("later") else -1)
    if kind == "interval":  # "two days after <the act>": the act is that long before the day of the clause
        reach = countless_reach(low, anchor, sign=-1 if low.endswith("after") else 1)  # "days after": no day
        return When(phrase, None, *reach, "span") if reach else _units(phrase, low, anchor,
                                                                         sign=-1 if low.endswith("after") else 1)
    if kind == "anniversary":
        return _anniversary(phrase, low, anchor)
    if kind == "ago":
        return _units(phrase, low, anchor, sign=-1)
    if kind == "ahead":
        return _units(phrase, low, anchor, sign=1)
    if kind == "span":
        return _span(phrase, low, anchor)
    if kind == "vague":  # no more than "before now": a year back at most, no day
        return When(phrase, None, anchor - dt.timedelta(days=365), anchor, "span")
    if kind == "oneday":
        offset = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
                  "last night": -1}
        return _one(phrase, _shift(anchor, offset.get(low, 0), "day"))
    if kind == "relative":
        return _relative(phrase, low, anchor)
    if kind == "sameday":
        step = 0 if low.endswith("in the day") else 1 if re.search(r"\b(?:next|following|after|later)\b", low) else (
            -1 if re.search(r"\b(?:previous|preceding|before|earlier)\b", low) else 0)
        return _one(phrase, _shift(anchor, step, "day"))
    if kind == "range":
        return _range(phrase, low, anchor, future)
    if kind == "weekday":
        return _weekday(phrase, low, anchor, future)
    if kind == "monthyear":
        match = re.search(rf"({_MONTH})\.?,?\s+(\d{{4}})", low)
        assert match is not None
        first, last = _month_span(int(match.group(2)), _MONTHS[match.group(1)])
        return When(phrase, None, first, last, "month")
    if kind == "monthpart":  # the month as named alone, narrowed to its part
        whole = _read("monthyear" if _FOUR_DIGITS.search(low) else "month", phrase, anchor, future)
        return None if whole is None else When(phrase, None, *month_part(low, whole.start, whole.end), "month")
    if kind == "monthday":
        return _month_day(phrase, low, anchor, future)
    if kind == "yearword":
        return _year_word(phrase, low, anchor)
    if kind == "month":
        return _month(phrase, low, anchor, future)
    year = int(re.findall(r"\d{4}", low)[0])
    return When(phrase, None, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _anniversary(phrase: str, low: str, anchor: dt.date) -> When:
    """"five years ago today", "a year ago tomorrow", "ten years ago this week": the day the phrase ends on (or its
    week, its month), that many years or months back."""
    months = _count(low) * (12 if re.search(r"\byears?\b", low) else 1)
    end = low.rsplit(" ", 1)[-1]
    if end in ("week", "month"):
        day = _shift(anchor, -months, "month")
        if end == "month":
            return When(phrase, None, *_month_span(day.year, day.month), "month")
        first = day - dt.timedelta(days=day.weekday())
        return When(phrase, None, first, first + dt.timedelta(days=6), "week")
    step = {"tomorrow": 1, "yesterday": -1}.get(end, 0)
    return When(phrase, day := _shift(anchor + dt.timedelta(days=step), -months, "month"), day, day, "day")


def _count(low: str) -> int:
    head = re.match(rf"(?:in\s+)?({_COUNT})\s", low + " ")
    word = head.group(1) if head else "1"
    word = word.replace("a couple of", "couple").replace("a few", "few")
    return int(word) if word.isdigit() else _NUMBERS.get(word) or count_value(word) or 1


def _units(phrase: str, low: str, anchor: dt.date, *, sign: int) -> When | None:
    """"two weeks ago", "in three days", "a month away": dateparser counts from the article's date."""
    unit = re.search(r"(day|week|month|year|decade)", low)
    assert unit is not None
    count, name = _count(low), unit.group(1)
    if name == "decade":
        count, name = count * 10, "year"
    day = _shift(anchor, sign * count, name)
    if name == "day":
        return When(phrase, day, day, day, "day")
    # weeks, months and years name no day of their own ("two weeks ago", "a month later"): the act is within the
    # span around the day they count to, undated (docs/coder.md, "Dates: weeks, months and spans")
    if name == "week":
        return When(phrase, None, day - dt.timedelta(days=3), day + dt.timedelta(days=3), "week")
    if name == "month":
        return When(phrase, None, *_month_span(day.year, day.month), "month")
    return When(phrase, day, dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year")


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
    begin = anchor - dt.timedelta(days=days)
    if _THROUGH.match(low) and unit.group(1) in ("day", "week"):
        # an act that went on through the last days or weeks ("during the past two weeks, Peru's forces have
        # pressed into Chile"): dated to the span's first day, as a talk of several days is to its first
        return When(phrase, begin, begin, anchor, "span")
    if unit.group(1) == "day" and days <= SHORT_SPAN and "recent" not in low:
        # "in the past two days, we met ...": the day between names every day of the span within a day
        return When(phrase, anchor - dt.timedelta(days=1), begin, anchor, "span")
    return When(phrase, None, begin, anchor, "span")


#: how many days back a span "in the past N days" reaches at most to be dated on the day before the anchor: every
#: day of it lies within a day of that one ("in the past two days", "within the last day")
SHORT_SPAN = 2


#: a span the act went on through, not one it happened somewhere within ("within the past week", "in the last
#: two days")
_THROUGH = re.compile(r"(?:during|over|throughout|for)\s")


def _range(phrase: str, low: str, anchor: dt.date | None, future: bool) -> When | None:
    """"February 23-24", "September 7-12, 1999", "23rd and 24th of February": the first day, spanning to the last
    (a day and month without a year are read as a month-day is)."""
    month = _MONTHS[re.search(rf"({_MONTH})", low).group(1)]  # type: ignore[union-attr]
    year_at = re.search(r"\b(\d{4})\b", low)
    first_dom, last_dom = (int(d) for d in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", low[:year_at.start()]
                                                       if year_at else low)[:2])
    if year_at is not None:
        first = _safe(int(year_at.group(1)), month, first_dom)
    else:
        if anchor is None:
            return None
        head = _month_day(phrase, f"{calendar.month_name[month].lower()} {first_dom}", anchor, future)
        first = head.day if head is not None else None
    if first is None or not first_dom <= last_dom <= 31:
        return None
    last = _safe(first.year, month, last_dom) or first
    return When(phrase, first, first, last, "day")


def _relative(phrase: str, low: str, anchor: dt.date) -> When | None:
    """"last week", "next month", "this year", "earlier this week", "last weekend"."""
    unit = low.split()[-1]
    part = re.match(r"(?:early|late|mid-?)\s*", low)
    if part is not None:
        # a part of the period names no day of it ("late last year" is not the day a year back): a span, undated
        whole = _relative(phrase, low[part.end():], anchor)
        if whole is None:
            return None
        third = (whole.end - whole.start) / 3
        k = 0 if low.startswith("early") else 2 if low.startswith("late") else 1
        return When(phrase, None, whole.start + k * third, whole.end - (2 - k) * third, "span")
    if low.startswith(("earlier this", "later this")):
        # some other day of the period than the article's: no day ("earlier this month", "later this week")
        begin = (anchor - dt.timedelta(days=anchor.weekday()) if unit.startswith("week") else
                 anchor.replace(day=1) if unit == "month" else anchor.replace(month=1, day=1))
        end = (begin + dt.timedelta(days=6) if unit.startswith("week") else
               _month_span(anchor.year, anchor.month)[1] if unit == "month" else anchor.replace(month=12, day=31))
        return When(phrase, None, begin, anchor, "span") if low.startswith("earlier") else \
            When(phrase, None, anchor, max(anchor, end), "span")
    if low.startswith("this"):
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
    # "last week", "next month" name a week or a month and no day of it: undated, as the set's guide dates only
    # what the text or the record pins to a day
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return When(phrase, None, monday, monday + dt.timedelta(days=6), "week")
    if unit == "month":
        return When(phrase, None, *_month_span(day.year, day.month), "month")
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


def _year_word(phrase: str, low: str, anchor: dt.date) -> When | None:
    """"March 3 last year", "15 June of next year", "in May this year": the day or month in the year the phrase
    counts from the article's (a day that does not exist in it, none)."""
    month = _MONTHS[re.search(rf"\b({_MONTH})\b", low).group(1)]  # type: ignore[union-attr]
    year = anchor.year - (low.split()[-2] == "last")
    dom = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", low)
    if dom is None:
        first, last = _month_span(year, month)
        return When(phrase, None, first, last, "month")
    return _one(phrase, _safe(year, month, int(dom.group(1))))


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
    return When(phrase, None, first, last, "month")


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
    if best.day is None or best.precision == "year":
        return UNDATED if anchor is not None else None
    return best.day


#: how many sentences back "the same day", "that day", "the next day" may find the day they are told from ("It was
#: on March 8th that ... [five sentences on that day] ... Since that day, ...")
CONTEXT_REACH = 8


def context_date(previous: Sequence[str], anchor: dt.date | None, *, year: int | None = None) -> dt.date | None:
    """The day the text spoke of last, from the sentences before (nearest first, at most :data:`CONTEXT_REACH`):
    the day of the last phrase naming a day in the nearest sentence that has one, a phrase counted from the day told
    before it ("the next day", "that night", "two days later") read from that day in turn; None when none does.
    ``year``: as for :func:`find_when`."""
    return _context(tuple(previous[-CONTEXT_REACH:]), anchor, year, CONTEXT_REACH)


def _context(previous: tuple[str, ...], anchor: dt.date | None, year: int | None, reach: int) -> dt.date | None:
    for k in range(len(previous) - 1, -1, -1):
        try:
            found = find_when(previous[k], anchor, year=year)
            if reach > 1 and any(w.kind in ("sameday", "counted") for w in found):
                # told from the day before it in turn ("On June 3 ... The next day ... That night"): read from it
                context = _context(previous[:k], anchor, year, reach - 1)
                if context is not None:
                    found = find_when(previous[k], anchor, context=context, year=year)
        except (ValueError, OverflowError):
            continue
        days = [w.day for w in found if w.precision == "day" and w.day is not None
                and not _names_a_noun(previous[k], w)]
        if days:
            return days[-1]
    return None


#: a day named as a noun's name: "the June 15 joint declaration", "the August 17 communique", "a May 3 letter"
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|by|for|with|from|of|as|when|while|after|before|that|"
                         r"which|the|a|an|he|she|it|they|we|was|were|is|are|had|has|have)\b)[A-Za-z]")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.I)


def _names_a_noun(sentence: str, when: When) -> bool:
    """Whether the day ``when`` names a noun ("the June 15 joint declaration"): no day the text told."""
    if when.kind not in ("monthday", "full", "yearword") or when.at == (0, 0):
        return False
    start, end = when.at
    return bool(_NOUN_BEFORE.search(sentence[max(0, start - 8):start])) and bool(_NOUN_AFTER.match(sentence, end))
