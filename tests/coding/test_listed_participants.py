"""The participants of talks, a meeting or a joint act named as a list after "between", "among" or "involving"
("talks among Chile, Peru and Bolivia", "trilateral talks between the United States, Japan and South Korea"): each
with each other (`coding.roles.RoleFinder.between`, `_listed`); more than four name a forum. Sentences written
for these tests. Guards: two parties after "between" however long their phrases, co-subjects acting on a party of
their own, lists of senders, and a list that is no act's parties."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 4, 14)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(text, date=DAY)}


def _each_pair(states: list[str], root: str) -> set[tuple[str, str, str]]:
    return {(a, b, root) for a, b in itertools.permutations(states, 2)}


@pytest.mark.parametrize(("text", "states", "root"), [
    ("Talks among Chile, Peru and Bolivia opened in Lima on Monday.", ["CHL", "PER", "BOL"], "04"),
    ("Trilateral talks between the United States, Japan and South Korea were held in Tokyo on Monday.",
     ["USA", "JPN", "KOR"], "04"),
    ("Negotiations between Ghana, Togo and Benin ended on Monday without agreement.", ["GHA", "TGO", "BEN"], "04"),
    ("The peace talks involving Chile, Peru, Bolivia and Ecuador resumed in Quito on Tuesday.",
     ["CHL", "PER", "BOL", "ECU"], "04"),
    ("Delegates said the second round of negotiations among Ghana, Togo and Benin closed in Accra on Friday.",
     ["GHA", "TGO", "BEN"], "04"),
    ("Joint naval exercises involving Chile, Peru and Ecuador were staged on Monday.",
     ["CHL", "PER", "ECU"], "06"),
])
def test_listed_participants_each_with_each_other(coder: Coder, text: str, states: list[str], root: str) -> None:
    coded = _coded(coder, text)
    assert _each_pair(states, root) <= coded, coded
    assert not any(s == "---" or t == "---" for s, t, r in coded if r == root), coded


@pytest.mark.parametrize(("text", "pair"), [
    ("Talks between Chile and Peru opened in Lima on Monday.", ("CHL", "PER")),
    ("Talks were held in Lima between the Chilean delegation led by its foreign minister and the Peruvian "
     "delegation.", ("CHL", "PER")),
    ("Talks among Chile and Peru opened in Lima on Monday.", ("CHL", "PER")),
])
def test_two_parties_stay_a_pair(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    coded = _coded(coder, text)
    assert {(pair[0], pair[1], "04"), (pair[1], pair[0], "04")} <= coded, coded
    assert {(s, t) for s, t, _ in coded} <= {pair, pair[::-1]}, coded


@pytest.mark.parametrize(("text", "sources"), [
    ("Ghana, Kenya and Uganda sent letters to Marshal Ivan Petrov on his birthday.", {"GHA", "KEN", "UGA"}),
    ("Chile and Peru praised the talks among the three countries.", {"CHL", "PER"}),
    ("Officials of Ghana and Kenya supported the people's cause of national reunification.", {"GHA", "KEN"}),
])
def test_co_subjects_on_a_third_party_stay_apart(coder: Coder, text: str, sources: set[str]) -> None:
    coded = _coded(coder, text)
    assert not any(s in sources and t in sources for s, t, _ in coded), coded


@pytest.mark.parametrize("text", [
    "The six-party talks involving Chile, Peru, Bolivia, Ecuador, Colombia and Brazil resumed in Lima on Monday.",
    "Five-party talks between Chile, Peru, Bolivia, Ecuador and Colombia are set to resume next week.",
])
def test_a_list_of_more_than_four_names_a_forum(coder: Coder, text: str) -> None:
    # the Six-Party Talks are read as a whole, not as fifteen meetings of each pair (nor as the first pair's)
    coded = _coded(coder, text)
    assert not any(s != "---" and t != "---" for s, t, r in coded if r == "04"), coded


def test_a_list_of_topics_after_among_names_no_parties(coder: Coder) -> None:
    # "among" after a noun that names no reciprocal act: the list is where the worry is, not a meeting
    coded = _coded(coder, "Chile criticized Peru over tensions among Bolivia, Ecuador and Colombia.")
    assert ("CHL", "PER", "11") in coded, coded
    assert not any(s in ("BOL", "ECU", "COL") for s, _, _ in coded), coded


def test_a_host_of_listed_guests_meets_each(coder: Coder) -> None:
    # the host's talks with the guests it names after "with" are the host's, as before the list reading
    coded = _coded(coder, "Chile hosted talks with Peru and Bolivia on Monday.")
    assert {("CHL", "PER", "04"), ("CHL", "BOL", "04")} <= coded, coded
