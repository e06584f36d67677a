"""A delegation named by whom it is led by is of its leader's state (sentences written for these tests, none from an
evaluation set; docs/coder.md, "A delegation led by someone"). KCNA writes "a delegation led by X" and "the
delegation headed by X" daily; a history of 1990 told "a delegation of senators led by" a senator meeting Saddam
Hussein."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2018, 5, 2)


def coded(coder: Coder, sentence: str) -> list[tuple[str, str, str]]:
    return [(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)]


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("A delegation led by Chinese Foreign Minister Wang Yi arrived in Pyongyang on Monday.", ("CHN", "PRK", "04")),
        ("A delegation led by Wang Yi met Kim Jong Un on Monday.", ("CHN", "PRK", "04")),
        ("A delegation of lawmakers led by Chinese Foreign Minister Wang Yi arrived in Seoul.", ("CHN", "KOR", "04")),
        ("The mission, headed by U.S. envoy Stephen Biegun, arrived in Seoul on Monday.", ("USA", "KOR", "04")),
    ],
)
def test_the_delegation_is_its_leaders_states(shared_coder: Coder, sentence: str,
                                              event: tuple[str, str, str]) -> None:
    found = coded(shared_coder, sentence)
    assert event in found, found


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # the delegation names its own state
        ("A Cuban delegation led by Wang Yi met Kim Jong Un on Monday.", ("CUB", "PRK", "04")),
        ("A delegation of the Communist Party of Vietnam led by Wang Yi arrived in Pyongyang.", ("VNM", "PRK", "04")),
    ],
)
def test_a_delegation_of_a_named_state_keeps_it(shared_coder: Coder, sentence: str,
                                                event: tuple[str, str, str]) -> None:
    found = coded(shared_coder, sentence)
    assert event in found, found
    assert not any(s == "CHN" for s, _, _ in found), found
