"""A judgment aimed at whoever did what it names, told by a participle after the noun: "Moscow condemned the
sanctions imposed by Japan" is aimed at Japan; a material act's object done by someone is not aimed at them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


def _pairs(code_coded: CodeCoded, sentence: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in code_coded(sentence)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Moscow condemned the sanctions imposed by Japan.", {("RUS", "JPN", "11")}),
    ("Beijing denounced the tariffs imposed by Washington last month.", {("CHN", "USA", "11")}),
    ("North Korea condemned the drills staged by the United States and South Korea.",
     {("PRK", "USA", "11"), ("PRK", "KOR", "11")}),
    ("Caracas rejected the sanctions imposed by Washington on its oil company.", {("VEN", "USA", "12")}),
    ("Tokyo praised the efforts made by Beijing to host the talks.", {("JPN", "CHN", "05")}),
])
def test_the_doer_of_a_judged_act_told_by_a_participle_is_the_target(code_coded: CodeCoded, sentence: str,
                                                                      expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _pairs(code_coded, sentence)


def test_the_doer_of_a_material_acts_object_is_not_its_target(code_coded: CodeCoded) -> None:
    pairs = _pairs(code_coded, "Canada sent food aid delivered by the Red Cross to Haiti.")
    assert not any(s == "CAN" and t == "NGO" for s, t, _ in pairs)


@pytest.mark.parametrize("sentence", [
    "Chile condemned the killing of three fishermen reported by Peru's radio on Monday.",
    "Chile condemned the raid on the fishermen described by Peru as an accident.",
])
def test_a_teller_named_by_a_participle_of_reporting_is_not_the_target(code_coded: CodeCoded, sentence: str) -> None:
    assert not any(t == "PER" for _, t, _ in _pairs(code_coded, sentence))
