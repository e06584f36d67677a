"""Whom a diplomatic text is addressed to: a note verbale's words told by a participle after it ("sent a note
verbale to Japan protesting ...") are its sender's act toward the addressee, as a note's are; and the addressee of
a text named in an "in" phrase before an act with no target of its own ("In a note verbale to the Japanese embassy,
the Chinese Foreign Ministry protested ...") is that act's target."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

DAY = dt.date(2014, 6, 3)

CountryCoded = Callable[[str, dt.date], set[tuple[str, str, str, str]]]


@pytest.mark.parametrize(("text", "event"), [
    ("Malaysia sent a note verbale to Indonesia protesting the arrest of three Malaysian fishermen.",
     ("MYS", "IDN", "11")),
    ("In a note verbale to the Indonesian embassy, the Malaysian Foreign Ministry protested the arrest of three "
     "fishermen.", ("MYS", "IDN", "11")),
    ("The Thai envoy, in a letter to Cambodia, warned against any new incursion.", ("THA", "KHM", "13")),
])
def test_the_addressee_is_the_target(country_coded: CountryCoded, text: str, event: tuple[str, str, str]) -> None:
    assert (*event, "occurred") in country_coded(text, DAY)


@pytest.mark.parametrize("text", [
    "In a statement on Monday, the Malaysian Foreign Ministry protested the arrest of three fishermen.",  # no one
    "In talks with Indonesia, the Malaysian minister protested the arrest of three fishermen.",  # no text
])
def test_no_addressee_without_a_text_sent_to_one(country_coded: CountryCoded, text: str) -> None:
    assert not any(s == "MYS" and r == "11" for s, _, r, _ in country_coded(text, DAY))


def test_the_act_keeps_its_own_target(country_coded: CountryCoded) -> None:
    coded = country_coded("In a letter to the Security Council, Malaysia condemned the Indonesian raid.", DAY)
    assert ("MYS", "IDN", "11", "occurred") in coded
    assert not any(s == "MYS" and t == "IGO" for s, t, _, _ in coded)
