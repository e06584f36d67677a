"""Authors and people of real prose the coder missed: a statement in the first person whose author only its
dateline's capital gives, and a name written family name first named again by its family name alone
(docs/coder.md, "First-person statements and family names"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.ingest.news import read_article_text

DAY = dt.date(2024, 6, 5)


def _pairs(coder: Coder, text: str, root: str = "") -> set[tuple[str | None, str | None]]:
    """The (source, target) countries of the article's events of ``root`` (None: no country)."""
    reading = read_article_events(read_article_text(text, date=DAY), coder=coder)

    def country(code: str) -> str | None:
        return None if code.startswith("---") else code[:3]

    return {(country(e.source), country(e.target)) for e in reading.events if e.code.startswith(root)}


# -- a first-person statement under a capital's dateline ---------------------------------------------------------

def test_a_first_person_statement_is_the_datelines_state(shared_coder: Coder) -> None:
    text = ("Fisheries Talks in Washington\n\n"
            "WASHINGTON, D.C. - June 4, 2024 - This week I hosted Maltese Foreign Minister Ian Borg and Tunisian "
            "Foreign Minister Nabil Ammar for talks on fishing rights in the Strait of Sicily. Both ministers "
            "showed a real wish to settle the dispute.\n\n"
            "I have urged the two governments to resume their technical talks next month.")
    hosted = _pairs(shared_coder, text, "04")
    assert ("USA", "MLT") in hosted and ("USA", "TUN") in hosted
    assert ("USA", "MLT") in _pairs(shared_coder, text, "02")


def test_we_under_a_capitals_dateline_is_that_state(shared_coder: Coder) -> None:
    text = ("Ceasefire in the Sahel\n\n"
            "PARIS, June 4, 2024 - We welcome the ceasefire agreed yesterday between Mali and Niger. We urge Mali "
            "to release the detained border guards without delay.")
    assert ("FRA", "MLI") in _pairs(shared_coder, text, "02")


@pytest.mark.parametrize("title", ["Baltic Security", "Remarks in Riga"])
def test_a_visitors_remarks_are_not_the_hosts(shared_coder: Coder, title: str) -> None:
    # the speaker says it is visiting: the dateline is the host's capital, not the speaker's; and a release's
    # heading ("Remarks") does not make the dateline's place its author
    text = (f"{title}\n\n"
            "RIGA, June 4, 2024 - I am delighted to be here in Riga. This morning I met Estonian Foreign Minister "
            "Margus Tsahkna to discuss the security of the Baltic Sea.")
    assert all(source != "LVA" for source, _ in _pairs(shared_coder, text))


@pytest.mark.parametrize("text", [
    # a news agency's dateline: a report, nobody's statement
    ("Border Talks\n\nOTTAWA, June 4 (Northwire) - I met the Danish ambassador on Tuesday to discuss the border "
     "on Hans Island, a Greenlandic official told reporters."),
    # the first person only inside a quotation
    ('Border Talks\n\nOTTAWA, June 4, 2024 - "We condemn the incursion," a Danish diplomat said after Greenland '
     "accused Canada of violating the agreement on Hans Island."),
])
def test_no_author_from_a_report_or_a_quotation(shared_coder: Coder, text: str) -> None:
    assert all(source != "CAN" for source, _ in _pairs(shared_coder, text))


# -- a name written family name first, named again by its family name --------------------------------------------

def test_the_family_name_alone_names_the_person_again(shared_coder: Coder) -> None:
    text = ("Chinese Commerce Minister Zhou Lianfeng arrived in Canberra on Monday for trade talks. "
            "Zhou criticized Australia's new anti-dumping duties on Chinese steel.")
    assert ("CHN", "AUS") in _pairs(shared_coder, text, "11")


def test_a_title_and_the_family_name_name_the_person_again(shared_coder: Coder) -> None:
    text = ("Vietnamese Trade Minister Nguyen Hong Dien held talks in Seoul on Monday. On Tuesday Minister Nguyen "
            "criticized South Korea's new tariffs on Vietnamese shrimp.")
    assert ("VNM", "KOR") in _pairs(shared_coder, text, "11")


def test_a_family_name_two_states_share_names_neither(shared_coder: Coder) -> None:
    text = ("South Korean Trade Minister Lee Donghak met Singaporean Trade Minister Lee Kuan Seng in Jakarta on "
            "Monday. Lee criticized Indonesia's new export ban on nickel ore.")
    assert all(source is None for source, _ in _pairs(shared_coder, text, "11"))


