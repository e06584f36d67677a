"""Time phrases of a sentence read against the article's date, and the dateparser library as the reference for
the readings it gets right for news (and the ones it does not)."""

from __future__ import annotations

import datetime as dt
import itertools

import dateparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.coding.dates import UNDATED, find_when, parse_date, resolve_date, shift_months

ANCHOR = dt.date(2019, 2, 22)  # a Friday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They met yesterday.", dt.date(2019, 2, 21)),
        ("They meet tomorrow.", dt.date(2019, 2, 23)),
        ("They met the day before yesterday.", dt.date(2019, 2, 20)),
        # a week or a month other than the article's names no day of it: undated (the set's guide dates such acts
        # only by the public record)
        ("They met last month.", UNDATED),
        ("They meet next month.", UNDATED),
        ("They met this week.", ANCHOR),
        ("They met last week.", UNDATED),
        ("They meet next week.", UNDATED),
        ("They met on Tuesday.", dt.date(2019, 2, 19)),
        ("They met Tuesday night.", dt.date(2019, 2, 19)),
        ("They met on Friday.", ANCHOR),  # the article's own weekday is that day
        ("They met last Friday.", dt.date(2019, 2, 15)),
        ("They meet next Wednesday.", dt.date(2019, 2, 27)),
        ("They will meet on Tuesday.", dt.date(2019, 2, 26)),  # the future: the next Tuesday
        ("Officials said the envoy would arrive on Monday.", dt.date(2019, 2, 25)),
        ("They met three days ago.", dt.date(2019, 2, 19)),
        ("They met a couple of days ago.", dt.date(2019, 2, 20)),
        ("They are two weeks away from a summit.", UNDATED),
        ("They meet in two weeks.", UNDATED),
        ("They met last year.", UNDATED),  # a year names neither day nor month: the act is not put on one
        ("They met last weekend.", dt.date(2019, 2, 16)),
        ("They met on June 12, 2018.", dt.date(2018, 6, 12)),
        ("They met on 12 June 2018.", dt.date(2018, 6, 12)),
        ("They met on Thursday, March 23rd, 2017.", dt.date(2017, 3, 23)),
        ("They met on December 28.", dt.date(2018, 12, 28)),
        ("They met on February 20.", dt.date(2019, 2, 20)),
        ("They will meet on Feb. 28.", dt.date(2019, 2, 28)),
        ("They met on 2018-06-12.", dt.date(2018, 6, 12)),
        # a month named alone names no day: undated, never the first of the month
        ("The talks resumed back in September 2021.", UNDATED),
        ("The talks resumed in March.", UNDATED),
        ("The talks will resume in March.", UNDATED),
        ("The talks may resume in March.", UNDATED),
        ("They met.", ANCHOR),
    ],
)
def test_resolve_date(sentence: str, expected: dt.date) -> None:
    assert resolve_date(sentence, ANCHOR) == expected


@pytest.mark.parametrize("sentence", [
    "North Korea fired missiles within the past year.",
    "The two sides have met several times over the past two months.",
    "Tensions have risen in recent weeks.",
    "So far this year, the North has tested ten missiles.",
    "The envoys met in 2018.",  # a year alone names no day
    "They met earlier this week.",  # some day of the week before the article's, which the text does not say
    "The sides met earlier this month.",
])
def test_a_phrase_that_names_no_day_leaves_the_event_undated(sentence: str) -> None:
    assert resolve_date(sentence, ANCHOR) == UNDATED
    [when] = find_when(sentence, ANCHOR)
    assert when.day is None and when.start < when.end


def test_the_span_of_within_the_past_year() -> None:
    [when] = find_when("Pyongyang fired missiles within the past year.", ANCHOR)
    assert (when.phrase, when.start, when.end, when.precision) == (
        "within the past year", dt.date(2018, 2, 22), ANCHOR, "span")


def test_the_most_precise_phrase_dates_the_sentence() -> None:
    sentence = "North Korea, which first tested a nuclear device in 2006, fired two missiles on Tuesday."
    assert [w.phrase for w in find_when(sentence, ANCHOR)] == ["in 2006", "on Tuesday"]
    assert resolve_date(sentence, ANCHOR) == dt.date(2019, 2, 19)


def test_months_and_weekdays_count_only_with_a_capital() -> None:
    assert find_when("The talks may resume, and protesters march on the embassy.", ANCHOR) == []
    assert find_when("Protesters may march in Seoul in May.", ANCHOR)[0].phrase == "in May"


