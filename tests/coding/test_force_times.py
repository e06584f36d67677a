"""A time or manner word between an attack's doer and its noun ("Russia's overnight attack"), and a two-word force
noun whose target hangs on its second word ("air strikes on Syria"): the attack keeps its doer and its target
(coding._force_times). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2016, 9, 12)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Russia's overnight attack on Lviv damaged a power plant.", ("RUS", "UKR")),
    ("Azerbaijan's overnight attack on Armenian border posts killed three soldiers.", ("AZE", "ARM")),
    ("Russia's overnight drone attack on Kharkiv damaged a school.", ("RUS", "UKR")),
    ("Turkey's overnight attack on Syrian army posts killed five soldiers.", ("TUR", "SYR")),
    ("Ukraine's overnight drone attack on Belgorod injured four people.", ("UKR", "RUS")),
    ("Iran's overnight drone attack on Iraq's Kurdistan region hit a base.", ("IRN", "IRQ")),
    ("Israeli air strikes on Syria killed 12 people.", ("ISR", "SYR")),
    ("Saudi air raids on Yemen destroyed a market.", ("SAU", "YEM")),
])
def test_a_timed_attack_keeps_its_parties(country_coded: CountryCoded, sentence: str,
                                          pair: tuple[str, str]) -> None:
    assert (*pair, "19", "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize(("sentence", "judge"), [
    # the judge before the owner's possessive did not strike
    ("The Armenian army denounced Azerbaijan's pre-dawn drone strike on Jermuk.", "ARM"),
    ("The Indian army condemned Pakistan's overnight shelling of Kupwara.", "IND"),
])
def test_the_judge_of_a_timed_attack_does_not_attack(country_coded: CountryCoded, sentence: str,
                                                     judge: str) -> None:
    coded = country_coded(sentence, DAY)
    assert not [e for e in coded if e[0] == judge and e[2] == "19"], coded


def test_a_timed_announcement_is_no_attack(country_coded: CountryCoded) -> None:
    coded = country_coded("China's overnight announcement of new tariffs on U.S. goods angered Washington.", DAY)
    assert not [e for e in coded if e[2] in ("18", "19")], coded
