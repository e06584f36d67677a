"""Criticism told as "X hit for ..." (coding._hit_for): the actors before "hit for" are criticised (111), not the
doers of force; a blow counted or timed, or one with an agent, keeps its reading."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from detente.coding import Coder

DAY = dt.date(2004, 3, 9)


def _events(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("headline", "criticised"), [
    ("Israel hit for demolition of Palestinian homes", "ISR"),
    ("Turkish Authorities Hit for Crackdown on Kurdish Press", "TUR"),
    ("Australia hit for detention of asylum seekers", "AUS"),
    ("French government hit for arms sales to Chad", "FRA"),
])
def test_those_hit_for_their_conduct_are_criticised(shared_coder: Coder, headline: str, criticised: str) -> None:
    events = _events(shared_coder, headline)
    assert ("---", criticised, "11") in events
    assert not any(s == criticised and r in ("18", "19", "20") for s, _, r in events)


@pytest.mark.parametrize(("sentence", "pair"), [
    # guards: force that hits for a while, or hits again, is force
    ("Israeli jets hit Gaza for the third day on Monday.", ("ISR", "PSE")),
    ("Russian artillery hit Georgian positions for hours on Friday.", ("RUS", "GEO")),
])
def test_force_that_hits_stays_force(shared_coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert (*pair, "19") in _events(shared_coder, sentence)
