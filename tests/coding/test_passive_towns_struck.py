"""A town told as the subject of a passive of force is the place struck: "Kherson was shelled by Russian troops"
is Russia's attack on Ukraine (the country the town lies in), never an attack by an unknown doer on the agent;
"hit" in a passive with an armed agent ("was hit by Iranian missiles") is force. A town of the attacker's own
country and a passive with no state agent keep their reading."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2024, 5, 8)


@pytest.mark.parametrize(("text", "pair"), [
    ("Kherson was shelled by Russian troops on Tuesday, the regional governor said.", ("RUS", "UKR")),
    ("Sumy was struck by Russian glide bombs on Tuesday.", ("RUS", "UKR")),
    ("Zaporizhzhia was heavily struck by Russian missiles overnight.", ("RUS", "UKR")),
    ("Tel Aviv was hit by Iranian ballistic missiles on Tuesday.", ("IRN", "ISR")),
])
def test_a_town_struck_in_a_passive_is_the_target(country_coded: CountryCoded, text: str,
                                                  pair: tuple[str, str]) -> None:
    coded = country_coded(text, DAY)
    assert (*pair, "19", "occurred") in coded, coded
    assert not [e for e in coded if (e[1], e[0]) == pair], coded


def test_no_doer_is_invented(code_coded: CodeCoded) -> None:
    found = code_coded("The Israeli town of Metula was shelled by the Zayani Brigade on Tuesday.")
    assert all(s == "---" for s, _, c in found if c[:2] == "19"), found


def test_unarmed_passive_hit_is_no_force(country_coded: CountryCoded) -> None:
    coded = country_coded("Moscow was hit by new British sanctions on Tuesday.", DAY)
    assert not [e for e in coded if e[2] == "19"], coded
