"""Conditions and their consequences: what a condition clause tells ("if Peru attacks", "should Lima send troops",
"in the event of a further test") did not happen and is nobody's threat; the main clause it governs, told with
"will", "would" or "shall", is announced, and a hostile one is a threat to the one whose act the condition names
("Chile will respond with a merciless strike if Peru provokes a war": Chile -> Peru 138); a pledge to guard
another against an attacker the condition names is a threat to that attacker besides the pledge. A letting denied
ahead in the other shapes speech gives it ("are not going to allow", "can never allow", "will not be allowed") is a
warning (130) as "will not allow" is; one denied in the past or refused stays as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import reported_act

DAY = dt.date(2012, 5, 8)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def coded(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country or ---, code) of each act the sentence reports."""
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(sentence, date=DAY) if reported_act(e)}


@pytest.mark.parametrize(
    ("sentence", "threat"),
    [("If Bolivia provokes a war, Chile will respond with a merciless strike.", ("CHL", "BOL", "138")),
     ("If Ecuador attacks our ships, the Chilean navy will answer it with a tougher step.", ("CHL", "ECU", "130")),
     ("Should Bolivia mount an attack on Chile, the Chilean army will react with a crushing counterattack.",
      ("CHL", "BOL", "138")),
     ("Paraguay would defend Uruguay if it were attacked by Argentina.", ("PRY", "ARG", "138")),
     ("The minister said Brazil was committed to defending Uruguay if it is attacked by Argentina.",
      ("BRA", "ARG", "138"))],
)
def test_a_hostile_consequence_is_a_threat_to_the_one_the_condition_names(
        coder: Coder, sentence: str, threat: tuple[str, str, str]) -> None:
    acts = coded(coder, sentence)
    assert threat in acts, acts


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [("Should Bolivia mount an attack on Chile, the Chilean army will strongly counter it.", "BOL"),
     ("Chile will attack Bolivia should Paraguay send troops across the border.", "PRY"),
     ("If the Bolivian forces fire on the island again, they will face a merciless strike by the Chilean army.",
      "BOL")],
)
def test_the_act_a_condition_tells_is_no_act_and_no_threat_by_its_doer(
        coder: Coder, sentence: str, doer: str) -> None:
    acts = coded(coder, sentence)
    assert not any(source == doer for source, _, _ in acts), acts


@pytest.mark.parametrize(
    "sentence",
    ["If Bolivia had attacked, Chile would have responded with a merciless strike.",
     "If Bolivia wants to end its crisis, the best way would be to end the invasions of Peru."],
)
def test_a_counterfactual_or_a_copula_after_a_condition_announces_no_threat(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert not any(code[:2] == "13" for _, _, code in acts), acts


@pytest.mark.parametrize(
    ("sentence", "act"),
    [("Chile will resume talks with Bolivia if La Paz withdraws its troops.", ("CHL", "BOL", "036")),
     ("Chile answered the Bolivian shelling with artillery fire.", ("CHL", "BOL", "190")),
     ("Chile will impose sanctions on Bolivia if La Paz resumes its missile tests.", ("CHL", "BOL", "131")),
     ("Chile defended Uruguay when it was attacked by Argentina.", ("CHL", "URY", "052"))],
)
def test_what_stays_as_it_was(coder: Coder, sentence: str, act: tuple[str, str, str]) -> None:
    acts = coded(coder, sentence)
    assert act in acts, acts
    assert not any(code[:2] == "13" and target != act[1] for _, target, code in acts), acts


def test_a_pledge_to_guard_with_a_peaceful_condition_warns_nobody(coder: Coder) -> None:
    acts = coded(coder, "Chile will defend Uruguay if Argentina asks for talks.")
    assert not any(code[:2] == "13" for _, _, code in acts), acts


def test_a_war_named_as_a_means_is_no_retaliation(coder: Coder) -> None:
    acts = coded(coder, "Chile answered the Bolivian proposal with war drills.")
    assert not any(code[:2] == "19" for _, _, code in acts), acts


@pytest.mark.parametrize(
    ("sentence", "warning"),
    [("Ecuador is not going to allow Colombia to build a base on the islands.", ("ECU", "COL", "130")),
     ("The Ecuadorian president said Ecuador is not going to allow Colombia to have nuclear weapons.",
      ("ECU", "COL", "130")),
     ("Ecuador can never allow Colombia to station troops near its border.", ("ECU", "COL", "130")),
     ("Colombia will not be allowed to have nuclear weapons, the Ecuadorian president said.", ("---", "COL", "130"))],
)
def test_a_letting_denied_ahead_is_a_warning(coder: Coder, sentence: str, warning: tuple[str, str, str]) -> None:
    acts = coded(coder, sentence)
    assert warning in acts, acts
    assert not any(code[:2] == "12" for _, _, code in acts), acts


@pytest.mark.parametrize(
    "sentence",
    ["Ecuador did not allow Colombia to build a base on the islands.",
     "Ecuador could not allow Colombia to build a base on the islands.",
     "Colombia was not allowed to send observers to the Ecuadorian vote."],
)
def test_a_letting_denied_in_the_past_is_no_warning(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert not any(code[:2] == "13" for _, _, code in acts), acts


def test_a_letting_refused_stays_a_refusal(coder: Coder) -> None:
    acts = coded(coder, "Ecuador refused to allow Colombian inspectors to enter the site.")
    assert any(code[:2] == "12" for _, _, code in acts), acts
    assert not any(code[:2] == "13" for _, _, code in acts), acts
