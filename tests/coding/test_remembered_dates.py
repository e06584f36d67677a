"""An act someone remembers is no act of the day the remembering is told (sentences written for these tests, none
from an evaluation set; docs/coder.md, "Acts remembered, judged nouns in headlines, and meeting one's end").

"The envoy recalled that Ghana sent aid to Togo" tells of aid sent at some earlier time the sentence does not give:
the recalling is the article's news, the aid is not, so with no time of its own the act is undated. A present or
future act in the clause, an act with a day of its own, and "recalled" of an envoy (no memory) keep their dates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._durations import remembered
from detente.coding._text import tokenize
from detente.coding.coder import UNDATED

DAY = dt.date(2013, 5, 16)  # a Thursday


def _days(coder: Coder, sentence: str, act: tuple[str, str, str]) -> set[dt.date | None]:
    found = coder.code_many([sentence], date=DAY)[0]
    return {None if e.date == UNDATED else e.date for e in found if (e.source[:3], e.target[:3], e.code[:2]) == act}


@pytest.mark.parametrize(("sentence", "act"), [
    ("The Ghanaian envoy recalled that Ghana sent food aid to Togo.", ("GHA", "TGO", "07")),
    ("The old diplomat recollected with a smile that Benin signed a border treaty with Niger.", ("BEN", "NER", "05")),
    ("Speaking at the ceremony, the minister remembered that Ghana hosted the Togolese president.",
     ("GHA", "TGO", "04")),
    ("The chairman of the friendship society reminisced that Niger welcomed a Beninese delegation on a visit.",
     ("NER", "BEN", "04")),
    ("The ambassador recalled the talks between Ghana and Togo.", ("GHA", "TGO", "04")),
])
def test_an_act_remembered_is_undated(coder: Coder, sentence: str, act: tuple[str, str, str]) -> None:
    assert _days(coder, sentence, act) == {None}


@pytest.mark.parametrize(("sentence", "act", "day"), [
    # the same acts told as news: the article's day
    ("The Ghanaian envoy said that Ghana sent food aid to Togo.", ("GHA", "TGO", "07"), DAY),
    # a day of its own dates the remembered act
    ("The envoy recalled that Ghana sent food aid to Togo on Monday.", ("GHA", "TGO", "07"), dt.date(2013, 5, 13)),
    # "recalled" of an envoy is an act of the day, no memory
    ("Ghana recalled its ambassador to Togo.", ("GHA", "TGO", "16"), DAY),
])
def test_acts_told_as_news_or_with_a_day_keep_it(coder: Coder, sentence: str, act: tuple[str, str, str],
                                                 day: dt.date) -> None:
    assert _days(coder, sentence, act) == {day}


def test_a_present_act_in_the_clause_is_not_remembered() -> None:
    low = [w.lower() for w in tokenize("The envoy recalled that Ghana is ready to send aid to Togo.")]
    assert not remembered(low, low.index("send"))
    assert not remembered(low, low.index("ready"))
