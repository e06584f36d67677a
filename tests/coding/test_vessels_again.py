"""Ships named again after their owner: "... Russian government ships ... The three ships entered Japanese
territorial waters" (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder

DAY = dt.date(2012, 2, 20)


def _acts(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


def test_the_ships_named_again_are_their_owners(shared_coder: Coder) -> None:
    text = ("Tokyo protested to Moscow over a long patrol by Russian government ships off Hokkaido. "
            "The three ships entered Japanese territorial waters on Saturday, the coast guard said.")
    assert ("RUS", "JPN", "15") in _acts(shared_coder, text)


def test_ships_named_with_two_owners_are_nobodys(shared_coder: Coder) -> None:
    text = ("Chinese government ships and Russian government ships sailed near Hokkaido. "
            "The ships entered Japanese territorial waters on Saturday, the coast guard said.")
    assert not any(s in ("CHN", "RUS") and c == "15" for s, _, c in _acts(shared_coder, text))
