"""A surname that is also an English noun, used as the noun in title case, names no person ("Japan's Fishing Ban",
"Rice Import Ban"); after a title, at the start or before a verb it stays the person (coding._noun_surnames).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

BAN_YEARS = dt.date(2011, 6, 1)  # Ban Ki-moon, UN Secretary-General 2007-2016
RICE_YEARS = dt.date(2006, 6, 1)  # Condoleezza Rice, Secretary of State 2005-2009


@pytest.mark.parametrize(("sentence", "day"), [
    ("Japan's Whaling Ban Denounced in Australia", BAN_YEARS),
    ("Kazakhstan Decides to Lift Ban on Wheat Export to Russia", BAN_YEARS),
    ("Chile Protests Argentina's Fishing Ban", BAN_YEARS),
    ("Thailand Lifts Rice Import Ban on Cambodia", RICE_YEARS),
    ("Vietnam Rice Exports Rise to Indonesia", RICE_YEARS),
])
def test_the_noun_is_no_person(country_coded: CountryCoded, sentence: str, day: dt.date) -> None:
    coded = country_coded(sentence, day)
    assert coded and not [e for e in coded if "USA" in e[:2] or "IGO" in e[:2]], coded


@pytest.mark.parametrize(("sentence", "day", "expected"), [
    ("UN Chief Ban Urges Restraint on Israel", BAN_YEARS, ("IGO", "ISR", "02")),
    ("Ban on Tuesday urged Israel to halt the offensive.", BAN_YEARS, ("IGO", "ISR", "02")),
    ("Rice Meets Chinese Foreign Minister", RICE_YEARS, ("USA", "CHN", "04")),
    ("Syrian Groups Denounce Remarks of Rice", RICE_YEARS, ("SYR", "USA", "11")),
    ("Later Rice told Japan to wait.", RICE_YEARS, ("USA", "JPN", "01")),
    ("Iran Blasts Rice's Remarks", RICE_YEARS, ("IRN", "USA", "11")),  # the person's, whatever comes before
    ("Syrian Students Send Protest Letter to Rice", RICE_YEARS, ("SYR", "USA", "04")),
])
def test_the_person_stays(country_coded: CountryCoded, sentence: str, day: dt.date,
                          expected: tuple[str, str, str]) -> None:
    coded = country_coded(sentence, day)
    assert [e for e in coded if e[:3] == expected], coded
