"""A state's ships or aircraft in another's waters, airspace, territory or watched zones: a show of force (150)
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2016, 5, 12)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Two Chinese patrol ships sailed into Japanese territorial waters near the islets on Tuesday.", ("CHN", "JPN")),
    ("Six Chinese vessels entered the Japan-controlled territory around the islands on Friday.", ("CHN", "JPN")),
    ("Two Russian bombers entered Japan's air defense identification zone on Monday.", ("RUS", "JPN")),
    ("A Russian fighter jet violated Turkish air space near the border.", ("RUS", "TUR")),
    ("A Chinese frigate entered Japan's contiguous zone on Thursday.", ("CHN", "JPN")),
    ("North Korean soldiers crossed into South Korean territory on Sunday.", ("PRK", "KOR")),
    ("Russian surveillance planes breached Estonian airspace twice.", ("RUS", "EST")),
    ("The Russian incursion into Finnish airspace lasted two minutes.", ("RUS", "FIN")),
])
def test_ships_and_aircraft_in_anothers_waters_airspace_or_zones(country_coded: CountryCoded, sentence: str,
                                                                 pair: tuple[str, str]) -> None:
    assert (*pair, "15", "occurred") in country_coded(sentence, DAY)


def test_an_incursion_of_troops_into_territory_stays_an_act_of_force(country_coded: CountryCoded) -> None:
    coded = country_coded("The Syrian army launched an incursion into Turkish territory.", DAY)
    assert ("SYR", "TUR", "19", "occurred") in coded


def test_a_ship_in_no_states_waters_is_no_show_of_force(country_coded: CountryCoded) -> None:
    coded = country_coded("A Chinese survey ship entered international waters near the Japanese coast.", DAY)
    assert not any(code == "15" for _, _, code, _ in coded)
