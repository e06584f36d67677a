""""Demonstrate" with an object shows a quality and is no protest demonstration, and "visiting" before the visitor
describes it (sentences written for these tests, none from an evaluation set; docs/coder.md, "Demonstrating a
quality is no demonstration", "A visitor described is no visit of its own")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._shown import shown_quality

DAY = dt.date(2015, 3, 2)


def roots(coder: Coder, sentence: str) -> set[str]:
    return {e.code[:2] for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The test demonstrates the threat Iran poses to Israel.",
        "The Cuban delegation demonstrated its support for Venezuela.",
        "Vietnam has demonstrated to the whole world the resilience of its people.",
        "The visit demonstrated the friendship between Laos and Vietnam.",
    ],
)
def test_a_quality_shown_is_no_protest(shared_coder: Coder, sentence: str) -> None:
    assert "14" not in roots(shared_coder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of Cambodians demonstrated outside the Thai embassy on Monday.",
        "Hundreds of Palestinians demonstrated against Israel's blockade on Monday.",
        "Hundreds of Pakistanis demonstrated to protest the U.S. drone strikes.",
    ],
)
def test_a_demonstration_in_the_streets_stays(shared_coder: Coder, sentence: str) -> None:
    assert "14" in roots(shared_coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("the test demonstrates the threat", True),
        ("they demonstrated to the world their resolve", True),
        ("they demonstrated to protest the raids", False),
        ("they demonstrated against the war", False),
        ("they demonstrated on Monday", False),
        ("a demonstration against the war", False),
    ],
)
def test_the_rule(sentence: str, shown: bool) -> None:
    low = sentence.lower().split()
    verb = next(k for k, w in enumerate(low) if w.startswith("demonstrat"))
    assert shown_quality(low, verb) is shown


@pytest.mark.parametrize(
    "sentence",
    [
        "President Sisi was presented with a gift by the visiting delegation of the Communist Party of Cuba.",
        "The Egyptian government gave a reception in honor of the visiting delegation of the Socialist Party of Chile.",
    ],
)
def test_a_visitor_described_is_no_visit_by_the_host(shared_coder: Coder, sentence: str) -> None:
    found = {(e.source[:3], e.code[:2]) for e in shared_coder.code_sentence(sentence, date=DAY)}
    assert ("EGY", "04") not in found, found


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Egypt's envoy admired the city when visiting Khartoum last year.", ("EGY", "SDN", "04")),
        ("Putin met visiting Chinese Foreign Minister Wang Yi on Monday.", ("RUS", "CHN", "04")),
    ],
)
def test_a_visit_told_by_the_verb_stays(shared_coder: Coder, sentence: str, pair: tuple[str, str, str]) -> None:
    found = {(e.source[:3], e.target[:3], e.code[:2]) for e in shared_coder.code_sentence(sentence, date=DAY)}
    assert pair in found, found
