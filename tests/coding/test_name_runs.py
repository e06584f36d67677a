"""The words of a sentence's names of two or more capitalised words (coding._names.long_name_words), read in one
pass: a run at the start, in the middle and at the end, a run broken by a word that is no name's, and a single
capitalised word, which is none."""

from __future__ import annotations

import pytest

from detente.coding._names import long_name_words


@pytest.mark.parametrize(("sentence", "words"), [
    ("Rosa Vantongeren met officials in Lusaka .", {"rosa", "vantongeren"}),
    ("The envoy met Rosa Vantongeren", {"rosa", "vantongeren"}),
    ("Talks between Amadou Sy Traore and Lin Wei-ping ended .", {"amadou", "sy", "traore", "lin", "wei-ping"}),
    ("On Monday Tomas Elberg said so .", {"tomas", "elberg"}),  # "On" and "Monday" are no name's words
    ("Elberg said the talks went well .", set()),
    ("The 2016 Resolution 2270 passed .", set()),
    ("", set()),
])
def test_the_words_of_every_name_of_two_words_or_more(sentence: str, words: set[str]) -> None:
    tokens = sentence.split()
    assert long_name_words(tokens, [t.lower() for t in tokens]) == words
