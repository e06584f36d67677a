"""A promise told with "commit to" in the present ("the two governments commit to deepen cooperation") is an
intent, as "committed to" already was: the act after it is not done. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2023, 3, 9)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Ghana and Togo commit to strengthen their security cooperation.", ("GHA", "TGO")),
    ("Uruguay commits to send medical aid to Bolivia.", ("URY", "BOL")),
    ("Kenya and Uganda commit to sign a trade agreement.", ("KEN", "UGA")),
])
def test_the_act_promised_is_not_done(country_coded: CountryCoded, sentence: str, pair: tuple[str, str]) -> None:
    found = country_coded(sentence, DAY)
    assert (*pair, "03", "occurred") in found or (*pair, "03", "intended") in found
    assert not any(root != "03" for s, t, root, _ in found if (s, t) == pair)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    ("Uruguay sent medical aid to Bolivia on Tuesday.", ("URY", "BOL"), "07"),
    # security cooperation is military cooperation (06, coding._cooperation_fields); the act itself all the same
    ("Ghana and Togo strengthened their security cooperation on Tuesday.", ("GHA", "TGO"), "06"),
])
def test_the_act_itself_stays(country_coded: CountryCoded, sentence: str, pair: tuple[str, str], root: str) -> None:
    assert any((s, t, r) == (*pair, root) for s, t, r, _ in country_coded(sentence, DAY))
