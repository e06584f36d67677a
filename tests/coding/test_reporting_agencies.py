"""A news agency that reports is no actor of what it reports: its report is no statement of its state, it lends
no subject to the act it tells, and it is not the target of that act ("They agreed to hold a summit, the Omani
news agency reported"). Where an agency speaks in its own voice it stays the speaker (docs/coder.md, "A news
agency that reports")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._agencies import news_agency

DAY = dt.date(2021, 4, 14)


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "agency"), [
    ("They agreed to hold a summit, the Omani news agency reported.", "OMN"),
    ("They agreed to hold new talks, Xinhua reported.", "CHN"),
    ("The two delegations signed a fisheries accord in Hanoi, Xinhua reported.", "CHN"),
    ("They agreed to hold talks in Cairo, the Egyptian news agency reported.", "EGY"),
    ("Iran condemned the Saudi air strikes, the Iranian news agency reported.", "IRN"),
    ("North Korea denounced the South Korean artillery drills, KCNA reported.", "PRK"),
])
def test_the_reporting_agency_does_nothing(coder: Coder, text: str, agency: str) -> None:
    coded = _coded(coder, text)
    assert not [e for e in coded if e[0].startswith(agency) and e[0][3:] in ("GOV", "MED") and e[1] == "---"], coded
    assert not [e for e in coded if e[1].startswith(agency) and e[1][3:] in ("GOV", "MED")], coded


@pytest.mark.parametrize(("text", "event"), [
    ("Iran condemned the Saudi air strikes, the Iranian news agency reported.", ("IRN", "SAU", "111")),
    ("North Korea denounced the South Korean artillery drills, KCNA reported.", ("PRK", "KOR", "111")),
    ("Vietnam protested the Chinese drills, the Vietnam News Agency reported.", ("VNM", "CHN", "114")),
])
def test_the_reported_act_stays(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    assert event in _coded(coder, text)


@pytest.mark.parametrize(("text", "event"), [
    # an agency's own judgment, and a participle after its verb of saying, are its state's voice
    ("KCNA said the United States was to blame for the tension.", ("PRKGOV", "USA", "111")),
    ("Rodong Sinmun says in a commentary that the drills are a provocation, urging south Korea to stop them at "
     "once.", ("PRKGOV", "KOR", "111")),
    # "said" stays a statement; a body whose name ends in "Agency" is no news agency
    ("Xinhua said the two delegations signed a fisheries accord.", ("CHNGOV", "---", "010")),
    ("The International Atomic Energy Agency reported that Iran had expanded enrichment.",
     ("IGOUNOIAE", "---", "010")),
    # a state's own account of its act
    ("They agreed to hold talks, the Saudi foreign ministry said.", ("SAUGOV", "---", "036")),
])
def test_an_agency_or_state_speaking_stays(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    assert event in _coded(coder, text)


def test_what_names_an_agency() -> None:
    low = ["the", "official", "xinhua", "news", "agency", "and", "state", "media", "and", "the", "energy",
           "agency", "and", "yonhap"]
    assert [w for i, w in enumerate(low) if news_agency(low, i)] == ["xinhua", "agency", "media", "yonhap"]
