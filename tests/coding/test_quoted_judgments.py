"""A judgement reported in a quotation before its teller, after a colon, or as "X was behind the attack" is the
teller's criticism of X (root 11); its guards keep their reading (sentences written for these tests;
coding._quoted_judgments, coding._behind).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding._behind import behind_charge

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2019, 5, 14)


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ('"Pakistan\'s shelling of our villages is a flagrant violation of the ceasefire," the Indian army chief said.',
     "IND", "PAK"),
    ('"Beijing\'s new fishing ban is illegal and unacceptable," the Vietnamese foreign ministry said on Tuesday.',
     "VNM", "CHN"),
    ('"Armenia bears full responsibility for the shelling of Ganja," said the Azerbaijani defense minister.',
     "AZE", "ARM"),
    ('The Lithuanian foreign minister said: "Belarus is responsible for the deaths at the border."',
     "LTU", "BLR"),
])
def test_a_judgement_quoted_before_its_teller_or_after_a_colon_is_a_criticism(
        country_coded: CountryCoded, sentence: str, source: str, target: str) -> None:
    assert any((s, t, root) == (source, target, "11") for s, t, root, _ in country_coded(sentence, DAY))


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("Georgia said Russia was behind the cyberattack on its parliament.", "GEO", "RUS"),
    ("The Saudi foreign minister said Iran was most likely behind the drone strikes on the oil plant.",
     "SAU", "IRN"),
    ('"Moscow is behind these bombings," the Estonian prime minister said.', "EST", "RUS"),
])
def test_a_state_said_to_be_behind_an_attack_is_accused(
        country_coded: CountryCoded, sentence: str, source: str, target: str) -> None:
    coded = country_coded(sentence, DAY)
    assert any((s, t, root) == (source, target, "11") for s, t, root, _ in coded)
    assert not any(s == target and root in ("18", "19") for s, _, root, _ in coded)  # no attack told as fact


@pytest.mark.parametrize("sentence", [
    '"We are ready to resume talks with Pakistan soon," the Indian foreign minister said.',
    '"Vietnam\'s fishing boats are not in violation of any law," the Vietnamese foreign ministry said.',
    "The Saudi minister said: \"We will hold talks with Iran next month.\"",
])
def test_a_quotation_with_no_judgement_is_no_criticism(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(root == "11" for _, _, root, _ in country_coded(sentence, DAY))


@pytest.mark.parametrize(("words", "at"), [
    (["officials", "said", "it", "was", "unclear", "who", "was", "behind", "the", "attack"], 6),
    (["iran", "said", "it", "was", "not", "behind", "the", "attack"], 3),
    (["the", "u.s.", "is", "firmly", "behind", "georgia"], 2),
    (["the", "minister", "is", "behind", "the", "talks"], 2),
    (["was", "iran", "behind", "the", "attack", "?"], 0),
])
def test_who_was_behind_a_denial_and_support_lay_no_charge(words: list[str], at: int) -> None:
    assert not behind_charge(words, at)


def test_a_state_that_says_it_was_not_behind_an_attack_accuses_no_one(country_coded: CountryCoded) -> None:
    coded = country_coded("Iran said it was not behind the attack on the Saudi oil plant.", DAY)
    assert not any(root == "11" for _, _, root, _ in coded)
