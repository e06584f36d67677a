"""The purpose of an active summons is the summoner's (sentences written for these tests, none from an evaluation
set; docs/coder.md, "A summons and what it is for").

"Vietnam summoned on Tuesday Beijing's ambassador to Hanoi to protest the seizure of its fishing boats": the parser
may hang "to protest" on "ambassador", which made the ambassador the protester. The guards: an envoy sent to
protest protests for the sender, and an envoy summoned in the passive keeps its reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2014, 5, 6)


def pairs(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnam summoned on Tuesday Beijing's ambassador to Hanoi to protest the seizure of its fishing boats.",
        "Vietnam summoned on Tuesday Beijing's ambassador to Hanoi to protest China's seizure of a Vietnamese boat.",
        "Vietnam summoned China's ambassador to lodge a protest over the oil rig.",
        "The Vietnamese foreign ministry summoned the Chinese ambassador in Hanoi to lodge a protest against the rig.",
    ],
)
def test_the_summoner_protests_to_the_envoys_state(shared_coder: Coder, sentence: str) -> None:
    found = pairs(shared_coder, sentence)
    assert ("VNM", "CHN", "11") in found, found
    assert not any(s == "CHN" and root == "11" for s, _, root in found), found


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # the passive summons, read before this rule
        ("The Chinese ambassador was summoned to the Vietnamese foreign ministry, where a protest was lodged.",
         ("VNM", "CHN", "11")),
    ],
)
def test_the_passive_summons_stays(shared_coder: Coder, sentence: str, pair: tuple[str, str, str]) -> None:
    assert pair in pairs(shared_coder, sentence)


def test_an_envoy_sent_to_protest_protests_for_the_sender(shared_coder: Coder) -> None:
    found = pairs(shared_coder, "China sent its ambassador to Hanoi to protest the arrests of Chinese fishermen.")
    assert any(s == "CHN" and root == "11" for s, _, root in found), found
    assert not any(s == "VNM" for s, _, _ in found), found
