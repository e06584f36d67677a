"""The act a threat or a vow names is the complement of the verb, whatever the subject: "Kenya's president
threatened to attack Somalia" threatens Somalia (coding._intent_complement; sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2022, 6, 20)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Uganda's president threatened to attack South Sudan on Monday.", ("UGA", "SSD")),
    ("The Chadian government threatened to impose sanctions on Sudan on Monday.", ("TCD", "SDN")),
    ("Poland's government vowed to punish Belarus on Monday.", ("POL", "BLR")),
    ("The Ethiopian government threatened to declare war on Eritrea on Sunday.", ("ETH", "ERI")),
    ("Serbia's defence minister threatened to attack Kosovo on Friday.", ("SRB", "KSV")),
    ("The Iranian government vowed to retaliate against Israel on Monday.", ("IRN", "ISR")),
])
def test_a_threat_by_a_noun_subject_has_its_target(country_coded: CountryCoded, sentence: str,
                                                   pair: tuple[str, str]) -> None:
    assert any((s, t, r) == (*pair, "13") for s, t, r, _ in country_coded(sentence, DAY))


def test_a_promise_by_a_noun_subject_has_its_target(country_coded: CountryCoded) -> None:
    assert any((s, t, r) == ("KEN", "SOM", "03") for s, t, r, _ in country_coded(
        "Kenya's president promised to send food aid to Somalia on Monday.", DAY))


def test_a_threatened_expulsion_is_no_expulsion(country_coded: CountryCoded) -> None:
    # the infinitive read as a purpose was coded as an expulsion done
    coded = country_coded("The Sudanese government threatened to expel the Chadian ambassador on Monday.", DAY)
    assert ("SDN", "TCD", "13", "occurred") in coded
    assert not any(r == "16" for _, _, r, _ in coded), coded


def test_a_purpose_after_an_object_stays_a_purpose(country_coded: CountryCoded) -> None:
    # guard: "to show resolve" after the object and a comma is the threat's purpose, not its act
    coded = country_coded("Serbia's president threatened Kosovo on Friday, to show resolve.", DAY)
    assert ("SRB", "KSV", "13", "occurred") in coded
