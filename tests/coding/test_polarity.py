"""What did not happen is no act: bare negations, conditions and forecasts (sentences written for these tests).

A refusal is told as one ("refused to sign", "will not meet": 12x); a bare negation of what happened ("did not
meet", "never signed", "has not reached") keeps its code with modality ``negated``; an act inside a condition ("if
Peru attacks Chile") or forecast by a third party ("is expected to offer", "is likely to meet") is
``hypothetical`` and keeps its code (no threat by its doer). The article reader keeps only the acts the text
reports: done, announced, refusals (12) and threats (13).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import UNDATED, Coder, read_article_events, reported_act
from detente.model import Article, Event

DAY = dt.date(2021, 6, 11)


def _coded(coder: Coder, sentence: str) -> list[tuple[str, str, str, str]]:
    return [(e.source[:3], e.target[:3], e.code[:2], e.modality) for e in coder.code_sentence(sentence, date=DAY)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # refusals
        ("Ghana refused to sign the trade accord with Togo.", ("GHA", "TGO", "12", "occurred")),
        ("Chile will not meet the Bolivian delegation.", ("CHL", "BOL", "12", "negated")),
        ("Hanoi would never accept Chinese pressure.", ("VNM", "CHN", "12", "negated")),
        # bare negations keep their code
        ("Chile did not meet the Bolivian delegation.", ("CHL", "BOL", "04", "negated")),
        ("Kenya has never praised Uganda.", ("KEN", "UGA", "05", "negated")),
        ("Norway failed to reach an agreement with Iceland.", ("NOR", "ISL", "12", "negated")),
        ("Norway has not reached an agreement with Iceland.", ("NOR", "ISL", "05", "negated")),
        # conditions: the act that may happen keeps its code
        ("If Peru attacks Chile, Argentina will respond.", ("PER", "CHL", "19", "hypothetical")),
        ("Unless Laos expels the Thai envoy, Bangkok will reopen the border.", ("LAO", "THA", "16", "hypothetical")),
        # forecasts by others are hypothetical, never an intent
        ("Canada is expected to offer Cuba a trade deal.", ("CAN", "CUB", "03", "hypothetical")),
        ("Egypt is widely expected to host Sudanese officials next week.", ("EGY", "SDN", "04", "hypothetical")),
        ("Mexico is likely to impose tariffs on Brazil.", ("MEX", "BRA", "16", "hypothetical")),
        ("The Canadian minister is expected to visit Cuba.", ("CAN", "CUB", "04", "hypothetical")),
    ],
)
def test_polarity_of_acts_that_did_not_happen(coder: Coder, sentence: str,
                                              expected: tuple[str, str, str, str]) -> None:
    assert expected in _coded(coder, sentence)


def test_intents_and_schedules_stay_intents(coder: Coder) -> None:
    # an actor's own plan, or a schedule, is an intent (03), not a forecast
    for sentence in ("Chile is scheduled to meet Bolivia on Monday.", "Chile plans to host Bolivian officials."):
        assert [(s, t, c) for s, t, c, m in _coded(coder, sentence) if t == "BOL"] == [("CHL", "BOL", "03")]
    # a threat announced with its condition stays a threat of the one who announces it
    assert ("KOR", "PRK", "13", "intended") in _coded(
        coder, "Seoul will impose sanctions on Pyongyang if it tests another missile.")


@pytest.mark.parametrize(
    ("modality", "code", "kept"),
    [("occurred", "044", True), ("intended", "036", True), ("negated", "125", True), ("negated", "044", False),
     ("hypothetical", "138", True), ("hypothetical", "190", False), ("hypothetical", "031", False)],
)
def test_reported_act(modality: str, code: str, kept: bool) -> None:
    assert reported_act(Event(DAY, "CHL", "BOL", code, root=code[:2], modality=modality)) is kept


def test_the_article_reports_only_what_happened_or_was_announced(coder: Coder) -> None:
    text = ("Chile did not meet the Bolivian delegation on Thursday. Canada is expected to offer Cuba a trade deal. "
            "If Peru attacks Ecuador, Colombia will respond. Ghana refused to sign the trade accord with Togo. "
            "Kenya praised Uganda.")
    events = read_article_events(Article(text=text, date=DAY), coder=coder).events
    assert {(e.source[:3], e.target[:3], e.code[:2]) for e in events} == {("GHA", "TGO", "12"),
                                                                          ("KEN", "UGA", "05")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # not to assent is to reject
        ("Kenya did not agree to withdraw its troops from Somalia.", ("KEN", "SOM", "12", "negated")),
        # what a prospect, a need, a call or a purpose looks to may come; a preparation is an intent
        ("Prospects for talks between Chile and Peru improved.", ("CHL", "PER", "04", "hypothetical")),
        ("Ghana sent aid in order to support the government of Togo.", ("GHA", "TGO", "05", "hypothetical")),
        ("Preparations for the summit between Chile and Peru began.", ("CHL", "PER", "03", "intended")),
    ],
)
def test_prospects_purposes_and_assent(coder: Coder, sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _coded(coder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chilean delegation returned from Lima following a second round of Chile-Peru talks.",
        "The two previous Chile-Peru summits produced no agreement.",
    ],
)
def test_an_earlier_act_is_on_no_day_the_text_gives(coder: Coder, sentence: str) -> None:
    events = [e for e in coder.code_sentence(sentence, date=DAY) if e.target[:3] in ("PER", "CHL")]
    assert events and all(e.date == UNDATED for e in events)


def test_an_earlier_act_with_its_own_day_keeps_it(coder: Coder) -> None:
    events = coder.code_sentence("Following the Chile-Peru talks on June 2, Bolivia protested.", date=DAY)
    assert dt.date(2021, 6, 2) in {e.date for e in events if e.source[:3] == "CHL"}
    today = coder.code_sentence("Chile held talks with Peru.", date=DAY)
    assert today and all(e.date == DAY for e in today)


def test_a_plain_statement_is_no_act_of_the_article(coder: Coder) -> None:
    # "Chile said ..." toward Peru is a statement (010) in the sentence; the article keeps only what is more
    assert reported_act(Event(DAY, "CHL", "PER", "010", root="01")) is False
    assert reported_act(Event(DAY, "CHL", "PER", "012", root="01")) is True
    text = "The Chilean president delivered a statement on Peru. Chile criticized Peru's new tariffs."
    events = read_article_events(Article(text=text, date=DAY), coder=coder).events
    assert {(e.source[:3], e.target[:3], e.code) for e in events} == {("CHL", "PER", "111")}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a reaffirming report whose content is a cooperative intent is a promise to its target
        ("Japan reaffirmed to South Korea that it will honor its security commitments.", "030"),
        ("Canada reiterated to Mexico that Ottawa would provide emergency aid.", "030"),
        # ... and stays a report when the content is no promise
        ("Canada reiterated to Mexico that Ottawa would retaliate.", "010"),
    ],
)
def test_a_reaffirmed_intent_is_a_promise(coder: Coder, sentence: str, code: str) -> None:
    reports = [e for e in coder.code_sentence(sentence, date=DAY) if e.target[:3] in ("KOR", "MEX")]
    assert reports and reports[0].code == code
