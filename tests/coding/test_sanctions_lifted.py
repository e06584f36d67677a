"""Sanctions lifted or eased in the passive ("Sanctions on Cuba were eased on Monday"), the imposing told by a
participle inside the easing ("lifted the sanctions imposed on Syria"), a decision to lift them, and the doer of an
easing told only by the article's imposer (coding._lifted, coding._eased, coding._acts.own_acts). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded

    from detente.coding import Coder


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sanctions on Cuba were eased on Monday.", {("---", "CUB", "085")}),
    ("The sanctions imposed on Syria after the chemical attack were partially lifted on Tuesday.",
     {("---", "SYR", "085")}),
    ("Tokyo's sanctions against Myanmar have been lifted.", {("JPN", "MMR", "085")}),
    ("Sanctions against Libya and Sudan were lifted by the European Union on Monday.",
     {("IGO", "LBY", "085"), ("IGO", "SDN", "085")}),
    ("Canada lifted the sanctions imposed on Libya after the uprising.", {("CAN", "LBY", "085")}),
    ("Australia has decided to lift sanctions on Fiji.", {("AUS", "FJI", "085")}),
])
def test_an_easing_and_whom_it_is_aimed_at(code_coded: CodeCoded, sentence: str,
                                           expected: set[tuple[str, str, str]]) -> None:
    assert {(s, t, c) for s, t, c in code_coded(sentence)} == expected


@pytest.mark.parametrize("sentence", [
    # a relief or a threat of sanctions ended, a ban lifted, sanctions that stay
    "Sanctions relief for Cuba was suspended on Monday.",
    "The threat of sanctions against Cuba was removed.",
    "The ban on Cuban cigars was lifted.",
    "The sanctions on Cuba remain in place.",
])
def test_no_easing_of_sanctions(code_coded: CodeCoded, sentence: str) -> None:
    assert not [c for _, _, c in code_coded(sentence) if c.startswith("085")]


def test_the_imposer_told_before_eases_them(shared_coder: Coder) -> None:
    text = ("Canada imposed sanctions on Libya in 2011 after the uprising. "
            "The sanctions on Libya were lifted on Friday, officials said.")
    events = shared_coder.code_text(text, date=dt.date(2012, 3, 1))
    assert ("CAN", "LBY", "085") in {(e.source[:3], e.target[:3], e.code) for e in events}


def test_two_imposers_leave_the_easing_without_a_doer(shared_coder: Coder) -> None:
    text = ("Canada and Japan imposed sanctions on Libya in 2011 after the uprising. "
            "The sanctions on Libya were lifted on Friday, officials said.")
    eased = [e for e in shared_coder.code_text(text, date=dt.date(2012, 3, 1)) if e.code == "085"]
    assert [(e.source, e.target[:3]) for e in eased] == [("---", "LBY")]
