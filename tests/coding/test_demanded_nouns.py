"""What a headline says is demanded is not done (coding._demanded_nouns): "Withdrawal of Russian Troops from Georgia
Urged" reports a demand, not a withdrawal."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2009, 3, 10)


@pytest.mark.parametrize(("headline", "pair", "root"), [
    ("Russian troop pullout from Georgia urged", ("RUS", "GEO"), "08"),
    ("Turkish Troop Withdrawal from Cyprus Demanded by Greek Students", ("TUR", "CYP"), "08"),
    ("Halt to Japan's Military Threat to China Called For", ("JPN", "CHN"), "13"),
    ("Israeli troop pullout from Lebanon urged in Cairo", ("ISR", "LBN"), "08"),
])
def test_the_act_a_headline_demands_is_not_done(country_coded: CountryCoded, headline: str,
                                                 pair: tuple[str, str], root: str) -> None:
    assert not any((s, t, r) == (*pair, root) for s, t, r, _ in country_coded(headline, DAY))


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    # guards: an act told before a demand, and an act told by a finite verb, are done
    ("Russia withdrew its troops from Georgia and urged calm.", ("RUS", "GEO"), "08"),
    ("Russian Troops Withdrawn from Georgia", ("RUS", "GEO"), "08"),
    ("Turkey pulled its forces out of Cyprus, officials said, and peace talks were urged.", ("TUR", "CYP"), "08"),
])
def test_a_done_act_near_a_demand_stays_done(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                             root: str) -> None:
    assert any((s, t, r, m) == (*pair, root, "occurred") for s, t, r, m in country_coded(sentence, DAY))
