"""The dead of an attack told by a participle after its verb ("shelled the village, killing two civilians"), and
the blow of an attack told by a verb of impact after its noun ("a missile attack struck the base"), are the
attack's toll: one act, not two (coding._force_tolls). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2016, 9, 12)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Azerbaijani troops shelled a village, killing two Armenian civilians.", ("AZE", "ARM")),
    ("Israeli jets bombed a compound near Damascus, killing three Syrian officers.", ("ISR", "SYR")),
    ("Ethiopian artillery shelled the town, killing six Eritrean soldiers.", ("ETH", "ERI")),
    ("Russian forces shelled a market in Kherson, wounding 14 Ukrainians.", ("RUS", "UKR")),
])
def test_a_participle_of_killing_is_the_toll(country_coded: CountryCoded, sentence: str,
                                             pair: tuple[str, str]) -> None:
    coded = {e[2] for e in country_coded(sentence, DAY) if e[:2] == pair}
    assert coded == {"19"}, coded


def test_an_impact_of_the_attacks_noun_is_the_attack(code_coded: CodeCoded) -> None:
    coded = [e for e in code_coded("An Iranian missile attack struck Israel's Nevatim air base.")
             if e[:2] == ("IRN", "ISR")]
    assert [e[2] for e in coded] == ["195"], coded


@pytest.mark.parametrize(("sentence", "pair"), [
    # another doer's killing is its own act
    ("Russia shelled the city while Ukrainian forces killed three Russian soldiers in Bakhmut.", ("UKR", "RUS")),
    # a killing in another clause, after "but"
    ("Russia shelled Kharkiv on Monday, but Ukrainian troops killed 40 Russian soldiers near Bakhmut.", ("UKR", "RUS")),
])
def test_a_killing_by_another_stays(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "18", "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Turkish jets bombed Kurdish positions in northern Iraq, destroying several Iraqi border posts.", ("TUR", "IRQ")),
    ("Azerbaijani drone strikes on Armenian positions destroyed two Armenian tanks.", ("AZE", "ARM")),
    ("Israel's strikes on Lebanon's south damaged Lebanese army posts.", ("ISR", "LBN")),
])
def test_the_wreckage_of_an_attack_is_the_attack(country_coded: CountryCoded, sentence: str,
                                                 pair: tuple[str, str]) -> None:
    coded = {e[2] for e in country_coded(sentence, DAY) if e[:2] == pair}
    assert coded == {"19"}, coded


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Protesters destroyed Russian flags outside the embassy in Kyiv.", ("---", "RUS")),
    ("Vandals destroyed a Chinese statue in Manila.", ("---", "CHN")),
])
def test_damage_with_no_attack_stays(code_coded: CodeCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "171") in code_coded(sentence)
