"""A past meeting named by a noun with its own parties and its own time is an event of that time
(:mod:`detente.coding._dated_meetings`): kept whatever the clause's verb ("Erdogan's talks with Putin in Sochi last
month failed to ..."), kept beside another meeting of the same two told at another time ("met on Saturday, a month
after their summit in April"), and a text "signed by" two parties is signed by each with the other. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding._dated_meetings import repeated_at_other_time

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

    from detente.coding import Coder

DAY = dt.date(2021, 11, 20)


@pytest.mark.parametrize(("sentence", "day", "pair"), [
    ("Erdogan's talks with Putin in Sochi last month failed to halt the Syrian offensive.", DAY, ("TUR", "RUS")),
    ("Kishida's visit to Seoul in May helped to ease tensions with South Korea.", dt.date(2023, 7, 10),
     ("JPN", "KOR")),
    ("The summit between Modi and Nawaz Sharif in Ufa in July failed to prevent new clashes in Kashmir.",
     dt.date(2015, 8, 20), ("IND", "PAK")),
    ("Officials said the talks between Kenya and Somalia in Nairobi on Tuesday failed to prevent new clashes at "
     "sea.", DAY, ("KEN", "SOM")),
])
def test_a_dated_meeting_noun_is_an_event_whatever_the_verb(country_coded: CountryCoded, sentence: str,
                                                           day: dt.date, pair: tuple[str, str]) -> None:
    found = country_coded(sentence, day)
    assert (*pair, "04", "occurred") in found or (pair[1], pair[0], "04", "occurred") in found


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Xi and Putin held talks in Moscow on Monday, their second meeting since their summit in Beijing in "
     "February.", ("CHN", "RUS")),
    ("Moon and Kim met at Panmunjom on Saturday, a month after their summit in Pyongyang in September.",
     ("KOR", "PRK")),
    ("Abiy and Isaias met in Asmara on Sunday, their first talks since the summit between the two leaders in "
     "Addis Ababa in July.", ("ETH", "ERI")),
])
def test_a_meeting_of_another_time_in_the_same_sentence_is_another_event(coder: Coder, sentence: str,
                                                                         pair: tuple[str, str]) -> None:
    days = {e.date for e in coder.code_sentence(sentence, date=DAY)
            if {e.source[:3], e.target[:3]} == set(pair) and e.code[:2] == "04"}
    assert len(days) == 2


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The accord signed by Armenia and Azerbaijan in Washington on Friday ends decades of conflict.",
     ("ARM", "AZE")),
    ("The declaration was signed by Ethiopia and Eritrea in Asmara on Monday.", ("ETH", "ERI")),
    ("The ceasefire agreement signed by Sudan and Chad on Tuesday took effect at midnight.", ("SDN", "TCD")),
])
def test_a_text_signed_by_two_parties_is_signed_with_each_other(country_coded: CountryCoded, sentence: str,
                                                                pair: tuple[str, str]) -> None:
    assert (*pair, "05", "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize("sentence", [
    "Japan urged talks with China in May.",
    "Next month's summit between Biden and Xi in San Francisco will focus on trade.",
    "The planned talks between India and China in June were called off.",
    "The talks ended without agreement on Monday.",
    "Chile criticized the upcoming summit between Peru and Bolivia in December.",
])
def test_no_meeting_held(country_coded: CountryCoded, sentence: str) -> None:
    found = country_coded(sentence, DAY)
    assert not any(r == "04" and m == "occurred" for _, _, r, m in found)


def test_a_meeting_named_again_is_one_event(coder: Coder) -> None:
    days = [e.date for e in coder.code_sentence("Chile and Peru met in Lima on Monday, and the meeting was their "
                                                "first in a year.", date=DAY)
            if e.source[:3] == "CHL" and e.target[:3] == "PER" and e.code[:2] == "04"]
    assert len(days) == 1


def test_the_agents_of_praise_still_act_apart(country_coded: CountryCoded) -> None:
    found = country_coded("The resolution was praised by Chile and Peru on Monday.", DAY)
    assert ("CHL", "PER", "05", "occurred") not in found


def test_the_rule_of_repetition() -> None:
    day = dt.date(2021, 11, 15)
    assert repeated_at_other_time([(day, None, True)], "044", None, "told as 'in February'", False)
    assert not repeated_at_other_time([(day, None, False)], "044", None, None, False)  # no time of its own
    assert not repeated_at_other_time([(day, None, True)], "044", day, None, True)  # the same day
    assert not repeated_at_other_time([], "044", day, None, True)
    assert not repeated_at_other_time([(day, None, True)], "010", None, None, True)  # a statement stays one


@pytest.mark.parametrize(("sentence", "visitor", "host"), [
    ("The visit of the Turkish foreign minister to Athens last week eased tensions.", "TUR", "GRC"),
    ("The visit of Indian Prime Minister Narendra Modi to Dhaka in March drew protests.", "IND", "BGD"),
    ("The trip of the Egyptian president to Khartoum on Sunday was his first abroad this year.", "EGY", "SDN"),
])
def test_the_of_phrase_of_a_visit_is_the_visitor(country_coded: CountryCoded, sentence: str, visitor: str,
                                                 host: str) -> None:
    assert (visitor, host, "04", "occurred") in country_coded(sentence, DAY)


def test_a_visit_of_someone_unknown_names_no_visitor(country_coded: CountryCoded) -> None:
    assert not any(r == "04" for _, _, r, _ in country_coded("The visit of the pope to Iraq in March was historic.",
                                                             DAY))
