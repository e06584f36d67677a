"""An act a noun names after a verb of defying or ignoring is another's, not the defier's
(:meth:`detente.coding._event_nouns.EventNouns._defied`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2012, 3, 1)


@pytest.mark.parametrize(("sentence", "defier"), [
    ("The U.S. and the Japanese forces started the large-scale naval exercises defying strong domestic and "
     "international protest and condemnation against China.", "USA"),
    ("Russia and Belarus launched their joint drills disregarding the fierce criticism and protest of Poland.",
     "RUS"),
])
def test_the_defiers_do_not_make_the_protest_they_defy(country_coded: CountryCoded, sentence: str,
                                                       defier: str) -> None:
    found = country_coded(sentence, DAY)
    assert not any(s == defier and root in ("11", "14") for s, _, root, _ in found)


@pytest.mark.parametrize(("sentence", "source", "target", "root"), [
    # a protest lodged is the subject's own
    ("Pakistan lodged a strong protest with India over the shelling.", "PAK", "IND", "11"),
    ("The Chinese government protested to Japan, defying the warnings of the United States.", "CHN", "JPN", "11"),
])
def test_acts_of_ones_own_are_kept(country_coded: CountryCoded, sentence: str, source: str, target: str,
                                   root: str) -> None:
    assert any(s == source and t == target and r in (root, "14") for s, t, r, _ in country_coded(sentence, DAY))
