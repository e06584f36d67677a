"""A story told of a vague past time (detente.coding._vague_story): the acts told after it with no time phrase of
their own are of that time, undated, not of the article's day (sentences written for these tests).

"When Peru tested missiles last May, ..." already left the acts told after it undated; "last week" did not, so
"During those talks, the minister accused Chile ..." after "Last week, Peru's foreign minister traveled to Santiago
for talks" was an accusation of the article's day. "Earlier this month" keeps the day (test_narrative_dates.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import UNDATED, Coder, read_article_events
from detente.model import Article

DAY = dt.date(2013, 10, 24)


def _dates(coder: Coder, text: str, source: str, target: str, root: str) -> list[dt.date]:
    found = read_article_events(Article(text=text, date=DAY), coder=coder, reference=None).events
    return [e.date for e in found if e.source[:3] == source and e.target[:3] == target and e.root == root]


@pytest.mark.parametrize(("text", "pair"), [
    ("Last week, Peru's foreign minister traveled to Santiago for talks. During those talks, the minister "
     "accused Chile of violating the border accord.", ("PER", "CHL", "11")),
    ("At the beginning of October, Bolivia's foreign minister traveled to Santiago for talks. During those talks, "
     "the minister accused Chile of blocking its access to the sea.", ("BOL", "CHL", "11")),
    ("Last week, Ecuador's president said he ended Peru's role as a mediator. Ecuador had offered to host a meeting "
     "between the president and Peru's foreign minister.", ("ECU", "PER", "03")),
])
def test_an_act_told_after_a_vague_past_time_is_undated(shared_coder: Coder, text: str,
                                                         pair: tuple[str, str, str]) -> None:
    assert _dates(shared_coder, text, *pair) == [UNDATED]


# --- guards -------------------------------------------------------------------------------------------------------

def test_an_act_with_its_own_day_keeps_it(shared_coder: Coder) -> None:
    text = ("Last week, Peru's foreign minister traveled to Santiago. On Tuesday, Chile recalled its "
            "ambassador from Peru.")
    assert _dates(shared_coder, text, "CHL", "PER", "16") == [dt.date(2013, 10, 22)]


def test_an_act_told_in_the_present_is_of_the_article_day(shared_coder: Coder) -> None:
    text = "Last week, Peru's foreign minister traveled to Santiago. Chile says it condemns Peru's remarks."
    assert _dates(shared_coder, text, "CHL", "PER", "11") == [DAY]


def test_the_past_week_reaches_to_the_article_day(shared_coder: Coder) -> None:
    text = ("Over the course of the past week, Chile moved warships to the region. With them, Chile helped Peru "
            "shoot down the incoming missiles.")
    assert _dates(shared_coder, text, "CHL", "PER", "07") == [DAY]
