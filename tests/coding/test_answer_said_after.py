"""An answer with no target of its own answers the act told before even when the answering side goes on to say
something naming another actor: "Pakistan rejected the accusation, saying India had no evidence" answers India's
accusation; India, named in what Pakistan said, is no party the answer leaves out (coding.answers.answered).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2016, 9, 20)


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("India blamed the attack on Pakistan. Pakistan rejected the accusation, saying India had no evidence.",
     ("PAK", "IND", "01")),
    ("Armenia accused Azerbaijan of shelling border villages. Azerbaijan denied the charge, adding that Armenian "
     "forces had fired first.", ("AZE", "ARM", "01")),
    ("Ghana's army shelled Togo. The government of Togo protested, saying Ghanaian troops had crossed the border.",
     ("TGO", "GHA", "11")),
])
def test_an_answer_answers_the_act_before_whatever_its_side_said_after(shared_coder: Coder, text: str,
                                                                      expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(shared_coder, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # an actor named before the words said is still a party the answer left out: no target is guessed
    ("India blamed the attack on Pakistan. Pakistan and China rejected the accusation, saying it was baseless.",
     ("PAK", "CHN", "01")),
    # an answer aimed at a party of its own keeps it
    ("Ghana's army shelled Togo. The government of Togo protested to Nigeria, saying Ghana had attacked.",
     ("TGO", "GHA", "11")),
])
def test_parties_named_before_the_words_said_still_count(shared_coder: Coder, text: str,
                                                         wrong: tuple[str, str, str]) -> None:
    assert wrong not in _pairs(shared_coder, text)
