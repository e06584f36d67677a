"""Article-level events: one real-world event once per article, with its mention count; no actor on itself."""

from __future__ import annotations

import datetime as dt

from detente.coding import merge_events, read_article_events
from detente.model import Article, Event


def test_one_event_per_article_with_its_mentions() -> None:
    text = ("Chilean and Peruvian officials met in Lima on Monday. The Chilean delegation held talks with Peru "
            "on the fishing dispute. Peru said the meeting with Chile was useful.")
    reading = read_article_events(Article(text=text, date=dt.date(2021, 3, 2)))
    meetings = [e for e in reading.events if {e.source[:3], e.target[:3]} == {"CHL", "PER"} and e.root == "04"]
    assert meetings and all(e.mentions and e.mentions >= 1 for e in meetings)
    assert len({(e.source[:3], e.target[:3]) for e in meetings}) == len(meetings)  # each direction once
    assert sum(e.mentions or 0 for e in meetings) >= 3


def test_an_actor_read_twice_is_no_event_but_two_roles_of_a_country_are() -> None:
    day = dt.date(2021, 3, 2)
    merged = merge_events([Event(day, "USA", "USAGOV", "010"), Event(day, "IRNCOP", "IRNOPP", "173"),
                           Event(day, "USAGOV", "PRK", "111", sentence="first"),
                           Event(day, "USAGOV", "PRKGOV", "112", sentence="second", source_name="Someone")])
    assert [(e.source, e.target, e.code, e.mentions) for e in merged] == [
        ("IRNCOP", "IRNOPP", "173", 1), ("USAGOV", "PRKGOV", "112", 2)]


def test_events_of_other_days_or_standing_stay_apart() -> None:
    merged = merge_events([Event(dt.date(2021, 3, 2), "USA", "PRK", "111"),
                           Event(dt.date(2021, 3, 9), "USA", "PRK", "111"),
                           Event(dt.date(2021, 3, 2), "USA", "PRK", "111", modality="negated")])
    assert len(merged) == 3


def test_the_specific_act_outranks_the_generic_one_however_fully_named() -> None:
    day = dt.date(2024, 3, 21)
    merged = merge_events([Event(day, "USAGOV", "EGYGOV", "044", sentence="met", source_name="A"),
                           Event(day, "USAGOV", "EGYGOV", "040", sentence="discussed", source_name="A",
                                 target_name="B")])
    assert [(e.code, e.sentence, e.mentions) for e in merged] == [("044", "met", 2)]
    merged = merge_events([Event(day, "USAGOV", "EGYGOV", "040", sentence="consulted"),
                           Event(day, "USAGOV", "EGYGOV", "0431", sentence="visited")])
    assert [e.code for e in merged] == ["0431"]
