"""An act a picture shows is no act the text tells (sentences written for these tests, none from an evaluation set
or the KCNA corpus; docs/coder.md, "Acts a picture shows").

A stamp, an album, a film or an exhibition shows a meeting or a visit of long ago: "a picture of the Thai king
receiving the president of Laos" tells no reception of the article's day. A meeting told beside a picture, in a
clause of its own, stays.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2012, 3, 1)


@pytest.mark.parametrize("sentence", [
    "The new stamp carries a picture of the Thai king receiving the president of Laos.",
    "A documentary film depicting the Cuban leader's talks with the Venezuelan president was screened in Havana.",
    "The album features photographs of the Indian premier visiting Nepal and Bhutan.",
    "A mural showing the Malian president welcoming the king of Morocco was unveiled in Bamako.",
])
def test_an_act_a_picture_shows_is_no_act(country_coded: CountryCoded, sentence: str) -> None:
    assert country_coded(sentence, DAY) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: an act in a clause of its own beside a picture, and pictures after the act
    ("Photos of the rally were shown as the Thai premier met the king of Cambodia on Monday.",
     {("THA", "KHM", "04", "occurred")}),
    ("Egypt released photos on Monday after Sudan attacked its border post.",
     {("SDN", "EGY", "19", "occurred")}),
    ("The Indian premier visited Nepal on Monday and presented pictures of the temple.",
     {("IND", "NPL", "04", "occurred")}),
    ("The Lao envoy laid flowers before a portrait of the Thai king and praised Thailand on Monday.",
     {("LAO", "THA", "05", "occurred")}),
])
def test_an_act_told_beside_a_picture_stays(country_coded: CountryCoded, sentence: str,
                                            expected: set[tuple[str, str, str, str]]) -> None:
    assert country_coded(sentence, DAY) == expected
