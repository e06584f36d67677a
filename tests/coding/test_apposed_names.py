"""A person introduced by a country's office in the singular and then the name in apposition ("Peru's foreign
minister, Jaime Orlando, said ...") is named again by surname (sentences written for these tests, none from an
evaluation set; docs/coder.md, "A name in apposition after a country's office")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._names import apposed_name

DAY = dt.date(2019, 6, 11)


def pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Fiji's foreign minister, Ratu Inoke Kubuabola, arrived in Apia on Monday. Kubuabola praised Samoa.",
         ("FJI", "WSM", "05")),
        ("The Bolivian defense minister, Javier Zavaleta, flew to Lima. Zavaleta accused Chile of spying.",
         ("BOL", "CHL", "11")),
        ("Paraguay's ambassador to the United Nations, Elisa Ruiz Diaz, spoke on Friday. "
         "Ruiz Diaz criticized Bolivia for the raid.", ("PRY", "BOL", "11")),
        ("Ghana's Minister of Foreign Affairs, Shirley Ayorkor Botchwey, arrived in Lome. "
         "Botchwey thanked Togo for its help.", ("GHA", "TGO", "05")),
        # two people in apposition in one sentence, each named again
        ("Uruguay's president, Tabare Vazquez, and Argentina's foreign minister, Jorge Faurie, met in Colon. "
         "Faurie praised Uruguay.", ("ARG", "URY", "05")),
    ],
)
def test_the_name_in_apposition_is_learned(shared_coder: Coder, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in pairs(shared_coder, text)


def test_the_first_of_two_named_in_apposition(shared_coder: Coder) -> None:
    text = ("Uruguay's president, Tabare Vazquez, and Argentina's foreign minister, Jorge Faurie, met in Colon. "
            "Vazquez praised Argentina.")
    assert ("URY", "ARG", "05") in pairs(shared_coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # no name after the comma: other words in capitals, a clause
        "Peru's foreign minister, Foreign Ministry officials said, left Lima. Orlando praised Chile.",
        "Peru's foreign minister, who arrived on Monday, left Lima. Orlando praised Chile.",
        # the name does not close the apposition
        "Peru's foreign minister, Jaime Orlando Park officials say, left Lima. Orlando praised Chile.",
    ],
)
def test_no_name_no_person(shared_coder: Coder, text: str) -> None:
    assert not any(p[0] == "PER" and p[1] == "CHL" for p in pairs(shared_coder, text))


@pytest.mark.parametrize(
    ("sentence", "end", "found"),
    [
        ("Peru 's foreign minister , Jaime Orlando , said", 4, 5),
        ("Peru 's ambassador to the OAS , Jaime Orlando , said", 3, 7),
        ("Peru 's foreign minister , Jaime Orlando .", 4, 5),
        # no comma, a clause, one word, a remit in lower case: where the reader was
        ("Peru 's foreign minister Jaime Orlando said", 4, 4),
        ("Peru 's foreign minister , who left , said", 4, 4),
        ("Peru 's foreign minister , Orlando , said", 4, 4),
        ("Peru 's envoy for climate talks , Jaime Orlando , said", 3, 3),
    ],
)
def test_where_the_name_begins(sentence: str, end: int, found: int) -> None:
    tokens = sentence.split()
    low = [t.lower() for t in tokens]
    assert apposed_name(tokens, low, end, end, set()) == found
