"""Who acts on whom: the classes of argument errors real prose shows, each on sentences written for its class."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 4, 14)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code) for e in coder.code_sentence(text, date=DAY)}


def _pairs(coder: Coder, text: str, root: str) -> set[tuple[str, str]]:
    return {(s[:3], t[:3]) for s, t, c in _coded(coder, text) if c.startswith(root)}


# -- places are not parties ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("The presidents of Brazil and Argentina met for the first time in Uruguay on Monday.", "URY"),
    ("The foreign ministers of Chile and Peru held talks for two hours at a hotel in Bolivia.", "BOL"),
])
def test_a_place_inside_a_noun_phrase_is_no_party(coder: Coder, text: str, place: str) -> None:
    pairs = _pairs(coder, text, "04")
    assert pairs and all(place not in pair for pair in pairs), pairs


def test_a_list_of_destinations_is_no_subject_of_the_talks(coder: Coder) -> None:
    coded = _coded(coder, "Ms. Ortiz will visit Chile, while her deputy goes to Peru, Ecuador and Colombia for talks.")
    among = {(s, t) for s, t, c in coded if c.startswith("04") and s[:3] in ("PER", "ECU", "COL")}
    assert not among, coded


# -- coordinated parties of a reciprocal act ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The leaders of Brazil and Argentina met in Montevideo on Monday.",
    "The foreign ministers of Kenya and Uganda held talks on Tuesday.",
])
def test_the_leaders_of_two_countries_act_on_each_other(coder: Coder, text: str) -> None:
    pairs = _pairs(coder, text, "04")
    assert {("BRA", "ARG"), ("ARG", "BRA")} <= pairs or {("KEN", "UGA"), ("UGA", "KEN")} <= pairs, pairs


def test_the_role_of_the_first_country_is_shared_by_the_second(coder: Coder) -> None:
    codes = {s for s, _, _ in _coded(coder, "The defence ministers of Ghana and Togo signed an accord.")}
    assert {"GHAGOV", "TGOGOV"} <= codes or {"GHAMIL", "TGOMIL"} <= codes, codes
