"""Praise, blame and denial in reported speech (coding._judged_groups, coding._denied; docs/coder.md, "Praise and
blame of a pair; denials of a town or of reports"). A pair the subject praises or faults ("praised the courage of
the two leaders", "criticised the two presidents") is two others, each the target; a denial of an act in a town of
the towns table ("denied that its troops had entered Donbas") is aimed at the town's state; a denial of reports
("denied reports that its jets had bombed ...") is aimed at the state they name, and what they say is no act.
Guards: a pair after another preposition ("the talks between the two countries"), a town of the denier's own
country, a denial naming a state, reports confirmed."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2023, 4, 12)
#: a sentence that names the pair before the judgment
_MET = "The presidents of Kenya and Uganda met in Nairobi on Tuesday. "


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


_JUDGED = [
    (_MET + "Macron praised the courage and wisdom of the two leaders.", {("FRA", "KEN", "05"), ("FRA", "UGA", "05")}),
    (_MET + "Scholz criticised the two presidents.", {("DEU", "KEN", "11"), ("DEU", "UGA", "11")}),
    (_MET + "Sunak hailed the vision and restraint of both leaders.", {("GBR", "KEN", "05"), ("GBR", "UGA", "05")}),
]
_DENIED_TOWNS = [
    ("Moscow denied that its soldiers had entered Kherson.", ("RUS", "UKR", "01")),
    ("The Kremlin denied that Russian jets had bombed Kharkiv overnight.", ("RUS", "UKR", "01")),
    ("Kyiv denied that its drones had struck Belgorod.", ("UKR", "RUS", "01")),
]
_DENIED_REPORTS = [
    ("Tehran denied reports that it had shipped rockets to Venezuela.", ("IRN", "VEN")),
    ("Islamabad dismissed reports that its helicopters had attacked Afghanistan.", ("PAK", "AFG")),
    ("Minsk rejected claims that it had sent troops into Lithuania.", ("BLR", "LTU")),
]


@pytest.mark.parametrize(("text", "expected"), _JUDGED)
def test_pair_judged_is_two_others(coder: Coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _coded(coder, text)


@pytest.mark.parametrize(("text", "expected"), _DENIED_TOWNS)
def test_denial_of_an_act_in_a_town_is_aimed_at_its_state(coder: Coder, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, text)


@pytest.mark.parametrize(("text", "pair"), _DENIED_REPORTS)
def test_denied_reports_are_a_denial_and_no_act(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    found = _coded(coder, text)
    assert (*pair, "01") in found
    assert {root for s, t, root in found if (s, t) == pair} == {"01"}


def test_pair_after_another_preposition_may_hold_the_subject(coder: Coder) -> None:
    found = _coded(coder, _MET + "Kenya praised the progress made by the two sides.")
    assert ("KEN", "UGA", "05") in found


def test_town_of_the_deniers_own_country_names_no_target(coder: Coder) -> None:
    found = _coded(coder, "Kyiv denied that its artillery had shelled Donetsk.")
    assert not any(s == "UKR" and t not in ("---", "UKR") for s, t, _ in found)


def test_denial_naming_a_state_keeps_it(coder: Coder) -> None:
    assert ("ISR", "LBN", "01") in _coded(coder, "Israel denied that its jets had bombed Lebanon.")


def test_confirmed_reports_keep_the_act(coder: Coder) -> None:
    found = _coded(coder, "Seoul confirmed reports that Pyongyang had fired missiles at Japan.")
    assert ("PRK", "JPN", "19") in found
