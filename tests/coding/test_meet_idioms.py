"""Meeting one's end or fate is a figure of speech, not a meeting (sentences written for these tests, none from an
evaluation set; docs/coder.md, "Acts remembered, judged nouns in headlines, and meeting one's end").

The lexicon's null lines for "meet ... end|fate|doom" are adjacent patterns; a null line's noun may follow an
article and one adjective ("meet a miserable end", "met the same fate"), so the figure is read with its adjective
too. A meeting at the end of something stays a meeting, and "support the government of" is no "support of".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2013, 5, 16)


@pytest.mark.parametrize("sentence", [
    "Togo's rulers will meet a miserable end, Ghana warned.",
    "Benin's invaders are doomed to meet the same fate as their predecessors.",
    "Niger's junta met its shameful end after Benin closed the border.",
    "Those who attack Ghana will meet certain doom.",
])
def test_meeting_ones_end_is_no_meeting(code_coded: CodeCoded, sentence: str) -> None:
    assert all(code[:2] not in ("03", "04") for _, _, code in code_coded(sentence))


@pytest.mark.parametrize(("sentence", "event"), [
    ("The Ghanaian president met the Togolese president at the end of the month.", ("GHA", "TGO", "04")),
    ("Ghana's minister met Benin's envoy at the end of his tour.", ("GHA", "BEN", "04")),
    ("Ghana will meet its treaty obligations to Togo.", ("GHA", "TGO", "03")),
    ("Ghana supports the government of Togo.", ("GHA", "TGO", "05")),
])
def test_meetings_and_commitments_stay(country_coded: CountryCoded, sentence: str,
                                       event: tuple[str, str, str]) -> None:
    assert event in {found[:3] for found in country_coded(sentence, DAY)}
