"""Acts told in the past tense in a clause of "the days when", "the era when" are a time long past recalled, and
each participle of a list that "have" governs is a present perfect: no act of the article's day (coding._durations).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import UNDATED, Coder

DAY = dt.date(2012, 9, 14)


def _dates(coder: Coder, sentence: str, pair: tuple[str, str]) -> list[dt.date]:
    return [e.date for e in coder.code_sentence(sentence, date=DAY) if (e.source[:3], e.target[:3]) == pair]


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The era when Britain threatened Iran with its warships has gone by.", ("GBR", "IRN")),
    ("Gone are the days when the United States imposed sanctions on Cuba at will, the minister said.",
     ("USA", "CUB")),
    ("The envoy recalled the days when Vietnam helped Laos in the war of liberation.", ("VNM", "LAO")),
    ("Cuba and Venezuela have consulted, supported and helped each other.", ("CUB", "VEN")),
])
def test_acts_of_a_time_long_past_have_no_day(shared_coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = _dates(shared_coder, sentence, pair)
    assert found
    assert all(d == UNDATED for d in found)


@pytest.mark.parametrize(("sentence", "pair"), [
    # the clause tells the present: the main act is of the day
    ("At a time when relations are growing stronger, Russia signed an agreement with Mongolia.", ("RUS", "MNG")),
    # "the day when" may be the article's own
    ("On the day when the Japanese prime minister visited China, the two sides signed an agreement.",
     ("JPN", "CHN")),
    # no list: a past act of one day
    ("Cuba helped Venezuela yesterday.", ("CUB", "VEN")),
])
def test_other_acts_keep_a_day(shared_coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = _dates(shared_coder, sentence, pair)
    assert found
    assert all(d != UNDATED for d in found)