def test_the_span_of_a_month() -> None:
    [when] = find_when("The talks resumed back in September 2021.", ANCHOR)
    assert (when.day, when.start, when.end, when.precision, when.phrase) == (
        None, dt.date(2021, 9, 1), dt.date(2021, 9, 30), "month", "back in September 2021")
    [when] = find_when("The envoys met in March.", ANCHOR)  # the last March before the article
    assert (when.day, when.start, when.end) == (None, dt.date(2018, 3, 1), dt.date(2018, 3, 31))


def test_no_anchor() -> None:
    assert resolve_date("They met last month.", None) is None
    assert resolve_date("They met within the past year.", None) is None
    assert resolve_date("They met on June 12, 2018.", None) == dt.date(2018, 6, 12)


def test_shift_months_clamps() -> None:
    assert shift_months(dt.date(2019, 3, 31), -1) == dt.date(2019, 2, 28)
    assert shift_months(dt.date(2019, 12, 15), 1) == dt.date(2020, 1, 15)


@pytest.mark.parametrize(("text", "expected"), [
    ("DATE: Monday, May 4, 1998", dt.date(1998, 5, 4)),
    ("Thursday March 23rd 2017", dt.date(2017, 3, 23)),
    ("11 March 2014", dt.date(2014, 3, 11)),
    ("Posted Feb. 28, 2019 at 3:04 p.m. EST", dt.date(2019, 2, 28)),
    ("Sept. 19, 2017", dt.date(2017, 9, 19)),
    ("2019-02-28T10:00:00Z", dt.date(2019, 2, 28)),
    ("BERLIN, March 3, 2015 — The talks", dt.date(2015, 3, 3)),
    ("February 30, 2019", None),
    ("no date here", None),
    ("Kim may visit in March", None),
])
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_dates_off_the_calendar_stay_at_the_anchor() -> None:
    assert resolve_date("They met yesterday.", dt.date.min) == dt.date.min
    assert resolve_date("They met on December 28.", dt.date.max) == dt.date(9999, 12, 28)
    assert resolve_date("They met last month.", dt.date(1, 1, 15)) == dt.date(1, 1, 15)
    assert resolve_date("They meet next year.", dt.date(9999, 6, 1)) == dt.date(9999, 6, 1)
    assert resolve_date("They will meet in March.", dt.date(9999, 6, 1)) == dt.date(9999, 6, 1)


# -- dateparser as the reference ---------------------------------------------------------------------------------

ANCHORS = [dt.date(2019, 2, 22), dt.date(2019, 3, 31), dt.date(2020, 2, 29), dt.date(2018, 12, 31),
           dt.date(2017, 1, 1), dt.date(2019, 6, 10)]
AGREED = [
    # (phrase in a sentence, phrase as dateparser reads it)
    ("They met yesterday.", "yesterday"),
    ("They meet tomorrow.", "tomorrow"),
    ("They met three days ago.", "3 days ago"),
    ("They met two weeks ago.", "2 weeks ago"),
    ("They met four months ago.", "4 months ago"),
    ("They met a year ago.", "1 year ago"),
    ("They meet in three days.", "in 3 days"),
    ("They meet in two months.", "in 2 months"),
    ("They met last week.", "last week"),
    ("They meet next week.", "next week"),
    ("They met last month.", "last month"),
    ("They meet next month.", "next month"),
    ("They met last year.", "last year"),
    ("They meet next year.", "next year"),
    *((f"They met last {day}.", f"last {day}") for day in ("Monday", "Wednesday", "Friday", "Sunday")),
    *((f"They meet next {day}.", f"next {day}") for day in ("Monday", "Wednesday", "Friday", "Sunday")),
]


def _reference(phrase: str, anchor: dt.date, **settings: str) -> dt.date | None:
    parsed = dateparser.parse(phrase, languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(anchor.year, anchor.month, anchor.day, 12), "PREFER_DAY_OF_MONTH": "current",
        "RETURN_AS_TIMEZONE_AWARE": False, **settings})
    return parsed.date() if parsed else None


@pytest.mark.parametrize(("anchor", "case"), list(itertools.product(ANCHORS, AGREED)))
def test_relative_arithmetic_agrees_with_dateparser(anchor: dt.date, case: tuple[str, str]) -> None:
    sentence, phrase = case
    (when,) = find_when(sentence, anchor)
    reference = _reference(phrase, anchor)
    if when.precision in ("week", "month"):  # dateparser's day lies in the span, which names no day of it
        assert when.day is None and reference is not None and when.start <= reference <= when.end
        assert resolve_date(sentence, anchor) == UNDATED
        return
    assert when.day == reference
    if when.precision == "year":  # the arithmetic is kept, but a year alone dates no act
        assert resolve_date(sentence, anchor) == UNDATED
    else:
        assert resolve_date(sentence, anchor) == when.day


