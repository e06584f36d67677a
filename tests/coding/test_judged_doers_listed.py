"""A judgment of an act whose doers are listed is aimed at each of them (sentences written for these tests):
"Tanzania condemned the raids by Kenya and Uganda" is a criticism of Kenya and of Uganda, and "Tanzania said the
drills staged by Kenya and Uganda are a provocation" too; the second doer is no victim of the act and no one
the first stands for. A state named after the act's "on" or "against" stays its victim."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2021, 3, 9)


def _criticized(country_coded: CountryCoded, sentence: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t, root, _ in country_coded(sentence, DAY) if root == "11"}


@pytest.mark.parametrize("sentence", [
    "Tanzania condemned the raids by Kenya and Uganda.",
    "Tanzania condemned the shelling of the border villages by Kenyan and Ugandan troops.",
    "Tanzania denounced the air strikes on Burundi by Kenya and Uganda.",
])
def test_an_act_of_force_condemned_is_each_listed_doers(country_coded: CountryCoded, sentence: str) -> None:
    assert {("TZA", "KEN"), ("TZA", "UGA")} <= _criticized(country_coded, sentence)


@pytest.mark.parametrize("sentence", [
    "Tanzania said the naval drills staged by Kenya and Uganda are a grave provocation.",
    "Tanzania said that the regret expressed by Kenyan and Ugandan officials was insufficient.",
    "Tanzania said the raids by Kenya, Uganda and Rwanda were illegal.",
])
def test_a_judgment_reported_is_aimed_at_each_listed_doer(country_coded: CountryCoded, sentence: str) -> None:
    found = _criticized(country_coded, sentence)
    assert {("TZA", "KEN"), ("TZA", "UGA")} <= found
    assert ("TZA", "RWA") in found or "Rwanda" not in sentence


@pytest.mark.parametrize(("sentence", "doer", "victims"), [
    ("Tanzania condemned the raid by Kenya on Uganda and Rwanda.", "KEN", ("UGA", "RWA")),
    ("Tanzania said Kenya's raid on Uganda and Rwanda was illegal.", "KEN", ("UGA", "RWA")),
    ("Tanzania said the raid by Kenya against Uganda was illegal.", "KEN", ("UGA",)),
])
def test_the_victims_of_the_act_judged_stay_no_target(country_coded: CountryCoded, sentence: str, doer: str,
                                                     victims: tuple[str, ...]) -> None:
    found = _criticized(country_coded, sentence)
    assert ("TZA", doer) in found
    assert not any(("TZA", v) in found for v in victims)
