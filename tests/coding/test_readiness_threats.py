"""Readiness to answer another's provocation or attack is a warning to it (13), not an intent to cooperate (03):
"is ready to respond sternly to any provocation", "is fully prepared to counter an invasion". Readiness to answer
a proposal, or to resume talks, stays a cooperative intent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: (source country, target country, code) of each event of a sentence (the shared ``code_coded`` fixture)
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Greek navy is ready to respond firmly to any Turkish provocation in the Aegean.", ("GRC", "TUR", "130")),
    ("Taiwan stands ready to repel any Chinese invasion.", ("TWN", "CHN", "138")),
    ("The Armenian army remains fully ready to counter any Azerbaijani attack.", ("ARM", "AZE", "138")),
    ("Vietnam is prepared to deal with any Chinese intrusion into its waters.", ("VNM", "CHN", "130")),
    ("India has kept its forces ready to answer any Pakistani incursion across the line.", ("IND", "PAK", "130")),
])
def test_readiness_to_answer_hostility_is_a_threat(code_coded: CodeCoded, sentence: str,
                                                   expected: tuple[str, str, str]) -> None:
    coded = code_coded(sentence)
    assert expected in coded
    assert not [c for c in coded if c[2][:2] == "03"]


@pytest.mark.parametrize("sentence", [
    "Egypt is ready to respond positively to the Sudanese proposal for talks.",
    "Norway is ready to resume its aid to Somalia at any time.",
])
def test_readiness_to_cooperate_stays_an_intent(code_coded: CodeCoded, sentence: str) -> None:
    coded = code_coded(sentence)
    assert [c for c in coded if c[2][:2] == "03"]
    assert not [c for c in coded if c[2][:2] == "13"]
