"""An act in a clause of hypothesis opened without "if" (an inversion: "Were Russia to attack Latvia, ...", "Had
Iraq invaded Saudi Arabia, ..."; a concession: "no matter how many weapons Washington provides to Taipei", "whatever
sanctions the EU imposes on Moscow") did not happen and is nobody's threat (coding._unreal_openers). Sentences
written for these tests, read as an article is (only acts told as done or announced are kept)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.model import Article

DAY = dt.date(2024, 5, 1)


def _kept(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of each event an article of ``text`` keeps, both actors known."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in read_article_events(Article(text=text, date=DAY),
                                                                                 coder=coder).events
            if e.source[:3] != "---" and e.target[:3] != "---"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Were China to invade Taiwan, Japan would be drawn in.", ("CHN", "TWN")),
    ("Were Russia to attack Latvia, the alliance would respond at once.", ("RUS", "LVA")),
    ("Beijing said no matter how many weapons Washington provides to Taipei, reunification will come.",
     ("USA", "TWN")),
    ("Whatever sanctions the European Union imposes on Moscow, the Kremlin will not bend.", ("EUR", "RUS")),
])
def test_the_act_of_a_hypothesis_is_not_done(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert not any((s, t) == pair or (pair[0] == "EUR" and t == pair[1]) for s, t, _ in _kept(coder, text))


def test_a_concession_makes_no_threat_of_the_main_clause(coder: Coder) -> None:
    assert not _kept(coder, "However many drones Iran sells to Russia, Ukraine will keep fighting.")


@pytest.mark.parametrize(("text", "event"), [
    ("Talks between Peru and Chile were held in Lima on Monday.", ("PER", "CHL", "04")),
    ("However, Russia attacked Ukrainian ports on Tuesday.", ("RUS", "UKR", "19")),
    ("Whatever the case, Chile sent aid to Peru on Friday.", ("CHL", "PER", "07")),
    ("Peru and Chile, which had signed a trade deal, met in Lima on Monday.", ("PER", "CHL", "04")),
])
def test_were_had_however_and_whatever_in_plain_clauses_stay(coder: Coder, text: str,
                                                              event: tuple[str, str, str]) -> None:
    assert event in _kept(coder, text)
