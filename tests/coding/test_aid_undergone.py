"""Aid a state depends on, relies on or faces the loss of is its situation, not aid given: no 07 event. Aid given
("gave", "sent", "provided") stays, as does a donor's suspension told as its act (16)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: (source country, target country, code) of each event of a sentence (the shared ``code_coded`` fixture)
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize("text", [
    "Both nations depend heavily on foreign aid, and the embargo had hurt Nepal the most.",
    "The Kenyan government faced a cutoff of nearly all British aid and loans from European lending banks.",
    "Zambia faces a suspension of Chinese aid.",
])
def test_aid_undergone_is_no_aid(code_coded: CodeCoded, text: str) -> None:
    assert not [e for e in code_coded(text) if e[2][:2] == "07"]


@pytest.mark.parametrize(("text", "event"), [
    ("Britain sent emergency aid to Kenya.", ("GBR", "KEN", "07")),
    ("The United States suspended nearly all aid to Pakistan.", ("USA", "PAK", "16")),
    ("China provided food aid to Zambia, which faces a severe drought.", ("CHN", "ZMB", "07")),
])
def test_aid_given_or_cut_stays(code_coded: CodeCoded, text: str, event: tuple[str, str, str]) -> None:
    assert event in [(s, t, c[:2]) for s, t, c in code_coded(text)]
