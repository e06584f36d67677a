"""Leaders named after their term, and other people who share a listed leader's family name (sentences written for
these tests).

A name in the people table is read as its state only while its holder is in office. Two shapes of real prose fall
outside that rule:

- a leader named after his term as what a tribute is paid to ("condolences over the demise of ...", "a wreath to
  the statue of ...", "... 's birthday"): the tribute is paid to his state, which is the act's target; anywhere
  else the name still gives no actor (his past acts are not his state's acts of today);
- a listed person's family name followed by a given name the lexicon does not know ("General Kim Kyok Sik",
  "Kim Yong Il"): another person of the same family name, not the listed one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.dates import UNDATED

DAY = dt.date(2012, 2, 20)


def _events(coder: Coder, sentence: str, day: dt.date = DAY) -> set[tuple[str, str, str | None, str | None]]:
    return {(e.source, e.target, e.source_name, e.target_name) for e in coder.code_sentence(sentence, date=day)}


@pytest.mark.parametrize(("sentence", "source"), [
    ("The Cuban president sent a message of condolences over the demise of Kim Jong Il.", "CUBGOV"),
    ("The Russian ambassador laid a wreath before the statue of President Kim Il Sung.", "RUSGOV"),
    ("The Chinese premier sent a message on the 100th birth anniversary of President Kim Il Sung.", "CHNGOV"),
    ("Russia mourned Kim Jong Il's death.", "RUS"),
    ("The Laotian delegation paid tribute to Kim Jong Il.", "LAOGOV"),
])
def test_a_tribute_to_a_leader_after_his_term_is_paid_to_his_state(coder: Coder, sentence: str,
                                                                   source: str) -> None:
    events = _events(coder, sentence)
    assert any(s == source and t == "PRKGOV" for s, t, _, _ in events), events
    # the leader named is the one the tribute is paid to, not his successor in office on the day
    assert all(t_name != "Kim Jong Un" for _, _, _, t_name in events), events


@pytest.mark.parametrize("sentence", [
    "Kim Jong Il visited China.",
    "The Chinese scholars praised the works of Kim Jong Il.",
])
def test_a_leader_after_his_term_is_no_actor_outside_a_tribute(coder: Coder, sentence: str) -> None:
    events = _events(coder, sentence)
    assert all("PRK" not in s and "PRK" not in t for s, t, _, _ in events), events


@pytest.mark.parametrize("sentence", [
    "Kim Jong Il visited China in 2010.",
    "Kim Jong Il received the Chinese delegation in May 2009.",
])
def test_a_leader_in_a_sentence_dating_his_act_to_his_term_is_his_state_of_then(coder: Coder, sentence: str) -> None:
    # the sentence names a time of his term (coding._told_year): his state's act then, undated, never of today
    events = coder.code_sentence(sentence, date=DAY)
    assert any(e.source == "PRKGOV" for e in events), events
    assert all(e.date == UNDATED for e in events), events


@pytest.mark.parametrize("sentence", [
    "Kim Jong Il's Birth Anniversary Commemorated by Foreign Parties.",
    "Kim Il Sung's birthday was celebrated by Cuban students.",
])
def test_a_leader_paid_tribute_to_is_never_the_doer(coder: Coder, sentence: str) -> None:
    # the tribute's word order puts him first: he is still what it is paid to, not the one who acts
    events = _events(coder, sentence)
    assert all("PRK" not in s and s_name is None for s, _, s_name, _ in events), events


def test_a_tribute_in_his_term_still_names_him_as_the_leader_of_the_day(coder: Coder) -> None:
    # before his death the phrase is read by the day alone, as any name of the table
    events = _events(coder, "The Russian ambassador paid tribute to Kim Jong Il.", dt.date(2011, 2, 16))
    assert any(t == "PRKGOV" and t_name == "Kim Jong Il" for _, t, _, t_name in events), events


@pytest.mark.parametrize("sentence", [
    "General Kim Kyok Sik threatened the South Korean forces.",
    "Kim Yong Il met the Chinese envoy in Pyongyang.",
])
def test_a_family_name_with_a_given_name_is_not_the_listed_leader(coder: Coder, sentence: str) -> None:
    events = _events(coder, sentence)
    assert all(s_name != "Kim Jong Un" and t_name != "Kim Jong Un" for _, _, s_name, t_name in events), events


@pytest.mark.parametrize(("sentence", "day", "source", "name"), [
    # guards: the family name alone, before a verb or a noun of his government, is still the listed leader
    ("Kim met the Chinese envoy in Pyongyang.", DAY, "PRKGOV", "Kim Jong Un"),
    ("Kim Jong Un met the Chinese envoy in Pyongyang.", DAY, "PRKGOV", "Kim Jong Un"),
    ("Obama Meets Chinese Envoy.", dt.date(2012, 3, 1), "USAGOV", "Barack Obama"),
    ("The Obama administration criticized China.", dt.date(2012, 3, 1), "USAGOV", None),
])
def test_the_family_name_alone_is_still_the_listed_person(coder: Coder, sentence: str, day: dt.date, source: str,
                                                          name: str | None) -> None:
    events = _events(coder, sentence, day)
    assert any(s == source and (name is None or s_name == name) for s, _, s_name, _ in events), events
