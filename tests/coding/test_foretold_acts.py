"""An act to come told as onlookers' forecast ("Analysts expect Vietnam to impose tariffs on Cambodia", "Experts
think Egypt will strike Ethiopia's dam"), or asked in a question ("Will Bangladesh expel the Burmese envoy?"), is
nobody's announcement: no intent, no threat, no act done. Guards: the same act announced by a state's official,
told as done by analysts, or told by diplomats (whose words are often their state's) keeps its coding."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2021, 10, 12)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [("Analysts expect Vietnam to impose tariffs on Cambodian rice next year.", ("VNM", "KHM")),
     ("Experts think Egypt will attack Ethiopia's dam if the talks fail.", ("EGY", "ETH")),
     ("Will Bangladesh expel the Burmese ambassador? Officials in Dhaka would not say.", ("BGD", "MMR")),
     ("Many observers say Algeria will cut gas supplies to Morocco this winter.", ("DZA", "MAR"))],
)
def test_an_act_foretold_or_asked_is_nobodys(country_coded: CountryCoded, sentence: str,
                                             pair: tuple[str, str]) -> None:
    acts = country_coded(sentence, DAY)
    # kept at most as a hypothetical act, which is no act the text reports (and no threat: root 13 would be one)
    assert all(m == "hypothetical" and r != "13" for s, t, r, m in acts if (s, t) == pair), acts


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [("Algeria will cut gas supplies to Morocco, the energy minister said.", ("DZA", "MAR")),
     ("Analysts said Algeria cut gas supplies to Morocco on Monday.", ("DZA", "MAR")),
     ("Diplomats say Algeria will cut gas supplies to Morocco.", ("DZA", "MAR"))],
)
def test_an_act_announced_or_done_stays(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    acts = country_coded(sentence, DAY)
    assert any((s, t) == pair for s, t, _, _ in acts), acts
