"""An attack on a product of words is criticism (coding._verbal_attacks), and an international organisation's armed
attack is conventional force as a state's is (coding._finish, after coding._acts.state_force)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2016, 4, 14)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("China attacked the Japanese defence policy on Thursday.", ("CHN", "JPN")),
    ("Turkey attacked Germany's decision to recognise the killings as genocide.", ("TUR", "DEU")),
    ("Iran assailed the Saudi proposal for a regional alliance.", ("IRN", "SAU")),
    ("The Kremlin attacked the British sanctions as illegal.", ("RUS", "GBR")),
    ("Venezuela attacked the Colombian president's remarks about the border.", ("VEN", "COL")),
])
def test_an_attack_on_a_policy_or_remarks_is_criticism(country_coded: CountryCoded, sentence: str,
                                                       pair: tuple[str, str]) -> None:
    coded = country_coded(sentence, DAY)
    assert (*pair, "11", "occurred") in coded
    assert not any(root in ("18", "19") for _, _, root, _ in coded)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    # guards: a place, a force or a people attacked is force
    ("Turkish jets attacked Kurdish positions in northern Iraq on Thursday.", ("TUR", "IRQ"), "19"),
    ("Russia attacked a Ukrainian convoy near Donetsk.", ("RUS", "UKR"), "19"),
    ("Israeli forces attacked the Palestinian town of Jenin.", ("ISR", "PSE"), "19"),
])
def test_an_attack_on_a_place_or_force_stays_force(country_coded: CountryCoded, sentence: str,
                                                   pair: tuple[str, str], root: str) -> None:
    coded = country_coded(sentence, DAY)
    assert any((s, t, r) == (*pair, root) for s, t, r, _ in coded)
    assert not any(r == "11" for _, _, r, _ in coded)


@pytest.mark.parametrize(("sentence", "target", "code"), [
    ("NATO helicopters attacked an army outpost in eastern Afghanistan.", "AFG", "190"),
    ("NATO aircraft bombed a Libyan ammunition depot overnight.", "LBY", "195"),
    ("African Union troops attacked a Somali village held by the militants.", "SOM", "190"),
])
def test_an_organisations_armed_attack_is_conventional_force(code_coded: CodeCoded, sentence: str, target: str,
                                                             code: str) -> None:
    assert any(t == target and c == code for _, t, c in code_coded(sentence))


def test_militants_attack_stays_unconventional(code_coded: CodeCoded) -> None:
    assert any(c == "180" for _, t, c in code_coded("Militants attacked an Afghan army checkpoint in Kunar."))
