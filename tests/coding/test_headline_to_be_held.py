"""A headline's "Talks to Be Held": the talks are set for later (an intent to meet, 036), not held. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

_DAY = dt.date(2012, 3, 1)


@pytest.mark.parametrize("headline", [
    "Russia-Japan Talks to Be Held in Moscow",
    "China-Vietnam border talks to be held next month",
    "Inter-governmental talks of Cuba and Mexico to be resumed",
])
def test_talks_to_be_held_are_not_held(country_coded: CountryCoded, headline: str) -> None:
    found = country_coded(headline, _DAY)
    assert found, headline
    assert all(root != "04" and modality != "occurred" for _, _, root, modality in found), found
    assert any(root == "03" and modality == "intended" for _, _, root, modality in found), found


@pytest.mark.parametrize("sentence", [
    "Talks between Russia and Japan were held in Moscow.",
    "The talks between Russia and Japan held in Moscow ended without agreement.",
    "Russia-Japan Talks Held in Moscow",
])
def test_talks_held_stay_held(country_coded: CountryCoded, sentence: str) -> None:
    found = country_coded(sentence, _DAY)
    assert ("RUS", "JPN", "04", "occurred") in found, found
