"""False events found on news and releases outside every evaluation set: an act named as what a threat
threatens (coding/_threatened.py), a party named in a phrase that times an act (coding/_timed_after.py), an
appeal to all states read as one to the state they are asked to help (coding/_all_asked.py), and talks an appeal
asks for or a backing of a course names read as held (coding/_talks_sought.py), and an act after "marks N days
since" dated to the day marked (coding/_marked_since.py). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded, CountryCoded

    from detente.coding import Coder

_DAY = dt.date(2024, 5, 6)


def _roots(coded: set[tuple[str, str, str, str]], source: str, target: str) -> set[str]:
    return {root for s, t, root, _ in coded if (s, t) == (source, target)}


def test_an_attack_threatened_by_a_noun_is_a_threat(country_coded: CountryCoded) -> None:
    coded = country_coded("Beijing has repeated its threat to invade Taiwan.", _DAY)
    assert "19" not in _roots(coded, "CHN", "TWN")
    assert "13" in _roots(coded, "CHN", "TWN")


def test_an_attack_warned_of_by_a_noun_is_no_attack(code_coded: CodeCoded) -> None:
    coded = code_coded("The repeated warnings of a military attack on Ukraine unsettled markets.")
    assert not any(t == "UKR" and code.startswith("19") for _, t, code in coded)


def test_a_threat_carried_out_is_the_act(country_coded: CountryCoded) -> None:
    coded = country_coded("Moscow carried out its threat to expel Estonian diplomats.", _DAY)
    assert "16" in _roots(coded, "RUS", "EST")


def test_a_threat_told_by_a_verb_stays(country_coded: CountryCoded) -> None:
    coded = country_coded("Beijing threatened to invade Taiwan.", _DAY)
    assert _roots(coded, "CHN", "TWN") == {"13"}


@pytest.mark.parametrize(("sentence", "side", "other"), [
    # a launch that times talks is no party of them
    ("Vietnamese and Philippine officials held talks in Hanoi on Monday, hours after a Chinese missile launch.",
     "VNM", "CHN"),
    ("Vietnamese and Philippine officials held talks in Hanoi on Monday, hours after a Chinese missile launch.",
     "PHL", "CHN"),
    # a strike that times a meeting is no party of it
    ("The Polish and German defence ministers met in Berlin, two days after a Russian missile strike on Lviv.",
     "POL", "RUS"),
    # talks an appeal asks for, named far after it (coding/_talks_sought.py)
    ("The ministers urged a settlement of all the outstanding border questions through patient dialogue between "
     "Ethiopia and Eritrea.", "ETH", "ERI"),
    # talks supported as a course
    ("Canada supports direct negotiations between Armenia and Azerbaijan.", "ARM", "AZE"),
])
def test_no_talks_between_these_states(country_coded: CountryCoded, sentence: str, side: str, other: str) -> None:
    coded = country_coded(sentence, _DAY)
    assert "04" not in _roots(coded, side, other) | _roots(coded, other, side)


def test_parties_outside_the_timing_phrase_stay(country_coded: CountryCoded) -> None:
    coded = country_coded("Two days after the summit, Germany signed a trade pact with France.", _DAY)
    assert "05" in _roots(coded, "DEU", "FRA") | _roots(coded, "FRA", "DEU")


@pytest.mark.parametrize(("sentence", "helped"), [
    ("The Security Council urged all States to cooperate fully with the authorities of Mali.", "MLI"),
    ("France urged all States to cooperate actively with the government of Mali.", "MLI"),
])
def test_an_appeal_to_all_states_is_not_made_to_the_state_they_should_help(country_coded: CountryCoded,
                                                                           sentence: str, helped: str) -> None:
    assert not any(t == helped for _, t, _, _ in country_coded(sentence, _DAY))


def test_an_appeal_to_a_named_state_stays(country_coded: CountryCoded) -> None:
    coded = country_coded("Britain urged Canada to assist Yemen.", _DAY)
    assert "02" in _roots(coded, "GBR", "CAN")


def test_talks_held_beside_a_backing_stay(country_coded: CountryCoded) -> None:
    coded = country_coded("Canada supports Ukraine, and Armenia held talks with Azerbaijan on Monday.", _DAY)
    assert "04" in _roots(coded, "ARM", "AZE") | _roots(coded, "AZE", "ARM")


@pytest.mark.parametrize("sentence", [
    "Today marks 300 days since the Iranian authorities detained a British aid worker.",
    "This week marks two years since Russia expelled Estonian diplomats.",
])
def test_an_act_marked_days_since_is_of_no_day_of_the_text(shared_coder: Coder, sentence: str) -> None:
    events = [e for e in shared_coder.code_sentence(sentence, date=_DAY) if e.target[:3] != "---"]
    assert events
    assert all(e.date != _DAY for e in events)


def test_an_act_beside_a_day_marked_keeps_its_day(shared_coder: Coder) -> None:
    events = shared_coder.code_sentence("Today marks a new start, and Japan expelled two Russian diplomats.", date=_DAY)
    assert any(e.date == _DAY and e.target[:3] == "RUS" for e in events)
