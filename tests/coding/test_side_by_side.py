"""Targets lost to how a sentence names the other party: a courtesy title before the second of two coordinated
names, a leader met "alongside" another, a third state named inside the topic of a joint act. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding._courtesy import joined_titles, titles_joined, titles_split

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2023, 6, 22)


def _pairs(country_coded: CountryCoded, sentence: str) -> set[tuple[str, str, str]]:
    return {(s, t, root) for s, t, root, _ in country_coded(sentence, DAY)}


@pytest.mark.parametrize(("sentence", "one", "other"), [
    ("Mr. Erdogan and Mr. Putin held talks in Sochi on Friday.", "TUR", "RUS"),
    ("President Lula and Mr. Macron held talks in Brasilia.", "BRA", "FRA"),
    ("Prime Minister Modi and Mr. Biden met at the White House.", "IND", "USA"),
])
def test_a_courtesy_title_keeps_two_names_coordinated(country_coded: CountryCoded, sentence: str, one: str,
                                                      other: str) -> None:
    found = _pairs(country_coded, sentence)
    assert (one, other, "04") in found and (other, one, "04") in found


def test_the_parser_reads_a_title_and_its_stop_as_one_word() -> None:
    words = ["Mr", ".", "Putin", "and", "Mr", ".", "Xi", "met", "."]
    stops = joined_titles(words)
    assert stops == [1, 5]
    assert titles_joined(words, stops) == ["Mr.", "Putin", "and", "Mr.", "Xi", "met", "."]
    heads, labels, tags = titles_split(stops, (1, 5, 4, 4, 1, 5, 5), ("nmod", "nsubj", "cc", "nmod", "conj",
                                                                     "root", "punct"),
                                       ("NNP", "NNP", "CC", "NNP", "NNP", "VBD", "."))
    assert heads == (2, 0, 7, 6, 6, 4, 2, 7, 7)  # each stop on its title
    assert labels[1] == labels[5] == "punct" and labels[2] == "nsubj" and labels[6] == "conj"
    assert tags[1] == tags[5] == "." and tags[4] == "NNP"


def test_a_stop_after_a_title_before_a_lower_case_word_is_left_alone() -> None:
    assert joined_titles(["Mr", ".", "and", "Mrs", ".", "Smith", "came"]) == [4]
    assert joined_titles(["He", "met", "Dr", "."]) is None


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("Speaking alongside Egyptian President Abdel Fattah el-Sisi in Cairo, Blinken said the ceasefire must hold.",
     "USA", "EGY"),
    ("Macron, speaking beside German Chancellor Olaf Scholz, said Europe was united.", "FRA", "DEU"),
    ("Blinken appeared alongside Egyptian Foreign Minister Sameh Shoukry at the news conference.", "USA", "EGY"),
    ("Scholz held a joint news conference with French President Emmanuel Macron in Berlin.", "DEU", "FRA"),
])
def test_one_met_alongside_another(country_coded: CountryCoded, sentence: str, source: str, target: str) -> None:
    assert (source, target, "04") in _pairs(country_coded, sentence)


@pytest.mark.parametrize("sentence", [
    "We stand alongside Ukraine, Blinken said.",
    "Polish volunteers fought alongside Ukrainian troops near Bakhmut.",
    "Scholz held a news conference in Paris after the summit.",
])
def test_standing_or_fighting_alongside_is_no_meeting(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(root == "04" for _, _, root in _pairs(country_coded, sentence))


def test_a_state_inside_a_joint_acts_topic_is_no_party(country_coded: CountryCoded) -> None:
    found = _pairs(country_coded, "Japan and Australia signed an agreement on arms exports to the Philippines.")
    assert ("JPN", "AUS", "05") in found and ("AUS", "JPN", "05") in found
    assert not any(t == "PHL" for _, t, _ in found)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("China signed an agreement on arms sales to Pakistan.", ("CHN", "PAK", "05")),  # one state: its party
    ("Chile and Peru signed an agreement with Bolivia on fishing.", ("CHL", "BOL", "05")),  # "with" first
])
def test_a_party_named_outside_a_joint_topic_stays(country_coded: CountryCoded, sentence: str,
                                                   pair: tuple[str, str, str]) -> None:
    assert pair in _pairs(country_coded, sentence)
