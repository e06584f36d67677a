"""A past perfect in the text's own voice tells of an act before the story's time, on no day said (sentences
written for these tests, none from an evaluation set; docs/coder.md, "A past perfect's earlier time").

"Colombia had offered to permit a meeting" is background: it takes neither the day the story told last nor the
article's day. A past perfect reported by a verb of saying ("the government said Tuesday that Venezuela had recalled
its ambassador") is dated by the report, and a past perfect with its own time phrase by that phrase.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED
from detente.coding.narrative import told_earlier

DAY = dt.date(2019, 3, 14)  # a Thursday
OPENING = "The foreign ministers of Peru and Chile met in Lima on Monday."


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _days(coder: Coder, sentence: str, act: tuple[str, str, str]) -> set[dt.date | None]:
    found = coder.code_many([OPENING, sentence], date=DAY)
    return {None if e.date == UNDATED else e.date for e in found[1]
            if (e.source[:3], e.target[:3], e.code[:2]) == act}


@pytest.mark.parametrize(("sentence", "act"), [
    ("Bolivia had expelled the Chilean ambassador.", ("BOL", "CHL", "16")),
    ("Bolivia had already condemned Chile for the incursion.", ("BOL", "CHL", "11")),
    ("Bolivia had threatened Chile with sanctions.", ("BOL", "CHL", "13")),
])
def test_a_past_perfect_in_the_texts_voice_is_undated(coder: Coder, sentence: str, act: tuple[str, str, str]) -> None:
    assert _days(coder, sentence, act) == {None}


@pytest.mark.parametrize(("sentence", "act", "day"), [
    ("The government said on Tuesday that Bolivia had expelled the Chilean ambassador.", ("BOL", "CHL", "16"),
     dt.date(2019, 3, 12)),
    ("Bolivia had expelled the Chilean ambassador on Tuesday.", ("BOL", "CHL", "16"), dt.date(2019, 3, 12)),
    ("Bolivia expelled the Chilean ambassador.", ("BOL", "CHL", "16"), dt.date(2019, 3, 11)),  # the story's day
])
def test_a_reported_or_dated_past_perfect_and_a_past_keep_their_days(coder: Coder, sentence: str,
                                                                     act: tuple[str, str, str], day: dt.date) -> None:
    assert _days(coder, sentence, act) == {day}


@pytest.mark.parametrize(("sentence", "verb", "expected"), [
    ("colombia had offered to permit a meeting", 2, True),
    ("peru had already recalled its envoy", 3, True),
    ("the talks had been held in lima", 4, True),
    ("officials said peru had recalled its envoy", 4, False),
    ("peru had to recall its envoy", 4, False),
    ("peru recalled its envoy", 1, False),
])
def test_told_earlier_reads_the_past_perfect(sentence: str, verb: int, expected: bool) -> None:
    assert told_earlier(sentence.split(), verb) is expected
