"""Dates of real prose: the parts of a day and days counted from a day counted in turn (docs/coder.md, "Dates:
parts of a day and a chain of days told one from another").

Every sentence here is written for the tests, none is taken from an evaluation set: "that night", "the same
evening", "the next afternoon", "the night before", "later in the day" tell the day the text told last (or the
one after or before it); "this morning", "last night" tell the article's day (or the day before it); "the next
day" after "the next day" counts from the day the first one told, not from the article's day; and a story told
through a sentence that names its day so ("That evening, ...") goes on with that day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding.dates import UNDATED, context_date, find_when
from detente.coding.intake import read_article_text

FRIDAY = dt.date(2016, 4, 15)
MARCH_2 = dt.date(2016, 3, 2)


def _events(text: str, day: dt.date = FRIDAY) -> list[tuple[str, str, str, dt.date]]:
    reading = read_article_events(read_article_text(text, date=day))
    return [(e.source[:3], e.target[:3], e.code, e.date) for e in reading.events]


# -- the phrases -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "shift"), [
    ("That night", 0), ("that evening", 0), ("That afternoon", 0), ("That morning", 0), ("That same evening", 0),
    ("Late that night", 0), ("The same night", 0), ("On the same evening", 0), ("Earlier in the day", 0),
    ("Later in the day", 0), ("The next evening", 1), ("The following afternoon", 1), ("The morning after", 1),
    ("The previous evening", -1), ("The night before", -1),
])
def test_a_part_of_a_day_is_read_from_the_day_told_last(phrase: str, shift: int) -> None:
    [when] = find_when(f"{phrase}, the Nepali envoy called on the Bhutanese foreign minister.", FRIDAY,
                       context=MARCH_2)
    assert when.precision == "day" and when.day == MARCH_2 + dt.timedelta(days=shift), when


@pytest.mark.parametrize(("phrase", "shift"), [("This morning", 0), ("this afternoon", 0), ("This evening", 0),
                                                ("Last night", -1), ("Tonight", 0)])
def test_a_part_of_the_article_s_day(phrase: str, shift: int) -> None:
    [when] = find_when(f"{phrase}, the Nepali envoy called on the Bhutanese foreign minister.", FRIDAY,
                       context=MARCH_2)
    assert when.day == FRIDAY + dt.timedelta(days=shift), when


@pytest.mark.parametrize("sentence", [
    "The night before the vote, Nepal lobbied Bhutan.",  # a time counted from a noun: no day of its own here
    "Night fell before the Nepali envoy reached Thimphu.",
    "Morning prayers were held in Thimphu.",
    "He said the evening session was cancelled.",
])
def test_a_part_of_a_day_named_otherwise_is_no_day(sentence: str) -> None:
    assert find_when(sentence, FRIDAY, context=MARCH_2) == []


# -- a day counted from a day counted in turn -------------------------------------------------------------------

def test_the_day_told_last_is_read_through_a_chain_of_counted_days() -> None:
    before = ["On March 2, the Nepali envoy arrived in Thimphu.", "The next day, he met the king.",
              "The envoy rested."]
    assert context_date(before, FRIDAY) == dt.date(2016, 3, 3)
    before = ["On March 2, the Nepali envoy arrived in Thimphu.", "Two days later, talks opened.",
              "That evening, a dinner was held."]
    assert context_date(before, FRIDAY) == dt.date(2016, 3, 4)


def test_a_chain_with_no_day_at_its_start_is_read_from_the_article_s_day() -> None:
    assert context_date(["The next day, he met the king.", "The envoy rested."], FRIDAY) == FRIDAY + dt.timedelta(1)
    assert context_date(["The envoy rested."], FRIDAY) is None


# -- the coder ---------------------------------------------------------------------------------------------------

def test_that_night_dates_an_act_on_the_day_told_last(coder: Coder) -> None:
    text = ("Nepal and Bhutan met in Thimphu on April 12 to discuss refugees. Talks dragged on. "
            "That night, Nepal accused Bhutan of stalling.")
    accusations = [e for e in _events(text) if e[2].startswith("11")]
    assert accusations and all(e[3] == dt.date(2016, 4, 12) for e in accusations), _events(text)


def test_the_next_evening_after_the_next_day(coder: Coder) -> None:
    text = ("The Nepali envoy arrived in Thimphu on April 11. The next day, he met officials of Bhutan's foreign "
            "ministry. The next evening, Nepal accused Bhutan of stalling.")
    accusations = [e for e in _events(text) if e[2].startswith("11")]
    assert accusations and all(e[3] == dt.date(2016, 4, 13) for e in accusations), _events(text)


def test_this_morning_is_the_article_s_day_not_the_story_s(coder: Coder) -> None:
    text = ("The Nepali envoy met Bhutan's foreign minister in Thimphu on Tuesday. "
            "This morning, Nepal accused Bhutan of stalling.")
    accusations = [e for e in _events(text) if e[2].startswith("11")]
    assert accusations and all(e[3] == FRIDAY for e in accusations), _events(text)


def test_last_night_is_the_day_before_the_article_s(coder: Coder) -> None:
    events = coder.code_sentence("Last night Nepal accused Bhutan of stalling the refugee talks.", date=FRIDAY)
    assert events and all(e.date == FRIDAY - dt.timedelta(days=1) for e in events), events


def test_a_story_goes_on_through_a_sentence_dated_that_evening(coder: Coder) -> None:
    # a narrative of the past: the act with no time phrase goes on with the evening's day, not undated
    text = ("In 1971 the two states quarrelled. By 1972 they had settled. In 1973 the border was drawn. "
            "On June 3, 1971, Nepal recalled its envoy from Bhutan. The next day, a crowd gathered in Kathmandu. "
            "It was a tense day. That evening, the cabinet sat until midnight. It was a risky hour. "
            "Nepal then accused Bhutan of treachery.")
    accusations = [e for e in _events(text, dt.date(2025, 1, 16)) if e[2].startswith("11")]
    assert accusations and all(e[3] == dt.date(1971, 6, 4) for e in accusations), _events(text, dt.date(2025, 1, 16))


def test_without_a_day_told_before_a_narrative_act_stays_undated(coder: Coder) -> None:
    text = ("In 1971 the two states quarrelled. By 1972 they had settled. In 1973 the border was drawn. "
            "The cabinet sat until midnight. Nepal then accused Bhutan of treachery.")
    accusations = [e for e in _events(text, dt.date(2025, 1, 16)) if e[2].startswith("11")]
    assert accusations and all(e[3] == UNDATED for e in accusations), _events(text, dt.date(2025, 1, 16))


# -- a day named as a noun's name is no day the text told ----------------------------------------------------------

def test_a_day_naming_a_noun_is_not_the_day_told_last() -> None:
    before = ["Both parties upheld the May 9 border accord, a milestone.", "Envoys met on the same day."]
    assert context_date(before, FRIDAY) == FRIDAY  # "the same day" of the article, not May 9
    assert context_date(["The envoys met on May 9 in Thimphu."], FRIDAY) == dt.date(2016, 5, 9)
    assert context_date(["The talks of May 9 failed."], FRIDAY) == dt.date(2016, 5, 9)

