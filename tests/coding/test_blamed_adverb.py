"""The one "to blame" is blamed, also with an adverb before "to blame" (coding._blamed, coding.clauses): "Israel
Solely to Blame for Gaza Crisis" and "U.S. chiefly to blame for violating the accord" lay the blame on Israel and
on the U.S., whether the parser reads the adverb as one or as the headline's verb."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from detente.coding import Coder

DAY = dt.date(2012, 6, 27)


@pytest.mark.parametrize(("headline", "blamed"), [
    ("Israel Solely to Blame for Gaza Crisis", "ISR"),
    ("Ethiopia wholly to blame for collapse of border talks with Eritrea", "ETH"),
    ("U.S. chiefly to blame for violating accord with Cuba", "USA"),
    ("Pakistan entirely to blame for Kashmir tension", "PAK"),
])
def test_the_one_to_blame_is_blamed(shared_coder: Coder, headline: str, blamed: str) -> None:
    events = shared_coder.code_sentence(headline, date=DAY)
    assert not any(e.source[:3] == blamed and e.code[:2] == "11" for e in events)
    assert any(e.target[:3] == blamed and e.code[:2] == "11" for e in events)


@pytest.mark.parametrize(("sentence", "blamer", "blamed"), [
    # guards: a blamer named as the subject of "blamed", or before "said", keeps the blame
    ("Eritrea blamed Ethiopia for the collapse of the border talks.", "ERI", "ETH"),
    ("Cuba said the U.S. was chiefly to blame for the tension.", "CUB", "USA"),
])
def test_a_named_blamer_keeps_the_blame(shared_coder: Coder, sentence: str, blamer: str, blamed: str) -> None:
    assert any((e.source[:3], e.target[:3], e.code[:2]) == (blamer, blamed, "11")
               for e in shared_coder.code_sentence(sentence, date=DAY))
