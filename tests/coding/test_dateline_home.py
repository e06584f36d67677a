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


def test_a_capital_before_a_colon_is_a_dateline(coder: Coder) -> None:
    # the way many South Asian and Gulf papers open a story
    text = ("Dhaka: The foreign ministry on Monday lodged a strong protest with Myanmar over the shelling across the "
            "border.\nThe ministry also urged Naypyidaw to stop the firing.")
    reading = read_article_text(text, date=DAY)
    assert "Dhaka:" in reading.removed and not reading.text.startswith("Dhaka")
    assert ("BGD", "MMR", "11") in _triples(coder, text) or ("BGD", "MMR", "14") in _triples(coder, text)


def test_a_speaker_label_or_a_heading_before_a_colon_is_kept(coder: Coder) -> None:
    for line in ("Psaki: Well, the President has spoken with the Prime Minister of Japan about the summit today.",
                 "Update: The foreign ministry on Monday lodged a strong protest with Myanmar over the shelling."):
        reading = read_article_text(line, date=DAY)
        assert reading.text.startswith(line.split(":")[0])


def test_a_capital_before_a_colon_in_a_short_line_is_no_dateline() -> None:
    from detente.coding._boilerplate import colon_dateline
    assert colon_dateline("Islamabad: A Timeline Of The Talks") is None  # a heading, no story line
    assert colon_dateline("Karachi: The city's port reopened on Monday after the storm passed the coast.") is None
    assert colon_dateline("Islamabad: Pakistan's foreign office on Monday summoned the Afghan envoy.") is not None


def test_a_dateline_with_a_colon_and_a_dash_is_cut() -> None:
    reading = read_article_text("ISLAMABAD:- Pakistan's Foreign Office on Thursday summoned a senior US diplomat "
                                "to lodge a protest over interference in its internal affairs.", date=DAY)
    assert reading.text.startswith("Pakistan") and "ISLAMABAD:-" in reading.removed
