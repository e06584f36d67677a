"""A report that tells another state's act as doing harm ("said Romania's decision had damaged trust", "said the
Bolivian president had groundlessly insulted the Peruvian people", "said Moscow's refusal raised serious doubts"):
the teller's criticism (111) of the doer, not a bare statement aimed at no one (coding._harm_told). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2019, 3, 8)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Hungary said on Monday that Romania's decision to close the border crossing had damaged trust between the "
     "two neighbours.", ("HUN", "ROM")),
    ("The Greek government said Turkey's drilling plans undermine stability in the eastern Mediterranean.",
     ("GRC", "TUR")),
    ("Peru's foreign ministry said the Bolivian president had groundlessly insulted the Peruvian people.",
     ("PER", "BOL")),
    ("Officials in Oslo said Moscow's refusal to cooperate raised serious doubts about its commitment to the "
     "treaty.", ("NOR", "RUS")),
    ("Poland said Germany's pipeline deal with Russia has been undermining European unity.", ("POL", "DEU")),
    ("The Kenyan foreign ministry said Somalia's decision to auction the oil blocks had poisoned relations.",
     ("KEN", "SOM")),
])
def test_harm_told_is_a_criticism_of_its_doer(country_coded: CountryCoded, sentence: str,
                                              pair: tuple[str, str]) -> None:
    assert (*pair, "11", "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize("sentence", [
    # the teller's own act
    "Hungary said its decision to close the border crossing had damaged trade with Romania.",
    # harm done by no state, a state named as a place
    "Hungary said the floods damaged roads near the Romanian border.",
    # the state struck, not faulted
    "Hungary said the attack on Romania damaged confidence in the region.",
    # harm feared, denied or suffered
    "Hungary said Romania's plan could have damaged trust.",
    "Hungary said Romania's decision did not damage relations.",
    "Hungary said relations with Romania had been damaged by the row.",
])
def test_no_criticism_of_another_state(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(src == "HUN" and tgt == "ROM" and root == "11"
                   for src, tgt, root, _ in country_coded(sentence, DAY))
