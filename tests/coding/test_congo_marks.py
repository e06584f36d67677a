"""Which Congo an article means when it names neither in full: a place, leader or armed group only one of the two
states has decides (coding._namesake_marks, read by coding._namesakes; docs/coder.md, "Which Congo: the places,
leaders and fighters of each"). The presidents of both states are listed in people.csv with their terms.

Guards: news of the Republic of the Congo told by its own marks keeps COG; an article with marks of both states,
or of neither, is read as the countries' table reads "Congo" (COG)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.ingest.news import read_article_text


def _pairs(coder: Coder, text: str, day: dt.date) -> set[tuple[str, str]]:
    events = read_article_events(read_article_text(text, date=day), coder=coder).events
    return {(e.source[:3], e.target[:3]) for e in events}


@pytest.mark.parametrize(("text", "day", "pair"), [
    ("Congolese soldiers accused Ugandan troops on Friday of looting villages around Bunia.", dt.date(2021, 12, 3),
     ("COD", "UGA")),
    ("Fighters of the M23 advanced on Saturday. Congo recalled its ambassador from Rwanda in protest.",
     dt.date(2022, 11, 5), ("COD", "RWA")),
    ("Burundi deployed troops to South Kivu last month. Congo thanked Burundi on Tuesday for the help.",
     dt.date(2023, 3, 14), ("COD", "BDI")),
    ("The Congolese government accused Rwanda on Sunday of arming the rebels who took Bukavu.",
     dt.date(2025, 2, 16), ("COD", "RWA")),
])
def test_a_mark_of_the_drc_makes_congo_the_drc(shared_coder: Coder, text: str, day: dt.date,
                                                pair: tuple[str, str]) -> None:
    pairs = _pairs(shared_coder, text, day)
    assert pair in pairs, pairs
    assert not any("COG" in p for p in pairs), pairs


@pytest.mark.parametrize(("text", "day", "pair"), [
    ("Tshisekedi accused Rwanda on Wednesday of sabotaging the peace talks.", dt.date(2024, 3, 6), ("COD", "RWA")),
    ("Kabila met the Angolan president in Luanda on Thursday.", dt.date(2016, 9, 15), ("COD", "AGO")),
    ("Sassou Nguesso met the Chinese ambassador on Monday.", dt.date(2020, 6, 1), ("COG", "CHN")),
])
def test_the_presidents_of_both_congos_are_their_states(shared_coder: Coder, text: str, day: dt.date,
                                                        pair: tuple[str, str]) -> None:
    assert pair in _pairs(shared_coder, text, day)


@pytest.mark.parametrize(("text", "day", "pair"), [
    # news of the Republic of the Congo told by its own marks
    ("Oil output fell at Pointe-Noire. Congo accused France on Monday of delaying a loan.", dt.date(2019, 5, 6),
     ("COG", "FRA")),
    ("Congolese President Denis Sassou Nguesso thanked Gabon on Friday for its help.", dt.date(2021, 4, 9),
     ("COG", "GAB")),
    # marks of both states: the table's reading
    ("Refugees from Goma reached Pointe-Noire. Congo thanked Gabon on Friday.", dt.date(2021, 4, 9),
     ("COG", "GAB")),
    # no mark at all: the table's reading
    ("Congo thanked Gabon on Friday for the shipment of vaccines.", dt.date(2021, 4, 9), ("COG", "GAB")),
])
def test_congo_keeps_the_table_without_a_mark_of_the_drc_alone(shared_coder: Coder, text: str, day: dt.date,
                                                                 pair: tuple[str, str]) -> None:
    assert pair in _pairs(shared_coder, text, day)
