"""The infinitive of a plan or a measure its subject announced or adopted is that subject's act (sentences written
for these tests): "Canada announced measures to ease sanctions against Venezuela" is Canada's easing, not an easing
by the measures. A plan welcomed, demanded or urged on another stays no act of the one who speaks of it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2019, 5, 6)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Canada announced measures to ease sanctions against Venezuela.", ("CAN", "VEN", "08")),
    ("Japan implemented measures to lift the ban on imports from Taiwan.", ("JPN", "TWN", "08")),
])
def test_the_author_of_measures_does_what_they_are_for(country_coded: CountryCoded, sentence: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert any(e[:3] == expected for e in country_coded(sentence, DAY))


@pytest.mark.parametrize(("sentence", "speaker", "other"), [
    ("Canada welcomed steps to lift sanctions on Venezuela.", "CAN", "VEN"),
    ("Canada demanded measures to end the embargo on Cuba.", "CAN", "CUB"),
    ("Peru urged Chile to take steps to ease its sanctions on Bolivia.", "PER", "BOL"),
])
def test_measures_spoken_of_are_no_act_of_the_speaker(country_coded: CountryCoded, sentence: str, speaker: str,
                                                      other: str) -> None:
    assert not any(e[0] == speaker and e[1] == other and e[2] in ("08", "03") for e in country_coded(sentence, DAY))
