"""Days in press-briefing transcripts and the texts like them (sentences written for these tests).

A spokesman speaks of a timetable ("on Wednesday we begin our talks", "the minister leaves for Lima on Friday",
"talks set for Thursday"): the day named is one to come, and what is told for it is announced, not done. A
speaker opens a sentence with a word of the exchange before its time phrase ("As you know, on Friday ..."). An
essay that tells of the past dates none of its acts on the day its file changed, whatever the form of the word
that tells the act, but the author's own present ("our embassy works every day") is of that day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED
from detente.coding.dates import find_when
from detente.coding.narrative import present_act

TUESDAY = dt.date(2021, 3, 16)


def _days(sentence: str, day: dt.date = TUESDAY) -> list[dt.date | None]:
    return [w.day for w in find_when(sentence, day)]


def _coded(coder: Coder, sentences: list[str], day: dt.date) -> set[tuple[str, str, str, str, dt.date | None]]:
    found = coder.code_many(sentences, date=day)
    return {(e.source[:3], e.target[:3], e.code[:2], e.code, None if e.date == UNDATED else e.date)
            for sentence in found for e in sentence}


# -- the days of a timetable --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The negotiations begin on Thursday in Vienna.",
    "The delegation leaves for Ankara on Thursday.",
    "On Thursday we resume the consultations in Oslo.",
    "Talks resume on Thursday after a break of a month.",
    "The ministers prepared the talks set for Thursday.",
    "A vote slated for Thursday may be put off.",
])
def test_a_timetable_names_a_day_to_come(sentence: str) -> None:
    assert _days(sentence) == [dt.date(2021, 3, 18)]


@pytest.mark.parametrize("sentence", [
    "The negotiations began on Thursday in Vienna.",
    "The two sides agreed to begin talks on Thursday.",  # an infinitive: the day of the agreeing
    "The delegation left for Ankara on Thursday.",
    "Housing starts fell sharply, the ministry said on Thursday.",  # plural nouns, no timetable
    "According to the returns released by the pollster on Thursday, most favour the accord.",
])
def test_a_past_or_an_infinitive_keeps_the_day_gone(sentence: str) -> None:
    assert _days(sentence) == [dt.date(2021, 3, 11)]


@pytest.mark.parametrize("opener", ["As you know,", "As I mentioned,", "So,", "Now,", "Of course,"])
def test_a_word_of_the_exchange_before_an_opening_phrase_keeps_it_ahead(opener: str) -> None:
    assert _days(f"{opener} on Friday the envoy will travel to Quito.") == [dt.date(2021, 3, 19)]


def test_a_telling_after_an_opener_still_looks_back() -> None:
    assert _days("As I said, on Friday the envoy said talks would resume.") == [dt.date(2021, 3, 12)]


def test_a_timetable_of_the_present_is_an_act_announced_on_the_day_told(coder: Coder) -> None:
    coded = _coded(coder, ["The Chilean foreign minister leaves for Lima on Friday for talks with Peru."],
                   TUESDAY)
    assert ("CHL", "PER", "03", "036", TUESDAY) in coded, coded
    assert not any(src == "CHL" and root == "04" for src, _, root, _, _ in coded), coded


def test_a_meeting_held_to_prepare_talks_set_for_a_later_day_keeps_its_own_day(coder: Coder) -> None:
    coded = _coded(coder, ["Ecuador's envoy has met Colombian officials in Bogota to prepare talks set for "
                           "Thursday."], TUESDAY)
    days = {day for src, tgt, root, _, day in coded if {src, tgt} == {"ECU", "COL"} and root == "04"}
    assert days == {TUESDAY}, coded


def test_a_meeting_held_on_a_named_day_gone_is_still_done(coder: Coder) -> None:
    coded = _coded(coder, ["The Chilean and Peruvian foreign ministers met in Lima on Monday."], TUESDAY)
    meetings = {(src, tgt, day) for src, tgt, root, _, day in coded if root == "04"}
    assert ("CHL", "PER", dt.date(2021, 3, 15)) in meetings, coded


# -- the author's present in a narrative of the past --------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "word", "present"), [
    ("Our embassy works with Ukraine every day .", "works", True),
    ("My staff and I travel to Kharkiv each month .", "travel", True),
    ("Ukrainians are defending their country .", "defending", True),
    ("Officials focused on the U.S. pledges to Taiwan .", "pledges", False),
    ("A coalition formed , working through the Council .", "working", False),
    ("Allies agreed to a deployment to protect the kingdom .", "protect", False),
    ("The talks stalled .", "talks", False),
])
def test_the_present_of_an_author_is_told_apart(sentence: str, word: str, present: bool) -> None:
    low = sentence.lower().split()
    assert present_act(low, low.index(word.lower())) is present


ESSAY_DAY = dt.date(2023, 9, 1)  # the day the essay's file last changed
ESSAY = [
    "In 1973, Chile and Peru disputed their maritime border.",
    "In 1975 the two governments opened talks in Lima.",
    "Argentina's offer to mediate, accepted by both in 1976, came to little.",
    "Bolivia joined the talks, hoping to persuade Chile to grant it access to the sea.",
    "Peru's refusal to recognize the line angered Chile.",
]


def test_an_essays_infinitive_or_noun_is_not_dated_on_the_day_it_changed(coder: Coder) -> None:
    coded = _coded(coder, ESSAY, ESSAY_DAY)
    assert any(src == "CHL" and tgt == "BOL" for src, tgt, *_ in coded), coded  # "to grant it access"
    assert not any(day == ESSAY_DAY for *_, day in coded), coded


def test_an_op_eds_own_present_keeps_the_day_it_was_published(coder: Coder) -> None:
    op_ed = ["In 1991, Ukraine declared its independence.", "In 1994 it gave up its nuclear arsenal.",
             "In 2014 Russia seized Crimea.", "Today our embassy works with Ukraine to rebuild its grid.",
             "Washington supports Ukraine with equipment and training."]
    coded = _coded(coder, op_ed, ESSAY_DAY)
    assert any(src == "USA" and tgt == "UKR" and day == ESSAY_DAY for src, tgt, _, _, day in coded), coded


# -- "that day" told several sentences after the day was named -----------------------------------------------------

def test_that_day_is_read_against_a_day_named_several_sentences_back() -> None:
    from detente.coding.dates import context_date

    previous = ["It was on March 2 that envoys from Chile came to Lima.", "They carried a message.",
                "The message offered talks.", "It named no date.", "Peru studied it.", "Lima answered at once."]
    assert context_date(previous, TUESDAY) == dt.date(2021, 3, 2)


def test_an_act_told_on_that_day_takes_the_day_named_before(coder: Coder) -> None:
    sentences = ["On March 2, Chilean envoys came to Lima with a message from their president.",
                 "The message was long.", "It spoke of the border.", "It spoke of trade.",
                 "It asked for calm.",
                 "Since that day, when Peru welcomed the Chilean proposal, the two sides have prepared talks."]
    coded = _coded(coder, sentences, TUESDAY)
    welcomed = {day for src, tgt, root, _, day in coded if (src, tgt, root) == ("PER", "CHL", "05")}
    assert welcomed == {dt.date(2021, 3, 2)}, coded
