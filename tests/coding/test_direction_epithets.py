"""A country named by its direction after an epithet ("the communist North", "the reclusive North"), as wire copy
writes it (sentences written for these tests, none from an evaluation set; docs/coder.md, "The North with an
epithet"). The guards: a region ("the far North of Japan") and a direction opening a name ("the North Atlantic")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._mention_shapes import direction_named

DAY = dt.date(2016, 2, 9)


def pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("North Korea launched a rocket on Sunday. Tokyo condemned the reclusive North on Monday.",
         ("JPN", "PRK", "11")),
        ("North Korea rejected the offer. A U.S. envoy visited the communist North last week.", ("USA", "PRK", "04")),
        ("North Korea fired a missile. The isolated North rejected the offer from Seoul on Monday.",
         ("PRK", "KOR", "12")),
        ("North Korea fired a missile. Japan's envoy met officials of the impoverished North in Beijing.",
         ("JPN", "PRK", "04")),
        ("South Sudan accused Sudan of bombing. Khartoum accused the impoverished South of lying.",
         ("SDN", "SSD", "11")),
    ],
)
def test_the_north_with_an_epithet_is_the_country(shared_coder: Coder, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in pairs(shared_coder, text)


@pytest.mark.parametrize(
    ("sentence", "word", "named"),
    [
        ("Seoul condemned the reclusive North .", "North", True),
        ("Seoul condemned the North .", "North", True),
        ("KCNA said the north was ready .", "north", True),
        ("Snow fell on the far North of Japan .", "North", False),
        ("Ships crossed the North Atlantic .", "North", False),
        ("North Korea fired .", "North", False),
        ("Troops moved to the north of the country .", "north", False),
    ],
)
def test_which_directions_name_a_country(sentence: str, word: str, named: bool) -> None:
    tokens = sentence.split()
    low = [t.lower() for t in tokens]
    assert direction_named(tokens, low, tokens.index(word)) is named
