"""A charge a statement lays in its own voice ("Belarus alone is responsible for the deaths at the border", "the
regime planned to attack our forces") is the voice's disapproval (root 11) of that state; a news report with no
"we", a duty, a negation and a line of what may be keep their reading (sentences written for these tests;
coding._own_charges).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._own_charges import charge_at

DAY = dt.date(2021, 11, 12)
OPENING = "The United States condemns the violence at the Polish border, and we stand with our Polish partners."


def _events(coder: Coder, sentences: list[str]) -> set[tuple[str, str, str]]:
    """Country, country and root of each event the coder reads in one text."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for found in coder.code_many(sentences, date=DAY)
            for e in found}


@pytest.mark.parametrize("charge", [
    "Belarus alone is responsible for the deaths of migrants at the border.",
    "The Belarusian regime bears full responsibility for the deaths of these people.",
    "Our information shows that the Belarusian regime planned to attack Polish border posts.",
    "Belarusian security forces were behind the attacks on Polish border guards.",
])
def test_a_charge_in_a_statement_s_own_voice_is_its_disapproval(shared_coder: Coder, charge: str) -> None:
    assert ("USA", "BLR", "11") in _events(shared_coder, [OPENING, charge])


@pytest.mark.parametrize("line", [
    "Belarus is not responsible for the deaths at the border, Minsk claims.",
    "Belarus would be responsible for any further deaths at the border.",
    "The Belarusian border service is responsible for the security of the crossing.",
])
def test_a_denial_a_condition_and_a_duty_lay_no_charge(shared_coder: Coder, line: str) -> None:
    assert not any(r == "11" and t == "BLR" for _, t, r in _events(shared_coder, [OPENING, line]))


def test_a_news_report_with_no_voice_of_its_own_lays_no_charge(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["Polish guards clashed with migrants at the border on Tuesday.",
                                   "Belarus alone is responsible for the deaths of migrants at the border."])
    assert not any(r == "11" and t == "BLR" for _, t, r in found)


@pytest.mark.parametrize(("words", "found"), [
    (["russia", "is", "solely", "responsible", "for", "the", "attack"], 3),
    (["the", "regime", "planned", "to", "attack", "our", "forces"], 2),
    (["russia", "is", "responsible", "for", "maintaining", "peace"], None),
    (["if", "russia", "attacks", ",", "it", "is", "responsible", "for", "the", "deaths"], None),
])
def test_where_a_line_lays_a_charge(words: list[str], found: int | None) -> None:
    assert charge_at(words) == found
