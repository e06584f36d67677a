"""An act told as a habit (an adverb of frequency, "has long") has no day (sentences written for these tests, none
from an evaluation set; docs/coder.md, "Habits, and a KCNA story's title").

"Peru has repeatedly accused Chile of ..." tells of accusations over a time the sentence does not bound: no one of
them is the article's news, so with no time phrase of its own the act is undated, as a past perfect is. An adverb
in another clause, an act with its own day, and the same acts told without the adverb keep their dates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._text import tokenize
from detente.coding.coder import UNDATED
from detente.coding.narrative import habitual

DAY = dt.date(2019, 3, 14)  # a Thursday


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _days(coder: Coder, sentence: str, act: tuple[str, str, str]) -> set[dt.date | None]:
    found = coder.code_many([sentence], date=DAY)[0]
    return {None if e.date == UNDATED else e.date for e in found if (e.source[:3], e.target[:3], e.code[:2]) == act}


@pytest.mark.parametrize(("sentence", "act"), [
    ("Ghana has repeatedly accused Togo of arming the rebels.", ("GHA", "TGO", "11")),
    ("Benin frequently staged war drills against Niger.", ("BEN", "NER", "15")),
    ("Ghana often criticizes Togo.", ("GHA", "TGO", "11")),
    ("Togo has persistently criticized Ghana over the border.", ("TGO", "GHA", "11")),
    ("Benin violated the fishing accord with Niger time and again.", ("BEN", "NER", "12")),
    ("Ghana has long sought talks with Togo.", ("GHA", "TGO", "02")),
])
def test_an_act_told_as_a_habit_is_undated(coder: Coder, sentence: str, act: tuple[str, str, str]) -> None:
    assert _days(coder, sentence, act) == {None}


@pytest.mark.parametrize(("sentence", "act", "day"), [
    # the same acts told once: the article's day
    ("Ghana accused Togo of arming the rebels.", ("GHA", "TGO", "11"), DAY),
    ("Ghana has criticized Togo.", ("GHA", "TGO", "11"), DAY),
    # a day of its own dates the act, habit or not
    ("Ghana repeatedly criticized Togo on Tuesday.", ("GHA", "TGO", "11"), dt.date(2019, 3, 12)),
    # the adverb in a clause of its own tells of that clause only
    ("Ghana, which has repeatedly denied the charge, criticized Togo.", ("GHA", "TGO", "11"), DAY),
    ("Togo has often been accused of smuggling, but Ghana criticized Benin.", ("GHA", "BEN", "11"), DAY),
    # "long" not after "has", "have" or "had" is no habit
    ("In a long statement, Ghana criticized Togo.", ("GHA", "TGO", "11"), DAY),
])
def test_acts_told_once_or_in_another_clause_keep_their_day(coder: Coder, sentence: str, act: tuple[str, str, str],
                                                            day: dt.date) -> None:
    assert _days(coder, sentence, act) == {day}


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("Bolivia has repeatedly said it fears an attack by Chile.", "fears", True),
    ("Peru has long sought talks with Chile.", "sought", True),
    ("Peru sought talks with Chile, as it has often done.", "sought", False),
    ("Peru, which has repeatedly denied the charge, summoned the ambassador.", "summoned", False),
    ("The long talks ended.", "ended", False),
])
def test_habitual_reads_the_verbs_stretch_of_the_sentence(sentence: str, word: str, expected: bool) -> None:
    low = [t.lower() for t in tokenize(sentence)]
    assert habitual(low, low.index(word)) is expected
