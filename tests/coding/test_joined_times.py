"""Two times joined by "and": an act told on each, and a year the two share (sentences written for these tests,
none from an evaluation set; docs/coder.md, "Two times joined by 'and'").

"Ecuador held talks with Colombia on April 4 and April 19" tells of two rounds of talks; the coder dated one, on
the first day. Days at least two days apart (or two months) joined by "and" date an act each; consecutive days are
one act over both, a span ("between ... and ...") is one act, and a second time followed by a verb of its own
dates that verb's act.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2016, 5, 11)  # a Wednesday

Act = tuple[str, str, str, dt.date]


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _acts(coder: Coder, sentence: str, day: dt.date = DAY, digits: int = 2) -> set[Act]:
    return {(e.source[:3], e.target[:3], e.code[:digits], e.date) for e in coder.code_sentence(sentence, date=day)}


@pytest.mark.parametrize(("sentence", "act", "days"), [
    ("Bolivian and Paraguayan negotiators met in Asuncion on March 2 and March 16.",
     ("BOL", "PRY", "04"), (dt.date(2016, 3, 2), dt.date(2016, 3, 16))),
    ("Chile shelled Peruvian border posts on Friday and again on Monday.",
     ("CHL", "PER", "19"), (dt.date(2016, 5, 6), dt.date(2016, 5, 9))),
    ("Ecuador held talks with Colombia on April 4 and 19.",
     ("ECU", "COL", "04"), (dt.date(2016, 4, 4), dt.date(2016, 4, 19))),
    ("Uruguay lodged protests with Argentina on February 3 and on February 24.",
     ("URY", "ARG", "11"), (dt.date(2016, 2, 3), dt.date(2016, 2, 24))),
    ("Peru and Bolivia held talks on April 5, April 12 and April 26.",
     ("PER", "BOL", "04"), (dt.date(2016, 4, 5), dt.date(2016, 4, 12), dt.date(2016, 4, 26))),
])
def test_an_act_is_told_on_each_of_two_days(coder: Coder, sentence: str, act: tuple[str, str, str],
                                            days: tuple[dt.date, ...]) -> None:
    acts = _acts(coder, sentence)
    for day in days:
        assert (*act, day) in acts, acts


def test_a_year_written_after_the_second_day_is_the_firsts_too(coder: Coder) -> None:
    acts = _acts(coder, "Kenyan and Somali officials held talks in Nairobi on December 28 and January 4, 2019.",
                 dt.date(2020, 3, 1))
    assert ("KEN", "SOM", "04", dt.date(2018, 12, 28)) in acts, acts
    assert ("KEN", "SOM", "04", dt.date(2019, 1, 4)) in acts, acts


@pytest.mark.parametrize(("sentence", "spans"), [
    ("Argentina and Uruguay held two rounds of talks in July and October, 2011.",
     {"told as 'in July': 2011-07-01 to 2011-07-31", "told as 'October, 2011': 2011-10-01 to 2011-10-31"}),
    # the second month named alone, with no "in" before it
    ("Argentina and Uruguay held talks in March and April, officials said.",
     {"told as 'in March': 2016-03-01 to 2016-03-31", "told as 'April': 2016-04-01 to 2016-04-30"}),
])
def test_two_months_each_keep_their_own_span(coder: Coder, sentence: str, spans: set[str]) -> None:
    """Each month's act is undated and keeps its month (and the year written after the second) for a chronology."""
    told = {e.summary for e in coder.code_sentence(sentence, date=DAY) if e.source[:3] == "ARG" and e.code[:2] == "04"}
    assert told == spans, told


@pytest.mark.parametrize(("sentence", "absent"), [
    # consecutive days: one round of talks over two days
    ("Peru and Chile held talks on Monday and Tuesday.", ("PER", "CHL", "04", dt.date(2016, 5, 10))),
    # a span's two ends
    ("Peru and Chile held talks between May 2 and May 6.", ("PER", "CHL", "04", dt.date(2016, 5, 6))),
    # the second day dates a verb of its own (the expulsion, 166, stays on Monday)
    ("Chile expelled a Peruvian diplomat on Monday and on Friday recalled its ambassador from Lima.",
     ("CHL", "PER", "166", dt.date(2016, 5, 6))),
    # days to come
    ("Peru and Chile will hold talks on May 20 and May 27.", ("PER", "CHL", "04", dt.date(2016, 5, 27))),
    # a second time with words of its own between: not joined
    ("Peru met Chile in Lima on Monday and Bolivia in La Paz on Friday.", ("PER", "CHL", "04", dt.date(2016, 5, 6))),
])
def test_no_second_act_where_the_times_are_not_two_of_one_act(coder: Coder, sentence: str, absent: Act) -> None:
    assert absent not in _acts(coder, sentence, digits=len(absent[2]))
