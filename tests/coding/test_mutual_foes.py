"""A war fought or relations broken off by two states named as the subjects: each acts on the other
(:mod:`detente.coding._foes`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2013, 5, 6)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    ("Peru and Ecuador fought a short border war in 1995.", ("PER", "ECU"), "19"),
    ("Thailand and Cambodia fought over the temple grounds on Sunday.", ("THA", "KHM"), "19"),
    ("Armenian and Azerbaijani troops battled for control of the ridge on Saturday.", ("ARM", "AZE"), "19"),
    ("Chile and Bolivia broke off diplomatic relations in 1978.", ("CHL", "BOL"), "16"),
    ("Morocco and Algeria severed their ties on Tuesday.", ("MAR", "DZA"), "16"),
])
def test_each_subject_acts_on_the_other(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                        root: str) -> None:
    pairs = {(s, t) for s, t, r, _ in country_coded(sentence, DAY) if r == root}
    one, other = pair
    assert (one, other) in pairs and (other, one) in pairs


@pytest.mark.parametrize("sentence", [
    "Cuban and Angolan troops fought side by side near the river in 1988.",
    "Cuba and Angola fought together against the invading columns.",
    "Chinese and Korean soldiers fought shoulder to shoulder in the mountains.",
    "The armies of Cuba and Angola fought a war in the same trenches.",
    "Cuba and Angola fought for the freedom of the region.",
    "China and the DPRK fought in the Korean War.",
    "Kenya and Uganda jointly fought the locust swarms last year.",
    "Kenyan and Ugandan troops fought the insurgents near the border on Monday.",
])
def test_allies_in_a_fight_do_not_fight_each_other(country_coded: CountryCoded, sentence: str) -> None:
    found = {(s, t) for s, t, r, _ in country_coded(sentence, DAY) if r == "19"}
    assert not any({s, t} <= {"CUB", "AGO", "CHN", "PRK", "KEN", "UGA"} for s, t in found)


def test_relations_broken_with_a_third_state_stay_one_sided(country_coded: CountryCoded) -> None:
    found = {(s, t) for s, t, r, _ in country_coded(
        "Venezuela and Bolivia broke off relations with Israel in 2009.", DAY) if r == "16"}
    assert ("VEN", "ISR") in found and ("BOL", "ISR") in found
    assert ("VEN", "BOL") not in found and ("BOL", "VEN") not in found


def test_one_state_alone_fights_nobody_named(country_coded: CountryCoded) -> None:
    assert not country_coded("The army and people of Peru fought the floods for a week.", DAY)
