"""A story filed from a capital ("BEIJING (Reuters) - The foreign ministry ..."): a ministry, government, cabinet or
parliament it names with no country, and has named with none before, is that state's (coref Discourse.home)."""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article_text

DAY = dt.date(2022, 12, 19)


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    reading = read_article_events(read_article_text(text, date=DAY), coder=coder)
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in reading.events}


def test_the_foreign_ministry_of_an_agency_dateline(coder: Coder) -> None:
    text = ("OTTAWA (Reuters) - The foreign ministry on Monday criticized Iran over the detention of two citizens.\n"
            "The ministry also urged Tehran to release them.")
    got = _triples(coder, text)
    assert ("CAN", "IRN", "11") in got and ("CAN", "IRN", "02") in got


def test_the_government_of_a_dated_dateline(coder: Coder) -> None:
    text = "NAIROBI, Dec. 19 (Xinhua) -- The government on Monday accused Somalia of violating the maritime accord."
    assert ("KEN", "SOM", "11") in _triples(coder, text)


def test_a_ministry_named_with_its_country_before_keeps_it(coder: Coder) -> None:
    text = ("OTTAWA (Reuters) - Iran's foreign ministry on Monday criticized Canada over the new sanctions.\n"
            "The ministry also urged Ottawa to reverse them.")
    got = _triples(coder, text)
    assert ("IRN", "CAN", "11") in got and ("CAN", "CAN", "02") not in got
    assert ("IRN", "CAN", "02") in got


def test_no_dateline_leaves_the_ministry_unknown(coder: Coder) -> None:
    text = "The foreign ministry on Monday criticized Iran over the detention of two citizens."
    assert not any(t == "IRN" and s != "---" for s, t, _ in _triples(coder, text))
