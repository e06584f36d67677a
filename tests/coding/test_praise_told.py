"""A report that calls another state's act courageous, wise, an example of courage (praise, 051) or legitimate,
justified, self-defence (a defence in words, 052): the teller's praise or defence of the doer, not a bare statement
aimed at no one (coding._praise_told). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2019, 3, 8)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Bolivia said on Tuesday that Chile's decision to free the fishermen was courageous.", ("BOL", "CHL")),
    ("Kenya's foreign minister said Ethiopia's peace offer was an example of wisdom for the whole continent.",
     ("KEN", "ETH")),
    ("Armenia's government said Russia's deployment of border guards was a legitimate response to the threat.",
     ("ARM", "RUS")),
    ("The Serbian president said Hungary's fence on the border was justified.", ("SRB", "HUN")),
    ("Bolivia's president said Chile's offer of a port was a just decision.", ("BOL", "CHL")),
])
def test_praise_told_is_praise_of_its_doer(country_coded: CountryCoded, sentence: str,
                                           pair: tuple[str, str]) -> None:
    assert (*pair, "05", "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize("sentence", [
    # the teller's own act
    "Bolivia said its decision to close the border with Chile was justified.",
    # praise advised, or denied
    "Bolivia said a pardon by Chile would be a wise step.",
    "Bolivia said Chile's decision was not justified.",
    # a target called legitimate is no defence of its owner
    "Bolivia said Chile's naval bases were legitimate targets.",
    # "just" as an adverb
    "Bolivia said Chile's offer was just a ploy.",
])
def test_no_praise_of_another_state(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(src == "BOL" and tgt == "CHL" and root == "05"
                   for src, tgt, root, _ in country_coded(sentence, DAY))
