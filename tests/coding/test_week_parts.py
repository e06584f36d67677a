"""A part of a week of at most three days dates its act on its middle day (sentences written for these tests, none
from an evaluation set; docs/coder.md, "A part of a week of three days or fewer").

"Late last week" (Thursday to Saturday of the week before) is dated on its Friday, "early last week" (Monday to
Wednesday) on its Tuesday, "earlier this week" on the middle of Monday up to the day before the article's when that
is at most three days: each of those days is within the day's tolerance of the day taken. A longer span names no day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED

THURSDAY = dt.date(2016, 5, 12)

Act = tuple[str, str, str, dt.date]


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _acts(coder: Coder, sentence: str, day: dt.date) -> set[Act]:
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for e in coder.code_sentence(sentence, date=day)}


@pytest.mark.parametrize(("sentence", "day", "act"), [
    ("Bolivian and Chilean negotiators met in La Paz late last week.", THURSDAY,
     ("BOL", "CHL", "04", dt.date(2016, 5, 6))),
    ("Venezuela recalled its ambassador from Guyana early last week.", THURSDAY,
     ("VEN", "GUY", "16", dt.date(2016, 5, 3))),
    ("Ecuador lodged a protest with Peru earlier this week.", THURSDAY,
     ("ECU", "PER", "11", dt.date(2016, 5, 10))),
    ("Paraguay accused Argentina of spying earlier this week.", dt.date(2016, 5, 11),
     ("PRY", "ARG", "11", dt.date(2016, 5, 10))),
])
def test_a_part_of_a_week_of_three_days_dates_its_act(coder: Coder, sentence: str, day: dt.date, act: Act) -> None:
    acts = _acts(coder, sentence, day)
    assert act in acts, acts


@pytest.mark.parametrize(("sentence", "day", "absent"), [
    # "earlier this week" in a Friday's article: four days, no day named
    ("Ecuador lodged a protest with Peru earlier this week.", dt.date(2016, 5, 13),
     ("ECU", "PER", "11", dt.date(2016, 5, 10))),
    # a whole week, or a part of a month, names no day
    ("Venezuela recalled its ambassador from Guyana last week.", THURSDAY, ("VEN", "GUY", "16", dt.date(2016, 5, 6))),
    ("Venezuela recalled its ambassador from Guyana earlier this month.", THURSDAY,
     ("VEN", "GUY", "16", dt.date(2016, 5, 6))),
    # a time to come: the intent is of the article's day, as before
    ("Peru and Chile will hold talks early next week.", THURSDAY, ("PER", "CHL", "04", dt.date(2016, 5, 17))),
])
def test_a_longer_span_or_a_time_to_come_names_no_day(coder: Coder, sentence: str, day: dt.date,
                                                      absent: Act) -> None:
    acts = _acts(coder, sentence, day)
    assert absent not in acts, acts
    assert not any(a[3] not in (UNDATED, day) for a in acts if a[:2] == absent[:2]), acts
