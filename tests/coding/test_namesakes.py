"""A short name two states share ("Congo", "Congolese") is read as the state the article names in full, when it
never names the other (coding._namesakes; docs/coder.md, "Congo and Congolese in news of the DRC"). Guards: an
article naming both states in full, and one naming only the Republic of the Congo."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.ingest.news import read_article_text

DAY = dt.date(2022, 11, 3)


def _pairs(coder: Coder, text: str) -> set[tuple[str, str]]:
    events = read_article_events(read_article_text(text, date=DAY), coder=coder).events
    return {(e.source[:3], e.target[:3]) for e in events}


@pytest.mark.parametrize(("text", "pair"), [
    ("Fighting spread near Goma in the Democratic Republic of Congo. The Congolese government expelled the Rwandan "
     "ambassador on Monday.", ("COD", "RWA")),
    ("Uganda and the DRC held talks on Tuesday. Kampala later accused Congo of harbouring rebels.", ("UGA", "COD")),
    ("Angola hosted a summit on the crisis in DR Congo. Congolese officials thanked Angola on Wednesday.",
     ("COD", "AGO")),
])
def test_the_short_name_is_the_state_named_in_full(shared_coder: Coder, text: str, pair: tuple[str, str]) -> None:
    pairs = _pairs(shared_coder, text)
    assert pair in pairs, pairs
    assert not any("COG" in p for p in pairs), pairs


def test_both_states_named_in_full_keep_the_table(shared_coder: Coder) -> None:
    text = ("The Republic of the Congo and the Democratic Republic of the Congo met on Monday. "
            "The Congolese government thanked Angola on Tuesday.")
    assert ("COG", "AGO") in _pairs(shared_coder, text)


def test_news_of_the_republic_of_the_congo_keeps_it(shared_coder: Coder) -> None:
    text = "Gabon and the Republic of Congo met in Brazzaville on Monday. The Congolese minister thanked Gabon."
    assert ("COG", "GAB") in _pairs(shared_coder, text)
