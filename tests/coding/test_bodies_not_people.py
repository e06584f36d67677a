"""An organisation named alone is no person a later "he" or "she" stands for (sentences written for these tests,
none from an evaluation set; docs/coder.md, "Acts remembered, judged nouns in headlines, and meeting one's end").

"Ghanaian Representative Kwame Mensah in a meeting of the UN Human Rights Council denounced Togo. He demanded ..."
names a body in a phrase before its verb; the "he" of the next sentence is not the UN. The office of a body ("the UN
Secretary-General", "the IAEA Director-General") names a person, and a later "he" is that person's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._text import tokenize

DAY = dt.date(2014, 9, 18)


def _mention_people(coder: Coder, sentence: str) -> dict[str, bool]:
    tokens = tokenize(sentence)
    mentions, _ = coder.actors.find(tokens, [t.lower() for t in tokens], DAY)
    return {m.code: m.person for m in mentions}


@pytest.mark.parametrize(("sentence", "code"), [
    ("NATO condemned the raid.", "IGOWSTNAT"),
    ("The UN Human Rights Council condemned the raid.", "IGOUNO"),
    ("The European Union condemned the raid.", "IGOEUREEC"),
])
def test_a_body_named_alone_is_no_person(coder: Coder, sentence: str, code: str) -> None:
    assert _mention_people(coder, sentence)[code] is False


@pytest.mark.parametrize(("sentence", "code"), [
    ("The UN Secretary-General condemned the raid.", "IGOUNO"),
    ("The IAEA Director-General condemned the raid.", "IGOUNOIAE"),
])
def test_a_bodys_office_is_a_person(coder: Coder, sentence: str, code: str) -> None:
    assert _mention_people(coder, sentence)[code] is True


def test_he_after_a_body_in_a_phrase_is_not_the_body(coder: Coder) -> None:
    text = ("Ghanaian Representative Kwame Mensah in a recent meeting of the UN Human Rights Council denounced Togo. "
            "He demanded that Togo free the detained journalists.")
    events = coder.code_text(text, date=DAY)
    assert all(not e.source.startswith("IGO") for e in events if e.sentence.startswith("He"))
