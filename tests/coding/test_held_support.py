"""Support that the subject holds is the support of the "of" phrase's state (:mod:`detente.coding._held_gifts`).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2013, 4, 10)


@pytest.mark.parametrize(("sentence", "giver", "holder"), [
    ("Moldova enjoys the support of Romania in its bid to join the bloc.", "ROM", "MDA"),
    # the parse may hang "has" on "said" as its auxiliary: the holder is read from the words
    ("Botswana has the strong and unwavering support of South Africa, the minister said.", "ZAF", "BWA"),
    ("Paraguay retains the full support of Brazil.", "BRA", "PRY"),
    ("Georgia will continue to have the support of the United States.", "USA", "GEO"),
])
def test_support_held_by_the_subject_is_the_of_phrase_s(country_coded: CountryCoded, sentence: str, giver: str,
                                                         holder: str) -> None:
    found = {(s, t, root) for s, t, root, _ in country_coded(sentence, DAY)}
    assert (giver, holder, "05") in found
    assert not any((s, t) == (holder, giver) and root == "05" for s, t, root in found)


@pytest.mark.parametrize("sentence", [
    # "support of" naming what an act is for stays no act of support
    "Students in Manila marched in support of Vietnam.",
    "Peru is drafting a plan against Bolivia with the support of several neighbours.",
    "Thailand voted in support of Cambodia's resolution.",
    # a verb of holding too far away, or behind a preposition
    "Laos has repeatedly asked for talks in support of Vietnam.",
])
def test_support_of_that_no_subject_holds_is_no_support(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(root == "05" for _, _, root, _ in country_coded(sentence, DAY))
