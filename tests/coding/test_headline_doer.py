"""A headline's act told again by the sentence after it, whose doer opens it before its day (texts written for these
tests, none from an evaluation set; docs/coder.md, "A headline's doer opening the lead before its day").

"Ghana Censures Togolese Occupation." then "Ghana said on Tuesday that ... Togo's occupation of Benin's territory":
the headline tells the saying of Tuesday short. The countries of what was said (Benin) do not keep the headline on
the article's day; a lead that another doer opens, or whose day stands after "that" or a quotation, still does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._text import split_sentences
from detente.coding.narrative import _one_name

DAY = dt.date(2019, 3, 14)  # a Thursday
TUESDAY = dt.date(2019, 3, 12)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _headline_days(coder: Coder, text: str, act: tuple[str, str, str]) -> set[dt.date]:
    found = coder.code_many(list(split_sentences(text)), date=DAY)
    return {e.date for e in found[0] if (e.source[:3], e.target[:3], e.code[:3]) == act}


@pytest.mark.parametrize(("text", "act"), [
    ("Ghana Censures Togolese Occupation.\n"
     "Ghana said on Tuesday that the biggest obstacle to peace is Togo's continued occupation of Benin's territory.\n"
     "The statement came as the minister addressed parliament.", ("GHA", "TGO", "111")),
    ("Ghanaian President Condemns Togolese Occupation.\n"
     "Ghanaian President John Mahama in a statement on Tuesday said the obstacle is Togo's occupation of Benin.\n"
     "He called it unacceptable.", ("GHA", "TGO", "111")),
    # the country's name in the headline, its adjective in the lead
    ("Ghana Censures Togolese Occupation.\n"
     "The Ghanaian foreign ministry on Tuesday said the obstacle to peace is Togo's occupation of Benin.\n"
     "The statement came as the minister addressed parliament.", ("GHA", "TGO", "111")),
])
def test_a_headline_whose_doer_opens_the_lead_takes_the_leads_day(coder: Coder, text: str,
                                                                  act: tuple[str, str, str]) -> None:
    assert _headline_days(coder, text, act) == {TUESDAY}


@pytest.mark.parametrize("text", [
    # another doer opens the lead
    "Ghana Censures Togolese Occupation.\n"
    "Benin said on Tuesday that the biggest obstacle to peace is Togo's continued occupation of Benin's territory.\n"
    "The statement came as the minister addressed parliament.",
    # the day stands in what was said, after "that"
    "Ghana Censures Togolese Occupation.\n"
    "Ghana says that Togo has occupied Benin's territory since Tuesday.\n"
    "The statement came as the minister addressed parliament.",
])
def test_a_lead_another_doer_opens_or_that_dates_what_was_said_leaves_the_headline_alone(coder: Coder,
                                                                                       text: str) -> None:
    assert _headline_days(coder, text, ("GHA", "TGO", "111")) == {DAY}


@pytest.mark.parametrize(("name", "word", "expected"), [
    ("Sudan", "Sudanese", True), ("Russian", "Russia's", True), ("Thai", "Thailand", True),
    ("China", "Chinese", True), ("Palestinians", "Palestine", True), ("Ghana", "Ghana", True),
    ("The", "These", False), ("Togo", "Ghanaian", False), ("UN", "UNESCO", False), ("Iran", "Iraqi", False),
])
def test_one_name(name: str, word: str, expected: bool) -> None:
    assert _one_name(name, word) is expected
