"""A threat's means and what they are to do (`coding._threat_purposes`): in "Russia threatened to use missiles to
strike Poland", the striking is threatened, not done, and the threat is aimed at the state the purpose names.
Sentences written for these tests. Guards: a party of the means itself ("to cut aid to Vietnam"), an act of force
done by means ("used artillery to shell ..."), a threat with its target right after "to"."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2020, 5, 5)


@pytest.mark.parametrize(("sentence", "source", "targets"), [
    ("Iran threatened to fire rockets to destroy the Israeli port of Haifa.", "IRN", ["ISR"]),
    ("Russia threatened to use missiles to strike Poland and Lithuania.", "RUS", ["POL", "LTU"]),
    ("Pakistan threatened to deploy its army to punish India.", "PAK", ["IND"]),
    ("Turkey has threatened to send troops to attack Syria and crush the Kurdish militias.", "TUR", ["SYR"]),
])
def test_the_threat_is_aimed_at_the_purpose_and_nothing_is_struck(country_coded: CountryCoded, sentence: str,
                                                                  source: str, targets: list[str]) -> None:
    coded = country_coded(sentence, DAY)
    for target in targets:
        assert any(s == source and t == target and root == "13" for s, t, root, _ in coded), coded
    assert not any(root in ("17", "18", "19", "20") and modality == "occurred" for _, _, root, modality in coded), \
        coded


@pytest.mark.parametrize(("sentence", "expected"), [
    ("China threatened to cut aid to Vietnam to punish Hanoi.", ("CHN", "VNM", "13")),
    ("North Korea used artillery to shell South Korean islands.", ("PRK", "KOR", "19")),
    ("Russia threatened to attack Ukraine.", ("RUS", "UKR", "13")),
])
def test_guards(country_coded: CountryCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, t, root) for s, t, root, _ in country_coded(sentence, DAY)}
