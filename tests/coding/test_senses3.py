"""Acts owned up to, and acts that are what an event is for, by class of sense (sentences written for these tests,
none from an evaluation set; docs/coder.md, "Admissions, purposes and events set for later").

What one's own side is admitted, acknowledged or (when hostile) confirmed to have done is an admission (015) to the
one it was done to, and the act admitted is history, on no day of the telling unless the sentence dates it; what a
meeting or a visit "is to" do is what it is for, no act of anyone's, while an event that "is to" resume, begin or
be held is set for later (an intent, 036), not held.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from detente.coding import UNDATED, Coder
from detente.coding._modality import might_be, purpose, set_for_later
from detente.coding._text import tokenize
from detente.coding.coder import reported_act

DAY = dt.date(2024, 3, 19)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def told(coder: Coder, sentence: str) -> set[tuple[str, str, str, dt.date]]:
    """(source country, target country or ---, code, day) of each act the sentence tells."""
    return {(e.source[:3], e.target[:3], e.code, e.date) for e in coder.code_sentence(sentence, date=DAY)
            if reported_act(e)}


def low(sentence: str) -> list[str]:
    return [t.lower() for t in tokenize(sentence)]


# -- admissions ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "admission", "history"),
    [
        ("The Libyan leader has confirmed that agents from his country bombed a French airliner.",
         ("LBY", "FRA", "015"), ("LBY", "FRA")),
        ("Colombia confirmed that its troops raided a guerrilla camp inside Ecuador.",
         ("COL", "ECU", "015"), ("COL", "ECU")),
        ("Moscow acknowledged that Russian warplanes had bombed a Georgian village.",
         ("RUS", "GEO", "015"), ("RUS", "GEO")),
    ],
)
def test_own_side_s_act_confirmed_is_an_admission_and_history(
        coder: Coder, sentence: str, admission: tuple[str, str, str], history: tuple[str, str]) -> None:
    acts = told(coder, sentence)
    assert (*admission, DAY) in acts
    # the act owned up to is told, but on no day of the telling
    assert any((s, t) == history and day == UNDATED for s, t, _, day in acts)
    assert not any((s, t) == history and code[:2] != "01" and day == DAY for s, t, code, day in acts)


def test_an_admitted_act_dated_by_the_sentence_keeps_its_day(coder: Coder) -> None:
    acts = told(coder, "Colombia confirmed that its troops raided a guerrilla camp inside Ecuador on Sunday.")
    assert ("COL", "ECU", "015", DAY) in acts
    # "its troops" are Colombia's forces, whose raid is a state's force (190, _acts.state_force), not 18x
    assert any((s, t) == ("COL", "ECU") and code[:2] in ("18", "19") and day == dt.date(2024, 3, 17)
               for s, t, code, day in acts)


def test_the_day_of_the_admission_does_not_date_the_act_admitted(coder: Coder) -> None:
    acts = told(coder, "Moscow acknowledged on Monday that Russian warplanes had bombed a Georgian village.")
    assert ("RUS", "GEO", "015", dt.date(2024, 3, 18)) in acts
    assert any((s, t) == ("RUS", "GEO") and code[:2] == "19" and day == UNDATED for s, t, code, day in acts)


def test_another_s_act_confirmed_is_no_admission(coder: Coder) -> None:
    # Kenya confirms what Somali militants did: a report, the attack told as it was
    acts = told(coder, "Kenya confirmed that Somali militants attacked its border posts.")
    assert not any(code == "015" for *_, code, _ in acts)
    assert any(s == "SOM" and t == "KEN" and code[:2] == "18" and day == DAY for s, t, code, day in acts)


def test_confirming_a_friendly_act_of_one_s_own_is_no_admission(coder: Coder) -> None:
    acts = told(coder, "Norway confirmed that its envoy met Sri Lankan officials in Colombo.")
    assert not any(code == "015" for *_, code, _ in acts)


# -- what an event is for, and events set for later ---------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting between the foreign ministers of Peru and Chile is to settle the maritime dispute.",
        "The visit of the Chinese premier is to strengthen cooperation with Pakistan.",
        "The purpose of the visit is to sign a trade accord with Peru.",
    ],
)
def test_what_an_event_is_for_is_no_act(coder: Coder, sentence: str) -> None:
    acts = told(coder, sentence)
    assert not any(code[:2] in ("03", "05", "06", "02") for *_, code, _ in acts)


def test_people_who_are_to_meet_still_intend_to(coder: Coder) -> None:
    acts = told(coder, "The presidents of Ghana and Togo are to meet in Lome on Saturday.")
    assert any(s == "GHA" and t == "TGO" and code == "036" for s, t, code, _ in acts)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks between Armenia and Azerbaijan are to resume in Moscow next week.",
        "The summit between Vietnam and Cambodia is to be held in Hanoi.",
        "The talks between Sudan and South Sudan are slated to run from May 3 to May 5 in Addis Ababa.",
        "The meeting between Greece and Turkey will again be held in Ankara.",
        "The negotiations between Serbia and Kosovo are due to resume next month.",
    ],
)
def test_an_event_that_is_to_resume_or_be_held_is_set_for_later(coder: Coder, sentence: str) -> None:
    acts = told(coder, sentence)
    assert acts
    assert all(code == "036" for *_, code, _ in acts)


def test_an_event_held_is_held(coder: Coder) -> None:
    acts = told(coder, "The talks between Armenia and Azerbaijan were held in Moscow.")
    assert any(code[:2] == "04" for *_, code, _ in acts)


@pytest.mark.parametrize(
    ("reading", "sentence", "word", "expected"),
    [
        (purpose, "The meeting between the leaders of Peru and Chile is to seek a settlement.", "seek", True),
        (purpose, "The leaders of Peru and Chile are to seek a settlement.", "seek", False),
        (purpose, "The talks are to resume on Monday.", "resume", False),
        (purpose, "The goal of the talks is to reach a settlement.", "reach", True),
        (purpose, "The goal of Peru is to reach a settlement.", "reach", False),
        (set_for_later, "The talks between Peru and Chile are to resume next week.", "talks", True),
        (set_for_later, "The talks between Peru and Chile are to seek a settlement.", "talks", False),
        (set_for_later, "The talks between Peru and Chile were held in Lima.", "talks", False),
        (set_for_later, "The talks ended, and the ministers are to meet again.", "talks", False),
        (set_for_later, "The meeting adopted a statement titled We will take the lead.", "meeting", False),
        (set_for_later, "The premier's visit to Laos will go a long way toward closer ties.", "visit", False),
        (set_for_later, "The talks between Peru and Chile will produce an accord.", "talks", False),
    ],
)
def test_the_readings_of_be_to(reading: Callable[[list[str], int], bool], sentence: str, word: str,
                               expected: bool) -> None:
    words = low(sentence)
    assert reading(words, words.index(word)) is expected


# -- an act named as the subject of "would", "could", "might" ------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "A Turkish offensive against Kurdish towns in Syria would be a disaster for the region.",
        "Uganda's withdrawal of its troops from Somalia could leave a dangerous vacuum.",
        "A Chinese blockade of Taiwan would trigger a war.",
    ],
)
def test_an_act_that_would_or_could_do_something_is_no_act_and_no_threat(coder: Coder, sentence: str) -> None:
    assert told(coder, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # a known act ("the"), and an act inside a phrase before the main clause, stay as told
        ("The attack on the Kenyan embassy would not go unpunished.", ("---", "KEN")),
        ("Thanks to the Rwandan offensive against the rebels in Congo the border could be reopened.", ("RWA", "COG")),
    ],
)
def test_a_known_act_before_would_stays_told(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert any((s, t) == pair for s, t, *_ in told(coder, sentence))


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("An Israeli attack on Iran would be a disaster.", "attack", True),
        ("Peru agreed the talks would resume in May.", "agreed", False),
        ("The attack on the embassy would not go unpunished.", "attack", False),
        ("The parade was a demonstration of its might as a nuclear power.", "demonstration", False),
        ("Her visit to Chile in May was a success.", "visit", False),
    ],
)
def test_might_be_reads_a_noun_before_a_modal(sentence: str, word: str, expected: bool) -> None:
    words = low(sentence)
    assert might_be(words, words.index(word)) is expected
