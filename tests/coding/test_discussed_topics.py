"""What is discussed is a topic, not a party: "Japan and South Korea discussed North Korea's missile launches" is
talk between Japan and South Korea, and says nothing of North Korea as a party to it. The parties of "discuss" are
its subjects and whoever it is discussed with.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2016, 3, 9)


def _consults(coder: Coder, text: str) -> set[tuple[str, str]]:
    return {(e.source[:3], e.target[:3]) for e in coder.code_sentence(text, date=DAY) if e.code.startswith("04")}


@pytest.mark.parametrize(("text", "topic"), [
    ("Japan and South Korea discussed North Korea's missile launches on Wednesday.", "PRK"),
    ("The Turkish and Greek ministers discussed the Cyprus question at length.", "CYP"),
    ("France and Germany discussed Ukraine's request for air defence systems on Monday.", "UKR"),
    ("Brazil discussed Venezuela with Colombia on Thursday.", "VEN"),
])
def test_the_country_discussed_is_no_party(coder: Coder, text: str, topic: str) -> None:
    assert all(topic not in pair for pair in _consults(coder, text)), _consults(coder, text)


@pytest.mark.parametrize(("text", "pair"), [
    ("Brazil discussed Venezuela with Colombia on Thursday.", ("BRA", "COL")),
    ("The Egyptian foreign minister discussed the Gaza ceasefire with his Qatari counterpart on Sunday.",
     ("EGY", "QAT")),
    ("Kenya discussed border security with Ethiopia and Somalia on Friday.", ("KEN", "SOM")),
])
def test_whoever_it_is_discussed_with_is_a_party(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert pair in _consults(coder, text), _consults(coder, text)


@pytest.mark.parametrize(("text", "topic"), [
    ("Japan and South Korea agreed on Wednesday to cooperate on North Korea's nuclear program.", "PRK"),
    ("Egypt and Jordan pledged to work together on Syria's reconstruction.", "SYR"),
    ("India praised Japan for its stance on China.", "CHN"),
])
def test_what_cooperation_is_about_is_no_party(coder: Coder, text: str, topic: str) -> None:
    events = coder.code_sentence(text, date=DAY)
    assert events, text
    assert all(topic not in (e.source[:3], e.target[:3]) for e in events), [(e.source, e.target) for e in events]


def test_an_act_toward_a_state_stays_aimed_at_it(coder: Coder) -> None:
    events = coder.code_sentence("Turkey offered economic cooperation toward Armenia on Tuesday.", date=DAY)
    assert ("TUR", "ARM") in {(e.source[:3], e.target[:3]) for e in events if e.code[:2] == "03"}, events


@pytest.mark.parametrize(("text", "absent"), [
    ("The French and Egyptian ministers discussed efforts to secure a ceasefire and the release of hostages.",
     "087"),
    ("Kenya and Ethiopia discussed shared goals, including responding to militant attacks along the border and "
     "ending the war in Sudan.", "19"),
    ("Brazil and Argentina discussed ways to impose sanctions on arms traffickers.", "16"),
])
def test_acts_named_in_what_is_discussed_are_not_the_discussants_acts(coder: Coder, text: str, absent: str) -> None:
    events = coder.code_sentence(text, date=DAY)
    assert any(e.code.startswith("04") for e in events), events
    assert not any(e.code.startswith(absent) for e in events), [(e.source, e.target, e.code) for e in events]


def test_a_new_clause_after_a_discussion_keeps_its_act(coder: Coder) -> None:
    events = coder.code_sentence("Japan and China discussed trade, and China later expelled two Japanese diplomats.",
                                 date=DAY)
    assert ("CHN", "JPN") in {(e.source[:3], e.target[:3]) for e in events if e.code.startswith("16")}, events


def test_an_act_coordinated_with_the_discussion_is_the_discussants_own(coder: Coder) -> None:
    events = coder.code_sentence("Egypt and Sudan discussed the dam and signed a water-sharing agreement.", date=DAY)
    assert {("EGY", "SDN"), ("SDN", "EGY")} & {(e.source[:3], e.target[:3]) for e in events
                                               if e.code.startswith("05")}, events
