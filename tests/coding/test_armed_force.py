"""Armed force told the way wire reports tell it: fire returned, aircraft shot down, a state's aircraft bombing.

Each class on sentences written for it, with the near misses that keep their old reading: "returned" the remains
or the sailors is still a return of persons (084), militants who bomb a market still bomb (183), and a proposal
"shot down" is rejected, not fired upon.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2016, 3, 9)


def _codes(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(text, date=DAY)]


@pytest.mark.parametrize(("text", "source"), [
    ("Armenian troops returned fire on Tuesday.", "ARM"),
    ("Israeli forces returned fire at Lebanon on Monday.", "ISR"),
    ("Indian soldiers returned the fire after the post came under attack on Sunday.", "IND"),
    ("Azerbaijani troops are returning fire, the defence ministry in Baku said.", "AZE"),
])
def test_returned_fire_is_force_never_a_return_of_persons(coder: Coder, text: str, source: str) -> None:
    codes = [c for s, _, c in _codes(coder, text) if s == source]
    assert any(c.startswith("19") for c in codes), codes
    assert "084" not in codes, codes


@pytest.mark.parametrize(("text", "pair"), [
    ("North Korea returned the remains of American soldiers to the United States on Monday.", ("PRK", "USA")),
    ("Iran returned the detained sailors to Britain on Monday.", ("IRN", "GBR")),
])
def test_returning_persons_stays_084(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "084") in _codes(coder, text)


@pytest.mark.parametrize(("text", "pair"), [
    ("Turkey shot down a Russian warplane near the Syrian border on Tuesday.", ("TUR", "RUS")),
    ("Ukrainian forces shot down Russian drones on Sunday.", ("UKR", "RUS")),
    ("Pakistan said it had shot down two Indian jets over Kashmir.", ("PAK", "IND")),
])
def test_shooting_down_aircraft_is_conventional_force(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    codes = [c for s, t, c in _codes(coder, text) if (s, t) == pair]
    assert codes, _codes(coder, text)
    assert all(c.startswith("19") for c in codes), codes


@pytest.mark.parametrize("text", [
    "Seoul shot down Pyongyang's proposal for talks on Tuesday.",
    "Japan quickly shot down the Chinese plan for a joint patrol.",
])
def test_a_proposal_shot_down_is_rejected(coder: Coder, text: str) -> None:
    codes = [c for _, _, c in _codes(coder, text)]
    assert codes and all(c.startswith("12") for c in codes), codes


@pytest.mark.parametrize(("text", "pair"), [
    ("Turkish warplanes bombed Kurdish militant positions in northern Iraq on Wednesday.", ("TUR", "IRQ")),
    ("Israeli jets bombed targets in Syria on Friday.", ("ISR", "SYR")),
    ("Russia bombed rebel-held towns in Syria on Thursday.", ("RUS", "SYR")),
])
def test_a_state_bombing_uses_aerial_weapons(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    codes = [c for s, t, c in _codes(coder, text) if (s, t) == pair]
    assert codes, _codes(coder, text)
    assert "195" in codes and "183" not in codes, codes


def test_militants_bombing_stays_non_military_bombing(coder: Coder) -> None:
    codes = _codes(coder, "Taliban militants bombed the Pakistani consulate in Jalalabad on Monday.")
    assert codes and all(c == "183" for _, _, c in codes), codes


@pytest.mark.parametrize("text", [
    "The Iranian envoy returned to Tehran on Monday.",
    "Iran said it would return to full compliance with the deal.",
    "The Venezuelan ambassador returned to Bogota after a month away.",
])
def test_returning_somewhere_is_no_return_of_persons(coder: Coder, text: str) -> None:
    assert "084" not in [c for _, _, c in _codes(coder, text)], _codes(coder, text)


@pytest.mark.parametrize("text", [
    "Seoul said the launch showed the North's ambition to attack South Korea.",
    "The minister said the exercise revealed Moscow's designs to invade Moldova.",
    "Baku said the drills were part of a scheme to attack Azerbaijan.",
    "South Korea staged drills for a preemptive attack on North Korea on Monday.",
    "The allies held exercises for an invasion of the island on Tuesday.",
    "Pyongyang said the war games were a rehearsal for a surprise attack on the North.",
    "Seoul is bracing for an attack from the North.",
    "The radar will counter the threat of a missile attack from North Korea.",
    "Tokyo warned of the danger of a nuclear attack on Japan.",
])
def test_an_ambition_to_attack_or_drills_for_one_are_no_attack(coder: Coder, text: str) -> None:
    events = coder.code_sentence(text, date=DAY)
    assert not [e for e in events if e.code[:2] in ("18", "19") and e.modality == "occurred"], events

