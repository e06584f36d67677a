""""The two sides" are the parties of the talks, not the states that watched them (sentences written for these
tests).

"Sudan and South Sudan held talks ... Egypt and Kenya followed the talks closely. The two sides agreed ...": a
pair of states told only looking on talks or an agreement told before (followed, welcomed, praised, hailed) are
not "the two sides", "both countries", "the two delegations" after them, when the recent sentences name two other
states; with no other pair named they still are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2019, 10, 9)


def _pairs(coder: Coder, sentences: list[str]) -> list[set[tuple[str, str, str]]]:
    return [{(e.source[:3], e.target[:3], e.code[:2]) for e in found}
            for found in coder.code_many(sentences, date=DAY)]


@pytest.mark.parametrize(("sentences", "parties", "onlookers"), [
    (["Sudan and South Sudan held talks in Juba on Monday on the disputed oil transit fees.",
      "Egypt and Kenya followed the talks closely.",
      "The two sides agreed to meet again in Khartoum next month."], {"SDN", "SSD"}, {"EGY", "KEN"}),
    (["Thailand and Cambodia signed a border agreement in Phnom Penh on Friday.",
      "Japan and Australia praised the agreement on Saturday.",
      "Both countries agreed to withdraw their troops from the temple area."], {"THA", "KHM"}, {"JPN", "AUS"}),
    (["Colombia and Venezuela resumed negotiations in Havana on Tuesday.",
      "Brazil and Mexico, which sponsor the process, hailed the negotiations as a breakthrough.",
      "The two delegations later signed a protocol on border crossings."], {"COL", "VEN"}, {"BRA", "MEX"}),
])
def test_the_two_sides_are_not_the_onlookers(coder: Coder, sentences: list[str], parties: set[str],
                                             onlookers: set[str]) -> None:
    last = _pairs(coder, sentences)[-1]
    assert any({s, t} == parties for s, t, _ in last)
    assert not any({s, t} == onlookers for s, t, _ in last)


def test_onlookers_with_no_other_pair_are_still_the_two(coder: Coder) -> None:
    found = _pairs(coder, ["Peru and Chile welcomed the announcement by the court on Monday.",
                           "The two countries agreed to respect the new maritime border."])
    assert any({s, t} == {"PER", "CHL"} for s, t, _ in found[1])


def test_parties_that_act_are_the_two_sides(coder: Coder) -> None:
    found = _pairs(coder, ["Sudan and South Sudan held talks in Juba on Monday on the disputed oil transit fees.",
                           "Egypt and Kenya signed a trade pact in Nairobi on Tuesday.",
                           "The two countries also agreed to open a new border crossing."])
    assert any({s, t} == {"EGY", "KEN"} for s, t, _ in found[2])


def test_their_after_the_two_sides_is_the_pair(coder: Coder) -> None:
    found = _pairs(coder, ["Thailand and Cambodia signed a border agreement in Phnom Penh on Friday.",
                           "Japan and Australia praised the agreement on Saturday.",
                           "Both countries agreed to withdraw their troops from the temple area."])
    assert not any({s, t} & {"JPN", "AUS"} for s, t, _ in found[2])
