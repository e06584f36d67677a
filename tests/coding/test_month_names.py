"""A person named by a word that is also a month ("Theresa May") is not named again by the month ("in May", "May
5"; sentences written for these tests, none from an evaluation set; docs/coder.md, "A surname that is also a
month")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._names import named_alone

DAY = dt.date(2017, 6, 11)


def test_the_day_is_no_person(shared_coder: Coder) -> None:
    text = "Chilean envoy Ana May visited Peru. May 5 was the day protesters attacked the Peruvian embassy."
    events = shared_coder.code_text(text, date=DAY)
    assert not any(e.source.startswith("CHL") for e in events if e.sentence.startswith("May 5"))


def test_the_person_is_named_again(shared_coder: Coder) -> None:
    text = "Chilean envoy Ana May visited Peru. May criticized Peru for the raid."
    events = shared_coder.code_text(text, date=DAY)
    assert ("CHL", "PER", "111") in {(e.source[:3], e.target[:3], e.code) for e in events}


@pytest.mark.parametrize(
    ("sentence", "q", "alone"),
    [
        ("May said Britain would leave .", 0, True),
        ("talks between Abe and May ended .", 4, True),
        ("May 's speech angered Brussels .", 0, True),
        # the month
        ("In May , Britain left .", 1, False),
        ("May 5 was the day .", 0, False),
        ("since early May the talks stalled", 2, False),
        # a longer name
        ("Kim Jong Un said", 0, False),
        ("Kim said", 0, True),
    ],
)
def test_named_alone(sentence: str, q: int, alone: bool) -> None:
    assert named_alone(sentence.split(), q) is alone
