"""Senses of news-report prose, by class (sentences written for these tests, none from an evaluation set;
docs/coder.md, "News reports: letters returned, stances, wrongs charged and talks to come").

A letter or note returned or sent back is a rejection aimed at its sender; an ambassador pulled out is recalled;
"is committed to defending X" promises X the defence; "says X is stealing oil" charges X with a wrong; talks
"slated for next month" and talks wanted or anticipated are to come, not held. The guards beside each class are
readings that must stay.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._modality import headline_infinitive, obliged, wished_for
from detente.coding._text import tokenize
from detente.coding.coder import reported_act

DAY = dt.date(2019, 5, 8)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def coded(coder: Coder, sentence: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country or ---, code, modality) of each act the sentence reports."""
    return {(e.source[:3], e.target[:3], e.code, e.modality) for e in coder.code_sentence(sentence, date=DAY)
            if reported_act(e)}


def low(sentence: str) -> list[str]:
    return [t.lower() for t in tokenize(sentence)]


# -- a letter returned or sent back ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Manila returned the diplomatic note sent by Beijing on Monday.", ("PHL", "CHN")),
        ("Hanoi said Friday it would return a protest letter sent by the Chinese foreign minister.", ("VNM", "CHN")),
        ("Chile will send back the letter from Bolivia's president, officials said.", ("CHL", "BOL")),
    ],
)
def test_a_letter_returned_or_sent_back_is_a_rejection_of_its_sender(coder: Coder, sentence: str,
                                                                     pair: tuple[str, str]) -> None:
    acts = coded(coder, sentence)
    assert any((s, t) == pair and code == "120" for s, t, code, _ in acts), acts
    assert not any(code.startswith("08") for _, _, code, _ in acts), acts  # no release, no return of property


def test_prisoners_returned_stay_a_release(coder: Coder) -> None:
    acts = coded(coder, "Peru returned three Chilean fishermen to Chile on Monday.")
    assert any(code == "084" for _, _, code, _ in acts), acts


def test_a_letter_welcomed_is_aimed_at_its_sender(coder: Coder) -> None:
    acts = coded(coder, "Quito welcomed the message sent by Peru.")
    assert ("ECU", "PER", "051", "occurred") in acts, acts


# -- an ambassador pulled out --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "In protest, Canada is pulling out its ambassador from Saudi Arabia.",
        "Canada pulled its envoy out of Riyadh on Monday.",
    ],
)
def test_an_ambassador_pulled_out_is_recalled(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert any((s, t, code) == ("CAN", "SAU", "161") for s, t, code, _ in acts), acts
    assert not any(code == "087" for _, _, code, _ in acts), acts


def test_troops_pulled_out_stay_a_withdrawal(coder: Coder) -> None:
    acts = coded(coder, "Armenia pulled its troops out of the border village on Monday.")
    assert any(code == "087" for _, _, code, _ in acts), acts


# -- a stance that promises an act ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("The United States is committed to defending the Philippines.", ("USA", "PHL")),
        ("President Obama said on Friday that the U.S. was committed to defending Japan.", ("USA", "JPN")),
        ("Britain remains firmly committed to protecting Estonia if it is attacked by Russia.", ("GBR", "EST")),
        ("Japan is determined to support Ukraine.", ("JPN", "UKR")),
    ],
)
def test_a_stance_of_commitment_promises_the_act_to_its_object(coder: Coder, sentence: str,
                                                               pair: tuple[str, str]) -> None:
    acts = coded(coder, sentence)
    assert any((s, t) == pair and code.startswith("03") for s, t, code, _ in acts), acts


# -- a wrong charged in what is said ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Belarus says Lithuania is siphoning oil from the pipeline.", ("BLR", "LTU")),
        ("Officials in Minsk said Thursday that Poland was spying on Belarusian troops.", ("BLR", "POL")),
        ("Caracas says Bogota is meddling in its affairs.", ("VEN", "COL")),
    ],
)
def test_saying_another_state_is_doing_a_wrong_is_a_criticism(coder: Coder, sentence: str,
                                                             pair: tuple[str, str]) -> None:
    acts = coded(coder, sentence)
    assert any((s, t) == pair and code == "111" for s, t, code, _ in acts), acts


