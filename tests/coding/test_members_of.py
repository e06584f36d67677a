"""A body named by its members ("The members of the Security Council condemned ...") is the subject of its
sentence, and "they" after it is the body (texts written for these tests, none from an evaluation set;
docs/coder.md, "The members of a body, and "they" after them")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._mention_shapes import members_of
from detente.coding.mentions import Mention

DAY = dt.date(2016, 12, 11)


def pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The members of the Security Council condemned the bombing in Kabul on Sunday. They expressed their "
         "condolences to the Government of Afghanistan.", ("IGO", "AFG", "01")),
        ("Members of the European Union condemned the bombing in Kabul on Sunday. They expressed their condolences "
         "to the Government of Afghanistan.", ("IGO", "AFG", "01")),
        ("Leaders of Iran met on Sunday. They condemned Israel.", ("IRN", "ISR", "11")),
    ],
)
def test_they_after_the_members_of_a_body(shared_coder: Coder, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in pairs(shared_coder, text)


def test_members_met_by_another_are_no_subject(shared_coder: Coder) -> None:
    # the members are the object: "they" is not resolved to them
    found = pairs(shared_coder, "Japan met members of the Security Council on Sunday. They condemned Israel.")
    assert ("IGO", "ISR", "11") not in found


@pytest.mark.parametrize(
    ("sentence", "start", "opens"),
    [
        ("the members of the security council condemned", 4, True),
        ("members of the european union condemned", 3, True),
        ("japan met members of the security council", 5, False),
        ("the head of the security council said", 4, False),
    ],
)
def test_which_bodies_are_named_by_their_members(sentence: str, start: int, opens: bool) -> None:
    low = sentence.split()
    assert members_of(low, Mention(start, start + 2, "IGOUNO")) is opens
