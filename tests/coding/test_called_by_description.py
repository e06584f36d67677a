"""Another state's act named by what it is called or described as, with a word of praise, defence or blame the
lexicon did not hold: "called Chile's decision a wise and courageous step" (praise, 051), "called Turkey's
strikes a justified response" (a defence in words, 052), "called the expulsions an unprecedented hostile step"
(criticism, 111, though called a step), "called the referendum an annexation" (111). Sentences written for these
tests (coding/dictionaries/verbs.txt)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2021, 6, 14)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Bolivian foreign minister called Chile's decision to free the fishermen a wise and courageous step.",
     ("BOL", "CHL", "05")),
    ("Kazakhstan's president described Uzbekistan's border deal as an act of statesmanlike vision.",
     ("KAZ", "UZB", "05")),
    ("Azerbaijan's foreign ministry called Turkey's strikes on the militant camps a justified response.",
     ("AZE", "TUR", "05")),
    ("Armenia's government called Russia's deployment of peacekeepers legitimate.", ("ARM", "RUS", "05")),
    ("Estonia called Russia's expulsion of its consul an unfriendly step.", ("EST", "RUS", "11")),
    ("Moldova called Russia's plan for the region a barbaric land grab.", ("MDA", "RUS", "11")),
    ("Lithuania described Belarus's landing of the airliner as an act of brutality.", ("LTU", "BLR", "11")),
])
def test_act_called_by_a_word_of_praise_or_blame(country_coded: CountryCoded, sentence: str,
                                                 expected: tuple[str, str, str]) -> None:
    assert (*expected, "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize(("sentence", "kept"), [
    # a good step stays an optimistic comment
    ("The Bolivian foreign minister called the talks with Chile a constructive step.", ("BOL", "CHL", "01")),
    # an appeal that names a legitimate interest stays an appeal
    ("Bolivia called on Chile to respect the legitimate interests of its neighbours.", ("BOL", "CHL", "02")),
    # a call for an end to an annexation is an appeal
    ("Ukraine called for an end to the annexation of its territory by Russia.", ("UKR", "RUS", "02")),
])
def test_guards_keep_their_coding(country_coded: CountryCoded, sentence: str, kept: tuple[str, str, str]) -> None:
    coded = country_coded(sentence, DAY)
    assert (*kept, "occurred") in coded
    assert not any(src == kept[0] and root in ("05", "11") for src, _, root, _ in coded)


@pytest.mark.parametrize("sentence", [
    "Turkey's foreign minister described Ankara's operation in Syria as an act of self-defence.",
    "Turkey's foreign minister called its strikes in Syria legitimate.",
])
def test_the_speakers_own_act_called_good_praises_no_one(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(src == "TUR" and root == "05" for src, _, root, _ in country_coded(sentence, DAY))
