"""A chronology's entries take the date that opens them, not the page's day (texts written for these tests).

"12 Mar 2004 -- Chile and Peru sign ... Peru accuses Chile ...": both sentences are of 12 March 2004. Under a year
("1998: ...", or a "1997:" heading on its own line) or a month and a year ("March 2004: ...") an entry is placed
too vaguely to be dated: its events are undated, never put on the day the page was published. A news story's
"On Monday, ...", its dateline and its "In 2018, the two leaders met" open no entry.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import UNDATED, Coder, read_article_events
from detente.coding.intake import read_article_text
from detente.coding.timeline import entries

PAGE_DAY = dt.date(2010, 2, 1)


def _events(coder: Coder, text: str, day: dt.date | None = PAGE_DAY) -> set[tuple[str, str, str, dt.date | None]]:
    reading = read_article_events(read_article_text(text, date=day), coder=coder)
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for e in reading.events}


def _dates(coder: Coder, text: str, day: dt.date | None = PAGE_DAY) -> set[dt.date | None]:
    return {date for *_, date in _events(coder, text, day)}


DAY_ENTRIES = ("Key dates in relations between Chile and Peru:\n\n"
               "12 Mar 2004 \u2014 Chile and Peru sign a fisheries accord. Peru accuses Chile of breaking the accord."
               "\n\n5 Jun 2004 \u2014 Peru expels Chile's ambassador.")


def test_an_entrys_later_sentence_takes_the_entrys_day(shared_coder: Coder) -> None:
    found = _events(shared_coder, DAY_ENTRIES)
    assert ("PER", "CHL", "11", dt.date(2004, 3, 12)) in found
    assert PAGE_DAY not in {date for *_, date in found}


def test_entries_without_a_separator_under_a_full_date(shared_coder: Coder) -> None:
    text = ("Chronology of the talks\n\n4 Feb 1999 Bolivia and Chile open talks in Lima. Chile thanks Bolivia for "
            "the invitation.\n\n9 Mar 1999 Bolivia accuses Chile of stalling the talks.")
    found = _events(shared_coder, text)
    assert ("CHL", "BOL", "05", dt.date(1999, 2, 4)) in found
    assert PAGE_DAY not in {date for *_, date in found}


YEAR_ENTRIES = ("Timeline of Japan-China relations\n\n1997:\nJapan and China sign a fishing agreement.\n"
                "China protests to Japan over the islands.\n\n"
                "1998: China and Japan hold talks in Tokyo. In May, China accuses Japan of spying.")


def test_entries_under_a_year_are_undated_never_the_pages_day(shared_coder: Coder) -> None:
    found = _events(shared_coder, YEAR_ENTRIES)
    assert ("CHN", "JPN", "04", UNDATED) in found  # "1998: China and Japan hold talks"
    assert ("JPN", "CHN", "05", UNDATED) in found  # under the "1997:" heading
    assert _dates(shared_coder, YEAR_ENTRIES) == {UNDATED}


def test_a_month_and_year_entry_is_undated_and_a_day_entry_dated(shared_coder: Coder) -> None:
    text = ("Bolivia and Chile: a chronology\n\n\u2022 March 2004: Bolivia accuses Chile of blocking its access to "
            "the sea. Chile rejects the charge.\n\u2022 July 9, 2005: Chile and Bolivia hold talks in Santiago. "
            "Bolivia thanks Chile for the talks.")
    found = _events(shared_coder, text)
    assert ("BOL", "CHL", "05", dt.date(2005, 7, 9)) in found
    assert PAGE_DAY not in {date for *_, date in found}


def test_a_year_heading_dates_a_month_and_day_entry() -> None:
    found = entries(["1996:", "May 3: Peru and Chile sign a treaty.", "June 9 - Chile protests."])
    assert [(e.day, e.year) for e in found] == [(None, 1996), (dt.date(1996, 5, 3), 1996), (dt.date(1996, 6, 9), 1996)]


@pytest.mark.parametrize("text", [
    "On Monday, Germany condemned Russia over the attack.\nThe French president met the German chancellor in Paris.",
    "In 2018, the two leaders met in Singapore. On Tuesday, China accused Japan of spying.\nJapan rejected it.",
    "March 3, 2015 \u2014 Germany condemned Russia over the attack.\nMerkel met Hollande in Paris on Tuesday.",
])
def test_news_stories_open_no_entry(shared_coder: Coder, text: str) -> None:
    assert all(e.year is None for e in entries(text.split("\n")))
    reading = read_article_events(read_article_text(text, date=PAGE_DAY), coder=shared_coder)
    coded = shared_coder.code_many(reading.sentences, date=PAGE_DAY)
    assert {(e.source, e.target, e.code, e.date) for e in reading.events} \
        <= {(e.source, e.target, e.code, e.date) for found in coded for e in found}
    assert {e.date for e in reading.events} - {UNDATED}  # dated: the page's week, not undated


def test_a_dateline_keeps_its_day(shared_coder: Coder) -> None:
    text = "BERLIN, March 3, 2015 \u2014 Germany condemned Russia over the attack.\nMerkel met Hollande in Paris."
    assert _dates(shared_coder, text, None) == {dt.date(2015, 3, 3)}


def _batch(coder: Coder, text: str) -> set[tuple[str, str, str, dt.date | None]]:
    found = coder.code_batch([(text, PAGE_DAY, None, None)])[0]
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for e in found}


def test_code_batch_dates_entries_as_reading_does(shared_coder: Coder) -> None:
    # ``detente code`` (Coder.code_batch, code_text) and ``detente read`` place a chronology's entries alike
    found = _batch(shared_coder, DAY_ENTRIES)
    assert ("PER", "CHL", "11", dt.date(2004, 3, 12)) in found  # the entry's later sentence: its day
    assert PAGE_DAY not in {date for *_, date in found}
    assert {date for *_, date in _batch(shared_coder, YEAR_ENTRIES)} == {UNDATED}
    assert {e.date for e in shared_coder.code_text(YEAR_ENTRIES, date=PAGE_DAY)} == {UNDATED}


def test_code_batch_keeps_each_texts_own_events_apart(shared_coder: Coder) -> None:
    news = "On Monday, Germany condemned Russia over the attack.\nThe French president met the German chancellor."
    both = shared_coder.code_batch([(news, PAGE_DAY, None, None), (DAY_ENTRIES, PAGE_DAY, None, None)])
    assert [len(found) for found in both] == [len(shared_coder.code_text(news, date=PAGE_DAY)),
                                              len(shared_coder.code_text(DAY_ENTRIES, date=PAGE_DAY))]
    assert {e.date for e in both[0]} == {e.date for e in shared_coder.code_text(news, date=PAGE_DAY)} != {UNDATED}
    assert ("DEU", "RUS") in {(e.source[:3], e.target[:3]) for e in both[0]}


LOST_HEADINGS = ("Peru condemns Chile over the border incident.\n\n"
                 "Here is a short timeline of relations between Chile and Peru since the war:\n\n"
                 "Chile and Peru sign a treaty of peace.\n\nPeru accuses Chile of breaking the treaty. "
                 "Chile rejects the charge.\n\nPeru and Chile hold talks in Lima on March 3, 1999.")


def test_a_declared_chronologys_acts_are_never_of_the_pages_day(shared_coder: Coder) -> None:
    # the page lost its year headings: what its entries tell is of no day the text gives
    found = _events(shared_coder, LOST_HEADINGS)
    assert ("PER", "CHL", "11", UNDATED) in found  # "Peru accuses Chile" under the timeline's introduction
    assert ("CHL", "PER", "05", UNDATED) in found  # "Chile and Peru sign a treaty"
    assert ("CHL", "PER", "05", PAGE_DAY) not in found
    batch = _batch(shared_coder, LOST_HEADINGS)  # detente code dates them alike
    assert ("PER", "CHL", "11", UNDATED) in batch and ("CHL", "PER", "05", PAGE_DAY) not in batch


def test_a_declared_chronology_keeps_the_days_it_names_and_the_lead_above_it(shared_coder: Coder) -> None:
    found = _events(shared_coder, LOST_HEADINGS)
    assert ("PER", "CHL", "04", dt.date(1999, 3, 3)) in found  # "on March 3, 1999": its own day
    assert ("PER", "CHL", "11", PAGE_DAY) in found  # the lead above the introduction: the page's day
    assert {e for e in found if e[3] == PAGE_DAY} == {("PER", "CHL", "11", PAGE_DAY)}


@pytest.mark.parametrize("text", [
    "Peru and Chile agreed on a timeline for the withdrawal.\nPeru accuses Chile of breaking the truce.",
    "The chronology of the crisis is disputed\nPeru accuses Chile of breaking the truce.",
    "Timeline for withdrawal agreed\nPeru accuses Chile of breaking the truce.",
    "Key dates:\nToday Peru accuses Chile of breaking the truce.",
])
def test_a_story_naming_a_timeline_keeps_the_pages_day(shared_coder: Coder, text: str) -> None:
    assert ("PER", "CHL", "11", PAGE_DAY) in _events(shared_coder, text)


def test_a_title_that_names_a_chronology_undates_its_acts(shared_coder: Coder) -> None:
    # "Timeline of ..." taken off the text as its title (or a heading above it) still says what the text is
    text = ("Timeline of Chile-Peru relations\n\nChile and Peru sign a treaty of peace.\n\n"
            "Peru accuses Chile of breaking the treaty.")
    assert read_article_text(text, date=PAGE_DAY).title == "Timeline of Chile-Peru relations"
    assert _dates(shared_coder, text) == {UNDATED}


def test_a_title_that_speaks_of_a_timeline_keeps_the_pages_day(shared_coder: Coder) -> None:
    text = ("Chile and Peru agree on a timeline of talks\n\nChile and Peru sign a treaty of peace.\n\n"
            "Peru accuses Chile of breaking the treaty.")
    assert ("PER", "CHL", "11", PAGE_DAY) in _events(shared_coder, text)


DASHED_ENTRIES = ("Chile and Peru: a chronology\n\n"
                  "March 12, 2004\u2014Chile and Peru sign a fisheries accord. Peru accuses Chile of breaking it.\n\n"
                  "Jun 5, 2004 -- Peru expels Chile's ambassador. Chile condemns Peru.\n\n"
                  "2005-06 - Peru accuses Chile of spying.")


def test_an_entrys_dash_may_be_unspaced_or_doubled(shared_coder: Coder) -> None:
    # "March 12, 2004\u2014Chile ..." (a dash straight before the entry's first word) and "Jun 5, 2004 -- ..."
    found = _events(shared_coder, DASHED_ENTRIES)
    assert ("PER", "CHL", "11", dt.date(2004, 3, 12)) in found  # the entry's later sentence: its day
    assert ("CHL", "PER", "11", dt.date(2004, 6, 5)) in found
    assert PAGE_DAY not in {date for *_, date in found}


def test_an_entry_of_a_span_of_years_is_undated() -> None:
    found = entries(DASHED_ENTRIES.split("\n"))
    assert [(e.opens, e.day, e.year) for e in found if e.opens] == [
        (True, dt.date(2004, 3, 12), 2004), (True, dt.date(2004, 6, 5), 2004), (True, None, 2005)]


@pytest.mark.parametrize("lines", [
    ["September 2003\u2013present", "UN Mission in Liberia", "2016-2020 period can be divided in two."],
    ["March 3, 2015\u2014Germany condemned Russia over the attack.", "Merkel met Hollande in Paris."],
    ["2016-2020 was a time of tests.", "1998-99 saw talks."],
])
def test_what_opens_no_entry(lines: list[str]) -> None:
    assert all(e.year is None for e in entries(lines))


def test_a_chronology_from_a_span_whose_entries_lost_their_days(shared_coder: Coder) -> None:
    text = ("Relations between Chile and Peru\n\nChronology from May 2004 to Aug 2004\n\n"
            ": Peru accuses Chile of spying.\n\n: Chile expels Peru's ambassador.")
    found = _events(shared_coder, text)
    assert ("PER", "CHL", "11", UNDATED) in found
    assert PAGE_DAY not in {date for *_, date in found}
