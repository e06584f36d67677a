"""One state's organs and its people act together, never on each other (docs/coder.md, "One state's organs and its
people"). Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2011, 5, 5)


def _pairs(coder: Coder, text: str) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in coder.code_batch([(text, DAY, None, None)])[0]}


@pytest.mark.parametrize("text", [
    "The army and people of Lebanon will defend their country, he stressed.",
    "The army and people of Chad will defend their country, the spokesman stressed.",
])
def test_the_army_and_people_of_a_state_are_no_two_parties(coder: Coder, text: str) -> None:
    pairs = _pairs(coder, text)
    assert all(s[:3] != t[:3] for s, t in pairs), pairs


def test_two_states_of_a_joint_act_still_act_on_each_other(coder: Coder) -> None:
    pairs = _pairs(coder, "India and Pakistan signed an agreement in Oslo.")
    assert {("IND", "PAK"), ("PAK", "IND")} <= pairs


def test_a_government_and_its_opposition_stay_two_parties(coder: Coder) -> None:
    pairs = _pairs(coder, "The Venezuelan government and the Venezuelan opposition signed an agreement in Oslo.")
    assert ("VENGOV", "VENOPP") in pairs
