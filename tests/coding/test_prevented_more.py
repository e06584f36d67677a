"""Acts kept from happening by a noun of stopping or a verb of derailing (sentences written for these tests).

"Japan kept its moratorium on visits to North Korea" tells no visit; "the dispute has jeopardized talks between the
two leaders" no talks; "Seoul scrapped its joint exercises with the United States" no exercises.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2019, 2, 26)


def _done(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    (events,) = coder.code_many([sentence], date=DAY)
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in events if e.modality == "occurred"}


@pytest.mark.parametrize(("sentence", "act"), [
    ("Japan kept its moratorium on visits to North Korea.", ("JPN", "PRK", "04")),
    ("The freeze on talks with Pyongyang continued into the spring.", ("---", "PRK", "04")),
    ("Seoul announced a halt to the joint exercises with the United States.", ("KOR", "USA", "06")),
    ("The quarrel has jeopardized talks between the Peruvian and Chilean presidents.", ("PER", "CHL", "04")),
    ("The row derailed the planned summit between Lima and Santiago.", ("PER", "CHL", "04")),
    ("Seoul scrapped its joint exercises with the United States.", ("KOR", "USA", "06")),
])
def test_an_act_kept_from_happening_is_not_told_as_done(shared_coder: Coder, sentence: str,
                                                        act: tuple[str, str, str]) -> None:
    assert act not in _done(shared_coder, sentence)


@pytest.mark.parametrize(("sentence", "act"), [
    ("Seoul and Washington held joint exercises on Monday.", ("KOR", "USA", "06")),
    ("Peru and Chile held talks on a ban on fishing.", ("PER", "CHL", "04")),  # the ban is the talks' topic
    ("Peru and Chile resumed talks after the freeze was lifted.", ("PER", "CHL", "04")),
])
def test_acts_beside_a_ban_or_freeze_are_still_done(shared_coder: Coder, sentence: str,
                                                     act: tuple[str, str, str]) -> None:
    assert act in _done(shared_coder, sentence)
