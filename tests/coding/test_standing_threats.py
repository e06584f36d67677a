"""A standing threat named by a noun is a charge, not a threat made (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2011, 11, 26)


def _threats(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    (events,) = coder.code_many([sentence], date=DAY)
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in events
            if e.modality == "occurred" and e.code.startswith("13")}


@pytest.mark.parametrize("sentence", [
    "Tehran built its missiles to cope with Israel's persistent military threat.",
    "The crisis is ascribable to the U.S. undisguised nuclear threat against Cuba.",
    "Tokyo and Canberra agreed to counter China's growing military threats.",
    "The daily slams the U.S. nuclear threats to Venezuela.",
])
def test_a_standing_threat_named_by_a_noun_is_no_threat_made(shared_coder: Coder, sentence: str) -> None:
    assert not _threats(shared_coder, sentence)


@pytest.mark.parametrize(("sentence", "threat"), [
    ("Caracas threatened Bogota with sanctions on Monday.", ("VEN", "COL", "13")),
    ("Pyongyang threatened Seoul with a nuclear strike on Monday.", ("PRK", "KOR", "13")),  # "nuclear", a verb
    ("Moscow issued a threat against Kyiv on Monday.", ("RUS", "UKR", "13")),
    ("Ankara repeated its threat against Damascus on Tuesday.", ("TUR", "SYR", "13")),
])
def test_a_threat_made_is_still_coded(shared_coder: Coder, sentence: str, threat: tuple[str, str, str]) -> None:
    assert threat in _threats(shared_coder, sentence)
