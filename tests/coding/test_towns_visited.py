"""A visit to a town of data/cities.csv is a visit to the country it lies in (coding._struck_places; sentences
written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2023, 9, 5)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The Indian foreign minister paid a brief visit to Karachi on Monday.", ("IND", "PAK")),
    ("Erdogan's surprise visit to Aleppo drew protests.", ("TUR", "SYR")),
    ("The Turkish defense minister visited Kirkuk on Sunday.", ("TUR", "IRQ")),
    ("The Chinese premier made a two-day visit to Busan.", ("CHN", "KOR")),
])
def test_a_town_visited_is_its_country(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "04", "occurred") in country_coded(sentence, DAY)


def test_a_town_of_the_visitor_is_no_target(country_coded: CountryCoded) -> None:
    # guard: a visit inside one's own country names no other
    assert not country_coded("The Indian prime minister visited Amritsar on Monday.", DAY)


def test_a_visit_with_its_country_keeps_it(country_coded: CountryCoded) -> None:
    # guard: a country named beside the town is the target as before
    assert ("JPN", "KOR", "04", "occurred") in country_coded(
        "The Japanese prime minister visited South Korea, stopping in Busan on Monday.", DAY)
