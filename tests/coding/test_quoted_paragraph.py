"""A paragraph quoted whole, with no speaker named, goes on with the speaker of the sentence before (texts written
for these tests, none from an evaluation set; docs/coder.md, "A paragraph of quotation goes on with its speaker").
The guards: a narrative sentence between the two quotations, and a quotation with its own speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._mention_shapes import quoted_whole

DAY = dt.date(2017, 9, 4)


def pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


def test_the_paragraph_quoted_whole_goes_on_with_its_speaker(shared_coder: Coder) -> None:
    text = ('"Iran\'s missile test is a dangerous provocation," Israeli Prime Minister Benjamin Netanyahu said on '
            'Monday. "Together with our partners, we call on Iran to stop its missile program."')
    assert ("ISR", "IRN", "02") in pairs(shared_coder, text)


def test_a_quotation_with_its_own_speaker_keeps_it(shared_coder: Coder) -> None:
    text = ('"Iran\'s missile test is a dangerous provocation," Israeli Prime Minister Benjamin Netanyahu said on '
            'Monday. "We call on Israel to show restraint," Russian Foreign Minister Sergei Lavrov said.')
    found = pairs(shared_coder, text)
    assert ("RUS", "ISR", "02") in found, found
    assert ("ISR", "ISR", "02") not in found


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ('" We call on Iran to stop . "', True),
        ('" We call on Iran to stop , " he said .', False),
        ('He said : " We call on Iran to stop . "', False),
        ("We call on Iran to stop .", False),
    ],
)
def test_which_sentences_are_quoted_whole(sentence: str, whole: bool) -> None:
    assert quoted_whole(sentence.lower().split()) is whole


def test_a_narrative_sentence_between_ends_the_speaker(shared_coder: Coder) -> None:
    text = ('"Iran\'s missile test is a dangerous provocation," Israeli Prime Minister Benjamin Netanyahu said on '
            'Monday. Iran tested a missile on Sunday. "We call on Iran to stop its missile program."')
    assert ("ISR", "IRN", "02") not in pairs(shared_coder, text)
