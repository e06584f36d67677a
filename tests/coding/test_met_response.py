"""An act "met with" or "met by" a response is threatened with it, not a meeting; one that was met with a response
is neither (coding._met_response). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2016, 9, 12)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Any provocation by Japan will be met with a merciless response from China.", ("CHN", "JPN")),
    ("Any Azerbaijani attack on the border would be met with a crushing response from Armenia.", ("ARM", "AZE")),
    ("Further tariffs by Canada will be met with swift and proportionate retaliation from Mexico.", ("MEX", "CAN")),
    ("Any incursion by Turkish troops will be met with force from Syria.", ("SYR", "TUR")),
])
def test_met_with_a_response_is_a_threat(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    coded = country_coded(sentence, DAY)
    assert (*pair, "13", "occurred") in coded, coded
    assert not [e for e in coded if e[2] in ("03", "04")], coded


def test_an_armed_response_threatens_force(code_coded: CodeCoded) -> None:
    coded = code_coded("Any incursion by Turkish troops will be met with force from Syria.")
    assert [e[2] for e in coded if e[2].startswith("13")] == ["138"], coded


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    ("Japan's foreign minister met with his Chinese counterpart in response to the crisis.", ("JPN", "CHN"), "04"),
    ("South Korea's president will be met by Japan's prime minister on Monday.", ("JPN", "KOR"), "03"),
])
def test_a_meeting_stays_a_meeting(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                   root: str) -> None:
    coded = country_coded(sentence, DAY)
    assert [e for e in coded if e[:3] == (*pair, root)], coded
    assert not [e for e in coded if e[2] == "13"], coded


def test_met_with_a_response_in_the_past_is_no_meeting(country_coded: CountryCoded) -> None:
    coded = country_coded("The missile launch by Pakistan was met with a swift response from India.", DAY)
    assert not [e for e in coded if e[2] in ("03", "04", "13")], coded
