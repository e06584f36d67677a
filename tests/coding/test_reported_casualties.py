"""Casualties told in a reported clause ("the ministry said four soldiers were wounded"): the soldiers are the
victims, never the doers (coding._casualty_passive; sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article_text

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize(("sentence", "victim"), [
    ("Kyiv said two Ukrainian soldiers were wounded on Friday.", "UKR"),
    ("Officials said four Indian troops were wounded in the firing.", "IND"),
    ("Beirut said seven Lebanese civilians were injured.", "LBN"),
    ("Baku said that three Azerbaijani soldiers were wounded overnight.", "AZE"),
    ("Yerevan said that three Armenian servicemen were badly wounded.", "ARM"),
])
def test_the_wounded_of_a_reported_clause_are_its_victims(code_coded: CodeCoded, sentence: str, victim: str) -> None:
    coded = code_coded(sentence)
    assert ("---", victim, "180") in coded
    assert not any(source == victim and code[:2] == "18" for source, _, code in coded)


def test_an_agent_after_by_is_the_doer(country_coded: CountryCoded) -> None:
    coded = country_coded("The ministry said two Armenian soldiers were wounded by Azerbaijani drones.", DAY)
    assert ("AZE", "ARM", "18", "occurred") in coded


def test_an_active_killing_keeps_its_doer(country_coded: CountryCoded) -> None:
    coded = country_coded("The ministry said Azerbaijani forces killed two Armenian soldiers.", DAY)
    assert ("AZE", "ARM", "18", "occurred") in coded


def test_a_copula_before_another_adjective_stays_active(code_coded: CodeCoded) -> None:
    assert ("JPN", "---", "111") in code_coded("Japan said it was concerned about the launch.")


def test_the_victims_side_is_no_doer_in_an_article_of_border_clashes(coder: Coder) -> None:
    text = ("Azerbaijani forces shelled Armenian positions on Monday, Armenia's defence ministry said.\n\n"
            "The ministry said that four Armenian soldiers were wounded.")
    reading = read_article_events(read_article_text(text, date=DAY), coder=coder)
    assert not any(e.source[:3] == "ARM" and e.code[:2] == "18" for e in reading.events)


def test_a_passive_the_parse_already_reads_stays(code_coded: CodeCoded) -> None:
    assert ("---", "SYR", "180") in code_coded("The ministry said that two Syrian soldiers were killed.")
