"""Forces put on alert are a show of force (15) at the state they are readied against, named in a phrase of cause
after the verb ("after the South Korean drills", "as Turkish warships approached"); a police or civil alert is
none (coding._postures). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2016, 9, 12)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("North Korea put its artillery units on the highest alert after the South Korean drills.", ("PRK", "KOR")),
    ("Armenia's army went on high alert as Azerbaijani troops massed near the border.", ("ARM", "AZE")),
    ("Greece raised the alert level of its navy as Turkish warships approached.", ("GRC", "TUR")),
    ("Iran's forces were placed on full alert following Israeli strikes.", ("IRN", "ISR")),
])
def test_an_alert_is_a_posture_at_the_foe(country_coded: CountryCoded, sentence: str,
                                          pair: tuple[str, str]) -> None:
    assert (*pair, "15", "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("India put its army on high alert along the border with Pakistan.", ("IND", "PAK")),  # kept as it was
    ("Japan raised the alert level for its gas supply amid Russian cuts.", ("JPN", "RUS")),  # no new target
])
def test_alerts_that_kept_their_coding(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    before = {e for e in country_coded(sentence, DAY) if e[:2] == pair}
    assert before == {(*pair, "15", "occurred")}, before


@pytest.mark.parametrize("sentence", [
    "Spanish police were put on high alert ahead of the visit of the Moroccan king.",
    "Hospitals in Kyiv went on alert for a surge of wounded.",
])
def test_a_police_or_civil_alert_has_no_foe(code_coded: CodeCoded, sentence: str) -> None:
    coded = code_coded(sentence)
    assert not [e for e in coded if e[2][:2] == "15" and e[1] != "---"], coded
