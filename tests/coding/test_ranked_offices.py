"""A country, a word of rank and an office: one official of that country's government (sentences written for these
tests).

"the U.S. assistant secretary of state", "the Chinese assistant foreign minister", "the Indian junior minister":
the rank word ("assistant", "vice", "under" before "secretary", "junior", "parliamentary", ...) between the country
and the office used to split them into the country alone and an office of no country, so that the act had the
bare state as its source, or the state and its government twice. An office phrase of the lexicon named on a day no
listed person held it ("the U.S. deputy secretary of state") still speaks for the government its holders share.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 2, 20)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _pairs(coder: Coder, sentence: str, day: dt.date = DAY) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in coder.code_sentence(sentence, date=day)}


def _sources(coder: Coder, sentence: str, day: dt.date = DAY) -> set[str]:
    return {e.source for e in coder.code_sentence(sentence, date=day)}


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("The U.S. assistant secretary of state met Japanese officials on Monday.", "USAGOV", "JPNGOV"),
    ("The U.S. assistant secretary of defense visited Seoul on Tuesday.", "USAGOV", "KORGOV"),
    ("The U.S. under secretary of state met Chinese officials in Beijing.", "USAGOV", "CHNGOV"),
    ("The Chinese assistant foreign minister met Japanese officials on Monday.", "CHNGOV", "JPNGOV"),
    ("The Japanese vice minister met Chinese officials on Monday.", "JPNGOV", "CHNGOV"),
    ("The Japanese parliamentary vice minister met Chinese officials on Monday.", "JPNGOV", "CHNGOV"),
    ("The Indian junior minister visited Nepal on Friday.", "INDGOV", "NPL"),
    ("U.S. Assistant Secretary of State for Near Eastern Affairs Omar Lindqvist met Palestinian officials on Monday.",
     "USAGOV", "PSEGOV"),
])
def test_a_rank_word_joins_the_country_and_its_office(coder: Coder, sentence: str, source: str, target: str) -> None:
    pairs = _pairs(coder, sentence)
    assert (source, target) in pairs
    # one official: not the bare state beside its government
    assert source[:3] not in {s for s, _ in pairs}


def test_an_office_phrase_of_the_lexicon_out_of_its_holders_days(coder: Coder) -> None:
    # "the U.S. deputy secretary of state": a listed office, on a day none of its listed holders held it
    sentence = "The U.S. deputy secretary of state met Japanese officials on Monday."
    assert ("USAGOV", "JPNGOV") in _pairs(coder, sentence, dt.date(2006, 9, 4))


def test_the_rank_word_names_no_holder_of_the_office_it_qualifies(coder: Coder) -> None:
    # the assistant secretary of state is not the Secretary of State
    ranked = {e.source_name for e in coder.code_sentence(
        "The U.S. assistant secretary of state met Japanese officials on Monday.", date=dt.date(2006, 9, 4))}
    plain = {e.source_name for e in coder.code_sentence(
        "The U.S. secretary of state met Japanese officials on Monday.", date=dt.date(2006, 9, 4))}
    assert ranked == {None}
    assert plain == {"Condoleezza Rice"}


@pytest.mark.parametrize(("sentence", "source"), [
    # "under" is a rank only before "secretary": a country under its leader is the country
    ("Japan under Prime Minister Yamada criticized China on Monday.", "JPN"),
    # the rank words and the modifiers alone, before no office: nothing joined
    ("The U.S. assistant coach praised the Chinese team.", "USA"),
    # a rank word after no actor stays as before: an office of no country
    ("The Russian deputy foreign minister met Chinese officials on Monday.", "RUSGOV"),
])
def test_guards(coder: Coder, sentence: str, source: str) -> None:
    assert source in _sources(coder, sentence)
