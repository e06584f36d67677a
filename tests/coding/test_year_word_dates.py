"""A day or a month told with its year counted from the article's ("on March 3 last year", "in September this
year"), and a name's epithet taken for a participle (docs/coder.md, "Dates: a day or a month with 'last year'").

Every sentence here is written for the tests, none is taken from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

from detente.coding import read_article_events
from detente.coding.dates import UNDATED, find_when
from detente.coding.event_dates import reduced_relative
from detente.coding.intake import read_article_text

OCTOBER = dt.date(2012, 10, 21)
JUNE = dt.date(2011, 6, 20)


def _events(text: str, day: dt.date) -> list[tuple[str, str, str, dt.date]]:
    reading = read_article_events(read_article_text(text, date=day))
    return [(e.source[:3], e.target[:3], e.code[:2], e.date) for e in reading.events]


def _phrases(sentence: str, day: dt.date) -> list[tuple[str, dt.date | None, dt.date, str]]:
    return [(w.phrase, w.day, w.start, w.precision) for w in find_when(sentence, day)]


# -- the phrase ------------------------------------------------------------------------------------------------

def test_month_day_last_year_is_of_the_year_before() -> None:
    # "March 3" alone is this year's (before the article's day); with "last year" it is the year before's
    assert _phrases("Peru recalled its envoy on March 3 last year.", OCTOBER) == [
        ("March 3 last year", dt.date(2011, 3, 3), dt.date(2011, 3, 3), "day")]
    assert _phrases("Peru recalled its envoy on 15 June of last year.", OCTOBER) == [
        ("15 June of last year", dt.date(2011, 6, 15), dt.date(2011, 6, 15), "day")]
    assert _phrases("Peru recalled its envoy on Nov. 2, last year.", OCTOBER)[0][1] == dt.date(2011, 11, 2)


def test_month_last_year_is_a_month_of_the_year_before() -> None:
    assert _phrases("Peru recalled its envoy in March last year.", OCTOBER) == [
        ("in March last year", None, dt.date(2011, 3, 1), "month")]


def test_month_this_year_is_of_the_article_year_even_after_its_day() -> None:
    # "in December" in a sentence told in the past is the last December; "in December this year" is this one
    found = _phrases("The assembly decided to hold the vote in December this year.", OCTOBER)
    assert found == [("in December this year", None, dt.date(2012, 12, 1), "month")]


def test_guards_phrases_without_the_year_word_stay() -> None:
    assert _phrases("Peru recalled its envoy on March 3.", OCTOBER) == [
        ("March 3", dt.date(2012, 3, 3), dt.date(2012, 3, 3), "day")]
    assert [w[0] for w in _phrases("Peru recalled its envoy last year.", OCTOBER)] == ["last year"]
    assert _phrases("Peru recalled its envoy last year.", OCTOBER)[0][3] == "year"
    # "next year" after a month may count from the year a narrative tells of ("In May next year he came back"):
    # not read with it
    assert [w[0] for w in _phrases("In May next year he visited Lima again.", OCTOBER)] == ["In May", "next year"]
    # "may" in lower case is a verb, not a month
    assert all("may" not in w[0].lower() for w in _phrases("Peru may recall its envoy this year.", OCTOBER))


# -- the event ---------------------------------------------------------------------------------------------------

def test_an_act_on_a_day_of_last_year_is_dated_to_it() -> None:
    found = _events("Peru's foreign minister on March 3 last year recalled the ambassador from Chile.", OCTOBER)
    assert found and all(d == dt.date(2011, 3, 3) for _, _, _, d in found)


def test_an_act_in_a_month_of_last_year_is_undated() -> None:
    found = _events("Peru recalled its ambassador from Chile in March last year.", OCTOBER)
    assert found and all(d == UNDATED for _, _, _, d in found)


def test_a_decision_on_a_month_ahead_this_year_is_the_article_news() -> None:
    found = _events("Bolivia decided to submit its claim against Chile to the UN General Assembly in September "
                    "this year.", JUNE)
    assert found and all(d == JUNE for _, _, _, d in found)


# -- an epithet before a name is no participle -------------------------------------------------------------------

def test_a_past_form_before_a_name_opens_no_participle_clause() -> None:
    cased = ["The", "esteemed", "President", "Tanaka", "on", "March", "3", "last", "year", "received", "a",
             "message"]
    low = [w.lower() for w in cased]
    assert reduced_relative(low, 5, 9)  # read on lower-case words alone, as before
    assert not reduced_relative(low, 5, 9, cased)
    # a participle after its noun still opens one ("The findings made public on June 2 made it clear")
    cased = ["The", "findings", "made", "public", "on", "June", "2", "made", "it", "clear"]
    assert reduced_relative([w.lower() for w in cased], 4, 7, cased)


def test_a_story_told_on_a_day_of_last_year_goes_on_with_it() -> None:
    text = ("The esteemed President Tanaka on Dec. 28 last year received a letter from the Peruvian president. "
            "The Peruvian president praised Japan for its support.")
    found = [e for e in _events(text, dt.date(2012, 1, 4)) if e[2] == "05"]
    assert found and all(d == dt.date(2011, 12, 28) for _, _, _, d in found)


def test_a_story_told_of_a_name_with_an_epithet_goes_on_with_its_day() -> None:
    text = ("The esteemed President Tanaka on Monday received a letter from the Peruvian president. "
            "The Peruvian president praised Japan for its support.")
    found = [e for e in _events(text, dt.date(2012, 1, 4)) if e[2] == "05"]
    assert found and all(d == dt.date(2012, 1, 2) for _, _, _, d in found)
