"""The dead and wounded of an attack named by a noun are its toll, not a second act of unconventional violence
(coding._attack_kills). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2016, 9, 12)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Turkish air strikes killed six Syrian soldiers on Sunday.", ("TUR", "SYR")),
    ("Pakistani shelling wounded four Indian civilians in Kashmir.", ("PAK", "IND")),
    ("A Russian missile strike killed 14 Ukrainians in Dnipro.", ("RUS", "UKR")),
    ("Ethiopian air strikes on Tuesday killed 20 Eritrean civilians.", ("ETH", "ERI")),
])
def test_an_attacks_toll_is_the_attack(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    coded = [e for e in country_coded(sentence, DAY) if e[:2] == pair]
    assert [e[2] for e in coded] == ["19"], coded


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Israeli troops killed two Palestinians in Hebron.", ("ISR", "PSE")),  # no attack noun: the killing
    ("Indian jets bombed the camp and killed 30 Pakistani soldiers.", ("IND", "PAK")),  # a second verb of its own
])
def test_a_killing_of_its_own_stays(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert [e for e in country_coded(sentence, DAY) if e[:3] == (*pair, "18")]
