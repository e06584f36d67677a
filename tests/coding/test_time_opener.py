"""A time phrase that opens a sentence (docs/coder.md, "A time phrase that opens a sentence").

The parser reads "On September 12, Secretary X met ..." with the subject hung on the date (as an apposition or an
oblique), so the act lost its source or its target; the coder parses the clause after the phrase and joins the
phrase back to the clause's root. Every sentence here is written for the tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import read_article_events
from detente.coding.intake import read_article_text
from detente.coding.syntax import default_parser, time_opener


@pytest.mark.parametrize(("words", "taken"), [
    ("On Monday , Japan protested .", 3),
    ("On July 21 , 2018 , the minister met his counterpart .", 6),
    ("Earlier today , the minister met his counterpart .", 3),
    ("Late on Tuesday , the minister met his counterpart .", 4),
    ("In 1998 , the two sides signed a pact .", 3),
    ("In a letter , Japan protested to China .", 0),  # no time word: an opening phrase of another kind
    ("On the contrary , Japan protested to China .", 0),  # prepositions and "the" alone are no time
    ("On Monday Japan protested to China .", 0),  # no comma: the parser reads it whole
    ("Since Monday , Japan has protested twice .", 0),  # a span since a day: left to the parser
])
def test_time_opener_spans_the_phrase_and_its_comma(words: str, taken: int) -> None:
    assert time_opener(words.split()) == taken


def test_the_phrase_is_joined_to_the_clause_root() -> None:
    words = ["On", "September", "12", ",", "2018", ",", "the", "minister", "met", "his", "Indian", "counterpart",
             "in", "Delhi", "."]
    parse = default_parser().parse(words)
    assert len(parse) == len(words)
    met = words.index("met")
    assert parse.is_root(met)
    assert parse.heads[words.index("12")] == met and parse.labels[words.index("12")] == "obl"
    assert parse.labels[words.index("minister")] == "nsubj" and parse.heads[words.index("minister")] == met
    assert parse.labels[words.index("On")] == "case"


def _pairs(text: str, day: dt.date) -> set[tuple[str, str, str]]:
    reading = read_article_events(read_article_text(text, date=day))
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in reading.events}


@pytest.mark.parametrize(("text", "day", "pair"), [
    ("On September 12, Secretary Pompeo met Indian Foreign Minister Sushma Swaraj.", dt.date(2018, 9, 14),
     ("USA", "IND", "04")),
    ("On March 5, Secretary Pompeo spoke with Russian Foreign Minister Sergey Lavrov.", dt.date(2019, 3, 6),
     ("USA", "RUS", "04")),
    ("Earlier this week, Secretary Pompeo condemned Iranian Foreign Minister Javad Zarif.", dt.date(2018, 9, 14),
     ("USA", "IRN", "11")),
])
def test_an_act_after_an_opening_time_phrase_keeps_both_parties(text: str, day: dt.date,
                                                                pair: tuple[str, str, str]) -> None:
    assert pair in _pairs(text, day)


def test_the_same_act_without_the_phrase_is_read_alike() -> None:
    day = dt.date(2018, 9, 14)
    opened = _pairs("On September 12, Secretary Pompeo met Indian Foreign Minister Sushma Swaraj.", day)
    plain = _pairs("Secretary Pompeo met Indian Foreign Minister Sushma Swaraj on September 12.", day)
    assert opened == plain
