"""A statement issued to do an act, with the day it was issued between the two: the act is the statement's, and no
plain statement (010) is coded beside it (:mod:`detente.coding._statement_acts`). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2012, 3, 1)


def _pairs(country_coded: CountryCoded, sentence: str) -> set[tuple[str, str, str]]:
    return {(s, t, root) for s, t, root, _ in country_coded(sentence, DAY)}


@pytest.mark.parametrize(("sentence", "event"), [
    ("The Zambian Committee for Solidarity issued a statement on Feb. 20 condemning Japan for its moves to revive "
     "militarism.", ("ZMB", "JPN", "11")),
    ("A Danish friendship group made public a statement on Feb. 15 in denunciation of the U.S. sanctions against "
     "the DPRK.", ("DNK", "USA", "11")),
    ("The Kenyan party released a statement on Tuesday urging the U.S. to withdraw its troops from south Korea.",
     ("KEN", "USA", "02")),
    ("The Romanian association published an article praising Cuba's achievements in education.", ("ROM", "CUB", "05")),
    ("The Iranian government released a report on Monday accusing the U.S. of spying on its nuclear scientists.",
     ("IRN", "USA", "11")),
])
def test_the_act_a_statement_tells_is_its_senders_and_no_plain_statement(
        country_coded: CountryCoded, sentence: str, event: tuple[str, str, str]) -> None:
    pairs = _pairs(country_coded, sentence)
    assert event in pairs
    assert not any(root == "01" for _, _, root in pairs), pairs


@pytest.mark.parametrize(("sentence", "event"), [
    # a statement on a topic: no act told, the statement stays
    ("The Cuban Foreign Ministry issued a statement on Feb. 20 on the U.S. blockade.", ("CUB", "USA", "01")),
    # an act joined by "and" is the body's own, beside its statement
    ("The Syrian delegation issued a statement on Feb. 12 and met the Russian foreign minister.",
     ("SYR", "RUS", "01")),
    # what the statement says another must do: the demand, as before
    ("The Egyptian Foreign Ministry issued a statement on Feb. 10 saying that Israel must lift the blockade of Gaza.",
     ("EGY", "ISR", "10")),
])
def test_guards(country_coded: CountryCoded, sentence: str, event: tuple[str, str, str]) -> None:
    assert event in _pairs(country_coded, sentence)
