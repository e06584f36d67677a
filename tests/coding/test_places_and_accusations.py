"""Two classes of actor and target errors on real prose, each on sentences written for the tests: a country named
as a place is no party to the act; an accusation is the accuser's act on the accused, never the accused's act."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.mentions import Mention
from detente.coding.places import located

DAY = dt.date(2021, 9, 7)


def _coded(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(sentence, date=DAY)}


# -- places -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected", "not_expected"), [
    # beside a country: never the target
    ("Syrian forces shelled villages near the Turkish border.", ("SYR", "---", "19"), ("SYR", "TUR", "19")),
    ("Iranian drones attacked a tanker off the coast of Oman.", ("IRN", "---", "19"), ("IRN", "OMN", "19")),
    ("North Korea fired two missiles off the coast of Japan.", ("PRK", "---", "15"), ("PRK", "JPN", "15")),
    # inside a country: where a meeting was held, no party to it
    ("The ministers of Chile and Peru met in the Bolivian capital.", ("CHL", "PER", "04"), ("CHL", "BOL", "04")),
    ("Chilean and Peruvian officials held talks at a Bolivian resort.", ("PER", "CHL", "04"),
     ("PER", "BOL", "04")),
])
def test_a_place_is_no_party(coder: Coder, sentence: str, expected: tuple[str, str, str],
                             not_expected: tuple[str, str, str]) -> None:
    found = _coded(coder, sentence)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("North Korea fired two missiles toward Japan.", ("PRK", "JPN", "15")),
    ("Russian jets struck targets in Syrian territory.", ("RUS", "SYR", "19")),
    ("Syrian shells landed in the Turkish border town of Akcakale.", ("SYR", "TUR", "19")),
    # entering or violating another state's airspace is a show of force aimed at it (15), as the coding guide reads it
    ("Russia violated Finnish airspace.", ("RUS", "FIN", "15")),
    # where a visitor arrives is the host
    ("The French president arrived in Moscow on Tuesday.", ("FRA", "RUS", "04")),
])
def test_a_place_phrase_that_names_the_target(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, sentence)


def _low(text: str) -> list[str]:
    return text.split()


def test_located_by_kind_of_act() -> None:
    low = _low("the talks were held in a ghanaian port")
    assert located(low, Mention(6, 7, "GHA"), "040")
    assert not located(low, Mention(6, 7, "GHA"), "190")  # force in a country's port is force on it
    assert located(_low("troops massed along the border of togo"), Mention(6, 7, "TGO"), "150")
    assert not located(_low("troops massed on the border of togo"), Mention(6, 7, "TGO"), "150")
    assert not located(_low("ghana sent troops to togo"), Mention(4, 5, "TGO"), "150")


# -- accusations ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ecuador charged that Peru had shelled its border posts.", {("ECU", "PER", "11")}),
    ("Ghana alleged that Togolese troops had attacked a village.", {("GHA", "TGO", "11")}),
    ("Togo was accused by Ghana of sending troops across the border.", {("GHA", "TGO", "11")}),
    ("Ghana accused Togo of violating the ceasefire and of shelling its villages.", {("GHA", "TGO", "11")}),
    ("Ghana and Togo accused each other of violating the ceasefire.", {("GHA", "TGO", "11"), ("TGO", "GHA", "11")}),
    ("Togo rejected Ghana's accusations that it had sent troops across the border.", {("TGO", "GHA", "01")}),
    # a denial of claims is aimed at the state they name, as "denied that ..." is (coding._denied)
    ("Togo dismissed claims that its troops had shelled Ghanaian villages.", {("TGO", "GHA", "01")}),
    ("Washington claimed that Pakistani forces had first fired at NATO forces.", {("USA", "PAK", "11")}),
    ("Vietnam and China traded accusations that each had rammed the other's boats.",
     {("VNM", "CHN", "11"), ("CHN", "VNM", "11")}),
])
def test_an_accusation_is_the_accusers_act(coder: Coder, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    # what is said was done (a shelling, a crossing, troops sent) is no event of its own
    assert _coded(coder, sentence) == expected


def test_an_accusation_does_not_swallow_the_accusers_next_act(coder: Coder) -> None:
    found = _coded(coder, "Ghana accused Togo of violating the ceasefire and recalled its ambassador.")
    assert {("GHA", "TGO", "11"), ("GHA", "TGO", "16")} <= found


def test_a_claim_about_ones_own_act_is_no_accusation(coder: Coder) -> None:
    found = _coded(coder, "North Korea claimed that it had successfully tested a long-range missile.")
    assert ("PRK", "---", "15") in found
    assert all(code != "11" for _, _, code in found)
