"""A reporter's request for comment is no appeal by anyone, and a coast guard's water cannon is force used on a
vessel: two lines of wire copy read wrongly before (the embassy that "did not reply to a message seeking comment"
appealed; "fired water cannons at Philippine boats" was nothing).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2024, 3, 9)


@pytest.mark.parametrize("text", [
    "The Chinese Embassy in Manila did not immediately reply to a message seeking comment.",
    "The Russian foreign ministry did not respond to a request for comment.",
    "Japan's embassy in Seoul did not immediately respond to requests for comment on Tuesday.",
    "Reuters sought comment from the Indian foreign ministry.",
])
def test_a_request_for_comment_is_no_appeal(coder: Coder, text: str) -> None:
    assert not [e for e in coder.code_sentence(text, date=DAY) if e.code.startswith("02")]


@pytest.mark.parametrize(("text", "pair"), [
    ("Chinese coast guard vessels fired water cannons at Philippine boats on Tuesday.", ("CHN", "PHL")),
    ("The Chinese coast guard blasted a Vietnamese fishing boat with a water cannon.", ("CHN", "VNM")),
])
def test_a_water_cannon_fired_at_a_vessel_is_force(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "175") in {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "pair"), [
    ("The European Union adopted new sanctions against Belarus on Monday.", ("IGO", "BLR")),
    ("Washington enacted economic sanctions against Iran in May.", ("USA", "IRN")),
    ("Canada introduced sanctions on Russian officials on Friday.", ("CAN", "RUS")),
    ("Britain hit Iran with fresh sanctions on Tuesday.", ("GBR", "IRN")),
])
def test_the_other_verbs_of_sanctions(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "163") in {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize("text", [
    "The European Union adopted a resolution welcoming the talks with Belarus.",
    "Washington discussed applying pressure through diplomacy with Iran.",
])
def test_no_sanctions_named_no_sanctions(coder: Coder, text: str) -> None:
    assert "163" not in {e.code for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "pair"), [
    ("The United States condemns Iran's attack on Israel in the strongest terms.", ("USA", "IRN")),
    ("The European Union welcomes Serbia's decision to join the talks.", ("IGO", "SRB")),
])
def test_a_statement_in_the_present_on_another_states_act(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    pairs = {(e.source[:3], e.target[:3]) for e in coder.code_sentence(text, date=DAY)}
    assert pair in pairs, pairs
    assert all(s != pair[1] or t != "---" for s, t in pairs), pairs  # the one spoken of is no co-speaker
