"""A Red Cross or Red Crescent society named with its country is that country's, not the international committee.

"Talks between the Chilean and Peruvian Red Cross", "the Red Cross Society of Ghana", "the Iranian Red Crescent":
the national society stands for its country (as the country's mention); "the Red Cross" and "the ICRC" alone stay
the International Committee of the Red Cross.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]

# sentences written for the rule, and the event each must hold
CASES = [
    ("The Chile-Peru Red Cross talks opened in Lima.", ("CHL", "PER", "040")),
    ("The Red Cross Society of Ghana sent aid to Togo.", ("GHA", "TGO", "070")),
    ("The Iranian Red Crescent delegation left for Damascus.", ("IRN", "SYR", "042")),
    ("Japan's Red Cross sent a letter to its Peruvian counterpart.", ("JPN", "PER", "040")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_national_society_is_its_country(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    found = code_coded(sentence)
    assert expected in found, found
    assert not [e for e in found if "NGO" in (e[0], e[1])], found


# guards: the movement's name alone is the international committee
GUARDS = [
    ("The ICRC criticized Israel.", ("NGO", "ISR", "111")),
    ("The Red Cross criticized Israel over the detainees.", ("NGO", "ISR", "111")),
]


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_the_committee_stays(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in code_coded(sentence)
