"""Counts of years written in words past twelve (sentences written for these tests).

"Seventy years ago today" names a day as "five years ago today" and "70 years ago today" do; "twenty years ago" a
year with no day. Unread, the phrase left the act on the article's own day.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding.coder import UNDATED
from detente.coding.dates import find_when

if TYPE_CHECKING:
    from detente.coding import Coder

DAY = dt.date(2020, 6, 25)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Seventy years ago today, the northern army crossed the parallel.", dt.date(1950, 6, 25)),
    ("Twenty-five years ago today the two foreign ministers signed the border treaty.", dt.date(1995, 6, 25)),
    ("Fifteen years ago today, the embassy in the capital was stormed.", dt.date(2005, 6, 25)),
    ("Thirty one years ago today, the envoys first met in Geneva.", dt.date(1989, 6, 25)),
    ("A hundred years ago today the armistice commission held its first session.", dt.date(1920, 6, 25)),
])
def test_an_anniversary_counted_in_words_names_its_day(sentence: str, expected: dt.date) -> None:
    found = [w for w in find_when(sentence, DAY) if w.kind == "anniversary"]
    assert [(w.day, w.precision) for w in found] == [(expected, "day")]


@pytest.mark.parametrize(("sentence", "day"), [
    ("Sixty years ago today, Indian and Chinese troops clashed along the border.", dt.date(1960, 6, 25)),
    ("Egyptian forces attacked Israel fifty years ago today.", dt.date(1970, 6, 25)),
    ("Twenty-two years ago today, Russia expelled the American envoy.", dt.date(1998, 6, 25)),
])
def test_the_act_of_an_anniversary_is_dated_on_its_day(coder: Coder, sentence: str, day: dt.date) -> None:
    dates = {e.date for e in coder.code_sentence(sentence, date=DAY) if e.target[:3] != "---"}
    assert dates == {day}


@pytest.mark.parametrize("sentence", [
    "Twenty years ago, Russian troops invaded Georgia.",
    "Forty years ago the Soviet Union invaded Afghanistan.",
    "Iraq invaded Kuwait thirty years ago.",
])
def test_years_counted_in_words_without_a_day_leave_the_act_undated(coder: Coder, sentence: str) -> None:
    dates = {e.date for e in coder.code_sentence(sentence, date=DAY) if e.target[:3] != "---"}
    assert dates == {UNDATED}


@pytest.mark.parametrize(("sentence", "expected"), [  # guards: counts the patterns read before
    ("Five years ago today, the envoy was detained in Havana.", dt.date(2015, 6, 25)),
    ("70 years ago today, the northern army crossed the parallel.", dt.date(1950, 6, 25)),
    ("Twelve years ago today, the talks opened in Beijing.", dt.date(2008, 6, 25)),
])
def test_counts_read_before_keep_their_reading(sentence: str, expected: dt.date) -> None:
    assert [w.day for w in find_when(sentence, DAY) if w.kind == "anniversary"] == [expected]


def test_a_later_count_in_words_counts_its_months() -> None:
    (when,) = [w for w in find_when("Fifteen months later the ceasefire collapsed.", DAY) if w.kind == "counted"]
    assert when.precision == "month" and when.start.year == 2021
