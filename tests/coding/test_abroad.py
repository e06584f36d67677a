"""People of one nation living in another are not that other state (:mod:`detente.coding._abroad`). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2012, 5, 20)


@pytest.mark.parametrize(("sentence", "host"), [
    ("Koreans in Brazil Condemn S. Korean Authorities", "BRA"),
    ("The Federation of Young Koreans in Germany sent a letter of protest to the south Korean authorities.", "DEU"),
    ("The Union of Korean Residents in Mexico denounced the south Korean authorities on Tuesday.", "MEX"),
    ("The Korean community in Canada condemned the Japanese government.", "CAN"),
])
def test_the_country_a_diaspora_lives_in_is_no_actor(country_coded: CountryCoded, sentence: str, host: str) -> None:
    assert not any(s == host for s, _, _, _ in country_coded(sentence, DAY))


@pytest.mark.parametrize(("sentence", "source", "target"), [
    # a nationality the lexicon knows keeps its own state
    ("Japanese residents in Brazil protested against the Chinese government's decision.", "JPN", "CHN"),
    # officials in a country speak for it
    ("Officials in Brazil condemned the Venezuelan government.", "BRA", "VEN"),
    # people to be protected there: the threat is aimed at the place (coding._protected)
    ("Moscow warned it would use force to protect Russians in Moldova.", "RUS", "MDA"),
])
def test_other_readings_of_in_a_country_are_kept(country_coded: CountryCoded, sentence: str, source: str,
                                                 target: str) -> None:
    assert (source, target) in {(s, t) for s, t, _, _ in country_coded(sentence, DAY)}


@pytest.mark.parametrize(("sentence", "host"), [
    # one person named by the nationality, and a country after "the"
    ("Korean in Canada Denounces S. Korean Authorities", "CAN"),
    ("Korean in Mexico Condemns War Drills of US and S. Korea", "MEX"),
    ("Overseas Koreans in the United States condemned the Japanese government.", "USA"),
])
def test_one_person_abroad_and_the_country_after_the(country_coded: CountryCoded, sentence: str, host: str) -> None:
    assert not any(s == host for s, _, _, _ in country_coded(sentence, DAY))


def test_a_country_named_like_a_nation_stays_a_country(country_coded: CountryCoded) -> None:
    # "Iran" ends as nationality words do; "Iran in Syria" is no Iranian abroad
    assert ("IRN", "SYR") in {(s, t) for s, t, _, _ in country_coded("Iran in Syria: Tehran sent troops to Damascus.",
                                                                      DAY)}
