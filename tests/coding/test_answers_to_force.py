"""A statement's answer to the one state it tells using force, and an act of force aimed at the foe (sentences
written for these tests).

Statements on an attack or an invasion close with what their government will do, naming no one: "We will not
hesitate to take every measure to defend our citizens", "The United States is ready to impose further costs".
The act answers the state the text tells using force (coding.exchange), unless the text tells two such states or
the answering state is the one the force was used on.

A story of a border clash or a war tells acts of force that name no one: "Cambodia has also deployed troops in
the area", "both countries are reinforcing their troops", "the army declared a unilateral ceasefire". The act is
aimed at the one state the text tells its doer fighting, never when the doer fights several, when the sentence
names a third state, or when the act is told of civilians (the ones force is used on).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.exchange import exchange_targets
from detente.model import Event

DAY = dt.date(2023, 9, 20)


def _events(coder: Coder, sentences: list[str]) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for found in coder.code_many(sentences, date=DAY)
            for e in found}


def test_a_closing_warning_answers_the_attacker(coder: Coder) -> None:
    found = _events(coder, ["Azerbaijan launched a military assault on Armenian positions in Nagorno-Karabakh today.",
                            "The United States is deeply alarmed by the fighting.",
                            "We will not hesitate to take all necessary measures to protect our interests."])
    assert ("USA", "AZE", "13") in found


def test_sanctions_announced_after_an_invasion_are_aimed_at_the_invader(coder: Coder) -> None:
    found = _events(coder, ["The U.S. Department of the Treasury today imposed sweeping sanctions, in coordination "
                            "with allies.",
                            "The measures respond to the Russian invasion of Georgia, which began on Friday "
                            "when Russian forces attacked Georgian towns."])
    assert ("USA", "RUS", "16") in found


def test_two_states_using_force_leave_the_answer_without_target(coder: Coder) -> None:
    found = _events(coder, ["Armenian forces shelled Azerbaijani villages and Azerbaijani troops attacked "
                            "Armenian border posts.",
                            "The United States condemns the violence."])
    assert not any(s == "USA" and r == "11" for s, t, r in found if t != "---")


def _told(*events: Event) -> list[list[Event]]:
    return [[e] for e in events]


def test_the_victim_s_own_words_are_not_aimed_back() -> None:
    # the answer's own state is the one the force was used on: its act, told in a noun, stays unaimed
    coded = _told(Event(DAY, "USAMIL", "IRNMIL", "180", sentence="US forces struck Iranian officers."),
                  Event(DAY, "IRN", "---", "138", modality="intended", sentence="deterring Iranian attack plans"))
    assert exchange_targets(coded, [{"USA", "IRN"}, {"IRN"}])[1][0].target == "---"


def test_an_answer_naming_another_state_keeps_its_reading() -> None:
    coded = _told(Event(DAY, "RUS", "UKR", "190", sentence="Russia attacked Ukraine."),
                  Event(DAY, "USA", "---", "160", sentence="The US cut aid, Poland said."))
    assert exchange_targets(coded, [{"RUS", "UKR"}, {"USA", "POL"}])[1][0].target == "---"


def test_only_answers_are_aimed() -> None:
    # a promise or a meeting is no answer to the attacker
    coded = _told(Event(DAY, "RUS", "UKR", "190", sentence="Russia attacked Ukraine."),
                  Event(DAY, "USA", "---", "030", modality="intended", sentence="We will help."),
                  Event(DAY, "USA", "---", "128", sentence="It was a violation of the Charter."))
    out = exchange_targets(coded, [{"RUS", "UKR"}, {"USA"}, {"USA"}])
    assert out[1][0].target == "---" and out[2][0].target == "---"


def test_an_organisation_is_no_aggressor_and_its_answer_is_not_aimed() -> None:
    coded = _told(Event(DAY, "IGOUNO", "---", "190", sentence="UN forces fired."),
                  Event(DAY, "USA", "---", "111", sentence="The US condemned it."))
    assert exchange_targets(coded, [{"IGOUNO"}, {"USA"}])[1][0].target == "---"


@pytest.mark.parametrize(("later", "act"), [
    ("Bolivia has also deployed two thousand soldiers in the disputed valley.", ("BOL", "PRY", "15")),
    ("Bolivia's president announced a unilateral ceasefire on Sunday.", ("BOL", "PRY", "08")),
])
def test_a_later_act_of_force_is_aimed_at_the_foe(coder: Coder, later: str, act: tuple[str, str, str]) -> None:
    found = _events(coder, ["Paraguayan troops shelled Bolivian outposts in the Chaco on Friday.", later])
    assert act in found
    assert (act[0], "---", act[2]) not in found


def test_both_sides_reinforcing_aim_at_each_other(coder: Coder) -> None:
    found = _events(coder, ["Paraguayan troops shelled Bolivian outposts in the Chaco on Friday.",
                            "Both countries are reinforcing their garrisons along the frontier."])
    assert {("PRY", "BOL", "15"), ("BOL", "PRY", "15")} <= found


def test_an_act_naming_a_third_state_is_left_alone(coder: Coder) -> None:
    found = _events(coder, ["Paraguayan troops shelled Bolivian outposts in the Chaco on Friday.",
                            "Bolivia has also deployed soldiers near the border with Argentina."])
    assert ("BOL", "PRY", "15") not in found


def test_a_doer_fighting_two_states_has_no_one_foe() -> None:
    coded = _told(Event(DAY, "PRYMIL", "BOL", "190", sentence="Paraguayan troops attacked Bolivia."),
                  Event(DAY, "PRYMIL", "ARG", "190", sentence="Paraguayan troops attacked Argentina."),
                  Event(DAY, "PRY", "---", "154", sentence="Paraguay deployed troops."))
    assert exchange_targets(coded, [{"PRY", "BOL"}, {"PRY", "ARG"}, {"PRY"}])[2][0].target == "---"


def test_the_foe_alone_is_given() -> None:
    coded = _told(Event(DAY, "PRYMIL", "BOL", "190", sentence="Paraguayan troops attacked Bolivia."),
                  Event(DAY, "BOL", "---", "154", sentence="Bolivia deployed troops."))
    assert exchange_targets(coded, [{"PRY", "BOL"}, {"BOL"}])[1][0].target == "PRY"


@pytest.mark.parametrize(("source", "target", "code", "modality"), [
    ("BOLCVL", "---", "180", "occurred"),  # civilians told killed: the ones force is used on
    ("BOL", "---", "154", "intended"),  # not done
    ("BOL", "---", "040", "occurred"),  # no act of force
    ("BOL", "---CVL", "190", "occurred"),  # a target of its own, its country unknown
])
def test_what_keeps_no_target(source: str, target: str, code: str, modality: str) -> None:
    coded = _told(Event(DAY, "PRYMIL", "BOL", "190", sentence="Paraguayan troops attacked Bolivia."),
                  Event(DAY, source, target, code, modality=modality, sentence="It happened."))
    assert exchange_targets(coded, [{"PRY", "BOL"}, {"BOL"}])[1][0].target == target
