"""Greetings, regards and good wishes conveyed, extended or sent are praise of whom they are for (051), as
greetings sent and thanks conveyed are; asking another to convey them is the same courtesy, not a request (020)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2013, 5, 14)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The Vietnamese president conveyed his warm greetings to the Lao prime minister.", ("VNM", "LAO")),
    ("The Cuban president extended his cordial regards to the people of Angola.", ("CUB", "AGO")),
    ("The Indian prime minister sent his best wishes to the people of Nepal.", ("IND", "NPL")),
    ("The Mongolian president conveyed his felicitations to the Kazakh president.", ("MNG", "KAZ")),
])
def test_courtesies_are_praise(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "05", "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize("sentence", [
    "The Vietnamese president asked the Lao envoy to convey his warm greetings to the Lao people.",
    "The Indian prime minister requested the Nepali minister to convey his best wishes to the king.",
    "The Mongolian president asked the Kazakh ambassador to pass on his regards to Nazarbayev.",
])
def test_asking_to_convey_courtesies_is_no_request(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(root == "02" for _, _, root, _ in country_coded(sentence, DAY))


@pytest.mark.parametrize(("sentence", "pair"), [
    # guards: a real request stays one
    ("The Vietnamese president asked the Lao envoy to convey a warning to Thailand.", ("VNM", "LAO")),
    ("The Indian prime minister asked Nepal to stop the smuggling.", ("IND", "NPL")),
])
def test_real_requests_stay(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert any((s, t) == pair and root == "02" for s, t, root, _ in country_coded(sentence, DAY))


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The Thai king asked the Cambodian envoy to convey his warm greetings to Prime Minister Hun Sen.", ("THA", "KHM")),
    ("The Egyptian president requested the Sudanese minister to convey his best wishes to the Sudanese people.",
     ("EGY", "SDN")),
    ("The Turkish president asked the Azerbaijani ambassador to pass on his regards to Aliyev.", ("TUR", "AZE")),
])
def test_asking_to_convey_courtesies_is_the_askers_praise(country_coded: CountryCoded, sentence: str,
                                                          pair: tuple[str, str]) -> None:
    assert (*pair, "05", "occurred") in country_coded(sentence, DAY)
