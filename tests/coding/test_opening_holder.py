"""A meeting, talks, a call or a visit named in a phrase that opens the sentence are held by the main clause's
subject, with the phrase's party (:mod:`detente.coding._opening`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2024, 3, 27)


@pytest.mark.parametrize("sentence", [
    "In a meeting with Lula on Tuesday, Macron said the accord was near.",
    "During talks with Lula in Brasilia, Macron said the accord was near.",
    "In talks with Lula, the French president said the accord was near.",
])
def test_the_subject_holds_the_meeting_of_the_opening_phrase(country_coded: CountryCoded, sentence: str) -> None:
    assert ("FRA", "BRA", "04", "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize("sentence", [
    "In a meeting with Lula, Brazilian officials said the trade talks would go on.",
    "In a meeting with Lula, it was said that the trade talks would go on.",
    "In a meeting with Lula, which lasted an hour, the talks on trade went on.",
])
def test_no_holder_of_its_own_party_or_outside_the_main_clause(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(r == "04" for _, _, r, _ in country_coded(sentence, DAY))
