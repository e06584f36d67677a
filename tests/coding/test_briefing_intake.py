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


INDEXED = """U.S. Department of State
Daily Press Briefing
I N D E X
Tuesday, June 4, 2019
Briefer: Jane Roe
CHILE
1 US has urged Santiago to release the detained
fishermen.
1-2,6 Peru's protest to Chile is under review.
PERU
4 US welcomes the talks between Lima and Quito.
U.S. DEPARTMENT OF STATE
DAILY PRESS BRIEFING
DPB #71
(ON THE RECORD UNLESS OTHERWISE NOTED)
MS. ROE: Good afternoon. We have urged Chile to release the detained fishermen, and we welcome the talks between \
Peru and Ecuador.
"""


def test_a_briefings_index_is_no_part_of_its_text() -> None:
    article = read_article_text(INDEXED, date=DAY)
    assert article.text == ("Good afternoon. We have urged Chile to release the detained fishermen, and we welcome "
                            "the talks between Peru and Ecuador.")
    assert "1 US has urged Santiago to release the detained" in article.removed
    assert "fishermen." in article.removed


def test_an_index_with_no_heading_is_known_by_its_run_of_pages() -> None:
    lines = ["Daily Press Briefing", "1 US has urged Santiago to release the fishermen.",
             "2 Peru's protest to Chile is under review.", "2-3 US welcomes talks between Lima and Quito.",
             "5,9 No decision on aid to Bolivia.",
             "MS. ROE: Good afternoon. We have urged Chile to release the detained fishermen today."]
    article = read_article_text("\n".join(lines), date=DAY)
    assert article.text == "Good afternoon. We have urged Chile to release the detained fishermen today."


def test_sentences_of_a_story_that_open_with_numbers_are_kept() -> None:
    lines = ["Fishermen freed", "12 Peruvian fishermen were freed by Chile on Monday, officials said.",
             "3 Chilean boats were seized by Peru last year in the same waters.",
             "40 more fishermen are held in Arica, their families say.",
             "Lima thanked Santiago for the release."]
    article = read_article_text("\n".join(lines), date=DAY)
    assert article.text.splitlines() == lines[1:]
