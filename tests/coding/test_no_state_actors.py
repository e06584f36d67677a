"""People who are no state (:mod:`detente.coding._no_state`): business bodies, sporting sides and pairs of
peoples are not their countries acting. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding import Coder
from detente.coding.article import merge_events

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2021, 5, 4)


def _dyads(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of the article step's events of one sentence, both sides known."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in merge_events(coder.code_sentence(sentence, date=DAY))
            if e.source[:3] != "---" and e.target[:3] != "---"}


@pytest.mark.parametrize("sentence", [
    "Business representatives of Peru and Ecuador signed three trade deals in Lima on Monday.",
    "The Chamber of Commerce of Ecuador signed a cooperation agreement with Peru on Monday.",
    "Ecuadorian businessmen signed a deal with Peruvian companies on Monday.",
    "Ecuador signed a supply contract with Peruvian companies on Monday.",
    "Japanese business leaders met South Korean President Moon Jae-in in Seoul on Monday.",
    "Chilean companies signed contracts worth $300 million with Bolivia on Monday.",
    "Norwegian students met Danish scholars in Oslo on Monday.",
    "Norwegian church leaders met Danish students in Oslo on Monday.",
])
def test_business_and_peoples_are_no_states(shared_coder: Coder, sentence: str) -> None:
    assert _dyads(shared_coder, sentence) == set()


@pytest.mark.parametrize(("sentence", "dyad"), [
    ("The United States imposed sanctions on three Chinese companies on Monday.", ("USA", "CHN", "16")),
    ("The foreign ministers of Peru and Ecuador signed three trade deals in Lima on Monday.", ("PER", "ECU", "05")),
    ("Japanese Prime Minister Yoshihide Suga met South Korean President Moon Jae-in on Monday.", ("JPN", "KOR", "04")),
])
def test_states_acting_stay(shared_coder: Coder, sentence: str, dyad: tuple[str, str, str]) -> None:
    found = _dyads(shared_coder, sentence)
    assert dyad in found or (dyad[1], dyad[0], dyad[2]) in found  # a reciprocal act is read either way


@pytest.mark.parametrize("sentence", [
    "Sri Lanka's cricketers are refusing to tour Bangladesh because of security fears.",
    "Brazilian footballers refused to travel to Argentina after the riot.",
    "The Kenyan athletics team will travel to Ethiopia next month.",
    "The Egyptian foreign minister made a public appeal to the Tunisia squad.",
])
def test_sporting_sides_are_no_states(country_coded: CountryCoded, sentence: str) -> None:
    assert country_coded(sentence, DAY) == set()


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The Sri Lankan negotiating team travelled to Bangladesh on Monday.", ("LKA", "BGD")),
    ("Sri Lanka refused to send its troops to Bangladesh.", ("LKA", "BGD")),
    ("The Egyptian foreign minister made a public appeal to Tunisia on Monday.", ("EGY", "TUN")),
])
def test_a_states_team_stays(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert pair in {(s, t) for s, t, _, _ in country_coded(sentence, DAY)}
