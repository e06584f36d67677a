"""Who acts in the prose of a state news agency (KCNA): a leader named again by the family name when the text
writes his given name as two words ("Lee Myung Bak", then "the Lee group", "traitor Lee"), the speaker before a
phrase "in a statement ..." that the parser misreads, and south Korea's bodies named by the epithet "puppet"
alone. Each class on sentences written for it; none is a sentence of an evaluation set."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article_text
from detente.coding.syntax import Parse, default_parser, spoken_in, with_spoken_in

DAY = dt.date(2012, 3, 7)  # a Wednesday, in Lee Myung-bak's term


def _events(coder: Coder, text: str, day: dt.date = DAY) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of the events an article's reading keeps."""
    reading = read_article_events(read_article_text(text, date=day), coder=coder)
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in reading.events}


def _pairs(coder: Coder, text: str, root: str, day: dt.date = DAY) -> set[tuple[str, str]]:
    return {(s, t) for s, t, r in _events(coder, text, day) if r == root}


# -- a family name again, after a given name written as two words -----------------------------------------------

@pytest.mark.parametrize("again", ["Lee criticized China on Tuesday.", "The Lee group criticized China on Tuesday.",
                                   "Traitor Lee criticized China on Tuesday."])
def test_a_leader_written_with_a_two_word_given_name_is_named_again_by_family_name(coder: Coder,
                                                                                   again: str) -> None:
    text = f"Lee Myung Bak criticized Japan on Monday. {again}"
    assert ("KOR", "CHN") in _pairs(coder, text, "11")


def test_the_same_holds_for_another_leader_and_year(coder: Coder) -> None:
    text = "Roh Moo Hyun criticized Japan on Monday. Roh criticized China on Tuesday."
    assert ("KOR", "CHN") in _pairs(coder, text, "11", dt.date(2006, 3, 8))


def test_a_family_name_before_the_whole_name_or_without_it_names_nobody(coder: Coder) -> None:
    assert not {p for p in _pairs(coder, "Lee criticized China on Tuesday.", "11") if p[0] != "---"}
    text = "The Lee group criticized China on Tuesday. Lee Myung Bak criticized Japan on Wednesday."
    assert ("KOR", "CHN") not in _pairs(coder, text, "11")


# -- the speaker before "in a statement ..." ------------------------------------------------------------------------

def test_a_joint_speakers_list_before_the_phrase_keeps_every_speaker(coder: Coder) -> None:
    text = "Chile, Peru and Bolivia in a joint statement on Monday called for a halt to Argentine nuclear tests."
    assert {("CHL", "ARG"), ("PER", "ARG"), ("BOL", "ARG")} <= _pairs(coder, text, "02")


def test_an_actor_inside_the_phrase_is_not_the_speaker(coder: Coder) -> None:
    text = ("Chile in a statement issued at the meeting of the Organization of American States condemned "
            "Argentina on Monday.")
    assert _pairs(coder, text, "11") == {("CHL", "ARG")}


def test_the_phrase_is_found_only_between_a_subject_and_its_misread_verb() -> None:
    misread = Parse((3, 3, 3, 3, 3, 4, 3), ("nsubj", "case", "det", "root", "acl", "obj", "punct"),
                    ("NNP", "IN", "DT", "NN", "VBD", "NNP", "."))
    words = ["Peru", "in", "a", "statement", "condemned", "Chile", "."]
    assert spoken_in(words, misread) == (1, 4)
    read = Parse((1, 1, 3, 1, 1), ("nsubj", "root", "case", "obl", "punct"), ("NNP", "VBD", "IN", "NN", "."))
    assert spoken_in(["Peru", "spoke", "in", "statement", "."], read) is None  # the verb before the phrase
    right = Parse((4, 3, 3, 4, 4, 4, 4), ("nsubj", "case", "det", "obl", "root", "obj", "punct"),
                  ("NNP", "IN", "DT", "NN", "VBD", "NNP", "."))
    assert spoken_in(words, right) is None  # the parser read it: nothing to mend
    lima = Parse((2, 2, 2, 2, 3, 2), ("nsubj", "case", "root", "acl", "obj", "punct"),
                 ("NNP", "IN", "NNP", "VBD", "NNP", "."))
    assert spoken_in(["Peru", "in", "Lima", "condemned", "Chile", "."], lima) is None  # no phrase of speaking


