"""A headline's word passive over a DPRK paper's piece is the paper's (stories written for these tests, none from an
evaluation set or the KCNA corpus; docs/coder.md, "A headline's passive over a paper's piece").

"U.S. Sanctions Move against DPRK Flayed." names no doer; the story then tells "Minju Joson Tuesday says in a
signed article:". The headline's words on the foreign state are the paper's, the DPRK's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 3, 1)


@pytest.mark.parametrize(("sentences", "pair"), [
    (["Japanese Plan for Naval Buildup Denounced.",
      "Japan is pushing ahead with a plan to build four new destroyers.",
      "Rodong Sinmun Monday observes in a commentary:",
      "The plan is a dangerous step toward overseas aggression."], ("PRK", "JPN")),
    (["U.S. Sanctions Move against DPRK Flayed.",
      "The U.S. is seeking new sanctions on the DPRK at the Security Council.",
      "Minju Joson Tuesday says in a signed article:",
      "The move is a grave provocation."], ("PRK", "USA")),
    (["S. Korean Authorities' Slanders Assailed.",
      "The south Korean authorities have again slandered the DPRK at a press conference in Seoul.",
      "Rodong Sinmun Monday carries an article in this regard.",
      "Their slanders are a challenge to reconciliation."], ("PRK", "KOR")),
])
def test_a_headlines_word_passive_over_a_papers_piece_is_the_papers(shared_coder: Coder, sentences: list[str],
                                                                    pair: tuple[str, str]) -> None:
    first = shared_coder.code_many(sentences, date=DAY)[0]
    assert pair in {(e.source[:3], e.target[:3]) for e in first}


def test_a_headlines_passive_over_a_foreign_report_keeps_no_doer(shared_coder: Coder) -> None:
    # guard: a story with no DPRK paper's piece gives the passive no doer
    sentences = ["Japanese Plan for Naval Buildup Denounced.",
                 "Japan is pushing ahead with a plan to build four new destroyers.",
                 "Critics said the plan is a dangerous step.",
                 "The plan will cost billions."]
    first = shared_coder.code_many(sentences, date=DAY)[0]
    assert all(e.source[:3] != "PRK" for e in first)
