"""Diplomacy on wire text: whom. Each class of the real readouts of meetings, calls and visits that lost or
misplaced a party, on short texts written for it (docs/coder.md, "Diplomacy on wire text: whom")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, split_sentences

DAY = dt.date(2024, 6, 10)


def _last(coder: Coder, text: str, root: str) -> set[tuple[str, str]]:
    """The (source, target) countries of the last sentence's events of ``root``."""
    found = coder.code_many(split_sentences(text), date=DAY)
    return {(e.source[:3], e.target[:3]) for e in found[-1] if e.code.startswith(root)}


# -- a person the lexicon names with a country is named again by surname -------------------------------------------

@pytest.mark.parametrize(("text", "root", "pair"), [
    # a name written family name first, with a hyphenated given name
    ("South Korean Foreign Minister Cho Tae-yul met Chinese Foreign Minister Wang Yi in Busan on Monday. "
     "Later in the week Cho telephoned Japanese Prime Minister Fumio Kishida.", "04", ("KOR", "JPN")),
    ("Foreign Minister Cho Tae-yul arrived in Hanoi on Tuesday, Seoul's foreign ministry said. "
     "The next day Cho signed a trade pact with Vietnam.", "0", ("KOR", "VNM")),
    # a name the lexicon knows, in the usual order
    ("Secretary of State Antony Blinken landed in Ankara on Thursday. "
     "Blinken then met Turkish President Recep Tayyip Erdogan.", "04", ("USA", "TUR")),
])
def test_a_known_person_named_again_by_surname(coder: Coder, text: str, root: str, pair: tuple[str, str]) -> None:
    assert pair in _last(coder, text, root)


# -- "Country's Special Representative for Place Name": the name after the post's remit ------------------------------

@pytest.mark.parametrize(("text", "root", "pair"), [
    ("Norway's Special Envoy for Colombia Dag Nylander flew to Havana on Friday. "
     "Nylander met Cuban Foreign Minister Bruno Rodriguez the next day.", "04", ("NOR", "CUB")),
    ("Japan's ambassador to Egypt Oka Hiroshi called on the Egyptian prime minister on Monday. "
     "On Wednesday Hiroshi thanked Egypt for its help.", "0", ("JPN", "EGY")),
])
def test_a_name_after_the_remit_of_a_post(coder: Coder, text: str, root: str, pair: tuple[str, str]) -> None:
    assert pair in _last(coder, text, root)


def test_a_surname_two_countries_share_names_neither(coder: Coder) -> None:
    # two people of different countries share the surname: "Park" alone names neither
    text = ("South Korean envoy Park Min-ho met Colombian envoy Ana Park in Geneva on Monday. "
            "Park later criticized Brazil.")
    assert all(source in ("---", "BRA") for source, _ in _last(coder, text, "1"))


# -- the capital a visitor arrives in is the host of the visit ------------------------------------------------------

@pytest.mark.parametrize(("sentence", "pair"), [
    ("Qatar's foreign minister arrived in the Iranian capital on Sunday.", ("QAT", "IRN")),
    ("A Chilean trade delegation arrived in the Peruvian capital for a three-day visit.", ("CHL", "PER")),
    ("The Hungarian prime minister paid a visit to the Serbian capital on Friday.", ("HUN", "SRB")),
])
def test_the_capital_visited_is_the_host(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    assert pair in _last(coder, sentence, "04")


def test_a_meeting_in_a_capital_still_has_no_host_party(coder: Coder) -> None:
    # a meeting of two others in a third country's capital: the capital is where, not whom
    found = _last(coder, "The Armenian and Azerbaijani foreign ministers met in the Kazakh capital on Friday.", "04")
    assert found and all("KAZ" not in pair for pair in found)


# -- a city inside a name: "the Minsk Group", "the Paris Club" --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "bad"), [
    ("Armenia and Azerbaijan agreed to resume talks under the auspices of the Minsk Group.", "BLR"),
    ("Zambia asked the Paris Club for debt relief on Tuesday.", "FRA"),
    ("Ukraine accused Russia of violating the Minsk agreements.", "BLR"),
])
def test_a_city_inside_a_name_is_no_party(coder: Coder, sentence: str, bad: str) -> None:
    found = coder.code_many([sentence], date=DAY)[0]
    assert found
    assert all(bad not in (e.source[:3], e.target[:3]) for e in found)


# -- "after meeting with X": X is whom the meeting was with, not the target of the main act -------------------------

@pytest.mark.parametrize(("sentence", "root", "bad"), [
    ("The Cuban president pardoned four inmates after meeting with the Brazilian president.", "05", "BRA"),
    ("Venezuela freed the detained sailors before receiving the Colombian envoy.", "08", "COL"),
    ("Nepal closed the crossing while awaiting a reply from India.", "", "IND"),
])
def test_a_gerund_clause_holds_no_target_of_the_main_act(coder: Coder, sentence: str, root: str, bad: str) -> None:
    found = coder.code_many([sentence], date=DAY)[0]
    main = [e for e in found if e.code.startswith(root) and e.code[:3] not in ("040", "041", "042", "043", "044")]
    assert all(e.target[:3] != bad for e in main)


def test_the_meeting_of_a_gerund_clause_keeps_its_partner(coder: Coder) -> None:
    found = coder.code_many(["The Cuban president pardoned four inmates after meeting with the Brazilian president."],
                            date=DAY)[0]
    assert any(e.code.startswith("04") and e.target[:3] == "BRA" for e in found)


# -- "X's <city> visit": the city is the host, the possessor the visitor -----------------------------------------------

@pytest.mark.parametrize(("sentence", "pair"), [
    ("The Indian prime minister's Moscow visit lasted two days.", ("IND", "RUS")),
    ("The Turkish president's Baghdad visit ended in April.", ("TUR", "IRQ")),
    ("The Kenyan president's Addis Ababa visit was cut short on Friday.", ("KEN", "ETH")),
])
def test_a_city_before_a_visit_is_its_host(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    found = {(e.source[:3], e.target[:3]) for e in coder.code_many([sentence], date=DAY)[0] if e.code == "042"}
    assert pair in found
    assert all(source != pair[1] for source, _ in found)
