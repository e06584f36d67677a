"""An event noun whose relative clause tells who held it: "conversations I had with leaders of China", "the talks
that Kim held with Putin". The clause's subject holds the talks and its "with" phrase names the partner; a relative
pronoun as the subject ("talks which ended") tells what the talks did, and a clause with an object of its own is
no holding. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2019, 5, 6)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("This was confirmed this morning in conversations the Japanese prime minister had with leaders of China and "
     "Russia.", {("JPN", "CHN", "04"), ("JPN", "RUS", "04")}),
    ("The ceasefire came up in the meetings Turkish officials held with Russian diplomats last week.",
     {("TUR", "RUS", "04")}),
    ("Few details emerged from the negotiations Iran held with France in Paris on Friday.",
     {("IRN", "FRA", "04")}),
])
def test_the_holder_of_talks_told_in_a_relative_clause_is_their_source(
        country_coded: CountryCoded, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    found = {(s, t, r) for s, t, r, _ in country_coded(sentence, DAY)}
    assert expected <= found


@pytest.mark.parametrize(("sentence", "wrong"), [
    # the relative pronoun is the subject: the clause says what the talks did, no one held them there
    ("The talks which Russia and Ukraine said ended on Monday were useful, the Chinese foreign ministry said.",
     ("CHN", "RUS", "04")),
    # the clause's verb has an object of its own: no holding of the noun
    ("In the talks, which Japan called useful, China pressed its claim.", ("JPN", "CHN", "04")),
])
def test_clauses_that_tell_no_holder_give_none(country_coded: CountryCoded, sentence: str,
                                               wrong: tuple[str, str, str]) -> None:
    assert wrong not in {(s, t, r) for s, t, r, _ in country_coded(sentence, DAY)}
