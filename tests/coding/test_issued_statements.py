"""A statement's issuer named before the noun: "a White House statement called on ...", "the North Korean statement
accused ...": the state, its adjective or the seat of its government is the author; a capital city there still names
a document after a place ("the Singapore statement")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


def _triples(code_coded: CodeCoded, sentence: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in code_coded(sentence)}


@pytest.mark.parametrize(("sentence", "source", "target", "root"), [
    ("A White House statement called on Pakistan to end its support for armed groups.", "USA", "PAK", "02"),
    ("A Defense Department statement urged Iran to release the detained sailors.", "USA", "IRN", "02"),
    ("A Kremlin readout criticized the decision of Estonia to expel the diplomats.", "RUS", "EST", "11"),
    ("A Brazilian statement accused Venezuela of violating the border agreement.", "BRA", "VEN", "11"),
    ("The Egyptian statement praised Sudan for its restraint.", "EGY", "SDN", "05"),
    ("An ROK statement urged Japan to resume the talks.", "KOR", "JPN", "02"),
])
def test_the_issuer_before_a_statement_is_its_source(code_coded: CodeCoded, sentence: str, source: str, target: str,
                                                      root: str) -> None:
    assert (source, target, root) in _triples(code_coded, sentence)


@pytest.mark.parametrize("sentence", [
    "The Singapore statement committed the two sides to new relations.",
    "The Hanoi statement committed the two sides to new relations.",
])
def test_a_capital_before_a_statement_names_the_document_not_a_party(code_coded: CodeCoded, sentence: str) -> None:
    assert not any(s.startswith(("SGP", "VNM")) for s, _, _ in _triples(code_coded, sentence))


def test_a_capital_before_a_summit_is_still_a_place(code_coded: CodeCoded) -> None:
    assert not any(s.startswith("VNM") or t.startswith("VNM")
                   for s, t, _ in _triples(code_coded, "The Hanoi summit ended without an agreement, Washington said."))
