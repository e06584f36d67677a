"""Acts told over a stretch of years, or done by two states to each other in the present perfect, are relations
told, not acts of the article's day: undated unless the sentence names its own time."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import UNDATED, Coder

DAY = dt.date(2013, 5, 14)


def _dates(coder: Coder, sentence: str) -> set[tuple[str, str, str, dt.date]]:
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for e in coder.code_sentence(sentence, date=DAY)
            if e.source[:3] != "---" and e.target[:3] != "---"}


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Britain has sold weapons to Saudi Arabia for decades.", ("GBR", "SAU")),
    ("Cuba and Venezuela have helped each other in the fight against poverty.", ("CUB", "VEN")),
    ("Kenya has hosted Somali refugees over the past two decades.", ("KEN", "SOM")),
    ("Mongolia has cooperated closely with Japan for many years.", ("MNG", "JPN")),
])
def test_acts_over_years_have_no_day(shared_coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = [d for s, t, _, d in _dates(shared_coder, sentence) if (s, t) == pair]
    assert found
    assert all(d == UNDATED for d in found)


@pytest.mark.parametrize(("sentence", "pair"), [
    # the sentence's own day
    ("Britain sold weapons to Saudi Arabia on Monday after years of talks.", ("GBR", "SAU")),
    # what is condemned lasted years; the condemnation is of the day
    ("Mexico condemned Guatemala for years of abuse against migrants.", ("MEX", "GTM")),
    # an intent said today, for years to come
    ("Russia will cooperate with Belarus for decades to come.", ("RUS", "BLR")),
    # a stretch of months may end on the article's day
    ("Ghana has negotiated with Togo for months over the border.", ("GHA", "TGO")),
])
def test_other_acts_keep_a_day(shared_coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = [d for s, t, _, d in _dates(shared_coder, sentence) if (s, t) == pair]
    assert found
    assert all(d != UNDATED for d in found)


def test_a_verb_of_saying_keeps_its_day(shared_coder: Coder) -> None:
    events = shared_coder.code_sentence(
        "The Egyptian minister told his Sudanese counterpart that the two countries have cooperated for decades.",
        date=DAY)
    told = [e for e in events if e.code[:2] in ("01", "04") and e.source[:3] == "EGY"]
    assert told
    assert all(e.date == DAY for e in told)
