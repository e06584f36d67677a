"""An attack or an invasion named as what an aim, an intention or a plot is of has not happened
(coding._modality, words.AIMS): it is intended, so coded as a threat of force, never as force used."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2016, 8, 22)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The manoeuvres laid bare the Turkish aim of an invasion of Syria.", ("TUR", "SYR")),
    ("The deployment shows Ethiopia's intention of an attack on Eritrea.", ("ETH", "ERI")),
    ("Venezuela denounced the Colombian scheme for an invasion of its territory.", ("COL", "VEN")),
    ("The map revealed Russia's designs of an occupation of Georgia.", ("RUS", "GEO")),
])
def test_force_aimed_at_is_not_used(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    coded = country_coded(sentence, DAY)
    assert not any((s, t) == pair and root in ("18", "19", "20") for s, t, root, _ in coded)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    # guards: the aim of talks is the talks' purpose (they happened); force told plainly stays force
    ("The aim of the talks between Ghana and Togo was a border deal.", ("GHA", "TGO"), "04"),
    ("Turkish troops began an invasion of Syria on Monday.", ("TUR", "SYR"), "19"),
])
def test_the_aim_of_talks_and_plain_force_stay(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                              root: str) -> None:
    assert any((s, t) == pair and r == root for s, t, r, _ in country_coded(sentence, DAY))
