"""A day counted from a day the same sentence names (sentences written for these tests).

"The same day", "the next day", "two days later" after a day the sentence itself names are read from that day, not
from the sentence before's or the article's (``coding._own_context``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

TODAY = dt.date(2024, 5, 1)


def _dated(coder: Coder, sentences: list[str]) -> set[tuple[str, str, str, dt.date]]:
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for found in coder.code_many(sentences, date=TODAY)
            for e in found}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chile recalled its ambassador from Peru on March 3, 2008, and Peru expelled two Chilean diplomats the next "
     "day.", ("PER", "CHL", "16", dt.date(2008, 3, 4))),
    ("Sudan closed its border with Chad on May 5, 2006, and Chad condemned Sudan two days later.",
     ("TCD", "SDN", "11", dt.date(2006, 5, 7))),
    ("Ecuador expelled the Colombian ambassador on June 9, 2010, and Colombia condemned Ecuador the same day.",
     ("COL", "ECU", "11", dt.date(2010, 6, 9))),
])
def test_a_counted_day_after_the_sentences_own_day(coder: Coder, sentence: str,
                                                   expected: tuple[str, str, str, dt.date]) -> None:
    assert expected in _dated(coder, [sentence])


def test_a_counted_day_opening_the_sentence_is_read_from_the_one_before(coder: Coder) -> None:
    found = _dated(coder, ["Chile imposed sanctions on Peru on June 3, 2010.", "The next day Peru condemned Chile."])
    assert ("PER", "CHL", "11", dt.date(2010, 6, 4)) in found


def test_a_counted_day_with_no_day_named_is_read_from_the_article(coder: Coder) -> None:
    found = _dated(coder, ["Peru condemned Chile the same day."])
    assert ("PER", "CHL", "11", TODAY) in found
