"""Dates in a sentence, resolved against the article's date: "last month", "on Monday", "June 12", "next week".

>>> import datetime as dt
>>> resolve_date("Kim met Trump last month.", dt.date(2019, 3, 15))
datetime.date(2019, 2, 15)
>>> resolve_date("The envoy arrived in Hanoi on Tuesday.", dt.date(2019, 2, 22))
datetime.date(2019, 2, 19)
>>> resolve_date("They met on June 12, 2018.", dt.date(2019, 1, 1))
datetime.date(2018, 6, 12)
>>> resolve_date("Leaders are two weeks away from their second summit.", dt.date(2019, 2, 13))
datetime.date(2019, 2, 27)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["parse_date", "resolve_date", "shift_months"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}

_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RELATIVE = re.compile(
    r"\b(yesterday|today|tomorrow|(?:last|this|next|past|coming)\s+(?:week|month|year|weekend)|"
    r"(?:on\s+|last\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(day|week|month|year)s?\s+"
    r"(ago|away|later|from now|earlier))\b",
    re.I,
)


def shift_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's length and to the calendar's first/last month."""
    index = min(max(day.year * 12 + day.month - 1 + months, 12), 9999 * 12 + 11)
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The first calendar date written in ``text`` with a year ("June 12, 2018", "12 June 2018", ISO)."""
    iso = _ISO.search(text)
    if iso:
        return _safe(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    for match in _MDY.finditer(text):
        if match.group(3):
            return _safe(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
    for match in _DMY.finditer(text):
        if match.group(3):
            return _safe(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
    return None


def _explicit(text: str, anchor: dt.date) -> dt.date | None:
    iso = _ISO.search(text) if "-" in text else None
    if iso:
        return _safe(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    for regex, month_group, day_group in ((_MDY, 1, 2), (_DMY, 2, 1)):
        match = regex.search(text)
        if not match:
            continue
        month, dom = _MONTHS[match.group(month_group).lower()], int(match.group(day_group))
        if match.group(3):
            return _safe(int(match.group(3)), month, dom)
        found = _safe(anchor.year, month, dom)
        if found is not None and (found - anchor).days > 31:
            found = _safe(anchor.year - 1, month, dom)  # "December 28" read in January is last year's
        return found
    return None


def resolve_date(sentence: str, anchor: dt.date | None) -> dt.date | None:
    """The date a sentence speaks of, resolved against ``anchor`` (the article's date); else ``anchor``.

    A date that would fall off the calendar (before year 1, after 9999) stays at ``anchor``.
    """
    if anchor is None:
        return parse_date(sentence)
    try:
        return _resolve(sentence, anchor)
    except (OverflowError, ValueError):
        return anchor


def _resolve(sentence: str, anchor: dt.date) -> dt.date | None:
    explicit = _explicit(sentence, anchor)
    if explicit is not None:
        return explicit
    match = _RELATIVE.search(sentence)
    if not match:
        return anchor
    phrase = match.group(1).lower()
    words = phrase.split()
    if phrase == "yesterday":
        return anchor - dt.timedelta(days=1)
    if phrase == "today":
        return anchor
    if phrase == "tomorrow":
        return anchor + dt.timedelta(days=1)
    if match.group(2):  # "two weeks ago / away"
        count = int(words[0]) if words[0].isdigit() else _NUMBERS.get(words[0], 1)
        unit = match.group(2).lower()
        sign = -1 if match.group(3).lower() in ("ago", "earlier") else 1
        if unit == "month":
            return shift_months(anchor, sign * count)
        if unit == "year":
            return shift_months(anchor, sign * 12 * count)
        return anchor + dt.timedelta(days=sign * count * _UNIT_DAYS[unit])
    last = words[-1]
    if last in _WEEKDAYS:
        back = (anchor.weekday() - _WEEKDAYS[last]) % 7
        if words[0] == "next":
            return anchor + dt.timedelta(days=(_WEEKDAYS[last] - anchor.weekday()) % 7 or 7)
        if words[0] == "last" and back == 0:
            back = 7
        return anchor - dt.timedelta(days=back)
    sign = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[words[0]]
    if last == "month":
        return shift_months(anchor, sign)
    if last == "year":
        return shift_months(anchor, 12 * sign)
    return anchor + dt.timedelta(days=7 * sign)
