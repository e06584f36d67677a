"""The infinitive after the object of a visit or a meeting is the visitor's purpose, whatever label the parser gives
it (sentences written for these tests, none from an evaluation set; docs/coder.md, "What a visitor came to do").
"Japan visited Venezuela to discuss relations": Japan discusses, with Venezuela; "asked Peru to sign" stays Peru's
signing."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2020, 8, 18)


def coded(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan visited Venezuela to discuss bilateral relations.",
        "The Japanese foreign minister visited Venezuela to discuss bilateral relations.",
    ],
)
def test_the_visitor_has_the_purpose(shared_coder: Coder, sentence: str) -> None:
    found = coded(shared_coder, sentence)
    assert ("JPN", "VEN", "04") in found, found
    assert not any(s == "VEN" for s, _, _ in found), found


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("China asked Japan to stop the drills.", ("CHN", "JPN", "02")),
        ("Russia invited Turkey to join the talks.", ("RUS", "TUR", "02")),
    ],
)
def test_object_control_stays(shared_coder: Coder, sentence: str, pair: tuple[str, str, str]) -> None:
    assert pair in coded(shared_coder, sentence)
