""""Sanctions" and "sanction" as the verb of imposing sanctions ("Canada sanctions Syrian generals", "moved to
sanction Iranian shippers"), told from the noun (coding._sanctioning). Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Australia sanctions Iranian drone makers over the attacks.", ("AUS", "IRN", "163")),
    ("Canada sanctions 12 Syrian generals over the chemical attack.", ("CAN", "SYR", "163")),
    ("The European Union sanctions Belarusian judges over the trials.", ("IGO", "BLR", "163")),
    ("Japan Sanctions Russian Defence Firms", ("JPN", "RUS", "163")),
    ("The United States moved to sanction Iranian shipping firms.", ("USA", "IRN", "163")),
])
def test_the_verb_sanctions_its_object(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(s, t, c[:3]) for s, t, c in code_coded(sentence)]


@pytest.mark.parametrize("sentence", [
    # the noun after an actor, and the verb of approving
    "The U.S. sanctions on Syria remain in place.",
    "The United States sanctions relief for Iran was discussed in Geneva.",
    "The U.S. sanctions Syria faces have crippled its economy.",
    "The United Nations refused to sanction the use of force against Syria.",
])
def test_the_noun_and_approval_are_no_sanction(code_coded: CodeCoded, sentence: str) -> None:
    assert not [c for _, _, c in code_coded(sentence) if c.startswith("16")]
