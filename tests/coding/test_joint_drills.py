"""Joint military exercises read as a show of force: their holders also cooperate militarily with each other, a
partner named with "with" is no target of the show of force (:mod:`detente.coding._drills`). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2016, 9, 12)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Greece and Cyprus began the annual Medusa joint air exercises targeting Turkey on Tuesday.", ("GRC", "CYP")),
    ("Egypt and Sudan held joint military drills near the Ethiopian border on Sunday.", ("EGY", "SDN")),
    ("Kazakhstan and Uzbekistan conducted joint exercises off the Caspian coast.", ("KAZ", "UZB")),
    ("Poland held joint exercises with Lithuania near Kaliningrad.", ("POL", "LTU")),
    ("Saudi Arabia staged joint air drills with Egypt against Iran on Monday.", ("SAU", "EGY")),
])
def test_the_holders_cooperate_with_each_other(country_coded: CountryCoded, sentence: str,
                                               pair: tuple[str, str]) -> None:
    found = {(s, t) for s, t, r, _ in country_coded(sentence, DAY) if r == "06"}
    one, other = pair
    assert (one, other) in found and (other, one) in found


def test_the_show_of_force_stays_at_the_state_aimed_at(country_coded: CountryCoded) -> None:
    found = country_coded("Greece and Cyprus began the annual Medusa joint air exercises targeting Turkey on "
                          "Tuesday.", DAY)
    assert {("GRC", "TUR", "15"), ("CYP", "TUR", "15")} <= {(s, t, r) for s, t, r, _ in found}


def test_a_partner_is_no_target_and_shares_the_aim(country_coded: CountryCoded) -> None:
    found = {(s, t, r) for s, t, r, _ in country_coded(
        "Saudi Arabia staged joint air drills with Egypt against Iran on Monday.", DAY)}
    assert ("SAU", "EGY", "15") not in found
    assert {("SAU", "IRN", "15"), ("EGY", "IRN", "15")} <= found


def test_a_partner_near_a_place_is_shown_no_force(country_coded: CountryCoded) -> None:
    found = {(s, t, r) for s, t, r, _ in country_coded("Poland held joint exercises with Lithuania near "
                                                          "Kaliningrad.", DAY)}
    assert not any(r == "15" for _, _, r in found)


def test_planned_joint_drills_are_intended_cooperation(country_coded: CountryCoded) -> None:
    found = {(s, t, r, m) for s, t, r, m in country_coded(
        "Chile and Argentina will hold joint exercises near the Beagle Channel next year.", DAY)}
    assert ("CHL", "ARG", "03", "intended") in found


@pytest.mark.parametrize("sentence", [
    "The army and navy of Peru held joint exercises near Chile.",
    "Turkey staged military drills near the border with Syria.",
    "Iran condemned the joint exercises held by Saudi Arabia and Egypt.",
    "The People's Liberation Army launched joint military drills around Taiwan on Monday.",
])
def test_no_pair_where_one_state_holds_the_drill(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(r == "06" for _, _, r, _ in country_coded(sentence, DAY))


def test_a_drill_of_one_state_keeps_its_show_of_force(country_coded: CountryCoded) -> None:
    assert ("TUR", "SYR", "15", "occurred") in country_coded("Turkey staged military drills near the border with "
                                                             "Syria.", DAY)
    assert ("CHN", "TWN", "15", "occurred") in country_coded(
        "The People's Liberation Army launched joint military drills around Taiwan on Monday.", DAY)
