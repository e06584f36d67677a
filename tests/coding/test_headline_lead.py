"""A story opened by its headline: the lead is the sentence after it (texts written for these tests, none from an
evaluation set; docs/coder.md, "Habits, and a KCNA story's title").

A KCNA story is coded with its title as a first sentence, as a news page opens with its headline. The headline is
no lead: the lead after it is dated by the sentences after it (a communique "made public on March 12"), and an act
the headline tells is the same act the story's first sentences tell, on that act's day, not on a day named for a
noun after it ("raids ... on March 10").
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._text import split_sentences
from detente.coding.narrative import lead_index

DAY = dt.date(2019, 3, 14)  # a Thursday


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _days(coder: Coder, text: str, act: tuple[str, str, str]) -> dict[int, set[dt.date]]:
    found = coder.code_many(list(split_sentences(text)), date=DAY)
    return {k: {e.date for e in events if (e.source[:3], e.target[:3], e.code[:3]) == act}
            for k, events in enumerate(found) if any((e.source[:3], e.target[:3], e.code[:3]) == act for e in events)}


TIES = ("The governments of Ghana and Togo established diplomatic ties at an ambassadorial level.\n"
        "A joint communique on the establishment of relations was made public in Accra on March 12.\n"
        "It was signed by the two foreign ministers.")


def test_the_lead_after_a_headline_is_dated_by_the_sentences_after_it(coder: Coder) -> None:
    days = _days(coder, "Ghana-Togo Diplomatic Ties Established.\n" + TIES, ("GHA", "TGO", "054"))
    assert days == {1: {dt.date(2019, 3, 12)}}


def test_a_story_with_no_headline_is_dated_as_before(coder: Coder) -> None:
    assert _days(coder, TIES, ("GHA", "TGO", "054")) == {0: {dt.date(2019, 3, 12)}}


def test_a_headlines_act_takes_the_day_its_story_tells_it_on(coder: Coder) -> None:
    text = ("Ghana Protests Togolese Border Raids.\n"
            "Ghana has lodged a protest with the Togolese ambassador over two raids by Togolese troops on March 10, "
            "the foreign ministry said.\n"
            "The ministry said the raids were unacceptable.")
    assert _days(coder, text, ("GHA", "TGO", "114")) == {0: {DAY}, 1: {DAY}}  # not the raids' day
    text = ("Ghana Denounces Togolese Troop Buildup.\n"
            "The Foreign Ministry of Ghana on Tuesday denounced the buildup of Togolese troops along the border.\n"
            "It called it a provocation.")
    assert _days(coder, text, ("GHA", "TGO", "111")) == {0: {dt.date(2019, 3, 12)}, 1: {dt.date(2019, 3, 12)}}


def test_a_headlines_act_its_story_tells_without_both_sides_is_dated_as_a_lead(coder: Coder) -> None:
    text = ("Ghanaian Minister Visits Togolese Embassy.\n"
            "The minister on Friday paid a condolence visit to the embassy in Accra.\n"
            "He expressed his condolences.")
    assert _days(coder, text, ("GHA", "TGO", "042")) == {0: {dt.date(2019, 3, 8)}}


@pytest.mark.parametrize(("sentences", "expected"), [
    (["Ghana Protests Togolese Border Raids.", "Ghana has lodged a protest.", "It was said."], 1),
    (["U.S. Urged to Repeal Its Hostile Policy toward Togo.", "Ghana urged it.", "It was said."], 1),
    # an ordinary first sentence, a story of two sentences, a long capitalized run
    (["The governments of Ghana and Togo established ties.", "A communique was made public.", "It was signed."], 0),
    (["Ghana Protests Togolese Border Raids.", "Ghana has lodged a protest."], 0),
    ([" ".join(["Ghana Protests Togolese Border Raids"] * 5) + ".", "Ghana has lodged a protest.", "It was."], 0),
])
def test_lead_index(sentences: list[str], expected: int) -> None:
    assert lead_index(sentences) == expected
