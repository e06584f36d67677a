"""A family name alone that the lexicon reads as its famous bearer ("Kim": Kim Jong Un) is the article's own person
of that name when the article writes one other whole name with it and never the bearer's (sentences written for
these tests, none from an evaluation set; docs/coder.md, "A family name alone is not always its famous bearer")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2019, 6, 11)


def pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the name after a country's office
        ("South Korean nuclear envoy Kim Gunn met Japanese officials in Tokyo on Monday. "
         "Kim praised Japan for its support.", ("KOR", "JPN", "05")),
        # the name in apposition after it
        ("South Korea's chief negotiator, Kim Taewon, arrived in Beijing on Monday. Kim praised China.",
         ("KOR", "CHN", "05")),
        # the possessive
        ("South Korean ambassador Kim Sook spoke at the United Nations on Friday. Kim's speech praised Japan.",
         ("KOR", "JPN", "05")),
    ],
)
def test_the_name_alone_is_the_articles_person(shared_coder: Coder, text: str, pair: tuple[str, str, str]) -> None:
    found = pairs(shared_coder, text)
    assert pair in found
    assert not any(p[0] == "PRK" for p in found)


@pytest.mark.parametrize(
    "text",
    [
        # a Kim of no country the article gives: no actor, not Kim Jong Un
        "Deputy Minister Kim Sang-do held talks with the Japanese ambassador on Monday. Kim criticized Japan.",
        # two other Kims of two countries: either may be meant
        "South Korean envoy Kim Tae-won met North Korean diplomat Kim Song-il in Beijing. Kim criticized Japan.",
    ],
)
def test_no_bearer_when_the_article_names_another(shared_coder: Coder, text: str) -> None:
    assert not any(p[0] in ("PRK", "KOR") and p[1] == "JPN" and p[2] == "11" for p in pairs(shared_coder, text))


@pytest.mark.parametrize(
    "text",
    [
        # the bearer named whole, or with a title: the lexicon's reading stays
        "North Korean leader Kim Jong Un met South Korean envoy Kim Tae-won. Kim criticized Japan.",
        # no other Kim in the article
        "The talks ended on Monday. Kim criticized Japan.",
    ],
)
def test_the_bearer_stays(shared_coder: Coder, text: str) -> None:
    assert ("PRK", "JPN", "11") in pairs(shared_coder, text)
