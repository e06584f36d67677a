"""People of a sentence that dates its own act years back (sentences written for these tests).

Outside a narrative of the past (a text naming three past years or more), a sentence that says its act happened on
a day, in a month or in a year at least two years before the article's date reads its people in that time: the
office holders of then, not of the day of publication (``coding._told_year``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

TODAY = dt.date(2024, 11, 5)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Secretary of State Dean Rusk received Ambassador Anatoly Dobrynin in Washington in October 1962.",
     ("USA", "RUS", "04")),
    ("Premier Zhao Ziyang received Secretary Shultz in Beijing in February 1983.", ("CHN", "USA", "04")),
    ("On November 19, 1985, Ronald Reagan met Mikhail Gorbachev in Geneva.", ("USA", "RUS", "04")),
    ("Yevgeny Primakov criticized Madeleine Albright sharply in 1997.", ("RUS", "USA", "11")),
    ("During a visit to Moscow in April 1972, Henry Kissinger met Leonid Brezhnev.", ("USA", "RUS", "04")),
])
def test_a_past_date_of_the_sentence_reads_its_office_holders(country_coded: CountryCoded, sentence: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert expected in {c[:3] for c in country_coded(sentence, TODAY)}


@pytest.mark.parametrize(("sentence", "day"), [
    # a relative clause's year is not the act's time
    ("Kim Jong Un, who took power in 2011, threatened Seoul.", dt.date(2019, 3, 1)),
    # the present told beside the past
    ("On Tuesday Trump recalled his summit with Kim Jong Un of June 2018.", dt.date(2025, 3, 4)),
    # a span running to now
    ("Lavrov has criticized Washington since 2014.", dt.date(2019, 3, 1)),
    # a year less than two years back
    ("Blinken met Wang Yi in Bali in July 2022.", dt.date(2023, 3, 1)),
])
def test_the_article_day_kept(sentence: str, day: dt.date) -> None:
    from detente.coding._told_year import sentence_day
    assert sentence_day(sentence, day) == day


def test_guards_keep_their_coding(country_coded: CountryCoded) -> None:
    # a relative clause dating the leader's past: the act is of the article's day, the leader of then
    assert ("USA", "PRK", "04") in {c[:3] for c in country_coded(
        "Trump, who met Kim Jong Un in Singapore in June 2018, met him again at Panmunjom.", dt.date(2019, 7, 1))}
    # a leader named after his term in a sentence of today names nobody
    assert not country_coded("Gorbachev criticized Washington on Tuesday.", TODAY)
