"""Anniversaries and bare months in narratives (sentences written for these tests).

"Five years ago today" names a day: the article's day that many years back, not a year with no day. A bare month
("In July") in a text that tells of the past is in the year the narrative tells of, as a day without a year is,
not the July before the article's date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.anchors import told_span
from detente.coding.dates import find_when

DAY = dt.date(2014, 12, 3)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Five years ago today, the envoy was detained in Havana.", dt.date(2009, 12, 3)),
    ("One year ago today the two leaders met in Geneva.", dt.date(2013, 12, 3)),
    ("A year ago tomorrow, the missile test shook the region.", dt.date(2013, 12, 4)),
    ("Two years ago yesterday the embassy reopened.", dt.date(2012, 12, 2)),
    ("Six months ago today, the ceasefire was signed.", dt.date(2014, 6, 3)),
    ("Ten years ago on this day, the summit opened in Seoul.", dt.date(2004, 12, 3)),
])
def test_an_anniversary_names_a_day(sentence: str, expected: dt.date) -> None:
    found = find_when(sentence, DAY)
    assert [(w.day, w.precision) for w in found] == [(expected, "day")]


def test_an_anniversary_week_is_a_span_with_no_day() -> None:
    (when,) = find_when("Ten years ago this week, the talks collapsed.", DAY)
    assert when.day is None and when.precision == "week"
    assert when.start <= dt.date(2004, 12, 3) <= when.end and (when.end - when.start).days == 6


@pytest.mark.parametrize("sentence", [
    "Five years ago, the envoy was detained in Havana.",  # a year back, no day
    "Five years ago the envoy was detained, and today he is free.",  # "today" is another clause's
])
def test_a_count_of_years_alone_names_no_day(sentence: str) -> None:
    years = [w for w in find_when(sentence, DAY) if w.kind == "ago"]
    assert years and years[0].day == dt.date(2009, 12, 3) and years[0].precision == "year"


def test_a_bare_month_in_a_narrative_is_in_the_year_it_tells_of() -> None:
    (when,) = find_when("In July, the general accused the neighbour of theft.", dt.date(2025, 1, 16), year=1990)
    assert (when.start, when.end, when.precision) == (dt.date(1990, 7, 1), dt.date(1990, 7, 31), "month")


@pytest.mark.parametrize("sentence", [
    "Last July, the general accused the neighbour of theft.",  # counted from the article's date
    "In July 1985, the general accused the neighbour of theft.",  # its own year
])
def test_a_month_with_its_own_year_or_count_keeps_it(sentence: str) -> None:
    (when,) = find_when(sentence, dt.date(2025, 1, 16), year=1990)
    assert when.start.year != 1990


def test_without_a_narrative_a_bare_month_is_the_last_such_month() -> None:
    (when,) = find_when("In July, the general accused the neighbour of theft.", dt.date(2025, 1, 16))
    assert when.start == dt.date(2024, 7, 1)


def test_an_anniversary_dates_the_act_so_no_record_anchors_it() -> None:
    from detente.coding import Coder

    (events,) = Coder().code_many(["Five years ago today, Cuban authorities arrested an American contractor."],
                                  date=DAY)
    arrests = [e for e in events if e.code.startswith("17")]
    assert arrests and {e.date for e in arrests} == {dt.date(2009, 12, 3)}
    assert all(told_span(e, DAY) is None for e in arrests)
