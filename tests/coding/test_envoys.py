"""An envoy, a delegation sent by a state is that state's (sentences written for these tests).

"Norway sent an envoy to meet with Sri Lankan officials": the envoy was a role of no country, and the meeting
it was sent for had no source, or the sending went to the delegation instead of the state it was sent to.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 2, 20)


def _pairs(coder: Coder, sentence: str) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Norway sent an envoy to meet with Sri Lankan officials in Colombo.", ("NOR", "LKAGOV")),
    ("Qatar dispatched a delegation of diplomats to meet with Sudanese officials.", ("QAT", "SDNGOV")),
])
def test_an_envoy_a_state_sent_is_its_own(shared_coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    pairs = _pairs(shared_coder, sentence)
    assert pair in pairs
    assert all(not s.startswith("---") and not t.startswith("---") for s, t in pairs)


def test_an_envoy_sent_by_no_one_named_stays_of_no_country(shared_coder: Coder) -> None:
    assert {s for s, _ in _pairs(shared_coder, "An envoy was sent to meet with Sudanese officials.")} <= {"---GOV"}


def test_an_envoy_to_be_sent_leaves_the_intent_its_target(shared_coder: Coder) -> None:
    # a sending to come is an intent to meet; the envoy must not become its target
    sentence = "Norway will send an envoy to meet with Sri Lankan President Mahinda Rajapaksa."
    assert ("NOR", "LKAGOV") in _pairs(shared_coder, sentence)


def test_a_state_after_a_preposition_is_no_sender(shared_coder: Coder) -> None:
    sentence = "Brazil kept close ties with Angola and sent an envoy to meet with Nigerian officials."
    assert all(s[:3] != "AGO" for s, _ in _pairs(shared_coder, sentence))
