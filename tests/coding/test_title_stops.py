"""A title of office written short before a name ("Sen. John Kerry", "Col. General O Chol San"), read as written
in full (sentences written for these tests).

The stop after the title is no punctuation of the sentence: read as one, it cut the title from the name it goes
with, so that "Sen. John Kerry" was no legislator while "Senator John Kerry" was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, split_sentences, tokenize

DAY = dt.date(2015, 11, 18)


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code) for e in coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Sen. Ruth Alvarez met Peruvian Foreign Minister Luis Soto in Lima.",
         "Senator Ruth Alvarez met Peruvian Foreign Minister Luis Soto in Lima."),
        ("Gov. Ruth Alvarez met Peruvian Foreign Minister Luis Soto in Lima.",
         "Governor Ruth Alvarez met Peruvian Foreign Minister Luis Soto in Lima."),
        ("A Chilean army delegation led by Col. General Pedro Rojas visited Peru.",
         "A Chilean army delegation led by Colonel General Pedro Rojas visited Peru."),
        ("Amb. Pedro Rojas of Chile protested to Peru.", "Ambassador Pedro Rojas of Chile protested to Peru."),
    ],
)
def test_a_title_written_short_codes_as_the_title_written_in_full(coder: Coder, short: str, full: str) -> None:
    assert tokenize(short) == tokenize(full)
    assert _coded(coder, short) == _coded(coder, full), (_coded(coder, short), _coded(coder, full))


def test_senator_written_short_is_a_legislator(coder: Coder) -> None:
    coded = _coded(coder, "Sen. John Kerry met Peruvian Foreign Minister Luis Soto in Lima.")
    assert any(source.endswith("LEG") and target == "PERGOV" for source, target, _ in coded), coded


@pytest.mark.parametrize(
    ("sentence", "tokens"),
    [
        ("Col. Ruth Alvarez visited Lima.", ["Colonel", "Ruth", "Alvarez", "visited", "Lima", "."]),
        # guards: a courtesy title (the reading of names counts on its stop), a stop before a word in lower case,
        # a sentence's own stop, a dotted abbreviation
        ("Dr. Ruth Alvarez visited Lima.", ["Dr", ".", "Ruth", "Alvarez", "visited", "Lima", "."]),
        ("He met the Gen. of the army.", ["He", "met", "the", "Gen", ".", "of", "the", "army", "."]),
        ("Peru talked with the U.S. The talks ended.", ["Peru", "talked", "with", "the", "U.S.", "The", "talks",
                                                          "ended", "."]),
        ("He met Gen. Soto. He left.", ["He", "met", "General", "Soto", ".", "He", "left", "."]),
    ],
)
def test_tokens_of_a_title_written_short(sentence: str, tokens: list[str]) -> None:
    assert tokenize(sentence) == tokens


def test_a_title_written_short_ends_no_sentence() -> None:
    assert split_sentences("Premier Chou En-lai and Dr. Henry Kissinger held talks. Gen. Rojas left.") == [
        "Premier Chou En-lai and Dr. Henry Kissinger held talks.", "Gen. Rojas left."]
