"""A past time told after "since" in the present perfect opens a span to the article's day (sentences written for
these tests): the act told next with no time phrase of its own is the article's news, not undated as the act after
a story told of a past month is."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding.coder import UNDATED

if TYPE_CHECKING:
    from detente.coding import Coder

DAY = dt.date(2022, 4, 7)


def _dates(coder: Coder, sentences: list[str], pair: tuple[str, str, str]) -> set[dt.date | None]:
    found = coder.code_many(sentences, date=DAY)
    return {None if e.date == UNDATED else e.date for s in found for e in s
            if (e.source[:3], e.target[:3], e.code[:2]) == pair}


@pytest.mark.parametrize(("opening", "after", "pair"), [
    ("The aid worker has been held since Iranian guards detained him at the border in November 2020.",
     "The French foreign minister condemned Iran for his continued detention.", ("FRA", "IRN", "11")),
    ("The embassy has stayed closed ever since Venezuelan police raided it last July.",
     "Colombia's foreign ministry accused Venezuela of harassing its diplomats.", ("COL", "VEN", "11")),
    ("Ties have been frozen since Lithuania expelled the Belarusian consul in November 2021.",
     "The Belarusian foreign ministry criticized Lithuania over the expulsion.", ("BLR", "LTU", "11")),
])
def test_an_act_after_a_span_since_a_past_month_is_the_articles(
        coder: Coder, opening: str, after: str, pair: tuple[str, str, str]) -> None:
    assert _dates(coder, [opening, after], pair) == {DAY}


@pytest.mark.parametrize(("opening", "after", "pair"), [  # guards: a story told of the past month goes on
    ("Iranian guards detained the aid worker at the border in November 2020.",
     "The French foreign minister condemned Iran for the detention.", ("FRA", "IRN", "11")),
    ("The embassy had stayed closed since Venezuelan police raided it in July 2019.",
     "Colombia's foreign ministry accused Venezuela of harassing its diplomats.", ("COL", "VEN", "11")),
])
def test_a_story_of_a_past_month_still_leaves_the_act_after_it_undated(
        coder: Coder, opening: str, after: str, pair: tuple[str, str, str]) -> None:
    assert _dates(coder, [opening, after], pair) == {None}
