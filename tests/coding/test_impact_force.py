"""Force told by a verb of impact ("pounded", "hammered", "pummelled", "battered", "hit"): an armed blow is an
attack (19) on the state struck; the same verbs for sanctions, storms, tariffs and deals are no force."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2023, 6, 14)


@pytest.mark.parametrize(("text", "pair"), [
    ("Ethiopian artillery pounded Eritrean trenches along the border on Tuesday.", ("ETH", "ERI")),
    ("Israeli warplanes hammered Hezbollah positions in Lebanon on Tuesday.", ("ISR", "LBN")),
    ("Russia hit Ukraine with more than 30 cruise missiles on Tuesday.", ("RUS", "UKR")),
    ("Saudi jets pummelled Yemeni towns near the border overnight.", ("SAU", "YEM")),
    ("Azerbaijan battered Armenian army positions with drones on Tuesday.", ("AZE", "ARM")),
    ("Pakistan pounded Afghan border posts on Tuesday, the Taliban government said.", ("PAK", "AFG")),
])
def test_an_armed_impact_is_force(country_coded: CountryCoded, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "19", "occurred") in country_coded(text, DAY)


@pytest.mark.parametrize("text", [
    "Fresh U.S. sanctions hit Iran's oil exports on Tuesday.",
    "A typhoon battered the Philippines on Tuesday.",
    "Japan and South Korea hammered out a deal on wartime labour on Tuesday.",
    "China's tariffs hit Australian wine makers hard last year.",
    "The scandal pounded the Japanese government's approval ratings on Tuesday.",
])
def test_impact_words_without_arms_are_no_force(country_coded: CountryCoded, text: str) -> None:
    assert not [e for e in country_coded(text, DAY) if e[2] in ("18", "19")], country_coded(text, DAY)


def test_hit_with_tariffs_stays_a_sanction(country_coded: CountryCoded) -> None:
    assert ("USA", "CHN", "16", "occurred") in country_coded("Washington hit China with new tariffs on Tuesday.", DAY)
