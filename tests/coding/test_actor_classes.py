"""Who acts on whom when wire prose names a party by reference: a title named again ("the Foreign Minister"), a
counterpart's surname, an appositive counterpart in a joint subject, "the ministers" after a meeting, a list of
gerunds, a quotation whose speaker comes after it, an answer to an act of force told in other words, a monarch's
title and an office given after a name. Each class on sentences written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article_text

DAY = dt.date(2021, 3, 17)  # a Wednesday


def _events(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of the events an article's reading keeps."""
    reading = read_article_events(read_article_text(text, date=DAY), coder=coder)
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in reading.events}


def _pairs(coder: Coder, text: str, root: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t, r in _events(coder, text) if r == root}


# -- a title named again --------------------------------------------------------------------------------------

def test_a_title_named_again_is_the_person_introduced_with_it(coder: Coder) -> None:
    text = ("Secretary Blinken telephoned Kuwaiti Foreign Minister Ahmad Nasser on Tuesday. "
            "Secretary Blinken and the Foreign Minister discussed the crisis in Lebanon.")
    assert _pairs(coder, text, "04") & {("USA", "KWT"), ("KWT", "USA")}
    assert not _pairs(coder, text, "04") & {("USA", "---")}


def test_a_title_two_countries_share_is_the_one_the_sentence_does_not_name(coder: Coder) -> None:
    text = ("Danish Foreign Minister Lars Berg met Swedish Foreign Minister Eva Lind in Malmo on Tuesday. "
            "Berg and the Foreign Minister signed a fisheries accord.")
    assert _pairs(coder, text, "05") & {("DNK", "SWE"), ("SWE", "DNK")}


def test_a_title_two_countries_share_names_no_one_of_them_alone(coder: Coder) -> None:
    text = ("Danish Foreign Minister Lars Berg met Swedish Foreign Minister Eva Lind in Malmo on Tuesday. "
            "The Foreign Minister praised Finland.")
    assert ("SWE", "FIN") not in _pairs(coder, text, "05")


# -- a counterpart's name -------------------------------------------------------------------------------------

def test_a_counterpart_is_the_official_of_its_country(coder: Coder) -> None:
    text = "Kenyan Foreign Minister Peter Odhiambo met his Tanzanian counterpart, Juma Mrisho, in Arusha on Tuesday."
    assert ("KEN", "TZA") in _pairs(coder, text, "04")


def test_a_counterpart_named_by_surname_later_is_that_official(coder: Coder) -> None:
    text = ("Kenyan Foreign Minister Peter Odhiambo met his Tanzanian counterpart, Juma Mrisho, in Arusha on "
            "Tuesday. Mrisho thanked Kenya for its help with the flood relief.")
    assert ("TZA", "KEN") in _pairs(coder, text, "05")


@pytest.mark.parametrize("text", [
    "Kenyan Foreign Minister Peter Odhiambo and his Tanzanian counterpart, Juma Mrisho, signed a transit accord.",
    "Kenyan Foreign Minister Peter Odhiambo and his Tanzanian counterpart Juma Mrisho signed a transit accord.",
    "Kenyan Foreign Minister Peter Odhiambo and his Tanzanian counterpart signed a transit accord.",
])
def test_an_appositive_counterpart_in_a_joint_subject_is_the_other_party(coder: Coder, text: str) -> None:
    assert _pairs(coder, text, "05") & {("KEN", "TZA"), ("TZA", "KEN")}
    assert ("KEN", "---") not in _pairs(coder, text, "05")


# -- "the ministers", "the leaders" ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Polish Prime Minister Jan Nowak hosted Czech Prime Minister Karel Dvorak in Krakow on Tuesday. "
     "The leaders agreed to build a rail link.", ("POL", "CZE")),
    ("Danish Foreign Minister Lars Berg met Swedish Foreign Minister Eva Lind in Malmo on Tuesday. "
     "The ministers signed a fisheries accord.", ("DNK", "SWE")),
])
def test_the_plural_office_is_the_two_parties_told_before(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    found = _pairs(coder, text, "03") | _pairs(coder, text, "05")
    assert pair in found or pair[::-1] in found


def test_the_ministers_of_a_named_body_are_not_the_parties_before(coder: Coder) -> None:
    text = ("Danish Foreign Minister Lars Berg met Swedish Foreign Minister Eva Lind in Malmo on Tuesday. "
            "The ministers of the Arab League condemned Israel.")
    assert not _pairs(coder, text, "11") & {("DNK", "ISR"), ("SWE", "ISR")}


# -- a list of gerunds ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Benin reacted by downgrading relations with Niger, suspending cross-border trade.",
    "Benin responded by recalling its ambassador from Niger, halting bilateral trade and closing the border.",
])
def test_a_gerund_later_on_the_list_acts_on_the_first_ones_party(coder: Coder, text: str) -> None:
    found = {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(text, date=DAY)}
    assert ("BEN", "NGA", "163") not in found
    assert ("BEN", "NER", "163") in found
    assert ("BEN", "---", "163") not in found


