"""Patterns led by the characters their matches begin with (detente.coding._led): the same matches, found faster."""

from __future__ import annotations

import re

import pytest

from detente.coding import dates
from detente.coding._led import led

#: texts whose matches the led patterns must find as the plain ones do: date phrases, future words, years, and
#: letters that fold to ASCII ones only when case is ignored (the dotless i, the long s, the Kelvin sign)
_TEXTS = [
    "On Monday, the envoy said talks will resume on March 3 last year, two days later than the 2008 invasion.",
    "The talks begin on Wednesday; they begin again in 2014, the 2006 test and 2011, 2012 plans.",
    "\u0131n 2014 the \u017fcheduled visit, \u212aim's \u017fet to leave on \u017funday, WILL go",
    "It's going to be held from February 23-24, 1999, a week before the vote, 3 weeks ago.",
    "", "'ll", "2012", "in 1999",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", _TEXTS)
def test_led_date_patterns_find_the_same_phrases(text: str) -> None:
    plain = [re.compile(pattern, re.I) for _, pattern in dates._PATTERNS]
    for old, (_, new) in zip(plain, dates._FINDERS, strict=True):
        assert new.pattern.startswith("(?=[")
        assert _spans(new, text) == _spans(old, text)
    pairs = [(dates._YEAR_NOUN, dates._YEAR_NOUN_FINDER),
             (f"{dates._YEAR_ALONE}|{dates._YEAR_NOUN}", dates.YEAR_PHRASE)]
    for pattern, new in pairs:
        assert _spans(new, text) == _spans(re.compile(pattern, re.I), text)


def test_a_pattern_led_by_its_first_characters() -> None:
    assert led(r"\b(?:will|shall)\b", re.I).pattern == r"(?=[sw])(?:\b(?:will|shall)\b)"
    assert led(r"(?<=\bwe\s)(?:begin|start)|\d{4}").pattern.startswith(r"(?=[\dbs])")
    assert led(r"[A-C]x+|(?:'s)?y").pattern.startswith("(?=['A-Cy])")


@pytest.mark.parametrize("pattern", [r"a?", r".x", r"[^a]b", r"(a)?\1b", r"\b"])
def test_a_pattern_whose_first_character_cannot_be_told_is_left_as_it_is(pattern: str) -> None:
    assert led(pattern).pattern == pattern


def test_a_led_pattern_keeps_its_groups_and_flags() -> None:
    found = led(r"(?:in|since)\s+(\d{4})", re.I).search("It was so SINCE 1999.")
    assert found is not None and found.group(1) == "1999" and found.span() == (10, 20)
