"""Words tried are words said: "attempted to blame", "sought to accuse" (:mod:`detente.coding._tried_words`);
a deed tried, and an attempt to come, are not done. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2015, 9, 8)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    ("Venezuela attempted to blame Colombia for the smuggling on the border.", ("VEN", "COL"), "11"),
    ("The Iranian officials tried to blame Israel and walked out of the meeting.", ("IRN", "ISR"), "11"),
    ("Moscow sought to blame Kyiv for the blackout.", ("RUS", "UKR"), "11"),
    ("Pyongyang tried once again to accuse Seoul of staging the incident.", ("PRK", "KOR"), "11"),
    ("Ankara attempted to brand Syria as a sponsor of terrorism.", ("TUR", "SYR"), "11"),
])
def test_an_accusation_attempted_is_made(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                         root: str) -> None:
    assert (*pair, root, "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize("sentence", [
    "Venezuela will try to blame Colombia for the smuggling.",
    "Venezuela did not try to blame Colombia for the smuggling.",
    "Venezuela may try to blame Colombia for the smuggling.",
])
def test_an_attempt_to_come_or_denied_is_no_accusation(country_coded: CountryCoded, sentence: str) -> None:
    assert ("VEN", "COL", "11", "occurred") not in country_coded(sentence, DAY)


def test_a_deed_attempted_is_not_done(country_coded: CountryCoded) -> None:
    coded = country_coded("Venezuela tried to seize the disputed island from Colombia.", DAY)
    assert not any(m == "occurred" for s, t, _, m in coded if (s, t) == ("VEN", "COL"))
