"""Another's cease-fire, or its offer of one, matched or reciprocated is a cease-fire declared (087, CAMEO 0871).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

    from detente.coding import Coder

DAY = dt.date(2013, 4, 10)


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("Sudan matched South Sudan's unilateral cease-fire on Tuesday.", "SDN", "SSD"),
    ("Thailand has matched Cambodia's offer of a truce along the disputed border.", "THA", "KHM"),
    ("Kyrgyzstan reciprocated Tajikistan's offer of a truce on Friday.", "KGZ", "TJK"),
])
def test_a_ceasefire_matched_is_declared(country_coded: CountryCoded, sentence: str, source: str,
                                                   target: str) -> None:
    assert (source, target, "08") in {(s, t, root) for s, t, root, _ in country_coded(sentence, DAY)}


@pytest.mark.parametrize(("sentence", "source", "target", "root"), [
    # talks on a cease-fire are agreed to, not the cease-fire
    ("Sudan and South Sudan agreed to hold talks on a ceasefire.", "SDN", "SSD", "03"),
    # another's offer accepted stays the acceptance of the offerer's proposal, who may be a mediator
    ("Thailand accepted Malaysia's proposal for a truce with Cambodia.", "THA", "MYS", "03"),
    # agreeing to a cease-fire stays an intent, as the PLOVER records code it
    ("Kyrgyzstan agreed to a ceasefire with Tajikistan.", "KGZ", "TJK", "03"),
])
def test_other_agreements_keep_their_codes(country_coded: CountryCoded, sentence: str, source: str, target: str,
                                           root: str) -> None:
    found = {(s, t, r) for s, t, r, _ in country_coded(sentence, DAY)}
    assert (source, target, root) in found
    assert (source, target, "08") not in found


def test_a_weekday_a_ceasefire_begins_on_is_the_coming_one(shared_coder: Coder) -> None:
    # 10 April 2013 is a Wednesday: "beginning Friday" is 12 April, not the Friday before
    events = [e for e in shared_coder.code_sentence(
        "Thailand has matched Cambodia's offer of a truce along the border, beginning Friday.", date=DAY)
        if e.code == "087"]
    assert events
    assert all(DAY <= e.date <= dt.date(2013, 4, 12) for e in events)
