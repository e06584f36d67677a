"""Cooperating in a field of material exchange (trade, energy, defence) is material cooperation of that field
(06), not diplomatic cooperation (05); the field follows the verb's preposition (dictionaries/verbs.txt).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2016, 9, 12)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    ("Vietnam and Cambodia cooperate on trade.", ("VNM", "KHM"), "06"),
    ("Kenya and Ethiopia have cooperated in the fields of energy and infrastructure.", ("KEN", "ETH"), "06"),
    ("Brazil collaborates with Argentina in agriculture.", ("BRA", "ARG"), "06"),
    ("India and France cooperate in defence production.", ("IND", "FRA"), "06"),
    # guards: a field of no material exchange, and a field after another noun
    ("Brazil and Argentina cooperate closely on climate issues.", ("BRA", "ARG"), "05"),
    ("Japan cooperated with Australia in the investigation into the economic crimes.", ("JPN", "AUS"), "05"),
])
def test_the_field_of_cooperation(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                  root: str) -> None:
    coded = country_coded(sentence, DAY)
    assert (*pair, root, "occurred") in coded, coded
