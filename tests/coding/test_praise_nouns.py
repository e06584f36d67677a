"""Praise told by a noun: thanks, gratitude, appreciation or admiration expressed, extended, conveyed or voiced to
or for another party is praise of it (051), as thanking is; the noun's "to", "for" or "of" phrase names whom."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]
#: the ``country_coded`` fixture: (source country, target country, root, modality) of events with both actors known
CountryCoded = Callable[[str, dt.date], set[tuple[str, str, str, str]]]


def _pairs(code_coded: CodeCoded, sentence: str) -> set[tuple[str, str, str]]:
    return {(s, t, c) for s, t, c in code_coded(sentence)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # "expressed gratitude to Chile for its support" was an offer of support (032), the noun of thanks unread
    ("The Bolivian foreign minister expressed gratitude to Chile for its support.", ("BOL", "CHL", "051")),
    ("The Bolivian president expressed his sincere thanks to Peru for its help during the floods.",
     ("BOL", "PER", "051")),
    ("The Nepali premier conveyed his gratitude to the Indian prime minister.", ("NPL", "IND", "051")),
    ("Estonia's defence minister voiced admiration for the Finnish president's leadership.", ("EST", "FIN", "051")),
    ("The Kenyan president expressed high appreciation of the Ugandan government's efforts.", ("KEN", "UGA", "051")),
    ("Ghana's foreign minister expressed his deep appreciation for the role of Togo in the talks.",
     ("GHA", "TGO", "051")),
    ("Malawi's president extended his gratitude to Zambia for hosting the summit.", ("MWI", "ZMB", "051")),
])
def test_thanks_or_gratitude_expressed_to_a_party_is_praise_of_it(code_coded: CodeCoded, sentence: str,
                                                                   expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(code_coded, sentence)


def test_thanks_for_support_is_no_offer_of_support(code_coded: CodeCoded) -> None:
    pairs = _pairs(code_coded, "The Bolivian foreign minister expressed gratitude to Chile for its support.")
    assert not any(c.startswith("03") for _, _, c in pairs)


@pytest.mark.parametrize("sentence", [
    # guards: thanks to people with no country, and a view or concern expressed, are no praise of a state
    "The Kenyan president expressed his thanks to everyone who attended.",
    "The Bolivian foreign minister expressed his views on the border to Chile.",
    "The Bolivian foreign minister expressed concern to Chile over the border.",
])
def test_thanks_to_no_state_and_other_things_expressed_are_no_praise_of_a_state(code_coded: CodeCoded,
                                                                                 sentence: str) -> None:
    assert not any(c == "051" and t not in ("---", s) for s, t, c in _pairs(code_coded, sentence))


def test_thanks_to_a_leader_after_his_term_are_praise_of_his_state(country_coded: CountryCoded) -> None:
    # thanks, like a tribute, are paid to a leader no longer in office: his state is whom they praise
    coded = country_coded("The Laotian envoy expressed deep gratitude to Kim Il Sung for his support to Laos.",
                          dt.date(2011, 11, 29))
    assert ("LAO", "PRK", "05", "occurred") in coded
