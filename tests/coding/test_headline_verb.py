"""A headline's present verb that the parser reads as a plural noun ("Britain condemns Russian strike on Kyiv"):
the condemner must not become the striker (coding._headline_verb). Headlines written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("headline", "wrong", "kept"), [
    ("Britain condemns Russian strike on Kyiv", ("GBR", "UKR", "190"), ("RUS", "UKR", "190")),
    ("UK PM condemns Russian strike on Kyiv", ("GBR", "UKR", "190"), ("GBR", "RUS", "111")),
    ("Canada condemns Iranian attack on Israeli town", ("CAN", "ISR", "190"), ("CAN", "IRN", "111")),
])
def test_the_judge_of_an_act_is_not_its_doer(code_coded: CodeCoded, headline: str, wrong: tuple[str, str, str],
                                              kept: tuple[str, str, str]) -> None:
    found = [(s, t, c[:3]) for s, t, c in code_coded(headline)]
    assert wrong not in found
    assert kept in found


@pytest.mark.parametrize(("headline", "expected"), [
    # guards: a noun phrase with an adjective before the plural, and a verb the parser reads as one
    ("Russian strikes on Kyiv", ("RUS", "UKR", "190")),
    ("Russian strikes on Kyiv kill three", ("RUS", "UKR", "190")),
    ("China warns of consequences over Taiwan arms sales", ("CHN", "TWN", "130")),
])
def test_noun_phrases_and_parsed_verbs_keep_their_reading(code_coded: CodeCoded, headline: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in [(s, t, c[:3]) for s, t, c in code_coded(headline)]
