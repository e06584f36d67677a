"""An act named by a noun and judged unreal ("Israeli Attack On Iran Is Sheer Fantasy") did not happen
(coding._dreamed). Headlines written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2013, 4, 2)


@pytest.mark.parametrize(("headline", "act"), [
    ("Israeli Attack On Iran Is Sheer Fantasy", ("ISR", "IRN", "19")),
    ("U.S. Blockade Of Cuba Is Daydream", ("USA", "CUB", "19")),
    ("U.S. Nuclear Strike On DPRK Is Wild Dream", ("USA", "PRK", "19")),
    ("Indian attack on Pakistan is a daydream, Islamabad says.", ("IND", "PAK", "19")),
])
def test_an_act_judged_unreal_did_not_happen(country_coded: CountryCoded, headline: str,
                                             act: tuple[str, str, str]) -> None:
    assert (*act, "occurred") not in country_coded(headline, DAY)


@pytest.mark.parametrize(("sentence", "act"), [
    # guards: an act told as done, and one whose clause ends before the judgment
    ("Israeli attack on Gaza kills 12.", ("ISR", "PSE", "19", "occurred")),
    ("Israeli Attack On Gaza Kills 12", ("ISR", "PSE", "19", "occurred")),
    ("The Indian attack on Pakistan, which officials called a dream of the generals, killed three.",
     ("IND", "PAK", "19", "occurred")),
])
def test_acts_told_as_done_stay(country_coded: CountryCoded, sentence: str, act: tuple[str, str, str, str]) -> None:
    assert act in country_coded(sentence, DAY)
