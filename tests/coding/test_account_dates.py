"""Acts a witness's testimony or a research report tells in the past with no day are background, not news of the
text's day (sentences and headings written for these tests, none from an evaluation set; docs/coder.md, "Dates:
testimony and research reports").

A news story's act with no time phrase is news of the article's day (the guide, section 6); testimony before a
legislature and a research report's summary recount what states did to explain where things stand ("It responded by
expelling the inspectors", "The Security Council adopted a resolution"), on no day they say. What the witness or the
report does now, tells in the present perfect or announces keeps the text's day, and a day the text names dates
its act in any text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED
from detente.coding.narrative import Narrative

DAY = dt.date(2015, 3, 3)
TESTIMONY = ("Relations with the Andean States",
             ("Testimony of Assistant Secretary Jane Roe", "Senate Foreign Relations Committee", "March 3, 2015"))
HEARING = ("COMMITTEE ON FOREIGN RELATIONS", ("[Senate Hearing 101-12]", "HEARING", "UNITED STATES SENATE"))
WIRE = ("BYLINE=JOHN DOE", ("DATE=3/3/2015", "TYPE=BACKGROUND REPORT", "TITLE=PERU / CHILE"))
REPORT = ("Peru-Chile Border Dispute: Background and Issues",
          ("Congressional Research Service", "Updated March 3, 2015"))
NEWS = ("Peru expels Chilean inspectors, Chile protests", ())

Act = tuple[str, str, str]


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _days(coder: Coder, heading: tuple[str, tuple[str, ...]], *sentences: str) -> dict[Act, set[dt.date | None]]:
    title, header = heading
    out: dict[Act, set[dt.date | None]] = {}
    for found in coder.code_many(list(sentences), date=DAY, title=title, header=header):
        for e in found:
            out.setdefault((_actor(e.source), _actor(e.target), e.code[:2]), set()).add(
                None if e.date == UNDATED else e.date)
    return out


def _actor(code: str) -> str:
    return code[:6] if code.startswith("IGO") else code[:3]


OPENING = "Thank you for the opportunity to appear before the Committee today."

BACKGROUND = [
    ("Peru expelled the Chilean inspectors last spring and shelled a Chilean border post.", ("PER", "CHL", "19")),
    ("Peru expelled the Chilean inspectors.", ("PER", "CHL", "16")),
    ("The Security Council condemned the seizure of the island by Peru.", ("IGOUNO", "PER", "11")),
    ("Peru responded by recalling its ambassador and expelling Chilean diplomats.", ("PER", "CHL", "16")),
    ("Chile said it would suspend its military exercises with Bolivia during the coming negotiations.",
     ("CHL", "BOL", "03")),
    ("After Peru seized the island in 2015, Chile imposed sanctions on Peru.", ("CHL", "PER", "16")),
]


@pytest.mark.parametrize("heading", [TESTIMONY, REPORT, WIRE, HEARING], ids=["testimony", "report", "wire", "hearing"])
@pytest.mark.parametrize(("sentence", "act"), BACKGROUND)
def test_an_act_told_in_the_past_in_an_account_is_undated(coder: Coder, heading: tuple[str, tuple[str, ...]],
                                                          sentence: str, act: Act) -> None:
    days = _days(coder, heading, OPENING, sentence)
    assert act in days, days
    assert days[act] == {None}, days


@pytest.mark.parametrize(("sentence", "act"), BACKGROUND[1:5])
def test_the_same_act_in_news_is_the_articles_news(coder: Coder, sentence: str, act: Act) -> None:
    days = _days(coder, NEWS, sentence)
    assert days.get(act) == {DAY}, days


@pytest.mark.parametrize(("sentence", "act", "day"), [
    ("The United States urges Peru to return to the talks.", ("USA", "PER", "02"), DAY),
    ("The United States has condemned Peru's seizure of the island.", ("USA", "PER", "11"), DAY),
    ("The United States will send food aid to Peru.", ("USA", "PER", "03"), DAY),
    ("The United States will continue to urge Peru to withdraw its troops.", ("USA", "PER", "02"), DAY),
    ("On February 12, Peru and Chile met in Lima.", ("PER", "CHL", "04"), dt.date(2015, 2, 12)),
    ("The resolution calls on Peru to withdraw its troops.", None, None),
])
def test_what_an_account_says_now_or_dates_keeps_its_day(coder: Coder, sentence: str, act: Act | None,
                                                         day: dt.date | None) -> None:
    days = _days(coder, TESTIMONY, OPENING, sentence)
    if act is None:  # no actor of its own ("the resolution"): whatever it codes is on the text's day
        assert all(found == {DAY} for key, found in days.items() if key[2] == "02"), days
    else:
        assert days.get(act) == {day}, days


@pytest.mark.parametrize(("title", "header", "first", "account"), [
    ("Relations with Peru", ("Testimony of Ambassador John Doe",), "", True),
    ("Prepared testimony before the House Foreign Affairs Committee", (), "", True),
    ("Hearing on: Security in the Andes", (), "", True),
    ("Relations with Peru", ("House Foreign Affairs Committee",), "", True),
    ("Relations with Peru", ("before the Subcommittee on the Western Hemisphere",), "", True),
    ("Relations with Peru", ("CRS Insight, May 2, 2019",), "", True),
    ("Relations with Peru", ("Congressional Research Service", "R12345"), "", True),
    ("Peru and Chile: Issues for Congress (RL33590)", (), "", True),
    ("BYLINE=JOHN DOE", ("DATE=12/17/1999", "TYPE=BACKGROUND REPORT", "TITLE=PERU / CHILE"), "", True),
    ("YEARENDER: PERU / CHILE", (), "", True),
    ("COMMITTEE ON FOREIGN RELATIONS", ("[Senate Hearing 101-12]", "RELATIONS WITH THE ANDEAN STATES", "HEARING",
                                        "BEFORE THE", "UNITED STATES SENATE", "MARCH 3, 2015"), "", True),
    ("RELATIONS WITH THE ANDEAN STATES", ("S. Hrg. 101-12",), "", True),
    ("Year-ender: the Andes in 2015", (), "", True),
    ("Relations with Peru", (), "Madam Chair, it is an honor to testify before you today on Peru.", True),
    ("Relations with Peru", (), "Chairman Smith, thank you for inviting me to testify on the Andes.", True),
    # headlines about testimony and committees, and news of someone called to testify, are no account
    ("Senate Committee Backs Sanctions on Peru", (), "", False),
    ("Testimony reveals Peru's role in the raid", (), "", False),
    ("Hearing set for Peruvian envoy", (), "", False),
    ("Peru's envoy faces a hearing", ("COMMITTEE ON FOREIGN RELATIONS",), "", False),
    ("Peru's envoy to testify", (), "A former Peruvian envoy was called to testify before Congress on Tuesday.",
     False),
    ("Peru expels Chilean inspectors", ("LIMA, March 3 (Reuters)",), "Peru expelled Chilean inspectors.", False),
    ("BYLINE=JOHN DOE", ("DATE=12/17/1999", "TYPE=CORRESPONDENT REPORT", "TITLE=PERU / CHILE"), "", False),
    ("Background to the border dispute", (), "", False),
])
def test_an_account_is_known_by_its_heading_or_first_sentence(title: str, header: tuple[str, ...], first: str,
                                                              account: bool) -> None:
    sentences = [first or "Peru recalled its ambassador.", "Chile protested."]
    assert Narrative(sentences, DAY, title, header).account is account
