"""Forgiveness refused for what is to come is a warning (130): "will never pardon X if ..." (:mod:`detente.coding.
_unforgiven`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

_DAY = dt.date(2012, 10, 12)


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("The people of Vietnam will never pardon the Chinese aggressors if they set foot on the islands again.",
     "VNM", "CHN"),
    ("Seoul would not forgive Tokyo should it keep distorting history.", "KOR", "JPN"),
    ("The Cuban government will never forgive anyone in the United States who backs the blockade.", "CUB", "USA"),
])
def test_forgiveness_refused_to_come_is_a_warning(country_coded: CountryCoded, sentence: str, source: str,
                                                  target: str) -> None:
    found = country_coded(sentence, _DAY)
    assert (source, target, "13", "intended") in found, found
    assert not any(root == "12" for _, _, root, _ in found), found


@pytest.mark.parametrize("sentence", [
    # refused then
    "Tokyo did not forgive Seoul for the remarks if it ever apologised.",
    # a pardon refused to people held: no warning
    "Japan will not pardon the detained Chinese captain if he appeals.",
    # a grievance, no condition
    "The Cuban government will never forgive the United States for the blockade.",
])
def test_other_refusals_stay(country_coded: CountryCoded, sentence: str) -> None:
    found = country_coded(sentence, _DAY)
    assert not any(r == "13" for _, _, r, _ in found), found
