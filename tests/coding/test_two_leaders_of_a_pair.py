""""The two presidents", "the two leaders" with no leader named before stand for the heads of the last two states
told, when the sentence names one of them before the words: "Russia shelled Kharkiv. Ukraine proposed talks between
the two presidents" proposes talks to Russia's government (coding.coref, the two sides of a story). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2016, 9, 20)


def _events(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code[:2]) for e in coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia shelled Kharkiv on Monday. Ukraine proposed direct talks between the two presidents.",
     ("UKR", "RUSGOV", "03")),
    ("Azerbaijan closed its border with Armenia. Armenia proposed a meeting between the two presidents.",
     ("ARM", "AZEGOV", "03")),
    ("Ghana and Togo quarreled over water on Monday. Togo proposed talks between the two leaders.",
     ("TGO", "GHAGOV", "03")),
])
def test_the_two_leaders_after_a_state_of_the_pair_are_the_pair(shared_coder: Coder, text: str,
                                                                expected: tuple[str, str, str]) -> None:
    assert expected in _events(shared_coder, text)


def test_leaders_named_before_stay_the_two_leaders(shared_coder: Coder) -> None:
    events = _events(shared_coder, "Vladimir Putin met Recep Tayyip Erdogan in Sochi. China welcomed the talks "
                                   "between the two leaders.")
    assert {("CHN", "RUSGOV", "05"), ("CHN", "TURGOV", "05")} <= events


def test_no_state_before_the_words_guesses_no_pair(shared_coder: Coder) -> None:
    # nothing in the sentence names a state of the pair: no government is guessed for "the two presidents"
    events = _events(shared_coder, "Russia shelled Kharkiv on Monday. The two presidents spoke by telephone.")
    assert all(t[:3] not in ("RUS", "UKR") or t[3:] != "GOV" for _, t, _ in events)
