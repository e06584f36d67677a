"""Whom a denial is about (`coding._denied`): a denial that names no accuser is aimed at the other state the denied
words name ("Pakistan's army denied that its soldiers had crossed into Indian territory": PAK -> IND 01), as the
real-prose guide codes a denial of responsibility. Sentences written for these tests. Guards: a denial whose words
name only nationals or an armed group of a state, or no state at all, keeps no target."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2020, 11, 4)


@pytest.mark.parametrize(("sentence", "denier", "other"), [
    ("Pakistan's army denied on Tuesday that its soldiers had crossed into Indian territory.", "PAK", "IND"),
    ("The Belarusian foreign ministry denied that Minsk had pushed migrants across the border into Poland.",
     "BLR", "POL"),
    ("Moscow denied any role in the cyberattack on Estonia's banks, calling the reports fiction.", "RUS", "EST"),
    ("Eritrea's information minister denied that Eritrean troops were operating inside Ethiopia's Tigray region.",
     "ERI", "ETH"),
])
def test_a_denial_is_aimed_at_the_state_it_concerns(country_coded: CountryCoded, sentence: str, denier: str,
                                                    other: str) -> None:
    assert (denier, other, "01", "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize("sentence", [
    "The Kenyan government denied that it had paid the gunmen who kidnapped two Italian aid workers.",
    "The ministry denied that the Somali pirates had been paid a ransom by Japanese shipowners.",
    "Chile's president denied any wrongdoing in the sale of the state copper company.",
])
def test_a_denial_of_no_state_act_keeps_no_target(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(root == "01" for _, _, root, _ in country_coded(sentence, DAY))
