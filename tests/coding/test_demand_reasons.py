"""A participle of telling or judging after a demand ("demanded that Peru withdraw its troops, saying the deployment
was illegal", "urged Peru to ..., insisting that ..."): the demander's words, judging the party asked to act, not
the words of that party (coding._demand_reasons; "saying" after a comma is no inverted speaker). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding import Coder
from detente.coding._demand_reasons import demander_tells
from detente.coding._text import tokenize

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize("sentence", [
    "Chile demanded that Peru withdraw its troops, saying the deployment was illegal.",
    "Chile demanded that Peru lift the new tariffs, insisting that they are arbitrary and discriminatory.",
    "Chile demanded that Peru scrap the fishing rules, saying the Peruvian rules are unfair.",
    "Chile called on Peru to withdraw its troops, saying the deployment was illegal.",
    "Chile asked Peru to withdraw its troops, adding that the deployment was a provocation.",
])
def test_the_demander_judges_the_party_asked(code_coded: CodeCoded, sentence: str) -> None:
    coded = code_coded(sentence)
    assert ("CHL", "PER", "111") in coded
    assert not any(source == "PER" and code == "111" for source, _, code in coded)


def test_no_demander_without_a_demand_and_a_participle_of_telling(code_coded: CodeCoded) -> None:
    assert ("CHL", "PER", "111") not in code_coded(
        "Chile demanded that Peru withdraw its troops, which entered the disputed zone on Monday.")


@pytest.mark.parametrize(("sentence", "word", "told"), [
    ("Chile demanded that Peru withdraw its troops, saying the deployment was illegal.", "saying", True),
    # a reported act done: the participle may be its doer's own reason, and stays with it
    ("Chile said Peru had rejected the offer, saying it was unfair.", "saying", False),
    # no participle of telling
    ("Chile demanded that Peru withdraw its troops, leaving the border open.", "leaving", False),
])
def test_which_participles_the_demander_tells(shared_coder: Coder, sentence: str, word: str, told: bool) -> None:
    tokens = tokenize(sentence)
    assert shared_coder.parser is not None
    parse = shared_coder.parser.parse(tokens)
    low = [t.lower() for t in tokens]
    verb = low.index(word)
    assert demander_tells(low, parse, verb, parse.heads[verb]) is told


def test_the_reason_is_told_at_the_time_of_the_demand(shared_coder: Coder) -> None:
    sentences = ("Newspapers wrote on Sunday that Chile and Peru failed to narrow their differences at talks held on "
                 "Friday in Lima.",
                 "Chile demanded that Peru withdraw its troops from the border, insisting that the deployment was "
                 "illegal.")
    coded = shared_coder.code_many(sentences, date=dt.date(2019, 10, 13))
    days = {e.code: e.date for e in coded[1] if e.source[:3] == "CHL" and e.target[:3] == "PER"}
    assert days.get("111") == days.get("105") == dt.date(2019, 10, 11)
