"""A welcome of a person is hosting a visit (043), a welcome of an act or a text approval (051): coding._welcomed.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2018, 9, 18)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Chinese President Xi Jinping welcomed Kazakh President Nursultan Nazarbayev to Beijing on Tuesday.",
     ("CHN", "KAZ")),
    ("Prime Minister Shinzo Abe welcomed Indian Prime Minister Narendra Modi at his residence on Monday.",
     ("JPN", "IND")),
    ("Kim Jong Un welcomed President Moon Jae-in on Tuesday.", ("PRK", "KOR")),
])
def test_a_person_welcomed_is_hosted(sentence: str, pair: tuple[str, str], country_coded: CountryCoded) -> None:
    roots = {root for s, t, root, _ in country_coded(sentence, DAY) if (s, t) == pair}
    assert roots == {"04"}


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Japan welcomed President Moon Jae-in's proposal for talks on Tuesday.", ("JPN", "KOR")),
    ("India welcomed the U.S. president's remarks on Tuesday.", ("IND", "USA")),
    ("Prime Minister Shinzo Abe welcomed President Trump for his efforts on North Korea.", ("JPN", "USA")),
    ("China welcomed the decision of North Korea to return to the talks.", ("CHN", "PRK")),
])
def test_a_welcome_of_an_act_or_for_one_stays_approval(sentence: str, pair: tuple[str, str],
                                                       country_coded: CountryCoded) -> None:
    roots = {root for s, t, root, _ in country_coded(sentence, DAY) if (s, t) == pair}
    assert "05" in roots and "04" not in roots
