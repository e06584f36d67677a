"""Companies named after a state ("Qatar Airways", "Air India", "Korean Air", "Russian Railways") are businesses
of that country (BUS), not the state (coding/dictionaries/companies.txt); an article leaves out their acts
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article_text

DAY = dt.date(2023, 11, 7)


@pytest.mark.parametrize(("sentence", "source"), [
    ("Turkish Airlines suspended its flights to Iran on Monday.", "TURBUS"),
    ("Korean Air suspended its flights to Russia on Monday.", "KORBUS"),
    ("Russian Railways stopped freight trains to Finland on Monday.", "RUSBUS"),
    ("Qatar Airways resumed its flights to Iraq on Monday.", "QATBUS"),
])
def test_a_company_named_after_a_state_is_a_business(coder: Coder, sentence: str, source: str) -> None:
    assert {e.source for e in coder.code_sentence(sentence, date=DAY)} == {source}


def test_an_article_leaves_out_the_company_act() -> None:
    text = ("Air India suspended its flights to Israel on Monday. Korean Air halted its flights to Russia on Monday, "
            "the airline said.")
    reading = read_article_events(read_article_text(text, date=DAY), coder=Coder())
    assert not reading.events


def test_the_state_itself_keeps_its_act(coder: Coder) -> None:
    # guard: the state named alone is the state
    events = coder.code_sentence("Qatar suspended its flights to Iraq on Monday.", date=DAY)
    assert {e.source for e in events} == {"QAT"}
