"""A signature campaign, drive or collection against an agreement is a petition, not the agreement signed
(dictionaries/verbs.txt, the null line after "057 signature ... agreement")."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2013, 5, 20)


@pytest.mark.parametrize("sentence", [
    "Filipino activists began a signature campaign against the defence pact with Washington.",
    "Farmers in Seoul launched a signature drive against the trade deal with Chile.",
    "Students in Taipei started a signature collection against the service agreement with China.",
])
def test_a_petition_against_an_agreement_signs_nothing(code_coded: CodeCoded, sentence: str) -> None:
    assert not any(code.startswith("057") for _, _, code in code_coded(sentence))


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The signature of the agreement between Peru and Chile took place on Monday.", ("PER", "CHL")),
    ("Japan and India signed a nuclear cooperation agreement on Monday.", ("JPN", "IND")),
])
def test_a_signing_stays_a_signing(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    coded = country_coded(sentence, DAY)
    assert (*pair, "05", "occurred") in coded or (*pair[::-1], "05", "occurred") in coded
