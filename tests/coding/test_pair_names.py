"""Words that name two states at once: "inter-Korean", "the two Koreas", "Sino-Japanese", "South and North Korean".

Each class on sentences written for it, with the near misses that must stay as they were ("Indo-Pacific" names
one region, not India and a second country; "the Koreas' border" is still both Koreas).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.lexicon import load_lexicon
from detente.coding.mentions import ActorFinder

DAY = dt.date(2016, 3, 9)


@pytest.fixture(scope="module")
def finder() -> ActorFinder:
    return ActorFinder(load_lexicon())


def _pairs(coder: Coder, text: str, root: str) -> set[tuple[str, str]]:
    return {(e.source[:3], e.target[:3]) for e in coder.code_sentence(text, date=DAY) if e.code.startswith(root)}


@pytest.mark.parametrize(("text", "root", "pair"), [
    ("Inter-Korean military talks resumed at the border village on Tuesday.", "04", ("KOR", "PRK")),
    ("The two Koreas agreed on Tuesday to restore their military hotline.", "03", ("KOR", "PRK")),
    ("Both Koreas held working-level talks on Tuesday.", "04", ("KOR", "PRK")),
    ("The Koreas exchanged proposals for family reunions at Tuesday's talks.", "04", ("KOR", "PRK")),
    ("The two Sudans signed an oil transit agreement on Tuesday.", "05", ("SDN", "SSD")),
    ("Cross-Strait talks opened in Singapore on Tuesday.", "04", ("CHN", "TWN")),
    ("Sino-Japanese talks on the disputed islands resumed on Tuesday.", "04", ("CHN", "JPN")),
    ("Indo-Pakistani talks on the water treaty were held in Lahore on Tuesday.", "04", ("IND", "PAK")),
    ("Franco-German consultations took place in Berlin on Tuesday.", "04", ("DEU", "FRA")),
    ("South and North Korean officials met at the truce village on Tuesday.", "04", ("KOR", "PRK")),
    ("North and South Korean generals held talks on Tuesday.", "04", ("KOR", "PRK")),
])
def test_a_word_for_two_states_gives_the_pair_both_ways(coder: Coder, text: str, root: str,
                                                        pair: tuple[str, str]) -> None:
    pairs = _pairs(coder, text, root)
    a, b = pair
    assert {(a, b), (b, a)} <= pairs, pairs


@pytest.mark.parametrize("tokens", [
    ["The", "Indo-Pacific", "strategy", "was", "announced", "."],
    ["Anglo-Saxon", "law", "was", "discussed", "."],
    ["The", "Sino", "group", "met", "."],
    ["Kim", "Dae-Jung", "met", "the", "envoy", "."],
])
def test_a_combining_form_without_a_second_country_stays_whole(finder: ActorFinder, tokens: list[str]) -> None:
    assert finder.split_pairs(tokens) == tokens


@pytest.mark.parametrize(("tokens", "expected"), [
    (["the", "two", "Koreas", "met"], ["the", "South", "Korea", "and", "North", "Korea", "met"]),
    (["both", "Koreas", "met"], ["South", "Korea", "and", "North", "Korea", "met"]),
    (["the", "Koreas", "met"], ["the", "South", "Korea", "and", "North", "Korea", "met"]),
    (["Sino-Soviet", "relations"], ["Chinese", "-", "Soviet", "relations"]),
    (["South", "and", "North", "Korean", "envoys"], ["South", "Korean", "and", "North", "Korean", "envoys"]),
])
def test_pair_words_are_written_as_the_pair(finder: ActorFinder, tokens: list[str], expected: list[str]) -> None:
    assert finder.split_pairs(tokens) == expected


@pytest.mark.parametrize("tokens", [
    ["Koreas", "is", "a", "word", "."],  # no "two", "both" or "the" before it
    ["the", "koreas", "met"],  # lower case: no name
    ["South", "and", "East", "Asia", "met"],  # no country is "South Asia" and "East Asia" at once
    ["South", "and", "North", "America"],  # directions before a continent, not a divided country
])
def test_look_alikes_stay_as_they_are(finder: ActorFinder, tokens: list[str]) -> None:
    assert finder.split_pairs(tokens) == tokens