def test_the_clause_and_the_phrase_are_joined_with_the_phrase_on_the_verb() -> None:
    clause = ((1, 1, 1, 1), ("nsubj", "root", "obj", "punct"), ("NNP", "VBD", "NNP", "."))
    phrase = ((2, 2, 2), ("case", "det", "root"), ("IN", "DT", "NN"))
    joined = with_spoken_in((1, 4), phrase, clause)
    assert joined.heads == (4, 3, 3, 4, 4, 4, 4)
    assert joined.labels == ("nsubj", "case", "det", "obl", "root", "obj", "punct")
    assert joined.tags == ("NNP", "IN", "DT", "NN", "VBD", "NNP", ".")


def test_the_shipped_parser_mends_the_misread_sentence() -> None:
    words = ["Chile", ",", "Peru", "and", "Bolivia", "in", "a", "joint", "statement", "on", "Monday", "called",
             "for", "a", "halt", "."]
    parse = default_parser().parse(words)
    assert parse.is_root(11) and parse.labels[8] == "obl" and parse.heads[8] == 11


# -- "puppet" bodies -------------------------------------------------------------------------------------------------

SOUTH = "South Korea held artillery drills on Monday. "


@pytest.mark.parametrize("body", ["The puppet authorities", "The puppet group", "The puppets",
                                  "The puppet Defence Ministry", "The puppet military warmongers"])
def test_a_puppet_body_is_south_koreas_in_an_article_that_names_south_korea(coder: Coder, body: str) -> None:
    assert ("KOR", "PRK") in _pairs(coder, SOUTH + f"{body} criticized the DPRK on Tuesday.", "11")


def test_a_puppet_body_is_a_target_too(coder: Coder) -> None:
    assert ("PRK", "KOR") in _pairs(coder, SOUTH + "The DPRK denounced the puppet group on Tuesday.", "11")


def test_a_puppet_with_a_country_of_its_own_or_no_south_korea_keeps_its_reading(coder: Coder) -> None:
    assert ("AFG", "IRN") in _pairs(coder, SOUTH + "The Afghan puppet government criticized Iran on Tuesday.", "11")
    assert not {p for p in _pairs(coder, "The DPRK denounced the puppet group on Tuesday.", "11") if p[1] != "---"}
    assert not {p for p in _pairs(coder, SOUTH + "The puppet show criticized the DPRK on Tuesday.", "11")
                if p[0] != "---"}


# -- the Palestinian territories named for their state ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["Israel attacked the Gaza Strip on Tuesday.",
                                  "Israeli aircraft bombed Gaza on Tuesday.",
                                  "Israeli troops attacked the West Bank on Tuesday."])
def test_an_attack_on_a_palestinian_territory_is_aimed_at_palestine(coder: Coder, text: str) -> None:
    assert ("ISR", "PSE") in _pairs(coder, text, "19")


def test_a_territory_beside_another_place_word_keeps_its_reading(coder: Coder) -> None:
    # a place beside a country ("near the border of ...") is no party; the Palestinian actors are unchanged
    assert ("PSE", "ISR") in _pairs(coder, "The Palestinian Authority condemned Israel on Tuesday.", "11")
    assert not {p for p in _pairs(coder, "Egypt criticized Israel near the Gaza Strip on Tuesday.", "11")
                if p[1] == "PSE"}


# -- the ROK's presidential office as KCNA spells it -------------------------------------------------------------------

@pytest.mark.parametrize("office", ["Chongwadae", "Chong Wa Dae", "Cheong Wa Dae"])
def test_the_presidential_office_of_south_korea_in_either_spelling_is_its_government(coder: Coder,
                                                                                       office: str) -> None:
    assert ("KOR", "PRK") in _pairs(coder, f"{office} criticized the DPRK on Tuesday.", "11")
    assert ("PRK", "KOR") in _pairs(coder, f"The DPRK denounced {office} on Tuesday.", "11")
