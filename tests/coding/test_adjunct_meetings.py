"""A visit or talks owned by a possessive in a phrase of time ("during his visit to Hanoi", "on his trip to
Dhaka") is an event of its own beside the act of its clause (:mod:`detente.coding._adjunct_meetings`); so is a call
or visit named with "a" ("told Moon in a phone call", "during a visit to Malaysia"), held by the act's subject with
the act's object or the place as the other party. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding._adjunct_meetings import adjunct_meeting
from detente.coding.mentions import Mention

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2019, 3, 1)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("During his visit to Hanoi on Monday, the Japanese foreign minister urged Vietnam to expand trade.",
     ("JPN", "VNM")),
    ("The Indian prime minister condemned the bombing in Kabul during his trip to Dhaka on Tuesday.", ("IND", "BGD")),
    ("The Turkish president praised Azerbaijan's army during his talks with Aliyev in Baku.", ("TUR", "AZE")),
    ("The sanctions were criticized by the Chinese foreign minister during his visit to Seoul.", ("CHN", "KOR")),
    ("Peru's new tariffs were condemned by the Chilean president on his trip to Bogota.", ("CHL", "COL")),
])
def test_the_visit_of_a_phrase_of_time_is_held(country_coded: CountryCoded, sentence: str,
                                               pair: tuple[str, str]) -> None:
    assert (*pair, "04", "occurred") in country_coded(sentence, DAY)


def test_the_clause_keeps_its_own_act(country_coded: CountryCoded) -> None:
    found = country_coded("During his visit to Hanoi on Monday, the Japanese foreign minister urged Vietnam to "
                          "expand trade.", DAY)
    assert ("JPN", "VNM", "02", "occurred") in found


def test_a_visit_in_a_clause_told_ahead_is_intended(country_coded: CountryCoded) -> None:
    found = country_coded("The Canadian prime minister will raise the dispute during his visit to New Delhi next "
                          "month.", DAY)
    assert ("CAN", "IND", "04", "occurred") not in found
    assert ("CAN", "IND", "03", "intended") in found


@pytest.mark.parametrize("sentence", [
    "During the talks, the Japanese foreign minister urged Vietnam to expand trade.",
    "The Japanese foreign minister urged Vietnam to expand trade during a meeting of the cabinet.",
    "The Japanese foreign minister urged Vietnam to end the fighting during its attack on Cambodia.",
    "At a summit in Cairo on Friday, the Egyptian president rejected Sudan's proposal.",
    "The Chilean minister criticized Peru, speaking at a meeting of the UN General Assembly.",
    "The Indonesian foreign minister condemned Malaysia in an interview on Tuesday.",
    "The Malaysian foreign minister said at a meeting on Monday that Indonesia was a good neighbour.",
    "The Peruvian president will criticize Chile's tariffs in a phone call with the Chilean president next week.",
])
def test_no_owned_meeting_no_new_event(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(r == "04" for _, _, r, _ in country_coded(sentence, DAY))


@pytest.mark.parametrize(("words", "noun", "held"), [
    ("during his visit to Hanoi", 2, True),
    ("on Kerry 's recent trip to Seoul", 4, True),
    ("after his first official state visit to Rome", 5, True),
    ("welcomed his visit to Hanoi", 2, False),
    ("during the visit to Hanoi", 2, False),
    ("during his attack on Hanoi", 2, False),
    ("agreed in a phone call on monday", 3, True),
    ("said on a visit to seoul", 3, True),
    ("during a visit to seoul", 2, False),
    ("spoke at a meeting of the assembly", 3, False),
    ("said at a meeting on monday", 3, False),
])
def test_the_shape_of_the_phrase(words: str, noun: int, held: bool) -> None:
    low = words.lower().split()
    mentions = [Mention(1, 2, "USAGOV", None, True, person=True)] if "kerry" in low else []
    code = {"visit": "042", "trip": "042", "phone": "041", "meeting": "040"}.get(low[noun], "190")
    assert adjunct_meeting(low, noun, code, mentions) is held


@pytest.mark.parametrize(("sentence", "pair", "act"), [
    ("The Brazilian president told the Argentine president in a phone call on Monday that trade must grow.",
     ("BRA", "ARG"), "01"),
    ("The Indonesian foreign minister condemned the attack during a visit to Malaysia.", ("IDN", "MYS"), "11"),
    ("The Kenyan president urged the Ugandan president in a phone call on Monday to reopen the border.",
     ("KEN", "UGA"), "02"),
    ("The Japanese prime minister told the South Korean president on a visit to Seoul that the dispute must end.",
     ("JPN", "KOR"), "01"),
    ("The Greek prime minister praised Cyprus during his phone call with the Turkish president.", ("GRC", "TUR"),
     "05"),
])
def test_a_call_or_visit_named_with_an_article_is_held(country_coded: CountryCoded, sentence: str,
                                                       pair: tuple[str, str], act: str) -> None:
    found = country_coded(sentence, DAY)
    assert (*pair, "04", "occurred") in found
    assert any(s == pair[0] and r == act and m == "occurred" for s, _, r, m in found)  # the clause keeps its act
