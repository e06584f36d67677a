"""A delegation led by a titled official, and a message delivered by one, are of that official's state (sentences
written for these tests).

"Led by" and "headed by" name the leader of a delegation, "delivered by", "carried by" and "handed over by" the
bearer of a message; the state of the official named after "by" is the delegation's, and the message's author's
when the sentence names the author by a role of no country ("The President's letter") or not at all (coding:
``_delegations.leader_at``, ``_delivered.delivered_by``). A rank before the office ("Assistant", "Deputy",
"Under") or an office the name finder leaves out of the name ("Foreign Secretary Robin Cook") stands between "by"
and the name.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded


@pytest.mark.parametrize(("sentence", "day", "expected"), [
    ("A delegation led by Assistant Secretary of State Kurt Campbell held talks with Chinese officials in Beijing.",
     dt.date(2011, 6, 1), ("USA", "CHN", "04")),
    ("A delegation headed by Deputy Secretary of State Strobe Talbott met Pakistani officials in Islamabad.",
     dt.date(1998, 6, 12), ("USA", "PAK", "04")),
    ("A delegation headed by Acting Secretary of State Lawrence Eagleburger met Serbian officials in Belgrade.",
     dt.date(1992, 10, 1), ("USA", "SRB", "04")),
    # guards: a rank the name finder reads with the office, as on main
    ("A team led by Under Secretary of State John Bolton held talks with Russian officials in Moscow.",
     dt.date(2002, 5, 10), ("USA", "RUS", "04")),
    ("The mission, led by Vice Foreign Minister Kim Kye Gwan, held talks with Japanese diplomats in Hanoi.",
     dt.date(2008, 9, 6), ("PRK", "JPN", "04")),
    # a message delivered by an official
    ("The President's letter, delivered by Ambassador Dobrynin, urged Washington to show restraint.",
     dt.date(1962, 10, 26), ("RUS", "USA", "02")),
    ("The Prime Minister's message, delivered by Foreign Secretary Robin Cook, warned Belgrade against violence.",
     dt.date(1998, 3, 10), ("GBR", "SRB", "13")),
    ("The note, handed over by Foreign Minister Qian Qichen, accused Washington of meddling in China's affairs.",
     dt.date(1992, 9, 5), ("CHN", "USA", "11")),
])
def test_a_delegation_led_or_a_message_delivered_by_an_official_is_his_states(
        country_coded: CountryCoded, sentence: str, day: dt.date, expected: tuple[str, str, str]) -> None:
    assert expected in {c[:3] for c in country_coded(sentence, day)}


@pytest.mark.parametrize(("sentence", "day", "source"), [
    # a note from someone named is that one's, whoever carries it
    ("A letter from Kim Jong Un, delivered by South Korean envoys, praised Trump.", dt.date(2018, 3, 9), "KOR"),
    # an author of a country of its own keeps it
    ("The Japanese Prime Minister's letter, delivered by Ambassador Hagerty, thanked Washington.",
     dt.date(2019, 5, 1), "USA"),
])
def test_the_bearer_does_not_replace_a_named_author(country_coded: CountryCoded, sentence: str, day: dt.date,
                                                    source: str) -> None:
    assert all(c[0] != source for c in country_coded(sentence, day))
