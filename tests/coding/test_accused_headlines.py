"""Headlines that tell an accusation in the passive (texts written for these tests, none from an evaluation set;
docs/coder.md, "The accused of a headline's passive").

"Japan Accused of Reviving Militarism" and "S. Korean Authorities to Blame for Shelling Incident" name the one
accused, not the accuser: whoever speaks in the story accuses. The accused is the target of the accusation (112)
and no source is made of it; an active accusation, a relative clause and "be to blame" keep their readings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 5, 14)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _accusations(coder: Coder, text: str) -> set[tuple[str, str]]:
    return {(e.source[:3], e.target[:3]) for e in coder.code_sentence(text, date=DAY) if e.code[:2] == "11"}


@pytest.mark.parametrize(("text", "accused"), [
    ("Chile Accused of Interfering in Bolivia's Internal Affairs", "CHL"),
    ("Japan Accused of Reviving Militarism", "JPN"),
    ("Israeli Government Accused of Expanding Settlements", "ISR"),
    ("U.S. Accused of Arms Buildup against Cuba", "USA"),
    ("Peruvian Government to Blame for Border Clash", "PER"),
    ("Colombian Army to Blame for Shelling of Border Villages", "COL"),
])
def test_the_accused_of_a_headline_passive_is_its_target(coder: Coder, text: str, accused: str) -> None:
    found = _accusations(coder, text)
    assert found, text
    assert all(target == accused and source != accused for source, target in found), found


@pytest.mark.parametrize("with_speaker", [
    "Chile Accused of Interfering in Bolivia's Internal Affairs by Bolivian President",
    "Chile Accused by Bolivia of Interfering in Its Internal Affairs",
])
def test_an_accuser_named_by_by_is_the_source(coder: Coder, with_speaker: str) -> None:
    assert ("BOL", "CHL") in _accusations(coder, with_speaker), _accusations(coder, with_speaker)


@pytest.mark.parametrize(("text", "pair"), [
    # guards: an active accusation has its object; the accuser stays the source
    ("Bolivia accused Chile of interfering in its internal affairs.", ("BOL", "CHL")),
    ("Bolivia accuses Chile of meddling in its affairs.", ("BOL", "CHL")),
    ("Chile, accused by Bolivia of meddling, rejected the charge.", ("BOL", "CHL")),
    ("Peru blamed Ecuador for the border clash.", ("PER", "ECU")),
    ("It is wrong to blame Ecuador for the clash, Peru said.", None),
])
def test_an_active_accusation_keeps_its_accuser(coder: Coder, text: str, pair: tuple[str, str] | None) -> None:
    found = _accusations(coder, text)
    if pair is None:
        assert all(target != "ECU" for _, target in found), found
    else:
        assert pair in found, found
