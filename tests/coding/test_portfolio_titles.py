"""An official introduced with a portfolio told with "of" ("Timor-Leste's Minister of Foreign Affairs and
Cooperation Dionisio Babo Soares") is named again by name (sentences written for these tests, none from an
evaluation set; docs/coder.md, "A minister's portfolio before the name")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._retitled import after_portfolio

DAY = dt.date(2019, 6, 11)


def pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Fiji's Minister of Foreign Affairs and Cooperation Ratu Inoke Kubuabola arrived in Apia on Monday. "
         "Kubuabola praised Samoa for its help.", ("FJI", "WSM", "05")),
        ("Mozambique's Minister of External Relations Oldemiro Baloi met Angolan officials on Monday. "
         "Baloi praised Angola.", ("MOZ", "AGO", "05")),
    ],
)
def test_the_name_after_the_portfolio_is_learned(shared_coder: Coder, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in pairs(shared_coder, text)


@pytest.mark.parametrize(
    ("sentence", "word", "found"),
    [
        ("Fiji 's Minister of Foreign Affairs and Cooperation Ratu Inoke Kubuabola arrived .", "of", "ratu"),
        ("Mozambique 's Minister of External Relations Oldemiro Baloi arrived .", "of", "oldemiro"),
        # no name after the portfolio, or no portfolio: the place is kept
        ("Chile 's Minister of Defense spoke .", "of", "of"),
        ("Chile 's Minister of Foreign Affairs and .", "of", "of"),
        ("the Minister of the Interior Ana Ruiz spoke .", "of", "of"),
    ],
)
def test_where_the_name_begins(sentence: str, word: str, found: str) -> None:
    tokens = sentence.split()
    low = [t.lower() for t in tokens]
    assert low[after_portfolio(tokens, low, low.index(word))] == found
