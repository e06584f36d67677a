"""Whom an act is addressed to, named by a phrase of a call, a conversation or a meeting "with" someone: in an
opening phrase whose noun follows another ("In a phone call with ...", "In a telephone conversation with ...") and
in a phrase right after the verb ("said in a phone call with ... that ..."): roles.RoleFinder.addressee and
addressee_after. Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("sentence", "code"), [
    ("In a phone call with the Peruvian president, the Chilean president urged calm.", "020"),
    ("In a telephone conversation with his Peruvian counterpart, the Chilean foreign minister expressed concern "
     "over the border incident.", "111"),
    ("The Chilean president said in a phone call with the Peruvian president that Chile wants closer ties.", "010"),
    ("The Chilean foreign minister said during a meeting with the Peruvian ambassador on Monday that the border "
     "would reopen.", "010"),
    ("The Chilean foreign minister stressed in talks with his Peruvian counterpart that the border would stay "
     "open.", "010"),
])
def test_the_other_party_of_the_call_is_the_target(code_coded: CodeCoded, sentence: str, code: str) -> None:
    assert ("CHL", "PER", code) in code_coded(sentence)


@pytest.mark.parametrize("sentence", [
    # a joint appearance: what is said there is said to the press, not to the other leader
    "The Chilean president said at a news conference with the Peruvian president that trade would grow.",
    # the phrase does not follow the verb
    "The Chilean president said that a phone call with the Peruvian president had been useful.",
])
def test_no_addressee_from_other_phrases(code_coded: CodeCoded, sentence: str) -> None:
    assert ("CHL", "PER", "010") not in code_coded(sentence)
