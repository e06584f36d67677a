"""Heeding another's call, demand, warning or proposal, and paying no heed to it.

"paying no heed to the DPRK's warning", "paid no heed to the demand of Japan": ignoring the call (128, as "ignore"
and "disregard" are); "heeded Peru's call for a truce": yielding to it (080); "heeded Peru's proposal": accepting
it (030, as "accept ... proposal"). The act is the heeder's, aimed at whoever made the call (the possessor, or the
actor after "of").
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 3, 1)


def _coded(coder: Coder, sentence: str) -> list[tuple[str, str, str]]:
    return [(e.source, e.target, e.code) for e in coder.code_sentence(sentence, date=DAY)]


# sentences written for the rule, and the event each must hold
CASES = [
    ("Bolivia paid no heed to Paraguay's demand for compensation.", ("BOL", "PRY", "128")),
    ("Kenya has paid little heed to the warnings of Somalia.", ("KEN", "SOM", "128")),
    ("Chile heeded Peru's call for a truce.", ("CHL", "PER", "080")),
    ("Ghana heeded the request of Togo and reopened the border.", ("GHA", "TGO", "080")),
    ("Vietnam heeded Laos's proposal for joint patrols.", ("VNM", "LAO", "030")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_heed(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    found = _coded(coder, sentence)
    assert expected in found, found
    # the caller makes no appeal of its own in these lines
    assert not [e for e in found if e[0] == expected[1] and e[2][:2] == "02"], found


# guards: other senses of "pay" stay
GUARDS = [
    ("Chile paid a visit to Peru.", ("CHL", "PER", "042")),
    ("Chile paid tribute to Peru.", ("CHL", "PER", "051")),
    ("Chile ignored Peru's call for a truce.", ("CHL", "PER", "128")),
]


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_other_senses_stay(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, sentence)


def test_heed_of_no_call_is_no_act(coder: Coder) -> None:
    assert _coded(coder, "The people of Chile paid heed to the weather.") == []


def test_pay_heed_is_no_yielding(coder: Coder) -> None:
    # "pay heed to" stands mostly in advice: the noun "heed" is not read as the verb
    found = _coded(coder, "Bolivia would be well advised to pay heed to the warnings of Paraguay.")
    assert not [e for e in found if e[2] == "080"], found
