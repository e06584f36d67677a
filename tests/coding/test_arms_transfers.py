"""Arms and aid handed from one state to another: shipped or transferred weapons are military aid (07) from the
giver, never an attack with them; weapons or aid "received" or "taken delivery of" come from the state named after
"from" (07 from it), never a visit the receiver hosted; rockets "received" in a barrage are no aid."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2024, 9, 18)


@pytest.mark.parametrize(("text", "pair"), [
    ("Iran shipped hundreds of attack drones to Russia in August, officials in Kyiv said.", ("IRN", "RUS")),
    ("Pyongyang has transferred short-range ballistic missiles to Moscow on Monday.", ("PRK", "RUS")),
    ("Serbia shipped artillery shells to Ukraine through third countries on Tuesday.", ("SRB", "UKR")),
    ("Egypt received twelve Rafale fighter jets from France on Tuesday.", ("FRA", "EGY")),
    ("Poland took delivery of the first K2 tanks from South Korea on Tuesday.", ("KOR", "POL")),
    ("Armenia received emergency aid from India on Tuesday.", ("IND", "ARM")),
])
def test_arms_handed_over_are_aid_from_the_giver(country_coded: CountryCoded, text: str,
                                                pair: tuple[str, str]) -> None:
    coded = country_coded(text, DAY)
    assert any((s, t) == pair and root == "07" for s, t, root, _ in coded), coded
    assert not [e for e in coded if e[2] in ("04", "18", "19")], coded


@pytest.mark.parametrize(("text", "unwanted"), [
    ("Israel received a barrage of rockets from Lebanon on Tuesday.", "07"),
    ("Putin received the Indian defence minister in Moscow on Tuesday.", "07"),
])
def test_no_aid_in_an_attack_or_a_visit_received(country_coded: CountryCoded, text: str, unwanted: str) -> None:
    assert not [e for e in country_coded(text, DAY) if e[2] == unwanted], country_coded(text, DAY)


def test_shells_fired_stay_force(country_coded: CountryCoded) -> None:
    coded = country_coded("Russian artillery fired shells at Ukrainian positions near Kupiansk on Tuesday.", DAY)
    assert any(e[:3] == ("RUS", "UKR", "19") for e in coded), coded