def test_a_wrong_denied_in_what_is_said_is_no_criticism(coder: Coder) -> None:
    acts = coded(coder, "Belarus says Lithuania is not stealing oil.")
    assert not any(code.startswith("11") for _, _, code, _ in acts), acts


def test_a_denial_of_the_charge_answers_its_maker(coder: Coder) -> None:
    events = coder.code_text("Belarus says Lithuania is stealing oil. Lithuanian officials deny this.", date=DAY)
    pairs = {(e.source[:3], e.target[:3], e.code) for e in events}
    assert ("LTU", "BLR", "016") in pairs, pairs


# -- talks to come ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between Greece and Turkey scheduled for Monday will focus on the islands.",
        "The dispute has delayed talks between Peru and Chile that were slated for April.",
        "The summit between India and China, planned for May, was the subject of the call.",
        "Talks between Sudan and Chad that were set to begin Monday were postponed.",
        "Chile wants a results-oriented dialogue with Peru.",
        "The Chilean envoy told reporters she anticipated useful talks with Peruvian officials.",
        "Chile looks forward to talks with Peru next week.",
    ],
)
def test_talks_set_wanted_or_anticipated_are_to_come(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert not any(code.startswith("04") and modality == "occurred" for _, _, code, modality in acts), acts
    assert any(code == "036" and modality == "intended" for _, _, code, modality in acts), acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between Sudan and Chad were held in Doha on Monday.",
        "The storm delayed talks between Greece and Turkey.",
        "Greece and Turkey held talks on Monday, as both wanted.",
    ],
)
def test_talks_held_or_delayed_stay_held(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert any(code.startswith("04") and modality == "occurred" for _, _, code, modality in acts), acts


# -- the readings alone ---------------------------------------------------------------------------------------------

def test_wished_for_reads_the_verb_before_the_event_noun() -> None:
    words = low('The envoy said she anticipated "useful" talks')
    assert wished_for(words[:-1])
    assert wished_for(low("looks forward to the"))
    assert not wished_for(low("wanted it known that the"))
    assert not wished_for(low("held"))


# -- a council meeting called ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    ["Chile called Monday's meeting of the Security Council on the border clashes.",
     "Chile called an emergency session of the Security Council on Monday."],
)
def test_a_council_meeting_called_by_a_member_is_requested_of_it(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert ("CHL", "IGO", "020", "occurred") in acts, acts
    assert not any(code.startswith("04") for _, _, code, _ in acts), acts


def test_calling_a_meeting_productive_stays_a_comment(coder: Coder) -> None:
    acts = coded(coder, "Chile called the meeting with Peru productive.")
    assert not any(code == "020" for _, _, code, _ in acts), acts


# -- a call held -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Chile's foreign minister held separate calls on May 12 with Peru's foreign minister and Bolivia's "
         "foreign minister.", {("CHL", "PER"), ("CHL", "BOL")}),
        ("Chile's foreign minister held a call with Peru's foreign minister on Monday.", {("CHL", "PER")}),
    ],
)
def test_a_call_held_is_a_telephone_call_not_an_appeal(coder: Coder, sentence: str,
                                                       pairs: set[tuple[str, str]]) -> None:
    acts = coded(coder, sentence)
    assert {(s, t) for s, t, code, _ in acts if code == "041"} == pairs, acts
    assert not any(code.startswith("02") for _, _, code, _ in acts), acts


def test_calling_on_another_stays_an_appeal(coder: Coder) -> None:
    assert ("CHL", "PER", "020", "occurred") in coded(coder, "Chile called on Peru to withdraw its troops.")


