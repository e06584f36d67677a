"""People named by the office they held on a day (sentences written for these tests).

The people table (``detente/data/people.csv``) gives each office holder the dates of the office, with the public
document they come from. A name is read as its state's government only while its holder is in office, on the day
the article tells of: the article's own day, or, in a text that tells of the past, the year it tells of.
"""

from __future__ import annotations

import csv
import datetime as dt
from importlib import resources

import pytest

from detente.coding import Coder
from detente.coding.narrative import Narrative, told_days


def _people(coder: Coder, sentence: str, day: dt.date | None) -> set[tuple[str, str, str | None, str | None]]:
    return {(e.source, e.target, e.source_name, e.target_name) for e in coder.code_sentence(sentence, date=day)}


@pytest.mark.parametrize(("sentence", "day", "source", "target"), [
    # leaders and ministers of states whose disputes real news tells of, by surname alone
    ("Abiy flew to Asmara and embraced Isaias at the airport.", dt.date(2018, 7, 9), "ETHGOV", "ERIGOV"),
    ("Pashinyan accused Aliyev of blocking the road.", dt.date(2022, 12, 20), "ARMGOV", "AZEGOV"),
    ("Vucic accused Kurti of provoking the violence.", dt.date(2023, 6, 15), "SRBGOV", "KSVGOV"),
    ("Modi telephoned Sharif on Sunday.", dt.date(2015, 4, 12), "INDGOV", "PAKGOV"),
    ("Correa criticized Washington harshly.", dt.date(2011, 4, 7), "ECUGOV", "USAGOV"),
    ("Bashir threatened Kiir with war.", dt.date(2012, 4, 19), "SDNGOV", "SSDGOV"),
    # leaders of the Cold War, in the news of their own day
    ("Brezhnev received Kissinger in the Kremlin.", dt.date(1972, 4, 22), "RUSGOV", "USAGOV"),
    ("Sadat thanked Begin in Jerusalem.", dt.date(1977, 11, 20), "EGYGOV", "ISRGOV"),
    ("Premier Zhou Enlai welcomed President Nixon in Peking.", dt.date(1972, 2, 21), "CHNGOV", "USAGOV"),
    ("Secretary Shultz met Foreign Minister Shevardnadze in Geneva.", dt.date(1987, 9, 15), "USAGOV", "RUSGOV"),
    # defence ministers and envoys
    ("Shoigu met Wei Fenghe in Moscow.", dt.date(2018, 4, 3), "RUSGOV", "CHNGOV"),
    ("Onodera criticized Pyongyang sharply.", dt.date(2017, 9, 1), "JPNGOV", "PRKGOV"),
    ("Kurt Campbell met Chinese officials in Beijing.", dt.date(2011, 6, 1), "USAGOV", "CHNGOV"),
])
def test_office_holders_are_their_governments_on_the_day(coder: Coder, sentence: str, day: dt.date, source: str,
                                                         target: str) -> None:
    assert {(s, t) for s, t, _, _ in _people(coder, sentence, day)} >= {(source, target)}


def test_a_name_out_of_office_is_no_government(coder: Coder) -> None:
    # Nixon in 1990 held no office: a former president is no act of his state
    found = _people(coder, "Nixon praised Gorbachev warmly.", dt.date(1990, 6, 1))
    assert all(not s.startswith("USAGOV") for s, _, _, _ in found)


def test_the_holder_of_the_day_is_named(coder: Coder) -> None:
    found = _people(coder, "Gromyko met Secretary Vance in New York.", dt.date(1977, 9, 23))
    assert ("RUSGOV", "USAGOV", "Andrei Gromyko", "Cyrus Vance") in found


def test_every_office_row_cites_its_source_and_is_dated() -> None:
    text = resources.files("detente.data").joinpath("people.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    for row in rows:
        assert row["source"].strip(), row["name"]
        start = dt.date.fromisoformat(row["start"])
        assert not row["end"] or dt.date.fromisoformat(row["end"]) > start, row["name"]


# -- a text that tells of the past --------------------------------------------------------------------------------

ESSAY_DAY = dt.date(2024, 11, 3)  # the day an essay on 1961-1962 was published

ESSAY = [
    "In April 1961 the invasion at the Bay of Pigs failed.",
    "In June 1961 the two leaders met in Vienna.",
    "In September 1962 Soviet ships were carrying missiles.",
    "On October 16, 1962, the photographs reached the White House.",
    "Kennedy warned Khrushchev in a televised address.",
    "Secretary Rusk summoned Ambassador Dobrynin to the State Department.",
]


def test_people_of_a_narrative_hold_their_offices_in_the_year_it_tells_of(coder: Coder) -> None:
    found = coder.code_many(ESSAY, date=ESSAY_DAY)
    named = {(e.source, e.target, e.source_name, e.target_name) for sentence in found for e in sentence}
    assert ("USAGOV", "RUSGOV", "John F. Kennedy", "Nikita Khrushchev") in named
    assert ("USAGOV", "RUSGOV", "Dean Rusk", "Anatoly Dobrynin") in named


def test_the_same_names_in_todays_news_are_nobody_of_1962(coder: Coder) -> None:
    # a news story of 2024 that names no years long past: "Kennedy" is read on its own day, when no Kennedy of the
    # table held office
    found = coder.code_many(["Kennedy warned Khrushchev in a televised address."], date=ESSAY_DAY)
    assert all(e.source_name != "John F. Kennedy" for sentence in found for e in sentence)


def test_told_days_are_the_article_day_outside_a_narrative() -> None:
    news = ["The envoy met Kim on Tuesday.", "In 2018 they met in Singapore.", "Talks resumed in 2019."]
    day = dt.date(2019, 3, 1)
    assert told_days(news, day, Narrative(news, day)) == [day, day, day]
    assert told_days(ESSAY, None, Narrative(ESSAY, None)) == [None] * len(ESSAY)
    years = [d.year for d in told_days(ESSAY, ESSAY_DAY, Narrative(ESSAY, ESSAY_DAY)) if d is not None]
    assert years == [1961, 1961, 1962, 1962, 1962, 1962]
