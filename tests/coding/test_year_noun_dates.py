"""A year naming the time of the noun after it ("the 2008 invasion of Georgia", "Russia's 2014 annexation of
Crimea", and in a list ", 2015 intervention in Syria"): an act placed only in a year names no day, and is undated
rather than put on the article's day (docs/coder.md, "Dates: a year before an event noun").

Every sentence here is written for the tests, none is taken from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import read_article_events
from detente.coding.dates import UNDATED, find_when, year_nouns
from detente.coding.intake import read_article_text

DAY = dt.date(2021, 11, 3)


def _events(text: str) -> list[tuple[str, str, str, dt.date]]:
    reading = read_article_events(read_article_text(text, date=DAY))
    return [(e.source[:3], e.target[:3], e.code[:2], e.date) for e in reading.events]


def _years(sentence: str) -> list[tuple[str, str]]:
    return [(w.phrase, w.precision) for w in year_nouns(sentence)]


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("The crisis recalls the 2008 invasion of Georgia.", "2008"),
    ("The crisis recalls Russia's 2014 annexation of Crimea.", "2014"),
    ("Its 2006 nuclear test drew sanctions.", "2006"),
    ("Critics cite the 2003 invasion of Iraq, 2011 intervention in Libya and 2015 strikes in Syria.", "2011"),
])
def test_a_year_before_a_noun_is_a_year_phrase(sentence: str, phrase: str) -> None:
    assert (phrase, "year") in _years(sentence), _years(sentence)


@pytest.mark.parametrize("sentence", [
    # guards: a year that is a subject or in a list of years, a decade, a count written with a comma
    "The year 2012 was one of change.",
    "The talks of 2011 and 2012 failed.",
    "The 1990s war left scars.",
    "Some 2,000 troops crossed the border.",
])
def test_a_year_that_names_no_noun_is_no_year_phrase(sentence: str) -> None:
    assert all(not p[0].isdigit() for p in _years(sentence)), _years(sentence)


@pytest.mark.parametrize("text", [
    "The dispute follows the 2008 invasion of Georgia by Russian forces.",
    "The dispute follows Russia's 2008 invasion of Georgia.",
    "The dispute follows the 2008 invasion of Georgia, 2014 invasion of Ukraine and other Russian acts.",
])
def test_an_act_told_only_by_its_year_is_undated(text: str) -> None:
    found = [e for e in _events(text) if e[2] == "19"]
    assert found, _events(text)
    assert all(e[3] == UNDATED for e in found), found


@pytest.mark.parametrize(("text", "act"), [
    # guards: the act of the sentence keeps its day; a full date before a noun still dates it
    ("Chile on Tuesday condemned the 2008 invasion of Georgia by Russia.", ("CHL", "RUS", "11")),
    ("Russia condemned Georgia on Tuesday, citing the 2008 war.", ("RUS", "GEO", "11")),
])
def test_other_acts_keep_their_days(text: str, act: tuple[str, str, str]) -> None:
    days = {e[3] for e in _events(text) if e[:3] == act}
    assert days and UNDATED not in days, _events(text)


def test_a_year_of_a_noun_is_no_time_phrase_of_the_sentence() -> None:
    # the narrative's years and the sentence's other acts do not see it
    assert find_when("The crisis recalls the 2008 invasion of Georgia.", DAY) == []


@pytest.mark.parametrize(("text", "act", "day"), [
    # guards: a year in the name of what is no event dates nothing else
    ("Peru on Tuesday praised Chile for its success at the 2010 arts festival.", ("PER", "CHL", "05"),
     dt.date(2021, 11, 2)),
    ("Syria said in a statement on October 18 that it recognizes Palestine on the lines before the 1967 war. "
     "Syria will open an embassy, the statement said.", ("SYR", "PSE", "05"), dt.date(2021, 10, 18)),
])
def test_a_year_of_a_name_leaves_the_days_alone(text: str, act: tuple[str, str, str], day: dt.date) -> None:
    days = {e[3] for e in _events(text) if e[:3] == act}
    assert days == {day}, _events(text)


def test_a_full_date_before_a_noun_still_dates_it() -> None:
    days = {e[3] for e in _events("The March 3, 2021 attack by Russia on Georgia was condemned.") if e[2] == "19"}
    assert days == {dt.date(2021, 3, 3)}
