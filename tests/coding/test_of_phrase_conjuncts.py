"""A party coordinated with a noun whose "of" phrase names no actor (sentences written for these tests).

"Chile urged the ministers of the region and Peru to resume talks": the parse hangs "Peru" on "region", the noun
of the "of" phrase, not on "ministers", and the reading of the object stopped at the role of no country. When
the noun of the "of" phrase names no actor, the parties coordinated with it are parties of the act
(`coding._noun_actors`); a noun that names an actor ("the ministers of Bolivia and Peru") keeps its reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2019, 8, 21)


def _targets(coder: Coder, text: str, root: str) -> set[str]:
    return {e.target[:3] for e in coder.code_sentence(text, date=DAY) if e.code.startswith(root)}


@pytest.mark.parametrize(("text", "root", "target"), [
    ("Chile urged the ministers of the region and Peru to resume talks.", "02", "PER"),
    ("Chile urged the envoys of the region and the government of Peru to resume talks.", "02", "PER"),
    ("The United States calls on all five members of the Six Party Talks and the United Nations Security "
     "Council to exert every effort.", "02", "IGO"),
    ("Chile called on the members of the trade bloc and the Security Council to press Peru.", "02", "IGO"),
    ("Chile praised the people of the region and Peru.", "05", "PER"),
])
def test_the_party_after_the_of_phrase_is_a_target(coder: Coder, text: str, root: str, target: str) -> None:
    assert target in _targets(coder, text, root)


def test_an_of_phrase_naming_parties_keeps_its_reading(coder: Coder) -> None:
    assert _targets(coder, "Chile urged the ministers of Bolivia and Peru to resume talks.", "02") == {"BOL", "PER"}


def test_an_actor_of_the_of_phrase_is_not_passed_over(coder: Coder) -> None:
    # the rebels are an actor: the phrase names it, and what is coordinated with it stays as the parse reads it
    assert "---" in _targets(coder, "Chile criticized the leader of the rebels and Peru.", "11")
