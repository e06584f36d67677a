"""A schedule told in the past tense ("were set to meet next week", "was due to visit") is a plan the story has
dropped or overtaken, no announced intent (036) and no meeting; told in the present ("is due to meet") it is a
meeting to come, and a backshifted announcement ("said its minister was due to meet ...") stays the teller's."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, reported_act

DAY = dt.date(2019, 5, 7)


def acts(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of each act of the sentence an article would report."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(text, date=DAY) if reported_act(e)}


@pytest.mark.parametrize("text", [
    "The defence ministers of Japan and South Korea were set to hold talks in Seoul on Thursday.",
    "Secretary of State Rubio was due to meet the German foreign minister in Berlin on Tuesday.",
    "The Chinese premier had been scheduled to visit Tokyo later this month.",
    "The envoys of Serbia and Kosovo were slated to meet in Brussels next week to discuss the border.",
])
def test_a_past_schedule_is_no_act(shared_coder: Coder, text: str) -> None:
    assert not {a for a in acts(shared_coder, text) if a[2] in ("03", "04")}


@pytest.mark.parametrize(("text", "act"), [
    ("The Chinese premier is scheduled to visit Tokyo later this month.", ("CHN", "JPN", "03")),
    ("India said its foreign secretary was due to meet his Pakistani counterpart next week.", ("IND", "PAK", "03")),
    ("The defence ministers of Japan and South Korea met in Seoul on Thursday.", ("JPN", "KOR", "04")),
])
def test_a_schedule_to_come_or_announced_stays(shared_coder: Coder, text: str, act: tuple[str, str, str]) -> None:
    assert act in acts(shared_coder, text)
