"""A note's words are told on the day it is delivered (sentences written for these tests).

"The President's letter, delivered by Ambassador X on July 27, restated ...": the time of the participle clause
dates the act of the note the clause tells of, the verb after the clause whose subject the note is
(``event_dates``, ``coding._carried_notes``); other participle clauses keep their time to their noun.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.dates import UNDATED

TODAY = dt.date(2024, 5, 1)


def _dated(coder: Coder, sentence: str) -> set[tuple[str, str, dt.date]]:
    return {(e.source[:3], e.target[:3], e.date) for e in coder.code_sentence(sentence, date=TODAY)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Premier's message, delivered by Foreign Minister Chen Yi on March 1, 1965, condemned the United States.",
     ("CHN", "USA", dt.date(1965, 3, 1))),
    ("The letter, carried by Foreign Secretary Howe on May 9, 1986, assured Washington of British support.",
     ("GBR", "USA", dt.date(1986, 5, 9))),
    # dated on main too ("handed over" is read as no participle clause)
    ("The note, handed over by Ambassador Dobrynin on June 2, 1967, warned Washington against escalation.",
     ("RUS", "USA", dt.date(1967, 6, 2))),
    ("The Chancellor's letter, conveyed by Foreign Minister Genscher on May 3, 1985, urged Moscow to resume the talks.",
     ("DEU", "RUS", dt.date(1985, 5, 3))),
    ("The Prime Minister's message, delivered by Foreign Secretary Hurd on March 4, 1991, praised Saudi Arabia.",
     ("GBR", "SAU", dt.date(1991, 3, 4))),
])
def test_the_act_of_a_note_is_dated_by_its_delivery(coder: Coder, sentence: str,
                                                    expected: tuple[str, str, dt.date]) -> None:
    assert expected in _dated(coder, sentence)


def test_other_participle_clauses_keep_their_time(coder: Coder) -> None:
    found = _dated(coder, "Chile lifted sanctions on Peru, imposed in response to raids carried out on May 2, 2019.")
    assert ("CHL", "PER", dt.date(2019, 5, 2)) not in found
    assert ("CHL", "PER", TODAY) in found or ("CHL", "PER", UNDATED) in found
