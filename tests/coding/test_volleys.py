"""Massed fire named by a noun ("an artillery barrage", "a barrage of missiles", "a missile salvo") is force; a
barrage, salvo or volley of words is none (coding._volleys). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2016, 9, 12)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("A Russian artillery barrage on Kharkiv killed three people on Monday.", ("RUS", "UKR")),
    ("Israel unleashed a barrage of missiles on Gaza.", ("ISR", "PSE")),
    ("Azerbaijan's mortar barrage on Armenian villages lasted two hours.", ("AZE", "ARM")),
])
def test_massed_fire_is_force(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "19", "occurred") in country_coded(sentence, DAY)


def test_a_salvo_that_struck_is_one_attack(code_coded: CodeCoded) -> None:
    coded = [e for e in code_coded("A Russian missile salvo struck Lviv on Friday.") if e[:2] == ("RUS", "UKR")]
    assert [e[2] for e in coded] == ["195"], coded


@pytest.mark.parametrize("sentence", [
    "The Chinese envoy faced a barrage of criticism from Japanese lawmakers.",
    "Indian reporters fired a volley of questions at the Pakistani minister.",
    "Chinese diplomats launched a salvo of complaints against Washington.",
    "Brazil's latest salvo in the trade dispute with Argentina was a tariff on steel.",
])
def test_a_volley_of_words_is_no_force(code_coded: CodeCoded, sentence: str) -> None:
    coded = code_coded(sentence)
    assert not [e for e in coded if e[2][:2] in ("18", "19")], coded
