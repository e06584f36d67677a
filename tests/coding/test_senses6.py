"""Senses of government and news prose, by class (sentences written for these tests, none from an evaluation set;
docs/coder.md, "Support of terrorism told by another state, the press agency, ...").

A state that says another supports, funds or sponsors terrorists accuses it (112); the support is no act of the
state named. "Press" before "agency", "release" or "secretary" is the news trade, no verb of pressing for what
follows: "the Ghana Press Agency said ..." is a plain statement, not advocacy. What two sides will work toward
together is their intent to cooperate (030); a state named in the end worked toward ("towards the denuclearization
of X") is no partner. A letter sent to a state whose words call off a meeting is the calling off (164).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import reported_act

DAY = dt.date(2020, 3, 4)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def acts(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country or ---, code) of each act the sentence reports."""
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(sentence, date=DAY) if reported_act(e)}


@pytest.mark.parametrize(("sentence", "charge"), [
    ("Kenya said Somalia supports terrorist groups operating along the border.", ("KEN", "SOM", "112")),
    ("The Kenyan foreign ministry said Somalia funds terrorist organizations.", ("KEN", "SOM", "112")),
    ("Kenyan officials said on Monday that Somalia supports \"terrorist networks\".", ("KEN", "SOM", "112")),
])
def test_support_of_terrorists_told_by_another_state_is_its_accusation(coder: Coder, sentence: str,
                                                                      charge: tuple[str, str, str]) -> None:
    found = acts(coder, sentence)
    assert charge in found
    assert not any(s == "SOM" and c[:2] in ("05", "07") for s, _, c in found)


@pytest.mark.parametrize("sentence", [
    "Kenya said Somalia supports the fight against terrorist groups.",
    "Kenya said Somalia supports efforts to counter terrorism.",
    "Kenya said it supports Somalia against terrorist groups.",
])
def test_support_against_terrorists_is_no_accusation(coder: Coder, sentence: str) -> None:
    assert not any(c[:2] == "11" for _, _, c in acts(coder, sentence))


def test_a_state_saying_another_supports_a_third_is_still_that_support(coder: Coder) -> None:
    assert ("SOM", "ETH", "050") in acts(coder, "Kenya said Somalia supports Ethiopia.")


@pytest.mark.parametrize("sentence", [
    "The Kenya Press Agency said Somalia supports terrorist groups.",
    "A press release said Kenya will hold talks with Somalia next week.",
])
def test_press_before_a_noun_of_the_news_trade_is_no_pressing(coder: Coder, sentence: str) -> None:
    events = coder.code_sentence(sentence, date=DAY)
    assert events
    assert all(e.modality != "hypothetical" for e in events)


def test_pressing_for_an_act_is_still_advocacy(coder: Coder) -> None:
    events = coder.code_sentence("Kenya pressed for a naval blockade of Somalia.", date=DAY)
    assert all(e.modality != "occurred" or e.code[:2] == "10" for e in events)


@pytest.mark.parametrize(("sentence", "pairs"), [
    ("Kenya and Somalia will work towards a lasting peace.", {("KEN", "SOM"), ("SOM", "KEN")}),
    ("Kenya will work toward a settlement with Somalia.", {("KEN", "SOM")}),
    ("The two neighbours, Kenya and Somalia, agreed to work towards the reopening of the border.",
     {("KEN", "SOM"), ("SOM", "KEN")}),
])
def test_working_toward_an_end_together_is_an_intent_to_cooperate(coder: Coder, sentence: str,
                                                                  pairs: set[tuple[str, str]]) -> None:
    found = acts(coder, sentence)
    assert pairs <= {(s, t) for s, t, c in found if c == "030"}


@pytest.mark.parametrize("sentence", [
    "Kenya will work towards the disarmament of Somalia.",
    "The two ministers will keep working closely toward the stabilization of Somalia in line with the resolutions.",
])
def test_a_state_named_in_the_end_worked_toward_is_no_partner(coder: Coder, sentence: str) -> None:
    assert not any(t == "SOM" and c[:2] in ("03", "05") for _, t, c in acts(coder, sentence))


@pytest.mark.parametrize("sentence", [
    "Kenya sent a letter to Somalia cancelling next week's summit.",
    "Kenya sent a letter to Somalia saying that the planned meeting would not take place.",
    "The president sent a message to Somalia's leader calling off the talks.",
])
def test_a_letter_calling_off_a_meeting_is_the_calling_off(coder: Coder, sentence: str) -> None:
    found = acts(coder, sentence)
    assert any(t == "SOM" and c == "164" for _, t, c in found)
    assert not any(c == "040" for _, _, c in found)


@pytest.mark.parametrize("sentence", [
    "Kenya sent a letter to Somalia proposing a summit.",
    "Kenya sent a letter to Somalia.",
])
def test_a_letter_that_calls_off_nothing_is_no_calling_off(coder: Coder, sentence: str) -> None:
    assert not any(c[:2] == "16" for _, _, c in acts(coder, sentence))
