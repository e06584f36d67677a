"""An act told in the present perfect is news of the article's day, whatever other words of saying stand in its
sentence (sentences written for these tests, none from an evaluation set; docs/coder.md, "Present perfects beside
participles of saying").

A story goes on telling a day it named ("Peru's minister met Chile's on Monday. She urged Chile ..."), but an act
in the present perfect in the text's own voice ("Bolivia has urged Chile ...") is as of the article's day. Only a
past verb of saying that reports the sentence ("..., the minister said") makes it the day of the saying; a word of
saying in another use does not: a participle before its noun ("continued efforts", "the stated aim", "its declared
policy") or the act's own perfect ("has warned", "has stressed").
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED
from detente.coding.narrative import perfect

DAY = dt.date(2019, 3, 14)  # a Thursday
MONDAY = dt.date(2019, 3, 11)
OPENING = "The foreign ministers of Peru and Chile met in Lima on Monday."


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _events(coder: Coder, *sentences: str) -> set[tuple[str, str, str, dt.date | None]]:
    found = coder.code_many(list(sentences), date=DAY)
    return {(e.source[:3], e.target[:3], e.code[:2], None if e.date == UNDATED else e.date)
            for sentence in found for e in sentence}


@pytest.mark.parametrize(("sentence", "act"), [
    ("Bolivia has encouraged continued efforts by Chile to reach a settlement.", ("BOL", "CHL", "02")),
    ("Bolivia has condemned the continued presence of Chilean troops on its border.", ("BOL", "CHL", "11")),
    ("Bolivia has welcomed the stated intention of Chile to resume talks.", ("BOL", "CHL", "05")),
    ("Bolivia has criticized the declared policy of Chile on the border.", ("BOL", "CHL", "11")),
    ("Bolivia has warned Chile against moving troops to the border.", ("BOL", "CHL", "13")),
])
def test_a_present_perfect_is_the_news_of_the_articles_day(coder: Coder, sentence: str,
                                                           act: tuple[str, str, str]) -> None:
    days = {d for s, t, c, d in _events(coder, OPENING, sentence) if (s, t, c) == act}
    assert days == {DAY}, days


@pytest.mark.parametrize(("sentence", "act"), [
    # reported by a past verb of saying: as of the saying, which goes on with the story's day
    ("Bolivia has urged Chile to withdraw its troops, the minister said.", ("BOL", "CHL", "02")),
    ('"Bolivia has urged Chile to withdraw its troops," she added.', ("BOL", "CHL", "02")),
    # no perfect: the simple past goes on with the day told before
    ("Bolivia urged continued efforts by Chile to reach a settlement.", ("BOL", "CHL", "02")),
])
def test_a_reported_perfect_or_a_past_goes_on_with_the_storys_day(coder: Coder, sentence: str,
                                                                  act: tuple[str, str, str]) -> None:
    days = {d for s, t, c, d in _events(coder, OPENING, sentence) if (s, t, c) == act}
    assert days == {MONDAY}, days


@pytest.mark.parametrize(("sentence", "verb", "expected"), [
    ("we have encouraged continued efforts", 3, True),
    ("china has warned japan", 2, True),
    ("japan has welcomed the stated aim", 2, True),
    ("japan has denied it , the minister said", 2, False),
    ("japan has denied it , she told reporters", 2, False),
    ("japan has denied it , the minister noted", 2, False),
    ("the minister had said japan has denied it", 6, False),
    ("japan denied it", 1, False),
])
def test_perfect_reads_words_of_saying_by_their_use(sentence: str, verb: int, expected: bool) -> None:
    assert perfect(sentence.split(), verb) is expected
