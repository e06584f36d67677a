"""A pullback of the teller's own forces or arms told in the passive in what the teller says ("said its troops
would be withdrawn", "a statement that Turkish warships would be pulled back") is the teller's de-escalation (087),
announced and so taken; another state's forces, a doer named by "by", or a condition leave it as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from detente.coding import Coder

DAY = dt.date(2016, 9, 20)

#: (source country, target country, code, modality) of each event of a sentence
Coded = Callable[[str], set[tuple[str, str, str, str]]]


@pytest.fixture(scope="module")
def coded(shared_coder: Coder) -> Coded:
    def read(text: str) -> set[tuple[str, str, str, str]]:
        return {(e.source[:3], e.target[:3], e.code, e.modality) for e in shared_coder.code_sentence(text, date=DAY)}
    return read


@pytest.mark.parametrize(("text", "event"), [
    ("India said that its troops would be withdrawn from the disputed plateau.", ("IND", "---", "087", "occurred")),
    ("Turkey issued a statement that Turkish warships would be pulled back from the Aegean.",
     ("TUR", "---", "087", "occurred")),
    ("Armenia told Azerbaijan that Armenian units would be withdrawn from the border villages by Friday.",
     ("ARM", "AZE", "087", "occurred")),
])
def test_the_teller_pulls_back_its_own_forces(coded: Coded, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize("text", [
    "India said that Chinese troops would be withdrawn from the disputed plateau.",  # another state's forces
    "India said that its troops would be withdrawn if China stopped the road works.",  # a condition
    "India said that its troops would be withdrawn by the United Nations.",  # a doer named
    "India demanded that its troops be withdrawn.",  # no report
])
def test_no_pullback_of_the_teller(coded: Coded, text: str) -> None:
    assert not any(s == "IND" and c[:2] == "08" for s, _, c, _ in coded(text))
