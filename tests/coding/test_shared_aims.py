"""Several states (or the "we" of a joint statement) pledging themselves to an aim of their own make no promise to
each other: "Chile and Peru renewed their pledge to an open trading system" has no target. A promise to each other,
to act together or to a third state keeps its parties (coding._shared_aims). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

    from detente.coding import Coder

DAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Chile and Peru renewed their pledge to an open and rules-based trading system.", ("CHL", "PER")),
    ("Norway and Iceland vowed to protect the Arctic fisheries from overfishing.", ("NOR", "ISL")),
    ("The leaders of Kenya and Tanzania reaffirmed their commitment to a stable Great Lakes region.",
     ("KEN", "TZA")),
    ("Argentina and Uruguay committed themselves to cleaner rivers by 2030.", ("ARG", "URY")),
])
def test_a_pledge_to_an_aim_is_no_promise_to_each_other(country_coded: CountryCoded, sentence: str,
                                                        pair: tuple[str, str]) -> None:
    found = {(s, t) for s, t, _, _ in country_coded(sentence, DAY)}
    assert pair not in found
    assert pair[::-1] not in found


def test_the_we_of_a_joint_statement_pledging_to_an_aim(coder: Coder) -> None:
    text = ("Joint Statement of the Leaders of Ghana and Senegal\n"
            "We, the President of Ghana and the President of Senegal, met in Accra today.\n"
            "We reaffirm our steadfast commitment to a secure and prosperous West Africa.\n"
            "We renew our pledge to clean energy for all.")
    pledges = [e for e in coder.code_text(text, date=DAY) if e.code[:2] == "03"]
    assert pledges
    assert all(e.target[:3] not in ("GHA", "SEN") for e in pledges)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Chile and Peru pledged to work together against drug trafficking.", ("CHL", "PER")),
    ("Norway and Iceland reaffirmed their commitment to each other's security.", ("NOR", "ISL")),
    ("Argentina and Uruguay vowed to deepen their bilateral partnership.", ("ARG", "URY")),
    ("Kenya and Tanzania agreed to reopen their border crossing.", ("KEN", "TZA")),
])
def test_a_promise_to_each_other_keeps_both_parties(country_coded: CountryCoded, sentence: str,
                                                    pair: tuple[str, str]) -> None:
    found = {(s, t, root) for s, t, root, _ in country_coded(sentence, DAY)}
    assert (*pair, "03") in found
    assert (*pair[::-1], "03") in found


def test_a_pledge_to_a_third_state_keeps_its_target(country_coded: CountryCoded) -> None:
    found = {(s, t, root) for s, t, root, _ in country_coded("Chile and Peru reaffirmed their commitment to Bolivia.",
                                                             DAY)}
    assert {("CHL", "BOL", "03"), ("PER", "BOL", "03")} <= found
