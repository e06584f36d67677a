"""Sense and polarity: the verb's reading that CAMEO codes, each on sentences written for its pattern."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2020, 6, 1)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    # a vow of retaliation is a threat, never an intent to cooperate; a hypothetical attack ("any attack") is none
    ("The president of Chile vowed a crushing response to any attack by Peru.", {("CHLGOV", "PER", "130")}),
    ("Egypt vowed swift retaliation against Sudan.", {("EGY", "SDN", "130")}),
    ("Kenya pledged revenge against Somalia.", {("KEN", "SOM", "130")}),
    # easing pressure is a concession, not coercion
    ("Canberra eased pressure on Jakarta.", {("AUSGOV", "IDNGOV", "080")}),
    # walking out of or away from talks halts negotiations; it is no intention to meet
    ("The Indian foreign minister walked out of the meeting with Pakistan.", {("INDGOV", "PAK", "164")}),
    ("Iran walked away from talks with France.", {("IRN", "FRA", "164")}),
    # a state's protest is a diplomatic complaint (114); people in the street demonstrate (14)
    ("China protested to Japan over the visit.", {("CHN", "JPN", "114")}),
    ("Students protested against the United States.", {("---EDU", "USA", "140")}),
])
def test_sense_and_polarity(coder: Coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _coded(coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # concern about another state's act is disapproval (11); describing an act as a provocation is criticism,
    # describing talks as productive a comment (01)
    ("Chile is seriously concerned about Peru's decision to expel its diplomats.", ("CHL", "PER", "111")),
    ("Chile has profound concerns regarding Peruvian behavior.", ("CHL", "PER", "111")),
    ("Peru described Chile's naval drills as a dangerous provocation.", ("PER", "CHL", "111")),
    ("Peru described the talks with Chile as very productive.", ("PER", "CHL", "010")),
    ("Chile called the Peruvian launch a grave provocation.", ("CHL", "PER", "111")),
    # a commitment or support reaffirmed is an intent to cooperate (03), not a statement (01)
    ("Chile reaffirmed its commitment to the defense of Peru.", ("CHL", "PERMIL", "030")),
    ("Chile reiterated its strong support for Peru.", ("CHL", "PER", "032")),
    # a promise of force held over another state is a threat
    ("Chile would hold Peru fully accountable for any attack.", ("CHL", "PER", "130")),
    ("Chile holds Peru accountable for the attack.", ("CHL", "PER", "112")),
    # missiles launched against a state's forces and an artillery attack are conventional force (19), not an
    # assault (18) and not a show of force (15)
    ("Peru launched a dozen missiles against Chilean forces.", ("PER", "CHLMIL", "195")),
    ("The Peruvian artillery attack on the Chilean island killed two.", ("PER", "CHL", "194")),
    # accepting a proposal of talks is an intent to meet
    ("Peru accepted the Chilean proposal for holding talks.", ("PER", "CHL", "036")),
    ("Chile imposed severe economic costs on Peru.", ("CHL", "PER", "163")),
])
def test_sense_of_diplomatic_phrases(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, text)


@pytest.mark.parametrize(("text", "absent"), [
    # a capitalised month in a sentence full of names is a month, not a march
    ("North Korea arrested Ling and Lee in March.", "141"),
    # demonstrating a quality is no demonstration; a threat posed is no threat made; a plan executed kills nobody
    ("Chile and Peru demonstrated their commitment to the ceasefire.", "141"),
    ("The Peruvian launches pose a grave threat to Chile.", "130"),
    ("Chile executed its plan to reopen the border with Peru.", "180"),
    # sanctions and exercises aimed at a state attack nobody
    ("The sanctions against Peru are not targeting Peruvian civilians.", "180"),
])
def test_words_that_are_no_such_act(coder: Coder, text: str, absent: str) -> None:
    assert absent not in {code for _, _, code in _coded(coder, text)}


@pytest.mark.parametrize(("text", "expected"), [
    # what a state weighs, asks for or demands is not done: the consideration (014), the appeal (02) or the demand
    # (10) alone
    ("For its part, Chile is considering several measures to lift sanctions on Peru.", {"014"}),
    ("Japan is considering sending aid to Peru.", {"014"}),
    ("Chile demanded that Peru apologize for the incursion.", {"100"}),
    ("Chile demanded Peru immediately cancel the plan to sell arms to Bolivia.", {"105"}),
    # the complement ends with its clause
    ("Chile considered the proposal and then met Peru.", {"014", "044"}),
    ("Chile urged Peru to meet Bolivia after Peru attacked Bolivia.", {"020", "180"}),
])
def test_what_is_weighed_or_asked_is_no_act(coder: Coder, text: str, expected: set[str]) -> None:
    assert {code for _, _, code in _coded(coder, text)} == expected


def test_a_commitment_to_act_is_an_intent(coder: Coder) -> None:
    events = coder.code_sentence("Chile has an unshakable commitment to protect Peru.", date=DAY)
    assert ("---", "PER", "033", "intended") in {(e.source, e.target, e.code, e.modality) for e in events}
    assert not any(e.code.startswith("07") for e in events)