@pytest.mark.parametrize("text", ["Thursday March 23rd 2017", "11 March 2014", "Monday, May 4, 1998", "Sept. 9, 2018",
                                  "1st of June 2019", "June 1st, 2019", "Feb 28 2019"])
def test_written_dates_agree_with_dateparser(text: str) -> None:
    reference = dateparser.parse(text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    assert reference is not None and parse_date(text) == reference.date()


def test_where_dateparser_does_not_fit_news() -> None:
    friday = dt.date(2019, 2, 22)
    # "on Friday" in a Friday story is that day; dateparser, preferring the past, goes back a week
    assert _reference("Friday", friday, PREFER_DATES_FROM="past") == dt.date(2019, 2, 15)
    assert resolve_date("Kim arrived in Hanoi on Friday.", friday) == friday
    # a day six days ahead in a story: dateparser, preferring the past, reads last year's
    assert _reference("Feb. 28", friday, PREFER_DATES_FROM="past") == dt.date(2018, 2, 28)
    assert resolve_date("The leaders meet on Feb. 28 in Hanoi.", friday) == dt.date(2019, 2, 28)
    # spans dateparser does not read at all
    for phrase in ("within the past year", "earlier this week", "two weeks away", "last weekend"):
        assert _reference(phrase, friday) is None, phrase


@pytest.mark.parametrize("sentence", ["Talks resumed in mid-August.", "Talks resume in mid-August 2019.",
                                      "They met in early March 2018.", "They met in late June."])
def test_early_mid_late_months(sentence: str) -> None:
    [when] = find_when(sentence, ANCHOR)  # no day; the part of the month named (test_month_parts.py)
    assert when.precision == "month" and when.day is None and when.start.month == when.end.month
    assert (when.start.day, when.end.day >= 28) in ((1, False), (11, False), (21, True))


_PHRASES = ("on in the last next past this week month year weekend ago away later earlier within recent so far "
            "Monday Tuesday Friday May March may march Sept. Feb. 28 12 2018 1999 mid- early late back since until by "
            "two few a couple of days weeks months years decade yesterday tomorrow today , . - 2019-02-28 3rd 23rd of")
_WORDS = _PHRASES.split(" ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.dates())
def test_time_phrases_never_raise(words: list[str], anchor: dt.date) -> None:
    sentence = " ".join(words)
    day = resolve_date(sentence, anchor)
    assert day is not None
    for when in find_when(sentence, anchor):
        assert when.start <= when.end and (when.day is None or when.precision != "span")


@pytest.mark.parametrize(("sentence", "anchor", "expected"), [
    # the month of May is no modal verb: the sentence stays in the past
    ("North Korea fired two missiles on May 25.", dt.date(2022, 5, 28), dt.date(2022, 5, 25)),
    ("The envoys met in Geneva on May 3.", dt.date(2003, 5, 10), dt.date(2003, 5, 3)),
    # a future word in another clause does not carry a past day into next year
    ("He said on Sept. 26 that talks would resume.", dt.date(2011, 9, 29), dt.date(2011, 9, 26)),
    ("Officials announced on March 2 that the drills would go ahead.", dt.date(2016, 3, 4), dt.date(2016, 3, 2)),
    # a sentence about the future still looks ahead when the day is near
    ("The leaders will meet on June 12.", dt.date(2018, 6, 1), dt.date(2018, 6, 12)),
    ("Talks are expected to resume on Jan. 9.", dt.date(2017, 12, 20), dt.date(2018, 1, 9)),
    ("The summit may take place on July 4.", dt.date(2020, 6, 20), dt.date(2020, 7, 4)),
])
def test_month_days_and_the_direction_of_the_sentence(sentence: str, anchor: dt.date, expected: dt.date) -> None:
    assert resolve_date(sentence, anchor) == expected


@pytest.mark.parametrize("phrase", ["some time ago", "a while ago", "not long ago"])
def test_a_past_with_no_measure_names_no_day(phrase: str) -> None:
    from detente.coding.dates import find_when

    found = find_when(f"Peru, {phrase}, sent a letter to Chile.", dt.date(2011, 8, 19))
    assert [(w.phrase, w.day, w.precision) for w in found] == [(phrase, None, "span")]
