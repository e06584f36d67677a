"""A past agreement or past sanctions named by a noun with their own parties and time are an act of that time
(:mod:`detente.coding._dated_texts`), whatever the clause's verb: "The accord between Egypt and Sudan in Khartoum
on Wednesday has eased the dispute" is a signing (057) on Wednesday, "Washington's sanctions on Cuban officials in
May barred them from travel" an imposing of sanctions (163), "The removal of sanctions on Sudan by Washington in
October" their easing (085). A text or sanctions to come, with no time of their own or no parties keep their
coding. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

    from detente.coding import Coder

DAY = dt.date(2021, 11, 20)  # a Saturday


@pytest.mark.parametrize(("sentence", "pair", "day"), [
    ("The accord between Egypt and Sudan in Khartoum on Wednesday has eased the dispute over the dam.",
     ("EGY", "SDN"), dt.date(2021, 11, 17)),
    ("Under the pact between Chile and Argentina in March, fishing boats may cross the line.", ("CHL", "ARG"), None),
    ("Kenya's agreement with Uganda, announced on Thursday, reopens the border crossing.", ("KEN", "UGA"),
     dt.date(2021, 11, 18)),
    ("The treaty between Peru and Ecuador in 1998 ended their border war.", ("PER", "ECU"), None),
])
def test_a_dated_agreement_noun_is_a_signing_of_its_own_day(coder: Coder, sentence: str, pair: tuple[str, str],
                                                            day: dt.date | None) -> None:
    signed = [e for e in coder.code_sentence(sentence, date=DAY)
              if {e.source[:3], e.target[:3]} == set(pair) and e.code == "057" and e.modality == "occurred"]
    assert signed
    assert all((e.date if e.date != dt.date.min else None) == day for e in signed)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    ("Washington's sanctions on Cuban officials in May barred them from travel.", ("USA", "CUB"), "16"),
    ("The U.S. sanctions against Russian banks last week have already hit the rouble.", ("USA", "RUS"), "16"),
    ("Seoul and Tokyo quarrelled for years after Japan's curbs on South Korean chip materials in July 2019.",
     ("JPN", "KOR"), "16"),
    ("The removal of sanctions on Sudan by Washington in October opened its banks to the world.", ("USA", "SDN"),
     "08"),
    ("Washington's easing of the embargo on Cuba in January angered exiles in Miami.", ("USA", "CUB"), "08"),
    ("The lifting of the arms embargo on Vietnam by the United States in May 2016 opened the way for sales.",
     ("USA", "VNM"), "08"),
])
def test_dated_sanctions_and_their_lifting_are_acts_of_their_holders(country_coded: CountryCoded, sentence: str,
                                                                     pair: tuple[str, str], root: str) -> None:
    assert (*pair, root, "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize("sentence", [
    "The lifting of sanctions on Iran would help its economy.",  # to come, nobody's
    "Iran demanded the lifting of sanctions on its banks by the United States in May.",  # what an act asks for
])
def test_a_lifting_asked_for_or_to_come_is_no_easing(country_coded: CountryCoded, sentence: str) -> None:
    assert not {f for f in country_coded(sentence, DAY) if f[2] == "08" and f[3] == "occurred"}


@pytest.mark.parametrize("sentence", [
    "A deal between Egypt and Sudan next month would end the dispute.",  # to come
    "The deal between Egypt and Sudan holds.",  # no time of its own
    "Sanctions on Venezuela in the coming months would hurt its people.",  # nobody's, to come
    "The proposed British sanctions on Iran in March were shelved.",  # proposed, never imposed
])
def test_a_text_to_come_or_with_no_time_or_holder_is_no_act(country_coded: CountryCoded, sentence: str) -> None:
    assert not {f for f in country_coded(sentence, DAY) if f[2] in ("05", "16") and f[3] == "occurred"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Canada imposed sanctions on Venezuelan officials on Monday.", {("CAN", "VEN", "16", "occurred")}),
    ("Kenya and Uganda signed an agreement on Thursday.", {("KEN", "UGA", "05", "occurred"),
                                                           ("UGA", "KEN", "05", "occurred")}),
])
def test_an_act_told_by_its_verb_keeps_its_coding(country_coded: CountryCoded, sentence: str,
                                                  expected: set[tuple[str, str, str, str]]) -> None:
    assert country_coded(sentence, DAY) == expected
