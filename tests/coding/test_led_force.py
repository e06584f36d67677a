"""A state joined by a hyphen to "led" before a noun of force leads, and so does, the act (sentences written for
these tests): "the Kenyan-led air strikes" are Kenya's strikes, "condemned the Kenyan-led invasion of Somalia" a
criticism of Kenya, not of Somalia. A state joined to another participle ("Kenyan-backed militias") does not do
what the noun names, and a body a state leads keeps the reading it had ("the Kenyan-led coalition")."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2021, 3, 9)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Kenyan-led air strikes hit Somalia on Monday.", ("KEN", "SOM")),
    ("A Kenyan-led airstrike in Somalia destroyed a bridge.", ("KEN", "SOM")),
    ("The U.S.-led strikes on Syria drew sharp protests.", ("USA", "SYR")),
])
def test_a_state_that_leads_an_act_of_force_does_it(country_coded: CountryCoded, sentence: str,
                                                    pair: tuple[str, str]) -> None:
    found = country_coded(sentence, DAY)
    assert any((s, t) == pair and root in ("18", "19", "20") for s, t, root, _ in found)


@pytest.mark.parametrize(("sentence", "judged", "victim"), [
    ("Ethiopia condemned the Kenyan-led invasion of Somalia.", "KEN", "SOM"),
    ("Ethiopia criticized the U.S.-led strikes on Syria.", "USA", "SYR"),
])
def test_a_judgment_of_a_led_act_is_aimed_at_its_leader(country_coded: CountryCoded, sentence: str, judged: str,
                                                        victim: str) -> None:
    criticized = {t for s, t, root, _ in country_coded(sentence, DAY) if s == "ETH" and root == "11"}
    assert judged in criticized
    assert victim not in criticized


def test_a_state_joined_to_another_participle_does_not_do_the_act(country_coded: CountryCoded) -> None:
    found = country_coded("Kenyan-backed militias raided Somalia.", DAY)
    assert not any(s == "KEN" for s, _, _, _ in found)


def test_a_body_a_state_leads_keeps_its_reading(country_coded: CountryCoded) -> None:
    found = country_coded("The Kenyan-led coalition bombed Somalia.", DAY)
    assert any((s, t) == ("KEN", "SOM") and root in ("18", "19", "20") for s, t, root, _ in found)
