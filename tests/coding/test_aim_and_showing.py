"""Two classes of sense seen on real wire reports of missile launches (sentences written for these tests, none
from an evaluation set).

"at" before a quantity or a time is no aim: "fired at least two missiles" is a launch (15), not a shooting at
someone (19), and "fired a missile at dawn" is no missile fired at a target (195). "demonstrate" with an object
is showing something ("demonstrated their resolve", "demonstrated that ..."), never a street demonstration (141);
without one it still is ("demonstrated outside the embassy", "demonstrated against the deployment").
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2022, 10, 14)


def roots(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country or ---, root) of each event of the sentence."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea fired at least three short-range missiles on Friday.",
        "Iran fired at most two ballistic missiles during the exercise on Friday.",
        "North Korea fired a missile at dawn on Friday.",
        "North Korea fired two missiles at around 6 a.m. on Friday.",
        "Pakistan fired a cruise missile at 10:30 on Friday during the drill.",
    ],
)
def test_at_before_a_quantity_or_a_time_is_no_aim(shared_coder: Coder, sentence: str) -> None:
    got = roots(shared_coder, sentence)
    assert got, sentence
    assert all(root == "15" for _source, _target, root in got), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("North Korea fired a missile at a South Korean warship on Friday.", ("PRK", "KOR", "19")),
        ("Russian troops fired at Ukrainian positions on Friday.", ("RUS", "UKR", "19")),
    ],
)
def test_at_before_a_target_is_still_an_aim(
    shared_coder: Coder, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in roots(shared_coder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Athens and Ankara demonstrated their warming relations at the summit on Friday.",
        "Pakistan demonstrated its resolve to India on Friday.",
        "Moscow demonstrated that it could reach Kyiv on Friday.",
        "Vietnam and China demonstrated their ties on Friday.",
    ],
)
def test_demonstrate_with_an_object_is_no_protest(shared_coder: Coder, sentence: str) -> None:
    assert all(root != "14" for _source, _target, root in roots(shared_coder, sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("South Koreans demonstrated against the American missile shield on Friday.", ("KOR", "USA", "14")),
        ("Ukrainians demonstrated against Russia on Friday.", ("UKR", "RUS", "14")),
        ("South Koreans demonstrated outside the Japanese embassy in Seoul on Friday.", ("KOR", "---", "14")),
    ],
)
def test_demonstrate_without_an_object_is_still_a_protest(
    shared_coder: Coder, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in roots(shared_coder, sentence)
