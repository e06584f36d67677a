"""Actors of real prose the coder missed or mistook: titled people the lexicon does not know, offices in apposition,
a channel's host, a capital before a mission, seas named after a state, envoys summoned, the agent of a participle
(docs/coder.md, "Sources, channels and agents on wire text"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.ingest.news import read_article_text

DAY = dt.date(2024, 3, 12)


def _pairs(coder: Coder, text: str, root: str = "") -> set[tuple[str | None, str | None]]:
    """The (source, target) countries of the article's events of ``root`` (None: no country)."""
    reading = read_article_events(read_article_text(text, date=DAY), coder=coder)

    def country(code: str) -> str | None:
        return None if code.startswith("---") else code[:3]

    return {(country(e.source), country(e.target)) for e in reading.events if e.code.startswith(root)}


# -- a titled person the lexicon does not know: the country the article gives -----------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    # the one foreign ministry the article names
    ("Foreign Minister Dana Voskresna held talks with Polish Foreign Minister Radoslaw Sikorski in Warsaw on "
     "Monday, the Ukrainian Foreign Ministry said.", ("UKR", "POL")),
    ("According to Manila's foreign ministry, Foreign Secretary Elmer Tanodra met Vietnamese Foreign Minister "
     "Bui Thanh Son on Tuesday.", ("PHL", "VNM")),
    # the same name given a country elsewhere in the article, after the sentence that needs it
    ("Defense Minister Arvo Kallasmaa met his Latvian counterpart in Riga on Friday. Arvo Kallasmaa, Estonia's "
     "defense minister, has held the post since 2022.", ("EST", "LVA")),
    # the country's office named with no holder ("the Foreign Minister of Croatia"), the other named with theirs
    ("Foreign Minister Lena Marovic met Foreign Minister of Slovakia Juraj Blanar in Vienna on Monday. The Foreign "
     "Minister of Croatia will travel to Berlin next week.", ("HRV", "SVK")),
    # an office in apposition with its country after "of"
    ("Ms. Keiko Tamaru, Minister for Foreign Affairs of Japan, met Australian Foreign Minister Penny Wong.",
     ("JPN", "AUS")),
    # an office in apposition, the country from the ministry the article names
    ("Mr. Keiji Hoshino, Minister for Foreign Affairs, met Indonesian Foreign Minister Sugiono in Jakarta. "
     "Japan's Ministry of Foreign Affairs said the two agreed to deepen maritime cooperation.", ("JPN", "IDN")),
])
def test_a_titled_person_gets_the_country_the_article_gives(coder: Coder, text: str,
                                                            pair: tuple[str, str]) -> None:
    assert pair in _pairs(coder, text, "04")


def test_a_person_the_lexicon_knows_is_read_on_the_day_not_guessed(coder: Coder) -> None:
    # the lexicon has Ri Yong Ho as foreign minister from 2016 to 2020: in a text of 2024 the title does not make
    # him the government again (the lexicon's dated reading stands, as for "former" officials)
    text = ("Foreign Minister Ri Yong Ho met Chinese Foreign Minister Wang Yi in Beijing, the DPRK Foreign Ministry "
            "said.")
    assert all(source != "PRK" for source, _ in _pairs(coder, text, "04"))


def test_the_surname_of_a_titled_person_is_remembered(coder: Coder) -> None:
    text = ("Foreign Minister Dana Voskresna met Polish Foreign Minister Radoslaw Sikorski in Warsaw on Monday, "
            "the Ukrainian Foreign Ministry said. On Tuesday Voskresna criticized Hungary.")
    assert ("UKR", "HUN") in _pairs(coder, text, "11")


@pytest.mark.parametrize("text", [
    # no country anywhere for him: nothing is guessed
    "Foreign Minister Dana Voskresna met Polish Foreign Minister Radoslaw Sikorski in Warsaw, sources said.",
    # the only foreign ministry named is the counterpart's, whose foreign minister is someone else
    "Foreign Minister Dana Voskresna met Polish Foreign Minister Radoslaw Sikorski in Warsaw. The Polish foreign "
    "ministry called the talks constructive.",
])
def test_a_titled_person_stays_without_a_country_the_article_does_not_give(coder: Coder, text: str) -> None:
    sources = {source for source, _ in _pairs(coder, text, "04")}
    assert sources <= {None}


