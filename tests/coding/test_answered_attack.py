"""A verb joined to a clause of suffering an attack is the sufferer's own answer: "Chilean troops came under attack
and fought back" (:func:`detente.coding.shapes.answered`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 3, 1)


def _coded(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(("sentence", "answerer", "root"), [
    ("Bolivian troops came under attack and fought back.", "BOL", "19"),
    ("Bolivian border guards came under attack, opened fire on the gunmen.", "BOL", "19"),
    ("Bolivia says its forces continue to come under attack and will fight back as long as they are threatened.",
     "BOL", "13"),
])
def test_the_sufferer_answers(shared_coder: Coder, sentence: str, answerer: str, root: str) -> None:
    found = _coded(shared_coder, sentence)
    assert (answerer, "---", root) in found
    assert ("---", answerer, root) not in found
    assert ("---", answerer, "18") in found  # the attack it came under stays its suffering


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a list of attacks suffered; an attack suffered from a named doer
    ("Bolivian positions came under heavy shelling and artillery attack on Monday.", ("---", "BOL", "19")),
    ("Bolivian positions came under shelling and airstrikes.", ("---", "BOL", "19")),
    ("Georgia faced a brutal assault by Russian forces and appealed to the West.", ("RUS", "GEO", "19")),
])
def test_attacks_suffered_stay_suffered(shared_coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(shared_coder, sentence)