# -- a headline's act to come -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chilean President to Visit Peru", ("CHL", "PER", "036", "intended")),
        ("Peru to Impose Sanctions on Chile", ("PER", "CHL", "131", "intended")),
    ],
)
def test_a_headline_infinitive_is_an_act_to_come(coder: Coder, sentence: str,
                                                 expected: tuple[str, str, str, str]) -> None:
    acts = coded(coder, sentence)
    assert any((s, t, m) == (expected[0], expected[1], expected[3]) and code[:2] == expected[2][:2]
               for s, t, code, m in acts), acts
    assert not any(m == "occurred" and code[:2] in ("04", "16") for _, _, code, m in acts), acts


@pytest.mark.parametrize(
    "sentence",
    ["Chilean Ministers Visit Peruvian Embassy to Mourn Victims",
     "CHILEAN PRESIDENT TO VISIT PERU"],
)
def test_a_purpose_after_a_headline_verb_or_a_headline_in_capitals_is_left_as_told(coder: Coder,
                                                                                    sentence: str) -> None:
    acts = coded(coder, sentence)
    assert any(m == "occurred" for _, _, _, m in acts), acts


def test_headline_infinitive_needs_title_case_and_an_act_of_the_list() -> None:
    words = tokenize("Chilean President to Visit Peru")
    assert headline_infinitive(words, 3)
    assert not headline_infinitive(tokenize("CHILEAN PRESIDENT TO VISIT PERU"), 3)
    assert not headline_infinitive(tokenize("Chileans Meet to Condemn Peru"), 3)


@pytest.mark.parametrize(
    ("headline", "verb"),
    [("U.S. to Impose New Sanctions on Peru", 2), ("UN to Send Observers to Chile", 2),
     ("PRC to Boost Cooperation with Peru", 2), ("Peru to Block Chilean Ships", 2),
     ("Chile to Set Up Embassy in Lima", 2), ("Peru to Establish Ties with Chile", 2),
     ("Chile to Dispatch Troops to Peru", 2), ("Peru to Quit Treaty with Chile", 2)],
)
def test_an_acronym_subject_and_any_deed_announce_an_act_to_come(headline: str, verb: int) -> None:
    assert headline_infinitive(tokenize(headline), verb)


@pytest.mark.parametrize(
    ("headline", "verb"),
    [("Chile Urged to Impose Sanctions on Peru", 3), ("Peru Forced to Expand Settlements", 3),
     ("Peru Not to Quit Treaty", 3), ("Chile to Blame for Tension", 2), ("Rally Held to Denounce Peru", 3),
     ("Ministers Meet in Lima to Condemn Chile", 5), ("U.S. TO IMPOSE NEW SANCTIONS ON PERU", 2),
     ("the U.S. plans to impose sanctions on Peru", 4)],
)
def test_a_verb_or_a_word_of_saying_around_to_is_no_headline_act(headline: str, verb: int) -> None:
    assert not headline_infinitive(tokenize(headline), verb)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Peru to Block Chilean Ships", ("PER", "CHL", "intended")),
     ("Peru to Establish Diplomatic Relations with Chile", ("PER", "CHL", "intended"))],
)
def test_a_wider_headline_act_is_to_come(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    acts = coded(coder, sentence)
    assert any((s, t, m) == expected for s, t, _, m in acts), acts
    assert not any(m == "occurred" for _, _, _, m in acts), acts


# -- what another state "needs to" or "has to" do ------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    ["Chile said Peru needs to withdraw its troops from the border.",
     "Chile said Peru has to withdraw its troops from the border."],
)
def test_what_another_needs_or_has_to_do_is_demanded_of_it(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert ("CHL", "PER", "100", "occurred") in acts, acts
    assert not any(code.startswith("08") and modality == "occurred" for _, _, code, modality in acts), acts


@pytest.mark.parametrize(
    "sentence",
    ["Peru has to withdraw its troops from the border.", "Peru has to immediately lift the blockade of Bolivia."],
)
def test_an_act_one_has_to_do_is_not_done(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert not any(modality == "occurred" and code[:2] == "08" for _, _, code, modality in acts), acts


def test_obliged_reads_has_to_but_not_will_have_to() -> None:
    assert obliged(low("Peru has to"))
    assert obliged(low("Peru has to immediately"))
    assert not obliged(low("Peru will have to"))
    assert not obliged(low("Peru wants to"))
