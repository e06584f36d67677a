"""The third party of talks named by a phrase of the talks ("talks mediated by Switzerland", "under EU mediation",
"under the auspices of Saudi Arabia"): it takes part with each side, and the sides still meet each other
(coding._mediators). Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


def _roots(found: list[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in found}


@pytest.mark.parametrize(("sentence", "third", "sides"), [
    ("The foreign ministers of Chad and Niger met in Geneva on Friday for talks mediated by Switzerland.",
     "CHE", ("TCD", "NER")),
    ("Ghana and Togo held talks in Accra on Monday under Nigerian mediation.", "NGA", ("GHA", "TGO")),
    ("Ethiopia and Eritrea resumed negotiations in Jeddah on Sunday under the auspices of Saudi Arabia.",
     "SAU", ("ETH", "ERI")),
    ("Sudan and South Sudan held talks in Addis Ababa on Monday with African Union facilitation.",
     "IGO", ("SDN", "SSD")),
])
def test_the_third_party_meets_each_side_and_the_sides_each_other(code_coded: CodeCoded, sentence: str,
                                                                  third: str, sides: tuple[str, str]) -> None:
    found = _roots(code_coded(sentence))
    a, b = sides
    assert {(third, a, "04"), (third, b, "04")} <= found
    assert (a, b, "04") in found or (b, a, "04") in found
    assert (a, third, "04") not in found and ("---", third, "04") not in found


def test_every_third_party_of_a_list_takes_part(code_coded: CodeCoded) -> None:
    found = _roots(code_coded("Chad and Niger met in Geneva on Friday for talks mediated by the French and "
                              "Belgian envoys."))
    assert {("FRA", "TCD", "04"), ("BEL", "NER", "04")} <= found


def test_talks_to_come_under_a_third_party_are_talks_to_come_with_it(code_coded: CodeCoded) -> None:
    found = code_coded("Chad and Niger will meet in Geneva next week under UN auspices.")
    assert ("IGO", "TCD", "036") in found
    assert ("TCD", "NER", "036") in found or ("NER", "TCD", "036") in found


@pytest.mark.parametrize(("sentence", "expected", "absent"), [
    # guards: a mediator that is the verb's subject, and a ceasefire (no talks) brokered by someone
    ("Russia mediated talks between Chad and Niger in Moscow on Monday.", ("RUS", "TCD", "04"), ("TCD", "RUS", "04")),
    ("Chad accused Niger of violating a ceasefire brokered by Russia.", ("TCD", "NER", "11"), ("RUS", "TCD", "04")),
])
def test_a_named_mediator_and_a_deal_keep_their_reading(code_coded: CodeCoded, sentence: str,
                                                        expected: tuple[str, str, str],
                                                        absent: tuple[str, str, str]) -> None:
    found = _roots(code_coded(sentence))
    assert expected in found
    assert absent not in found
