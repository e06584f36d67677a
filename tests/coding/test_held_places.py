"""A place named by the state that holds it ("Japanese-controlled waters", "Armenian-held areas") makes that state
what an entry into it or force against it is aimed at (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 2, 20)


def _pairs(coder: Coder, sentence: str) -> set[tuple[str, str]]:
    return {(e.source[:3], e.target[:3]) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Two Russian warships entered Japanese-controlled waters near the islands on Tuesday.", ("RUS", "JPN")),
    ("Azerbaijani artillery shelled Armenian-controlled areas on Sunday.", ("AZE", "ARM")),
])
def test_the_holder_of_a_place_entered_or_struck_is_the_target(shared_coder: Coder, sentence: str,
                                                                pair: tuple[str, str]) -> None:
    assert pair in _pairs(shared_coder, sentence)


def test_aid_to_a_held_place_is_not_aimed_at_its_holder(shared_coder: Coder) -> None:
    # the food is for the people of the area, not for the state that holds it
    pairs = _pairs(shared_coder, "The UN delivered food aid to Russian-held areas of Ukraine.")
    assert all(t != "RUS" for _, t in pairs)


def test_a_body_led_by_a_state_is_still_read_as_before(shared_coder: Coder) -> None:
    assert ("SAU", "YEM") in _pairs(shared_coder, "The Saudi-led coalition struck Sanaa on Sunday.")
