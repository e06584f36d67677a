"""Heads of state and government and foreign ministers of 1945-2000, read as their states while in office (sentences
written for these tests).

The people table (``detente/data/people.csv``) holds, besides the main dyads' office holders of recent terms, the
heads of state or government of the G7 states, the Soviet Union, China, India, Pakistan, Israel, Egypt, the two
Koreas and other parties of the era's main conflicts from 1945 to 2000, each row dated and citing its source.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded


@pytest.mark.parametrize(("sentence", "day", "expected"), [
    ("Chancellor Adenauer met Premier Bulganin in Moscow.", dt.date(1955, 9, 10), ("DEU", "RUS", "04")),
    ("Prime Minister Nakasone met President Chun Doo-hwan in Seoul.", dt.date(1983, 1, 11), ("JPN", "KOR", "04")),
    ("Kosygin met Zulfikar Ali Bhutto in Moscow.", dt.date(1974, 10, 24), ("RUS", "PAK", "04")),
    ("Thatcher warned Galtieri against an invasion.", dt.date(1982, 3, 31), ("GBR", "ARG", "13")),
    ("Mitterrand welcomed Chancellor Kohl to Paris.", dt.date(1984, 5, 20), ("FRA", "DEU", "04")),
    ("Foreign Secretary Hurd met Foreign Minister Kozyrev in London.", dt.date(1992, 6, 1), ("GBR", "RUS", "04")),
    ("King Hussein met Prime Minister Ben-Gurion secretly.", dt.date(1960, 3, 1), ("JOR", "ISR", "04")),
    ("Arafat accused Prime Minister Netanyahu of wrecking the peace.", dt.date(1997, 3, 20), ("PSE", "ISR", "11")),
    ("President Nasser criticized Prime Minister Eden sharply.", dt.date(1956, 8, 2), ("EGY", "GBR", "11")),
    ("Nehru met Liaquat Ali Khan in New Delhi.", dt.date(1950, 4, 2), ("IND", "PAK", "04")),
])
def test_office_holders_of_1945_2000_are_their_states(country_coded: CountryCoded, sentence: str, day: dt.date,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in {c[:3] for c in country_coded(sentence, day)}


@pytest.mark.parametrize(("sentence", "day"), [
    ("Wilson met the Chinese ambassador in London.", dt.date(1985, 1, 10)),  # out of office: nobody
    ("Thatcher criticized Argentina.", dt.date(1995, 6, 1)),
])
def test_a_holder_out_of_office_is_no_state(country_coded: CountryCoded, sentence: str, day: dt.date) -> None:
    assert all(c[0] != "GBR" for c in country_coded(sentence, day))
