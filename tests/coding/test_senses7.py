"""Senses of government and news prose, by class (sentences written for these tests, none from an evaluation set;
docs/coder.md, "Rules said to be broken, gratitude and pleasure, stances denied, consequences").

A state that says another's act violates, breached or flouts a rule, or stands "in violation of" it, criticises
that state (111), as "said the launch is a violation of" does; not when the breaking is denied, only possible, a
passive ("rights are being violated") or a pronoun's own act. Being grateful or thankful to a state, or pleased
with what it did, is praise (051); the state whose act a stance's "that" clause names is its target ("pleased that
Peru released the crew"). A stance told with "be" and denied right after ("is not concerned about") did not happen.
An act a state says "will have (serious) consequences" is its warning (130) to the state that did it, unless the
consequences are for something else ("for the economy").
"""

from __future__ import annotations

import pytest
from test_senses6 import acts  # (source country, target country or ---, code) of each act a sentence reports

from detente.coding import Coder


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


@pytest.mark.parametrize(("sentence", "charge"), [
    ("Chile said Bolivia's claim violates the 1904 treaty.", ("CHL", "BOL", "111")),
    ("The Indian foreign minister told Pakistan that its shelling violated the ceasefire agreement.",
     ("IND", "PAK", "111")),
    ("Spain said the Moroccan measures breached the fisheries agreement.", ("ESP", "MAR", "111")),
    ("Egypt said Ethiopia's dam flouts international law.", ("EGY", "ETH", "111")),
    ("The Swedish government said Russian aircraft flew in clear violation of its airspace rules.",
     ("SWE", "RUS", "111")),
])
def test_a_rule_said_to_be_broken_by_another_is_criticism_of_it(coder: Coder, sentence: str,
                                                                 charge: tuple[str, str, str]) -> None:
    assert charge in acts(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "Russia said its exercises do not violate the treaty with Norway.",
    "Russia said the exercises violated no agreement with Norway.",
    "Russia said it had violated the treaty with Norway once, in 1990.",
    "Peru said its rights are being violated in the border area with Ecuador.",
    "Iran said that if its territory is violated by Iraq, it will respond.",
    "Norway said its fishing fleet was not in breach of the accord with Russia.",
])
def test_a_breaking_denied_passive_conditional_or_one_s_own_is_no_criticism(coder: Coder, sentence: str) -> None:
    assert not any(c == "111" for _, _, c in acts(coder, sentence))


@pytest.mark.parametrize(("sentence", "praise"), [
    ("The Kenyan president is grateful to Uganda for its support.", ("KEN", "UGA", "051")),
    ("Brazil said it is very pleased with the assistance of the Chilean government.", ("BRA", "CHL", "051")),
    ("The United States is very pleased that Colombia released the hostages.", ("USA", "COL", "051")),
    ("The United States welcomed that Colombia released the hostages.", ("USA", "COL", "051")),
    ("Chile is very pleased that it was settled calmly by the Government of Bolivia.", ("CHL", "BOL", "051")),
])
def test_gratitude_and_pleasure_at_a_state_are_praise_of_it(coder: Coder, sentence: str,
                                                            praise: tuple[str, str, str]) -> None:
    assert praise in acts(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "Chile said it is pleased that the talks with Peru went well.",
    "We are pleased to announce that the talks with Peru will resume.",
])
def test_a_state_named_further_in_the_clause_is_not_what_pleases(coder: Coder, sentence: str) -> None:
    assert not any(t == "PER" and c == "051" for _, t, c in acts(coder, sentence))


@pytest.mark.parametrize("sentence", [
    "Spain is not pleased with the French decision.",
    "The minister said Spain is not concerned about the French decision.",
    "Spain is no longer grateful to France.",
])
def test_a_stance_denied_after_be_did_not_happen(coder: Coder, sentence: str) -> None:
    assert not any(s == "ESP" and t == "FRA" for s, t, _ in acts(coder, sentence))


def test_a_stance_said_the_more_and_an_outlook_denied_are_still_told(coder: Coder) -> None:
    assert ("ESP", "FRA", "111") in acts(coder, "Spain is not only concerned about the French decision but angry.")
    found = acts(coder, "Japan said it is not optimistic about the talks with China.")
    assert any(s == "JPN" and t == "CHN" and c[:2] == "01" for s, t, c in found)


@pytest.mark.parametrize(("sentence", "threat"), [
    ("Japan told China that such actions would have serious consequences.", ("JPN", "CHN", "130")),
    ("The State Department said that any further attacks by Syria will have consequences.", ("USA", "SYR", "130")),
    ("France said Mali's decision will have consequences for their relations.", ("FRA", "MLI", "130")),
])
def test_an_act_said_to_have_consequences_is_a_warning_to_its_doer(coder: Coder, sentence: str,
                                                                   threat: tuple[str, str, str]) -> None:
    assert threat in acts(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "Brazil said the Chinese decision will have consequences for the economy.",
    "Brazil said the decision will have consequences for Brazil.",
    "Brazil said the Chinese decision will not have consequences.",
    "Brazil said the Chinese decision has had consequences.",
])
def test_consequences_forecast_denied_or_past_are_no_warning(coder: Coder, sentence: str) -> None:
    assert not any(c[:2] == "13" for _, _, c in acts(coder, sentence))
