"""A third party named in a phrase of time after a cooperative act of two or more states is not the act's target:
"Ghana and Togo signed an accord after talks with the Nigerian president" is the two states' act on each other
(coding._together.timed_party_dropped; docs/coder.md, "A party named in a phrase of time after a joint act").
Guards: the act's own "with" phrase, one state acting, an act that is no cooperation."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2021, 9, 8)


@pytest.mark.parametrize(("text", "pair", "third"), [
    ("Ghana and Togo signed an accord after talks with the Nigerian president.", ("GHA", "TGO"), "NGA"),
    ("Chile and Bolivia on Tuesday signed a water treaty after the meeting with Peru's foreign minister.",
     ("CHL", "BOL"), "PER"),
    ("Kenya and Somalia reached an agreement on fishing during a visit by the Ethiopian prime minister.",
     ("KEN", "SOM"), "ETH"),
    ("Armenia and Georgia concluded a transit deal ahead of a summit with Turkey's leader.", ("ARM", "GEO"), "TUR"),
    ("Laos and Cambodia held talks following a meeting with Thai officials.", ("LAO", "KHM"), "THA"),
])
def test_the_parties_act_on_each_other_not_on_the_third(country_coded: CountryCoded, text: str,
                                                         pair: tuple[str, str], third: str) -> None:
    coded = country_coded(text, DAY)
    one, other = pair
    assert {(one, other), (other, one)} <= {(s, t) for s, t, _, _ in coded}, coded
    assert not any(s in pair and t == third for s, t, _, _ in coded), coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo signed an accord with Benin after the meeting.", {("GHA", "BEN"), ("TGO", "BEN")}),
    ("Ghana signed an accord with Togo after talks with the Nigerian president.", {("GHA", "TGO")}),
    ("Ghana and Togo held talks with Nigeria on Monday.", {("GHA", "NGA"), ("TGO", "NGA")}),
])
def test_the_acts_own_party_stays(country_coded: CountryCoded, text: str, expected: set[tuple[str, str]]) -> None:
    coded = {(s, t) for s, t, r, _ in country_coded(text, DAY) if r in ("04", "05")}
    assert expected <= coded, coded
    assert ("GHA", "TGO") not in coded or ("GHA", "TGO") in expected, coded


def test_an_act_that_is_no_cooperation_keeps_its_target(country_coded: CountryCoded) -> None:
    coded = country_coded("Ghana and Togo condemned the raid after talks with Nigeria.", DAY)
    assert ("GHA", "TGO", "11", "occurred") not in coded, coded
