"""A page's list of sources and a free licence's notice are no story text (lines written for these tests, none from
an evaluation set; docs/coder.md, "A page's sources and its licence").

Citizen news sites and the mirrors that republish them end a story with the reports it was written from ('"Talks
to resume" \u2014 Kenya Times, March 4, 2019') and with the licence of the text. Such a line names states, verbs of
meeting and a day, and was read as a sentence of the story; the intake now removes it, as it removes captions and
menus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding._boilerplate import classify
from detente.coding.intake import read_article_text

DAY = dt.date(2019, 3, 4)


@pytest.mark.parametrize("line", [
    '"Kenya and Somalia to resume talks" \u2014 Kenya Times, March 4, 2019',
    '"Kenya and Somalia to resume talks" \u2013 Kenya Times, 4 March 2019',
    '"Kenya and Somalia to resume talks" - Kenya Times, 2019-03-04',
    '* "Kenya and Somalia to resume talks" -- Kenya Times, March 4, 2019',
    'Jane Roe. "Kenya expels Somali envoy" \u2014 Daily Courier, March 3, 2019',
    '"Kenya and Somalia to resume talks" \u2014 Kenya Times, March 4, 2019John Doe. "Somalia recalls envoy" '
    '\u2014 Radio Mogadishu, March 3, 2019 "Envoys meet in Nairobi" \u2014 Coast Herald, March 2, 2019',
    '\u201cKenya and Somalia to resume talks\u201d \u2014 Kenya Times, March 4, 2019',
])
def test_a_line_of_sources_is_no_story_text(line: str) -> None:
    assert classify(line) == "sources"


@pytest.mark.parametrize("line", [
    "This text comes from a news wiki. Permission is granted to copy, distribute and/or modify this document under "
    "the terms of the Creative Commons Attribution 2.5 licence.",
    "All text is available under the terms of the Creative Commons Attribution license.",
    "This article is licensed under a Creative Commons Attribution 4.0 International License.",
    "Content is released under the GNU Free Documentation License.",
])
def test_a_licence_notice_is_no_story_text(line: str) -> None:
    assert classify(line) == "licence"


@pytest.mark.parametrize("line", [
    'Kenya\'s foreign ministry, in a statement titled "Peace first", condemned Somalia on March 4, 2019.',
    '"We will not accept this," the Kenyan minister said on March 4, 2019, as Somalia recalled its envoy.',
    '"Talks will resume" - that was the message Kenya sent to Somalia, its envoy said on March 4, 2019, '
    'after meeting the Somali foreign minister in Nairobi for three hours.',
    "The agreement was released under the terms of the accord signed by Kenya and Somalia in March.",
    "Kenya said the licence granted to Somali traders would be revoked.",
])
def test_story_sentences_stay_text(line: str) -> None:
    assert classify(line) == "text"


PAGE = """Kenya and Somalia agree to resume talks

Monday, March 4, 2019

Kenya and Somalia agreed on Monday to resume talks on their maritime border, the two foreign ministries said.

The ministers met in Nairobi and signed a joint statement on the resumption of flights between the capitals.

Sources

"Somalia recalls envoy from Nairobi" \u2014 Radio Mogadishu, February 16, 2019
"Kenya expels Somali ambassador" \u2014 Daily Courier, February 17, 2019

This text comes from a news wiki. Permission is granted to copy, distribute and/or modify this document under the
terms of the Creative Commons Attribution 2.5 licence.
"""


def test_a_page_keeps_its_story_and_drops_its_sources_and_licence() -> None:
    article = read_article_text(PAGE)
    assert "agreed on Monday to resume talks" in article.text
    assert "signed a joint statement" in article.text
    assert "recalls envoy" not in article.text and "expels Somali" not in article.text
    assert "Permission is granted" not in article.text


def test_no_act_is_coded_from_a_pages_sources(shared_coder: Coder) -> None:
    events = read_article_events(read_article_text(PAGE, date=DAY), coder=shared_coder).events
    assert events, "the story's own acts are coded"
    assert all("Radio Mogadishu" not in (e.sentence or "") and "Daily Courier" not in (e.sentence or "")
               for e in events)
    assert not any(e.code.startswith("16") for e in events)  # the sources' recall and expulsion are no acts
