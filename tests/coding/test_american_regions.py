""""American" after the name of a part of the Americas, or before "regional", "region" or "continent", is that
region's adjective, not the United States'.

"Latin American leaders", "South American nations", "Central American countries", "the North American ..." name
a region of the Americas: no actor (the words before the adjective are capitalised). "American", "Americans" and
"the United States" elsewhere stay the United States, and the Koreas' own two-word adjectives are untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]

# sentences written for the rule: no event may give the United States a part
REGIONS = [
    "Latin American leaders criticized Spain on Monday.",
    "The South American nations condemned Britain over the islands.",
    "Costa Rica and Central American countries signed a trade agreement with Chile.",
    "Paraguay praised the Latin American and Caribbean states.",
    "North American delegates met Mexican officials in Ottawa.",
    # "American" before "regional", "region" or "continent": the Americas
    "An American regional conference of leftist parties denounced Britain in Caracas.",
    "Delegates of the American region praised Cuba at the meeting in Quito.",
    "The American continental congress of unions condemned Spain on Friday.",
]


@pytest.mark.parametrize("sentence", REGIONS)
def test_region_is_not_the_united_states(code_coded: CodeCoded, sentence: str) -> None:
    found = code_coded(sentence)
    assert not [e for e in found if "USA" in (e[0], e[1])], found


# guards: the United States and the Koreas stay where they are named
GUARDS = [
    ("American officials met Peruvian diplomats in Lima.", ("USA", "PER", "044")),
    ("Chile criticized the American government over the tariffs.", ("CHL", "USA", "111")),
    ("The American regime criticized Cuba over the regional summit.", ("USA", "CUB", "111")),
    ("South Korean officials met North Korean officials at Panmunjom.", ("KOR", "PRK", "044")),
]


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_countries_stay(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in code_coded(sentence)
