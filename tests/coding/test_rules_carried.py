"""The body whose rules are carried out is no party (:mod:`detente.coding._rules_carried`): the UN named as the
maker of resolutions whose implementation is urged, promised or cooperated on. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2022, 9, 14)


@pytest.mark.parametrize("sentence", [
    "Spain called for the full implementation of Security Council resolutions on Libya.",
    "Italy pledged support for the implementation of UN resolution 1701 in southern Lebanon.",
    "Peru, Chile and Ecuador pledged closer cooperation towards peace in Haiti and the full implementation of "
    "relevant United Nations Security Council (UNSC) resolutions.",
    "Norway promised to help with the implementation of Security Council resolution 2334.",
    "Canada and Mexico agreed to cooperate on the strict enforcement of United Nations sanctions.",
    "Sweden will work with its partners on compliance with IAEA rules.",
])
def test_the_rules_maker_is_no_target(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(t == "IGO" for _, t, _, _ in country_coded(sentence, DAY))


@pytest.mark.parametrize(("sentence", "source"), [
    ("Spain and Italy welcomed the adoption of Security Council resolution 2397.", "ESP"),
    ("Russia vetoed the Security Council resolution on Syria.", "RUS"),
    ("Spain urged the Security Council to implement its resolutions on Libya.", "ESP"),
])
def test_a_body_acted_on_stays(country_coded: CountryCoded, sentence: str, source: str) -> None:
    assert (source, "IGO") in {(s, t) for s, t, _, _ in country_coded(sentence, DAY)}
