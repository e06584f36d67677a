"""A state's ministry or minister named after its possessive by a portfolio that is also a verb ("Japan's trade
ministry", "China's finance minister") is that state's official (coding._portfolios; docs/coder.md, "A state's
trade or finance ministry"). Guards: portfolios that are no verbs, and the verb "trade" after a role."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2021, 6, 8)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("South Korea's trade ministry protested to Japan on Tuesday over the export curbs.", ("KOR", "JPN", "11")),
    ("Germany's finance minister criticised Italy on Tuesday for its budget plans.", ("DEU", "ITA", "11")),
    ("Brazil's finance minister met his Argentine counterpart in Brasilia on Tuesday.", ("BRA", "ARG", "04")),
    ("Canada's trade minister accused the United States on Tuesday of breaking the lumber ruling.",
     ("CAN", "USA", "11")),
])
def test_a_portfolio_that_is_a_verb_keeps_the_possessive_state(country_coded: CountryCoded, sentence: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert expected in {c[:3] for c in country_coded(sentence, DAY)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mexico's economy minister met his Canadian counterpart on Tuesday.", ("MEX", "CAN", "04")),
    ("Egypt's foreign ministry condemned Ethiopia on Tuesday over the dam.", ("EGY", "ETH", "11")),
])
def test_portfolios_that_are_no_verbs_are_unchanged(country_coded: CountryCoded, sentence: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert expected in {c[:3] for c in country_coded(sentence, DAY)}


def test_the_verb_trade_after_officials_is_still_a_verb(country_coded: CountryCoded) -> None:
    coded = {c[:2] for c in country_coded("Indian and Chinese officials trade accusations over the border clash.",
                                          DAY)}
    assert not any(src == tgt for src, tgt in coded), coded