def test_a_given_name_first_is_not_read_as_a_family_name(shared_coder: Coder) -> None:
    # a state whose names English prose writes given name first: "Anna" names nobody
    text = ("Polish Foreign Minister Anna Wolanska met her Czech counterpart in Prague on Monday. "
            "Anna criticized Hungary's veto of the sanctions package.")
    assert all(source != "POL" for source, _ in _pairs(shared_coder, text, "11"))


def test_a_family_name_that_is_an_english_word_names_nobody(shared_coder: Coder) -> None:
    text = ("Chinese Vice Premier Song Lianhe met Japanese officials in Tokyo on Monday. "
            "Song lyrics by a Korean band were played at the dinner.")
    coded = _pairs(shared_coder, text)
    assert all(source != "CHN" or target != "KOR" for source, target in coded)


# -- hyphenated pairs before the noun of a joint act -------------------------------------------------------------

def _coded(coder: Coder, sentence: str, root: str) -> set[tuple[str, str]]:
    events = coder.code_sentence(sentence, date=DAY)
    return {(e.source[:3], e.target[:3]) for e in events if e.code.startswith(root)}


def test_one_pair_before_the_noun_are_the_parties(shared_coder: Coder) -> None:
    coded = _coded(shared_coder, "The allies held joint U.S.-Philippine drills on Tuesday.", "06")
    assert coded == {("USA", "PHL"), ("PHL", "USA")}


def test_pairs_sharing_a_state_are_its_acts_with_each_other_state(shared_coder: Coder) -> None:
    coded = _coded(shared_coder, "The allies held joint U.S.-Philippine and U.S.-Australian drills on "
                                 "Tuesday.", "06")
    assert ("USA", "PHL") in coded and ("USA", "AUS") in coded
    assert ("PHL", "AUS") not in coded and ("AUS", "PHL") not in coded  # the two others held no drill together


def test_pairs_sharing_no_state_are_not_paired_across(shared_coder: Coder) -> None:
    coded = _coded(shared_coder, "The allies held joint U.S.-Philippine and Japan-Australia drills on "
                                 "Tuesday.", "06")
    assert not coded & {("PHL", "JPN"), ("JPN", "PHL"), ("PHL", "AUS"), ("AUS", "PHL")}


def test_a_pair_in_the_object_of_a_criticism_is_no_party(shared_coder: Coder) -> None:
    # the pair names the criticised drills' parties, not parties of the criticism
    coded = _coded(shared_coder, "Beijing criticized the joint U.S.-Philippine drills near Scarborough Shoal.", "11")
    assert ("CHN", "USA") in coded or ("CHN", "PHL") in coded
    assert ("USA", "PHL") not in coded and ("PHL", "USA") not in coded


# -- a reaction a thing drew from someone ------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "pair"), [
    ("Ethiopia's dam project drew sharp criticism from Egypt on Monday.", ("EGY", "ETH")),
    ("The Serbian troop build-up drew condemnation from Kosovo.", ("KSV", "SRB")),
    ("Venezuela's seizure of the tanker prompted condemnation from Guyana.", ("GUY", "VEN")),
])
def test_the_from_phrase_reacts_to_the_subjects_act(shared_coder: Coder, sentence: str,
                                                    pair: tuple[str, str]) -> None:
    coded = _coded(shared_coder, sentence, "11")
    source, target = pair
    assert any(s == source for s, _ in coded)
    assert (target, source) not in coded  # the one whose act drew it is no critic


def test_support_drawn_from_a_state_is_that_states(shared_coder: Coder) -> None:
    coded = _coded(shared_coder, "Jordan drew strong support from Egypt for its position on the holy sites.", "05")
    assert ("EGY", "JOR") in coded and ("JOR", "EGY") not in coded


def test_a_family_name_shared_with_a_hyphenated_name_of_another_state_names_neither(shared_coder: Coder) -> None:
    text = ("South Korean Trade Minister Ahn Duk-geun met Chinese Commerce Minister Ahn Weiming in Beijing on "
            "Monday. Ahn criticized Japan's new export controls on chip materials.")
    assert all(source is None for source, _ in _pairs(shared_coder, text, "11"))
