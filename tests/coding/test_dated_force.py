"""A past attack named by a noun with its own doer and its own time is an event of that time, whatever the clause's
verb: "a day after India's air strike ... on Tuesday", "since Russia's full-scale invasion of Ukraine on February
24" (coding._dated_force); its day is its own, never the scene of the clause's verb ("in retaliation for Israel's
strike ... on April 1" does not date the retaliation); an assault by a state's forces is military force (190).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

    from detente.coding.coder import Coder


def _dated(coder: Coder, sentence: str, day: dt.date) -> set[tuple[str, str, str, dt.date | None]]:
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for e in coder.code_sentence(sentence, date=day)
            if e.modality == "occurred"}


@pytest.mark.parametrize(("sentence", "day", "expected"), [
    ("The armies of Armenia and Azerbaijan exchanged prisoners on Monday, the first such swap since Azerbaijan's "
     "attack on Armenian border posts on September 13.", dt.date(2022, 9, 20), ("AZE", "ARM", "19",
                                                                               dt.date(2022, 9, 13))),
    ("Pakistani jets downed two Indian fighters, a day after India's air strike on Pakistani territory on Tuesday.",
     dt.date(2019, 2, 28), ("IND", "PAK", "19", dt.date(2019, 2, 26))),
    ("Syria shelled Turkish border posts in retaliation for Turkey's strike on Syrian troops on Sunday.",
     dt.date(2020, 3, 4), ("TUR", "SYR", "19", dt.date(2020, 3, 1))),
])
def test_a_past_attack_with_its_own_time(shared_coder: Coder, sentence: str, day: dt.date,
                                         expected: tuple[str, str, str, dt.date]) -> None:
    assert expected in _dated(shared_coder, sentence, day)


def test_the_answer_is_not_dated_by_the_attack_it_answers(shared_coder: Coder) -> None:
    day = dt.date(2020, 3, 4)
    coded = _dated(shared_coder, "Syria shelled Turkish border posts in retaliation for Turkey's strike on "
                                 "Syrian troops on Sunday.", day)
    assert ("SYR", "TUR", "19", dt.date(2020, 3, 1)) not in coded, coded


@pytest.mark.parametrize("sentence", [
    # the topic of talks: the day may be the talk's
    "Macron discussed Russia's attack on Kyiv with Scholz on Monday.",
    # an attack warned of, still to come
    "Lithuania warned of a Russian attack on the Baltic states in the coming weeks.",
    "Estonia warned on Monday of a possible Russian attack on the Baltic states in March.",
    # no time of its own: the cause of an act
    "Ukraine expelled two Russian diplomats on Tuesday over Russia's strike on Kyiv.",
])
def test_an_attack_feared_discussed_or_untimed_is_no_act(shared_coder: Coder, sentence: str) -> None:
    coded = _dated(shared_coder, sentence, dt.date(2022, 3, 10))
    assert not [e for e in coded if e[0] == "RUS" and e[2] == "19"], coded


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Greece protested on Friday over the assault by Turkish forces on Greek border guards on Thursday.",
     ("TUR", "GRC")),
    ("The assault by Turkish forces on Greek border guards killed two officers.", ("TUR", "GRC")),
    ("The assault by Russian troops on Ukrainian positions near Avdiivka on Sunday failed, Kyiv said.",
     ("RUS", "UKR")),
    ("Azerbaijan's assault on Armenian border posts on Tuesday drew a rebuke from Moscow.", ("AZE", "ARM")),
])
def test_an_assault_by_a_states_forces_is_military_force(country_coded: CountryCoded, sentence: str,
                                                         pair: tuple[str, str]) -> None:
    assert (*pair, "19", "occurred") in country_coded(sentence, dt.date(2023, 2, 6))


def test_an_assault_by_police_stays_an_assault(country_coded: CountryCoded) -> None:
    coded = country_coded("Kenyan police assaulted Somali traders in Nairobi on Monday.", dt.date(2023, 2, 6))
    assert ("KEN", "SOM", "18", "occurred") in coded, coded
