"""A town struck by force stands for the country it lies in (coding._struck_places, data/cities.csv), and the
victim's condemnation of that attack is aimed at the attacker (sentences written for these tests)."""

from __future__ import annotations

import csv
import datetime as dt
from importlib import resources
from typing import TYPE_CHECKING

import pytest

from detente.actors import countries
from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article_text

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    ("Russian forces launched a drone attack on Kharkiv early on Sunday, officials said.", ("RUS", "UKR"), "19"),
    ("Russian artillery shelled Nikopol on Thursday, wounding two residents.", ("RUS", "UKR"), "19"),
    ("A Russian glide-bomb attack on the southern city of Zaporizhzhia killed three people on Friday.",
     ("RUS", "UKR"), "19"),
    ("Iran fired a barrage of ballistic missiles at Haifa late on Tuesday, the army said.", ("IRN", "ISR"), "19"),
    ("Israeli jets bombed several buildings in Nabatieh on Wednesday.", ("ISR", "LBN"), "19"),
    ("Ukrainian drones attacked an oil depot in Novorossiysk overnight.", ("UKR", "RUS"), "19"),
    ("Indian missiles struck targets in Bahawalpur and Muridke before dawn.", ("IND", "PAK"), "19"),
    ("Armenian forces shelled Tartar district on Sunday, the ministry said.", ("ARM", "AZE"), "19"),
])
def test_a_town_struck_is_its_country(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                      root: str) -> None:
    assert (*pair, root, "occurred") in country_coded(sentence, DAY)


def test_a_town_the_attack_came_from_is_not_struck(country_coded: CountryCoded) -> None:
    coded = country_coded("Russian bombers flying from Engels fired missiles on Tuesday.", DAY)
    assert not any(target == "RUS" for _, target, _, _ in coded)


def test_a_town_of_the_attackers_own_country_gives_no_target(country_coded: CountryCoded) -> None:
    coded = country_coded("Azerbaijani forces shelled Stepanakert on Monday.", DAY)
    assert not any(root == "19" for _, _, root, _ in coded)


@pytest.mark.parametrize("sentence", [
    "The Russian delegation met Ukrainian negotiators in Odesa on Monday.",
    "Israel's prime minister visited Haifa on Tuesday.",
    "Pakistan's army chief said Lahore would never be threatened.",
])
def test_a_town_in_an_act_that_is_no_force_changes_nothing(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(root in ("18", "19", "20") for _, _, root, _ in country_coded(sentence, DAY))


def test_a_known_target_is_kept(country_coded: CountryCoded) -> None:
    coded = country_coded("Russia fired missiles at Ukraine's energy grid near Lviv on Friday.", DAY)
    assert ("RUS", "UKR", "19", "occurred") in coded


def test_a_lowercase_word_is_no_town(country_coded: CountryCoded) -> None:
    coded = country_coded("Russian forces shelled a tyre factory on Friday.", DAY)
    assert not any(target == "LBN" for _, target, _, _ in coded)


def test_every_town_names_a_country_of_the_table_and_a_source() -> None:
    codes = {c.code for c in countries()}
    text = resources.files("detente.data").joinpath("cities.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert rows and all(r["country"] in codes and r["source"].strip() and r["name"][:1].isupper() for r in rows)
    assert len({r["name"].lower() for r in rows}) == len(rows)


def _events(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    reading = read_article_events(read_article_text(text, date=DAY), coder=coder)
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in reading.events}


def test_the_victims_condemnation_far_from_the_attack_is_aimed_at_the_attacker(coder: Coder) -> None:
    text = ("Russian missiles struck Sumy on Tuesday, killing nine people.\n\n"
            "Rescuers searched the rubble of a school through the night.\n\n"
            "Power was cut in several districts and water pumps stopped.\n\n"
            "Schools in the region will stay closed until the end of the week.\n\n"
            "Ukraine's foreign minister condemned the attack as a war crime.")
    events = _events(coder, text)
    assert ("RUS", "UKR", "19") in events
    assert ("UKR", "RUS", "11") in events



def test_a_town_written_with_a_point_or_an_accent_is_found(country_coded: CountryCoded) -> None:
    # the table's names are split as the tokenizer splits the text ("St . Petersburg", "Medellin")
    from detente.coding._struck_places import _towns
    assert ("st", ".", "petersburg") in _towns() and ("medellin",) in _towns()
    found = country_coded("Ukrainian drones struck an oil terminal in St. Petersburg on Sunday.", DAY)
    assert ("UKR", "RUS", "19", "occurred") in found
