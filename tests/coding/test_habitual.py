"""An act told as a habit ("every year", "each spring", "annually") has no day of its own
(:func:`detente.coding._durations.habitual`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

_DAY = dt.date(2012, 3, 1)


def _dated(coder: Coder, sentence: str) -> set[tuple[str, str, str, dt.date | None]]:
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for e in coder.code_sentence(sentence, date=_DAY)
            if e.source[:3] != "---" and e.target[:3] != "---"}


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("Thailand and Cambodia are staging large-scale joint military exercises every year near the border.",
     "THA", "KHM"),
    ("The foreign ministers of Japan and China hold talks on fisheries each spring.", "JPN", "CHN"),
    ("Vietnam and Laos sign a trade protocol annually in Vientiane.", "VNM", "LAO"),
])
def test_a_habit_has_no_day(shared_coder: Coder, sentence: str, source: str, target: str) -> None:
    found = _dated(shared_coder, sentence)
    assert any(s == source and t == target for s, t, _, _ in found), found
    assert all(day != _DAY for _, _, _, day in found), found


@pytest.mark.parametrize(("sentence", "source", "target"), [
    # the rhythm is the earlier habit's, the praise is of the day
    ("The Thai king praised Cambodia for hosting the festival every year.", "THA", "KHM"),
    # the act of the day, the habit said after it
    ("Japan and China held talks on fisheries on Monday, as they do every spring.", "JPN", "CHN"),
])
def test_an_act_of_the_day_keeps_its_day(shared_coder: Coder, sentence: str, source: str, target: str) -> None:
    found = _dated(shared_coder, sentence)
    assert any(s == source and t == target and day is not None and day <= _DAY for s, t, _, day in found), found
