"""Holding another state's act to be a violation, a provocation or aggression is criticism (111), as calling it one
is: "considers", "regards ... as", "views ... as", "sees ... as", "deems" (dictionaries/verbs.txt)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 5, 12)


def _triples(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize("sentence", [
    "Turkey considers the Greek drills a violation of the 1947 treaty.",
    "Turkey regards the Greek drills as a provocation.",
    "Turkey views Greece's drills as an act of aggression.",
    "Turkey deems the Greek drills unlawful.",
])
def test_holding_an_act_wrong_is_criticism(coder: Coder, sentence: str) -> None:
    assert ("TUR", "GRC", "11") in _triples(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "Turkey considers Greece an important partner.",
    "Turkey regards the Greek proposal as a good basis for talks.",
])
def test_holding_an_act_good_is_no_criticism(coder: Coder, sentence: str) -> None:
    assert ("TUR", "GRC", "11") not in _triples(coder, sentence)
