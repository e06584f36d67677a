"""Each event of a sentence dated by its own clause's time phrase (sentences written for these tests).

A sentence of real prose often names several times: a background act in a relative clause ("who visited Lima
last week"), the time of a noun ("the May 2 launches", "Tuesday's talks"), a dateline left in the text, the time of
the act told in the main clause. Each phrase dates one event; an event without a phrase of its own takes the one
of the verb before it, else the article's date. An intent is dated on the day it is expressed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED
from detente.coding.dates import find_when
from detente.coding.event_dates import date_events, place_when

FRIDAY = dt.date(2015, 6, 26)


def _dates(coder: Coder, text: str, day: dt.date = FRIDAY) -> dict[str, dt.date]:
    return {e.code: e.date for e in coder.code_text(text, date=day)}


@pytest.mark.parametrize(
    ("sentence", "code", "expected"),
    [
        # a date naming the time of a noun dates that noun, not the verb
        ("Argentina condemned the May 2 missile launches by Brazil.", "111", FRIDAY),
        ("Japan welcomed Tuesday's talks with China.", "051", FRIDAY),
        # a relative clause has its own time; the main clause its own
        ("Peru's foreign minister, who visited Chile last week, met Bolivian officials on Thursday.", "042",
         dt.date.min),  # a week back names no day of it
        ("Peru's foreign minister, who visited Chile last week, met Bolivian officials on Thursday.", "044",
         dt.date(2015, 6, 25)),
        ("Chile, which met Peru on Monday, condemned Bolivia.", "111", FRIDAY),
        # a phrase opening the sentence dates its first verb; one right before a verb dates that verb
        ("On May 2, Peru expelled two Chilean diplomats.", "166", dt.date(2015, 5, 2)),
        ("Chile on Monday formally recalled its ambassador from Peru.", "161", dt.date(2015, 6, 22)),
        # a verb without a phrase takes the one of the verb before it
        ("The Chilean foreign minister met his Peruvian counterpart in Lima on June 2 and demanded the release of "
         "the fishermen.", "105", dt.date(2015, 6, 2)),
        # a range of days is dated to its first day
        ("Peruvian officials visited Santiago from June 1st to the 3rd for talks.", "042", dt.date(2015, 6, 1)),
        ("Delegations of Chile and Peru met in Quito on 23rd and 24th of June.", "044", dt.date(2015, 6, 23)),
        # an intent is dated when it is told, by the telling's own phrase
        ("Chile said on Wednesday it will send aid to Peru next month.", "033", dt.date(2015, 6, 24)),
    ],
)
def test_each_event_takes_its_own_clauses_date(coder: Coder, sentence: str, code: str, expected: dt.date) -> None:
    assert _dates(coder, sentence)[code] == expected


def test_a_dateline_left_in_the_text_does_not_date_the_act() -> None:
    coder = Coder()
    dates = _dates(coder, "June 26 - On June 23 in Lima, the Peruvian foreign ministry issued a statement strongly "
                          "condemning Chile's incursion.")
    assert dates["111"] == dt.date(2015, 6, 23)


def test_the_same_day_is_the_day_of_the_sentence_before(coder: Coder) -> None:
    text = "Peru fired on a Chilean patrol boat on Monday. The same day, Chile summoned Peru's ambassador."
    assert _dates(coder, text)["114"] == dt.date(2015, 6, 22)
    text = "Peru fired on a Chilean patrol boat on Monday. The next day, Chile summoned Peru's ambassador."
    assert _dates(coder, text)["114"] == dt.date(2015, 6, 23)
    # with no day told before, "that day" is the article's
    assert _dates(coder, "That day, Chile summoned Peru's ambassador.")["114"] == FRIDAY


def test_some_other_day_of_this_month_is_no_day(coder: Coder) -> None:
    [event] = coder.code_sentence("Chile expelled Peruvian diplomats earlier this month.", date=FRIDAY)
    assert event.date == UNDATED


@pytest.mark.parametrize(
    ("phrase_in", "first", "last"),
    [
        ("They met February 23-24.", dt.date(2015, 2, 23), dt.date(2015, 2, 24)),
        ("They met on September 7-12, 1999.", dt.date(1999, 9, 7), dt.date(1999, 9, 12)),
        ("They met from October 1st to the 3rd.", dt.date(2014, 10, 1), dt.date(2014, 10, 3)),
        ("They met on the 23rd and 24th of February.", dt.date(2015, 2, 23), dt.date(2015, 2, 24)),
        ("They met 4-6 June 2015.", dt.date(2015, 6, 4), dt.date(2015, 6, 6)),
    ],
)
def test_ranges_of_days(phrase_in: str, first: dt.date, last: dt.date) -> None:
    [when] = find_when(phrase_in, FRIDAY)
    assert (when.day, when.start, when.end, when.precision) == (first, first, last, "day")


def test_a_future_word_after_a_telling_verb_does_not_move_its_day() -> None:
    # "said on Wednesday that ... will": Wednesday is the telling's, the past one
    [when, _] = find_when("Chile said on Wednesday that it will meet Peru next week.", FRIDAY)
    assert when.day == dt.date(2015, 6, 24)
    # "On Wednesday, the leaders will meet": the next Wednesday
    [when] = find_when("On Wednesday, the leaders will meet in Lima.", FRIDAY)
    assert when.day == dt.date(2015, 7, 1)


def test_date_events_binds_each_phrase_once() -> None:
    tokens = ["Peru", ",", "which", "shelled", "a", "Chilean", "post", "on", "Monday", ",", "said", "on", "Tuesday",
              "it", "will", "retaliate"]
    placed = place_when(" ".join(tokens), tokens, FRIDAY)
    assert [(p.first, p.last, p.noun) for p in placed] == [(7, 9, False), (11, 13, False)]
    shelled, said, retaliate = (3, 4, True), (10, 11, True), (15, 16, True)
    dated = date_events(placed, [shelled, said, retaliate], [t.lower() for t in tokens])
    assert [[p.when.day for p in found] for found in dated] == [
        [dt.date(2015, 6, 22)], [dt.date(2015, 6, 23)], [dt.date(2015, 6, 23)]]


# -- a story goes on telling the day its sentence before named --------------------------------------------------

def _days(text: str) -> set[tuple[str, str, str, dt.date]]:
    return {(e.source[:3], e.target[:3], e.code[:2], e.date)
            for e in Coder().code_text(text, date=dt.date(2019, 3, 14))}


def test_a_sentence_with_no_time_phrase_goes_on_with_the_day_named_before() -> None:
    coded = _days("Chile recalled its ambassador from Peru on Saturday. "
                  "The Chilean government also condemned Peru for the border incursion.")
    assert ("CHL", "PER", "11", dt.date(2019, 3, 9)) in coded, coded


def test_a_week_named_before_is_no_day_to_go_on_with() -> None:
    coded = _days("Chile moved warships to the border over the past week. Chile condemned Peru for the incursion.")
    assert ("CHL", "PER", "11", dt.date(2019, 3, 14)) in coded, coded


def test_a_sentence_of_other_actors_keeps_the_articles_day() -> None:
    coded = _days("Chile recalled its ambassador from Peru on Saturday. Brazil condemned Bolivia for the incursion.")
    assert ("BRA", "BOL", "11", dt.date(2019, 3, 14)) in coded, coded


@pytest.mark.parametrize(
    ("sentence", "code", "expected"),
    [
        # a participle clause set off by a comma tells of the noun before it: its time is not the main verb's
        ("Chile has decided to ease some sanctions on Peru, imposed in response to border raids carried out by "
         "Peruvian troops earlier this year.", "085", FRIDAY),
        ("Brazil lifted the embargo on Bolivia, imposed after the gas dispute in March.", "085", FRIDAY),
        ("Peru recalled its ambassador from Chile, appointed by the previous government in May 2014.", "161", FRIDAY),
        # a participle opening the sentence tells of its subject at the main verb's time
        ("Speaking in Lima on Tuesday, the Chilean foreign minister condemned Bolivia.", "111", dt.date(2015, 6, 23)),
        ("Asked on Tuesday about the raids, the Chilean foreign minister condemned Bolivia.", "111",
         dt.date(2015, 6, 23)),
        # a perfect participle ("having") tells of an earlier act: its time does not pass to the main verb
        ("Having shelled two border posts last week, Peru warned Chile on Wednesday.", "130", dt.date(2015, 6, 24)),
        # a word of the lexicon used as a noun ("over three raids", "Peru's attack") keeps its time to itself
        ("Argentina lodged a protest with the Chilean ambassador over three raids by Chilean fishing boats near "
         "Tierra del Fuego on June 20, the ministry said.", "114", FRIDAY),
        ("Bolivia condemned Peru's artillery attack against Chile on June 22.", "194", dt.date(2015, 6, 22)),
        ("Bolivia condemned Peru's artillery attack against Chile on June 22.", "111", FRIDAY),
    ],
)
def test_the_time_of_a_participle_or_noun_clause_stays_in_it(coder: Coder, sentence: str, code: str,
                                                              expected: dt.date) -> None:
    assert _dates(coder, sentence)[code] == expected


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # the time of a relative clause whose verb is no event is the time of the noun it tells of, when that noun
        # is no event either, of no act of the sentence
        ("Chile imposed sanctions on Peru over the border dispute, which began on June 2.", "163"),
        ("Chile condemned Peru over the border crisis, which erupted on June 2.", "111"),
        ("Chile imposed sanctions on Peru and closed the border crossing, which reopened on June 2.", "163"),
    ],
)
def test_the_time_of_a_relative_clause_on_a_noun_dates_no_other_act(coder: Coder, sentence: str,
                                                                    code: str) -> None:
    assert _dates(coder, sentence)[code] == FRIDAY


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Chile expelled two Peruvian diplomats in 2014.", "166"),
        ("Since 2014, Chile has imposed sanctions on Peru.", "163"),
    ],
)
def test_a_year_named_alone_leaves_the_act_undated(coder: Coder, sentence: str, code: str) -> None:
    # a year is no day: the act is undated, not put on the article's day (no other date word is in the sentence)
    assert _dates(coder, sentence)[code] == UNDATED


def test_a_relative_clause_on_an_event_noun_dates_that_noun(coder: Coder) -> None:
    events = coder.code_text("Chile and Peru ended the talks, which were held in Quito on Tuesday, without an "
                             "agreement.", date=FRIDAY)
    assert {e.date for e in events if e.root == "04"} == {dt.date(2015, 6, 23)}


def test_a_participle_clause_after_an_event_noun_dates_that_noun(coder: Coder) -> None:
    events = coder.code_text("Chile and Peru ended the talks, held in Quito on Tuesday, without an agreement.",
                             date=FRIDAY)
    assert {e.date for e in events if e.root == "04"} == {dt.date(2015, 6, 23)}


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        # a count of days or weeks "later" or "earlier" is told from the day the text spoke of last
        ("Ecuador recalled its ambassador from Bolivia on June 3. Two days later Bolivia expelled two Ecuadorian "
         "diplomats.", "166", dt.date(2015, 6, 5)),
        ("Ecuador recalled its ambassador from Bolivia on June 3. A week later Bolivia expelled two Ecuadorian "
         "diplomats.", "166", dt.date.min),  # a count of weeks names no day
        ("Ecuador recalled its ambassador from Bolivia on June 3. Three days earlier Bolivia had expelled two "
         "Ecuadorian diplomats.", "166", dt.date(2015, 5, 31)),
        # a sentence ending with the day's figure ends there ("on June 3.")
        ("Ecuador recalled its ambassador from Bolivia on June 3. The next day, Bolivia condemned Ecuador.", "111",
         dt.date(2015, 6, 4)),
        # "two days after <an act>": the act is that long before the day of the clause it follows
        ("Bolivia expelled two Ecuadorian diplomats on Wednesday, two days after Ecuador recalled its ambassador "
         "from La Paz.", "161", dt.date(2015, 6, 22)),
        ("Bolivia expelled two Ecuadorian diplomats on Wednesday, two days after Ecuador recalled its ambassador "
         "from La Paz.", "166", dt.date(2015, 6, 24)),
        ("Bolivia expelled two Ecuadorian diplomats, a day after Ecuador recalled its ambassador from La Paz.",
         "161", dt.date(2015, 6, 25)),
        # "the day before" closing a sentence is the day before the one told last
        ("On Monday Ecuador recalled its ambassador from Bolivia. Bolivia had expelled two Ecuadorian diplomats "
         "the day before.", "166", dt.date(2015, 6, 21)),
    ],
)
def test_a_time_counted_from_another_act(text: str, code: str, expected: dt.date) -> None:
    from detente.coding import read_article_events
    from detente.coding.intake import read_article_text

    events = read_article_events(read_article_text(text, date=FRIDAY)).events
    assert {e.code: e.date for e in events}[code] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana and Togo agreed on Thursday to hold talks next month.",
        "Ghana and Togo agreed late last week to hold talks in Lome.",
    ],
)
def test_a_time_phrase_before_to_leaves_the_intent_an_intent(coder: Coder, sentence: str) -> None:
    # the talks agreed on are to come: no meeting held on the day of the agreement beside the promise
    events = coder.code_sentence(sentence, date=FRIDAY)
    assert {e.code[:2] for e in events if e.modality == "occurred"} & {"04"} == set()
    assert {e.code[:2] for e in events} & {"03"}


def test_a_phrase_that_names_no_time_before_to_is_kept() -> None:
    from detente.coding._modality import untimed

    assert untimed(["agreed", "on", "monday", "to"]) == ["agreed", "to"]
    assert untimed(["agreed", "in", "principle", "to"]) == ["agreed", "in", "principle", "to"]
