"""What a teller says another state must, should or needs to do is its demand (10) or appeal (02) on that state
whatever the verb, and nothing the state is told to do is an act (sentences written for these tests, none from an
evaluation set; docs/coder.md, "What another state must do, whatever the verb").

The guards keep a course a list of states shares, a state's obligation on itself, a state named inside a
preposition's phrase, a passive after the modal and a question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from detente.coding import Coder

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


def roots(code_coded: CodeCoded, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of each event of the sentence."""
    return {(s, t, c[:2]) for s, t, c in code_coded(sentence)}


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # "needs to" with no act of the lexicon after it
        ("Ghana said Togo needs to stop all provocative acts and improve the situation by lifting the blockade of "
         "the port.", ("GHA", "TGO", "10")),
        # a quotation with its teller after it
        ('"Chile has to halt all provocations and respect the treaty," the Peruvian foreign minister added.',
         ("PER", "CHL", "10")),
        # "should": an appeal
        ("Egypt's foreign minister said Israel should shoulder the blame for the collapse of the talks.",
         ("EGY", "ISR", "02")),
    ],
)
def test_what_another_state_must_or_should_do_is_asked_of_it(code_coded: CodeCoded, sentence: str,
                                                             told: tuple[str, str, str]) -> None:
    assert told in roots(code_coded, sentence)


def test_an_act_coordinated_in_the_obligation_is_not_done(shared_coder: Coder) -> None:
    events = shared_coder.code_sentence("Peru said Chile must stop building the wall and lift the blockade of the "
                                        "port.", date=dt.date(2012, 3, 1))
    assert ("PER", "CHL", "100") in {(e.source[:3], e.target[:3], e.code) for e in events}
    lifted = [e for e in events if e.code[:2] == "08" and e.source[:3] == "CHL"]
    assert lifted and all(e.modality == "hypothetical" for e in lifted)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # a list of states: a course the teller's side may share
        ("The White House said that the United States and China must manage the competition responsibly.",
         ("USA", "CHN")),
        # a state's obligation on itself
        ("Nepal's prime minister said Nepal must strengthen its defence.", ("NPL", "NPL")),
        # a state inside a preposition's phrase
        ("Pakistan's foreign minister said relations with the United States should be based on trust.",
         ("PAK", "USA")),
        # a passive after the modal
        ("India's foreign minister said Pakistan should be punished for the attack.", ("IND", "PAK")),
        # a question
        ("Japan's foreign minister asked reporters what China should do next?", ("JPN", "CHN")),
    ],
)
def test_no_demand_or_appeal_is_read(code_coded: CodeCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert not any((s, t) == pair and c in ("02", "10") for s, t, c in roots(code_coded, sentence))
