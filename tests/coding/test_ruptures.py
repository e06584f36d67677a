"""Diplomatic ruptures and a resolution's own acts (docs/coder.md, "Ruptures, bans on carriers and resolutions as
subjects"): another state's airlines, aircraft or ships banned or shut out are sanctions (163), a mission's closure
ordered or announced and an attache or consul expelled reduce relations (161, 166), an envoy given hours to leave
by a pronoun is expelled, not asked (161), and a resolution that is the subject of its verb acts for its body
(coding/_resolution_doers.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2021, 6, 2)


def _pairs(coded: set[tuple[str, str, str, str]], root: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t, r, _ in coded if r == root}


# -- another state's carriers banned or shut out of one's airspace, ports or waters: sanctions (16); a mission's
# -- closure ordered or announced, an attache or consul expelled, an envoy given time to leave by a pronoun: a break
# -- (16), not the restriction, deportation (17) or demand (10) they were read as

@pytest.mark.parametrize(("sentence", "pair", "not_root"), [
    ("Lithuania banned Belarusian airlines from landing at its airports.", ("LTU", "BLR"), "17"),
    ("Poland barred Russian aircraft from its airspace on Monday.", ("POL", "RUS"), "17"),
    ("Norway closed its ports to Russian fishing vessels.", ("NOR", "RUS"), "17"),
    ("Indonesia banned Malaysian ships from its waters after the dispute.", ("IDN", "MYS"), "17"),
    ("Russia ordered the closure of the Polish consulate in Smolensk.", ("RUS", "POL"), "17"),
    ("Britain announced the closure of its embassy in Tripoli on Friday.", ("GBR", "LBY"), "17"),
    ("Washington ordered the shutdown of the Syrian embassy.", ("USA", "SYR"), "17"),
    ("Ecuador expelled the Bolivian military attache.", ("ECU", "BOL"), "17"),
    ("Slovakia expelled a Russian consul and two other officials.", ("SVK", "RUS"), "17"),
    ("Bolivia expelled the American ambassador and gave him three days to leave.", ("BOL", "USA"), "10"),
    ("Peru declared the Mexican envoy unwelcome and gave her 72 hours to leave the country.", ("PER", "MEX"), "10"),
    ("Ghana expelled two Nigerian diplomats and gave them a week to leave the country.", ("GHA", "NGA"), "10"),
])
def test_bans_closures_and_expulsions_reduce_relations(country_coded: CountryCoded, sentence: str,
                                                       pair: tuple[str, str], not_root: str) -> None:
    coded = country_coded(sentence, DAY)
    assert pair in _pairs(coded, "16")
    assert pair not in _pairs(coded, not_root)


@pytest.mark.parametrize("sentence", [
    "The Kenyan government banned plastic bags in the capital.",
    "Finland closed its airspace to all traffic during the storm.",
    "The mayor banned fishing boats from the harbour for a week.",
    "The governor ordered the closure of all schools in the province.",
    "The British embassy announced the closure of its visa office for the holidays.",
])
def test_a_ban_or_closure_at_home_reduces_no_relations(country_coded: CountryCoded, sentence: str) -> None:
    assert not {c for c in country_coded(sentence, DAY) if c[2] == "16"}


def test_a_closed_border_stays_a_restriction(country_coded: CountryCoded) -> None:
    assert ("EGY", "PSE") in _pairs(country_coded("Egypt closed its border with Gaza.", DAY), "17")


def test_citizens_expelled_stay_a_deportation(country_coded: CountryCoded) -> None:
    assert ("THA", "MMR") in _pairs(country_coded("Thailand expelled forty Burmese migrants.", DAY), "17")


def test_forces_given_time_to_leave_a_territory_are_asked(country_coded: CountryCoded) -> None:
    coded = country_coded("The Arab League gave Syrian troops a week to leave Lebanon.", DAY)
    assert {t for s, t, r, _ in coded if r == "10"} == {"SYR"}


# -- a resolution that is the subject of its verb acts for its body ------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("A resolution passed by the General Assembly on Thursday calls on Russia to withdraw its forces.",
     {("IGO", "RUS", "02")}),
    ("A resolution adopted by the Security Council on Tuesday condemns the shelling by Syria.",
     {("IGO", "SYR", "11")}),
    ("The Security Council resolution passed on Friday gives Sudan and Chad until Monday to pull back their "
     "troops.", {("IGO", "SDN", "10"), ("IGO", "TCD", "10")}),
    ("The Security Council resolution approved on Wednesday urges Peru and Ecuador to halt the fighting.",
     {("IGO", "PER", "02"), ("IGO", "ECU", "02")}),
])
def test_a_resolution_as_subject_acts_for_its_body(country_coded: CountryCoded, sentence: str,
                                                   expected: set[tuple[str, str, str]]) -> None:
    found = {(s, t, r) for s, t, r, _ in country_coded(sentence, DAY)}
    assert found == expected  # and the adoption in the subject ("approved on Wednesday") is no act of its own


@pytest.mark.parametrize("sentence", [
    "House Resolution 408 condemns Venezuela's crackdown.",
    "Resolution 502 demanded the withdrawal of all Argentine forces.",  # the text names no UN body
    "The resolution demands that Ethiopia withdraw its troops.",
    "Resolution 242 was adopted by the Security Council in 1967.",
])
def test_a_resolution_naming_no_un_body_names_no_doer(country_coded: CountryCoded, sentence: str) -> None:
    assert not {c for c in country_coded(sentence, DAY) if c[0] == "IGO"}
