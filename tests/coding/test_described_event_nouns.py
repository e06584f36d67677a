"""An event noun with describing words after its article ("the unprovoked attack", "the three-day visit"), its doer
named after "by" and whom it was done to after that ("... by Chilean forces on Bolivia", "... by Ecuador of
Peruvian territory"): the phrase after the agent names the target, as it does right after "the attack"
(roles.RoleFinder._after_agent). Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


def _roots(found: list[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in found}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peru condemned the unprovoked attack by Chilean forces on Bolivia.", ("CHL", "BOL", "19")),
    ("The deadly missile attack by Chile against Bolivia drew protests.", ("CHL", "BOL", "19")),
    ("The illegal occupation by Ecuador of Peruvian territory must end.", ("ECU", "PER", "19")),
    ("The latest incursion by Chilean troops into Bolivia was condemned.", ("CHL", "BOL", "19")),
    ("The three-day visit by the Chilean foreign minister to Peru ended on Monday.", ("CHL", "PER", "04")),
])
def test_the_phrase_after_the_agent_of_a_described_noun_names_its_target(code_coded: CodeCoded, sentence: str,
                                                                          expected: tuple[str, str, str]) -> None:
    assert expected in _roots(code_coded(sentence))


def test_the_agents_own_state_is_no_target(code_coded: CodeCoded) -> None:
    found = _roots(code_coded("The unprovoked attack by Chilean forces on Chilean villages was condemned."))
    assert not any(s == t == "CHL" for s, t, _ in found), found


def test_a_passive_verb_keeps_its_subject_as_the_target(code_coded: CodeCoded) -> None:
    found = _roots(code_coded("Bolivian troops were attacked by Chile on Monday."))
    assert ("CHL", "BOL", "19") in found, found
