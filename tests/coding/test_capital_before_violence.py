"""A capital city right before a noun of violence or unrest, with no possessive, says where it happened, not who
did it: "the Kabul attack" is an attack in Kabul, not the Afghan government's; "Moscow's attack" keeps its doer
(coding.mentions, the places written before a noun). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2016, 9, 20)


def _events(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(("text", "capital"), [
    ("Norway said after the Accra attack that it would close its embassy.", "GHA"),
    ("Norway condemned the Kabul bombing.", "AFG"),
    ("The Bamako blast killed ten people on Monday.", "MLI"),
    ("Police broke up the Caracas protests.", "VEN"),
    ("Chile sent aid after the Lima explosions.", "PER"),
])
def test_a_capital_before_violence_is_no_party(shared_coder: Coder, text: str, capital: str) -> None:
    assert all(capital not in (s, t) for s, t, _ in _events(shared_coder, text))


@pytest.mark.parametrize(("text", "expected"), [
    # a possessive keeps the capital's government as the doer
    ("Norway condemned Moscow's attack on Georgia.", ("NOR", "RUS", "11")),
    # a capital as the subject of a verb still speaks for its government
    ("Seoul protested the attack on its embassy.", ("KOR", "---", "11")),
    # a state's adjective before the noun is its doer
    ("Norway condemned the Russian attack on Georgia.", ("RUS", "GEO", "19")),
    # a pair of capitals names the parties of talks
    ("The Seoul-Tokyo talks resumed on Monday.", ("KOR", "JPN", "04")),
])
def test_possessives_subjects_and_pairs_keep_their_actors(shared_coder: Coder, text: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert expected in _events(shared_coder, text)
