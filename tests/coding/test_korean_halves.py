"""KCNA's lower-case "the north" and "the south" for the two Koreas (sentences written for these tests).

In a text that has named one of the Koreas, "the north" alone is North Korea and "the south" South Korea, as "the
North" and "the South" are in other agencies' copy. Not a place ("in the north", "the north of the country"), not
the two sides at once ("between the north and the south", "in the north, the south and abroad"), not a compound
("north-south relations"), and not in a text that has named no Korea.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 3, 2)
OPENING = "The DPRK blasted the south Korean authorities."


def _pairs(coder: Coder, sentences: list[str]) -> set[tuple[str, str]]:
    return {(e.source[:3], e.target[:3]) for e in coder.code_many(sentences, date=DAY)[-1]}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("The south fired artillery shells at the north.", ("KOR", "PRK")),
        ("The south rejected the proposal of the north for talks.", ("KOR", "PRK")),
        ("The north proposed military talks to the south.", ("PRK", "KOR")),
        ("The puppet army staged war drills against the north on Monday.", ("KOR", "PRK")),
        ("The north condemned Japan for its moves to arm itself.", ("PRK", "JPN")),
    ],
)
def test_the_north_and_the_south_of_a_text_on_korea(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(coder, [OPENING, sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        "Heavy rain fell in the north and Japan sent aid to the victims.",
        "Floods hit the north of the country and Japan sent aid to the victims.",
        "The people in the north, the south and abroad condemned Japan.",
        "Relations between the north and the south were praised by Japan.",
        "North-south relations were praised by Japan.",
    ],
)
def test_places_pairs_and_compounds_stay_unknown(coder: Coder, sentence: str) -> None:
    assert all(code not in ("PRK", "KOR") for pair in _pairs(coder, [OPENING, sentence]) for code in pair)


def test_no_korea_named_no_half(coder: Coder) -> None:
    assert all(code not in ("PRK", "KOR") for pair in _pairs(
        coder, ["The talks were held in Geneva.", "The south fired artillery shells at the north."]) for code in pair)


def test_the_south_of_sudan_stays_lower_case_only_for_korea(coder: Coder) -> None:
    assert all("SSD" not in pair for pair in _pairs(
        coder, ["Sudan accused the rebels of attacks.", "The south condemned Sudan for the bombing."]))
