"""Wrongs and acts told "according to" a state (`coding._according`), beyond the judgments with a copula: a verb
that says the subject broke a rule or did a wrong ("Belarus flouted the agreement, according to Lithuania") is the
teller's accusation of the subject (LTU -> BLR), never the subject's act on the teller; and an act the teller only
reports ("Iran test-fired a missile, according to Israel's military") keeps its doer but does not take the teller
as its target. Sentences written for these tests. Guards: an act on a state the clause names keeps that target, an
act with no judgment gives the teller no accusation."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2022, 6, 14)


@pytest.mark.parametrize(("sentence", "teller", "judged"), [
    ("Belarus flouted the grain corridor agreement, according to Lithuania's foreign ministry.", "LTU", "BLR"),
    ("Azerbaijan breached the truce twice overnight, according to the Armenian defence ministry.", "ARM", "AZE"),
    ("Syrian intelligence officers were behind the car bombing, according to the Lebanese government.",
     "LBN", "SYR"),
    ("Georgia violated the ceasefire, according to Russia, which ordered its troops to hold their positions.",
     "RUS", "GEO"),
])
def test_a_wrong_told_by_a_state_is_its_accusation(country_coded: CountryCoded, sentence: str, teller: str,
                                                   judged: str) -> None:
    coded = country_coded(sentence, DAY)
    assert any(s == teller and t == judged and root == "11" for s, t, root, _ in coded), coded
    assert not any(s == judged and t == teller for s, t, _, _ in coded), coded  # not the wrongdoer's act on it


@pytest.mark.parametrize(("sentence", "doer", "teller"), [
    ("Iran test-fired a new cruise missile over the Gulf of Oman, according to Israel's military.", "IRN", "ISR"),
    ("Russia staged naval drills in the Baltic Sea on Thursday, according to Estonia's navy.", "RUS", "EST"),
    ("Pakistan tested a nuclear-capable ballistic missile on Wednesday, according to the Indian army.", "PAK", "IND"),
    ("Iran seized a foreign oil tanker in the Gulf on Sunday, according to the British navy.", "IRN", "GBR"),
])
def test_a_reported_act_does_not_take_its_teller_as_target(country_coded: CountryCoded, sentence: str, doer: str,
                                                          teller: str) -> None:
    coded = country_coded(sentence, DAY)
    assert not any(s == doer and t == teller for s, t, _, _ in coded), coded
    assert not any(s == teller for s, _, _, _ in coded), coded


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Azerbaijani artillery shelled villages inside Armenia overnight, according to Armenia's defence ministry.",
     ("AZE", "ARM")),
    ("Chinese coast guard ships fired water cannon at a Philippine supply boat, according to Manila.",
     ("CHN", "PHL")),
])
def test_an_act_on_a_state_the_clause_names_keeps_it(country_coded: CountryCoded, sentence: str,
                                                     expected: tuple[str, str]) -> None:
    assert expected in {(s, t) for s, t, _, _ in country_coded(sentence, DAY)}


def test_a_reported_act_is_no_accusation(country_coded: CountryCoded) -> None:
    coded = country_coded("Venezuela moved troops to its border with Colombia, according to the Brazilian army.",
                          DAY)
    assert not any(s == "BRA" for s, _, _, _ in coded), coded


@pytest.mark.parametrize(("sentence", "teller", "judged"), [
    ("Russia's drills near the border pose a grave threat to the Baltic states, according to Lithuania's defence "
     "ministry.", "LTU", "RUS"),
    ("Serbia's arms purchases are a dangerous provocation, according to the Croatian government.", "HRV", "SRB"),
    ("Ethiopia's new dam on the Blue Nile poses an existential threat, according to Egypt.", "EGY", "ETH"),
])
def test_a_judgment_with_no_verb_of_the_lexicon_is_read(country_coded: CountryCoded, sentence: str, teller: str,
                                                        judged: str) -> None:
    coded = country_coded(sentence, DAY)
    assert any(s == teller and t == judged and root == "11" for s, t, root, _ in coded), coded


@pytest.mark.parametrize("sentence", [
    "The weather in Seoul was mild on Sunday, according to Japan's meteorological agency.",
    "Iran's uranium stockpile is far beyond the agreed limit, according to Israel.",
])
def test_a_clause_that_judges_nothing_gives_nothing(country_coded: CountryCoded, sentence: str) -> None:
    assert country_coded(sentence, DAY) == set()


@pytest.mark.parametrize(("sentence", "teller"), [
    ("Explosions were heard near the airport overnight, according to the Czech government.", "CZE"),
    ("Two drones struck a fuel depot near the border overnight, according to the Russian defence ministry.", "RUS"),
    ("Unidentified aircraft bombed a market in the north, according to the Malian army.", "MLI"),
])
def test_a_clause_with_no_state_does_not_make_its_teller_a_target(code_coded: CodeCoded, sentence: str,
                                                                  teller: str) -> None:
    coded = code_coded(sentence)
    assert not any(t == teller for _, t, _ in coded), coded


def test_a_teller_the_clause_names_stays_a_target(code_coded: CodeCoded) -> None:
    coded = code_coded("Unidentified gunmen attacked a Malian army base on Sunday, according to the Malian army.")
    assert any(t == "MLI" for _, t, _ in coded), coded
