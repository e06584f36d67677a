"""Talks in the object of a hosting, attending or sending still to come are not held
(:mod:`detente.coding._hosted_ahead`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Norway will host a new round of the Colombia-Venezuela dialogue in Oslo next month.", ("COL", "VEN")),
    ("Kazakhstan will host the Iran-Russia consultations on Tuesday.", ("IRN", "RUS")),
    ("The EU will host a high-level meeting of the Belgrade-Pristina dialogue in Brussels on June 26.",
     ("SRB", "KSV")),
    ("The United States will be sending a representative to the cease-fire talks between Syria and Turkey in "
     "Astana.", ("SYR", "TUR")),
])
def test_talks_under_a_hosting_to_come_are_not_held(country_coded: CountryCoded, sentence: str,
                                                     pair: tuple[str, str]) -> None:
    events = country_coded(sentence, DAY)
    a, b = pair
    held = {e for e in events if {e[0], e[1]} == {a, b} and e[3] == "occurred"}
    assert not held, held
    assert any({e[0], e[1]} == {a, b} and e[3] == "intended" for e in events), events


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Norway hosted a new round of the Colombia-Venezuela dialogue in Oslo last month.", ("COL", "VEN")),
    ("The Turkish president attended the meeting of the Armenian and Azerbaijani leaders in Prague.",
     ("TUR", "ARM")),
])
def test_talks_hosted_or_attended_are_held(country_coded: CountryCoded, sentence: str,
                                           pair: tuple[str, str]) -> None:
    a, b = pair
    assert any({e[0], e[1]} == {a, b} and e[2] == "04" and e[3] == "occurred"
               for e in country_coded(sentence, DAY))


def test_a_future_verb_of_speech_leaves_past_talks_alone(country_coded: CountryCoded) -> None:
    """Only verbs of holding, attending or sending carry their future to the talks: talks discussed may be past."""
    events = country_coded("Iran and Russia said on Friday that they will praise the Iran-Russia consultations "
                           "held in Moscow last week.", DAY)
    assert not any(e[3] == "intended" and e[2] == "04" for e in events), events
