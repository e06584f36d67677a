"""The second of two coordinated verbs with one subject acts on the target the verb before names in a phrase of
its own ("protested to Togo ... and demanded compensation"): sentences written for the rule, with guards."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 5, 1)


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "pair", "root"), [
    ("Ghana protested to Togo on Friday and demanded compensation.", ("GHA", "TGO"), "10"),
    ("Kenya lodged a complaint with Uganda and demanded the return of the fishermen.", ("KEN", "UGA"), "10"),
    ("Bolivia held talks with Chile on Monday and signed a trade deal.", ("BOL", "CHL"), "05"),
    ("Kenya sent a delegation to Uganda and signed an oil deal.", ("KEN", "UGA"), "05"),
    ("Chile complained to the United Nations and demanded an inquiry.", ("CHL", "IGO"), "10"),
])
def test_the_second_verb_takes_the_target_of_the_phrase_of_the_verb_before(coder: Coder, text: str,
                                                                           pair: tuple[str, str], root: str) -> None:
    coded = _coded(coder, text)
    assert pair in {(s, t) for s, t, c in coded if c.startswith(root)}, coded


@pytest.mark.parametrize(("text", "source", "other"), [
    ("Ghana held talks in a Lome hotel and signed a trade deal.", "GHA", "TGO"),  # a place, no party
    ("Ghana protested to Togo and Benin demanded compensation.", "GHA", "TGO"),  # a subject of its own
    ("Ghana's president, who is on a state visit to Togo, met and held talks with Benin's president in Lome.",
     "---", "TGO"),  # the phrase of a relative clause
])
def test_a_place_a_subject_of_its_own_or_a_relative_clause_shares_no_phrase(coder: Coder, text: str, source: str,
                                                                           other: str) -> None:
    coded = _coded(coder, text)
    assert not [c for s, t, c in coded if t == other and (c in ("040", "044") or c[:2] in ("05", "10"))], coded
    assert not [c for s, t, c in coded if s == "BEN" and t == other], coded
    assert any(s == source for s, _, _ in coded), coded
