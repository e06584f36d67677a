"""Talks held "in" another state's capital (or in that state) by one state's visitors, with no one named to hold
them with, are held with that state's government (coding._talks_host). Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


def _roots(found: list[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in found}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Japanese envoy held talks in Seoul on Tuesday.", ("JPN", "KOR", "040")),
    ("The Indian foreign minister returned from two days of talks in Moscow.", ("IND", "RUS", "040")),
    ("A Chinese delegation held talks in Pyongyang.", ("CHN", "PRK", "040")),
    ("The Turkish foreign minister will hold talks in Cairo next week.", ("TUR", "EGY", "036")),
])
def test_the_capital_of_the_talks_is_their_host(code_coded: CodeCoded, sentence: str,
                                                 expected: tuple[str, str, str]) -> None:
    assert expected in code_coded(sentence)


@pytest.mark.parametrize("sentence", [
    "The Iranian delegation held talks in Vienna.",  # a seat of international bodies: no host
    "The Indian minister held talks on the situation in Afghanistan.",  # the topic's place
    "Mr. Haldane and the Japanese envoy held talks in Seoul.",  # a second doer the lexicon does not know
])
def test_no_host_is_read_from_other_places(code_coded: CodeCoded, sentence: str) -> None:
    found = _roots(code_coded(sentence))
    assert not any(s != "---" and t != "---" for s, t, _ in found), found


def test_the_own_capital_and_a_named_party_are_kept(code_coded: CodeCoded) -> None:
    assert not any(t == "JPN" for _, t, _ in code_coded("The Japanese foreign minister held talks in Tokyo."))
    found = _roots(code_coded("The Japanese envoy held talks in Seoul with American business leaders."))
    assert ("JPN", "USA", "04") in found and ("JPN", "KOR", "04") not in found