# -- a channel's host, a capital before a mission -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "host"), [
    ("Tokyo lodged a protest via its embassy in Beijing on Friday.", "CHN"),
    ("Seoul conveyed its protest through the embassy in Beijing.", "CHN"),
    ("Canada lodged a protest via its embassy in Moscow.", "RUS"),
])
def test_the_host_of_a_channel_is_no_target(coder: Coder, text: str, host: str) -> None:
    pairs = _pairs(coder, text, "11")
    assert pairs and all(target != host for _, target in pairs)


def test_the_addressee_of_a_protest_through_a_channel_stays(coder: Coder) -> None:
    assert ("JPN", "PRK") in _pairs(coder, "Tokyo lodged a protest with North Korea via its embassy in Beijing.", "11")


def test_opening_an_embassy_in_a_state_still_concerns_that_state(coder: Coder) -> None:
    assert ("CHL", "BOL") in _pairs(coder, "Chile has reopened its embassy in Bolivia.", "05")


@pytest.mark.parametrize(("text", "pair"), [
    ("Argentina's Moscow embassy condemned the Uruguayan attack.", ("ARG", "URY")),
    ("Kenya's Beijing embassy praised Tanzania for its help.", ("KEN", "TZA")),
])
def test_a_capital_before_a_mission_says_where_it_is(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    pairs = _pairs(coder, text)
    assert pair in pairs
    assert all("RUS" not in p and "CHN" not in p for p in pairs)


# -- seas and gulfs named after a state ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Russian bombers fired cruise missiles into the Sea of Japan on Sunday.", "JPN"),
    ("The Iranian navy seized a tanker in the Gulf of Oman.", "OMN"),
    ("North Korea fired two missiles into the East China Sea.", "CHN"),
])
def test_a_sea_named_after_a_state_is_no_actor(coder: Coder, text: str, place: str) -> None:
    pairs = _pairs(coder, text)
    assert pairs and all(place not in p for p in pairs)


def test_a_state_before_its_coast_is_still_read(coder: Coder) -> None:
    # only a body of water's name: "Japanese waters" and "Japan's coast" still name Japan
    assert ("PRK", "JPN") in _pairs(coder, "North Korea fired a missile toward Japan's coast on Monday.")


# -- an envoy summoned: the target of what the summons delivers ---------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("The Bangladeshi deputy high commissioner was summoned to the Foreign Office, where the director general "
     "lodged a strong protest.", (None, "BGD")),
    ("Venezuela's ambassador was summoned by the Guyanese foreign ministry and handed a protest note.",
     ("GUY", "VEN")),
    ("The Russian ambassador was summoned to the Estonian foreign ministry, where a senior official protested "
     "the violation of its airspace.", ("EST", "RUS")),
])
def test_the_summoned_envoy_receives_the_protest(coder: Coder, text: str, pair: tuple[str | None, str]) -> None:
    pairs = _pairs(coder, text, "1")
    assert pair in pairs
    assert all(source != pair[1] for source, _ in pairs)  # never the protest of the envoy's own state


def test_an_active_summons_is_unchanged(coder: Coder) -> None:
    assert ("EST", "RUS") in _pairs(coder, "Estonia summoned the Russian ambassador on Monday.", "11")


# -- the agent of a participle is its doer, not a target ----------------------------------------------------------

@pytest.mark.parametrize(("text", "agent"), [
    ("Moldova said it was ready to sign a border treaty sought by Kyiv.", "UKR"),
    ("Georgia said it would back a ceasefire plan sought by Moscow.", "RUS"),
])
def test_the_agent_of_a_participle_is_no_target(coder: Coder, text: str, agent: str) -> None:
    pairs = _pairs(coder, text)
    assert all(target != agent for _, target in pairs)
    assert (agent, None) in pairs  # what was sought is the agent's own act
