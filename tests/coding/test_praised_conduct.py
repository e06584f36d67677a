"""Whom a judgment of conduct is aimed at when the conduct is named by a noun: the doer of "the role played by X"
after "of", and the subject of the clause after "the way" or "the manner" ("praised the way Peru handled it")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Malian president expressed deep appreciation of the role played by the Government of Senegal.",
     ("MLI", "SEN", "051")),
    ("Norway's foreign minister expressed his admiration of the part played by Iceland in the rescue.",
     ("NOR", "ISL", "051")),
    ("The Chilean president paid tribute to the way the President of Peru answered the proposal.",
     ("CHL", "PER", "051")),
    ("Argentina praised the way Uruguay handled the dispute.", ("ARG", "URY", "051")),
    ("Argentina criticized the way Uruguay handled the dispute.", ("ARG", "URY", "111")),
])
def test_the_doer_of_conduct_named_by_a_noun_is_the_target(code_coded: CodeCoded, sentence: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in code_coded(sentence)


@pytest.mark.parametrize("sentence", [
    # guards: a way with no clause of a doer after it, and a way of doing told after an act that judges no one
    "Argentina praised the way forward agreed at the talks with Uruguay.",
    "Argentina studied the way Uruguay handled the dispute.",
])
def test_a_way_with_no_doer_or_no_judgment_praises_no_one(code_coded: CodeCoded, sentence: str) -> None:
    assert not any(s == "ARG" and t == "URY" and c[:2] in ("05", "11") for s, t, c in code_coded(sentence))
