"""A missile or rocket attack launched is the attack (coding._launched_attacks), and what a scenario or a blueprint
is for has not happened (coding._words.AIMS)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2019, 9, 16)


@pytest.mark.parametrize(("sentence", "triple"), [
    ("Syria launched a missile attack on Turkish positions near Idlib.", ("SYR", "TUR", "195")),
    ("Iraq launched ballistic missile strikes on Kuwait.", ("IRQ", "KWT", "195")),
    ("Azerbaijan launched a rocket barrage on Armenian villages.", ("AZE", "ARM", "194")),
])
def test_a_launched_attack_is_force_with_its_launcher(code_coded: CodeCoded, sentence: str,
                                                      triple: tuple[str, str, str]) -> None:
    coded = code_coded(sentence)
    assert triple in coded
    assert not any(code.startswith("15") for _, _, code in coded)
    assert not any(source == "---" for source, _, _ in coded)


@pytest.mark.parametrize("sentence", [
    "Pakistan launched a missile on Tuesday.",
    "Iran launched two missiles into the Gulf, hours after the U.S. strike on its drone base.",
])
def test_a_launch_alone_stays_a_show_of_force(code_coded: CodeCoded, sentence: str) -> None:
    assert any(code == "150" for _, _, code in code_coded(sentence))


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The Pentagon drew up a scenario for invading Venezuela.", ("USA", "VEN")),
    ("Washington has a scenario to attack Iran from the sea.", ("USA", "IRN")),
    ("Israel's blueprint for an attack on Lebanon was leaked.", ("ISR", "LBN")),
])
def test_what_a_scenario_is_for_has_not_happened(country_coded: CountryCoded, sentence: str,
                                                 pair: tuple[str, str]) -> None:
    assert not any(r in ("18", "19") and m == "occurred" for _, _, r, m in country_coded(sentence, DAY))
