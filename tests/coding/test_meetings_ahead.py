"""A meeting named by a noun as the subject of a plan, a forecast or a possibility has not happened
(:mod:`detente.coding._meetings_ahead`): "A summit between Ghana and Nigeria is scheduled for October" is an intent
to meet (036), "Fresh negotiations between Morocco and Spain could begin in April" a meeting that may come; a meeting
told as held keeps its coding. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2022, 3, 9)


@pytest.mark.parametrize("sentence", [
    "A summit between Ghana and Nigeria is scheduled for October.",
    "Further talks between Serbia and Hungary are planned for next month.",
    "Talks between Laos and Vietnam are expected to open next week.",
    "Fresh negotiations between Morocco and Spain could begin in April.",
])
def test_a_meeting_planned_or_possible_has_not_happened(country_coded: CountryCoded, sentence: str) -> None:
    found = country_coded(sentence, DAY)
    assert found
    assert not {f for f in found if f[2] == "04" and f[3] == "occurred"}


def test_a_meeting_planned_is_an_intent_to_meet(country_coded: CountryCoded) -> None:
    assert ("GHA", "NGA", "03", "intended") in country_coded(
        "A summit between Ghana and Nigeria is scheduled for October.", DAY)


@pytest.mark.parametrize("sentence", [
    "Talks between Ghana and Nigeria ended on Tuesday without a deal.",
    "Talks between Morocco and Spain in February could not settle the dispute.",
    "The summit between Ghana and Nigeria was held in Abuja on Monday.",
])
def test_a_meeting_told_as_held_keeps_its_coding(country_coded: CountryCoded, sentence: str) -> None:
    assert {f for f in country_coded(sentence, DAY) if f[2] == "04" and f[3] == "occurred"}
