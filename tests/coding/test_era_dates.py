"""Stories that tell an era, and sentences told "at that time" (sentences written for these tests).

A press agency's piece on a war decades back, or a biography opened by the anniversary it marks, names one or two
years long past, or none, and no time of its own days: what it tells in the past is of that era, not of the day
the piece was published. A sentence that points back to a time told before ("At that time ...", "In those days
...") is of that time: of the day told just before it, or of no day said, never of the article's day. The news of
the day keeps its day.
"""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder
from detente.coding.coder import UNDATED
from detente.coding.narrative import Narrative, told_then

DAY = dt.date(2014, 6, 20)
WAR_DAY = dt.date(2014, 3, 20)  # months from the days the war history names without their year


def _events(coder: Coder, sentences: list[str], day: dt.date = DAY) -> dict[tuple[str, str, str], dt.date | None]:
    found = coder.code_many(sentences, date=day)
    return {(e.source[:3], e.target[:3], e.code[:2]): None if e.date == UNDATED else e.date
            for sentence in found for e in sentence}


WAR = ["The Han River battle was one of the fiercest battles of the war (1950-1953).",
       "It was fought from June 28 to July 3, 1950.",
       "The Chinese troops attacked the Japanese forces near the river.",
       "On July 2, the Chinese troops bombed the Japanese positions."]


def test_a_war_history_naming_one_year_long_past_tells_an_era() -> None:
    story = Narrative(WAR, WAR_DAY)
    assert story.past
    assert story.year(3) == 1950


def test_acts_of_a_war_history_are_of_its_era(coder: Coder) -> None:
    events = _events(coder, WAR, WAR_DAY)
    assert events[("CHN", "JPN", "19")] in (None, dt.date(1950, 7, 2))
    assert all(d is None or d.year == 1950 for d in events.values())
    assert events  # the acts are still coded


def test_a_day_without_its_year_is_read_in_the_era_told() -> None:
    events = _events(Coder(), [*WAR[:2], "On July 2 the Chinese troops bombed the Japanese positions."],
                     WAR_DAY)
    assert events[("CHN", "JPN", "19")] == dt.date(1950, 7, 2)


def test_news_of_a_day_with_a_year_long_past_is_no_era() -> None:
    news = ["China has claimed the islands since 1945.",
            "The Chinese troops bombed the Japanese positions on Monday.",
            "Japan condemned China."]
    assert not Narrative(news, DAY).past
    events = _events(Coder(), news)
    assert events[("JPN", "CHN", "11")] is not None


def test_a_story_naming_a_day_first_and_a_year_long_past_after_is_no_era() -> None:
    news = ["On June 17 the Chinese troops bombed the Japanese positions.",
            "China has claimed the islands since 1945."]
    assert not Narrative(news, DAY).past


def test_a_story_telling_its_news_first_is_no_era() -> None:
    news = ["The Chinese troops bombed the Japanese positions.", "Japan condemned China.",
            "Japan protested to China.", "The two sides fought a war from 1937 to 1945."]
    assert not Narrative(news, DAY).past


def test_a_story_whose_lead_tells_news_before_a_year_long_past_is_no_era() -> None:
    news = ["Stamps Issued.", "The Chinese post office issued a stamp to mark the anniversary of the map.",
            "The map was drawn in 1861."]
    assert not Narrative(news, DAY).past


def test_a_day_without_its_year_near_the_article_date_is_news() -> None:
    news = ["The Han River battle was fought in 1950.", "A Chinese paper on June 18 praised Japan."]
    assert not Narrative(news, DAY).past


def test_a_saying_in_a_story_of_an_era_keeps_its_day(coder: Coder) -> None:
    events = _events(coder, [*WAR, "The Japanese historian said in a book that China attacked Japan."],
                     WAR_DAY)
    assert next(d for k, d in events.items() if k[0] == "JPN" and k[2] == "01") is not None


def test_a_story_naming_a_near_year_is_no_era() -> None:
    news = ["It was fought from June 28 to July 3, 1950.", "In 2013 China protested to Japan.",
            "Japan condemned China."]
    assert not Narrative(news, DAY).past


BIOGRAPHY = ["June 21, 2014 marks the 120th birth anniversary of Pak Chol, a patriot of Korea.",
             "He lived a hard life as a farmer.",
             "When the Japanese police arrested his son, he condemned Japan."]


def test_a_biography_opened_by_its_anniversary_tells_an_era(coder: Coder) -> None:
    assert Narrative(BIOGRAPHY, DAY).past
    events = _events(coder, BIOGRAPHY)
    assert any(k[1] == "JPN" and k[2] == "11" for k in events)
    assert all(d is None for d in events.values())


def test_an_anniversary_told_with_news_of_the_day_keeps_its_day(coder: Coder) -> None:
    news = ["Today marks the 50th anniversary of the ties between Peru and Chile.",
            "The foreign ministers of Peru and Chile met in Lima on Monday.",
            "Peru praised Chile."]
    assert not Narrative(news, DAY).past
    events = _events(coder, news)
    assert events[("PER", "CHL", "05")] is not None


def _then(sentence: str, verb: str) -> bool:
    low = sentence.split()
    return told_then(low, low.index(verb))


def test_phrases_pointing_back_to_a_time() -> None:
    assert _then("at that time the u.s. forces were driven back .", "driven")
    assert _then("in those days the police arrested him .", "arrested")
    assert _then("at that time he said that japan lied .", "said")
    assert not _then("at the same time , japan rejected the demand .", "rejected")
    assert not _then("at this time japan rejected the demand .", "rejected")
    assert not _then("then japan rejected the demand .", "rejected")  # next, not at a time told before
    assert not _then("we visited peru at the time when the ties are growing .", "visited")
    assert not _then("japan sent aid at the time of the flood .", "sent")
    # the saying that reports a sentence told at that time is of its own day
    assert not _then("at that time japan , too , called the sea the sea of korea , it said .", "said")


def test_an_act_told_at_that_time_with_no_day_before_is_undated(coder: Coder) -> None:
    events = _events(coder, ["Japan and China quarrelled over the islands for years.",
                             "At that time Japan rejected China's demand."])
    assert events[("JPN", "CHN", "12")] is None


def test_an_act_told_at_that_time_goes_on_with_the_day_before(coder: Coder) -> None:
    events = _events(coder, ["Japan recalled its ambassador from China on Monday.",
                             "At that time Japan also accused China of provocations."])
    assert events[("JPN", "CHN", "11")] == dt.date(2014, 6, 16)


def test_an_act_told_at_the_same_time_keeps_the_article_day(coder: Coder) -> None:
    events = _events(coder, ["Japan criticized China's drills.",
                             "At the same time, Japan rejected China's demand."])
    assert events[("JPN", "CHN", "12")] == DAY
