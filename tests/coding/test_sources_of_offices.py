"""Who acts: an office of one state named alone, a leader the people table knows, and the "I" of a release that
names other states beside it (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.model import Article


def _coded(coder: Coder, sentence: str, day: dt.date) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.root) for e in coder.code_sentence(sentence, date=day)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the US office named alone, with a holder the table does not name, or with a rank before it
    ("The Secretary of Defense praised the Estonian minister for the support.", ("USAGOV", "ESTGOV", "05")),
    ("Deputy Secretary of Defense Ann Reyes met Lithuanian officials in Vilnius.", ("USAGOV", "LTUGOV", "04")),
])
def test_the_secretary_of_defense_is_the_us_government(coder: Coder, sentence: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, sentence, dt.date(2022, 3, 1))


@pytest.mark.parametrize("sentence", [
    "The Secretary of Defense for the Philippines met Japanese officials in Manila.",
    "Philippine Secretary of National Defense Rafael Cruz met Japanese officials in Manila.",
])
def test_another_states_defense_secretary_is_not_the_us(coder: Coder, sentence: str) -> None:
    found = _coded(coder, sentence, dt.date(2022, 3, 1))
    assert found and all(source.startswith("PHL") for source, _, _ in found)


@pytest.mark.parametrize(("sentence", "day", "expected"), [
    ("The Assad regime accused Turkey of arming the rebels.", dt.date(2014, 5, 2), ("SYRGOV", "TUR", "11")),
    ("Jordan condemned Assad for the shelling of the border town.", dt.date(2014, 5, 2), ("JOR", "SYRGOV", "11")),
    ("President Assad met the Iraqi foreign minister in Damascus.", dt.date(1995, 5, 2), ("SYRGOV", "IRQGOV", "04")),
])
def test_the_presidents_of_syria_by_name_and_regime(coder: Coder, sentence: str, day: dt.date,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, sentence, day)


def test_assad_out_of_office_is_no_government(coder: Coder) -> None:
    found = _coded(coder, "Assad accused Turkey of arming the rebels.", dt.date(1965, 5, 2))
    assert all(not source.startswith("SYR") for source, _, _ in found)


def test_a_releases_i_is_its_issuers_though_it_names_another_state_beside_me(coder: Coder) -> None:
    text = ("SENIOR OFFICIAL: I will make a short statement and then I will invite your questions. "
            "The Cuban delegation thanked my Mexican counterpart and me for our comments. "
            "I will meet the Cuban delegation again on Friday.")
    article = Article(text, title="Briefing by a Senior State Department Official on the talks with Cuba",
                      date=dt.date(1998, 4, 2), removed=("U.S. Department of State", "Office of the Spokesman"))
    found = {(e.source[:3], e.target[:3], e.root) for e in read_article_events(article, coder=coder).events}
    assert ("USA", "CUB", "03") in found  # the "I" had been read as Cuba's: Cuba meeting itself, dropped
    assert ("USA", "---", "02") in found  # "I will invite your questions"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Office for the Coordination of Humanitarian Affairs urged Ethiopia to reopen the road to Mekelle.",
     ("IGOUNO", "ETH", "02")),
    ("OCHA condemned the shelling of the aid convoy by Sudanese troops.", ("IGOUNO", "SDNMIL", "11")),
    ("The Department of Peace Operations praised Ghana for its troops' service in Lebanon.", ("IGOUNO", "GHA", "05")),
])
def test_the_un_secretariats_offices_are_the_un(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, sentence, dt.date(2021, 5, 10))
