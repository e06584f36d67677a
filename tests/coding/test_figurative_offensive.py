"""An offensive of words or pressure is no fighting (coding._figurative_offensive): "a human rights offensive against
the DPRK", "a diplomatic offensive against Taiwan" are campaigns, not attacks; "offensive" alone stays force."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2011, 11, 30)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Beijing launched a diplomatic offensive against Taipei in Central America.", ("CHN", "TWN")),
    ("The EU stepped up its human rights offensive against Belarus this week.", ("IGO", "BLR")),
    ("Moscow opened a propaganda offensive against Kiev on Monday.", ("RUS", "UKR")),
    ("Japan began a charm offensive toward South Korea on Monday.", ("JPN", "KOR")),
])
def test_an_offensive_of_words_is_no_force(country_coded: CountryCoded, sentence: str,
                                           pair: tuple[str, str]) -> None:
    assert not any(t == pair[1] and r in ("18", "19", "20") for _, t, r, _ in country_coded(sentence, DAY))


@pytest.mark.parametrize(("sentence", "pair"), [
    # guards: an offensive of arms is force
    ("The Ethiopian offensive against Eritrea began on Friday.", ("ETH", "ERI")),
    ("Azerbaijan launched a ground offensive against Armenia on Monday.", ("AZE", "ARM")),
])
def test_an_offensive_of_arms_is_force(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "19", "occurred") in country_coded(sentence, DAY)
