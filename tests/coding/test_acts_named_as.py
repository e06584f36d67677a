"""A word act named by a bare noun after "in" ("issued a statement in denunciation of", "wrote a letter in praise
of") is the act the subject did: the statement or letter is its form, the noun says what it did."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: (source country, target country, code) of each event of a sentence (the shared ``code_coded`` fixture)
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bolivia issued a statement in denunciation of the Chilean naval exercises.", ("BOL", "CHL", "111")),
    ("The Cuban Foreign Ministry released a statement in condemnation of the U.S. blockade.", ("CUB", "USA", "111")),
    ("A Ghanaian association published a declaration in denunciation of the French military presence.",
     ("GHA", "FRA", "111")),
    ("The Peruvian president wrote a letter in praise of the Ecuadorian leader.", ("PER", "ECU", "051")),
])
def test_the_subject_does_the_act_the_noun_names(code_coded: CodeCoded, sentence: str,
                                                 expected: tuple[str, str, str]) -> None:
    assert expected in code_coded(sentence)


@pytest.mark.parametrize(("sentence", "unwanted"), [
    # a breach named after "in" is the launch's manner, not a second act toward the body whose text is breached
    ("Iran fired two missiles on Sunday in violation of the Security Council resolution.", "12"),
    # "in response to" says why, and names no word act of the subject
    ("Canada expelled two Syrian diplomats in response to the massacre.", "01"),
])
def test_other_in_phrases_are_no_second_act(code_coded: CodeCoded, sentence: str, unwanted: str) -> None:
    assert all(not code.startswith(unwanted) for _, _, code in code_coded(sentence))


def test_a_condemnation_with_its_own_doer_keeps_it(code_coded: CodeCoded) -> None:
    # the noun's own "by" phrase names who condemned: the verb's subject only reported it
    coded = code_coded("The Kenyan newspaper printed a report on the condemnation by Uganda of the Sudanese raid.")
    assert ("KEN", "SDN", "111") not in coded


@pytest.mark.parametrize("sentence", [
    "The Peruvian navy kept seizing Ecuadorian boats despite the protest and denunciation of the fishermen.",
    "Morocco expanded its settlements amid the condemnation of the African Union.",
])
def test_an_act_done_despite_a_judgment_did_not_judge(code_coded: CodeCoded, sentence: str) -> None:
    assert not [c for c in code_coded(sentence) if c[0] in ("PER", "MAR") and c[2][:2] in ("11", "14")]
