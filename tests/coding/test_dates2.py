"""Dates of real prose, by class (docs/coder.md, "Dates: weeks, months, spans and the story's meeting").

Every sentence here is written for the tests, none is taken from an evaluation set: a week or a month other than
the article's names no day of it; an act that went on through the last days or weeks is dated to the span's first
day; a quotation closed by a past verb of saying is told in the past; a meeting the text dates once is the meeting
it names again; a lead in the present perfect takes the day a later sentence tells the same act on; a participle
right after its noun keeps its time; an act in the present perfect does not go on with a story told before it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding.dates import UNDATED, find_when, resolve_date
from detente.coding.event_dates import reduced_relative
from detente.coding.intake import read_article_text
from detente.coding.narrative import perfect, quoted_in_past

THURSDAY = dt.date(2015, 6, 25)


def _words(text: str) -> list[str]:
    return text.split()


def _events(text: str, day: dt.date = THURSDAY) -> list[tuple[str, str, str, dt.date]]:
    reading = read_article_events(read_article_text(text, date=day))
    return [(e.source[:3], e.target[:3], e.code, e.date) for e in reading.events]


# -- a week or a month other than the article's names no day ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Uruguay recalled its ambassador from Paraguay last week.",
    "Uruguay recalled its ambassador from Paraguay last month.",
    "Uruguay recalled its ambassador from Paraguay three weeks ago.",
    "Uruguay recalled its ambassador from Paraguay a month ago.",
    # "Late last week" (three days) is dated on that week's Friday, within a day of each: test_week_parts.py
])
def test_a_week_or_month_back_leaves_the_act_undated(coder: Coder, sentence: str) -> None:
    assert resolve_date(sentence, THURSDAY) == UNDATED
    events = coder.code_sentence(sentence, date=THURSDAY)
    assert events and all(e.date == UNDATED for e in events), [(e.code, e.date) for e in events]


def test_the_span_of_a_week_or_month_back_holds_the_day_it_counts_to() -> None:
    [week] = find_when("Uruguay recalled its ambassador last week.", THURSDAY)
    assert week.day is None and week.start == dt.date(2015, 6, 15) and week.end == dt.date(2015, 6, 21)
    [month] = find_when("Uruguay recalled its ambassador two months ago.", THURSDAY)
    assert month.day is None and (month.start, month.end) == (dt.date(2015, 4, 1), dt.date(2015, 4, 30))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Uruguay protested to Paraguay this week.", THURSDAY),  # the article's own week: its day
    ("Uruguay protested to Paraguay last weekend.", dt.date(2015, 6, 20)),  # a weekend is two days: its first
    ("Uruguay protested to Paraguay four days ago.", dt.date(2015, 6, 21)),  # a count of days names a day
    ("Uruguay protested to Paraguay.", THURSDAY),
])
def test_the_article_s_week_a_weekend_and_days_keep_their_day(coder: Coder, sentence: str,
                                                             expected: dt.date) -> None:
    events = coder.code_sentence(sentence, date=THURSDAY)
    assert events and all(e.date == expected for e in events), [(e.code, e.date) for e in events]


def test_an_intent_for_next_week_is_dated_when_told(coder: Coder) -> None:
    events = coder.code_sentence("Uruguay will host Paraguay's foreign minister next week.", date=THURSDAY)
    assert events and all(e.date == THURSDAY and e.modality == "intended" for e in events)


# -- spans ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Over the past three days, Guyana's army has shelled villages inside Suriname.", dt.date(2015, 6, 22)),
    ("During the last two weeks, Guyanese troops have shelled towns inside Suriname.", dt.date(2015, 6, 11)),
    ("Guyana and Suriname held border talks in Georgetown from June 9 to 11.", dt.date(2015, 6, 9)),
])
def test_an_act_through_a_span_is_dated_to_its_first_day(coder: Coder, sentence: str, expected: dt.date) -> None:
    assert resolve_date(sentence, THURSDAY) == expected
    events = [e for e in coder.code_sentence(sentence, date=THURSDAY) if e.target[:3] in ("SUR", "GUY")]
    assert events and all(e.date == expected for e in events), [(e.code, e.date) for e in events]


@pytest.mark.parametrize("sentence", [
    "Within the past week, Guyana's army shelled a village inside Suriname.",
    "In recent weeks Guyana's army shelled villages inside Suriname.",
    "Over the past two years Guyana has shelled villages inside Suriname.",
])
def test_a_span_the_act_happened_somewhere_in_names_no_day(coder: Coder, sentence: str) -> None:
    assert resolve_date(sentence, THURSDAY) == UNDATED


# -- a quotation closed by a past verb of saying ------------------------------------------------------------------

def test_a_quotation_said_in_a_story_is_of_the_story_s_day() -> None:
    text = ("Norway said on Monday that Iceland's whaling is a breach of the 1946 convention.\n"
            "The statement came as Norway's envoy spoke at a meeting of the commission in Oslo.\n"
            '"We call upon Iceland to end its whaling at once," said the envoy.')
    appeal = [d for _, t, c, d in _events(text) if t == "ISL" and c.startswith("02")]
    assert appeal == [dt.date(2015, 6, 22)]  # Monday's, not the article's Thursday


def test_which_words_stand_in_a_quotation_said_in_the_past() -> None:
    low = _words('" we call upon iceland to stop , " said the envoy .')
    assert quoted_in_past(low, 2)
    assert not quoted_in_past(_words('" we call upon iceland to stop , " the envoy says .'), 2)
    assert not quoted_in_past(_words("we call upon iceland to stop , said the envoy ."), 1)


# -- a meeting the text dates once ---------------------------------------------------------------------------------

def test_a_meeting_named_again_takes_the_day_the_text_gives_it() -> None:
    text = ("Ghana and Togo agree on new crossings\n\n"
            "A Ghanaian delegation has just come back from Lome after a second round of Ghana-Togo border talks. "
            "Both sides say the border will stay open.\n\n"
            "The following points were agreed at the June 15-16 discussions in Lome:\n\n"
            "Both sides will open two new crossings by the end of the year.")
    talks = {d for s, t, c, d in _events(text) if {s, t} == {"GHA", "TGO"} and c.startswith("04")}
    assert talks == {dt.date(2015, 6, 15)}


def test_acts_told_during_the_meeting_are_of_its_day() -> None:
    text = ("Ghanaian and Togolese officials met in Lome on June 15 to discuss the border.\n"
            "During the talks, Ghana reaffirmed its support for Togo's new border posts.")
    reaffirmed = [e.date for e in read_article_events(read_article_text(text, date=THURSDAY)).events
                  if e.sentence and e.sentence.startswith("During") and e.target[:3] == "TGO"]
    assert reaffirmed == [dt.date(2015, 6, 15)]


@pytest.mark.parametrize(("text", "told_again"), [
    # the previous talks are another meeting than the one the text dates
    ("Ghana and Togo agree on new crossings\n\nGhana and Togo held talks in Lome on June 15 on their border. "
     "The previous talks between Ghana and Togo ended without an accord.", "previous"),
    # a meeting yet to come
    ("Ghana and Togo agree on new crossings\n\nGhana and Togo held talks in Lome on June 15 on their border. "
     "Ghana will hold the next round of talks with Togo in Accra.", "next round"),
    # two meetings on two days: which one is meant is not said
    ("Ghana and Togo agree on new crossings\n\nGhana and Togo held talks in Lome on June 15 on their border. "
     "Their ministers met again in Accra on June 19. Ghana later praised the talks with Togo.", "praised"),
])
def test_a_meeting_not_told_as_the_dated_one_keeps_its_date(text: str, told_again: str) -> None:
    events = read_article_events(read_article_text(text, date=THURSDAY)).events
    again = [e for e in events if e.sentence and told_again in e.sentence]
    assert again and all(e.date != dt.date(2015, 6, 15) for e in again), [(e.code, e.date) for e in again]


# -- a lead in the present perfect told again with its day ---------------------------------------------------------

def test_a_perfect_lead_takes_the_day_a_later_sentence_tells_it_on() -> None:
    text = ("Bolivia has rejected a Chilean report on the border clash at Ollague.\n"
            "The report claimed that Bolivian guards had fired first.\n"
            "The cabinet, meeting late Sunday, formally rejected the report.")
    rejected = {d for s, t, c, d in _events(text) if (s, t) == ("BOL", "CHL") and c.startswith("12")}
    assert rejected == {dt.date(2015, 6, 21)}


def test_a_perfect_lead_told_again_with_no_day_is_news_of_the_article_s_day() -> None:
    text = ("Bolivia has rejected a Chilean report on the border clash.\n"
            "The report claimed that Bolivian guards had fired first.\n"
            "The cabinet formally rejected the report, officials said.")
    rejected = {d for s, t, c, d in _events(text) if (s, t) == ("BOL", "CHL") and c.startswith("12")}
    assert rejected == {THURSDAY}


# -- a participle right after its noun -----------------------------------------------------------------------------

def test_the_time_of_a_participle_after_its_noun_is_not_the_story_s() -> None:
    text = ("Chile's foreign minister on Tuesday criticized Peru over the sinking of a fishing boat.\n"
            "The findings of an inquiry made public on June 2 made it clear that the boat was Peruvian, she noted.\n"
            "She urged Peru to pay compensation to the crew.")
    urged = [d for s, t, c, d in _events(text) if (s, t) == ("CHL", "PER") and c.startswith("02")]
    assert urged == [dt.date(2015, 6, 23)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("the findings of an inquiry made public on june 2 made it clear", True),
    ("troops sent to the border on monday clashed with the guards", True),
    ("gilani presided over the meeting late saturday which rejected the report", False),
    ("the minister said on monday peru rejected the report", False),
    ("the cabinet met on monday and rejected the report", False),
    ("peru has rejected on monday a report", False),
])
def test_which_phrases_stand_in_a_participle_after_its_noun(sentence: str, expected: bool) -> None:
    low = sentence.split()
    first = next(k for k, w in enumerate(low) if w in ("june", "monday", "saturday"))
    last = first + (2 if low[first] == "june" else 1)
    if low[first - 1] == "late":
        first -= 1
    assert reduced_relative(low, first, last) is expected


# -- the present perfect does not go on with a story ---------------------------------------------------------------

def test_an_act_in_the_present_perfect_is_news_of_the_article_s_day() -> None:
    text = ("Senegal's foreign minister met Gambia's president in Banjul on Monday.\n"
            "Senegal has condemned Gambia's seizure of two fishing boats.")
    condemned = [d for s, t, c, d in _events(text) if (s, t) == ("SEN", "GMB") and c.startswith("11")]
    assert condemned == [THURSDAY]
    assert perfect(_words("senegal has condemned gambia"), 2)
    assert perfect(_words("senegal has now formally condemned gambia"), 4)
    assert not perfect(_words("senegal had condemned gambia"), 2)
    assert not perfect(_words("senegal has condemned gambia , the minister said"), 2)  # as of the saying


# -- a noun's time in a clause about the future --------------------------------------------------------------------

def test_a_month_ahead_of_a_planned_meeting_does_not_undate_the_act_told(coder: Coder) -> None:
    # "due to take place in June" is the summit's time, ahead: the meeting told is the article's news
    events = coder.code_sentence("Officials of Chad and Niger have met to prepare for a summit of their leaders, "
                                 "due to take place in June.", date=dt.date(2015, 4, 22))
    assert events and all(e.date == dt.date(2015, 4, 22) for e in events), [(e.code, e.date) for e in events]
    # "due to" as "because of" is no future: a past June names no day
    closed = coder.code_sentence("Chad closed its border with Niger in June due to the fighting.",
                                 date=dt.date(2015, 4, 22))
    assert closed and all(e.date == UNDATED for e in closed), [(e.code, e.date) for e in closed]
