"""An agreement told as reached between two states in a phrase of the sentence (a participle of reaching, a noun
of signing, a welcome of it): each signs it with the other (:mod:`detente.coding._agreed_between`). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2019, 4, 17)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Norway welcomed the ceasefire agreement reached between Colombia and Venezuela.", ("COL", "VEN")),
    ("Brazil hailed the trade deal between Argentina and Uruguay.", ("ARG", "URY")),
    ("The Secretary-General welcomed the signing of the border accord between Kyrgyzstan and Tajikistan.",
     ("KGZ", "TJK")),
    ("Canada welcomed the signature of the peace treaty between the President of Moldova and the Prime Minister of "
     "Romania.", ("MDA", "ROM")),
    ("Ghana praised the historic agreement struck between Togo and Benin.", ("TGO", "BEN")),
])
def test_each_party_signs_with_the_other(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    found = {(s, t) for s, t, r, _ in country_coded(sentence, DAY) if r == "05"}
    one, other = pair
    assert (one, other) in found and (other, one) in found


def test_the_welcome_stays(country_coded: CountryCoded) -> None:
    found = {(s, t, r) for s, t, r, _ in country_coded("Brazil hailed the trade deal between Argentina and "
                                                          "Uruguay.", DAY)}
    assert {("BRA", "ARG", "05"), ("BRA", "URY", "05")} <= found


@pytest.mark.parametrize("sentence", [
    "Rwanda accused Uganda of violating the 2019 agreement between the two countries.",
    "Under the previous deal between Chile and Bolivia, trade was free.",
    "Ghana criticized the agreement between Togo and Benin.",
    "Brazil praised the 1998 peace treaty between Peru and Ecuador.",
    "Peru will not welcome any deal between Chile and Bolivia.",
    "Togo and Benin will expand trade in line with the agreement reached between the two countries.",
    "The signing of the agreement between the Sudanese army and Sudanese rebels was praised by Egypt.",
])
def test_an_agreement_not_told_as_reached_is_no_signing(country_coded: CountryCoded, sentence: str) -> None:
    found = {(s, t) for s, t, r, _ in country_coded(sentence, DAY) if r == "05"}
    assert not any({s, t} <= {"UGA", "RWA", "CHL", "BOL", "TGO", "BEN", "PER", "ECU", "SDN"} for s, t in found)
