"""An actor joined by a hyphen to the participle of its part (coding._hyphen_parties): the leader of a body ("the
Saudi-led coalition", "NATO-led forces") is the body's doer, and the third party of talks ("EU-facilitated
dialogue", "U.S.-hosted talks") takes part with each side as the one "talks mediated by" names does. Sentences
written for these tests, none from an evaluation set or a page (docs/coder.md, "An actor joined by a hyphen to
its part")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


def _roots(found: list[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in found}


@pytest.mark.parametrize(("sentence", "event"), [
    ("The Saudi-led coalition bombed a fuel depot in Yemen on Thursday.", ("SAU", "YEM", "19")),
    ("A US-led coalition shelled Iraqi army positions near Mosul.", ("USA", "IRQ", "19")),
    ("The French-led forces attacked a convoy of Malian soldiers.", ("FRA", "MLI", "19")),
    ("A Kenyan-led mission arrived in Haiti on Tuesday.", ("KEN", "HTI", "04")),
    ("A coalition led by Saudi Arabia bombed a fuel depot in Yemen on Thursday.", ("SAU", "YEM", "19")),
])
def test_a_body_led_by_a_country_is_that_countrys_doer(code_coded: CodeCoded, sentence: str,
                                                       event: tuple[str, str, str]) -> None:
    assert event in _roots(code_coded(sentence))


def test_a_body_led_by_a_country_is_what_is_acted_on(code_coded: CodeCoded) -> None:
    assert ("IRQ", "USA", "18") in _roots(code_coded("Iraqi insurgents ambushed the US-led coalition near Fallujah."))


@pytest.mark.parametrize(("sentence", "third", "sides"), [
    ("Serbia and Kosovo held EU-facilitated talks in Brussels on Thursday.", "IGO", ("SRB", "KSV")),
    ("Armenia and Azerbaijan held the U.S.-hosted peace talks near Washington on Monday.", "USA", ("ARM", "AZE")),
    ("Ethiopia and Eritrea held Qatari-mediated talks in Doha on Sunday.", "QAT", ("ETH", "ERI")),
    ("Chad and Niger resumed the Swiss-brokered negotiations in Geneva.", "CHE", ("TCD", "NER")),
])
def test_a_third_party_joined_to_the_talks_meets_each_side(code_coded: CodeCoded, sentence: str, third: str,
                                                           sides: tuple[str, str]) -> None:
    found = _roots(code_coded(sentence))
    a, b = sides
    assert {(third, a, "04"), (third, b, "04")} <= found
    assert (a, b, "04") in found or (b, a, "04") in found
    assert (a, third, "04") not in found and (b, third, "04") not in found


def test_backing_talks_a_third_party_qualifies_is_no_act_toward_it(code_coded: CodeCoded) -> None:
    found = code_coded("Canada backs the EU-facilitated dialogue between Serbia and Kosovo.")
    assert not any(t == "IGO" for _, t, _ in found)
    assert {("CAN", "SRB", "05"), ("CAN", "KSV", "05")} <= _roots(found)


@pytest.mark.parametrize(("sentence", "absent"), [
    # a backer is not the body it backs, and a ceasefire brokered is no talks held
    ("Iran-backed militias fired rockets at an Israeli town.", "IRN"),
    ("Israel and Lebanon accepted a French-brokered ceasefire on Wednesday.", "FRA"),
    ("The Labour-led coalition in Wellington criticised Fiji.", "GBR"),
])
def test_a_hyphened_actor_with_no_such_part_takes_none(code_coded: CodeCoded, sentence: str, absent: str) -> None:
    assert not any(absent in (s, t) for s, t, _ in code_coded(sentence))


def test_a_body_that_names_its_own_actor_keeps_it(code_coded: CodeCoded) -> None:
    found = _roots(code_coded("The U.S.-led NATO forces shelled a Serbian village."))
    assert ("USA", "SRB", "19") not in found
