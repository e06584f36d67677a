"""A headline in title case ("Malawian President Chakwera Meets Danish Foreign Minister In Lilongwe") is parsed in
sentence case: its function words and the lexicon's verbs lower-cased, its verb put in the past when the parser
still takes it for a name (coding._sentence_case). Headlines written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2012, 6, 10)


@pytest.mark.parametrize(("headline", "expected"), [
    # the one met after an unknown surname, or after a title the parser reads as part of a name
    ("Malawian President Chakwera Meets Danish Foreign Minister In Lilongwe", ("MWI", "DNK", "04", "occurred")),
    ("Peruvian Defence Minister Meets Bolivian Counterpart Novillo In Lima", ("PER", "BOL", "04", "occurred")),
    ("Laotian Premier Meets Cambodian Senate President In Vientiane", ("LAO", "KHM", "04", "occurred")),
    # KCNA's shape: a Korean name of three words, then the verb
    ("Kim Yong Nam Meets Tanzanian Parliamentary Delegation", ("PRK", "TZA", "04", "occurred")),
])
def test_a_title_case_headline_keeps_its_target(country_coded: CountryCoded, headline: str,
                                                expected: tuple[str, str, str, str]) -> None:
    assert expected in country_coded(headline, DAY)


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: the same acts in sentence case, in capitals, and headlines read right before
    ("Malawian President Lazarus Chakwera met Denmark's foreign minister in Lilongwe on Tuesday.",
     ("MWI", "DNK", "04", "occurred")),
    ("MALAWIAN PRESIDENT MEETS DANISH FOREIGN MINISTER IN LILONGWE", ("MWI", "DNK", "04", "occurred")),
    ("Czech Premier Babis Meets Slovenian Counterpart In Prague", ("CZE", "SVN", "04", "occurred")),
    ("U.S. Criticized by Laotian Paper", ("LAO", "USA", "11", "occurred")),
    ("Tanzanian Delegation Arrives In Pyongyang", ("TZA", "PRK", "04", "occurred")),
    ("Danish Minister Visits Malawi", ("DNK", "MWI", "04", "occurred")),
])
def test_other_writings_keep_their_reading(country_coded: CountryCoded, sentence: str,
                                           expected: tuple[str, str, str, str]) -> None:
    assert expected in country_coded(sentence, DAY)


def test_a_headline_of_no_two_parties_stays_without_one(country_coded: CountryCoded) -> None:
    assert country_coded("Harvest Festival Opens In Hamhung", DAY) == set()


@pytest.mark.parametrize(("sentence", "blamed"), [
    # the same headlines in sentence case, as the view reads them: the one before "to blame" is blamed
    ("Sudanese army to blame for raid on border town", "SDN"),
    ("Ugandan government to blame for shelling of Congolese villages", "UGA"),
    ("Nicaraguan police to blame for attack on Costa Rican fishermen", "NIC"),
])
def test_the_one_to_blame_in_sentence_case_is_blamed(code_coded: CodeCoded, sentence: str, blamed: str) -> None:
    accusations = [(s, t) for s, t, c in code_coded(sentence) if c[:2] == "11"]
    assert accusations
    assert all(t == blamed and s != blamed for s, t in accusations), accusations
