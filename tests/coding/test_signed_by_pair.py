"""A text named by a noun and signed, in the passive, by a reference to a pair ("the accord signed by the two
countries on May 16, 1974", "the deal signed by both sides on March 5") is the pair's signing with each other, as
"signed by India and Bangladesh" was (coding._dated_meetings.signing_agents). Texts written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from detente.coding.coder import Coder

DAY = dt.date(2015, 6, 8)


def _signed(coder: Coder, text: str) -> set[tuple[str, str, dt.date | None]]:
    return {(e.source[:3], e.target[:3], e.date) for e in coder.code_text(text, date=DAY) if e.code == "057"}


@pytest.mark.parametrize(("text", "pair", "day"), [
    ("India and Bangladesh signed a land boundary pact on Saturday. The pact completes the accord signed by the two "
     "countries on May 16, 1974.", ("IND", "BGD"), dt.date(1974, 5, 16)),
    ("Sudanese and South Sudanese officials met in Juba on Monday. The ceasefire deal signed by both sides on "
     "March 5 has collapsed.", ("SDN", "SSD"), dt.date(2015, 3, 5)),
    ("The leaders of Armenia and Azerbaijan met in Prague on Thursday. The declaration signed by the two leaders on "
     "Thursday pledges respect for borders.", ("ARM", "AZE"), dt.date(2015, 6, 4)),
])
def test_a_text_signed_by_the_pair(shared_coder: Coder, text: str, pair: tuple[str, str], day: dt.date) -> None:
    signed = _signed(shared_coder, text)
    assert (*pair, day) in signed or (pair[1], pair[0], day) in signed, signed


@pytest.mark.parametrize("text", [
    # one signer: no other party
    "Russia signed a gas deal with Iran on Monday. The treaty signed by Russia on Friday runs for thirty years.",
    # no pair named before "the two sides"
    "The truce signed by the two sides on Friday has held, aid workers said.",
])
def test_a_text_signed_by_one_or_by_no_known_pair(shared_coder: Coder, text: str) -> None:
    signed = _signed(shared_coder, text)
    assert not [e for e in signed if e[2] == dt.date(2015, 6, 5) and e[1] != "---"], signed
