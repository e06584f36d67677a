"""An act of imposing told by a participle after its noun, or by a passive read at its "be", has the actor after
"by" as its doer (:mod:`detente.coding._reduced_passives`): "The sanctions imposed on Myanmar by the United States in
February target the generals" is USA -> MMR 163, as "Iran was sanctioned by the United States" already was. A
participle after a comma and a "by" with no actor keep their coding. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2021, 11, 20)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The boycott imposed on Qatar by Bahrain in June 2017 ended in January 2021.", ("BHR", "QAT")),
    ("The sanctions imposed on Myanmar by the United States in February target the generals.", ("USA", "MMR")),
    ("Curbs imposed on Russian banks by Japan last spring cut their access to yen.", ("JPN", "RUS")),
    ("Penalties were imposed on Nicaragua by Washington on Tuesday.", ("USA", "NIC")),
    ("Sanctions were imposed on Belarus by Lithuania on Friday.", ("LTU", "BLR")),
])
def test_the_actor_after_by_imposes_the_sanctions(country_coded: CountryCoded, sentence: str,
                                                  pair: tuple[str, str]) -> None:
    found = country_coded(sentence, DAY)
    assert (*pair, "16", "occurred") in found
    assert not {f for f in found if f[0] == "---" and f[2] == "16"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Canada imposed sanctions on Venezuela by decree on Monday.", {("CAN", "VEN", "16", "occurred")}),
    ("Chile's troops crossed into Peru, backed by Bolivia.", {("BOL", "CHL", "05", "occurred")}),
    ("Belarus was sanctioned by Lithuania on Friday.", {("LTU", "BLR", "16", "occurred")}),
])
def test_a_subject_or_a_participle_after_a_comma_keeps_its_coding(country_coded: CountryCoded, sentence: str,
                                                                  expected: set[tuple[str, str, str, str]]) -> None:
    assert country_coded(sentence, DAY) == expected
