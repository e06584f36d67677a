"""An "after" or "following" phrase closed by a comma before a verb in the past is not the time of that verb's act:
the act came after it, on the day the text tells (coding._acts.background)."""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder
from detente.coding.coder import UNDATED

DAY = dt.date(2023, 4, 18)


def _dated(coder: Coder, text: str) -> dict[tuple[str, str, str], dt.date]:
    return {(e.source[:3], e.target[:3], e.code[:2]): e.date for e in coder.code_text(text, date=DAY)}


def test_an_act_after_the_meeting_is_of_the_texts_day(coder: Coder) -> None:
    got = _dated(coder, "After the meeting, the Brazilian president praised Argentina's new trade policy.")
    assert got.get(("BRA", "ARG", "05")) == DAY


def test_a_participle_opener_with_after_keeps_the_main_act_on_the_day(coder: Coder) -> None:
    got = _dated(coder, "Speaking to reporters after his talks in Madrid, the French minister criticized Algeria.")
    assert got.get(("FRA", "DZA", "11")) == DAY


def test_following_the_summit_then_a_comma(coder: Coder) -> None:
    got = _dated(coder, "Following the summit, Kenya accused Uganda of violating the border accord.")
    assert got.get(("KEN", "UGA", "11")) == DAY


def test_the_act_inside_the_after_phrase_stays_undated(coder: Coder) -> None:
    got = _dated(coder, "After Peru met Chile in Lima, the delegates returned home.")
    assert got.get(("PER", "CHL", "04")) == UNDATED


def test_an_act_to_come_after_the_phrase_is_not_dated_by_it(coder: Coder) -> None:
    got = _dated(coder, "After his meetings in Ottawa, the Mexican president will travel to Cuba.")
    assert got.get(("MEX", "CUB", "03"), UNDATED) == UNDATED


def test_no_comma_keeps_the_earlier_act_undated(coder: Coder) -> None:
    got = _dated(coder, "Spain praised Morocco after the previous talks.")
    assert got.get(("ESP", "MAR", "05")) == DAY
