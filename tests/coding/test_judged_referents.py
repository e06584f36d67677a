"""An act referred back to through a sentence that judged it: its doer is the state judged there, not the judge
(coding._judged_referents, read by coding.answers). Articles written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article_text

DAY = dt.date(2016, 5, 9)


def _pairs(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of the events an article's reading keeps."""
    reading = read_article_events(read_article_text(text, date=DAY), coder=coder)
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in reading.events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Serbia described Russia's annexation of the peninsula as a just decision on Monday. Latvia called the "
     "annexation a robbery.", ("LVA", "RUS", "11")),
    ("Cuba praised Venezuela's expulsion of the envoys on Monday. Colombia protested.", ("COL", "VEN", "11")),
    ("Egypt criticised Ethiopia's filling of the reservoir on Monday. Sudan also protested.", ("SDN", "ETH", "11")),
])
def test_the_act_judged_before_is_the_judged_states(coder: Coder, text: str,
                                                     expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(coder, text)


@pytest.mark.parametrize(("text", "kept"), [
    # an act told, not judged, keeps its doer
    ("Sudan shelled the border town on Monday. Chad protested.", ("TCD", "SDN", "11")),
    # a judgment of the new judge's own state: the answer is to the judge before
    ("Chad condemned Sudan's raid on Monday. Sudan protested.", ("SDN", "TCD", "11")),
])
def test_guards_keep_their_target(coder: Coder, text: str, kept: tuple[str, str, str]) -> None:
    assert kept in _pairs(coder, text)
