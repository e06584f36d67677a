"""A body's verb in the present that the parser reads as a plural noun ("The Security Council urges Ghana to ...",
"NATO condemns ..."): the body is the source, the state it addresses the target (coding._present_verb). Sentences
written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from detente.coding._present_verb import misread_present, past_of
from detente.coding.syntax import Parse

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Security Council urges Ghana to withdraw its troops from the border.", ("IGO", "GHA", "02")),
    ("NATO condemns Russia's attack on Ukrainian ports.", ("IGO", "RUS", "11")),
    ("The Security Council condemns Togo's shelling of Ghanaian villages.", ("IGO", "TGO", "11")),
])
def test_the_body_is_the_source_of_its_present_verb(code_coded: CodeCoded, sentence: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in [(s, t, c[:2]) for s, t, c in code_coded(sentence)]


def test_the_addressed_state_is_no_doer_of_the_verb(code_coded: CodeCoded) -> None:
    found = code_coded("The Security Council urges Ghana to withdraw its troops from the border.")
    assert not [e for e in found if e[0] == "GHA"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a plural noun after a possessive, and a body's verb the parser reads as one
    ("Ghana's demands for compensation angered Togo.", ("GHA", "TGO", "10")),
    ("The Security Council demanded that Syria withdraw its troops from Lebanon.", ("IGO", "SYR", "10")),
    ("By the text, the Security Council demands that Togo withdraw its forces from Ghana.", ("IGO", "TGO", "10")),
    ("The African Union welcomes the agreement between Ethiopia and Eritrea.", ("IGO", "ETH", "05")),
])
def test_nouns_and_parsed_verbs_keep_their_reading(code_coded: CodeCoded, sentence: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert expected in [(s, t, c[:2]) for s, t, c in code_coded(sentence)]


def test_a_plural_noun_after_an_adjective_or_a_possessive_is_no_verb() -> None:
    words = ["Western", "calls", "for", "restraint", "went", "unheeded", "."]
    parse = Parse((1, 4, 3, 1, 4, 4, 4), ("amod", "nsubj", "case", "nmod", "root", "xcomp", "punct"),
                  ("JJ", "NNS", "IN", "NN", "VBD", "JJ", "."))
    assert misread_present(words, parse) is None
    words = ["Togo", "'s", "demands", "were", "rejected", "."]
    parse = Parse((2, 0, 4, 4, 4, 4), ("nmod:poss", "case", "nsubj:pass", "aux:pass", "root", "punct"),
                  ("NNP", "POS", "NNS", "VBD", "VBN", "."))
    assert misread_present(words, parse) is None
    assert past_of("calls") == "called"
