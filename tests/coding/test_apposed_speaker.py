"""A name in apposition after the subject, closed by a comma before "said": the subject speaks, not the state
after the verb (:func:`detente.coding._one_event.appositive_closed`); "..., said X" after what is said stays X's.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2016, 3, 9)


def _speakers(coder: Coder, sentence: str) -> list[str]:
    return [e.source[:3] for e in coder.code_sentence(sentence, date=DAY) if e.code == "010"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Chad's foreign minister, Mahamat Zene, said Sudan had closed the border.", "TCD"),
    ("The Peruvian ambassador, Jorge Lopez, says Chile has recalled its envoy.", "PER"),
    ("But Ghana's defence minister, Kwame Mensah, said Togo had moved troops to the border.", "GHA"),
])
def test_a_name_in_apposition_leaves_the_subject_the_speaker(shared_coder: Coder, sentence: str,
                                                             speaker: str) -> None:
    assert _speakers(shared_coder, sentence) == [speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The shelling of the post was a grave provocation, said Peru's foreign minister.", "PER"),
    ("Bolivia, Peru and Chile are close partners, said Argentina's foreign minister.", "ARG"),
])
def test_a_speaker_after_what_is_said_still_speaks(shared_coder: Coder, sentence: str, speaker: str) -> None:
    # a judgement told before its teller is the teller's criticism (111, coding._quoted_judgments), else a report
    assert [e.source[:3] for e in shared_coder.code_sentence(sentence, date=DAY)
            if e.code in ("010", "111")] == [speaker]
