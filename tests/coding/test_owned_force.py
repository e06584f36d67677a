"""An attack named by a noun right after its doer's possessive ("Azerbaijan's attack on Armenian border posts
killed ...", "blamed Somalia's shelling of its border post") is coded where it is told as an act: its owner opens
the clause or it is judged; after a preposition ("since Russia's invasion") it is only a time or a topic
(coding._owned_force). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2016, 9, 12)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Azerbaijan's attack on Armenian border posts killed three soldiers.", ("AZE", "ARM")),
    ("Ethiopia's bombardment of Eritrean towns drew condemnation from the African Union.", ("ETH", "ERI")),
    ("Kenya blamed Somalia's shelling of its border post for the deaths.", ("SOM", "KEN")),
    ("India's attack on Pakistani bunkers destroyed several posts, officials said.", ("IND", "PAK")),
])
def test_an_owned_attack_told_as_an_act(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "19", "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Germany has sent arms to Kyiv since Russia's invasion of Ukraine.", ("RUS", "UKR")),
    ("Germany sent tanks to help repel Russia's attack.", ("RUS", "DEU")),
    ("Macron discussed Russia's attack on Ukraine with Biden.", ("RUS", "UKR")),
])
def test_an_owned_attack_as_a_time_or_topic_is_not_coded(country_coded: CountryCoded, sentence: str,
                                                         pair: tuple[str, str]) -> None:
    coded = country_coded(sentence, DAY)
    assert not [e for e in coded if e[0] == pair[0] and e[2] in ("18", "19")], coded
