"""Senses of government and news prose, by class (sentences written for these tests, none from an evaluation set;
docs/coder.md, "Acts of before and acts striven for").

An event told as "recent" or done "recently" is an act before the article's day, on no day said, like "the previous
talks": it keeps no date of the article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import UNDATED, reported_act

DAY = dt.date(2019, 5, 8)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def dated(coder: Coder, sentence: str) -> set[tuple[str, str, str, dt.date]]:
    """(source country, target country or ---, root, date) of each act the sentence reports."""
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for e in coder.code_sentence(sentence, date=DAY)
            if reported_act(e)}


# -- an act told as recent -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "act"), [
    ("Ghana welcomed the recent summit between Togo and Benin.", ("TGO", "BEN", "04")),
    ("Togo recently expelled Benin's ambassador.", ("TGO", "BEN", "16")),
    ("Ghana has recently held talks with Togo on the border.", ("GHA", "TGO", "04")),
])
def test_an_act_told_as_recent_is_undated(coder: Coder, sentence: str, act: tuple[str, str, str]) -> None:
    days = {d for s, t, c, d in dated(coder, sentence) if (s, t, c) == act}
    assert days == {UNDATED}


@pytest.mark.parametrize(("sentence", "act"), [
    ("Ghana welcomed the recent summit between Togo and Benin.", ("GHA", "TGO", "05")),  # the welcome is today's
    ("Togo expelled Benin's ambassador.", ("TGO", "BEN", "16")),
    ("Ghana held talks with Togo on the border.", ("GHA", "TGO", "04")),
])
def test_an_act_not_told_as_recent_keeps_the_article_s_day(coder: Coder, sentence: str,
                                                           act: tuple[str, str, str]) -> None:
    days = {d for s, t, c, d in dated(coder, sentence) if (s, t, c) == act}
    assert days == {DAY}
