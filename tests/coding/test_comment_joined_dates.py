"""The time phrase closing the noun a verb of comment takes as its object ("condemn the attack in Pahalgam on April
22") is the commented act's: a verb joined after the comment ("... and urge restraint") does not take it
(coding.event_dates._commented; docs/coder.md, "A commented act's day passed to the verb after the comment").
Guards: a time phrase of the second verb's own, a verb joined after an act told as such."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 6, 4)


def _dated(coder: Coder, text: str, root: str) -> set[dt.date]:
    return {e.date for e in coder.code_sentence(text, date=DAY) if e.code[:2] == root and e.target[:3] != "---"}


@pytest.mark.parametrize("text", [
    "Sweden condemned the bombing of a market in Kandahar on May 12 and urged Pakistan to cooperate.",
    "Norway condemned the shelling of the border post near Tal Afar on 20 May and called on Turkey to investigate.",
    "The ministers deplored the raid on the camp by militants on May 3 and urged Chad to protect civilians.",
])
def test_the_verb_after_the_comment_keeps_the_article_day(shared_coder: Coder, text: str) -> None:
    assert _dated(shared_coder, text, "02") == {DAY}


def test_a_time_of_the_second_verb_dates_it(shared_coder: Coder) -> None:
    text = "Norway condemned the attack and on Monday called on Turkey to investigate."
    assert _dated(shared_coder, text, "02") == {dt.date(2021, 5, 31)}


def test_a_verb_after_an_act_told_as_such_keeps_its_day(shared_coder: Coder) -> None:
    text = "Norway met Turkey in Oslo on May 12 and urged Turkey to investigate the raid."
    assert _dated(shared_coder, text, "02") == {dt.date(2021, 5, 12)}
