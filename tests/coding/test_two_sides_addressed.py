""""The two countries", "both sides", "the two parties" in statements (sentences written for these tests).

A statement that speaks to two states names them as a pair ("urged the two parties to show restraint"); the pair
is the two states named before, never the state that speaks to them, and never "we", which names no country.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._retitled import addressed

DAY = dt.date(2023, 4, 3)


def _events(coder: Coder, sentences: list[str]) -> list[set[tuple[str, str, str]]]:
    return [{(e.source[:3], e.target[:3], e.code[:2]) for e in found}
            for found in coder.code_many(sentences, date=DAY)]


def test_the_speaker_is_not_one_of_the_two_it_urges(coder: Coder) -> None:
    found = _events(coder, ["Fighting broke out again between Sudan and South Sudan near Heglig.",
                            "Egypt urged the two countries to show restraint."])
    assert ("EGY", "SDN", "02") in found[1] and ("EGY", "SSD", "02") in found[1]
    assert not any(t == "EGY" for _, t, _ in found[1])


def test_the_two_parties_are_states_not_political_parties(coder: Coder) -> None:
    found = _events(coder, ["Armenia and Azerbaijan held talks in Brussels on Sunday.",
                            "Norway called on the two parties to sign a peace agreement."])
    assert ("NOR", "ARM", "02") in found[1] and ("NOR", "AZE", "02") in found[1]


def test_one_of_the_two_may_say_what_the_two_will_do(coder: Coder) -> None:
    found = _events(coder, ["Armenia and Azerbaijan held talks in Brussels on Sunday.",
                            "Armenia said the two countries would meet again in May."])
    assert {("ARM", "AZE", "03"), ("AZE", "ARM", "03")} & found[1]


def test_we_names_no_country_of_the_pair(coder: Coder) -> None:
    found = _events(coder, ["The United States welcomes the agreement reached between Armenia and Azerbaijan.",
                            "We welcome the decision by the parties to open the border.",
                            "The two parties took a historic step toward peace today."])
    assert not any("USA" in (s, t) for s, t, _ in found[2])


@pytest.mark.parametrize(("words", "q", "expected"), [
    ("egypt urged the two countries", 3, True),
    ("norway called on both sides", 3, True),
    ("the us commends the two governments", 4, True),
    ("pakistan said the two countries", 3, False),
    ("the two countries met", 1, False),
])
def test_addressed(words: str, q: int, expected: bool) -> None:
    assert addressed(words.split(), q) is expected
