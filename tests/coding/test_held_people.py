"""People held abroad, named by their country first and then by name, pronoun or plain noun: the arrest, the
sentence and the pardon are aimed at their country, a pardon of them is a release, and a demand for their
release is aimed at the state holding them (coding._detainees; docs/coder.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

_DAY = dt.date(2021, 9, 1)


def _per_sentence(coder: Coder, sentences: list[str]) -> list[set[tuple[str, str, str]]]:
    """(source country, target country, code) of each sentence's events, the sentences read as one text."""
    return [{(e.source[:3], e.target[:3], e.code) for e in found}
            for found in coder.code_many(sentences, date=_DAY)]


_STORY = [
    "Two Australian teachers who were held in Myanmar since June have returned to Sydney.",
    "Myanmar arrested Harwell and Quince at a checkpoint near Mandalay.",
    "A military court later sentenced them to four years in prison.",
    "The Myanmar leader pardoned the teachers on Friday.",
]


@pytest.fixture(scope="module")
def story(shared_coder: Coder) -> list[set[tuple[str, str, str]]]:
    return _per_sentence(shared_coder, _STORY)


def test_named_detainees_carry_the_nationality_told_before(story: list[set[tuple[str, str, str]]]) -> None:
    assert ("MMR", "AUS", "173") in story[1]


def test_a_court_of_no_country_sentences_them_for_the_holding_state(
        story: list[set[tuple[str, str, str]]]) -> None:
    assert ("MMR", "AUS", "173") in story[2]


def test_pardoning_the_detainees_is_their_release(story: list[set[tuple[str, str, str]]]) -> None:
    assert ("MMR", "AUS", "084") in story[3]


def test_a_pardon_granted_to_foreign_nationals_is_a_release(shared_coder: Coder) -> None:
    found = _per_sentence(shared_coder, ["Iran granted clemency to two French tourists on Sunday."])[0]
    assert ("IRN", "FRA", "084") in found


@pytest.mark.parametrize(("held", "demand", "expected"), [
    # a demand for the release of the people held before
    ("Three Canadian engineers have been jailed in Venezuela since March.",
     "Canada demanded the release of the engineers on Tuesday.", ("CAN", "VEN", "105")),
    # a call for the release of a detainee named by name only
    ("A Swedish journalist detained in Eritrea has not been seen for a year.",
     "Sweden repeated its call for the release of Lindqvar.", ("SWE", "ERI", "025")),
])
def test_a_demand_for_a_release_is_aimed_at_the_holder(shared_coder: Coder, held: str, demand: str,
                                                        expected: tuple[str, str, str]) -> None:
    assert expected in _per_sentence(shared_coder, [held, demand])[1]


@pytest.mark.parametrize(("before", "sentence", "side", "country"), [
    # a demand made of a state keeps that state as its target, not the holder
    ("Two Danish sailors were detained in Iran last week.",
     "Denmark urged Turkey to press for the release of the sailors.", 1, "IRN"),
    # a state pardoning its own citizens is a pair of one country
    ("Four Cuban dissidents held in Cuba since 2019 were in poor health.",
     "Cuba pardoned the dissidents on Monday.", 1, "CUB"),
    # released from hospital: no detainee
    ("Two Australian teachers who were held in Myanmar since June have returned to Sydney.",
     "Quince was released from hospital on Monday after Myanmar officials visited.", 1, "AUS"),
    # a name outside a slot of holding stays unknown
    ("Two Australian teachers who were held in Myanmar since June have returned to Sydney.",
     "Harwell thanked Thailand for its help.", 0, "AUS"),
])
def test_what_is_left_alone(shared_coder: Coder, before: str, sentence: str, side: int, country: str) -> None:
    found = _per_sentence(shared_coder, [before, sentence])[1]
    assert not any(event[side] == country and event[1 - side] not in ("---", country) for event in found)


def test_never_pardoning_a_state_stays_forgiveness(shared_coder: Coder) -> None:
    found = _per_sentence(shared_coder, ["Iran will never pardon the United States for its crimes."])[0]
    assert all(code != "084" for _, _, code in found)


@pytest.mark.parametrize(("sentence", "expected"), [
    # an arrest told in the passive, the state named after "in"
    ("A Canadian businessman was arrested in China last month on charges of spying.", ("CHN", "CAN", "173")),
    # people who had been jailed, freed by a state: that state jailed them
    ("Two Dutch aid workers, who had been jailed for a year, were freed by the Venezuelan government on Tuesday.",
     ("VEN", "NLD", "173")),
])
def test_a_passive_arrest_or_release_is_the_holding_state_act(shared_coder: Coder, sentence: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert expected in _per_sentence(shared_coder, [sentence])[0]


@pytest.mark.parametrize("sentence", [
    # a participle that describes people tells no act
    "The families of two Belgian tourists detained in Iran held a vigil in Brussels.",
    # a release asked for is not done
    "Belgium called on Iran to immediately release Belgian citizens imprisoned in Evin prison.",
])
def test_a_described_or_asked_holding_gets_no_doer(shared_coder: Coder, sentence: str) -> None:
    found = _per_sentence(shared_coder, [sentence])[0]
    assert not any(s == "IRN" and t == "BEL" and code[:2] in ("17", "08") for s, t, code in found)
