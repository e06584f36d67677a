"""What was done, by class of verb (sentences written for these tests, none from an evaluation set).

Sanctions under their other names and verbs (measures, export controls, tariffs; extended, renewed, slapped,
announced; imposed in the passive) are 16x; a negated hesitation is resolve, no refusal; a report that calls
another's act absurd, insufficient or baseless is a criticism (11), not a bare statement (01); recognizing a fact
or a need is a statement, not diplomatic recognition (054); what an atmosphere, a climate or a venue is for has
not happened; a date naming a document ("the March 4 Joint Declaration") dates no other act; a month named alone
puts no event on the first of the month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from detente.coding import UNDATED, Coder

#: the conftest's country_coded fixture: (source country, target country, root, modality) of a sentence's events
CountryCoded = Callable[[str, dt.date], set[tuple[str, str, str, str]]]
DAY = dt.date(2021, 6, 17)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan imposed new measures against Russian banks.", ("JPN", "RUS", "16", "occurred")),
        ("The European Union extended its sanctions on Belarus for another year.", ("IGO", "BLR", "16", "occurred")),
        ("Canada renewed its sanctions against Myanmar's military rulers.", ("CAN", "MMR", "16", "occurred")),
        ("Australia slapped sanctions on Iranian officials.", ("AUS", "IRN", "16", "occurred")),
        ("Washington placed export controls on Chinese chipmakers.", ("USA", "CHN", "16", "occurred")),
        ("Germany suspended arms exports to Turkey.", ("DEU", "TUR", "16", "occurred")),
        ("The United States added five Chinese firms to its entity list.", ("USA", "CHN", "16", "occurred")),
        ("Britain unveiled new penalties against Venezuelan officials.", ("GBR", "VEN", "16", "occurred")),
    ],
)
def test_sanctions_by_other_names(country_coded: CountryCoded, sentence: str,
                                  expected: tuple[str, str, str, str]) -> None:
    assert expected in country_coded(sentence, DAY)


def test_sanctions_in_the_passive(coder: Coder) -> None:
    [event] = coder.code_sentence("Sanctions were imposed on Eritrea by the Security Council.", date=DAY)
    assert (event.target, event.code) == ("ERI", "163")
    # announced for later, they are a threat
    [threat] = coder.code_sentence("More sanctions will be imposed on Syria if it uses chemical weapons again.",
                                   date=DAY)
    assert (threat.target, threat.code[:2]) == ("SYR", "13")


def test_restrictions_alone_stay_administrative(coder: Coder) -> None:
    assert {e.code for e in coder.code_sentence("The Kenyan government imposed restrictions on protesters.",
                                                date=DAY)} == {"172"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hungary will not hesitate to take all necessary measures against Serbian smugglers.",
         ("HUN", "SRB", "13", "intended")),
        ("The Indonesian minister did not hesitate to criticize Malaysia.", ("IDN", "MYS", "11", "occurred")),
        ("Peru did not fail to condemn the Chilean incursion.", ("PER", "CHL", "11", "occurred")),
    ],
)
def test_a_negated_hesitation_is_resolve(country_coded: CountryCoded, sentence: str,
                                         expected: tuple[str, str, str, str]) -> None:
    assert expected in country_coded(sentence, DAY)


def test_a_failure_is_still_a_negation(coder: Coder) -> None:
    assert {(e.code[:2], e.modality) for e in coder.code_sentence("Egypt failed to condemn Israel.", date=DAY)} \
        == {("11", "negated")}


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Canada said the Indian allegations were absurd.", "IND"),
        ("Egypt said the Israeli apology was insufficient.", "ISR"),
        ("The Vietnamese minister said the Chinese survey ship was an infringement of its sovereignty.", "CHN"),
    ],
)
def test_a_judgement_reported_is_a_criticism(coder: Coder, sentence: str, target: str) -> None:
    assert any(e.code[:2] == "11" and e.target[:3] == target for e in coder.code_sentence(sentence, date=DAY))


def test_praise_reported_stays_no_criticism(coder: Coder) -> None:
    assert all(e.code[:2] != "11" for e in coder.code_sentence("Peru said its talks with Chile were productive.",
                                                                date=DAY))


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan recognized that the dispute with China must be settled peacefully.",
        "Ghana recognized the importance of its ties with Togo.",
        "Nepal recognizes the need for talks with India.",
    ],
)
def test_recognizing_a_fact_is_no_recognition(coder: Coder, sentence: str) -> None:
    assert all(e.code != "054" for e in coder.code_sentence(sentence, date=DAY))


def test_recognizing_a_state_is_recognition(coder: Coder) -> None:
    assert {e.code for e in coder.code_sentence("Bhutan formally recognized Kosovo.", date=DAY)} == {"054"}


def test_what_an_atmosphere_is_for_has_not_happened(coder: Coder) -> None:
    events = coder.code_sentence("To improve the atmosphere for dialogue with Chile, Peru freed two fishermen.",
                                 date=DAY)
    assert all(e.code[:2] != "04" or e.modality == "hypothetical" for e in events)
    assert any(e.code[:2] == "08" for e in events)


def test_a_dated_document_dates_no_other_act(coder: Coder) -> None:
    events = coder.code_sentence(
        "Chile and Peru reaffirmed their commitments to the March 4 Joint Declaration and signed a trade agreement.",
        date=DAY)
    assert {e.code for e in events} >= {"030", "057"}
    assert {e.date for e in events} == {DAY}


def test_a_month_alone_puts_no_event_on_its_first_day(coder: Coder) -> None:
    [arrest] = coder.code_sentence("Kenya arrested three Somali nationals in January.", date=DAY)
    assert arrest.date == UNDATED
    [dated] = coder.code_sentence("Kenya arrested three Somali nationals on January 12.", date=DAY)
    assert dated.date == dt.date(2021, 1, 12)
    # an intent is dated when told, whatever month it names
    [intent] = coder.code_sentence("Kenya will host Somali officials in September.", date=DAY)
    assert intent.date == DAY


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Egyptian president welcomed his Sudanese counterpart to Cairo.", ("EGY", "SDN", "04", "occurred")),
        ("The Spanish king welcomed the visiting Moroccan prime minister.", ("ESP", "MAR", "04", "occurred")),
        ("Japan welcomed the Chinese decision to resume talks.", ("JPN", "CHN", "05", "occurred")),
        ("Poland accepted the German proposal.", ("POL", "DEU", "03", "occurred")),
        ("Warsaw would not accept the German proposal.", ("POL", "DEU", "12", "negated")),
        ("Colombia expressed disappointment with Venezuela.", ("COL", "VEN", "11", "occurred")),
    ],
)
def test_hosting_accepting_and_disappointment(country_coded: CountryCoded, sentence: str,
                                              expected: tuple[str, str, str, str]) -> None:
    assert expected in country_coded(sentence, DAY)


def test_what_is_imposed_named_before_the_verb(coder: Coder) -> None:
    events = coder.code_sentence(
        "Tomorrow the president will announce the further penalties that Canada will impose on Iran.", date=DAY)
    assert ("CAN", "IRN", "13") in {(e.source, e.target, e.code[:2]) for e in events}
    assert coder.code_sentence("Kenya imposed its will on Somalia.", date=DAY) == []


def test_a_judgement_agreed_is_a_criticism(coder: Coder) -> None:
    events = coder.code_sentence("Chile and Peru agreed that the Bolivian actions are unacceptable.", date=DAY)
    assert {(e.source, e.target, e.code) for e in events} == {("CHL", "BOL", "111"), ("PER", "BOL", "111")}
    # an accord on no wrong stays an accord
    events = coder.code_sentence("Chile and Peru agreed that the dispute should be settled through dialogue.",
                                 date=DAY)
    assert {e.code for e in events} == {"019"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israel hit back at Turkey's criticism.", ("ISR", "TUR", "11", "occurred")),
        ("Bolivia called Chile's claim baseless.", ("BOL", "CHL", "11", "occurred")),
        ("Estonia's leader spoke out against Russian aggression.", ("EST", "RUS", "11", "occurred")),
        ("Iran described the American accusations as baseless.", ("IRN", "USA", "11", "occurred")),
        ("The Moroccan king received a phone call from the Spanish prime minister.", ("MAR", "ESP", "04", "occurred")),
        ("Chile is open to dialogue with Bolivia.", ("CHL", "BOL", "03", "occurred")),
        ("The Colombian president kept the door open to negotiations with Venezuela.",
         ("COL", "VEN", "03", "occurred")),
        ("The Argentine president instructed his foreign minister to sign the accord with Uruguay.",
         ("ARG", "URY", "03", "intended")),
        ("The Argentine president authorized his envoy to negotiate with Uruguay.", ("ARG", "URY", "03", "intended")),
    ],
)
def test_criticism_calls_openness_and_instructions(country_coded: CountryCoded, sentence: str,
                                                   expected: tuple[str, str, str, str]) -> None:
    assert expected in country_coded(sentence, DAY)


def test_a_call_for_help_received_is_no_phone_call(coder: Coder) -> None:
    assert all(e.code != "041" for e in coder.code_sentence("The Thai king received a call for help from Laos.",
                                                             date=DAY))


def test_an_order_is_told_as_done(coder: Coder) -> None:
    events = coder.code_sentence("The Argentine president ordered the army to attack Uruguay.", date=DAY)
    assert {(e.code[:2], e.modality) for e in events} == {("19", "occurred")}


def test_a_decision_to_ease_sanctions_is_no_sanction(coder: Coder) -> None:
    events = coder.code_sentence("Today the Canadian prime minister announced his decision to ease some sanctions "
                                 "against Iran.", date=DAY)
    assert events and all(e.code[:2] != "16" for e in events)
    assert all(e.code[:2] != "16" for e in coder.code_sentence(
        "Peru renewed its calls to lift the sanctions on Cuba.", date=DAY))


def test_what_is_weighed_names_the_target(coder: Coder) -> None:
    events = coder.code_sentence("For our part, we are considering a number of measures to ease economic sanctions "
                                 "against Cuba, the Spanish minister said.", date=DAY)
    assert ("ESP", "CUB", "014") in {(e.source[:3], e.target[:3], e.code) for e in events}


def test_regret_over_a_decision_is_disapproval(coder: Coder) -> None:
    assert ("KOR", "JPN", "11") in {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(
        "Seoul expressed deep regret over Tokyo's decision.", date=DAY)}
    assert {e.code for e in coder.code_sentence("Seoul expressed regret over the deaths of Japanese fishermen.",
                                                date=DAY)} == {"018"}


def test_what_is_important_has_not_happened(coder: Coder) -> None:
    events = coder.code_sentence("Mexico stressed the importance of dialogue with the United States.", date=DAY)
    assert all(e.code[:2] != "04" or e.modality == "hypothetical" for e in events)


def test_a_withdrawal_from_a_treaty_is_no_troop_withdrawal(coder: Coder) -> None:
    assert {e.code for e in coder.code_sentence("Chile notified Peru of its withdrawal from the treaty.",
                                                date=DAY)} == {"164"}
    assert {e.code for e in coder.code_sentence("Russia completed the withdrawal of its troops from Moldova.",
                                                date=DAY)} == {"087"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The spokesman of Ghana branded the Togolese moves as a grave provocation.", ("GHA", "TGO", "11")),
        ("Japan was flayed by China for its moves.", ("CHN", "JPN", "11")),
        ("The Vietnamese ambassador paid a courtesy call on the Lao foreign minister.", ("VNM", "LAO", "04")),
    ],
)
def test_state_media_words(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)}
    assert all(e.code[:2] != "02" for e in coder.code_sentence(sentence, date=DAY))


@pytest.mark.parametrize(
    "sentence",
    [
        "Mali ended diplomatic relations with Algeria on Sunday.",
        "Nicaragua ended its diplomatic ties with Taiwan.",
        "Niger suspended diplomatic relations with France.",
        "Paraguay terminated diplomatic relations with Venezuela.",
    ],
)
def test_relations_ended_are_broken_off(coder: Coder, sentence: str) -> None:
    assert "161" in {e.code for e in coder.code_sentence(sentence, date=DAY)}


def test_ending_a_war_is_no_break_of_relations(coder: Coder) -> None:
    codes = {e.code for e in coder.code_sentence("Chad and Sudan agreed to end the war and restore relations.",
                                                 date=DAY)}
    assert "161" not in codes


@pytest.mark.parametrize(
    "sentence",
    [
        "The deputy minister took charge of the negotiations with Bolivia.",
        "Kenya has taken charge of the mediation between Sudan and Chad.",
        "The official in charge of relations with Cuba left the ministry.",
    ],
)
def test_taking_charge_is_no_accusation(coder: Coder, sentence: str) -> None:
    assert not {e.code[:2] for e in coder.code_sentence(sentence, date=DAY)} & {"11"}


def test_a_charge_with_a_crime_stays_an_accusation(coder: Coder) -> None:
    codes = {e.code for e in coder.code_sentence("Ukraine charged Russia with war crimes.", date=DAY)}
    assert codes & {"112", "1124"}


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("The Armenian president ordered an end to military operations in Azerbaijan.", "AZE"),
        ("Ethiopia announced a halt to its offensive against Eritrea.", "ERI"),
        ("Turkey ended its military operation in Syria on Tuesday.", "SYR"),
    ],
)
def test_an_end_to_fighting_ordered_or_announced_is_de_escalation(coder: Coder, sentence: str, target: str) -> None:
    # the place the fighting was in is the side it was against
    assert (target, "087") in {(e.target[:3], e.code) for e in coder.code_sentence(sentence, date=DAY)}


def test_a_ceasefire_declared_in_a_city_names_no_target(coder: Coder) -> None:
    [event] = coder.code_sentence("Colombia declared a ceasefire in the capital.", date=DAY)
    assert (event.code, event.target) == ("087", "---")
