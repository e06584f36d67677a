"""Senses of government and news prose, by class (sentences written for these tests, none from an evaluation set;
docs/coder.md, "Measures, steps and action against another").

Measures, steps or action a state takes against another, on a condition, or to answer another's acts are coercion
not specified (170) whatever their adjective: announced ("will take suitable measures against", "will take
decisive measures in the event of a further test", "has no other choice but to take countermeasures") they are a
warning (130); done ("took action against Peruvian fishing boats") they are the act. Measures to protect one's
citizens or to improve ties stay what they were, and "took part in the actions against" is no act of the state.
"""

from __future__ import annotations

import pytest
from test_senses6 import acts  # (source country, target country or ---, code) of each act a sentence reports

from detente.coding import Coder


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


@pytest.mark.parametrize("sentence", [
    "Chile will take appropriate measures against Peru.",
    "The Chilean government said it would take suitable steps against Peru.",
    "Chile will take all necessary measures if Peru tests another missile.",
    "Chile will take decisive measures in the event of a further missile test by Peru.",
    "Chile will respond with appropriate action to Peru's provocations.",
    "Chile will take countermeasures against Peru.",
    "Chile has no other choice but to take countermeasures against Peru.",
    "Chile is ready to take firm action against Peru.",
])
def test_measures_announced_against_another_are_a_warning(coder: Coder, sentence: str) -> None:
    found = acts(coder, sentence)
    assert ("CHL", "PER", "130") in found
    assert not any(c[:2] == "17" for _, _, c in found)


@pytest.mark.parametrize("sentence", [
    "Chile has taken action against Peruvian fishing boats.",
    "Chile took harsh measures against Peru last week.",
])
def test_measures_taken_against_another_are_coercion(coder: Coder, sentence: str) -> None:
    assert ("CHL", "PER", "170") in acts(coder, sentence)


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Chile will take measures to protect its citizens in Peru.", "033"),
    ("Chile took such criminal action as slapping economic sanctions against Peru.", "163"),
    ("Chile has no choice but to attack Peru.", "138"),
])
def test_other_measures_keep_their_code(coder: Coder, sentence: str, kept: str) -> None:
    found = acts(coder, sentence)
    assert any(c == kept for _, _, c in found)
    assert not any(c in ("130", "170") for _, _, c in found)


@pytest.mark.parametrize("sentence", [
    "Chilean students took part in the actions against Peru.",
    "Chile took steps to address the concerns of Peru.",
    "Chile will take measures to improve relations with Peru.",
])
def test_no_measure_against_another(coder: Coder, sentence: str) -> None:
    assert not any(c in ("130", "170") for _, _, c in acts(coder, sentence))


def test_no_choice_left_in_the_past_is_the_act(coder: Coder) -> None:
    found = acts(coder, "Chile had no choice but to attack Peru.")
    assert not any(c == "138" for _, _, c in found)
