"""Targets the parse loses: the phrase right after an event noun ("a visit to Peru"), whatever the parse hangs it on,
and a name the coder does not know with the role written after it ("Letsie III, king of Lesotho"): docs/coder.md,
"Failure patterns of real prose and their fixes"."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 4, 14)


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "event"), [
    ("The Chilean president's visit to Peru is a humiliating journey of a servant to his master.",
     ("CHL", "PER", "042")),
    ("The Bolivian chief executive's visit to Brazil is a mendicant junket by a poor stooge.", ("BOL", "BRA", "042")),
    ("Ghana's visit to Togo last week was a milestone in the friendly relations, the paper said.",
     ("GHA", "TGO", "042")),
])
def test_a_to_phrase_right_after_an_event_noun_is_its_target(coder: Coder, text: str,
                                                               event: tuple[str, str, str]) -> None:
    coded = _coded(coder, text)
    assert event in coded, coded


@pytest.mark.parametrize(("text", "event"), [
    ("Chile and Bolivia reaffirmed their openness to meeting with Peru without preconditions.", ("CHL", "PER")),
])
def test_guard_the_phrase_after_the_meeting_words(coder: Coder, text: str, event: tuple[str, str]) -> None:
    coded = _coded(coder, text)
    assert event in {(s, t) for s, t, _ in coded}, coded
    assert not [e for e in coded if e[1] == event[0] and e[0] == event[1]], coded  # never the other way round


@pytest.mark.parametrize(("text", "event"), [
    ("Luis Soto Arce, president of Peru, bitterly accused the government of Chile of stirring up the crisis.",
     ("PER", "CHL")),
    ("The president of Chile sent a message of greeting to Letsie III, king of Lesotho, on its national day.",
     ("CHL", "LSO")),
    ("The Chilean president received credentials from Karen Anne Wolsey, ambassador of the United Kingdom to Chile.",
     ("CHL", "GBR")),
])
def test_a_name_the_coder_does_not_know_is_the_role_written_after_it(coder: Coder, text: str,
                                                                      event: tuple[str, str]) -> None:
    coded = _coded(coder, text)
    assert event in {(s, t) for s, t, _ in coded}, coded


@pytest.mark.parametrize("text", [
    "The Chilean minister met Luis Soto, then the president of Peru, in Lima.",  # "then" stands between
    "The Chilean minister met Luis Soto, and the president of Peru left Lima.",  # the role is another clause's
])
def test_guard_a_role_not_right_after_the_name(coder: Coder, text: str) -> None:
    coded = _coded(coder, text)
    assert not [e for e in coded if e[1] == "PER" and e[2] == "044"], coded

