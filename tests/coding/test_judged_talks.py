"""Talks named as the subject of a judgment of a means, or of one still to come, were not held
(:mod:`detente.coding._judged_talks`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2012, 3, 1)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The North-South dialogue is the only way to ease tension on the peninsula, the DPRK said.", ("PRK", "KOR")),
    ("The talks between Ethiopia and Eritrea are the best option for a lasting peace.", ("ETH", "ERI")),
    ("The Armenia-Azerbaijan negotiations will be difficult, Russia's foreign minister said.", ("ARM", "AZE")),
    ("The dialogue between Israel and Lebanon is not going to be easy.", ("ISR", "LBN")),
])
def test_talks_judged_as_a_means_or_ahead_are_not_held(country_coded: CountryCoded, sentence: str,
                                                       pair: tuple[str, str]) -> None:
    a, b = pair
    held = {e for e in country_coded(sentence, DAY) if {e[0], e[1]} == {a, b} and e[3] == "occurred"}
    assert not held, held


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The talks between Ethiopia and Eritrea in Algiers on Monday were constructive.", ("ETH", "ERI")),
    ("The talks between Armenia and Azerbaijan were very useful, Russia said.", ("ARM", "AZE")),
])
def test_talks_told_as_held_stay_held(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    a, b = pair
    assert any({e[0], e[1]} == {a, b} and e[2] == "04" and e[3] == "occurred"
               for e in country_coded(sentence, DAY))
