"""A breach of norms one side says another committed is the teller's charge (111), not the other's defiance
(128): "Beijing said Washington has seriously breached its commitments" (coding._charged_breach). A breach told in
the text's own voice, or a crossing into a place however told, stays. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(("sentence", "doer"), [
    ("Beijing said Washington has seriously breached its commitments.", "USA"),
    ("The spokesman said Tokyo had flagrantly violated Chinese sovereignty.", "JPN"),
    ("Wang said that by selling arms to Taiwan, the United States has violated its commitments to China.", "USA"),
    ("By approving the sale, Washington has gravely violated its promises to Beijing, the Chinese foreign ministry "
     "said.", "USA"),
])
def test_a_breach_said_of_another_is_no_act_of_its_doer(country_coded: CountryCoded, sentence: str,
                                                        doer: str) -> None:
    assert not any(s == doer and root == "12" for s, _, root, _ in country_coded(sentence, DAY))


def test_the_teller_disapproves_of_the_doer(country_coded: CountryCoded) -> None:
    found = country_coded("By approving the sale, Washington has gravely violated its promises to Beijing, the Chinese "
                          "foreign ministry said.", DAY)
    assert ("CHN", "USA", "11", "occurred") in found


@pytest.mark.parametrize(("sentence", "event"), [
    ("Russia has violated Ukraine's sovereignty.", ("RUS", "UKR", "12")),
    ("China said the United States had violated the agreement.", ("CHN", "USA", "11")),
])
def test_a_breach_in_the_own_voice_and_the_charge_stay(country_coded: CountryCoded, sentence: str,
                                                      event: tuple[str, str, str]) -> None:
    assert event in {(s, t, root) for s, t, root, _ in country_coded(sentence, DAY)}


def test_a_crossing_into_waters_stays_the_crossers_act(country_coded: CountryCoded) -> None:
    found = country_coded("Hanoi said Chinese ships violated Vietnamese waters.", DAY)
    assert any((s, t) == ("CHN", "VNM") for s, t, _, _ in found)
