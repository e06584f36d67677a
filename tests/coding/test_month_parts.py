"""A part of a named month (detente.coding._month_parts): "at the end of July", "in mid-June", "the beginning of
March", "early May 2009" name no day, and only that part of the month (sentences written for these tests).

Before, "the end of July" was no time phrase and "mid-June" was never looked for (one hyphened token): the act
took the article's day, months after it happened; "early July" was the whole month, so a record anchored it to an
episode at the month's end.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import UNDATED, Coder, read_article_events
from detente.coding.anchors import Chronology
from detente.coding.dates import find_when
from detente.model import Article, Event

DAY = dt.date(2013, 10, 24)


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("The two envoys held talks in Vienna at the end of July.", dt.date(2013, 7, 21), dt.date(2013, 7, 31)),
    ("Ukraine recalled its ambassador in mid-June.", dt.date(2013, 6, 11), dt.date(2013, 6, 20)),
    ("At the beginning of March, Peru expelled two diplomats.", dt.date(2013, 3, 1), dt.date(2013, 3, 10)),
    ("The ministers met in the middle of August in Lima.", dt.date(2013, 8, 11), dt.date(2013, 8, 20)),
    ("Chile lodged a protest toward the close of September.", dt.date(2013, 9, 21), dt.date(2013, 9, 30)),
    ("The sanctions were lifted in early May 2009.", dt.date(2009, 5, 1), dt.date(2009, 5, 10)),
    ("The embassy reopened at the end of Sept. 2012.", dt.date(2012, 9, 21), dt.date(2012, 9, 30)),
    ("In late August the border posts were shelled.", dt.date(2013, 8, 21), dt.date(2013, 8, 31)),
])
def test_a_part_of_a_month_is_that_part_and_no_day(sentence: str, start: dt.date, end: dt.date) -> None:
    (when,) = find_when(sentence, DAY)
    assert (when.day, when.start, when.end, when.precision) == (None, start, end, "month")


def test_a_part_of_a_month_to_come_is_the_next_such_month() -> None:
    (when,) = find_when("The foreign ministers will meet at the end of November.", DAY)
    assert (when.start, when.end) == (dt.date(2013, 11, 21), dt.date(2013, 11, 30))


def test_a_part_of_a_month_in_a_narrative_is_in_the_year_it_tells_of() -> None:
    (when,) = find_when("At the end of July, the general massed troops on the border.", dt.date(2025, 1, 16),
                        year=1990)
    assert (when.start, when.end) == (dt.date(1990, 7, 21), dt.date(1990, 7, 31))


@pytest.mark.parametrize("sentence", [
    "Peru and Chile held talks at the end of July.",
    "Peru recalled its ambassador from Chile in mid-June.",
    "Peru and Chile signed a border accord at the beginning of March.",
])
def test_an_act_told_by_a_part_of_a_month_is_undated(shared_coder: Coder, sentence: str) -> None:
    events = shared_coder.code_sentence(sentence, date=DAY)
    assert events and all(e.date == UNDATED for e in events)


def _event(day: str) -> Event:
    return Event(dt.date.fromisoformat(day), "USAGOV", "PRKGOV", "040", event_id=day, citation="a chronology")


def _dated(coder: Coder, text: str) -> set[dt.date]:
    record = Chronology([_event("2013-07-29")])
    found = read_article_events(Article(text=text, date=DAY), coder=coder, reference=record).events
    return {e.date for e in found if e.source[:3] == "USA" and e.target[:3] == "PRK"}


def test_a_record_dates_an_act_only_by_an_episode_in_that_part(shared_coder: Coder) -> None:
    assert _dated(shared_coder, "The United States held talks with North Korea at the end of July.") \
        == {dt.date(2013, 7, 29)}
    assert _dated(shared_coder, "The United States held talks with North Korea in early July.") == {UNDATED}


# --- guards: phrases that keep their reading ----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "day", "precision"), [
    ("At the end of the talks on July 28, the envoys shook hands.", dt.date(2013, 7, 28), "day"),
    ("The talks ended late on Tuesday.", dt.date(2013, 10, 22), "day"),
    ("Late in July the envoys met again.", None, "month"),  # the whole month, as before
    ("The fighting resumed in late 2012.", None, "year"),
    ("Officials met at the end of last month.", None, "month"),
])
def test_other_phrases_keep_their_reading(sentence: str, day: dt.date | None, precision: str) -> None:
    found = find_when(sentence, DAY)
    assert found and (found[0].day, found[0].precision) == (day, precision)
    assert all(w.kind != "monthpart" for w in found)


def test_a_month_in_lower_case_is_no_part_of_a_month() -> None:
    assert find_when("He said the end of the crisis may come soon.", DAY) == []
