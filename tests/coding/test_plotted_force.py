"""An attack planned, plotted or prepared as a noun of force ("was plotting attacks on", "is planning an invasion
of") is an act to come, not done, and told by another state it is that state's accusation (112) of the plotter
(sentences written for these tests; coding._sponsors).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding._sponsors import plot_of

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2019, 5, 14)


@pytest.mark.parametrize("sentence", [
    "Azerbaijan was plotting fresh attacks on Armenian border posts.",
    "Belarus is planning an incursion into Lithuania.",
])
def test_a_plotted_attack_told_alone_is_no_attack_done(country_coded: CountryCoded, sentence: str) -> None:
    coded = country_coded(sentence, DAY)
    assert coded
    assert not any(root in ("18", "19", "20") and modality == "occurred" for _, _, root, modality in coded)


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("Georgia said Russia was planning a new offensive against Tbilisi.", "GEO", "RUS"),
    ("The Armenian defense ministry said Azerbaijan was preparing a large-scale attack on Armenian villages.",
     "ARM", "AZE"),
    ("Lithuania says Belarus is plotting incursions into its territory.", "LTU", "BLR"),
])
def test_a_plot_of_force_told_by_another_state_is_its_accusation(
        country_coded: CountryCoded, sentence: str, source: str, target: str) -> None:
    coded = country_coded(sentence, DAY)
    assert (source, target, "11", "occurred") in coded
    assert not any(s == target and root in ("13", "18", "19", "20") for s, _, root, _ in coded)


def test_the_plotter_s_own_telling_stays_its_threat(country_coded: CountryCoded) -> None:
    coded = country_coded("Azerbaijan said it was preparing a major offensive against Armenian positions.", DAY)
    assert ("AZE", "ARM", "13", "intended") in coded
    assert not any(root == "11" for _, _, root, _ in coded)


@pytest.mark.parametrize(("words", "at"), [
    (["after", "weeks", "of", "planning", ",", "jets", "struck"], 6),
    (["the", "planning", "of", "the", "attack"], 4),
    (["was", "planning", "talks", "with", "peru"], 2),
])
def test_planning_before_a_done_act_or_a_peaceful_one_is_no_plot(words: list[str], at: int) -> None:
    assert plot_of(words, at) is None
