"""A teller's second act joined by "and" after the clause it reports ("Japan said Chinese ships had entered its
waters and lodged a protest with Beijing"): the teller's act on the state whose deed it reports, not that state's
act on itself (coding._conjoined_teller). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2018, 3, 12)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Vietnam said the Chinese survey ship had entered its economic zone and urged Beijing to withdraw it.",
     ("VNM", "CHN", "02")),
    ("Japan said Russian bombers had violated its airspace and lodged a protest with Moscow.", ("JPN", "RUS", "11")),
    ("Norway said Russian jets had jammed signals in the north and warned Moscow against further interference.",
     ("NOR", "RUS", "13")),
])
def test_the_tellers_second_act(country_coded: CountryCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    coded = country_coded(sentence, DAY)
    assert (*expected, "occurred") in coded
    assert not any(src == tgt == expected[1] for src, tgt, _, _ in coded)


@pytest.mark.parametrize("sentence", [
    # the reported clause's own second verb, in its tense
    "Japan said Russian bombers had violated its airspace and had lodged no flight plan.",
    # two acts of the teller with nothing reported between
    "Japan protested to Moscow and urged Russia to respect its airspace.",
])
def test_no_reported_doer_turned_teller_wrongly(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(src == "RUS" and tgt == "JPN" and root in ("02", "11")
                   for src, tgt, root, _ in country_coded(sentence, DAY))
