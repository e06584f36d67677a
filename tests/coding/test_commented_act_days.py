"""The day of an act a verb of comment takes as object is not the day of the verbs told with the comment:
"condemn the attack in X on April 22 and urge restraint" urges on the statement's day
(:func:`detente.coding.event_dates.date_events`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from detente.coding import Coder

DAY = dt.date(2024, 3, 6)


def _days(coder: Coder, sentence: str, root: str) -> set[dt.date]:
    return {e.date for e in coder.code_sentence(sentence, date=DAY) if e.code[:2] == root}


@pytest.mark.parametrize(("sentence", "root"), [
    ("Germany condemns the shelling of a hospital in Kherson on February 28 and urges Russia to stop the attacks.",
     "02"),
    ("Brazil condemns the bombing of a market in Juba on 2 March and urges South Sudan to protect civilians.", "02"),
    ("The Nordic foreign ministers of Norway, Sweden and Finland condemn the rocket attack on Sderot on March 1 "
     "and urge Iran to restrain its allies.", "02"),
])
def test_a_call_told_with_a_comment_is_of_the_comment_day(shared_coder: Coder, sentence: str, root: str) -> None:
    assert _days(shared_coder, sentence, root) == {DAY}


def test_the_act_commented_keeps_its_day(shared_coder: Coder) -> None:
    sentence = ("The G7 foreign ministers of Canada, France and Japan condemn the terrorist attack in Quetta on "
                "March 1 and urge restraint from both India and Pakistan.")
    assert _days(shared_coder, sentence, "18") == {dt.date(2024, 3, 1)}
    assert _days(shared_coder, sentence, "02") == {DAY}


@pytest.mark.parametrize(("sentence", "day"), [
    ("Brazil urged South Sudan on 2 March to protect civilians.", dt.date(2024, 3, 2)),
    ("Germany met Russia's foreign minister on February 28 and called on Russia to withdraw its troops.",
     dt.date(2024, 2, 28)),
])
def test_a_call_dated_by_its_own_clause_keeps_that_day(shared_coder: Coder, sentence: str, day: dt.date) -> None:
    assert _days(shared_coder, sentence, "02") == {day}
