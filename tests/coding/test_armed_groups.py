"""Armed groups named by their own name are coded by the country they fight in with the role of rebels
(coding._armed_groups, coding/dictionaries/armed_groups.txt); an article keeps a state's act on them and leaves
out their own acts, which are no state's (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article_text

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2024, 2, 20)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    ("Hezbollah launched a volley of rockets at an Israeli border post on Monday.", ("LBN", "ISR"), "19"),
    ("The Houthis fired two ballistic missiles at an American warship on Sunday.", ("YEM", "USA"), "19"),
    ("Al-Shabaab gunmen attacked a Kenyan police station near the border on Saturday.", ("SOM", "KEN"), "18"),
    ("M23 rebels shelled positions of the Burundian army on Friday.", ("COD", "BDI"), "19"),
    ("Egyptian mediators met a Hamas delegation in Cairo on Monday.", ("EGY", "PSE"), "04"),
    ("American jets bombed Houthi radar sites on Tuesday.", ("USA", "YEM"), "19"),
])
def test_a_named_group_is_coded_by_its_country(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                               root: str) -> None:
    assert (*pair, root, "occurred") in country_coded(sentence, DAY)


@pytest.mark.parametrize(("day", "code"), [(dt.date(2019, 6, 3), "AFGREB"), (dt.date(2023, 6, 3), "AFGGOV")])
def test_the_taliban_are_rebels_before_august_2021_and_the_government_after(coder: Coder, day: dt.date,
                                                                            code: str) -> None:
    events = coder.code_sentence("The Taliban detained three Pakistani reporters on Sunday.", date=day)
    assert [(e.source, e.target[:3], e.code[:2]) for e in events] == [(code, "PAK", "17")]


def test_the_pakistani_taliban_are_pakistani_rebels(coder: Coder) -> None:
    events = coder.code_sentence("The Pakistani Taliban attacked an Afghan border post on Sunday.", date=DAY)
    assert {e.source for e in events} == {"PAKREB"}


def _article(text: str) -> set[tuple[str, str, str]]:
    reading = read_article_events(read_article_text(text, date=DAY), coder=Coder())
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in reading.events}


def test_an_article_keeps_a_state_act_on_a_group_and_leaves_out_the_group_act() -> None:
    coded = _article("Israeli aircraft struck Hamas positions in Gaza on Monday. Hezbollah fired rockets at Israeli "
                     "troops on Monday, the army said.")
    assert ("ISR", "PSE", "19") in coded
    assert not any(s == "LBN" for s, _, _ in coded)


def test_a_country_inside_a_town_name_is_no_doer(country_coded: CountryCoded) -> None:
    # guard: "Port Sudan" is a town of Sudan, not Sudan striking
    for sentence in ("Two Hamas members died in the Port-Sudan air strike on Tuesday.",
                     "Two Hamas members died in the Port Sudan air strike on Tuesday."):
        assert not any(s == "SDN" for s, *_ in country_coded(sentence, DAY))


def test_militants_named_by_their_country_keep_their_coding(coder: Coder) -> None:
    # guard: the rebels of an adjective were coded so before the groups came
    events = coder.code_sentence("Palestinian militants fired rockets at Israel on Monday.", date=DAY)
    assert [(e.source, e.target, e.code[:2]) for e in events] == [("PSEREB", "ISR", "19")]
