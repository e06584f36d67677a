"""An interval with no count: "days after", "just weeks after", "months after" (sentences written for these
tests). The act of the clause the phrase opens lies some time before the main clause's day, on no day the text
says: undated, not on the main clause's day."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding.coder import UNDATED

if TYPE_CHECKING:
    from detente.coding import Coder

DAY = dt.date(2022, 9, 16)  # a Friday


def _dates(coder: Coder, sentence: str, pair: tuple[str, str, str]) -> set[dt.date]:
    return {e.date for e in coder.code_sentence(sentence, date=DAY)
            if (e.source[:3], e.target[:3], e.code[:2]) == pair}


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Taiwan complained to Beijing on Friday, days after Chinese coast guard ships entered Taiwanese waters.",
     ("CHN", "TWN", "15")),
    ("Hanoi summoned the Chinese ambassador on Friday, weeks after Chinese vessels blocked a Vietnamese fishing boat.",
     ("CHN", "VNM", "14")),
    ("Poland expelled three Russian diplomats on Wednesday, months after Russia expelled Polish diplomats.",
     ("RUS", "POL", "16")),
    ("Armenia appealed to Moscow on Thursday, just days after Azerbaijani troops shelled Armenian border towns.",
     ("AZE", "ARM", "19")),
])
def test_the_act_after_a_countless_interval_is_undated(coder: Coder, sentence: str,
                                                         pair: tuple[str, str, str]) -> None:
    assert _dates(coder, sentence, pair) == {UNDATED}


@pytest.mark.parametrize(("sentence", "pair", "day"), [  # guards: a count, "hours", the main clause keep days
    ("Taiwan complained to Beijing on Friday, two days after Chinese coast guard ships entered Taiwanese waters.",
     ("CHN", "TWN", "15"), dt.date(2022, 9, 14)),
    ("Armenia appealed to Moscow on Thursday, hours after Azerbaijani troops shelled Armenian border towns.",
     ("AZE", "ARM", "19"), dt.date(2022, 9, 15)),
    ("Poland expelled three Russian diplomats on Wednesday, months after Russia expelled Polish diplomats.",
     ("POL", "RUS", "16"), dt.date(2022, 9, 14)),
])
def test_a_counted_interval_and_the_main_clause_keep_their_days(
        coder: Coder, sentence: str, pair: tuple[str, str, str], day: dt.date) -> None:
    assert _dates(coder, sentence, pair) == {day}
