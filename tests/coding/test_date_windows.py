"""An act told somewhere within the last day or two is dated on the day between (sentences written for these tests,
none from an evaluation set; docs/coder.md, "Dates: the last two days, and a side's own day").

"In the past two days, Peru's envoys met Chilean officials" names a span of the two days before the article's and
its own: the day before the article's is within a day of every day of it, so the act is dated there rather than
left undated. A longer span ("in the past three days", "within the past week", "in recent days") still names no day,
and one the act went on through ("over the past two days") is dated to its first day as before.

An act told by "after" and a gerund ("Kerry spoke after meeting with ...") is the doer's act just before the one of its
clause, on the same day, not background of no day: "after the talks", "after Peru met Chile" and "since the summit"
tell of an earlier act on no day said, "after meeting Chilean officials" what the subject did just before it spoke.
A time phrase of its own dates it as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED
from detente.coding.dates import find_when

DAY = dt.date(2016, 6, 10)
BEFORE = DAY - dt.timedelta(days=1)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _days(coder: Coder, sentence: str, act: tuple[str, str, str]) -> set[dt.date | None]:
    return {None if e.date == UNDATED else e.date for e in coder.code_sentence(sentence, date=DAY)
            if (e.source[:3], e.target[:3], e.code[:2]) == act}


@pytest.mark.parametrize(("sentence", "act", "day"), [
    ("In the past two days, Peruvian envoys met Chilean officials in Lima.", ("PER", "CHL", "04"), BEFORE),
    ("Within the last two days, Peru recalled its ambassador from Chile.", ("PER", "CHL", "16"), BEFORE),
    ("Peru expelled two Chilean diplomats in the past day.", ("PER", "CHL", "16"), BEFORE),
    # longer or vaguer spans name no day
    ("In the past three days, Peru recalled its ambassador from Chile.", ("PER", "CHL", "16"), None),
    ("Within the past week, Peru recalled its ambassador from Chile.", ("PER", "CHL", "16"), None),
    ("In recent days, Peru recalled its ambassador from Chile.", ("PER", "CHL", "16"), None),
    # the news of the day with no time phrase keeps the article's day
    ("Peru recalled its ambassador from Chile.", ("PER", "CHL", "16"), DAY),
])
def test_an_act_within_the_last_two_days_is_dated_on_the_day_between(coder: Coder, sentence: str,
                                                                     act: tuple[str, str, str],
                                                                     day: dt.date | None) -> None:
    assert _days(coder, sentence, act) == {day}


@pytest.mark.parametrize(("phrase", "day"), [
    ("in the past two days", BEFORE),
    ("within the last day", BEFORE),
    ("over the past two days", DAY - dt.timedelta(days=2)),  # gone on through: its first day, as before
    ("in the next two days", None),  # ahead: no day of the past
    ("in the last few days", None),
])
def test_the_day_a_short_span_names(phrase: str, day: dt.date | None) -> None:
    (when,) = find_when(f"Peru met Chile {phrase}.", DAY)
    assert when.day == day


@pytest.mark.parametrize(("sentence", "act", "day"), [
    ("Peru's foreign minister spoke after meeting with Chile's top officials in Santiago.", ("PER", "CHL", "04"), DAY),
    ("Chile's president praised Peru after hosting Peru's foreign minister in Santiago.", ("CHL", "PER", "04"), DAY),
    ("Chile's foreign minister left Lima after visiting Peru's president.", ("CHL", "PER", "04"), DAY),
    ("After visiting Peru's president, Chile's foreign minister left Lima.", ("CHL", "PER", "04"), DAY),
    # guards: an earlier act on no day said, or dated by a phrase of its own
    ("Peru's foreign minister spoke after the meeting with Chile's top officials.", ("PER", "CHL", "04"), None),
    ("Peru's foreign minister spoke after he met Chile's top officials.", ("PER", "CHL", "04"), None),
    ("Peru's foreign minister spoke after meeting with Chile's top officials last month.", ("PER", "CHL", "04"),
     None),
])
def test_an_act_after_a_gerund_is_of_its_clauses_day(coder: Coder, sentence: str, act: tuple[str, str, str],
                                                     day: dt.date | None) -> None:
    assert _days(coder, sentence, act) == {day}
