"""A meeting between two others that a third hosts is a meeting of its own ("Ghana hosted a summit between the
leaders of Mali and Niger"): the host meets each side, and the sides meet each other (coding/_hosted_meetings.py,
docs/coder.md "A meeting between others, hosted"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2023, 4, 18)


def _met(coded: set[tuple[str, str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s, t, r, _ in coded if r == "04"}


@pytest.mark.parametrize(("sentence", "host", "sides"), [
    ("Ghana hosted a summit between the leaders of Mali and Niger.", "GHA", ("MLI", "NER")),
    ("Oman hosted a meeting between Iranian and Saudi diplomats on Monday.", "OMN", ("IRN", "SAU")),
    ("Austria hosted the dialogue between Serbia and Kosovo in Vienna.", "AUT", ("SRB", "KSV")),
    ("Angola hosted a summit between Rwanda and the Democratic Republic of Congo.", "AGO", ("RWA", "COD")),
])
def test_a_hosted_meeting_between_others_is_theirs(country_coded: CountryCoded, sentence: str, host: str,
                                                   sides: tuple[str, str]) -> None:
    met = _met(country_coded(sentence, DAY))
    assert frozenset(sides) in met
    assert {frozenset((host, sides[0])), frozenset((host, sides[1]))} <= met


@pytest.mark.parametrize("sentence", [
    "Kenya proposed a summit between the leaders of Uganda and Tanzania.",
    "Chile welcomed the talks between Bolivia and Peru.",
    "Qatar offered to host a meeting between Sudan and Chad.",
    "Brazil criticized the meeting between Argentina and Chile.",
])
def test_a_meeting_noun_of_no_meeting_held(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(r == "04" for _, _, r, _ in country_coded(sentence, DAY))


def test_a_hosted_gathering_of_one_body_names_no_pair(country_coded: CountryCoded) -> None:
    met = _met(country_coded("Qatar hosted a summit of Arab leaders on Sunday.", DAY))
    assert all("QAT" in pair for pair in met)
