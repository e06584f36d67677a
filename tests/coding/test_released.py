"""What is released: a text, a picture or figures made public is a statement (010), no return of persons or
property (084); a people "freed from" a rule is no release (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.coding._released import document_released, freed_from_rule

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize("sentence", [
    "The Chilean navy released a video of the Peruvian patrol boats entering its waters.",
    "Bolivian state media released commemorative reports on the anniversary of Paraguay's independence.",
    "The Paraguayan foreign ministry released the 12th issue of its bulletin on relations with Bolivia.",
    "A communique of the Ecuadorian Foreign Ministry released on Tuesday criticized Peru.",
    "Figures released by the Argentine statistics office on Friday showed a fall in exports to Brazil.",
])
def test_a_text_released_is_no_return(code_coded: CodeCoded, sentence: str) -> None:
    found = code_coded(sentence)
    assert not any(code.startswith("084") for _, _, code in found)


def test_a_text_released_is_a_statement(code_coded: CodeCoded) -> None:
    assert ("CHL", "PER", "010") in code_coded("The Chilean navy released a video of the Peruvian patrol boats "
                                               "entering its waters.")


def test_a_people_freed_from_a_rule_is_no_release(code_coded: CodeCoded) -> None:
    found = code_coded("The Uruguayan people were freed from the colonial rule of Spain in the last century.")
    assert not any(code.startswith("084") for _, _, code in found)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peru released the Chilean fishermen on Monday.", ("PER", "CHL", "084")),
    ("Venezuela, in a statement, released twelve Colombian soldiers.", ("VEN", "COL", "084")),
    ("Ecuador released the detained Peruvian journalist after a report on his health.", ("ECU", "PER", "084")),
])
def test_persons_released_stay_released(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in code_coded(sentence)


def test_words_read_around_the_verb() -> None:
    low = ["hundreds", "of", "bolivians", "freed", "from", "chilean", "jails", "returned", "home"]
    assert not freed_from_rule(low, 3)
    low = ["the", "prisoners", "released", "by", "the", "army", "on", "monday", "returned", "home"]
    assert not document_released(low, 2)
    low = ["a", "statement", "released", "by", "the", "ministry", "on", "monday"]
    assert document_released(low, 2)
