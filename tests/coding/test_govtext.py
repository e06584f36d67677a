"""Government readouts and statements outside the sets (docs/coder.md, "Government readouts and statements outside
the sets").

Every sentence here is written for the tests, none is taken from an evaluation set or from the readouts read:
a comment on an act told as a noun ("condemned the shelling of its post by Peru on 4 March", "were shocked by the
attack ... on 12 May, and condemned it") is of the statement's day, not the act's, and does not carry the act's
day on to the sentences after it; a title the lexicon knows that is no office of the issuer ("German Chancellor
X ... the Chancellor") is the person the text named with it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import read_article_events
from detente.coding.event_dates import commenting
from detente.coding.intake import read_article_text

ISSUED = dt.date(2011, 3, 9)  # a Wednesday
FRIDAY = dt.date(2011, 3, 4)
MONDAY = dt.date(2011, 3, 7)


def _events(text: str, day: dt.date = ISSUED) -> list[tuple[str, str, str, dt.date]]:
    reading = read_article_events(read_article_text(text, date=day))
    return [(e.source[:3], e.target[:3], e.code[:2], e.date) for e in reading.events]


def _dated(text: str, source: str, target: str, root: str, day: dt.date = ISSUED) -> list[dt.date]:
    return [d for s, t, r, d in _events(text, day) if (s, t, r) == (source, target, root)]


# -- a comment on an act told as a noun is of the statement's day -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Statement\n\nChile strongly condemned the shelling of its border post by Peru on 4 March.",
    "Statement\n\nChile deplored the attack on a customs office near Arica by Peruvian troops on 4 March.",
    "Statement\n\nBolivia denounced the seizure of two fishing boats off Arica by Chile on 4 March.",
])
def test_time_closing_the_act_nouns_phrase_dates_the_act_not_the_comment(text: str) -> None:
    days = [d for s, t, r, d in _events(text) if r in ("11", "12")]
    assert days and all(d == ISSUED for d in days), _events(text)


def test_comment_with_its_own_time_keeps_it() -> None:
    text = "Statement\n\nChile on Monday condemned the shelling of its border post by Peru on 4 March."
    assert _dated(text, "CHL", "PER", "11") == [MONDAY]


def test_time_right_after_the_noun_stays_the_comments() -> None:
    # "condemned the raid on Monday": either reading is possible; the comment's, as before
    text = "Statement\n\nChile condemned the Peruvian raid on Monday."
    days = [d for s, t, r, d in _events(text) if s == "CHL" and r == "11"]
    assert days == [MONDAY], _events(text)


def test_comment_after_a_noun_told_before_it_is_of_the_statements_day() -> None:
    text = ("Statement\n\nThe ministers of Chile were appalled by the deadly attack on a police post in Tacna on 4 "
            "March, and condemned Peru in the strongest terms. Chile urged Peru to punish those responsible.")
    events = _events(text)
    assert ("CHL", "PER", "11", ISSUED) in events, events
    assert ("CHL", "PER", "02", ISSUED) in events, events
    assert all(d != FRIDAY for s, t, r, d in events if r in ("11", "02")), events


def test_an_act_told_as_a_verb_still_goes_on_with_the_story() -> None:
    # a sentence whose last act is of a past day goes on with it, as before
    text = "Statement\n\nPeru shelled the border post of Chile on 4 March. Chile protested to Peru."
    assert _dated(text, "PER", "CHL", "19") == [FRIDAY]
    assert _dated(text, "CHL", "PER", "11") == [FRIDAY]


@pytest.mark.parametrize(("word", "expected"), [
    ("condemned", True), ("deplores", True), ("welcomed", True), ("denounce", True),
    ("met", False), ("shelled", False), ("launched", False),
])
def test_verbs_of_comment(word: str, expected: bool) -> None:
    assert commenting([word], 0) is expected


# -- "the Chancellor" named again --------------------------------------------------------------------------------

def test_the_chancellor_is_the_one_named_before() -> None:
    text = ("Readout\n\nPresident Obama met with German Chancellor Angela Merkel on Monday in Prague. "
            "The Chancellor thanked the President for his support.")
    events = _events(text, dt.date(2013, 6, 18))
    assert any(s == "DEU" and t == "USA" and r == "05" for s, t, r, _ in events), events
    assert not any("---" in (s, t) for s, t, _, _ in events), events


def test_the_chancellor_named_by_nobody_before_stays_unknown() -> None:
    text = "Statement\n\nPresident Obama spoke with the Prime Minister of Peru. The Chancellor criticized Peru."
    events = _events(text, dt.date(2013, 6, 18))
    assert not any(s == "USA" and r == "11" for s, t, r, _ in events), events
    assert not any(s == "PER" and r == "11" for s, t, r, _ in events), events


# -- "between our allies A and B": the possessive or the body owns the parties' noun --------------------------------

@pytest.mark.parametrize("text", [
    "Statement\n\nThe United States welcomes talks between our partners Chile and Peru.",
    "Statement\n\nThe United States regrets the delay of talks between NATO allies Chile and Peru.",
])
def test_talks_between_the_allies_named_after_their_noun(text: str) -> None:
    events = _events(text, dt.date(2020, 10, 13))
    talks = {(s, t) for s, t, r, _ in events if r == "04"}
    assert talks == {("CHL", "PER"), ("PER", "CHL")}, events


def test_talks_between_two_named_states_unchanged() -> None:
    events = _events("Report\n\nThe talks between Chile and Peru ended on Monday in Lima.", dt.date(2020, 10, 13))
    assert {(s, t) for s, t, r, _ in events if r == "04"} == {("CHL", "PER"), ("PER", "CHL")}, events
