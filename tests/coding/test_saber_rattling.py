"""Saber-rattling staged, kicked up or engaged in is a show of force (150); what it is staged for ("to invade the
country") has not happened, so it is no force used (19)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: (source country, target country, code) of each event of a sentence (the shared ``code_coded`` fixture)
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize(("sentence", "source"), [
    ("Turkey is staging saber-rattling to invade northern Iraq.", "TUR"),
    ("China engaged in sabre-rattling against the Philippines.", "CHN"),
])
def test_saber_rattling_is_a_show_of_force(code_coded: CodeCoded, sentence: str, source: str) -> None:
    coded = code_coded(sentence)
    assert [c for c in coded if c[0] == source and c[2] == "150"]
    assert not [c for c in coded if c[2][:2] in ("18", "19", "20")]


def test_saber_rattling_names_its_target(code_coded: CodeCoded) -> None:
    assert ("CHN", "PHL", "150") in code_coded("China engaged in sabre-rattling against the Philippines.")
