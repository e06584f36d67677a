"""A gapped clause that names the other side and its own day tells the same act by that side (sentences written for
these tests, none from an evaluation set; docs/coder.md, "Dates: the last two days, and a side's own day").

"Peru accepted the truce on May 3 and Chile on May 5" says that Chile accepted it on May 5: the verb and its object
are left out of the second clause, the doer and the day kept. The act is added with the sides turned round. A third
state in the gap could be a second target as well as a second doer ("Peru met Chile on Monday and Bolivia on
Tuesday"), so nothing is added for it; nor for a day after the article's, nor where the first act names no day.
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


def _acts(coder: Coder, sentence: str) -> set[Act]:
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Peru accepted the truce on May 3 and Chile on May 5.",
     ("PER", "CHL", "08", dt.date(2016, 5, 3)), ("CHL", "PER", "08", dt.date(2016, 5, 5))),
    ("Russia expelled two British diplomats on Monday and Britain on Tuesday.",
     ("RUS", "GBR", "16", dt.date(2016, 5, 9)), ("GBR", "RUS", "16", dt.date(2016, 5, 10))),
    ("Ecuador recalled its ambassador from Peru on March 2, and Peru on March 4.",
     ("ECU", "PER", "16", dt.date(2016, 3, 2)), ("PER", "ECU", "16", dt.date(2016, 3, 4))),
])
def test_the_other_side_named_with_its_own_day_did_the_same(coder: Coder, sentence: str, first: Act,
                                                            second: Act) -> None:
    acts = _acts(coder, sentence)
    assert first in acts, acts
    assert second in acts, acts


@pytest.mark.parametrize(("sentence", "absent"), [
    # a third state that is no side of the first act: a second target or a second doer, left alone
    ("Peru met Chile on Monday and Bolivia on Tuesday.", ("BOL", "PER", "04")),
    # a day after the article's
    ("Peru accepted the truce on May 3 and Chile on May 25.", ("CHL", "PER", "08")),
    # the first act names no day of its own
    ("Peru accepted the truce and Chile on May 5.", ("CHL", "PER", "08")),
    # a clause of its own, not a gap
    ("Peru accepted the truce on May 3 and Chile's envoy arrived in Lima on May 5.", ("CHL", "PER", "08")),
])
def test_no_act_is_added_where_the_gap_is_unclear(coder: Coder, sentence: str, absent: tuple[str, str, str]) -> None:
    acts = _acts(coder, sentence)
    assert not any(act[:3] == absent for act in acts), acts
