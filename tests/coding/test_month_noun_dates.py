"""A month written before an event noun is the noun's time (sentences written for these tests, none from an
evaluation set or the KCNA corpus; docs/coder.md, "A month before an event noun").

"the premier's March visit to Hanoi" names when the visit was, a month and no day: the visit is undated, not news
of the article's day. A month with its day ("the June 12 summit") keeps the day; an act told with its own day in
the same sentence keeps it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED

DAY = dt.date(2013, 5, 20)


def _days(coder: Coder, sentence: str, act: tuple[str, str, str]) -> set[dt.date | None]:
    return {None if e.date == UNDATED else e.date for e in coder.code_sentence(sentence, date=DAY)
            if (e.source[:3], e.target[:3], e.code[:2]) == act}


@pytest.mark.parametrize(("sentence", "act"), [
    ("A museum in Hanoi opened a hall devoted to the Chinese premier's March visit to Vietnam.", ("CHN", "VNM", "04")),
    ("Officials in Lima still praise the Bolivian president's February visit to Peru.", ("BOL", "PER", "04")),
    ("Papers in Cairo carried photos from the January talks between Egypt and Sudan.", ("EGY", "SDN", "04")),
    ("The Indian minister's April trip to Nepal was a turning point, the paper wrote.", ("IND", "NPL", "04")),
])
def test_a_month_before_an_event_noun_leaves_it_undated(shared_coder: Coder, sentence: str,
                                                        act: tuple[str, str, str]) -> None:
    assert _days(shared_coder, sentence, act) == {None}


@pytest.mark.parametrize(("sentence", "act", "day"), [
    # guards: a month with its day, an act with its own day, and "may" the verb
    ("The March 12 summit between Egypt and Sudan opened a new chapter.", ("EGY", "SDN", "04"), dt.date(2013, 3, 12)),
    ("The Indian minister visited Nepal on Friday during the April session.", ("IND", "NPL", "04"),
     dt.date(2013, 5, 17)),
    ("Egypt said its envoy may visit Sudan soon.", ("EGY", "SDN", "04"), DAY),
])
def test_a_month_with_its_day_or_another_time_keeps_it(shared_coder: Coder, sentence: str,
                                                        act: tuple[str, str, str], day: dt.date) -> None:
    assert _days(shared_coder, sentence, act) == {day}


@pytest.mark.parametrize(("sentence", "act"), [
    # a pair of parties joined by a hyphen between the month and the noun
    ("Both sides praised the results of the March Egypt-Sudan summit talks.", ("EGY", "SDN", "04")),
    ("The April India-Nepal talks were held in a friendly atmosphere, the paper said.", ("IND", "NPL", "04")),
])
def test_a_month_before_a_hyphenated_pair_and_its_noun_leaves_it_undated(shared_coder: Coder, sentence: str,
                                                                          act: tuple[str, str, str]) -> None:
    assert _days(shared_coder, sentence, act) == {None}
