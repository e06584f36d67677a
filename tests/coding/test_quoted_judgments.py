"""A reported judgment whose words are quoted ('said the raid was an "act of aggression"') is the teller's criticism
of the doer, as it is unquoted (sentences written for these tests, none from an evaluation set; docs/coder.md,
"Judgments in quotation marks").
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2015, 3, 4)


@pytest.mark.parametrize("sentence", [
    'Bolivia said the Chilean raid was an "act of aggression".',
    'Bolivia said the Chilean raid was "an act of aggression against a sovereign state".',
])
def test_a_quoted_judgment_is_a_criticism(country_coded: CountryCoded, sentence: str) -> None:
    assert ("BOL", "CHL", "11", "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize("sentence", [
    'Bolivia said the Chilean raid was not an "act of aggression".',
    'Bolivia said the talks with Chile were "a step forward".',
])
def test_no_criticism_without_a_wrong(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(root == "11" for _, _, root, _ in country_coded(sentence, DAY))
