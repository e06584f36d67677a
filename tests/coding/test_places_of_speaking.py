"""Where a statement was made is no actor of it ("Brazil in a statement at the United Nations criticized ..."), and
the Organization of American States is an organisation, not the United States (coding.roles, data/organisations.csv).
Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize("sentence", [
    "Brazil in a statement at the United Nations criticized Paraguay on Tuesday.",
    "Brazil in a speech at the meeting of the African Union criticized Paraguay on Tuesday.",
])
def test_the_body_where_a_statement_was_made_is_not_its_speaker(code_coded: CodeCoded, sentence: str) -> None:
    found = [(s, t, c[:2]) for s, t, c in code_coded(sentence)]
    assert ("BRA", "PRY", "11") in found
    assert not [e for e in found if e[0] == "IGO"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Organization of American States criticized Nicaragua on Monday.", ("IGO", "NIC", "11")),
    ("Nicaragua accused the Organization of American States of interference in its affairs.", ("NIC", "IGO", "11")),
])
def test_the_organization_of_american_states_is_no_state(code_coded: CodeCoded, sentence: str,
                                                          expected: tuple[str, str, str]) -> None:
    found = [(s, t, c[:2]) for s, t, c in code_coded(sentence)]
    assert expected in found
    assert not [e for e in found if "USA" in e[:2]]


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: the doer of an act named by a noun after a preposition, a phrase of place with no statement
    ("Japan is deeply concerned over the People's Liberation Army joint military drills near Taiwan.",
     ("JPN", "CHN", "11")),
    ("Brazil at the United Nations criticized Paraguay on Tuesday.", ("BRA", "PRY", "11")),
])
def test_other_phrases_keep_their_reading(code_coded: CodeCoded, sentence: str,
                                          expected: tuple[str, str, str]) -> None:
    assert expected in [(s, t, c[:2]) for s, t, c in code_coded(sentence)]
