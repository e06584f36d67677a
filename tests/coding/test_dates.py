"""Relative and explicit dates resolved against the article's date."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.dates import parse_date, resolve_date, shift_months

ANCHOR = dt.date(2019, 2, 22)  # a Friday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They met yesterday.", dt.date(2019, 2, 21)),
        ("They meet tomorrow.", dt.date(2019, 2, 23)),
        ("They met last month.", dt.date(2019, 1, 22)),
        ("They meet next month.", dt.date(2019, 3, 22)),
        ("They met this week.", ANCHOR),
        ("They met last week.", dt.date(2019, 2, 15)),
        ("They meet next week.", dt.date(2019, 3, 1)),
        ("They met on Tuesday.", dt.date(2019, 2, 19)),
        ("They met on Friday.", ANCHOR),
        ("They met last Friday.", dt.date(2019, 2, 15)),
        ("They meet next Wednesday.", dt.date(2019, 2, 27)),
        ("They met three days ago.", dt.date(2019, 2, 19)),
        ("They are two weeks away from a summit.", dt.date(2019, 3, 8)),
        ("They met last year.", dt.date(2018, 2, 22)),
        ("They met on June 12, 2018.", dt.date(2018, 6, 12)),
        ("They met on 12 June 2018.", dt.date(2018, 6, 12)),
        ("They met on December 28.", dt.date(2018, 12, 28)),
        ("They met on February 20.", dt.date(2019, 2, 20)),
        ("They met on 2018-06-12.", dt.date(2018, 6, 12)),
        ("They met.", ANCHOR),
    ],
)
def test_resolve_date(sentence: str, expected: dt.date) -> None:
    assert resolve_date(sentence, ANCHOR) == expected


def test_no_anchor() -> None:
    assert resolve_date("They met last month.", None) is None
    assert resolve_date("They met on June 12, 2018.", None) == dt.date(2018, 6, 12)


def test_shift_months_clamps() -> None:
    assert shift_months(dt.date(2019, 3, 31), -1) == dt.date(2019, 2, 28)
    assert shift_months(dt.date(2019, 12, 15), 1) == dt.date(2020, 1, 15)


def test_parse_date_rejects_impossible() -> None:
    assert parse_date("February 30, 2019") is None


def test_dates_off_the_calendar_stay_at_the_anchor() -> None:
    assert resolve_date("They met yesterday.", dt.date.min) == dt.date.min
    assert resolve_date("They met on December 28.", dt.date.max) == dt.date(9999, 12, 28)
    assert resolve_date("They met last month.", dt.date(1, 1, 15)) == dt.date(1, 1, 15)
    assert resolve_date("They meet next year.", dt.date(9999, 6, 1)) == dt.date(9999, 12, 1)  # the last month