def test_a_gerund_after_a_finite_verb_takes_no_party_from_before_it(coder: Coder) -> None:
    text = "Benin recalled its ambassador from Niger after officials said Togo was halting cross-border trade."
    found = {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(text, date=DAY)}
    assert not any(t == "NER" and r == "16" and s != "BEN" for s, t, r in found)


# -- a quotation's speaker named after it ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '"We urge Armenia to return to the talks," Iranian Foreign Minister Hassan Karimi told reporters.',
    '"We urge Armenia to return to the talks," said Iranian Foreign Minister Hassan Karimi.',
])
def test_the_speaker_named_after_the_quotation_speaks_it(coder: Coder, text: str) -> None:
    assert ("IRN", "ARM") in _pairs(coder, text, "02")
    assert not any(s == "---" for s, _ in _pairs(coder, text, "02"))


def test_the_speaker_of_a_quotation_over_two_sentences_is_named_in_the_second(coder: Coder) -> None:
    text = ('"We condemn the Armenian shelling of our villages. We will not let it go unanswered," the '
            'Azerbaijani defence minister said on Wednesday.')
    assert ("AZE", "ARM") in _pairs(coder, text, "11")


def test_a_person_introduced_with_an_office_after_the_name_speaks_by_surname(coder: Coder) -> None:
    text = ("Chile spoke at the assembly on Wednesday. The statement came as Jorge Soto, Chilean permanent "
            'representative to the UN, addressed the assembly. "We call upon Bolivia to lift the blockade," said '
            "Soto.")
    assert ("CHL", "BOL") in _pairs(coder, text, "02")


# -- an answer to an act told in other words ------------------------------------------------------------------

@pytest.mark.parametrize("middle", [
    "Vietnam held talks with Laos.",
    "Vietnam said the launch broke UN resolutions.",
])
def test_an_answer_is_aimed_at_the_doer_of_the_act_of_force_it_names(coder: Coder, middle: str) -> None:
    text = f"China fired three rockets into the sea on Monday. {middle} The Philippines condemned the launch."
    found = _pairs(coder, text, "11")
    assert ("PHL", "CHN") in found
    assert ("PHL", "VNM") not in found


def test_an_answer_naming_talks_is_not_aimed_at_an_act_of_force(coder: Coder) -> None:
    text = ("Myanmar shelled a village on Monday. Thailand met Laos on Tuesday. Cambodia criticised the talks.")
    assert ("KHM", "MMR") not in _pairs(coder, text, "11")


# -- a monarch's title -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Queen Ingrid II of Denmark on Tuesday called on Iceland to reopen the fishing grounds.", ("DNK", "ISL")),
    ("Emir Khalid bin Saud of Kuwait on Tuesday called on Iraq to accept a border survey.", ("KWT", "IRQ")),
])
def test_a_monarch_named_with_his_country_acts_for_it(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(coder, text, "02")


@pytest.mark.parametrize(("text", "country"), [
    ("Queen Ingrid II of Denmark opened the fishing talks on Tuesday. Ingrid praised Iceland for its patience.",
     "DNK"),
    ("Emir Khalid bin Saud of Kuwait opened the border talks on Tuesday. Khalid praised Iceland for its patience.",
     "KWT"),
])
def test_a_monarch_named_again_by_the_given_name_acts_for_the_country(coder: Coder, text: str, country: str
                                                                     ) -> None:
    assert ("---", "ISL") not in _pairs(coder, text, "05")
    assert (country, "ISL") in _pairs(coder, text, "05")


# -- support held, not given ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ghana and Togo will continue to have the full support and engagement of Nigeria.",
    "Togo enjoys the backing of Nigeria in the border dispute.",
])
def test_support_a_subject_has_is_given_by_the_of_phrase(coder: Coder, text: str) -> None:
    found = {(e.source[:3], e.target[:3]) for e in coder.code_sentence(text, date=DAY)}
    assert ("NGA", "TGO") in found
    assert ("TGO", "NGA") not in found


# -- a phrase before the subject ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "At the request of the Kenyan government, a Ugandan negotiating team, on behalf of the regional bloc, visited "
    "Nairobi on Tuesday for talks on the border.",
    "Upon the invitation of the Kenyan Government, a Ugandan negotiating team, on behalf of the regional bloc, "
    "visited Nairobi on Tuesday.",
])
def test_an_opening_phrase_holds_no_subject(coder: Coder, text: str) -> None:
    found = {(e.source[:3], e.target[:3]) for e in coder.code_sentence(text, date=DAY) if e.code[:2] == "04"}
    assert ("UGA", "KEN") in found
    assert not any(s == "KEN" for s, _ in found)
