"""Guards for the coder's fast paths (docs/coder.md, "Speed"): each short cut gives what the long way gave.

They pass before and after the short cuts were written (a refactor); they fail if a short cut changes a result.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from detente.coding._dated_meetings import dated_meetings
from detente.coding._mention_shapes import outside_quotes
from detente.coding._month_nouns import month_nouns
from detente.coding._names import long_name_words, name_words
from detente.coding._text import tokenize
from detente.coding.dates import find_when
from detente.coding.mentions import Mention, shouted

if TYPE_CHECKING:
    from detente.coding.coder import Coder


def test_words_of_letters_and_the_rest_are_tokenized_alike() -> None:
    assert tokenize("The DPRK-U.S. talks, held in Geneva (Switzerland), didn't end.") == [
        "The", "DPRK-U.S", ".", "talks", ",", "held", "in", "Geneva", "(", "Switzerland", ")", ",", "did", "not",
        "end", "."]
    assert tokenize("Sen. John Kerry met Kim Kye Gwan on 12.5.") == [
        "Senator", "John", "Kerry", "met", "Kim", "Kye", "Gwan", "on", "12.5", "."]
    assert tokenize("Peru's 3rd envoy--and Chile's--left at 10:30 a.m. today!") == [
        "Peru", "'s", "3rd", "envoy", "-", "-", "and", "Chile", "'s", "-", "-", "left", "at", "10", ":", "30", "a.m.",
        "today", "!"]
    assert tokenize("\u00c7avu\u015fo\u011flu said: \u201cWe won't go.\u201d") == [
        "Cavusoglu", "said", ":", '"', "We", "will", "not", "go", ".", '"']


def test_a_quotation_runs_on_across_sentences_without_marks() -> None:
    assert outside_quotes([["he", "said", '"', "we", "will", "act"], ["they", "left", '"', "."], ["no", "quote"]]) \
        == [[True, True, False, False, False, False], [False, False, False, True], [True, True]]
    assert outside_quotes([['"', "go"], ["they", "left"]]) == [[False, False], [False, False]]


def test_capitals_are_counted_among_words_of_letters() -> None:
    assert shouted(tokenize("KCNA DPRK ROK UN"))
    assert not shouted(tokenize("THE U.S. AND JAPAN HELD TALKS in Tokyo"))  # five in seven words of letters
    assert not shouted(tokenize("The DPRK and the ROK and the UN"))


def test_the_words_of_names_are_collected_in_one_pass() -> None:
    tokens = tokenize("Foreign Minister Pak Ui Chun met Mr Kim and Ri Yong Ho in May.")
    low = [t.lower() for t in tokens]
    assert sorted(name_words(tokens, low, [Mention(0, 2, "PRKGOV", None, True)])) == [
        "chun", "foreign", "ho", "kim", "may", "minister", "pak", "ri", "ui", "yong"]
    assert name_words(tokens, low, [Mention(0, 2, "---GOV", None, False)]) == set()
    assert sorted(long_name_words(tokens, low)) == ["chun", "foreign", "ho", "minister", "pak", "ri", "ui", "yong"]


def test_a_day_of_the_month_with_and_without_its_year() -> None:
    day = dt.date(2011, 6, 1)
    assert [(w.phrase, w.day, w.precision) for w in find_when("The talks ended on March 3, 2011.", day)] == [
        ("March 3, 2011", dt.date(2011, 3, 3), "day")]
    assert [(w.phrase, w.day, w.precision) for w in find_when("The talks ended on March 3.", day)] == [
        ("March 3", dt.date(2011, 3, 3), "day")]
    assert [(w.phrase, w.start, w.precision) for w in find_when("The talks ended in March.", day)] == [
        ("in March", dt.date(2011, 3, 1), "month")]
    assert [(w.phrase, w.start, w.precision) for w in find_when("Talks resume in 2012.", day)] == [
        ("in 2012", dt.date(2012, 1, 1), "year")]


def test_a_month_before_a_noun_is_read_only_where_a_month_is_named() -> None:
    day = dt.date(2011, 10, 18)
    assert [(w.phrase, w.start) for w in month_nouns("The minister recalled his June trip to Lima.", day)] == [
        ("June", dt.date(2011, 6, 1))]
    assert [w.phrase for w in month_nouns("Their December talks in Quito and this March deal held.", day)] == [
        "December", "March"]
    assert month_nouns("The minister recalled his recent trip to Lima.", day) == []
    assert month_nouns("The minister recalled his june trip to Lima.", day) == []  # no capital: no month


def test_the_dated_meeting_nouns_are_read_once_for_the_prepared_candidates(coder: Coder) -> None:
    for sentence in ("Peru's foreign minister condemned Chile, recalling their talks in May 2010 in Lima.",
                     "Bolivia urged Chile to act during its visit to Peru last week.",
                     "Chile's president met Peru's leader after their summit on Monday."):
        prepared = coder._prepare(sentence, dt.date(2011, 10, 18))
        assert prepared is not None
        assert prepared.dated == dated_meetings(prepared.low, prepared.candidates, prepared.mentions)
        assert prepared.dated == dated_meetings(prepared.low, prepared.words, prepared.mentions)


def test_a_line_scanned_again_gives_what_its_first_scan_gave(coder: Coder) -> None:
    day = dt.date(2012, 3, 2)
    scan = coder._scanned(day)
    for line in ("The Lee group is a dangerous warlike force.", "Nobody can deny that Seoul is to blame.", "1"):
        first = scan(line)
        assert scan(line) is first
        assert first == coder._scan(line, day)
