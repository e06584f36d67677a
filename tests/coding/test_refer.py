"""What the sentences of an article refer back to (docs/coder.md, "What an article's sentences refer back to").

Every sentence here is written for the tests, none is taken from an evaluation set or from the texts read: an
answer to an act told only as a noun with its doer ("the launch of a rocket by Bolivia ... Chile condemned this
launch") is aimed at that doer; "it" after a named organisation that is the subject of its clause ("The European
Union condemned ... and said it would ...") is the organisation, not a state of the sentences before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import read_article_events
from detente.coding.intake import read_article_text

ISSUED = dt.date(2011, 3, 9)


def _events(text: str, day: dt.date = ISSUED) -> list[tuple[str, str, str]]:
    reading = read_article_events(read_article_text(text, date=day))
    return [(e.source[:3], e.target[:3], e.code[:2]) for e in reading.events]


# -- an answer to an act told as a noun with its doer ------------------------------------------------------------

@pytest.mark.parametrize(("text", "answer"), [
    # the doer after "by" in the noun's phrase
    ("The launch of a long-range rocket by Bolivia on Monday alarmed the region. Chile condemned this launch.",
     ("CHL", "BOL", "11")),
    # the doer as the adjective of the phrase
    ("A Bolivian missile launch was reported on Monday. Chile protested the launch.", ("CHL", "BOL", "11")),
    # any noun of force for "such acts"
    ("The launch of a long-range rocket by Bolivia on Monday alarmed the region. Chile condemned such acts.",
     ("CHL", "BOL", "11")),
    # the doer as the owner of the noun, two sentences back
    ("Paraguay's seizure of two river barges was reported on Sunday. Markets in Asuncion were calm. Brazil "
     "rejected the seizure.", ("BRA", "PRY", "12")),
])
def test_answer_to_an_act_told_as_a_noun_is_aimed_at_its_doer(text: str, answer: tuple[str, str, str]) -> None:
    assert answer in _events(text), _events(text)


@pytest.mark.parametrize(("text", "source", "root"), [
    # the noun's doer is the answerer: no one else to answer
    ("The launch of a long-range rocket by Bolivia on Monday alarmed the region. Bolivia defended this launch.",
     "BOL", "05"),
    # another noun than the one told
    ("The launch of a long-range rocket by Bolivia on Monday alarmed the region. Chile condemned the decision.",
     "CHL", "11"),
    # told more than three sentences before
    ("The launch of a long-range rocket by Bolivia on Monday alarmed the region. Prices rose. Trade fell. Markets "
     "closed. Chile condemned this launch.", "CHL", "11"),
])
def test_answer_keeps_no_target_without_a_noun_doer_nearby(text: str, source: str, root: str) -> None:
    found = [(s, t, r) for s, t, r in _events(text) if s == source and r == root]
    assert found and all(t == "---" for _, t, _ in found), _events(text)


def test_answer_naming_another_state_keeps_its_reading() -> None:
    text = ("The launch of a long-range rocket by Bolivia on Monday alarmed the region. Chile condemned this "
            "launch in talks with Peru.")
    assert ("CHL", "BOL", "11") not in _events(text), _events(text)


# -- "it" after a named organisation ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Bolivian troops shelled the port of Arica on Monday. The European Union condemned the shelling and said it "
     "would impose new sanctions.", "IGO"),
    ("Bolivian troops shelled the port of Arica on Monday. The Security Council deplored the shelling and said it "
     "would send a mission.", "IGO"),
])
def test_it_after_an_organisation_subject_is_the_organisation(text: str, body: str) -> None:
    found = _events(text)
    assert (body, "BOL", "11") in found, found  # "it" read as Bolivia named a second party in the sentence
    assert not any(s == "BOL" and r != "19" for s, _, r in found), found  # nor is Bolivia the one who would act



# -- a denial of one's own words answers no one -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peru sharply criticised the Chilean president on Monday. The Chilean president denied his earlier remarks on "
    "the border.",
    "Peru sharply criticised the Chilean president on Monday. Chile's president is under fire for his remarks on "
    "the islands that he denied last year.",
])
def test_denial_of_own_words_is_aimed_at_no_accuser(text: str) -> None:
    denials = [(s, t) for s, t, r in _events(text) if r == "01" and s == "CHL"]
    assert denials and all(t == "---" for _, t in denials), _events(text)


@pytest.mark.parametrize("text", [
    "Peru accused Chile of shelling its border posts on Monday. Chile denied the charge.",
    "Peru accused Chile of shelling its border posts on Monday. Chile denied its troops had fired.",
])
def test_denial_of_a_charge_still_answers_the_accuser(text: str) -> None:
    assert ("CHL", "PER", "01") in _events(text), _events(text)
