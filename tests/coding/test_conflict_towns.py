"""Towns of the wars in Gaza and the West Bank, eastern Congo, Syria, Crimea and Donbas, the Afghan and Kashmir
borders, the Thai-Cambodian border and the Korean border, added to data/cities.csv: a town struck stands for the
country it lies in (coding._struck_places; sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Israeli tanks shelled the outskirts of Rafah on Monday.", ("ISR", "PSE")),
    ("Israeli aircraft bombed a school in Khan Younis on Sunday.", ("ISR", "PSE")),
    ("Israeli drones struck a house in Jenin overnight.", ("ISR", "PSE")),
    ("Rwandan artillery shelled Goma on Saturday, the army said.", ("RWA", "COD")),
    ("DRC jets bombed Gisenyi on Friday.", ("COD", "RWA")),
    ("Ukrainian missiles struck Sevastopol on Tuesday.", ("UKR", "UKR")),
    ("Pakistani jets bombed Spin Boldak on Monday.", ("PAK", "AFG")),
    ("Thai F-16s bombed Samraong on Thursday.", ("THA", "KHM")),
    ("North Korean artillery shelled Yeonpyeong on Tuesday.", ("PRK", "KOR")),
])
def test_a_new_town_struck_is_its_country(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    coded = country_coded(sentence, DAY)
    if pair[0] == pair[1]:  # a town of the attacker's own country (as the UN recognises it) gives no target
        assert not any(t != "---" and r == "19" for _, t, r, _ in coded), coded
    else:
        assert (*pair, "19", "occurred") in coded


def test_a_town_the_strike_came_from_is_not_struck(country_coded: CountryCoded) -> None:
    # guard: the town after "from" is where the attack came from
    coded = country_coded("Rockets fired from Beit Hanoun struck an Israeli army base on Monday.", DAY)
    assert not any(t == "PSE" for _, t, _, _ in coded), coded
