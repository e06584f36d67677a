"""The place of a passive of saying, asking, judging or honouring with no "by" phrase stands for those who said
it ("... Denounced in Philippines": Filipinos denounced); a material act's place does not (coding._place_voices).
A passive infinitive after a noun is an act to come (coding._passive_infinitive). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2009, 3, 4)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    ("Japan's Whaling Plan Denounced in Philippines", ("PHL", "JPN"), "11"),
    ("Iran's Nuclear Deal Hailed in Venezuela", ("VEN", "IRN"), "05"),
    ("Withdrawal of Turkish Troops Demanded in Cyprus", ("CYP", "TUR"), "10"),
    ("Cuba's Revolution Anniversary Celebrated in Vietnam and Laos", ("VNM", "CUB"), "01"),
    ("Cuba's Revolution Anniversary Celebrated in Vietnam and Laos", ("LAO", "CUB"), "01"),
    ("Stand of Venezuela Backed in Bolivia", ("BOL", "VEN"), "05"),
    ("U.S. Missile Plan Condemned in S. Korea", ("KOR", "USA"), "11"),
    ("The Israeli air strikes were condemned in Cairo and Amman on Tuesday.", ("EGY", "ISR"), "11"),
    ("The Israeli air strikes were condemned in Cairo and Amman on Tuesday.", ("JOR", "ISR"), "11"),
])
def test_the_place_of_a_voiced_passive_is_its_speakers(country_coded: CountryCoded, sentence: str,
                                                       pair: tuple[str, str], root: str) -> None:
    assert (*pair, root, "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize(("sentence", "wrong"), [
    ("U.S. Missile Plan Condemned in S. Korea", ("USA", "KOR")),  # the speakers are no target
    ("Two Aid Workers Killed in Sudan", ("SDN",)),  # a material act's place is where, not who
    ("Japanese Journalist Detained in Iran", ("JPN", "IRN")),
    ("Struggle against Expansion of U.S. Military Base Supported in Philippines", ("PHL", "USA")),
    # the judged act's noun takes no target from the judging verb's phrases
    ("The Israeli air strikes were condemned in Cairo and Amman on Tuesday.", ("ISR", "EGY")),
    ("The Russian missile strikes were condemned by Poland on Friday.", ("RUS", "POL")),
])
def test_what_the_place_is_not(country_coded: CountryCoded, sentence: str, wrong: tuple[str, ...]) -> None:
    assert not [e for e in country_coded(sentence, DAY) if e[:len(wrong)] == wrong]


def test_no_country_named_no_speakers(country_coded: CountryCoded) -> None:
    assert not [e for e in country_coded("Cuba's National Day Celebrated in Different Countries", DAY)
                if e[0] != "---"]


@pytest.mark.parametrize("sentence", [
    "Japan urged on Monday that China release the crew.",  # a time phrase, then the verb's clause
    "Japan demanded on Monday that China release the crew.",
])
def test_a_clause_after_a_time_phrase_is_the_verbs_object(country_coded: CountryCoded, sentence: str) -> None:
    assert [e[:2] for e in country_coded(sentence, DAY)] == [("JPN", "CHN")]


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Vietnam's National Day to Be Celebrated in Cuba", ("CUB", "VNM")),
    ("Egypt's Peace Plan to Be Hailed by Jordan", ("JOR", "EGY")),
])
def test_a_passive_infinitive_after_a_noun_is_to_come(country_coded: CountryCoded, sentence: str,
                                                      pair: tuple[str, str]) -> None:
    coded = [e for e in country_coded(sentence, DAY) if e[:2] == pair]
    assert coded and all(e[3] == "intended" for e in coded)


def test_the_first_to_be_expelled_was_expelled(country_coded: CountryCoded) -> None:
    coded = country_coded("He was the first Japanese envoy to be expelled by Russia.", DAY)
    assert coded and all(e[3] == "occurred" for e in coded if e[:2] == ("RUS", "JPN"))
