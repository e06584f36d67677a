"""Several parties acting together on a party of the act's own are not read as acting on each other: the agents of
a passive, co-subjects of praise or support, an act addressed to a person the coder has no code for (coding._together;
docs/coder.md, "Failure patterns of real prose and their fixes"). Guards: joint acts with no other party, acts said
to be on each other, a noun naming a bond between the parties."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 4, 14)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(text, date=DAY)}


def _pairs(coded: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, t, _ in coded}


@pytest.mark.parametrize(("text", "sources"), [
    ("The late leader was praised by the parties of Ghana and Kenya.", {"GHA", "KEN"}),
    ("Marshal Ivanov Lauded by Ghanaian Party, Kenyan Organization.", {"GHA", "KEN"}),
    ("The treaty of friendship was hailed by newspapers of Chile, Peru and Bolivia.", {"CHL", "PER", "BOL"}),
])
def test_the_agents_of_a_passive_do_not_act_on_each_other(coder: Coder, text: str, sources: set[str]) -> None:
    coded = _coded(coder, text)
    assert sources <= {s for s, _, _ in coded}, coded
    assert not any(s in sources and t in sources for s, t in _pairs(coded)), coded


@pytest.mark.parametrize(("text", "sources"), [
    ("Ghana and Kenya praised the new policy on fisheries.", {"GHA", "KEN"}),
    ("Chilean and Bolivian figures paid tribute to the late writer.", {"CHL", "BOL"}),
    ("Ghana, Kenya and Uganda sent letters to Marshal Ivan Petrov on his birthday.", {"GHA", "KEN", "UGA"}),
    ("Chile and Peru held talks with Ivan Petrov in Geneva.", {"CHL", "PER"}),
    ("Officials of Ghana and Kenya supported the people's cause of national reunification.", {"GHA", "KEN"}),
    ("Delegates from Chile, Peru and Bolivia supporting the island's reunification attended the meeting.",
     {"CHL", "PER", "BOL"}),
    ("Senders of letters included figures from Ghana, Kenya and Uganda and representatives of organizations for "
     "supporting the island's reunification.", {"GHA", "KEN", "UGA"}),
    ("Ghana and Kenya support the new agreement on fisheries.", {"GHA", "KEN"}),
])
def test_co_subjects_acting_on_a_third_party_do_not_act_on_each_other(coder: Coder, text: str,
                                                                        sources: set[str]) -> None:
    coded = _coded(coder, text)
    assert sources <= {s for s, _, _ in coded}, coded
    assert not any(s in sources and t in sources for s, t in _pairs(coded)), coded


@pytest.mark.parametrize(("text", "pair"), [
    ("Ghana and Kenya signed an agreement on trade.", ("GHA", "KEN")),
    ("Ghana and Kenya held talks on trade.", ("GHA", "KEN")),
    ("Ghana and Kenya praised each other warmly.", ("GHA", "KEN")),
    ("Ghana and Kenya Hold Talks with Fishermen.", ("GHA", "KEN")),  # a headline's capitals name no one
    ("Ghana and Kenya agreed to strengthen bilateral relations in various fields.", ("GHA", "KEN")),
    ("Ghana and Kenya have supported each other since they forged ties.", ("GHA", "KEN")),
    ("Ghana and Kenya have closely supported and cooperated with each other in the international arena.",
     ("GHA", "KEN")),
    ("Ghana and Kenya have supported, understood and helped each other in the spirit of the treaty.",
     ("GHA", "KEN")),
    ("The support and cooperation between Ghana and Kenya grew stronger.", ("GHA", "KEN")),
])
def test_acts_the_parties_do_with_each_other_stay(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    pairs = _pairs(_coded(coder, text))
    assert pair in pairs and pair[::-1] in pairs, pairs
