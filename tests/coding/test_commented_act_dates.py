"""The day of an act a comment is about is not the comment's day (sentences written for these tests, none from an
evaluation set; docs/coder.md, "Dates: the day of the act a comment is about").

A body's statement condemns an attack "in a place, its country, on a day", then goes on with its sympathy to the
country's government: the statement is of its own day, the attack of the day named. The day closing the attack's
phrase was taken as the condemnation's (the commas around the country cut the attack's phrase short, and an act
noun in "-ing" after "the" and an adjective, "the cowardly bombing", was read as a verb whose day the comment
before it shared), and the sympathy told next went on with it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED

DAY = dt.date(2024, 5, 7)
SATURDAY = dt.date(2024, 5, 4)


def _days(coder: Coder, sentences: list[str], act: tuple[str, str, str]) -> set[dt.date | None]:
    return {None if e.date == UNDATED else e.date for found in coder.code_many(sentences, date=DAY) for e in found
            if (e.source[:6] if e.source.startswith("IGO") else e.source[:3], e.target[:3], e.code[:2]) == act}


SYMPATHY = ("IGOUNO", "BOL", "01")


@pytest.mark.parametrize("sentences", [
    ["The members of the Security Council condemned in the strongest terms the cowardly bombing in Tarija, "
     "Bolivia, on 4 May.",
     "The members of the Security Council expressed their deepest sympathy and condolences to the Government of "
     "Bolivia."],
    ["The members of the Security Council condemned the heinous terrorist attack in the city of Oruro, Bolivia on "
     "4 May, which killed 12 people.",
     "The members of the Security Council expressed their condolences to the Government of Bolivia."],
    ["The Security Council condemned the deadly bombing in Oruro, western Bolivia, on Saturday.",
     "The Security Council expressed its sympathy to the Government and people of Bolivia."],
    ["The members of the Security Council condemned in the strongest terms the vile terrorist attack that took "
     "place in Potosi, Bolivia, on 4 May.",
     "The members of the Security Council expressed their condolences to the Government of Bolivia."],
    ["The members of the Security Council condemned in the strongest terms the brutal and senseless terrorist "
     "attack in Potosi, the capital of the department, on Saturday, 4 May 2024.",
     "The members of the Security Council expressed their condolences to the Government of Bolivia."],
    ["The members of the Security Council condemned in the strongest terms the attack against a police convoy "
     "near Potosi, in southern Bolivia, on 4 May, which killed nine officers.",
     "The members of the Security Council expressed their condolences to the Government of Bolivia."],
])
def test_a_comment_on_an_act_of_a_day_named_after_its_place_is_of_the_texts_day(shared_coder: Coder,
                                                                              sentences: list[str]) -> None:
    assert _days(shared_coder, sentences, SYMPATHY) == {DAY}


def test_the_condemnation_itself_is_of_the_texts_day(shared_coder: Coder) -> None:
    sentence = ("The members of the Security Council condemned in the strongest terms the cowardly bombing in "
                "Tarija, Bolivia, on 4 May.")
    assert _days(shared_coder, [sentence], ("IGOUNO", "---", "11")) == {DAY}
    # the bombing keeps its own day
    assert _days(shared_coder, [sentence], ("---", "BOL", "18")) == {SATURDAY}


def test_an_act_noun_after_an_adjective_keeps_its_day_from_the_comment(shared_coder: Coder) -> None:
    sentence = "Brazil strongly condemned the deadly shelling of the Peruvian town of Tacna on Saturday."
    assert _days(shared_coder, [sentence], ("BRA", "---", "11")) == {DAY}


# -- guards: a day that dates the comment, and a story of another day that goes on -----------------------------

@pytest.mark.parametrize(("sentences", "act", "day"), [
    # the day opens the sentence: the comment's
    (["On 4 May, the Security Council condemned the bombing in Tarija, Bolivia.",
      "The Security Council expressed its sympathy to the Government of Bolivia."], SYMPATHY, SATURDAY),
    # the day stands before the act noun: the comment's
    (["The Security Council on Saturday condemned the bombing in Tarija, Bolivia.",
      "The Security Council expressed its sympathy to the Government of Bolivia."], SYMPATHY, SATURDAY),
    # an act of a state on a day, and the comment told after it with no day: the story's day goes on
    (["Chile shelled the Peruvian town of Tacna on Saturday.", "Brazil condemned Chile."], ("BRA", "CHL", "11"),
     SATURDAY),
    # a comma that opens a clause, not a country's name: the day is the recall's
    (["Peru condemned the attack in Tacna, and on Saturday it recalled its ambassador from Chile."],
     ("PER", "CHL", "16"), SATURDAY),
])
def test_a_day_of_the_comment_or_of_the_story_stays(shared_coder: Coder, sentences: list[str],
                                                   act: tuple[str, str, str], day: dt.date) -> None:
    assert _days(shared_coder, sentences, act) == {day}
