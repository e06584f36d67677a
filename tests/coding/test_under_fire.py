"""Criticism told as "under fire" (coding._under_fire): the actors named before it are criticised (111), by the
people of the place an "in" phrase after it names; fire from armed men is no criticism."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from detente.coding import Coder

DAY = dt.date(2008, 5, 14)


def _events(coder: Coder, text: str) -> set[tuple[str, str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2], e.modality) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("headline", "criticised"), [
    ("Israeli Settlement Expansion under Fire", "ISR"),
    ("Japan's Whaling Programme under Fire", "JPN"),
    ("Turkish and Azerbaijani Joint Drills under Fire", "AZE"),
    ("French Arms Deals with Rwanda under Fire", "FRA"),
    ("The Australian government is under fire over its treatment of refugees.", "AUS"),
])
def test_those_under_fire_are_criticised(shared_coder: Coder, headline: str, criticised: str) -> None:
    assert ("---", criticised, "11", "occurred") in _events(shared_coder, headline)


def test_the_place_after_under_fire_voices_it(shared_coder: Coder) -> None:
    assert ("BRA", "USA", "11", "occurred") in _events(shared_coder, "U.S. Missile Shield Plan under Fire in Brazil")


@pytest.mark.parametrize(("sentence", "spared"), [
    # guards: real fire, and a state an act is aimed at, are no one criticised
    ("A Pakistani convoy came under fire from Indian troops near the border.", "PAK"),
    ("Pakistani posts came under heavy fire on Monday.", "PAK"),
    ("Russian Blockade of Georgia under Fire", "GEO"),
])
def test_fire_and_aims_are_no_criticism(shared_coder: Coder, sentence: str, spared: str) -> None:
    assert not any(t == spared and r == "11" for _, t, r, _ in _events(shared_coder, sentence))
