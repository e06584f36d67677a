"""A state that says another used force against it charges the other: its accusation (112), and the attack it
tells is its allegation, no act of the other told as fact (coding._struck_teller; docs/coder.md, "Force a state
says another used against it"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2016, 5, 4)


def _coded(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize("sentence", [
    "Chile's defence ministry said Peruvian troops shelled Chilean border posts overnight.",
    "The Chilean foreign ministry said a Peruvian patrol boat rammed a Chilean fishing vessel on Monday.",
    "Chile said Peru attacked a Chilean airbase with drones.",
    "The Chilean army said Peruvian forces had been attacking Chile for a week.",
])
def test_force_told_by_the_state_it_struck_is_its_charge(shared_coder: Coder, sentence: str) -> None:
    found = _coded(shared_coder, sentence)
    assert ("CHL", "PER", "11") in found
    assert not any(s == "PER" and t == "CHL" and c in ("18", "19", "20") for s, t, c in found)


@pytest.mark.parametrize(("sentence", "kept"), [
    # force on a third state: no charge by the teller, the act kept
    ("Chile said Peruvian troops shelled Bolivian border posts.", ("PER", "BOL", "19")),
    # the teller's own force
    ("Chile said its troops shelled Peruvian posts.", ("CHL", "PER", "19")),
    # a newspaper's account and a report are no state's charge
    ("A Chilean newspaper said Peruvian troops shelled Chilean border posts.", ("PER", "CHL", "19")),
    ("Chile reported that Peruvian troops shelled Chilean posts.", ("PER", "CHL", "19")),
    # the teller's account of its own fighting
    ("Chile said its troops had repelled an assault by Peru.", ("PER", "CHL", "19")),
    # force by an armed group of no state, and a confirmation
    ("Chile said Peruvian rebels attacked Chilean border posts.", ("PER", "CHL", "18")),
    ("Chile confirmed that Peruvian troops shelled Chilean posts.", ("PER", "CHL", "19")),
    # a private teller
    ("A Chilean historian said Peru attacked Chile.", ("PER", "CHL", "19")),
    # force told beside the words said, in the text's own voice
    ("Chile said on Tuesday, a day after Peruvian troops shelled Chilean posts, that talks would resume.",
     ("PER", "CHL", "19")),
])
def test_force_not_charged_by_the_state_struck_stays_as_told(shared_coder: Coder, sentence: str,
                                                             kept: tuple[str, str, str]) -> None:
    found = _coded(shared_coder, sentence)
    assert kept in found
    assert ("CHL", "PER", "11") not in found


def test_force_that_might_be_is_no_charge(shared_coder: Coder) -> None:
    assert ("CHL", "PER", "11") not in _coded(shared_coder, "Chile said Peruvian troops could attack Chilean posts.")
