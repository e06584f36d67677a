"""Dates in texts that tell of another time than their own (sentences written for these tests).

A historian's essay dated on the day its file last changed, an op-ed recalling a war: what they tell happened
years before the article's date. A day without a year is read in the year the narrative tells of, and an act told
in the past with no time phrase is undated rather than dated on the day of publication. A story also goes on
telling the day it named a few sentences back ("the spokesman said on March 29 ... he noted ... He urged ...").
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED
from detente.coding.dates import find_when
from detente.coding.narrative import Narrative

ESSAY_DAY = dt.date(2024, 5, 10)  # the day the essay's file last changed

ESSAY = (
    "In 1956, Egypt nationalized the Suez Canal Company. "
    "Britain and France began secret talks with Israel in October 1956. "
    "Israeli forces invaded Egypt on October 29, 1956. "
    "On November 2, the United States condemned Britain for the invasion. "
    "France rejected the American demand. "
    "The Soviet Union threatened Britain with rocket attacks."
)


def _events(coder: Coder, text: str, day: dt.date | None, title: str | None = None
            ) -> set[tuple[str, str, str, dt.date | None]]:
    sentences = [s.strip() + "." for s in text.split(". ") if s.strip()]
    sentences[-1] = sentences[-1].rstrip(".") + "."
    found = coder.code_many(sentences, date=day, title=title)
    return {(e.source[:3], e.target[:3], e.code[:2], None if e.date == UNDATED else e.date)
            for sentence in found for e in sentence}


# -- which texts are narratives of the past ------------------------------------------------------------------------

def test_an_essay_naming_only_years_long_past_is_a_narrative() -> None:
    sentences = ESSAY.split(". ")
    story = Narrative(sentences, ESSAY_DAY)
    assert story.past
    assert story.year(3) == 1956


def test_a_news_story_naming_one_earlier_year_is_no_narrative() -> None:
    sentences = ["The envoys met in Hanoi on Tuesday.", "In 2018 the leaders met in Singapore.",
                 "Both sides agreed in 2017 to talk.", "Talks resumed in March 2018."]
    assert not Narrative(sentences, dt.date(2019, 3, 1)).past  # 2018 is a year before, not two


def test_a_story_naming_a_recent_year_is_no_narrative() -> None:
    sentences = ["In 1994 the framework was signed.", "In 2005 a joint statement followed.",
                 "In 2012 a moratorium was agreed.", "In 2019 the leaders met."]
    assert not Narrative(sentences, dt.date(2019, 7, 1)).past


def test_an_undated_text_is_no_narrative() -> None:
    assert not Narrative(ESSAY.split(". "), None).past


# -- a day without a year in a narrative --------------------------------------------------------------------------

def test_a_day_without_a_year_is_read_in_the_year_the_sentence_names() -> None:
    found = find_when("In 1973, on October 6, Egypt attacked.", ESSAY_DAY, year=1956)
    assert [w.day for w in found if w.precision == "day"] == [dt.date(1973, 10, 6)]


def test_a_day_without_a_year_is_read_in_the_narratives_year() -> None:
    assert find_when("On November 2 the council met.", ESSAY_DAY, year=1956)[0].day == dt.date(1956, 11, 2)
    # as news, the same phrase is the last such day before the article's date
    assert find_when("On November 2 the council met.", ESSAY_DAY)[0].day == dt.date(2023, 11, 2)


def test_a_background_year_does_not_move_the_episodes_year() -> None:
    sentences = ["Tension had grown since the partition in 1947.", "Both armies were rebuilt in 1951.",
                 "In 1954 a treaty bound one side to the West.", "Fighting broke out in the spring.",
                 "The council called for a ceasefire on September 20."]
    story = Narrative(sentences, ESSAY_DAY, "The Border War of 1965")
    assert story.year(4) == 1965  # the title's year, not the last background year (1954)
    with_day = ["Tension had grown since the partition in 1947.", "On April 12, 1964, envoys met.",
                "In 1954 a treaty bound one side to the West.", "The council met on July 27."]
    assert Narrative(with_day, ESSAY_DAY, "The Border War of 1965").year(3) == 1964  # the last day named


def test_an_essays_day_without_a_year_dates_its_act(coder: Coder) -> None:
    coded = _events(coder, ESSAY, ESSAY_DAY)
    assert ("USA", "GBR", "11", dt.date(1956, 11, 2)) in coded, coded


# -- acts told in the past with no time phrase --------------------------------------------------------------------

def test_an_essays_past_act_with_no_time_phrase_is_undated(coder: Coder) -> None:
    coded = _events(coder, ESSAY, ESSAY_DAY)
    assert not any(day == ESSAY_DAY for *_, day in coded), coded
    assert ("RUS", "GBR", "13", None) in coded, coded


def test_a_news_storys_act_with_no_time_phrase_keeps_the_articles_day(coder: Coder) -> None:
    news = ("Egypt nationalized the Suez Canal Company in 1956. The United States condemned Britain for the "
            "invasion.")
    day = dt.date(1956, 11, 3)
    assert ("USA", "GBR", "11", day) in _events(coder, news, day)


# -- the day a story goes on telling ------------------------------------------------------------------------------

def test_a_story_goes_on_telling_a_day_past_sentences_with_no_act(coder: Coder) -> None:
    text = ("Peru's foreign minister on Monday accused Chile of violating the border treaty. "
            "The treaty of 1929 fixed the line at the river, she noted. "
            "Any attempt to move it will prove futile, she said. "
            "She urged Chile to withdraw its troops.")
    coded = _events(coder, text, dt.date(2019, 3, 14))
    assert ("PER", "CHL", "02", dt.date(2019, 3, 11)) in coded, coded


def test_a_story_ends_at_an_act_of_the_articles_day(coder: Coder) -> None:
    text = ("Peru's foreign minister on Monday accused Chile of violating the border treaty. "
            "Chile today rejected the accusation. "
            "Peru urged Chile to withdraw its troops.")
    coded = _events(coder, text, dt.date(2019, 3, 14))
    assert ("PER", "CHL", "02", dt.date(2019, 3, 14)) in coded, coded


def test_a_story_reaches_back_no_more_than_three_sentences(coder: Coder) -> None:
    text = ("Peru's foreign minister on Monday accused Chile of violating the border treaty. "
            "The river is wide there. The line was drawn long ago. The border is quiet now. "
            "Peru urged Chile to withdraw its troops.")
    coded = _events(coder, text, dt.date(2019, 3, 14))
    assert ("PER", "CHL", "02", dt.date(2019, 3, 14)) in coded, coded


def test_a_story_goes_on_past_a_sentence_dated_only_for_want_of_a_phrase(coder: Coder) -> None:
    # the second sentence's act takes the article's day for want of a phrase of its own (its day names a noun,
    # "the May 4 fisheries accord"): it neither ends the story nor goes on with it
    text = ("Brazil's foreign minister met the Argentine ambassador in Brasilia on March 4 and demanded that "
            "Argentina free the fishermen. "
            "Argentina's decision to sell patrol boats to Chile is a breach of the May 4 fisheries accord, she said. "
            "It also harmed the trust between the two neighbours, she added. "
            "Argentina should release the crews at once, she urged.")
    coded = _events(coder, text, dt.date(2021, 3, 6))
    assert ("BRA", "ARG", "02", dt.date(2021, 3, 4)) in coded, coded


def test_a_day_naming_a_noun_is_no_day_for_the_story_to_go_on_with(coder: Coder) -> None:
    # the lead is news of the article's day; "the March 2 air strikes" dates the strikes, not the story
    text = ("Peru has rejected a Chilean inquiry into the March 2 Chilean air strikes on two Peruvian border posts. "
            "The Chilean report claimed that Peruvian troops had fired first.")
    day = dt.date(2021, 3, 20)
    coded = _events(coder, text, day)
    assert ("CHL", "PER", "19", dt.date(2021, 3, 2)) in coded, coded  # the strikes keep their own day
    assert ("CHL", "PER", "11", day) in coded, coded
    assert ("CHL", "PER", "11", dt.date(2021, 3, 2)) not in coded, coded


@pytest.mark.parametrize("when", ["last May", "in May", "in 2020"])
def test_a_story_told_of_a_past_month_or_year_leaves_the_acts_after_it_undated(coder: Coder, when: str) -> None:
    text = (f"When Peru and Chile carried out missile tests {when}, tensions rose sharply. "
            "In response, Brazil put both countries under sanctions. "
            "But on Friday Brazil announced that some of the sanctions would be lifted.")
    coded = _events(coder, text, dt.date(2021, 11, 6))
    assert ("BRA", "PER", "16", None) in coded, coded
    assert not any(e[:3] == ("BRA", "PER", "16") and e[3] is not None for e in coded), coded


def test_a_story_of_this_month_is_no_past_month(coder: Coder) -> None:
    # "earlier this month" ends no earlier than the article's month begins: the act after it keeps the day
    text = ("When Peru and Chile carried out missile tests earlier this month, tensions rose sharply. "
            "In response, Brazil put both countries under sanctions.")
    day = dt.date(2021, 11, 16)
    coded = _events(coder, text, day)
    assert ("BRA", "PER", "16", day) in coded, coded


def test_a_sentence_naming_an_earlier_day_and_no_act_sets_the_scene(coder: Coder) -> None:
    # the papers wrote on the article's day (Sunday) of talks on Friday; the acts told after it with no time
    # phrase of their own are Friday's, the scene's, even though its sentence coded no act
    text = ("All the morning papers wrote on Sunday that the two delegations failed to narrow their differences "
            "over fishing quotas in Geneva on Friday. "
            "Chile's delegate told his Peruvian counterpart that the quotas were fair. "
            "However, the Peruvian side demanded that Chile lift the quotas. "
            "Chile accepted Peru's proposal to hold a second meeting.")
    coded = _events(coder, text, dt.date(2021, 3, 14))
    friday = dt.date(2021, 3, 12)
    assert ("PER", "CHL", "10", friday) in coded, coded
    assert ("CHL", "PER", "03", friday) in coded, coded


def test_a_scene_needs_one_earlier_day(coder: Coder) -> None:
    # two earlier days named: no one scene; the acts keep the article's day
    text = ("The papers wrote that the delegations met in Geneva on Thursday and in Bern on Friday. "
            "However, the Peruvian side demanded that Chile lift the quotas.")
    day = dt.date(2021, 3, 14)
    coded = _events(coder, text, day)
    assert ("PER", "CHL", "10", day) in coded, coded


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's foreign minister said Monday she hopes other states will follow Chile in signing the treaty. "
        "Brazil helped broker the fisheries accord earlier this month, a pact that the Peruvian president said "
        "Thursday opens a new era. "
        "Peru also praised Brazil for its mediation.",
        "Brazil helped broker the accord, which Peru signed on Thursday. "
        "Peru also praised Brazil for its mediation.",
    ],
)
def test_the_day_of_a_relative_clause_is_an_aside_the_story_does_not_go_on_with(coder: Coder, text: str) -> None:
    day = dt.date(2021, 3, 15)
    coded = _events(coder, text, day)
    assert ("PER", "BRA", "05", day) in coded, coded


# -- the undated path ---------------------------------------------------------------------------------------------

def test_without_an_article_date_an_essays_acts_are_dated_only_by_full_dates(coder: Coder) -> None:
    coded = _events(coder, ESSAY, None)
    dated = {day for *_, day in coded if day is not None}
    assert dated <= {dt.date(1956, 10, 29)}, coded


# -- a lead dated by the sentence after it ------------------------------------------------------------------------

LEAD_ARTICLE = dt.date(2015, 11, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governments of Chile and Peru established diplomatic ties. "
         "A joint communique on the ties was made public in Lima on November 16.", dt.date(2015, 11, 16)),
        # the lead dates itself
        ("The governments of Chile and Peru established diplomatic ties on Monday. "
         "A joint communique on the ties was made public in Lima on November 12.", dt.date(2015, 11, 16)),
        # the next sentence tells of another country
        ("The governments of Chile and Peru established diplomatic ties. "
         "Bolivia condemned Brazil on November 16.", LEAD_ARTICLE),
        # two days named, or a day too long before
        ("The governments of Chile and Peru established diplomatic ties. "
         "A communique was drafted on November 12 and made public on November 16.", LEAD_ARTICLE),
        ("The governments of Chile and Peru established diplomatic ties. "
         "A joint communique on the ties was made public in Lima on October 16.", LEAD_ARTICLE),
        # the day comes two sentences after the lead, the sentences between name no time and no other country
        ("The governments of Chile and Peru established diplomatic ties. "
         "The decision is set out in a joint communique. "
         "The communique was made public in Lima on November 16.", dt.date(2015, 11, 16)),
        # a sentence between names another country: the lead keeps the article's day
        ("The governments of Chile and Peru established diplomatic ties. "
         "Bolivia condemned Brazil. "
         "The communique was made public in Lima on November 16.", LEAD_ARTICLE),
        # a lead in the present perfect is the news of the article's day
        ("The governments of Chile and Peru have established diplomatic ties. "
         "A joint communique on the ties was made public in Lima on November 16.", LEAD_ARTICLE),
    ],
)
def test_a_lead_told_without_its_day_takes_the_day_of_the_sentence_after(
        coder: Coder, text: str, expected: dt.date) -> None:
    coded = _events(coder, text, LEAD_ARTICLE)
    assert ("CHL", "PER", "05", expected) in coded, coded


STORY_ARTICLE = dt.date(2016, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intent told in the past goes on with the day the story tells: it was told that day
        ("Kenyan President Uhuru Kenyatta on May 9 praised the talks with Tanzania. "
         "Speaking to reporters, he said Kenya would resume the border talks with Tanzania.", dt.date(2016, 5, 9)),
        ("Kenyan President Uhuru Kenyatta on May 9 praised the talks with Tanzania. "
         "He told reporters that Kenya would send aid to Tanzania.", dt.date(2016, 5, 9)),
        # told in the present, it is the article's news
        ("Kenyan President Uhuru Kenyatta on May 9 praised the talks with Tanzania. "
         "He says Kenya will send aid to Tanzania.", STORY_ARTICLE),
    ],
)
def test_an_intent_told_in_the_past_goes_on_with_the_story_day(coder: Coder, text: str, expected: dt.date) -> None:
    coded = _events(coder, text, STORY_ARTICLE)
    assert any(e[:3] == ("KEN", "TZA", "03") and e[3] == expected for e in coded), coded
