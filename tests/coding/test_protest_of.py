"""The protest "of" an actor is that actor's protest ("the strong protest of the Malaysian government"): the actor
protests, a government's protest being its diplomatic protest (114); a protest "of" an act is aimed at the act's
doer (docs/coder.md, "The protest of a government")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 4, 14)


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "protester_code"), [
    ("The ambassador conveyed the strong protest of the Malaysian government to the Indonesian envoy.", "MYSGOV"),
    ("The treaty was ratified despite the strong protest of the Greek government.", "GRCGOV"),
])
def test_the_government_of_the_protest_protests(coder: Coder, text: str, protester_code: str) -> None:
    coded = _coded(coder, text)
    assert any(e[0] == protester_code and e[2] == "114" for e in coded), coded
    assert not [e for e in coded if e[1] == protester_code], coded


@pytest.mark.parametrize(("text", "event"), [
    ("The Japanese side lodged a protest of the Chinese incursion.", ("JPN", "CHN", "114")),
    ("The Peruvian government filed a diplomatic protest with Chile.", ("PERGOV", "CHL", "114")),
    ("Thousands of Peruvians staged a protest against the Chilean decision.", ("PERCVL", "CHL", "141")),
    # the "of" phrase of another noun is untouched
    ("Chile criticized the visit of the Peruvian president.", ("CHL", "PERGOV", "111")),
])
def test_other_protests_stay(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    assert event in _coded(coder, text)

