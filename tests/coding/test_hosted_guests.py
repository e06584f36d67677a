"""Talks a host holds its guests "for" are the guests' talks with each other: "Qatar hosted the ministers of Chile and
Peru for talks" (:meth:`detente.coding._event_nouns.EventNouns._hosted_guests`). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2023, 5, 4)


@pytest.mark.parametrize(("sentence", "first", "second", "host"), [
    ("Qatar hosted the foreign ministers of Chile and Peru for talks on the border dispute.", "CHL", "PER", "QAT"),
    ("Last week Norway hosted Serbian and Kosovar negotiators for a new round of negotiations in Oslo.",
     "SRB", "KSV", "NOR"),
    ("On Monday I hosted Bolivian Foreign Minister Luis Arce and Paraguayan Foreign Minister Juan Ortiz for "
     "bilateral talks.", "BOL", "PRY", None),
])
def test_the_guests_meet_each_other(country_coded: CountryCoded, sentence: str, first: str, second: str,
                                    host: str | None) -> None:
    found = country_coded(sentence, DAY)
    assert {(s, t) for s, t, root, _ in found if root == "04"} >= {(first, second), (second, first)}
    if host is not None:  # the host's part is its hosting of each
        assert {(host, first, "04", "occurred"), (host, second, "04", "occurred")} <= found


@pytest.mark.parametrize("sentence", [
    # guards: one guest talks with the host, not with anyone else; a host and a guest at a meal
    "Qatar hosted the Chilean foreign minister and the Chilean defence minister for talks.",
    "Qatar hosted Chilean and Peruvian ministers at a dinner for the visiting envoys.",
])
def test_no_talks_between_guests_of_one_state_or_at_a_meal(country_coded: CountryCoded, sentence: str) -> None:
    found = country_coded(sentence, DAY)
    assert not any(s in ("CHL", "PER") and t in ("CHL", "PER") and root == "04" for s, t, root, _ in found)
