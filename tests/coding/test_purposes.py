"""An infinitive of purpose, and a member of a list of infinitives, shares the modality of the act it serves
(sentences written for these tests, none from an evaluation set; docs/coder.md, "What an act to come is for is
to come too").

"will meet on June 21 in Beijing to discuss family reunions": the discussing is announced with the meeting, no
consultation done on the day of the story. The guards: a purpose of a meeting held stays a meeting held, and an
infinitive that is no purpose (the object of "agreed") keeps its own reading.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding._purposes import purpose_modality
from detente.coding.syntax import default_parser

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2013, 4, 9)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials of China and Japan will meet on May 2 in Dalian to discuss fishing rights.",
        "Chile and Peru will send delegations to Lima next week to negotiate the maritime border.",
        "Egypt's envoy will travel to Khartoum to meet Sudanese officials.",
        "Thailand and Cambodia plan to hold talks next month to settle the border dispute.",
        "Envoys of Serbia and Kosovo are to meet in Brussels on Friday to discuss the license plates.",
    ],
)
def test_purpose_of_an_act_to_come_is_not_done(country_coded: CountryCoded, sentence: str) -> None:
    found = country_coded(sentence, DAY)
    assert found, sentence
    assert all(modality != "occurred" for _, _, root, modality in found if root == "04"), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials of China and Japan met on Tuesday in Dalian to discuss fishing rights.",
        "Egypt's envoy traveled to Khartoum to meet Sudanese officials.",
    ],
)
def test_purpose_of_an_act_done_stays_done(country_coded: CountryCoded, sentence: str) -> None:
    found = country_coded(sentence, DAY)
    assert any(root == "04" and modality == "occurred" for _, _, root, modality in found), found


def test_should_over_the_purpose_makes_it_unreal(country_coded: CountryCoded) -> None:
    found = country_coded("Japan should send envoys to Seoul to negotiate a settlement.", DAY)
    assert found
    assert all(modality == "hypothetical" for *_, modality in found), found


def _modality(sentence: str, word: str) -> str | None:
    tokens = [*sentence.rstrip(".").split(), "."]
    low = [t.lower() for t in tokens]
    return purpose_modality(default_parser().parse(tokens), low, low.index(word), tokens)


def test_the_chain_of_purposes_and_what_is_no_purpose() -> None:
    assert _modality("The two sides will meet in Geneva to discuss the accord.", "discuss") == "intended"
    assert _modality("The two sides met in Geneva to discuss the accord.", "discuss") is None
    # the object of "agreed" is no purpose: its own words say it is to come
    assert _modality("The two sides agreed to resume talks.", "resume") is None
    # a purpose of an act refused is nobody's act
    assert _modality("Japan will not send envoys to Seoul to negotiate a settlement.", "negotiate") == "hypothetical"


@pytest.mark.parametrize(
    "sentence",
    [
        "Laos and Cambodia agreed to continue the exchange of delegations at all levels, soon sign an agreement on "
        "visa exemption, and launch a joint committee.",
        "Laos and Cambodia agreed to expand border trade, sign an agreement on fisheries and open two consulates.",
    ],
)
def test_a_list_of_infinitives_shares_its_to(country_coded: CountryCoded, sentence: str) -> None:
    found = country_coded(sentence, DAY)
    assert found, sentence
    assert not any(root == "05" and modality == "occurred" for _, _, root, modality in found), found


def test_acts_listed_as_done_stay_done(country_coded: CountryCoded) -> None:
    found = country_coded("Laos and Cambodia signed an agreement on fisheries and opened two consulates.", DAY)
    assert ("LAO", "KHM", "05", "occurred") in found, found
