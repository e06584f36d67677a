"""What an agreement covers is no act (coding._agreement_topics): "signed agreements on gas import and export"
gives the signing (057), not economic cooperation (061) or aid (070) between the signers."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2011, 11, 28)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    ("Kazakhstan and China signed agreements on oil export and transit on Monday.", ("KAZ", "CHN"), "06"),
    ("Ukraine and Turkey signed agreements on grain import and export on Monday.", ("UKR", "TUR"), "06"),
    ("Egypt and Sudan signed agreements on investment, trade and aid on Monday.", ("EGY", "SDN"), "07"),
    ("Egypt and Sudan signed agreements on investment, trade and aid on Monday.", ("EGY", "SDN"), "06"),
    ("Peru and Bolivia signed protocols on electricity export and trade on Monday.", ("PER", "BOL"), "06"),
    ("Algeria and Spain signed contracts on gas import and transit on Friday.", ("DZA", "ESP"), "06"),
    ("Brazil and Angola signed agreements on trade, investment and aid on Friday.", ("BRA", "AGO"), "06"),
    ("Chile and Argentina signed accords on energy trade and investment on Friday.", ("CHL", "ARG"), "06"),
])
def test_the_field_of_an_agreement_is_no_act(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                             root: str) -> None:
    coded = country_coded(sentence, DAY)
    assert any((s, t, r) == (*pair, "05") for s, t, r, _ in coded)  # the signing is told
    assert not any(s in pair and r == root for s, _, r, _ in coded)  # no field as an act of a signer


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    # guards: trade and aid told by a verb, or outside a text's topic, are acts
    ("Kazakhstan agreed to export more oil to China on Monday.", ("KAZ", "CHN"), "03"),
    ("Egypt sent humanitarian aid to Sudan on Monday.", ("EGY", "SDN"), "07"),
    ("Egypt boosted trade with Sudan on Monday.", ("EGY", "SDN"), "06"),
    ("Kazakhstan began oil exports to China on Monday.", ("KAZ", "CHN"), "06"),
])
def test_cooperation_told_otherwise_stays(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                          root: str) -> None:
    assert any((s, t, r) == (*pair, root) for s, t, r, _ in country_coded(sentence, DAY))
