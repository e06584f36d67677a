"""Sense and polarity: the verb's reading that CAMEO codes, each on sentences written for its pattern."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2020, 6, 1)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    # a vow of retaliation is a threat, never an intent to cooperate; a hypothetical attack ("any attack") is none
    ("The president of Chile vowed a crushing response to any attack by Peru.", {("CHLGOV", "PER", "130")}),
    ("Egypt vowed swift retaliation against Sudan.", {("EGY", "SDN", "130")}),
    ("Kenya pledged revenge against Somalia.", {("KEN", "SOM", "130")}),
    # easing pressure is a concession, not coercion
    ("Canberra eased pressure on Jakarta.", {("AUSGOV", "IDNGOV", "080")}),
    # walking out of or away from talks halts negotiations; it is no intention to meet
    ("The Indian foreign minister walked out of the meeting with Pakistan.", {("INDGOV", "PAK", "164")}),
    ("Iran walked away from talks with France.", {("IRN", "FRA", "164")}),
    # a state's protest is a diplomatic complaint (114); people in the street demonstrate (14)
    ("China protested to Japan over the visit.", {("CHN", "JPN", "114")}),
    ("Students protested against the United States.", {("---EDU", "USA", "140")}),
])
def test_sense_and_polarity(coder: Coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _coded(coder, text) == expected
