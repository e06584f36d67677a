"""A threat to protect people in another state is aimed at that state (:mod:`detente.coding._protected`).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2022, 6, 1)


def _pairs(country_coded: CountryCoded, sentence: str) -> set[tuple[str, str, str]]:
    return {(s, t, root) for s, t, root, _ in country_coded(sentence, DAY)}


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("Ankara warned it would use force to protect Turkmen in Syria.", "TUR", "SYR"),
    ("The Kremlin threatened to use all options to defend ethnic Russians in Kazakhstan.", "RUS", "KAZ"),
])
def test_the_threat_is_aimed_at_the_state_of_the_people_protected(country_coded: CountryCoded, sentence: str,
                                                                   source: str, target: str) -> None:
    assert (source, target, "13") in _pairs(country_coded, sentence)


@pytest.mark.parametrize(("sentence", "state"), [
    ("The United States warned it would use force to protect Ukraine.", "UKR"),  # the state protected
    ("Russia threatened at a meeting in Geneva to use force to protect its interests.", "CHE"),  # where it was said
    ("India warned it would retaliate to protect its citizens in India.", "IND"),  # its own
])
def test_no_threat_at_a_state_protected_or_where_it_was_made(country_coded: CountryCoded, sentence: str,
                                                             state: str) -> None:
    assert not any(t == state and root == "13" for _, t, root in _pairs(country_coded, sentence))
