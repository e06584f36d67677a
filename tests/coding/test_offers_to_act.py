"""An offer to act on another state is aimed at it, and so is a vow or an offer with its day told between the verb
and the infinitive: "Japan offered to help Fiji" is Japan -> Fiji 03, "Kenya vowed on Monday to punish Somalia"
Kenya -> Somalia 13 (the parser hung the infinitive on the verb as a purpose, and the act had no target). Guards:
an offer with its object and an infinitive of its own subject keep their reading."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2015, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [("Japan offered to help Fiji after the cyclone.", ("JPN", "FJI", "03")),
     ("Australia offered on Thursday to send engineers to Vanuatu.", ("AUS", "VUT", "03")),
     ("Kenya vowed on Monday to punish Somalia for the raid.", ("KEN", "SOM", "13")),
     ("Norway offered on Wednesday to host talks between Colombia and the rebels.", ("NOR", "COL", "03"))],
)
def test_an_offer_or_vow_is_aimed_at_the_state_its_act_names(country_coded: CountryCoded, sentence: str,
                                                             event: tuple[str, str, str]) -> None:
    acts = {(s, t, r) for s, t, r, _ in country_coded(sentence, DAY)}
    assert event in acts, acts


@pytest.mark.parametrize(
    ("sentence", "event"),
    [("Japan offered Fiji emergency aid after the cyclone.", ("JPN", "FJI", "03")),
     ("Kenya threatened to punish Somalia for the raid.", ("KEN", "SOM", "13"))],
)
def test_offers_and_threats_read_before_stay(country_coded: CountryCoded, sentence: str,
                                             event: tuple[str, str, str]) -> None:
    acts = {(s, t, r) for s, t, r, _ in country_coded(sentence, DAY)}
    assert event in acts, acts
