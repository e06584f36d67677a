"""A statement issued "in support of" another's statement or stand endorses its holder (:mod:`detente.coding._supported`
and the lexicon's 051 lines). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2012, 5, 20)


def _pairs(country_coded: CountryCoded, sentence: str) -> set[tuple[str, str, str]]:
    return {(s, t, root) for s, t, root, _ in country_coded(sentence, DAY)}


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("The Nepal Peace Council issued a statement on May 3 in support of the statement of the spokesman for the "
     "General Staff of the Korean People's Army.", "NPL", "PRK"),
    ("The Mexican Friendship Society released a statement on Friday in support of the answer given by the Cuban "
     "Foreign Ministry.", "MEX", "CUB"),
    ("A Brazilian solidarity committee made public a joint statement on May 12 in support of the decision of the "
     "Venezuelan government.", "BRA", "VEN"),
    ("The Italian Study Group published an article in support of the stand of the Syrian government.", "ITA", "SYR"),
    ("The Indian government issued a statement in support of Bangladesh.", "IND", "BGD"),
])
def test_a_statement_in_support_of_endorses_the_holder_of_what_it_supports(
        country_coded: CountryCoded, sentence: str, source: str, target: str) -> None:
    assert (source, target, "05") in _pairs(country_coded, sentence)


@pytest.mark.parametrize(("sentence", "state"), [
    # troops sent in support of an offensive: no word act
    ("Britain sent troops in support of the Saudi offensive in Yemen.", "SAU"),
    # its own decision: no other party
    ("The Foreign Ministry of Peru issued a statement in support of its own decision.", "PER"),
])
def test_no_endorsement_without_a_word_act_or_of_ones_own(country_coded: CountryCoded, sentence: str,
                                                          state: str) -> None:
    pairs = _pairs(country_coded, sentence)
    assert not any(root == "05" and t == state for _, t, root in pairs)


def test_a_phrase_naming_no_state_gives_no_target(country_coded: CountryCoded) -> None:
    sentence = ("The Ethiopian Youth Study Group issued a statement on May 6 in support of the decision of the "
                "enlarged meeting of the Executive Committee of the preparatory committee.")
    assert not any(root == "05" for _, _, root in _pairs(country_coded, sentence))
