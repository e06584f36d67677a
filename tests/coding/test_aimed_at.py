"""Force that something is aimed at, designed for or rehearsed for has not been used (coding._aimed_at)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("sentence", "target"), [
    ("The Israeli maneuvers are designed for attacking Iran.", "IRN"),
    ("China said Japan is rattling its saber for mounting a surprise attack on China.", "CHN"),
    ("The Indian exercises were aimed at a preemptive strike on Pakistan.", "PAK"),
    ("The U.S.-Japan joint drills are aimed at invading China.", "CHN"),
])
def test_force_aimed_at_is_not_used(code_coded: CodeCoded, sentence: str, target: str) -> None:
    assert not any(t == target and code[:2] in ("18", "19", "20") for _, t, code in code_coded(sentence))


@pytest.mark.parametrize(("sentence", "source", "root"), [
    # guards: force used stays used, and so does an act told before the aim
    ("Indian forces attacked Pakistani posts along the border on Sunday.", "IND", "19"),
    ("Turkish warplanes carried out raids aimed at crushing Kurdish positions in Iraq.", "TUR", "19"),
])
def test_force_used_stays_used(code_coded: CodeCoded, sentence: str, source: str, root: str) -> None:
    assert any(s == source and code[:2] == root for s, _, code in code_coded(sentence))
