"""A person's work or doings published, reported or given publicity abroad is no act between two states
(:mod:`detente.coding._publicity`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2013, 6, 1)


def _pairs(country_coded: CountryCoded, sentence: str) -> set[tuple[str, str, str]]:
    return {(s, t, root) for s, t, root, _ in country_coded(sentence, DAY)}


@pytest.mark.parametrize("sentence", [
    "Kim Jong Un's Works Given Publicity in Peru and Nigeria.",
    "Kim Jong Un's Field Guidance Reported by Mongolian and Indian Media.",
    "The Russian TV on Tuesday reported Kim Jong Un's inspection of a farm in South Hwanghae Province.",
    "Kim Jong Il's Reminiscences Introduced by Newspapers of Brazil and Nepal.",
    "The works of Kim Jong Un were published in Ghana and Ethiopia.",
])
def test_a_work_or_doings_carried_abroad_is_no_act(country_coded: CountryCoded, sentence: str) -> None:
    assert _pairs(country_coded, sentence) == set()


@pytest.mark.parametrize(("sentence", "event"), [
    # what the outlets say of him is coded
    ("Kim Jong Un Praised by Media of Russia and Iran.", ("RUS", "PRK", "05")),
    # a government's report of another state's doings, and what a broadcaster reports that another did
    ("The Pentagon reported China's activities in the South China Sea.", ("USA", "CHN", "01")),
    ("Iran's state television reported that Israel had attacked Syria.", ("ISR", "SYR", "19")),
    # publicity a state gives to its own plan against another
    ("The Japanese government gave publicity to its plan to sanction the DPRK.", ("JPN", "PRK", "13")),
])
def test_guards(country_coded: CountryCoded, sentence: str, event: tuple[str, str, str]) -> None:
    assert event in _pairs(country_coded, sentence)
