"""The labels of a briefing transcript's turns (lines written for these tests).

White House transcripts and older State Department ones mark a reporter's question with a bare "Q" (no colon),
"Q." in some; the label is no part of the sentence it opens.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import read_article_events
from detente.coding.intake import read_article_text

DAY = dt.date(2019, 6, 4)


@pytest.mark.parametrize(("line", "sentence"), [
    ("Q    Thank you, Karen. Did Ottawa protest to Beijing?", "Thank you, Karen. Did Ottawa protest to Beijing?"),
    ("Q. Mr. Secretary, will Chile recall its envoy?", "Mr. Secretary, will Chile recall its envoy?"),
    ('Q "Unacceptable" was the word Peru used.', '"Unacceptable" was the word Peru used.'),
])
def test_a_bare_question_label_is_removed(line: str, sentence: str) -> None:
    article = read_article_text(f"Press Briefing by the Press Secretary\n\nMS. LANE:  Good afternoon.\n\n{line}",
                                date=DAY)
    assert article.text.splitlines()[-1] == sentence
    assert article.removed[-1] in ("Q", "Q.")


@pytest.mark.parametrize("line", [
    "Quebec and Ottawa signed an accord with France on Monday.",
    "Q fever broke out near the border on Monday, officials said.",
    "QUESTIONS remain over the accord Chile signed with Peru.",
])
def test_a_line_that_only_begins_with_q_is_kept(line: str) -> None:
    article = read_article_text(f"News of the day\n\n{line}", date=DAY)
    assert article.text.splitlines()[-1] == line


def test_the_question_label_does_not_become_an_actor() -> None:
    text = ("Press Briefing by the Press Secretary\n\nMS. LANE:  Good afternoon.\n\n"
            "Q    Karen, Saudi Arabia condemned Iran on Monday. Does the President agree?")
    events = read_article_events(read_article_text(text, date=DAY)).events
    assert any(e.source.startswith("SAU") and e.target.startswith("IRN") for e in events), events
    assert not any(e.source_name == "Q" or e.target_name == "Q" for e in events), events
