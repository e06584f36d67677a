"""A meeting owned by "their" with no group of subjects before it is the pair's that met: "The talks between Putin
and Erdogan ... Their last meeting, in Moscow on March 5, ..." (coding._pair_meetings).
Texts written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from detente.coding.coder import Coder


def _dated(coder: Coder, text: str, day: dt.date) -> set[tuple[str, str, str, dt.date | None]]:
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for e in coder.code_text(text, date=day)
            if e.modality == "occurred"}


@pytest.mark.parametrize(("text", "day", "pair", "held"), [
    ("Talks between Vladimir Putin and Recep Tayyip Erdogan in Sochi ended on Friday. Their last meeting, in "
     "Moscow on March 5, produced a ceasefire in Idlib.", dt.date(2020, 9, 26), ("RUS", "TUR"), dt.date(2020, 3, 5)),
    ("Shinzo Abe welcomed Moon Jae-in to Tokyo on Monday. Their previous summit, in Seoul on May 9 last year, "
     "had ended without a deal.", dt.date(2019, 4, 3), ("JPN", "KOR"), dt.date(2018, 5, 9)),
    ("Lula praised China's help during their talks in Beijing on Friday.", dt.date(2023, 4, 16),
     ("BRA", "CHN"), dt.date(2023, 4, 14)),
])
def test_their_meeting_is_the_pairs(shared_coder: Coder, text: str, day: dt.date, pair: tuple[str, str],
                                    held: dt.date) -> None:
    coded = _dated(shared_coder, text, day)
    assert (*pair, "04", held) in coded or (pair[1], pair[0], "04", held) in coded, coded


@pytest.mark.parametrize("text", [
    # a meeting still to come
    "Chile and Peru held talks on Monday. Their next summit is planned for May in Lima.",
    # the pronoun owns no meeting
    "Talks between Chile and Peru ended on Monday. Their armies remain on alert along the border since May.",
])
def test_their_meeting_to_come_or_no_meeting_is_no_meeting(shared_coder: Coder, text: str) -> None:
    coded = _dated(shared_coder, text, dt.date(2021, 3, 10))
    assert not [e for e in coded if e[2] == "04" and e[3] != dt.date(2021, 3, 8)], coded
