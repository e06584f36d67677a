""""Him" and "his" of a tribute are the late leader it is paid to, not the speaker described before
(_tribute.tribute_pronoun, read by coref.Discourse._person)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import Coder


def _triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of each event."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=dt.date(2011, 12, 22))}


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Jan Novak, chairman of the Workers' Party of Norway, visited the DPRK embassy in Oslo on Monday. They laid a "
     "wreath before the portrait of Kim Jong Il and paid silent tribute to him.", ("---", "PRK", "05"),
     ("---", "NOR", "05")),
    ("Maria Lopez, chairwoman of the Peru-Korea Friendship Association, visited the DPRK embassy in Lima. She laid "
     "a bouquet before the statue of Kim Il Sung and paid tribute to him.", ("---", "PRK", "05"), None),
    ("Pedro Alvarez, general secretary of the Communist Party of Chile, visited the DPRK embassy on Friday. He paid "
     "homage to Kim Jong Il, bowing before his portrait.", ("CHL", "PRK", "04"), ("CHL", "CHL", "04")),
])
def test_tribute_to_the_late_leader(shared_coder: Coder, text: str, expected: tuple[str, str, str],
                                    wrong: tuple[str, str, str] | None) -> None:
    found = _triples(shared_coder, text)
    assert expected in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "expected"), [
    # guards: "him" of no tribute is the person named before
    ("Jan Novak, chairman of the Workers' Party of Norway, met the DPRK ambassador. The ambassador thanked him.",
     ("PRK", "NOR")),
    ("Kim Yong Nam met the Cuban ambassador on Monday. He praised him for his work.", ("PRK", "CUB")),
])
def test_other_pronouns_kept(shared_coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(s, t) for s, t, _ in _triples(shared_coder, text)}
