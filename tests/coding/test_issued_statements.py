"""A statement's issuer named before the noun: "a White House statement called on ...", "the North Korean statement
accused ...": the state, its adjective or the seat of its government is the author; a capital city there still names
a document after a place ("the Singapore statement")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2019, 2, 26)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _triples(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(("sentence", "source", "target", "root"), [
    ("A White House statement called on Pakistan to end its support for armed groups.", "USAGOV", "PAK", "02"),
    ("A Defense Department statement urged Iran to release the detained sailors.", "USAGOV", "IRN", "02"),
    ("A Kremlin readout criticized the decision of Estonia to expel the diplomats.", "RUSGOV", "EST", "11"),
    ("A Brazilian statement accused Venezuela of violating the border agreement.", "BRA", "VEN", "11"),
    ("The Egyptian statement praised Sudan for its restraint.", "EGY", "SDN", "05"),
    ("An ROK statement urged Japan to resume the talks.", "KOR", "JPN", "02"),
])
def test_the_issuer_before_a_statement_is_its_source(coder: Coder, sentence: str, source: str, target: str,
                                                      root: str) -> None:
    assert (source, target, root) in _triples(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "The Singapore statement committed the two sides to new relations.",
    "The Hanoi statement committed the two sides to new relations.",
])
def test_a_capital_before_a_statement_names_the_document_not_a_party(coder: Coder, sentence: str) -> None:
    assert not any(s.startswith(("SGP", "VNM")) for s, _, _ in _triples(coder, sentence))


def test_a_capital_before_a_summit_is_still_a_place(coder: Coder) -> None:
    assert not any(s.startswith("VNM") or t.startswith("VNM")
                   for s, t, _ in _triples(coder, "The Hanoi summit ended without an agreement, Washington said."))
