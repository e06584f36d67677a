"""A participle opening its sentence goes on with the story's day (sentences written for these tests).

"The ambassador said this on June 3 when meeting the minister. Expressing thanks for the aid once again, the
ambassador went on: ..." - the thanks were given on June 3, when the ambassador spoke, not on the article's day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._opening_participle import opened_in_past

DAY = dt.date(2014, 6, 12)
LEAD = "Peru's foreign minister Ana Ruiz said this on June 3 when meeting the Chilean ambassador in Lima."


@pytest.mark.parametrize("sentence", [
    "Thanking Chile for its aid after the floods once again, the minister went on:",
    "Praising Chile's help after the floods, the minister added that ties were growing.",
])
def test_an_opening_participle_keeps_the_story_day(shared_coder: Coder, sentence: str) -> None:
    _, found = shared_coder.code_many([LEAD, sentence], date=DAY)
    acts = [e for e in found if e.source[:3] == "PER" and e.target[:3] == "CHL"]
    assert acts and {e.date for e in acts} == {dt.date(2014, 6, 3)}


@pytest.mark.parametrize(("words", "verb", "expected"), [
    (["expressing", "deep", "concern", ",", "the", "minister", "went", "on", ":"], 0, True),
    (["also", "noting", "the", "talks", ",", "the", "spokesman", "said", "."], 1, True),
    (["expressing", "deep", "concern", ",", "the", "minister", "will", "say", "."], 0, False),  # no past telling
    (["the", "minister", "is", "expressing", "concern", ",", "he", "said", "."], 3, False),  # no opening participle
    (["expressing", "concern", ",", "the", "minister", "went", "to", "lima", "."], 0, False),  # went to, not on
])
def test_which_participles_are_told_in_the_past(words: list[str], verb: int, expected: bool) -> None:
    assert opened_in_past(words, verb) is expected
