"""One's own feelings suppressed or restrained ("could hardly repress their grief", "suppressing the resentment at
the U.S.") are no repression of anyone; people or a rising suppressed stay repression (175)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: (source country, target country, code) of each event of a sentence (the shared ``code_coded`` fixture)
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize("sentence", [
    "The Cuban soldiers are hardly repressing their towering resentment at the U.S. aggressors.",
    "The Iranian people are suppressing their boiling anger at the Israeli attack.",
    "Venezuelan officials could not suppress their anger at the Colombian raid.",
    "The Vietnamese people restrained their grief over the loss of the Chinese envoy.",
])
def test_feelings_suppressed_are_no_repression(code_coded: CodeCoded, sentence: str) -> None:
    assert not [c for c in code_coded(sentence) if c[2][:2] == "17"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Syrian army repressed Lebanese workers in Homs.", ("SYR", "LBN", "175")),
    ("Ethiopian troops suppressed the Somali uprising in Baidoa.", ("ETH", "SOM", "175")),
])
def test_people_suppressed_stay_repression(code_coded: CodeCoded, sentence: str,
                                           expected: tuple[str, str, str]) -> None:
    assert expected in code_coded(sentence)
