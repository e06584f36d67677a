"""The other side of a conflict the talk is about is not the one talked with (coding._conflict_parties): "X and Y
discussed the standoff with Z" is X and Y consulting each other, not either of them consulting Z."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2015, 6, 9)


@pytest.mark.parametrize(("sentence", "pair", "side"), [
    ("Brazil and Argentina discussed the trade dispute with Paraguay on Tuesday.", ("BRA", "ARG"), "PRY"),
    ("The presidents of Kenya and Uganda discussed their border conflict with Somalia.", ("KEN", "UGA"), "SOM"),
    ("Abe and Cameron reviewed the standoff with Russia during their meeting in London.", ("JPN", "GBR"), "RUS"),
    ("Poland and Lithuania discussed the tensions with Belarus.", ("POL", "LTU"), "BLR"),
])
def test_subjects_consult_each_other_not_the_other_side(country_coded: CountryCoded, sentence: str,
                                                        pair: tuple[str, str], side: str) -> None:
    coded = country_coded(sentence, DAY)
    consults = {(s, t) for s, t, root, _ in coded if root == "04"}
    assert pair in consults or pair[::-1] in consults
    assert not any(t == side for _, t in consults)


@pytest.mark.parametrize(("sentence", "side"), [
    ("Peru discussed the long fishing dispute with Chile.", "CHL"),
    ("The envoy discussed the war with Yemen.", "YEM"),
    ("Vietnam discussed its maritime row with China.", "CHN"),
])
def test_one_subject_consults_no_one_named(country_coded: CountryCoded, sentence: str, side: str) -> None:
    assert not any(t == side and root == "04" for _, t, root, _ in country_coded(sentence, DAY))


@pytest.mark.parametrize(("sentence", "pair"), [
    # guards: a neutral noun, a person talked with, and talks whose topic is the conflict keep the "with" party
    ("Peru discussed the fishing issue with Chile.", ("PER", "CHL")),
    ("Vietnam discussed the maritime row with the Chinese foreign minister.", ("VNM", "CHN")),
    ("Peru held talks on the fishing dispute with Chile.", ("PER", "CHL")),
    ("Peru discussed trade with Chile.", ("PER", "CHL")),
])
def test_the_one_talked_with_stays(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    assert any((s, t) == pair and root == "04" for s, t, root, _ in country_coded(sentence, DAY))
