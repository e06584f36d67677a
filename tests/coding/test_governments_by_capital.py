"""Governments named by what holds power and their capital (sentences written for these tests).

"The junta in Bamako", "the military rulers in Niamey", "Guinea's junta": a junta or ruler is the state's
government, as "the regime in ..." and "the authorities in ..." are, and "the junta" named again is the junta
named before. A ruler with no country ("Gulf rulers") stays unknown.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding import Coder

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2023, 9, 14)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The junta in Bamako on Wednesday accused Algeria of harbouring rebel leaders.", ("MLI", "DZA", "11")),
    ("The military junta in Khartoum on Tuesday expelled the Kenyan ambassador.", ("SDN", "KEN", "16")),
    ("The military rulers in Niamey on Monday urged Benin to reopen the border.", ("NER", "BEN", "02")),
    ("The ruling junta in Conakry on Sunday received a Turkish trade delegation.", ("GIN", "TUR", "04")),
])
def test_a_junta_or_its_rulers_in_a_capital_is_its_state(country_coded: CountryCoded, sentence: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert expected in {(s, t, r) for s, t, r, _ in country_coded(sentence, DAY)}


def test_the_junta_named_again_is_the_one_named_before(coder: Coder) -> None:
    found = [{(e.source[:3], e.target[:3]) for e in events} for events in coder.code_many(
        ["Burkina Faso's junta on Monday suspended two French radio stations.",
         "On Tuesday the junta also accused Ivory Coast of training saboteurs."], date=DAY)]
    assert ("BFA", "CIV") in found[1]


def test_rulers_with_no_country_stay_unknown(coder: Coder) -> None:
    events = coder.code_sentence("Gulf rulers on Wednesday urged Iran to halt the attacks on shipping.", date=DAY)
    assert all(not e.source[:3].isalpha() for e in events if e.target[:3] == "IRN")


def test_the_regime_in_a_capital_keeps_its_reading(country_coded: CountryCoded) -> None:
    found = country_coded("The regime in Damascus on Thursday condemned Israeli air strikes near the airport.", DAY)
    assert ("SYR", "ISR", "11", "occurred") in found
